"""Collection settings for the doctests under src/ (tests/ has its own conftest)."""

from __future__ import annotations

import importlib.util

# The Ray integration needs the optional [ray] extra; without it, skip its module.
collect_ignore = []
if importlib.util.find_spec("ray") is None or importlib.util.find_spec("pyarrow") is None:
    collect_ignore.append("src/cnnews_clean/integrations/ray.py")

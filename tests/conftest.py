"""Shared test settings: hypothesis profiles (ci, dev, thorough)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# CI draws the same examples on every run (derandomize), so a landing is
# never decided by chance; the dev and thorough profiles draw new ones each
# run, to find what CI does not (`HYPOTHESIS_PROFILE=thorough pytest …`).
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

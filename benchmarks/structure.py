"""Page-splitting report: articles, titles, bylines/credits and captions.

For each seed page, compares clean_page's structure with the hand-checked
reference tests/pages/*.expected.json, and for each generated multi-column
page (in both extraction orders) as each extractor gave it, with the
structure the generator typeset (tests/layouts/*.expected.json); prints per
source: article
segmentation (B-cubed F1 of paragraphs grouped into articles), title
accuracy, byline/credit accuracy and caption F1.

    python benchmarks/structure.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sources import reference_sources

from cnnews_clean import Page, clean_page
from cnnews_clean.evaluation import structure_scores

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    print(
        f"{'source':<38}{'segment':>9}{'titles':>8}{'by/cred':>9}{'captions':>10}{'furniture':>10}"
    )
    for label, source, reference in reference_sources(".expected.json"):
        expected = Page.from_dict(json.loads(reference.read_text(encoding="utf-8")))
        predicted = clean_page(source.read_text(encoding="utf-8"), source=source.name)
        s = structure_scores(predicted, expected)
        print(
            f"{label:<38}{s.segmentation:9.3f}{s.titles:8.3f}"
            f"{s.bylines_credits:9.3f}{s.captions:10.3f}{s.furniture:10.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

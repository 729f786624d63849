"""Page-splitting report: articles, titles, bylines/credits and captions.

For each seed page, compares clean_page's structure with the hand-checked
reference tests/pages/*.expected.json and prints per source: article
segmentation (B-cubed F1 of paragraphs grouped into articles), title
accuracy, byline/credit accuracy and caption F1.

    python benchmarks/structure.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cnnews_clean import Page, clean_page
from cnnews_clean.evaluation import structure_scores

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    print(f"{'source':<12}{'segment':>9}{'titles':>8}{'by/cred':>9}{'captions':>10}")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        reference = ROOT / "tests/pages" / f"{seed.stem}.expected.json"
        expected = Page.from_dict(json.loads(reference.read_text(encoding="utf-8")))
        predicted = clean_page(seed.read_text(encoding="utf-8"), source=seed.name)
        s = structure_scores(predicted, expected)
        print(
            f"{'seed ' + seed.name[:3]:<12}{s.segmentation:9.3f}{s.titles:8.3f}"
            f"{s.bylines_credits:9.3f}{s.captions:10.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

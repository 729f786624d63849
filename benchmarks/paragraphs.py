"""Paragraph segmentation report: how well clean_text recovers paragraphs.

For each seed page (against its hand-checked tests/pages/*.expected.txt) and
each generated multi-column page as each extractor gave it
(tests/layouts/*.<extractor>.txt against *.expected.txt), prints boundary
precision and recall and exact-paragraph F1, ignoring punctuation width and
spaces.  Boundary scores need the same reading order on both sides; where an
extractor ordered the page differently they are shown as "order".

    python benchmarks/paragraphs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from sources import reference_sources

from cnnews_clean import clean_text
from cnnews_clean.evaluation import normalise_for_comparison, paragraph_scores

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    print(f"{'source':<36}{'paras':>6}{'B-prec':>8}{'B-rec':>8}{'exact F1':>10}")
    worst = 1.0
    for label, source, reference in reference_sources(".expected.txt"):
        predicted = clean_text(source.read_text(encoding="utf-8")).split("\n\n")
        expected = reference.read_text(encoding="utf-8").strip().split("\n\n")
        scores = paragraph_scores(predicted, expected)
        same_order = normalise_for_comparison("".join(predicted)) == normalise_for_comparison(
            "".join(expected)
        )
        prec = f"{scores.boundary_precision:8.3f}" if same_order else f"{'order':>8}"
        rec = f"{scores.boundary_recall:8.3f}" if same_order else f"{'order':>8}"
        print(f"{label:<36}{scores.expected:>6}{prec}{rec}{scores.exact_f1:10.3f}")
        worst = min(worst, scores.exact_f1)
    print(f"lowest exact-paragraph F1: {worst:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

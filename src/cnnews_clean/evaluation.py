"""Scores for paragraph segmentation against a hand-checked reference.

Texts are compared after normalising away what segmentation is not about:
spaces, punctuation width ("," vs "，") and quote style.

>>> scores = paragraph_scores(["甲，乙。", "丙。"], ["甲,乙.", "丙。"])
>>> scores.exact_f1, scores.boundary_precision, scores.boundary_recall
(1.0, 1.0, 1.0)
>>> paragraph_scores(["甲乙。丙。"], ["甲乙。", "丙。"]).boundary_recall
0.0
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["ParagraphScores", "normalise_for_comparison", "paragraph_scores"]

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "。": ".", "、": ","})


def normalise_for_comparison(text: str) -> str:
    """Drop whitespace, fold punctuation width and quote style.

    >>> normalise_for_comparison("（丁宇婷 文/图）“好”。")
    '(丁宇婷文/图)"好".'
    """
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return "".join(folded.split())


@dataclass(frozen=True, slots=True)
class ParagraphScores:
    """Boundary precision/recall and exact-paragraph F1 of one text."""

    boundary_precision: float
    boundary_recall: float
    exact_f1: float
    predicted: int
    expected: int

    @property
    def boundary_f1(self) -> float:
        p, r = self.boundary_precision, self.boundary_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _boundaries(paragraphs: Sequence[str]) -> set[int]:
    cuts: set[int] = set()
    offset = 0
    for paragraph in paragraphs[:-1]:
        offset += len(paragraph)
        cuts.add(offset)
    return cuts


def paragraph_scores(predicted: Sequence[str], expected: Sequence[str]) -> ParagraphScores:
    """Score ``predicted`` paragraphs against ``expected`` ones."""
    pred = [p for p in (normalise_for_comparison(x) for x in predicted) if p]
    gold = [p for p in (normalise_for_comparison(x) for x in expected) if p]
    pred_cuts, gold_cuts = _boundaries(pred), _boundaries(gold)
    hits = len(pred_cuts & gold_cuts)
    precision = hits / len(pred_cuts) if pred_cuts else float(not gold_cuts)
    recall = hits / len(gold_cuts) if gold_cuts else float(not pred_cuts)
    matched = sum((Counter(pred) & Counter(gold)).values())
    exact_p = matched / len(pred) if pred else 0.0
    exact_r = matched / len(gold) if gold else 0.0
    f1 = 2 * exact_p * exact_r / (exact_p + exact_r) if exact_p + exact_r else 0.0
    return ParagraphScores(precision, recall, f1, len(pred), len(gold))

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

from .model import Page

__all__ = [
    "ParagraphScores",
    "StructureScores",
    "normalise_for_comparison",
    "paragraph_scores",
    "structure_scores",
]

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


@dataclass(frozen=True, slots=True)
class StructureScores:
    """How well a page was split, against a reference :class:`~cnnews_clean.model.Page`.

    - ``segmentation``: B-cubed F1 of body paragraphs grouped into articles;
    - ``titles``: share of reference titles found as the title of the
      predicted article that holds the reference article's first paragraph
      (found by its opening when the paragraph was split or joined);
    - ``bylines_credits``: share of reference articles whose byline and credit
      the matching predicted article has (both empty counts as agreement);
    - ``captions``: F1 of caption texts, wherever they are attached;
    - ``furniture``: F1 of the characters of page furniture (masthead, date
      line, page number, editors), however the extractor split it into lines.
    """

    segmentation: float
    titles: float
    bylines_credits: float
    captions: float
    furniture: float = 1.0


def _article_of_paragraphs(page: Page) -> dict[str, int]:
    owner: dict[str, int] = {}
    for index, article in enumerate(page.articles):
        for block in article.blocks:
            if block.kind == "paragraph":
                owner.setdefault(normalise_for_comparison(block.text), index)
    return owner


_OPENING = 16  # characters of a paragraph's opening that find it when split or joined


def _matching_article(first: str, owner: dict[str, int], bodies: list[str]) -> int | None:
    """The predicted article holding an expected article's first paragraph
    (normalised): as it is, or, split or joined with another, by its opening."""
    if first in owner:
        return owner[first]
    opening = first[:_OPENING]
    return next((i for i, body in enumerate(bodies) if opening in body), None)


def _bcubed(predicted: dict[str, int], expected: dict[str, int]) -> float:
    items = [p for p in expected if p in predicted]
    if not items:
        return 0.0
    pred_clusters: dict[int, set[str]] = {}
    gold_clusters: dict[int, set[str]] = {}
    for item in items:
        pred_clusters.setdefault(predicted[item], set()).add(item)
        gold_clusters.setdefault(expected[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        same = pred_clusters[predicted[item]] & gold_clusters[expected[item]]
        precision += len(same) / len(pred_clusters[predicted[item]])
        recall += len(same) / len(gold_clusters[expected[item]])
    precision /= len(items)
    recall /= len(items) + (len(expected) - len(items))  # paragraphs not found count as misses
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _all_captions(page: Page) -> Counter[str]:
    texts = [c.text for c in page.captions] + [c.text for a in page.articles for c in a.captions]
    return Counter(normalise_for_comparison(t) for t in texts)


def _furniture_chars(page: Page) -> Counter[str]:
    text = "".join(o.text for o in page.other if o.kind == "furniture")
    return Counter(c for c in normalise_for_comparison(text) if not c.isspace())


def _f1(predicted: Counter[str], gold: Counter[str]) -> float:
    hits = sum((predicted & gold).values())
    precision = hits / sum(predicted.values()) if predicted else float(not gold)
    recall = hits / sum(gold.values()) if gold else float(not predicted)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def structure_scores(predicted: Page, expected: Page) -> StructureScores:
    """Score a predicted page structure against a reference.

    >>> from .model import Article, Block
    >>> page = Page(articles=(Article(title="标题", blocks=(Block("paragraph", "正文。"),)),))
    >>> structure_scores(page, page)
    StructureScores(segmentation=1.0, titles=1.0, bylines_credits=1.0, captions=1.0, furniture=1.0)
    """
    pred_owner = _article_of_paragraphs(predicted)
    gold_owner = _article_of_paragraphs(expected)
    segmentation = _bcubed(pred_owner, gold_owner) if gold_owner else 1.0
    predicted_titles = {normalise_for_comparison(a.title) for a in predicted.articles if a.title}
    bodies = [
        "".join(normalise_for_comparison(b.text) for b in a.blocks if b.kind == "paragraph")
        for a in predicted.articles
    ]
    titled = 0
    placed = 0
    agree = 0
    for article in expected.articles:
        firsts = [normalise_for_comparison(b.text) for b in article.blocks if b.kind == "paragraph"]
        index = _matching_article(firsts[0], pred_owner, bodies) if firsts else None
        match = predicted.articles[index] if index is not None else None
        if article.title:
            # the title heads the article that holds its first paragraph
            # (one without paragraphs: anywhere on the page)
            title = normalise_for_comparison(article.title)
            titled += 1
            placed += (
                (
                    match is not None
                    and match.title is not None
                    and normalise_for_comparison(match.title) == title
                )
                if firsts
                else title in predicted_titles
            )
        fields = (article.byline, article.credit)
        found = (match.byline, match.credit) if match is not None else (None, None)
        agree += all(
            (normalise_for_comparison(a) if a else None)
            == (normalise_for_comparison(b) if b else None)
            for a, b in zip(fields, found, strict=True)
        )
    bylines_credits = agree / len(expected.articles) if expected.articles else 1.0
    titles = placed / titled if titled else 1.0
    captions = _f1(_all_captions(predicted), _all_captions(expected))
    furniture = _f1(_furniture_chars(predicted), _furniture_chars(expected))
    return StructureScores(segmentation, titles, bylines_credits, captions, furniture)

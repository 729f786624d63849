"""Generated multi-column pages as pdftotext, pdfminer.six and PyMuPDF extract
them (tests/layouts, made by tests/generate_column_pages.py)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from cnnews_clean import Config, clean_text, rejoin_lines, reorder_columns
from cnnews_clean.chars import content_skeleton
from cnnews_clean.evaluation import paragraph_scores

LAYOUTS = Path(__file__).parent / "layouts"
EXTRACTED = sorted(p for p in LAYOUTS.glob("*.txt") if not p.name.endswith(".expected.txt"))
# Regression floors (lowest exact-paragraph F1 per extractor when these were
# recorded, minus a margin), not the target: see benchmarks/README.md.
FLOOR = {"pymupdf": 0.55, "pdftotext": 0.30, "pdftotext-layout": 0.30, "pdfminer": 0.18}


def _expected(path: Path) -> list[str]:
    name = path.name.split(".")[0]
    return (LAYOUTS / f"{name}.expected.txt").read_text(encoding="utf-8").strip().split("\n\n")


def test_fixtures_present() -> None:
    assert len(EXTRACTED) >= 18
    assert {p.name.split(".")[1] for p in EXTRACTED} == set(FLOOR)


@pytest.mark.parametrize("path", EXTRACTED, ids=lambda p: p.stem)
def test_rejoining_loses_nothing(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert content_skeleton(rejoin_lines(text)) == content_skeleton(text)
    out = clean_text(text, Config(fix_traditional=False))
    if "一一" not in text:
        # the one declared move: columns read one after another
        assert Counter(content_skeleton(out)) == Counter(content_skeleton(text))
        assert content_skeleton(out) == content_skeleton(reorder_columns(text))


@pytest.mark.parametrize("path", EXTRACTED, ids=lambda p: p.stem)
def test_paragraph_floor(path: Path) -> None:
    predicted = clean_text(path.read_text(encoding="utf-8")).split("\n\n")
    scores = paragraph_scores(predicted, _expected(path))
    assert scores.exact_f1 >= FLOOR[path.name.split(".")[1]], scores


SEED_PAGES = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEED_PAGES + EXTRACTED, ids=lambda p: p.stem)
def test_cleaning_a_cleaned_page_changes_nothing(path: Path) -> None:
    once = clean_text(path.read_text(encoding="utf-8"))
    assert clean_text(once) == once


def _line_slices(count: int) -> list[str]:
    """Runs of whole lines cut from the fixture pages at fixed random places:
    a page's top or bottom cut off, the start of a story missing."""
    rng = random.Random(20261122)
    pages = [p.read_text(encoding="utf-8") for p in SEED_PAGES + EXTRACTED]
    slices = []
    for _ in range(count):
        page = rng.choice(pages)
        start = page.rfind("\n", 0, rng.randrange(len(page))) + 1
        end = page.find("\n", start + rng.randrange(100, 3000))
        slices.append(page[start : end if end > 0 else len(page)])
    return slices


def test_cleaning_cleaned_page_pieces_changes_nothing() -> None:
    """A cleaned piece of a page is clean: no fragment left apart by the first
    pass is joined by the second (fragments ending mid-sentence, credits and
    datelines after an open quotation, subtitles after a full line)."""
    unstable = [s for s in _line_slices(400) if clean_text(clean_text(s)) != clean_text(s)]
    assert unstable == []

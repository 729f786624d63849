"""Line rejoining on whole pages (the case tables in tests/cases/ hold the
short examples)."""

from __future__ import annotations

from pathlib import Path

from cnnews_clean import rejoin_lines

PAGES = Path(__file__).parent / "lines"


def test_headings_are_no_evidence_of_dropped_indentation() -> None:
    """A page without paragraph cues (a generated three-column layout of the
    seeds' articles, as PyMuPDF gave it) whose subheadings stand about two
    characters short of the column: they are not paragraphs' first lines,
    so the page is not read as one whose indentation was dropped, and its
    sentences ending at the column edge do not glue paragraphs together."""
    text = (PAGES / "no_cue_headings.pymupdf.txt").read_text(encoding="utf-8")
    blocks = rejoin_lines(text).split("\n\n")
    for opening in (
        "海北街道积极推进",
        "在街道各社区，230余名",
        "自开展社区",
        "今年以来，盛世社区共有154位",
        "社区以党建引领网格化治理",
    ):
        assert any(block.startswith(opening) for block in blocks), opening

"""Checking the promise at run time: cleaning lost nothing.

:func:`verify` re-runs the text steps one by one and checks that

- each step's edits replay exactly to its output;
- every edit that changes Han characters, letters or digits is one of the
  declared rules (HTML tags and entities left in the text,
  stray Traditional -> Simplified, Chinese numerals -> digits
  in the opt-in mode, "一一" used as a dash -> "——", side-by-side columns
  read one after another, which moves characters but keeps every one);
  glyph removals and mappings are declared by the glyph table itself;
- the page holds every Han character, letter and digit of the cleaned text.

A violation raises :class:`LossError` naming the step and the edit.

>>> from .pipeline import clean_page
>>> verify("和諧社区，居民满意度96.35%。", clean_page("和諧社区，居民满意度96.35%。"))
"""

from __future__ import annotations

from collections import Counter

from .chars import content_skeleton
from .edits import Edit, apply_edits
from .model import Page
from .pipeline import STEPS, Config
from .render import render_text

__all__ = ["LossError", "verify"]

# (step, category) pairs whose edits may change content characters.
DECLARED = frozenset(
    {
        ("repair_mojibake", "encoding"),
        ("strip_markup", "markup"),
        ("fix_traditional", "traditional"),
        ("convert_numerals", "numbers"),
    }
)


class LossError(Exception):
    """Cleaning changed content in a way no named rule allows."""


def _declared(edit: Edit) -> bool:
    if (edit.step, edit.category) in DECLARED:
        return True
    if (edit.step, edit.category) == ("reorder_columns", "order"):
        # side-by-side columns read one after another: the same characters
        return Counter(content_skeleton(edit.old)) == Counter(content_skeleton(edit.new))
    if edit.step == "fix_punctuation":
        return content_skeleton(edit.old).replace("一一", "") == content_skeleton(edit.new)
    return False


def verify(text: str, page: Page, config: Config | None = None) -> None:
    """Raise :class:`LossError` unless cleaning ``text`` into ``page`` lost nothing."""
    config = config or Config()
    current = text
    for step in STEPS:
        if not config.enabled(step.name):
            continue
        fixed = step.run(current, config)
        try:
            replayed = apply_edits(current, fixed.edits)
        except ValueError as error:
            raise LossError(f"{step.name}: {error}") from None
        if replayed != fixed.text:
            raise LossError(f"{step.name}: its edits do not replay to its output")
        for edit in fixed.edits:
            if content_skeleton(edit.old) != content_skeleton(edit.new) and not _declared(edit):
                raise LossError(f"{step.name} changed content without a rule: {edit!r}")
        current = fixed.text
    kept = Counter(content_skeleton(render_text(page)))
    missing = Counter(content_skeleton(current)) - kept
    if missing:
        sample = "".join(sorted(missing.elements()))[:20]
        raise LossError(f"the page lost {sum(missing.values())} characters: {sample!r}")

"""Stray Traditional characters in Simplified text.

A PDF font fallback or a typesetter's slip leaves the odd Traditional
character in a Simplified page ("和諧").  ``fix_traditional`` converts such
characters one by one with OpenCC ``t2s`` — only characters that are not
valid Simplified text on their own (outside GB 2312), so "卓著" and "乾坤"
never change.  A text with more Traditional-only than Simplified-only
characters is a Traditional page and is left as it is, unless
``mode="simplify"`` asks for a full OpenCC conversion; so is a stretch of
Traditional text inside a Simplified page (a reprinted Hong Kong report),
judged paragraph by paragraph (line by line in text the line step has not
joined).

OpenCC is loaded lazily, once per process, and only for a text that holds a
candidate character.

>>> fix_traditional("让居民在和諧美好的社区环境中")
'让居民在和谐美好的社区环境中'
>>> fix_traditional("卓著")
'卓著'
>>> fix_traditional("這是一個繁體中文頁面")
'這是一個繁體中文頁面'
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, Literal

from .chars import KANA, data_text
from .edits import Edit, Fixed, run_passes, substitute
from .patterns import LazyPattern

__all__ = [
    "TraditionalMode",
    "fix_traditional",
    "fix_traditional_explained",
    "looks_traditional",
    "simplified_chars",
]

STEP = "fix_traditional"
TraditionalMode = Literal["auto", "keep", "simplify"]


def _class_source(chars: str) -> str:
    """A character class for ``chars``, runs of consecutive code points as
    ranges (a shorter pattern compiles faster)."""
    points = sorted({ord(c) for c in chars})
    parts: list[str] = []
    first = 0
    for i, point in enumerate(points):
        if i + 1 < len(points) and points[i + 1] == point + 1:
            continue  # the run goes on
        start = points[first]
        # only ASCII needs escaping, and escaping each of thousands of Han
        # characters would cost more than the rest of this on every run
        low = chr(start) if start > 0x7F else re.escape(chr(start))
        high = chr(point) if point > 0x7F else re.escape(chr(point))
        parts.append(low if start == point else f"{low}-{high}")
        first = i + 1
    return "[" + "".join(parts) + "]"


@dataclass(frozen=True, slots=True)
class _CharClass:
    """Any of a set of characters, as two patterns: the BMP characters and the
    rest.  In one pattern the supplementary-plane characters stop ``re`` from
    using a bitmap, and searching slows down a hundredfold.  Each compiles on
    first use."""

    bmp: LazyPattern
    astral: LazyPattern | None

    @classmethod
    def of(cls, chars: str) -> _CharClass:
        bmp = "".join(c for c in chars if ord(c) <= 0xFFFF)
        astral = "".join(c for c in chars if ord(c) > 0xFFFF)
        return cls(
            LazyPattern(_class_source(bmp)),
            LazyPattern(_class_source(astral)) if astral else None,
        )

    def patterns(self, text: str) -> list[LazyPattern]:
        """The patterns worth running over ``text``."""
        found = [self.bmp] if self.bmp.search(text) else []
        if self.astral is not None and _ASTRAL_RE.search(text) and self.astral.search(text):
            found.append(self.astral)
        return found

    def count(self, text: str) -> int:
        return sum(len(p.findall(text)) for p in self.patterns(text))


_ASTRAL_RE = LazyPattern("[\U00010000-\U0010ffff]")


@cache
def _script_lists() -> dict[str, str]:
    data = data_text("script_chars.txt")
    return dict(
        line.split(" ", 1) for line in data.splitlines() if line and not line.startswith("#")
    )


@cache
def _traditional_class() -> _CharClass:
    return _CharClass.of(_script_lists()["traditional"].strip())


@cache
def _simplified_class() -> _CharClass:
    """Built only for a text that holds a Traditional-only character."""
    return _CharClass.of(_script_lists()["simplified"].strip())


def _tables() -> tuple[_CharClass, _CharClass]:
    return _traditional_class(), _simplified_class()


@cache
def _converter(config: str) -> Any:
    import opencc

    # OpenCC reads a same-named file from the working directory before its
    # own: pass the packaged config by full path.
    packaged = os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc")
    path = os.path.join(packaged, f"{config}.json")
    return opencc.OpenCC(path if os.path.isfile(path) else config)


@cache
def _t2s_char(char: str) -> str:
    converted: str = _converter("t2s").convert(char)
    return converted


_KANA_RE = LazyPattern(f"[{KANA}]")


def traditional_only(text: str) -> bool:
    """Does ``text`` hold a character only Traditional script uses?

    >>> traditional_only("本報記者"), traditional_only("本报记者")
    (True, False)
    """
    return bool(_traditional_class().patterns(text))


def simplified_chars(text: str) -> str:
    """``text`` with each Traditional-only character in its Simplified form
    (OpenCC ``t2s``, character by character): a short span, for looking its
    words up in a Simplified dictionary.

    >>> simplified_chars("銷貨"), simplified_chars("销货")
    ('销货', '销货')
    """
    if not traditional_only(text):
        return text
    table = _traditional_class()
    return "".join(_t2s_char(c) if table.patterns(c) else c for c in text)


def looks_traditional(text: str) -> bool:
    """True when ``text`` holds more Traditional-only than Simplified-only characters.

    >>> looks_traditional("這是繁體"), looks_traditional("和諧美好的社区")
    (True, False)
    """
    traditional, simplified = _tables()
    count = traditional.count(text)
    return count > 0 and count > simplified.count(text)


def fix_traditional_explained(text: str, *, mode: TraditionalMode = "auto") -> Fixed:
    """:func:`fix_traditional` with its edits (category ``traditional``).

    >>> fix_traditional_explained("和諧社区").edits[0].new
    '谐'
    """
    if mode == "keep" or not text:
        return Fixed(text)
    if mode == "simplify":
        converted: str = _converter("t2s").convert(text)
        if converted == text:
            return Fixed(text)
        if len(converted) != len(text):
            return Fixed(converted, (Edit(STEP, "traditional", 0, text, converted),))
        return _char_edits(text, converted)
    patterns = _traditional_class().patterns(text)
    if not patterns:
        return Fixed(text)
    if _KANA_RE.search(text) is not None or looks_traditional(text):
        return Fixed(text)
    in_traditional = _TraditionalStretches(text)

    def replace(match: re.Match[str]) -> str | None:
        if in_traditional(match.start()):
            return None
        return _t2s_char(match.group())

    return run_passes(
        text,
        [
            partial(substitute, pattern, step=STEP, category="traditional", replace=replace)
            for pattern in patterns
        ],
    )


_MIN_TRADITIONAL = 2
_NEAR = 2  # lines on either side that lend a line their script
_NEWLINE_RE = LazyPattern("\n")


class _TraditionalStretches:
    """Is a position in a stretch of Traditional text inside a Simplified page
    (a Hong Kong or Taiwan report reprinted on a mainland page)?  A line (in
    the pipeline, where this step runs after the line step: a paragraph,
    headline or byline) with two or more Traditional-only characters, and
    more of them than Simplified-only ones, is Traditional; so is a line with
    Traditional-only characters and no Simplified-only one within two lines
    of such a line.  A stray character among Simplified text is not.  (Each
    decision rests on lines this step leaves as they are, so a second run
    decides the same.)"""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _NEWLINE_RE.finditer(text))]
        self.counts: dict[int, tuple[int, int]] = {}
        self.decided: dict[int, bool] = {}

    def _count(self, line: int) -> tuple[int, int]:
        known = self.counts.get(line)
        if known is None:
            start = self.starts[line]
            end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
            chunk = self.text[start:end]
            traditional, simplified = _tables()
            known = (traditional.count(chunk), simplified.count(chunk))
            self.counts[line] = known
        return known

    def _leaning(self, line: int) -> bool:
        traditional, simplified = self._count(line)
        return traditional >= _MIN_TRADITIONAL and traditional > simplified

    def __call__(self, pos: int) -> bool:
        line = bisect_right(self.starts, pos) - 1
        known = self.decided.get(line)
        if known is None:
            lines = range(max(0, line - _NEAR), min(len(self.starts), line + _NEAR + 1))
            known = self._leaning(line) or (
                self._count(line)[1] == 0
                and any(self._leaning(other) for other in lines if other != line)
            )
            self.decided[line] = known
        return known


def _char_edits(text: str, converted: str) -> Fixed:
    edits = tuple(
        Edit(STEP, "traditional", i, a, b)
        for i, (a, b) in enumerate(zip(text, converted, strict=True))
        if a != b
    )
    return Fixed(converted, edits)


def fix_traditional(text: str, *, mode: TraditionalMode = "auto") -> str:
    """Make stray Traditional characters in a Simplified text Simplified.

    >>> fix_traditional("這是繁體", mode="simplify")
    '这是繁体'
    """
    return fix_traditional_explained(text, mode=mode).text

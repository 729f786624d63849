"""Stray Traditional characters in Simplified text.

A PDF font fallback or a typesetter's slip leaves the odd Traditional
character in a Simplified page ("和諧").  ``fix_traditional`` converts such
characters one by one with OpenCC ``t2s`` — only characters that are not
valid Simplified text on their own (outside GB 2312), so "卓著" and "乾坤"
never change.  A text with more Traditional-only than Simplified-only
characters is a Traditional page and is left as it is, unless
``mode="simplify"`` asks for a full OpenCC conversion.

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
from functools import cache
from importlib import resources
from typing import Any, Literal

from .chars import KANA
from .edits import Edit, Fixed, substitute

__all__ = ["TraditionalMode", "fix_traditional", "fix_traditional_explained", "looks_traditional"]

STEP = "fix_traditional"
TraditionalMode = Literal["auto", "keep", "simplify"]


@cache
def _tables() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resources.files("cnnews_clean").joinpath("data/script_chars.txt").read_text("utf-8")
    lists = dict(
        line.split(" ", 1) for line in data.splitlines() if line and not line.startswith("#")
    )
    traditional = re.compile("[" + re.escape(lists["traditional"].strip()) + "]")
    simplified = re.compile("[" + re.escape(lists["simplified"].strip()) + "]")
    return traditional, simplified


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


_KANA_RE = re.compile(f"[{KANA}]")


def looks_traditional(text: str) -> bool:
    """True when ``text`` holds more Traditional-only than Simplified-only characters.

    >>> looks_traditional("這是繁體"), looks_traditional("和諧美好的社区")
    (True, False)
    """
    traditional, simplified = _tables()
    count = len(traditional.findall(text))
    return count > 0 and count > len(simplified.findall(text))


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
    traditional, _ = _tables()
    if traditional.search(text) is None:
        return Fixed(text)
    if _KANA_RE.search(text) is not None or looks_traditional(text):
        return Fixed(text)
    return substitute(traditional, text, STEP, "traditional", lambda m: _t2s_char(m.group()))


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

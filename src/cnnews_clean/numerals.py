"""Numbers: ASCII digits, no spaces inside numbers or before their signs.

``normalise_numbers`` (full-width digits are already ASCII after
``fix_glyphs``):

- decimal points inside a number are half-width and tight:
  "96 . 35 %" -> "96.35%", "3．5" -> "3.5";
- thousands separators are half-width and tight: "1，200" -> "1,200",
  "5 000 米" -> "5000米" (a thin or plain space used as a separator in print);
  only real groups count ("2023，2024" is a list);
- percent, per mille and degree signs attach: "86 %" -> "86%",
  "零下30 ℃" -> "零下30℃".

Dates and spacing between numbers and Chinese ("5 月 12 日") are the spaces
step's work; ordinals, phone numbers, version strings ("5G", "3.0",
"12345热线", "G7京新高速") never change.

>>> normalise_numbers("居民满意度达到96 . 35 %，发放宣传页1，200余套，全长5 000米")
'居民满意度达到96.35%，发放宣传页1,200余套，全长5000米'
"""

from __future__ import annotations

import re

from .edits import Fixed, run_passes, substitute

__all__ = ["normalise_numbers", "normalise_numbers_explained"]

STEP = "normalise_numbers"
CATEGORY = "numbers"

# A decimal point with spaces around it, or a full-width one, between digits.
_DECIMAL_RE = re.compile(r"(?<=\d)(?:[ \t]*[.．][ \t]+|[ \t]+[.．][ \t]*|．)(?=\d)")
# Digit groups separated by a full-width comma or by (thin) spaces.
_GROUPS_RE = re.compile(
    r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d.,，])|(?<![\d.,])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,])"
)
_DIGIT_RE = re.compile(r"\d")
_SIGN_RE = re.compile(r"(?<=\d)[ \t\u2009\u202f]+(?=[%‰℃℉°])")


def _groups(match: re.Match[str]) -> str:
    number = match.group()
    if "，" in number:
        return number.replace("，", ",")
    return number.replace(" ", "").replace("\u2009", "").replace("\u202f", "")


_PASSES = (
    lambda text: substitute(_DECIMAL_RE, text, STEP, CATEGORY, lambda m: "."),
    lambda text: substitute(_GROUPS_RE, text, STEP, CATEGORY, _groups),
    lambda text: substitute(_SIGN_RE, text, STEP, CATEGORY, lambda m: ""),
)


def normalise_numbers_explained(text: str) -> Fixed:
    """:func:`normalise_numbers` with its edits (category ``numbers``).

    >>> [(e.old, e.new) for e in normalise_numbers_explained("86 %").edits]
    [(' ', '')]
    """
    if _DIGIT_RE.search(text) is None:
        return Fixed(text)
    return run_passes(text, _PASSES)


def normalise_numbers(text: str) -> str:
    """Tighten numbers: decimal points, thousands separators, signs.

    >>> normalise_numbers("同比下降17.3%，10余个，5G网络，3.0版本")
    '同比下降17.3%，10余个，5G网络，3.0版本'
    """
    return normalise_numbers_explained(text).text

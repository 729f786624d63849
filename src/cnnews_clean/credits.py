"""Photo credits printed at the end of a caption's line.

"▲工人在生产线上作业。 本报记者 刘 洋 摄", "游客在景区游览。 新华社发":
the caption's sentence, then who took or gave the photo.  The space step
keeps the spaces inside such a credit (a byline's spacing); the page
splitter files the sentence as a caption and the rest as its credit.
"""

from __future__ import annotations

import re

from .patterns import LazyPattern

__all__ = [
    "AGENCY_BRACKET",
    "BRACKET_CREDIT",
    "BRACKET_CREDIT_RE",
    "PHOTO_CREDIT_LAST",
    "trailing_photo_credit",
]

# A credit in brackets, as an article signs off ("（丁宇婷 文/图）", "（通讯员
# 陈小龙 记者 黄山）"): a pattern fragment, and a line that is one.
BRACKET_CREDIT = r"[（(][^（()）。，；！？]{1,30}[)）]"
BRACKET_CREDIT_RE = LazyPattern(rf"^{BRACKET_CREDIT}$")
# The agency that distributed a photo, in brackets after its credit
# ("杨 峥摄（人民视觉）"): a pattern fragment for every photo-credit pattern.
AGENCY_BRACKET = r"[（(][^（）()。，]{1,8}[）)]"
# After a sentence's end: up to 24 characters of names, then 摄, 供图, "…社发"
# (an agency's release) or 资料图片 (an archive photo), maybe with the
# distributing agency in brackets ("摄（人民视觉）").  Group 1 is the credit.
_TRAILING_PHOTO_CREDIT_RE = LazyPattern(
    r"(?<=[。！？!?])[ \t]*([^\s。！？，；、（）()!?][^。！？，；、（）()!?]{0,24}?"
    r"(?:摄|摄影|供图|社发|资料图片)(?:[ \t]*" + AGENCY_BRACKET + r")?)[ \t]*$",
    traditional=True,
)
_CREDIT_LAST = frozenset("摄攝图圖发發片")  # how such a credit ends (摄影 has 摄 in the tail)
# The last character of a line that ends with such a credit (or its agency).
PHOTO_CREDIT_LAST = _CREDIT_LAST | frozenset("）)")
_TAIL = 40  # characters: a trailing credit and the gap before it are shorter


def trailing_photo_credit(text: str) -> re.Match[str] | None:
    """The photo credit ending ``text`` after a sentence (group 1), if any.
    Only the text's last characters are read, so long paragraphs cost
    nothing.

    >>> trailing_photo_credit("▲工人在生产线上作业。 本报记者 刘 洋 摄").group(1)
    '本报记者 刘 洋 摄'
    """
    if _CREDIT_LAST.isdisjoint(text[-8:]):
        return None
    return _TRAILING_PHOTO_CREDIT_RE.search(text, max(0, len(text) - _TAIL))

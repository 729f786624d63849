"""Photo credits printed at the end of a caption's line.

"▲工人在生产线上作业。 本报记者 刘 洋 摄", "游客在景区游览。 新华社发":
the caption's sentence, then who took or gave the photo.  The space step
keeps the spaces inside such a credit (a byline's spacing); the page
splitter files the sentence as a caption and the rest as its credit.
"""

from __future__ import annotations

from .patterns import LazyPattern

__all__ = ["TRAILING_PHOTO_CREDIT_RE"]

# After a sentence's end: up to 24 characters of names, then 摄, 供图, "…社发"
# (an agency's release) or 资料图片 (an archive photo).  Group 1 is the credit.
TRAILING_PHOTO_CREDIT_RE = LazyPattern(
    r"(?<=[。！？!?])[ \t]*([^\s。！？，；、（）()!?][^。！？，；、（）()!?]{0,24}?"
    r"(?:摄|摄影|供图|社发|资料图片))[ \t]*$",
    traditional=True,
)

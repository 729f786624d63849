"""Stray glyphs: PDF-font leftovers, invisible characters, wrong code points.

``fix_glyphs`` makes one regex pass over the text and, for the rare
characters it matches:

- removes private-use code points (U+E000-U+F8FF, planes 15-16), zero-width
  and bidi format characters, soft hyphens, BOMs, C0/C1 control characters
  (not newline or tab), non-characters, lone surrogates and U+FFFD;
- maps Kangxi radicals and CJK radicals supplement to unified ideographs
  ("⽇" -> "日"), compatibility ideographs to canonical ones, full-width
  letters, digits and "％" to ASCII ("ＰＰＴ" -> "PPT");
- turns ideographic, no-break and other wide spaces into a plain space (the
  spaces step then decides whether it stays) and every line-break form
  (CR LF, CR, form feed, vertical tab, U+2028/U+2029, NEL) into "\\n".

>>> fix_glyphs("泽苑社区\\U001003d1激活党建动能")
'泽苑社区激活党建动能'
>>> fix_glyphs("⽇报　ＰＰＴ讲解，１２３")
'日报 PPT讲解，123'
"""

from __future__ import annotations

import re
from functools import cache

from .chars import glyph_table
from .edits import Fixed, substitute
from .patterns import LazyPattern

__all__ = ["fix_glyphs", "fix_glyphs_explained"]

STEP = "fix_glyphs"

_REMOVE = (
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # C0/C1 controls but \t \n \v \f \r, NEL
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\ufffd\ufdd0-\ufdef\ufffe\uffff"
    "\ud800-\udfff"  # lone surrogates
    "\ue000-\uf8ff\U000f0000-\U0010ffff"  # private use
)
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_BREAKS = "\x0b\x0c\x85\u2028\u2029"
_MAPPED = "\u2e80-\u2eff\u2f00-\u2fd5\uf900-\ufaff\U0002f800-\U0002fa1f\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"

_PATTERN = LazyPattern(f"\r\n?|[{_BREAKS}]|[{_SPACES}]+|[{_REMOVE}]|[{_MAPPED}]")
_REMOVE_RE = LazyPattern(f"[{_REMOVE}]")
_SPACE_SET = frozenset(chr(c) for c in (0xA0, 0x1680, 0x202F, 0x205F, 0x3000)) | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)


@cache
def _category_and_replacement() -> dict[str, tuple[str, str]]:
    return {char: ("glyphs", new) for char, new in glyph_table().items()}


def _replace(match: re.Match[str]) -> tuple[str, str] | None:
    text = match.group()
    first = text[0]
    if first == "\r" or first in _BREAKS:
        return ("lines", "\n")
    if first in _SPACE_SET:
        return ("spaces", " " * len(text))
    mapped = _category_and_replacement().get(first)
    if mapped is not None:
        return mapped
    if _REMOVE_RE.match(first) is not None:
        return ("glyphs", "")
    # in a mapped block but without a mapping (a radical with no equivalent,
    # a unified ideograph in the compatibility block, an unassigned code point):
    # content is never removed by accident
    return None


def fix_glyphs_explained(text: str) -> Fixed:
    """:func:`fix_glyphs` with its edits (categories ``glyphs``, ``spaces``, ``lines``).

    >>> [e.old for e in fix_glyphs_explained("好\\u200b的").edits]
    ['\\u200b']
    """
    return substitute(_PATTERN, text, STEP, "glyphs", _replace)


def fix_glyphs(text: str) -> str:
    """Remove stray glyphs and map wrong code points to ordinary characters.

    >>> fix_glyphs("居民满意度达到９６．３５％")
    '居民满意度达到96．35%'
    """
    return fix_glyphs_explained(text).text

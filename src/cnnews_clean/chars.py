"""Character classes and mapping tables for Chinese newspaper text.

Class strings are written for the inside of a regex ``[...]`` and work with
both ``re`` and ``regex``.  Tables are built from Unicode data on first use
(``functools.cache``), never at import.

>>> import re
>>> bool(re.fullmatch(f"[{HAN}]+", "党的二十大"))
True
>>> glyph_table()["⽇"]
'日'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

__all__ = [
    "CJK_PUNCT",
    "HAN",
    "KANA",
    "content_skeleton",
    "decodable_chars",
    "gb2312_chars",
    "glyph_table",
    "is_han",
]

# Han ideographs: CJK Unified (with Extension A), compatibility ideographs,
# the supplementary planes (Extensions B-I and compatibility supplement), 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
# Kana (Japanese); text containing kana is not treated as Chinese for quotes
# and Traditional conversion.
KANA = "\u3040-\u30ff\u31f0-\u31ff"
# Full-width CJK punctuation and symbols (ideographic space excluded).
CJK_PUNCT = (
    "\u3001-\u3006\u3008-\u3011\u3014-\u301f\u30fb"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u2027\u22ef\ufe30-\ufe4f"
)

_HAN_BLOCKS = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)


def decodable_chars(codec: str, leads: range, trails: Iterable[int]) -> frozenset[str]:
    """The characters that the two-byte codes ``lead, trail`` decode to in ``codec``.

    >>> "谐" in decodable_chars("gb2312", range(0xD0, 0xD1), range(0xA1, 0xFF))
    True
    """
    chars = set()
    trail_bytes = list(trails)
    for lead in leads:
        for trail in trail_bytes:
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def gb2312_chars(first_lead: int = 0xB0, last_lead: int = 0xF7) -> frozenset[str]:
    """The ideographs of GB 2312 whose lead byte lies in the given range:
    0xB0-0xD7 is level 1 (the 3,755 most common), 0xD8-0xF7 level 2.

    >>> len(gb2312_chars(0xB0, 0xD7))
    3755
    """
    return decodable_chars("gb2312", range(first_lead, last_lead + 1), range(0xA1, 0xFF))


def is_han(char: str) -> bool:
    """True for a Han ideograph.

    >>> is_han("党"), is_han("，")
    (True, False)
    """
    cp = ord(char)
    return cp == 0x3007 or any(lo <= cp <= hi for lo, hi in _HAN_BLOCKS)


def data_text(name: str) -> str:
    """A table shipped in the package's ``data/`` folder (read from the
    installed files: importlib.resources would add zipfile to start-up)."""
    import os

    with open(os.path.join(os.path.dirname(__file__), "data", name), encoding="utf-8") as file:
        return file.read()


@cache
def _radical_table() -> dict[str, str]:
    table: dict[str, str] = {}
    data = data_text("radicals.txt")
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        radical, ideograph = line.split()
        table[chr(int(radical, 16))] = chr(int(ideograph, 16))
    # Kangxi radicals also carry compatibility decompositions; use them for
    # any the data file leaves out.
    for cp in range(0x2F00, 0x2FD6):
        char = chr(cp)
        if char not in table:
            nfkc = unicodedata.normalize("NFKC", char)
            if nfkc != char and len(nfkc) == 1:
                table[char] = nfkc
    return table


@cache
def glyph_table() -> dict[str, str]:
    """Mappings of stray glyphs to their ordinary form, from Unicode data.

    Kangxi radicals and CJK radicals supplement -> unified ideographs;
    CJK compatibility ideographs -> canonical (NFC) ideographs; full-width
    ASCII letters and digits and ``％`` -> ASCII.

    >>> t = glyph_table()
    >>> t["\\uf900"], t["Ｐ"], t["１"], t["％"]
    ('豈', 'P', '1', '%')
    """
    table = dict(_radical_table())
    for lo, hi in ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for cp in range(lo, hi + 1):
            char = chr(cp)
            canonical = unicodedata.normalize("NFC", char)
            if canonical != char:
                table[char] = canonical
    for cp in range(0xFF01, 0xFF5F):
        char = chr(cp)
        ascii_form = chr(cp - 0xFEE0)
        if ascii_form.isalnum() or ascii_form == "%":
            table[char] = ascii_form
    return table


def content_skeleton(text: str) -> str:
    """The Han characters, letters and digits of ``text`` in order, each in
    its ordinary form: what cleaning must never lose.

    >>> content_skeleton("（丁宇婷 文/图）５Ｇ")
    '丁宇婷文图5G'
    """
    table = glyph_table()
    out = []
    for char in text:
        char = table.get(char, char)
        if char.isalnum() or is_han(char):
            out.append(char)
    return "".join(out)

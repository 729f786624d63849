"""Turning input bytes into text, with clear errors instead of garbage.

- UTF-8 by default (a BOM is accepted); UTF-16 with a BOM is read too.
- A file that is not UTF-8 fails with its name and the byte offset, and says
  which ``--encoding`` to try when GB18030 or Big5 decodes it.
- Binary data (NUL bytes, images, PDFs) is refused, not cleaned into garbage.

>>> decode_bytes("和谐".encode("utf-8"), "a.txt")
'和谐'
>>> try:
...     decode_bytes("和谐".encode("gb18030"), "a.txt")
... except InputError as error:
...     print(error)
a.txt: not valid UTF-8 at byte 0 (0xba); it decodes as GB18030: try --encoding gb18030
"""

from __future__ import annotations

import codecs
from functools import cache

from .patterns import LazyPattern

__all__ = ["ENCODINGS", "InputError", "decode_bytes"]

ENCODINGS = ("utf-8", "gb18030", "gbk", "big5", "utf-16", "auto")
_HAN_RE = LazyPattern("[\u4e00-\u9fff]")
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x1f\x8b", "a gzip file"),
)


class InputError(Exception):
    """Input that cannot be read as text; the message says what to do."""


def _looks_chinese(text: str) -> bool:
    han = len(_HAN_RE.findall(text[:20000]))
    return han > 0 and han >= len(text[:20000]) * 0.2


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not text; extract its text first")
    nul = data.find(b"\x00", 0, 1 << 20)
    if nul >= 0:
        raise InputError(f"{name}: binary data (NUL byte at offset {nul}), not text")


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` read from ``name``; raise :class:`InputError` with advice on failure."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding in (
        None,
        "auto",
        "utf-16",
    ):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: broken UTF-16 at byte {error.start}") from None
    if encoding in (None, "utf-8", "utf8", "auto"):
        _refuse_binary(data, name)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if encoding == "auto":
                try:
                    text = data.decode("gb18030")
                except UnicodeDecodeError:
                    text = ""
                if text and _looks_chinese(text):
                    return text
            raise InputError(_utf8_advice(data, name, error)) from None
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; try one of {', '.join(ENCODINGS)}"
        ) from None
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid {encoding} at byte {error.start} (0x{data[error.start]:02x})"
        ) from None


def _common_share(text: str) -> float:
    """Share of ideographs that are common in Simplified (GB 2312) or
    Traditional (Big5 level 1) text: a wrong decoding yields rare ones."""
    from .chars import gb2312_chars

    han = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    common = gb2312_chars() | _big5_level1()
    return sum(1 for c in han if c in common) / len(han)


@cache
def _big5_level1() -> frozenset[str]:
    from .chars import decodable_chars

    return decodable_chars("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])


def _utf8_advice(data: bytes, name: str, error: UnicodeDecodeError) -> str:
    message = f"{name}: not valid UTF-8 at byte {error.start} (0x{data[error.start]:02x})"
    best: tuple[float, str, str] | None = None
    for candidate, label in (("gb18030", "GB18030"), ("big5", "Big5")):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _looks_chinese(text):
            score = _common_share(text)
            if best is None or score > best[0]:
                best = (score, candidate, label)
    if best is not None:
        return f"{message}; it decodes as {best[2]}: try --encoding {best[1]}"
    return f"{message}; give its encoding with --encoding"

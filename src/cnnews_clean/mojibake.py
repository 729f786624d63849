"""Mojibake: UTF-8 text that was once decoded as GBK (or GBK as UTF-8).

UTF-8 Chinese read as GBK turns into runs of rare characters
("鍦ㄥ煄涓尯" for "在城中区"); encoding such a run back to GBK gives bytes
that are valid UTF-8 and decode to common characters.  :func:`find_mojibake`
reports those runs with their positions; :func:`repair_mojibake` restores
them, only where the round trip is exact.  The reverse accident (GBK bytes
decoded as UTF-8 with replacement) leaves U+FFFD characters, whose original
bytes are gone: it is reported, and the source must be read again with the
right encoding.

>>> broken = "本报讯" + "志愿服务活动".encode("utf-8").decode("gbk")
>>> broken
'本报讯蹇楁効鏈嶅姟娲诲姩'
>>> [(s.start, s.kind, s.repair) for s in find_mojibake(broken)]
[(3, 'utf8-as-gbk', '志愿服务活动')]
>>> repair_mojibake(broken)
'本报讯志愿服务活动'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .chars import gb2312_chars
from .edits import Edit, Fixed, apply_edits
from .patterns import LazyPattern

__all__ = ["Suspect", "find_mojibake", "repair_mojibake", "repair_mojibake_explained"]

STEP = "repair_mojibake"
_RUN_RE = LazyPattern(r"[^\x00-\x7f\s，。、；：？！“”‘’（）《》…—]{3,}")
_FFFD_RUN_RE = LazyPattern("\ufffd+")
_MIN_FFFD = 3


@dataclass(frozen=True, slots=True)
class Suspect:
    """A stretch of text that looks like mojibake.

    ``kind`` is ``utf8-as-gbk`` (``repair`` holds the exact original) or
    ``replacement`` (U+FFFD: the original bytes are lost, ``repair`` is None).
    """

    start: int
    end: int
    kind: str
    repair: str | None


@cache
def _common() -> frozenset[str]:
    """GB 2312 level 1: the 3,755 characters ordinary text is made of."""
    return gb2312_chars(0xB0, 0xD7)


def _plausibility(text: str) -> float:
    common = _common()
    han = [c for c in text if ord(c) > 0x2E7F]
    return sum(1 for c in han if c in common) / len(han) if han else 1.0


def _utf8_read_as_gbk(run: str) -> str | None:
    try:
        original = run.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if original == run or len(original) >= len(run):
        return None
    if any(0x7F < ord(c) < 0x2E80 for c in original):
        return None  # Chinese text decodes to ASCII and CJK only
    if _plausibility(original) >= 0.9 and _plausibility(run) <= 0.6:
        return original
    return None


def _locate(run: str) -> tuple[int, int, str] | None:
    """The longest stretch of a suspicious run that round-trips exactly:
    (start, end, original).  Ordinary runs are passed over at once."""
    if _plausibility(run) > 0.6:
        return None
    for left in range(len(run) - 1):
        for right in range(len(run), left + 1, -1):
            original = _utf8_read_as_gbk(run[left:right])
            if original is not None:
                return left, right, original
    return None


def _suspects(text: str) -> list[Suspect]:
    found: list[Suspect] = []
    for match in _RUN_RE.finditer(text):
        located = _locate(match.group())
        if located is not None:
            left, right, original = located
            start = match.start()
            found.append(Suspect(start + left, start + right, "utf8-as-gbk", original))
    return found


def find_mojibake(text: str) -> list[Suspect]:
    """Stretches of ``text`` that look like mojibake, in order."""
    suspects = _suspects(text)
    for match in _FFFD_RUN_RE.finditer(text):
        if match.end() - match.start() >= _MIN_FFFD:
            suspects.append(Suspect(match.start(), match.end(), "replacement", None))
    return sorted(suspects, key=lambda s: s.start)


def repair_mojibake_explained(text: str) -> Fixed:
    """:func:`repair_mojibake` with its edits (category ``encoding``)."""
    repairs = {s.start: s for s in _suspects(text)}
    if not repairs:
        return Fixed(text)
    edits = tuple(
        Edit(STEP, "encoding", s.start, text[s.start : s.end], s.repair or "")
        for s in repairs.values()
    )
    return Fixed(apply_edits(text, edits), edits)


def repair_mojibake(text: str) -> str:
    """Restore runs of UTF-8-read-as-GBK mojibake whose round trip is exact."""
    return repair_mojibake_explained(text).text

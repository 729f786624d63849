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


# Share of common characters among a stretch's Han: ordinary text has at
# least the first; mojibake at most the second.
_READS_AS_TEXT = 0.9
_READS_AS_MOJIBAKE = 0.6


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
    if _plausibility(original) >= _READS_AS_TEXT and _plausibility(run) <= _READS_AS_MOJIBAKE:
        return original
    return None


def _rare(text: str) -> frozenset[str]:
    """The characters of ``text`` that count against plausibility: past
    U+2E7F and outside the common set.  A run with none of them is
    plausible, so most runs are passed over without a look at each
    character."""
    common = _common()
    return frozenset(c for c in set(text).difference(common) if ord(c) > 0x2E7F)


def _readings(encoded: list[bytes | None], left: int) -> list[tuple[int, int, int, int]]:
    """Where the characters from ``left`` can end so that their GBK bytes
    read as UTF-8 of ASCII and CJK: for each such end, (end, characters
    read, Han among them, common among those).  Reading stops at the
    first byte that breaks UTF-8, so a start that is no mojibake costs a
    byte or two."""
    common = _common()
    ends: list[tuple[int, int, int, int]] = []
    need = point = read = han = usual = 0
    for index in range(left, len(encoded)):
        chunk = encoded[index]
        if chunk is None:
            break
        for byte in chunk:
            if need:
                if not 0x80 <= byte <= 0xBF:
                    return ends
                point = point << 6 | byte & 0x3F
                need -= 1
            elif byte < 0x80:
                point = byte
            elif 0xC2 <= byte <= 0xDF:
                point, need = byte & 0x1F, 1
            elif 0xE0 <= byte <= 0xEF:
                point, need = byte & 0x0F, 2
            elif 0xF0 <= byte <= 0xF4:
                point, need = byte & 0x07, 3
            else:
                return ends
            if not need:
                if 0x7F < point < 0x2E80 or point > 0x10FFFF:
                    return ends  # Chinese text decodes to ASCII and CJK only
                read += 1
                if point > 0x2E7F:
                    han += 1
                    usual += chr(point) in common
        if not need:
            ends.append((index + 1, read, han, usual))
    return ends


def _encoded(run: str) -> list[bytes | None]:
    encoded: list[bytes | None] = []
    for char in run:
        try:
            encoded.append(char.encode("gbk"))
        except UnicodeEncodeError:
            encoded.append(None)
    return encoded


_MAX_TRIES = 32


def _locate(run: str) -> tuple[int, int, str] | None:
    """The longest stretch of a suspicious run that round-trips exactly:
    (start, end, original), from the first start that has one.  Ordinary
    runs are passed over at once, and a run is given up after a few starts
    whose bytes decode but never read as text, so the work stays linear in
    the run's length."""
    if _plausibility(run) > _READS_AS_MOJIBAKE:
        return None
    common = _common()
    han_before = [0]
    usual_before = [0]
    for char in run:
        is_han = ord(char) > 0x2E7F
        han_before.append(han_before[-1] + is_han)
        usual_before.append(usual_before[-1] + (is_han and char in common))
    encoded = _encoded(run)
    tries = 0
    for left in range(len(run) - 1):
        ends = _readings(encoded, left)
        if not ends or ends[-1][0] - left < 2:
            continue
        for right, read, han, usual in reversed(ends):
            if right - left < 2 or read >= right - left:
                continue
            if han and usual < _READS_AS_TEXT * han:
                continue  # the reading is not ordinary text
            run_han = han_before[right] - han_before[left]
            run_usual = usual_before[right] - usual_before[left]
            if not run_han or run_usual > _READS_AS_MOJIBAKE * run_han:
                continue  # the stretch itself reads as ordinary text
            original = _utf8_read_as_gbk(run[left:right])
            if original is not None:
                return left, right, original
        tries += 1
        if tries == _MAX_TRIES:
            break
    return None


def _suspects(text: str) -> list[Suspect]:
    found: list[Suspect] = []
    rare = _rare(text)
    if not rare:
        return found
    for match in _RUN_RE.finditer(text):
        run = match.group()
        if rare.isdisjoint(run):
            continue
        located = _locate(run)
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

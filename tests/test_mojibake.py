"""Mojibake search: found where it is, and linear work where it is not."""

from __future__ import annotations

import pytest

from cnnews_clean import mojibake
from cnnews_clean.mojibake import find_mojibake, repair_mojibake


def _as_gbk(text: str) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


def test_stretch_ends_where_the_reading_stops_being_text() -> None:
    # The bytes of "銆佺嚎" also decode, but the stretch that reads as text
    # ends at "会": the longest such stretch is the one repaired.
    text = "通过发布能人招募令、举鍔炲渾妗屽骇璋堜細銆佺嚎下召集等形式"
    assert [(s.start, s.end, s.repair) for s in find_mojibake(text)] == [(11, 20, "办圆桌座谈会")]
    assert repair_mojibake(text).startswith("通过发布能人招募令、举办圆桌座谈会")


def test_long_mojibake_paragraph_is_restored_whole() -> None:
    original = "社区居民志愿服务活动" * 300
    assert "\ufffd" not in _as_gbk(original)
    assert repair_mojibake("本报讯" + _as_gbk(original)) == "本报讯" + original


@pytest.mark.parametrize(
    "run",
    [
        "國際經濟體開發區關於鄉鎮發揚傳統藝術龍鳳齊鳴" * 30,  # Traditional
        "".join(chr(0x4E00 + (i * 7919) % 20_000) for i in range(600)),  # rare Han
    ],
)
def test_long_run_without_mojibake_is_read_once(run: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A long run of rare characters is suspicious, but the search reads each
    # start a byte or two and tries only a few exact round trips: linear
    # work, where trying every stretch took minutes on a long line.
    calls: list[str] = []
    exact = mojibake._utf8_read_as_gbk

    def counted(stretch: str) -> str | None:
        calls.append(stretch)
        return exact(stretch)

    monkeypatch.setattr(mojibake, "_utf8_read_as_gbk", counted)
    assert find_mojibake(run) == []
    assert len(calls) <= 64  # a few dozen, not one per stretch (~180,000)

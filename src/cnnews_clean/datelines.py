"""Datelines: how a news story's first paragraph opens.

"本报讯（记者刘春霞）", "本报5月12日讯", "本报北京5月12日电", "新华社北京5月12日电",
"人民网北京5月12日电", "央视网消息", "【本報訊】", "【大公報訊】": the paper or agency, the
place and date, and 讯, 电 or 消息, in either script.
The line step starts a paragraph at one and never reads it as a byline;
the space step keeps the one space print sets between a dateline and the
story when no bracket follows it ("本报长沙11月20日电 在湖南省浏阳市…"), and
between the date and the event of a chronicle's entries ("9月28日 市第一条…").
"""

from __future__ import annotations

import re

from .patterns import LazyPattern

__all__ = [
    "DATELINE",
    "DATELINE_ENDS",
    "DATELINE_RE",
    "ENTRY_RE",
    "dateline_gap",
    "opens_entry",
]

DATELINE = (
    r"【?本\s?报(?:[^，。；]{0,16}?日)?\s?讯(?!员)】?|据?(?:新华社|中新社)[^，。；]{0,16}电|"
    r"【[\u4e00-\u9fff]{1,8}报专?讯】|"  # a paper's own: "【大公報訊】", "【香港商報訊】"
    r"[^，。；\s]{0,12}\d\s?日\s?电|"  # "本报北京5月12日电", "人民网北京5月12日电"
    # "央视网消息", "新华社5月12日消息", then a space, a bracket, a colon or
    # the line's end (not "…据人民" / "网消息，…")
    r"[^，。；\s]{1,12}(?:网|社|台|报|\d\s?日)消息(?=[\s（(：:]|$)"
)
DATELINE_RE = LazyPattern(DATELINE, traditional=True)
DATELINE_ENDS = "讯訊电電息"  # every dateline ends with one of them


def dateline_gap(line: str) -> int | None:
    """Where the spaces after a line's opening dateline start, when a word
    or a number follows them (no bracket): print keeps one space there.

    >>> dateline_gap("本报长沙11月20日电 在湖南省"), dateline_gap("本报讯（记者李华）近日")
    (11, None)
    """
    start = len(line) - len(line.lstrip(" \t\u3000"))
    m = DATELINE_RE.match(line, start)
    if m is None:
        return None
    end = m.end()
    rest = line[end:].lstrip(" \t")
    if len(rest) == len(line) - end or not rest:
        return None  # no space after the dateline, or nothing after it
    first = rest[0]
    return end if "0" <= first <= "9" or "\u4e00" <= first <= "\u9fff" else None


# A date opening a line, spaces after it, then Chinese: "9月28日 市第一条…",
# "2019年 海口获评…", "2024年3月 …"; or a time of day, a schedule's
# ("19:30 焦点访谈").  One lookahead for Chinese serves both (a Han class
# costs milliseconds to compile, and every run builds this one).
_ENTRY = (
    r"(?:(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)(?=[ \t\u3000])"
    r"|\d{1,2}[:：]\d{2})(?=[ \t\u3000]*[\u4e00-\u9fff])"
)
# A line opening with an entry's date or time, anywhere in a text.
ENTRY_RE = LazyPattern(f"^[ \\t\\u3000]*(?:{_ENTRY})", flags=re.MULTILINE)
_ENTRY_START_RE = LazyPattern(_ENTRY)


def opens_entry(line: str) -> bool:
    """Does the line open with an entry's date or time ("9月28日 市第一条…",
    "19:30 焦点访谈")?  Two such lines in a row are a chronicle's or a
    schedule's entries, each on a line of its own.

    >>> opens_entry("19:30 焦点访谈"), opens_entry("11月20日上午，活动开幕。")
    (True, False)
    """
    return "0" <= line[:1] <= "9" and _ENTRY_START_RE.match(line) is not None

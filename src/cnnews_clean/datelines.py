"""Datelines: how a news story's first paragraph opens.

"本报讯（记者刘春霞）", "本报5月12日讯", "本报北京5月12日电", "新华社北京5月12日电",
"人民网北京5月12日电", "【本報訊】": the paper or agency, the place and date,
and 讯 or 电, in either script.
The line step starts a paragraph at one and never reads it as a byline;
the space step keeps the one space print sets between a dateline and the
story when no bracket follows it ("本报长沙11月20日电 在湖南省浏阳市…").
"""

from __future__ import annotations

from .patterns import LazyPattern

__all__ = ["DATELINE", "DATELINE_GAP_RE", "DATELINE_RE"]

DATELINE = (
    r"【?本\s?报(?:[^，。；]{0,16}?日)?\s?讯(?!员)】?|据?(?:新华社|中新社)[^，。；]{0,16}电|"
    r"[^，。；\s]{0,12}\d\s?日\s?电"  # "本报北京5月12日电", "人民网北京5月12日电"
)
DATELINE_RE = LazyPattern(DATELINE, traditional=True)
# A dateline opening a line, then spaces, then the story's first word.
DATELINE_GAP_RE = LazyPattern(
    rf"(?m)^[ \t\u3000]*(?:{DATELINE})([ \t]+)(?=[\u4e00-\u9fff0-9])", traditional=True
)

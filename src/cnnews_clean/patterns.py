"""Regular expressions compiled on first use, not at import.

Importing the package should cost next to nothing: a Han character class
takes a millisecond or more to compile, and ``clean`` pays every import on
every run.  A :class:`LazyPattern` compiles itself the first time one of its
methods is looked up, and from then on its methods *are* the compiled
pattern's (bound C methods in slots: no Python call in between).

>>> pattern = LazyPattern("[，。]")
>>> pattern.findall("你好，世界。")
['，', '。']
>>> pattern.sub("、", "你好，世界。")
'你好、世界、'

``traditional=True`` lets the newspaper words of a pattern match in either
script, so that one pattern reads Hong Kong and Taiwan pages too:

>>> LazyPattern("本报讯|记者", traditional=True).findall("本報訊 記者")
['本報訊', '記者']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["TRADITIONAL_FORMS", "LazyPattern", "either_script"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")

# Simplified characters of newspaper words (bylines, datelines, credits,
# labels, furniture) and their Traditional forms (one or more).
TRADITIONAL_FORMS: Mapping[str, str] = MappingProxyType(
    dict(
        zip(
            "记讯员编辑摄图为报电华约题时农组审责术设计据后来们闻导实对经关评论链读专说阅开话栏观访简声数线风别递语采",
            "記訊員編輯攝圖為報電華約題時農組審責術設計據後來們聞導實對經關評論鏈讀專說閱開話欄觀訪簡聲數線風別遞語採",
            strict=True,
        )
    )
    | {"为": "為爲"}  # also the older form that some fonts and converters give
)


def either_script(source: str) -> str:
    """Rewrite a pattern so each of its newspaper words' simplified
    characters also matches its Traditional form ("记者" → "[记記]者")."""
    out: list[str] = []
    in_class = escaped = False
    for char in source:
        traditional = TRADITIONAL_FORMS.get(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
            if traditional is not None:
                char += traditional
        elif char == "[":
            in_class = True
        elif traditional is not None:
            char = f"[{char}{traditional}]"
        out.append(char)
    return "".join(out)


class LazyPattern:
    """A ``re.Pattern[str]`` stand-in that compiles on first use."""

    __slots__ = ("_flags", "_source", "_traditional", *_METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[str | Any]]
    sub: Callable[..., str]

    def __init__(self, source: str, flags: int = 0, *, traditional: bool = False) -> None:
        self._source = source
        self._flags = flags
        self._traditional = traditional

    def __getattr__(self, name: str) -> Any:
        """Called only while a method slot is empty: compile, fill every slot."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    @property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self._flags)  # served from re's cache

    @property
    def pattern(self) -> str:
        return either_script(self._source) if self._traditional else self._source

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"

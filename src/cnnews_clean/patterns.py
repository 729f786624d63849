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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyPattern"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")


class LazyPattern:
    """A ``re.Pattern[str]`` stand-in that compiles on first use."""

    __slots__ = ("_flags", "_source", *_METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[str | Any]]
    sub: Callable[..., str]

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """Called only while a method slot is empty: compile, fill every slot."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    @property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self._source, self._flags)  # served from re's cache

    @property
    def pattern(self) -> str:
        return self._source

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r})"

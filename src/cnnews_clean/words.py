"""Common two-character words, for telling a line break inside a word from
one between phrases.

A small list shipped in ``data/common_words.txt`` (the two-character words
of jieba's dictionary seen at least 20 times in its corpus, made by
``tests/generate_common_words.py``), read once and only when a break is in
question: cheaper than jieba's whole dictionary, which a page that only
needs this should not pay for.
"""

from __future__ import annotations

from functools import cache

from .chars import data_text

__all__ = ["breaks_word"]


@cache
def _word_list() -> str:
    """The list as one string, a word per line: a page asks about a few
    breaks, and a substring search answers each faster than building a set
    of 45,000 words would take."""
    return "\n" + data_text("common_words.txt")


def _is_word(text: str) -> bool:
    return f"\n{text}\n" in _word_list()


def breaks_word(above: str, below: str) -> bool:
    """Does the break between two lines fall inside a common word, with no
    word ending at the break on either side?

    >>> breaks_word("市人大常委会召", "开第十五次会议"), breaks_word("突出党建引领", "让功能更贴心")
    (True, False)
    """
    if len(above) < 2 or len(below) < 2:
        return False
    left, right = above[-1], below[0]
    if not ("\u4e00" <= left <= "\u9fff" and "\u4e00" <= right <= "\u9fff"):
        return False
    return _is_word(left + right) and not _is_word(above[-2:]) and not _is_word(below[:2])

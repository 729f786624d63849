"""Common two-character words, for telling a line break inside a word from
one between phrases.

A small list shipped in ``data/common_words.txt`` (the two-character words
of jieba's dictionary seen at least 20 times in its corpus, made by
``tests/generate_common_words.py``), read once and only when a break is in
question: cheaper than jieba's whole dictionary, which a page that only
needs this should not pay for.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .chars import data_text
from .traditional import simplified_chars

__all__ = ["breaks_word"]


@cache
def _word_list() -> str:
    """The sorted words, each two characters and a newline (the header line
    left out): a page asks about a few breaks, and a binary search over the
    file's text answers each without building a set of 45,000 words."""
    text = data_text("common_words.txt")
    return text[text.index("\n") + 1 :]


def _is_word(pair: str) -> bool:
    words = _word_list()
    low, high = 0, len(words) // 3
    while low < high:
        middle = (low + high) // 2
        word = words[3 * middle : 3 * middle + 2]
        if word == pair:
            return True
        if word < pair:
            low = middle + 1
        else:
            high = middle
    return False


def breaks_word(above: str, below: str, is_word: Callable[[str], bool] | None = None) -> bool:
    """Does the break between two lines fall inside a word?  The two
    characters at the break make a word, and the lines do not both keep a
    word of their own there ("家门" / "口的…": "口" alone would be stranded,
    so the break is inside "家门口").  Words are the common ones, or those
    ``is_word`` accepts (asked only when a break between two Han characters
    is in question, so a costly dictionary is read only then).

    >>> breaks_word("市人大常委会召", "开第十五次会议"), breaks_word("口袋公园：家门", "口的方寸之美")
    (True, True)
    >>> breaks_word("突出党建引领", "让功能更贴心")
    False
    """
    if len(above) < 2 or len(below) < 2:
        return False
    left, right = above[-1], below[0]
    if not ("\u4e00" <= left <= "\u9fff" and "\u4e00" <= right <= "\u9fff"):
        return False
    # a Traditional page's words are looked up in their Simplified form
    # ("本港十月經" / "濟數據向好": 经济)
    above, below = simplified_chars(above[-2:]), simplified_chars(below[:2])
    left, right = above[-1], below[0]
    word = is_word or _is_word
    return word(left + right) and not (word(above[-2:]) and word(below[:2]))

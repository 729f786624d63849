"""Regenerate ``src/cnnews_clean/data/common_words.txt``.

The two-character words of jieba's dictionary seen at least
:data:`MIN_FREQUENCY` times in its corpus ("召开", "成为", "基层"): enough to
tell a headline wrapped inside a word ("市人大常委会召" / "开第十五次会议")
from one broken between its clauses, without the half-second load of
jieba's whole dictionary on a page that only needs this.

Usage: python tests/generate_common_words.py   (needs the ``jieba`` package)
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import jieba
from word_list_file import write_word_list

TARGET = Path(__file__).resolve().parent.parent / "src/cnnews_clean/data/common_words.txt"
HAN = re.compile("[\u4e00-\u9fff]{2}")
MIN_FREQUENCY = 20


def common_words() -> list[str]:
    """The list, sorted, from the installed jieba."""
    words = set()
    text = resources.files(jieba).joinpath("dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        word, frequency, *_ = line.split(" ")
        if HAN.fullmatch(word) and int(frequency) >= MIN_FREQUENCY:
            words.add(word)
    return sorted(words)


def main() -> int:
    return write_word_list(TARGET, common_words(), "generate_common_words.py")


if __name__ == "__main__":
    raise SystemExit(main())

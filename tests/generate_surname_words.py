"""Regenerate ``src/cnnews_clean/data/surname_words.txt``.

The words of two or three Han characters in jieba's dictionary that start
with a common surname but are not tagged as person names ("高质量", "林业",
"石头城"): a short line under a headline that is one of them is the
headline's wrapped end, not a bare-name byline.  Shipping this small list
(about 5,000 words) spares a page the half-second load of jieba's whole
dictionary.

Usage: python tests/generate_surname_words.py   (needs the ``jieba`` package)
"""

from __future__ import annotations

import re
from pathlib import Path

from word_list_file import write_word_list

from cnnews_clean.names import SURNAMES
from cnnews_clean.punctuation import jieba_words

TARGET = Path(__file__).resolve().parent.parent / "src/cnnews_clean/data/surname_words.txt"
HAN = re.compile("[\u4e00-\u9fff]{2,3}")


def surname_words() -> list[str]:
    """The list, sorted, from the installed jieba."""
    return sorted(
        word
        for word, tag in jieba_words().items()
        if word[0] in SURNAMES and HAN.fullmatch(word) and not tag.startswith("nr")
    )


def main() -> int:
    return write_word_list(TARGET, surname_words(), "generate_surname_words.py")


if __name__ == "__main__":
    raise SystemExit(main())

"""Is a short line a person's name?  Bylines under a headline are often a
bare name ("刘春霞"), which a headline's wrapped last line ("高质量",
"双胞胎") must not be taken for.

A name starts with a common surname, is two or three Han characters, and
is not one of the words of jieba's dictionary that start with a surname
character (a small list shipped in ``data/surname_words.txt``, made by
``tests/generate_surname_words.py`` and read only when a line could be a
name).

>>> is_person_name("刘春霞"), is_person_name("高质量"), is_person_name("双胞胎")
(True, False, False)
>>> is_person_name("李 娜")
True
"""

from __future__ import annotations

import re
from functools import cache

from .chars import data_text
from .patterns import LazyPattern

__all__ = [
    "SURNAMES",
    "is_interviewer_turn",
    "is_person_name",
    "is_speaker_turn",
    "starts_with_surname",
]

# Common surnames (the hundred or so that cover most of the population).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤燕邢"
)
_NAME_RE = LazyPattern(r"^[\u4e00-\u9fff]{2,3}$")
# Who speaks in an interview ("记者：", "问：", "刘建国："), or asks or
# answers in a readers' column ("市民王先生问：", "网友“椰城居民”问：",
# "市住建局答："), not a story's "他问：" or "有人问：".
_SPEAKER_RE = LazyPattern(
    r"^(?:(记者|主持人|[问答]|(?![我你他她它咱有大对])[^\s，。；：:、！？!?]{1,14}[问答])"
    r"|([\u4e00-\u9fff]{2,3}))[:：]",
    traditional=True,
)
_SPEAKER_REACH = 17  # characters: the colon after the longest asker


def starts_with_surname(text: str) -> bool:
    """The text starts with a common surname ("刘春霞" → True)."""
    return bool(text) and text[0] in SURNAMES


def is_person_name(text: str) -> bool:
    """Two or three Han characters that read as a name ("周慧", "刘春霞"),
    not a word that starts with a surname character ("高质量", "林业").
    Print spaces a two-character name to the width of three ("李 娜")."""
    if len(text) >= 3 and text[1] == " " and len(parts := text.split()) == 2:
        if len(parts[0]) == 1 and len(parts[1]) == 1:
            text = parts[0] + parts[1]  # "李 娜"; "刘 春霞" is not print's spacing
    if not starts_with_surname(text) or _NAME_RE.match(text) is None:
        return False
    return text not in _surname_words()


@cache
def _surname_words() -> frozenset[str]:
    lines = data_text("surname_words.txt").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_interviewer_turn(text: str) -> bool:
    """The text opens a turn that no headline opens: the interviewer's, a
    question's or an answer's ("记者：…", "问：…", "答：…", "市民王先生问：…";
    not "李强：…", which a quoting headline may open).

    >>> is_interviewer_turn("问：我市老字号企"), is_interviewer_turn("李强：推动高质量发展")
    (True, False)
    """
    m = _speaker(text)
    return m is not None and m.group(1) is not None


def is_speaker_turn(text: str) -> bool:
    """The text opens a turn of an interview: the interviewer or a named
    person, then a colon ("记者：…", "问：…", "刘建国：…"; not "会议指出：…").

    >>> is_speaker_turn("刘建国：我们主要做了三件事。"), is_speaker_turn("会议指出：")
    (True, False)
    """
    m = _speaker(text)
    return m is not None and (m.group(1) is not None or is_person_name(m.group(2)))


def _speaker(text: str) -> re.Match[str] | None:
    """Who opens the turn, and the colon after: the interviewer's word
    (group 1) or a name's characters (group 2)."""
    head = text[:_SPEAKER_REACH]
    if "：" not in head and ":" not in head:
        return None  # most lines: no colon where a speaker's would be
    return _SPEAKER_RE.match(text)

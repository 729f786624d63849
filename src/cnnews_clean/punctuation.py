"""Punctuation in Chinese text, to GB/T 15834 as newspapers print it.

- Ellipses: "...", "。。。", a lone "…", "⋯⋯" -> "……".
- Dashes: "--", "－－", a lone "—" between clauses -> "——"; "一一" used as
  a dash ("小区变新了一一这是") -> "——", while the word "一一" ("一一化解",
  "一一对应") stays (jieba's dictionary decides, loaded only when needed).
- Half-width , . : ; ? ! next to Chinese -> ， 。 ： ； ？ ！, while "96.35%",
  "12:30", "3,000", "U.S." stay.
- A bracket pair is one width: full width when its content or a neighbour is
  Chinese ("(丁宇婷 文/图）" -> "（丁宇婷 文/图）").
- ASCII quotes in Chinese text paired into “ ” and ‘ ’ by position and
  context, paragraph by paragraph (a quotation running over paragraphs opens
  on each and closes on the last); an unmatched one keeps its most sensible
  curly form and is never dropped.
- A full-width stop "．" after Chinese: "。" at a sentence's end; inside a
  sentence the comma an OCR layer read as a dot ("推进．不断" -> "推进，不断"),
  or "。" on a page without any "。".
- Doubled marks that are extraction noise ("，，", "。。") collapse to one.

>>> fix_punctuation('他说:"你好,世界..."(丁宇婷 文/图）')
'他说：“你好，世界……”（丁宇婷 文/图）'
>>> fix_punctuation("居民满意度达到96.35%，时间12:30，5G+智慧矿山")
'居民满意度达到96.35%，时间12:30，5G+智慧矿山'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from .chars import CJK_PUNCT, HAN, KANA
from .edits import Fixed, contextual_pass, run_passes, substitute
from .patterns import LazyPattern

__all__ = ["fix_punctuation", "fix_punctuation_explained"]

STEP = "fix_punctuation"
CATEGORY = "punctuation"

_CJK = f"{HAN}{CJK_PUNCT}{KANA}"
_CJK_RE = LazyPattern(f"[{_CJK}]")
_HAN_RE = LazyPattern(f"[{HAN}]")
_HSPACE = " \t"
_NEWLINE_RE = LazyPattern("\n")
# Marks that may themselves be converted (in either form): context looks past
# them, so that converting one mark never changes the decision for another.
_NEUTRAL = frozenset(_HSPACE + ",;:?!().-\"'，；：？！（）。“”‘’")
_NUMERALS = frozenset("一二三四五六七八九十百千万亿零两〇")
_NUMERALS_AND_FIRST = _NUMERALS | {"第"}

_FULL = {",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_BRACKET = {"（": "(", "）": ")"}


_CJK_SINGLES = frozenset("\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u2027\u22ef")


def _is_cjk(char: str | None) -> bool:
    """Han, kana, CJK punctuation or a mark used as such (— … “ ”)."""
    if not char:
        return False
    cp = ord(char)
    if cp < 0x2014:
        return cp == 0xB7
    return (
        0x3001 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF01 <= cp <= 0xFF65
        or 0x20000 <= cp <= 0x3FFFF
        or char in _CJK_SINGLES
    )


_REACH = 32  # context is local: look past at most this many marks or spaces


def _left(text: str, pos: int, skip: str | frozenset[str] = _HSPACE) -> str | None:
    """The nearest character before ``pos`` on the same line that is not in
    ``skip``, within :data:`_REACH` characters (bounded: a run of 10^5 marks
    must not make every mark look at all the others)."""
    i = pos - 1
    stop = max(-1, pos - 1 - _REACH)
    while i > stop and text[i] in skip:
        i -= 1
    if i == stop and i >= 0:
        return None
    if i < 0 or text[i] == "\n":
        return None
    return text[i]


def _right(text: str, pos: int, skip: str | frozenset[str] = _HSPACE) -> str | None:
    """The nearest character from ``pos`` on the same line that is not in
    ``skip``, within :data:`_REACH` characters."""
    i = pos
    n = len(text)
    stop = min(n, pos + _REACH)
    while i < stop and text[i] in skip:
        i += 1
    if i == stop and i < n:
        return None
    if i >= n or text[i] == "\n":
        return None
    return text[i]


@lru_cache(maxsize=4)
def _han_lines(text: str) -> tuple[list[int], list[bool]]:
    """Start offset of every line, and whether the line has a Han character."""
    starts = [0, *(m.end() for m in _NEWLINE_RE.finditer(text))]
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    flags = [_HAN_RE.search(text, a, b) is not None for a, b in zip(starts, ends, strict=True)]
    return starts, flags


def _line_has_han(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` Chinese text?  (Lines are indexed once per
    text: rescanning a 10 MB line for every mark would be quadratic.)"""
    starts, flags = _han_lines(text)
    return flags[bisect_right(starts, pos) - 1]


# --- ellipses ---------------------------------------------------------------

# One character class (or literal) per pattern: alternations defeat the
# regex engine's first-character scan and run five to ten times slower.
# one ellipsis, also where justification spaced its halves apart ("…… ……")
_ELLIPSIS_RE = LazyPattern(r"[…⋯]+(?:[ \t\u3000\u00a0]+[…⋯]+)*")
_STOPS_RE = LazyPattern(r"。。。+")
_DOTS_RE = LazyPattern(r"\.\.\.+")
_MIDDLE_DOTS_RE = LazyPattern(r"···+|・・・+")


def _ellipsis(text: str, match: re.Match[str]) -> str | None:
    run = match.group()
    if run == "……":
        return None
    if run[0] == "。":
        return "……"
    # context looks past marks that may themselves be converted ("p;..." is
    # judged as "p；..." will be)
    if _is_cjk(_left(text, match.start(), _NEUTRAL)) or _is_cjk(
        _right(text, match.end(), _NEUTRAL)
    ):
        return "……"
    # (an English line keeps its "…" and its "...")
    return "……" if _line_has_han(text, match.start()) and run[0] != "." else None


# --- dashes -----------------------------------------------------------------

_DASH_RE = LazyPattern(r"[-－―─—]+")
_YIYI_RE = LazyPattern("一一")
_PARTICLES = frozenset("了吧呢啊吗呀嘛")


@cache
def jieba_words() -> dict[str, str]:
    """jieba's dictionary as word -> part-of-speech tag (read once, lazily)."""
    from importlib import resources

    import jieba

    path = resources.files(jieba).joinpath("dict.txt")
    words: dict[str, str] = {}
    with path.open("r", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                words[parts[0]] = parts[2]
    return words


def _yiyi_is_word(text: str, pos: int) -> bool:
    """Is "一一" at ``pos`` the adverb ("one by one") rather than a dash?"""
    # Spaces around it are looked past: the space step removes them later,
    # and the decision must be the same when it has.
    left = _left(text, pos)
    following = "".join(text[pos + 2 : pos + 14].split("\n", 1)[0].split())
    right = following[0] if following else None
    if left is None or not _HAN_RE.match(left):
        return True  # after a mark or at the start: "，一一化解"
    if right is not None and right in _NUMERALS:
        return True  # part of a number: "一一七"
    if right is None or not _HAN_RE.match(right):
        # an opening quote follows a dash (an ASCII one too: the quote pass
        # curls it later, and the decision must not change when it has)
        return not ((right is not None and right in "“‘「《\"'") or left in _PARTICLES)
    if left in _PARTICLES:
        return False
    words = jieba_words()
    for size in (2, 1):
        if "一一" + following[:size] in words:
            return True
    for size in (4, 3, 2, 1):
        tag = words.get(following[:size])
        if tag is not None:
            return tag.startswith("v")
    return False


_DATE_UNITS = frozenset("年月日时号")


def _dash(text: str, match: re.Match[str]) -> str | None:
    run = match.group()
    start, end = match.start(), match.end()
    if run == "一一":
        if (start > 0 and text[start - 1] in _NUMERALS_AND_FIRST) or text[end : end + 1] == "一":
            return None  # part of a longer run of numerals: "十一一", "一一一"
        return None if _yiyi_is_word(text, start) else "——"
    if len(set(run)) != 1:
        return None  # a mixed run is left as printed
    if run[0] in "—" and len(run) != 1:
        return None  # "——" is already right; longer runs are left as printed
    left, right = _left(text, start, _NEUTRAL), _right(text, end, _NEUTRAL)
    if run[0] == "-":
        if len(run) == 1:
            return None  # a hyphen: 0473-1234567, COVID-19
        return "——" if _is_cjk(left) or _is_cjk(right) else None
    if run[0] in "－―─":
        return "——" if len(run) == 2 else None
    # a lone — or ―: a dash between clauses, not a range between numbers or
    # dates ("5—10", "10月1日—10月7日": GB/T 15834's connecting mark)
    if right is not None and right.isdigit() and left is not None:
        if left.isdigit() or (left in _DATE_UNITS and text[start - 2 : start - 1].isdigit()):
            return None
    return "——" if _is_cjk(left) or _is_cjk(right) else None


# --- half-width marks -------------------------------------------------------

_HALF_MARKS = ",.:;?!"  # the half-width marks the mark pass converts
_MARK_RE = LazyPattern(f"[{_HALF_MARKS}]")
_THOUSANDS_RE = LazyPattern(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])")


def _in_thousands_number(text: str, pos: int) -> bool:
    start = pos
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == ","):
        start -= 1
    end = pos
    while end < len(text) and (text[end].isdigit() or text[end] == ","):
        end += 1
    match = _THOUSANDS_RE.match(text, start)
    return match is not None and match.end() == end


def _mark(text: str, match: re.Match[str]) -> str | None:
    mark = match.group()
    pos = match.start()
    if mark != "." and pos:
        before = text[pos - 1]
        if before not in _NEUTRAL and _is_cjk(before):
            return _FULL[mark]  # the common case: "近年来,"
    raw_left = text[pos - 1] if pos > 0 else ""
    raw_right = text[pos + 1] if pos + 1 < len(text) else ""
    left, right = _left(text, pos, _NEUTRAL), _right(text, pos + 1, _NEUTRAL)
    if mark == ".":
        if raw_left.isascii() and raw_left.isalnum():
            return None  # 96.35, U.S., example.com
        if _is_cjk(left) and (right is None or _is_cjk(right) or raw_right in "\"'"):
            return "。"
        return None
    if raw_left.isdigit() and raw_right.isdigit():
        if mark == ":":
            return None  # 12:30
        if mark == "," and _in_thousands_number(text, pos):
            return None  # 3,000
        return _FULL[mark] if _line_has_han(text, pos) else None
    if _is_cjk(left) or _is_cjk(right):
        return _FULL[mark]
    if mark == ":" and raw_right == "/":
        return None  # http://
    left_ascii = left is not None and left.isascii() and left.isalnum()
    right_ascii = right is not None and right.isascii() and right.isalnum()
    if left_ascii and right_ascii:
        return None  # between Latin words: "Hello, world"
    if _line_has_han(text, pos) and (left is None or not left_ascii or right is None):
        return _FULL[mark]
    return None


# --- full-width stops -----------------------------------------------------

_FULLWIDTH_STOP_RE = LazyPattern("．")
_CLOSING = frozenset(_HSPACE + "”’」』）)》〉】")


# Characters that spell foreign names in Chinese ("卡尔", "马克思", "伊丽莎白").
_TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达黛戴丹道德得登迪蒂丁东杜顿多"
    "厄恩法凡菲费芬丰佛弗福富盖甘冈高戈哥格贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金"
    "卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利莉丽连列林琳留隆卢鲁路伦罗洛马玛迈麦"
    "曼芒梅门蒙米敏明摩莫默姆穆纳娜南瑙内尼妮涅努诺欧帕派潘庞佩彭皮普奇齐乔琼丘萨塞桑"
    "瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特滕提图托瓦万威韦维温文沃乌伍西希夏谢辛休雅"
    "亚扬耶伊因英尤于约泽扎詹兹卓宗佐尔思茨翰顿京黎治娃姬琪露薇丝白勒"
)


def _name_parts(text: str, pos: int) -> bool:
    """ "卡尔．马克思": the stop parts two short runs of transliteration."""
    start = pos
    while start > 0 and pos - start <= 4 and text[start - 1] in _TRANSLITERATION:
        start -= 1
    end = pos + 1
    while end < len(text) and end - pos <= 5 and text[end] in _TRANSLITERATION:
        end += 1
    return pos - start >= 2 and end - pos >= 3


_MARK_FORMS = frozenset(_FULL[mark] for mark in _HALF_MARKS)  # what the mark pass makes


def _fullwidth_stop(text: str, match: re.Match[str]) -> str | None:
    """A full-width stop "．" after Chinese: "。" at a sentence's end; inside
    a sentence, on a page that prints its full stops as "。", the comma an OCR
    layer read as a dot ("推进．不断提升" -> "推进，不断提升"); between the
    parts of a foreign name, the name dot ("卡尔．马克思" -> "卡尔·马克思")."""
    pos = match.start()
    if _name_parts(text, pos):
        return "·"
    left = _left(text, pos, _CLOSING)
    if left is None or _HAN_RE.match(left) is None:
        return None  # "3．5", "1．", "！．": after a number or a mark it is no stop
    right = _right(text, pos + 1, _CLOSING)
    if right is None:
        return "。"
    if (right.isascii() and not right.isdigit()) or right in _MARK_FORMS:
        # before a Latin word, or before a mark in either width (judged the
        # same before and after the mark pass converts it: "民．:")
        return None
    return "，" if "。" in text else "。"


# --- brackets ---------------------------------------------------------------

_BRACKET_RE = LazyPattern(r"[()（）]")
_LINE_RE = LazyPattern(r"[^\n]+")


def _bracket_pass(text: str) -> Fixed:
    """Give each bracket pair one width; convert unpaired ones by their neighbours."""
    if "(" not in text and ")" not in text and "（" not in text:
        return Fixed(text)
    decisions: dict[int, str] = {}
    for line in _LINE_RE.finditer(text):
        stack: list[int] = []
        pairs: list[tuple[int, int]] = []
        single: list[int] = []
        for m in _BRACKET_RE.finditer(text, line.start(), line.end()):
            if m.group() in "(（":
                stack.append(m.start())
            elif stack:
                pairs.append((stack.pop(), m.start()))
            else:
                single.append(m.start())
        single.extend(stack)
        for open_pos, close_pos in pairs:
            content = text[open_pos + 1 : close_pos]
            full = (
                _CJK_RE.search(content) is not None
                or _is_cjk(_left(text, open_pos, _NEUTRAL))
                or _is_cjk(_right(text, close_pos + 1, _NEUTRAL))
            )
            for pos in (open_pos, close_pos):
                char = text[pos]
                if full:
                    decisions[pos] = _FULL.get(char, char)
                elif not _line_has_han(text, pos):
                    decisions[pos] = _HALF_BRACKET.get(char, char)
        for pos in single:
            char = text[pos]
            if char in "()" and (
                _is_cjk(_left(text, pos, _NEUTRAL)) or _is_cjk(_right(text, pos + 1, _NEUTRAL))
            ):
                decisions[pos] = _FULL[char]
    return substitute(_BRACKET_RE, text, STEP, CATEGORY, lambda m: decisions.get(m.start()))


# --- quotes -----------------------------------------------------------------

_QUOTE_RE = LazyPattern("[\"'＂＇“”‘’]")
_OPEN_BEFORE = frozenset("：:（(《【「〔“‘—")
_CLOSE_BEFORE_NEXT = frozenset("，,。.；;：:、）)》】」〕？?！!…—”’")


def _quote_pass(text: str) -> Fixed:
    """Pair ASCII quotes into curly ones, paragraph by paragraph."""
    if '"' not in text and "'" not in text and "＂" not in text and "＇" not in text:
        return Fixed(text)
    decisions: dict[int, str] = {}
    for line in _LINE_RE.finditer(text):
        if _HAN_RE.search(line.group()) is None:
            continue  # not Chinese text: ASCII quotes stay
        _pair_line(text, line.start(), line.end(), decisions)
    return substitute(_QUOTE_RE, text, STEP, CATEGORY, lambda m: decisions.get(m.start()))


def _pair_line(text: str, start: int, end: int, decisions: dict[int, str]) -> None:
    for pos, kind, opening in _quote_directions(text, start, end, False, False):
        if kind == "double":
            decisions[pos] = "“" if opening else "”"
        else:
            decisions[pos] = "‘" if opening else "’"


def _quote_directions(
    text: str, start: int, end: int, opened: bool, open_end: bool
) -> list[tuple[int, str, bool]]:
    """(position, kind, opens?) of each ASCII quote in ``text[start:end]``.

    A quote opens after a colon or an opening mark, closes before a clause
    mark, and otherwise turns the quotation of its kind open or shut.
    ``opened``: a quotation is open where the span starts; ``open_end``: the
    span's end is not a paragraph's (its next line may follow it).
    """
    open_state = {"double": opened, "single": opened}
    found: list[tuple[int, str, bool]] = []
    for m in _QUOTE_RE.finditer(text, start, end):
        char = m.group()
        pos = m.start()
        kind = "double" if char in '"＂“”' else "single"
        if char in "“‘":
            open_state[kind] = True
            continue
        if char in "”’":
            open_state[kind] = False
            continue
        raw_left = text[pos - 1] if pos > start else None
        raw_right = text[pos + 1] if pos + 1 < end else None
        if kind == "single" and (
            raw_left is not None
            and raw_right is not None
            and raw_left.isascii()
            and raw_left.isalnum()
            and raw_right.isascii()
            and raw_right.isalpha()
        ):
            continue  # an apostrophe: don't, it's
        left = _left(text, pos)
        right = _right(text, pos + 1)
        strong_open = left is None or left in _OPEN_BEFORE
        strong_close = (right is None and not open_end) or right in _CLOSE_BEFORE_NEXT
        if strong_open and not strong_close:
            opening = True
        elif strong_close and not strong_open:
            opening = False
        else:
            opening = not open_state[kind]
        open_state[kind] = opening
        found.append((pos, kind, opening))
    return found


def ascii_quote_balance(line: str, opened: bool = False) -> int:
    """Opening minus closing ASCII quotes in ``line``, as this step will curl
    them when the line is part of a paragraph (``opened``: a quotation is
    open before it; the line's end may not be the paragraph's).

    >>> ascii_quote_balance('他说:"今天'), ascii_quote_balance('很好。"', opened=True)
    (1, -1)
    """
    if '"' not in line and "'" not in line and "＂" not in line and "＇" not in line:
        return 0
    return sum(
        1 if opening else -1
        for _, _, opening in _quote_directions(line, 0, len(line), opened, True)
    )


# --- repeated marks -----------------------------------------------------------

_REPEAT_RE = LazyPattern(r"([，。、；：])(?=\1)")


def _repeat_pass(text: str) -> Fixed:
    if not any(pair in text for pair in ("，，", "。。", "、、", "；；", "：：")):
        return Fixed(text)
    return substitute(_REPEAT_RE, text, STEP, CATEGORY, lambda m: "")


_PASSES: tuple[Callable[[str], Fixed], ...] = (
    contextual_pass(_STOPS_RE, _ellipsis, STEP, CATEGORY, ("。。。",)),
    contextual_pass(_DOTS_RE, _ellipsis, STEP, CATEGORY, ("...",)),
    contextual_pass(_MIDDLE_DOTS_RE, _ellipsis, STEP, CATEGORY, ("···", "・・・")),
    # last: the ellipses the passes above made next to one another
    # ("...。。。") are one
    contextual_pass(_ELLIPSIS_RE, _ellipsis, STEP, CATEGORY, ("…", "⋯")),
    _bracket_pass,
    contextual_pass(_DASH_RE, _dash, STEP, CATEGORY, ("--", "－－", "―", "─", "—")),
    contextual_pass(_YIYI_RE, _dash, STEP, CATEGORY, ("一一",)),
    _quote_pass,
    contextual_pass(_FULLWIDTH_STOP_RE, _fullwidth_stop, STEP, CATEGORY, ("．",)),
    # Last but one: it makes the most edits, and every later pass's edits are
    # composed with all earlier ones.  Context lookups skip convertible marks
    # in either form, so the other passes decide the same before or after it.
    contextual_pass(_MARK_RE, _mark, STEP, CATEGORY, tuple(_HALF_MARKS)),
    _repeat_pass,
)


def fix_punctuation_explained(text: str) -> Fixed:
    """:func:`fix_punctuation` with its edits (category ``punctuation``).

    >>> [(e.old, e.new) for e in fix_punctuation_explained("小区变新了一一这是").edits]
    [('一一', '——')]
    """
    return run_passes(text, _PASSES)


def fix_punctuation(text: str) -> str:
    """Fix punctuation in Chinese text to the house style.

    >>> fix_punctuation("谁家遇到困难，在“圈”内也能一一化解。。")
    '谁家遇到困难，在“圈”内也能一一化解。'
    """
    return fix_punctuation_explained(text).text

"""Numbers: ASCII digits, no spaces inside numbers or before their signs.

``normalise_numbers`` (full-width digits are already ASCII after
``fix_glyphs``):

- decimal points inside a number are half-width and tight:
  "96 . 35 %" -> "96.35%", "3．5" -> "3.5";
- thousands separators are half-width and tight: "1，200" -> "1,200",
  "5 000 米" -> "5000米" (a thin or plain space used as a separator in print);
  only real groups count ("2023，2024" is a list);
- percent, per mille and degree signs attach: "86 %" -> "86%",
  "零下30 ℃" -> "零下30℃";
- a clock time is tight: "6: 30" -> "6:30" (an extractor pads the colon).

Dates and spacing between numbers and Chinese ("5 月 12 日") are the spaces
step's work; ordinals, phone numbers, version strings ("5G", "3.0",
"12345热线", "G7京新高速") never change.

>>> normalise_numbers("居民满意度达到96 . 35 %，发放宣传页1，200余套，全长5 000米")
'居民满意度达到96.35%，发放宣传页1,200余套，全长5000米'
"""

from __future__ import annotations

import re

from .edits import Fixed, contextual_pass, run_passes, substitute
from .patterns import LazyPattern

__all__ = [
    "chinese_numeral_value",
    "convert_numerals",
    "convert_numerals_explained",
    "normalise_numbers",
    "normalise_numbers_explained",
]

STEP = "normalise_numbers"
CATEGORY = "numbers"

# Every pattern starts with a character class (alternations and leading
# look-behinds defeat the regex engine's first-character scan); the callbacks
# decide.  Nothing runs unless a digit is followed by a space or separator.
_CANDIDATE_RE = LazyPattern(r"\d(?:[ \t\u2009\u202f.．，]|:[ \t])")
_DECIMAL_RE = LazyPattern(r"[ \t.．]+")
_GROUPS_RE = LazyPattern(r"\d+(?:[，, \u2009\u202f]\d+)+")
_SIGN_RE = LazyPattern(r"[ \t\u2009\u202f]+[%‰℃℉°]")
_GROUP_SEPARATORS = frozenset("， \u2009\u202f")
_TIME_RE = LazyPattern(r":[ \t]+")


def _decimal(text: str, match: re.Match[str]) -> str | None:
    """A decimal point with spaces around it, or a full-width one, between digits."""
    run = match.group()
    start, end = match.start(), match.end()
    if not (0 < start and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()):
        return None
    points = run.count(".") + run.count("．")
    if points != 1 or run == ".":
        return None
    return "."


def _groups(text: str, match: re.Match[str]) -> str | None:
    """Digit groups separated by a full-width comma or (thin) spaces: "1，200", "5 000"."""
    start, end = match.start(), match.end()
    if start and text[start - 1] in ".,，":
        return None
    if end < len(text) and text[end] in ".,，":
        return None
    parts = re.split("([，, \u2009\u202f])", match.group())
    numbers, separators = parts[::2], set(parts[1::2])
    if len(separators) != 1 or not separators <= _GROUP_SEPARATORS:
        return None  # "3,000" is right already; mixed separators are not a number
    if not 1 <= len(numbers[0]) <= 3 or any(len(n) != 3 for n in numbers[1:]):
        return None  # "2023，2024" is a list
    return ("," if "，" in separators else "").join(numbers)


def _sign(text: str, match: re.Match[str]) -> str | None:
    start = match.start()
    return match.group()[-1] if start and text[start - 1].isdigit() else None


def _time(text: str, match: re.Match[str]) -> str | None:
    """A clock time's colon with the extractor's space after it: "6: 30"."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    hours = len(before) - len(before.rstrip("0123456789"))
    minutes = len(after) - len(after.lstrip("0123456789"))
    if not 1 <= hours <= 2 or minutes != 2 or (len(before) > hours and before[-hours - 1] in ".:"):
        return None  # not "6: 30" ("3: 1" a score, "1.5: 30" no time)
    return ":"


_PASSES = (
    contextual_pass(_DECIMAL_RE, _decimal, STEP, CATEGORY),
    contextual_pass(_GROUPS_RE, _groups, STEP, CATEGORY),
    contextual_pass(_SIGN_RE, _sign, STEP, CATEGORY),
    contextual_pass(_TIME_RE, _time, STEP, CATEGORY, (": ", ":\t")),
)


def normalise_numbers_explained(text: str) -> Fixed:
    """:func:`normalise_numbers` with its edits (category ``numbers``).

    >>> [(e.old, e.new) for e in normalise_numbers_explained("86 %").edits]
    [(' %', '%')]
    """
    if _CANDIDATE_RE.search(text) is None:
        return Fixed(text)
    return run_passes(text, _PASSES)


def normalise_numbers(text: str) -> str:
    """Tighten numbers: decimal points, thousands separators, signs.

    >>> normalise_numbers("同比下降17.3%，10余个，5G网络，3.0版本")
    '同比下降17.3%，10余个，5G网络，3.0版本'
    """
    return normalise_numbers_explained(text).text


# --- opt-in: Chinese-numeral quantities to digits ---------------------------

CONVERT_STEP = "convert_numerals"
_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
# Measure words and units after which a numeral is a quantity.
UNITS = (
    "平方公里",
    "平方米",
    "立方米",
    "公里",
    "千米",
    "厘米",
    "毫米",
    "公顷",
    "公斤",
    "千克",
    "小时",
    "分钟",
    "个月",
    "余名",
    "万元",
    "亿元",
    "个",
    "人",
    "名",
    "位",
    "岁",
    "套",
    "项",
    "件",
    "场",
    "户",
    "家",
    "所",
    "座",
    "栋",
    "辆",
    "台",
    "元",
    "米",
    "亩",
    "吨",
    "斤",
    "天",
    "周",
    "条",
    "张",
    "本",
    "只",
    "头",
    "篇",
    "批",
    "余",
    "多",
    "倍",
    "处",
    "间",
    "幢",
    "部",
    "种",
    "类",
    "支",
    "棵",
    "株",
    "块",
    "份",
    "袋",
    "箱",
    "盒",
    "瓶",
    "册",
    "所",
    "起",
    "例",
    "宗",
)
_NUMERAL_RUN_RE = LazyPattern("[零〇一二两三四五六七八九十百千万亿]+")
_UNIT_RE = LazyPattern("|".join(sorted(map(re.escape, set(UNITS)), key=len, reverse=True)))


def chinese_numeral_value(numeral: str) -> int | None:
    """The value of a Chinese numeral written with unit characters, or None.

    >>> chinese_numeral_value("一千二百"), chinese_numeral_value("六十"), chinese_numeral_value("三四十")
    (1200, 60, None)
    """
    total = 0
    section = 0
    digit: int | None = None
    last_unit = 10**12
    for char in numeral:
        if char in _DIGITS:
            if digit is not None and _DIGITS[char] != 0 and digit != 0:
                return None  # two digits in a row: "三四十" (approximate)
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            if unit >= last_unit:
                return None
            section += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            big = _BIG_UNITS[char]
            section += digit or 0
            if section == 0:
                return None
            total += section * big
            section, digit, last_unit = 0, None, 10**12
    return total + section + (digit or 0)


def _numeral_candidates(text: str) -> list[tuple[int, int, int, str]]:
    """(start, end, unit end, replacement) for each convertible quantity in ``text``."""
    found: list[tuple[int, int, int, str]] = []
    for match in _NUMERAL_RUN_RE.finditer(text):
        start, end = match.start(), match.end()
        numeral = match.group()
        unit = _UNIT_RE.match(text, end)
        if unit is None:
            continue
        if start > 0 and text[start - 1] in "第初每各逐头前后":
            continue  # ordinals and fixed forms: 第一, 初五
        if numeral[0] in "百千万亿":
            continue  # a bare 百/千 is a name or idiom more often than a count: 千人计划
        suffix = ""
        if numeral[-1] in _BIG_UNITS:
            numeral, suffix = numeral[:-1], numeral[-1]
            if not numeral:
                continue
        value = chinese_numeral_value(numeral)
        if value is None or value < 10:
            continue  # small numbers read as words ("一次", "三个") stay
        found.append((start, end, unit.end(), f"{value}{suffix}"))
    return found


def _inside_longer_word(text: str, start: int, end: int) -> bool:
    from .punctuation import jieba_words

    words = jieba_words()
    for left in range(max(0, start - 3), start + 1):
        for right in range(end, min(len(text), end + 3) + 1):
            if left == start and right == end:
                continue
            tag = words.get(text[left:right])
            # numeral compounds ("十多个", tag m) are quantities, not names
            if tag is not None and tag not in ("m", "mq", "q"):
                return True
    return False


def convert_numerals_explained(text: str) -> Fixed:
    """:func:`convert_numerals` with its edits (category ``numbers``).

    >>> [(e.old, e.new) for e in convert_numerals_explained("发放宣传页一千二百余套").edits]
    [('一千二百', '1200')]
    """
    table = {
        start: new
        for start, _, unit_end, new in _numeral_candidates(text)
        if not _inside_longer_word(text, start, unit_end)
    }
    if not table:
        return Fixed(text)
    return substitute(_NUMERAL_RUN_RE, text, CONVERT_STEP, CATEGORY, lambda m: table.get(m.start()))


def convert_numerals(text: str) -> str:
    """Opt-in: Chinese-numeral quantities of ten or more, followed by a measure
    word or unit, become digits; names, idioms, ordinals and approximate
    numbers never change.

    >>> convert_numerals("一千二百余套，六十岁以上，三四十位老人，党的二十大，十九中，一刻钟")
    '1200余套，60岁以上，三四十位老人，党的二十大，十九中，一刻钟'
    """
    return convert_numerals_explained(text).text

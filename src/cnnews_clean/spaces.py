"""Spaces inside Chinese text.

Chinese newspapers print no space between two CJK characters, between CJK
and digits or Latin letters, or next to CJK punctuation: justification and
extraction put them there ("生 活圈", "约 2700 多万元").  ``fix_spaces``
removes them in body text and keeps one space where print has one: between
the clauses of a headline ("党建引领聚合力 服务群众暖民心"), inside bylines
and credits ("本报记者 刘春霞 文/图", "（丁宇婷 刘旭东）", the names in a
dateline's brackets, after a dateline that no bracket follows), and between
Latin words.  Runs of spaces collapse to
one; spaces at line ends go.  ``pangu=True`` instead puts one space between
CJK and Latin letters or digits (an opt-in style).

>>> fix_spaces("一刻钟社区生 活圈，节约人工成本约 2700 多万元。")
'一刻钟社区生活圈，节约人工成本约2700多万元。'
>>> fix_spaces("党建引领聚合力  服务群众暖民心")
'党建引领聚合力 服务群众暖民心'
>>> fix_spaces("本报5月12日讯（记者陈歆卓 通讯员林方程 陶昱）5月11日，活动开展。")
'本报5月12日讯（记者陈歆卓 通讯员林方程 陶昱）5月11日，活动开展。'
>>> fix_spaces("本报长沙11月20日电  在湖南省浏阳市大围山镇，")
'本报长沙11月20日电 在湖南省浏阳市大围山镇，'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from .chars import CJK_PUNCT, HAN, KANA
from .credits import trailing_photo_credit
from .datelines import DATELINE_ENDS, ENTRY_RE, dateline_gap
from .edits import Fixed, run_passes, substitute
from .furniture import is_furniture, is_index_entry
from .patterns import LazyPattern
from .tables import is_field_of_cells, is_field_row, is_list_row, is_table_row

__all__ = ["chronicle_gaps", "fix_spaces", "fix_spaces_explained", "is_spaced_line", "pads_quotes"]

STEP = "fix_spaces"
CATEGORY = "spaces"

_CJK_RE = LazyPattern(f"[{HAN}{CJK_PUNCT}{KANA}]")
_HAN_RE = LazyPattern(f"[{HAN}]")
_KANA_RE = LazyPattern(f"[{KANA}]")
_SPACE_RUN_RE = LazyPattern(r"[ \t]+")
_LINE_RE = LazyPattern(r"[^\n]+")
# Punctuation that marks running text; a line with it inside is body text.
_BODY_PUNCT_RE = LazyPattern(r"[，。；,;！？!?](?!$)|[。；;、]$")
# Marks next to which print never has a space (opening marks are not here:
# a headline may have a space before its second clause's opening quote).
_TIGHT = frozenset("，。、；：？！…）》」』】〕∶")  # ∶: a score's ratio, "3∶0"
_TIGHT_AFTER = frozenset("（《「『【〔“‘")
# Marks English shares with Chinese: curly quotes, dashes, ellipses.
_SHARED = frozenset("“”‘’—…⋯")
# Brackets whose content is names or a sign-off: spaces inside stay.
_NAME_BRACKET_RE = LazyPattern(r"[（(][^（()）\n，。；！？,;!?]{1,40}[)）]")
_MAX_SPACED_LINE = 40
# A space after a closing quote, before Han: in running text an extraction
# artefact ("“119” 消防宣传月"), in a headline maybe a clause break.  A
# space after an opening quote is never print's ("部队“ 军官”"): the
# extractor pads the quote glyphs, closing ones too.
_CLOSER_GAP_RE = LazyPattern(f"[”’」』“‘「『] (?=[{HAN}])")
_CLOSERS = frozenset("”’」』")
_OPENERS = frozenset("“‘「『")
_QUOTE_GAPS = tuple(f"{quote} " for quote in (*_CLOSERS, *_OPENERS))  # what the pattern finds


def is_spaced_line(line: str) -> bool:
    """A headline, byline or credit line: short, without running-text punctuation.

    >>> is_spaced_line("本报记者 刘春霞 文/图"), is_spaced_line("社区党委书记任燕告诉笔者，从去年开始， 社区紧紧")
    (True, False)
    """
    stripped = line.strip()
    if not stripped:
        return False
    length = len(stripped) - stripped.count(" ")
    return length <= _MAX_SPACED_LINE and _BODY_PUNCT_RE.search(stripped) is None


def _is_cjk(char: str) -> bool:
    return _CJK_RE.match(char) is not None


def _space_run(
    text: str,
    match: re.Match[str],
    spaced: bool,
    protected: range | None,
    pangu: bool,
    closer_artefact: bool = False,
) -> str:
    start, end = match.start(), match.end()
    left = text[start - 1] if start > 0 else "\n"
    right = text[end] if end < len(text) else "\n"
    if left == "\n" or right == "\n":
        return ""  # leading or trailing spaces of a line
    if (left in _SHARED and right.isascii() and right.isalpha()) or (
        right in _SHARED and left.isascii() and left.isalpha()
    ):
        return " "  # an English phrase in Chinese text: 他说：“We are here — now.”
    if left in _TIGHT or right in _TIGHT or left in _TIGHT_AFTER:
        return ""
    if closer_artefact and left in _CLOSERS and end - start == 1 and protected is None:
        return ""  # the page's extractor puts one space after every closing quote
    if protected is not None and start in protected:
        return " "
    if not (_is_cjk(left) or _is_cjk(right)):
        return " "  # between Latin words, digits, symbols
    if pangu and ((left.isascii() and left.isalnum()) or (right.isascii() and right.isalnum())):
        return " "
    return " " if spaced and _is_cjk(left) and _is_cjk(right) else ""


def _spaces_pass(text: str, pangu: bool = False) -> Fixed:
    if " " not in text and "\t" not in text:
        return Fixed(text)
    decisions: dict[int, str] = {}
    closer_artefact = pads_quotes(text)
    datelines = any(c in text for c in DATELINE_ENDS)  # else no line is tried
    entries: list[tuple[int, int]] = []  # lines that may be a page index's
    for line in _LINE_RE.finditer(text):
        chunk = line.group()
        if " " not in chunk and "\t" not in chunk:
            continue
        if _HAN_RE.search(chunk) is None and _KANA_RE.search(chunk) is None:
            # no Chinese on the line (an English masthead or story): its
            # spaces are words' spaces, also beside the marks English shares
            # with Chinese ("said “yes” — and", "Wait… no")
            _one_space_inside(text, line.start(), line.end(), decisions)
            continue
        if is_index_entry(chunk):
            entries.append((line.start(), line.end()))
        spaced = is_spaced_line(chunk)
        if _letter_spaced(chunk):
            _letter_spaced_decisions(text, line.start(), line.end(), spaced, decisions)
            continue
        if (
            (spaced and is_furniture(chunk))
            or is_table_row(chunk)
            or is_list_row(chunk)
            or is_field_row(chunk)
            or is_field_of_cells(chunk)
        ):
            # a masthead row: one space between its pieces ("海东日报 2022年4月7日 星期四");
            # a table row: one between its cells ("地区生产总值（亿元） 5432.1 5.6"),
            # a list's between its names ("张建国家庭 李秀英家庭 王德明家庭 陈丽华家庭"),
            # a row of fields' between its fields ("时间：11月25日 地点：市民游客中心"),
            # a weather box's between its cells ("今天：多云 18℃～25℃ 东北风3级")
            _one_space_inside(text, line.start(), line.end(), decisions)
            continue
        brackets = [
            range(line.start() + m.start(), line.start() + m.end())
            for m in _NAME_BRACKET_RE.finditer(chunk)
        ]
        credit = trailing_photo_credit(chunk)
        if credit is not None and (not brackets or brackets[-1].stop <= credit.start(1)):
            # "…作业。 本报记者 刘 洋 摄": the credit's spaces are a byline's
            brackets.append(range(line.start() + credit.start(1), line.start() + credit.end(1)))
        starts = [r.start for r in brackets]  # sorted: brackets do not overlap
        for m in _SPACE_RUN_RE.finditer(text, line.start(), line.end()):
            index = bisect_right(starts, m.start()) - 1
            protected = brackets[index] if index >= 0 and m.start() in brackets[index] else None
            decisions[m.start()] = _space_run(
                text, m, spaced, protected, pangu, spaced and closer_artefact
            )
        if " " in chunk:
            _spread_acronyms(text, line.start(), line.end(), decisions)
        gap = dateline_gap(chunk) if datelines else None
        if gap is not None:
            # "本报长沙11月20日电 在湖南省…": print's space after the dateline
            decisions[line.start() + gap] = " "
    for gap in chronicle_gaps(text):
        decisions[gap] = " "  # "9月28日 市第一条有轨电车…": a chronicle's entry
    for start, end in _beside_another(text, entries):
        # "我市新增3家国家级专精特新企业 A2": a line of the page's index
        _one_space_inside(text, start, end, decisions)
    return substitute(_SPACE_RUN_RE, text, STEP, CATEGORY, lambda m: decisions.get(m.start()))


# Capitals and digits one space apart between Chinese characters: a Latin
# acronym that justification spread ("公益I P，", "国内G D P").
_SPREAD_ACRONYM_RE = LazyPattern(
    f"(?<=[{HAN}，。、；：！？])[A-Z0-9](?: [A-Z0-9])+(?=[{HAN}，。、；：！？])"
)
# Its core alone, looked for first: most pages have none, and then the
# pattern above (four Han ranges, milliseconds to compile) is never built.
_SPREAD_CORE_RE = LazyPattern("[A-Z0-9] [A-Z0-9]")


def _spread_acronyms(text: str, start: int, end: int, decisions: dict[int, str]) -> None:
    """The spaces inside a spread acronym with a capital in it go ("公益I P，"
    -> "公益IP，"); Chinese print sets none there."""
    if _SPREAD_CORE_RE.search(text, start, end) is None:
        return
    for m in _SPREAD_ACRONYM_RE.finditer(text, start, end):
        word = m.group()
        if any("A" <= char <= "Z" for char in word):
            for index in range(m.start() + 1, m.end(), 2):
                decisions[index] = ""


def chronicle_gaps(text: str) -> list[int]:
    r"""Where the spaces after the date or time of a chronicle's or a
    schedule's entry start: lines opening with a date and a space (or a
    time), two or more of them with no other line between (blank lines
    aside).  Print keeps one space there; without it the date's last
    character reads as the event's first word ("9月28日 市第一条有轨电车线路
    开通" against "9月28日市第一条…").

    >>> chronicle_gaps("1月5日 大会召开。\n\n3月12日 中心启用。\n")
    [4, 17]
    >>> chronicle_gaps("11月20日 上午，活动开幕。\n嘉宾致辞。\n")
    []
    """
    entries: dict[tuple[int, int], int] = {}  # line span -> where its gap starts
    for m in ENTRY_RE.finditer(text):
        end = text.find("\n", m.end())
        entries[(m.start(), len(text) if end < 0 else end)] = m.end()
    if len(entries) < 2:
        return []
    return [entries[span] for span in _beside_another(text, list(entries))]


def _beside_another(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines among ``spans`` (in text order) with another of them right
    above or below, blank lines aside."""
    near = [not text[a[1] : b[0]].strip() for a, b in pairwise(spans)]
    return [
        span
        for i, span in enumerate(spans)
        if (i > 0 and near[i - 1]) or (i < len(near) and near[i])
    ]


def _one_space_inside(text: str, start: int, end: int, decisions: dict[int, str]) -> None:
    """Every run of spaces on the line ``text[start:end]`` becomes one space;
    those at its ends go."""
    for m in _SPACE_RUN_RE.finditer(text, start, end):
        decisions[m.start()] = " " if start < m.start() and m.end() < end else ""


# One space inside a number: between digits, or beside its point, comma or %.
_NUMBER_GAP_RE = LazyPattern(r"(?<=\d) (?=[\d.,%])|(?<=[.,]) (?=\d)")  # at a space


_HAN_GAP_RE = LazyPattern(f"(?<=[{HAN}]) (?=[{HAN}])")
_HAN_PAIR_RE = LazyPattern(f"[{HAN}](?=[{HAN}])")


def _letter_spaced(line: str) -> bool:
    """A line with a space between almost every two characters, as OCR
    layers set text ("社 区 党 委 积 极 探 索")."""
    if line.count(" ") < 9:
        return False
    # Counted between Han characters only, which no other rule of this step
    # joins on such a line: a second run decides the same.
    spaced = len(_HAN_GAP_RE.findall(line))
    return spaced >= 9 and spaced >= 0.8 * (spaced + len(_HAN_PAIR_RE.findall(line)))


def _letter_spaced_decisions(
    text: str, start: int, end: int, spaced: bool, decisions: dict[int, str]
) -> None:
    """An OCR layer's line: one space is its letter spacing and goes between
    CJK characters and inside numbers ("到 9 6 . 3 5 %" -> "到96.35%"); a
    wider gap in a headline or byline is a clause break and keeps one."""
    for m in _SPACE_RUN_RE.finditer(text, start, end):
        left = text[m.start() - 1] if m.start() > start else ""
        right = text[m.end()] if m.end() < end else ""
        if not left or not right:
            decisions[m.start()] = ""
        elif _is_cjk(left) or _is_cjk(right):
            wide = m.end() - m.start() > 1
            decisions[m.start()] = (
                " " if wide and spaced and _is_cjk(left) and _is_cjk(right) else ""
            )
        elif (
            _NUMBER_GAP_RE.match(text, m.start())
            and m.end() - m.start() == 1
            and _single_letter_beside(text, m.start(), m.end(), start, end)
        ):
            decisions[m.start()] = ""  # "9 6 . 3 5", not "November 20, 2026"
        else:
            decisions[m.start()] = " "


def _single_letter_beside(text: str, gap: int, after: int, start: int, end: int) -> bool:
    """Is the character before or after the space ``text[gap:after]`` a
    letter set apart on its own, as letter spacing sets every one?"""
    before_alone = gap - 1 == start or text[gap - 2] == " "
    after_alone = after + 1 == end or text[after + 1] == " "
    return before_alone or after_alone


def pads_quotes(text: str) -> bool:
    """Does running text on this page have a space after closing quotes
    ("开展“119” 消防宣传月，") or opening ones ("部队“ 军官”，")?  Then the
    space after a closing quote is the extractor's, in headlines too
    ("紧贴“民” 字做文章"); print's clause break after a quote shows as a
    line break or a wider gap."""
    if not any(gap in text for gap in _QUOTE_GAPS):
        return False
    found = 0
    for m in _CLOSER_GAP_RE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if not is_spaced_line(text[start : end if end >= 0 else len(text)]):
            found += 2 if text[m.start()] in _OPENERS else 1  # print never has "“ "
            if found >= 2:
                return True
    return False


_PANGU_RE = LazyPattern(f"(?<=[{HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?=[{HAN}])")


def _pangu_pass(text: str) -> Fixed:
    return substitute(_PANGU_RE, text, STEP, CATEGORY, lambda m: " ")


def fix_spaces_explained(text: str, *, pangu: bool = False) -> Fixed:
    """:func:`fix_spaces` with its edits (category ``spaces``).

    >>> [(e.pos, e.old, e.new) for e in fix_spaces_explained("打造一刻钟社区生 活圈，方便居民。").edits]
    [(8, ' ', '')]
    """
    if pangu:
        return run_passes(text, (lambda t: _spaces_pass(t, pangu=True), _pangu_pass))
    return _spaces_pass(text)


def fix_spaces(text: str, *, pangu: bool = False) -> str:
    """Remove layout spaces from Chinese text, keeping the ones print has.

    >>> fix_spaces("使用 iPhone 拍摄"), fix_spaces("使用iPhone拍摄", pangu=True)
    ('使用iPhone拍摄', '使用 iPhone 拍摄')
    """
    return fix_spaces_explained(text, pangu=pangu).text

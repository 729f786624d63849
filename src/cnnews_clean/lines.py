"""Rejoin lines that a column layout broke, and find the page's blocks.

PDF exports give a page as lines: narrow justified columns ("今年以来，海南区
泽苑社区坚持" / "党建引领、融合联动，…"), one paragraph per line, blank lines
at column and page breaks in the middle of a sentence, layout spaces and
indentation.  :func:`line_groups` cuts the lines into blocks — one paragraph
or one short standalone line (heading, byline, credit) each — from text
signals alone, and keeps the features the page splitter needs.
:func:`rejoin_lines` writes those blocks as text, one per line, separated by
one blank line.

Signals, all local: the column width is estimated from the neighbouring lines
(several widths on one page are fine); a line that ends a sentence and is
short ends its paragraph; an unclosed quote or bracket, a line ending
mid-sentence, or a next line starting with a closing mark continues it, also
across blank lines; indentation starts a paragraph where the page uses it;
short lines without clause punctuation (headings, bylines, credits) stand
alone, and two such lines in a row without a blank line form one heading.

>>> rejoin_lines("今年以来，海南区泽苑社区坚持\\n党建引领、融合联动。\\n\\n突出党建引领\\n让功能更“贴心”")
'今年以来，海南区泽苑社区坚持党建引领、融合联动。\\n\\n突出党建引领 让功能更“贴心”'
>>> rejoin_lines("在基础设施建设方面,社区党委\\n\\n也成绩卓著。")
'在基础设施建设方面,社区党委也成绩卓著。'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from .credits import (
    AGENCY_BRACKET,
    BRACKET_CREDIT,
    BRACKET_CREDIT_RE,
    PHOTO_CREDIT_LAST,
    trailing_photo_credit,
)
from .datelines import DATELINE, DATELINE_ENDS, opens_entry
from .datelines import DATELINE_RE as _DATELINE_RE
from .edits import Edit, Fixed
from .furniture import is_furniture, is_index_entry
from .labels import is_section_label
from .names import is_interviewer_turn, is_person_name, is_speaker_turn, starts_with_surname
from .patterns import LazyPattern
from .punctuation import ascii_quote_balance
from .spaces import pads_quotes
from .tables import (
    could_head_table,
    is_field_row,
    is_list_row,
    is_table_row,
    opens_with_field,
)
from .words import breaks_word

__all__ = [
    "CAPTION_NUMBER",
    "CAPTION_START_RE",
    "LineGroup",
    "ends_sentence",
    "line_groups",
    "printed_width",
    "rejoin_lines",
    "rejoin_lines_explained",
    "rejoin_with_groups",
]

STEP = "rejoin_lines"

# Punctuation that only occurs inside running text (not in headlines).
_CLAUSE_PUNCT = "，。；、,;！？!?…．"
_SENTENCE_END = frozenset("。！？!?…⋯．")
_CLOSERS_AFTER_END = frozenset("”’」』）)》〉】\"'＂＇")  # ASCII quotes: closing after a stop
_OPENERS = "“‘「『（(《〈【〔"
_CLOSERS = "”’」』）)》〉】〕"
# Marks that never start a paragraph: a line starting with one continues the previous.
_DE_WORDS = ("的确", "的士", "的哥", "的姐")  # words that open with 的
_CONTINUATION_START = frozenset("，。、；：？！…）)》〉】」』”’,.;:?!%")
_MAX_HEADING_WIDTH = 40.0
_MAX_HEADING_LINES = 5
_MAX_HEADLINE_CHARS = 24  # a long headline's characters, however narrow its lines
_MIN_COLUMN = 8  # narrower "columns" are short headlines and bylines that agree by chance
_MAX_COLUMN = 60  # wider lines are paragraphs printed one per line, not a column
_MAX_BYLINE_CHARS = 60  # a byline naming many reporters runs long
_MAX_FURNITURE = 40  # a masthead row: masthead, date, weekday, page
# Blocks whose lines are joined with one space (a two-line title is one string).
_SPACED_KINDS = frozenset({"heading", "byline"})

_BYLINE_RE = LazyPattern(
    r"^[（(]?[^，。；！？,;!?]{0,16}(?:记者|通讯员|评论员|特约|撰稿|编辑|摄影|文\s*[/／]\s*图|图\s*[/／]\s*文"
    r"|文[/／]摄|摄\s*[）)]?$|摄影报道|供图|报[道导][）)]?$)",
    traditional=True,
)
# A caption's own marker, which no sentence of a paragraph opens with ("图为…",
# "上图：", "图②", "图2：", "▲…"; not "图1显示…").
_CAPTION_WORDS = r"图为|[上下左右题中]图[:：]"
_CAPTION_LEAD_RE = LazyPattern(
    rf"{_CAPTION_WORDS}|图\s*[①-⑳]|图\s*[\d一二三四五六七八九十]{{1,2}}\s*[:：]|[▲△]",
    traditional=True,
)
# A caption's number for its photo ("图②", "图2", "图三"): a pattern fragment.
CAPTION_NUMBER = r"图\s*[①-⑳\d一二三四五六七八九十]{1,2}"
# How a photo caption starts ("图为…", "上图：", "图②：", "▲…").
CAPTION_START_RE = LazyPattern(
    rf"{_CAPTION_WORDS}|{CAPTION_NUMBER}\s*[:：.．、]?|[▲△▼▽◀▶◆]",
    traditional=True,
)
# The characters a caption opening can start with (see CAPTION_START_RE).
_CAPTION_FIRST = frozenset("图圖上下左右题題中▲△▼▽◀▶◆")
_CAPTION_OR_NOTICE_FIRST = _CAPTION_FIRST | {"特"}  # how captions and 特此… start
# How a photo credit ends: "…摄", "…供图", "新华社发", maybe with the
# agency that distributed the photo in brackets ("杨 峥摄（人民视觉）").
_CAPTION_CREDIT_RE = LazyPattern(
    r"(?:摄|供图|图片[^。]{0,20}提供|(?:新华|中新)社发)\s*(?:[）)]|" + AGENCY_BRACKET + r")?$"
    r"|^资料图片$",
    traditional=True,
)


@dataclass(frozen=True, slots=True)
class LineGroup:
    """One block of a page, with the layout evidence that made it.

    ``text`` is the joined block (no layout line breaks); ``lines`` the
    stripped source lines; ``width`` the widest line in full-width character
    units; ``column`` the local column width estimate (``0.0`` when the text
    has no column layout, e.g. one paragraph per line); ``kind`` a first guess:
    ``paragraph``, ``heading``, ``byline``, ``credit`` or ``verse`` (a line
    of a poem, kept as a paragraph of its own).

    >>> line_groups("本报记者 刘春霞 文/图")[0].kind
    'byline'
    """

    text: str
    lines: tuple[str, ...]
    kind: str
    width: float
    column: float
    ends_sentence: bool
    indented: bool
    blank_before: bool
    blank_after: bool
    start: int  # offset of the block's first character in the input
    end: int  # offset just after its last character
    gap_before: int = 0  # blank lines before the block (an image leaves several)

    @property
    def line_count(self) -> int:
        return len(self.lines)

    @property
    def relative_width(self) -> float:
        """Widest line over the column width (1.0 when there is no column)."""
        return self.width / self.column if self.column else 1.0


@dataclass(slots=True)
class _Line:
    start: int  # content start offset (after indentation)
    end: int  # content end offset (before trailing spaces)
    text: str
    width: float
    indented: bool
    blank_before: bool
    blank_after: bool = False
    column: float = 0.0
    kind: str | None = None  # cached _standalone_kind without a following line
    kind_known: bool = False
    kind_after: str | None = None  # cached _standalone_kind with kind_after_of after it
    kind_after_of: _Line | None = None
    gap_before: int = 0
    furniture: bool | None = None  # cached _furniture_line
    box_break: bool = False  # a dropped blank line before it parted two boxes of lines
    table: bool = False  # a table's row (see :mod:`~cnnews_clean.tables`)
    caption: bool = False  # opens a caption of two or three lines above its credit
    quotes: int | None = None  # cached _line_quotes, nothing open before the line
    quotes_opened: int | None = None  # and with a quotation open before it
    verse: bool = False  # a line of a poem: a block of its own (see _mark_verse)
    under_heading: bool = False  # opens the block right under a headline or byline
    after_sentence: bool = False  # opens a block after one that ends a sentence


_SQUEEZED_RE = LazyPattern("[，。、；：“”‘’（）《》]")
_LONE_DASH_RE = LazyPattern("(?<!—)—(?!—)")


def printed_width(text: str) -> float:
    """Printed width in full-width character units, spaces ignored.

    Justified Chinese setting squeezes punctuation to about half a character,
    and ASCII letters and digits take about half a character.

    >>> printed_width("社区居民刘佳乐说："), printed_width("达到1200家")
    (8.5, 5.0)
    """
    chars = len(text) - text.count(" ") - text.count("\t")
    wide = (len(text.encode("utf-8")) - len(text)) // 2
    width = wide - len(_SQUEEZED_RE.findall(text)) * 0.5 + (chars - wide) * 0.5
    if "—" in text:
        # a lone "—" is measured as the "——" the punctuation step makes of
        # it, so that a line is classified the same before and after
        width += len(_LONE_DASH_RE.findall(text))
    return width


def _scan(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    blanks = 0
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
            blanks += 1
            if lines:
                lines[-1].blank_after = True
        else:
            lead = len(raw) - len(raw.lstrip())
            start = offset + lead
            # "西海都市报   2022年11月5日 星期日   第8版": a row of the page's
            # furniture gives each piece as a line of its own, blank between
            cells = _furniture_cells(stripped)
            pieces = cells or [(0, stripped)]
            for number, (piece_start, piece) in enumerate(pieces):
                line = _Line(
                    start + piece_start,
                    start + piece_start + len(piece),
                    piece,
                    printed_width(piece),
                    lead > 0 and number == 0,
                    blank if number == 0 else True,
                    blank_after=number < len(pieces) - 1,
                )
                line.gap_before = blanks if number == 0 else 1
                if cells:
                    line.furniture = True
                else:
                    line.table = " " in piece and (is_table_row(piece) or is_field_row(piece))
                lines.append(line)
            blank = False
            blanks = 0
        offset += len(raw) + 1
    if lines:
        lines[-1].blank_after = True  # the end of the text, like its start, is a break
    _mark_rows(lines)
    return lines


def _mark_rows(lines: list[_Line]) -> None:
    """Two or more lines in a row of names a space apart ("张建国家庭 李秀英家庭
    王德明家庭 陈丽华家庭") are a printed list: row by row, like a table's; two
    or more of headlines with their pages ("我市新增3家国家级专精特新企业  A2")
    are the page's index, its furniture.  (One such line alone may be a
    headline: of four clauses, or naming "C919".)"""
    spaced = [not line.furniture and " " in line.text for line in lines]
    names = _in_runs([spaced[i] and is_list_row(line.text) for i, line in enumerate(lines)])
    index = _in_runs([spaced[i] and is_index_entry(line.text) for i, line in enumerate(lines)])
    for line, name, entry in zip(lines, names, index, strict=True):
        if name:
            line.table = True
        if entry:
            line.furniture = True


def _in_runs(flags: list[bool]) -> list[bool]:
    """Which flags stand beside another (in runs of two or more)."""
    last = len(flags) - 1
    return [
        flag and ((i > 0 and flags[i - 1]) or (i < last and flags[i + 1]))
        for i, flag in enumerate(flags)
    ]


_ROW_GAP_RE = LazyPattern(r" {3,}|\t")  # the wide gap between a furniture row's pieces


def _furniture_cells(text: str) -> list[tuple[int, str]]:
    """The pieces of a row of page furniture printed apart on one line
    (pdftotext -layout), with their offsets in ``text``; [] for any other line.

    >>> _furniture_cells("西海都市报   2022年11月5日 星期日   第8版")
    [(0, '西海都市报'), (8, '2022年11月5日 星期日'), (25, '第8版')]
    """
    if "   " not in text and "\t" not in text:
        return []
    if len(text) - text.count(" ") > _MAX_FURNITURE or not is_furniture(text):
        return []
    cells = []
    start = 0
    for gap in _ROW_GAP_RE.finditer(text):
        cells.append((start, text[start : gap.start()]))
        start = gap.end()
    cells.append((start, text[start:]))
    return cells


def _drop_uninformative_blanks(lines: list[_Line]) -> None:
    """Some extractors (pdfminer) put a blank line after every line of a column
    layout: then a blank line says nothing, and only the other cues are used.
    (Text with one paragraph per line also has blank lines everywhere, but no
    column: there they mark paragraphs.)"""
    if len(lines) < 6:
        return
    followed = sum(1 for line in lines[:-1] if line.blank_after)
    if followed < 0.8 * (len(lines) - 1):
        return
    # Column text: most lines reach the column edge, and many of them break
    # off mid-sentence after a comma.  (A page of one paragraph per line has
    # a few short lines, headings and captions, that agree on a width by
    # chance, but they end sentences or have no clause punctuation.)
    full = [line for line in lines if _is_full(line)]
    running = sum(
        1 for line in full if not ends_sentence(line.text) and _has_inner_punct(line.text)
    )
    if len(full) >= 0.3 * len(lines) and running >= 0.2 * len(lines):
        # A blank line between two boxes of several lines each still parts
        # them where a headline would run on: the extractor set those lines
        # together, apart from the rest (two headlines one above the other,
        # "全市中小学启动“阳" / "光体育”冬季长跑" | "口袋公园：家门口的" / "方寸之美").
        run = 0  # lines in the box so far
        for i, line in enumerate(lines):
            run += 1
            if line.blank_after:
                if run >= 2 and i + 2 < len(lines) and not lines[i + 1].blank_after:
                    lines[i + 1].box_break = True
                run = 0
        for line in lines:
            line.blank_before = line.blank_after = False


def _estimate_columns(lines: list[_Line]) -> None:
    """Set each line's local column width: the width most neighbours share.

    A column layout shows as several nearby lines of (nearly) the same width;
    where no three of the ±6 neighbouring lines agree, there is no column.
    A histogram of the window's widths slides along the lines.
    """
    # Widths in half characters; widths no column has count for nothing (-1).
    low, high = _MIN_COLUMN * 2, _MAX_COLUMN * 2
    bins = [int(line.width * 2) for line in lines]
    bins = [w if low - 2 <= w <= high else -1 for w in bins]  # neighbours of `low` count
    # Lines that break off mid-sentence: wrapped at the edge, or (where the
    # extractor dropped the indentation) a first line two characters short.
    running = [line.text[-1] not in _LINE_END_MARKS for line in lines]
    n = len(lines)
    window = _Window()
    for w, r in zip(bins[:6], running[:6], strict=False):
        window.add(w, r)
    column = 0.0
    for i, line in enumerate(lines):
        added = removed = -1
        if i + 6 < n:
            added = bins[i + 6]
            window.add(added, running[i + 6])
        if i - 7 >= 0:
            removed = bins[i - 7]
            window.remove(removed, running[i - 7])
        if i == 0 or added != removed or i + 6 >= n or i < 7:  # the window changed
            column = window.column(low, min(n, i + 7) - max(0, i - 6))
        if column == 0.0 and i and not line.blank_before:
            # the end of a column, where the captions below leave too few
            # lines to agree: a line as wide as the column above it is in it
            above = lines[i - 1].column
            if above and _as_wide_as(line, above):
                line.column = above
                continue
        line.column = column
    # The same at a column's top, where the headline and byline above leave
    # too few lines to agree: a sentence ending as wide as the column below
    # it is in it (only there does the width decide anything; a headline's
    # lines, as wide as one another, end with no stop).
    for i in range(n - 2, -1, -1):
        line = lines[i]
        below = lines[i + 1].column
        if not line.column and below and not line.blank_after:
            if _as_wide_as(line, below) and ends_sentence(line.text):
                line.column = below


def _as_wide_as(line: _Line, column: float) -> bool:
    """Does ``line`` reach the edge of a column ``column`` wide (and not pass it)?"""
    return column - 1.5 <= line.width <= column + 1


_WIDER_SUPPORT = 0.5
# Marks a line ends with when it need not have wrapped at the column edge.
_LINE_END_MARKS = frozenset("。！？!?…：:；;”’」』）)》")


def _mode_near(get: Callable[[int, int], int], center: int, floor: int) -> int:
    """The most common width within a character of ``center`` and not below
    ``floor`` (ties: the wider)."""
    mode, mode_count = center, get(center, 0)
    for w in (center - 2, center - 1, center + 1, center + 2):
        if w < floor:
            continue
        c = get(w, 0)
        if c > mode_count or (c == mode_count and w > mode):
            mode, mode_count = w, c
    return mode


class _Window:
    """Line widths (half characters) of a sliding window of lines: how many
    lines have each width, and how many are within ±1 character of it."""

    __slots__ = ("count", "near", "running", "total")

    def __init__(self) -> None:
        self.count: dict[int, int] = {}
        self.near: dict[int, int] = {}
        self.running: dict[int, int] = {}  # like `count`, lines ending mid-sentence only
        self.total = 0

    def add(self, w: int, running: bool = False) -> None:
        if w < 0:
            return
        count, near = self.count, self.near
        count[w] = count.get(w, 0) + 1
        for v in (w - 2, w - 1, w, w + 1, w + 2):
            near[v] = near.get(v, 0) + 1
        if running:
            self.running[w] = self.running.get(w, 0) + 1
        self.total += 1

    def remove(self, w: int, running: bool = False) -> None:
        if w < 0:
            return
        count, near = self.count, self.near
        if count[w] == 1:
            del count[w]  # only widths in the window are looked at
        else:
            count[w] -= 1
        for v in (w - 2, w - 1, w, w + 1, w + 2):
            near[v] -= 1
        if running:
            self.running[w] -= 1
        self.total -= 1

    def wider(self, w: int) -> int:
        """Lines more than a character wider than ``w``."""
        return sum(c for v, c in self.count.items() if v > w + 2)

    def wrapping(self, w: int) -> int:
        """Lines within a character of width ``w`` that wrapped mid-sentence."""
        running = self.running
        return sum(running.get(v, 0) for v in range(w - 2, w + 3))

    def column(self, low: int, size: int) -> float:
        """The column edge, or 0.0 when too few lines of the window agree."""
        needed = max(3, size * 0.4)
        if self.total < needed:
            return 0.0
        near = self.near
        best, best_count = 0, 0
        for w in self.count:
            if w < low:
                continue
            c = near[w]
            if c > best_count or (c == best_count and w > best):
                best, best_count = w, c
        wrapping = self.wrapping
        if best_count < needed:
            # (three lines of a width, two of them breaking off mid-sentence
            # and none but one wider, are a column's edge even where short
            # lines crowd the window: a short article at a column's top)
            if best_count < 3 or wrapping(best) < 2:
                return 0.0
            if self.wider(best) > 1:
                # Two or more lines wider: they are the edge if two of them
                # broke off mid-sentence and at most one passes them, and the
                # cluster is first lines whose indent was dropped or short
                # turns of an interview ("记者：下一步有什么打" / "算？").
                edge = max((w for w in self.count if w > best + 2), key=lambda w: (near[w], w))
                if wrapping(edge) < 2 or self.wider(edge) > 1:
                    return 0.0
                best = edge
        # the most common width of the cluster: the column edge
        get = self.count.get
        mode = _mode_near(get, best, best - 2)
        # Lines stop short of the column but never pass it.  Where the page
        # indents its paragraphs, their first lines pile up two characters
        # short of the edge; in short paragraphs (interview turns in narrow
        # columns) they can outnumber the full lines.  A cluster one to three
        # characters wider with half the support, or with two lines that
        # break off mid-sentence (they wrapped there), is the edge.
        wide = [w for w in range(mode + 3, mode + 7) if w in self.count]
        if wide:
            lines = sum(self.count[w] for w in wide)
            wrapped = sum(self.running.get(w, 0) for w in wide)
            if lines >= max(3.0, best_count * _WIDER_SUPPORT) or wrapped >= 2:
                mode = max(wide, key=lambda w: (self.count[w], w))
        # A column's lines wrap at its edge mid-sentence.  Where hardly any
        # line of the cluster does (the short last lines of paragraphs and
        # headings of a short article), a much wider cluster whose lines do
        # is the column.
        if wrapping(mode) < 2:
            running = self.running
            edge = max(
                (w for w in running if w > mode + 6 and running[w] > 0),
                key=lambda w: (wrapping(w), w),
                default=0,
            )
            if edge and wrapping(edge) >= 2:
                mode = _mode_near(get, edge, edge - 2)
        return mode / 2


def _is_full(line: _Line) -> bool:
    """The line reaches the column edge (an indented line counts its indent)."""
    width = line.width + (2.0 if line.indented else 0.0)
    column = line.column
    return column > 0 and min(column - 1.5, column * 0.9) <= width <= column * 1.25 + 1


def _is_short(line: _Line) -> bool:
    """Clearly shorter than the column (or no column to compare with)."""
    return line.column == 0 or line.width + (2.0 if line.indented else 0.0) <= line.column * 0.85


_TRAILING_BRACKET_RE = LazyPattern(r"[（(]([^（()）]{0,30})[)）]$")


def ends_sentence(text: str) -> bool:
    """The text ends a sentence, possibly followed by a closing quote or a
    bracketed sign-off ("…幸福感。 （区融媒体中心）", "…演出。(段维娜 摄）").

    >>> ends_sentence("…大局提供了有力支撑。"), ends_sentence("重点围绕民法典中与居民生")
    (True, False)
    """
    last = text[-1]
    if last in _SENTENCE_END:
        return True
    if last == ".":
        before = text.rstrip(".")
        if before and ord(before[-1]) > 0x2000:
            return True  # after Chinese, punctuation makes "." "。" and "..." "……"
    if _LATIN_END_RE.search(text) is not None and _latin_line(text):
        return True  # "…small tech firms." / "…said Chen."" in English text
    if last in _CLOSERS_AFTER_END and len(text) > 1 and text[-2] in _SENTENCE_END:
        return True
    if last in PHOTO_CREDIT_LAST and trailing_photo_credit(text) is not None:
        return True  # "…作业。 新华社记者 季春鹏摄": a caption, then its credit
    if last in "）)":
        bracket = _TRAILING_BRACKET_RE.search(text)
        if bracket is not None:
            before = text[: bracket.start()].rstrip()
            return (
                not before
                or ends_sentence(before)
                or _CAPTION_CREDIT_RE.search(bracket.group(1)) is not None
            )
    return False


# A full stop after a word or a number, maybe inside a closing quote or bracket.
_LATIN_END_RE = LazyPattern(r"[a-z0-9%]\.[\"')]?$")


def _latin_line(text: str) -> bool:
    """Mostly ASCII: a line of English (or other Latin-script) text."""
    return len(text.encode("utf-8")) <= len(text) * 1.4


# Clause punctuation, counting a half-width full stop next to Chinese, which
# the punctuation step turns into "。" (classification must not change then).
_CLAUSE_RE = LazyPattern(f"[{_CLAUSE_PUNCT}]|(?<=[^\x00-\x7f])\\.|\\.(?=[^\x00-\x7f])")


def _has_inner_punct(text: str) -> bool:
    return _CLAUSE_RE.search(text, 0, len(text) - 1) is not None


_CLAUSE_MARK_RE = LazyPattern(r"[，、；,;]")
_MAX_LISTED = 4  # characters: the words a headline lists ("稳增长、促改革")


def _has_clause_punct(text: str) -> bool:
    """Inner punctuation a headline cannot hold: a headline may open with
    short words listed apart by "、" ("夜游、夜市、夜购多点开花"), not with
    clauses ("通过有效整合党建、政务")."""
    if "、" not in text:
        return _has_inner_punct(text)
    *items, _ = text.split("、")
    if any(len(item) > _MAX_LISTED for item in items):
        return True
    return _has_inner_punct(text.replace("、", ""))


_QUOTES_RE = LazyPattern(f"[{_OPENERS}{_CLOSERS}\"'＂＇]")  # ASCII quotes: see below
_ASCII_QUOTES = frozenset("\"'＂＇")
_OPENER_SET = frozenset(_OPENERS)


def _quote_balance(text: str, opened: bool = False) -> int:
    """Opening minus closing quotes and brackets (negative: closes earlier ones).

    ASCII quotes count as the punctuation step will curl them ("他说:\"好"
    opens; with a quotation ``opened`` before the line, "好。\"" closes it).
    """
    marks = _QUOTES_RE.findall(text)
    if not marks:
        return 0  # most lines
    ascii_marks = sum(1 for c in marks if c in _ASCII_QUOTES)
    balance = 2 * sum(1 for c in marks if c in _OPENER_SET) - (len(marks) - ascii_marks)
    return balance + ascii_quote_balance(text, opened) if ascii_marks else balance


def _line_quotes(line: _Line, opened: bool = False) -> int:
    """:func:`_quote_balance` of a line's text, worked out once a line (a
    line of 10^5 ASCII quotes costs the punctuation rule a pass each time)."""
    if opened and line.quotes_opened is not None:
        return line.quotes_opened
    if not opened and line.quotes is not None:
        return line.quotes
    value = _quote_balance(line.text, opened)
    if opened:
        line.quotes_opened = value
    else:
        line.quotes = value
    return value


# 本报讯 is a dateline; 通讯员 is a byline
_DATELINE_WORD_RE = LazyPattern("讯(?!员)", traditional=True)
# A notice's closing words before its issuer signs it: "特此通告。", "特此公告。".
_NOTICE_CLOSE = r"特此(?:通告|公告|通知|声明|公示|告知|说明|函告)[。！!．.]"
_NOTICE_CLOSE_RE = LazyPattern(_NOTICE_CLOSE, traditional=True)
NOTICE_END_RE = LazyPattern(rf"{_NOTICE_CLOSE}$", traditional=True)  # "…特此通告。"
_LABEL_END_RE = LazyPattern(r"(?:手记|札记|日记|观察|来信|随笔|杂谈)$", traditional=True)
# Names and titles a space apart, the first maybe a word's or name's tail.
_NAME_RUN_RE = LazyPattern(r"[\u4e00-\u9fff]{1,5}(?: +[\u4e00-\u9fff]{1,5})+")
# What a byline's or credit's name did, alone on the line it wrapped onto.
_ROLE_TAIL_RE = LazyPattern(r"摄影?|文|图|文[/／]图|图[/／]文|供图|报道|摄影报道", traditional=True)
_NAMES_RE = LazyPattern(r"^[\u4e00-\u9fff]{2,4}(?: +[\u4e00-\u9fff]{2,4}){0,4}$")
# What a signed piece's author did, then a slash: "文/", "图/文 ", "撰文｜".
_SIGNED_ROLE_RE = LazyPattern(r"(?:撰文|文字|摄影|文|图)[ \t]*[/／|｜][ \t]*(?:[文图](?:[ \t]|$))?")
_HAN_RUN_RE = LazyPattern(r"[\u4e00-\u9fff]+")
_SIGNED_FIRST = frozenset("撰文摄图读")  # how _SIGNED_ROLE_RE's roles and 读者 start
_PEN_NAME_RE = LazyPattern(r"[\u4e00-\u9fff·]{2,6}$")
# The speaker named after a quotation, and nothing more: "李大姐说。".
# ("餐厅工作人员介绍，为了…" after a quotation may open a paragraph.)
_ATTRIBUTION_RE = LazyPattern(r"[\u4e00-\u9fff·]{2,14}(?:说|表示|介绍|告诉记者)。")
# A two-character name padded to three widths ("王 明") and broken across
# lines: its first character ends one line, its second opens the next.
_NO_BYLINE_START = frozenset("，。；、：,.;:!?！？")
_NAME_HEAD_RE = LazyPattern(r"(?:^|[ \u3000])[\u4e00-\u9fff]$")
_NAME_TAIL_RE = LazyPattern(r"^[\u4e00-\u9fff](?:[ \u3000]|$)")
_TWO_CHARACTER_ROLES = frozenset(
    {"记者", "編輯", "编辑", "摄影", "攝影", "記者", "特约", "撰稿", "撰文"}
)


def _han_char(char: str) -> bool:
    """A character of the basic Han block, as the line patterns here read
    Han (not :func:`~cnnews_clean.chars.is_han`, which takes the extension
    blocks and compatibility ideographs too)."""
    return "\u4e00" <= char <= "\u9fff"


def _one_han(text: str) -> bool:
    """One Han character alone: a character of a headline set vertically."""
    return len(text) == 1 and _han_char(text)


def _still_byline(group: list[_Line], b: _Line) -> bool:
    """The group's lines and ``b`` a space apart still read as a byline or
    credit, as the joined line must on the next run."""
    joined = " ".join([*(line.text for line in group), b.text])
    return _looks_byline(joined) or _looks_credit(joined)


def _split_name(above: str, below: str) -> bool:
    """``above`` ends and ``below`` starts with one character of a padded name."""
    if (len(above) > 1 and above[-2] not in " \u3000") or (
        len(below) > 1 and below[1] not in " \u3000"
    ):
        return False  # most pairs of lines: no lone character at the break
    if _one_han(above) and _one_han(below):
        return False  # "砥" / "砺" / "奋" / "进": a headline set vertically, a character a line
    if above[-1:] + below[:1] in _TWO_CHARACTER_ROLES:
        return False  # "（通讯员 陈小龙 记" / "者 黄 山）": a role broken, not a name
    return _NAME_HEAD_RE.search(above) is not None and _NAME_TAIL_RE.match(below) is not None


def _balanced(text: str) -> bool:
    """Quotes and brackets all matched, curly or ASCII (whose direction the
    punctuation step decides later: an odd count is unmatched either way)."""
    return _quote_balance(text) == 0 and (text.count('"') + text.count("'")) % 2 == 0


def _looks_byline(text: str) -> bool:
    if not text or text[0] in _NO_BYLINE_START:
        return False  # ";本报记者 王": the end of a clause, not a byline
    if text[0] in "（(" and text[-1] not in "）)":
        return False  # "（记者陈钰婷）为迎接…": a dateline's bracket, then the story
    if text[-1] in "：:":
        return False  # "编辑同志：": a letter's salutation, the letter follows
    if _role_then_words(text):
        return False  # "记者从中国科学技术大学获": the lead's words, not a name
    return (
        len(text) - text.count(" ") <= _MAX_BYLINE_CHARS
        and _CLAUSE_RE.search(text) is None
        and _BYLINE_RE.search(text) is not None
        and _LABEL_END_RE.search(text) is None
        and _balanced(text)  # ASCII quotes too: the punctuation step curls them
        and _DATELINE_WORD_RE.search(text) is None
        and _DATELINE_RE.search(text) is None  # "本报北京5月12日电（记者王明）…"
        and not is_speaker_turn(text)  # "记者：下一步有什" / "么打算？": a question
    )


def _role_then_words(text: str) -> bool:
    """After the reporter's role, where a byline has names, a long run of
    Han characters with no space in it that opens with no surname, to the
    line's end or a mark: the lead ("记者从中国科学技术大学获",
    "记者从国家铁路集团有限公司获悉：今"), not "本报记者刘春霞" or "记者 王明 李华"."""
    for role in ("记者", "通讯员"):
        at = text.rfind(role)
        if at >= 0:
            tail = text[at + len(role) :]
            run = _HAN_RUN_RE.match(tail)
            return (
                run is not None
                and run.end() >= 7
                and not tail[run.end() : run.end() + 1].isspace()
                and not starts_with_surname(tail)
            )
    return False


def _looks_credit(text: str) -> bool:
    return BRACKET_CREDIT_RE.match(text) is not None or (
        len(text) <= 24
        and _CAPTION_CREDIT_RE.search(text) is not None
        # "生产车间作业。 新华社记者 季春鹏摄": a caption's last words and its
        # credit, to be joined to the caption's first line
        and not _has_inner_sentence_end(text)
        # "本报5月12日讯（记者周慧摄" / "影报道）…": a dateline's bracket broken
        # at the line end, not a photo credit
        and _DATELINE_RE.match(text) is None
        and _bracket_depth(text) <= 0
        # "“土地有哪些用途，   本报记者 周 洁 摄": a quotation opened and
        # not closed is a sentence's start, a credit printed beside it
        and _quote_balance(text) <= 0
    )


def marked_author(text: str) -> bool:
    """An author's name, or several a space apart, behind the mark papers set
    before a signed piece's author ("□ 刘晓华", "◎王 明", "□王明 李华"), behind
    what the author did and a slash ("文/李明哲", "文｜晓 风", "图/文 王明 李华"),
    or behind 读者 ("读者 王建国", a reader's letter), or behind the
    author's post ("市财政局局长 王建国"); "■" and "◆" mark subheadings,
    which may name a person."""
    if text[:1] in "□◎":
        parts = text[1:].split()
        return is_person_name(" ".join(parts)) or (
            len(parts) >= 2 and all(map(is_person_name, parts))
        )
    if text[:1] not in _SIGNED_FIRST:
        return _office_and_name(text)
    if text.startswith("读者"):
        return is_person_name(text[2:].strip())
    role = _SIGNED_ROLE_RE.match(text)
    if role is None:
        return False
    # after a role and a slash any name goes, a pen name too ("文/晓风")
    parts = text[role.end() :].split()
    if len(parts) == 2 and len(parts[0]) == len(parts[1]) == 1:
        parts = [parts[0] + parts[1]]  # a two-character name padded: "晓 风"
    return 1 <= len(parts) <= 4 and all(_PEN_NAME_RE.match(part) for part in parts)


# The post of an official or expert signing a report or an article:
# "市财政局局长", "中国社会科学院研究员".
_POST_RE = LazyPattern(
    r"[\u4e00-\u9fff]{0,14}(?:局长|主任|书记|市长|县长|区长|省长|部长|厅长|院长|校长|所长"
    r"|董事长|总经理|理事长|会长|主席|教授|研究员)",
    traditional=True,
)
_MAX_OFFICE_BYLINE = 24


def _office_and_name(text: str) -> bool:
    """A post, a space, and a person's name: the author of a report or a
    signed article ("市财政局局长 王建国", "中国社会科学院研究员 张 明")."""
    if " " not in text or len(text) > _MAX_OFFICE_BYLINE:
        return False  # most lines
    post, _, name = text.partition(" ")
    return _POST_RE.fullmatch(post) is not None and is_person_name(name.strip())


def _bracket_depth(text: str) -> int:
    """Opening brackets minus closing ones ("（记者周慧摄" → 1)."""
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")


def _standalone_kind(line: _Line, following: _Line | None = None) -> str | None:
    """``byline``/``credit``/``heading`` for a line that stands alone, else None.

    ``following`` is the next line, when known: a line right above a subtitle
    ("——记…") or a byline is a title whatever its width."""
    if line.verse:
        return None  # a poem's line, whatever its shape
    if following is None:
        if not line.kind_known:
            line.kind = _classify(line, None)
            line.kind_known = True
        return line.kind
    if line.kind_after_of is not following:
        line.kind_after = _classify(line, following)
        line.kind_after_of = following
    return line.kind_after


_CREDIT_LAST = frozenset("摄图供）)")  # how credits end ("…摄", "供图", "…提供", "（…）")


# A numbered subheading's or list item's number: "一、", "（二）", "（3）", "3."
_ENUMERATOR_RE = LazyPattern(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d))"
)


_MAX_COMMA_HEADLINE = 24  # characters: a headline of two or three short clauses


def _comma_headline(line: _Line, following: _Line | None) -> bool:
    """A short line of clauses apart by commas, without a sentence's end,
    right above a byline: a headline, though it has clause punctuation."""
    text = line.text
    return (
        following is not None
        and len(text) <= _MAX_COMMA_HEADLINE
        and text[-1] not in _CLAUSE_PUNCT
        and text[-1] not in _CLOSERS_AFTER_END
        and (line.column == 0 or _is_short(line) or line.blank_before)
        and "，" in text
        and not any(mark in text for mark in "。；;：:")
        and _looks_byline(following.text)
        and not _looks_credit(following.text)  # "（刘春霞 摄）" under a broken lead
    )


_BULLETS = frozenset("■□◆◇●○★☆")  # not ▲: it points at a photo (a caption)


def marked_subheading(text: str) -> bool:
    """A heading behind a bullet or a number ("◆聚焦主业 做强实体", "一、…"),
    or in black lenticular brackets on a line of its own ("【案情回顾】",
    "【法官说法】"): an article's in-body subheading, never its headline."""
    return (
        text[:1] in _BULLETS
        or _ENUMERATOR_RE.match(text) is not None
        or (text[:1] == "【" and _BRACKETED_HEADING_RE.fullmatch(text) is not None)
    )


_BRACKETED_HEADING_RE = LazyPattern("【[^【】]{2,12}】")


def _bulleted_heading(text: str) -> bool:
    """A short line behind a bullet, without a sentence's end."""
    return (
        text[0] in _BULLETS
        and text[1:].strip() != ""  # a bullet alone is a rule, not a heading
        and len(text) <= _MAX_COMMA_HEADLINE + 6
        and text[-1] not in _CLAUSE_PUNCT
        and not ends_sentence(text)
        and not any(mark in text for mark in "。；;")
    )


def unnumbered(text: str) -> str:
    """The text behind a subheading's number ("一、聚焦重点领域" -> "聚焦重点领域")."""
    numbered = _ENUMERATOR_RE.match(text)
    return text[numbered.end() :] if numbered is not None and len(text) > numbered.end() else text


def _caption_opening(text: str) -> bool:
    """``text`` opens with a photo caption's marker ("图②：", "图为", "▲")."""
    return text[0] in _CAPTION_FIRST and CAPTION_START_RE.match(text) is not None


def _classify(line: _Line, following: _Line | None) -> str | None:
    text = line.text
    if len(text) - text.count(" ") > _MAX_BYLINE_CHARS:
        return None  # longer than any byline, credit or heading
    if _in_table(line, following):
        return None  # a table's row or its header row: the table's text
    text = unnumbered(text)  # "一、聚焦重点领域": the number is no clause mark
    if _comma_headline(line, following):
        return "heading"  # "奋进新征程，建功新时代" over "本报记者 王 明"
    if marked_author(text):
        return "byline"
    if _bulleted_heading(text):
        # "■坚持问题导向，破解发展难题": a subheading, its comma notwithstanding
        return "byline" if _looks_byline(text[1:].lstrip()) else "heading"
    if (
        line.blank_before
        and line.blank_after
        and line.width <= _MAX_HEADING_WIDTH
        and _clause_quotation(text)
    ):
        return "heading"  # "“不停电，是对用户最好的服务”" set apart: a quoted subheading
    if text[0] not in "（(" and text[-1] not in _CREDIT_LAST and _has_clause_punct(text):
        return None  # running text: clause punctuation rules out byline and heading
    if _looks_credit(text):
        return "credit"
    if _looks_byline(text):
        return "byline"
    if line.width > _MAX_HEADING_WIDTH or _has_clause_punct(text):
        return None
    if _DATELINE_RE.match(text) is not None:
        return None  # "本报5月12日讯" printed on a line of its own: the lead goes on
    if following is not None and _number_breaks(text, following.text):
        return None  # "新华社北京11月20" / "日电…": a number runs on into its unit
    if text.startswith("——") and not ends_sentence(text):
        return "heading"  # a subtitle ("——记…")
    if _caption_opening(text):
        return None  # a photo caption wrapped before its full stop ("图②：…在调" / "试设备。")
    if text[-1] in "，、,；;" or ends_sentence(text):
        return None
    if not _balanced(text) and not _quote_closes_below(line, following):
        return None
    if is_speaker_turn(text):
        return None  # "记者：下一步有什" / "么打算？": an interview's question goes on
    if line.column > 0 and not _is_full(line) and _COUPLET_RE.fullmatch(text) is not None:
        # "突出党建引领 让功能更“贴心”": clauses set apart by a space on a line
        # that stops short of the column without a stop; running text wraps
        # at the edge (and a justified line's spaces make it full)
        return "heading"
    isolated = line.blank_before and line.blank_after
    if (
        not isolated
        and following is not None
        and _indent_shortfall(line)
        and _is_full(following)
        and not following.indented  # (the extractor kept indentation: none was dropped)
        and not ends_sentence(text)
        and _standalone_kind(following) is None
        # a dateline opens its paragraph: the line above is no part of it
        # ("一本《民情日" / "志》 承载为" / "民服务真情" | "本报5月12日讯")
        and _DATELINE_RE.match(following.text) is None
        # "三、加强国际传播能力建设": a numbered line without a mark behind
        # its number is a subheading; a numbered paragraph has its clauses
        and text == line.text
    ):
        return None  # a paragraph's first line whose indent the extractor dropped
    if line.column > 0 and line.width > line.column + 1.5:
        return "heading"  # wider than the column: a headline spanning columns
    if not isolated and not _is_short(line):
        titled = following is not None and (
            following.text.startswith("——")
            or _looks_byline(following.text)
            or (text[-1] in "：:" and _standalone_kind(following) == "heading")
        )
        if not titled:
            return None
    return "heading"


_DASHES = frozenset("—―")
# Two or more clauses of two or more Han characters (and quotes or title
# marks), one space apart: no Latin words, whose spaces extractors add.
_COUPLET_RE = LazyPattern(r"[\u4e00-\u9fff“”‘’《》「」]{2,}(?: [\u4e00-\u9fff“”‘’《》「」]{2,})+")


def _only_dashes(text: str) -> bool:
    return all(c in _DASHES for c in text)


def _heading_text(text: str) -> bool:
    """Text a heading line may hold: no clause punctuation, not ending a
    sentence (a quotation may open on one headline line and close on the next)."""
    return not _has_clause_punct(text) and text[-1] not in "，、,；;" and not ends_sentence(text)


def _quote_closes_below(line: _Line, following: _Line | None) -> bool:
    """A quotation opened on a headline line and closed on the next one
    ("“一刻钟社区生" / "活圈”演绎幸福")."""
    return (
        following is not None
        and not line.blank_after
        and _line_quotes(line) > 0
        and _line_quotes(line) + _line_quotes(following, True) == 0
        and _heading_text(following.text)
    )


def _wrapped_heading(group: list[_Line]) -> bool:
    """Lines without clause punctuation whose last line stops short of the
    column edge mid-phrase: a headline, since running text ends with a mark."""
    last = group[-1]
    return (
        2 <= len(group) <= _MAX_HEADING_LINES
        and last.column > 0
        and last.text[-1] not in "：:"
        and _is_short(last)
        and (
            (
                _heading_text(unnumbered(group[0].text))
                and all(_heading_text(line.text) for line in group[1:])
            )
            # "“不停电，是对用户" / "最好的服务”": one quotation, its clauses
            # notwithstanding, that stops short without a sentence's end
            or _clause_quotation("".join(line.text for line in group))
        )
        # "本报讯（记者 刘洋 通" / "讯员 孙丽）记者从市": a lead's dateline,
        # the line short only by its names' padding (also one broken across
        # lines: "新华社北京11月20日" / "电（记者 樊曦）记")
        and _DATELINE_RE.match(group[0].text + group[1].text) is None
        # "图①" / "：市民在社区卫": a caption's marker, then its sentence
        and not _caption_opening(group[0].text + group[1].text)
        # "问：我市老字号企" / "动能 合力": a question, whatever another
        # column's headline printed into it
        and not is_interviewer_turn(group[0].text)
    )


def _max_heading_lines(group: list[_Line], b: _Line) -> int:
    """How many lines a heading may take: five, or more in a column so
    narrow that a long headline wraps further ("我省双拥" / "办开展戍" / … /
    "活动", four characters a line)."""
    widest = max(max(line.width for line in group), b.width)
    return max(_MAX_HEADING_LINES, int(_MAX_HEADLINE_CHARS // max(widest, 1.0)))


def _set_width(line: _Line) -> float:
    """A headline line's printed width, counting each gap between its
    clauses as half a character (however many spaces an extractor gives it)."""
    if " " not in line.text:
        return line.width
    return line.width + 0.5 * (len(line.text.split()) - 1)


def _glyph_width(line: _Line) -> float:
    """A headline line's width with each mark counted whole: a headline's
    marks are often set full, where the body's are squeezed."""
    return line.width + 0.5 * len(_SQUEEZED_RE.findall(line.text))


def _same_measure(a: _Line, b: _Line) -> bool:
    """Two lines as wide as each other, counting marks squeezed or whole."""
    return min(abs(a.width - b.width), abs(_glyph_width(a) - _glyph_width(b))) <= 0.5


def _narrower_measure(b: _Line, group: list[_Line]) -> bool:
    """``b`` is clearly narrower than the group's widest line, however its
    marks are counted; a character narrower is clear enough below three
    lines or more wrapped at one measure."""
    shortfall = min(
        max(line.width for line in group) - b.width,
        max(_glyph_width(line) for line in group) - _glyph_width(b),
    )
    return shortfall >= 1.25 or (
        shortfall >= 0.75
        and len(group) >= 3
        and all(_same_measure(group[0], line) for line in group)
    )


def _colon_wraps(a: _Line, b: _Line, after: _Line | None) -> bool:
    """A headline wrapped at one measure whose line happens to end at a colon
    ("口袋公园：" / "家门口的方" / "寸之美"): ``a`` is as wide as ``b``, and
    ``b`` runs on to a line no wider, so the colon ends no kicker of its own
    (a kicker is set apart, in another size: "海南区乌兰牧骑：" / "文艺演出进基层")."""
    return (
        after is not None
        and not a.blank_after
        and not b.blank_after
        and _same_measure(a, b)
        and _heading_text(b.text)
        and _standalone_kind(b) == "heading"
        and _is_heading_line(after)
        and after.width <= b.width + 0.5
        and _glyph_width(after) <= _glyph_width(b) + 0.5
    )


def _headline_part_ends(group: list[_Line], b: _Line, after: _Line | None) -> bool:
    """A headline's part (kicker, title, subtitle) ends at the group's last
    line ``a`` when ``a`` stops short and the part had wrapped onto it (the
    line above ``a`` is full: "海口各区开展全国防灾减灾" / "日主题宣传活动" |
    "“安全课堂”椰城开课"), or when the next part starts with a full line that
    wraps onto the line ``after`` it.  Two short lines together are one title
    printed clause by clause ("“法”护幸福之城" / "“典”亮自贸未来",
    "文艺演出进基层" / "党的二十大精神入民心"); a remnant of one or two
    characters ends its part."""
    a = group[-1]
    if len(b.text) <= 2:
        return False
    if (
        " " in a.text
        and " " not in b.text
        and _balanced_couplet(a.text)
        and _heading_text(b.text)
        and len(_clause_text(b.text)) >= 1.5 * len(_clause_text(a.text).split()[0])
    ):
        # "奋进新征程 建功新时代" / "小山村走出特色富民路": a couplet whole on
        # its line (a series' kicker), then a phrase longer than its clauses
        # (the title), not a third clause of the same part
        return True
    if len(group) == 1 and a.width >= 4 and b.width >= max(a.width * 1.6, a.width + 5):
        # "城乡居民收入稳步增长" / "前三季度全市居民人均可支配收入同比增长6.2%":
        # a headline wraps its first line full, so a much wider next line
        # is another part (a subtitle set smaller), not the title's second line
        return True
    ref = max(max(line.width for line in group), b.width)

    def full(line: _Line) -> bool:
        return line.width >= ref - 1.5

    if (
        after is not None
        and len(after.text) <= 2
        and after.text.isalnum()  # a remnant of words, not "—" or a "□" before a byline
        and not b.blank_after
        and _set_width(b) < _set_width(a) - 0.75  # "动能 合力提升服": its space takes room
        and _is_heading_line(after)
        # a subtitle's first line holds its dash, which extractors and
        # fonts measure variously; only a byline comes after a subtitle
        and group[0].text[0] not in _DASHES
    ):
        # "来自循化重点隔离管控区" | "一产妇顺利产下双胞" / "胎": b wraps (a
        # remnant follows), so b is its part's full width, narrower than a:
        # a belongs to another part set in a smaller size
        return True
    if (
        after is not None
        and not b.blank_after
        and _narrower_measure(b, group)
        and (
            _is_heading_line(after) or (_quote_closes_below(b, after) and _heading_text(after.text))
        )
        and after.width <= b.width + 0.25
        and group[0].text[0] not in _DASHES
        and after.text[0] not in _DASHES
        and _line_quotes(a) == 0
        and not breaks_word(a.text, b.text, _in_jieba)
        and (breaks_word(b.text, after.text, _in_jieba) or _quote_closes_below(b, after))
    ):
        # "海口各区开展全国防灾" / "减灾日主题宣传活动" | "“安全课堂”椰" /
        # "城开课": b wraps mid-word onto a line no wider, so b is full at a
        # narrower measure than the group's: another part, set larger
        return True
    if (
        after is not None
        and len(group) >= 2
        and not b.blank_after
        and b.width >= max(line.width for line in group) + 0.75
        and _glyph_width(b) >= max(_glyph_width(line) for line in group) + 0.75
        and all(_same_measure(group[0], line) for line in group[1:])
        and _same_measure(b, after)
        and _is_heading_line(after)
    ):
        # "城乡居民收" / "入稳步增长" | "前三季度全市" / "居民人均可支": the
        # group wrapped full at one measure, b and the line after it at a
        # wider one: another part, set smaller
        return True
    if len(group) >= 2 and a.width < group[-2].width - 0.75 and b.width > group[-2].width + 1.25:
        # "点”应急技能不" / "可少" | "防灾减灾宣传周海南省": a part wrapped
        # onto a short line, and the next line is wider than the part's own
        # full line: it is set smaller, a subtitle (or a new part)
        return True
    if full(a) or a.width > ref * 0.85:
        return False
    if len(group) >= 2 and full(group[-2]):
        return True
    return (
        full(b)
        and after is not None
        and not b.blank_after
        and after.width < b.width
        and _heading_text(after.text)
    )


def _clause_quotation(text: str) -> bool:
    """One quotation and nothing else, maybe of clauses, without a sentence's
    end ("“不停电，是对用户最好的服务”")."""
    text = text.replace(" ", "")
    if len(text) < 4 or text[0] not in "“「『" or text[-1] not in "”」』":
        return False
    return whole_quotation(text[0] + _CLAUSE_MARK_RE.sub("", text[1:-1]) + text[-1])


def whole_quotation(text: str) -> bool:
    """One quotation and nothing else, without clause or sentence marks
    ("“这些可都是看得见摸得着的幸福”")."""
    if len(text) < 4 or text[0] not in "“「『" or text[-1] not in "”」』":
        return False
    if _has_inner_punct(text) or ends_sentence(text):
        return False
    depth = 0
    for char in text[:-1]:
        if char in "“「『":
            depth += 1
        elif char in "”」』":
            depth -= 1
            if depth <= 0:
                return False  # closed before the end: "“十四五”期间…”"
    return depth == 1


def _quoted_subheading(line: _Line, following: _Line | None) -> bool:
    """One whole quotation on a line of its own, the next line not going on
    from it ("“这些可都是看得见摸得着的幸福”" / "11月20日18时30分，…"): a
    quoted subheading.  Running text goes on from a quotation with a mark
    ("”，", "。”") or is not one whole line of quotation."""
    return whole_quotation(line.text) and (
        following is None or following.text[0] not in _CONTINUATION_START
    )


def _short_subheading(line: _Line, following: _Line) -> bool:
    """A line without a mark about two characters short of the edge that the
    next line reaches ("…加快0.1个百分点。" / "消费对经济增长的贡献率提升" /
    "前三季度，…"): a subheading, where the page's paragraphs open with a
    full line (so it is no first line whose indent was dropped)."""
    return (
        not line.blank_after
        and _heading_text(line.text)
        and _balanced(line.text)  # not "“这些可都是看" / "得见摸得着的幸福”"
        and _DATELINE_RE.match(line.text) is None  # "新华社北京11月10日电(记者 王希)"
        and _indent_shortfall(line)
        and _is_full(following)
        # the next line reaches the edge the heading stops short of; a
        # headline wrapped in a narrow column stops as short on each line
        and following.width >= line.width + 1
        and line.column == following.column
    )


def _opens_headline(line: _Line, after: _Line | None) -> bool:
    """A heading line that ends with a colon (a kicker) or has another heading
    line below it: the start of a headline, never a sentence's continuation."""
    if _standalone_kind(line) != "heading":
        return False
    return line.text[-1] in "：:" or (after is not None and _standalone_kind(after) == "heading")


def _number_runs_on(line: _Line, after: _Line | None) -> bool:
    """A number broken at the line end ("华苑社区建成于20" / "03年11月，"):
    running text, not a headline."""
    return after is not None and line.text[-1].isdigit() and after.text[0].isdigit()


_LONE_HEAD_RE = LazyPattern("[\u4e00-\u9fff](?:[ \u3000]|$)")  # a character alone at the line start
_DAY_START_RE = LazyPattern(r"\d{1,2}日")


# A line ending with a telephone number, an e-mail or a web address under
# its label: "联系电话：0898-66123456", "投稿邮箱：news@example.com".
_CONTACT_END_RE = LazyPattern(r"(?:电话|热线|传真|手机|邮箱|邮编|网址)[：:] ?[\x21-\x7e]+$")


def _number_breaks(above: str, below: str) -> bool:
    """A number broken at the line end, before its unit or between its
    digits ("新华社北京11月20" / "日电…", "达到12" / "00家"), or a date
    between its month and its day ("持续至12月" / "12日。")."""
    first = below[0]
    if above[-1] == "月" and _DAY_START_RE.match(below) is not None:
        return "0" <= above[-2:-1] <= "9"
    return "0" <= above[-1] <= "9" and ("0" <= first <= "9" or _han_char(first))


def _caption_ahead(line: _Line, after: _Line | None, beyond: _Line | None = None) -> bool:
    """A short complete sentence with a credit below it: a photo caption
    (on one line, or wrapped onto a second: see :func:`_mark_captions`).
    The credit may be broken before its role ("本报记者 林 静" / "摄")."""
    if line.caption:
        return True
    if after is None or not ends_sentence(line.text):
        return False
    return _is_photo_credit(after) or (
        beyond is not None
        and _ROLE_TAIL_RE.fullmatch(beyond.text) is not None
        and _is_photo_credit(_merged(after, beyond))
    )


def _wider_than_column(line: _Line) -> bool:
    """A heading's words (no clause mark), Chinese alone (no letters,
    digits or spaces, whose widths vary), over a character and a half past
    the column's edge."""
    return (
        line.column > 0
        and line.width >= line.column + 1.5
        and _heading_text(line.text)
        and not any(char < "\x80" or char == "\u3000" for char in line.text)
    )


def _bracket_credit_wraps(line: _Line, after: _Line | None) -> bool:
    """A credit in brackets that a narrow column broke over two lines
    ("（通讯员 陈小龙 记" / "者 黄 山）"): neither line is one alone."""
    return (
        after is not None
        and line.text[:1] in "（("
        and BRACKET_CREDIT_RE.match(line.text + after.text) is not None
    )


def _is_photo_credit(line: _Line) -> bool:
    return (
        _standalone_kind(line) in ("credit", "byline")
        and _CAPTION_CREDIT_RE.search(line.text) is not None
    )


_MAX_WRAPPED_CAPTION = 30.0  # characters: one short sentence


def _mark_captions(lines: list[_Line]) -> None:
    """Mark the first line of a caption wrapped onto two or three lines
    above its photo credit: one short sentence, set apart from the sentence
    before it ("…情况的报告。" / "活动现场，志愿者向居民宣" / "讲民法典知识。" /
    "本报记者 苏弼坤 摄"; in a narrow column "…迎战朝鲜队。" / "9月30日，中国队球员李" /
    "盈莹（中）在比赛中扣" / "球。" / "新华社记者 孟永民 摄")."""
    for i in range(1, len(lines) - 2):
        for size in (2, 3):
            if i + size >= len(lines):
                break
            credit = lines[i + size].text
            caption = lines[i : i + size]
            if (
                ("摄" in credit or "图" in credit or "社发" in credit)
                and ends_sentence(lines[i - 1].text)
                and not any(ends_sentence(line.text) for line in caption[:-1])
                # pdfminer.six may box the wrapped line apart ("一列中欧班列从重庆团
                # 结村站驶出" / blank / "（无人机照片）。"): the first line then
                # still fills the column, as a wrapped line does
                and all(not line.blank_after or _is_full(line) for line in caption[:-1])
                and ends_sentence(caption[-1].text)
                and sum(line.width for line in caption) <= _MAX_WRAPPED_CAPTION
                and not _has_inner_sentence_end("".join(line.text for line in caption))
                and _is_photo_credit(lines[i + size])
            ):
                lines[i].caption = True


_MIN_VERSE_LINES = 8  # fewer short lines may be headlines stacked one after another
_MAX_VERSE_WIDTH = 16.0  # characters: a line of verse, not a column's line
_MIN_VERSE_WIDTH = 5.0  # characters: most lines of a poem hold a phrase or two
_MAX_VERSE_WORD_BREAKS = 5  # one break in five (one at least) may fall inside a dictionary word
_MAX_VERSE_PUNCTUATED = 4  # one line in four may carry a comma or a stop
_VERSE_PUNCT_RE = LazyPattern(f"[{_CLAUSE_PUNCT}：:]")
_VERSE_FOREIGN_RE = LazyPattern(r"[0-9（）()【】\[\]]|讯|[。！？!?].")


def _verse_candidate(line: _Line) -> bool:
    text = line.text
    return (
        2 <= line.width <= _MAX_VERSE_WIDTH
        and not line.table
        and not line.furniture
        and text[0] not in _DASHES
        and text[-1] not in "：:"
        and line.gap_before <= 2
        # dates, page numbers, datelines' brackets, a sentence ending inside
        # the line: a page's prose and furniture, not a poem's
        and _VERSE_FOREIGN_RE.search(text) is None
    )


def _mark_verse(lines: list[_Line]) -> None:
    """Mark the lines of a poem, each a block of its own: eight or more short
    lines of varied width (a column's wrapped lines fill it alike), every
    break between two of them at a word's end ("稻谷低下了头" / "像一位沉思
    的老人" / "风从山那边吹来" …), stanzas maybe apart, under the poet's
    name on a line of its own (which, with the title above it, stays out of
    the poem)."""
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and _verse_candidate(line):
            run.append(line)
            continue
        if len(run) <= _MIN_VERSE_LINES:
            run = []
            continue  # no room for a name and a poem under it
        for verse in _verse_parts(run):
            if _reads_as_verse(verse):
                for verse_line in verse:
                    verse_line.verse = True
        run = []


def _verse_parts(run: list[_Line]) -> list[list[_Line]]:
    """The run's parts that may each be a poem: the lines under a poet's
    name (short lines with no name above them are as likely headlines set
    one after another) up to the next name, a sentence's end or prose (see
    :func:`_before_prose`)."""
    parts: list[list[_Line]] = []
    current: list[_Line] | None = None
    marked = [_VERSE_PUNCT_RE.search(line.text) is not None for line in run]
    for i, line in enumerate(run):
        below = marked[i + 1 : i + 1 + _MIN_VERSE_LINES]
        if (
            len(below) == _MIN_VERSE_LINES
            and _MAX_VERSE_PUNCTUATED * sum(below) <= _MIN_VERSE_LINES  # room for a poem below
            and _names_poet(line)
        ):
            if current:
                current.pop()  # the next poem's title
            current = []
            parts.append(current)
        elif current is not None:
            current.append(line)
            if ends_sentence(line.text):
                current = None
    return [_before_prose(part) for part in parts]


def _names_poet(line: _Line) -> bool:
    return is_person_name(line.text) or _standalone_kind(line) == "byline"


def _before_prose(run: list[_Line]) -> list[_Line]:
    """The lines before prose starts: two lines in a row with a comma or a
    stop (a narrow column's), and the headline above them."""
    marked = [_VERSE_PUNCT_RE.search(line.text) is not None for line in run]
    for i in range(len(run) - 1):
        if marked[i] and marked[i + 1]:
            return run[: i - 1] if i > 0 and not marked[i - 1] else run[:i]
    return run


def _reads_as_verse(run: list[_Line]) -> bool:
    if len(run) < _MIN_VERSE_LINES:
        return False
    widths = sorted({round(line.width) for line in run})
    if len(widths) < 3 or widths[-1] - widths[0] < 2:
        return False  # lines alike: a narrow column's
    if sorted(line.width for line in run)[len(run) // 2] < _MIN_VERSE_WIDTH:
        return False  # a headline stacked in a narrow column ("我国粮食" / "生产再获" / "丰收")
    widest = max(line.width for line in run)
    if 2 * sum(1 for line in run if line.width >= widest - 0.5) > len(run):
        return False  # most lines fill the measure: a column's
    # prose in a narrow column has a comma or a stop on most lines; a poem,
    # on few
    if _MAX_VERSE_PUNCTUATED * sum(1 for line in run if _VERSE_PUNCT_RE.search(line.text)) > len(
        run
    ):
        return False
    breaks = [(a, b) for a, b in pairwise(run) if not b.blank_before]
    if any(b.text[0] in _CONTINUATION_START for _, b in breaks):
        return False
    # a column breaks inside a word at about every other line; a poem, at a
    # word's end (now and then two words read as one: "…低下了头" / "像…")
    between = [(a, b) for a, b in breaks if _han_char(a.text[-1]) and _han_char(b.text[0])]
    inside = sum(1 for a, b in between if _word_across(a.text, b.text))
    if inside > max(1, len(between) // _MAX_VERSE_WORD_BREAKS):
        return False
    return not any(_standalone_kind(line) in ("byline", "credit") for line in run)


def _has_inner_sentence_end(text: str) -> bool:
    return any(mark in text[:-1] for mark in "。！？!?")


def _indent_shortfall(line: _Line) -> bool:
    """About two characters short of the column: an indent the extractor
    dropped.  Not when its marks, set full width as some layouts set them,
    would fill the line (the line's last mark may hang or be squeezed)."""
    if not (line.column > 0 and line.column - 3.2 <= line.width <= line.column - 1.2):
        return False
    marks = len(_SQUEEZED_RE.findall(line.text, 0, len(line.text) - 1))
    return line.width + 0.5 * marks <= line.column - 1.0


def _dropped_indent(line: _Line, after: _Line | None) -> bool:
    """A line that breaks off mid-sentence two characters short of the edge
    that the next line reaches: a paragraph's first line whose indent the
    extractor dropped (a line wrapped mid-paragraph fills the column), seen
    where too few paragraphs open after a short line for the page to show it.

    "…经济运行情况的报告。" / "各地区各部门要坚持稳中" / "求进工作总基调，完整、准确、"
    """
    return (
        line.text[-1] not in _LINE_END_MARKS
        and _indent_shortfall(line)
        and after is not None
        and not after.blank_before
        and after.column == line.column
        # the next line goes on to the edge, or is the paragraph's last
        and (_is_full(after) or ends_sentence(after.text))
        and _unbreakable_lead(after.text) == 0.0
    )


def _cue_modes(lines: list[_Line]) -> tuple[bool, bool, bool, bool]:
    """Which cues mark paragraphs on this page: (indentation kept as spaces,
    blank lines, indentation dropped but visible as a shorter first line,
    paragraphs seen to open with a full line)."""
    ends = [i for i in range(len(lines) - 1) if ends_sentence(lines[i].text)]
    if not ends:
        return False, False, False, False
    indented_after = sum(1 for i in ends if lines[i + 1].indented)
    blank_after = sum(1 for i in ends if lines[i].blank_after)
    # (a heading, caption line, byline or credit after a sentence's end says
    # nothing of how paragraphs open: narrow columns end many such lines)
    body_after = sum(
        1 for i in ends if lines[i + 1].indented or _standalone_kind(lines[i + 1]) is None
    )
    indent_mode = indented_after >= max(2, body_after // 3)
    blank_mode = blank_after >= max(2, len(ends) // 2)
    # Clear paragraph starts: after a short line ending a sentence.
    # (A heading there, or a line shorter than an indent's shortfall (a
    # one-line paragraph), is no evidence either way.)
    starts = [
        lines[i + 1]
        for i in ends
        if _is_short(lines[i])
        and lines[i].column > 0
        and lines[i + 1].column > 0
        and lines[i + 1].width >= lines[i + 1].column - 3.2
        and _standalone_kind(lines[i + 1]) != "heading"
    ]
    shortfall = sum(1 for line in starts if _indent_shortfall(line))
    hidden_indent = not indent_mode and len(starts) >= 2 and shortfall >= 0.6 * len(starts)
    full_starts = not indent_mode and len(starts) >= 2 and shortfall <= 0.2 * len(starts)
    return indent_mode, blank_mode, hidden_indent, full_starts


def _group(lines: list[_Line], padded: bool = False) -> list[tuple[list[_Line], str | None]]:
    """Decide, for each pair of consecutive lines, join or break; give each
    group its kind (``heading``, ``byline``, ``credit`` or None).  ``padded``:
    the page pads quote glyphs with spaces (see :func:`~cnnews_clean.spaces.pads_quotes`)."""
    if not lines:
        return []
    indent_mode, blank_mode, hidden_indent, full_starts = _cue_modes(lines)
    _mark_captions(lines)
    _mark_verse(lines)
    groups: list[list[_Line]] = []
    kinds: list[str | None] = []

    def open_group(line: _Line, following: _Line | None) -> int:
        """Start a group with ``line``; the quotes it leaves open."""
        groups.append([line])
        kinds.append(_standalone_kind(line, following))
        return max(0, _line_quotes(line))

    balance = open_group(lines[0], _next(lines, 0))
    for index, b in enumerate(lines[1:], start=1):
        group = groups[-1]
        a = group[-1]
        kind = kinds[-1]
        after = _next(lines, index)
        if a.verse or b.verse:
            balance = open_group(b, after)  # a poem keeps its lines, and ends where it ends
            continue
        if kind is None and len(group) == 1:
            opens = len(groups) == 1 or ends_sentence(groups[-2][-1].text)  # after a paragraph
            if ((opens or kinds[-2] is not None) and _quoted_subheading(a, b)) or (
                full_starts and opens and _short_subheading(a, b)
            ):
                kinds[-1] = "heading"
                balance = open_group(b, after)
                continue
        if len(group) == 1 and len(groups) > 1 and _signs_notice(groups[-2], a):
            # "特此通告。" / "市交通运输局" / "守护万家灯火": the office signing
            # a notice stands alone, apart from the headline printed under it
            balance = open_group(b, after)
            continue
        if len(group) == 1 and a.text in _BULLETS and not a.blank_after and _han_char(b.text[0]):
            # "■" / "坚持问题导向，破解发": a bullet set in another font, on a
            # line of its own (pdftotext); the subheading behind it is one line
            group.append(b)
            kinds[-1] = _classify(_merged(a, b), after)
            balance = max(0, _line_quotes(b))
            continue
        a.under_heading = (
            len(group) == 1
            and len(kinds) >= 2
            and kinds[-2] in ("heading", "byline")
            and not _furniture_line(groups[-2][-1])  # "第6版" heads no story
        )
        a.after_sentence = (
            len(group) == 1 and len(groups) >= 2 and ends_sentence(groups[-2][-1].text)
        )
        join = _should_join(
            a,
            b,
            lines[index + 1 : index + 2 + _MAX_HEADING_LINES],
            group,
            kind,
            balance,
            (indent_mode, blank_mode, hidden_indent, padded),
        )
        if join:
            group.append(b)
            if kind == "heading" and not (_is_heading_line(b) or _heading_text(b.text)):
                kinds[-1] = None
            elif (
                kind == "heading"
                and len(group) == 2
                and _is_full(b)
                and not _is_full(a)
                and not _only_dashes(a.text)
            ):
                # "汪沙津所说的“幸福生" / "活圈”是海南区去年以来积" (joined
                # across the open quotation): a short line and a full one are
                # a paragraph whose indent was dropped; a heading in the
                # body's size fills its first line, one set larger no line
                kinds[-1] = None
            elif kind == "heading" and sum(line.width for line in group) > _MAX_HEADING_WIDTH:
                kinds[-1] = None  # longer than any headline: running text, on one line or several
            elif (
                len(group) == 3
                and group[0].text in _BULLETS
                and a.text[-1] in "，、"
                and _heading_text(b.text)
            ):
                # "■" / "坚持问题导向，" / "破解发展难题": the same, its bullet
                # on a line of its own (pdftotext)
                kinds[-1] = _classify(_merged(_merged(group[0], a), b), after)
            elif len(group) == 2 and (
                (b.text[0] in _CONTINUATION_START and not a.blank_after)
                or (a.text[0] in "（(" and balance > 0 and b.text[-1] in "）)")
                # "■完善服务体系，" / "提升服务质量": a bulleted subheading
                # wrapped after its comma in a narrow column
                or (a.text[0] in _BULLETS and a.text[-1] in "，、" and _heading_text(b.text))
                or _dateline_across(a.text, b.text)  # "新华社北京11月20日" / "电（记者…"
            ):
                # a mark the extractor broke off ("0" / "》"), a bracket
                # that closes on the second line ("（作者单位：省委党" /
                # "校文史教研部）"): the line is what it is in one piece, as a
                # second run reads it
                kinds[-1] = _classify(_merged(a, b), after)
            balance = max(0, balance + _line_quotes(b, balance > 0))
        else:
            if kind is None and _wrapped_heading(group):
                kinds[-1] = "heading"
            balance = open_group(b, after)
    return list(zip(groups, kinds, strict=True))


_DATELINE_END_SET = frozenset(DATELINE_ENDS)
# A credit in brackets after a paragraph's last sentence: "…。（通讯员 陈小龙）".
_CLOSING_CREDIT_RE = LazyPattern(rf"[。！？!?…][”’」』]*\s*{BRACKET_CREDIT}$")


def _dateline_across(above: str, below: str) -> bool:
    """A dateline that opens ``above`` and ends in ``below`` ("新华社北京11月20日"
    / "电（记者张强）…", "本报" / "讯 连日来…")."""
    if (
        _DATELINE_END_SET.isdisjoint(below[:16])  # (most lines: no dateline's end)
        or " " in above
        or _DATELINE_RE.match(above) is not None
        or _DATELINE_RE.match(below) is not None  # a byline, then the lead's dateline
    ):
        return False
    found = _DATELINE_RE.match(above + below)
    return found is not None and found.end() > len(above)


def _signs_notice(above: list[_Line], line: _Line) -> bool:
    """``line`` is a notice's issuer: a short line without clause marks
    right under the notice's closing words ("特此通告。" / "市交通运输局")."""
    if above[-1].text[-1] not in "。！!．.":
        return False
    tail = "".join(part.text for part in above[-2:])
    return (
        "特此" in tail
        and NOTICE_END_RE.search(tail) is not None
        and _is_short(line)
        and not _has_clause_punct(line.text)
    )


def _one_line(group: list[_Line]) -> bool:
    """The group is one printed line: a line alone, or with the marks an
    extractor broke off it ("图①" / "：孵化器内的创客空"), which a second
    run reads joined."""
    return all(
        line.text[0] in _CONTINUATION_START and not above.blank_after
        for above, line in pairwise(group)
    )


def _merged(first: _Line, second: _Line) -> _Line:
    """Two lines read as the one line print has, for classifying it: a
    bullet and the subheading behind it, a line and the mark broken off it."""
    text = first.text + second.text
    joined = _Line(
        first.start, second.end, text, printed_width(text), first.indented, first.blank_before
    )
    joined.blank_after = second.blank_after
    joined.column = second.column
    return joined


def _next(lines: list[_Line], index: int) -> _Line | None:
    return lines[index + 1] if index + 1 < len(lines) else None


def _is_heading_line(line: _Line) -> bool:
    return _standalone_kind(line) == "heading"


_BARE_NAME = 4  # characters: a name on a line of its own ("刘春霞", "李 娜")


def _should_join(
    a: _Line,
    b: _Line,
    ahead: list[_Line],
    group: list[_Line],
    kind: str | None,
    balance: int,
    cues: tuple[bool, bool, bool, bool],
) -> bool:
    """Join line ``b`` to the group ending with ``a``?  ``ahead`` are the few
    lines after ``b``; ``cues`` the page's paragraph cues from :func:`_cue_modes`
    and whether it pads quote glyphs with spaces."""
    after = ahead[0] if ahead else None
    beyond = ahead[1] if len(ahead) > 1 else None
    indent_mode, blank_mode, hidden_indent, padded = cues
    blank = a.blank_after
    first = b.text[0]
    if b.text in _BULLETS and after is not None and not b.blank_after and _han_char(after.text[0]):
        return False  # a bullet on a line of its own goes with the line after it
    if len(b.text) == 1 and _han_char(first) and all(_one_han(line.text) for line in group):
        return True  # "砥" / "砺" / "奋" / "进": a headline set vertically, blank lines or not
    if not blank and len(group) == 1 and _only_dashes(a.text) and first in _DASHES:
        return True  # a subtitle's "——" broken in two by the extractor
    if (
        first in _DASHES
        and _only_dashes(b.text)
        and not _only_dashes(a.text)
        and not _is_full(a)
        and a.text[-1] not in "，、,；;：:"
        and not b.blank_after
        and after is not None
        and (after.text[0] in _DASHES or _han_char(after.text[0]))
    ):
        return False  # "机再创纪录" / "—" / "—“九章三号”…": a subtitle's dash
        # set apart from its text opens the subtitle under a short headline line
    if (
        not blank
        and a.text[0] in _DASHES
        and _han_char(first)
        and all(_only_dashes(line.text) for line in group)
    ):
        # "——" / "记深圳市南山区…": a subtitle's dash set on a line of its
        # own (or "—" / "—" on two, in a narrow column)
        return True
    if len(group) == 1 and _dateline_across(a.text, b.text):
        return True  # "新华社北京11月20日" / "电（记者张强）国家": a dateline
        # broken in a narrow column runs on into its lead
    if first in _CONTINUATION_START and kind in (None, "heading") and not _furniture_line(a):
        return True  # a mark that never starts a paragraph: what came before runs on
    if (
        first == "的"
        and not b.text.startswith(_DE_WORDS)
        and not ends_sentence(a.text)
        and kind in (None, "heading")
    ):
        return True  # "…经济运行情况" / "的报告。": a particle never opens a line of its
        # own, also across a blank line (a column break, pdfminer's boxes)
    last = a.text[-1]
    if not blank and last.isascii() and (last.isalnum() or last == "-") and first.islower():
        return True  # a Latin phrase or hyphenated word runs on
    if (
        not blank
        and first.isdigit()
        and last.isascii()
        and last.isalpha()
        and _latin_line(a.text)
        and _latin_line(b.text)
    ):
        return True  # "Tech hub welcomes" / "1,000th startup": English runs on
    if _furniture_line(a) or _furniture_line(b):
        return False  # "2022年4月7日 星期四" / "第6版": the page's furniture, line by line
    if _han_char(first) and _CONTACT_END_RE.search(a.text) is not None:
        return False  # "联系电话：0898-66123456" / "市文明办": a contact line
        # ends with its number or address, which no Chinese word continues
    if len(group) == 1 and opens_with_field(a.text):
        if opens_with_field(b.text):
            if not (_is_full(a) and _word_across(a.text, b.text)):
                # "今天白天：多云，局部有阵雨" / "气温：22℃～28℃" / "风向风力：…": a
                # box of fields, each under its label on a line of its own (not
                # an answer's full line broken inside a word before a colon:
                # "…李华介" / "绍说：“…")
                return False
        elif (
            _heading_text(b.text)
            and after is not None
            and marked_subheading(after.text)
            and ends_sentence(after.text)  # an item, which no heading runs into
        ):
            # "后天：阴 16℃～21℃ 北风2级" / "出行小贴士" / "●降温明显，…": a heading
            # over bulleted items after a box of fields, not the last field's value
            return False
    if ends_sentence(a.text) and is_speaker_turn(b.text):
        return False  # "记者：下一步有什么打算？" / "刘建国：我们将…": a turn of an
        # interview opens a paragraph after a sentence's end, whatever the width
    if opens_entry(b.text) and (
        opens_entry(group[0].text) or (after is not None and opens_entry(after.text))
    ):
        # "18:00 海南新闻联播" / "18:30 今日关注", "1月5日 …召开。" / "3月12日 …":
        # a schedule's or a chronicle's entries, each a paragraph of its own,
        # the first also under a heading ("CCTV-1 综合" / "07:00 朝闻天下")
        return False
    if (
        opens_entry(group[0].text)
        and not opens_entry(b.text)
        and a.text[-1] not in _CONTINUED_ENTRY_END
        and _is_short(a)
        and not ends_sentence(b.text)
        and not _word_across(a.text, b.text)
    ):
        # "19:38 焦点访谈" / "海南卫视": a short entry of a schedule ends it
        # there (a chronicle's entry wraps onto the line that ends its
        # sentence: "6月18日 …首批项目集中开工，总投资" / "达120亿元。")
        return False
    if (
        a.text[-1] in "）)"
        and first not in _CONTINUATION_START
        and _CLOSING_CREDIT_RE.search("".join(line.text for line in group[-3:])) is not None
    ):
        return False  # "…占预计收购量的55%。（通讯员 陈小龙 记" / "者 黄 山）" |
        # "我县秋粮": a credit in brackets after the last sentence ends the piece
    if first in _CAPTION_OR_NOTICE_FIRST and ends_sentence(a.text):
        if _CAPTION_LEAD_RE.match(b.text) is not None:
            return False  # "…不要自行服用抗生素。" / "图①：市民在社区卫": a caption's
            # marker opens a caption, never the next sentence of a paragraph
        if _NOTICE_CLOSE_RE.fullmatch(b.text) is not None:
            return False  # "…首末班时间为6:30和21:00。" / "特此通告。": a notice's
            # closing words stand as a paragraph of their own, whatever the line above
    if a.table or _in_table(b, after):
        return False  # a table, row by row (a header row above its first figures)
    if (
        len(group) == 1
        and a.text[-1] in DATELINE_ENDS
        and _DATELINE_RE.fullmatch(a.text) is not None
        and (not blank or first in "（(【")
    ):
        # "本报5月12日讯" / "（记者周慧摄影报道）": a dateline alone on its
        # line runs on into its bracket and the story
        return True
    if (
        not blank
        and a.text[-1] in "）)"
        and _DATELINE_RE.match(group[0].text) is not None
        and _DATELINE_BRACKET_RE.fullmatch(" ".join(line.text for line in group)) is not None
    ):
        # "本报讯（记者 刘" / "洋 通讯员 孙丽）" / "记者从市统计局获": a dateline
        # and its bracket run on into the story, whatever its first words
        return True
    if (
        _number_breaks(a.text, b.text)
        and not a.text.isascii()
        and _standalone_kind(b) not in ("byline", "credit")
    ):
        # a number runs on into its unit, also across a blank line:
        # "新华社北京11月20" / "日电（记者张强）", "企业达到1200" / "家，…"
        # (not into a byline: "本报记者 王" opens no unit)
        return True
    if (
        kind == "heading"
        and blank
        and _unfinished_heading("".join(line.text for line in group), padded)
        and _DATELINE_RE.match(b.text) is None
        and _standalone_kind(b) == "heading"  # not "文/李明哲" under a title
        and _heading_text(b.text)
        and _balanced(b.text)
        and b.width <= a.width
        and not is_person_name(b.text)  # the writer's bare name ("李小雨")
        and (
            b.blank_after
            or (after is not None and _standalone_kind(after) in ("byline", "credit", "heading"))
            # the body below, its first line maybe an indent short (which
            # the next run, with a blank line under b, would not ask)
            or (
                after is not None and _is_short(b) and (_is_full(after) or _indent_shortfall(after))
            )
        )
    ):
        # "■坚持问题导向，破" / "解发展难题", "◆聚焦主业  做强" / "实体": a
        # heading broken off early in its last clause runs on, also across a
        # blank line (its rest boxed apart: pdfminer.six's one-line boxes)
        return True
    if (
        kind == "heading"
        and blank
        and len(group) <= 3
        and (
            _boxed_sentence([*group, b])
            or (after is not None and _boxed_sentence([*group, b, after]))
        )
    ):
        # "文艺志愿者走进海南" | "区人民公园开展文艺" | "演出。": a sentence
        # (a caption) wrapped at the column's edge, each line boxed apart
        # (pdfminer.six): lines filling the column without a mark, then one
        # ending the sentence
        return True
    if (
        kind == "heading"
        and blank
        and len(group) == 1
        and marked_subheading(a.text)
        and _han_char(a.text[-1])
        and len(b.text) <= 3
        and _HAN_RUN_RE.fullmatch(b.text) is not None
        and 0 < a.column < _glyph_width(a) + b.width  # b did not fit on a's line
        and (b.blank_after or after is None)
    ):
        # "二、激发全民族文化创新创造" | "活力": a numbered subheading
        # wrapped at the column's edge, its last word boxed apart (pdfminer.six)
        return True
    if (
        kind == "byline"
        and _han_char(a.text[-1])
        and (
            _LONE_HEAD_RE.match(b.text) is not None
            or _role_across(a.text, b.text)
            or b.text[0] in "/／"  # "本报记者 刘春霞 文" / "/图"
        )
        and _looks_byline("".join(line.text for line in group) + b.text)
    ):
        # "本报记者  陈丽园  陈歆" | "卓  李欣  陈晓洁  特约记" | "者  陈创森":
        # a byline broken inside a name or a role, also across the blank
        # line of pdfminer.six's boxes ("…图/记" / "者 张强"); a lone
        # character never stands alone in a byline
        return True
    if blank and kind in ("byline", "credit") and len(group) == 1 and _split_name(a.text, b.text):
        # "□文/本报记者  王" | "明  李华": a padded name broken across lines,
        # its rest boxed apart (pdfminer.six)
        return _still_byline(group, b)
    if (
        blank
        and len(group) == 1
        and marked_subheading(a.text)
        and a.text[-1] in "，、"
        and _standalone_kind(b) == "heading"
        and _heading_text(b.text)
        and _balanced(b.text)
        and (a.column == 0 or b.width <= a.column)
    ):
        # "■坚持问题导向，" | "破解发展难题": a bulleted or numbered
        # subheading never ends on a comma; its second clause was boxed
        # apart (pdfminer.six).  Unlike "■坚持问题导向，破" above, the line
        # is no heading by itself, so its kind is None here.
        return True
    if blank and b.blank_after and _opens_headline(b, after):
        return False  # a kicker or a headline of several lines: a new article
    b_kind = _standalone_kind(b)
    if blank and b_kind in ("byline", "credit") and b.blank_after:
        return False  # a credit standing alone: no open quotation runs into it
    if _DATELINE_RE.match(b.text) is not None:
        return False  # "本报讯（记者…）" opens an article
    if after is not None and not b.blank_after and _dateline_across(b.text, after.text):
        return False  # so does a dateline broken across lines ("新华社北京11月20日" / "电…")
    if (
        kind == "heading"
        and not blank
        and group[0].text[:1] in _DASHES
        and _TITLE_END_RE.search(a.text) is not None
        and is_person_name(b.text)
    ):
        return True  # "——访市商务局局长" / "张立新": the subtitle names whom it is about
    if (
        balance > 0
        and not ends_sentence(a.text)
        and not (indent_mode and b.indented and not _closes_first(b.text))
    ):
        # a quotation or bracket is still open mid-sentence ("（记者 张得桂
        # 通讯员" / "祁先红）近日，": a line closing it continues, indented or not)
        return True
    if (
        kind in ("byline", "credit")
        and not blank
        and (_split_name(a.text, b.text) or _ROLE_TAIL_RE.fullmatch(b.text))
    ):
        # "本报记者 王" / "明 摄": a padded name broken across lines; "本报记者
        # 苏弼坤" / "摄": what the name did, wrapped onto a line alone; joined
        # if the whole still reads as a byline or credit (as it must on the
        # next run)
        return _still_byline(group, b)
    if kind == "byline" and not blank:
        # a byline printed over several lines: more bylines or bare names,
        # or what a byline that filled its line wrapped onto, mid-name or
        # mid-word ("卓 李欣 陈晓洁 特约记" / "者 陈创森 萧海山 王聘")
        return not is_section_label(b.text) and (  # "读者 李建国" / "记者追踪"
            b_kind == "byline"
            # bare names; not after a photo credit's 摄, which ends it (a
            # headline of four characters may come next: "产业升级")
            or (_NAMES_RE.match(b.text) is not None and last not in "摄攝")
            or (
                _is_full(a)
                and _NAME_RUN_RE.fullmatch(b.text) is not None
                and _looks_byline(f"{a.text}{b.text}")
            )
        )
    if b_kind in ("byline", "credit") or kind in ("byline", "credit"):
        return False
    if kind == "heading" and not blank and a.text[-1] in "：:" and first in "“「『":
        # "…杨丽说：" runs on into the quotation on the next line; a kicker
        # ("海南区审计局：") stands above a quoted headline ("“微党课”有声有色"),
        # unless the headline was wrapped at one measure ("海勃湾区：" / "“热心人”汇")
        return b_kind != "heading" or _colon_wraps(a, b, after)
    if (
        kind == "heading"
        and not blank
        and group[0].text.startswith("——")
        and b_kind in (None, "heading")
        and _heading_text(b.text)
        and _word_across(a.text, b.text)
    ):
        # "——“九章三号”求解特定问题比超级计" / "算机快一亿亿倍": a subtitle
        # wrapped inside a word goes on, whatever the line under it
        return True
    if (
        kind == "heading"
        and _one_line(group)
        and b_kind is None
        and ends_sentence(b.text)
        # across a blank line (pdfminer's boxes) only from a line that fills
        # its column onto one no wider
        and (not blank or (_is_full(a) and b.width <= a.column + 1))
        and _word_across(a.text, b.text)
    ):
        # "会议还听取了市政府关于今年以" / "来经济运行情况的报告。": the break
        # splits a word, so it is running text, not a headline over one line
        return True
    if (
        kind == "heading"
        and len(group) == 1
        and not blank
        and b_kind is None
        and a.column > 0
        and a.width > a.column + 1
        and b.width <= a.width
        and ends_sentence(b.text)
        and not ends_sentence(a.text)
        # (not a subtitle's dash, nor over an interview's turn:
        # "——访市人民医院营养科主任医师王丽" / "问：冬季进补有哪些注意事项？")
        and not a.text.startswith("——")
        and not is_speaker_turn(b.text)
    ):
        # "西宁市城中区南滩街道党工委“板凳课堂”" / "接地气。": a line wider
        # than its column is set smaller than the body, as captions are, not
        # larger, as headlines are; the sentence it opens ends below
        return True
    if kind == "heading":
        # a heading of up to four lines (a large headline in a narrow column)
        return (
            not blank
            and not b.box_break
            and (
                (
                    b_kind == "heading"
                    and (
                        b.blank_after
                        or (after is not None and after.box_break)  # its box ends
                        or _standalone_kind(b, after) == "heading"
                    )
                )
                or (
                    # "图书馆推" / "出“ 你选书" / "我买单”": the quotation b
                    # opens closes below, so b is a heading line only with
                    # the line after it
                    b_kind is None
                    and not _balanced(b.text)
                    and _standalone_kind(b, after) == "heading"
                )
                or (
                    _is_full(a)
                    and _heading_text(b.text)
                    and (balance > 0 or _balanced(b.text))
                    # "■完善服务体系，提升服务质量" / "全市新建社区养老服务中心12" /
                    # "个，为老年人…": a heading in the body's size ends where a
                    # full line runs on into clauses, which are the body's
                    and not (
                        _is_full(b)
                        and not b.blank_after
                        and after is not None
                        and not _heading_text(after.text)
                    )
                )
                or (
                    # "防灾减灾宣传周海南省主题科" / "普宣传活动在海口举办": the
                    # last line of a headline, the break inside a common word
                    b.blank_after
                    and _heading_text(b.text)
                    and _balanced(b.text)
                    and breaks_word(a.text, b.text)
                )
            )
            and len(group) < _max_heading_lines(group, b)
            and (a.text[-1] not in "：:" or _colon_wraps(a, b, after))
            and not is_section_label(a.text)  # "记者手记" / "在一线感受温度"
            and not is_section_label(b.text)
            # "一、2023年度预算执行情况" / "（一）一般公共预算执行情况": a
            # numbered heading starts a heading of its own
            and _ENUMERATOR_RE.match(b.text) is None
            and first not in _DASHES  # a subtitle starts
            and not b.text.startswith("--")
            and not _number_runs_on(b, after)
            and not (_is_short(b) and is_person_name(b.text))  # a bare-name byline
            and not _headline_part_ends(group, b, after)
            and not (_complete_couplet(a.text) and _is_full(b) and " " not in b.text)
        )
    if indent_mode and b.indented and not blank and ends_sentence(a.text):
        return False
    if ends_sentence(a.text):
        if balance > 0 and first not in _OPENERS and not b.indented and (_is_full(a) or not blank):
            return True  # a quotation still open at a sentence end goes on
        if b.indented:
            return False
        if (
            hidden_indent
            and len(group) == 1
            and _indent_shortfall(a)
            and _is_full(b)
            and b_kind is None
            and not _caption_ahead(b, after)
            and not is_speaker_turn(b.text)
        ):
            # "刘建国：我们主要做了三件事。" / "一是推行…": a paragraph's first
            # line, its indent dropped, ending a sentence at the edge; on a
            # page that indents, a full line never opens a paragraph (also
            # across a blank line: pdfminer boxes an indented line alone)
            return True
        if (
            a.under_heading
            and not blank
            and _indent_shortfall(a)
            and b.column > 0
            and b.width >= b.column - 0.5
            and b_kind is None
            and not _caption_ahead(b, after, beyond)
            and not is_speaker_turn(b.text)
            and not marked_subheading(b.text)
        ):
            # "本报记者 周 洁" / "随着气温下降，…明显增加。" / "记者日前采访了…": the
            # story's first line, right under its byline, falls short of the
            # column by an indent and ends a sentence; the line under it
            # fills the column, so it opens no paragraph: the page indents,
            # even where too few paragraphs show it
            return True
        if blank:
            return False
        if _quoted_subheading(b, after):
            # "…飞入寻常百姓家。" / "“这些可都是看得见摸得着的幸福”": running
            # text rarely starts a sentence at a line's start and closes its
            # quotation at the line's end unmarked
            return False
        if a.text[-1] in "”」』" and _ATTRIBUTION_RE.match(b.text) is not None:
            return True  # "…热乎饭。”" / "李大姐说。": who said it, in the same paragraph
        if not _is_full(a) or b_kind is not None or _caption_ahead(b, after, beyond):
            return False
        if _bracket_credit_wraps(b, after):
            return False  # "…的55%。" / "（通讯员 陈小龙 记" / "者 黄 山）": the sign-off
        if _wider_than_column(b):
            # "　　会议还研究了其他事项。" / "我国成功发射遥感四十五号卫星": a
            # heading's words wider than the column are no line of it, but a
            # headline across columns
            return False
        if _subheading_wraps(b, after, beyond) or _headline_over_byline(b, ahead):
            return False
        if is_speaker_turn(b.text):
            return False  # "记者：…" / "刘建国：…": the next turn of an interview
        if marked_subheading(b.text):
            return False  # "…时代要求。" / "一、坚守中华文化": a numbered or bulleted item
        if blank_mode and not indent_mode:
            return True  # the page marks paragraphs by blank lines; none here
        if indent_mode and not hidden_indent:
            # the page indents its paragraphs and this line is not, so it
            # goes on, unless it would close the paragraph without a mark,
            # an indented line under it: then it is a heading ("…作出决策。"
            # / "日本10月CPI同比上涨2.9%" / "　　据日本总务省…")
            return not (
                after is not None
                and after.indented
                and not b.blank_after
                and _heading_text(unnumbered(b.text))
                and _balanced(b.text)
            )
        if hidden_indent:
            # a full next line continues, and so does a paragraph's short
            # last line, which ends a sentence; a short line that does not is
            # a headline ("…助洁等服务。" / "让“小网格”撬动“大治")
            return not _indent_shortfall(b) and (_is_full(b) or ends_sentence(b.text))
        if not indent_mode and a.width >= a.column - 0.25 - _ascii_slack(
            a.text
        ) - _unbreakable_lead(b.text):
            # No paragraph cue on the page: a sentence that ends right at the
            # column edge more often goes on than ends its paragraph, if the
            # next line reads as running text: full, or the paragraph's last
            # line with more text after it (not a headline fragment, not the
            # first of several one-line captions).
            if _is_full(b):
                return not _dropped_indent(b, after) and not _opens_speech(b, ahead)
            return ends_sentence(b.text) and (after is None or not _is_short(after))
        return False
    if _wrapped_heading(group) and not blank and b_kind is None:
        # a headline wrapped onto a short last line; the body follows (but
        # "图①" / "：孵化器内的创客空" is one line, which runs on into the end
        # of its sentence, "间。", as a second run reads it)
        return _one_line(group) and ends_sentence(b.text)
    if (
        _wrapped_heading(group)
        and b_kind == "heading"
        and (blank or _headline_part_ends(group, b, after))
    ):
        return False  # a wrapped kicker ("来自循化重点隔离管控" / "区"); the title follows
    if (
        indent_mode
        and b.indented
        and not a.indented
        and not blank
        and balance == 0
        and (
            a.width <= a.column - 1.5  # as short as an indented line, or shorter
            # "…第545次飞行。" / "前10个月全国铁路完成固定资产投资6500亿元" /
            # "    记者从…": a line as wide as the column under a sentence's
            # end, unindented, is no paragraph's first line either
            or a.after_sentence
        )
        and _heading_text(unnumbered(a.text))  # "一、深刻把握…"
        and (len(group) == 1 or kind == "heading")  # (a paragraph's cut end runs on)
    ):
        # "相关部门回复" / "    市城管局有关": on a page that keeps its
        # indentation, a short line without a mark over an indented one is a
        # heading (a paragraph's first line would be indented itself)
        return False
    if a.text[-1] in "：:；;" and (first in _BULLETS or _ENUMERATOR_RE.match(b.text) is not None):
        # "…测试了以下项目：" / "（1）推进系统性能；" / "（2）操纵性能；": the
        # items of a list, each on a line of its own, numbered or behind a
        # bullet ("…招聘以下人员：" / "●软件工程师 3名 …")
        return False
    if (
        b.text.startswith("——")
        and balance == 0
        and a.text[-1] not in "，、,；;：:"
        and (
            # "极致”" | "——记全国劳动模范、…": a subtitle set apart under a
            # short line, as its dash alone on a line opens one (see above);
            # so a second run reads the first run's blocks
            (blank and not _is_full(a))
            # "“把每一件" / "小事做到" / "极致”" | "——记全国劳动": a subtitle's
            # dash opening the line under a headline's short lines (running
            # text that breaks before a dash fills the line above), in a
            # column's text, not one paragraph a line
            or (
                not blank
                and any(line.column > 0 for line in group)
                and not any(_is_full(line) for line in group)
            )
        )
    ):
        return False
    if (
        hidden_indent
        and a.after_sentence
        and not blank
        and b_kind is None
        and _heading_text(a.text)
        and not _has_clause_punct(a.text)
        and _indent_shortfall(b)
        and not ends_sentence(b.text)
        and after is not None
        and _is_full(after)
        and not _word_across(a.text, b.text)
    ):
        # "…提高5.9个百分点。" / "就业物价总体平稳" / "前三季度，全国城": on a page
        # that drops its indents, the line under a paragraph's end falls an
        # indent short, so it opens a paragraph; the line without a mark
        # between them is a subheading as wide as a narrow column
        return False
    if (
        len(b.text) <= _BARE_NAME  # most lines: longer than a name
        and len(group) == 1
        and balance == 0
        and after is not None
        and not _is_short(after)
        and _heading_text(a.text)
        and is_person_name(b.text)
    ):
        # "以高质量发展推动共同富裕" / "张建华" / "共同富裕是社会主义的本质要": a
        # headline as wide as a narrow column, then its author's bare name
        # over the body; running text does not break a line after a name
        return False
    if (
        (ends_sentence(a.text) or a.text[-1] in "）)”」』" or opens_entry(group[0].text))
        and _is_short(b)
        and is_section_label(b.text)
    ):
        # "20:30 电视剧：山海情（15、16）" / "教育" / "我市公布…": a section's
        # name, short and without a mark, closes no paragraph; it heads the
        # next (inside a sentence, "…组织" / "■链接" / "机关单位…", it is a
        # box's label that an extractor dropped there, and the sentence goes on)
        return False
    # `a` ends mid-sentence: the paragraph goes on, across blank lines too,
    # unless the next line is a heading standing on its own.
    if b.box_break and balance == 0 and not _is_full(a) and a.text[-1] not in "，、,；;":
        # "“典”亮自贸未来" | "龙华区开展民法典": a short line closing a box
        # of several lines (a headline), the next box another
        return False
    if blank and _capital_start(b.text) and _latin_line(a.text) and _latin_line(b.text):
        return False  # English text: a blank line then a capital starts a new block
    if b_kind == "heading" and blank and b.blank_after and first in _DASHES:
        return False  # a subtitle ("——记…") standing alone
    if (
        b_kind == "heading"
        and blank
        and b.blank_after
        and not _is_full(a)
        and _standalone_kind(b, after) == "heading"  # not "…建成于20" / "03年…"
    ):
        return a.text[-1] in "，、,；;" or _line_quotes(a) > 0
    return True


_CONTINUED_ENTRY_END = frozenset("，、,；;：:（(“‘《—-")
_SPEECH_END_RE = LazyPattern('[。！？!?…，,][”"]')
_MAX_SPEECH_LINES = 6  # lines a quotation opening a paragraph is read through


def _opens_speech(b: _Line, ahead: list[_Line]) -> bool:
    """``b`` opens a quotation of speech: a sentence or more in quotes
    ("“以前批改作业要花两三个小时，…完成统计。”数学老师刘颖说"), as
    paragraphs often open; not a quoted term ("“流动办公桌”开展以来")."""
    if b.text[0] not in '“"':
        return False
    text = "".join(line.text for line in [b, *ahead[: _MAX_SPEECH_LINES - 1]])
    end = _SPEECH_END_RE.search(text, 2)
    return end is not None and not any(mark in text[1 : end.start()] for mark in '”"')


def _subheading_wraps(b: _Line, after: _Line | None, beyond: _Line | None) -> bool:
    """``b`` opens a subheading wrapped onto a short remnant, the body going
    on below it in the same column ("…支部。" / "创新党建模式 筑牢战斗" /
    "堡垒" / "华苑社区建成于2003年11月，"): running text never leaves a
    line short without a mark, except at its paragraph's end."""
    return (
        after is not None
        and beyond is not None
        and not b.blank_after
        and not after.blank_after
        and _heading_text(b.text)
        and not _number_breaks(b.text, after.text)
        and _is_short(after)
        and _standalone_kind(after) == "heading"
        and (_is_full(beyond) or ends_sentence(beyond.text))
    )


def _headline_over_byline(b: _Line, ahead: list[_Line]) -> bool:
    """``b`` opens a headline wrapped over several lines, a byline below it
    ("…保贷款15户798万元。" / "海口各区开展全国防灾" / "减灾日主题宣传活动" /
    "“安全课堂”椰城" / "开课" / "本报记者 陈丽园…"): lines without a mark
    that stop short of the column one after another are no paragraph's."""
    if b.blank_after or not _heading_text(b.text):
        return False
    for count, line in enumerate(ahead, start=1):
        kind = _standalone_kind(line)
        if kind == "byline":
            return count >= 3  # b and at least two heading lines
        if kind != "heading" or line.blank_after:
            return False
    return False


_DATELINE_BRACKET_RE = LazyPattern(rf"(?:{DATELINE})\s*[（(][^（()）]*[)）]", traditional=True)
# An office or title that a name follows ("——访市商务局局长" / "张立新").
_TITLE_END_RE = LazyPattern(
    "(?:长|主任|书记|主席|经理|委员|代表|教授|专家|负责人|研究员|工程师|医生|教师|老师|记者|模范)$"
)
_CLAUSE_BREAK_RE = LazyPattern("[ ，、]+")
_HAN_CLAUSE_RE = LazyPattern("[\u4e00-\u9fff“”‘’《》「」]+")


_BULLET_MARKS = "".join(_BULLETS)


def _clause_text(text: str) -> str:
    """A heading's text as its clauses read: without its bullet, ideographic
    spaces as spaces."""
    return text.lstrip(_BULLET_MARKS).replace("\u3000", " ")


def _han_count(text: str) -> int:
    return sum(1 for char in text if _han_char(char))


_OPENER_PAD_RE = LazyPattern("(?<=[“‘「『]) +")
_CLOSER_PAD_RE = LazyPattern("(?<=[”’」』]) (?! )")


def _unfinished_heading(text: str, padded: bool = False) -> bool:
    """A heading line broken off early in its second clause ("■坚持问题导向，破",
    "◆聚焦主业 做强", "突出党建引领 让"): a clause much shorter than the
    first is only the start of one.  Read as the spaces step will leave it
    (a second run reads that): no space after an opening quote, nor after a
    closing one where the page pads quotes (``padded``: "“ 法” 护幸福之城 “ 典”"
    is "“法”护幸福之城 “典”")."""
    text = _OPENER_PAD_RE.sub("", _clause_text(text))
    if padded:
        text = _CLOSER_PAD_RE.sub("", text)
    clauses = _CLAUSE_BREAK_RE.split(text)
    return (
        len(clauses) == 2  # a couplet's second clause begun, as headings have
        and all(_HAN_CLAUSE_RE.fullmatch(clause) for clause in clauses)
        and _han_count(clauses[-1]) <= _han_count(clauses[0]) - 2
    )


def _boxed_sentence(lines: list[_Line]) -> bool:
    """Lines that fill their column exactly, no mark in them, then a shorter
    one ending a sentence: one sentence wrapped at the column's edge."""
    *full, last = lines
    return (
        all(
            line.column > 0
            and line.column - 0.5 <= line.width <= line.column + 0.5
            and not _has_clause_punct(line.text)
            and _han_char(line.text[-1])
            for line in full
        )
        and not marked_subheading(full[0].text)
        and last.width <= last.column * 0.85
        and ends_sentence(last.text)
        and _balanced(last.text)
    )


_MIN_COUPLET_CLAUSE = 4  # characters: a clause of a couplet headline


def _balanced_couplet(text: str) -> bool:
    """Two clauses of four or more characters, one as long as the other
    ("奋进新征程 建功新时代"), not a line spread by justification ("聚焦民生
    实事 提升")."""
    clauses = _clause_text(text).split()
    return (
        len(clauses) == 2
        and min(len(clause) for clause in clauses) >= _MIN_COUPLET_CLAUSE
        and abs(len(clauses[0]) - len(clauses[1])) <= 1
    )


def _complete_couplet(text: str) -> bool:
    """A heading of clauses parted by spaces whose last clause is as long
    as its first ("◆聚焦主业 做强实体"): nothing of it wrapped onto the next
    line, as in "◆坚持问题导向 破解" / "发展难题"."""
    if text[:1] in _DASHES:
        return False  # a subtitle ("——“ 九章三号” 求解特定"), its spaces the extractor's
    clauses = _clause_text(text).split()
    return (
        len(clauses) >= 2
        and min(len(clause) for clause in clauses) >= 2
        and len(clauses[-1]) >= len(clauses[0]) - 1
    )


def _capital_start(text: str) -> bool:
    """Starts with a Latin capital, maybe behind an opening quote ('"Our…')."""
    first = text.lstrip("\"'“‘(")[:1]
    return first.isascii() and first.isupper()


def _word_across(above: str, below: str) -> bool:
    """Does the break between two lines split a word of jieba's dictionary
    ("…今年以" / "来…": 以来), one side left without a word of its own at the
    break ("…召开会议" / "会议…" keep theirs: two phrases)?  The dictionary
    is read only when such a break is in question."""
    return breaks_word(above, below, _in_jieba)


def _in_jieba(word: str) -> bool:
    from .punctuation import jieba_words

    return word in jieba_words()


def _in_table(line: _Line, following: _Line | None) -> bool:
    """A table's row, or its header row above the first row of figures."""
    return line.table or (
        following is not None
        and following.table
        and could_head_table(line.text)
        and is_table_row(following.text)
    )


_LATIN_RUN_RE = LazyPattern(r"[0-9A-Za-z.,%]+")


def _ascii_slack(text: str) -> float:
    """How far a full line with digits or Latin letters may measure short:
    they are set half width, but justification spreads them unevenly
    ("其中国家级平台3个。" is full in a column of ten)."""
    return 0.5 if _LATIN_RUN_RE.search(text) is not None else 0.0


def _unbreakable_lead(text: str) -> float:
    """How much wider than one character the next line's first unit is: a
    number or Latin word ("2023年…") moves whole to the next line, so the
    line above may end that much short of the column and still be full."""
    run = _LATIN_RUN_RE.match(text)
    return max(0.0, (run.end() * 0.5 - 1.0)) if run is not None else 0.0


def _furniture_line(line: _Line) -> bool:
    """A line that is all page furniture: short (a wrapped body line is full)
    or a row of several pieces ("西海都市报   2022年4月7日 星期四   第6版")."""
    if line.furniture is None:
        text = line.text
        line.furniture = (
            len(text) - text.count(" ") <= _MAX_FURNITURE
            and (_is_short(line) or len(text.split()) > 1)
            and is_furniture(text)
        )
    return line.furniture


def _closes_first(text: str) -> bool:
    """The first bracket or quotation mark in ``text`` closes one opened earlier."""
    for char in text[:_MAX_BYLINE_CHARS]:
        if char in _CLOSERS:
            return True
        if char in _OPENERS or char in _SENTENCE_END:
            return False
    return False


# The end of a line that breaks an e-mail or web address ("投稿邮箱：zhenggao@e").
_ADDRESS_TAIL_RE = LazyPattern(r"(?:[A-Za-z0-9._+-]+@|https?://|www\.)[A-Za-z0-9._/?=&%+-]*$")
# a Latin word's start set right after Chinese text, at the line's end
_WORD_IN_HAN_RE = LazyPattern(r"[\u3000-\u9fff\uff00-\uffef][A-Za-z]+$")
_NUMBER_IN_HAN_RE = LazyPattern(r"[\u3000-\u9fff\uff00-\uffef][0-9.]*[0-9]$")
_LATIN_LEFT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:!?%)\"'")
_LATIN_RIGHT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz(\"'")


def _list_item_cut(text: str) -> bool:
    """A headline line that ends inside the last word of its list: the words
    a "、" sets apart are as long as each other, and the last is shorter
    ("夜游、夜市、夜" / "购多点开花")."""
    if "、" not in text:
        return False
    *items, last = text.split("、")
    return bool(items) and all(items) and 0 < len(last) < min(len(item) for item in items)


def _join_gap(a: str, b: str) -> str:
    """What goes between two joined lines: nothing, or one space where Latin
    text breaks between words ("new" / "measures", "May 12," / "new",
    "measures." / "They"); a number broken across lines ("20" / "03年")
    and Chinese text join without one."""
    left, right = a[-1], b[0]
    if left in _LATIN_LEFT and (right in _LATIN_RIGHT or (left.isalpha() and right.isdigit())):
        if _ADDRESS_TAIL_RE.search(a) is not None and right.isascii() and right.isalnum():
            return ""  # "…：zhenggao@e" / "xample.com": an address has no spaces
        if right.islower() and _WORD_IN_HAN_RE.search(a) is not None:
            return ""  # "…护士节，c" / "df中免…": a Latin word set in Chinese text, broken
        if left.isdigit() and right.isalpha() and _NUMBER_IN_HAN_RE.search(a) is not None:
            # "…支持Wi-Fi 7和5" / "G-A网络", "采用3" / "nm工艺": a number set
            # in Chinese text and the letters after it are one token ("5G",
            # "3nm"), which print does not break at a space
            return ""
        return " "
    if (
        ("0" <= right <= "9" or _han_char(right))
        and left in DATELINE_ENDS
        and _DATELINE_RE.fullmatch(a) is not None
    ):
        return " "  # a dateline on a line of its own: "本报讯" / "近日，…"
    return ""


def line_groups(text: str) -> list[LineGroup]:
    """Cut a page into blocks with layout features.

    >>> [g.kind for g in line_groups("突出党建引领\\n让功能更“贴心”\\n\\n今年以来，社区严格落实。")]
    ['heading', 'paragraph']
    """
    return rejoin_with_groups(text)[1]


def _hyphen_join(prev: str, line: str) -> bool:
    return (
        len(prev) >= 2
        and prev[-1] == "-"
        and prev[-2].isascii()
        and prev[-2].isalpha()
        and line[0].isascii()
        and line[0].islower()
    )


def rejoin_lines_explained(text: str) -> Fixed:
    """:func:`rejoin_lines` with its edits (category ``lines``).

    >>> [(e.old, e.new) for e in rejoin_lines_explained("在基础设施建设方面,社区党委\\n也成绩卓著。").edits]
    [('\\n', '')]
    """
    return rejoin_with_groups(text)[0]


def rejoin_with_groups(text: str) -> tuple[Fixed, list[LineGroup]]:
    """:func:`rejoin_lines_explained` and the :class:`LineGroup` of each output block.

    >>> fixed, groups = rejoin_with_groups("本报记者 刘春霞 文/图\\n\\n社区党委\\n也成绩卓著。")
    >>> fixed.text.split("\\n\\n") == [g.text for g in groups]
    True
    """
    lines = _scan(text)
    _estimate_columns(lines)
    _drop_uninformative_blanks(lines)
    pieces: list[str] = []
    edits: list[Edit] = []
    groups: list[LineGroup] = []
    cursor = 0
    for index, (group, kind) in enumerate(_group(lines, pads_quotes(text))):
        first = group[0]
        _emit(text, cursor, first.start, "\n\n" if index else "", pieces, edits)
        block = [first.text]
        spaced = kind in _SPACED_KINDS
        widest = max(_set_width(line) for line in group)
        open_quote = 0
        all_wrapped = True
        for number, (prev, line) in enumerate(pairwise(group), start=1):
            gap_start = prev.end
            # a headline part wrapped at the edge of its own (wider-set)
            # column; two lines of about equal width are a couplet's clauses
            # (unless the first already holds a clause break: "文艺演出进基层
            # 党的" / "二十大精神入民心"); a space the extractor left at the
            # line end is a clause break ("坚持人民至上 " / "发展成果惠及民")
            wide = _set_width(prev)
            open_quote += _line_quotes(prev, open_quote > 0)
            wrapped = (
                kind == "heading"
                and text[prev.end : prev.end + 1] not in (" ", "\u3000")
                # or one it left at the next line's start ("出“ 你选书" / " 我买单”")
                and text[line.start - 2 : line.start] != "\n "
                and (
                    # a quotation open across the break: inside a phrase
                    open_quote > 0
                    or (
                        wide >= widest - 1.5
                        and (
                            number < len(group) - 1
                            # lines wrapped at one measure above: the last
                            # is full by chance ("我市开展" / "冬季消防" / "安全演练")
                            or (number > 1 and all_wrapped)
                            or _set_width(line)
                            < wide - (0.75 if len(group) > 2 or " " in prev.text else 1.5)
                        )
                    )
                )
            )
            all_wrapped = all_wrapped and wrapped
            if _split_name(prev.text, line.text) or (
                kind in ("byline", "credit")
                and (
                    text[gap_start : line.start].strip("\n") in (" ", "\u3000")
                    or _next_role(prev.text, line.text)
                    # "本报记者 苏弼坤" / "摄": what a padded byline's name did
                    or (" " in prev.text and _ROLE_TAIL_RE.fullmatch(line.text) is not None)
                )
            ):
                # "本报记者 王" / "明 摄": the padding of "王 明"; "…陈创森" /
                # " 萧海山": the space between two names, kept at the break;
                # "…实习生 李想" / "通讯员 越宣": the next contributor's role
                gap = " "
            elif spaced and not (
                _is_full(prev)
                or wrapped
                or _only_dashes(prev.text)
                or prev.text in _BULLETS
                or len(line.text) <= 2
                or breaks_word(prev.text, line.text)  # "市人大常委会召" / "开第十五次会议"
                or _list_item_cut(prev.text)  # "夜游、夜市、夜" / "购多点开花"
                # "守护万家灯火" / "的“电力铁军”": a particle opens no clause
                or (line.text[0] == "的" and not line.text.startswith(_DE_WORDS))
            ):
                gap = " "  # a headline's lines break between phrases, not inside words
            elif _hyphen_join(prev.text, line.text):
                gap, gap_start = "", prev.end - 1  # a line-break hyphen goes
                block[-1] = block[-1][:-1]
            else:
                gap = _join_gap(prev.text, line.text)
            if text[gap_start : line.start] != gap:
                edits.append(Edit(STEP, "lines", gap_start, text[gap_start : line.start], gap))
            block.append(gap)
            block.append(line.text)
        joined = "".join(block)
        pieces.append(joined)
        groups.append(
            LineGroup(
                text=joined,
                lines=tuple(line.text for line in group),
                kind="verse" if first.verse else kind or "paragraph",
                width=max(line.width for line in group),
                column=max(line.column for line in group),
                ends_sentence=ends_sentence(joined),
                indented=first.indented,
                blank_before=first.blank_before,
                blank_after=group[-1].blank_after,
                start=first.start,
                end=group[-1].end,
                gap_before=first.gap_before,
            )
        )
        cursor = group[-1].end
    _emit(text, cursor, len(text), "", pieces, edits)
    return Fixed("".join(pieces), tuple(edits)), groups


# A contributor's role that opens a byline's next line ("通讯员 越宣"), and
# the start of a role a line may end with, wrapped before its last word.
_ROLE_START_RE = LazyPattern(
    r"(?:本报|本刊|新华社|中新社|记者|通讯员|实习生|见习记者|特约|摄影|撰稿|编辑)", traditional=True
)
_ROLE_HEAD_RE = LazyPattern(
    r"(?:本报|本刊|特约|见习|首席|媒体|实习|新华社|中新社)$", traditional=True
)


_BROKEN_ROLES = ("通讯员", "实习生", "特约记者", "见习记者", "摄影记者")


def _role_across(above: str, below: str) -> bool:
    """A role broken at the line end, its rest opening the next line
    ("本报记者 马 骏 通" / "讯员 杨 帆")."""
    return any(
        above.endswith(role[:cut]) and below.startswith(role[cut:])
        for role in _BROKEN_ROLES
        for cut in range(1, len(role))
    )


def _next_role(above: str, below: str) -> bool:
    """A byline's line ends with a name and the next opens another role."""
    return (
        _ROLE_START_RE.match(below) is not None
        and _han_char(above[-1])
        and _ROLE_HEAD_RE.search(above) is None
    )


def _emit(text: str, start: int, end: int, new: str, pieces: list[str], edits: list[Edit]) -> None:
    old = text[start:end]
    pieces.append(new)
    if old != new:
        edits.append(Edit(STEP, "lines", start, old, new))


def rejoin_lines(text: str) -> str:
    """Join lines broken by the column layout; one block per line, blank line between.

    >>> rejoin_lines("社区居民刘佳乐说：“现在和10\\n年前完全不一样啦。”")
    '社区居民刘佳乐说：“现在和10年前完全不一样啦。”'
    """
    return rejoin_lines_explained(text).text

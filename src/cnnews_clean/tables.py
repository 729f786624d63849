"""Table rows, lists and fields: a page's boxes, one printed row per line.

"地区生产总值（亿元） 5432.1 5.6": extractors give a table's rows as lines
whose cells are apart by spaces.  The line step never joins a row to its
neighbours, and the space step keeps one space between its cells; a
header row above the first row of figures ("指标 绝对值 同比增长（%）") is
the table's text too.
"""

from __future__ import annotations

from .chars import is_han
from .patterns import LazyPattern

__all__ = [
    "could_head_table",
    "is_field_of_cells",
    "is_field_row",
    "is_list_row",
    "is_table_row",
    "opens_with_field",
]

# A figure cell: "5432.1", "-3.2", "12%", "1,890", "—", also with its unit
# ("2356亿元", "812万吨", "36.5万人次", a standings table's "9分") or with
# the change it gives ("增长6.2%", "同比下降1.5%").
_FIGURE_RE = LazyPattern(
    r"(?:(?:同比|环比)?(?:增长|下降|上升|减少|提高|回落|增加))?"
    r"[-+−]?(?:\d[\d,.]*(?:%|‰|[万亿千百]?(?:元|美元|吨|人|户|个|家|辆|件|次|人次|亩|斤|"
    r"公斤|千克|公里|千米|米|平方米|千瓦时|度|项|所|台|套|座|艘|架|只|头|株|册|张|"
    r"分|枚|场|票|倍|岁|秒))?|—|-)"
)
_DECIMAL_GAP_RE = LazyPattern(r"(?<=\d)\. (?=\d)")
_SENTENCE_MARKS = "。！？；!?;"  # either width: the punctuation step may convert them
_ROW_MARKS = _SENTENCE_MARKS + "，、“”‘’\"'"  # running text's: a row of cells has none
_FIELD_LABEL = r"[\u4e00-\u9fff]{2,6}[：:]"  # a field's label: "时间：", "联系人："
# Two or more fields a space apart: "时间：11月25日 地点：市民游客中心".
_FIELD_ROW_RE = LazyPattern(rf"{_FIELD_LABEL} ?\S+(?:\s+{_FIELD_LABEL} ?\S+)+")
_MIN_CELLS = 3
_MIN_ITEMS = 4  # a list's row has four items or more
_SCORE_RE = LazyPattern(r"\d{1,3}[∶:比]\d{1,3}")  # a match's score: "3∶1", "25:18"
# A byline's roles: its names are a byline's ("本报记者 陈丽园 陈歆卓 李欣 陈晓洁").
_BYLINE_ROLE_RE = LazyPattern("记者|通讯|实习生|编辑|摄影|作者", traditional=True)


def is_table_row(text: str) -> bool:
    """At least three cells, two or more of them figures, and no sentence.

    >>> is_table_row("地区生产总值（亿元） 5432.1 5.6"), is_table_row("本报记者 王 明")
    (True, False)
    >>> is_table_row("地区生产总值 2356亿元 5.8%"), is_table_row("地区生产总值 1865.3亿元 增长6.2%")
    (True, True)

    >>> is_table_row("本 报 5 月 1 2 日 讯")
    False
    >>> is_table_row("85. 3万辆，环比分别增长4. 4%和0. 6%，同比分别增长12. 8")
    False
    """
    if any(mark in text for mark in _SENTENCE_MARKS) or "，" in text:
        return False  # a sentence, or clauses: running text
    # "12. 8": an extractor's space after a decimal point splits no cell
    cells = _DECIMAL_GAP_RE.sub(".", text).split()
    if len(cells) < _MIN_CELLS:
        return False
    if sum(1 for cell in cells if len(cell) == 1) * 2 > len(cells):
        return False  # letter-spaced text ("本 报 5 月 1 2 日 讯"), not cells
    figures = 0
    for cell in cells:
        if _FIGURE_RE.fullmatch(cell) is not None:
            figures += 1
            if figures >= 2:
                return True
    return False


def could_head_table(text: str) -> bool:
    """Three or more cells: a table's header row, when a row of figures
    follows it.

    >>> could_head_table("指标 绝对值 同比增长（%）"), could_head_table("党建引领 聚合力")
    (True, False)
    """
    return len(text.split()) >= _MIN_CELLS


def _is_item(cell: str) -> bool:
    """A list's item: a name or a short phrase, Chinese only ("张建国家庭",
    "阿依古丽·买买提"), a Han character and one to nine more or "·".  (A
    plain check: a Han class costs a regular expression milliseconds to
    compile, which every run of ``clean`` would pay.)"""
    return (
        2 <= len(cell) <= 10
        and is_han(cell[0])
        and all(char == "·" or is_han(char) for char in cell[1:])
    )


def is_list_row(text: str) -> bool:
    """Four or more short items of Chinese a space apart and no mark: a row
    of a printed list of names ("拟表彰名单", "获奖名单"), whose spaces part
    the items.

    >>> is_list_row("张建国家庭 李秀英家庭 王德明家庭 陈丽华家庭")
    True
    >>> is_list_row("党建引领聚合力 服务群众暖民心"), is_list_row("本 报 讯 记 者")
    (False, False)
    >>> is_list_row("特约记者 陈创森 萧海山 王聘钊 通讯")
    False

    A match's result is such a row too: a team, the score, a team
    ("上海海港 3∶1 山东泰山", a results box).

    >>> is_list_row("上海海港 3∶1 山东泰山"), is_list_row("中国女排 3∶0 完胜日本队。")
    (True, False)
    """
    if text.count(" ") < 2:
        return False
    cells = text.split()
    if len(cells) == 3 and _SCORE_RE.fullmatch(cells[1]) is not None:
        return _is_item(cells[0]) and _is_item(cells[2])
    return (
        len(cells) >= _MIN_ITEMS
        and all(_is_item(cell) for cell in cells)
        and _BYLINE_ROLE_RE.search(text) is None
    )


# A field's label opening its line, a value after it: "气温：22℃～28℃".
_FIELD_RE = LazyPattern(rf"{_FIELD_LABEL}(?=\S)")


def opens_with_field(text: str) -> bool:
    """A field's short label, a colon and its value: a line of a box of
    fields ("气温：22℃～28℃", "联系人：王女士"), or of an interview.

    >>> opens_with_field("气温：22℃～28℃"), opens_with_field("据介绍，今年以来：")
    (True, False)
    """
    head = text[2:7]  # where a label's colon can be: asked first, as a Han
    # class costs milliseconds to compile, which most runs need not pay
    return ("：" in head or ":" in head) and _FIELD_RE.match(text) is not None


def is_field_of_cells(text: str) -> bool:
    """A field whose value is cells a space apart, a figure among them: a
    line of a weather box ("今天：多云 18℃～25℃ 东北风3级").  Cells of one
    character or of digits alone are an extractor's spacing ("2023 年 11
    月"), and marks are running text's.

    >>> is_field_of_cells("今天：多云 18℃～25℃ 东北风3级")
    True
    >>> is_field_of_cells("时间：2023 年 11 月 25 日"), is_field_of_cells("记者：今年 我们 走访了3个村。")
    (False, False)
    """
    if text.count(" ") < 2 or any(mark in text for mark in _ROW_MARKS):
        return False
    cells = text.split()
    return (
        len(cells) >= _MIN_CELLS
        and all(len(cell) > 1 and not cell.isdigit() for cell in cells)
        and any("0" <= char <= "9" for char in text)
        and opens_with_field(text)
    )


def is_field_row(text: str) -> bool:
    """Two or more fields a space apart, each a label, a colon and its value:
    a row of a box of fields, whose spaces part the fields.

    >>> is_field_row("时间：11月25日  地点：市民游客中心"), is_field_row("时间：11月25日")
    (True, False)
    """
    colons = text.count("：") + text.count(":")  # one a field: asked first
    return colons >= 2 and _FIELD_ROW_RE.fullmatch(text) is not None

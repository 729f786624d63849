"""Page furniture printed inside a sentence.

A reading-order extractor sorts a page's pieces by position, so a date
line, an editors' line or a jump line that prints between two columns may
come out between the last line of one column and the first line of the
next, in the middle of a sentence::

    抓落实是一切
    工作的落脚点。再

    2022年6月16日 星期五

    好的蓝图，如果不

:func:`move_furniture_out` reads such a line after the end of the
paragraph it interrupted, so that the line step joins the sentence again.
The furniture moves only when the text on both sides reads as one
sentence: a word broken across it ("居民生" / "活息息相关", 生活), or a
clause that goes on (a line ending "，" or "、" above a line of running
text, a line opening with a closing mark below).  The page splitter files
the furniture under ``other`` as before; nothing is dropped (edits of
category ``order``, as in :mod:`~cnnews_clean.columns`).
"""

from __future__ import annotations

from .datelines import DATELINE_RE
from .edits import Edit, Fixed, line_starts
from .furniture import is_furniture
from .lines import ends_sentence, printed_width
from .patterns import LazyPattern
from .words import breaks_word

__all__ = ["move_furniture_out"]

STEP = "reorder_columns"

_MAX_FURNITURE = 40  # characters: a furniture line, not running text
_MIN_BROKEN = 6  # characters: the line broken off above is running text
_CONTINUES = frozenset(
    "，。、；：？！…）)》〉】」』”’,;:"
)  # a line the renderer broke before its mark
_CLAUSE_RE = LazyPattern("[，、；。！？]")
# What every furniture line holds: a page (版, 页), a date (年, 星期, 农历), an
# editor (编, 校, 组, 制, 审, 值), a source (源), a paper (报), a jump (转, 接,
# 续), a bare page number or Latin letters.
_FURNITURE_MARK_RE = LazyPattern("[版页年期历编校组制审值源报转接续0-9A-Za-z]")
_SPACED_RE = LazyPattern("[\u4e00-\u9fff] +[\u4e00-\u9fff]")
_NO_SENTENCE = frozenset("■□◆◇●○★☆▲△▼▽—―图圖（(【")  # a bullet, a dash, a caption, a bracket


def _furniture(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and len(text) <= _MAX_FURNITURE
        and _CLAUSE_RE.search(text) is None  # running text's marks: no furniture has them
        and _FURNITURE_MARK_RE.search(text) is not None
        and is_furniture(text)
    )


def _goes_on(above: str, below: str) -> bool:
    """Does ``below`` go on with the sentence ``above`` broke off?"""
    if len(above) < _MIN_BROKEN or ends_sentence(above) or above[-1] in "：:":
        return False
    if _SPACED_RE.search(above) is not None:
        return False  # "本报记者 王 明", "党建引领聚合力 服务…": a byline's or headline's spaces
    if below[0] in _NO_SENTENCE or DATELINE_RE.match(below) is not None:
        return False
    if printed_width(below) > printed_width(above) + 3 and not ends_sentence(below):
        return False  # wider than the line above and its indent: a byline, another piece
    if below[0] in _CONTINUES:
        return True
    if above[-1] in "，、；" and _CLAUSE_RE.search(below) is not None:
        return True  # a clause goes on into running text
    return breaks_word(above, below)


def _paragraph_end(
    lines: list[str], furniture: list[bool], first: int, widest: float
) -> int | None:
    """The last line of the paragraph that line ``first`` goes on: a line
    that ends a sentence before a blank line, an indented line or the end
    of the text, or that ends one short of the lines above it (``widest``:
    the width of the line broken off above the furniture).  A blank line
    or furniture (``furniture``: which lines are) ends the search, so no
    line is read twice."""
    for k in range(first, len(lines)):
        text = lines[k].strip()
        if not text or furniture[k]:
            return k - 1 if k > first else None
        width = printed_width(text)
        if ends_sentence(text):
            following = lines[k + 1] if k + 1 < len(lines) else ""
            if (
                not following.strip()
                or following[:1] in (" ", "\u3000", "\u00a0")
                or width < widest - 1.5
            ):
                return k
        widest = max(widest, width)
    return len(lines) - 1  # the text ends


def move_furniture_out(text: str) -> Fixed:
    """Move furniture that interrupts a sentence after the paragraph's end.

    >>> page = "宣讲围绕民法典中与居民生\\n\\n2022年6月16日 星期五\\n\\n活息息相关的条文。\\n下一段。"
    >>> move_furniture_out(page).text
    '宣讲围绕民法典中与居民生\\n活息息相关的条文。\\n\\n2022年6月16日 星期五\\n\\n下一段。'
    """
    if "\n" not in text:
        return Fixed(text)
    lines = text.split("\n")
    furniture = [_furniture(line) for line in lines]
    if not any(furniture):
        return Fixed(text)
    starts = line_starts(lines)
    edits: list[Edit] = []
    new_lines: list[str] = []
    index = 0
    above: int | None = None  # the last line of text, not furniture
    while index < len(lines):
        if above is None or not furniture[index]:
            if lines[index].strip():
                above = index
            new_lines.append(lines[index])
            index += 1
            continue
        below = index
        while below < len(lines) and (not lines[below].strip() or furniture[below]):
            below += 1
        end = None
        if below < len(lines) and _goes_on(lines[above].strip(), lines[below].strip()):
            end = _paragraph_end(lines, furniture, below, printed_width(lines[above].strip()))
        if end is None:
            new_lines.extend(lines[index:below])
            index = below
            continue
        # the furniture (and the blank lines about it) after the paragraph
        moved = [*lines[below : end + 1], *lines[above + 1 : below]]
        del new_lines[len(new_lines) - (index - above - 1) :]
        new_lines.extend(moved)
        start, stop = starts[above + 1], starts[end] + len(lines[end])
        edits.append(Edit(STEP, "order", start, text[start:stop], "\n".join(moved)))
        above, index = end, end + 1
    if not edits:
        return Fixed(text)
    return Fixed("\n".join(new_lines), tuple(edits))

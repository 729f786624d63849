"""Lift headlines set vertically out of side-by-side exports.

A headline set vertically (one character under another) beside a column of
running text prints, in a side-by-side export (``pdftotext -layout``), one
character at a time beside the column's lines, and read line by line its
characters land inside the column's sentences::

    砥   今年以来，我市坚持稳中求进工作总基调
         ，经济运行总体平稳、稳中有进。前三季
    砺   度，全市地区生产总值同比增长5.6%

:func:`lift_vertical_headlines` takes such characters out of the lines they
print on and sets them, a character a line, before the block of lines
(up to the blank line above) they print beside, where
:func:`~cnnews_clean.lines.rejoin_lines` reads them as one headline.  A
character is part of such a headline when it stands alone, three or more
spaces from any text on its line, and at least two more stand at the same
position a few lines apart with nothing else printed there between them,
beside running text.
"""

from __future__ import annotations

from .edits import Edit, Fixed, apply_edits, line_starts
from .patterns import LazyPattern

__all__ = ["lift_vertical_headlines"]

STEP = "reorder_columns"

# A Han character with three or more spaces (or the line's end) on each side.
_LONE_RE = LazyPattern(r"(?:^ *|(?<=   ))([\u4e00-\u9fff])(?=   |$)")
_CLAUSE_RE = LazyPattern("[，。、；：！？]")
_MIN_CHARACTERS = 3  # a headline's characters, at the least
_MAX_STEP = 3  # lines from one character of the headline to the next, at most
_MAX_LINE = 400  # longer lines are running text, never a row of columns


def _lone_characters(lines: list[str]) -> dict[int, list[int]]:
    """Line numbers of the lone characters at each character position."""
    found: dict[int, list[int]] = {}
    for number, line in enumerate(lines):
        if len(line) > _MAX_LINE:
            continue
        for match in _LONE_RE.finditer(line):
            found.setdefault(match.start(1), []).append(number)
    return found


def _clear_at(line: str, position: int) -> bool:
    """Nothing printed on ``line`` within a character of ``position``."""
    return not line[max(0, position - 1) : position + 2].strip()


def _strips(lines: list[str]) -> list[tuple[int, list[int]]]:
    """The vertical headlines: (position, line numbers of their characters)."""
    strips: list[tuple[int, list[int]]] = []
    for position, numbers in sorted(_lone_characters(lines).items()):
        run: list[int] = []
        for number in [*numbers, len(lines) + _MAX_STEP + 1]:
            if run and (
                number - run[-1] > _MAX_STEP
                or not all(_clear_at(lines[k], position) for k in range(run[-1] + 1, number))
            ):
                if len(run) >= _MIN_CHARACTERS and _beside_running_text(lines, position, run):
                    strips.append((position, run))
                run = []
            run.append(number)
    return strips


def _beside_running_text(lines: list[str], position: int, run: list[int]) -> bool:
    """Two or more of the lines beside the characters hold clause punctuation
    (a table's short cells do not)."""
    beside = [lines[k][:position] + lines[k][position + 1 :] for k in run]
    return sum(1 for text in beside if _CLAUSE_RE.search(text)) >= 2


def _block_start(lines: list[str], number: int) -> int:
    """The first line of the block (lines up to a blank one) holding ``number``."""
    while number > 0 and lines[number - 1].strip():
        number -= 1
    return number


def lift_vertical_headlines(text: str) -> Fixed:
    """Set the characters of a headline printed vertically beside a column
    (side by side) on lines of their own before the block beside them.

    >>> page = "砥   今年以来，我市坚持稳中求进，\\n    经济运行总体平稳。\\n砺   前三季度，\\n奋   全市生产总值增长，\\n进   高于全省平均。"
    >>> print(lift_vertical_headlines(page).text)
    砥
    砺
    奋
    进
    <BLANKLINE>
        今年以来，我市坚持稳中求进，
        经济运行总体平稳。
        前三季度，
        全市生产总值增长，
        高于全省平均。
    """
    if "   " not in text:
        return Fixed(text)
    lines = text.split("\n")
    strips = _strips(lines)
    if not strips:
        return Fixed(text)
    edits: list[Edit] = []
    taken = -1  # lines up to this one belong to a strip already lifted
    starts = line_starts(lines)
    for position, run in sorted(strips, key=lambda strip: strip[1][0]):
        first = _block_start(lines, run[0])
        if first <= taken:
            continue  # two headlines beside one block: the first is lifted
        last = run[-1]
        lifted = set(run)
        body = [
            (line[:position] + " " + line[position + 1 :]).rstrip() if k in lifted else line
            for k, line in zip(range(first, last + 1), lines[first : last + 1], strict=True)
        ]
        heading = [lines[k][position] for k in run]
        old = "\n".join(lines[first : last + 1])
        new = "\n".join([*heading, "", *body])
        edits.append(Edit(STEP, "order", starts[first], old, new))
        taken = last
    return Fixed(apply_edits(text, edits), tuple(edits))

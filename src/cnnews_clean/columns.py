"""Put side-by-side columns back into reading order.

Side-by-side exports (``pdftotext -layout``) print the lines of neighbouring
columns on one text line, separated by runs of spaces, so that each column's
text is cut into every other line::

    社区治理有温度 居              党建引领聚合力 服
    民幸福看得见                 务群众暖民心

:func:`reorder_columns` finds the gutters (character positions that almost no
line prints on, with text on both sides on many lines) and writes each
column's pieces one after the other, column by column, keeping each piece's
indentation inside its column.  A line that prints across a gutter (a
headline over several columns) stays whole and ends the current band of
columns, and so does a row of page furniture (masthead, date line, page
number).  A column of a band that still prints two columns side by side
(their gutter is no gutter of the whole page, because lines elsewhere cross
it) is split in turn.  Columns printed line by line in turn (pdfminer.six's
one-line boxes) are read one after the other by
:func:`~cnnews_clean.interleave.untangle_lines`.  Text without such a layout
is returned unchanged.

This is the one step that moves text: its edits (category ``order``) hold
exactly the same characters before and after, only in another order.

>>> page = "\\n".join(f"甲栏第{i}行，正文。   乙栏第{i}行，正文。" for i in range(1, 7))
>>> print(reorder_columns(page))
甲栏第1行，正文。
甲栏第2行，正文。
甲栏第3行，正文。
甲栏第4行，正文。
甲栏第5行，正文。
甲栏第6行，正文。
乙栏第1行，正文。
乙栏第2行，正文。
乙栏第3行，正文。
乙栏第4行，正文。
乙栏第5行，正文。
乙栏第6行，正文。
"""

from __future__ import annotations

from .edits import Edit, Fixed, compose, per_printed_page
from .furniture import is_furniture
from .interleave import untangle_lines
from .jumps import move_furniture_out
from .patterns import LazyPattern
from .tails import move_tail_to_end
from .vertical import lift_vertical_headlines

__all__ = ["reorder_columns", "reorder_columns_explained"]

STEP = "reorder_columns"

_GAP_RE = LazyPattern(r"(?<=\S) {3,}(?=\S)")  # three or more spaces between two texts
_SPACES_RE = LazyPattern(" {2,}")
_CLAUSE_RE = LazyPattern("[，。、；：！？,;]")
_SLACK = 4  # how far from a gutter a line may still be cut
_MAX_LINE = 400  # longer lines are running text, never a row of columns
_MIN_ROWS = 6  # lines with text on each side of a gutter, at the least
_FAR_RIGHT = " " * 8  # a line of a right-hand column alone starts this far in


def _gutters(rows: list[str], lopsided: bool = False) -> list[tuple[int, int]]:
    """Gutters as (first, last) character positions, left to right.

    ``lopsided``: a band at the top of a page may set a headline beside a
    column of running text, so one side of running text is enough there
    (the other may hold one line of it: the first line below a byline)."""
    width = max(len(row) for row in rows)
    cover = [0] * (width + 1)
    for row in rows:
        for index, char in enumerate(row):
            if char != " ":
                cover[index] += 1
    tolerance = max(2, len(rows) // 20)  # a few headlines may print across a gutter
    gutters: list[tuple[int, int]] = []
    start = None
    for index in range(width + 1):
        empty = cover[index] <= tolerance and index < width
        if empty and start is None:
            start = index
        elif not empty and start is not None:
            if index - start >= 2 and start > 0:
                gutters.append((start, index - 1))
            start = None
    # A gutter has many lines of running text on each side of it (a table's
    # short cells without clause punctuation are read row by row, as printed).
    need = max(_MIN_ROWS, len(rows) * 0.15)
    if lopsided:
        # a band is a run of lines that all print apart: one side may have
        # a few lines fewer (a headline's short last line beside the body)
        need = min(need, max(4, len(rows) * 0.6))
    kept = []
    for first, last in gutters:
        left = [row[:first] for row in rows if row[:first].strip()]
        right = [row[last + 1 :] for row in rows if row[last + 1 :].strip()]
        if (
            len(left) >= need
            and len(right) >= need
            and _running(left) >= need / 2
            and _running(right) >= need / 2
        ) or (
            lopsided
            and min(len(left), len(right)) >= 2
            and (
                (len(left) >= need and _running(left) >= need / 2 and _running(right) <= 1)
                or (len(right) >= need and _running(right) >= need / 2 and _running(left) <= 1)
            )
        ):
            kept.append((first, last))
    return kept


def _running(pieces: list[str]) -> int:
    """How many pieces hold clause punctuation, as running text does."""
    return sum(1 for piece in pieces if _CLAUSE_RE.search(piece))


def _cut(line: str, first: int, last: int) -> int | None:
    """Where ``line`` passes from the column before the gutter to the one
    after it, or None when its text runs across (a headline over columns).

    Digits and Latin letters are narrower than their character count says, so
    a line may print a little into the gutter: then it is cut at a run of
    spaces near the gutter."""
    if not line[first : last + 1].strip():
        return last + 1
    if len(line) <= last or line[last - 1 : last + 1] == "  ":
        return last + 1  # the left-hand text only reaches into the gutter
    near = _SPACES_RE.search(line, max(0, first - _SLACK), min(len(line), last + _SLACK + 1))
    if near is not None and line[: near.start()].strip() and line[near.end() :].strip():
        return near.end()
    return None


def _furniture_row(line: str) -> bool:
    """A row of page furniture printed across the columns (masthead, date,
    page number): read as one line, not cut into the columns below it."""
    return len(line.split()) > 1 and is_furniture(line)


_MAX_DEPTH = 3  # columns inside columns: a band may split again, not forever


def _band_text(cells: list[list[str]], depth: int) -> str:
    """A band's columns one after another; a column that still holds columns
    side by side (its own gutter, where the page's columns move between bands
    or a narrow pair shares one wide gutter's side) is reordered in turn."""
    texts = []
    for column in cells:
        text = "\n".join(column)
        if depth < _MAX_DEPTH and len(column) >= _MIN_ROWS:
            text = _reorder_page(text, 0, depth + 1).text
        texts.append(text)
    return "\n".join(text for text in texts if text)


def reorder_columns_explained(text: str) -> Fixed:
    """:func:`reorder_columns` with its edits (category ``order``).

    >>> fixed = reorder_columns_explained("甲栏，正文。   乙栏，正文。\\n" * 8)
    >>> [e.category for e in fixed.edits], fixed.text.split("\\n")[7:9]
    (['order'], ['甲栏，正文。', '乙栏，正文。'])
    """
    lifted = lift_vertical_headlines(text)
    fixed = _side_by_side(lifted.text)
    if not fixed.edits:
        fixed = untangle_lines(lifted.text)  # columns printed line by line in turn
    ordered = compose(text, lifted, fixed)
    ordered = compose(text, ordered, move_furniture_out(ordered.text))
    return compose(text, ordered, move_tail_to_end(ordered.text))


def _side_by_side(text: str) -> Fixed:
    if "   " not in text:
        return Fixed(text)
    # Each printed page (form feed between pages) has gutters of its own.
    return per_printed_page(text, _reorder_page)


def _apart(line: str) -> bool:
    return _GAP_RE.search(line) is not None or line.startswith(_FAR_RIGHT)


def _apart_rows(lines: list[str]) -> list[bool]:
    """For each line: a row with text (no running line longer than any row
    of columns) printed apart."""
    return [bool(line.strip()) and len(line) <= _MAX_LINE and _apart(line) for line in lines]


def _apart_run_end(lines: list[str], index: int) -> int:
    """Where the run of consecutive lines printed apart from ``index`` ends."""
    stop = index
    while stop < len(lines) and lines[stop].strip() and _apart(lines[stop]):
        stop += 1
    return stop


def _loose_run_end(lines: list[str], index: int) -> tuple[int, bool]:
    """Where a run of lines printed apart ends, when a short column beside
    them leaves a few lines of the other column alone between them (a
    headline and a caption beside the top of a column): the run goes on
    while the next line printed apart is at most three lines on, and over
    one blank row followed by a line printed apart.  Also whether it is a
    band: lines printed apart at least every other line."""
    stop = index
    apart = 0
    while stop < len(lines):
        if not lines[stop].strip():
            # one blank row where both columns part paragraphs at once
            if stop == index or stop + 1 >= len(lines) or not _apart(lines[stop + 1]):
                break
            stop += 1
            continue
        if _apart(lines[stop]):
            apart += 1
            stop += 1
            continue
        ahead = lines[stop + 1 : stop + 4]
        nearest = next(
            (k for k, line in enumerate(ahead) if not line.strip() or _apart(line)), None
        )
        if nearest is None or not ahead[nearest].strip():
            break
        stop += 1
    return stop, 2 * apart >= stop - index


def _band_run(lines: list[str], index: int, strict_until: int) -> tuple[int, bool, int]:
    """The run of lines printed apart from ``index``: where it ends, whether
    it is a band (at least six lines, printed apart every other line or
    more), and up to where only strict runs are looked for, so that a loose
    run that is no band is passed over once (linear time)."""
    stop = _apart_run_end(lines, index)
    if stop > index and index >= strict_until:
        loose, dense = _loose_run_end(lines, index)
        if dense and loose - index >= _MIN_ROWS:
            return loose, True, strict_until
        strict_until = loose
    return stop, stop - index >= _MIN_ROWS, strict_until


def _reorder_bands(text: str, base: int) -> Fixed:
    """Reorder each run of consecutive lines printed side by side (a headline
    beside the top of a column, on a page otherwise printed column by column)."""
    lines = text.split("\n")
    pieces: list[str] = []
    edits: list[Edit] = []
    offset = 0
    index = 0
    strict_until = 0  # inside a loose run that is no band, only strict runs count
    while index < len(lines):
        stop, banded, strict_until = _band_run(lines, index, strict_until)
        stop = max(stop, index + 1)
        aside = _aside_band(lines, index, stop) if banded else None
        if aside is not None:
            stop = aside[0]  # the left-hand column below the band comes along
        chunk = "\n".join(lines[index:stop])
        if aside is not None:
            pieces.append(aside[1])
            edits.append(Edit(STEP, "order", base + offset, chunk, aside[1]))
        elif banded:
            fixed = _reorder_page(chunk, base + offset, 1, band=True)
            pieces.append(fixed.text)
            edits.extend(fixed.edits)
        else:
            pieces.append(chunk)
        offset += len(chunk) + 1
        index = stop
        if index < len(lines):
            pieces.append("\n")
    if not edits:
        return Fixed(text)
    return Fixed("".join(pieces), tuple(edits))


def _aside_band(lines: list[str], index: int, stop: int) -> tuple[int, str] | None:
    """A band of two columns at ``index:stop`` whose right-hand column ends
    in it while the left-hand one goes on below (the end of another piece
    beside a headline and the top of a column): the left-hand column is read
    to its end, then the right-hand one, as column order does.  Returns where
    the left-hand column ends and the lines in reading order, or None."""
    split = _split_at_gutter(lines[index:stop], lopsided=True)
    if split is None:
        return None
    last, left, right = split
    end = stop
    while end < len(lines) and (
        not lines[end].strip()
        or (
            len(lines[end].rstrip()) <= last
            and not _apart(lines[end])
            and not is_furniture(lines[end].strip())
        )
    ):
        end += 1
    while end > stop and not lines[end - 1].strip():
        end -= 1  # blank lines after the column stay after it
    if end == stop:
        return None  # nothing below: the band is read as it stands
    return end, "\n".join([*left, *lines[stop:end], *right])


def _split_at_gutter(
    run: list[str], lopsided: bool = False
) -> tuple[int, list[str], list[str]] | None:
    """``run`` cut at its one gutter: where the gutter ends, and the pieces
    with text left and right of it, top to bottom (a blank row stays a blank
    line between pieces on each side); None when the run has no single
    gutter or a line prints across it."""
    gutters = _gutters([line for line in run if line.strip()], lopsided)
    if len(gutters) != 1:
        return None
    first, last = gutters[0]
    cuts = [_cut(line, first, last) for line in run]
    if None in cuts:
        return None
    left: list[str] = []
    right: list[str] = []
    for line, cut in zip(run, cuts, strict=True):
        for side, piece in ((left, line[:cut]), (right, line[cut:])):
            if piece.strip() or (not line.strip() and side and side[-1]):
                side.append(piece.rstrip())  # a blank row parts both sides
    return last, _strip_blanks(left), _strip_blanks(right)


def _strip_blanks(pieces: list[str]) -> list[str]:
    """``pieces`` without the blank lines at their end (removed in place)."""
    while pieces and not pieces[-1].strip():
        pieces.pop()
    return pieces


def _move_asides(text: str, base: int) -> Fixed:
    """Inside a column: a run of lines beside which a short column prints
    (the end of another piece, too short for a gutter down the whole
    column) keeps the column's text in place and reads the short column
    after the column's end, as column order does."""
    lines = text.split("\n")
    kept: list[str] = []
    moved: list[str] = []
    index = 0
    strict_until = 0
    while index < len(lines):
        stop, banded, strict_until = _band_run(lines, index, strict_until)
        split = _split_at_gutter(lines[index:stop]) if banded else None
        if split is None:
            if banded:  # no gutter down a loose run: its strict runs may have one
                strict_until, stop = stop, _apart_run_end(lines, index)
            kept.extend(lines[index : max(stop, index + 1)])
            index = max(stop, index + 1)
            continue
        kept.extend(split[1])
        moved.extend(split[2])
        index = stop
    if not moved:
        return Fixed(text)
    new = "\n".join([*kept, *moved])
    return Fixed(new, (Edit(STEP, "order", base, text, new),))


_NEAR = 8  # lines above and below a short aside that show the column's width


def _move_short_asides(text: str, base: int, apart: list[bool]) -> Fixed:
    """A page of one column with a few lines (fewer than a band) that print
    a piece of another column beside it, right of the column's edge (a
    caption and its credit, a credit, a headline's lines): the column's text
    is kept in place and the pieces are read after it, at the page's end, as
    column order does, instead of being glued into the column's sentences.
    ``apart``: which of the page's lines print apart (see :func:`_apart_rows`)."""
    lines = text.split("\n")
    kept: list[str] = []
    moved: list[str] = []
    for index, line in enumerate(lines):
        piece = _aside_piece(lines, apart, index) if apart[index] else None
        if piece is None:
            kept.append(line)
            continue
        if line[:piece].strip():
            kept.append(line[:piece].rstrip())
        moved.append(line[piece:].strip())  # (a line of the piece alone goes whole)
    if not moved:
        return Fixed(text)
    lines_kept = len(kept)
    trailing = lines_kept - len(_strip_blanks(kept))  # blank lines closing the page
    new = "\n".join([*kept, "", *moved, *[""] * trailing])
    return Fixed(new, (Edit(STEP, "order", base, text, new),))


def _aside_piece(lines: list[str], apart: list[bool], index: int) -> int | None:
    """Where the piece beside the column starts on line ``index``: one run
    of spaces parts the column's text from a piece that starts right of
    where the neighbouring lines of the column end; None otherwise."""
    line = lines[index]
    gaps = list(_GAP_RE.finditer(line))
    alone = not gaps and line.startswith(_FAR_RIGHT)  # the piece's line, nothing beside it
    if not alone and (len(gaps) != 1 or _furniture_row(line)):
        return None
    near = [
        len(lines[k].rstrip())
        for k in range(max(0, index - _NEAR), min(len(lines), index + _NEAR + 1))
        if not apart[k] and lines[k].strip() and len(lines[k]) <= _MAX_LINE
    ]
    if len(near) < 2:
        return None
    edge = max(near)
    if alone:
        left = start = len(line) - len(line.lstrip(" "))
    else:
        left, start = gaps[0].start(), gaps[0].end()
    if (left > edge + 1 and not alone) or start < edge + 2:
        return None  # the text on the left is no line of the column
    return start


def _reorder_page(text: str, base: int, depth: int = 0, band: bool = False) -> Fixed:
    """Reorder one printed page; edit positions are shifted by ``base``."""
    lines = text.split("\n")
    rows = [line for line in lines if line.strip() and len(line) <= _MAX_LINE]
    # Side by side, many lines hold two texts apart or start far to the right.
    flags = _apart_rows(lines)
    apart = sum(flags)
    if apart < _MIN_ROWS and not band:
        return _move_short_asides(text, base, flags) if depth == 0 and apart else Fixed(text)
    if depth == 0 and apart < 0.2 * len(rows):
        # side by side only in places: each band of such lines on its own
        # (inside a column, one band side by side is enough: the gutter
        # test below still asks for running text)
        return _reorder_bands(text, base)
    gutters = _gutters(rows, lopsided=band)
    if not gutters:
        return Fixed(text) if depth == 0 else _move_asides(text, base)
    edits: list[Edit] = []
    pieces: list[str] = []
    band_start = 0  # offset of the current band in text
    offset = 0
    cells: list[list[str]] = [[] for _ in range(len(gutters) + 1)]

    def flush(end: int) -> None:
        old = text[band_start:end]
        new = _band_text(cells, depth)
        if any(cells) and new != old:
            edits.append(Edit(STEP, "order", base + band_start, old, new))
            pieces.append(new)
        else:
            pieces.append(old)
        for column in cells:
            column.clear()

    for number, line in enumerate(lines):
        end = offset + len(line)
        cuts = [_cut(line, first, last) for first, last in gutters]
        if len(line) > _MAX_LINE or None in cuts or _furniture_row(line):
            if offset > band_start:  # the band above ends before this line's newline
                flush(offset - 1)
                pieces.append("\n")
            pieces.append(line)
            if number < len(lines) - 1:
                pieces.append("\n")
            band_start = end + 1
        else:
            lefts = [0, *(cut for cut in cuts if cut is not None)]
            rights = [*lefts[1:], len(line)]
            for column, (left, right) in enumerate(zip(lefts, rights, strict=True)):
                piece = line[left:right].rstrip()
                if piece.strip():
                    cells[column].append(piece)
        offset = end + 1
    if band_start <= len(text):
        flush(len(text))
    if not edits:
        return Fixed(text)
    return Fixed("".join(pieces), tuple(edits))


def reorder_columns(text: str) -> str:
    """Undo side-by-side column extraction; other text passes unchanged.

    >>> reorder_columns("今年以来，社区坚持党建引领。")
    '今年以来，社区坚持党建引领。'
    """
    return reorder_columns_explained(text).text

"""Untangle two or three columns that an extractor printed line by line in turn.

pdfminer.six, with its default layout analysis, often makes every line of
narrow justified Chinese columns a text box of its own and sorts the boxes
by height, so two neighbouring columns come out one line each in turn, a
blank line after each::

    当晨曦洒向大街小巷，他们        (left column)
    本报讯为贯彻落实好2022年        (right column)
    已在奔走忙碌；当邻里间出        (left)
    以“抓消防安全保高质量发        (right)

pdftotext, on narrow columns, may do the same with boxes of two or three
lines.  :func:`untangle_lines` finds runs of such small boxes of about a
column's width (one-line boxes run only among themselves, unless most boxes
of the run hold several lines), and reads a stretch of a run as two columns
one after the other where the words across the box ends say so: each box
goes on from the one two boxes above it (a two-character word of jieba's
dictionary, or of the page's own lines, spans the break) more often than
from the one right above it; three columns side by side come out the same
way, a box of each in turn.  A Viterbi path over the run's breaks ("next
box", "box after next" or "third box below", a penalty for each change)
decides where the alternation starts and ends; of the columns, the one that
goes on from the box before the stretch comes first.  jieba's dictionary is
read only for a page that has such a run and whose own words already lean
towards alternation.

The lines keep their text, the boxes their lines and the blank lines their
places: only the order of the boxes changes (edits of category ``order``, as in
:mod:`~cnnews_clean.columns`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .edits import Edit, Fixed, line_starts

__all__ = ["untangle_lines"]

STEP = "reorder_columns"

_MIN_RUN = 6  # small boxes in a row before a run is considered
_MAX_BOX = 3  # lines: pdftotext may keep two or three lines of a column together
_MAX_LINE = 40  # characters: wider lines are no narrow column's
_MAX_LINES = 20_000  # a page holds a few hundred lines; more is no page
_SWITCH = 3.0  # Viterbi penalty for passing from one step to another
_STEPS = (1, 2, 3)  # a box goes on 1, 2 or 3 boxes below: one, two or three columns in turn


def _width(line: str) -> int:
    return len(line) - line.count(" ") - line.count("\u3000")


Box = list[int]  # the line indices of one text box: lines between blank lines


def _runs(lines: Sequence[str]) -> list[list[Box]]:
    """Runs of small text boxes (one to three lines between blank lines) of
    about one column's width."""
    runs: list[list[Box]] = []
    current: list[Box] = []

    def close() -> None:
        # one-line boxes (pdfminer's) run only among themselves: a headline
        # or caption of two lines among them ends their run
        multi = sum(1 for box in current if len(box) > 1)
        pieces = [current] if 2 * multi >= len(current) else _split_at_multi(current)
        for piece in pieces:
            if len(piece) >= _MIN_RUN and _column_like([lines[i] for box in piece for i in box]):
                runs.append(list(piece))
        current.clear()

    box: Box = []
    for index, line in enumerate([*lines, ""]):
        if line.strip():
            box.append(index)
            continue
        if not box:
            continue
        if len(box) <= _MAX_BOX and all(_width(lines[i]) <= _MAX_LINE for i in box):
            current.append(box)
        else:
            close()
        box = []
    close()
    return runs


def _split_at_multi(boxes: list[Box]) -> list[list[Box]]:
    """The stretches of one-line boxes between boxes of several lines."""
    pieces: list[list[Box]] = [[]]
    for box in boxes:
        if len(box) == 1:
            pieces[-1].append(box)
        elif pieces[-1]:
            pieces.append([])
    return pieces


def _column_like(texts: list[str]) -> bool:
    widths = sorted(_width(t) for t in texts)
    median = widths[len(widths) // 2]
    return sum(1 for w in widths if w >= 0.8 * median) >= 0.6 * len(widths)


Scorer = Callable[[str, str], int]


def _page_scorer(texts: Sequence[str]) -> Scorer:
    """Does ``b`` go on from ``a``?  Counts the page's own words: the pair
    and the triples across the break printed inside some line."""
    pairs: set[str] = set()
    triples: set[str] = set()
    for text in texts:
        text = text.strip()
        pairs.update(map(str.__add__, text, text[1:]))
        triples.update(text[i : i + 3] for i in range(len(text) - 2))

    def score(a: str, b: str) -> int:
        a, b = a.strip(), b.strip()
        return (a[-1] + b[0] in pairs) + (a[-2:] + b[0] in triples or a[-1] + b[:2] in triples)

    return score


def _with_dictionary(page: Scorer) -> Scorer:
    from .punctuation import jieba_words

    words = jieba_words()

    def score(a: str, b: str) -> int:
        s, t = a.strip(), b.strip()
        found = (s[-1] + t[0] in words) + (s[-2:] + t[0] in words or s[-1] + t[:2] in words)
        return page(a, b) + found

    return score


def _leans_alternate(tails: Sequence[str], heads: Sequence[str], score: Scorer) -> bool:
    """Boxes go on two or three boxes below more often than right below."""
    n = len(heads)
    following = sum(score(tails[i], heads[i + 1]) for i in range(n - 1)) / (n - 1)
    return any(
        sum(score(tails[i], heads[i + step]) for i in range(n - step)) / (n - step) > following
        for step in _STEPS[1:]  # a run has _MIN_RUN boxes, more than any step
    )


def _path(tails: Sequence[str], heads: Sequence[str], score: Scorer) -> list[int]:
    """For each break between the run's boxes: how many boxes below does
    the box go on (1 right below, 2 or 3 when as many columns take turns)?
    A Viterbi path over the steps, a penalty for each change of step."""
    n = len(heads)
    links = n - 1
    never = float("-inf")  # no box that far below: the run ends in order
    gains = [
        [float(score(tails[i], heads[i + step])) if i + step < n else never for i in range(links)]
        for step in _STEPS
    ]
    states = range(len(_STEPS))
    best = [gains[s][0] for s in states]
    came: list[list[int]] = [list(states)]
    for i in range(1, links):
        top = max(states, key=lambda r: (best[r], -r))
        # stay with the step unless changing gains more than it costs (ties stay)
        sources = [s if best[s] >= best[top] - _SWITCH else top for s in states]
        best = [
            best[r] - (0.0 if r == s else _SWITCH) + gains[s][i]
            for s, r in zip(states, sources, strict=True)
        ]
        came.append(sources)
    state = max(states, key=lambda s: (best[s], -s))  # a tie reads the simpler order
    path = [1] * links
    for i in range(links - 1, -1, -1):
        path[i] = _STEPS[state]
        state = came[i][state]
    return path


def _order(
    tails: Sequence[str], heads: Sequence[str], path: Sequence[int], score: Scorer
) -> list[int]:
    """The run's boxes in reading order: each stretch of links to the box
    two (three) below read as its two (three) columns one after another."""
    order = list(range(len(heads)))
    i = 0
    while i < len(path):
        step = path[i]
        if step == 1:
            i += 1
            continue
        j = i
        while j + 1 < len(path) and path[j + 1] == step:
            j += 1
        low, high = i, min(len(heads), j + step + 1)
        columns = [order[low + r : high : step] for r in range(step)]
        if low > 0:
            # the column that goes on from the box before the stretch comes
            # first (the right-hand column's box may have come first)
            lead = max(range(step), key=lambda r: (score(tails[low - 1], heads[columns[r][0]]), -r))
            columns.insert(0, columns.pop(lead))
        order[low:high] = [k for column in columns for k in column]
        i = high
    return order


def _untangled(lines: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The lines in reading order, and the spans of lines (first, last) of
    the runs whose order changed."""
    runs = _runs(lines)
    if not runs or sum(len(box) for run in runs for box in run) > _MAX_LINES:
        return lines, []
    page = _page_scorer([lines[i] for run in runs for box in run for i in box])
    ends = [([lines[box[-1]] for box in run], [lines[box[0]] for box in run]) for run in runs]
    candidates = [
        (run, tails, heads)
        for run, (tails, heads) in zip(runs, ends, strict=True)
        if _leans_alternate(tails, heads, page)
    ]
    if not candidates:
        return lines, []
    score = _with_dictionary(page)
    new_lines = list(lines)
    changed: list[tuple[int, int]] = []
    for run, tails, heads in candidates:
        order = _order(tails, heads, _path(tails, heads, score), score)
        if order == sorted(order):
            continue
        # the boxes move, the blank lines between them keep their places
        span: list[str] = []
        for slot, source in enumerate(order):
            span.extend(lines[i] for i in run[source])
            if slot + 1 < len(run):
                span.extend(lines[run[slot][-1] + 1 : run[slot + 1][0]])
        first, last = run[0][0], run[-1][-1]
        new_lines[first : last + 1] = span
        changed.append((first, last))
    return new_lines, changed


def untangle_lines(text: str) -> Fixed:
    """Read two or three columns printed box by box in turn one after another;
    other text passes unchanged.  A new order is kept only if it is stable
    (read again, it stays as it is), so the step is idempotent.

    >>> untangle_lines("今年以来，社区坚持党建引领。").text
    '今年以来，社区坚持党建引领。'
    """
    if "\n\n" not in text:
        return Fixed(text)
    lines = text.split("\n")
    new_lines, changed = _untangled(lines)
    if not changed or _untangled(new_lines)[1]:
        return Fixed(text)
    starts = line_starts(lines)
    edits: list[Edit] = []
    for first, last in changed:
        start, end = starts[first], starts[last] + len(lines[last])
        new = "\n".join(new_lines[first : last + 1])
        edits.append(Edit(STEP, "order", start, text[start:end], new))
    return Fixed("\n".join(new_lines), tuple(edits))

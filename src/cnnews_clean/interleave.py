"""Untangle two or three columns that an extractor printed line by line in turn.

pdfminer.six, with its default layout analysis, often makes every line of
narrow justified Chinese columns a text box of its own and sorts the boxes
by height, so two neighbouring columns come out one line each in turn, a
blank line after each::

    当晨曦洒向大街小巷，他们        (left column)
    本报讯为贯彻落实好2022年        (right column)
    已在奔走忙碌；当邻里间出        (left)
    以“抓消防安全保高质量发        (right)

:func:`untangle_lines` finds runs of such one-line boxes of about a column's
width, and reads a stretch of a run as two columns one after the other where
the words across the line ends say so: each line goes on from the one two
lines above it (a two-character word of jieba's dictionary, or of the page's
own lines, spans the break) more often than from the one right above it;
three columns side by side come out the same way, a line of each in turn.
A Viterbi path over the run's line breaks ("next line", "line after next"
or "third line below", a penalty for each change) decides where the
alternation starts and ends; of the columns, the one that goes on from the
line before the stretch comes first.  jieba's dictionary is read only for a
page that has such a run and whose own words already lean towards
alternation.

The lines keep their text and the blank lines their places: only the order
of the lines changes (edits of category ``order``, as in
:mod:`~cnnews_clean.columns`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .edits import Edit, Fixed

__all__ = ["untangle_lines"]

STEP = "reorder_columns"

_MIN_RUN = 6  # one-line boxes in a row before a run is considered
_MAX_LINE = 40  # characters: wider lines are no narrow column's
_MAX_LINES = 20_000  # a page holds a few hundred lines; more is no page
_SWITCH = 3.0  # Viterbi penalty for passing from one step to another
_STEPS = (1, 2, 3)  # a line goes on 1, 2 or 3 lines below: one, two or three columns in turn


def _width(line: str) -> int:
    return len(line) - line.count(" ") - line.count("\u3000")


def _runs(lines: Sequence[str]) -> list[list[int]]:
    """Runs of one-line boxes (a non-blank line between blank lines) of
    about one column's width, as line indices."""
    runs: list[list[int]] = []
    current: list[int] = []

    def close() -> None:
        if len(current) >= _MIN_RUN and _column_like([lines[i] for i in current]):
            runs.append(list(current))
        current.clear()

    count = len(lines)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        alone = (index == 0 or not lines[index - 1].strip()) and (
            index == count - 1 or not lines[index + 1].strip()
        )
        if alone and _width(line) <= _MAX_LINE:
            current.append(index)
        else:
            close()
    close()
    return runs


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


def _leans_alternate(texts: Sequence[str], score: Scorer) -> bool:
    """Lines go on two or three lines below more often than right below."""
    n = len(texts)
    following = sum(score(texts[i], texts[i + 1]) for i in range(n - 1)) / (n - 1)
    return any(
        sum(score(texts[i], texts[i + step]) for i in range(n - step)) / (n - step) > following
        for step in _STEPS[1:]  # a run has _MIN_RUN lines, more than any step
    )


def _path(texts: Sequence[str], score: Scorer) -> list[int]:
    """For each line break of the run: how many lines below does the line
    go on (1 right below, 2 or 3 when as many columns take turns)?  A
    Viterbi path over the steps, a penalty for each change of step."""
    n = len(texts)
    links = n - 1
    never = float("-inf")  # no line that far below: the run ends in order
    gains = [
        [float(score(texts[i], texts[i + step])) if i + step < n else never for i in range(links)]
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


def _order(texts: Sequence[str], path: Sequence[int], score: Scorer) -> list[int]:
    """The run's lines in reading order: each stretch of links to the line
    two (three) below read as its two (three) columns one after another."""
    order = list(range(len(texts)))
    i = 0
    while i < len(path):
        step = path[i]
        if step == 1:
            i += 1
            continue
        j = i
        while j + 1 < len(path) and path[j + 1] == step:
            j += 1
        low, high = i, min(len(texts), j + step + 1)
        columns = [order[low + r : high : step] for r in range(step)]
        if low > 0:
            # the column that goes on from the line before the stretch comes
            # first (the right-hand column's line may have come first)
            lead = max(range(step), key=lambda r: (score(texts[low - 1], texts[columns[r][0]]), -r))
            columns.insert(0, columns.pop(lead))
        order[low:high] = [k for column in columns for k in column]
        i = high
    return order


def _untangled(lines: list[str]) -> tuple[list[str], list[list[int]]]:
    """The lines in reading order, and the runs whose order changed."""
    runs = _runs(lines)
    if not runs or sum(len(run) for run in runs) > _MAX_LINES:
        return lines, []
    page = _page_scorer([lines[i] for run in runs for i in run])
    candidates = [run for run in runs if _leans_alternate([lines[i] for i in run], page)]
    if not candidates:
        return lines, []
    score = _with_dictionary(page)
    new_lines = list(lines)
    changed: list[list[int]] = []
    for run in candidates:
        texts = [lines[i] for i in run]
        order = _order(texts, _path(texts, score), score)
        if order != sorted(order):
            for slot, source in zip(run, order, strict=True):
                new_lines[slot] = texts[source]
            changed.append(run)
    return new_lines, changed


def untangle_lines(text: str) -> Fixed:
    """Read two columns printed line by line in turn one after the other;
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
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    edits: list[Edit] = []
    for run in changed:
        start, end = starts[run[0]], starts[run[-1]] + len(lines[run[-1]])
        new = "\n".join(new_lines[run[0] : run[-1] + 1])
        edits.append(Edit(STEP, "order", start, text[start:end], new))
    return Fixed("\n".join(new_lines), tuple(edits))

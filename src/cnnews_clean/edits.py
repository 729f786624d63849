"""Edit records: what a step changed, where, and how to replay it.

Every cleaning step returns a :class:`Fixed` — the cleaned text plus the
:class:`Edit` records that turn the step's input into it.  Edits of one step
are sorted, do not overlap, and their positions index the step's *input*, so
``apply_edits(original, fixed.edits) == fixed.text`` always holds.

>>> fixed = substitute(compile_pattern(r"(?<=[\u4e00-\u9fff]),"), "你好,世界", "demo", "punctuation",
...                    lambda m: "，")
>>> fixed.text
'你好，世界'
>>> fixed.edits
(Edit(step='demo', category='punctuation', pos=2, old=',', new='，'),)
>>> apply_edits("你好,世界", fixed.edits)
'你好，世界'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

__all__ = [
    "Edit",
    "Fixed",
    "apply_edits",
    "compile_pattern",
    "compose",
    "contextual_pass",
    "line_starts",
    "per_printed_page",
    "run_passes",
    "substitute",
]


class Edit(NamedTuple):
    """One change: ``old`` at ``pos`` in the step's input became ``new``.

    Immutable (a named tuple: steps make thousands of these, and a tuple is
    built in a third of the time of a frozen dataclass).

    >>> Edit("fix_punctuation", "punctuation", 2, ",", "，").new
    '，'
    """

    step: str
    category: str
    pos: int
    old: str
    new: str

    @property
    def end(self) -> int:
        """Position just after ``old`` in the step's input."""
        return self.pos + len(self.old)

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "category": self.category,
            "pos": self.pos,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True, slots=True)
class Fixed:
    """A step's result: cleaned ``text`` and the ``edits`` that produced it.

    >>> Fixed("和谐").text
    '和谐'
    """

    text: str
    edits: tuple[Edit, ...] = ()


class MatchLike(Protocol):
    def start(self, group: int = ...) -> int: ...
    def end(self, group: int = ...) -> int: ...
    def group(self, group: int = ...) -> str | Any: ...


class PatternLike(Protocol):
    def finditer(self, string: str) -> Iterable[Any]: ...
    def sub(self, repl: Callable[[Any], str], string: str) -> str: ...


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile with the standard library (fast for literal-first patterns).

    >>> compile_pattern("a+").pattern
    'a+'
    """
    return re.compile(pattern, flags)


Replacer = Callable[[Any], "str | tuple[str, str] | None"]


def substitute(
    pattern: PatternLike, text: str, step: str, category: str, replace: Replacer
) -> Fixed:
    """One regex pass that records an :class:`Edit` for every real change.

    ``replace`` gets the match and returns the replacement, or a pair
    ``(category, replacement)`` to file the edit under another category, or
    ``None`` (or the matched text itself) to leave it alone.

    >>> import re
    >>> substitute(re.compile("。。"), "好。。", "s", "punctuation", lambda m: "。").text
    '好。'
    """
    edits: list[Edit] = []
    record = edits.append

    def one(match: Any) -> str:
        old: str = match.group()
        decided = replace(match)
        if decided is None:
            return old
        if isinstance(decided, tuple):
            edit_category, new = decided
        else:
            edit_category, new = category, decided
        if new != old:
            record(Edit(step, edit_category, match.start(), old, new))
        return new

    fixed = pattern.sub(one, text)
    return Fixed(fixed, tuple(edits)) if edits else Fixed(text)


def contextual_pass(
    pattern: PatternLike,
    decide: Callable[[str, Any], str | tuple[str, str] | None],
    step: str,
    category: str,
    triggers: tuple[str, ...] = (),
) -> Callable[[str], Fixed]:
    """A one-pass function for :func:`run_passes`: ``decide(text, match)`` sees
    the whole text, and the pass runs only when the text holds one of
    ``triggers`` (all texts when there are none).

    >>> import re
    >>> comma = contextual_pass(re.compile(","), lambda t, m: "，", "s", "punctuation", (",",))
    >>> comma("好,的").text, comma("好的").edits
    ('好，的', ())
    """

    def one_pass(text: str) -> Fixed:
        if triggers and not any(trigger in text for trigger in triggers):
            return Fixed(text)
        return substitute(pattern, text, step, category, lambda match: decide(text, match))

    return one_pass


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Replay ``edits`` (sorted, non-overlapping, positions in ``text``).

    Raises ``ValueError`` when an edit does not fit the text it is applied to.

    >>> apply_edits("a,b", [Edit("s", "punctuation", 1, ",", "，")])
    'a，b'
    """
    parts: list[str] = []
    last = 0
    for edit in edits:
        if edit.pos < last or text[edit.pos : edit.end] != edit.old:
            raise ValueError(f"edit does not fit the text: {edit!r}")
        parts.append(text[last : edit.pos])
        parts.append(edit.new)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


def line_starts(lines: Sequence[str]) -> list[int]:
    """Where each of ``lines`` (a text split at "\\n") starts in the text,
    and, last, where a line after them would: the positions of edits that
    move whole lines.

    >>> line_starts("社区\\n\\n居民".split("\\n"))
    [0, 3, 4, 7]
    """
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def per_printed_page(text: str, fix: Callable[[str, int], Fixed]) -> Fixed:
    """Apply ``fix`` (a page's text and its offset in ``text``, giving edits
    that index ``text``) to each printed page alone: the pages a form feed
    parts, each with columns of its own.

    >>> def close(page, at):
    ...     return Fixed(page + "。", (Edit("s", "x", at + len(page), "", "。"),))
    >>> per_printed_page("甲\\f乙", close).text.split("\\f")
    ['甲。', '乙。']
    """
    if "\f" not in text:
        return fix(text, 0)
    pages: list[str] = []
    edits: list[Edit] = []
    offset = 0
    for page in text.split("\f"):
        fixed = fix(page, offset)
        pages.append(fixed.text)
        edits.extend(fixed.edits)
        offset += len(page) + 1
    return Fixed("\f".join(pages), tuple(edits)) if edits else Fixed(text)


def compose(original: str, middle: Fixed, final: Fixed) -> Fixed:
    """Combine two passes into one: edits of ``final`` index ``middle.text``.

    The result's edits index ``original``.  Edits of the two passes that
    touch or overlap are merged into one edit (its ``step``/``category`` are
    those of the later pass).

    >>> a = Fixed("ab", (Edit("s", "x", 1, "X", "b"),))
    >>> b = Fixed("abc", (Edit("s", "y", 2, "", "c"),))
    >>> compose("aX", a, b).edits
    (Edit(step='s', category='y', pos=1, old='X', new='bc'),)
    """
    first = middle.edits
    second = final.edits
    if not second:
        return Fixed(final.text, first)
    if not first:
        return Fixed(final.text, second)
    disjoint = _compose_disjoint(first, second)
    if disjoint is not None:
        return Fixed(final.text, disjoint)
    return Fixed(final.text, _compose_clusters(original, middle.text, first, second))


def _compose_clusters(
    original: str, mid: str, first: Sequence[Edit], second: Sequence[Edit]
) -> tuple[Edit, ...]:
    """:func:`compose`'s general case: edits of both passes whose spans touch
    become one edit."""
    out: list[Edit] = []
    delta_before = 0  # middle - original offset from `first` edits already passed
    for cluster_start, cluster_end, firsts, seconds in _clusters(first, second):
        cluster_delta = sum(len(e.new) - len(e.old) for e in firsts)
        if not seconds:
            out.extend(firsts)
        elif not firsts:
            out.extend(
                Edit(e.step, e.category, e.pos - delta_before, e.old, e.new) for e in seconds
            )
        else:
            o_start = cluster_start - delta_before
            o_end = cluster_end - (delta_before + cluster_delta)
            pieces: list[str] = []
            cursor = cluster_start
            for e in seconds:
                pieces.append(mid[cursor : e.pos])
                pieces.append(e.new)
                cursor = e.pos + len(e.old)
            pieces.append(mid[cursor:cluster_end])
            last = seconds[-1]
            old, new = original[o_start:o_end], "".join(pieces)
            if old != new:
                out.append(Edit(last.step, last.category, o_start, old, new))
        delta_before += cluster_delta
    return tuple(out)


def _compose_disjoint(first: Sequence[Edit], second: Sequence[Edit]) -> tuple[Edit, ...] | None:
    """:func:`compose` when no edit of the second pass touches one of the
    first (the common case): the first pass's edits as they are, the
    second's shifted back to the original text.  ``None`` when some touch."""
    out: list[Edit] = []
    append = out.append
    i, n1 = 0, len(first)
    shift = 0  # middle - original offset of the first-pass edits passed
    for e2 in second:
        s2 = e2.pos
        end2 = s2 + len(e2.old)
        while i < n1:
            e1 = first[i]
            m1 = e1.pos + shift
            if m1 + len(e1.new) < s2:
                append(e1)
                shift += len(e1.new) - len(e1.old)
                i += 1
            elif m1 > end2:
                break
            else:
                return None  # the two passes edit touching spans: merge them
        append(e2 if not shift else Edit(e2.step, e2.category, s2 - shift, e2.old, e2.new))
    out.extend(first[i:])
    return tuple(out)


def _clusters(
    first: Sequence[Edit], second: Sequence[Edit]
) -> Iterable[tuple[int, int, list[Edit], list[Edit]]]:
    """Walk both passes' edits in order of their span in the middle text,
    yielding groups of edits whose spans touch or overlap:
    (start, end, edits of the first pass, edits of the second pass)."""
    i = j = 0
    n1, n2 = len(first), len(second)
    shift = 0  # middle position of first[i] is first[i].pos + shift
    current: tuple[int, int, list[Edit], list[Edit]] | None = None
    while i < n1 or j < n2:
        take_first = False
        if i < n1:
            e1 = first[i]
            s1 = e1.pos + shift
            if j >= n2:
                take_first = True
            else:
                e2 = second[j]
                end1 = s1 + len(e1.new)
                take_first = (s1, end1, 0) <= (e2.pos, e2.pos + len(e2.old), 1)
        if take_first:
            start, end = s1, s1 + len(e1.new)
            shift += len(e1.new) - len(e1.old)
            i += 1
        else:
            e2 = second[j]
            start, end = e2.pos, e2.pos + len(e2.old)
            j += 1
        if current is not None and start <= current[1]:
            current = (current[0], max(current[1], end), current[2], current[3])
        else:
            if current is not None:
                yield current
            current = (start, end, [], [])
        (current[2] if take_first else current[3]).append(e1 if take_first else e2)
    if current is not None:
        yield current


def run_passes(text: str, passes: Iterable[Callable[[str], Fixed]]) -> Fixed:
    """Run several one-pass functions in order, composing their edits.

    >>> import re
    >>> p1 = lambda t: substitute(re.compile(","), t, "s", "punctuation", lambda m: "，")
    >>> p2 = lambda t: substitute(re.compile(" "), t, "s", "spaces", lambda m: "")
    >>> run_passes("好, 的", [p1, p2]).text
    '好，的'
    """
    result = Fixed(text)
    for one_pass in passes:
        step_result = one_pass(result.text)
        if step_result.edits:
            result = compose(text, result, step_result)
    return result


def count_categories(edits: Iterable[Edit]) -> Counter[str]:
    """Number of edits per category.

    >>> count_categories([Edit("s", "spaces", 0, " ", "")])
    Counter({'spaces': 1})
    """
    return Counter(e.category for e in edits)


def removed_characters(edits: Iterable[Edit]) -> Counter[str]:
    """Characters that edits deleted outright (whitespace is layout, not counted).

    >>> removed_characters([Edit("fix_glyphs", "glyphs", 4, "\\U001003d1", "")])
    Counter({'\\U001003d1': 1})
    """
    counts: Counter[str] = Counter()
    for e in edits:
        if e.new == "":
            counts.update(c for c in e.old if not c.isspace())
    return counts

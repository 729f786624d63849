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
from typing import Any, Protocol

__all__ = [
    "Edit",
    "Fixed",
    "apply_edits",
    "compile_pattern",
    "compose",
    "contextual_pass",
    "run_passes",
    "substitute",
]


@dataclass(frozen=True, slots=True)
class Edit:
    """One change: ``old`` at ``pos`` in the step's input became ``new``.

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
    parts: list[str] = []
    edits: list[Edit] = []
    last = 0
    for match in pattern.finditer(text):
        decided = replace(match)
        if decided is None:
            continue
        if isinstance(decided, tuple):
            edit_category, new = decided
        else:
            edit_category, new = category, decided
        start, end = match.start(), match.end()
        old = text[start:end]
        if new == old:
            continue
        parts.append(text[last:start])
        parts.append(new)
        last = end
        edits.append(Edit(step, edit_category, start, old, new))
    if not edits:
        return Fixed(text)
    parts.append(text[last:])
    return Fixed("".join(parts), tuple(edits))


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
    mid = middle.text
    # Regions in middle coordinates: (start, end, is_second, edit)
    regions: list[tuple[int, int, int, Edit]] = []
    shift = 0
    for e in first:
        start = e.pos + shift
        regions.append((start, start + len(e.new), 0, e))
        shift += len(e.new) - len(e.old)
    regions.extend((e.pos, e.end, 1, e) for e in second)
    regions.sort(key=lambda r: (r[0], r[1], r[2]))

    out: list[Edit] = []
    delta_before = 0  # middle - original offset accumulated from `first` edits already passed
    i = 0
    n = len(regions)
    while i < n:
        start, end, _, _ = regions[i]
        j = i + 1
        while j < n and regions[j][0] <= end:
            end = max(end, regions[j][1])
            j += 1
        cluster = regions[i:j]
        firsts = [r[3] for r in cluster if r[2] == 0]
        seconds = [r[3] for r in cluster if r[2] == 1]
        cluster_delta = sum(len(e.new) - len(e.old) for e in firsts)
        if not seconds:
            out.extend(firsts)
        elif not firsts:
            out.extend(
                Edit(e.step, e.category, e.pos - delta_before, e.old, e.new) for e in seconds
            )
        else:
            o_start = start - delta_before
            o_end = end - (delta_before + cluster_delta)
            pieces: list[str] = []
            cursor = start
            for e in seconds:
                pieces.append(mid[cursor : e.pos])
                pieces.append(e.new)
                cursor = e.end
            pieces.append(mid[cursor:end])
            last = seconds[-1]
            old, new = original[o_start:o_end], "".join(pieces)
            if old != new:
                out.append(Edit(last.step, last.category, o_start, old, new))
        delta_before += cluster_delta
        i = j
    return Fixed(final.text, tuple(out))


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

"""Edit recording, replay and composition of passes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnnews_clean.edits import (
    Edit,
    Fixed,
    _compose_clusters,
    apply_edits,
    compose,
    run_passes,
    substitute,
)


def test_substitute_records_only_real_changes() -> None:
    fixed = substitute(re.compile("[,，]"), "甲,乙，丙", "s", "punctuation", lambda m: "，")
    assert fixed.text == "甲，乙，丙"
    assert fixed.edits == (Edit("s", "punctuation", 1, ",", "，"),)


def test_substitute_category_per_match() -> None:
    fixed = substitute(re.compile("x"), "axb", "s", "a", lambda m: ("b", "y"))
    assert fixed.edits[0].category == "b"


def test_apply_edits_rejects_edits_that_do_not_fit() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        apply_edits("abc", [Edit("s", "c", 0, "x", "y")])


def test_compose_merges_touching_edits() -> None:
    first = substitute(re.compile(","), "好, 的", "s", "punctuation", lambda m: "，")
    second = substitute(re.compile(" "), first.text, "s", "spaces", lambda m: "")
    combined = compose("好, 的", first, second)
    assert combined.text == "好，的"
    assert apply_edits("好, 的", combined.edits) == "好，的"


_ALPHABET = "ab ,.x"
_RULES = [
    (re.compile(","), "，"),
    (re.compile(" +"), ""),
    (re.compile(r"\.{2}"), "…"),
    (re.compile("x"), "yy"),
    (re.compile("(?<=a)(?=b)"), "-"),
    (re.compile("b"), ""),
]


@given(
    text=st.text(st.sampled_from(_ALPHABET), max_size=40),
    order=st.permutations(range(len(_RULES))),
)
def test_composed_passes_replay(text: str, order: list[int]) -> None:
    passes = [
        (lambda t, r=_RULES[i]: substitute(r[0], t, "s", "c", lambda m, new=r[1]: new))
        for i in order
    ]
    result = run_passes(text, passes)
    expected = text
    for i in order:
        expected = _RULES[i][0].sub(_RULES[i][1], expected)
    assert result.text == expected
    assert apply_edits(text, result.edits) == expected
    positions = [e.pos for e in result.edits]
    assert positions == sorted(positions)
    assert all(e.old != e.new for e in result.edits)


@given(
    text=st.text(st.sampled_from(_ALPHABET), max_size=40),
    pair=st.permutations(range(len(_RULES))),
)
def test_compose_shortcut_agrees_with_clusters(text: str, pair: list[int]) -> None:
    # compose() skips the cluster walk when no edits of the two passes touch;
    # both ways must give the same edits
    (r1, new1), (r2, new2) = _RULES[pair[0]], _RULES[pair[1]]
    middle = substitute(r1, text, "s", "one", lambda m: new1)
    final = substitute(r2, middle.text, "s", "two", lambda m: new2)
    if middle.edits and final.edits:
        general = _compose_clusters(text, middle.text, middle.edits, final.edits)
        assert compose(text, middle, final).edits == general
        assert apply_edits(text, general) == final.text


def test_fixed_defaults() -> None:
    assert Fixed("x").edits == ()

"""Labelled input/expected cases per step, read from tests/cases/*.toml.

Each case must produce its expected output, its edits must replay to that
output, and cleaning the expected output again must change nothing.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from cnnews_clean import (
    Fixed,
    apply_edits,
    convert_numerals_explained,
    fix_glyphs_explained,
    fix_punctuation_explained,
    fix_spaces_explained,
    fix_traditional_explained,
    normalise_numbers_explained,
    rejoin_lines_explained,
    repair_mojibake_explained,
)

CASES = Path(__file__).parent / "cases"
STEPS: dict[str, Callable[[str], Fixed]] = {
    "repair_mojibake": repair_mojibake_explained,
    "fix_glyphs": fix_glyphs_explained,
    "fix_traditional": fix_traditional_explained,
    "rejoin_lines": rejoin_lines_explained,
    "fix_punctuation": fix_punctuation_explained,
    "fix_spaces": fix_spaces_explained,
    "normalise_numbers": normalise_numbers_explained,
    "convert_numerals": convert_numerals_explained,
}


def _load() -> list[object]:
    params = []
    for name in STEPS:
        data = tomllib.loads((CASES / f"{name}.toml").read_text(encoding="utf-8"))
        for case in data["case"]:
            marks = (
                [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            )
            params.append(
                pytest.param(
                    name,
                    case["input"],
                    case.get("expected", case["input"]),
                    id=f"{name}: {case['label']}",
                    marks=marks,
                )
            )
    return params


@pytest.mark.parametrize(("step", "text", "expected"), _load())
def test_case(step: str, text: str, expected: str) -> None:
    fixed = STEPS[step](text)
    assert fixed.text == expected
    assert apply_edits(text, fixed.edits) == fixed.text
    again = STEPS[step](fixed.text)
    assert again.text == fixed.text
    assert again.edits == ()


def test_every_step_has_a_case_table() -> None:
    from cnnews_clean import STEPS as PIPELINE_STEPS

    assert {step.name for step in PIPELINE_STEPS} == set(STEPS)
    for name in STEPS:
        assert (CASES / f"{name}.toml").is_file()

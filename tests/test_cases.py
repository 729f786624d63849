"""Labelled input/expected cases per step, read from tests/cases/*.toml.

Each case must produce its expected output, its edits must replay to that
output, and cleaning the expected output again must change nothing.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from step_functions import STEP_FUNCTIONS

from cnnews_clean import (
    apply_edits,
)

CASES = Path(__file__).parent / "cases"
STEPS = STEP_FUNCTIONS


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

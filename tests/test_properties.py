"""The promises, as properties: idempotence, replayable edits, lose nothing,
no exception on any string."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from step_functions import STEP_FUNCTIONS
from strategies import cjk_text, column_page

from cnnews_clean import (
    Config,
    apply_edits,
    clean_page,
    clean_text,
    convert_numerals_explained,
    explain,
    rejoin_lines,
    strip_markup,
)
from cnnews_clean.chars import content_skeleton
from cnnews_clean.render import render_text

STEPS = STEP_FUNCTIONS
# Edits that may change the Han/letter/digit content, each by a named rule.
DECLARED = {
    ("fix_traditional", "traditional"),
    ("convert_numerals", "numbers"),
    ("repair_mojibake", "encoding"),
    ("strip_markup", "markup"),
}


def _declared(step: str, old: str, new: str, category: str) -> bool:
    if (step, category) in DECLARED:
        return True
    if (step, category) == ("reorder_columns", "order"):  # moved, every character kept
        return Counter(content_skeleton(old)) == Counter(content_skeleton(new))
    # "一一" used as a dash becomes "——" (fix_punctuation)
    return step == "fix_punctuation" and content_skeleton(old).replace(
        "一一", ""
    ) == content_skeleton(new)


@pytest.mark.parametrize("name", list(STEPS))
@given(text=cjk_text())
@example(text="一&nbsp;...")  # "p;..." and "p；...": the same decision
@example(text="...。。。")  # ellipses made next to one another are one
@example(text="⺠0\n本报记者 王\n明 摄")  # a number opens no byline: joined the same both runs
@example(
    text="08 要闻社 区 党 委 积 极 探 索 创 新 9 6 . 3 5 %8 要闻"
)  # OCR spacing judged the same twice
def test_step_is_idempotent(name: str, text: str) -> None:
    step = STEPS[name]
    once = step(text)
    twice = step(once.text)
    assert twice.text == once.text
    assert twice.edits == ()


@pytest.mark.parametrize("name", list(STEPS))
@given(text=cjk_text())
def test_step_edits_replay(name: str, text: str) -> None:
    fixed = STEPS[name](text)
    assert apply_edits(text, fixed.edits) == fixed.text
    for edit in fixed.edits:
        assert edit.step == name


@pytest.mark.parametrize("name", list(STEPS))
@given(text=cjk_text())
def test_step_loses_nothing(name: str, text: str) -> None:
    fixed = STEPS[name](text)
    for edit in fixed.edits:
        if content_skeleton(edit.old) != content_skeleton(edit.new):
            assert _declared(name, edit.old, edit.new, edit.category), edit


@pytest.mark.parametrize("name", list(STEPS))
@given(text=st.text())
def test_step_accepts_any_string(name: str, text: str) -> None:
    fixed = STEPS[name](text)
    assert isinstance(fixed.text, str)
    assert apply_edits(text, fixed.edits) == fixed.text


@given(text=cjk_text(400))
@example(text="!．")  # the mark before the stop is converted after it is judged
@example(text="⺠．:")  # the mark after the stop, too
@example(text="⺠一一'0")  # "一一" before a quote the same step curls later
@example(text=".本报记者 王\n明 摄CHINA DAILY Friday, November 20, 2026 Page 3!")  # "3!" / "3！"
@example(text=";本报记者 王\n明 摄本报记者 王\n明 摄;")  # a padded name joined only into a byline
@example(
    text="本报记者 王\n明 摄000000000000本报记者 王\n明 摄"
)  # judged on the whole line both runs
@example(text=";本报记者 王\n明 摄'(记者)")  # no byline after ";", nor with a quote to curl
@example(text="■'一\n0;")  # an ASCII quote open at a line end, before and after curling
@example(text="■0一'\n一\n000")  # a quote at a line end turns as it will in the paragraph
@example(text="...&nbsp;…")  # ellipses apart by a space are one
@example(text="一…… ……")
@example(
    text="社 区 党 委 积 极 探 索 创 新 9 6 . 3 5 %CHINA DAILY Friday, November 20, 2026 Page 3"
)
@example(text="气温：22℃～2\n市\n●软件工\n")  # a heading over bullets only over an item
def test_pipeline_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert explain(once) == ()


@given(text=cjk_text(400))
def test_pipeline_loses_nothing(text: str) -> None:
    """The Han/letter/digit sequence survives, in order, but for declared
    changes (side-by-side columns read one after another keep every character
    but not their order: tested below)."""
    config = Config(fix_traditional=False, reorder_columns=False)
    out = clean_text(text, config)
    expected = content_skeleton(strip_markup(text))  # tags' letters: a declared removal
    if "一一" not in text:
        assert content_skeleton(out) == expected
    else:
        assert content_skeleton(out).replace("一一", "") == expected.replace("一一", "")


@given(text=cjk_text(400))
def test_pipeline_keeps_every_character(text: str) -> None:
    """With every default step on, the multiset of Han characters, letters and
    digits survives (declared changes aside)."""
    out = clean_text(text, Config(fix_traditional=False))
    if "一一" not in text:
        assert Counter(content_skeleton(out)) == Counter(content_skeleton(strip_markup(text)))


@given(text=cjk_text(400))
def test_page_loses_nothing(text: str) -> None:
    """Every Han character, letter and digit is somewhere in the Page (the
    splitter reorders: headlines before bodies, labels to `other`)."""
    page = clean_page(text, Config(fix_traditional=False))
    if "一一" not in text:
        source = Counter(content_skeleton(strip_markup(text)))
        assert Counter(content_skeleton(render_text(page))) == source
        as_json = json.dumps(page.to_dict(), ensure_ascii=False)
        assert Counter(content_skeleton(as_json)) >= source
    report = page.report
    assert sum(n for _, n in report.changed) == len(explain(text, Config(fix_traditional=False)))


@given(text=st.text(max_size=300))
def test_pipeline_accepts_any_string(text: str) -> None:
    page = clean_page(text)
    assert clean_text(text) is not None
    assert page.to_dict()["report"] is not None


@given(page=column_page())
def test_rejoin_recovers_wrapped_paragraphs(page: tuple[list[str], str]) -> None:
    """Known paragraphs re-wrapped at a random width with blank lines inside
    sentences come back whole: no Han character lost, duplicated or moved."""
    paragraphs, text = page
    out = rejoin_lines(text)
    # (two short unpunctuated lines may read as a headline, joined with a space)
    assert "".join(out.split("\n\n")).replace(" ", "") == "".join(paragraphs)
    assert content_skeleton(out) == content_skeleton(text)


@given(text=cjk_text(300))
def test_convert_numerals_touches_only_numerals(text: str) -> None:
    """The opt-in step replaces Chinese numerals by digits and nothing else."""
    fixed = convert_numerals_explained(text)
    for edit in fixed.edits:
        assert set(edit.old) <= set("零〇一二两三四五六七八九十百千万亿")
        assert edit.new.rstrip("万亿").isdigit()
    numerals = str.maketrans("", "", "零〇一二两三四五六七八九十百千万亿0123456789")
    assert fixed.text.translate(numerals) == text.translate(numerals)

"""Bare-name bylines told from a headline's wrapped last words."""

from __future__ import annotations

import pytest
from generate_surname_words import surname_words

from cnnews_clean import rejoin_lines
from cnnews_clean.names import _surname_words, is_interviewer_turn, is_person_name


@pytest.mark.parametrize(
    "name", ["刘春霞", "丁宇婷", "段维娜", "苏弼坤", "周慧", "田娜", "高文华", "李 娜", "王  明"]
)
def test_names_from_the_seeds_and_common_forms(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text",
    ["高质量", "林业局", "石头城", "方面", "双胞胎", "合力", "刘春霞说", "王", "刘 春霞", "方 面"],
)
def test_words_and_other_lines_are_not_names(text: str) -> None:
    assert not is_person_name(text)


def test_shipped_list_matches_the_installed_jieba() -> None:
    assert sorted(_surname_words()) == surname_words()


def test_bare_name_under_a_headline_stays_apart() -> None:
    text = (
        "以“热心人”聚基层治理合力\n刘春霞\n在社会治理的“毛细血管”中，“热心人”活跃的身影格外亮\n眼。"
    )
    assert rejoin_lines(text).split("\n\n")[:2] == ["以“热心人”聚基层治理合力", "刘春霞"]


def test_wrapped_headline_end_is_not_a_name() -> None:
    text = (
        "推动党建引领基层治理实现\n高质量\n在社会治理的“毛细血管”中，“热心人”活跃的身影格外亮\n眼。"
    )
    first = rejoin_lines(text).split("\n\n")[0]
    assert first.replace(" ", "") == "推动党建引领基层治理实现高质量"


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("市民王先生问：我家住在龙华区", True),
        ("网友“椰城居民”问：加装电梯的费用", True),
        ("市住房公积金管理局答：可以。", True),
        ("问：今年有哪些新举措？", True),
        ("他问：为什么要这样做？", False),  # a story's question, not a column's
        ("有人问：这样做值得吗？", False),
        ("李强：推动高质量发展", False),  # a quoting headline may open so
    ],
)
def test_a_readers_column_asks_and_answers_in_turns(text: str, turn: bool) -> None:
    assert is_interviewer_turn(text) is turn

"""The shipped common-word list and the word-break test it answers."""

from __future__ import annotations

import pytest
from generate_common_words import common_words

from cnnews_clean.words import _word_list, breaks_word


def test_shipped_list_matches_the_installed_jieba() -> None:
    assert _word_list().splitlines() == common_words()


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("市人大常委会召", "开第十五次会议"),
        ("让科技创新成", "为发展新引擎"),
        ("全市各级各部门要把思", "想和行动"),
        ("口袋公园：家门", "口的方寸之美"),  # 家门 is a word, but 口 would stand alone
        ("本港十月經", "濟數據向好"),  # Traditional: 經濟 is 经济
        ("特區政府推動發", "展創新科技"),  # 發展 is 发展
    ],
)
def test_a_break_inside_a_word(above: str, below: str) -> None:
    assert breaks_word(above, below)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("突出党建引领", "让功能更“贴心”"),  # a couplet's two clauses
        ("文艺演出进基层", "党的二十大精神入民心"),  # 层党: no word
        ("党建引领聚合力", "服务群众暖民心"),  # 合力 ends a word at the break
        ("让“小网格”撬动", "“大治理”"),  # not Han on both sides
        ("建设美丽中国", "家园更宜居"),  # 国家 is a word, but 中国 and 家园 keep theirs
        ("香港經濟穩步", "復甦 零售回暖"),  # Traditional: 步复 is no word
    ],
)
def test_a_break_between_phrases(above: str, below: str) -> None:
    assert not breaks_word(above, below)

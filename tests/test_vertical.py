"""Headlines set vertically, as side-by-side exports print them beside a column.

The pages below are ``pdftotext -layout`` (poppler 22.12) exports of a page
laid out with reportlab: a seven-character headline set one character under
another, left (then right) of a column of running text.
"""

from __future__ import annotations

from collections import Counter

from cnnews_clean import clean_page, clean_text, reorder_columns_explained
from cnnews_clean.chars import content_skeleton
from cnnews_clean.vertical import lift_vertical_headlines

LEFT = (
    "砥   今年以来，我市坚持稳中求进工作总基调\n"
    "    ，经济运行总体平稳、稳中有进。前三季\n"
    "砺   度，全市地区生产总值同比增长5.6%\n"
    "\n"
    "奋   ，高于全省平均水平0.8个百分点。工\n"
    "    业生产稳步回升，规模以上工业增加值增\n"
    "\n"
    "进   长7.2%。消费市场持续回暖，社会消\n"
    "    费品零售总额增长6.8%。今年以来，\n"
    "\n"
    "新   我市坚持稳中求进工作总基调，经济运行\n"
    "    总体平稳、稳中有进。前三季度，全市地\n"
    "\n"
    "征   区生产总值同比增长5.6%，高于全省\n"
    "    平均水平0.8个百分点。工业生产稳步\n"
    "程   回升，规模以上工业增加值增长7.2%\n"
    "    。消费市场持续回暖，社会消费品零售总\n"
    "    额增长6.8%。\n"
)

RIGHT = (
    "今年以来，我市坚持稳中求进工作总基调   砥\n"
    "，经济运行总体平稳、稳中有进。前三季\n"
    "度，全市地区生产总值同比增长5.6%   砺\n"
    "，高于全省平均水平0.8个百分点。工\n"
    "业生产稳步回升，规模以上工业增加值增   奋\n"
    "长7.2%。消费市场持续回暖，社会消\n"
    "费品零售总额增长6.8%。今年以来，\n"
    "                     进\n"
    "我市坚持稳中求进工作总基调，经济运行\n"
    "总体平稳、稳中有进。前三季度，全市地\n"
    "                     新\n"
    "区生产总值同比增长5.6%，高于全省\n"
    "平均水平0.8个百分点。工业生产稳步\n"
    "                     征\n"
    "回升，规模以上工业增加值增长7.2%\n"
    "。消费市场持续回暖，社会消费品零售总\n"
    "                     程\n"
    "额增长6.8%。\n"
)

BODY = (
    "今年以来，我市坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。前三季度，"
    "全市地区生产总值同比增长5.6%，高于全省平均水平0.8个百分点。"
)


def test_a_headline_left_of_the_column_is_lifted_out_of_its_sentences() -> None:
    text = clean_text(LEFT)
    assert text.startswith("砥砺奋进新征程\n\n" + BODY)
    page = clean_page(LEFT)
    assert [article.title for article in page.articles] == ["砥砺奋进新征程"]


def test_a_headline_right_of_the_column_is_lifted_too() -> None:
    assert clean_text(RIGHT).startswith("砥砺奋进新征程\n\n" + BODY)


def test_lifting_moves_characters_and_keeps_every_one() -> None:
    for page in (LEFT, RIGHT):
        fixed = reorder_columns_explained(page)
        assert {edit.category for edit in fixed.edits} == {"order"}
        assert Counter(content_skeleton(fixed.text)) == Counter(content_skeleton(page))
        assert reorder_columns_explained(fixed.text).text == fixed.text


def test_the_headline_goes_before_the_block_it_prints_beside() -> None:
    page = "第一段正文，到此为止。\n\n" + LEFT
    lifted = lift_vertical_headlines(page).text
    assert lifted.startswith("第一段正文，到此为止。\n\n砥\n砺\n奋\n进\n新\n征\n程\n\n    今年以来")


def test_a_table_of_one_character_cells_stays_as_printed() -> None:
    table = "甲   一组   100\n乙   二组   200\n丙   三组   300\n丁   四组   400\n"
    assert lift_vertical_headlines(table).text == table


def test_characters_with_text_between_them_are_no_headline() -> None:
    # the same position holds other text between the lone characters: a
    # column's edge, not a headline beside it
    page = (
        "甲   今年以来，我市坚持稳中求进，\n"
        "乙丙丁，经济运行总体平稳。\n"
        "戊   前三季度，生产总值增长，\n"
        "己   高于全省平均。\n"
    )
    assert lift_vertical_headlines(page).text == page


def test_two_lone_characters_are_too_few() -> None:
    page = (
        "砥   今年以来，我市坚持稳中求进，\n    经济运行总体平稳。\n砺   前三季度，生产总值增长，\n"
    )
    assert lift_vertical_headlines(page).text == page

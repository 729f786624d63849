"""Side-by-side columns (pdftotext -layout) read one after another."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cnnews_clean import Config, apply_edits, clean_page, clean_text, reorder_columns_explained
from cnnews_clean.chars import content_skeleton
from cnnews_clean.evaluation import paragraph_scores

LAYOUTS = Path(__file__).parent / "layouts"

_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)


@st.composite
def column_line(draw: st.DrawFn) -> str:
    """A line of running text as one column holds it: Han with a clause mark."""
    head = draw(st.text(_HAN, min_size=3, max_size=8))
    tail = draw(st.text(_HAN, min_size=0, max_size=6))
    return head + draw(st.sampled_from("，。、；")) + tail


@st.composite
def side_by_side(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """Two columns printed side by side, as pdftotext -layout prints them:
    each row holds a line of either column or both, the right column starting
    at a fixed position."""
    rows = draw(st.integers(min_value=8, max_value=30))
    left = draw(st.lists(column_line(), min_size=rows, max_size=rows))
    right = draw(st.lists(column_line(), min_size=rows, max_size=rows))
    start = max(len(line) for line in left) + draw(st.integers(min_value=3, max_value=8))
    printed: list[str] = []
    i = j = 0
    while i < len(left) or j < len(right):
        kind = draw(st.sampled_from(["both", "both", "left", "right"]))
        if kind in ("both", "left") and i < len(left):
            line = left[i].ljust(start)
            i += 1
        else:
            line = " " * start
        if kind in ("both", "right") and j < len(right):
            line += right[j]
            j += 1
        if line.strip():
            printed.append(line.rstrip())
    return "\n".join(printed), left, right


@given(page=side_by_side())
def test_columns_come_out_one_after_another(page: tuple[str, list[str], list[str]]) -> None:
    text, left, right = page
    fixed = reorder_columns_explained(text)
    assert fixed.text.split("\n") == left + right
    assert apply_edits(text, fixed.edits) == fixed.text
    assert {edit.category for edit in fixed.edits} == {"order"}
    assert Counter(content_skeleton(fixed.text)) == Counter(content_skeleton(text))
    assert reorder_columns_explained(fixed.text).edits == ()


def test_headline_across_columns_stays_whole() -> None:
    rows = [f"左栏第{i}行，正文。".ljust(16) + f"右栏第{i}行，正文。" for i in range(8)]
    headline = "坚持人民至上 发展成果惠及全区各族群众 海南区民生实事见成效"
    text = "\n".join([headline, *rows[:4], headline, *rows[4:]])
    out = reorder_columns_explained(text).text.split("\n")
    assert out[0] == headline and out[9] == headline
    assert out[1:5] == [f"左栏第{i}行，正文。" for i in range(4)]
    assert out[5:9] == [f"右栏第{i}行，正文。" for i in range(4)]


def test_layout_export_gains_paragraphs() -> None:
    """On a generated three-column page as pdftotext -layout gives it, the
    step is what makes the paragraphs recoverable."""
    text = (LAYOUTS / "gen1_3col_none.pdftotext-layout.txt").read_text(encoding="utf-8")
    expected = (LAYOUTS / "gen1_3col_none.expected.txt").read_text(encoding="utf-8")
    paragraphs = expected.strip().split("\n\n")
    on = paragraph_scores(clean_text(text).split("\n\n"), paragraphs).exact_f1
    off = paragraph_scores(
        clean_text(text, Config(reorder_columns=False)).split("\n\n"), paragraphs
    ).exact_f1
    assert on >= 0.8 > 0.2 >= off


def test_check_accepts_the_reordering() -> None:
    text = (LAYOUTS / "gen5_4col_none.pdftotext-layout.txt").read_text(encoding="utf-8")
    page = clean_page(text, check=True)  # raises LossError if a character went missing
    assert page.report.changed and dict(page.report.changed)["order"] >= 1


def test_each_printed_page_has_its_own_gutters() -> None:
    """pdftotext puts a form feed between pages; a page's columns stay on it."""
    one = "\n".join(f"甲栏第{i}行，正文。".ljust(14) + f"乙栏第{i}行，正文。" for i in range(7))
    two = "\n".join(f"丙栏第{i}行，正文。".ljust(20) + f"丁栏第{i}行，正文。" for i in range(7))
    fixed = reorder_columns_explained(one + "\n\f" + two)
    first, second = fixed.text.split("\f")
    assert first.split() == [f"甲栏第{i}行，正文。" for i in range(7)] + [
        f"乙栏第{i}行，正文。" for i in range(7)
    ]
    assert second.split() == [f"丙栏第{i}行，正文。" for i in range(7)] + [
        f"丁栏第{i}行，正文。" for i in range(7)
    ]
    assert apply_edits(one + "\n\f" + two, fixed.edits) == fixed.text


def test_a_column_that_holds_two_columns_lower_down_is_split_in_turn() -> None:
    """Above a headline the right-hand half of the page is one wide column;
    below it, two narrow ones whose gutter the wide lines above cover, so it
    is no gutter of the whole page: the band's right-hand column is split in
    turn (gen11 as pdftotext -layout gives it)."""
    left = [f"甲栏第{i:02d}行，正文。" for i in range(21)]
    wide = [f"乙栏第{i:02d}行，宽栏的正文内容写在这里。" for i in range(10)]
    narrow = [f"丙栏第{i:02d}行，正文。" for i in range(11, 21)]
    right = [f"丁栏第{i:02d}行，正文。" for i in range(11, 21)]
    headline = "坚持人民至上 发展成果惠及全区各族群众 海南区民生实事见成效"
    rows = [f"{left[i]}      {wide[i]}" for i in range(10)]
    rows.append(headline)
    rows += [f"{left[i]}      {narrow[i - 11]}      {right[i - 11]}" for i in range(11, 21)]
    fixed = reorder_columns_explained("\n".join(rows))
    expected = [*left[:10], *wide, headline, *left[11:], *narrow, *right]
    assert fixed.text.split("\n") == expected
    assert apply_edits("\n".join(rows), fixed.edits) == fixed.text


_TITLE = ["让科技创新成为发", "展新引擎", "——记深圳市南山区科技企业", "孵化器"]


def _beside_title(right: list[str]) -> list[str]:
    """Eight lines printed apart: the four title lines on every other row of
    the left-hand side, ``right`` on the right-hand side."""
    rows = []
    for i, text in enumerate(right):
        head = _TITLE[i // 2] if i % 2 else ""
        rows.append(f"{head:<24}{text}")
    return rows


def test_a_headline_beside_the_top_of_a_column_on_a_page_read_column_by_column() -> None:
    """Only the top lines print side by side (a headline to the left of the
    first lines of a column); the rest of the page prints across the band's
    gutter (a wider column below).  That band is read on its own: the
    headline first, then the column's top."""
    column = [f"右栏第{i}行，正文接着写。" for i in range(8)]
    rows = _beside_title(column)
    body = [f"正文第{i:02d}行，一栏接一栏地印出来，这一栏比上面的左栏宽。" for i in range(50)]
    page = "\n".join(rows + body)
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*_TITLE, *column, *body]
    assert apply_edits(page, fixed.edits) == fixed.text
    # a table's band of short cells without clause marks stays as printed
    table = "\n".join(f"{'项目' + str(i):<12}{'数值' + str(i)}" for i in range(8))
    assert reorder_columns_explained("\n".join([table, *body])).text == "\n".join([table, *body])


def test_a_column_ending_beside_a_headline_is_read_after_the_column_below_it() -> None:
    """The top lines print side by side: a headline and the top of a column on
    the left, the end of another piece on the right, which ends there, while
    the left-hand column goes on below.  Column order reads the left-hand
    column to its end, then the right-hand one (other5 as pdftotext -layout
    gives it); blank lines and the page's furniture row after the column stay
    after it."""
    aside = [f"右栏第{i}行，上一篇的结尾。" for i in range(8)]
    rows = _beside_title(aside)
    body = [f"正文第{i:02d}行，接着印。" for i in range(50)]
    foot = ["", "责任编辑：孙丽 校对：李强"]
    page = "\n".join(rows + body + foot)
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*_TITLE, *body, *aside, *foot]
    assert apply_edits(page, fixed.edits) == fixed.text
    # a line below that prints across the gutter ends the left-hand column
    wide = "正文印过了栏间的空白，这一行比左栏宽得多，一直印到右边。"
    page = "\n".join(rows + body[:5] + [wide] + body[5:])
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*_TITLE, *body[:5], *aside, wide, *body[5:]]


def test_a_band_with_lines_of_one_column_alone_between_its_rows() -> None:
    """Beside the top of a column, the end of another piece, a caption, a
    credit and a headline in a larger font print with a line or three of the
    left-hand column alone between them: still one band, the right-hand side
    read after the left-hand column ends (s9802 as pdftotext -layout gives
    it)."""
    left = [f"左栏第{i:02d}行，正文写在这里。" for i in range(60)]
    right = {
        0: "创新工作室已培养驾驶员300多名，",
        1: "其中20多人成长为市级以上先进个人。",
        2: "陈卫东在检查车辆。",
        4: "本报记者 林 静 摄",
        6: "“把每一件小事做",
        10: "到极致”",
        11: "——记全国劳动模范、公交车驾",
        14: "驶员陈卫东",
        15: "本报记者 林 静",
    }
    rows = [f"{text:<28}{right[i]}" if i in right else text for i, text in enumerate(left)]
    page = "\n".join(rows)
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*left, *right.values()]
    assert apply_edits(page, fixed.edits) == fixed.text
    # lines printed apart only now and then are no band: the pieces beside
    # the column are short asides, read after the column's end all the same
    rows = [f"{text:<28}{right[i]}" if i in (0, 4, 10, 14) else text for i, text in enumerate(left)]
    fixed = reorder_columns_explained("\n".join(rows))
    assert fixed.text.split("\n") == [*left, "", *(right[i] for i in (0, 4, 10, 14))]


def test_a_short_column_beside_the_top_of_another_is_read_after_it() -> None:
    """Two long columns, and a third that holds only six lines beside the top
    of the second (the end of another piece): too few rows for a gutter down
    the whole page, so the second column's top band is read on its own
    (w9402 as pdftotext -layout gives it)."""
    left = [f"甲栏第{i:02d}行，正文。" for i in range(50)]
    middle = [f"乙栏第{i:02d}行，正文。" for i in range(50)]
    short = [f"丙栏第{i}行，收尾。" for i in range(6)]
    rows = [
        f"{left[i]}      {middle[i]}" + (f"      {short[i]}" if i < 6 else "") for i in range(50)
    ]
    page = "\n".join(rows)
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*left, *middle, *short]
    assert apply_edits(page, fixed.edits) == fixed.text


def test_a_short_column_with_gaps_beside_the_top_of_another_is_read_after_it() -> None:
    """As above, but the short column's lines print on only some rows (a
    caption and a headline in a larger font leave rows of the column beside
    them alone): the run of rows is still read as one, the short column
    after the column it stands beside (gen14 as pdftotext -layout gives
    it)."""
    left = [f"甲栏第{i:02d}行，正文。" for i in range(60)]
    middle = [f"乙栏第{i:02d}行，正文。" for i in range(60)]
    tail = [f"丙栏第{i}行，收尾。" for i in range(7)]
    short = dict(zip((0, 1, 2, 4, 6, 8, 9), tail, strict=True))
    rows = [
        f"{left[i]}      {middle[i]}" + (f"      {short[i]}" if i in short else "")
        for i in range(60)
    ]
    page = "\n".join(rows)
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*left, *middle, *short.values()]
    assert apply_edits(page, fixed.edits) == fixed.text
    # a line across the gutter in the run: only the strict run below it is
    # split, as before
    wide = "乙栏第01行，这一行印过了栏间的空白，一直印到右边。"
    rows = [
        f"{left[i]}      {middle[i]}" + (f"      {tail[i - 2]}" if 2 <= i < 8 else "")
        for i in range(60)
    ]
    rows[0] += "      丙栏的一行，印在上面。"
    rows[1] = f"{left[1]}      {wide}"
    page = "\n".join(rows)
    lines = reorder_columns_explained(page).text.split("\n")
    assert lines == [*left, rows[0][len(left[0]) + 6 :], wide, *middle[2:], *tail[:6]]


def test_a_band_parted_by_a_blank_row_is_one_band() -> None:
    """Beside a headline, a byline and the top of a column, the end of
    another piece and a caption print on the right; a blank row parts both
    sides at once (the headline from the byline, the piece from the
    caption).  The band goes on over the blank row, and the row stays a
    blank line on each side; the byline side's one line of running text does
    not stop the headline side from being read as a column (beat3 as
    pdftotext -layout gives it)."""
    aside = ["能是辅助教学的工具，", "不能替代教师的育人作", "用。学校在应用新技术"]
    aside += ["的同时，也要注意保护", "学生的个人信息和视力", "健康。"]
    caption = ["图为市民在口袋公园休", "闲娱乐。", "（刘春霞 摄）"]
    title = ["", "守护万家灯火", "的“电力铁军”", "", "——记国网某供电公", "司带电作业班"]
    top = ["本报记者 韩 雪", "清晨六点，天刚蒙蒙亮，", "带电作业班班长孙海涛"]
    rows = [f"{head:<16}{text}" for head, text in zip(title, aside, strict=True)]
    rows += ["", *(f"{head:<16}{text}" for head, text in zip(top, caption, strict=True))]
    body = [f"正文第{i:02d}行，接着印。" for i in range(50)]
    page = "\n".join(rows + body)
    fixed = reorder_columns_explained(page)
    headline = [line for line in title if line]
    expected = [*headline, "", *top, *body, *aside, "", *caption]
    assert fixed.text.split("\n") == expected
    assert apply_edits(page, fixed.edits) == fixed.text
    # two blank rows part two bands
    page = "\n".join([*rows[:6], "", *rows[6:], *body])
    assert reorder_columns_explained(page).text.split("\n")[:10] == [*headline, *aside]


def test_a_band_beside_a_two_line_headline_has_fewer_lines_on_the_left() -> None:
    """A band of seven lines printed apart, on a page otherwise read column by
    column: the left side holds a two-line headline and the first lines of
    its story, five lines against the right side's seven, which end another
    piece there (s9204 as pdftotext -layout gives it).  The left-hand column
    goes on below the band, so it is read to its end before the right-hand
    one."""
    right = [f"右栏第{i}行，接着写完上一篇。" for i in range(7)]
    left = ["", "泽苑社区激活党建动能 合力提升服", "", "务"]
    left += [f"左栏第{i}行，正文写在这里，接着写。" for i in range(3)]
    rows = [
        f"{text:<30}{right[i]}" if text else f"{'':30}{right[i]}" for i, text in enumerate(left)
    ]
    body = [f"左栏第{i:02d}行，正文写在这里，一栏接一栏地印出来。" for i in range(3, 60)]
    page = "\n".join(rows + body)
    fixed = reorder_columns_explained(page)
    assert fixed.text.split("\n") == [*[text for text in left if text], *body, *right]
    assert apply_edits(page, fixed.edits) == fixed.text


def test_a_caption_beside_a_few_lines_of_one_column_is_read_after_it() -> None:
    """A page of one column with a caption and its credit printed beside two
    of its lines, right of the column's edge (too few rows for a band): the
    column's sentences stay whole and the caption is read after the column,
    instead of being glued into a sentence (s9901 as pdftotext -layout gives
    it)."""
    left = [f"左栏第{i:02d}行，正文写在这里。" for i in range(20)]
    rows = list(left)
    rows[5] = f"{left[5]}      图为市民在口袋公园休闲娱乐。"
    rows[6] = f"{left[6]}       段维娜 摄"
    page = "\n".join(rows) + "\n"
    fixed = reorder_columns_explained(page)
    assert fixed.text == "\n".join([*left, "", "图为市民在口袋公园休闲娱乐。", "段维娜 摄"]) + "\n"
    assert apply_edits(page, fixed.edits) == fixed.text
    text = clean_text(page)
    assert "这里。图为" not in text and "图为市民在口袋公园休闲娱乐。" in text.split("\n\n")
    # a line of spaces alone (an indented blank line) is no aside: it stays
    spaced = list(rows)
    spaced[9] = " " * 40
    fixed = reorder_columns_explained("\n".join(spaced))
    assert fixed.text.split("\n")[9] == " " * 40
    assert fixed.text.endswith("\n段维娜 摄")
    # a piece that starts inside the column's width is no aside: a row of a
    # table, a line with a wide space, stays where it is
    inside = list(left)
    inside[5] = "左栏第05行   正文"
    inside[6] = "左栏第06行   正文"
    page = "\n".join(inside)
    assert reorder_columns_explained(page).text == page

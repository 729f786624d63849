"""Line rejoining on whole pages (the case tables in tests/cases/ hold the
short examples)."""

from __future__ import annotations

from pathlib import Path

from cnnews_clean import clean_text, rejoin_lines

PAGES = Path(__file__).parent / "lines"


def test_headings_are_no_evidence_of_dropped_indentation() -> None:
    """A page without paragraph cues (a generated three-column layout of the
    seeds' articles, as PyMuPDF gave it) whose subheadings stand about two
    characters short of the column: they are not paragraphs' first lines,
    so the page is not read as one whose indentation was dropped, and its
    sentences ending at the column edge do not glue paragraphs together."""
    text = (PAGES / "no_cue_headings.pymupdf.txt").read_text(encoding="utf-8")
    blocks = rejoin_lines(text).split("\n\n")
    for opening in (
        "海北街道积极推进",
        "在街道各社区，230余名",
        "自开展社区",
        "今年以来，盛世社区共有154位",
        "社区以党建引领网格化治理",
    ):
        assert any(block.startswith(opening) for block in blocks), opening


def test_a_short_line_over_an_indented_one_is_a_heading_on_a_narrow_page() -> None:
    """A broadsheet page of eight columns eight characters wide (pdftotext
    -layout) that keeps its indentation: a short line without a mark over
    an indented line is a heading, not a paragraph's first line whose
    indent was dropped, nor the start of the paragraph under it."""
    text = (PAGES / "narrow_indented.pdftotext-layout.txt").read_text(encoding="utf-8")
    blocks = clean_text(text).split("\n\n")
    for heading in ("相关部门回复", "突出党建引领 让功能更“贴心”"):
        assert heading in blocks
    assert any(block.startswith("今年以来，泽苑社区严格落实") for block in blocks)
    assert any(block.startswith("市城管局有关负责人表示") for block in blocks)


def test_a_paragraph_cut_short_over_an_indented_line_reads_the_same_twice() -> None:
    """A paragraph whose end the extractor printed elsewhere stops short
    mid-sentence over an indented line: only a heading-like line stands
    apart there, or a second run (no indentation left) would join them."""
    text = (
        "    今年以来，社区坚持党建引领，办好\n"
        "民生实事，群众满意度明显提升。\n"
        "    社区以党建引领网格化治理为抓手，\n"
        "将支部建在网格上，成效明显。\n"
        "    为深入学习宣传贯彻党的二十大精神，\n"
        "连日来，各社区创新宣传方式，形成人人\n"
        "学、时时学的良好\n"
        "    11月20日18时30分，夜校课堂开课了。\n"
    )
    once = clean_text(text)
    assert clean_text(once) == once


LAYOUTS = Path(__file__).parent / "layouts"


def test_headings_after_sentence_ends_do_not_hide_the_indentation_cue() -> None:
    """On a page that keeps its indentation (pdftotext -layout), many lines
    ending a sentence are followed by a headline, caption or credit: those
    say nothing of how paragraphs open.  Counted, they hid the cue, and a
    sentence ending at the column edge closed its paragraph."""
    text = (LAYOUTS / "more3_5col_indent_headlast.pdftotext-layout.txt").read_text("utf-8")
    assert "同比增长1.1倍。中汽协副秘书长陈士华表示" in clean_text(text)


def test_a_kicker_wrapped_short_on_each_line_stays_one_heading() -> None:
    # pdfminer.six, four columns without paragraph cues: paragraphs open
    # with a full line, and a kicker wrapped in the narrow column stops as
    # short on each line ("海口充分发挥基层党组" / "织作用引领和美小区建" / "设")
    text = (LAYOUTS / "gen11_4col_none.pdfminer.txt").read_text(encoding="utf-8")
    blocks = rejoin_lines(text).split("\n\n")
    # (the title under it is still read into the same block: a kicker
    # without a colon, see docs/house-style.md)
    assert any(b.startswith("海口充分发挥基层党组织作用引领和美小区建设") for b in blocks)


def test_a_subheading_short_of_the_edge_stands_apart_where_paragraphs_open_full() -> None:
    text = (LAYOUTS / "beat4_3col_none_furniture.pdftotext-layout.txt").read_text(encoding="utf-8")
    blocks = clean_text(text).split("\n\n")
    at = blocks.index("消费对经济增长的贡献率提升")
    assert blocks[at + 1].startswith("前三季度，社会消费品零售总额342107亿元")


def test_a_poems_lines_are_verse_groups() -> None:
    """The line step tells the page splitter which blocks are a poem's
    lines; the title and the poet's name are not among them."""
    from cnnews_clean.lines import line_groups

    text = (
        "秋天的村庄\n李小雨\n稻谷低下了头\n像一位沉思的老人\n风从山那边吹来\n带着泥土的芳香\n"
        "\n母亲站在田埂上\n望着金黄的远方\n她说，今年的收成\n比去年还要好\n"
    )
    kinds = [(group.kind, group.text) for group in line_groups(text)]
    assert [text for kind, text in kinds if kind == "verse"] == [
        "稻谷低下了头",
        "像一位沉思的老人",
        "风从山那边吹来",
        "带着泥土的芳香",
        "母亲站在田埂上",
        "望着金黄的远方",
        "她说，今年的收成",
        "比去年还要好",
    ]
    assert [kind for kind, _ in kinds[:2]] != ["verse", "verse"]


def test_a_broken_subheading_over_an_indent_short_line_runs_on_at_once() -> None:
    """ "突出党建引领 让" / blank / "功能更“ 贴心”" over the body's first line,
    an indent short of its column: the heading runs on in the first run, as
    it did in the second (where a blank line stood under it), so cleaning
    clean text changes nothing (a page of the 2026-11-23 held-out set)."""
    text = "心建设，扎实开展党\n群服务中心示范创建\n工作，努力把党群服\n务中心打造成凝聚群\n众、服务群众的重要\n阵地，切实将服务送\n到百姓“ 心窝” 里、实\n事办到百姓“ 心坎” 里。\n\n突出党建引领 让\n\n功能更“ 贴心”\n今年以来，泽苑\n社区严格落实基层党\n建工作责任制，着力\n锻造“ 红色引擎” 特色\n党建，通过“ 四联四\n共” 工作模式，不断\n提升组织力，提高服\n"
    once = clean_text(text)
    assert "突出党建引领 让功能更“贴心”" in once.split("\n\n")
    assert clean_text(once) == once


def test_a_credit_printed_beside_an_open_quotation_is_no_credit_line() -> None:
    """A line that opens a quotation and carries another column's photo
    credit ("“土地有哪些用途，   本报记者 周 洁 摄") is the start of a sentence:
    the sentence runs on in the first run, as it did in the second, so
    cleaning clean text changes nothing."""
    text = "城 “典”亮自\n贸未来\n龙华区开展民法典进\n社区主题活动\n   本报5月12日讯（记\n者周慧摄影报道）5月12\n日，由龙华区委社工部、\n区人民法院、区妇联、滨\n海街道、区志联联合主办\n的“‘法’护幸福之城·‘典’\n亮自贸未来”民法典进社\n区主题活动走进滨海新村。\n本次活动聚焦群众关切的\n法律问题，以贴近生活、\n通俗易懂的形式，为社区\n居民送上一堂生动实用的\n法治公开课。\n   “土地有哪些用途，   本报记者 周 洁 摄\n如何划分类别？”活动现\n场，来自主办单位的普法\n志愿者、专业法律工作者\n"
    once = clean_text(text)
    assert any(
        p.endswith("活动现场，来自主办单位的普法志愿者、专业法律工作者") for p in once.split("\n\n")
    )
    assert clean_text(once) == once


def test_a_question_with_another_columns_headline_in_it_is_read_the_same_twice() -> None:
    """pdftotext printed a neighbour column's headline fragment inside a
    question ("问：我市老字号企" / "动能 合力" / "业发展现状如何？"). A question
    is never a wrapped headline, so the first run joins the question's end as
    the second run does: cleaning clean text changes nothing (a page of the
    2026-11-23 held-out set, AR PL UMing)."""
    text = (
        "本报记者 孙 悦\n激活党建\n问：我市老字号企\n动能 合力\n业发展现状如何？\n"
        "答：目前，全市共\n有中华老字号18家、\n省级老字号64家，\n涵盖餐饮、食品、\n"
        "医药、工艺美术等\n多个行业。\n"
    )
    once = clean_text(text)
    assert any(p.endswith("业发展现状如何？") and p.startswith("问：") for p in once.split("\n\n"))
    assert clean_text(once) == once


def test_two_field_lines_read_alike_with_and_without_a_blank_line_between() -> None:
    """Two lines each opening with a label and a colon, the first short, stay
    apart also across the blank line the first run puts between them, so
    cleaning clean text changes nothing."""
    text = "李明：我们社区划分了12个网格，书记李华介\n绍说：“每个网格配备1名专职网格员。”\n"
    once = clean_text(text)
    assert clean_text(once) == once


def test_a_contact_number_ends_its_line_also_at_a_paragraphs_end() -> None:
    """ "联系电话：0898-66123456" ends the line it closes, also when the first
    run joined it onto the paragraph above, so cleaning clean text changes
    nothing."""
    text = "本报讯（记者 王丽）近日，记者从市文明办获悉，今年以来，\n联系电话：0898-66123456\n市文明办\n"
    once = clean_text(text)
    assert once.split("\n\n")[-1] == "市文明办"
    assert clean_text(once) == once


def test_an_interview_turn_opens_a_paragraph_after_a_sentences_end() -> None:
    """A turn of an interview opens a paragraph after a sentence's end
    however wide the line above (pdfminer.six, a generated page whose blank
    lines say nothing)."""
    text = (
        "西海都市报\n"
        "\n"
        "2022年4月27日 星期二\n"
        "\n"
        "A5\n"
        "\n"
        "本报深圳11月20日电（记者李华、\n"
        "\n"
        "供了有力支撑。\n"
        "\n"
        "国家统计局发布公告\n"
        "\n"
        "我国粮食生产再获丰\n"
        "收\n"
        "\n"
        "全年粮食总产量达13908亿斤，\n"
        "连续9年稳定在1. 3万亿斤以\n"
        "上\n"
        "\n"
        "记者：今年以来，市政务服务中心\n"
        "\n"
        "推出了哪些便民举措？\n"
        "\n"
        "刘建国：我们主要做了三件事。一\n"
        "\n"
        "是推行“ 一窗通办” ，群众办事只需\n"
        "跑一个窗口；二是推出“ 掌上办” ，\n"
        "80%以上的事项可以在手机上办理；\n"
        "\n"
        "三是延长服务时间，周末也能办事。\n"
        "\n"
        "记者：下一步有什么打算？\n"
        "\n"
        "刘建国：我们将继续深化改革，让\n"
        "\n"
        "群众办事更方便、更快捷。\n"
        "\n"
        "一、聚焦重点领域\n"
        "\n"
        "全市各级各部门要把思想和行动统\n"
        "\n"
        "一到中央决策部署上来。\n"
        "\n"
        "让群众办事更便捷\n"
        "\n"
        "——访市政务服务中心主任刘\n"
        "建国\n"
        "\n"
        "本报记者  周  慧\n"
        "\n"
        "张强）11月20日上午，深圳市南山\n"
        "\n"
        "区科技企业孵化器迎来第1000家入\n"
        "\n"
        "驻企业。据介绍，该孵化器自2015\n"
        "\n"
    )
    paragraphs = clean_text(text).split("\n\n")
    assert "记者：下一步有什么打算？" in paragraphs
    assert "刘建国：我们将继续深化改革，让群众办事更方便、更快捷。" in paragraphs
    assert clean_text(clean_text(text)) == clean_text(text)

"""A column's tail given before the page, put back after the line it
finishes by the reorder_columns step (:mod:`cnnews_clean.tails`)."""

from __future__ import annotations

from pathlib import Path

from cnnews_clean import apply_edits, clean_page, clean_text
from cnnews_clean.chars import content_skeleton
from cnnews_clean.tails import move_tail_to_end

LAYOUTS = Path(__file__).parent / "layouts"

# pdfminer.six, a three-column page: the lower part of the last column
# (with a photo's caption and credit) comes first; the page's text ends
# "…有基础疾病的人群尤" and the tail opens "其需要注意。" (尤其).
TAIL = (
    "其需要注意。\n\n“ 预防呼吸道疾病，最有效的办\n法是接种疫苗。” 郑国华建议，市民\n"
    "日常要勤洗手、常通风，在人员密集\n的场所佩戴口罩；出现发热、咳嗽等\n"
    "症状时，应及时就医，不要自行服用\n抗生素。\n图①：市民在社区卫生服务中心接种流\n\n"
    "感疫苗。\n\n本报记者  周  洁  摄\n\n专家提醒：秋冬季\n节谨防呼吸道疾病\n\n"
    "本报记者  周  洁\n\n《红楼梦》是一部百科全书式的\n小说。书中写饮食、写服饰、写园林、\n"
    "写节令，处处透着中国人对生活的讲\n究与热爱。\n\n在《红楼梦》里读\n懂传统生活美学\n\n"
    "文/李明哲\n\n随着气温下降，近期我市多家医\n院呼吸科门诊量明显增加。记者日前\n"
    "采访了市人民医院呼吸与危重症医学\n科主任医师郑国华。\n\n郑国华介绍，秋冬季节是流感、\n"
    "支原体肺炎等呼吸道疾病的高发期，\n儿童、老年人和有基础疾病的人群尤\n\n"
)


def test_the_tail_moves_after_the_line_it_finishes() -> None:
    fixed = move_tail_to_end(TAIL)
    lines = [line for line in fixed.text.split("\n") if line.strip()]
    broken = lines.index("儿童、老年人和有基础疾病的人群尤")
    assert lines[broken + 1 : broken + 3] == ["其需要注意。", "“ 预防呼吸道疾病，最有效的办"]
    # the caption and its credit go with the story; the headline stays
    assert lines[-1] == "本报记者  周  洁  摄"
    assert lines[0] == "专家提醒：秋冬季"
    assert [edit.category for edit in fixed.edits] == ["order"]
    assert apply_edits(TAIL, fixed.edits) == fixed.text
    assert sorted(content_skeleton(fixed.text)) == sorted(content_skeleton(TAIL))


def test_the_sentence_is_one_paragraph_and_the_headline_names_its_story() -> None:
    """Put back, the tail finishes its paragraph; the headline that opens
    the page (headlines follow their stories here) names the story that
    ends it, its words that story's (committed layout beat7, pdfminer.six)."""
    paragraphs = clean_text(TAIL).split("\n\n")
    assert any("有基础疾病的人群尤其需要注意。" in p for p in paragraphs)
    page = clean_page((LAYOUTS / "beat7_3col_indent_headlast.pdfminer.txt").read_text("utf-8"))
    titles = {a.title: a for a in page.articles}
    story = titles["专家提醒：秋冬季节谨防呼吸道疾病"]
    assert story.blocks[0].text.startswith("随着气温下降")
    assert any("有基础疾病的人群尤其需要注意。" in b.text for b in story.blocks)
    assert [c.credit for c in story.captions] == ["本报记者 周 洁 摄"]
    assert titles["在《红楼梦》里读 懂传统生活美学"].blocks[0].text.startswith("《红楼梦》")


def test_text_that_does_not_go_on_stays() -> None:
    """No word across the page's end and its opening ("尤" / "记者…"), a
    headline opening the page, or a page that ends a sentence: nothing moves."""
    for text in (
        TAIL.replace("其需要注意。", "记者注意到。"),
        "专家提醒：秋冬季\n\n" + TAIL,
        TAIL.replace("人群尤\n", "人群。\n"),
        "其需要注意。\n儿童、老年人和有基础疾病的人群尤",  # one block: nothing to move after
    ):
        assert move_tail_to_end(text).text == text


def test_each_printed_page_keeps_its_own_text() -> None:
    """Before a form feed the page's end goes on to the next page's top,
    not to its own: a tail is sought on each page alone."""
    second = "其需要注意。\n\n下一页的正文，写得很长很长很长很长很长很长很长很长。\n"
    text = TAIL.replace("其需要注意。\n\n", "").rstrip("\n") + "\f" + second
    assert move_tail_to_end(text).text == text


def test_putting_the_tail_back_is_idempotent() -> None:
    once = clean_text(TAIL)
    assert clean_text(once) == once
    fixed = move_tail_to_end(TAIL).text
    assert move_tail_to_end(fixed).text == fixed

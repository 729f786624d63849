"""Page furniture printed inside a sentence, moved after the paragraph it
interrupted by the reorder_columns step (:mod:`cnnews_clean.jumps`)."""

from __future__ import annotations

from cnnews_clean import apply_edits, clean_page, clean_text
from cnnews_clean.chars import content_skeleton
from cnnews_clean.jumps import move_furniture_out

# pdftotext, a four-column page: the page's editors' line and date line
# print between two columns, inside the sentence "…与居民生活息息相关的…"
BROKEN = "“ 土地有哪些用途，如何划\n分类别？” 活动现场，来自\n主办单位的普法志愿者、专\n业法律工作者组成宣讲队伍，\n重点围绕民法典中与居民生\n责任编辑：陈静 美术编辑：王芳\n\n2022年3月28日 星期六\n\n活息息相关的国有划拨土地\n法律地位与有偿使用制度、\n邻里纠纷、婚姻家庭、财产\n保护等热点内容，用接地气\n的语言、真实鲜活的案例，\n深入浅出地解读了民法典的\n核心要义与实践应用。\n现场还设置了法律咨询服务\n"


def test_furniture_inside_a_word_moves_after_the_paragraph() -> None:
    fixed = move_furniture_out(BROKEN)
    lines = fixed.text.split("\n")
    broken = lines.index("重点围绕民法典中与居民生")
    assert lines[broken + 1] == "活息息相关的国有划拨土地"
    assert lines.index("核心要义与实践应用。") < lines.index("责任编辑：陈静 美术编辑：王芳")
    assert lines.index("2022年3月28日 星期六") < lines.index("现场还设置了法律咨询服务")
    assert [edit.category for edit in fixed.edits] == ["order"]
    assert apply_edits(BROKEN, fixed.edits) == fixed.text
    assert sorted(content_skeleton(fixed.text)) == sorted(content_skeleton(BROKEN))


def test_the_sentence_is_one_paragraph_again_and_the_furniture_stays() -> None:
    paragraphs = clean_text(BROKEN).split("\n\n")
    assert any("与居民生活息息相关的国有划拨土地" in p for p in paragraphs)
    assert "责任编辑：陈静 美术编辑：王芳" in paragraphs
    page = clean_page(BROKEN)
    assert any(
        "与居民生活息息相关" in block.text for article in page.articles for block in article.blocks
    )
    assert {other.text for other in page.other} >= {
        "责任编辑：陈静 美术编辑：王芳",
        "2022年3月28日 星期六",
    }


def test_moving_is_idempotent() -> None:
    once = move_furniture_out(BROKEN).text
    assert move_furniture_out(once).text == once
    assert not move_furniture_out(once).edits


def test_furniture_between_a_story_and_the_next_headline_stays() -> None:
    """A sentence that ends, or a line broken off above a headline: no
    sentence goes on below the furniture."""
    for text in (
        "为居民提供专业的法律建议。\n\n责任编辑：陈静 美术编辑：王芳\n\n党建引领聚合力 服务群众暖民心\n",
        "动，我们更加明确了自已的责任，\n\n责任编辑：王芳 版式设计：孙丽\n\n党建引领聚合力 服务群众暖民心\n",
        "讲党的二十大精神，因为里面许多\n\n第2版\n\n本报讯（记者 刘洋）今年以来，全市新增就业岗位。\n",
        "妥善化解居民关切的问题13个，\n\n责任编辑：赵明 校对：刘洋\n\n本报记者 苏弼坤 摄\n",
        # a byline above ("明清" is a word, but not across a byline's end)
        "本报记者 王 明\n\n2022年9月24日 星期日\n清晨6点，天还没亮，位于城南的早餐店亮起了灯。\n",
        # a headline above, a byline wider than it below ("课本" is a word)
        "“安全课堂”椰城开课\n责任编辑：孙丽 校对：王芳\n\n本报记者 陈丽园 陈歆卓 李欣 陈晓洁 特约记者 陈创森\n",
    ):
        assert move_furniture_out(text).text == text


def test_a_jump_line_inside_a_clause_moves_too() -> None:
    text = (
        "今年以来，全市持续优化营商环境，新增市场\n主体3.2万户，同时积极推进重点项目建设、\n\n"
        "（下转第二版）\n\n完善基础设施，城市面貌焕然一新。\n新的一段从这里开始，写满一整行的文字。\n"
    )
    lines = move_furniture_out(text).text.split("\n")
    assert (
        lines[lines.index("主体3.2万户，同时积极推进重点项目建设、") + 1]
        == "完善基础设施，城市面貌焕然一新。"
    )


def test_a_long_paragraph_below_takes_the_furniture_after_it_once() -> None:
    """However many lines the paragraph below runs to, the furniture goes
    after its end, and a second run leaves it there."""
    body = ["今年以来，全市持续推进城市更新行动，" + "老旧小区改造工作稳步推进，" * 3] * 30
    text = "重点围绕民法典中与居民生\n\n第2版\n\n活息息相关的条文，\n" + "\n".join(body)  # no end
    once = move_furniture_out(text).text
    assert once.index("第2版") > once.index(body[-1])
    assert move_furniture_out(once).text == once
    assert clean_text(clean_text(text)) == clean_text(text)

"""Page splitting: roles, reading order, articles, captions; seed references."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from cnnews_clean import Config, Page, clean_page
from cnnews_clean.chars import content_skeleton
from cnnews_clean.evaluation import structure_scores
from cnnews_clean.furniture import is_furniture
from cnnews_clean.labels import is_section_label
from cnnews_clean.model import Article, Block, Caption, Other
from cnnews_clean.render import render_text
from cnnews_clean.structure import classify_blocks, split_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _roles(*texts: str) -> list[str]:
    return [u.role for u in classify_blocks([(t, None) for t in texts])]


def test_roles() -> None:
    assert _roles(
        "本报记者 刘春霞 文/图",
        "（丁宇婷 文/图）",
        "段维娜 摄",
        "短评",
        "第3版",
        "本报讯（记者刘春霞）近年来，乌达区着眼于减负后，基层干什么、怎么干的问题。",
    ) == ["byline", "credit", "photo_credit", "label", "furniture", "paragraph"]


def test_furniture_rows_without_page_marks_or_colons() -> None:
    page = clean_page(
        "8 要闻\n2026年11月21日 星期六\n编辑 王芳 美编 李强 校对 张华\n\n"
        "城乡居民收入稳步增长\n前三季度全市居民人均可支配收入同比增长6.2%\n\n"
        "本报讯（记者刘洋）前三季度，全市居民人均可支配收入达到38562元。"
    )
    assert [o.kind for o in page.other] == ["furniture"] * 3
    (article,) = page.articles
    assert (article.title, article.subtitle, article.byline) == (
        "城乡居民收入稳步增长",
        "前三季度全市居民人均可支配收入同比增长6.2%",
        None,
    )
    assert _roles("5 项措施") != ["furniture"]


def test_a_bulleted_subheading_is_no_evidence_of_headline_order() -> None:
    # The body opens, a "◆" subheading inside it, then the headline, subtitle
    # and byline, then the next article (continued from elsewhere: no
    # dateline opens it): headlines come after their bodies.
    page = clean_page(
        "今年以来，我市坚持把制造业作为经济发展的主攻方向，\n"
        "推动产业转型升级，工业经济保持稳中向好态势。\n"
        "◆聚焦主业 做强实体\n"
        "全市规模以上工业企业达到1200家，比上年增加85家，其\n"
        "中高新技术企业320家。\n"
        "产业升级跑出“加速度”\n"
        "——我市推动制造业高质量发展综述\n"
        "□本报记者 王 明 文/记者 李华 图/记者 张强\n"
        "国家统计局20日发布数据显示，10月份，全国规模以上工\n"
        "业增加值同比增长5.3%。\n"
    )
    first = page.articles[0]
    assert first.title == "产业升级跑出“加速度”"
    assert first.byline == "□本报记者 王 明 文/记者 李华 图/记者 张强"
    assert [b.kind for b in first.blocks] == ["paragraph", "heading", "paragraph"]


def test_a_bulleted_subheading_over_three_lines_stays_in_the_body() -> None:
    # pdftotext sets the bullet on a line of its own: the subheading takes
    # three lines, as only a large headline otherwise does.
    page = clean_page(
        "聚焦民生实事 提升群众获得感\n本报记者 王 明\n"
        "今年以来，我市聚焦群众急难愁盼问题，扎实推进民生实事项目建设。\n\n"
        "■\n坚持问题导向，破解发\n展难题\n"
        "针对老旧小区设施老化等问题，我市投入资金3.2亿元，改造老旧小区56个。\n"
    )
    (article,) = page.articles
    assert [b.kind for b in article.blocks] == ["paragraph", "heading", "paragraph"]
    assert article.blocks[1].text == "■坚持问题导向，破解发展难题"


def test_section_labels_in_their_frames() -> None:
    assert _roles("【编者按】", "◎相关链接", "编后：", "■记者手记") == ["label"] * 4
    assert _roles("编者按：基层治理是国家治理的基石，本报推出专栏。") == ["paragraph"]


def test_short_title_above_its_byline_is_a_title_not_a_label() -> None:
    # A name of up to five characters opening a page is a column label
    # ("模范风采"), unless a byline follows it: then it is the title.
    page = clean_page("社区新风\n本报记者 王\n明\n本报讯（记者张华）近日，城中区举办活动。")
    assert [(a.title, a.byline) for a in page.articles] == [("社区新风", "本报记者 王 明")]
    page = clean_page(
        "模范风采\n社区里的热心人\n本报记者 王 明\n本报讯（记者张华）近日，城中区举办活动。"
    )
    assert [o.text for o in page.other] == ["模范风采"]
    assert page.articles[0].title == "社区里的热心人"


def test_short_kicker_with_its_colon_opening_a_page_is_no_label() -> None:
    # "乌达区：" ends in a colon: it leads into the headline below, so it is
    # the kicker, not a column's name at the top of the page.
    page = clean_page(
        "乌达区：\n\n扩权赋能为发展蓄势\n\n本报讯（记者 王明）近日，乌达区出台多项措施，为基层扩权赋能。\n"
    )
    assert page.other == ()
    assert [(a.kicker, a.title) for a in page.articles] == [("乌达区：", "扩权赋能为发展蓄势")]


def test_page_name_under_the_masthead_and_the_papers_summary_label() -> None:
    """A short name right under the masthead is the page's name, as at the
    top of a page without one; "核心阅读" (a summary box's label) is a label."""
    page = clean_page(
        "光明日报 2026年11月21日 星期六 07版\n教育\n\n核心阅读\n"
        "职业教育与产业需求紧密对接，让学生毕业即就业。\n\n"
        "让技能人才“香”起来\n本报记者 陈 雪\n"
        "清晨7点，22岁的王磊已经换好工装，开始调试数控机床。\n"
    )
    assert [(o.kind, o.text) for o in page.other] == [
        ("furniture", "光明日报 2026年11月21日 星期六 07版"),
        ("label", "教育"),
        ("label", "核心阅读"),
    ]
    assert [a.title for a in page.articles] == [None, "让技能人才“香”起来"]
    # a short title under the masthead with its byline below stays the title
    page = clean_page(
        "光明日报 2026年11月21日 星期六 07版\n社区新风\n本报记者 王 明\n"
        "本报讯（记者张华）近日，城中区举办活动。\n"
    )
    assert [(a.title, a.byline) for a in page.articles] == [("社区新风", "本报记者 王 明")]


ENGLISH_PAGE = """CHINA DAILY    Friday, November 20, 2026    Page 3

Tech hub draws young founders

By ZHANG HUA in Shenzhen

Shenzhen's Nanshan district welcomed its 1,000th startup incubator tenant on
Thursday, a milestone for a program launched in 2015.

"Our goal is to build a full-chain service system," said Chen Xiaodong, who
heads the incubator.

Contact the writer at zhanghua@chinadaily.com.cn
"""


def test_english_page_has_its_masthead_title_and_byline() -> None:
    page = clean_page(ENGLISH_PAGE)
    # the row's pieces, printed apart, are items of their own
    assert [(o.kind, o.text) for o in page.other] == [
        ("furniture", "CHINA DAILY"),
        ("furniture", "Friday, November 20, 2026"),
        ("furniture", "Page 3"),
    ]
    (article,) = page.articles
    assert (article.title, article.byline) == (
        "Tech hub draws young founders",
        "By ZHANG HUA in Shenzhen",
    )
    assert [b.text[:12] for b in article.blocks] == [
        "Shenzhen's N",
        '"Our goal is',
        "Contact the ",
    ]


def test_english_masthead_alone_and_headline_on_two_lines() -> None:
    page = clean_page(
        "CHINA DAILY\nSaturday, November 21, 2026\n\nTech hub welcomes\n1,000th startup\n\n"
        "By WANG MING in Shenzhen\n\nA technology incubator in Shenzhen welcomed its\n"
        "1,000th resident company on Friday, officials said.\n"
    )
    assert [(o.kind, o.text) for o in page.other] == [
        ("furniture", "CHINA DAILY"),
        ("furniture", "Saturday, November 21, 2026"),
    ]
    (article,) = page.articles
    assert (article.title, article.byline) == (
        "Tech hub welcomes 1,000th startup",
        "By WANG MING in Shenzhen",
    )
    assert len(article.blocks) == 1


def test_bylines_with_correspondents_are_not_datelines() -> None:
    assert _roles("本报记者 陈丽园 陈歆卓 通讯员 蔡翔任") == ["byline"]
    assert _roles("本报5月12日讯（记者陈歆卓 通讯员林方程 陶昱）5月11日，活动开展。") == [
        "paragraph"
    ]


def test_credit_glued_to_last_paragraph_is_split() -> None:
    page = split_page(
        ["城市公园", "近日，城区的公园纷纷亮相街头小区，提升了城市颜值。 （区融媒体中心）"]
    )
    article = page.articles[0]
    assert article.credit == "（区融媒体中心）"
    assert article.blocks[-1].text.endswith("提升了城市颜值。")


def test_headline_first_page() -> None:
    page = split_page(
        [
            "市区新增三处口袋公园",
            "本报记者 王明",
            "本报讯 近日，市区新增三处口袋公园，方便市民休闲。",
            "公园配套设施齐全，受到居民欢迎。",
            "图为市民在公园散步。",
            "王明 摄",
            "老旧小区改造全面完成",
            "——记城东街道的一年",
            "今年以来，城东街道完成老旧小区改造八个，惠及居民一千余户。",
            "（李华）",
        ]
    )
    first, second = page.articles
    assert (first.title, first.byline) == ("市区新增三处口袋公园", "本报记者 王明")
    assert [b.text[:4] for b in first.blocks] == ["本报讯 ", "公园配套"]
    assert first.captions[0].text == "图为市民在公园散步。"
    assert first.captions[0].credit == "王明 摄"
    assert (second.title, second.subtitle, second.credit) == (
        "老旧小区改造全面完成",
        "——记城东街道的一年",
        "（李华）",
    )


def test_headline_last_page() -> None:
    """Some exports give each headline after its article's body and credit."""
    page = split_page(
        [
            "今年以来，城东街道完成老旧小区改造八个，惠及居民一千余户。",
            "改造后的小区道路平整，停车有序，居民纷纷点赞。",
            "（李华）",
            "城东街道：",
            "老旧小区换新颜",
            "近日，市区新增三处口袋公园，方便市民休闲。",
            "公园配套设施齐全，受到居民欢迎。",
            "（王明 文/图）",
            "口袋公园添新绿",
        ]
    )
    first, second = page.articles
    assert (first.kicker, first.title, first.credit) == ("城东街道：", "老旧小区换新颜", "（李华）")
    assert first.blocks[0].text.startswith("今年以来")
    assert (second.title, second.credit) == ("口袋公园添新绿", "（王明 文/图）")


def test_headline_last_page_without_credits() -> None:
    """Without credits to close articles, a headline that cannot be an in-body
    subheading (kicker, subtitle, byline, or wrapped over three lines) closes
    the article above it; a one-line subheading stays in the body (generated
    three-column page from an earlier generator version, as PyMuPDF gave it)."""
    text = (ROOT / "tests/structure/headline_last_without_credits.pymupdf.txt").read_text("utf-8")
    page = clean_page(text)
    # (spaces aside: where a headline set large wrapped is not visible in text)
    titles = [(a.title or "").replace(" ", "") for a in page.articles]
    assert titles == [
        "我省双拥办开展戍边精神进机关进校园进企业活动",
        "cdf中免海南官方商城关爱一线医护人员",
        "党建引领聚合力服务群众暖民心",
    ]
    first, second, third = page.articles
    assert first.blocks[0].text.startswith("区审计局组织召开")
    assert second.kicker == "开展政策宣传："
    assert third.subtitle == "——乌达区：扩权赋能为发展蓄势"
    assert [b.kind for b in third.blocks].count("heading") == 1  # 以“热心人”聚基层治理合力


def test_credit_and_photo_under_the_opening_body_count_for_headline_last() -> None:
    """Body, its credit and its photo's caption before the first headline,
    and a headline with no body after it at the page's end: headlines follow
    their bodies, though one headline has a byline under it (a fresh
    generated five-column layout, as PyMuPDF gave it)."""
    page = split_page(
        [
            "党的二十大闭幕后，海南区乌兰牧骑认真学习党的二十大精神，深入农区、社区开展文艺演出。",
            "为人民服务，为伟大时代而歌，是乌兰牧骑队员的使命担当。",
            "（区融媒体中心）",
            "文艺志愿者走进海南区人民公园开展文艺演出。",
            "段维娜 摄",
            "海南区乌兰牧骑：",
            "文艺演出进基层 党的二十大精神入民心",
            "当晨曦洒向大街小巷，他们已在奔走忙碌；当邻里间出现矛盾，他们及时出面协调。",
            "海北街道积极推进“热心社区”建设，常态化开展志愿服务。",
            "海勃湾区：",
            "“热心人”汇聚基层治理新力量",
            "本报记者 刘春霞",
            "社区是城市最小、最活跃的细胞，小小社区里有基层民主前行的脚步。",
            "群众无小事，细微见真情。",
            "紧贴“民”字做文章 围绕“心”字搞服务",
        ]
    )
    titles = [(a.kicker, a.title) for a in page.articles]
    assert titles == [
        ("海南区乌兰牧骑：", "文艺演出进基层 党的二十大精神入民心"),
        ("海勃湾区：", "“热心人”汇聚基层治理新力量"),
        (None, "紧贴“民”字做文章 围绕“心”字搞服务"),
    ]
    first, second, third = page.articles
    assert first.credit == "（区融媒体中心）"
    assert [c.text for c in first.captions] == ["文艺志愿者走进海南区人民公园开展文艺演出。"]
    assert second.blocks[0].text.startswith("当晨曦")
    assert third.blocks[0].text.startswith("社区是城市")


def test_headlines_after_the_last_credit_and_its_caption_are_headline_last() -> None:
    """After the page's last credit come only a photo's caption and
    headlines: they name the bodies above, though an early subheading keeps
    the opening body short (a fresh generated layout, as PyMuPDF gave it)."""
    page = split_page(
        [
            "为深入学习宣传贯彻党的二十大精神，连日来，城中区各个街道开展宣讲活动。",
            "“这些可都是看得见摸得着的幸福”",
            "11月20日18时30分，饮马街街道新时代文明实践所“夜校课堂”开课了。",
            "“我在社区工作了10年，亲眼见证了身边的变化。”工作人员侯海霞第一个发言。",
            "社区治理有温度 居民幸福看得见",
            "本报记者 燕 卓",
            "近日，记者在老石旦煤矿中控室看到，通过5G网络控制，采煤机正在作业。",
            "智能化采煤的新时代已经到来，采煤工人不再下到工作面。",
            "（丁宇婷）",
            "居民在红色驿站阅读书籍。",
            "本报记者 苏弼坤 摄",
            "从“自动”到“智能”的蝶变",
            "——老石旦煤矿实现智能化产煤",
        ]
    )
    first, second = page.articles
    assert (first.title, first.byline) == (
        "社区治理有温度 居民幸福看得见",
        "本报记者 燕 卓",
    )
    assert first.blocks[0].text.startswith("为深入学习")
    assert (second.title, second.subtitle) == (
        "从“自动”到“智能”的蝶变",
        "——老石旦煤矿实现智能化产煤",
    )
    assert second.credit == "（丁宇婷）"
    assert second.blocks[0].text.startswith("近日")


def test_continuation_at_the_page_top_does_not_make_headlines_last() -> None:
    """Body before the first headline is often only the end of an article
    continued from another page; the headline below opens the article whose
    dateline follows it."""
    page = split_page(
        [
            "各地区各部门要坚持稳中求进工作总基调，加快构建新发展格局。",
            "会议指出，今年以来，我国经济运行总体平稳、稳中有进。",
            "让“小网格”撬动“大治理”",
            "□文/本报记者 王明 李华",
            "新华社北京11月20日电（记者王明、李华）走进北京市朝阳区某社区，干净整洁的街道让人眼前一亮。",
            "近年来，该社区以网格化管理为抓手，将辖区划分为12个网格。",
        ]
    )
    first, second = page.articles
    assert (first.title, first.byline) == (None, None)
    assert [b.text[:4] for b in first.blocks] == ["各地区各", "会议指出"]
    assert (second.title, second.byline) == ("让“小网格”撬动“大治理”", "□文/本报记者 王明 李华")
    assert second.blocks[0].text.startswith("新华社北京")


def test_dateline_opening_the_page_makes_headlines_last() -> None:
    """An article opening with a dateline has a headline: on a page that
    opens with one and has its headline below, headlines follow their bodies."""
    page = split_page(
        [
            "新华社北京11月20日电（记者王明、李华）走进北京市朝阳区某社区，干净整洁的街道让人眼前一亮。",
            "近年来，该社区以网格化管理为抓手，将辖区划分为12个网格。",
            "让“小网格”撬动“大治理”",
            "□文/本报记者 王明 李华",
            "各地区各部门要坚持稳中求进工作总基调，加快构建新发展格局。",
            "会议指出，今年以来，我国经济运行总体平稳、稳中有进。",
        ]
    )
    first, second = page.articles
    assert (first.title, first.byline) == ("让“小网格”撬动“大治理”", "□文/本报记者 王明 李华")
    assert first.blocks[0].text.startswith("新华社北京")
    assert (second.title, second.byline) == (None, None)
    assert [b.text[:4] for b in second.blocks] == ["各地区各", "会议指出"]


def test_headline_last_heading_before_a_new_dateline_is_the_title_above() -> None:
    """On a headline-last page, a one-line heading without a byline that is
    followed by a paragraph opening with a dateline (or in another script)
    ends the article above as its title: no subheading comes last in an
    article (a fresh generated layout, as PyMuPDF gave it)."""
    page = split_page(
        [
            "本报讯（通讯员 孙 磊）连日来，我市各地抢抓晴好天气开展秋冬播生产。",
            "“今年的麦种是统一采购的良种，出苗率高。”种粮大户张建军说。",
            "秋冬播进度过半",
            "【本報訊】特區政府昨日公布最新數據，今年第三季本地生產總值按年實質增長4.1%。",
            "政府發言人指出，隨着訪港旅客人數回升，預計全年經濟增長可達2.5%。",
            "香港經濟穩步復甦",
            "本報記者 陳大文",
            "新华社北京11月20日电（记者王明、李华）走进北京市朝阳区某社区，干净整洁的街道让人眼前一亮。",
            "近年来，该社区以网格化管理为抓手，将辖区划分为12个网格。",
            "让“小网格”撬动“大治理”",
            "□文/本报记者 王明 李华",
        ]
    )
    titles = [a.title for a in page.articles]
    assert titles == ["秋冬播进度过半", "香港經濟穩步復甦", "让“小网格”撬动“大治理”"]
    first = page.articles[0]
    assert [b.kind for b in first.blocks] == ["paragraph", "paragraph"]
    assert first.blocks[0].text.startswith("本报讯")


def test_the_reading_that_leaves_less_body_untitled_wins() -> None:
    """An untitled brief opening with a dateline, then a headline over a long
    article: read headline-last, the long article (with its subheadings)
    would have no headline; read headline-first, only the brief has none."""
    page = split_page(
        [
            "新华社北京11月20日电（记者张强）国家统计局20日发布数据，10月份国民经济运行总体平稳。",
            "国家统计局新闻发言人表示，总体看，10月份国民经济延续恢复向好态势。",
            "聚焦民生实事 提升群众获得感",
            "本报记者 王 明",
            "今年以来，我市聚焦群众急难愁盼问题，扎实推进民生实事项目建设。",
            "■坚持问题导向，破解发展难题",
            "针对老旧小区设施老化等问题，我市投入资金3.2亿元，改造老旧小区56个。",
            "■完善服务体系，提升服务质量",
            "全市新建社区养老服务中心12个，为老年人提供助餐、助洁等服务。",
            "图为市民在口袋公园休闲娱乐。",
            "段维娜 摄",
        ]
    )
    brief, article = page.articles
    assert (brief.title, brief.byline) == (None, None)
    assert brief.blocks[0].text.startswith("新华社北京")
    assert (article.title, article.byline) == ("聚焦民生实事 提升群众获得感", "本报记者 王 明")
    assert [b.text[:4] for b in article.blocks] == [
        "今年以来",
        "■坚持问",
        "针对老旧",
        "■完善服",
        "全市新建",
    ]
    assert [c.text for c in article.captions] == ["图为市民在口袋公园休闲娱乐。"]


def test_bylines_under_headlines_do_not_outvote_a_headline_last_page() -> None:
    """Every headline with its byline follows its body; that a byline sits
    under each headline is true of either order, so three of them do not
    outweigh the body that opens the page and the headline that ends it."""
    page = split_page(
        [
            "今年以来，我市聚焦群众急难愁盼问题，扎实推进民生实事项目建设。",
            "针对老旧小区设施老化等问题，我市投入资金3.2亿元，改造老旧小区56个。",
            "全市新建社区养老服务中心12个，为老年人提供助餐、助洁等服务。",
            "聚焦民生实事 提升群众获得感",
            "本报记者 王 明",
            "今年以来，我市坚持把制造业作为经济发展的主攻方向，推动产业转型升级。",
            "全市规模以上工业企业达到1200家，比上年增加85家。",
            "（完）",
            "产业升级跑出“加速度”",
            "——我市推动制造业高质量发展综述",
            "□本报记者 王 明 文/记者 李华 图/记者 张强",
            "清晨6点，天还没亮，位于城南的“爱心早餐店”已经亮起了灯。",
            "据了解，这家早餐店从2019年开始，每天为环卫工人免费提供早餐。",
            "一碗热汤面 温暖一座城",
            "本报记者 王 明",
        ]
    )
    titles = [a.title for a in page.articles]
    assert titles == [
        "聚焦民生实事 提升群众获得感",
        "产业升级跑出“加速度”",
        "一碗热汤面 温暖一座城",
    ]
    first, second, third = page.articles
    assert first.blocks[0].text.startswith("今年以来，我市聚焦")
    # "（完）" ends the story: an end mark, no credit, filed as furniture
    assert (second.credit, second.subtitle) == (None, "——我市推动制造业高质量发展综述")
    assert second.blocks[-1].text.startswith("全市规模以上工业企业")
    assert Other("furniture", "（完）") in page.other
    assert third.blocks[0].text.startswith("清晨6点")


def test_a_headline_names_the_body_whose_words_it_shares() -> None:
    """Read either way, one stretch of body is left untitled and a byline
    sits under the headline; the headline's words come from the body above
    it, not from the text below: the page gives headlines last."""
    page = split_page(
        [
            "为深入学习宣传贯彻党的二十大精神，连日来，西宁市城中区各个街道、社区创新宣传方式。",
            "“这些可都是看得见摸得着的幸福”",
            "11月20日18时30分，饮马街街道办事处新时代文明实践所“夜校课堂”开课了。",
            "居民纷纷表示，社区治理有温度，身边的幸福看得见。",
            "社区治理有温度 居民幸福看得见",
            "本报记者 燕 卓",
            "各地区各部门要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。",
            "会议指出，今年以来，我国经济运行总体平稳、稳中有进。",
        ]
    )
    first, second = page.articles
    assert (first.title, first.byline) == ("社区治理有温度 居民幸福看得见", "本报记者 燕 卓")
    assert [b.kind for b in first.blocks] == ["paragraph", "heading", "paragraph", "paragraph"]
    assert (second.title, second.byline) == (None, None)
    assert [b.text[:4] for b in second.blocks] == ["各地区各", "会议指出"]


def test_simplified_text_after_a_traditional_report_is_another_article() -> None:
    """An article does not change script: Simplified paragraphs after a Hong
    Kong report in Traditional characters are another (untitled) piece."""
    page = split_page(
        [
            "香港經濟穩步復甦",
            "本報記者 陳大文",
            "【本報訊】特區政府昨日公布最新數據，今年第三季本地生產總值按年實質增長4.1%。",
            "政府發言人指出，隨着訪港旅客人數回升，預計全年經濟增長可達2.5%。",
            "各地区各部门要坚持稳中求进工作总基调，加快构建新发展格局。",
            "会议指出，今年以来，我国经济运行总体平稳、稳中有进。",
        ]
    )
    first, second = page.articles
    assert (first.title, first.byline) == ("香港經濟穩步復甦", "本報記者 陳大文")
    assert [b.text[:4] for b in first.blocks] == ["【本報訊", "政府發言"]
    assert second.title is None
    assert [b.text[:4] for b in second.blocks] == ["各地区各", "会议指出"]


def test_page_furniture_goes_to_other() -> None:
    """Date lines, editor lines, page numbers with the masthead, jump lines and
    page-wide photo notes are furniture, never titles or credits."""
    text = (
        "2023年5月13日 星期六\n责任编辑：王小明 版式设计：李华 校对：张三\n第3版\n海南日报\n\n"
        "社区治理有温度 居民幸福看得见\n\n"
        "本报讯（记者刘春霞）近年来，乌达区着眼于减负后，基层干什么、怎么干的问题，明确路径。\n\n"
        "（下转第4版）\n\n■ 本版图片均由乌海市海南区融媒体中心提供\n"
    )
    page = clean_page(text)
    (article,) = page.articles
    assert article.title == "社区治理有温度 居民幸福看得见"
    assert article.credit is None
    assert [o.kind for o in page.other] == ["furniture"] * 6
    # furniture lines are never joined, not even to each other
    assert [o.text for o in page.other][2:5] == ["第3版", "海南日报", "（下转第4版）"]


def test_labelled_pieces_keep_label_title_and_spaced_name_apart() -> None:
    """ "记者手记" over "在一线感受温度" is a label and a title, never one
    byline; a two-character name spaced to three characters is the byline."""
    text = (
        "短评\n小切口里有大民生\n李 娜\n老旧小区加装电梯，看似是“小事”，\n却连着千家万户的“大事”。\n\n"
        "记者手记\n在一线感受温度\n连续几天的采访，记者深深感到，基\n层干部的辛苦付出，换来的是群众满\n"
        "意的笑容。\n（作者为本报记者）\n"
    )
    page = clean_page(text)
    first, second = page.articles
    assert (first.title, first.byline) == ("小切口里有大民生", "李 娜")
    assert (second.title, second.byline, second.credit) == (
        "在一线感受温度",
        None,
        "（作者为本报记者）",
    )
    assert [(o.kind, o.text) for o in page.other] == [("label", "短评"), ("label", "记者手记")]


def test_traditional_page_keeps_its_script_and_its_structure() -> None:
    """Hong Kong and Taiwan pages print the same newspaper words in
    Traditional characters: 記者, 本報訊, 攝, 報導."""
    text = (
        "香港經濟穩步復甦\n本報記者 陳大文\n"
        "【本報訊】特區政府昨日公布最新數據，今年第三季\n本地生產總值按年實質增長2.5%。\n"
        "市民在中環街頭購物。\n本報記者 李 明攝\n\n"
        "台北捷運新線通車\n記者王小明／台北報導\n"
        "台北捷運環狀線北段今日通車，沿線居民出行更加便利。\n\n"
        "記者手記\n在一線感受溫度\n連續幾天的採訪，記者深深感到基層幹部的辛苦。\n"
    )
    page = clean_page(text)
    first, second, third = page.articles
    assert (first.title, first.byline) == ("香港經濟穩步復甦", "本報記者 陳大文")
    assert first.blocks[0].text.startswith("【本報訊】特區政府")
    assert [(c.text, c.credit) for c in first.captions] == [
        ("市民在中環街頭購物。", "本報記者 李 明攝")
    ]
    assert (second.title, second.byline) == ("台北捷運新線通車", "記者王小明／台北報導")
    assert (third.title, third.byline) == ("在一線感受溫度", None)
    assert [(o.kind, o.text) for o in page.other] == [("label", "記者手記")]
    # nothing converted to Simplified, nothing lost
    assert Counter(content_skeleton(render_text(page))) == Counter(content_skeleton(text))


def test_interview_questions_are_paragraphs_not_headings() -> None:
    """ "记者：下一步有什么打算？" asks, as a headline may, but it is the
    interviewer's turn: a paragraph of the body."""
    text = (
        "让群众办事更便捷\n——访市政务服务中心主任刘建国\n本报记者 周 慧\n\n"
        "记者：今年以来，市政务服务中心推出了哪些便民举措？\n\n"
        "刘建国：我们主要做了三件事，群众办事只需跑一个窗口。\n\n"
        "记者：下一步有什么打算？\n\n刘建国：我们将继续深化改革。\n"
    )
    (article,) = clean_page(text).articles
    assert article.title == "让群众办事更便捷"
    assert [b.kind for b in article.blocks] == ["paragraph"] * 4


def test_table_rows_are_the_body_of_the_table_not_headings() -> None:
    text = (
        "表1 2026年1—10月主要经济指标\n指标 绝对值 同比增长（%）\n"
        "地区生产总值（亿元） 5432.1 5.6\n固定资产投资（亿元） 2100.5 8.2\n"
    )
    (article,) = clean_page(text).articles
    assert (article.title, article.subtitle) == ("表1 2026年1—10月主要经济指标", None)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "指标 绝对值 同比增长（%）"),
        ("paragraph", "地区生产总值（亿元） 5432.1 5.6"),
        ("paragraph", "固定资产投资（亿元） 2100.5 8.2"),
    ]


def test_caption_and_credit_on_one_line_and_agency_credits() -> None:
    """ "…作业。 本报记者 刘 洋 摄" is a caption and its credit; "新华社发" is
    an agency's photo credit; "据新华社电" opens a story, never a caption; a
    subtitle under a byline printed above the title stays the subtitle."""
    text = (
        "□本报记者 王 明\n产业升级跑出“加速度”\n——我市推动制造业高质量发展综述\n"
        "今年以来，我市坚持把制造业作为经济发展的主攻方向，推动产业转型升级。\n"
        "▲工人在生产线上作业。 本报记者 刘 洋 摄\n（完）\n\n"
        "据新华社电 国家发展改革委近日印发通知，部署做好今冬明春能源保供工作。\n"
        "游客在景区游览。 新华社发\n"
    )
    first, second = clean_page(text).articles
    assert (first.title, first.subtitle) == (
        "产业升级跑出“加速度”",
        "——我市推动制造业高质量发展综述",
    )
    assert [(c.text, c.credit) for c in first.captions] == [
        ("▲工人在生产线上作业。", "本报记者 刘 洋 摄")
    ]
    assert second.blocks[0].text.startswith("据新华社电 国家发展改革委")
    assert [(c.text, c.credit) for c in second.captions] == [("游客在景区游览。", "新华社发")]


def test_wrapped_caption_with_its_credit_on_its_last_line_and_an_agency_bracket() -> None:
    """A caption wrapped onto a second line that ends with its credit
    ("…企业" / "生产车间作业。 新华社记者 季春鹏摄") is one caption; a credit
    that names the distributing agency after 摄 ("杨 峥摄（人民视觉）") is a
    photo credit and keeps its bracket."""
    text = (
        "推动高质量发展取得新成效\n本报记者 李 明\n"
        "今年以来，各地区各部门坚持稳中求进工作总基调，\n"
        "完整、准确、全面贯彻新发展理念，加快构建新发展格\n"
        "局，经济运行总体平稳、稳中有进。\n\n"
        "图①：11月18日，工人在江苏省南通市一家船舶企业\n"
        "生产车间作业。 新华社记者 季春鹏摄\n"
        "图②：游客在云南省大理市古城游览。\n"
        "杨 峥摄（人民视觉）\n"
    )
    (article,) = clean_page(text).articles
    assert [(c.text, c.credit) for c in article.captions] == [
        ("图①：11月18日，工人在江苏省南通市一家船舶企业生产车间作业。", "新华社记者 季春鹏摄"),
        ("图②：游客在云南省大理市古城游览。", "杨 峥摄（人民视觉）"),
    ]
    assert len(article.blocks) == 1


def test_headline_last_page_last_headline_before_the_captions_names_the_text_above() -> None:
    """On a headline-last page, a headline with only captions after it has no
    body below to head: it is the title of the article above, even when it
    shares few words with it."""
    text = (
        "　　本报讯（记者 陈 静）11月20日，市人大常委会召开第十五次会议，审议通过了决定。\n"
        "　　会议还听取了市政府关于今年以来经济运行情况的报告。\n\n"
        "市人大常委会召开第十五次会议\n\n"
        "　　本报讯（通讯员 孙 磊）连日来，我市各地抢抓晴好天气开展秋冬播。\n"
        "　　“今年的麦种是统一采购的良种，出苗率高。”种粮大户张建军说。\n\n"
        "秋冬播进度过半\n\n"
        "　　11月19日，市民在城区公园赏秋。 李 强 摄\n"
    )
    page = clean_page(text)
    assert [a.title for a in page.articles] == ["市人大常委会召开第十五次会议", "秋冬播进度过半"]
    assert all(b.kind == "paragraph" for a in page.articles for b in a.blocks)


@pytest.mark.parametrize(
    ("headline", "byline"),
    [
        ("坚持绿色发展 建设美丽家园", "本报评论员"),  # a commentator's line is a byline
        ("奋进新征程，建功新时代", "本报记者 王 明"),  # a headline may have a comma
        ("推动文化繁荣发展的实践路径", "□刘晓华"),  # an author's name behind its mark
        ("推动文化繁荣发展的实践路径", "◎王明 李华"),
        ("在《红楼梦》里读懂传统生活美学", "文/李明哲"),  # what the author did, a slash
        ("在《红楼梦》里读懂传统生活美学", "文｜晓 风"),  # a pen name
        ("老旧小区停车难何时能缓解？", "读者 王建国"),  # a reader's letter
    ],
)
def test_headline_and_byline_lines_stay_apart(headline: str, byline: str) -> None:
    text = f"{headline}\n{byline}\n本报讯 11月20日，全市青年干部座谈会召开。与会青年干部畅谈学习体会。\n"
    (article,) = clean_page(text).articles
    assert (article.title, article.byline) == (headline, byline)


def test_a_subheading_mark_before_a_name_is_no_byline() -> None:
    """ "■" and "◆" mark subheadings, which may name the person a part is
    about; "□" and "◎" mark a signed piece's author."""
    text = (
        "坚持绿色发展 建设美丽家园\n本报评论员\n"
        "生态环境是关系民生的重大社会问题。我们要坚定不移走生态优先、绿色发展之路。\n"
        "■王建国\n"
        "以更高标准打好蓝天、碧水、净土保卫战。\n"
    )
    (article,) = clean_page(text).articles
    assert article.byline == "本报评论员"
    assert [b.kind for b in article.blocks] == ["paragraph", "heading", "paragraph"]


def test_paragraph_broken_by_a_jump_and_page_header_is_one_paragraph() -> None:
    """A sentence broken off by "（下转第3版）", the next page's header and
    "（上接第2版）" goes on; the furniture goes to ``other``."""
    text = (
        "坚持绿色发展 建设美丽家园\n本报评论员\n"
        "生态环境是关系民生的重大社会问题。我们要坚定不移走生态优先、绿色发展之路，\n"
        "（下转第3版）\n\x0c海东日报 2026年11月21日 星期六 第3版\n\n（上接第2版）\n"
        "以更高标准打好蓝天、碧水、净土保卫战。\n\n"
        "（下转第4版）\n\n本报讯 11月20日，全市青年干部座谈会召开。\n"
    )
    page = clean_page(text, check=True)
    first = page.articles[0]
    assert [b.text for b in first.blocks] == [
        "生态环境是关系民生的重大社会问题。我们要坚定不移走生态优先、绿色发展之路，"
        "以更高标准打好蓝天、碧水、净土保卫战。"
    ]
    assert page.articles[1].blocks[0].text.startswith("本报讯")  # a finished sentence: no join
    assert [o.kind for o in page.other] == ["furniture"] * 4


def test_section_name_beside_the_page_number_is_furniture() -> None:
    """A page's top row often prints its section name beside the page number
    ("要闻 第4版"); that row is furniture, not the first article's title, while
    a body line with a date ("截至 2023年5月12日") stays text."""
    text = (
        "要闻 第4版\n\n让科技创新成为发展新引擎\n\n本报记者 王明\n\n"
        "本报深圳11月20日电 11月20日上午，南山区科技企业孵化器迎来第1000家入驻企业。\n"
    )
    page = clean_page(text)
    (article,) = page.articles
    assert article.title == "让科技创新成为发展新引擎"
    assert [(o.kind, o.text) for o in page.other] == [("furniture", "要闻 第4版")]
    assert not is_furniture("截至 2023年5月12日")
    assert not is_furniture("社区治理 有温度")


def test_page_number_joined_section_name_and_page_editor_line() -> None:
    """A page number on a line of its own beside the date line ("4"), a
    section name joined by a middle dot ("要闻·综合") and the page editors'
    line ("本版责编：") are page text, not headlines; the joined name stays
    apart from the headline below it. A name joined to one that is not a
    label or a section ("爱达·魔都号") is not a label."""
    page = clean_page(
        "文化·访谈\n守护千年文脉\n本报记者 王芳\n"
        "记者：您在敦煌工作了30多年，最大的感受是什么？\n"
        "李明：最大的感受是责任。\n本版责编：刘洋 孙丽\n\n"
        "要闻·综合\n4\n2024年6月18日 星期二\n夏粮收购进度过半\n"
        "本报北京6月17日电（记者 郁静娴）截至6月15日，主产区累计收购小麦2300万吨。\n"
    )
    assert [a.title for a in page.articles] == ["守护千年文脉", "夏粮收购进度过半"]
    assert [(o.kind, o.text) for o in page.other] == [
        ("label", "文化·访谈"),
        ("furniture", "本版责编：刘洋 孙丽"),
        ("label", "要闻·综合"),
        ("furniture", "4"),
        ("furniture", "2024年6月18日 星期二"),
    ]
    assert not is_section_label("爱达·魔都号")
    assert not is_furniture("4")  # alone, a number is not the page's


def test_a_subtitle_of_clauses_closing_a_headline_last_page() -> None:
    """On a page that prints each headline after its story, the last story's
    headline and its subtitle of clauses close the page's text: the subtitle
    is no paragraph and the headline no subheading of the story above."""
    page = split_page(
        [
            "受访专家认为，人工智能是辅助教学的工具，不能替代教师的育人作用。",
            "AI走进课堂 教学更加“聪明”",
            "本报记者 钱 程",
            "本报北京12月11日电（记者郁静娴）国家统计局11日发布公告，2023年全国粮食总产量13908.2亿斤。",
            "农业农村部有关负责人表示，今年粮食生产实现增产丰收。",
            "图为市民在口袋公园休闲娱乐。",
            "（刘春霞 摄）",
            "我国粮食生产再获丰收",
            "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上",
        ]
    )
    last = page.articles[-1]
    assert (last.title, last.subtitle) == (
        "我国粮食生产再获丰收",
        "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上",
    )
    assert last.blocks[0].text.startswith("本报北京12月11日电")
    assert all(b.kind == "paragraph" for a in page.articles for b in a.blocks)


def test_interview_label_and_chart_source_are_not_headlines() -> None:
    """ "专访" over an interview is a label, not a section heading of its
    body; a chart's source line ("数据来源：市统计局") is furniture beside its
    "制图：" line, not a subheading of the interview."""
    page = clean_page(
        "专访\n\n让老字号焕发新活力\n——访市商务局局长刘建国\n本报记者 孙 悦\n"
        "记者：老字号企业面临哪些困难？\n"
        "刘建国：一是品牌老化，二是经营模式传统，三是部分企业传承人断档。\n\n"
        "数据来源：市统计局\n制图：张 敏\n"
    )
    (article,) = page.articles
    assert (article.title, article.subtitle) == ("让老字号焕发新活力", "——访市商务局局长刘建国")
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]
    assert [(o.kind, o.text) for o in page.other] == [
        ("label", "专访"),
        ("furniture", "数据来源：市统计局"),
        ("furniture", "制图：张 敏"),
    ]
    assert not is_furniture("数据来源于市统计局的调查显示，全市居民收入稳步增长。")


def test_captions_open_with_their_usual_markers() -> None:
    """ "图为…", "上图：", "图②：" and a pointing triangle open captions, also
    without a photo credit and between paragraphs; a one-sentence paragraph
    after a caption stays a paragraph (a caption block runs on only with very
    short sentences)."""
    page = split_page(
        [
            "社区治理有温度",
            "本报讯（记者刘春霞）近年来，乌达区着眼于减负后，基层干什么、怎么干的问题，明确路径。",
            "▲社区干部走访居民。",
            "社区干部逐户走访居民，把党的二十大精神送到群众家门口。",
            "下一步，乌达区将继续推进基层减负，让基层干部把更多精力用在服务群众上。",
            "图②：居民在红色驿站阅读书籍。",
            "今年以来，社区严格落实基层党建工作责任制，不断提升组织力，提高服务力。",
            "上图：社区广场一角。",
        ]
    )
    (article,) = page.articles
    assert [b.text[:4] for b in article.blocks] == ["本报讯（", "社区干部", "下一步，", "今年以来"]
    assert [c.text for c in article.captions] == [
        "▲社区干部走访居民。",
        "图②：居民在红色驿站阅读书籍。",
        "上图：社区广场一角。",
    ]


def test_a_subtitle_of_clauses_between_headline_and_dateline() -> None:
    """A line of two clauses without a sentence's end under the headline and
    over the dateline is the subtitle; a finished sentence there stays body."""
    page = split_page(
        [
            "我国粮食生产再获丰收",
            "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上",
            "本报北京12月11日电（记者郁静娴）国家统计局11日发布公告，全年粮食总产量再创新高。",
        ]
    )
    (article,) = page.articles
    assert (article.title, article.subtitle) == (
        "我国粮食生产再获丰收",
        "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上",
    )
    assert len(article.blocks) == 1
    page = split_page(
        [
            "我国粮食生产再获丰收",
            "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上。",
            "本报北京12月11日电（记者郁静娴）国家统计局11日发布公告，全年粮食总产量再创新高。",
        ]
    )
    assert page.articles[0].subtitle is None


def test_three_headline_lines_the_last_of_clauses_are_kicker_title_subtitle() -> None:
    """Three lines over a story with no colon or dash to tell them apart, the
    last a line of clauses: kicker (引题), title (主题) and subtitle (副题),
    as they are printed.  Without clauses in the last line the lines are not
    read that way (it may be a headline broken across lines)."""
    lines = [
        "乡村振兴看新变",
        "小山村走出特色富民路",
        "去年全村人均收入突破3万元，比五年前翻了一番",
        "本报杭州6月2日电（记者王芳）走进淳安县下姜村，民宿、茶园沿溪而建。",
    ]
    (article,) = split_page(lines).articles
    assert (article.kicker, article.title, article.subtitle) == tuple(lines[:3])
    assert [block.text for block in article.blocks] == lines[3:]
    lines[2] = "一年接待游客超过十万人次"
    (article,) = split_page(lines).articles
    assert article.kicker is None
    assert article.title == lines[0]
    # a numbered subheading an export floated up is no subtitle: its "、" numbers it
    lines[2] = "二、激发全民族文化创新创造活力"
    assert all(article.kicker is None for article in split_page(lines).articles)


def test_a_photo_giver_in_brackets_credits_the_caption_above_it() -> None:
    """ "（图片由市文旅局提供）" names who gave the photo: the caption's
    credit, not the article's, and the sentence above it is the caption."""
    page = split_page(
        [
            "古镇夜游点亮文旅新消费",
            "本报记者 陈 曦",
            "夜幕降临，千年古镇华灯初上。石板街上游人如织，河面上画舫穿梭，古镇的夜晚热闹非凡。",
            "据统计，今年1—10月，古镇累计接待游客420万人次，夜间消费占比超过45%。",
            "游客在古镇夜游。",
            "（图片由市文旅局提供）",
        ]
    )
    (article,) = page.articles
    assert article.credit is None
    assert [(c.text, c.credit) for c in article.captions] == [
        ("游客在古镇夜游。", "图片由市文旅局提供")
    ]


def test_sentences_after_a_closing_credit_are_captions() -> None:
    """Between an article's closing credit and the next headline the article
    has ended: short sentences there are the captions of its "文/图" photos,
    one per sentence even when the joiner ran two lines together, or one per
    paragraph; a long paragraph there stays body text (an untitled piece)."""
    page = split_page(
        [
            "社区治理有温度",
            "本报讯（记者刘春霞）近年来，乌达区着眼于减负后，基层干什么、怎么干的问题，明确路径。",
            "（丁宇婷 文/图）",
            "居民在红色驿站阅读书籍。佳和小区红色驿站。",
            "口袋公园：家门口的方寸之美",
            "本报讯（记者陈洋）今年以来，社区严格落实基层党建工作责任制，不断提升组织力。",
            "（陈洋）",
            "今年以来，全区新建口袋公园12个，居民出门见绿、抬头赏景，幸福感显著提升，社区治理迈上新台阶。",
            "家门口办事更便捷",
        ]
    )
    first, second, *rest = page.articles
    assert first.credit == "（丁宇婷 文/图）"
    assert [c.text for c in first.captions] == ["居民在红色驿站阅读书籍。", "佳和小区红色驿站。"]
    assert second.captions == ()
    assert any(b.text.startswith("今年以来，全区") for a in rest for b in a.blocks)
    # a paragraph each, at the page's end
    page = split_page(
        [
            "社区治理有温度",
            "本报讯（记者刘春霞）近年来，乌达区着眼于减负后，基层干什么、怎么干的问题，明确路径。",
            "（丁宇婷 文/图）",
            "居民在红色驿站阅读书籍。",
            "佳和小区红色驿站。",
        ]
    )
    (article,) = page.articles
    assert [c.text for c in article.captions] == ["居民在红色驿站阅读书籍。", "佳和小区红色驿站。"]


def test_last_scene_sentence_of_own_photo_article_is_a_caption() -> None:
    """An article whose writer took its photos ("文/图") and that has no
    closing credit: a one-sentence scene at its foot is a photo caption; a
    closing sentence that opens like prose ("据了解，…") stays a paragraph, and
    so does a short last paragraph of an article with someone else's photos."""

    def last_parts(byline: str, last: str) -> tuple[list[str], list[str]]:
        page = split_page(
            [
                "“助老餐厅+活动室”幸福“润到家”",
                byline,
                "本报5月12日讯（记者刘春霞）3月24日，记者走进海勃湾区黄河社区，随处都能感受到幸福气息。",
                "午休过后，老人们陆续来到活动室，开启悠闲的午后时光。",
                last,
                "整合多元资源 提升服务效能",
                "本报讯（记者李欣）近年来，社区严格落实基层党建工作责任制。",
            ]
        )
        article = page.articles[0]
        return [b.text for b in article.blocks], [c.text for c in article.captions]

    blocks, captions = last_parts("本报记者 刘春霞 文/图", "社区老年人到助老餐厅就餐。")
    assert captions == ["社区老年人到助老餐厅就餐。"]
    assert blocks[-1].startswith("午休过后")
    blocks, captions = last_parts("本报记者 刘春霞 文/图", "据了解，活动室日均接待50人。")
    assert captions == [] and blocks[-1] == "据了解，活动室日均接待50人。"
    blocks, captions = last_parts("本报记者 刘春霞", "社区老年人到助老餐厅就餐。")
    assert captions == [] and blocks[-1] == "社区老年人到助老餐厅就餐。"


def test_caption_at_the_foot_of_own_photo_article_closes_it() -> None:
    """The caption at the foot of an article whose writer took its photos
    closes the article: a heading after it opens the next one, even without
    a dateline below it. After a plain last paragraph the heading stays a
    subheading."""

    def titles(byline: str) -> list[str | None]:
        page = split_page(
            [
                "“助老餐厅+活动室”幸福“润到家”",
                byline,
                "3月24日，记者走进海勃湾区黄河社区，随处都能感受到幸福气息。",
                "午休过后，老人们陆续来到活动室，开启悠闲的午后时光。",
                "社区老年人到助老餐厅就餐。",
                "口袋公园：家门口的方寸之美",
                "走进海南城区，一个个小而美的口袋公园呈现在眼前，为市民休闲锻炼增添新去处。",
            ]
        )
        return [article.title for article in page.articles]

    assert titles("本报记者 刘春霞 文/图") == [
        "“助老餐厅+活动室”幸福“润到家”",
        "口袋公园：家门口的方寸之美",
    ]
    assert titles("本报记者 刘春霞") == ["“助老餐厅+活动室”幸福“润到家”"]


def test_last_sentence_over_a_stretch_of_time_is_no_own_photo_caption() -> None:
    """A photo shows a moment: a short last paragraph telling of last year
    ("去年，…") or of years past is body text, and the heading after it is
    the article's subheading, not a new article's title."""
    page = split_page(
        [
            "党建引领聚合力 服务群众暖民心",
            "本报记者 刘春霞 文/图",
            "走进海南区拉僧仲街道华苑社区，浓厚的生活气息扑面而来。",
            "近年来，华苑社区党委抓实党建引领基层治理工作，共建美好家园。",
            "去年，该党委成功获评自治区级坚强堡垒“模范”支部。",
            "创新党建模式 筑牢战斗堡垒",
            "华苑社区建成于2003年11月，地处海南区北侧，是棚户区搬迁改造的主要安置区。",
        ]
    )
    (article,) = page.articles
    assert article.captions == ()
    assert [b.kind for b in article.blocks] == [
        "paragraph",
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert article.blocks[2].text.startswith("去年")


def test_dateline_of_a_reporter_who_took_the_photos_signs_like_a_byline() -> None:
    """A dateline's "（记者周慧摄影报道）" says the writer took the photos, as
    "文/图" in a byline does: the one-sentence scene at the foot is a caption."""
    page = split_page(
        [
            "“法”护幸福之城 民法典进社区",
            "本报5月12日讯（记者周慧摄影报道）5月12日，民法典进社区主题活动走进滨海新村。",
            "现场还设置了法律咨询服务平台，工作人员耐心倾听、细致解答。",
            "活动现场，志愿者向居民宣讲民法典知识。",
        ]
    )
    (article,) = page.articles
    assert [c.text for c in article.captions] == ["活动现场，志愿者向居民宣讲民法典知识。"]
    assert len(article.blocks) == 2


def test_a_new_dateline_starts_a_new_piece() -> None:
    """A dateline never stands inside another article's body: a paragraph
    opening with one after body paragraphs starts a new (here untitled)
    article, also on headline-first pages with no credit in between."""
    page = split_page(
        [
            "推动高质量发展迈出新步伐",
            "本报记者 王明 李华",
            "本报北京5月12日电（记者王明）记者从国家发展改革委获悉：经济持续回升向好。",
            "国家发展改革委有关负责人表示，下一步将加大宏观政策调控力度。",
            "新华社北京5月12日电 国务院总理李强12日主持召开国务院常务会议。",
            "会议指出，就业是最基本的民生。",
        ]
    )
    first, second = page.articles
    assert first.title == "推动高质量发展迈出新步伐"
    assert len(first.blocks) == 2
    assert second.title is None
    assert [b.text[:3] for b in second.blocks] == ["新华社", "会议指"]


def test_couplet_broken_inside_its_second_clause_is_one_title() -> None:
    """ "社区治理有温度 居民" / "幸福看得见" (pdftotext put a blank line
    inside the headline): the second clause completed matches the first's
    length, so it is one title; a real subtitle under a couplet stays one."""

    def heads(*lines: str) -> tuple[str | None, str | None]:
        page = split_page(
            [*lines, "为深入学习宣传贯彻党的二十大精神，连日来，各个街道创新宣传方式。"]
        )
        return page.articles[0].title, page.articles[0].subtitle

    assert heads("社区治理有温度 居民", "幸福看得见") == ("社区治理有温度 居民幸福看得见", None)
    assert heads("社区治理有温度 居民幸福看得见", "西宁市城中区南滩街道党工委创新宣讲") == (
        "社区治理有温度 居民幸福看得见",
        "西宁市城中区南滩街道党工委创新宣讲",
    )


def test_headline_last_heading_between_bodies_named_by_the_text_before() -> None:
    """Headlines after their articles: a heading between two stretches of
    body whose words come from the text above (and hardly from the text
    below) is the title of the article above; a heading whose words are not
    the text above's stays a subheading."""

    def articles(heading: str) -> list[tuple[str | None, int]]:
        page = split_page(
            [
                "翻开一本本民情日志，满满的民生需求映入眼帘。年初以来，海南区推行民情日志工作法。",
                "海南区坚持“清单式”落实，将《民情日志》记载的群众所需所盼逐一解决，服务群众。",
                heading,
                "“党的二十大的主题是：高举中国特色社会主义伟大旗帜。”审计干部在学习会上说。",
                "海南区审计局把深入学习宣传贯彻党的二十大精神作为当前和今后一个时期的首要政治任务。",
                "（陈洋）",
                "海南区审计局：",
                "“微党课”有声有色",
            ]
        )
        return [(a.title, len(a.blocks)) for a in page.articles]

    assert articles("一本《民情日志》 承载为民服务真情") == [
        ("一本《民情日志》 承载为民服务真情", 2),
        ("“微党课”有声有色", 2),
    ]
    assert articles("强化基层治理 让沟通更“连心”") == [("“微党课”有声有色", 5)]


def test_short_section_heading_above_a_full_headline_goes_to_the_body() -> None:
    """An export may float the body's first section heading (a place name)
    above the headline: of three headline lines, a first one of a few
    characters under much longer ones is an in-body heading, not the title."""
    page = split_page(
        [
            "坚持人民至上 发展成果惠及民生",
            "本报讯（记者刘春霞）近年来，海南区坚持以人民为中心的发展思想。",
            "（陈洋）",
            "龙华区",
            "海口各区开展全国防灾减灾日主题宣传活动",
            "“安全课堂”椰城开课",
            "本报记者 陈丽园 陈歆卓",
            "5月12日上午，龙华区全国防灾减灾日主题宣传活动在海垦街道双创广场开展。",
        ]
    )
    first, article = page.articles
    assert first.title == "坚持人民至上 发展成果惠及民生"
    assert (article.kicker, article.title) == (
        "海口各区开展全国防灾减灾日主题宣传活动",
        "“安全课堂”椰城开课",
    )
    assert [b.kind for b in article.blocks] == ["heading", "paragraph"]
    assert article.blocks[0].text == "龙华区"


# A paragraph set in a narrow column of 13 (a body for headings to stand in).
_NARROW_PARAGRAPH = (
    "近年来，海南区坚持以人民为\n"
    "中心的发展思想，持续加大民\n"
    "生投入，让发展成果更多更公\n"
    "平惠及全区各族群众。海南区\n"
    "不断健全医疗卫生服务体系，\n"
    "持续提高重点人群健康管理水\n"
    "平，织就公共卫生服务健康网。\n"
)


def test_headline_first_page_without_cues() -> None:
    """No byline, credit or dateline between articles: a headline wider than
    the column, or set large enough to wrap onto three lines, opens an article;
    a one-line subheading stays in the body."""
    text = (
        "坚持人民至上 发展成果惠及全区各族群众\n"
        + _NARROW_PARAGRAPH
        + (
            "突出党建引领\n"
            "今年以来，社区严格落实基层\n"
            "党建工作责任制，着力锻造红\n"
            "色引擎特色党建，不断提升组\n"
            "织力，提高服务力。\n"
            "“一刻钟社区生\n"
            "活圈”演绎幸福\n"
            "故事\n"
            "“家门口就是公园，不远处就\n"
            "是社区服务中心，超市就在小\n"
            "区门口。步行干啥都方便。”说\n"
            "起如今便捷的生活，居民汪沙\n"
            "津赞不绝口。\n"
        )
    )
    page = clean_page(text)
    first, second = page.articles
    assert first.title == "坚持人民至上 发展成果惠及全区各族群众"
    assert [b.kind for b in first.blocks] == ["paragraph", "heading", "paragraph"]
    assert (second.title or "").replace(" ", "") == "“一刻钟社区生活圈”演绎幸福故事"
    assert second.blocks[0].text.startswith("“家门口就是公园")


def test_in_body_heading_stays_in_article() -> None:
    page = split_page(
        [
            "社区治理有温度",
            "本报记者 燕卓",
            "连日来，各街道创新宣传方式，形成良好氛围。",
            "夜校课堂开课了",
            "11月20日，夜校课堂开课了，居民纷纷参加。",
        ]
    )
    assert len(page.articles) == 1
    assert [b.kind for b in page.articles[0].blocks] == ["paragraph", "heading", "paragraph"]


def test_glued_banner_is_separated_when_the_page_shows_it() -> None:
    page = split_page(
        [
            "社区党建见实效。",
            "（甲乙）",
            "激活党建动能 合力提升服务学习宣传贯彻党的二十大精神",
            "区里深入学习宣传贯彻党的二十大精神，推动工作。",
            "（丙丁）",
            "审计局：",
            "微党课有声有色",
        ]
    )
    assert page.articles[0].title == "激活党建动能 合力提升服务"
    assert ("banner", "学习宣传贯彻党的二十大精神") in [(o.kind, o.text) for o in page.other]


def test_nothing_is_dropped_on_seeds() -> None:
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        page = clean_page(text, Config(fix_traditional=False))
        expected = Counter(content_skeleton(text))
        expected.subtract({"一": 2}) if "变新了一一这是" in text else None
        assert Counter(content_skeleton(render_text(page))) == +expected, seed.name


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_structure_matches_reference(seed: Path) -> None:
    reference = ROOT / "tests/pages" / f"{seed.stem}.expected.json"
    expected = Page.from_dict(json.loads(reference.read_text(encoding="utf-8")))
    scores = structure_scores(clean_page(seed.read_text(encoding="utf-8")), expected)
    assert scores.segmentation >= 0.92, scores
    assert scores.captions >= 0.90, scores
    assert scores.bylines_credits >= 0.90, scores
    assert scores.titles >= 0.80, scores  # seed 002's extraction puts a section heading first


def test_titles_over_all_seeds() -> None:
    found = total = 0
    for seed in SEEDS:
        reference = ROOT / "tests/pages" / f"{seed.stem}.expected.json"
        expected = Page.from_dict(json.loads(reference.read_text(encoding="utf-8")))
        predicted = clean_page(seed.read_text(encoding="utf-8"))
        titles = {a.title for a in predicted.articles}
        gold = [a.title for a in expected.articles if a.title]
        found += sum(1 for t in gold if t in titles)
        total += len(gold)
    assert found / total >= 0.90


def test_split_page_can_be_switched_off() -> None:
    text = (ROOT / "seeds/000_58dae0d88b8bba54.txt").read_text(encoding="utf-8")
    page = clean_page(text, Config(split_page=False))
    assert len(page.articles) == 1
    assert page.articles[0].title is None


LAYOUTS = ROOT / "tests/layouts"
FURNISHED = sorted(
    p for p in LAYOUTS.glob("*_furniture.*.txt") if not p.name.endswith(".expected.txt")
)


def test_furniture_score_counts_what_is_missing() -> None:
    expected = Page(other=(Other("furniture", "海东日报"), Other("furniture", "第3版")))
    found = Page(other=(Other("furniture", "海东日报 第3版"),))
    assert structure_scores(found, expected).furniture == 1.0  # however it is split
    assert structure_scores(Page(), expected).furniture == 0.0
    half = structure_scores(Page(other=(Other("furniture", "海东日报"),)), expected)
    assert 0.0 < half.furniture < 1.0


def test_title_score_counts_a_title_only_over_its_own_article() -> None:
    first = Article(
        title="社区治理有温度", blocks=(Block("paragraph", "居民纷纷表示，社区治理有温度。"),)
    )
    second = Article(
        title="产业升级跑出加速度", blocks=(Block("paragraph", "今年以来，我市推动转型。"),)
    )
    expected = Page(articles=(first, second))
    assert structure_scores(expected, expected).titles == 1.0
    # each title found, but over the other article's body (the order misread)
    swapped = Page(
        articles=(
            Article(title=None, blocks=first.blocks),
            Article(title=first.title, blocks=second.blocks),
            Article(title=second.title),
        )
    )
    assert structure_scores(swapped, expected).titles == 0.0
    # a first paragraph split in two is still found by its opening
    split = Page(
        articles=(
            Article(
                title=first.title,
                blocks=(
                    Block("paragraph", "居民纷纷表示，"),
                    Block("paragraph", "社区治理有温度。"),
                ),
            ),
            second,
        )
    )
    assert structure_scores(split, expected).titles == 1.0


@pytest.mark.parametrize("path", FURNISHED, ids=lambda p: p.name)
def test_generated_page_furniture_is_found(path: Path) -> None:
    """Masthead, date line, page number and editors' line, as every extractor
    gives them on the generated pages, all go to ``other``."""
    name = path.name.split(".")[0]
    reference = LAYOUTS / f"{name}.expected.json"
    expected = Page.from_dict(json.loads(reference.read_text(encoding="utf-8")))
    scores = structure_scores(clean_page(path.read_text(encoding="utf-8")), expected)
    assert len(FURNISHED) >= 8
    assert scores.furniture == 1.0, scores


def test_headline_wrapped_well_short_of_the_column_opens_an_article() -> None:
    """A heading wrapped onto two lines well short of the body's column is
    set larger than the body: a headline, which opens an article even with
    no byline or dateline below it; a subheading in the body's size fills
    its first line before it wraps, or is printed clause by clause, and stays
    in the body."""

    def titles(first_line: str, second_line: str) -> list[str | None]:
        text = (
            _NARROW_PARAGRAPH
            + f"{first_line}\n{second_line}\n"
            + (
                "今年以来，社区严格落实基层\n"
                "党建工作责任制，着力锻造红\n"
                "色引擎特色党建，不断提升组\n"
                "织力，提高服务力。同时，结\n"
                "合社区实际推出了三线工作法，\n"
                "不断丰富党群服务中心功能。\n"
            )
        )
        return [article.title for article in clean_page(text).articles]

    assert titles("社区激活党建动", "能 合力提升服务") == [None, "社区激活党建动能 合力提升服务"]
    assert titles("社区激活党建动能 合力提升", "服务水平") == [None]
    assert titles("突出党建引领", "让功能更“贴心”") == [None]  # clause by clause


def _continued_page(
    *, jump: bool = False, opening: str = "拨土地法律地位与有偿使用制度等内容。"
) -> Page:
    """A page as pdfminer gives it: a column's lower part first, then the
    headline of the article it belongs to, whose text breaks off mid-word."""
    blocks = [
        opening,
        "现场还设置了法律咨询服务平台，居民前来咨询。",
        "“法”护幸福之城 “典”亮自贸未来",
        "本报记者 周慧",
        "5月12日，民法典进社区主题活动走进滨海新村。",
        "活动现场，普法讲师讲解了与居民生活息息相关的国有划",
    ]
    if jump:
        blocks.append("（下转第3版）")
    return split_page(blocks)


def test_opening_text_finishes_the_article_that_breaks_off() -> None:
    """Untitled text opening the page goes on from the one article that
    breaks off mid-sentence, when the break falls inside a word (国有划 /
    拨土地: 划拨)."""
    (article,) = _continued_page().articles
    assert article.title == "“法”护幸福之城 “典”亮自贸未来"
    assert [b.text for b in article.blocks] == [
        "5月12日，民法典进社区主题活动走进滨海新村。",
        "活动现场，普法讲师讲解了与居民生活息息相关的国有划拨土地法律地位与有偿使用制度等内容。",
        "现场还设置了法律咨询服务平台，居民前来咨询。",
    ]


def test_opening_text_stays_apart_after_a_jump_line_or_a_fresh_start() -> None:
    """A jump line ("下转第3版") says where the broken article goes on; an
    opening that does not finish the broken word is a start of its own."""
    for page in (_continued_page(jump=True), _continued_page(opening="社区是城市最小的细胞。")):
        assert [a.title for a in page.articles] == [None, "“法”护幸福之城 “典”亮自贸未来"]
        assert page.articles[1].blocks[-1].text.endswith("国有划")


def test_a_salutation_opens_the_letter_under_a_headline_printed_after_the_piece_above() -> None:
    # headlines after their bodies: the essay's headline and byline, then the
    # letter, its salutation on a line of its own, then the letter's headline
    blocks = [
        "读《红楼梦》，读的是人物命运，也是一种生活态度。",
        "在《红楼梦》里读懂传统生活美学",
        "文/李明哲",
        "编辑同志：",
        "我家住在城东的一个老旧小区，找车位成了最头疼的事。",
        "希望有关部门能够统筹规划，帮助居民解决停车难题。",
        "老旧小区停车难何时能缓解？",
        "读者 王建国",
    ]
    essay, letter = split_page(blocks).articles
    assert (essay.title, essay.byline) == ("在《红楼梦》里读懂传统生活美学", "文/李明哲")
    assert (letter.title, letter.byline) == ("老旧小区停车难何时能缓解？", "读者 王建国")
    assert (letter.blocks[0].kind, letter.blocks[0].text) == ("paragraph", "编辑同志：")


def test_a_salutation_at_the_top_of_the_page_is_no_column_name() -> None:
    blocks = [
        "编辑同志：",
        "我家住在城东的一个老旧小区，找车位成了最头疼的事。",
        "希望有关部门能够统筹规划，帮助居民解决停车难题。",
        "老旧小区停车难何时能缓解？",
        "读者 王建国",
    ]
    page = split_page(blocks)
    (letter,) = page.articles
    assert letter.blocks[0].text == "编辑同志：" and not page.other


@pytest.mark.parametrize(
    ("signature", "credit"),
    [
        (["市交通运输局"], "市交通运输局"),
        (["市交通运输局", "2023年11月20日"], "市交通运输局 2023年11月20日"),
        (["县人民政府办公室", "二〇二三年十一月二十日"], "县人民政府办公室 二〇二三年十一月二十日"),
    ],
)
def test_a_notice_is_signed_by_its_issuer(signature: list[str], credit: str) -> None:
    blocks = [
        "关于调整部分公交线路的通告",
        "为方便市民出行，经研究决定，对以下公交线路进行调整：",
        "一、12路公交车延伸至高铁东站，沿途增设两个站点。",
        "特此通告。",
        *signature,
        "前三季度国内生产总值同比增长5.2%",
        "本报北京10月18日电（记者王珂）国家统计局18日发布数据。",
    ]
    notice, report = split_page(blocks).articles
    assert (notice.title, notice.credit) == ("关于调整部分公交线路的通告", credit)
    assert notice.blocks[-1].text == "特此通告。"
    assert report.title == "前三季度国内生产总值同比增长5.2%"


def test_a_caption_wrapped_onto_a_line_boxed_apart_is_still_the_caption() -> None:
    # pdfminer.six boxed the caption's wrapped line apart: "…驶出" / blank /
    # "（无人机照片）。" / blank / credit, on a page where blank lines mark
    # paragraphs; the paragraph above the caption ends at the column edge
    path = LAYOUTS / "beat4_3col_none_furniture.pdfminer.txt"
    page = clean_page(path.read_text(encoding="utf-8"))
    article = next(a for a in page.articles if a.title == "中欧班列累计开行突破8万列")
    assert article.captions == (
        Caption("一列中欧班列从重庆团结村站驶出（无人机照片）。", "新华社记者 唐 奕 摄"),
    )
    assert article.blocks[-1].text.endswith("已经成为连接亚欧大陆的重要物流通道。")


def test_two_long_headline_lines_joined_at_a_clause_are_kicker_and_title() -> None:
    # PyMuPDF, three-column layout: the kicker and the title each fill a line
    # of their own; the lines step joins them at a clause's space, and the
    # splitter reads the longer upper line as the kicker (two lines of up to
    # ten characters stay one title: "党建引领聚合力 服务群众暖民心").
    text = (
        "社区党委组织在职党员开展志愿服\n务活动。\n来自循化重点隔离管控区\n一产妇顺利产下双胞胎\n"
        "本报讯（西海全媒体记者 吕锦武 \n通讯员 王桂萍）11月22日11时50\n分许，一阵响亮的婴儿啼哭声从海\n"
        "东市循化撒拉族自治县人民医院的\n隔离手术室传出。\n"
    )
    article = next(a for a in clean_page(text).articles if a.title)
    assert (article.kicker, article.title) == ("来自循化重点隔离管控区", "一产妇顺利产下双胞胎")
    couplet = clean_page(
        "党建引领聚合力\n服务群众暖民心\n本报讯（记者 王明）近日，社区举办活动。\n"
    )
    assert [(a.kicker, a.title) for a in couplet.articles] == [
        (None, "党建引领聚合力 服务群众暖民心")
    ]
    # the byline under the two lines does not hide them from the reading
    listed = clean_page(
        "夜游、夜市、夜购多点开花\n古镇夜游点亮文旅新消费\n本报记者 陈 曦\n"
        "夜幕降临，千年古镇华灯初上。石板街上游人如织，\n河面上画舫穿梭。\n"
    )
    assert [(a.kicker, a.title, a.byline) for a in listed.articles] == [
        ("夜游、夜市、夜购多点开花", "古镇夜游点亮文旅新消费", "本报记者 陈 曦")
    ]


def test_a_notice_is_a_piece_of_its_own_with_its_fields_and_its_issuer() -> None:
    # PyMuPDF, four-column layout: a notice after a news item, with a field
    # line for its address and date and the office that signs it.
    text = (
        "我市首条智慧公交线路开通\n本报记者 徐 航\n11月18日，我市首条智慧公交\n线路正式开通运营。\n"
        "目前，全国已有30多个城市\n开通智慧公交线路。\n征稿启事\n为庆祝建市60周年，本报即\n"
        "日起面向社会公开征集稿件，\n欢迎广大读者踊跃投稿。\n一、征稿内容：讲述城市发\n"
        "展变化，记录身边感人故事。\n三、投稿邮箱：zhenggao@e\nxample.com\n截稿日期：2024年3月31日\n"
        "本报编辑部\n物业服务，关系千家万户的“小幸\n福”，牵动基层治理的“大民生”。\n"
    )
    page = clean_page(text)
    titles = [a.title for a in page.articles]
    assert titles[:2] == ["我市首条智慧公交线路开通", "征稿启事"]
    notice = page.articles[1]
    assert [b.text for b in notice.blocks][-2:] == [
        "三、投稿邮箱：zhenggao@example.com",
        "截稿日期：2024年3月31日",
    ]
    assert notice.credit == "本报编辑部"
    # what follows the signed notice is another (untitled) piece
    assert page.articles[2].blocks[0].text.startswith("物业服务")
    # a notice's title opening the page is no column label
    top = clean_page("征稿启事\n为庆祝建市60周年，本报即日起面向社会公开征集稿件。\n")
    assert [a.title for a in top.articles] == ["征稿启事"] and top.other == ()


def test_headline_words_outweigh_datelines_under_each_headline() -> None:
    """Two headlines each draw their words from the body above them; that
    each is followed by a dateline is true of either order, so it does not
    outvote them (a fresh generated layout, as PyMuPDF gave it: a column of
    eight characters, headlines set large in four)."""
    lines = [
        *("本报讯 11月15日，", "市消防救援支队在", "城区某商业综合体", "开展冬季消防安全"),
        *("应急演练，300余", "名商户和员工参加。", "（李 明）", "我市开展", "冬季消防", "安全演练"),
        *("本报讯 记者从市", "图书馆获悉，即日", "起，读者在合作书", "店选购图书后可直"),
        *("接办理借阅手续，", "阅读后归还图书馆", "即可。", "（记者 赵 倩）", "图书馆推"),
        *("出“ 你选书", " 我买单”", "服务", "新华社北京11月20", "日电（记者张强）"),
        *("国家统计局20日发", "布数据显示，10月", "份，全国规模以上", "工业增加值同比增"),
        *("长5. 3%，比上月加", "快0. 5个百分点。", "国家统计局新闻发", "言人表示，总体看，"),
        *("10月份国民经济延", "续恢复向好态势。"),
    ]
    page = clean_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == [
        "我市开展冬季消防安全演练",
        "图书馆推出“你选书 我买单”服务",
        None,
    ]
    assert page.articles[2].blocks[0].text.startswith("新华社北京")


def test_captions_after_a_credit_for_the_photos_too_come_before_an_untitled_piece() -> None:
    """Short sentences after a credit that covers the photos ("文/图") are
    their captions, also when an untitled piece's body follows them, not
    only a headline (a fresh generated layout, as PyMuPDF gave it)."""
    page = split_page(
        [
            "强化基层治理 让沟通更“连心”",
            "社区紧紧围绕“构建平安社区”的目标，推动社会治理能力水平不断提升，将矛盾纠纷在网格中化解。",
            "（丁宇婷 文/图）",
            "居民在红色驿站阅读书籍。",
            "佳和小区红色驿站。",
            "物业服务，关系千家万户的“小幸福”，牵动基层治理的“大民生”。围绕海南自由贸易港基层治理现实发展需求，去年起海口启动党建引领“和美小区”建设。",
        ]
    )
    first, second = page.articles
    assert first.credit == "（丁宇婷 文/图）"
    assert [c.text for c in first.captions] == ["居民在红色驿站阅读书籍。", "佳和小区红色驿站。"]
    assert second.title is None and second.blocks[0].text.startswith("物业服务")


def test_a_date_line_printed_inside_a_paragraph_goes_to_the_furniture() -> None:
    """The page's date line printed between two lines of one paragraph, the
    second opening on a comma: the date is furniture, and the paragraph is
    whole again around it, not glued to the date."""
    page = clean_page(
        "海南区坚持“清单式”落实，解决群众急难愁盼问题\n450余个，切实将“问题清单”转化为“满意清单”\n"
        "\n2022年12月6日 星期四\n\n，实实在在解决群众所难，真真切切实现群众所盼。\n"
    )
    texts = [block.text for article in page.articles for block in article.blocks]
    assert any("满意清单”，实实在在" in text for text in texts)
    assert not any("星期四" in text for text in texts)
    assert [other.text for other in page.other] == ["2022年12月6日 星期四"]


def test_a_poem_is_a_piece_of_its_own_one_paragraph_a_line() -> None:
    """A poem beside a column of prose (pdftotext reads the prose first):
    the poem's title and poet head its own piece, and each of its lines is
    a paragraph, however much its short lines look like headlines."""
    verses = ["稻谷低下了头", "像一位沉思的老人", "风从山那边吹来", "带着泥土的芳香"]
    verses2 = ["母亲站在田埂上", "望着金黄的远方", "她说，今年的收成", "比去年还要好"]
    page = clean_page(
        "丰收时节话丰年\n秋收时节，记者走进城郊的几个村庄，\n只见金黄的稻田一望无际，收割机在田间\n"
        "来回穿梭，农民们脸上洋溢着丰收的喜悦。\n\n秋天的村庄\n李小雨\n"
        + "\n".join(verses)
        + "\n\n"
        + "\n".join(verses2)
        + "\n"
    )
    poem = page.articles[-1]
    assert (poem.title, poem.byline) == ("秋天的村庄", "李小雨")
    assert [(block.kind, block.text) for block in poem.blocks] == [
        ("paragraph", verse) for verse in verses + verses2
    ]
    assert page.articles[0].title == "丰收时节话丰年"
    assert [block.text for block in page.articles[0].blocks] == [
        "秋收时节，记者走进城郊的几个村庄，只见金黄的稻田一望无际，收割机在田间来回穿梭，农民们脸上洋溢着丰收的喜悦。"
    ]


def test_a_clause_subtitle_closing_the_page_under_a_kicker_and_title_printed_last() -> None:
    """A page that prints each headline after its story ends with a kicker,
    a title and a subtitle of clauses: the subtitle is the title's, not a
    piece of its own (pdftotext)."""
    page = clean_page(
        "农业农村部有关负责人\n表示，今年粮食生产克服了\n黄淮“烂场雨”、华北东北局\n地洪涝等灾害影响，实现增\n"
        "产丰收，为稳定经济社会大\n局提供了有力支撑。\n\n国家统计局发布公告\n\n我国粮食生产再\n获丰收\n"
        "全年粮食总产量达1390\n8亿斤，连续9年稳定在\n1.3万亿斤以上\n"
    )
    assert len(page.articles) == 1
    article = page.articles[0]
    assert (article.kicker, article.title, article.subtitle) == (
        "国家统计局发布公告",
        "我国粮食生产再获丰收",
        "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上",
    )


def test_a_fragment_under_a_broken_headline_is_no_subtitle() -> None:
    """A line cut off mid-sentence under a headline and a character broken
    off it (pdfminer.six's scrambled page end) is not made a subtitle: a
    headline's lines hold phrases."""
    page = clean_page((LAYOUTS / "beat3_5col_gap.pdfminer.txt").read_text(encoding="utf-8"))
    last = page.articles[-1]
    assert last.subtitle is None
    assert last.blocks[-1].text == "受访专家认为，人工智"


def test_a_traditional_report_under_its_own_headline_after_a_simplified_story() -> None:
    """A Hong Kong report reprinted under a Simplified story: its headline,
    in its own script, opens its piece, though no dateline follows it that
    the line patterns know."""
    page = clean_page(
        "专家提醒：秋冬季节谨防呼吸道疾病\n本报记者 周 洁\n\n"
        "随着气温下降，近期我市多家医院呼吸科门诊量明显增加。\n\n"
        "“预防呼吸道疾病，最有效的办法是接种疫苗。”郑国华建议，市民日常要勤洗手。\n\n"
        "图①：市民在社区卫生服务中心接种流感疫苗。\n本报记者 周 洁 摄\n\n"
        "本港十月零售銷貨額按年上升\n\n"
        "【香港商報訊】記者黃嘉欣報道：政府統計處昨日公布，十月份零售業總銷貨價值較去年同月上升。\n\n"
        "政府發言人表示，訪港旅客人數持續增加，加上本地就業情況改善，均對零售業務有支持。\n"
    )
    assert [article.title for article in page.articles] == [
        "专家提醒：秋冬季节谨防呼吸道疾病",
        "本港十月零售銷貨額按年上升",
    ]
    assert all(block.kind == "paragraph" for block in page.articles[0].blocks)


def test_a_hong_kong_papers_own_dateline_opens_an_untitled_report() -> None:
    """ "【大公報訊】", "【文匯報訊】": a paper's own dateline in brackets
    opens a story as "本报讯" does, so a brief without a headline after
    another report is a piece of its own."""
    page = clean_page(
        "港府推出新一輪人才引進計劃\n\n"
        "【大公報訊】記者李明報道：特區政府昨日公布新一輪人才引進計劃，預計未來三年吸引約10萬名專業人才來港。\n\n"
        "勞工及福利局局長表示，計劃將重點吸引創新科技、金融及醫療等領域的人才。\n\n"
        "【文匯報訊】記者張華報道：香港國際機場昨日錄得旅客量按年上升三成，創疫後新高。\n"
    )
    assert len(page.articles) == 2
    assert page.articles[1].blocks[0].text.startswith("【文匯報訊】")


def test_bulleted_briefs_over_datelines_are_stories() -> None:
    """A column of briefs ("新闻速递") heads each item with a bulleted headline
    right above its dateline. A dateline opens a story, so each bulleted line
    is its brief's title, not a subheading, and the page reads headline first.
    A prompt to scan a code beside them ("▲扫码看视频") is page text."""
    page = clean_page(
        "新闻速递\n"
        "■市区两级联动开展\n冬季消防安全检查\n"
        "本报讯（记者 王丽）近日，市消防救援支队联合各区\n"
        "对全市商场、市场等人员密集场所开展冬季消防安全\n"
        "检查，共检查单位126家，督促整改隐患213处。\n"
        "■我市新增3家国家级\n专精特新“小巨人”企业\n"
        "本报讯（记者 李强）日前，工业和信息化部公示第五\n"
        "批专精特新“小巨人”企业名单，我市3家企业上榜。\n"
        "▲扫码看视频\n"
    )
    assert len(page.articles) == 2
    first, second = page.articles
    assert first.title == "■市区两级联动开展冬季消防安全检查"
    assert first.body.startswith("本报讯（记者 王丽）") and first.body.endswith("213处。")
    assert "■我市新增3家国家级" in (second.title or "")
    assert second.body.startswith("本报讯（记者 李强）") and second.body.endswith("上榜。")
    assert ("furniture", "▲扫码看视频") in [(o.kind, o.text) for o in page.other]


def test_a_bulleted_subheading_over_body_stays_in_the_story() -> None:
    """Unlike a brief's headline, a bulleted heading over a paragraph with no
    dateline is the story's subheading."""
    page = clean_page(
        "社区治理有温度\n\n本报记者 王明\n\n"
        "本报讯 近日，华苑社区推出一系列便民举措，受到居民欢迎。\n\n"
        "■完善服务体系\n\n社区新建服务站三个，方便居民就近办事。\n"
    )
    (article,) = page.articles
    assert article.title == "社区治理有温度"
    assert [b.kind for b in article.blocks] == ["paragraph", "heading", "paragraph"]


def test_prompts_to_scan_a_code_are_furniture() -> None:
    """A code's prompt names what it opens ("扫码看视频", "（扫描二维码阅读全文）");
    a sentence about scanning ("扫码即可缴费", "扫码看视频，了解更多") is text."""
    for prompt in (
        "扫码看视频",
        "▲扫码看视频",
        "（扫描二维码阅读全文）",
        "扫一扫",
        "扫描上方二维码观看直播",
    ):
        assert is_furniture(prompt), prompt
    for text in ("扫码即可缴费", "扫码观看直播的网友达", "扫码看视频，了解更多", "扫码支付"):
        assert not is_furniture(text), text


def test_an_agency_release_naming_its_photographer_credits_the_caption() -> None:
    """Xinhua's release credit names the photographer in brackets
    ("新华社发（蒙钟德 摄）"): it is the caption's credit, not a headline."""
    page = clean_page(
        "图片新闻\n"
        "11月20日，游客在海口万绿园观赏盛开的三角梅。\n新华社记者 杨冠宇 摄\n"
        "11月19日，在琼海市博鳌镇，农民在田间收割水稻。\n新华社发（蒙钟德 摄）\n"
        "11月20日，三亚湾海上运动吸引众多游客。\n本报记者 王程龙 摄\n"
    )
    assert page.articles == ()
    assert [(c.text, c.credit) for c in page.captions] == [
        ("11月20日，游客在海口万绿园观赏盛开的三角梅。", "新华社记者 杨冠宇 摄"),
        ("11月19日，在琼海市博鳌镇，农民在田间收割水稻。", "新华社发（蒙钟德 摄）"),
        ("11月20日，三亚湾海上运动吸引众多游客。", "本报记者 王程龙 摄"),
    ]


def test_a_letter_signed_under_its_text_and_a_label_over_the_follow_up() -> None:
    """A reader's letter is signed under its text ("读者 李建国"); the label
    under the signature ("记者追踪") heads the paper's follow-up. The
    signature is the letter's credit, the label is no part of it, and the
    follow-up is a piece of its own."""
    page = clean_page(
        "读者来信\n小区路灯何时能修好？\n编辑同志：\n"
        "我是龙华区金盘小区的居民。小区内的路灯已经坏了两个多\n"
        "月，晚上出行很不方便，老人孩子经常摔倒。我们多次向物\n"
        "业反映，但一直没有解决。希望有关部门督促尽快修好。\n"
        "读者 李建国\n记者追踪\n"
        "接到读者来信后，记者联系了金盘小区物业公司。物业负责\n"
        "人表示，路灯线路老化需要整体更换，目前已采购材料，预\n"
        "计本周内完成维修。\n"
    )
    letter, follow_up = page.articles
    assert letter.title == "小区路灯何时能修好？"
    assert letter.byline is None and letter.credit == "读者 李建国"
    assert letter.body.endswith("督促尽快修好。")
    assert follow_up.body.startswith("接到读者来信后") and follow_up.title is None
    assert [(o.kind, o.text) for o in page.other] == [("label", "读者来信"), ("label", "记者追踪")]


def test_table_cells_with_units_stay_rows() -> None:
    """A table's cells may carry their units ("2356亿元"): the rows are still
    rows, each a block of its own with its cells apart, not glued onto the
    paragraph above them."""
    page = clean_page(
        "前三季度全市经济运行情况\n"
        "本报讯（记者 孙丽）市统计局昨日发布数据，前三季度全市经济\n"
        "运行稳中有进。具体数据如下：\n"
        "指标 绝对值 同比增长\n"
        "地区生产总值 2356亿元 5.8%\n"
        "规模以上工业增加值 812亿元 6.5%\n"
        "社会消费品零售总额 1023亿元 7.2%\n"
    )
    (article,) = page.articles
    assert [b.text for b in article.blocks] == [
        "本报讯（记者 孙丽）市统计局昨日发布数据，前三季度全市经济运行稳中有进。具体数据如下：",
        "指标 绝对值 同比增长",
        "地区生产总值 2356亿元 5.8%",
        "规模以上工业增加值 812亿元 6.5%",
        "社会消费品零售总额 1023亿元 7.2%",
    ]


def test_a_briefs_label_stays_off_the_first_headline() -> None:
    """ "■短讯" over a column of briefs is a label, not the first brief's kicker."""
    page = clean_page(
        "■短讯\n市图书馆延长开放时间\n"
        "本报讯 即日起，市图书馆开放时间延长至每晚21时，方便市\n民下班后阅读。（王 丽）\n"
    )
    (article,) = page.articles
    assert article.title == "市图书馆延长开放时间" and article.credit == "（王 丽）"
    assert [(o.kind, o.text) for o in page.other] == [("label", "■短讯")]


def test_one_credit_under_numbered_captions_credits_them_all() -> None:
    """ "图①：…" / "图②：…" / "本报记者 刘 洋 摄": the one credit covers each
    numbered photo; an unnumbered caption above them keeps its own (none)."""
    page = clean_page(
        "让数据多跑路 让群众少跑腿\n□本报记者 刘 洋\n"
        "本报讯 今年以来，我市推出“一网通办”平台，群众办事更方便了。\n"
        "群众在大厅排队取号。\n"
        "图①：市民在政务服务中心办理业务。\n"
        "图②：工作人员为群众讲解“一网通办”平台。\n"
        "本报记者 刘 洋 摄\n"
    )
    (article,) = page.articles
    assert [(c.text, c.credit) for c in article.captions][-2:] == [
        ("图①：市民在政务服务中心办理业务。", "本报记者 刘 洋 摄"),
        ("图②：工作人员为群众讲解“一网通办”平台。", "本报记者 刘 洋 摄"),
    ]
    assert all(c.credit is None for c in article.captions[:-2])


def test_a_reprints_source_and_original_title_are_page_text() -> None:
    """ "来源：新华网" and "原标题：…" under a reprinted story are no headline
    of a story above them (the page reads headline first)."""
    page = clean_page(
        "国务院常务会议部署推进\n新型城镇化建设\n"
        "新华社北京11月20日电 国务院总理主持召开国务院常务会议，部署推进\n"
        "新型城镇化建设有关工作。会议指出，推进以人为核心的新型城镇化，\n"
        "是扩大内需、促进高质量发展的重要举措。\n"
        "来源：新华网\n原标题：国常会部署新型城镇化建设\n"
    )
    (article,) = page.articles
    assert article.title == "国务院常务会议部署推进新型城镇化建设"
    assert article.body.endswith("重要举措。")
    assert [(o.kind, o.text) for o in page.other] == [
        ("furniture", "来源：新华网"),
        ("furniture", "原标题：国常会部署新型城镇化建设"),
    ]
    assert not is_furniture("来源：市财政拨款和社会捐助资金，其中社会捐助占三成")


def test_a_report_signed_by_its_authors_post_with_numbered_headings() -> None:
    """A report printed whole: its title, its author behind his post
    ("市财政局局长 王建国"), then numbered headings ("一、…", "（一）…",
    "1.…") over its sections. The author is the byline, not the title's
    second line, and the numbered headings open the body, one heading each,
    rather than joining the title or each other."""
    page = clean_page(
        "关于2023年度市级预算执行情况的报告\n市财政局局长 王建国\n"
        "一、2023年度预算执行情况\n（一）一般公共预算执行情况\n"
        "全市一般公共预算收入完成356亿元，增长6.2%。其中，税收收入\n完成268亿元，增长5.8%。\n"
        "1.教育支出\n全市教育支出完成89亿元，增长7.1%。\n"
        "二、2024年预算草案\n2024年，全市一般公共预算收入预计增长5%左右。\n"
    )
    (article,) = page.articles
    assert article.title == "关于2023年度市级预算执行情况的报告"
    assert article.byline == "市财政局局长 王建国"
    assert [(b.kind, b.text[:8]) for b in article.blocks] == [
        ("heading", "一、2023年度"),
        ("heading", "（一）一般公共预"),
        ("paragraph", "全市一般公共预算"),
        ("heading", "1.教育支出"),
        ("paragraph", "全市教育支出完成"),
        ("heading", "二、2024年预"),
        ("paragraph", "2024年，全市"),
    ]
    assert page.other == ()


def test_an_authors_post_and_name_read_as_a_byline() -> None:
    """A post, a space and a name sign a piece; a post run into the name, a
    word that is no name, or a line of running text does not."""
    for text in ("市财政局局长 王建国", "中国社会科学院研究员 张 明", "海南大学教授 刘 洋"):
        assert _roles(text) == ["byline"], text
    for text in ("市财政局局长王建国", "主任 好的", "说 王建国"):
        assert _roles(text) != ["byline"], text


def test_a_list_of_names_is_the_notices_body_and_its_issuer_signs_it() -> None:
    """A notice's list of names, rows of names a space apart, is its body
    (row by row, spaces kept), not a headline over it; the office and the
    date under the last line sign it, and the contact line stays a line."""
    page = clean_page(
        "2026年度市级文明家庭拟表彰名单公示\n"
        "根据《市级文明家庭评选表彰办法》，经推荐、审核，现将拟\n"
        "表彰名单予以公示。公示期为2026年11月21日至11月27日。\n"
        "张建国家庭 李秀英家庭 王德明家庭 陈丽华家庭\n"
        "刘志强家庭 黄美玲家庭 周国平家庭 吴晓燕家庭\n"
        "联系电话：0898-66123456\n市文明办\n2026年11月20日\n"
    )
    (article,) = page.articles
    assert article.title == "2026年度市级文明家庭拟表彰名单公示"
    assert [(b.kind, b.text) for b in article.blocks[1:]] == [
        ("paragraph", "张建国家庭 李秀英家庭 王德明家庭 陈丽华家庭"),
        ("paragraph", "刘志强家庭 黄美玲家庭 周国平家庭 吴晓燕家庭"),
        ("paragraph", "联系电话：0898-66123456"),
    ]
    assert article.credit == "市文明办 2026年11月20日"
    assert page.other == ()


def test_one_line_of_four_clauses_is_still_a_headline() -> None:
    """A single line of four short clauses a space apart is a headline, not
    a list: only two such lines in a row make a list."""
    page = clean_page(
        "稳增长 促改革 调结构 惠民生\n本报讯（记者 李强）今年以来，我市经济运行稳中有进。\n"
    )
    (article,) = page.articles
    assert article.title == "稳增长 促改革 调结构 惠民生"


def test_a_photo_storys_label_stands_apart_from_its_title() -> None:
    """ "图说" over a photo's title is the page's label, not the title's first word."""
    for label in ("图说", "图片故事", "大事记", "专家观点"):
        assert is_section_label(label), label
    page = clean_page(
        "图说\n游人如织\n11月19日，游客在三亚亚龙湾热带天堂森林公园游玩。 本报记者 武 威 摄\n"
    )
    assert [o.text for o in page.other] == ["图说"]


def test_a_box_of_fields_and_a_schedule_are_body_text() -> None:
    """ "联系人：王女士" under "报名邮箱：…" is a field of the notice, and a
    schedule's entries are its body, not a subtitle and headlines."""
    page = clean_page(
        "招聘启事\n因业务发展需要，某公司现面向社会公开招聘以下人员。\n"
        "报名时间：即日起至12月31日\n报名邮箱：hr@example.com\n联系人：王女士\n"
    )
    (article,) = page.articles
    assert [b.text for b in article.blocks][-2:] == ["报名邮箱：hr@example.com", "联系人：王女士"]
    page = clean_page(
        "海南新闻频道\n18:00 海南新闻联播\n18:30 今日关注\n19:00 转播中央台新闻联播\n"
    )
    (article,) = page.articles
    assert article.title == "海南新闻频道" and article.subtitle is None
    assert [b.text for b in article.blocks] == [
        "18:00 海南新闻联播",
        "18:30 今日关注",
        "19:00 转播中央台新闻联播",
    ]


def test_a_pages_index_and_a_pointer_to_another_page_are_furniture() -> None:
    """The lines of "今日导读", each a headline and its page, and "▶详见A03版"
    under a story are the page's furniture, not a kicker, a title and an
    empty article."""
    page = clean_page(
        "今日导读\n我市新增3家国家级专精特新企业  A2\n海口江东新区首批项目集中开工  A3\n"
        "三亚至儋州高铁明年底通车\n本报讯（记者 邓钰）记者从海南铁路有限公司获悉，三亚至儋州高\n"
        "铁项目建设进展顺利，预计明年底建成通车。\n▶详见A03版\n"
    )
    (article,) = page.articles
    assert article.title == "三亚至儋州高铁明年底通车" and article.kicker is None
    assert [(o.kind, o.text) for o in page.other] == [
        ("label", "今日导读"),
        ("furniture", "我市新增3家国家级专精特新企业 A2"),
        ("furniture", "海口江东新区首批项目集中开工 A3"),
        ("furniture", "▶详见A03版"),
    ]
    for text in ("（详见第3版）", "相关报道见A4版", "（更多报道请见第二版）"):
        assert is_furniture(text), text


def test_a_special_pages_name_sponsors_and_row_of_fields() -> None:
    """A special page's name over its first story is a label, its sponsors'
    line is furniture, and a row of fields stays in the body with its space."""
    page = clean_page(
        "文明城市创建专刊\n主办：海口市委宣传部  承办：海口日报社\n我市文明创建工作取得新成效\n"
        "本报讯（记者 王丽）近日，记者从市文明办获悉，今年以来，我市持续深化全国文明城市创建。\n"
        "时间：11月25日  地点：市民游客中心\n"
    )
    (article,) = page.articles
    assert article.title == "我市文明创建工作取得新成效"
    assert article.blocks[-1].text == "时间：11月25日 地点：市民游客中心"
    assert [(o.kind, o.text) for o in page.other] == [
        ("label", "文明城市创建专刊"),
        ("furniture", "主办：海口市委宣传部 承办：海口日报社"),
    ]


def test_a_readers_question_and_the_answer_are_body_text() -> None:
    """A reader's question under the column's headline ("网友“椰城居民”问：…吗？")
    and the office's answer are the body's paragraphs, not a subtitle."""
    page = clean_page(
        "公积金能否用于加装电梯？\n网友“椰城居民”问：加装电梯的费用能用住房公积金支付吗？\n"
        "市住房公积金管理局答：可以。缴存职工及其配偶可按规定提取住房公积金。\n"
    )
    (article,) = page.articles
    assert article.title == "公积金能否用于加装电梯？" and article.subtitle is None
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]
    assert article.blocks[0].text.startswith("网友“椰城居民”问：")


def test_a_supplements_and_a_serials_names_are_labels_and_its_end_mark_furniture() -> None:
    """ "椰风副刊" and "长篇连载" name what stands under them, not part of its
    title; "（未完待续）" under an instalment is no credit."""
    page = clean_page(
        "椰风副刊\n老街的年味\n陈 晨\n"
        "小时候，最盼望的就是过年。腊月一到，老街上便热闹起来。\n"
        "（作者单位：海口市第一中学）\n长篇连载\n南洋往事（十二）\n林 海\n"
        "阿福把船靠在码头边，抬头望去，天边的云霞红得像火。\n（未完待续）\n"
    )
    assert [(a.title, a.byline, a.credit) for a in page.articles] == [
        ("老街的年味", "陈 晨", "（作者单位：海口市第一中学）"),
        ("南洋往事（十二）", "林 海", None),
    ]
    assert [(o.kind, o.text) for o in page.other] == [
        ("label", "椰风副刊"),
        ("label", "长篇连载"),
        ("furniture", "（未完待续）"),
    ]
    for text in ("（待续）", "（完）", "(全文完)"):
        assert is_furniture(text), text
    assert not is_section_label("我市创办首份社区周刊")


def test_a_court_signing_its_notice_with_the_date_is_the_notices_credit() -> None:
    """Under each notice a court and a date sign it: the credit, not a
    heading and furniture; the next notice opens another piece."""
    page = clean_page(
        "法院公告\n张三：本院受理原告李四诉你民间借贷纠纷一案，因你下落不明，向你公告送达起诉状副本。\n"
        "海口市龙华区人民法院\n2026年11月20日\n"
        "王五：本院受理原告海南某银行股份有限公司诉你金融借款合同纠纷一案，现依法向你公告送达民事判决书。\n"
        "海口市美兰区人民法院\n2026年11月19日\n"
    )
    assert [a.credit for a in page.articles] == [
        "海口市龙华区人民法院 2026年11月20日",
        "海口市美兰区人民法院 2026年11月19日",
    ]
    assert [a.blocks[0].text[:3] for a in page.articles] == ["张三：", "王五："]
    assert page.other == ()


def test_a_numbered_heading_as_wide_as_the_column_is_a_heading() -> None:
    """ "一、深刻把握…" fills a line of an indenting column and stands apart, the
    paragraph under it indented: a heading, its "、" no clause mark."""
    page = clean_page(
        "以高质量发展推动共同富裕\n"
        "张建华\n"
        "　　共同富裕是社会主义的本质要求，是中国式\n"
        "现代化的重要特征。实现共同富裕，必须坚持以\n"
        "高质量发展为基础，在发展中保障和改善民生。\n"
        "　　实践证明，只有坚持以人民为中心的发展思\n"
        "想，才能让发展成果更多更公平惠及全体人民。\n"
        "一、深刻把握高质量发展与共同富裕的内在联系\n"
        "　　高质量发展是体现新发展理念的发展，是创\n"
        "新成为第一动力、协调成为内生特点、绿色成为\n"
        "普遍形态、开放成为必由之路、共享成为根本目\n"
        "的的发展。\n"
        "　　实践证明，只有坚持以人民为中心的发展思\n"
        "想，才能让发展成果更多更公平惠及全体人民。\n"
    )
    (article,) = page.articles
    assert (article.title, article.byline) == ("以高质量发展推动共同富裕", "张建华")
    assert [(b.kind, b.text[:6]) for b in article.blocks] == [
        ("paragraph", "共同富裕是社"),
        ("paragraph", "实践证明，只"),
        ("heading", "一、深刻把握"),
        ("paragraph", "高质量发展是"),
        ("paragraph", "实践证明，只"),
    ]


def test_a_data_boxs_rows_end_at_its_source_and_the_story_follows() -> None:
    """Rows of a figure and its change ("增长6.2%") under "数读" are a table's;
    its last row, then the source and the chart's maker, does not run on
    into the story's first paragraph as a sentence broken by furniture."""
    page = clean_page(
        "数读\n前10个月我市经济运行主要指标\n地区生产总值 1865.3亿元 增长6.2%\n"
        "规模以上工业增加值 312.4亿元 增长8.1%\n固定资产投资 953.1亿元 增长7.3%\n"
        "数据来源：市统计局\n制图：王 芳\n今年以来，我市经济运行总体平稳、稳中有进。\n"
    )
    (article,) = page.articles
    assert article.title == "前10个月我市经济运行主要指标"
    assert [b.text for b in article.blocks] == [
        "地区生产总值 1865.3亿元 增长6.2%",
        "规模以上工业增加值 312.4亿元 增长8.1%",
        "固定资产投资 953.1亿元 增长7.3%",
        "今年以来，我市经济运行总体平稳、稳中有进。",
    ]
    assert [o.kind for o in page.other] == ["label", "furniture", "furniture"]


def test_classified_ads_label_and_each_ad_is_a_piece() -> None:
    """ "分类广告" labels the ads under it; "招租" titles an ad of its own, not a
    subheading of the lost-and-found notice above."""
    page = clean_page(
        "遗失声明\n王小明遗失海南大学毕业证书，证书编号：105891202105001234，声明作废。\n"
        "分类广告\n招租\n龙华区金贸路临街铺面出租，面积120平方米。电话：13800138000\n"
    )
    assert [a.title for a in page.articles] == ["遗失声明", "招租"]
    assert [(o.kind, o.text) for o in page.other] == [("label", "分类广告")]


def test_a_results_box_stays_row_by_row_under_a_section_name() -> None:
    """ "体育" at the page's top names the section, not a headline's first
    line; each result ("上海海港 3∶1 山东泰山") stays a row with its spaces."""
    page = clean_page(
        "体育\n中超第30轮战罢\n海港提前一轮夺冠\n"
        "本报讯 11月20日晚，中超联赛第30轮比赛全部结束。\n本轮赛果\n"
        "上海海港 3∶1 山东泰山\n北京国安 2∶2 成都蓉城\n浙江队 1∶0 天津津门虎\n"
    )
    (article,) = page.articles
    assert article.title == "中超第30轮战罢 海港提前一轮夺冠"
    assert [b.text for b in article.blocks][-3:] == [
        "上海海港 3∶1 山东泰山",
        "北京国安 2∶2 成都蓉城",
        "浙江队 1∶0 天津津门虎",
    ]
    assert [(o.kind, o.text) for o in page.other] == [("label", "体育")]
    for text in ("聚焦民生", "及民生", "文化赋能"):  # a headline's line, not a section
        assert not is_section_label(text), text


def test_a_bracketed_heading_under_the_byline_opens_the_body() -> None:
    """A legal column's "【案情回顾】" under the byline is the body's first
    subheading, as "【法院判决】" further down is; not a banner."""
    page = clean_page(
        "以案说法\n网购“七天无理由退货”被拒怎么办\n本报记者 王 琳 通讯员 李 明\n"
        "【案情回顾】\n2026年5月，市民张女士在某电商平台购买了一件羽绒服。\n"
        "【法院判决】\n法院判决商家退还货款899元。\n"
    )
    (article,) = page.articles
    assert article.title == "网购“七天无理由退货”被拒怎么办"
    assert article.byline == "本报记者 王 琳 通讯员 李 明"
    assert [(b.kind, b.text) for b in article.blocks][::2] == [
        ("heading", "【案情回顾】"),
        ("heading", "【法院判决】"),
    ]
    assert [o.kind for o in page.other] == ["label"]


def test_a_weather_box_an_obituary_and_a_correction_are_three_pieces() -> None:
    """A weather box's lines (each a field and its figures) are rows, not
    headlines, and a tips box's heading over bullets stays apart from the
    last row; an obituary signed by a funeral committee and the date has
    them as its credit; a correction follows as a piece of its own."""
    page = clean_page(
        "天气\n今天：多云 18℃～25℃ 东北风3级\n明天：小雨 17℃～22℃ 东北风3—4级\n"
        "后天：阴 16℃～21℃ 北风2级\n出行小贴士\n●降温明显，请注意添衣保暖。\n"
        "●雨天路滑，驾车请减速慢行。\n讣告\n"
        "退休教师陈国强同志因病医治无效，于2026年11月19日在海口逝世，享年86岁。\n"
        "定于2026年11月23日上午9时在海口市殡仪馆举行遗体告别仪式。\n"
        "陈国强同志治丧小组\n2026年11月21日\n更正\n"
        "本报11月20日第3版一文中，“海南某某科技有限公司”应为“海南某某生物科技有限公司”。特此更正。\n"
    )
    weather, obituary, correction = page.articles
    assert weather.title is None
    assert [(b.kind, b.text) for b in weather.blocks][:4] == [
        ("paragraph", "今天：多云 18℃～25℃ 东北风3级"),
        ("paragraph", "明天：小雨 17℃～22℃ 东北风3—4级"),
        ("paragraph", "后天：阴 16℃～21℃ 北风2级"),
        ("heading", "出行小贴士"),
    ]
    assert (obituary.title, obituary.credit) == ("讣告", "陈国强同志治丧小组 2026年11月21日")
    assert len(obituary.blocks) == 2
    assert correction.title == "更正"


def test_a_profile_pages_section_name_is_a_label_not_the_headlines_first_word() -> None:
    """ "人物" over a profile's headline names the section (the line step
    had joined it to the headline on a page it found no column width in)."""
    page = clean_page(
        "人物\n守护万家灯火的“电力尖兵”\n——记国网海口供电公司输电运检班班长吴海\n本报记者 黄 丽\n"
        "　　凌晨4点，当城市还在沉睡，吴海已经带着班组成员出发了。\n"
    )
    (article,) = page.articles
    assert article.title == "守护万家灯火的“电力尖兵”"
    assert article.subtitle == "——记国网海口供电公司输电运检班班长吴海"
    assert [(o.kind, o.text) for o in page.other] == [("label", "人物")]

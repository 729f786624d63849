"""Hypothesis strategies for Chinese newspaper text."""

from __future__ import annotations

from hypothesis import strategies as st

COMMON_HAN = "的一是在了不和有大这人中上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培着河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩"
RARE = (
    "\U001003d1\ue0a1\u200b\u200d\ufeff\u00ad\u0001\u007f\u0085\ufffd"  # removed glyphs
    "⽇⼈⺠⻩\uf900ＰＰＴ１２３％\u3000\u00a0"  # mapped glyphs
    "諧們服務這"  # Traditional
)
MARKS = ",.:;?!()\"'“”‘’（）《》，。、；：？！…—-－一 \t"
LATIN = "abcxyzABCPGU0123456789%+/"


# Pieces a page's structure is made of: bullets, labels, datelines, bylines,
# credits, furniture, markup, a full-width stop, English furniture.
PIECES = (
    "■",
    "◆",
    "▲",
    "□ ",
    "◎",
    "【编者按】",
    "本报讯",
    "本報訊",
    "（记者王明）",
    "新华社北京11月20日电 ",
    "本报记者 王\n明 摄",
    "本报记者 刘 洋 摄",
    "（丁宇婷 文/图）",
    "图为",
    "——记",
    "第3版",
    "8 要闻",
    "2026年11月21日 星期六",
    "责任编辑：王芳",
    "编辑 王芳 美编 李强",
    "（下转第4版）",
    "记者：",
    "一、",
    "<br>",
    "<b>",
    "&nbsp;",
    "&amp;",
    "．",
    "...",
    "「",
    "」",
    "社 区 党 委 积 极 探 索 创 新 9 6 . 3 5 %",
    "By WANG MING",
    "CHINA DAILY Friday, November 20, 2026 Page 3",
)


def cjk_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Text weighted towards Chinese news: Han, marks, digits, Latin,
    newlines, and now and then a piece of page structure."""
    alphabet = st.one_of(
        st.sampled_from(COMMON_HAN),
        st.sampled_from(COMMON_HAN),
        st.sampled_from(COMMON_HAN),
        st.sampled_from(MARKS),
        st.sampled_from(LATIN),
        st.sampled_from("\n\n\n"),
        st.sampled_from(RARE),
    )
    chars = st.text(alphabet, max_size=max_size)
    return st.lists(st.one_of(chars, chars, chars, st.sampled_from(PIECES)), max_size=6).map(
        "".join
    )


def column_page() -> st.SearchStrategy[tuple[list[str], str]]:
    """Known paragraphs wrapped at a random column width, with random blank
    lines inside sentences: (paragraphs, page text)."""

    sentence = st.text(st.sampled_from(COMMON_HAN), min_size=4, max_size=30).map(lambda s: s + "，")

    @st.composite
    def build(draw: st.DrawFn) -> tuple[list[str], str]:
        count = draw(st.integers(1, 6))
        paragraphs = []
        for _ in range(count):
            clauses = draw(st.lists(sentence, min_size=2, max_size=6))
            paragraphs.append("".join(clauses)[:-1] + "。")
        width = draw(st.integers(8, 40))
        lines: list[str] = []
        for paragraph in paragraphs:
            wrapped = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
            for line in wrapped:
                lines.append(line)
                if draw(st.integers(0, 9)) == 0:
                    lines.append("")  # a column break inside the paragraph
            lines.append("")
        return paragraphs, "\n".join(lines)

    return build()

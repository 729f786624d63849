"""Section labels: the names a page prints over a piece, not its headline.

"短评", "记者手记", "编者按", "开栏的话": a label stands on its own line above
the piece it names.  The line step never joins it to the headline below;
the page splitter files it under ``other`` as a ``label``.
"""

from __future__ import annotations

from functools import cache

from .furniture import SECTION_NAME_RE
from .patterns import TRADITIONAL_FORMS, LazyPattern

__all__ = ["LABELS", "is_section_label"]

LABELS = frozenset(
    {
        "短评",
        "时评",
        "社论",
        "评论员文章",
        "编者按",
        "编后",
        "编后语",
        "开栏的话",
        "记者手记",
        "记者观察",
        "记者追踪",
        "记者调查",
        "记者探访",
        "记者连线",
        "读者来信",
        "来信",
        "采访手记",
        "新闻链接",
        "相关链接",
        "背景链接",
        "延伸阅读",
        "专家解读",
        "图片新闻",
        "新闻速递",
        "简讯",
        "短讯",
        "快讯",
        "新闻快讯",
        "新闻快递",
        "一句话新闻",
        "要闻",
        "本版导读",
        "今日关注",
        "特别关注",
        "新闻观察",
        "一线采风",
        "评论",
        "声音",
        "链接",
        "数说",
        "核心阅读",
        "阅读提示",
        "编者的话",
        "今日谈",
        "人民时评",
        "人民论坛",
        "快评",
        "微评",
        "新闻背景",
        "知识链接",
        "小贴士",
        "采访札记",
        "记者感言",
        "权威发布",
        "专访",
        "访谈",
        "特写",
        "深读",
        "图说",
        "读图",
        "图片故事",
        "新闻图片",
        "图解",
        "对话",
        "观点",
        "专家观点",
        "大事记",
        "新闻人物",
        "数读",
        "广告",
        "分类广告",
    }
)


# A section's name on a line of its own: "体育", "国际", "地方新闻" (a line
# of a headline may end in "…民生", never be the word alone).
_SECTION_RE = LazyPattern(
    r"(?:[\u4e00-\u9fff]{2})?(?:要闻|新闻)|国际|国内|体育|文化|文体|财经|经济|社会|理论|时政|民生"
    r"|法治|科技|教育|健康|地方|综合|人物",
    traditional=True,
)
# A supplement's or a serial's name over its pieces: "椰风副刊", "理论周刊",
# "长篇连载" (a longer name, "文明城市创建专刊", heads a special page: the
# page splitter reads it at the page's top).
_SUPPLEMENT_RE = LazyPattern(
    r"[\u4e00-\u9fff]{0,4}(?:副刊|周刊|专刊|特刊|增刊|连载)", traditional=True
)

# Marks a page sets a label in or behind: "【编者按】", "◎相关链接", "编后：".
_FRAME = "【】〔〕［］[]「」◎■□●◆◇○★☆▲△·• \u3000:："


def is_section_label(text: str) -> bool:
    """A generic section label, in either script and in the marks a page
    sets it in ("记者手记", "記者手記", "【编者按】", "◎相关链接" → True;
    "在一线感受温度" → False), also names joined by a middle dot or a bar
    when one of them is a label or a section's name ("文化·访谈"), a
    section's name alone ("体育") and a supplement's or a serial's name
    ("椰风副刊", "长篇连载")."""
    text = text.strip()
    if text in LABELS:
        return True
    if _SUPPLEMENT_RE.fullmatch(text) is not None:
        return True
    if _SECTION_RE.fullmatch(text) is not None:
        return True  # a section's name alone: "体育", "国际新闻"
    if _JOINED_RE.fullmatch(text) is not None:
        return _joined_label(text)
    if len(text) > _LONGEST + 4:
        return False
    return _known_label(text.strip(_FRAME))


def _known_label(text: str) -> bool:
    """One of :data:`LABELS`, in either script."""
    return text in LABELS or text.translate(_to_simplified()) in LABELS


_LONGEST = max(map(len, LABELS))

# Two or three names joined by a middle dot or a bar, the way a page heads
# a section ("文化·访谈", "要闻｜时政").
_JOINERS = "·•・‧｜|丨"
_JOINERS_AS_SPACES = str.maketrans(dict.fromkeys(_JOINERS, " "))
_JOINED_RE = LazyPattern(
    rf"[\u4e00-\u9fff]{{2,4}}(?: ?[{_JOINERS}] ?[\u4e00-\u9fff]{{2,4}}){{1,2}}"
)


def _joined_label(text: str) -> bool:
    """Names joined by a middle dot or a bar, one of them a label or a
    section's name ("文化·访谈" → True; "爱达·魔都" → False)."""
    parts = text.translate(_JOINERS_AS_SPACES).split()
    return any(_known_label(part) or SECTION_NAME_RE.fullmatch(part) is not None for part in parts)


@cache
def _to_simplified() -> dict[int, str]:
    return {ord(t): s for s, forms in TRADITIONAL_FORMS.items() for t in forms}

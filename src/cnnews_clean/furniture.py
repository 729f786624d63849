"""Page furniture: what a page prints around its articles.

Mastheads ("海南日报"), date lines ("2022年5月13日 星期五"), page and edition
numbers ("第3版", "A5"), editors' lines ("责任编辑：王芳 美术编辑：李强"),
notes for the whole page ("（本版图片均由…提供）"), jump lines
("（下转第4版）"), a serial's end marks ("（未完待续）"), prompts to scan a
code ("扫码看视频") and a reprint's source lines ("来源：新华网", "原标题：…").
The line step keeps such a line apart from its neighbours; the page
splitter files it under ``other``.
"""

from __future__ import annotations

from .patterns import LazyPattern

__all__ = ["SECTION_NAME_RE", "is_furniture", "is_index_entry"]

# A page or edition number ("第3版", "第三版", "A5"), and a weekday.
_PAGE_NUMBER = r"第?[A-Z]?\d{1,3}版|第[一二三四五六七八九十]{1,3}版|[A-Z]\d{1,3}"
_WEEKDAY = r"星期[一二三四五六日天]"
# An editors' line: "责任编辑：王芳", also without colons ("编辑 王芳 美编 李强")
# and for the page ("本版责编：刘洋").
_EDITOR = (
    r"(?:本版)?(?:责任编辑|责编|编辑|美术编辑|美编|校对|版式设计|版式|组版|制图|审校|值班主任)"
)
_NAME = r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}"
# The words of a jump line ("下转第4版", "上接第1版").
JUMP_WORDS = r"上接|下转|转下|接上|紧接"
# A prompt to scan a code printed beside a story ("扫码看视频",
# "（扫描二维码阅读全文）"): it names what the code opens, nothing more.
_SCAN = (
    r"(?:扫码|扫一扫|扫描(?:上方|下方|左侧|右侧|左边|右边|此)?二维码|手机扫码|微信扫码)"
    r"(?:即可|可|就能)?(?:看|观看|阅读|收看|收听|查看|了解|浏览|关注|下载|进入)?"
    r"(?:更多|精彩|完整|相关)?(?:视频|全文|详情|内容|直播|报道|原文|音频|新闻|专题|H5|图集)?"
)
# A bullet may lead ("■ 本版图片均由…提供").
FURNITURE_RE = LazyPattern(
    r"^[■●◆▲★□◇▶►→]?\s*(?:"
    rf"{_PAGE_NUMBER}|"
    rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*{_WEEKDAY})?|{_WEEKDAY}|"
    r"农历[^，。]{2,16}|"
    rf"{_EDITOR}[:：].{{0,30}}|"
    # a special page's sponsors: "主办：海口市委宣传部", "承办：海口日报社"
    r"(?:主办|承办|协办|联办|支持单位|策划|统筹|监制|出品)(?:单位)?[:：][^。，；]{2,30}|"
    r"(?:数据来源|资料来源)[:：][^。]{1,30}|"  # a chart's source, beside 制图
    # a reprint's source and original title, under its text
    r"(?:来源|稿件来源)[:：][^。，；、]{2,16}|(?:原标题|原题)[:：][^。，；]{2,40}|"
    r"[（(]?本版图片.{0,30}提供[)）]?|"
    rf"[（(]?(?:{JUMP_WORDS}|续)[^（()）。，]{{0,12}}[版页][)）]?|"
    # a serial's or a story's end mark: "（未完待续）", "（待续）", "（完）"
    r"[（(](?:未完待续|未完|待续|续完|全文完|本文完|完)[)）]|"
    # a pointer to another page: "▶详见A03版", "（相关报道见第二版）"
    r"[（(]?(?:详见|见|(?:更多|相关)(?:报道|新闻|内容|详情|评论|图片)?(?:请)?见)"
    r"(?:本报)?[^（()）。，]{0,10}[版页][)）]?|"
    rf"[（(]?{_SCAN}[)）]?|"
    r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|晨报|时报|商报|都市报|青年报|法治报|工人报|农民报)"
    r")$",
    traditional=True,
)
_SPACED_EDITORS_RE = LazyPattern(
    rf"{_EDITOR}\s+{_NAME}(?:\s+{_EDITOR}[:：\s]\s*{_NAME})*", traditional=True
)
_EDITOR_FIRST = frozenset("责責编編美校版组組制审審值本")
# Its opening, asked first: a Han class costs milliseconds to compile, and
# most lines that start like an editor's role ("本报讯") go no further.
_SPACED_EDITOR_START_RE = LazyPattern(rf"{_EDITOR}\s", traditional=True)
# Pieces that only a page's furniture row has: a page number or a weekday.
_PAGE_MARK_RE = LazyPattern(f"{_PAGE_NUMBER}|{_WEEKDAY}")


# An English page's furniture row ("CHINA DAILY | Friday, November 20, 2026 |
# Page 3"): every word a masthead word in capitals, a weekday, a month, a day,
# a year or a page number, with a date or a page number among them.
_ENGLISH_DATE_WORD_RE = LazyPattern(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|"
    r"January|February|March|April|June|July|August|September|October|November|December"
)
_ENGLISH_PAGE_RE = LazyPattern(r"(?:Page|PAGE|P\.)\s*[A-Z]?\d{1,3}")
_ENGLISH_ROW_WORD_RE = LazyPattern(r"[A-Z][A-Z&'.]+|\d{1,4}(?:st|nd|rd|th)?|[|/·•-]")


def _english_furniture(text: str) -> bool:
    page = _ENGLISH_PAGE_RE.search(text)
    rest = text[: page.start()] + " " + text[page.end() :] if page else text
    words = rest.replace(",", " ").split()
    dates = sum(1 for word in words if _ENGLISH_DATE_WORD_RE.fullmatch(word))
    if page is None and not dates:
        return False
    return all(
        _ENGLISH_DATE_WORD_RE.fullmatch(word) or _ENGLISH_ROW_WORD_RE.fullmatch(word)
        for word in words
    )


def is_furniture(text: str) -> bool:
    """Page furniture, also several pieces on one line ("第3版 海南日报"),
    however many spaces the extractor left between them.

    A row with a page number or a weekday may also carry the page's section
    name ("要闻 第4版").

    >>> is_furniture("第3版 海南日报"), is_furniture("（下转第4版）"), is_furniture("海南区")
    (True, True, False)
    >>> is_furniture("要闻 第4版"), is_furniture("截至 2023年5月12日")
    (True, False)
    >>> is_furniture("8 要闻"), is_furniture("编辑 王芳 美编 李强"), is_furniture("5 项措施")
    (True, True, False)
    >>> is_furniture("人民日报 2023年3月8日 星期三 5"), is_furniture("星期三 5 项措施")
    (True, False)
    >>> is_furniture("CHINA DAILY Friday, November 20, 2026 Page 3")
    True
    >>> is_furniture("本版责编：刘洋 孙丽"), is_furniture("本版编辑 王芳")
    (True, True)
    """
    if text.isascii() and len(text) <= 80 and _english_furniture(text):
        return True
    parts = text.split()
    joined = " ".join(parts)
    if FURNITURE_RE.match(joined):
        return True
    if (
        joined[:1] in _EDITOR_FIRST
        and _SPACED_EDITOR_START_RE.match(joined) is not None
        and _SPACED_EDITORS_RE.fullmatch(joined) is not None
    ):
        return True  # "编辑 王芳 美编 李强": an editors' line with spaces for colons
    if len(parts) < 2:
        return False
    marks = [_PAGE_MARK_RE.fullmatch(part) is not None for part in parts]
    if not any(marks):
        # a bare page number beside a section name: "8 要闻", "要闻 8"
        numbers = [part.isdigit() and len(part) <= 2 for part in parts]
        if any(numbers) and any(SECTION_NAME_RE.fullmatch(part) for part in parts):
            marks = numbers
    if not any(marks):
        return all(FURNITURE_RE.match(part) for part in parts)
    # beside a weekday or a page number, a bare number at the row's end or
    # start is the page's ("人民日报 2023年3月8日 星期三 5")
    ends = (0, len(parts) - 1)
    return all(
        marked
        or FURNITURE_RE.match(part)
        or _section_name(part)
        or (i in ends and part.isdigit() and len(part) <= 3)
        for i, (part, marked) in enumerate(zip(parts, marks, strict=True))
    )


# Names of newspaper sections: "要闻", "地方新闻", "时政要闻", "国际".
SECTION_NAME_RE = LazyPattern(
    r"[\u4e00-\u9fff]{0,4}(?:要闻|新闻|综合|经济|财经|国际|国内|体育|文化|文体|社会|评论"
    r"|理论|副刊|专版|专题|时政|民生|法治|科技|教育|健康|地方|视点|观察|特刊|周刊)",
    traditional=True,
)


def _section_name(part: str) -> bool:
    """The page's section name printed beside its number ("要闻", "地方新闻")."""
    return 2 <= len(part) <= 8 and all("\u4e00" <= c <= "\u9fff" for c in part)


# A line of a page's index: a headline, spaces, and the page it is on.
_INDEX_ENTRY_RE = LazyPattern(
    r"[^，。；！？,;!?\s][^，。；！？,;!?]{3,40}?\s+(?:第?[A-Z]?\d{1,3}版|[A-Z]\d{1,2})"
)


_PAGE_LAST = frozenset("版0123456789")


def is_index_entry(text: str) -> bool:
    """A headline and the page it is on, a space apart: a line of the page's
    index ("今日导读"); two or more in a row are the index, page furniture.

    >>> is_index_entry("我市新增3家国家级专精特新企业  A2"), is_index_entry("国产大飞机 C919")
    (True, False)
    """
    return text[-1:] in _PAGE_LAST and _INDEX_ENTRY_RE.fullmatch(text) is not None

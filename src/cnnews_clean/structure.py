"""Split a cleaned page into articles, captions and page furniture.

Each block (one paragraph or one short standalone line, as ``rejoin_lines``
found them) first gets a role from its own text and layout features —
paragraph, heading, label, byline, credit, photo credit, caption, furniture —
and then the roles are read in order to build articles:

- **Extraction order** is decided per page.  Most exports give a headline
  before its body; some (seed 000's) give the whole body first, then the
  credit, then the headline.  The page's own evidence decides: headlines
  followed by bylines or datelines, a page opening with a headline
  (headline first), or a page opening with body text and ending with
  headlines after a credit (headline last).  An article opening with a
  dateline nearly always has a headline: the order that would leave one without
  is wrong, while body without a dateline before the first headline is
  only an article continued from elsewhere.
- **Article boundaries**: a run of headlines starts an article when it has a
  byline, a kicker ("海南区乌兰牧骑：") or a subtitle ("——记…"), when a
  dateline ("本报讯", "本报5月12日讯") follows it, when the previous article
  was signed off with a credit, or when it has two or more lines; a single
  headline between paragraphs of an article is an in-body heading.
- **Credits** at an article's end ("（丁宇婷 文/图）"), also when glued to the
  last paragraph ("…幸福感。（区融媒体中心）"), are split off.
- **Captions** are short one-sentence blocks next to a photo credit
  ("段维娜 摄"), starting "图为", or standing where an image left blank lines;
  they go to the article they sit in, else to the page.
- Section labels ("短评", "记者手记", a column name at the top of the page),
  furniture (page numbers, editor lines) and anything unplaced go to
  ``other``: nothing is dropped.

>>> page = split_page(["突出党建引领", "今年以来，泽苑社区严格落实基层党建工作责任制。",
...                    "（丁宇婷 文/图）"])
>>> page.articles[0].title, page.articles[0].credit
('突出党建引领', '（丁宇婷 文/图）')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice

from .chars import content_skeleton
from .credits import AGENCY_BRACKET, BRACKET_CREDIT, BRACKET_CREDIT_RE, trailing_photo_credit
from .datelines import DATELINE, opens_entry
from .furniture import JUMP_WORDS, is_furniture, is_index_entry
from .labels import is_section_label
from .lines import (
    CAPTION_NUMBER,
    CAPTION_START_RE,
    NOTICE_END_RE,
    LineGroup,
    marked_author,
    marked_subheading,
    unnumbered,
    whole_quotation,
)
from .model import Article, Block, Caption, Other, Page, Report
from .names import is_person_name, is_speaker_turn
from .patterns import LazyPattern
from .tables import (
    could_head_table,
    is_field_row,
    is_list_row,
    is_table_row,
    opens_with_field,
)
from .words import breaks_word

__all__ = ["Unit", "classify_blocks", "split_page"]

_CLAUSE_RE = LazyPattern(r"[，。；、,;！？!?](?!$)|[。；;]$")
_SENTENCE_END_RE = LazyPattern(r"[。！？!?…][”’」』）)]*$")
# A dateline (see :mod:`~cnnews_clean.datelines`) or a reporter's bracket
# opening a paragraph.
_DATELINE_RE = LazyPattern(rf"^(?:{DATELINE})|^（记者[^）]{{1,30}}）", traditional=True)
_BYLINE_RE = LazyPattern(
    r"^[^，。；！？]{0,16}(?:记者|通讯员|评论员|特约|撰稿|撰文|编辑|摄影)[\s\u4e00-\u9fff/／]*$|"
    r"^[^，。；！？]{1,20}\s*(?:文[/／]图|图[/／]文|文[/／]摄|文)$",
    traditional=True,
)
_PHOTO_CREDIT_RE = LazyPattern(
    r"^[（(]?[^，。；！？（）()/]{0,30}(?:摄|供图|摄影|(?:新华|中新)社发)[）)]?$|"
    # "杨 峥摄（人民视觉）", and an agency's release naming its photographer
    # ("新华社发（蒙钟德 摄）")
    r"^[^，。；！？（）()/]{0,30}(?:摄|供图|摄影|(?:新华|中新)社发)\s*" + AGENCY_BRACKET + "$|"
    r"^[（(]?本版图片[^。]{0,30}[)）]?$|^[（(]?资料图片[)）]?$|"
    # "（图片由市文旅局提供）": who gave the photos
    r"^[（(]?图片由[^。，；（）()]{1,24}提供[)）]?$",
    traditional=True,
)
_TRAILING_CREDIT_RE = LazyPattern(rf"^(.*[。！？…”’」』])\s*({BRACKET_CREDIT})$")
_CAPTION_MAX = 48
# A caption block runs on only with sentences this short: a one-sentence body
# paragraph after a photo is seldom shorter.
_CAPTION_RUN_MAX = 26
_SHORT_HEADLINE = 10
_SECTION_HEADING = 4  # a place or section name ("秀英区"); titles are longer
_MAX_ARTICLE = 200  # paragraphs: longer stretches are no one article
_TINY_CAPTION = 12  # two lines this short are one headline, not title and subtitle


@dataclass(frozen=True, slots=True)
class Unit:
    """A block with the role the splitter gave it.

    >>> Unit("byline", "本报记者 刘春霞 文/图").role
    'byline'
    """

    role: str
    text: str
    group: LineGroup | None = None


def _chars(text: str) -> int:
    return len(text) - text.count(" ")


def _ends_sentence(text: str) -> bool:
    return _SENTENCE_END_RE.search(text) is not None


# An e-mail or web address: a contact line or a source, never a headline.
_ADDRESS_RE = LazyPattern(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+|https?://|www\.")


# A notice's field and its value: a date, a time, a number or an address
# ("截稿日期：2024年3月31日", "咨询电话：0971-1234567"), no headline.
_FIELD_RE = LazyPattern(
    r"(?:[一二三四五六七八九十]{1,3}、|[（(]?\d{1,2}[)）.．、])?"
    r"[\u4e00-\u9fff]{2,8}[：:] ?(?:[0-9０-９ .:：/年月日时点分号至到—–-]+|[A-Za-z0-9@._/:+-]+)"
)


def _heading_like(text: str, group: LineGroup | None) -> bool:
    if ("@" in text or "www." in text or "http" in text) and _ADDRESS_RE.search(text) is not None:
        return False
    if ("：" in text or ":" in text) and _FIELD_RE.fullmatch(text) is not None:
        return False
    if group is not None and group.kind == "heading":
        return True
    if text.isascii():
        # an English headline: a few words without a sentence's end
        # ("Tech hub welcomes 1,000th startup")
        return (
            len(text.split()) <= 14
            and text[-1] not in ".,;:"
            and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'")
        )
    if _chars(text) > 40 or _CLAUSE_RE.search(unnumbered(text)[:-1]) is not None:
        return False  # (a numbered heading's "一、" is no clause: "一、深刻把握…")
    if _ends_sentence(text):
        # a headline may ask or exclaim; an interviewer's question does not
        return text[-1] in "？！?!" and not is_speaker_turn(text)
    return text[-1] not in "，、；"


def _table_text(text: str, previous: str | None, following: str | None) -> bool:
    """A table's row, or its header row above the first row of figures, or a
    row of a list of names, a chronicle's or a schedule's entry, beside
    another ("18:00 海南新闻联播" / "18:30 今日关注")."""
    for row in (is_list_row, opens_entry):
        if row(text):
            return any(other is not None and row(other) for other in (previous, following))
    return (
        is_table_row(text)
        or is_field_row(text)
        or (following is not None and could_head_table(text) and is_table_row(following))
    )


def _english_masthead(
    text: str, blocks: Sequence[tuple[str, LineGroup | None]], index: int
) -> bool:
    """An English paper's name in capitals ("CHINA DAILY") beside its date
    or page line."""
    if not (text.isascii() and text.isupper() and len(text.split()) <= 4):
        return False
    return any(is_furniture(n) for n in _neighbours(blocks, index))


def _bare_page_number(
    text: str, blocks: Sequence[tuple[str, LineGroup | None]], index: int
) -> bool:
    """A page number on a line of its own ("4") beside the page's date line
    or masthead."""
    if not (text.isdigit() and len(text) <= 3):
        return False
    return any(is_furniture(n) and not n.isdigit() for n in _neighbours(blocks, index))


def _neighbours(blocks: Sequence[tuple[str, LineGroup | None]], index: int) -> list[str]:
    """The texts of the blocks right above and below block ``index``."""
    return [blocks[i][0].strip() for i in (index - 1, index + 1) if 0 <= i < len(blocks)]


# An English byline: "By ZHANG HUA in Shenzhen", "By Zhang Hua | China Daily".
_ENGLISH_BYLINE_RE = LazyPattern(r"^(?:By|BY)\s+[A-Z][^.!?;:]{1,60}$")


def _is_byline(text: str) -> bool:
    if text.isascii():
        return _ENGLISH_BYLINE_RE.match(text) is not None and len(text.split()) <= 10
    return marked_author(text) or (
        _chars(text) <= 60
        and _DATELINE_RE.search(text) is None
        and _BYLINE_RE.search(text) is not None
    )


def _is_photo_credit(text: str) -> bool:
    return _chars(text) <= 36 and _PHOTO_CREDIT_RE.search(text) is not None


# How captions open: "图为…", "上图：", "图①" / "图1：", or a pointing triangle.


def _is_caption_like(text: str, group: LineGroup | None) -> bool:
    if _chars(text) > _CAPTION_MAX or not _ends_sentence(text) or text[0] in "“‘「":
        return False
    if _DATELINE_RE.search(text) is not None or text.count("。") > 1:
        return False
    return CAPTION_START_RE.match(text) is not None or (
        group is not None and group.gap_before >= 2 and group.start > 0
    )


def _split_trailing_credit(text: str) -> tuple[str, str | None]:
    match = _TRAILING_CREDIT_RE.match(text)
    if match is not None:
        return match.group(1).rstrip(), match.group(2)
    photo = trailing_photo_credit(text)
    if photo is not None and photo.start() > 0:
        return text[: photo.start()], photo.group(1)  # "…作业。 本报记者 刘 洋 摄"
    return text, None


# The name of a special page or supplement: "文明城市创建专刊", "读书周刊".
_SPECIAL_PAGE_RE = LazyPattern(r"(?:专刊|特刊|周刊|专版|副刊|增刊)$", traditional=True)


def _in_index(text: str, blocks: Sequence[tuple[str, LineGroup | None]], index: int) -> bool:
    """A line of the page's index, beside another ("我市新增3家国家级专精特新企业 A2")."""
    return is_index_entry(text) and any(map(is_index_entry, _neighbours(blocks, index)))


def classify_blocks(blocks: Sequence[tuple[str, LineGroup | None]]) -> list[Unit]:
    """Give every block a role; split credits glued to a paragraph's end.

    >>> [u.role for u in classify_blocks([("本报记者 刘春霞 文/图", None), ("（陈洋）", None)])]
    ['byline', 'credit']
    """
    units: list[Unit] = []
    for index, (text, group) in enumerate(blocks):
        text = text.strip()
        if not text:
            continue
        if (
            is_furniture(text)
            or _english_masthead(text, blocks, index)
            or _bare_page_number(text, blocks, index)
            or _in_index(text, blocks, index)
        ):
            units.append(Unit("furniture", text, group))
        elif group is not None and group.kind == "verse":
            units.append(Unit("paragraph", text, group))  # a poem's line
        elif _is_photo_credit(text):
            units.append(Unit("photo_credit", text, group))
        elif BRACKET_CREDIT_RE.match(text):
            units.append(Unit("credit", text, group))
        elif is_section_label(text):
            units.append(Unit("label", text, group))
        elif _is_byline(text):
            units.append(Unit("byline", text, group))
        elif _table_text(
            text,
            blocks[index - 1][0].strip() if index > 0 else None,
            blocks[index + 1][0].strip() if index + 1 < len(blocks) else None,
        ):
            units.append(Unit("paragraph", text, group))
        elif _heading_like(text, group):
            role = "label" if is_section_label(text) else "heading"
            if (
                all(u.role == "furniture" for u in units)
                and _chars(text) <= 5
                and text[-1] not in "：:"  # a kicker ("乌达区：") over its headline
                and _NOTICE_TITLE_RE.search(text) is None  # "征稿启事" opening the page
                and index + 1 < len(blocks)
                and not _is_byline(blocks[index + 1][0].strip())
            ):
                role = "label"  # a column or page name at the top of the page
                # (under the masthead, if any), not a short title right above
                # its byline ("社区新风" / "本报记者 王 明")
            elif (
                all(u.role == "furniture" for u in units)
                and _SPECIAL_PAGE_RE.search(text) is not None
                and index + 1 < len(blocks)
            ):
                role = "label"  # a special page's name over its stories ("文明城市创建专刊")
            units.append(Unit(role, text, group))
        else:
            body, credit = _split_trailing_credit(text)
            if credit is not None and _is_photo_credit(credit) and _chars(body) <= _CAPTION_MAX:
                units.append(Unit("caption", body, group))
                units.append(Unit("photo_credit", credit, group))
                continue
            role = "caption" if _is_caption_like(body, group) else "paragraph"
            units.append(Unit(role, body, group))
            if credit is not None:
                units.append(Unit("credit", credit, group))
    _mark_captions_near_credits(units)
    _mark_clause_subtitles(units)
    _mark_lead_ins(units)
    _mark_fields(units)
    _mark_issuers(units)
    return units


def _mark_fields(units: list[Unit]) -> None:
    """A short line of a field under a paragraph that is a field itself
    ("报名邮箱：hr@example.com" / "联系人：王女士") goes on the box of fields,
    not a headline of its own."""
    for i in range(1, len(units)):
        unit, above = units[i], units[i - 1]
        if (
            unit.role == "heading"
            and above.role == "paragraph"
            and opens_with_field(unit.text)
            and opens_with_field(above.text)
            and not _ends_sentence(above.text)
        ):
            units[i] = Unit("paragraph", unit.text, unit.group)
    i = 0
    while i < len(units):
        end = i
        while end < len(units) and _figure_field(units[end]):
            end += 1
        if end - i >= 2:
            # "今天：多云 18℃～25℃ 东北风3级" / "明天：小雨 17℃～22℃ …": lines
            # of a box of fields, each its label and figures, one a line
            for k in range(i, end):
                units[k] = Unit("paragraph", units[k].text, units[k].group)
        i = max(end, i + 1)


def _figure_field(unit: Unit) -> bool:
    """A headline-sized line of a field whose value holds a figure."""
    return (
        unit.role == "heading"
        and opens_with_field(unit.text)
        and any("0" <= char <= "9" for char in unit.text)
        and _CLAUSE_RE.search(unit.text) is None
    )


_DATE_RE = LazyPattern(
    r"^\d{4}年\d{1,2}月\d{1,2}日$|^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$"
)
_MAX_ISSUER = 24
# An office that signs a notice: "本报编辑部", "市交通运输局", "大会组委会",
# "海口市龙华区人民法院", "海南某科技有限公司", "陈国强同志治丧小组".
_ISSUER_RE = LazyPattern(
    r"[\u4e00-\u9fff]{0,16}(?:编辑部|委员会|组委会|办公室|人民政府|管理处|中心|协会|联合会|学会"
    r"|商会|基金会|工会|法院|检察院|公司|集团|银行|分行|支行|大学|学院|学校|医院|研究院|研究所"
    r"|事务所|指挥部|办事处|小组|党委|局|厅|办|署)",
    traditional=True,
)


def _mark_issuers(units: list[Unit]) -> None:
    """The issuer under a notice's closing words ("特此通告。" / "市交通运输局"),
    with the date under it if any, is the notice's credit, not a headline; so
    is an office signing with the date under the last paragraph ("市文明办" /
    "2026年11月20日")."""
    i = 0
    while i < len(units) - 1:
        unit, issuer = units[i], units[i + 1]
        i += 1
        if unit.role != "paragraph":
            continue
        dated = i + 1 < len(units) and _DATE_RE.match(units[i + 1].text) is not None
        if not (
            NOTICE_END_RE.search(unit.text)
            # an office signing off below the last paragraph ("本报编辑部"),
            # as a byline or over the date
            or (
                (issuer.role == "byline" or dated) and _ISSUER_RE.fullmatch(issuer.text) is not None
            )
        ):
            continue
        if issuer.role not in ("heading", "label", "byline", "paragraph", "furniture") or (
            _chars(issuer.text) > _MAX_ISSUER
            or _CLAUSE_RE.search(issuer.text) is not None
            or (issuer.role == "furniture" and _DATE_RE.match(issuer.text) is None)
        ):
            continue
        text = issuer.text
        if dated and not _DATE_RE.match(text):
            text = f"{text} {units.pop(i + 1).text}"
        units[i] = Unit("credit", text, issuer.group)


def _mark_lead_ins(units: list[Unit]) -> None:
    """A short line ending in a colon right above a paragraph opens that
    paragraph's text ("编辑同志：" over a reader's letter, "具体措施如下："): it
    is the body's first paragraph, not a kicker, which stands above a title."""
    for i in range(len(units) - 1):
        unit = units[i]
        if (
            # a label only by standing at the page's top ("编辑同志：" there)
            (unit.role == "heading" or (unit.role == "label" and not is_section_label(unit.text)))
            and unit.text[-1] in "：:"
            and units[i + 1].role == "paragraph"
            and _DATELINE_RE.match(units[i + 1].text) is None
        ):
            units[i] = Unit("paragraph", unit.text, unit.group)


_MAX_SUBTITLE = 40  # characters: a subtitle of a clause or two


def _mark_clause_subtitles(units: list[Unit]) -> None:
    """A line of clauses without a sentence's end between a headline and the
    story's dateline or byline is the headline's subtitle, its commas
    notwithstanding ("我国粮食生产再获丰收" / "全年粮食总产量达13908亿斤，
    连续9年稳定在1.3万亿斤以上" / "本报北京12月11日电…"), and so is one
    closing the page's text under a headline printed after its story."""
    for i in range(1, len(units)):
        unit, before = units[i], units[i - 1]
        after = units[i + 1] if i + 1 < len(units) else None
        if (
            unit.role == "paragraph"
            and before.role == "heading"
            and _chars(unit.text) <= _MAX_SUBTITLE
            and not _ends_sentence(unit.text)
            and unit.text[-1] not in "，、；：,;:"
            and not any(mark in unit.text for mark in "。！？!?")
            and _DATELINE_RE.match(unit.text) is None
            and (
                (
                    after is not None
                    and (
                        after.role == "byline"
                        or (
                            after.role == "paragraph" and _DATELINE_RE.match(after.text) is not None
                        )
                    )
                )
                or (
                    # the page's text ends: a headline printed after its story
                    all(later.role == "furniture" for later in units[i + 1 :])
                    and (story := _before_headline(units, i - 1)) is not None
                    and story.role in ("paragraph", "caption", "photo_credit", "credit")
                    and (story.role != "paragraph" or _ends_sentence(story.text))
                )
            )
        ):
            units[i] = Unit("heading", unit.text, unit.group)


_MIN_HEADLINE = 4  # characters: a headline's line holds a phrase


def _before_headline(units: list[Unit], last: int) -> Unit | None:
    """The unit before the headline whose last line is ``units[last]``: a
    title, or a kicker and its title ("国家统计局发布公告" / "我国粮食生产再获丰收"),
    each a headline's words (no numbered or bulleted subheading, no
    character broken off a line); None if there is no such headline."""
    first = last
    while first > 0 and last - first < 1 and units[first - 1].role == "heading":
        first -= 1
    if first == 0 or any(
        _chars(unit.text) < _MIN_HEADLINE or marked_subheading(unit.text)
        for unit in units[first : last + 1]
    ):
        return None
    return units[first - 1]


def _image_line(unit: Unit) -> bool:
    """A headline-like line standing where an image left blank lines."""
    return (
        unit.role == "heading"
        and unit.group is not None
        and unit.group.gap_before >= 2
        and _chars(unit.text) <= _CAPTION_MAX
    )


def _caption_sized(text: str) -> bool:
    """One short sentence that is no dateline: what a caption without a credit
    looks like."""
    return (
        _chars(text) <= _CAPTION_RUN_MAX
        and _ends_sentence(text)
        and text.count("。") <= 1
        and text[0] not in "“‘「"
        and _DATELINE_RE.search(text) is None
    )


_PHOTO_WORD_RE = LazyPattern("[文/／]图|摄")  # a credit that covers the photos too
_SENTENCE_RE = LazyPattern(r"[^。！？!?]+[。！？!?]+[”’」』）)]*")


def _captions_only(text: str) -> bool:
    """Only caption-sized sentences ("居民在红色驿站阅读书籍。佳和小区红色驿站。")."""
    sentences = _SENTENCE_RE.findall(text)
    return "".join(sentences) == text and all(_caption_sized(s) for s in sentences)


def _after_sign_off(units: list[Unit], i: int) -> list[tuple[Unit, list[str]]]:
    """Short sentences standing between an article's closing credit and the
    next headline (or the page's end; after a credit for the photos too, any
    next piece) are no body text: the article has ended
    and the next has not begun. They are the captions of photos whose credit
    the article's own "文/图" credit covers (on a paragraph each, or lines a
    joiner ran together: one caption per sentence). Returns each unit of the
    run from ``i`` with its sentences, or nothing when there is no such run."""
    # a credit for the photos too ("（丁宇婷 文/图）") has its captions after
    # it, whatever follows them (an untitled piece's body)
    photos = i > 0 and _PHOTO_WORD_RE.search(units[i - 1].text) is not None
    end = i
    while (
        end < len(units)
        and units[end].role == "paragraph"
        and end - i < 3
        and (not photos or _captions_only(units[end].text))
    ):
        end += 1
    following = units[end] if end < len(units) else None
    if end == i or (
        following is not None
        and not photos
        and following.role not in ("heading", "label", "furniture", "caption", "photo_credit")
    ):
        return []
    run = [(unit, _SENTENCE_RE.findall(unit.text)) for unit in units[i:end]]
    if sum(len(sentences) for _, sentences in run) > 3 or not all(
        _captions_only(unit.text) for unit in units[i:end]
    ):
        return []
    return run


def _mark_captions_near_credits(units: list[Unit]) -> None:
    """A short one-sentence paragraph right before a photo credit is its
    caption, and captions come in blocks: short one-sentence paragraphs right
    after a caption or photo credit are captions too."""
    for i, unit in enumerate(units):
        if unit.role == "photo_credit" and i > 0:
            before = units[i - 1]
            if (
                before.role == "paragraph"
                and _ends_sentence(before.text)
                and _DATELINE_RE.search(before.text) is None  # a story's lead, not a caption
            ):
                units[i - 1] = Unit("caption", before.text, before.group)
    for i in range(len(units) - 1, 0, -1):
        if units[i - 1].role == "credit":
            run = _after_sign_off(units, i)
            units[i : i + len(run)] = [
                Unit("caption", s, unit.group) for unit, sentences in run for s in sentences
            ]
    changed = True
    while changed:
        changed = False
        for i, unit in enumerate(units):
            if _image_line(unit):
                # continues a block of captions, unless an article starts here
                # (a kicker above a headline and byline)
                ahead = [u.role for u in units[i + 1 : i + 3]]
                if i == 0 or units[i - 1].role != "caption" or "byline" in ahead:
                    continue
                neighbours = [units[i - 1]]
            elif unit.role == "paragraph" and _caption_sized(unit.text):
                # a block of captions runs on after its first; a very short
                # single-clause sentence just before a caption belongs to it too
                neighbours = [units[i - 1]] if i > 0 else []
                if _chars(unit.text) <= _TINY_CAPTION and "，" not in unit.text:
                    neighbours += units[i + 1 : i + 2]
            else:
                continue
            if any(n.role in ("caption", "photo_credit") for n in neighbours):
                units[i] = Unit("caption", unit.text, unit.group)
                changed = True


# --- reading order ----------------------------------------------------------


def _headline_last(units: list[Unit]) -> bool:
    """Does this page give each headline after its article's body?"""
    # A heading behind a bullet or a number, or one whole quotation between
    # two paragraphs, is a subheading inside a body: it says nothing about
    # where headlines stand; but a bulleted heading right above a dateline
    # is a brief's headline ("■我市新增3家…" / "本报讯（记者 李强）…"): a
    # dateline opens a story.
    body = [u for u in units if u.role not in ("label", "furniture")]
    roles = [
        # a line of a box of fields ("今天：多云 18℃～25℃"): no body's text
        "row"
        if u.role == "paragraph" and opens_with_field(u.text) and not _ends_sentence(u.text)
        else "subheading"
        if u.role == "heading"
        and (
            (
                marked_subheading(u.text)
                and not (
                    i + 1 < len(body)
                    and body[i + 1].role == "paragraph"
                    and _DATELINE_RE.search(body[i + 1].text) is not None
                )
            )
            or (
                whole_quotation(u.text)
                and 0 < i < len(body) - 1
                and body[i - 1].role == body[i + 1].role == "paragraph"
            )
        )
        else u.role
        for i, u in enumerate(body)
    ]
    if not roles:
        return False
    first_heading = next((i for i, r in enumerate(roles) if r == "heading"), len(roles))
    first_evidence = 0
    last_evidence = 0
    # A headline opening the page whose words come from the text that ends
    # it names that text: the column step put back the lower part of the
    # last column, which an extractor gave first.  The page then opens with
    # a headline and ends with untitled text in either order.
    wrapped = _opening_names_closing(body, roles)
    if roles[0] == "heading" and not wrapped:
        first_evidence += 2
    # Body before the first headline (its credit and captions with it) is
    # untitled if headlines come first, body after the last one if they
    # come last: the reading that leaves the longer stretch untitled is the
    # less likely.
    last_heading = max((i for i, r in enumerate(roles) if r == "heading"), default=-1)
    before = (
        sum(1 for r in roles[:first_heading] if r in ("paragraph", "subheading"))
        if all(
            r in ("paragraph", "subheading", "row", "caption", "photo_credit", "credit")
            for r in roles[:first_heading]
        )
        else 0
    )
    after = (
        sum(1 for r in roles[last_heading + 1 :] if r in ("paragraph", "subheading"))
        if last_heading >= 0
        else 0
    )
    if before >= 2 and before > after:
        last_evidence += 2
    elif after >= 2 and after > before and not wrapped:
        first_evidence += 2
    # The page ends with a headline and no body after it.
    if last_heading > 0 and all(r in ("heading", "byline") for r in roles[last_heading:]):
        last_evidence += 1
    # An article that one reading leaves without a headline but that opens
    # with a dateline ("新华社北京11月20日电…"): such an opening nearly always
    # has a headline (a column of briefs aside), so that reading is wrong.
    # Body without a dateline before the first or after the last headline
    # is only an article continued from or to another column or page, and
    # says nothing.
    if first_heading >= 1 and _DATELINE_RE.search(body[0].text):
        last_evidence += 2
    below = last_heading + 1
    while below < len(roles) and roles[below] == "byline":
        below += 1
    if 0 <= last_heading and below < len(roles) and _DATELINE_RE.search(body[below].text):
        first_evidence += 2
    # A byline under a headline is where headline-first pages put it, and
    # where headline-last ones that print bylines do too: a prior, not a tally.
    first_evidence += min(
        2,
        sum(
            1 for i, role in enumerate(roles[:-1]) if role == "heading" and roles[i + 1] == "byline"
        ),
    )
    for i, unit in enumerate(body):
        if unit.role == "paragraph" and _DATELINE_RE.search(unit.text) and i > 0:
            if roles[i - 1] == "heading":
                first_evidence += 1
    # After the last credit, only headlines (and captions) remain: headline last.
    last_credit = max((i for i, r in enumerate(roles) if r == "credit"), default=-1)
    tail = roles[last_credit + 1 :]
    if (
        last_credit >= 0
        and "heading" in tail
        and "paragraph" not in tail
        and "subheading" not in tail
    ):
        last_evidence += 2
    # A headline draws its words from its own article: each headline that
    # shares clearly more words with the body before it than with the body
    # after it (or the other way) counts.  (Not more: a campaign slogan
    # glued onto a headline shares its words with every article.)  Each
    # weighs more than a dateline under a headline, which either order puts
    # there (the next article's lead, or the headline's own).
    votes = _headline_word_votes(body)
    if votes > 0:
        last_evidence += 3 * votes
    else:
        first_evidence -= 3 * votes
    return last_evidence > first_evidence


_NEAR_HEADLINE = 3000  # characters of body on each side a headline's words are sought in
_MAX_HEADLINE_WORDS = 60  # characters of a headline run whose words are sought


def _opening_names_closing(body: list[Unit], roles: list[str]) -> bool:
    """The page opens with a full headline whose words come clearly from
    the body after the page's last headline, not from the body under it."""
    if not roles or roles[0] != "heading":
        return False
    j = 1
    while j < len(body) and roles[j] in ("heading", "byline"):
        j += 1
    last = max((k for k in range(j, len(roles)) if roles[k] == "heading"), default=-1)
    if last < 0 or not _full_headline(body[:j]):
        return False
    words = _bigrams("".join(u.text for u in body[:j] if u.role == "heading")[:_MAX_HEADLINE_WORDS])
    closing = "".join(u.text for u in body[last + 1 :] if u.role == "paragraph")[-_NEAR_HEADLINE:]
    under = "".join(u.text for u in body[j:last] if u.role == "paragraph")[:_NEAR_HEADLINE]
    return _drawn_from(words, closing, under)


def _drawn_from(words: set[str], source: str, other: str) -> bool:
    """A headline's words (its bigrams) come clearly from ``source``, not
    from ``other``: two or more of them, over twice as many as from it."""
    shared = sum(1 for word in words if word in source)
    return shared >= 2 and shared > 2 * sum(1 for word in words if word in other)


def _headline_word_votes(body: list[Unit]) -> int:
    """For each headline (a run of headings and bylines that no subheading
    makes), +1 if its words come clearly from the body before it, -1 if
    from the body after it (up to the neighbouring headings).

    >>> units = [Unit("paragraph", "海口市民在口袋公园休闲。"), Unit("heading", "口袋公园"),
    ...          Unit("byline", "本报记者 王明"), Unit("paragraph", "记者走进社区，感受幸福。")]
    >>> _headline_word_votes(units)
    1
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        if body[i].role == "heading" and not marked_subheading(body[i].text):
            j = i + 1
            while j < len(body) and body[j].role in ("heading", "byline"):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    votes = 0
    for k, (i, j) in enumerate(runs):
        if not _full_headline(body[i:j]):
            continue  # maybe an in-body subheading, which draws on the text below it
        headline = "".join(u.text for u in body[i:j] if u.role == "heading")
        words = _bigrams(headline[:_MAX_HEADLINE_WORDS])
        low = runs[k - 1][1] if k else 0
        high = runs[k + 1][0] if k + 1 < len(runs) else len(body)
        before = "".join(u.text for u in body[low:i] if u.role == "paragraph")[-_NEAR_HEADLINE:]
        after = "".join(u.text for u in body[j:high] if u.role == "paragraph")[:_NEAR_HEADLINE]
        if _drawn_from(words, before, after):
            votes += 1
        elif _drawn_from(words, after, before):
            votes -= 1
    return votes


# --- building articles --------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    blocks: list[Block] = field(default_factory=list)
    credit: str | None = None
    captions: list[Caption] = field(default_factory=list)
    closed: bool = False  # signed off with a credit

    def empty(self) -> bool:
        return not (self.title or self.blocks or self.captions or self.byline or self.credit)

    def build(self) -> Article:
        return Article(
            kicker=self.kicker,
            title=self.title,
            subtitle=self.subtitle,
            byline=self.byline,
            blocks=tuple(self.blocks),
            credit=self.credit,
            captions=tuple(self.captions),
        )


def _clause_spaced(text: str) -> bool:
    return " " in text.strip()


def _stacked_parts(unit: Unit) -> list[str]:
    """A heading block printed on two lines joined at a clause's space, when
    neither line is short enough for one title's clause: the lines are two
    parts ("来自循化重点隔离管控区" / "一产妇顺利产下双胞胎": a kicker over
    its title), not one title ("党建引领聚合力" / "服务群众暖民心")."""
    group = unit.group
    text = unit.text
    if group is None or len(group.lines) != 2 or text.count(" ") != 1:
        return [text]
    first, second = text.split(" ")
    if [content_skeleton(part) for part in (first, second)] != [
        content_skeleton(line) for line in group.lines
    ]:
        return [text]  # the space is not where the lines broke
    if _chars(first) <= _SHORT_HEADLINE and _chars(second) <= _SHORT_HEADLINE:
        return [text]
    return [first, second]


def _apply_headlines(draft: _Draft, run: list[Unit], other: list[Other]) -> None:
    """Fill kicker, title, subtitle and byline from a run of headline units."""
    heads = [i for i, unit in enumerate(run) if unit.role == "heading"]
    if len(heads) == 1:
        parts = _stacked_parts(run[heads[0]])
        if len(parts) == 2:
            run = run[: heads[0]] + [Unit("heading", part) for part in parts] + run[heads[0] + 1 :]
    headings: list[str] = []
    for unit in run:
        if unit.role == "label":
            other.append(Other("label", unit.text))
        elif (
            unit.role == "heading"
            and draft.byline is not None
            and headings
            and not unit.text.startswith("——")  # a subtitle under a byline set above the title
            and not marked_subheading(unit.text)  # "一、…" under the byline: the body's
        ):
            other.append(Other("banner", unit.text))  # a line under the byline
        elif unit.role == "byline":
            draft.byline = unit.text if draft.byline is None else f"{draft.byline} {unit.text}"
        elif headings and _is_bare_name(unit.text) and draft.byline is None:
            draft.byline = unit.text
        else:
            headings.append(unit.text)
    headings = _complete_couplets(headings)
    marked: list[str] = []
    while (
        not draft.blocks
        and len(headings) > 1
        and marked_subheading(headings[-1])
        and not marked_subheading(headings[0])
    ):
        # "关于…的报告" / "一、2023年度预算执行情况": numbered (or
        # bulleted) headings under a headline open its body
        marked.insert(0, headings.pop())
    section: list[str] = []
    if (
        len(headings) >= 3
        and _chars(headings[0]) <= _SECTION_HEADING
        and headings[0][-1] not in "：:"
        and all(_chars(h) >= 2 * _chars(headings[0]) + 2 for h in headings[1:])
    ):
        # "秀英区" / "海口各区开展…" / "“安全课堂”椰城开课": a short section
        # heading of the body that the export floated above a full headline
        section.append(headings.pop(0))
    if len(headings) >= 2 and headings[0][-1] in "：:" and draft.kicker is None:
        draft.kicker = headings.pop(0)
    for text in list(headings):
        if text.startswith("——") and draft.subtitle is None and len(headings) > 1:
            draft.subtitle = text
            headings.remove(text)
    if (
        len(headings) == 3
        and draft.kicker is None
        and draft.subtitle is None
        and _CLAUSE_RE.search(headings[2]) is not None
        and not any(marked_subheading(text) for text in headings)  # "二、激发…"
    ):
        # three lines over a story, the last of clauses: kicker, title and
        # subtitle ("国家统计局发布公告" / "我国粮食生产再获丰收" /
        # "全年粮食总产量达13908亿斤，连续9年稳定在1.3万亿斤以上")
        draft.kicker = headings.pop(0)
    if len(headings) == 2:
        first, second = headings
        if _clause_spaced(first) != _clause_spaced(second):
            # the two-clause line is the main headline; the other is kicker or subtitle
            if _clause_spaced(second) and draft.kicker is None:
                draft.kicker = headings.pop(0)
        elif all(_chars(h) <= _SHORT_HEADLINE for h in headings):
            headings = [f"{first} {second}"]  # one headline printed on two lines
        elif draft.kicker is None and _chars(first) > _chars(second):
            # the main title is the shorter line; a longer one above it is the kicker
            draft.kicker = headings.pop(0)
    if headings:
        title = headings.pop(0)
        draft.title = title if draft.title is None else f"{draft.title} {title}"
    if headings and draft.subtitle is None:
        draft.subtitle = headings.pop(0)
    draft.blocks.extend(Block("heading", text) for text in section + headings + marked)


def _complete_couplets(headings: list[str]) -> list[str]:
    """Join a two-clause headline broken inside its second clause across
    blocks ("社区治理有温度 居民" / "幸福看得见"): the clause left on the line
    is much shorter than the first, and with the next line it matches the
    first clause's length, as the clauses of a couplet do."""
    result: list[str] = []
    for text in headings:
        if result and " " not in text and not text.startswith("——"):
            clauses = result[-1].split(" ")
            first, last = _chars(clauses[0]), _chars(clauses[-1])
            if (
                len(clauses) == 2
                and result[-1][-1] not in "：:"
                and last * 2 <= first
                and abs(last + _chars(text) - first) <= 1
            ):
                result[-1] += text
                continue
        result.append(text)
    return result


def _full_headline(run: list[Unit]) -> bool:
    """A run that can only be an article's headline, not an in-body
    subheading: it has a byline, a kicker or subtitle, several headings, or a
    heading set large enough to wrap onto three lines."""
    headings = [u for u in run if u.role == "heading"]
    return (
        any(u.role == "byline" for u in run)
        or len(headings) >= 2
        or any(u.text.startswith("——") or u.text[-1] in "：:" for u in headings)
        or any(_set_large(u.group) and not marked_subheading(u.text) for u in headings)
        # a bulleted subheading is no headline, however many lines it takes
    )


def _set_large(group: LineGroup | None) -> bool:
    """A heading set in a larger size than the body: it wraps onto three
    lines, or inside a phrase onto two well short of the column
    ("泽苑社区激活党建动" / "能 合力提升服务" in a column of 16).  A
    subheading in the body's size fills its first line before it wraps, or
    is printed clause by clause ("突出党建引领" / "让功能更“贴心”")."""
    if group is None or group.line_count < 2:
        return False
    first = group.lines[0]
    return group.line_count >= 3 or (
        0 < group.width < group.column - 3
        and group.text[len(first) : len(first) + 1] not in (" ", "\u3000")
    )


def _is_bare_name(text: str) -> bool:
    """A name under a headline ("刘春霞"), not its wrapped last words ("高质量")."""
    return is_person_name(text)


# A notice's title names its kind: "征稿启事", "招聘公告", "关于…的通知".
_NOTICE_TITLE_RE = LazyPattern(
    r"^[^，。；：:]{0,20}(?:启事|公告|通告|通知|声明|公示|告知书|倡议书|公开信|讣告|更正|招租|招聘|转让)$",
    traditional=True,
)


def _starts_article(
    run: list[Unit], following: Unit | None, draft: _Draft, script: _ScriptOf
) -> bool:
    if draft.empty() or draft.closed or _full_headline(run):
        return True
    headings = [u for u in run if u.role == "heading"]
    if headings and any(u.role == "label" for u in run):
        return True  # a labelled piece: 记者手记, 短评
    if _ends_with_own_caption(draft):
        return True  # the caption at the foot of the article above closes it
    if len(headings) == 1 and _NOTICE_TITLE_RE.search(headings[0].text) is not None:
        return True  # "征稿启事", "关于调整公交线路的通告": a notice is a piece of its own
    if following is not None and following.role == "paragraph":
        # a dateline, or the other script (a Traditional report after a
        # Simplified story, its headline in its own script above it)
        return _opens_new_piece(following.text, draft, script)
    return following is None or following.role in ("caption", "photo_credit")


_OWN_PHOTOS_RE = LazyPattern(r"文[/／]图|图[/／]文|图文|文[/／]摄|摄影报道", traditional=True)
# How a closing paragraph opens; a caption describes a scene and does not,
# nor a stretch of time no photo shows ("去年，该党委成功获评…").
_CLOSING_OPENER_RE = LazyPattern(
    r"^(?:据|目前|此外|另外|同时|今后|下一步|接下来|未来|截至|记者|他|她|我们|“"
    r"|去年|前年|今年以来|近年来|近几年|多年来|长期以来|此前|以往|如今)",
    traditional=True,
)


def _caption_of_own_photo(draft: _Draft) -> None:
    """An article whose writer also took its photos ("本报记者 刘春霞 文/图",
    "（记者周慧摄影报道）") prints their captions without a credit; where no
    closing credit ends the article, a last paragraph of one short scene
    sentence after a finished paragraph is such a caption, set at the
    article's foot."""
    if _ends_with_own_caption(draft):
        draft.captions.append(Caption(draft.blocks.pop().text))


def _ends_with_own_caption(draft: _Draft) -> bool:
    """Does the article end with a caption of its writer's own photo (see
    :func:`_caption_of_own_photo`)?"""
    blocks = draft.blocks
    lead = blocks[0].text if blocks and _DATELINE_RE.search(blocks[0].text) else ""
    # "本报5月12日讯（记者周慧摄影报道）": the dateline's bracket signs too
    signed = " ".join(t for t in (draft.byline, draft.credit, lead[:40]) if t)
    if draft.credit is not None or _OWN_PHOTOS_RE.search(signed) is None or len(blocks) < 2:
        return False
    last, before = blocks[-1], blocks[-2]
    return (
        last.kind == "paragraph"
        and before.kind == "paragraph"
        and _ends_sentence(before.text)
        and _caption_sized(last.text)
        and _CLOSING_OPENER_RE.search(last.text) is None
    )


def _attach_caption(draft: _Draft, page_captions: list[Caption], caption: Caption) -> None:
    if draft.empty():
        page_captions.append(caption)
    else:
        draft.captions.append(caption)


def _unbracketed(credit: str) -> str:
    """A photo credit without the brackets around it ("（刘春霞 摄）"); the
    agency's bracket after it stays ("杨 峥摄（人民视觉）", "（新华社发
    杨峥摄（人民视觉））" → "新华社发 杨峥摄（人民视觉）")."""
    if credit[:1] in ("（", "("):
        credit = credit[1:]
    opened = credit.count("（") + credit.count("(")
    if credit[-1:] in ("）", ")") and credit.count("）") + credit.count(")") > opened:
        credit = credit[:-1]
    return credit.strip()


# A caption numbered for its photo: "图①：", "图2：", "上图：", "左图 ".
_NUMBERED_CAPTION_RE = LazyPattern(
    rf"^(?:{CAPTION_NUMBER}|[上下左右中]图)\s*[:：.．、\s]", traditional=True
)


def _photo_credit(
    unit: Unit, draft: _Draft, page_captions: list[Caption], other: list[Other]
) -> None:
    credit = _unbracketed(unit.text)
    for captions in (draft.captions, page_captions):
        if captions and captions[-1].credit is None:
            captions[-1] = Caption(captions[-1].text, credit)
            # "图①：…" / "图②：…" / "本报记者 刘 洋 摄": one credit under a
            # run of numbered captions is every one's
            k = len(captions) - 2
            while (
                k >= 0
                and captions[k].credit is None
                and _NUMBERED_CAPTION_RE.match(captions[k].text) is not None
                and _NUMBERED_CAPTION_RE.match(captions[k + 1].text) is not None
            ):
                captions[k] = Caption(captions[k].text, credit)
                k -= 1
            return
    if (
        draft.blocks
        and draft.blocks[-1].kind == "paragraph"
        and _DATELINE_RE.search(draft.blocks[-1].text) is None  # a lead is no caption
    ):
        # a photo with a longer caption: the paragraph before the credit
        _attach_caption(draft, page_captions, Caption(draft.blocks.pop().text, credit))
        return
    if unit.text.startswith(("（本版图片", "(本版图片", "本版图片")):
        other.append(Other("furniture", unit.text))
        return
    other.append(Other("unknown", unit.text))


def split_page(
    blocks: Sequence[str | tuple[str, LineGroup | None]],
    *,
    source: str | None = None,
    report: Report | None = None,
) -> Page:
    """Build a :class:`Page` from a page's cleaned blocks (in extraction order).

    ``blocks`` are strings or ``(text, LineGroup)`` pairs; the layout features
    of a :class:`~cnnews_clean.lines.LineGroup` sharpen the roles.
    """
    pairs = [(b, None) if isinstance(b, str) else b for b in blocks]
    units = classify_blocks(pairs)
    headline_last = _headline_last(units)
    articles: list[Article] = []
    page_captions: list[Caption] = []
    other: list[Other] = []
    draft = _Draft()

    def finish() -> None:
        nonlocal draft
        _caption_of_own_photo(draft)
        if not draft.empty():
            articles.append(draft.build())
        draft = _Draft()

    script = _ScriptOf(units)
    opening: list[Unit] = []
    i = 0
    n = len(units)
    while i < n:
        unit = units[i]
        role = unit.role
        if role in ("heading", "label") or (role == "byline" and headline_last is False):
            j = i
            while j < n and units[j].role in ("heading", "label", "byline"):
                j += 1
            run = units[i:j]
            following = units[j] if j < n else None
            if (
                headline_last
                and not articles
                and draft.empty()
                and _names_closing_text(units, i, j)
            ):
                opening = run  # the headline of the text that ends the page
                i = j
                continue
            signed = 0 if headline_last else _sign_off(run, draft)
            if signed:
                # "…督促尽快修好。" / "读者 李建国" / "记者追踪": a letter's
                # signature under its text, a label over the next piece
                draft.credit = " ".join(u.text for u in run[:signed])
                draft.closed = True
                i += signed
                continue
            if headline_last:
                if (
                    draft.closed
                    or (not draft.empty() and _no_body_follows(units[j:]))
                    or (draft.blocks and _full_headline(run))
                    or _new_piece_follows(following, draft, script)
                    or _names_what_precedes(run, draft, units[j:])
                ):
                    _apply_headlines(draft, run, other)
                    finish()
                else:
                    _in_body(run, draft, other)
            elif all(u.role == "label" for u in run):
                other.extend(Other("label", u.text) for u in run)
            elif all(u.role == "byline" for u in run) and draft.byline is None and not draft.closed:
                draft.byline = " ".join(u.text for u in run)  # lead printed before the byline
            elif _starts_article(run, following, draft, script):
                finish()
                _apply_headlines(draft, run, other)
            else:
                _in_body(run, draft, other)
            i = j
            continue
        if role == "paragraph":
            if _resumes_after_jump(units, i, draft):
                # "…绿色发展之路，" / "（下转第3版）" / page header / "以更高标准…":
                # the sentence goes on where the page's furniture interrupted it
                last = draft.blocks.pop()
                draft.blocks.append(Block("paragraph", last.text + unit.text))
                i += 1
                continue
            if (draft.closed and not headline_last) or _opens_new_piece(unit.text, draft, script):
                # signed off, a new dateline, or Simplified text after a
                # Traditional report (or the other way): a new (untitled) piece
                finish()
            draft.blocks.append(Block("paragraph", unit.text))
        elif role == "credit":
            if draft.credit is None and not draft.empty():
                draft.credit = unit.text
                draft.closed = True
            else:
                other.append(Other("unknown", unit.text))
        elif role == "byline":
            if draft.byline is None and not draft.blocks:
                draft.byline = unit.text
            else:
                other.append(Other("unknown", unit.text))
        elif role == "caption":
            _attach_caption(draft, page_captions, Caption(unit.text))
        elif role == "photo_credit":
            _photo_credit(unit, draft, page_captions, other)
        else:
            other.append(Other("furniture" if role == "furniture" else "unknown", unit.text))
        i += 1
    if opening:
        if draft.empty() or draft.title is not None:
            finish()  # the untitled text that ends the page is a draft of its own
        _apply_headlines(draft, opening, other)
    finish()
    articles = _separate_banners(articles, other)
    articles = _rejoin_continued_text(articles, other)
    articles, page_captions = _attach_by_content(articles, page_captions)
    return Page(
        source=source,
        articles=tuple(articles),
        captions=tuple(page_captions),
        other=tuple(other),
        report=report or Report(),
    )


class _ScriptOf:
    """Is a paragraph in Traditional characters?  Always False on a page
    without a Traditional-only character (the usual page: one search)."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.mixed: bool | None = None

    def __call__(self, text: str) -> bool:
        from .traditional import looks_traditional, traditional_only

        if self.mixed is None:
            self.mixed = any(traditional_only(u.text) for u in self.units)
        return self.mixed and looks_traditional(text)


_MIN_BANNER = 6


def _separate_banners(articles: list[Article], other: list[Other]) -> list[Article]:
    """Split a page banner glued onto a headline ("…合力提升服务学习宣传贯彻党的
    二十大精神"): the headline's tail is a banner when it appears word for word
    in another article's body but not in this article's own text."""
    bodies = [a.body for a in articles]
    result: list[Article] = []
    for index, article in enumerate(articles):
        title = article.title
        if title is None or " " not in title or _chars(title) < 2 * _MIN_BANNER:
            result.append(article)
            continue
        last_clause = title.rsplit(" ", 1)[1]
        others = "\n".join(b for i, b in enumerate(bodies) if i != index)
        for size in range(len(last_clause) - 4, _MIN_BANNER - 1, -1):
            tail = title[-size:]
            if tail in others and tail not in bodies[index]:
                other.append(Other("banner", tail))
                title = title[:-size].rstrip()
                article = Article(
                    article.kicker,
                    title,
                    article.subtitle,
                    article.byline,
                    article.blocks,
                    article.credit,
                    article.captions,
                )
                break
        result.append(article)
    return result


def _bigrams(text: str) -> set[str]:
    """Two-character words, letters and digits only ("佳和", "和小", …)."""
    pairs = set(map(str.__add__, text, text[1:]))
    return {pair for pair in pairs if pair.isalnum()}


def _attach_by_content(
    articles: list[Article], captions: list[Caption]
) -> tuple[list[Article], list[Caption]]:
    """Give a page-level caption to the article whose text shares clearly the
    most two-character words with it ("佳和小区红色驿站。" goes to the article
    about 佳和小区's 红色驿站); keep it page-level when no article stands out."""
    if not captions or len(articles) < 1:
        return articles, captions
    texts = [
        _bigrams(" ".join(filter(None, (a.kicker, a.title, a.subtitle, a.body)))) for a in articles
    ]
    extra: list[list[Caption]] = [[] for _ in articles]
    kept: list[Caption] = []
    for caption in captions:
        words = _bigrams(caption.text)
        scores = sorted(((len(words & t), i) for i, t in enumerate(texts)), reverse=True)
        best, index = scores[0]
        runner_up = scores[1][0] if len(scores) > 1 else 0
        if best >= 3 and best >= 2 * runner_up:
            extra[index].append(caption)
        else:
            kept.append(caption)
    updated = [
        Article(a.kicker, a.title, a.subtitle, a.byline, a.blocks, a.credit, a.captions + tuple(e))
        if e
        else a
        for a, e in zip(articles, extra, strict=True)
    ]
    return updated, kept


_JUMP_RE = LazyPattern(f"{JUMP_WORDS}|转第|接第", traditional=True)


def _broken_off(article: Article) -> bool:
    """The article's text stops mid-sentence: its last block is a paragraph
    without a sentence's end, and no credit signs it off."""
    if article.credit is not None or not article.blocks:
        return False
    last = article.blocks[-1]
    return last.kind == "paragraph" and not _ends_sentence(last.text) and last.text[-1] not in "：:"


def _rejoin_continued_text(articles: list[Article], other: list[Other]) -> list[Article]:
    """Some extractors (pdfminer) give a column's lower part before the
    headline of the article it belongs to: the page opens with untitled text
    ("拨土地法律地位与有偿使用制度…") and one article breaks off
    mid-sentence ("…与居民生活息息相关的国有划").  When exactly one article
    breaks off and no jump line ("下转第3版") says its text goes on elsewhere,
    the opening text is where it goes on: it moves there, its first
    paragraph finishing the broken one."""
    if len(articles) < 2 or any(_JUMP_RE.search(o.text) for o in other):
        return articles
    head = articles[0]
    if (
        any((head.kicker, head.title, head.subtitle, head.byline))
        or not head.blocks
        or head.blocks[0].kind != "paragraph"
        or _DATELINE_RE.search(head.blocks[0].text) is not None
    ):
        return articles
    broken = [i for i, article in enumerate(articles) if _broken_off(article)]
    if len(broken) != 1 or broken[0] == 0:
        return articles
    target = articles[broken[0]]
    last = target.blocks[-1]
    opening = head.blocks[0].text
    if not (last.text[-1] in "，、；,;" or breaks_word(last.text, opening)):
        return articles  # the opening text reads as a start of its own
    blocks = (
        *target.blocks[:-1],
        Block("paragraph", last.text + opening),
        *head.blocks[1:],
    )
    joined = Article(
        target.kicker,
        target.title,
        target.subtitle,
        target.byline,
        blocks,
        head.credit,
        target.captions + head.captions,
    )
    return [joined if i == broken[0] else a for i, a in enumerate(articles) if i != 0]


def _sign_off(run: list[Unit], draft: _Draft) -> int:
    """How many bylines open ``run`` right under the draft's last paragraph
    with a section label after them: the piece's signature, not the byline
    of a piece to come (which a headline or its body would follow)."""
    signed = 0
    while signed < len(run) and run[signed].role == "byline":
        signed += 1
    if (
        0 < signed < len(run)
        and run[signed].role == "label"
        and draft.blocks
        and draft.blocks[-1].kind == "paragraph"
        and draft.credit is None
        and not draft.closed
    ):
        return signed
    return 0


def _resumes_after_jump(units: list[Unit], index: int, draft: _Draft) -> bool:
    """Only page furniture (a jump line, the next page's header) stands
    between the draft's last paragraph, broken off mid-sentence, and this
    one, which opens with no dateline."""
    if not draft.blocks or draft.blocks[-1].kind != "paragraph" or draft.closed:
        return False
    last = draft.blocks[-1].text
    if _ends_sentence(last) or last[-1] in "：:" or is_table_row(last):
        return False  # (a table's last row, "固定资产投资 953.1亿元 增长7.3%", ends so)
    k = index - 1
    while k >= 0 and units[k].role == "furniture":
        k -= 1
    return k < index - 1 and _DATELINE_RE.search(units[index].text) is None


def _names_closing_text(units: list[Unit], start: int, end: int) -> bool:
    """On a headline-last page, the headline run ``units[start:end]`` opens
    the page (only furniture and labels above it), and body text without a
    headline after it ends the page: the headline names that closing text,
    whose column's lower part an extractor gave first and the column step
    put back ("专家提醒：秋冬季节谨防呼吸道疾病" over "《红楼梦》是一部…",
    "…呼吸道疾病的高发期…" closing the page)."""
    if any(u.role not in ("furniture", "label") for u in units[:start]):
        return False
    if not any(u.role == "heading" for u in units[start:end]):
        return False
    last = max((k for k in range(end, len(units)) if units[k].role == "heading"), default=-1)
    return last >= 0 and any(u.role == "paragraph" for u in units[last + 1 :])


def _no_body_follows(rest: list[Unit]) -> bool:
    """Up to the next heading, only captions, credits and furniture follow (or
    nothing): on a headline-last page, no body that a heading here could head."""
    for unit in rest:
        if unit.role in ("heading", "label", "byline"):
            return True
        if unit.role not in ("caption", "photo_credit", "credit", "furniture"):
            return False
    return True


def _new_piece_follows(following: Unit | None, draft: _Draft, script: _ScriptOf) -> bool:
    """On a headline-last page, the paragraph after a heading opens another
    piece (a dateline, or a change of script): no subheading comes last in
    an article, so the heading is the title of the body before it."""
    return (
        following is not None
        and following.role == "paragraph"
        and _opens_new_piece(following.text, draft, script)
    )


def _opens_new_piece(text: str, draft: _Draft, script: _ScriptOf) -> bool:
    """After the draft's body, does the paragraph ``text`` open another piece:
    a new dateline, or the other script (Simplified after a Traditional
    report, or the other way)?"""
    before = next((b for b in reversed(draft.blocks) if b.kind == "paragraph"), None)
    return before is not None and (
        _DATELINE_RE.search(text) is not None or script(text) != script(before.text)
    )


def _names_what_precedes(run: list[Unit], draft: _Draft, rest: list[Unit]) -> bool:
    """On a headline-last page, a heading between two stretches of body is
    the title of the one before it, not a subheading of the one after, when
    its words come from the text before and hardly from the text after (up
    to the next heading or credit): "一本《民情日志》 承载为民服务真情" after
    "翻开一本本民情日志，…"."""
    paragraphs = list(
        islice((b.text for b in draft.blocks if b.kind == "paragraph"), _MAX_ARTICLE + 1)
    )
    if not 2 <= len(paragraphs) <= _MAX_ARTICLE or not any(u.role == "heading" for u in run):
        # a stretch longer than any article is no article to name, and
        # joining it at every heading would make a long page quadratic
        return False
    words = _bigrams("".join(u.text for u in run if u.role == "heading"))
    after: list[str] = []
    for unit in rest:
        if unit.role in ("heading", "credit", "byline"):
            break
        after.append(unit.text)
    if not after:
        return False
    before, following = "".join(paragraphs), "".join(after)
    before_shared = sum(1 for word in words if word in before)
    after_shared = sum(1 for word in words if word in following)
    # a headline draws most of its words from its article; a subheading's
    # are the new section's (seed 000's share at most three with the text
    # above it, as many with the text below)
    return before_shared >= 5 and after_shared * 4 <= before_shared


def _in_body(run: list[Unit], draft: _Draft, other: list[Other]) -> None:
    for unit in run:
        if unit.role == "label":
            other.append(Other("label", unit.text))
        elif unit.role == "byline" and draft.byline is None:
            draft.byline = unit.text
        elif unit.role == "byline":
            other.append(Other("unknown", unit.text))
        else:
            draft.blocks.append(Block("heading", unit.text))

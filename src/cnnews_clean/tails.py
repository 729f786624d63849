"""A column's tail given before the page.

A box-ordering extractor (pdfminer.six) may give the lower part of a
page's last column first, above everything else, and the page's text
then ends mid-sentence where that column was cut::

    其需要注意。
    “预防呼吸道疾病，最有效的办法是接种疫苗。”…
    …
    儿童、老年人和有基础疾病的人群尤

:func:`move_tail_to_end` moves that text after the page's last line of
text when a word runs across the two ("尤" / "其", 尤其).  The text is the
page's opening lines and paragraphs up to a line that opens something
else (a headline, a byline, a dateline, furniture: a short line that ends
no sentence), or up to and with a credit, which closes it (a photo's,
with its caption: they go with the story); it must end a sentence, open
with a line as wide as the page's lines or one that ends a sentence, and
the page's last line must be as wide (a line cut where its column was).
Each printed page (form feed between pages) is read alone.  Nothing is
dropped (edits of category ``order``, as in :mod:`~cnnews_clean.columns`).
"""

from __future__ import annotations

from .credits import BRACKET_CREDIT_RE
from .datelines import DATELINE_RE
from .edits import Edit, Fixed, line_starts, per_printed_page
from .furniture import is_furniture
from .lines import ends_sentence, printed_width
from .patterns import LazyPattern
from .words import breaks_word

__all__ = ["move_tail_to_end"]

STEP = "reorder_columns"

_FULL = 0.85  # of the page's typical line: a column's full line
_MIN_LINE = 6.0  # characters: lines shorter than this say nothing of the columns
_MAX_FURNITURE_AFTER = 8  # lines of furniture after the last line of text
_MAX_CREDIT = 32  # characters: a credit on a line of its own
_MAX_CAPTION_LINES = 3
# How a photo's credit ends: "段维娜 摄", "（刘春霞 摄）", "新华社发", "资料图片".
_PHOTO_CREDIT_RE = LazyPattern(r"(?:摄|摄影|供图|社发|资料图片)\s*[)）]?$", traditional=True)


def _median(values: list[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count),
    as ``statistics.median`` gives, without importing it on every run."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def move_tail_to_end(text: str) -> Fixed:
    """Move a column's tail, given first, after the page's last line of text.

    >>> page = ("活息息相关的法律知识。\\n\\n普法进社区\\n\\n"
    ...         "今年以来，社区开展普法宣讲活动。\\n宣讲围绕民法典中与居民生")
    >>> move_tail_to_end(page).text.split("\\n")[-2:]
    ['宣讲围绕民法典中与居民生', '活息息相关的法律知识。']
    """
    if "\n\n" not in text and "\n \n" not in text:
        return Fixed(text)  # no blank line: no block to move
    # each printed page (form feed between pages) has a last column of its own
    return per_printed_page(text, _move_on_page)


def _move_on_page(text: str, offset: int) -> Fixed:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return Fixed(text)
    last = _last_text_line(lines, first)
    if last is None:
        return Fixed(text)
    above, opening = lines[last].strip(), lines[first].strip()
    if ends_sentence(above) or above[-1] in "：:" or not breaks_word(above, opening):
        return Fixed(text)  # most pages: the text ends a sentence
    widths = [w for w in (printed_width(line) for line in lines if line.strip()) if w >= _MIN_LINE]
    full = _FULL * _median(widths) if widths else 0.0
    end = _tail_end(lines, first, full)
    if end is None or end >= last or not _goes_on(above, opening, full):
        return Fixed(text)
    moved = [*lines[end + 1 : last + 1], *lines[first : end + 1]]
    starts = line_starts(lines)
    start, stop = starts[first], starts[last] + len(lines[last])
    new = "\n".join(moved)
    result = "\n".join([*lines[:first], *moved, *lines[last + 1 :]])
    return Fixed(result, (Edit(STEP, "order", offset + start, text[start:stop], new),))


def _last_text_line(lines: list[str], after: int) -> int | None:
    """The page's last line that is text, not furniture (a few furniture
    lines may follow it), if it comes after line ``after``."""
    furniture = 0
    for k in range(len(lines) - 1, after, -1):
        line = lines[k].strip()
        if not line:
            continue
        if is_furniture(line):
            furniture += 1
            if furniture > _MAX_FURNITURE_AFTER:
                return None
            continue
        return k
    return None


def _tail_end(lines: list[str], first: int, full: float) -> int | None:
    """The last line of the column's text that opens the page: its lines
    and paragraphs, blank lines between them, up to a line that opens
    something else (a headline, a byline, a dateline, furniture: a short
    line that ends no sentence) and without a short sentence right above
    that line (a caption), or up to a credit, which closes it.  None when
    that text does not end a sentence."""
    end = None
    for k in range(first, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        if (
            _credit(line)
            or (printed_width(line) < full and not ends_sentence(line))
            or is_furniture(line)
            or DATELINE_RE.match(line) is not None
        ):
            break
        end = k
    else:
        return None  # the whole page: nothing to move it after
    if end is None:
        return None
    if _credit(line) and ends_sentence(lines[end].strip()):
        # a credit closes the tail: the article's ("（丁宇婷 刘旭东）"), or a
        # photo's under its caption ("居民在红色驿站阅读书籍。" / "段维娜 摄"),
        # which goes with the story
        return k
    while end > first and _lone_sentence(lines, end, full):
        end -= 1
        while end > first and not lines[end].strip():
            end -= 1
    return end if ends_sentence(lines[end].strip()) else None


def _credit(line: str) -> bool:
    """A photo's credit ("段维娜 摄", "（刘春霞 摄）") or an article's in
    brackets ("（丁宇婷 刘旭东）")."""
    return len(line) <= _MAX_CREDIT and (
        _PHOTO_CREDIT_RE.search(line) is not None or BRACKET_CREDIT_RE.match(line) is not None
    )


def _lone_sentence(lines: list[str], k: int, full: float) -> bool:
    """A short line that is a sentence of its own: the line above it ends
    one too (a caption, or a one-line paragraph)."""
    line = lines[k].strip()
    above = k - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return (
        printed_width(line) < full
        and ends_sentence(line)
        and above >= 0
        and ends_sentence(lines[above].strip())
    )


def _goes_on(above: str, opening: str, full: float) -> bool:
    """With a word across them, does the column's text opening the page
    (``opening``, its first line) go on with the sentence the page's last
    line of text (``above``) breaks off?  Both read as a column's lines."""
    if printed_width(above) < full:
        return False  # (a line cut off where its column was is full: no headline's)
    return printed_width(opening) >= full or ends_sentence(opening)  # no headline's line

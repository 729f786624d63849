"""Generate realistic multi-column test pages and extract them with real tools.

Whole articles of the hand-checked seed structure (tests/pages/*.expected.json:
kicker, title, subtitle, byline, paragraphs and subheadings in order, credit,
captions) are re-flowed into A4 pages of two to five justified columns with
reportlab and a Debian CJK font, in three paragraph conventions (first-line
indent; a gap between paragraphs; no cue at all) and both headline orders
(headline above its article, or below it as some exports give it).  Each PDF
is then extracted with poppler's ``pdftotext`` (reading order, and side by
side with ``-layout``), pdfminer.six and PyMuPDF.

A second set (other*) lays out articles written in other papers' styles
(tests/material/other_papers.json) the same way, so that the fixtures are
not the seeds' words alone; a third (more*) articles in still more styles
(tests/material/more_papers.json), and a fourth (beat*) articles from beats
the others lack (tests/material/beats.json).

Written to tests/layouts/:
  <name>.expected.txt       the blocks as typeset, one per paragraph, blank line between
  <name>.expected.json      the page structure as typeset (page JSON shape)
  <name>.<extractor>.txt    what the extractor gave

The fixtures are committed; this script is needed only to regenerate them:

    apt-get install poppler-utils fonts-wqy-zenhei
    pip install -e '.[fixtures]'
    python tests/generate_column_pages.py
"""

from __future__ import annotations

import json
import random
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
OUT = HERE / "layouts"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
CLOSING = set("，。、；：？！）》”’…")
OPENING = set("（《“‘")

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 36.0


@dataclass
class Piece:
    kind: str  # title, kicker, subtitle, byline, paragraph, heading, caption, credit
    text: str


@dataclass
class Material:
    articles: list[dict[str, Any]]  # hand-checked seed articles (page JSON shape)
    deck: list[int]  # indices not yet used; refilled and reshuffled when empty


_MAX_BLOCKS = 7  # a long article is cut to its first blocks so pages stay short


def _load_material(rng: random.Random) -> Material:
    """Whole articles from the hand-checked seed structure: each keeps its
    real kicker, title, subtitle, byline, paragraphs and subheadings (in their
    order, datelines included), credit and captions."""
    articles: list[dict[str, Any]] = []
    for path in sorted(PAGES.glob("*.expected.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        articles.extend(a for a in data.get("page", data)["articles"] if a["blocks"])
    return Material(articles, [])


def _article(rng: random.Random, material: Material) -> list[Piece]:
    if not material.deck:
        material.deck = list(range(len(material.articles)))
        rng.shuffle(material.deck)
    article = material.articles[material.deck.pop()]
    pieces = [
        Piece(role, article[role])
        for role in ("kicker", "title", "subtitle", "byline")
        if article.get(role)
    ]
    blocks = article["blocks"][:_MAX_BLOCKS]
    while blocks and blocks[-1]["kind"] == "heading":
        blocks = blocks[:-1]
    pieces.extend(Piece(b["kind"], b["text"]) for b in blocks)
    if article.get("credit"):
        pieces.append(Piece("article_credit", article["credit"]))
    for caption in article.get("captions", []):
        pieces.append(Piece("caption", caption["text"]))
        if caption.get("credit"):
            pieces.append(Piece("credit", caption["credit"]))
    if not article.get("captions") and rng.random() < 0.3:
        caption = rng.choice(
            [
                "居民在红色驿站阅读书籍。",
                "图为市民在口袋公园休闲娱乐。",
                "活动现场，志愿者向居民宣讲民法典知识。",
            ]
        )
        pieces.append(Piece("caption", caption))
        pieces.append(
            Piece("credit", rng.choice(["本报记者 苏弼坤 摄", "段维娜 摄", "（刘春霞 摄）"]))
        )
    return pieces


def _char_width(char: str, size: float) -> float:
    return size if ord(char) > 0x2E7F else size * 0.5


def _break_lines(text: str, width: float, size: float, indent: float) -> list[str]:
    """Greedy line breaking with the basic Chinese rule: no closing mark at a
    line start, no opening mark at a line end."""
    lines: list[str] = []
    current = ""
    used = indent
    for char in text:
        w = _char_width(char, size)
        if used + w > width + 0.01 and current:
            if char in CLOSING:
                current += char  # hang the mark in the margin
                lines.append(current)
                current, used = "", 0.0
                continue
            if current[-1] in OPENING:
                lines.append(current[:-1])
                current = current[-1]
                used = _char_width(current, size)
            else:
                lines.append(current)
                current, used = "", 0.0
        current += char
        used += w
    if current:
        lines.append(current)
    return lines


@dataclass
class Style:
    columns: int
    size: float
    convention: str  # indent, gap, none
    title_size: float
    headline_last: bool = False  # set each headline below its article (some exports' order)
    leading: float = 1.5  # body line pitch in font sizes (newspapers set 1.2-1.4)
    furniture: bool = False  # a masthead row above the columns, an editors' line below


def _furniture(rng: random.Random) -> tuple[list[str], str]:
    """A page's header row (masthead, date with weekday, page number) and its
    footer (the editors' line), as e-paper pages print them."""
    masthead = rng.choice(["海东日报", "乌海日报", "海口晚报", "西海都市报"])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday = rng.choice("一二三四五六日")
    page_number = rng.choice([f"第{rng.randint(2, 8)}版", f"A{rng.randint(2, 8)}"])
    editor, designer = rng.sample(["王芳", "李强", "陈静", "赵明", "刘洋", "孙丽"], 2)
    role = rng.choice(["美术编辑", "校对", "版式设计"])
    footer = f"责任编辑：{editor} {role}：{designer}"
    return [masthead, f"2022年{month}月{day}日 星期{weekday}", page_number], footer


def _typeset(
    pieces_list: list[list[Piece]],
    style: Style,
    pdf: Path,
    furniture: tuple[list[str], str] | None = None,
) -> list[str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("ZenHei", FONT_PATH, subfontIndex=0))
    page = canvas.Canvas(str(pdf), pagesize=(PAGE_W, PAGE_H))
    gap = 22.0
    col_w = (PAGE_W - 2 * MARGIN - gap * (style.columns - 1)) / style.columns
    col_w = style.size * int(col_w / style.size)  # whole characters per line
    col = 0
    top = PAGE_H - MARGIN - (28.0 if furniture else 0.0)  # below the header row
    y = top
    expected: list[str] = []
    if furniture:
        header, footer = furniture
        page.setFont("ZenHei", 9.0)
        page.drawString(MARGIN, PAGE_H - MARGIN - 9, header[0])
        page.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN - 9, header[1])
        page.drawRightString(PAGE_W - MARGIN, PAGE_H - MARGIN - 9, header[2])
        page.drawString(MARGIN, MARGIN - 20, footer)

    def advance(height: float) -> tuple[float, float]:
        nonlocal col, y, top
        if y - height < MARGIN:
            col += 1
            y = top
            if col >= style.columns:
                page.showPage()
                col = 0
                top = y = PAGE_H - MARGIN
        x = MARGIN + col * (col_w + gap)
        y -= height
        return x, y

    def draw_line(line: str, size: float, x: float, y0: float, justify: bool) -> None:
        natural = sum(_char_width(c, size) for c in line)
        extra = (col_w - (x - (MARGIN + col * (col_w + gap))) - natural) if justify else 0.0
        spacing = extra / (len(line) - 1) if justify and len(line) > 1 and extra > 0 else 0.0
        page.setFont("ZenHei", size)
        cx = x
        for char in line:
            page.drawString(cx, y0, char)
            cx += _char_width(char, size) + spacing

    for pieces in pieces_list:
        if style.headline_last:
            heads = [p for p in pieces if p.kind in ("kicker", "title", "subtitle", "byline")]
            pieces = [p for p in pieces if p not in heads] + heads
        for piece in pieces:
            if piece.kind in ("title", "kicker", "subtitle"):
                size = style.title_size if piece.kind == "title" else style.size * 1.2
                lines = _break_lines(piece.text, col_w, size, 0.0)
                for line in lines:
                    x, y0 = advance(size * 1.4)
                    draw_line(line, size, x, y0, justify=False)
                expected.append(" ".join(lines) if piece.kind == "title" else piece.text)
                advance(size * 0.4)
            elif piece.kind in ("byline", "credit", "article_credit", "heading", "caption"):
                size = style.size * (1.1 if piece.kind == "heading" else 0.95)
                lines = _break_lines(piece.text, col_w, size, 0.0)
                for line in lines:
                    x, y0 = advance(size * 1.5)
                    draw_line(line, size, x, y0, justify=False)
                expected.append(piece.text)
                advance(size * 0.5)
            else:
                size = style.size
                indent = 2 * size if style.convention == "indent" else 0.0
                lines = _break_lines(piece.text, col_w, size, indent)
                for i, line in enumerate(lines):
                    x, y0 = advance(size * style.leading)
                    last = i == len(lines) - 1
                    draw_line(line, size, x + (indent if i == 0 else 0.0), y0, justify=not last)
                expected.append(piece.text)
                if style.convention == "gap":
                    advance(size * 0.9)
        advance(style.size * 2.0)
    page.showPage()
    page.save()
    return expected


def _reference(
    pieces_list: list[list[Piece]], furniture: tuple[list[str], str] | None = None
) -> dict[str, object]:
    """The page structure as typeset, in the page JSON shape (report omitted)."""
    from cnnews_clean.model import Article, Block, Caption, Other, Page

    articles = []
    for pieces in pieces_list:
        fields: dict[str, str] = {}
        blocks: list[Block] = []
        captions: list[Caption] = []
        for piece in pieces:
            if piece.kind in ("kicker", "title", "subtitle", "byline"):
                fields[piece.kind] = piece.text
            elif piece.kind in ("paragraph", "heading"):
                blocks.append(Block(piece.kind, piece.text))
            elif piece.kind == "caption":
                captions.append(Caption(piece.text))
            elif piece.kind == "article_credit":
                fields["credit"] = piece.text
            elif piece.kind == "credit" and captions:
                captions[-1] = Caption(captions[-1].text, piece.text.strip("（）()"))
        articles.append(Article(**fields, blocks=tuple(blocks), captions=tuple(captions)))
    other: tuple[Other, ...] = ()
    if furniture:
        other = tuple(Other("furniture", text) for text in [*furniture[0], furniture[1]])
    page = Page(articles=tuple(articles), other=other).to_dict()
    del page["report"]
    return page


def _extract(pdf: Path) -> dict[str, str]:
    import pymupdf
    from pdfminer.high_level import extract_text

    def pdftotext(*options: str) -> str:
        command = ["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"]
        return subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")

    out = {"pdftotext": pdftotext(), "pdftotext-layout": pdftotext("-layout")}
    out["pdfminer"] = extract_text(str(pdf))
    with pymupdf.open(str(pdf)) as doc:
        out["pymupdf"] = "".join(p.get_text("text") for p in doc)
    return out


def main() -> int:
    OUT.mkdir(exist_ok=True)
    rng = random.Random(20261122)
    material = _load_material(rng)
    styles = [
        Style(2, 10.5, "indent", 18.0),
        Style(3, 9.5, "none", 16.0),
        Style(4, 9.0, "gap", 15.0),
        Style(3, 10.0, "indent", 17.0),
        Style(2, 10.0, "gap", 16.0),
        Style(4, 9.0, "none", 14.0),
        Style(3, 9.5, "indent", 16.0, headline_last=True),
        Style(2, 10.0, "none", 16.0, headline_last=True),
        Style(5, 8.5, "indent", 13.0),
        Style(3, 10.0, "gap", 16.0, headline_last=True),
        # tighter leading, as newspapers set body text: pdfminer.six then
        # groups a column's lines into one text box instead of one per line
        Style(3, 10.0, "indent", 17.0, leading=1.25),
        Style(4, 9.0, "none", 15.0, leading=1.2),
        Style(2, 10.5, "gap", 17.0, headline_last=True, leading=1.3),
        # page furniture: a masthead row above the columns, editors below
        Style(3, 9.5, "indent", 16.0, leading=1.3, furniture=True),
        Style(4, 9.0, "gap", 15.0, headline_last=True, leading=1.25, furniture=True),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        _write_batch("gen", styles, rng, material, Path(tmp))
        # The same layouts with other text: articles written in other papers'
        # styles (tests/material/other_papers.json), so the fixtures are not
        # the seeds' words alone.
        other_rng = random.Random(20261123)
        data = json.loads((HERE / "material" / "other_papers.json").read_text(encoding="utf-8"))
        other = Material([a for a in data["articles"] if a["blocks"]], [])
        other_styles = [
            Style(2, 10.5, "indent", 18.0),
            Style(3, 9.5, "none", 16.0),
            Style(4, 9.0, "gap", 15.0),
            Style(3, 9.5, "indent", 16.0, headline_last=True),
            Style(5, 8.5, "indent", 13.0),
            Style(3, 10.0, "indent", 17.0, leading=1.25),
            Style(2, 10.0, "none", 16.0, headline_last=True),
            Style(3, 9.5, "indent", 16.0, leading=1.3, furniture=True),
        ]
        _write_batch("other", other_styles, other_rng, other, Path(tmp))
        # A third set: articles in still more papers' styles (commentary,
        # theory pages with numbered headings, wire copy, interviews, briefs,
        # kickers without a colon: tests/material/more_papers.json).
        more_rng = random.Random(20261124)
        data = json.loads((HERE / "material" / "more_papers.json").read_text(encoding="utf-8"))
        more = Material([a for a in data["articles"] if a["blocks"]], [])
        more_styles = [
            Style(3, 10.0, "indent", 17.0),
            Style(4, 9.0, "none", 15.0, leading=1.25),
            Style(2, 10.5, "gap", 18.0),
            Style(5, 8.5, "indent", 13.0, headline_last=True),
            Style(3, 9.5, "none", 16.0, headline_last=True, leading=1.3),
            Style(4, 9.0, "indent", 15.0, leading=1.3, furniture=True),
            Style(3, 10.0, "gap", 16.0, leading=1.25, furniture=True),
            Style(2, 10.0, "indent", 16.0, headline_last=True),
        ]
        _write_batch("more", more_styles, more_rng, more, Path(tmp))
        # A fourth: articles from beats the others lack (sports and
        # international wire copy, economic data, a book essay, science, a
        # court report, a reader's letter, a numbered notice, features with
        # quoted subheadings: tests/material/beats.json).
        beat_rng = random.Random(20261125)
        data = json.loads((HERE / "material" / "beats.json").read_text(encoding="utf-8"))
        beats = Material([a for a in data["articles"] if a["blocks"]], [])
        beat_styles = [
            Style(3, 9.5, "indent", 16.0, leading=1.25),
            Style(4, 9.0, "gap", 15.0),
            Style(2, 10.5, "none", 17.0, headline_last=True),
            Style(5, 8.5, "gap", 13.0, leading=1.3),
            Style(3, 10.0, "none", 16.0, leading=1.2, furniture=True),
            Style(4, 9.0, "indent", 15.0, headline_last=True, leading=1.25),
            Style(2, 10.0, "gap", 16.0, furniture=True),
            Style(3, 9.5, "indent", 17.0, headline_last=True, leading=1.3),
        ]
        _write_batch("beat", beat_styles, beat_rng, beats, Path(tmp))
    return 0


def _write_batch(
    prefix: str, styles: list[Style], rng: random.Random, material: Material, tmp: Path
) -> None:
    for number, style in enumerate(styles):
        articles = [_article(rng, material) for _ in range(rng.randint(2, 3))]
        furniture = _furniture(rng) if style.furniture else None
        order = "_headlast" if style.headline_last else ""
        extra = "_furniture" if style.furniture else ""
        name = f"{prefix}{number}_{style.columns}col_{style.convention}{order}{extra}"
        _write_page(name, articles, style, furniture, tmp)


def _write_page(
    name: str,
    articles: list[list[Piece]],
    style: Style,
    furniture: tuple[list[str], str] | None,
    tmp: Path,
) -> None:
    pdf = tmp / f"{name}.pdf"
    expected = _typeset(articles, style, pdf, furniture)
    if furniture:  # each piece of furniture is a block of its own
        expected = [*furniture[0], *expected, furniture[1]]
    (OUT / f"{name}.expected.txt").write_text("\n\n".join(expected) + "\n", "utf-8")
    reference = json.dumps(_reference(articles, furniture), ensure_ascii=False, indent=2)
    (OUT / f"{name}.expected.json").write_text(reference + "\n", "utf-8")
    for extractor, text in _extract(pdf).items():
        (OUT / f"{name}.{extractor}.txt").write_text(text, "utf-8")
    print(name, len(expected), "blocks")


if __name__ == "__main__":
    raise SystemExit(main())

"""Output formats: plain text, JSON, JSON Lines.

>>> from .model import Article, Block, Page
>>> page = Page(articles=(Article(title="开展政策宣传", blocks=(Block("paragraph", "近日，……"),)),))
>>> print(render_text(page))
开展政策宣传
<BLANKLINE>
近日，……
"""

from __future__ import annotations

import json

from .model import Article, Caption, Page

__all__ = ["FORMATS", "render", "render_json", "render_jsonl", "render_text"]

FORMATS = ("text", "json", "jsonl")
ARTICLE_SEPARATOR = "* * *"


def _caption(caption: Caption) -> str:
    return f"{caption.text} {caption.credit}" if caption.credit else caption.text


def _article(article: Article) -> str:
    sections: list[str] = []
    head = [t for t in (article.kicker, article.title, article.subtitle, article.byline) if t]
    if head:
        sections.append("\n".join(head))
    sections.extend(block.text for block in article.blocks)
    if article.credit:
        sections.append(article.credit)
    sections.extend(_caption(c) for c in article.captions)
    return "\n\n".join(sections)


def render_text(page: Page) -> str:
    """The cleaned page as plain text: per article its kicker, title, subtitle and
    byline on their own lines, then its blocks, credit and captions; paragraphs
    separated by a blank line, articles by a line ``* * *``; then page-level
    captions and other page text."""
    parts = [_article(a) for a in page.articles]
    rest = [_caption(c) for c in page.captions] + [o.text for o in page.other]
    if rest:
        parts.append("\n\n".join(rest))
    return f"\n\n{ARTICLE_SEPARATOR}\n\n".join(p for p in parts if p)


def render_json(page: Page) -> str:
    """One page as an indented JSON object (Chinese written as UTF-8, not escaped)."""
    return json.dumps(page.to_dict(), ensure_ascii=False, indent=2)


def render_jsonl(page: Page) -> str:
    """One page as one JSON line."""
    return json.dumps(page.to_dict(), ensure_ascii=False, separators=(",", ":"))


def render(page: Page, fmt: str) -> str:
    """Render ``page`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "text":
        return render_text(page)
    if fmt == "json":
        return render_json(page)
    if fmt == "jsonl":
        return render_jsonl(page)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")

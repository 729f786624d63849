"""The structured result of cleaning a page: frozen dataclasses.

``to_dict()`` gives exactly the page JSON documented in docs/output-format.md
(field names and meanings are stable: other programs read them), and
``from_dict()`` reads it back.

>>> page = Page(source="000.txt", articles=(Article(title="口袋公园：家门口的方寸之美",
...     blocks=(Block("paragraph", "走进海南城区，一个个小而美的“口袋公园”呈现在眼前。"),)),))
>>> Page.from_dict(page.to_dict()) == page
True
>>> page.to_dict()["articles"][0]["title"]
'口袋公园：家门口的方寸之美'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BLOCK_KINDS", "OTHER_KINDS", "Article", "Block", "Caption", "Other", "Page", "Report"]

BLOCK_KINDS = frozenset({"paragraph", "heading"})
OTHER_KINDS = frozenset({"banner", "label", "furniture", "unknown"})


@dataclass(frozen=True, slots=True)
class Block:
    """A body block: ``paragraph`` or in-body ``heading``.

    >>> Block("heading", "突出党建引领 让功能更“贴心”").to_dict()["kind"]
    'heading'
    """

    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"block kind must be one of {sorted(BLOCK_KINDS)}, not {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Block:
        return cls(data["kind"], data["text"])


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption and its credit ("段维娜 摄").

    >>> Caption("佳和小区红色驿站。").to_dict()
    {'text': '佳和小区红色驿站。', 'credit': None}
    """

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        return cls(data["text"], data.get("credit"))


@dataclass(frozen=True, slots=True)
class Other:
    """Page text outside articles: ``banner``, ``label``, ``furniture`` or ``unknown``.

    >>> Other("label", "短评").kind
    'label'
    """

    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in OTHER_KINDS:
            raise ValueError(f"other kind must be one of {sorted(OTHER_KINDS)}, not {self.kind!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Other:
        return cls(data["kind"], data["text"])


@dataclass(frozen=True, slots=True)
class Article:
    """One article: kicker (引题), title (主题), subtitle (副题), byline, body, credit.

    >>> Article(kicker="海南区乌兰牧骑：", title="文艺演出进基层 党的二十大精神入民心").kicker
    '海南区乌兰牧骑：'
    """

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    blocks: tuple[Block, ...] = ()
    credit: str | None = None
    captions: tuple[Caption, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "blocks": [b.to_dict() for b in self.blocks],
            "credit": self.credit,
            "captions": [c.to_dict() for c in self.captions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        return cls(
            kicker=data.get("kicker"),
            title=data.get("title"),
            subtitle=data.get("subtitle"),
            byline=data.get("byline"),
            blocks=tuple(Block.from_dict(b) for b in data.get("blocks", ())),
            credit=data.get("credit"),
            captions=tuple(Caption.from_dict(c) for c in data.get("captions", ())),
        )

    @property
    def body(self) -> str:
        """The body blocks as text, one block per paragraph, blank line between.

        >>> Article(blocks=(Block("paragraph", "甲。"), Block("paragraph", "乙。"))).body
        '甲。\\n\\n乙。'
        """
        return "\n\n".join(b.text for b in self.blocks)


@dataclass(frozen=True, slots=True)
class Report:
    """What cleaning changed: edit counts per category, and every removed character.

    ``removed`` pairs a character with its count; in JSON the character is
    written as its code point ("U+1003D1").

    >>> Report(removed=(("\\U001003d1", 1),), changed=(("glyphs", 1),)).to_dict()
    {'removed': [{'char': 'U+1003D1', 'count': 1}], 'changed': {'glyphs': 1}}
    """

    removed: tuple[tuple[str, int], ...] = ()
    changed: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "removed": [{"char": f"U+{ord(c):04X}", "count": n} for c, n in self.removed],
            "changed": dict(self.changed),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        removed = tuple(
            (chr(int(item["char"][2:], 16)), int(item["count"])) for item in data.get("removed", ())
        )
        changed = tuple((k, int(v)) for k, v in data.get("changed", {}).items())
        return cls(removed=removed, changed=changed)


@dataclass(frozen=True, slots=True)
class Page:
    """One cleaned page: articles in reading order, page-level captions, other text.

    >>> Page().to_dict()["articles"]
    []
    """

    source: str | None = None
    articles: tuple[Article, ...] = ()
    captions: tuple[Caption, ...] = ()
    other: tuple[Other, ...] = ()
    report: Report = field(default_factory=Report)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "articles": [a.to_dict() for a in self.articles],
            "captions": [c.to_dict() for c in self.captions],
            "other": [o.to_dict() for o in self.other],
            "report": self.report.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Page:
        return cls(
            source=data.get("source"),
            articles=tuple(Article.from_dict(a) for a in data.get("articles", ())),
            captions=tuple(Caption.from_dict(c) for c in data.get("captions", ())),
            other=tuple(Other.from_dict(o) for o in data.get("other", ())),
            report=Report.from_dict(data.get("report", {})),
        )

"""The data model: frozen dataclasses whose to_dict() is the page JSON."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cnnews_clean.model import Article, Block, Caption, Other, Page, Report

EXAMPLE = {
    "source": "pages/000.txt",
    "articles": [
        {
            "kicker": "海南区乌兰牧骑：",
            "title": "文艺演出进基层 党的二十大精神入民心",
            "subtitle": None,
            "byline": None,
            "blocks": [
                {"kind": "paragraph", "text": "党的二十大闭幕后，海南区乌兰牧骑……"},
                {"kind": "heading", "text": "突出党建引领 让功能更“贴心”"},
            ],
            "credit": "（区融媒体中心）",
            "captions": [
                {"text": "文艺志愿者走进海南区人民公园开展文艺演出。", "credit": "段维娜 摄"}
            ],
        }
    ],
    "captions": [{"text": "佳和小区红色驿站。", "credit": None}],
    "other": [{"kind": "banner", "text": "学习宣传贯彻党的二十大精神"}],
    "report": {
        "removed": [{"char": "U+1003D1", "count": 1}],
        "changed": {"punctuation": 281, "spaces": 12, "glyphs": 1, "numbers": 3},
    },
}


def test_round_trip_of_the_documented_example() -> None:
    page = Page.from_dict(EXAMPLE)
    assert page.to_dict() == EXAMPLE
    assert json.loads(json.dumps(page.to_dict(), ensure_ascii=False)) == EXAMPLE


def test_models_are_frozen() -> None:
    page = Page.from_dict(EXAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.source = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.articles[0].title = "x"  # type: ignore[misc]


def test_kinds_are_checked() -> None:
    with pytest.raises(ValueError, match="block kind"):
        Block("caption", "x")
    with pytest.raises(ValueError, match="other kind"):
        Other("ad", "x")


def test_defaults_give_the_full_shape() -> None:
    assert Article().to_dict() == {
        "kicker": None,
        "title": None,
        "subtitle": None,
        "byline": None,
        "blocks": [],
        "credit": None,
        "captions": [],
    }
    assert Caption("x").to_dict() == {"text": "x", "credit": None}
    assert Report().to_dict() == {"removed": [], "changed": {}}

"""Ray Data: clean a dataset of pages on a cluster (``pip install 'cnnews-clean[ray]'``).

:class:`CleanBatch` is a callable class for ``Dataset.map_batches``: each
worker actor builds it once and so loads dictionaries once.
:func:`clean_dataset` applies it with a fixed, typed output schema (nullable
string fields stay strings, so Parquet written from the result reads back
with the same schema); page structure is carried as UTF-8 JSON text, Chinese
not escaped.  Other input columns pass through.

Example::

    import ray
    from cnnews_clean.integrations.ray import clean_dataset

    ds = ray.data.read_json("corpus.jsonl")          # records with "id" and "text"
    cleaned = clean_dataset(ds, text_field="text", split="articles")
    cleaned.write_parquet("out/")
    write_json(cleaned, "out-json/")                  # JSON Lines, Chinese as UTF-8
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from ..model import Page
from ..pipeline import Config, clean_page

__all__ = ["ARTICLE_SCHEMA", "PAGE_SCHEMA", "CleanBatch", "clean_dataset", "write_json"]

#: Columns added for ``split="page"`` (besides the passed-through input columns).
PAGE_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=True),
        pa.field("text", pa.string(), nullable=False),
        pa.field("page", pa.string(), nullable=False),  # the page JSON
        pa.field("articles", pa.int64(), nullable=False),
    ]
)
#: Columns added for ``split="articles"``: one row per article.
ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("page_id", pa.string(), nullable=True),
        pa.field("article_index", pa.int64(), nullable=False),
        pa.field("kicker", pa.string(), nullable=True),
        pa.field("title", pa.string(), nullable=True),
        pa.field("subtitle", pa.string(), nullable=True),
        pa.field("byline", pa.string(), nullable=True),
        pa.field("credit", pa.string(), nullable=True),
        pa.field("captions", pa.string(), nullable=False),  # JSON list
    ]
)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class CleanBatch:
    """Clean the pages of a ``pyarrow.Table`` batch (``batch_format="pyarrow"``)."""

    def __init__(
        self, text_field: str = "text", split: str = "page", config: Config | None = None
    ) -> None:
        if split not in ("page", "articles"):
            raise ValueError('split must be "page" or "articles"')
        self.text_field = text_field
        self.split = split
        self.config = config or Config()

    def __call__(self, batch: pa.Table) -> pa.Table:
        texts = batch.column(self.text_field).to_pylist()
        ids = (
            batch.column("id").cast(pa.string()).to_pylist()
            if "id" in batch.column_names
            else [None] * len(texts)
        )
        pages = [clean_page(text or "", self.config) for text in texts]
        rest = batch.drop_columns(
            [name for name in (self.text_field, "id") if name in batch.column_names]
        )
        if self.split == "page":
            added = pa.Table.from_pydict(
                {
                    "id": ids,
                    "text": [_page_text(page) for page in pages],
                    "page": [_json(page.to_dict()) for page in pages],
                    "articles": [len(page.articles) for page in pages],
                },
                schema=PAGE_SCHEMA,
            )
            return _join(rest, added)
        rows: dict[str, list[Any]] = {field.name: [] for field in ARTICLE_SCHEMA}
        take: list[int] = []
        for row, (page_id, page) in enumerate(zip(ids, pages, strict=True)):
            for index, article in enumerate(page.articles):
                take.append(row)
                rows["id"].append(f"{page_id if page_id is not None else row}-{index}")
                rows["text"].append(article.body)
                rows["page_id"].append(page_id)
                rows["article_index"].append(index)
                rows["kicker"].append(article.kicker)
                rows["title"].append(article.title)
                rows["subtitle"].append(article.subtitle)
                rows["byline"].append(article.byline)
                rows["credit"].append(article.credit)
                rows["captions"].append(_json([c.to_dict() for c in article.captions]))
        added = pa.Table.from_pydict(rows, schema=ARTICLE_SCHEMA)
        return _join(rest.take(pa.array(take, type=pa.int64())), added)


def _page_text(page: Page) -> str:
    from ..render import render_text

    return render_text(page)


def _join(rest: pa.Table, added: pa.Table) -> pa.Table:
    for name, column in zip(added.column_names, added.columns, strict=True):
        rest = rest.append_column(added.schema.field(name), column)
    return rest


def clean_dataset(
    ds: Any,
    text_field: str = "text",
    split: str = "page",
    config: Config | None = None,
    *,
    concurrency: int | tuple[int, int] | None = None,
    batch_size: int = 64,
) -> Any:
    """Clean a Ray ``Dataset`` whose rows hold a page in ``text_field``.

    ``split="page"`` keeps one row per page (columns of :data:`PAGE_SCHEMA`);
    ``split="articles"`` gives one row per article (:data:`ARTICLE_SCHEMA`).
    Returns a lazy ``Dataset``.
    """
    import os

    return ds.map_batches(
        CleanBatch,
        fn_constructor_kwargs={"text_field": text_field, "split": split, "config": config},
        batch_format="pyarrow",
        batch_size=batch_size,
        concurrency=concurrency or (1, os.cpu_count() or 1),
    )


def write_json(ds: Any, path: str, **kwargs: Any) -> None:
    """``Dataset.write_json`` with Chinese written as UTF-8, not ``\\u`` escapes
    (pandas, which Ray uses, escapes non-ASCII text by default)."""
    ds.write_json(path, force_ascii=False, lines=True, orient="records", **kwargs)

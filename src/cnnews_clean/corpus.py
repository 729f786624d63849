"""Cleaning many pages: files, directories and JSONL corpora, on all cores.

Work items are read lazily and cleaned in worker processes in bounded
batches, so memory stays flat however large the corpus; results come back in
input order.  Each worker loads dictionaries once (they are cached per
process).  A bad file or record becomes a failure with its path, line and id;
the rest of the run goes on.

Records follow the Dolma/datatrove convention: a JSON object per line with
the page text in a field (``text`` by default) and an ``id``; other fields
are passed through unchanged.

>>> item = Item("p1", "今天 天气很好。", "corpus.jsonl", 1, {"lang": "zh"})
>>> record = clean_item(item, Options()).record
>>> record["id"], record["lang"], record["text"]
('p1', 'zh', '今天天气很好。')
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Page
from .pipeline import Config, clean_page
from .reading import InputError, decode_bytes
from .render import render

__all__ = [
    "Item",
    "Options",
    "Result",
    "article_records",
    "clean_item",
    "iter_items",
    "page_record",
    "process",
]


@dataclass(frozen=True, slots=True)
class Options:
    """How items are cleaned and written."""

    config: Config = field(default_factory=Config)
    fmt: str = "jsonl"
    split: str = "page"  # or "articles"
    check: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """One page to clean: from a file, or from a line of a JSONL corpus."""

    id: str
    text: str | None  # None when reading failed (see error)
    source: str
    line: int | None
    extra: dict[str, Any]
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """A cleaned item: its output records (JSON-ready) and rendered text, or an error."""

    item_id: str
    source: str
    line: int | None
    records: tuple[dict[str, Any], ...] = ()
    rendered: str = ""
    articles: int = 0
    nbytes: int = 0
    error: str | None = None

    @property
    def record(self) -> dict[str, Any]:
        return self.records[0]


def page_record(page: Page, item: Item) -> dict[str, Any]:
    """One record per page: the item's extra fields, its id, the cleaned page
    text in ``text`` and the page structure in ``page``."""
    from .render import render_text

    record = dict(item.extra)
    record["id"] = item.id
    record["text"] = render_text(page)
    record["page"] = page.to_dict()
    return record


def article_records(page: Page, item: Item) -> list[dict[str, Any]]:
    """One record per article: id = page id + index, text = the article's body,
    metadata = title, byline, credit, captions and source."""
    records = []
    for index, article in enumerate(page.articles):
        record = dict(item.extra)
        record["id"] = f"{item.id}-{index}"
        record["text"] = article.body
        record["metadata"] = {
            "kicker": article.kicker,
            "title": article.title,
            "subtitle": article.subtitle,
            "byline": article.byline,
            "credit": article.credit,
            "captions": [c.to_dict() for c in article.captions],
            "source": item.source,
            "page_id": item.id,
            "article_index": index,
        }
        records.append(record)
    return records


def clean_item(item: Item, options: Options) -> Result:
    """Clean one item (in a worker); a failure is returned, not raised."""
    base = Result(item.id, item.source, item.line)
    if item.error is not None or item.text is None:
        return Result(item.id, item.source, item.line, error=item.error or "no text")
    try:
        page = clean_page(item.text, options.config, source=item.source, check=options.check)
    except Exception as error:  # one bad page must not stop a corpus run
        return Result(
            base.item_id, base.source, base.line, error=f"{type(error).__name__}: {error}"
        )
    if options.split == "articles":
        records = tuple(article_records(page, item))
    elif item.line is None:
        records = (page.to_dict(),)  # a file: the page JSON itself
    else:
        records = (page_record(page, item),)
    rendered = render(page, options.fmt) if options.fmt != "jsonl" else ""
    return Result(
        item.id,
        item.source,
        item.line,
        records=records,
        rendered=rendered,
        articles=len(page.articles),
        nbytes=len(item.text.encode("utf-8")),
    )


def _read_file(path: Path, encoding: str | None) -> Item:
    name = str(path)
    try:
        text = decode_bytes(path.read_bytes(), name, encoding)
    except OSError as error:
        return Item(path.stem, None, name, None, {}, f"{name}: cannot read ({error.strerror})")
    except InputError as error:
        return Item(path.stem, None, name, None, {}, str(error))
    return Item(path.stem, text, name, None, {})


def _read_jsonl(path: Path, text_field: str) -> Iterator[Item]:
    name = str(path)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            fallback_id = f"{path.stem}:{number}"
            try:
                record = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                yield Item(
                    fallback_id, None, name, number, {}, f"{name}:{number}: bad JSON ({error})"
                )
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                yield Item(
                    fallback_id,
                    None,
                    name,
                    number,
                    {},
                    f"{name}:{number}: no string field {text_field!r}",
                )
                continue
            text = record.pop(text_field)
            item_id = str(record.get("id", fallback_id))
            yield Item(item_id, text, name, number, record)


def iter_items(
    paths: Iterable[str],
    *,
    glob: str = "*.txt",
    text_field: str = "text",
    encoding: str | None = None,
) -> Iterator[Item]:
    """Items from files, directories (recursive, filtered by ``glob``) and
    JSONL corpora (``.jsonl`` files: one record per line), lazily."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for found in sorted(p for p in path.rglob(glob) if p.is_file()):
                yield from _items_of(found, text_field, encoding)
        else:
            yield from _items_of(path, text_field, encoding)


def _items_of(path: Path, text_field: str, encoding: str | None) -> Iterator[Item]:
    if path.suffix == ".jsonl":
        if not path.exists():
            yield Item(path.stem, None, str(path), None, {}, f"{path}: no such file")
            return
        yield from _read_jsonl(path, text_field)
    else:
        yield _read_file(path, encoding)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _clean_batch(batch: list[Item], options: Options) -> list[Result]:
    return [clean_item(item, options) for item in batch]


def process(
    items: Iterable[Item], options: Options, *, jobs: int | None = None, batch: int = 64
) -> Iterator[Result]:
    """Clean ``items`` on ``jobs`` processes (default: all cores), yielding
    results in input order.  At most ``2 * jobs`` batches are in flight, so a
    corpus of any size is streamed."""
    jobs = jobs or os.cpu_count() or 1
    groups = _batches(items, batch)
    first = next(groups, None)
    if first is None:
        return
    second = next(groups, None)
    if jobs <= 1 or second is None:
        # one batch (a single page, a small corpus): starting workers costs more
        yield from _clean_batch(first, options)
        if second is not None:
            yield from _clean_batch(second, options)
            for group in groups:
                yield from _clean_batch(group, options)
        return
    from concurrent.futures import ProcessPoolExecutor  # only parallel runs pay its import

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = [pool.submit(_clean_batch, group, options) for group in (first, second)]
        for group in groups:
            pending.append(pool.submit(_clean_batch, group, options))
            if len(pending) >= 2 * jobs:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()

"""Ray Data integration on a local cluster (skipped without the [ray] extra).

CI runs this in a second step after installing `.[ray]`; starting the local
cluster is retried once (start-up can be flaky on a loaded machine).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from cnnews_clean import clean_page  # noqa: E402
from cnnews_clean.integrations.ray import (  # noqa: E402
    ARTICLE_SCHEMA,
    PAGE_SCHEMA,
    clean_dataset,
    write_json,
)
from cnnews_clean.render import render_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    for attempt in range(2):
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
            break
        except Exception:
            ray.shutdown()
            if attempt == 1:
                raise
    yield
    ray.shutdown()


def _dataset() -> object:
    rows = [
        {"id": f"p{i}", "text": seed.read_text(encoding="utf-8"), "lang": "zh"}
        for i, seed in enumerate(SEEDS)
    ]
    return ray.data.from_items(rows)


def test_pages(cluster: None) -> None:
    rows = sorted(clean_dataset(_dataset(), concurrency=2).take_all(), key=lambda r: r["id"])
    assert [r["id"] for r in rows] == [f"p{i}" for i in range(len(SEEDS))]
    for row, seed in zip(rows, SEEDS, strict=True):
        page = clean_page(seed.read_text(encoding="utf-8"))
        assert row["text"] == render_text(page)
        assert json.loads(row["page"]) == page.to_dict()
        assert row["lang"] == "zh"
        assert row["articles"] == len(page.articles)


def test_articles_and_parquet_round_trip(cluster: None, tmp_path: Path) -> None:
    cleaned = clean_dataset(_dataset(), split="articles", concurrency=2)
    cleaned.write_parquet(str(tmp_path / "out"))
    table = pq.read_table(str(tmp_path / "out"))
    for field in ARTICLE_SCHEMA:
        assert table.schema.field(field.name).type == field.type
    expected = sum(len(clean_page(s.read_text(encoding="utf-8")).articles) for s in SEEDS)
    assert table.num_rows == expected
    titles = set(table.column("title").to_pylist())
    assert "泽苑社区激活党建动能 合力提升服务" in titles
    assert None in titles  # untitled articles stay null, typed as strings


def test_json_output_is_utf8(cluster: None, tmp_path: Path) -> None:
    write_json(clean_dataset(_dataset(), concurrency=1), str(tmp_path / "json"))
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "json").iterdir())
    assert "社区" in written
    assert "\\u793e" not in written.lower()


def test_schema_constants() -> None:
    assert PAGE_SCHEMA.names == ["id", "text", "page", "articles"]

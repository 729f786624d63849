"""Many inputs: directories, JSONL corpora, parallel workers, resume, atomic output."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnnews_clean import cli
from cnnews_clean.cli import main
from cnnews_clean.corpus import Item, Options, Result, clean_item

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    for seed in SEEDS[:3]:
        shutil.copy(seed, folder / seed.name)
    for seed in SEEDS[3:]:
        shutil.copy(seed, folder / "sub" / seed.name)
    for layout in sorted((ROOT / "tests/layouts").glob("*.pymupdf.txt"))[:3]:
        shutil.copy(layout, folder / layout.name)
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    return folder


def _corpus(tmp_path: Path, broken_at: int | None = None) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for index, seed in enumerate(SEEDS):
            if index == broken_at:
                handle.write("{not json\n")
            record = {"id": f"page-{index}", "text": seed.read_text(encoding="utf-8"), "lang": "zh"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_parallel_run_equals_serial_run(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-j", "1", "--format", "jsonl", str(pages)]) == 0
    serial = capsys.readouterr().out
    assert main(["-j", "2", "--format", "jsonl", str(pages)]) == 0
    parallel = capsys.readouterr().out
    assert parallel == serial
    assert len(serial.splitlines()) == len(SEEDS) + 3  # the .md file is not a page


def test_directory_to_directory_with_glob(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["-j", "2", "--glob", "0*.txt", "-o", f"{out}/", str(pages)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(s.name for s in SEEDS)


def test_jsonl_records_pass_fields_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "jsonl", "-j", "2", str(_corpus(tmp_path))]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == [f"page-{i}" for i in range(len(SEEDS))]
    assert all(r["lang"] == "zh" for r in records)
    assert "本报记者 刘春霞 文/图" in records[1]["text"]
    assert records[0]["page"]["articles"]


def test_split_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", "--split", "articles", str(_corpus(tmp_path))]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    first = records[0]
    assert first["id"] == "page-0-0"
    assert first["lang"] == "zh"
    assert first["metadata"]["title"] == "泽苑社区激活党建动能 合力提升服务"
    assert first["metadata"]["credit"] == "（丁宇婷 文/图）"
    assert first["text"].startswith("今年以来，海南区泽苑社区坚持党建引领")
    assert len(records) > len(SEEDS)


def test_a_bad_record_is_reported_and_the_rest_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "jsonl", "-j", "2", str(_corpus(tmp_path, broken_at=2))]) == 1
    captured = capsys.readouterr()
    assert "corpus.jsonl:3" in captured.err
    assert "bad JSON" in captured.err
    assert "1 failed" in captured.err
    assert len(captured.out.splitlines()) == len(SEEDS)


def test_missing_text_field_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "x", "body": "正文。"}\n', encoding="utf-8")
    assert main(["--format", "jsonl", str(path)]) == 1
    assert "no string field 'text'" in capsys.readouterr().err
    assert main(["--format", "jsonl", "--text-field", "body", str(path)]) == 0


def test_interrupted_run_leaves_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path)
    target = tmp_path / "out.jsonl"
    real = cli.process

    def interrupted(items: Iterator[Item], options: Options, *, jobs: int) -> Iterator[Result]:
        results = real(items, options, jobs=1)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "process", interrupted)
    with pytest.raises(KeyboardInterrupt):
        main(["--format", "jsonl", "-o", str(target), str(corpus)])
    assert not target.exists()
    assert list(tmp_path.glob(".out.jsonl.*")) == []


def test_resume_skips_finished_outputs(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["-o", f"{out}/", str(pages)]) == 0
    done = out / f"{SEEDS[0].stem}.txt"
    done.write_text("kept", encoding="utf-8")
    (out / f"{SEEDS[1].stem}.txt").unlink()
    assert main(["--resume", "-o", f"{out}/", str(pages)]) == 0
    assert done.read_text(encoding="utf-8") == "kept"
    assert (out / f"{SEEDS[1].stem}.txt").exists()


def test_clean_item_reports_instead_of_raising() -> None:
    result = clean_item(Item("x", None, "x.txt", None, {}, "x.txt: unreadable"), Options())
    assert result.error == "x.txt: unreadable"

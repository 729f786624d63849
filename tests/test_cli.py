"""The `clean` command, through main([...]) and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cnnews_clean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED0 = ROOT / "seeds/000_58dae0d88b8bba54.txt"
SEED4 = ROOT / "seeds/004_16e0c3718196045d.txt"


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED4)]) == 0
    out = capsys.readouterr().out
    assert "小区变新了——这是" in out
    assert '"' not in out


def test_json_output_lists_removed_glyph(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(SEED0)]) == 0
    page = json.loads(capsys.readouterr().out)
    assert page["source"] == str(SEED0)
    assert {"char": "U+1003D1", "count": 1} in page["report"]["removed"]
    assert set(page) == {"source", "articles", "captions", "other", "report"}
    article = page["articles"][0]
    assert set(article) == {
        "kicker",
        "title",
        "subtitle",
        "byline",
        "blocks",
        "credit",
        "captions",
    }


def test_jsonl_one_line_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", str(SEED0), str(SEED4)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"] for line in lines] == [str(SEED0), str(SEED4)]


def test_disable_step(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(
        "社区紧紧抓住被确定为一刻钟社区生 活圈试点的有利契机，通过打造。", encoding="utf-8"
    )
    assert main(["--disable", "fix_spaces", str(page)]) == 0
    assert "生 活圈" in capsys.readouterr().out
    assert main([str(page)]) == 0
    assert "生活圈" in capsys.readouterr().out


def test_unknown_step_rejected_with_valid_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--disable", "no_such_step", str(SEED0)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "no_such_step" in err
    assert "fix_punctuation" in err


def test_explain_writes_edits_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(SEED0)]) == 0
    err = capsys.readouterr().err
    assert "U+1003D1" in err
    assert "fix_glyphs" in err
    assert "rejoin_lines" in err


def test_output_directory_for_many_inputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["-o", str(out) + "/", "--format", "json", str(SEED0), str(SEED4)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["000_58dae0d88b8bba54.json", "004_16e0c3718196045d.json"]
    assert json.loads((out / names[0]).read_text(encoding="utf-8"))["articles"]


def test_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.txt"
    page.write_text("原文。", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["-o", str(page), str(page)])
    assert exit_info.value.code == 2
    assert page.read_text(encoding="utf-8") == "原文。"


def test_gb18030_input_fails_with_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "gb.txt"
    bad.write_bytes("社区党委也成绩卓著。".encode("gb18030"))
    good = tmp_path / "ok.txt"
    good.write_text("社区党委也成绩卓著。", encoding="utf-8")
    assert main([str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert "gb.txt" in captured.err
    assert "byte 0" in captured.err
    assert "--encoding gb18030" in captured.err
    assert "社区党委也成绩卓著。" in captured.out  # the other input is still processed
    assert main(["--encoding", "gb18030", str(bad)]) == 0
    assert "社区党委也成绩卓著。" in capsys.readouterr().out


def test_utf8_bom_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "bom.txt"
    page.write_bytes("\ufeff社区党委。".encode())
    assert main([str(page)]) == 0
    assert capsys.readouterr().out == "社区党委。\n"


def test_binary_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    assert main([str(pdf)]) == 1
    assert "PDF" in capsys.readouterr().err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class FakeStdin:
        buffer = __import__("io").BytesIO('他说:"你好。"'.encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    assert main(["-"]) == 0
    assert capsys.readouterr().out == "他说：“你好。”\n"


def test_installed_command_runs(tmp_path: Path) -> None:
    """One real process: the console script installed beside this Python."""
    script = Path(sys.executable).parent / "clean"
    if not script.exists():
        pytest.skip("the clean console script is not installed in this environment")
    result = subprocess.run(
        [str(script), "--format", "json", str(SEED0)],
        capture_output=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr.decode()
    page = json.loads(result.stdout.decode("utf-8"))
    assert {"char": "U+1003D1", "count": 1} in page["report"]["removed"]
    version = subprocess.run([str(script), "--version"], capture_output=True, check=False)
    assert version.returncode == 0
    assert b"cnnews_clean" in version.stdout


def test_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cnnews_clean", "--help"], capture_output=True, check=False
    )
    assert result.returncode == 0
    assert b"examples:" in result.stdout


def test_mojibake_reported_and_repaired_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "moji.txt"
    page.write_text("本报讯" + "志愿服务活动".encode().decode("gbk") + "。", encoding="utf-8")
    assert main([str(page)]) == 0
    captured = capsys.readouterr()
    assert "look like UTF-8 read as GBK" in captured.err
    assert "characters 3-" in captured.err
    assert "志愿服务活动" not in captured.out
    assert main(["--repair-mojibake", str(page)]) == 0
    assert "本报讯志愿服务活动。" in capsys.readouterr().out


def test_check_flag_passes_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "--format", "jsonl", str(SEED0), str(SEED4)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2

"""Importing the package is cheap and side-effect free."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def _run(code: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        check=True,
        cwd=cwd,
        text=True,
    )
    return result.stdout


def test_import_loads_no_dictionaries(tmp_path: Path) -> None:
    out = _run(
        """
        import sys
        import cnnews_clean
        print(sorted(m for m in ("jieba", "opencc") if m in sys.modules))
        """,
        tmp_path,
    )
    assert out.strip() == "[]"


def test_clean_page_without_candidates_loads_neither(tmp_path: Path) -> None:
    out = _run(
        """
        import sys
        import cnnews_clean
        cnnews_clean.clean_page("社区党委也成绩卓著，居民满意度达到96.35%。")
        print(sorted(m for m in ("jieba", "opencc") if m in sys.modules))
        """,
        tmp_path,
    )
    assert out.strip() == "[]"


def test_stray_traditional_loads_opencc_only(tmp_path: Path) -> None:
    out = _run(
        """
        import sys
        import cnnews_clean
        print(cnnews_clean.clean_text("让居民在和諧美好的社区环境中。"))
        print(sorted(m for m in ("jieba", "opencc") if m in sys.modules))
        """,
        tmp_path,
    )
    assert out.split() == ["让居民在和谐美好的社区环境中。", "['opencc']"]


def test_import_writes_no_files(tmp_path: Path) -> None:
    before = set(tmp_path.iterdir())
    _run("import cnnews_clean; cnnews_clean.clean_text('好。')", tmp_path)
    assert set(tmp_path.iterdir()) == before


def test_opencc_ignores_config_file_in_working_directory(tmp_path: Path) -> None:
    """OpenCC reads a same-named config from the current directory first; we
    pass the packaged one by path, so a stray t2s.json changes nothing."""
    (tmp_path / "t2s.json").write_text("{not json", encoding="utf-8")
    out = _run(
        "import cnnews_clean; print(cnnews_clean.clean_text('让居民在和諧美好的社区环境中。'))",
        tmp_path,
    )
    assert out.strip() == "让居民在和谐美好的社区环境中。"


def test_import_loads_submodules_on_first_use(tmp_path: Path) -> None:
    """``import cnnews_clean`` loads no submodule; every public name resolves
    to the object its submodule defines, and dir() lists them."""
    out = _run(
        """
        import sys
        import cnnews_clean
        print(sorted(m for m in sys.modules if m.startswith("cnnews_clean.")))
        names = [n for n in cnnews_clean.__all__ if n != "__version__"]
        for name in names:
            value = getattr(cnnews_clean, name)
            assert getattr(value, "__module__", None) or name == "STEPS", name
        assert set(cnnews_clean.__all__) <= set(dir(cnnews_clean))
        print(sorted(names) == sorted(cnnews_clean._EXPORTS), cnnews_clean.STEPS is sys.modules["cnnews_clean.pipeline"].STEPS)
        """,
        tmp_path,
    )
    first, second = out.splitlines()
    assert first == "[]"
    assert second == "True True"


def test_unknown_attribute_is_an_attribute_error() -> None:
    import cnnews_clean

    try:
        cnnews_clean.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("no AttributeError")

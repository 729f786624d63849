"""The ``clean`` command: argument parsing and I/O only.

>>> main(["--disable", "fix_spaces", "--help"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
SystemExit: 0
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .edits import Edit
from .guarantees import LossError, verify
from .model import Page
from .mojibake import find_mojibake
from .pipeline import STEPS, SWITCHES, Config, clean_page_explained
from .reading import ENCODINGS, InputError, decode_bytes
from .render import FORMATS, render

__all__ = ["main"]

_SUFFIX = {"text": ".txt", "json": ".json", "jsonl": ".jsonl"}

_EXAMPLES = (
    """\
examples:
  clean page.txt                        cleaned text to standard output
  clean --format json page.txt          page structure and report as JSON
  clean --format jsonl pages/*.txt      one JSON line per page
  clean -o out/ pages/*.txt             one output file per input in out/
  clean --disable fix_spaces page.txt   switch a step off
  clean --explain page.txt 2>edits.tsv  every edit, with positions, to stderr
  cat page.txt | clean -                read standard input

steps, in order:
"""
    + "\n".join(f"  {step.name:<20}{step.summary}" for step in STEPS)
    + ("\n  split_page          clean_page only: articles, captions and other page text")
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clean",
        description="Clean the raw text of Chinese newspaper e-paper pages.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; - or none: stdin")
    parser.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="output file, or a directory (one output per input); default: stdout",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="STEP",
        help="switch a step off (repeatable): " + ", ".join(SWITCHES),
    )
    parser.add_argument("--explain", action="store_true", help="write every edit to stderr")
    parser.add_argument(
        "--check",
        action="store_true",
        help="verify on each page that nothing was lost; a page that fails is an error",
    )
    parser.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default=None,
        help="input encoding (default: UTF-8, BOM accepted; auto: UTF-8, else GB18030)",
    )
    parser.add_argument(
        "--traditional",
        choices=("auto", "keep", "simplify"),
        default="auto",
        help="stray Traditional characters: auto (default), keep, simplify a whole page",
    )
    parser.add_argument(
        "--pangu", action="store_true", help="one space between CJK and Latin letters or digits"
    )
    parser.add_argument(
        "--repair-mojibake",
        action="store_true",
        help="restore UTF-8 text that was once read as GBK (suspects are always reported)",
    )
    parser.add_argument(
        "--chinese-numerals",
        action="store_true",
        help="convert Chinese-numeral quantities to digits (一千二百余套 -> 1200余套); "
        "names and idioms (二十大, 一刻钟) never change",
    )
    parser.add_argument(
        "--version", action="version", version=f"clean (cnnews_clean) {__version__}"
    )
    return parser


def _read(name: str, encoding: str | None) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        return decode_bytes(data, "<stdin>", encoding)
    try:
        data = Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
    return decode_bytes(data, name, encoding)


def _describe(edit: Edit) -> str:
    detail = ""
    if edit.new == "" and edit.old and not edit.old.isspace():
        names = ", ".join(
            f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in dict.fromkeys(edit.old)
        )
        detail = f"\t({names})"
    return f"{edit.step}\t{edit.pos}\t{edit.old!r} -> {edit.new!r}{detail}"


def _write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _targets(files: list[str], output: str | None, fmt: str) -> list[Path | None]:
    """Where each input's output goes (None: stdout)."""
    if output is None:
        return [None] * len(files)
    out = Path(output)
    many = len(files) > 1 or out.is_dir() or output.endswith(os.sep)
    if not many:
        return [out]
    return [
        out / (Path(f).stem + _SUFFIX[fmt]) if f != "-" else out / f"stdin{_SUFFIX[fmt]}"
        for f in files
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (0 ok, 1 an input failed, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    unknown = [name for name in args.disable if name not in SWITCHES]
    if unknown:
        parser.error(f"unknown step {', '.join(unknown)}; valid steps: {', '.join(SWITCHES)}")
    config = Config(
        traditional=args.traditional,
        pangu=args.pangu,
        convert_numerals=args.chinese_numerals,
        repair_mojibake=args.repair_mojibake,
    ).without(*args.disable)
    files: list[str] = args.files or ["-"]
    targets = _targets(files, args.output, args.format)
    inputs = {Path(f).resolve() for f in files if f != "-"}
    clash = [t for t in targets if t is not None and t.resolve() in inputs]
    if clash:
        parser.error(f"output {clash[0]} would overwrite an input")
    seen_targets = [t for t in targets if t is not None]
    if len(set(seen_targets)) != len(seen_targets):
        parser.error("two inputs would write the same output file (same file name)")

    failed = 0
    stdout: TextIO = sys.stdout
    for name, target in zip(files, targets, strict=True):
        try:
            text = _read(name, args.encoding)
            _warn_mojibake(name, text, repairing=args.repair_mojibake)
            page, edits = clean_page_explained(text, config, None if name == "-" else name)
            if args.check:
                verify(text, page, config)
        except (InputError, LossError) as error:
            print(f"clean: {error}", file=sys.stderr)
            failed += 1
            continue
        if args.explain:
            _explain(name, edits)
        content = _render(page, args.format)
        if target is None:
            stdout.write(content)
            stdout.flush()
        else:
            _write_atomic(target, content)
    return 1 if failed else 0


def _warn_mojibake(name: str, text: str, *, repairing: bool) -> None:
    for suspect in find_mojibake(text):
        where = f"{name}: characters {suspect.start}-{suspect.end}"
        if suspect.kind == "replacement":
            print(
                f"clean: warning: {where} are U+FFFD replacement characters: the text was "
                "decoded with the wrong encoding before; read the source again with "
                "--encoding gb18030 (the original characters are not recoverable here)",
                file=sys.stderr,
            )
        else:
            action = "repaired" if repairing else "use --repair-mojibake to restore"
            print(
                f"clean: warning: {where} look like UTF-8 read as GBK "
                f"({text[suspect.start : suspect.end][:12]!r} -> {suspect.repair!r}); {action}",
                file=sys.stderr,
            )


def _render(page: Page, fmt: str) -> str:
    return render(page, fmt) + "\n"


def _explain(name: str, edits: Sequence[Edit]) -> None:
    print(
        f"# {name}: {len(edits)} edits (step, position in that step's input, change)",
        file=sys.stderr,
    )
    for edit in edits:
        print(_describe(edit), file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""The ``clean`` command: argument parsing and I/O only.

>>> main(["--disable", "fix_spaces", "--help"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
SystemExit: 0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .corpus import Item, Options, Result, iter_items, process
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
  clean -j 2 -o out/ pages/             a directory tree of *.txt pages, on two cores
  clean --format jsonl --split articles corpus.jsonl > articles.jsonl
                                        a JSONL corpus (field "text") to one record per article

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
    parser.add_argument(
        "files",
        nargs="*",
        metavar="INPUT",
        help="files, directories, .jsonl corpora; - or none: standard input",
    )
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
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores)",
    )
    parser.add_argument(
        "--glob", default="*.txt", help="files to take from directories (default: *.txt)"
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field holding the page in .jsonl corpora (default: text)",
    )
    parser.add_argument(
        "--split",
        choices=("page", "articles"),
        default="page",
        help="with --format jsonl: one record per page (default) or per article",
    )
    parser.add_argument(
        "--resume", action="store_true", help="skip inputs whose output already exists"
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
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    return parser


class _Version(argparse.Action):
    """``--version``, reading the package metadata only when asked (importing
    importlib.metadata costs a fifth of the command's start-up)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from . import __version__

        sys.stdout.write(f"clean (cnnews_clean) {__version__}\n")
        parser.exit()


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


def _target(source: str, record: bool, output: str | None, fmt: str, to_dir: bool) -> Path | None:
    """Where an input's output goes (None: standard output): into a directory,
    one file per input file or corpus; or all into one file."""
    if output is None:
        return None
    if not to_dir:
        return Path(output)
    return Path(output) / (Path(source).stem + (".jsonl" if record else _SUFFIX[fmt]))


class _Sink:
    """Writes results in order: to standard output, or atomically to files
    (a temporary file renamed into place once its input is complete, so an
    interrupted run never leaves a half-written file that looks complete)."""

    def __init__(self) -> None:
        self._open: dict[Path, tuple[TextIO, str]] = {}

    def write(self, target: Path | None, content: str) -> None:
        if target is None:
            sys.stdout.write(content)
            return
        if target not in self._open:
            self.finish_all_but(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            import tempfile  # only written outputs need it

            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            self._open[target] = (os.fdopen(fd, "w", encoding="utf-8", newline="\n"), tmp)
        self._open[target][0].write(content)

    def finish_all_but(self, keep: Path | None = None) -> None:
        for target in [t for t in self._open if t != keep]:
            handle, tmp = self._open.pop(target)
            handle.close()
            os.replace(tmp, target)

    def abandon(self) -> None:
        for handle, tmp in self._open.values():
            handle.close()
            Path(tmp).unlink(missing_ok=True)
        self._open.clear()


def _content(result: Result, fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in result.records
        )
    return result.rendered + "\n"


class _Progress:
    """A one-line progress report on a terminal (nothing when piped)."""

    def __init__(self) -> None:
        self.active = sys.stderr.isatty()
        self.start = time.monotonic()
        self.shown = 0.0

    def update(self, pages: int) -> None:
        now = time.monotonic()
        if self.active and now - self.shown > 0.5:
            rate = pages / max(now - self.start, 1e-9)
            print(f"\rclean: {pages} pages, {rate:.1f} pages/s", end="", file=sys.stderr)
            self.shown = now

    def done(self) -> None:
        if self.active and self.shown:
            print(file=sys.stderr)


def _run_corpus(args: argparse.Namespace, config: Config, parser: argparse.ArgumentParser) -> int:
    files: list[str] = args.files
    output: str | None = args.output
    to_dir = output is not None and (Path(output).is_dir() or output.endswith(os.sep))
    several = len(files) > 1 or any(Path(f).is_dir() for f in files)
    if output is not None and several and not to_dir and args.format != "jsonl":
        parser.error("-o must be a directory for several inputs (or use --format jsonl)")
    inputs = {Path(f).resolve() for f in files}
    options = Options(config=config, fmt=args.format, split=args.split, check=args.check)

    def target_of(source: str, record: bool) -> Path | None:
        return _target(source, record, output, args.format, to_dir)

    def selected(items: Iterator[Item]) -> Iterator[Item]:
        for item in items:
            target = target_of(item.source, item.line is not None)
            if target is not None and target.resolve() in inputs:
                parser.error(f"output {target} would overwrite an input")
            if args.resume and target is not None and target.exists():
                continue
            if item.text is not None:
                _warn_mojibake(item.source, item.text, repairing=args.repair_mojibake)
            yield item

    items = selected(
        iter_items(files, glob=args.glob, text_field=args.text_field, encoding=args.encoding)
    )
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    sink = _Sink()
    progress = _Progress()
    pages = articles = nbytes = failed = 0
    started = time.monotonic()
    try:
        for result in process(items, options, jobs=jobs):
            if result.error is not None:
                where = result.source + (f":{result.line}" if result.line else "")
                print(f"clean: {where} (id {result.item_id}): {result.error}", file=sys.stderr)
                failed += 1
                continue
            sink.write(
                target_of(result.source, result.line is not None), _content(result, args.format)
            )
            if to_dir and result.line is None:
                sink.finish_all_but()  # that file's output is complete
            pages += 1
            articles += result.articles
            nbytes += result.nbytes
            progress.update(pages)
    except BaseException:
        sink.abandon()
        raise
    sink.finish_all_but()
    sys.stdout.flush()
    progress.done()
    seconds = time.monotonic() - started
    if pages + failed > 1 or output is not None:
        print(
            f"clean: {pages} pages, {articles} articles, {nbytes / 1e6:.1f} MB in {seconds:.1f} s "
            f"({pages / max(seconds, 1e-9):.1f} pages/s), {failed} failed",
            file=sys.stderr,
        )
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (0 ok, 1 an input failed, 2 usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    unknown = [name for name in args.disable if name not in SWITCHES]
    if unknown:
        parser.error(f"unknown step {', '.join(unknown)}; valid steps: {', '.join(SWITCHES)}")
    if args.split == "articles" and args.format != "jsonl":
        parser.error("--split articles writes one record per article: use it with --format jsonl")
    config = Config(
        traditional=args.traditional,
        pangu=args.pangu,
        convert_numerals=args.chinese_numerals,
        repair_mojibake=args.repair_mojibake,
    ).without(*args.disable)
    files: list[str] = args.files or ["-"]
    if "-" not in files and not args.explain:
        return _run_corpus(args, config, parser)
    if len(files) > 1:
        parser.error("standard input (-) and --explain take a single input")
    return _run_single(files[0], args, config)


def _run_single(name: str, args: argparse.Namespace, config: Config) -> int:
    """One input, in this process: standard input, or any input with --explain."""
    try:
        text = _read(name, args.encoding)
        _warn_mojibake(name, text, repairing=args.repair_mojibake)
        page, edits = clean_page_explained(text, config, None if name == "-" else name)
        if args.check:
            verify(text, page, config)
    except (InputError, LossError) as error:
        print(f"clean: {error}", file=sys.stderr)
        return 1
    if args.explain:
        _explain(name, edits)
    content = _render(page, args.format)
    if args.output is None:
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        target = Path(args.output)
        if target.is_dir() or args.output.endswith(os.sep):
            target = target / ((Path(name).stem if name != "-" else "stdin") + _SUFFIX[args.format])
        if name != "-" and target.resolve() == Path(name).resolve():
            print(f"clean: output {target} would overwrite an input", file=sys.stderr)
            return 2
        sink = _Sink()
        try:
            sink.write(target, content)
        except BaseException:
            sink.abandon()
            raise
        sink.finish_all_but()
    return 0


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

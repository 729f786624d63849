"""Throughput, scaling, cold start and memory of cnnews_clean, side by side with peers.

    python benchmarks/run.py [--quick] [--json results.json]

Workloads (UTF-8 bytes of input per second; each figure is the median of
several rounds, with min-max):
- pages: each seed page one call, cycled to at least 2,000 calls;
- bulk: 16 MB of seed text cleaned in 64 KB chunks;
- pathological: one 10 MB line, 10^5 repeated marks, 10^5 unbalanced quotes.

Subjects: clean_page (all default steps), clean_text, each step alone (on the
text as the pipeline hands it to that step), and the peers when installed
(`pip install -e '.[bench]'`): autocorrect-py `format`, jionlp `clean_text`,
ftfy `fix_text`, unstructured `group_broken_paragraphs`.  Ratios are computed
pair by pair from figures of the same run.  Cold start runs `clean` and
`python -c "import cnnews_clean"` as whole processes; peak memory of the bulk
workload is measured in a child process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def _bulk_chunks(total: int = 16 << 20, chunk: int = 64 << 10) -> list[str]:
    text = "\n\n".join(_pages())
    data = (text + "\n\n") * (total // len(text.encode()) + 1)
    raw = data.encode()[:total].decode("utf-8", "ignore")
    chunks, buf, size = [], [], 0
    for line in raw.splitlines(keepends=True):
        buf.append(line)
        size += len(line.encode())
        if size >= chunk:
            chunks.append("".join(buf))
            buf, size = [], 0
    if buf:
        chunks.append("".join(buf))
    return chunks


def _pathological(scale: float = 1.0) -> dict[str, list[str]]:
    one_line = "".join(_pages()).replace("\n", "")
    size = int(10_000_000 * scale)
    line = (one_line * (size // len(one_line.encode()) + 1)).encode()[:size]
    n = int(100_000 * scale)
    return {
        "10 MB single line": [line.decode("utf-8", "ignore")],
        "10^5 repeated marks": ["好" + "，" * n + "。" * n + "." * n],
        "10^5 unbalanced quotes": ['他说"' * n],
        "10^4 nested brackets": ["（" * (n // 10) + "中" + "）" * (n // 10)],
    }


def _growth(fn: Callable[[str], Any], rounds: int = 3) -> dict[str, float]:
    """Time at full size over time at half size (linear: about 2), each the
    fastest of ``rounds`` runs (one run of 15 ms is at the mercy of the
    garbage collector and the machine's other jobs)."""
    ratios: dict[str, float] = {}
    half, full = _pathological(0.5), _pathological(1.0)
    for label in full:
        times = []
        for inputs in (half[label], full[label]):
            best = float("inf")
            for _ in range(rounds):
                start = time.perf_counter()
                for text in inputs:
                    fn(text)
                best = min(best, time.perf_counter() - start)
            times.append(best)
        ratios[label] = times[1] / times[0]
    return ratios


def _rate(
    fn: Callable[[str], Any], inputs: list[str], rounds: int, min_calls: int
) -> dict[str, Any]:
    nbytes = sum(len(t.encode()) for t in inputs)
    repeat = max(1, -(-min_calls // len(inputs)))
    for text in inputs[: min(3, len(inputs))]:
        fn(text)  # warm up: lazy tables, caches
    rates: list[float] = []
    calls_per_s: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            for text in inputs:
                fn(text)
        elapsed = time.perf_counter() - start
        rates.append(nbytes * repeat / elapsed / 1e6)
        calls_per_s.append(len(inputs) * repeat / elapsed)
    return {
        "mb_s": statistics.median(rates),
        "min": min(rates),
        "max": max(rates),
        "calls_s": statistics.median(calls_per_s),
    }


def _peers() -> dict[str, Callable[[str], Any]]:
    found: dict[str, Callable[[str], Any]] = {}
    try:
        import autocorrect_py

        found["autocorrect-py format"] = autocorrect_py.format
    except ImportError:
        print("note: autocorrect-py not installed, skipped", file=sys.stderr)
    try:
        import jionlp

        found["jionlp clean_text"] = jionlp.clean_text
    except ImportError:
        print("note: jionlp not installed, skipped", file=sys.stderr)
    try:
        import ftfy

        found["ftfy fix_text"] = ftfy.fix_text
    except ImportError:
        print("note: ftfy not installed, skipped", file=sys.stderr)
    try:
        from unstructured.cleaners.core import group_broken_paragraphs

        found["unstructured group_broken_paragraphs"] = group_broken_paragraphs
    except ImportError:
        print("note: unstructured not installed, skipped", file=sys.stderr)
    return found


def _subjects() -> dict[str, Callable[[str], Any]]:
    from cnnews_clean import clean_page, clean_text

    return {"clean_page": clean_page, "clean_text": clean_text}


def _step_inputs(pages: list[str]) -> dict[str, list[str]]:
    from cnnews_clean.pipeline import STEPS, Config

    config = Config()
    inputs: dict[str, list[str]] = {step.name: [] for step in STEPS}
    for page in pages:
        text = page
        for step in STEPS:
            inputs[step.name].append(text)
            if config.enabled(step.name):
                text = step.run(text, config).text
    return inputs


def _cold_start(rounds: int) -> dict[str, float]:
    clean = Path(sys.executable).parent / "clean"
    page = str(ROOT / "seeds" / "000_58dae0d88b8bba54.txt")
    commands = {
        "clean one seed page (process)": [str(clean), page],
        "python -c 'import cnnews_clean'": [sys.executable, "-c", "import cnnews_clean"],
        "python -c 'pass' (interpreter alone)": [sys.executable, "-c", "pass"],
    }
    # As after `pip install`, which compiles the package: bytecode is
    # written on the first (untimed) run and read after, even where the
    # shell sets PYTHONDONTWRITEBYTECODE (then every run would compile the
    # whole package from source, as no installed copy does).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out: dict[str, float] = {}
    for label, command in commands.items():
        if not Path(command[0]).exists():
            continue
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
            times.append(time.perf_counter() - start)
        out[label] = statistics.median(times) * 1000
    return out


def _high_water_kb() -> int:
    """Peak resident memory of this process since exec (VmHWM; ru_maxrss would
    include the parent's memory at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_memory_child(baseline: bool) -> None:
    from cnnews_clean import clean_page

    if not baseline:
        for chunk in _bulk_chunks():
            clean_page(chunk)
    print(_high_water_kb())


def _peak_memory() -> dict[str, float]:
    baseline = subprocess.run(
        [sys.executable, __file__, "--memory-child", "--baseline"],
        capture_output=True,
        check=True,
        text=True,
    )
    run = subprocess.run(
        [sys.executable, __file__, "--memory-child"], capture_output=True, check=True, text=True
    )
    return {
        "input_mb": 16.0,
        "peak_mb": int(run.stdout.strip()) / 1024,
        "baseline_mb": int(baseline.stdout.strip()) / 1024,
    }


def _row(label: str, result: dict[str, Any]) -> str:
    return (
        f"| {label} | {result['mb_s']:.2f} | {result['min']:.2f}–{result['max']:.2f} "
        f"| {result['calls_s']:.0f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and calls")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        _peak_memory_child(args.baseline)
        return 0
    rounds = 3 if args.quick else 5
    min_calls = 500 if args.quick else 2000
    pages = _pages()
    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "pages": {},
        "steps": {},
        "bulk": {},
        "pathological": {},
    }
    subjects = _subjects()
    peers = _peers()
    print(f"# cnnews_clean benchmark ({results['machine']})\n")
    print("## pages workload (each seed page one call)\n")
    print("| subject | MB/s (median) | min–max | pages/s |\n| --- | ---: | ---: | ---: |")
    for label, fn in {**subjects, **peers}.items():
        results["pages"][label] = _rate(fn, pages, rounds, min_calls)
        print(_row(label, results["pages"][label]), flush=True)

    print("\n## each step alone (pages workload, input as the pipeline hands it over)\n")
    print("| step | MB/s (median) | min–max | pages/s |\n| --- | ---: | ---: | ---: |")
    from cnnews_clean.pipeline import STEPS, Config

    config = Config(convert_numerals=True)
    for step in STEPS:
        inputs = _step_inputs(pages)[step.name]
        results["steps"][step.name] = _rate(
            lambda text, step=step: step.run(text, config), inputs, rounds, min_calls
        )
        print(_row(step.name, results["steps"][step.name]), flush=True)

    print("\n## bulk workload (16 MB in 64 KB chunks)\n")
    print("| subject | MB/s (median) | min–max | chunks/s |\n| --- | ---: | ---: | ---: |")
    chunks = _bulk_chunks()
    for label in ("clean_page", "clean_text"):
        results["bulk"][label] = _rate(subjects[label], chunks, max(2, rounds - 2), 0)
        print(_row(label, results["bulk"][label]), flush=True)

    print("\n## pathological inputs (clean_page)\n")
    print("| input | MB/s (median) | min–max | calls/s |\n| --- | ---: | ---: | ---: |")
    for label, inputs in _pathological().items():
        results["pathological"][label] = _rate(subjects["clean_page"], inputs, 2, 0)
        print(_row(label, results["pathological"][label]), flush=True)

    print("\n## growth: time at full size / time at half size (linear = 2, limit 2.5)\n")
    results["growth"] = _growth(subjects["clean_page"])
    for label, ratio in results["growth"].items():
        print(f"- {label}: {ratio:.2f}")

    print("\n## ratios (same run)\n")
    ours = results["pages"]
    for mine in ("clean_page", "clean_text"):
        for peer in peers:
            ratio = ours[mine]["mb_s"] / results["pages"][peer]["mb_s"]
            print(f"- {mine} / {peer}: {ratio:.2f}x")
    bulk_ratio = results["bulk"]["clean_page"]["mb_s"] / ours["clean_page"]["mb_s"]
    print(f"- clean_page bulk / pages: {bulk_ratio:.2f}")
    for label, result in results["pathological"].items():
        print(f"- clean_page {label} / pages: {result['mb_s'] / ours['clean_page']['mb_s']:.2f}")

    print("\n## cold start (median of whole-process runs, ms)\n")
    results["cold_start_ms"] = _cold_start(5 if args.quick else 11)
    for label, ms in results["cold_start_ms"].items():
        print(f"- {label}: {ms:.0f} ms")

    print("\n## peak memory, bulk workload (clean_page, child process)\n")
    results["memory"] = _peak_memory()
    memory = results["memory"]
    print(
        f"- peak RSS {memory['peak_mb']:.0f} MB for {memory['input_mb']:.0f} MB of input "
        f"(RSS after import alone: {memory['baseline_mb']:.0f} MB; "
        f"limit 3 x input + 100 MB = {3 * memory['input_mb'] + 100:.0f} MB)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

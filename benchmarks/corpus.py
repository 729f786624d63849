"""Corpus-scale runs of the `clean` command: parallel speed-up and flat memory.

    python benchmarks/corpus.py [--pages 2000] [--sizes 100,1000]
    python benchmarks/corpus.py --ray     # the Ray Data path on the same pages

Builds JSONL corpora from the seed pages (one record per page, field
``text``) in a temporary directory and times `clean --format jsonl -j N`
as a whole process, reading its peak memory (VmHWM via /usr/bin/time's
maximum resident set size of the whole process tree is not used: the child
reports its own).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLEAN = Path(sys.executable).parent / "clean"


def _corpus(path: Path, *, pages: int | None = None, megabytes: int | None = None) -> int:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    written = count = 0
    with path.open("w", encoding="utf-8") as handle:
        while (pages is not None and count < pages) or (
            megabytes is not None and written < megabytes * 1_000_000
        ):
            line = json.dumps(
                {"id": f"p{count}", "text": seeds[count % len(seeds)]}, ensure_ascii=False
            )
            handle.write(line + "\n")
            written += len(line.encode()) + 1
            count += 1
    return count


def _run(corpus: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak resident MB of the clean process and its workers)."""
    start = time.perf_counter()
    result = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            str(CLEAN),
            "--format",
            "jsonl",
            "-j",
            str(jobs),
            str(corpus),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument(
        "--sizes", default="100,1000", help="corpus sizes in MB for the memory check"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "pages.jsonl"
        count = _corpus(corpus, pages=args.pages)
        print(
            f"## parallel speed-up ({count} pages, {corpus.stat().st_size / 1e6:.0f} MB, {os.cpu_count()} cores)\n"
        )
        rates = {}
        for jobs in (1, 2):
            seconds, peak = _run(corpus, jobs)
            rates[jobs] = count / seconds
            print(
                f"- -j {jobs}: {seconds:.1f} s, {rates[jobs]:.0f} pages/s, peak RSS {peak:.0f} MB (main process)"
            )
        print(f"- speed-up -j 2 / -j 1: {rates[2] / rates[1]:.2f}x\n")
        print("## peak memory against corpus size (-j 2)\n")
        for size in (int(s) for s in args.sizes.split(",")):
            corpus = Path(tmp) / f"c{size}.jsonl"
            count = _corpus(corpus, megabytes=size)
            seconds, peak = _run(corpus, 2)
            print(
                f"- {size} MB ({count} pages): {seconds:.0f} s, peak RSS {peak:.0f} MB (main process)"
            )
            corpus.unlink()
    return 0


if __name__ == "__main__" and "--ray" not in sys.argv:
    sys.exit(main())


def ray_rate(pages: int = 2000, concurrency: int = 2) -> float | None:
    """Pages per second of clean_dataset on a local Ray cluster, after start-up
    (cluster and worker actors are started by a warm-up run first)."""
    try:
        import ray

        from cnnews_clean.integrations.ray import clean_dataset
    except ImportError:
        return None
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rows = [{"id": f"p{i}", "text": seeds[i % len(seeds)]} for i in range(pages)]
    ray.init(num_cpus=concurrency, include_dashboard=False, log_to_driver=False)
    try:
        clean_dataset(ray.data.from_items(rows[:64]), concurrency=concurrency).materialize()
        dataset = ray.data.from_items(rows).materialize()
        start = time.perf_counter()
        clean_dataset(dataset, concurrency=concurrency).materialize()
        return pages / (time.perf_counter() - start)
    finally:
        ray.shutdown()


if __name__ == "__main__" and "--ray" in sys.argv:
    rate = ray_rate()
    print("ray not installed" if rate is None else f"- Ray, 2 actors: {rate:.0f} pages/s")

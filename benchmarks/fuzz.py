"""Fuzz clean_page for a fixed time: every input must clean without an
exception and pass the lose-nothing check (clean_page(check=True)).

Inputs are seed pages cut, shuffled and mutated (random characters from the
whole of Unicode, PDF-glyph and control characters, doubled marks, unbalanced
quotes and brackets, long runs, removed and doubled line breaks), and purely
random strings.  A failing input is written to benchmarks/fuzz-failures/ for a
regression test.

    python benchmarks/fuzz.py --seconds 60 [--seed N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from cnnews_clean import Config, clean_page

ROOT = Path(__file__).resolve().parent.parent
SPECIAL = (
    "\U001003d1\ue0a1\u200b\u200d\ufeff\u00ad\x00\x01\x7f\x85\ufffd\u2028\r\f\t"
    "⽇⺠⻩\uf900ＰＰＴ１２３％\u3000\u00a0諧們這一一--—…...。。，，\"\"''（（））《》“”‘’"
)


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 40)):
        action = rng.random()
        pos = rng.randrange(len(chars) + 1)
        if action < 0.3:
            chars.insert(pos, rng.choice(SPECIAL))
        elif action < 0.45:
            chars.insert(pos, chr(rng.randrange(0x110000)))
        elif action < 0.6 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif action < 0.7:
            chars.insert(pos, rng.choice(SPECIAL) * rng.randint(2, 2000))
        elif action < 0.85:
            chars.insert(pos, "\n" * rng.randint(1, 4))
        else:
            chars[pos:pos] = list(
                rng.choice(["本报记者 王明", "（丁宇婷 文/图）", "段维娜 摄", "短评"])
            )
    return "".join(chars)


def _input(rng: random.Random, pages: list[str]) -> str:
    kind = rng.random()
    if kind < 0.1:
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 500)))
    page = rng.choice(pages)
    lines = page.split("\n")
    start = rng.randrange(len(lines))
    piece = lines[start : start + rng.randint(1, 200)]
    if rng.random() < 0.3:
        rng.shuffle(piece)
    return _mutate(rng, "\n".join(piece))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    configs = [Config(), Config(convert_numerals=True, pangu=True), Config(traditional="simplify")]
    out = ROOT / "benchmarks" / "fuzz-failures"
    tried = failures = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        text = _input(rng, pages)
        config = rng.choice(configs)
        tried += 1
        try:
            clean_page(text, config, check=True)
        except Exception:  # every failure is a finding
            failures += 1
            out.mkdir(exist_ok=True)
            (out / f"failure-{failures}.txt").write_text(
                repr(config) + "\n" + traceback.format_exc() + "\n" + repr(text), "utf-8"
            )
    print(f"fuzz: {tried} inputs in {args.seconds:.0f} s, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

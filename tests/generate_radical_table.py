"""Regenerate ``src/cnnews_clean/data/radicals.txt`` from Unicode data.

The table maps every Kangxi radical (U+2F00-U+2FD5) and every CJK Radicals
Supplement character (U+2E80-U+2EFF) that Unicode gives an equivalent unified
ideograph for, e.g. "⽇" U+2F47 -> "日" U+65E5.  Source: the Unicode Character
Database file EquivalentUnifiedIdeograph.txt (Debian package ``unicode-data``
installs it as /usr/share/unicode/EquivalentUnifiedIdeograph.txt).

Usage: python tests/generate_radical_table.py [PATH-TO-EquivalentUnifiedIdeograph.txt]
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_SOURCE = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")
TARGET = Path(__file__).resolve().parent.parent / "src/cnnews_clean/data/radicals.txt"


def parse(source: Path) -> tuple[str, list[tuple[int, int]]]:
    version = "unknown"
    pairs: list[tuple[int, int]] = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# EquivalentUnifiedIdeograph"):
            version = raw.lstrip("# ").strip()
        data = raw.split("#", 1)[0].strip()
        if not data:
            continue
        left, right = (part.strip() for part in data.split(";"))
        target = int(right, 16)
        if ".." in left:
            lo, hi = (int(x, 16) for x in left.split(".."))
            pairs.extend((cp, target) for cp in range(lo, hi + 1))
        else:
            pairs.append((int(left, 16), target))
    return version, sorted(pairs)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    version, pairs = parse(source)
    lines = [
        f"# Derived from the Unicode Character Database, {version}.",
        "# (c) Unicode, Inc.; see https://www.unicode.org/license.txt",
        "# radical code point <space> equivalent unified ideograph code point",
        *(f"{a:04X} {b:04X}" for a, b in pairs),
    ]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(pairs)} mappings to {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""The pages the report scripts score, each with its reference."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def reference_sources(suffix: str) -> list[tuple[str, Path, Path]]:
    """(label, page text, reference) for the seeds (tests/pages/<seed><suffix>)
    and for every extraction of a generated page that has a reference
    (tests/layouts/<page><suffix>, <page>.<extractor>.txt)."""
    rows = [
        (f"seed {seed.name[:3]}", seed, ROOT / "tests/pages" / f"{seed.stem}{suffix}")
        for seed in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    layouts = ROOT / "tests/layouts"
    for reference in sorted(layouts.glob(f"*{suffix}")):
        name = reference.name.removesuffix(suffix)
        for extracted in sorted(layouts.glob(f"{name}.*.txt")):
            extractor = extracted.name.removeprefix(f"{name}.").removesuffix(".txt")
            if extractor != "expected":
                rows.append((f"{name} {extractor}", extracted, reference))
    return rows

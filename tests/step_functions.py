"""Every pipeline step's standalone function (with edits), by step name."""

from __future__ import annotations

from collections.abc import Callable

from cnnews_clean import (
    Fixed,
    convert_numerals_explained,
    fix_glyphs_explained,
    fix_punctuation_explained,
    fix_spaces_explained,
    fix_traditional_explained,
    normalise_numbers_explained,
    rejoin_lines_explained,
    reorder_columns_explained,
    repair_mojibake_explained,
    strip_markup_explained,
)

STEP_FUNCTIONS: dict[str, Callable[[str], Fixed]] = {
    "repair_mojibake": repair_mojibake_explained,
    "strip_markup": strip_markup_explained,
    "reorder_columns": reorder_columns_explained,
    "fix_glyphs": fix_glyphs_explained,
    "fix_traditional": fix_traditional_explained,
    "rejoin_lines": rejoin_lines_explained,
    "fix_punctuation": fix_punctuation_explained,
    "fix_spaces": fix_spaces_explained,
    "normalise_numbers": normalise_numbers_explained,
    "convert_numerals": convert_numerals_explained,
}

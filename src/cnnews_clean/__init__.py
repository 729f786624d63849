"""cnnews_clean: clean, trustworthy text from Chinese newspaper e-paper pages.

>>> import cnnews_clean
>>> cnnews_clean.clean_text("在基础设施建设方面,社区党委\\n\\n也成绩卓著,满意度达到96.35%。")
'在基础设施建设方面，社区党委也成绩卓著，满意度达到96.35%。'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names below load on first use (PEP 562): importing is cheap
    from .columns import reorder_columns, reorder_columns_explained
    from .edits import Edit, Fixed, apply_edits
    from .glyphs import fix_glyphs, fix_glyphs_explained
    from .guarantees import LossError, verify
    from .lines import LineGroup, line_groups, rejoin_lines, rejoin_lines_explained
    from .markup import strip_markup, strip_markup_explained
    from .model import Article, Block, Caption, Other, Page, Report
    from .mojibake import find_mojibake, repair_mojibake, repair_mojibake_explained
    from .numerals import (
        convert_numerals,
        convert_numerals_explained,
        normalise_numbers,
        normalise_numbers_explained,
    )
    from .pipeline import STEPS, Config, Step, clean_page, clean_page_explained, clean_text, explain
    from .punctuation import fix_punctuation, fix_punctuation_explained
    from .spaces import fix_spaces, fix_spaces_explained
    from .traditional import fix_traditional, fix_traditional_explained

# Public name -> submodule.  ``import cnnews_clean`` loads no submodule; the
# first use of a name loads its module (and what that module needs), once.
_EXPORTS = {
    "reorder_columns": "columns",
    "reorder_columns_explained": "columns",
    "Edit": "edits",
    "Fixed": "edits",
    "apply_edits": "edits",
    "fix_glyphs": "glyphs",
    "fix_glyphs_explained": "glyphs",
    "LossError": "guarantees",
    "verify": "guarantees",
    "LineGroup": "lines",
    "line_groups": "lines",
    "rejoin_lines": "lines",
    "rejoin_lines_explained": "lines",
    "strip_markup": "markup",
    "strip_markup_explained": "markup",
    "Article": "model",
    "Block": "model",
    "Caption": "model",
    "Other": "model",
    "Page": "model",
    "Report": "model",
    "find_mojibake": "mojibake",
    "repair_mojibake": "mojibake",
    "repair_mojibake_explained": "mojibake",
    "convert_numerals": "numerals",
    "convert_numerals_explained": "numerals",
    "normalise_numbers": "numerals",
    "normalise_numbers_explained": "numerals",
    "STEPS": "pipeline",
    "Config": "pipeline",
    "Step": "pipeline",
    "clean_page": "pipeline",
    "clean_page_explained": "pipeline",
    "clean_text": "pipeline",
    "explain": "pipeline",
    "fix_punctuation": "punctuation",
    "fix_punctuation_explained": "punctuation",
    "fix_spaces": "spaces",
    "fix_spaces_explained": "spaces",
    "fix_traditional": "traditional",
    "fix_traditional_explained": "traditional",
}


def __getattr__(name: str) -> object:
    """Load a public name's submodule on first use; ``__version__`` comes from
    the package metadata (importing importlib.metadata is slow, so only then)."""
    module = _EXPORTS.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("cnnews-clean")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            return "0.0.0+unknown"
    raise AttributeError(f"module 'cnnews_clean' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "STEPS",
    "Article",
    "Block",
    "Caption",
    "Config",
    "Edit",
    "Fixed",
    "LineGroup",
    "LossError",
    "Other",
    "Page",
    "Report",
    "Step",
    "__version__",
    "apply_edits",
    "clean_page",
    "clean_page_explained",
    "clean_text",
    "convert_numerals",
    "convert_numerals_explained",
    "explain",
    "find_mojibake",
    "fix_glyphs",
    "fix_glyphs_explained",
    "fix_punctuation",
    "fix_punctuation_explained",
    "fix_spaces",
    "fix_spaces_explained",
    "fix_traditional",
    "fix_traditional_explained",
    "line_groups",
    "normalise_numbers",
    "normalise_numbers_explained",
    "rejoin_lines",
    "rejoin_lines_explained",
    "reorder_columns",
    "reorder_columns_explained",
    "repair_mojibake",
    "repair_mojibake_explained",
    "strip_markup",
    "strip_markup_explained",
    "verify",
]

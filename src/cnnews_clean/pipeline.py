"""The cleaning pipeline: an ordered tuple of named steps and a frozen config.

Every step is a pure function ``text -> Fixed`` that can also be called
alone.  One name everywhere: step name = ``Config`` field = CLI
``--disable NAME`` = ``Edit.step``.

>>> clean_text("在基础设施建设方面,社区党委\\n\\n也成绩卓著,居民满意度达到96 . 35 %。")
'在基础设施建设方面，社区党委也成绩卓著，居民满意度达到96.35%。'
>>> clean_text("生 活圈", Config(fix_spaces=False))
'生 活圈'
>>> [step.name for step in STEPS]
['repair_mojibake', 'strip_markup', 'reorder_columns', 'fix_glyphs', 'rejoin_lines', 'fix_traditional', 'fix_punctuation', 'fix_spaces', 'normalise_numbers', 'convert_numerals']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .columns import reorder_columns_explained
from .edits import Edit, Fixed, count_categories, removed_characters
from .glyphs import fix_glyphs_explained
from .lines import LineGroup, rejoin_with_groups
from .markup import strip_markup_explained
from .model import Article, Block, Page, Report
from .mojibake import repair_mojibake_explained
from .numerals import convert_numerals_explained, normalise_numbers_explained
from .punctuation import fix_punctuation_explained
from .spaces import fix_spaces_explained
from .structure import split_page
from .traditional import TraditionalMode, fix_traditional_explained

__all__ = [
    "STEPS",
    "Config",
    "Step",
    "clean_page",
    "clean_page_explained",
    "clean_text",
    "explain",
]


@dataclass(frozen=True, slots=True)
class Config:
    """Which steps run, and their options.  Frozen: pass it explicitly.

    >>> Config().without("fix_spaces").fix_spaces
    False
    """

    #: Opt-in: restore UTF-8 text that was once read as GBK (exact round trips only).
    repair_mojibake: bool = False
    strip_markup: bool = True
    reorder_columns: bool = True
    fix_glyphs: bool = True
    fix_traditional: bool = True
    rejoin_lines: bool = True
    fix_punctuation: bool = True
    fix_spaces: bool = True
    normalise_numbers: bool = True
    #: Opt-in: Chinese-numeral quantities ("一千二百余套") to digits.
    convert_numerals: bool = False
    #: "auto": convert stray Traditional characters in Simplified pages only;
    #: "keep": never convert; "simplify": convert a whole page with OpenCC t2s.
    traditional: TraditionalMode = "auto"
    #: Put one space between CJK and Latin letters or digits (off: print style).
    pangu: bool = False
    #: clean_page: split the page into articles, captions and other text
    #: (off: one untitled article holding every block).
    split_page: bool = True

    def enabled(self, name: str) -> bool:
        """Is the step called ``name`` switched on?"""
        value = getattr(self, name)
        return bool(value)

    def without(self, *names: str) -> Config:
        """A copy with the named steps switched off (unknown names raise ``ValueError``)."""
        unknown = [n for n in names if n not in SWITCHES]
        if unknown:
            raise ValueError(
                f"unknown step {', '.join(unknown)}; valid steps: {', '.join(SWITCHES)}"
            )
        switches: dict[str, Any] = dict.fromkeys(names, False)
        return dataclasses.replace(self, **switches)


@dataclass(frozen=True, slots=True)
class Step:
    """A named cleaning step: ``run(text, config)`` returns its :class:`Fixed`."""

    name: str
    summary: str
    run: Callable[[str, Config], Fixed]


STEPS: tuple[Step, ...] = (
    Step(
        "repair_mojibake",
        "opt-in: restore UTF-8 text that was once read as GBK (exact round trips only)",
        lambda text, config: repair_mojibake_explained(text),
    ),
    Step(
        "strip_markup",
        "HTML line-break tags to line breaks, inline tags removed, entities decoded",
        lambda text, config: strip_markup_explained(text),
    ),
    Step(
        "reorder_columns",
        "read side-by-side columns (pdftotext -layout) one after the other",
        lambda text, config: reorder_columns_explained(text),
    ),
    Step(
        "fix_glyphs",
        "remove private-use glyphs and invisible characters; map radicals and full-width forms",
        lambda text, config: fix_glyphs_explained(text),
    ),
    Step(
        "rejoin_lines",
        "join lines broken by the column layout; one block per line",
        lambda text, config: rejoin_with_groups(text)[0],
    ),
    Step(
        "fix_traditional",
        "make stray Traditional characters in Simplified text Simplified",
        lambda text, config: fix_traditional_explained(text, mode=config.traditional),
    ),
    Step(
        "fix_punctuation",
        "full-width marks in Chinese text, paired quotes, dashes, ellipses",
        lambda text, config: fix_punctuation_explained(text),
    ),
    Step(
        "fix_spaces",
        "remove layout spaces in Chinese text, keep those of headlines and bylines",
        lambda text, config: fix_spaces_explained(text, pangu=config.pangu),
    ),
    Step(
        "normalise_numbers",
        "tight decimal points, thousands separators and signs in numbers",
        lambda text, config: normalise_numbers_explained(text),
    ),
    Step(
        "convert_numerals",
        "opt-in: Chinese-numeral quantities to digits, never names or idioms",
        lambda text, config: convert_numerals_explained(text),
    ),
)
STEP_NAMES: tuple[str, ...] = tuple(step.name for step in STEPS)
#: Everything ``--disable`` accepts: the text steps and the page splitter.
SWITCHES: tuple[str, ...] = (*STEP_NAMES, "split_page")


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    edits: tuple[Edit, ...]
    groups: tuple[LineGroup, ...] | None


def _run(text: str, config: Config) -> _Run:
    if not isinstance(text, str):
        raise TypeError(
            f"cnnews_clean cleans str, not {type(text).__name__}; decode bytes first "
            "(for example data.decode('utf-8'))"
        )
    edits: list[Edit] = []
    groups: tuple[LineGroup, ...] | None = None
    for step in STEPS:
        if not config.enabled(step.name):
            continue
        if step.name == "rejoin_lines":
            fixed, found = rejoin_with_groups(text)
            groups = tuple(found)
        else:
            fixed = step.run(text, config)
        edits.extend(fixed.edits)
        text = fixed.text
    return _Run(text, tuple(edits), groups)


def clean_text(text: str, config: Config | None = None) -> str:
    """Clean a page's text: paragraphs one per line, separated by a blank line.

    >>> clean_text("他说:\\"你好。\\"")
    '他说：“你好。”'
    """
    return _run(text, config or Config()).text


def explain(text: str, config: Config | None = None) -> tuple[Edit, ...]:
    """Every edit the pipeline makes, step by step, in order.

    Each edit's ``pos`` indexes the text as that step received it.

    >>> [(e.step, e.old, e.new) for e in explain("和諧社区,")]
    [('fix_traditional', '諧', '谐'), ('fix_punctuation', ',', '，')]
    """
    return _run(text, config or Config()).edits


def report_for(edits: Sequence[Edit]) -> Report:
    """Counts per category and removed characters of ``edits``.

    >>> report_for(explain("好\\u200b的")).to_dict()
    {'removed': [{'char': 'U+200B', 'count': 1}], 'changed': {'glyphs': 1}}
    """
    removed = removed_characters(edits)
    changed = count_categories(edits)
    return Report(
        removed=tuple(sorted(removed.items(), key=lambda item: (-item[1], item[0]))),
        changed=tuple(sorted(changed.items())),
    )


def clean_page(
    text: str, config: Config | None = None, source: str | None = None, *, check: bool = False
) -> Page:
    """Clean a page and return its structure as a :class:`~cnnews_clean.model.Page`.

    With ``check=True`` the promise that nothing was lost is verified on this
    page (see :mod:`cnnews_clean.guarantees`); a violation raises ``LossError``.

    >>> page = clean_page("突出党建引领\\n让功能更“贴心”\\n\\n本报记者 刘春霞\\n\\n今年以来,社区严格落实。"
    ...                   "\\n\\n（丁宇婷 文/图）", source="p.txt")
    >>> article = page.articles[0]
    >>> article.title, article.byline, article.credit
    ('突出党建引领 让功能更“贴心”', '本报记者 刘春霞', '（丁宇婷 文/图）')
    >>> [(b.kind, b.text) for b in article.blocks]
    [('paragraph', '今年以来，社区严格落实。')]
    """
    page = clean_page_explained(text, config, source)[0]
    if check:
        from .guarantees import verify

        verify(text, page, config)  # raises LossError when something was lost
    return page


def clean_page_explained(
    text: str, config: Config | None = None, source: str | None = None
) -> tuple[Page, tuple[Edit, ...]]:
    """:func:`clean_page` and the edits that :func:`explain` gives, from one run.

    >>> page, edits = clean_page_explained("和諧")
    >>> page.report.to_dict()["changed"], len(edits)
    ({}, 0)
    """
    config = config or Config()
    run = _run(text, config)
    report = report_for(run.edits)
    if not config.split_page:
        blocks = tuple(Block(kind, text) for kind, text in _blocks(run))
        articles = (Article(blocks=blocks),) if blocks else ()
        return Page(source=source, articles=articles, report=report), run.edits
    pairs = [(text, group) for text, group in _paired_blocks(run)]
    return split_page(pairs, source=source, report=report), run.edits


def _paired_blocks(run: _Run) -> list[tuple[str, LineGroup | None]]:
    """The final text's blocks, each with the layout features of its lines."""
    paragraphs = [p.strip() for p in run.text.split("\n\n")]
    groups: Sequence[LineGroup | None] = [None] * len(paragraphs)
    if run.groups is not None and len(run.groups) == len(paragraphs):
        groups = run.groups
    return [(p, g) for p, g in zip(paragraphs, groups, strict=True) if p]


def _blocks(run: _Run) -> list[tuple[str, str]]:
    return [
        ("heading" if g is not None and g.kind == "heading" else "paragraph", p)
        for p, g in _paired_blocks(run)
    ]

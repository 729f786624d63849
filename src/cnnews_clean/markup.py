"""Markup left in text: HTML line-break and paragraph tags, inline tags and
character entities that e-paper exports and web archives leave behind.

``strip_markup`` makes one pass over the text and

- turns line-break and block tags (``<br>``, ``<br/>``, ``<p>``, ``</p>``,
  ``<div …>``) into a line break, so the line step sees the break the tag
  stood for;
- removes inline formatting tags (``<span …>``, ``<font …>``, ``<b>``,
  ``<strong>``, ``<em>``, ``<i>``, ``<u>``, ``<sup>``, ``<sub>`` and their
  closing forms);
- decodes character entities (``&nbsp;``, ``&ldquo;``, ``&#8220;``,
  ``&#x4E2D;``) to the character they name.

Every change is an edit of category ``markup``; tags are the only letters
the step removes.  Only the tags above are touched ("<人民日报>" and
"x<y" are text), and a change that would make new markup out of its
neighbours is not made ("&amp;lt;" stays, "&am<b>p;" keeps its tag), so
the step is idempotent.

>>> strip_markup("社区新风<br>本报讯&nbsp;近日，<b>城中区</b>举办活动。")
'社区新风\\n本报讯\\xa0近日，城中区举办活动。'
"""

from __future__ import annotations

import re

from .edits import Edit, Fixed
from .patterns import LazyPattern

__all__ = ["strip_markup", "strip_markup_explained"]

STEP = "strip_markup"

_BLOCK_TAGS = frozenset({"br", "p", "div", "center"})
_INLINE_TAGS = "span|font|b|strong|em|i|u|sup|sub"
_PATTERN = LazyPattern(
    r"<(/?)(br|p|div|center|" + _INLINE_TAGS + r")(?:[ \t][^<>\n]{0,200})?[ \t]*/?>"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.IGNORECASE,
)
# An unclosed tag or entity at the end of the text so far: a change right
# after it could complete it into new markup.
_OPEN_BEFORE = LazyPattern(r"(?:<[^<>\n]{0,220}|&[A-Za-z0-9#]{0,40})\Z")


def _decoded(entity: str, after: str) -> str | None:
    """The character ``entity`` names, unless it is unknown, a control
    character or U+FFFD, or would start new markup with the text ``after``
    it ("&amp;" + "lt;")."""
    import html  # only for a text that holds an entity

    char = html.unescape(entity)
    if char == entity or "\ufffd" in char:
        return None
    if not char.isprintable() and not char.isspace():
        return None
    if char in ("&", "<") and _PATTERN.match(char + after) is not None:
        return None
    return char


def _tail(pieces: list[str], size: int = 240) -> str:
    """The last ``size`` characters of the text built so far."""
    taken: list[str] = []
    length = 0
    for piece in reversed(pieces):
        taken.append(piece)
        length += len(piece)
        if length >= size:
            break
    return "".join(reversed(taken))[-size:]


def strip_markup_explained(text: str) -> Fixed:
    """:func:`strip_markup` with its edits (category ``markup``).

    >>> [(e.old, e.new) for e in strip_markup_explained("好<br/>的").edits]
    [('<br/>', '\\n')]
    """
    if "<" not in text and "&" not in text:
        return Fixed(text)
    edits: list[Edit] = []
    out: list[str] = []
    done = 0
    for match in _PATTERN.finditer(text):
        start, end = match.span()
        old = match.group()
        name = match.group(2)
        if name is None:
            new = _decoded(old, text[end : end + 250])
        else:
            new = "\n" if name.lower() in _BLOCK_TAGS else ""
        if new is None:
            continue
        out.append(text[done:start])
        done = start
        if _OPEN_BEFORE.search(_tail(out)) is not None:
            continue  # "&am<b>p;" stays: removing the tag would make "&amp;"
        out.append(new)
        done = end
        edits.append(Edit(STEP, "markup", start, old, new))
    if not edits:
        return Fixed(text)
    out.append(text[done:])
    return Fixed("".join(out), tuple(edits))


def strip_markup(text: str) -> str:
    """Turn HTML breaks into line breaks, drop inline tags, decode entities.

    >>> strip_markup("居民&ldquo;点单&rdquo;，社区&ldquo;接单&rdquo;<p>")
    '居民“点单”，社区“接单”\\n'
    """
    return strip_markup_explained(text).text

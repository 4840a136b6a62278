"""Untrusted article text made safe for a terminal, as rich Text with the claimed numbers lit."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from factcheck.check.anchor import claimed_spans
from factcheck.corpus.model import Source
from factcheck.formats.escape import safe as safe  # shared: every text output escapes alike
from factcheck.report.results import ClaimResult


def quoted(
    result: ClaimResult,
    source: Source,
    highlight: Style | str,
    *,
    around: int = 0,
    context: Style | str = "",
    ellipsis: str = "...",
) -> Text:
    """The claim's quote as the source says it (at its location), in quotes, numbers highlighted.

    Highlights the numbers that the claim's value reads from (with a ``%`` or the value's unit
    right after them); falls back to the quote as written in the claims file when unanchored.
    With ``around``, up to that many characters of the quote's own line before and after it are
    shown too (whole words, in the ``context`` style).
    """
    location = result.location
    raw = source.text.text[location.span[0] : location.span[1]] if location else ""
    body = safe(raw or result.claim.quote)
    text = Text(f'"{body}"')
    for start, end in claimed_spans(body, result.claim):
        text.stylize(highlight, start + 1, end + 1)
    if around <= 0 or location is None:
        return text
    whole = source.text.text
    start, end = location.span
    first = whole.rfind("\n", 0, start) + 1
    last = whole.find("\n", end)
    last = len(whole) if last < 0 else last
    before = _before(whole[max(first, start - around) : start], start - around > first, ellipsis)
    after = _after(whole[end : min(last, end + around)], end + around < last, ellipsis)
    return Text.assemble((before, context), text, (after, context))


def _before(piece: str, cut: bool, ellipsis: str) -> str:
    """Context before a quote, from its first whole word; a space if the quote follows one."""
    if cut:
        _, space, rest = piece.partition(" ")
        piece = rest if space else ""
    shown = safe(piece)
    gap = " " if piece[-1:].isspace() and shown else ""
    return (ellipsis if cut else "") + shown + gap


def _after(piece: str, cut: bool, ellipsis: str) -> str:
    """Context after a quote, up to its last whole word."""
    if cut:
        rest, space, _ = piece.rpartition(" ")
        piece = rest if space else ""
    shown = safe(piece)
    gap = " " if piece[:1].isspace() and shown else ""
    return gap + shown + (ellipsis if cut else "")

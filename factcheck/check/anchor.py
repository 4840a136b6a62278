"""Anchoring: find each claim's quote in its source and check the value is what the quote says."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.corpus.model import Claim, Source
from factcheck.report.findings import Location
from factcheck.text.numbers import number_spans, numbers_in, readable
from factcheck.values.spellings import UNIT_END, UNIT_WORD, canonical_unit


def source_location(
    source: Source, span: tuple[int, int], focus: tuple[int, int] | None = None
) -> Location:
    """A finding's location for a [start, end) span of a source's text, pointing at ``focus``
    (the number within it) when given."""
    start, end = focus if focus is not None else span
    line, column = source.text.position(start)
    end_line, end_column = source.text.position(max(start, end - 1))
    return Location(source.id, source.path, span, line, column, end_line, end_column + 1, focus)


@dataclass(frozen=True)
class Anchor:
    """Where a claim's quote is in its source, or why it is not anchored."""

    span: tuple[int, int] | None
    """[start, end) of the quote in the source text; None when not found."""
    problem: str | None
    """Why the claim is unanchored; None when it is anchored."""
    focus: tuple[int, int] | None = None
    """[start, end) in the source text of the first number of the quote that states the value."""


def anchor(claim: Claim, source: Source) -> Anchor:
    """Find the quote in the source and check the claim's numbers are readable from it."""
    span = source.text.find(claim.quote)
    if span is None:
        return Anchor(None, f'quote not found in {source.path}: "{_short(claim.quote)}"')
    value = claim.value
    if value.low is None or value.high is None:
        return Anchor(span, None)
    quoted = source.text.text[span[0] : span[1]]
    return Anchor(span, _problem(quoted, claim), _focus(span, quoted, claim))


def _focus(span: tuple[int, int], quoted: str, claim: Claim) -> tuple[int, int] | None:
    stated = claimed_spans(quoted, claim)
    return (span[0] + stated[0][0], span[0] + stated[0][1]) if stated else None


def _problem(quoted: str, claim: Claim) -> str | None:
    """Why the quote does not state the claim's (numeric) value, or None when it does."""
    value = claim.value
    assert value.low is not None and value.high is not None
    numbers = {value.low, value.high}
    if all(_written(n.text, quoted) for n in numbers):
        return _unit_mismatch(value.high.text, value.unit, quoted)
    seen = numbers_in(quoted)
    missing = [n.text for n in numbers if not readable(n, value.unit, seen)]
    if missing:
        return (
            f'value "{value.text}" is not what the quote says: '
            f'{" and ".join(sorted(missing))} not found in "{_short(claim.quote)}"'
        )
    return None


# A unit written after a number, in any spelling (see values.spellings).
_UNIT_AFTER = re.compile(rf"\s*({UNIT_WORD}){UNIT_END}", re.IGNORECASE)


def _unit_mismatch(number: str, unit: str | None, quote: str) -> str | None:
    """A problem when the quote names another unit right after every place it writes the value's
    number ("14 days" for "14 weeks"; "over the next 10 years is 10% or greater" is fine)."""
    wanted = canonical_unit(unit) if unit else None
    if wanted is None:
        return None
    said_last = None
    for match in re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d])", quote):
        after = _UNIT_AFTER.match(quote, match.end())
        word = after.group(1) if after else ""
        if word == "s" and after is not None and after.start(1) == match.end():
            word = ""  # "over-75s", "the 1990s": a plural of the number, not seconds
        said = canonical_unit(word) if word else None
        if said is None or said == wanted:
            return None
        said_last = word
    if said_last is None:
        return None
    return f'value is in {unit} but the quote says "{number} {said_last}"'


def _written(number: str, quote: str) -> bool:
    """Whether the number's digits stand in the quote as a whole number (4.5 is not in 14.5)."""
    at = quote.find(number)
    while at >= 0:
        before = quote[at - 1 : at]
        after = quote[at + len(number) : at + len(number) + 2]
        if not (before.isdigit() or (before and before in ".,")) and not (
            after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit())
        ):
            return True
        at = quote.find(number, at + 1)
    return False


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claimed_spans(text: str, claim: Claim) -> list[tuple[int, int]]:
    """``(start, end)`` of the numbers in ``text`` that the claim's value states, with their unit.

    A number counts when the value's low or high end can be read from it (``readable``: "1/5th"
    for 20 %, "two" for 2), whatever the unit; a ``%`` or the value's own unit right after it is
    lit with it. Offsets are Python string indices (code points).
    """
    value = claim.value
    numbers = [n for n in (value.low, value.high) if n is not None]
    unit = re.compile(r"\s?(?:%|" + re.escape(value.unit) + r"(?!\w))") if value.unit else None
    spans = []
    for start, end, number in number_spans(text):
        if not any(readable(n, value.unit, {number}) for n in numbers):
            continue
        if text.startswith("%", end):
            end += 1
        elif unit is not None and (after := unit.match(text, end)) is not None:
            end = after.end()
        spans.append((start, end))
    return spans

"""Anchoring: find each claim's quote in its source and check the value is what the quote says."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck._perf import quick_init
from factcheck.corpus.model import CHANGE, Claim, Source
from factcheck.report.findings import Location
from factcheck.text.numbers import (
    Reading,
    changes_from,
    clock_readings,
    leading_digits,
    number_spans,
    numbers_in,
    readable,
    readings,
)
from factcheck.text.numbers.forms import SPAN_SIZES
from factcheck.text.numbers.intervals import interval_readings
from factcheck.values import clock, versions
from factcheck.values.spellings import (
    CURRENCY_WORDS,
    UNIT_END,
    UNIT_SPELLINGS,
    UNIT_WORD,
    canonical_unit,
)


def source_location(
    source: Source, span: tuple[int, int], focus: tuple[int, int] | None = None
) -> Location:
    """A finding's location for a [start, end) span of a source's text, pointing at ``focus``
    (the number within it) when given."""
    start, end = focus if focus is not None else span
    line, column = source.text.position(start)
    end_line, end_column = source.text.position(max(start, end - 1))
    return Location(source.id, source.path, span, line, column, end_line, end_column + 1, focus)


@quick_init
@dataclass(frozen=True, slots=True)
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
    quoted = _Quoted(source.text.text[span[0] : span[1]])
    return Anchor(span, _problem(quoted, claim), _focus(span, quoted, claim))


class _Quoted:
    """A quote as its source writes it, and its ``readings`` once asked for: the problem and
    the focus each may need them, and reading them is most of anchoring's work."""

    __slots__ = ("_readings", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._readings: list[Reading] | None = None

    def readings(self) -> list[Reading]:
        if self._readings is None:
            self._readings = readings(self.text)
            if ":" in self.text:
                self._readings = _outside_times(self.text, self._readings)
        return self._readings


def _outside_times(text: str, read: list[Reading]) -> list[Reading]:
    """The readings of numbers that are not an hour or minutes of a time of day written with a
    colon: "in bed by 7:30 pm" states neither 7 nor 30."""
    times = [(start, end) for start, end, _ in clock_readings(text) if ":" in text[start:end]]
    if not times:
        return read
    return [r for r in read if not any(start <= r[0] < end for start, end in times)]


def _focus(span: tuple[int, int], quoted: _Quoted, claim: Claim) -> tuple[int, int] | None:
    """``claimed_spans(quoted, claim)[0]`` in the source text, or None; most quotes' first
    number is the value's, so that one is tried before reading them all."""
    text = quoted.text
    first = leading_digits(text) if claim.value.unit not in _WRITTEN_UNITS else None
    if first is not None and _states(first[2], claim):
        start, end = _lit(text, first[0], first[1], claim.value.unit)
    else:
        stated = claimed_spans(text, claim, quoted.readings())
        if not stated:
            return None
        start, end = stated[0]
    return span[0] + start, span[0] + end


def _problem(quote: _Quoted, claim: Claim) -> str | None:
    """Why the quote does not state the claim's (numeric) value, or None when it does."""
    value = claim.value
    assert value.low is not None and value.high is not None
    low, high = value.low, value.high
    # Its distinct numbers (a tuple, not a set: hashing a Number costs more than comparing two).
    numbers = (low,) if low is high or low == high else (low, high)
    quoted = quote.text
    if value.unit == clock.UNIT:
        # A time of day is read as one ("7:30 pm" states 19:30), never as its digits.
        times = {_minute(hours) for _, _, hours in clock_readings(quoted)}
        missing = [n.text for n in numbers if _minute(n.value) not in times]
    elif value.unit == versions.UNIT:
        # A version is its release numbers as written ("3.10", not the number 3.1).
        missing = [n.text for n in numbers if not _release_spans(n.text, quoted)]
    elif all(_written(n.text, quoted) for n in numbers):
        return _unit_mismatch(value.high.text, value.unit, quoted)
    else:
        seen = numbers_in(quoted, quote.readings())
        seen |= _as_changes(seen, claim)
        # "every half hour" states 30 minutes (and half an hour), as "every 30 minutes" does.
        for _, _, minutes in interval_readings(quoted):
            seen |= {minutes, minutes / 60}
        missing = [n.text for n in numbers if not readable(n, value.unit, seen)]
        if missing:
            # "two decades" states 20 years, "a week to ten days" 7-10 days, "about a metre" 1 m
            seen |= _in_other_units(quoted, quote.readings())
            missing = [n.text for n in numbers if not readable(n, value.unit, seen)]
    if missing:
        return (
            f'value "{value.text}" is not what the quote says: '
            f'{" and ".join(sorted(missing))} not found in "{_short(claim.quote)}"'
        )
    return None


#: Units of time in seconds, by the words that name them, to read a span in another unit: the
#: extractor's sizes (``SPAN_SIZES``), a month being a mean month of 2,629,800 seconds; no
#: milliseconds, which no quote's "a" or unit of time here names.
_MONTH = 2629800
_SECONDS = {unit: size for unit, size in SPAN_SIZES[0].items() if unit != "ms"} | {
    unit: size * _MONTH for unit, size in SPAN_SIZES[1].items()
}
#: A unit of time after a number, or one of any unit after "a", "an" or "half a": "three
#: decades", "a week", "half a century", "about a metre", "over a tonne".
_TIME_AFTER_RE = re.compile(
    r"[ \t\u00a0]*(?:-[ \t\u00a0]*)?(?P<unit>"
    + "|".join(unit if unit != "century" else "centur(?:y|ies)" for unit in _SECONDS)
    + r")s?\b",
    re.IGNORECASE,
)
#: Between the two ends of a range, and between its end and the whole it is a share of.
_RANGE_GAP_RE = re.compile(r"\s*(?:-|–|to|and)\s*", re.IGNORECASE)
_IN_GAP_RE = re.compile(r"\s+in\s+(?:every\s+)?", re.IGNORECASE)
_ONE_OF_RE = re.compile(
    r"\b(?P<half>half[ \t\u00a0]+)?an?[ \t\u00a0]+(?P<unit>[a-z]+?)(?:s|es)?\b", re.IGNORECASE
)


def _in_other_units(quoted: str, read: list[Reading]) -> set[float]:
    """Numbers a quote says in words the extractor reads as another figure: spans of time in
    every other unit of time, one of a unit said with "a" (``_spans_and_ones``), and ranges of
    shares of one whole (``_range_shares``)."""
    spans = number_spans(quoted, read)
    return _spans_and_ones(quoted, spans) | _range_shares(quoted, spans)


def _spans_and_ones(quoted: str, spans: list[Reading]) -> set[float]:
    """The spans of time a quote says, in every other unit of time ("two decades": 20 years,
    240 months; "a week to ten days": 7 days), and one of any unit said with "a" ("about a
    metre", "over a tonne": 1)."""
    found: list[tuple[float, str]] = []
    seen: set[float] = set()
    for _, end, value in spans:
        unit = _TIME_AFTER_RE.match(quoted, end)
        if unit is not None:
            found.append((value, _time_unit(unit["unit"])))
    for one in _ONE_OF_RE.finditer(quoted):
        amount = 0.5 if one["half"] else 1.0
        word = one["unit"].lower()
        named = _time_unit(word)
        if named in _SECONDS:
            found.append((amount, named))
        elif canonical_unit(word) is not None or canonical_unit(word + "s") is not None:
            seen.add(amount)  # "about a metre", "over a ton"
    for amount, named in found:
        seconds = amount * _SECONDS[named]
        seen |= {float(f"{seconds / each:.9g}") for each in _SECONDS.values()}
    return seen


def _time_unit(word: str) -> str:
    """The key of ``_SECONDS`` a unit word of time names ("centuries", "centuri" of
    ``_ONE_OF_RE``: ``century``); other words as they are, in lower case."""
    word = word.lower()
    return "century" if word in ("centuries", "centuri") else word


def _range_shares(quoted: str, spans: list[Reading]) -> set[float]:
    """The shares a range of one whole states: "between 1 and 3 in every 100 adults" 0.01 and
    0.03, "between one and three in ten" 0.1 (the high end is read as one share, 0.3)."""
    seen: set[float] = set()
    for first, second, whole in zip(spans, spans[1:], spans[2:], strict=False):
        if (
            _RANGE_GAP_RE.fullmatch(quoted, first[1], second[0])
            and _IN_GAP_RE.fullmatch(quoted, second[1], whole[0])
            and whole[2]
        ):
            seen |= {first[2] / whole[2], second[2] / whole[2]}
    for low, share in itertools.pairwise(spans):
        share_text = quoted[share[0] : share[1]]
        said_in = _IN_GAP_RE.search(share_text)
        if said_in is not None and _RANGE_GAP_RE.fullmatch(quoted, low[1], share[0]):
            parts = number_spans(share_text[said_in.start() :])
            if parts and parts[-1][2]:
                seen.add(low[2] / parts[-1][2])
    return seen


@functools.cache
def unit_after_pattern() -> re.Pattern[str]:
    """A unit written after a number, in any spelling (see values.spellings): what ``_UnitAfter``
    finds faster (compiled only when asked for: it takes longer than anchoring a thousand claims)."""
    return re.compile(rf"\s*({UNIT_WORD}){UNIT_END}", re.IGNORECASE)


class _UnitAfter:
    """``unit_after_pattern().match(text, at)``'s spelling, found without trying every spelling in turn.

    The pattern's spellings are tried longest first, each must end where ``UNIT_END`` holds
    (end of text, or a character that is not a word character), and matching ignores case. So
    only the lengths that reach such an end need trying, longest first; a candidate of ASCII
    characters is a spelling if its lower case is an ASCII spelling's (no spelling with other
    characters matches ASCII text, ignoring case: tested), any other is asked of the pattern of
    the spellings of its length. Either way the text matched is the same."""

    def __init__(self) -> None:
        spellings = list(UNIT_SPELLINGS)  # what UNIT_WORD is made of
        self.longest = max(map(len, spellings))
        self.ascii: dict[int, frozenset[str]] = {}
        self.other: dict[int, re.Pattern[str]] = {}
        for length in {len(w) for w in spellings}:
            words = sorted(w for w in spellings if len(w) == length)
            self.ascii[length] = frozenset(w.lower() for w in words if w.isascii())
            self.other[length] = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
        self.end = re.compile(UNIT_END, re.IGNORECASE)

    def __call__(self, text: str, at: int) -> str | None:
        start = _SPACES.match(text, at).end()  # type: ignore[union-attr]
        limit = start + self.longest
        ends = [m.start() for m in _NOT_WORD.finditer(text, start + 1, limit + 1)]
        if len(text) <= limit:
            ends.append(len(text))
        for end in reversed(ends):
            length = end - start
            if length not in self.ascii:
                continue
            candidate = text[start:end]
            if candidate.isascii():
                if candidate.lower() not in self.ascii[length]:
                    continue
            elif not self.other[length].fullmatch(candidate):
                continue
            if self.end.match(text, end):
                return candidate
        return None


_SPACES = re.compile(r"\s*")
_NOT_WORD = re.compile(r"\W")


def _unit_mismatch(number: str, unit: str | None, quote: str) -> str | None:
    """A problem when the quote names another unit right after every place it writes the value's
    number ("14 days" for "14 weeks"; "over the next 10 years is 10% or greater" is fine)."""
    wanted = canonical_unit(unit) if unit else None
    if wanted is None:
        return None
    said_last = None
    for end in _standing(number, quote):
        word = _unit_after(quote, end) or ""
        if word == "s" and quote.startswith("s", end):
            word = ""  # "over-75s", "the 1990s": a plural of the number, not seconds
        said = canonical_unit(word) if word else None
        if said is None or said == wanted or CURRENCY_WORDS.get(word.lower()) == wanted:
            return None
        if wanted.partition("/")[0] == said and re.search(r"\b(?:a|per|each)\s+second\b", quote):
            return None  # "45 MB of CSV a second": the rate's size, its second said after
        said_last = word
    if said_last is None:
        return None
    return f'value is in {unit} but the quote says "{number} {said_last}"'


_unit_after = _UnitAfter()


def _standing(number: str, quote: str) -> Iterator[int]:
    r"""Where each place the number stands alone in the quote ends, as
    ``re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d])", quote)`` finds them."""
    at = quote.find(number)
    while at >= 0:
        end = at + len(number)
        before = quote[at - 1] if at else ""
        if not (before.isdecimal() or before == ".") and not quote[end : end + 1].isdecimal():
            yield end
            at = quote.find(number, end)  # matches do not overlap
        else:
            at = quote.find(number, at + 1)


def _written(number: str, quote: str) -> bool:
    """Whether the number's digits stand in the quote as a whole number (4.5 is not in 14.5)."""
    at = quote.find(number)
    while at >= 0:
        before = quote[at - 1 : at]
        after = quote[at + len(number) : at + len(number) + 2]
        # Minutes after an hour ("30" of "7:30") are no number of their own, nor is the hour.
        minutes = before == ":" and quote[at - 2 : at - 1].isdigit()
        if not (before.isdigit() or (before and before in ".,") or minutes) and not (
            after[:1].isdigit() or (after[:1] in ".,:" and after[1:2].isdigit())
        ):
            return True
        at = quote.find(number, at + 1)
    return False


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claimed_spans(
    text: str, claim: Claim, read: list[Reading] | None = None
) -> list[tuple[int, int]]:
    """``(start, end)`` of the numbers in ``text`` that the claim's value states, with their unit.

    A number counts when the value's low or high end can be read from it (``readable``: "1/5th"
    for 20 %, "two" for 2), whatever the unit; a ``%`` or the value's own unit right after it is
    lit with it. Offsets are Python string indices (code points). ``read`` is the text's
    ``readings`` when already known.
    """
    value = claim.value
    if value.unit == clock.UNIT:
        ends = {_minute(n.value) for n in (value.low, value.high) if n is not None}
        spans = {
            (start, end) for start, end, hours in clock_readings(text) if _minute(hours) in ends
        }
        return sorted(spans)
    if value.unit == versions.UNIT:
        found = {
            span for n in (value.low, value.high) if n for span in _release_spans(n.text, text)
        }
        return sorted(found)
    if read is None:
        read = readings(text)
    stated = [
        _lit(text, start, end, value.unit)
        for start, end, number in number_spans(text, read)
        if _states(number, claim)
    ]
    if stated:
        return stated
    # A number read only inside a longer reading where it stands: the 135 and the 85 of a blood
    # pressure "135/85 mmHg" (where it stands, the pair reads as one fraction).
    return sorted(
        {
            _lit(text, start, end, value.unit)
            for start, end, number in read
            if _states(number, claim)
        }
    )


_WRITTEN_UNITS = (clock.UNIT, versions.UNIT)
"""Units whose values a quote states in a form of their own (a time of day, a release), never
as the number its first digits read."""


def _release_spans(release: str, text: str) -> list[tuple[int, int]]:
    """Where a release as written ("3.10") stands in ``text`` as a whole release: not inside
    another number or a longer release ("3.10" is not in "13.10" or "3.10.2"), with a "v" right
    before it ("v3.10")."""
    spans = []
    for end in _standing(release, text):
        if text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit():
            continue
        start = end - len(release)
        if text[start - 1 : start] in ("v", "V") and not text[start - 2 : start - 1].isalnum():
            start -= 1
        spans.append((start, end))
    return spans


def _minute(hours: float) -> int:
    """The minute of the day a time of day names (19.5 hours is minute 1170; 24:00 and, in a
    range past midnight, 24.5 hours are minutes 0 and 30)."""
    return round(hours * 60) % (24 * 60)


def _states(number: float, claim: Claim) -> bool:
    """Whether the value's low or high end can be read from a number of the quote."""
    value = claim.value
    numbers = {number} | _as_changes({number}, claim)
    return any(readable(n, value.unit, numbers) for n in (value.low, value.high) if n is not None)


def _as_changes(seen: set[float], claim: Claim) -> set[float]:
    """The percent changes (as fractions) that multiples of the quote state, for a claim of a
    change in % (``changes_from``: "doubled" states a rise of 100%, "halved" a fall of 50%;
    ``extract.mentions.relative``); none for any other claim."""
    if claim.value.unit not in ("%", "percent") or not claim.context:
        return set()
    return changes_from(seen, dict(claim.context).get(CHANGE, ""))
    direction = dict(claim.context).get(CHANGE)
    if direction == "up":
        return {x - 1 for x in seen if x > 1}
    if direction == "down":
        return {1 - (1 / x if x > 1 else x) for x in seen if x > 0}
    return set()


def _lit(text: str, start: int, end: int, unit: str | None) -> tuple[int, int]:
    """A number's span with the ``%`` or the value's unit right after it."""
    if text.startswith("%", end):
        return start, end + 1
    if unit and (after := _unit_right_after(unit).match(text, end)) is not None:
        return start, after.end()
    return start, end


@functools.cache
def _unit_right_after(unit: str) -> re.Pattern[str]:
    return re.compile(r"\s?(?:%|" + re.escape(unit) + r"(?!\w))")

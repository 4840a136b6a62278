"""Anchoring: find each claim's quote in its source and check the value is what the quote says."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.corpus.model import Claim, Source
from factcheck.report.findings import Location
from factcheck.text.numbers import NUMBER_WORDS, ONES, SCALE_WORDS, TENS
from factcheck.values.grammar import Number

_DIGITS = re.compile(r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\d.])\.\d+")
_DECADE = re.compile(r"(?<![\d.])(\d{3}0)['’]?s\b")
_MINUS = re.compile(r"(?:^|(?<=[^\w.,/-]))[-\u2212]\Z")
_FRACTION = re.compile(r"(?<![\d.])(\d+)\s*/\s*(\d+)")
_WORDS: dict[str, float] = {word: float(n) for word, n in NUMBER_WORDS.items()}
_WORDS.update(
    {
        "hundred": 100.0, "thousand": 1000.0, "million": 1e6, "billion": 1e9, "dozen": 12.0,
        "once": 1.0, "twice": 2.0, "thrice": 3.0, "half": 0.5, "third": 1 / 3, "quarter": 0.25,
        "single": 1.0, "double": 2.0, "triple": 3.0, "fifth": 0.2, "tenth": 0.1,
        "doubles": 2.0, "doubled": 2.0, "triples": 3.0, "tripled": 3.0,
    }
)  # fmt: skip
_NUMBER_OR_WORD = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)"
# "1 in 4", "one in five", "nine in ten", "one in 10,000": a share.
_ONE_IN = re.compile(rf"\b{_NUMBER_OR_WORD}\s+in\s+{_NUMBER_OR_WORD}\b", re.IGNORECASE)
# "two-thirds", "three quarters": a fraction in words.
_PARTS = {"thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10}
_WORD_FRACTION = re.compile(r"\b([a-z]+)[- ](" + "|".join(_PARTS) + r")\b", re.IGNORECASE)
# "an hour", "a day": one of a unit of time.
_A_UNIT = re.compile(r"\ban?\s+(?:second|minute|hour|day|night|week|month|year)\b", re.I)
_WORD = re.compile(
    r"\b(?:("
    + "|".join(TENS)
    + r")[- ]("
    + "|".join(ONES)
    + r")|("
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r"))(?:fold)?\b",
    re.IGNORECASE,
)  # fmt: skip  ("fivefold" reads as 5)
_SCALE = re.compile(r"(\d+(?:\.\d+)?|\b[a-z]+)\s+(" + "|".join(SCALE_WORDS) + r")\b", re.IGNORECASE)


def numbers_in(quote: str) -> set[float]:
    """Every number a reader can see in a quote: digits, decimals, fractions and number words."""
    found: set[float] = set()
    for match in _DIGITS.finditer(quote):
        number = float(match.group().replace(",", ""))
        found.add(number)
        if _MINUS.search(quote, max(0, match.start() - 2), match.start()):
            found.add(-number)  # "-15 °C", "−12 °C" (a minus sign, not a dash after a word)
    for match in _DECADE.finditer(quote):
        # "the 1980s" reads as the range 1980-1989.
        found.add(float(match[1]) + 9)
    for match in _FRACTION.finditer(quote):
        if int(match[2]):
            found.add(int(match[1]) / int(match[2]))
    for match in _WORD.finditer(quote):
        if match[1]:
            found.add(_WORDS[match[1].lower()] + _WORDS[match[2].lower()])
        else:
            found.add(_WORDS[match[3].lower()])
    for match in _ONE_IN.finditer(quote):
        part, whole = (_number_or_word(match[i]) for i in (1, 2))
        if part is not None and whole:
            found.add(part / whole)
    for match in _WORD_FRACTION.finditer(quote):
        part = _WORDS.get(match[1].lower())
        if part is not None:
            found.add(part / _PARTS[match[2].lower()])
    if _A_UNIT.search(quote):
        found.add(1.0)
    # "two hundred", "1.5 million": a number followed by a scale word.
    for match in _SCALE.finditer(quote):
        base = _number_or_word(match[1])
        if base is not None:
            found.add(base * SCALE_WORDS[match[2].lower()])
    return {_rounded(x) for x in found}


def readable(number: Number, unit: str | None, seen: set[float]) -> bool:
    """Whether a value's number can be read from the quote's numbers (20 % from "1/5th"), as
    written or rounded to its last digit (33.3 % from "a third")."""
    candidates = [number.value]
    if unit in ("%", "percent"):
        candidates.append(number.value / 100)
    if any(_rounded(c) in seen for c in candidates):
        return True
    scale = 100 if unit in ("%", "percent") else 1
    return any(abs(x * scale - number.value) <= number.half for x in seen if x != int(x))


def _number_or_word(text: str) -> float | None:
    if text[0].isdigit():
        return float(text.replace(",", ""))
    return _WORDS.get(text.lower())


def _rounded(x: float) -> float:
    """Nine significant digits: 1/3 from a fraction matches 0.333333333 in a value."""
    return float(f"{x:.9g}")


def source_location(source: Source, span: tuple[int, int]) -> Location:
    """A finding's location for a [start, end) span of a source's text."""
    line, column = source.text.position(span[0])
    end_line, end_column = source.text.position(max(span[0], span[1] - 1))
    return Location(source.id, source.path, span, line, column, end_line, end_column + 1)


@dataclass(frozen=True)
class Anchor:
    """Where a claim's quote is in its source, or why it is not anchored."""

    span: tuple[int, int] | None
    """[start, end) of the quote in the source text; None when not found."""
    problem: str | None
    """Why the claim is unanchored; None when it is anchored."""


def anchor(claim: Claim, source: Source) -> Anchor:
    """Find the quote in the source and check the claim's numbers are readable from it."""
    span = source.text.find(claim.quote)
    if span is None:
        return Anchor(None, f'quote not found in {source.path}: "{_short(claim.quote)}"')
    value = claim.value
    if value.low is None or value.high is None:
        return Anchor(span, None)
    quoted = source.text.text[span[0] : span[1]]
    numbers = {value.low, value.high}
    if all(_written(n.text, quoted) for n in numbers):
        return Anchor(span, _unit_mismatch(value.high.text, value.unit, quoted))
    seen = numbers_in(quoted)
    missing = [n.text for n in numbers if not readable(n, value.unit, seen)]
    if missing:
        return Anchor(
            span,
            f'value "{value.text}" is not what the quote says: '
            f'{" and ".join(sorted(missing))} not found in "{_short(claim.quote)}"',
        )
    return Anchor(span, None)


# Unit words whose meaning is unambiguous, by canonical spelling: enough to catch a value
# written in another unit than its quote ("14 days" for "14 weeks"); other words are not judged.
_UNIT_WORDS = {
    "mg": "mg milligram milligrams", "µg": "µg mcg microgram micrograms", "g": "g gram grams",
    "kg": "kg kilogram kilograms", "ml": "ml milliliter milliliters millilitre millilitres",
    "%": "% percent per-cent", "s": "s sec secs second seconds", "min": "min mins minute minutes",
    "h": "h hr hrs hour hours", "day": "day days", "week": "week weeks wk wks",
    "month": "month months", "year": "year years yr yrs",
}  # fmt: skip
_CANONICAL_UNIT = {
    word.replace("\u03bc", "\u00b5"): unit
    for unit, words in _UNIT_WORDS.items()
    for word in words.split()
}
_UNIT_AFTER = re.compile(r"\s*(%|[^\W\d_]+)")


def _unit_mismatch(number: str, unit: str | None, quote: str) -> str | None:
    """A problem when the quote names another unit right after every place it writes the value's
    number ("14 days" for "14 weeks"; "over the next 10 years is 10% or greater" is fine)."""
    wanted = _CANONICAL_UNIT.get((unit or "").lower().replace("\u03bc", "\u00b5"))
    if wanted is None:
        return None
    said_last = None
    for match in re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d])", quote):
        after = _UNIT_AFTER.match(quote, match.end())
        word = after.group(1) if after else ""
        said = _CANONICAL_UNIT.get(word.lower().replace("\u03bc", "\u00b5"))
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


def number_spans(text: str) -> list[tuple[int, int, float]]:
    """Where a reader sees numbers in a text: ``(start, end, value)`` of digits, fractions and
    number words, in text order, without overlaps (``1/5`` is one fraction, not 1 and 5)."""
    found: list[tuple[int, int, float]] = []
    for match in _FRACTION.finditer(text):
        if int(match[2]):
            found.append((match.start(), match.end(), int(match[1]) / int(match[2])))
    for match in _DIGITS.finditer(text):
        found.append((match.start(), match.end(), float(match.group().replace(",", ""))))
    for match in _WORD.finditer(text):
        if match[1]:
            value = _WORDS[match[1].lower()] + _WORDS[match[2].lower()]
        else:
            value = _WORDS[match[3].lower()]
        found.append((match.start(), match.end(), value))
    # Longest first at each start, then drop whatever overlaps a span already kept.
    found.sort(key=lambda span: (span[0], span[0] - span[1]))
    kept: list[tuple[int, int, float]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept

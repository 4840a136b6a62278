"""The reader of numbers in prose: digits, number words, fractions, scale words and page furniture.

Anchoring reads a quote's numbers here, coverage counts a source's numbers here, and the reports
light numbers up with the spans found here, so that every stage sees the same numbers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from factcheck.values.grammar import MAX_NUMBER_LENGTH, Number

ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    **{word: n for n, word in enumerate(ONES, start=1)},
    **{word: n for n, word in enumerate(TEENS, start=10)},
    **{word: 20 + 10 * n for n, word in enumerate(TENS)},
}
"""zero to nineteen and the tens; compounds such as "twenty-five" add a tens word and a one."""

SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
"""Words that multiply the number before them ("1.5 million", "two hundred")."""

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
        number = _float(match.group())
        if number is None:
            continue
        found.add(number)
        if _MINUS.search(quote, max(0, match.start() - 2), match.start()):
            found.add(-number)  # "-15 °C", "−12 °C" (a minus sign, not a dash after a word)
    for match in _DECADE.finditer(quote):
        # "the 1980s" reads as the range 1980-1989.
        found.add(float(match[1]) + 9)
    for match in _FRACTION.finditer(quote):
        if (fraction := _fraction(match)) is not None:
            found.add(fraction)
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
        return _float(text)
    return _WORDS.get(text.lower())


def _float(digits: str) -> float | None:
    """Written digits ("1,000", "4.5") as a number; None past ``MAX_NUMBER_LENGTH`` characters,
    so that every number read is finite and bounded (a run of 5,000 digits is no number)."""
    return float(digits.replace(",", "")) if len(digits) <= MAX_NUMBER_LENGTH else None


def _fraction(match: re.Match[str]) -> float | None:
    """The value of a ``_FRACTION`` match ("1/5"); None for a zero or over-long denominator."""
    numerator, denominator = _float(match[1]), _float(match[2])
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def _rounded(x: float) -> float:
    """Nine significant digits: 1/3 from a fraction matches 0.333333333 in a value."""
    return float(f"{x:.9g}")


def number_spans(text: str) -> list[tuple[int, int, float]]:
    """Where a reader sees numbers in a text: ``(start, end, value)`` of digits, fractions and
    number words, in text order, without overlaps (``1/5`` is one fraction, not 1 and 5)."""
    found: list[tuple[int, int, float]] = []
    for match in _FRACTION.finditer(text):
        if (fraction := _fraction(match)) is not None:
            found.append((match.start(), match.end(), fraction))
    for match in _DIGITS.finditer(text):
        if (number := _float(match.group())) is not None:
            found.append((match.start(), match.end(), number))
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


_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Spans whose numbers are page furniture, not claims.
_NOT_CLAIMS = re.compile(
    "|".join(
        [
            rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",  # March 3, 2024
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b",  # 3 March 2024
            rf"\b{_MONTH}\s+\d{{4}}\b",  # March 2024
            rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*%)",  # Nov 10
            r"\b\d{4}-\d{2}-\d{2}\b",  # 2024-03-01
            r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",  # 3/1/2024
            r"\b\d{1,2}:\d{2}\b",  # 10:30
            r"\[\d+(?:\s*[,–-]\s*\d+)*\]",  # citation markers [3], [4-6]
            r"https?://\S+|www\.\S+",  # links
            r"\]\([^)\s]*\)",  # markdown link targets
            r"^[ \t>]*\d{1,3}[.)-](?=\s)",  # list numbering: 1. 1) 1-
            r"^[ \t#>*_-]*(?:(?:written |reviewed |medically reviewed )?by\s|published|"
            r"updated|last updated|posted|last reviewed|©|copyright).*$",  # bylines
            r"^.*\b\d+\s*min(?:ute)?s?\s+read\b.*$",  # "5 min read"
        ]
    ),
    re.IGNORECASE | re.MULTILINE,
)


def countable_numbers(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the numbers in a text that could be claims, in text order.

    Left out: dates, times, list numbering, citation markers, links, byline lines, and digits
    that belong to names (``B12``, ``TLR-4``, ``COVID-19``).
    """
    excluded = merged_spans(m.span() for m in _NOT_CLAIMS.finditer(text))
    spans = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue
        if not inside(excluded, start, end):
            spans.append((start, end))
    return spans


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the sorted, disjoint spans (log time)."""
    at = bisect.bisect_right(merged, (start, float("inf"))) - 1
    return at >= 0 and merged[at][0] <= start and end <= merged[at][1]

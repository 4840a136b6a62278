"""Every number a reader sees in a quote (anchoring) and where it stands (highlighting)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from factcheck.text.numbers.forms import (
    A_UNIT,
    AND_A_HALF,
    COUNT_WORDS,
    DECADE_SUFFIX,
    DECADE_YEAR,
    DIGITS,
    EQUAL_PARTS,
    FOLD,
    FRACTION,
    FRACTION_WORDS,
    IN_SHARE,
    MULTIPLIER_WORDS,
    SCALE_WORDS,
    TIMES_WORDS,
    WORD_FRACTION,
    WORD_NUMBER_BODY,
    digits_value,
    exponent,
    fraction_parts,
    fraction_value,
    half_scale,
    minus_before,
    noun_in_share,
    scale_letter,
    scaled,
    share,
    too_long,
    word_value,
)
from factcheck.text.numbers.times import times
from factcheck.values.grammar import Number

# Words a quote may state a number with besides the number words: "a dozen", "twice", "a third".
_WORDS: dict[str, float] = {
    **SCALE_WORDS,
    **COUNT_WORDS,
    **TIMES_WORDS,
    **MULTIPLIER_WORDS,
    **{word: 1 / parts for word, parts in FRACTION_WORDS.items()},
    "pair": 2.0,  # "a pair of trial calls"
}
_DIGITS = re.compile(rf"(?<![\d.]){DIGITS}")
_FRACTION = re.compile(FRACTION)
_DECADE = re.compile(rf"(?<![\d.])({DECADE_YEAR}){DECADE_SUFFIX}")
_WORD = re.compile(
    rf"\b(?:(?P<number>{WORD_NUMBER_BODY})|(?P<other>"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + rf"))(?:{FOLD}|\b)",  # "fivefold" reads as 5
    re.IGNORECASE,
)
_WORD_FRACTION = re.compile(WORD_FRACTION, re.IGNORECASE)
# A decade of a person's life: "in his 70s", "in her early 30s".
_LIFE_DECADE = re.compile(
    r"\b(?:his|her|their|my|your|our)[ \t]+(?:(?P<part>early|mid|late)[ \t-]*)?(?P<tens>[1-9]0)s\b",
    re.IGNORECASE,
)
_LIFE_PARTS = {"": (0.0, 9.0), "early": (0.0, 3.0), "mid": (4.0, 6.0), "late": (7.0, 9.0)}
_EQUAL_PARTS = re.compile(EQUAL_PARTS, re.IGNORECASE)
_IN_SHARE = re.compile(IN_SHARE, re.IGNORECASE)
# "an hour", "a day", "a full week": one of a unit of time.
_A_UNIT = re.compile(A_UNIT, re.IGNORECASE)
_AND_A_HALF = re.compile(AND_A_HALF, re.IGNORECASE)


Reading = tuple[int, int, float]
"""``(start, end, value)``: one way a reader may read a number in a text."""


def readings(text: str) -> list[Reading]:
    """Every way a reader may read a number in ``text`` (they overlap), for ``numbers_in`` and
    ``number_spans`` to share when both are asked of one text."""
    return list(_readings(text))


def numbers_in(quote: str, read: list[Reading] | None = None) -> set[float]:
    """Every number a reader can see in a quote: digits, decimals, fractions and number words,
    as written, signed, scaled ("1.5 million"), as shares ("1 in 4") and decades ("1980s");
    ``read`` is the quote's ``readings`` when already known."""
    found = {value for _, _, value in (_readings(quote) if read is None else read)}
    for match in _DECADE.finditer(quote):
        # "the 1980s" reads as the range 1980-1989 (1980 is read as digits).
        found.add(float(match[1]) + 9)
    for match in _LIFE_DECADE.finditer(quote):
        # "in his 70s" is 70 to 79 years old, "in her early 30s" 30 to 33 (30 is read as digits).
        first, last = _LIFE_PARTS[(match["part"] or "").lower()]
        found.update({float(match["tens"]) + first, float(match["tens"]) + last})
    return {_rounded(x) for x in found}


def _readings(text: str) -> Iterator[Reading]:
    """``(start, end, value)`` of every way a reader may read a number in ``text``; readings
    overlap ("1.5 million" is read as 1.5, a million and 1,500,000)."""
    for match in _FRACTION.finditer(text):
        if too_long(match.group()):
            continue  # a 400-digit fraction is no number
        numerator, denominator = fraction_parts(match.group())
        if denominator:
            yield match.start(), match.end(), numerator / denominator
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if too_long(match.group()):
            continue
        number = digits_value(match.group())
        yield start, end, number
        sign = minus_before(text, start)
        if sign is not None:
            yield sign, end, -number  # "-15 °C", "−12 °C" (a minus sign, not a dash after a word)
        yield from _after(text, start, end, number)
    for match in _WORD.finditer(text):
        start, end = match.span()
        number = _word_value(match)
        yield start, end, number
        yield from _after(text, start, end, number)
    for match in _WORD_FRACTION.finditer(text):
        yield match.start(), match.end(), fraction_value(match.group())
    for match in _A_UNIT.finditer(text):
        yield match.start(), match.end(), 1.0
        half = _AND_A_HALF.match(text, match.end())
        if half is not None:
            yield match.start(), half.end(), 1.5  # "a year and a half"
    for match in _EQUAL_PARTS.finditer(text):
        yield match.start(), match.end(), 1.0
    yield from half_scale(text)


def _word_value(match: re.Match[str]) -> float:
    if match["number"]:
        return word_value(match["number"])
    return _WORDS[match["other"].lower()]


def _after(text: str, start: int, end: int, number: float) -> Iterator[tuple[int, int, float]]:
    """What the words after a number make of it: "1.5 million", "1 in 4", "$13.6M", "3e8",
    "two and a half"."""
    half = _AND_A_HALF.match(text, end) if number.is_integer() else None
    if half is not None:
        yield start, half.end(), number + 0.5
    value, scaled_end = scaled(text, end, number)
    if scaled_end != end:
        yield start, scaled_end, value
    letter = scale_letter(text, end, money=True)  # "$13.6M", "25k"; a metre reads as written
    if letter is not None:
        yield start, letter[1], round(number * letter[0], 6)
    power, power_end = exponent(text, end, number)
    if power_end != end:
        yield start, power_end, power
    in_share = _IN_SHARE.match(text, end) or noun_in_share(text, end, number)
    if in_share is not None:
        whole = in_share["in_digits"]
        if whole and too_long(whole):
            return
        ratio = share(number, digits_value(whole) if whole else word_value(in_share["in_word"]))
        if ratio is not None:
            yield start, in_share.end(), ratio


def clock_readings(text: str) -> Iterator[Reading]:
    """``(start, end, hours after midnight)`` of the times of day in ``text`` (``times``: "7:30
    pm" is 19.5, "22:00", "21h30", "noon", "half past seven"); a time that leaves its half of
    the day open is read both ways ("7:30" is 7.5 and 19.5)."""
    for time in times(text):
        yield time.start, time.end, time.hours
        if time.twelve:
            yield time.start, time.end, time.hours + 12


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


def changes_from(seen: set[float], direction: str) -> set[float]:
    """The percent changes (as fractions) that the multiples in ``seen`` state for a change
    ``up`` or ``down``: "doubled" (2) a rise of 100 % (1.0), "halved" (0.5) and "fell
    threefold" (3) a fall of 50 % and 66.7 %, "fell to a third" (1/3) one of 66.7 %. Empty for
    any other direction."""
    if direction == "up":
        return {x - 1 for x in seen if x > 1}
    if direction == "down":
        return {1 - (1 / x if x > 1 else x) for x in seen if x > 0}
    return set()


def _rounded(x: float) -> float:
    """Nine significant digits: 1/3 from a fraction matches 0.333333333 in a value."""
    return float(f"{x:.9g}")


def number_spans(text: str, read: list[Reading] | None = None) -> list[Reading]:
    """Where a reader sees numbers in a text: ``(start, end, value)`` of digits, fractions and
    number words, in text order, without overlaps: the longest reading at each place wins
    (``1/5`` is one fraction, not 1 and 5; "1.5 million" is 1,500,000). ``read`` is the text's
    ``readings`` when already known."""
    found = sorted(
        _readings(text) if read is None else read, key=lambda span: (span[0], span[0] - span[1])
    )
    kept: list[Reading] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def leading_digits(text: str) -> Reading | None:
    """``number_spans(text)[0]`` when the text's first reading is its first digits, found
    without reading the rest of the text (anchoring asks this of every claim); None when that
    cannot be told so (no digits, or another reading starts at or before them).

    The first span ``number_spans`` keeps is the longest reading at the least start (the first
    such in ``_readings``' order when two are as long). When no fraction, number word, word
    fraction, "a day", "equal parts" or "half a million" starts at or before the first digits and no minus sign
    stands before them, the readings there are the digits' own and ``_after``'s, in that order."""
    match = _DIGITS.search(text)
    if match is None or too_long(match.group()) or not _first_at(text, match.start()):
        return None
    start, end = match.span()
    number = digits_value(match.group())
    first = (start, end, number)
    for reading in _after(text, start, end, number):
        if reading[1] > first[1]:
            first = reading
    return first


def _first_at(text: str, start: int) -> bool:
    """Whether the digits at ``start`` (the text's first) are where its first readings start,
    and only digits' readings start there.

    A fraction starts with digits, so only there. The word patterns (``_WORDS_ONLY``) match no
    digit, so a match of one starting at or before ``start`` ends before it, and its ``\\b``
    look at characters up to ``start``: searching the text up to its first digit finds it."""
    if minus_before(text, start) is not None or _FRACTION.match(text, start) is not None:
        return False
    return not _words_in(text[: start + 1])


@functools.lru_cache(maxsize=1 << 12)
def _words_in(head: str) -> bool:
    """Whether a word reading starts in ``head`` (a quote up to its first digit). Remembered:
    quotes often open alike ("about 4", "up to 1", "a figure of 2"), and searching a head with
    every word pattern costs several times looking it up."""
    for pattern in _WORDS_ONLY:
        if pattern.search(head) is not None:
            return True
    return next(half_scale(head), None) is not None


# The readings' patterns that match words and never a digit (half_scale's is one too).
_WORDS_ONLY = (_WORD, _WORD_FRACTION, _A_UNIT, _EQUAL_PARTS)

"""Values as intervals in their subject's unit, and the tolerance that widens comparisons."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.values import clock, versions
from factcheck.values.grammar import (
    MAX_MAGNITUDE,
    MAX_NUMBER_LENGTH,
    Number,
    Qualifier,
    Value,
    ValueSyntaxError,
    in_range,
)
from factcheck.values.spellings import canonical_unit
from factcheck.values.unitnames import plural_for, unit_words
from factcheck.values.units import Converter

APPROXIMATION = 0.10
"""How far ``~`` widens a number, relative to its size (``~30%`` covers 27-33 %); a share
above 50 %, relative to its complement (``~97%`` covers 96.5-97.5 %, its rounding); a number
written to a finer step than that, by ``APPROXIMATE_STEPS`` of it (``STEPS``)."""
APPROXIMATE_STEPS = 2
"""How many steps of its last digit other than 0 ``~`` widens a whole number of 100 or more at
most: "around 7,200" (hundreds) is 7,000-7,400, not 6,480-7,920, since a writer who rounds
6,850 writes "about 6,900" or "about 7,000". A last digit 5 steps by fives (``~7,250`` is
7,150-7,350, ``~1,500`` 1,350-1,650). Smaller numbers and fractions keep their 10 %: "about 97
mg" is said loosely, and "about a third" is written ``~33.3%``, digits nobody chose."""
APPROXIMATE_DECIBELS = 3.0
"""How far ``~`` widens a sound level: decibels are a logarithm, so 10 % of "about 91 dB" (9 dB,
eight times the sound energy) is no approximation; 3 dB, twice the energy, is."""
ROUNDING_SHARE = 0.05
"""The most a stated number's rounding covers, relative to its size: ``30%`` covers what rounds
to it (29.5-30.5 %), but ``1 hour`` covers 57-63 minutes, not 30-90 (half its last digit's place
would be half the number: small whole numbers are meant, not rounded)."""


@dataclass(frozen=True, order=True)
class Interval:
    """A set of real numbers between two ends, each open or closed."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def hull(self, other: Interval) -> Interval:
        """The smallest interval covering both."""
        lo = min((self.lo, self.lo_open), (other.lo, other.lo_open))
        hi = max((self.hi, not self.hi_open), (other.hi, not other.hi_open))
        return Interval(lo[0], hi[0], lo[1], not hi[1])


@dataclass(frozen=True)
class Tolerance:
    """How far apart two numbers may be and still agree: absolute, relative, or neither."""

    text: str
    """As written: ``0``, ``0.5``, ``5%``."""
    absolute: float = 0.0
    relative: float = 0.0

    @property
    def exact(self) -> bool:
        """No tolerance given: numbers then compare by their rounding (``30%`` is [29.5, 30.5))."""
        return self.absolute == 0 and self.relative == 0

    def allowed(self, magnitude: float) -> float:
        """The largest gap allowed between numbers of about this size."""
        return max(self.absolute, self.relative * abs(magnitude))


_TOLERANCE = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$")


def parse_tolerance(raw: object) -> Tolerance:
    """``0``, ``0.5`` (absolute, in the subject's unit) or ``"5%"`` (relative); ValueError otherwise."""
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise ValueError("tolerance must be a number or a percentage such as '5%'")
    if isinstance(raw, int | float) and not -MAX_MAGNITUDE <= raw <= MAX_MAGNITUDE:
        raise ValueError(f"tolerance is out of range (at most {MAX_MAGNITUDE:g})")
    text = str(raw)
    match = _TOLERANCE.match(text) if len(text) <= MAX_NUMBER_LENGTH else None
    if match is None or (isinstance(raw, float) and not math.isfinite(raw)):
        shown = repr(raw) if len(text) <= MAX_NUMBER_LENGTH else f"of {len(text):,} characters"
        raise ValueError(
            f"malformed tolerance {shown}: use a number (e.g. 0.5) or a percentage ('5%')"
        )
    amount = float(match[1])
    if not in_range(amount):
        raise ValueError(f"tolerance {raw!r} is out of range (at most {MAX_MAGNITUDE:g})")
    if match[2]:
        return Tolerance(str(raw), relative=amount / 100)
    return Tolerance(str(raw), absolute=amount)


@dataclass(frozen=True)
class Quantity:
    """A numeric value in its subject's unit: its two ends and the interval it covers."""

    lo: float
    """The stated low end (the number itself for single numbers and bounds)."""
    hi: float
    """The stated high end."""
    low: Interval
    """Where the low end may lie (its rounding, ``~`` widening); for a bound, where its limit
    lies."""
    high: Interval
    """Where the high end may lie."""
    whole: Interval
    """Every number the value admits; bounds are open-ended."""
    qualifier: Qualifier
    is_range: bool

    @property
    def side(self) -> str | None:
        """``lower`` for a lower bound (``>=1.5 L``), ``upper`` for an upper one, else None."""
        return _SIDES.get(self.qualifier)


_SIDES = {
    Qualifier.GT: "lower",
    Qualifier.GE: "lower",
    Qualifier.LT: "upper",
    Qualifier.LE: "upper",
}


class OutOfRange(ValueSyntaxError):
    """A value whose numbers, converted into its subject's unit, are not finite and bounded."""


def _converted(convert: Converter, x: float, *, end: bool = False) -> float:
    """``convert(x)``, finite and at most ``MAX_MAGNITUDE`` in size, or OutOfRange.

    An ``end`` (a number widened by its rounding or ``~``) may reach twice that.
    """
    try:
        y = convert(x)
    except ArithmeticError:  # OverflowError, ZeroDivisionError
        y = math.inf
    limit = 2 * MAX_MAGNITUDE if end else MAX_MAGNITUDE
    if not (math.isfinite(y) and abs(y) <= limit):
        raise OutOfRange(f"{x:g} becomes {y:g} (at most {limit:g})")
    return y


def _end(
    number: Number, convert: Converter, qualifier: Qualifier, rounding: bool, unit: str = ""
) -> Interval:
    half = number.half if rounding else 0.0
    if number.value:
        half = min(half, ROUNDING_SHARE * abs(number.value))
    if qualifier is Qualifier.APPROX:
        # A share is as near its complement as itself: "about 97 %" leaves about 3 % out, so it
        # widens by 10 % of the 3, not of the 97 (which would admit 87 %, four times as many out).
        size = abs(number.value)
        if unit == "%" and 0 <= number.value <= 100:
            size = min(size, 100 - number.value)
        spread = max(half, min(APPROXIMATION * size, _steps(number)))
        if unit == clock.UNIT:  # "around 8 pm" is a quarter of an hour either side
            spread = clock.APPROXIMATE_MINUTES / 60
        elif unit == "dB":
            spread = max(half, APPROXIMATE_DECIBELS)
        below = _converted(convert, number.value - spread, end=True)
        above = _converted(convert, number.value + spread, end=True)
        ends = sorted((below, above))
        return Interval(ends[0], ends[1])
    if half == 0:
        point = _converted(convert, number.value, end=True)
        return Interval(point, point)
    a = _converted(convert, number.value - half, end=True)
    b = _converted(convert, number.value + half, end=True)
    # A stated number stands for what rounds to it: [x - h, x + h).
    return Interval(a, b, hi_open=True) if a <= b else Interval(b, a, lo_open=True)


def _steps(number: Number) -> float:
    """How far ``~`` may widen ``number`` by the step its digits show: ``APPROXIMATE_STEPS`` of
    it for a whole number of 100 or more; infinite otherwise (then only ``APPROXIMATION``)."""
    if abs(number.value) < 100 or not float(number.value).is_integer():
        return math.inf
    return APPROXIMATE_STEPS * _step(number.text)


def _step(text: str) -> float:
    """The place of a number's last written digit other than 0, five times it when that digit
    is 5: ``7,200`` 100, ``7,250`` 50, ``1.6`` 0.1, ``45`` 5, ``1.26e9`` 1e7; infinite for 0."""
    mantissa, _, exponent = text.lstrip("+-~").replace(",", "").lower().partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).rstrip("0")
    if not digits.strip("0"):
        return math.inf
    place = len(whole) - len(digits)
    step = 10.0 ** (place + (int(exponent) if exponent.lstrip("+-").isdigit() else 0))
    return 5 * step if digits[-1] == "5" else step


def quantify(value: Value, convert: Converter, *, rounding: bool = True) -> Quantity:
    """The interval form of a numeric value, converted with ``convert`` into the subject's unit.

    With ``rounding`` (subjects without a tolerance) each number covers what rounds to it; a
    subject's explicit tolerance replaces rounding, so ``50`` and ``53`` differ by 3, not 2.
    Raises OutOfRange when a converted number is not finite or larger than ``MAX_MAGNITUDE``.
    """
    assert value.low is not None and value.high is not None
    if value.unit == versions.UNIT:
        return _versions(value, rounding=rounding)
    lo, hi = _converted(convert, value.low.value), _converted(convert, value.high.value)
    qualifier = value.qualifier
    if qualifier in (Qualifier.EQ, Qualifier.APPROX):
        unit = (canonical_unit(value.unit) or value.unit) if value.unit is not None else ""
        low = _end(value.low, convert, qualifier, rounding, unit)
        high = _end(value.high, convert, qualifier, rounding, unit)
        whole = Interval(low.lo, high.hi, low.lo_open, high.hi_open)
        return Quantity(lo, hi, low, high, whole, qualifier, value.is_range)
    # A bound states a limit: where its number may lie (its rounding) is where the limit lies,
    # which two bounds on the same side compare ("at most 6" and "at most 8" are two limits).
    limit = _end(value.low, convert, Qualifier.EQ, rounding)
    inf = math.inf
    whole = {
        Qualifier.GT: Interval(lo, inf, lo_open=True),
        Qualifier.GE: Interval(lo, inf),
        Qualifier.LT: Interval(-inf, lo, hi_open=True),
        Qualifier.LE: Interval(-inf, lo),
    }[qualifier]
    return Quantity(lo, hi, limit, limit, whole, qualifier, value.is_range)


def _versions(value: Value, *, rounding: bool) -> Quantity:
    """The interval form of a version value (``versions``): each version covers the releases its
    written parts name (without ``rounding``, only its key); a bound starts or ends at them."""
    assert value.low is not None and value.high is not None

    def covered(number: Number) -> Interval:
        start, end = versions.covers(versions.release(number.text))
        return Interval(start, end, hi_open=True) if rounding else Interval(start, start)

    low, high = covered(value.low), covered(value.high)
    qualifier = value.qualifier
    if not qualifier.bound:
        whole = Interval(low.lo, high.hi, hi_open=high.hi_open)
        return Quantity(low.lo, high.lo, low, high, whole, qualifier, value.is_range)
    inf = math.inf
    # "after 3.9" starts after every 3.9 release; "up to 3.9" ends after them.
    whole = {
        Qualifier.GT: Interval(low.hi, inf, lo_open=not rounding),
        Qualifier.GE: Interval(low.lo, inf),
        Qualifier.LT: Interval(-inf, low.lo, hi_open=True),
        Qualifier.LE: Interval(-inf, low.hi, hi_open=rounding),
    }[qualifier]
    return Quantity(low.lo, low.lo, low, low, whole, qualifier, value.is_range)


def gap(a: Interval, b: Interval) -> tuple[float, float] | None:
    """None if the intervals share a point; else the gap between them and the size of its ends."""
    if a.lo > b.lo or (a.lo == b.lo and a.lo_open):
        a, b = b, a
    if b.lo < a.hi or (b.lo == a.hi and not b.lo_open and not a.hi_open):
        return None
    return b.lo - a.hi, max(abs(b.lo), abs(a.hi))


def overlaps(a: Interval, b: Interval, tolerance: Tolerance) -> bool:
    """Whether two intervals share a point, or come within the tolerance of each other."""
    found = gap(a, b)
    if found is None:
        return True
    distance, magnitude = found
    allowed = tolerance.allowed(magnitude)
    return allowed > 0 and distance <= allowed * (1 + 1e-9)


SIGNIFICANT = 12
"""Significant digits that make two converted numbers the same value (0.5 mg and 500 µg)."""


def normalized(x: float) -> float:
    """A converted number rounded to ``SIGNIFICANT`` digits: what value groups and fingerprints
    compare, so that conversion noise (0.5000000000000001) never tells two values apart."""
    return float(f"{x:.{SIGNIFICANT}g}")


def number_text(x: float, unit: str | None, digits: int = 6) -> str:
    """``x`` and its unit as a report shows them: ``4.5 mg``, ``30%``, ``1 hour``, ``6 hours``,
    ``1.2 billion EUR``, ``19:30``; to ``digits`` significant digits."""
    if unit == clock.UNIT:
        return clock.shown(x)
    if unit == versions.UNIT:
        return versions.shown(x)
    text = _number(x, digits)
    if unit is None or unit == "dimensionless":  # counts and years read best bare: "400", "1984"
        return text
    shown = unit_words(unit, plural=plural_for(x))
    return f"{text}{shown}" if shown in ("%", "‰", "°") else f"{text} {shown}"


#: Scale words for numbers six significant digits cannot write without an exponent.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _number(x: float, digits: int = 6) -> str:
    """``digits`` significant digits, with a scale word past a million ("1.2 billion", not
    "1.2e+09": news figures are that large and read like that)."""
    text = f"{x:.{digits}g}"
    if "e" not in text:
        return text
    if abs(x) < 1:
        return text  # "1e-05": small figures keep their exponent
    scale, word = next((s for s in _SCALES if abs(x) >= s[0]), None) or (1.0, "")
    if not word:  # "8.8e+02" at two digits: the digits as an integer reads better
        return str(round(x))
    return f"{x / scale:.{digits}g} {word}"


def significant_digits(text: str) -> int:
    """How many significant digits a number is written with: ``14.2`` 3, ``1,200`` 4,
    ``1.26e9`` 3, ``0.05`` 1."""
    mantissa = text.lstrip("+-~").replace(",", "").lower().split("e")[0]
    digits = mantissa.replace(".", "").lstrip("0")
    return max(len(digits), 1)


def describe(quantity: Quantity, unit: str | None, digits: int = 6) -> str:
    """A quantity in words and its subject's unit: ``1.5-4.5 mg``, ``>24%``, ``~30%``; to
    ``digits`` significant digits (a figure converted from another unit is shown as precisely
    as it was written: 14.2 km is 8.82 miles, not 8.82347)."""
    if unit == versions.UNIT:
        return _version_text(quantity)
    if quantity.is_range:
        body = number_text(quantity.hi, unit, digits)
        low = clock.shown(quantity.lo) if unit == clock.UNIT else _number(quantity.lo, digits)
        text = f"{low}-{body}"
    else:
        text = number_text(quantity.lo, unit, digits)
    return text if quantity.qualifier is Qualifier.EQ else f"{quantity.qualifier}{text}"


def _version_text(quantity: Quantity) -> str:
    """A version quantity as the grammar writes it: ``v3.10``, ``>=v3.9``, ``v12-v15``; with as
    many parts as it was written with, where its interval tells."""
    low = versions.shown(quantity.lo, quantity.low.hi - quantity.low.lo)
    if quantity.is_range:
        return f"{low}-{versions.shown(quantity.hi, quantity.high.hi - quantity.high.lo)}"
    return low if quantity.qualifier is Qualifier.EQ else f"{quantity.qualifier}{low}"


_REFLECTED = {Qualifier.GT: Qualifier.LT, Qualifier.GE: Qualifier.LE, Qualifier.LT: Qualifier.GT,
              Qualifier.LE: Qualifier.GE}  # fmt: skip


def before(quantity: Quantity, year: float) -> Quantity:
    """The calendar years ``quantity`` (an elapsed time in years) before ``year``: "~20 years
    ago" on a page of 2026 is ~2006, "over 10 years ago" before 2016."""

    def flip(interval: Interval) -> Interval:
        if not interval.lo_open and interval.hi_open:
            # A stated number's rounding, [x - h, x + h), stays what rounds to the year it
            # reaches: "12 years ago" on a page of 2025 is [2012.5, 2013.5), as "2013" is, so
            # neither 2012 nor 2014 agrees with it (reflected, it was (2012.5, 2013.5], which
            # touched 2014's [2013.5, 2014.5) and agreed with the later year only).
            return Interval(year - interval.hi, year - interval.lo, hi_open=True)
        return Interval(year - interval.hi, year - interval.lo, interval.hi_open, interval.lo_open)

    return Quantity(
        year - quantity.hi,
        year - quantity.lo,
        flip(quantity.high),
        flip(quantity.low),
        flip(quantity.whole),
        _REFLECTED.get(quantity.qualifier, quantity.qualifier),
        quantity.is_range,
    )

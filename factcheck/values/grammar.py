"""The value grammar: what a claim's ``value`` says, parsed without guessing (no units from pint yet)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from factcheck.values import clock, versions
from factcheck.values.spellings import AGE_SPELLINGS, CLAIM_REWRITES, UNIT_SPELLINGS


class Qualifier(StrEnum):
    """How a stated number relates to the true quantity."""

    EQ = "="
    APPROX = "~"
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="

    @property
    def bound(self) -> bool:
        """A lower or upper bound (``>``, ``>=``, ``<``, ``<=``), not a number or approximation."""
        return self not in (Qualifier.EQ, Qualifier.APPROX)


class ValueSyntaxError(ValueError):
    """A value string that does not follow the grammar; the message says why."""


@dataclass(frozen=True)
class Number:
    """One number as written: its value and the half-width its rounding covers."""

    value: float
    """The number."""
    half: float
    """Half of the last written digit's place: ``4.5`` -> 0.05, ``400`` -> 0.5."""
    text: str
    """The digits as written, e.g. ``1,000``."""


@dataclass(frozen=True)
class Value:
    """A parsed claim value, in the unit it was written in."""

    text: str
    """The value as written in the claims file."""
    low: Number | None
    """Lower end (the number itself for single numbers and bounds); None for labels."""
    high: Number | None
    """Upper end; equal to ``low`` for single numbers; None for labels."""
    unit: str | None
    """Unit word as written (``mg``, ``%``, ``weeks``), None when unitless or a label."""
    qualifier: Qualifier
    """``=`` for plain numbers and ranges, ``~`` for approximations, or a bound."""
    is_range: bool
    """True when two ends were written (``1.5-4.5 mg``)."""
    label: str | None = None
    """Normalized label for ``kind: label`` subjects (``bedtime``); None for numbers."""
    ago: bool = False
    """An elapsed time before the source's date (``~20 years ago``): a calendar year once the
    source's ``date`` is known (see ``quantity.before``)."""

    @property
    def is_label(self) -> bool:
        return self.label is not None


_NUM = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+(?:[eE][-+]?\d+)?"
_QUALIFIER = r"~|≈|>=|<=|≥|≤|>|<"
_UNIT = r"[^\W\d_]|[%‰°µμ]"  # a unit starts with a letter or a symbol such as % or µ
_VALUE_RE = re.compile(
    rf"""^(?P<q>{_QUALIFIER})?\s*
    (?P<lo>{_NUM})\s*
    (?:(?P<lounit>(?!to\b)(?:{_UNIT})[^\d]*?)?\s*(?:-|–|—|\bto\b)\s*(?P<hi>{_NUM})\s*)?
    (?P<unit>(?:{_UNIT}).*?)?\s*$""",
    re.VERBOSE,
)
_QUALIFIERS = {"~": "~", "≈": "~", ">=": ">=", "≥": ">=", "<=": "<=", "≤": "<=", ">": ">", "<": "<"}
_SPACES = re.compile(r"\s+")
_AGO_RE = re.compile(r"\s+ago$", re.IGNORECASE)


MAX_MAGNITUDE = 1e300
"""The largest size of any number a value holds, as written and after conversion: far beyond any
real quantity, yet sums and differences of two such numbers stay finite."""
MAX_NUMBER_LENGTH = 100
#: Values in words that a figure's subject (``kind: value`` or ``range``) may hold beside its
#: numbers, as casefolded labels: a count that is the machine's size ("one worker per CPU
#: core", "Defaults to the number of CPU cores") and a limit that is none. Each is a label to
#: `check`: it agrees with the same words and conflicts with every number.
WORD_VALUES = frozenset({"number of cpu cores", "unlimited"})
"""The most characters one written number may have (digits, separators, exponent)."""


def shown(text: str, limit: int = 40) -> str:
    """``text`` for a message, shortened in the middle when long (a number of 5,000 digits)."""
    if len(text) <= limit:
        return repr(text)
    keep = (limit - 5) // 2
    return repr(f"{text[:keep]}...{text[-keep:]}") + f" ({len(text):,} characters)"


def in_range(x: float) -> bool:
    """Whether ``x`` is finite and at most ``MAX_MAGNITUDE`` in size."""
    return math.isfinite(x) and abs(x) <= MAX_MAGNITUDE


def read_number(text: str) -> Number:
    """A number as written ("1,000", "4.5", "2e3") with the half-width its rounding covers.

    Raises ValueSyntaxError for a number longer than ``MAX_NUMBER_LENGTH`` characters or larger
    than ``MAX_MAGNITUDE``: every number read is finite and bounded.
    """
    if len(text) > MAX_NUMBER_LENGTH:
        raise ValueSyntaxError(
            f"number {shown(text)} is too long (at most {MAX_NUMBER_LENGTH} characters)"
        )
    digits = text.replace(",", "")
    mantissa, _, exponent = digits.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    value = float(digits)
    try:
        half = 0.5 * 10.0 ** (int(exponent or 0) - decimals)
    except OverflowError:
        half = math.inf
    underflow = value == 0 and any(ch in "123456789" for ch in mantissa)
    if underflow or not (in_range(value) and in_range(half)):
        raise ValueSyntaxError(f"number {shown(text)} is out of range (at most {MAX_MAGNITUDE:g})")
    return Number(value=value, half=half, text=text)


def normalize_unit(unit: str) -> str:
    """Spell a unit word the one way pint reads it (``μg`` and ``mcg`` are ``µg``, ``years
    old`` is ``year_of_age``)."""
    unit = _SPACES.sub(" ", unit.strip()).replace("μ", "µ")
    if unit.lower() in AGE_SPELLINGS:
        return AGE_SPELLINGS[unit.lower()]
    return UNIT_SPELLINGS[unit.lower()] if unit.lower() in CLAIM_REWRITES else unit


def _time_of_day(text: str) -> Value | None:
    """A time of day or a range of them (``19:30``, ``7:30 pm``, ``8-8:30 pm``), in hours after
    midnight (``clock``); None when ``text`` is no time of day."""
    try:
        read = clock.read(text)
    except clock.ClockError as error:
        raise ValueSyntaxError(str(error)) from None
    if read is None:
        return None
    mark, (low, low_text), end = read
    qualifier = Qualifier(_QUALIFIERS.get(mark or "", "="))
    first = Number(low, clock.HALF, low_text)
    if end is None:
        return Value(text, first, first, clock.UNIT, qualifier, is_range=False)
    if qualifier.bound:
        raise ValueSyntaxError(f"range {text!r} cannot also be a bound")
    return Value(text, first, Number(end[0], clock.HALF, end[1]), clock.UNIT, qualifier, True)


def _version(text: str) -> Value | None:
    """A software version or a range or bound of them (``v3.10``, ``>=v3.9``, ``v12-v15``) in the
    unit ``version`` (``versions``); None when ``text`` is not written as one."""
    if not versions.looks_like(text):
        return None
    try:
        read = versions.read(text)
    except versions.VersionError as error:
        raise ValueSyntaxError(str(error)) from None
    if read is None:
        raise ValueSyntaxError(
            f"cannot read {shown(text, 200)} as a version: expected e.g. 'v3.10', '>=v3.9', "
            "'v12-v15'"
        )
    mark, low_text, high_text = read
    qualifier = Qualifier(_QUALIFIERS.get(mark or "", "="))
    if qualifier is Qualifier.APPROX:
        raise ValueSyntaxError(f"version {text!r} cannot be approximate: write 'v3.9' or '>=v3.9'")
    low = _release(low_text)
    if high_text is None:
        return Value(text, low, low, versions.UNIT, qualifier, is_range=False)
    if qualifier.bound:
        raise ValueSyntaxError(f"range {text!r} cannot also be a bound")
    high = _release(high_text)
    if low.value > high.value:
        raise ValueSyntaxError(f"range {text!r} has its low end above its high end")
    return Value(text, low, high, versions.UNIT, qualifier, is_range=True)


def _release(written: str) -> Number:
    """One version of a value as a Number: its sort key, half of what it covers, as written."""
    start, end = versions.covers(versions.release(written))
    return Number(value=start, half=(end - start) / 2, text=written)


#: Words that multiply the number before them in a value: "1.26 billion EUR", "640 million".
_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_SCALE_RE = re.compile(rf"({'|'.join(_SCALES)})\b\s*", re.IGNORECASE)


def _scale(unit: str | None) -> tuple[int | None, str | None]:
    """The power of ten a scale word opening ``unit`` gives, and the unit after it: "billion
    EUR" is (9, "EUR"), "million" (6, None), "mg" (None, "mg")."""
    found = _SCALE_RE.match(unit) if unit else None
    if found is None:
        return None, unit
    return _SCALES[found[1].lower()], unit[found.end() :] or None  # type: ignore[index]


def _scaled(number: Number, power: int | None, text: str) -> Number:
    """``number`` times ten to ``power``, rounded as written: "1.26 billion" stands for what
    rounds to 1.26 billion (to ten million), as ``1.26e9`` does, and keeps that precision."""
    if power is None:
        return number
    if "e" in number.text.lower():
        raise ValueSyntaxError(f"{text!r} gives both an exponent and a scale word: write one")
    return read_number(f"{number.text}e{power}")


def parse_value(raw: str | int | float) -> Value:
    """Parse one claim value: a number, range, bound or approximation with an optional unit.

    Strings without any digit are labels. Raises ValueSyntaxError for anything else.
    """
    if isinstance(raw, bool):
        raise ValueSyntaxError("a value must be a number or a string, not true/false")
    if isinstance(raw, int | float):
        # Compared before any conversion: an int of 5,000 digits is neither a float nor a str.
        if not -MAX_MAGNITUDE <= raw <= MAX_MAGNITUDE:  # NaN fails too
            written = "a number of over 300 digits" if isinstance(raw, int) else repr(raw)
            raise ValueSyntaxError(f"{written} is out of range (at most {MAX_MAGNITUDE:g})")
        number = read_number(repr(raw) if isinstance(raw, float) else str(raw))
        return Value(str(raw), number, number, None, Qualifier.EQ, is_range=False)
    text = _SPACES.sub(" ", raw.strip())
    if not text:
        raise ValueSyntaxError("empty value")
    if not any(ch.isdigit() for ch in text):
        return Value(text, None, None, None, Qualifier.EQ, is_range=False, label=text.casefold())
    elapsed = _AGO_RE.search(text)
    if elapsed is not None:
        value = parse_value(text[: elapsed.start()])
        if value.unit is None:
            raise ValueSyntaxError(
                f"{text!r} needs a unit of time before 'ago' (e.g. '20 years ago')"
            )
        return replace(value, text=text, ago=True)
    timed = _time_of_day(text) or _version(text)
    if timed is not None:
        return timed
    match = _VALUE_RE.match(text)
    if match is None and re.search(r"\d\s*/\s*\d", text):
        raise ValueSyntaxError(
            f"cannot read {shown(text, 200)} as a value: write a fraction as a percentage or decimal "
            "(the quote may say '1/5th' for a value of '20%')"
        )
    if match is None:
        raise ValueSyntaxError(
            f"cannot read {shown(text, 200)} as a value: expected e.g. '4.5 mg', '1.5-4.5 mg', '>24%', '~30%'"
        )
    qualifier = Qualifier(_QUALIFIERS.get(match["q"] or "", "="))
    low = read_number(match["lo"])
    high = read_number(match["hi"]) if match["hi"] else low
    high_scale, unit_text = _scale(match["unit"])
    low_scale, low_unit_text = _scale(match["lounit"])
    if low_scale is None and match["lounit"] is None:
        low_scale = high_scale  # "1.5-2 million USD": the scale word is said once for both
    low, high = _scaled(low, low_scale, text), _scaled(high, high_scale, text)
    if match["hi"] is None:
        low = high
    unit = normalize_unit(unit_text) if unit_text else None
    low_unit = normalize_unit(low_unit_text) if low_unit_text else None
    is_range = match["hi"] is not None
    if low_unit is not None and unit is not None and low_unit != unit:
        raise ValueSyntaxError(f"range {text!r} mixes units {low_unit!r} and {unit!r}")
    unit = unit or low_unit
    if is_range and qualifier not in (Qualifier.EQ, Qualifier.APPROX):
        raise ValueSyntaxError(f"range {text!r} cannot also be a bound")
    if is_range and low.value > high.value:
        raise ValueSyntaxError(f"range {text!r} has its low end above its high end")
    return Value(text, low, high, unit, qualifier, is_range)

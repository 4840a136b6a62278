"""How specific a claim is, so that reports list the unsupported numbers that matter most first.

The ranking, most specific first:

1. ``PEOPLE`` -- a share or count of people: "99% had fewer attacks" about MS patients, "354 cancer
   patients". A reader takes these as measured facts about real patients, and a wrong one misleads
   most; the quote or the subject's label names people (patients, adults, participants, ...).
2. ``STATISTIC`` -- any other share or count: "68 studies", "pain scores fell by 30%".
3. ``MEASURE`` -- a quantity with a physical unit: doses, durations, sizes.
4. ``DATE`` -- a year (a bare whole number from 1000 to 2100): easy to check, rarely decisive.
5. ``VERSION`` -- a software version ("Python 3.9 or newer"): a name of a release, easy to check.
6. ``LABEL`` -- a categorical claim such as "bedtime".

Within a class: exact numbers before ranges, approximations and bounds ("99%" before ">24%"); more
significant digits first ("354" before "400"); then the claims file's order.
"""

from __future__ import annotations

import re
from enum import IntEnum

from factcheck.corpus.model import Claim, Subject
from factcheck.values import versions
from factcheck.values.grammar import Number, Qualifier

PEOPLE_WORDS = re.compile(
    r"\b(?:patients?|people|persons?|adults?|child(?:ren)?|kids?|teens?|women|woman|men|man|"
    r"participants?|volunteers?|respondents?|individuals?|users?|residents?|americans?|"
    r"population|cohort|sufferers)\b",
    re.IGNORECASE,
)
"""Words that say a number counts people."""

_SHARE_UNITS = frozenset({"%", "percent", "percentage", "‰", "permille"})
_COUNT_UNITS = frozenset({"", "dimensionless", "count"})


class Specificity(IntEnum):
    """Classes of claims, most specific (lowest) first; see the module docstring."""

    PEOPLE = 1
    STATISTIC = 2
    MEASURE = 3
    DATE = 4
    VERSION = 5
    LABEL = 6

    @property
    def title(self) -> str:
        """A heading for the class in reports."""
        return _TITLES[self]


_TITLES = {
    Specificity.PEOPLE: "Statistics about people",
    Specificity.STATISTIC: "Other statistics",
    Specificity.MEASURE: "Doses, durations and other measures",
    Specificity.DATE: "Dates",
    Specificity.VERSION: "Software versions",
    Specificity.LABEL: "Labels",
}


def specificity(claim: Claim, subject: Subject) -> Specificity:
    """The class of a claim (see the module docstring)."""
    value = claim.value
    if value.label is not None or value.low is None or value.high is None:
        return Specificity.LABEL
    if value.unit == versions.UNIT:
        return Specificity.VERSION
    unit = (subject.unit or "").strip().lower()
    is_share = unit in _SHARE_UNITS or value.unit in _SHARE_UNITS
    is_count = unit in _COUNT_UNITS and not is_share
    if (is_share or is_count) and PEOPLE_WORDS.search(f"{claim.quote} {subject.label}"):
        return Specificity.PEOPLE
    if is_count and all(_year_like(n) for n in (value.low, value.high)):
        return Specificity.DATE
    if is_share or is_count:
        return Specificity.STATISTIC
    return Specificity.MEASURE


def _year_like(number: Number) -> bool:
    return number.text.isdigit() and 1000 <= number.value <= 2100


def significant_digits(number: Number) -> int:
    """Digits that carry information as written: ``354`` -> 3, ``400`` -> 1, ``4.50`` -> 3."""
    digits = number.text.replace(",", "").lstrip("+-").lower().partition("e")[0]
    if "." in digits:
        return len(digits.replace(".", "").lstrip("0")) or 1
    return len(digits.lstrip("0").rstrip("0")) or 1


def _hedge(claim: Claim) -> int:
    value = claim.value
    if value.qualifier is Qualifier.EQ:
        return 1 if value.is_range else 0
    return 2 if value.qualifier is Qualifier.APPROX else 3


def specificity_key(claim: Claim, subject: Subject) -> tuple[int, int, int, int, int]:
    """Sort key, most specific first: class, hedging, significant digits, claims-file order."""
    numbers = [n for n in (claim.value.low, claim.value.high) if n is not None]
    digits = max((significant_digits(n) for n in numbers), default=0)
    return (specificity(claim, subject), _hedge(claim), -digits, claim.claims_file, claim.index)

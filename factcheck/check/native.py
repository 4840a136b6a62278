"""Anchoring's common case in C: ``factcheck._speedups``, an optional extension module.

``pip install`` builds it where a C compiler and Python's headers are found (setup.py marks it
optional: without them the install still succeeds). When it is built, ``parallel._placed``
asks it first for each claim: it finds the quote (``Text.find``: the source's
``FirstOccurrence``, its scans done in C), checks that the quote, as the source writes it in
ASCII (typographic quotes and dashes aside), writes the claim's value in digits with no other
unit after them, and reads the quote's first digits as the value's, without a Python object
per reading. For anything else (a quote not found, a number word, a fraction, a minus sign, a
problem to report, a time of day, letters beyond ASCII...) it answers None and
``anchor.anchor``, the reference, decides: the results are the same either way
(tests/test_native_anchor.py compares both on generated quotes and texts, and on a corpus).

``FACTCHECK_PURE_PYTHON=1`` in the environment, or ``enabled = False`` here, turns it off.
The tables it reads come from Python at import (``_configure``); an edit of the C source needs
``pip install -e .`` again to be built (the tests compare the two paths, so a stale build that
answers differently fails them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from factcheck.extensions import DISABLE as DISABLE  # read by tests and callers
from factcheck.extensions import extension, turned_on
from factcheck.text.documents import Text, normalize
from factcheck.text.firstfind import INDEX_AFTER
from factcheck.text.numbers.forms import (
    MINUS_SIGNS,
    NUMBER_WORDS,
    SCALE_WORDS,
    TIME_UNITS,
    WHOLE_WORDS,
)
from factcheck.text.numbers.reading import _WORDS as READING_WORDS
from factcheck.text.numbers.reading import _rounded as rounded
from factcheck.values import clock, versions
from factcheck.values.grammar import MAX_NUMBER_LENGTH, Number, Value
from factcheck.values.spellings import (
    CASE_SENSITIVE,
    CURRENCY_WORDS,
    UNIT_END,
    UNIT_SPELLINGS,
    canonical_unit,
)

_speedups: Any = extension("_speedups")

available: Final = _speedups is not None
"""Whether the extension is built and importable."""
enabled = available and turned_on()
"""Whether anchoring asks the extension first (tests switch it)."""

End = tuple[float, float, str, float, float | None]
"""One end of a value: its value, half-width and text, and the value and (for a percentage) its
hundredth rounded as ``reading.readable`` rounds them."""
Prepared = tuple[End, End, int, str | None, bool, int]
"""A claim value as the extension reads it: its ends, how many are distinct, its unit, whether
the unit is a percentage, and the id of its canonical unit (-1 for none)."""

PYTHON: Final = False
"""``prepare``'s answer for a value only Python anchors (a time of day)."""

_UNIT_IDS: dict[str, int] = {}


def _configure() -> None:
    """Hand the extension the tables the Python readers are built from."""
    for canonical in [*UNIT_SPELLINGS.values(), *CURRENCY_WORDS.values()]:
        _UNIT_IDS.setdefault(canonical, len(_UNIT_IDS))
    # Words a number word reading may start with (reading._WORD, _WORD_FRACTION, half_scale,
    # EQUAL_PARTS; "a"/"an" before a unit of time is checked apart).
    words = sorted({*NUMBER_WORDS, *READING_WORDS, *SCALE_WORDS, "equal", "half"})
    rates = re.search(r"/\(\?:([a-z|]+)\)", UNIT_END)
    assert rates is not None, UNIT_END
    _speedups.configure(
        words,
        list(TIME_UNITS),
        list(WHOLE_WORDS),
        [(word, _UNIT_IDS[unit]) for word, unit in UNIT_SPELLINGS.items() if word.isascii()],
        sorted(word for word in CASE_SENSITIVE if word.isascii()),
        [(word, _UNIT_IDS[unit]) for word, unit in CURRENCY_WORDS.items()],
        rates[1].split("|"),
        max(map(len, UNIT_SPELLINGS)),
        MAX_NUMBER_LENGTH,
        normalize,
        "".join(sorted(_specials())),
        INDEX_AFTER,
    )


def _specials() -> set[str]:
    """Characters beyond ASCII that are no letter, digit or space and yet mean something to a
    reader (a minus sign, a fraction slash, a multiplication sign, superscripts) or are part of
    a unit's spelling ("°C", "¢", "W/m²·K"), with their other cases: the extension leaves a
    quote holding one to Python."""
    named = {*MINUS_SIGNS, "\u2044", "×", *"⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "\u00a0", "\u2009", "\u202f"}
    named |= {c for word in UNIT_SPELLINGS for c in word if not c.isascii()}
    named |= {v for c in list(named) for v in (c.lower(), c.upper(), c.casefold()) if len(v) == 1}
    return {c for c in named if not c.isascii()}


if _speedups is not None:
    _configure()


def prepare(value: Value) -> Prepared | bool | None:
    """What the extension needs of a claim's value: None for a value without numbers (only
    the quote is found), ``PYTHON`` for one the extension leaves to Python."""
    low, high = value.low, value.high
    if low is None or high is None:
        return None
    if value.unit in (clock.UNIT, versions.UNIT):
        return PYTHON
    wanted = canonical_unit(value.unit) if value.unit else None
    percent = value.unit in ("%", "percent")
    return (
        _end(low, percent),
        _end(high, percent),
        1 if low is high or low == high else 2,
        value.unit,
        percent,
        -1 if wanted is None else _UNIT_IDS[wanted],
    )


def _end(number: Number, percent: bool) -> End:
    """One end of a value as the extension reads it (see ``reading.readable``)."""
    share = rounded(number.value / 100) if percent else None
    return (number.value, number.half, number.text, rounded(number.value), share)


Answer = tuple[tuple[int, int], tuple[int, int] | None, int, int, int, int]
"""The extension's anchor: the quote's span, the value's focus (None for a value without
numbers), and the location's line, column, end line and end column."""


def anchoring() -> Callable[[Text, str, Prepared | None], Answer | None] | None:
    """The extension's ``anchor(text, quote, prepared)`` when it is on, else None."""
    return _speedups.anchor if enabled else None

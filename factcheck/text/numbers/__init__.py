"""THE reader of numbers in prose: the forms (``forms``), what a quote says (``reading``), page furniture."""

from __future__ import annotations

from factcheck.text.numbers.forms import (
    DIGITS,
    FRACTION,
    FRACTION_WORDS,
    NUMBER_WORDS,
    ONES,
    SCALE_WORDS,
    TEENS,
    TENS,
    WORD_NUMBER,
    digits_value,
    minus_before,
    scaled,
    word_value,
)
from factcheck.text.numbers.furniture import countable_numbers, inside, merged_spans
from factcheck.text.numbers.reading import (
    Reading,
    changes_from,
    clock_readings,
    leading_digits,
    number_spans,
    numbers_in,
    readable,
    readings,
)

__all__ = [
    "DIGITS",
    "FRACTION",
    "FRACTION_WORDS",
    "NUMBER_WORDS",
    "ONES",
    "SCALE_WORDS",
    "TEENS",
    "TENS",
    "WORD_NUMBER",
    "Reading",
    "changes_from",
    "clock_readings",
    "countable_numbers",
    "digits_value",
    "inside",
    "leading_digits",
    "merged_spans",
    "minus_before",
    "number_spans",
    "numbers_in",
    "readable",
    "readings",
    "scaled",
    "word_value",
]

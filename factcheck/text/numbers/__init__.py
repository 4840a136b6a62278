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
from factcheck.text.numbers.reading import first_number_span, number_spans, numbers_in, readable

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
    "countable_numbers",
    "digits_value",
    "first_number_span",
    "inside",
    "merged_spans",
    "minus_before",
    "number_spans",
    "numbers_in",
    "readable",
    "scaled",
    "word_value",
]

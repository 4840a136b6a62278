"""The specificity ranking that orders unsupported numbers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.corpus.model import Subject
from factcheck.report.specificity import (
    Specificity,
    significant_digits,
    specificity,
    specificity_key,
)
from factcheck.values.grammar import parse_value
from tests.common import claim, subject


def _subject(unit: str | None, label: str = "S", kind: str = "value") -> Subject:
    return replace(subject(kind=kind, unit=unit), label=label)


def rank(value: str, unit: str | None, label: str = "S", quote: str = "") -> Specificity:
    subj = _subject(unit, label, "label" if unit is None and value.isalpha() else "value")
    made = replace(claim(value, subj), quote=quote or value)
    return specificity(made, subj)


@pytest.mark.parametrize(
    ("value", "unit", "label", "quote", "expected"),
    [
        ("99%", "%", "Share with fewer attacks", "99% of MS patients", Specificity.PEOPLE),
        ("99%", "%", "Share of MS patients improved", "99% improved", Specificity.PEOPLE),
        ("400", None, "Cohort", "a group of 400 patients", Specificity.PEOPLE),
        ("1500", None, "Trial size", "1500 participants", Specificity.PEOPLE),
        (">20%", "%", "Chronic pain", "more than 1/5th of American adults", Specificity.PEOPLE),
        ("30%", "%", "Mean pain reduction", "pain fell by 30%", Specificity.STATISTIC),
        ("68", None, "Studies in the review", "pooled 68 studies", Specificity.STATISTIC),
        ("4.5 mg", "mg", "Dose for patients", "4.5 mg for patients", Specificity.MEASURE),
        ("12 weeks", "week", "Trial length", "12 weeks", Specificity.MEASURE),
        ("1984", None, "Approval year", "approved in 1984", Specificity.DATE),
        ("1980-1989", None, "Research began", "in the 1980s", Specificity.DATE),
        ("1,984", None, "Count", "1,984 studies", Specificity.STATISTIC),
        (">=v3.9", "version", "Minimum Python version", "Python 3.9 or newer", Specificity.VERSION),
        ("v1.21-v1.23", "version", "Go versions", "Go 1.21 to 1.23", Specificity.VERSION),
        ("bedtime", None, "Dosing time", "at bedtime", Specificity.LABEL),
    ],
)
def test_classes(
    value: str, unit: str | None, label: str, quote: str, expected: Specificity
) -> None:
    assert rank(value, unit, label, quote) is expected


@pytest.mark.parametrize(
    ("text", "digits"),
    [("354", 3), ("400", 1), ("4.5", 2), ("4.50", 3), ("0.05", 1), ("1,000", 1), ("99", 2)],
)
def test_significant_digits(text: str, digits: int) -> None:
    number = parse_value(text).low
    assert number is not None
    assert significant_digits(number) == digits


def test_order_within_and_across_classes() -> None:
    people = _subject("%", "Share of patients")
    dose = _subject("mg", "Dose")
    claims = [
        (replace(claim("~99%", people, "approx"), index=0), people),
        (replace(claim("4.5 mg", dose, "dose"), index=1), dose),
        (replace(claim("80%", people, "round"), index=2), people),
        (replace(claim(">24%", people, "bound"), index=3), people),
        (replace(claim("354", _subject(None, "Patients"), "count"), index=4), _subject(None)),
        (replace(claim("99%", people, "exact"), index=5), people),
    ]
    ordered = sorted(claims, key=lambda item: specificity_key(*item))
    assert [c.id for c, _ in ordered] == ["exact", "round", "approx", "bound", "count", "dose"]

"""Blood pressure pairs ("135/85 mmHg"): two mentions, systolic and diastolic, extracted, each
under its own subject, then anchored and compared by `factcheck check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import check, load
from factcheck.check.anchor import anchor
from factcheck.cli.extract import extract
from factcheck.corpus.model import Claim, Source, SourceKind
from factcheck.extract.mentions.find import find_mentions
from factcheck.text.documents import Text
from factcheck.text.numbers import number_spans, numbers_in
from factcheck.values.grammar import parse_value
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str, str]]:
    """(surface, value, part) of every mention in ``text``."""
    return [(m.text, m.value, m.part) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At home, an average of 135/85 mmHg or higher counts as high.",
            [("135", ">=135 mmHg", "systolic"), ("85 mmHg or higher", ">=85 mmHg", "diastolic")],
        ),
        (
            "aim for a clinic reading below 140/90 mmHg.",
            [("below 140", "<140 mmHg", "systolic"), ("90 mmHg", "<90 mmHg", "diastolic")],
        ),
        # No unit: a reading, or a passage or document about blood pressure, says what it is.
        (
            "If any reading is 200/120 or higher, ring us.",
            [("200", ">=200 mmHg", "systolic"), ("120 or higher", ">=120 mmHg", "diastolic")],
        ),
        (
            "High blood pressure is common.\n\nA home average of 140/90 or above is high.",
            [("140", ">=140 mmHg", "systolic"), ("90 or above", ">=90 mmHg", "diastolic")],
        ),
        (
            "Normal is 120/80 mm Hg.",
            [("120", "120 mmHg", "systolic"), ("80 mm Hg", "80 mmHg", "diastolic")],
        ),
    ],
)
def test_a_pair_is_two_mentions_with_the_bound_on_both(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Take 1/2 a tablet.",  # a fraction
        "The shop opened on 12/05 and 31/12.",  # dates: the first is no systolic pressure
        "She scored 98/100 on the test.",  # a score: the first is not larger
        "The team won 120/80 of their games.",  # a ratio, no pressure named anywhere
        "The screen is 1920/1080 pixels.",  # four digits
        "Ran 3/1/2024 and 135/85/60.",  # a date and a triple
    ],
)
def test_dates_fractions_scores_and_ratios_are_no_pressure(text: str) -> None:
    assert not [m for m in find_mentions(text, WORDS) if m.part]


def test_the_reader_sees_both_numbers_of_a_pair() -> None:
    assert {135, 85} <= numbers_in("an average of 135/85 mmHg or higher")
    # Where it stands, a pair is one reading (the fraction), as before.
    assert number_spans("135/85 mmHg")[0][:2] == (0, 6)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (">=135 mmHg", None),
        (">=85 mmHg", None),
        (">=90 mmHg", 'value ">=90 mmHg" is not what the quote says: 90 not found in "an average of 135/85 mmHg or higher"'),
    ],
)  # fmt: skip
def test_a_pair_anchors_both_numbers(value: str, problem: str | None) -> None:
    quote = "an average of 135/85 mmHg or higher"
    source = Source("s", "s.md", Path("s.md"), SourceKind.ARTICLE, Text(f"At home, {quote}.\n"))
    claim = Claim("c", "s", "x", parse_value(value), None, quote)
    found = anchor(claim, source)
    assert found.problem == problem
    if problem is None:
        number = value.removeprefix(">=").removesuffix(" mmHg")
        assert found.focus is not None
        assert source.text.text[slice(*found.focus)].startswith(number)


def _extract_and_check(tmp_path: Path, first: str, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(first, encoding="utf-8")
    (tmp_path / "b.md").write_text(second, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    docs = [str(tmp_path / "a.md"), str(tmp_path / "b.md")]
    result = CliRunner().invoke(extract, [*docs, "-o", str(claims)])
    assert result.exit_code == 0, result.output
    report = check(load(claims))
    assert not [f for f in report.findings if f.kind == "unanchored"]
    return sorted(f.message for f in report.findings if f.kind == "conflict")


HOME = "# Blood pressure at home\n\nAt home, an average of {} mmHg or higher counts as high.\n"


def test_extract_then_check_finds_both_numbers_disagreeing(tmp_path: Path) -> None:
    found = _extract_and_check(tmp_path, HOME.format("135/85"), HOME.format("140/90"))
    assert len(found) == 2
    assert any("(systolic)" in m and ">=135 mmHg vs >=140 mmHg" in m for m in found)
    assert any("(diastolic)" in m and ">=85 mmHg vs >=90 mmHg" in m for m in found)


def test_extract_then_check_finds_only_the_diastolic_disagreeing(tmp_path: Path) -> None:
    found = _extract_and_check(tmp_path, HOME.format("135/85"), HOME.format("135/90"))
    assert len(found) == 1
    assert "(diastolic)" in found[0] and ">=85 mmHg vs >=90 mmHg" in found[0]


def test_extract_then_check_finds_no_disagreement_in_one_pair(tmp_path: Path) -> None:
    assert _extract_and_check(tmp_path, HOME.format("135/85"), HOME.format("135/85")) == []

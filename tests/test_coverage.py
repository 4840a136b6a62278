"""Coverage: countable numbers in a text, the untracked ones, per-source and overall shares."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.numbers import countable_numbers
from tests.ci_corpus import CLAIMS
from tests.conftest import Run


def numbers(text: str) -> list[str]:
    return [text[a:b] for a, b in countable_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("57% of 400 patients", ["57", "400"]),
        ("doses of 1.5-4.5 mg, or 0.5 mg", ["1.5", "4.5", "0.5"]),
        ("1,000 people and 12 weeks", ["1,000", "12"]),
        ("a study in 2013 ran 12 weeks", ["2013", "12"]),
        ("Published March 3, 2024", []),
        ("By Dana Reyes · 5 min read", []),
        ("Updated 2023-11-02", []),
        ("on March 3, 2024 the trial began with 40 people", ["40"]),
        # A date with a day is furniture; a year in prose ("until May 2022") states a fact, as
        # extract reads it (the gold lists have such years as claims).
        ("from 3 May 2021 until May 2022, 8 sites", ["2022", "8"]),
        ("1. Start low.\n2) Go slow.\n  3. Keep notes\n4- Ask", []),
        ("- Nov 10\n- 4 min read", []),
        ("on 2nd June 2020, or June 3rd, 7 doses", ["7"]),
        ("vitamin B12, TLR-4 and COVID-19", []),
        ("as shown [3] and [4-6], 7 of them", ["7"]),
        ("see https://example.org/a/2024/5 or [x](docs/12.md) for 9 more", ["9"]),
        ("take it at 10:30 each night, 2 pills", ["2"]),
        ("dated 3/1/2024: 15 responders", ["15"]),
        # Coverage reads numbers as anchoring and extract do (text/numbers): a fraction is one
        # number, a leading-dot decimal is a number, and the furniture is the same.
        ("more than 1/5th of adults", ["1/5th"]),
        ("take .5 mg", [".5"]),
        ("cut it\nby 31–40%, and by more than 40%", ["31", "40", "40"]),
        ("Call 0161 496 0734 or (503) 555-0186 for 2 forms", ["2"]),
        ("Type 2 diabetes in a Phase 3 trial of 400 adults", ["400"]),
        ("The 2026 Cardio Evidence Review of 12 trials", ["12"]),
    ],
)
def test_countable_numbers(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


@given(st.text(alphabet=st.sampled_from("0123456789.,-: abcMay\n[]()/%")))
def test_spans_are_ordered_numbers(text: str) -> None:
    spans = countable_numbers(text)
    assert spans == sorted(spans)
    assert all(a < b <= c for (a, b), (c, _) in pairwise(spans))
    number = r"[\d,]+(\.\d+)?|\.\d+|\d+/\d+(st|nd|rd|th)?"
    assert all(re.fullmatch(number, text[a:b]) for a, b in spans)


def test_coverage_per_source_and_overall(corpus: Path, run: Run) -> None:
    result = run("check", "--coverage")
    assert result.exit_code == 1  # the corpus's conflict, not coverage
    assert result.stdout.splitlines()[-5:-1] == [
        "coverage articles/alpha.md: 4/4 numbers (100.0%)",
        "coverage articles/beta.txt: 4/5 numbers (80.0%)",
        "coverage articles/gamma.md: 3/3 numbers (100.0%)",
        "coverage overall: 11/12 numbers (91.7%)",
    ]
    untracked = [line for line in result.stdout.splitlines() if "untracked" in line]
    assert untracked == [
        "articles/beta.txt:6:8: info untracked: number 400 is not covered by any claim: "
        '"…drug ran for 12 weeks. Around 400 patients were surveyed, and 9…"'
    ]
    data = json.loads(run("check", "--coverage", "--format", "json").stdout)
    assert data["coverage"]["percent"] == 91.67
    assert [s["covered"] for s in data["coverage"]["sources"]] == [4, 4, 3]
    assert "coverage" not in json.loads(run("check", "--format", "json").stdout)


def test_ignored_claims_cover_their_numbers(corpus: Path, run: Run) -> None:
    corpus.write_text(
        CLAIMS + "  - id: beta-surveyed\n    source: beta\n    subject: survey-better\n"
        "    value: 400\n    quote: Around 400 patients\n    status: ignored\n",
        encoding="utf-8",
    )
    result = run("check", "--coverage")
    assert "coverage overall: 12/12 numbers (100.0%)" in result.stdout
    assert "untracked" not in result.stdout


@pytest.mark.parametrize(("threshold", "code"), [("90", 0), ("91.6", 0), ("91.7", 1), ("95", 1)])
def test_fail_under(corpus: Path, run: Run, threshold: str, code: int) -> None:
    result = run("check", "--fail-on", "none", "--fail-under", threshold)
    assert result.exit_code == code
    assert "coverage overall: 11/12" in result.stdout  # --fail-under implies --coverage
    if code:
        assert result.stderr == f"coverage 91.7% is under --fail-under {threshold}%\n"
    else:
        assert result.stderr == ""


def test_fail_under_out_of_range_is_usage_error(corpus: Path, run: Run) -> None:
    result = run("check", "--fail-under", "120")
    assert result.exit_code == 2
    assert "--fail-under" in result.stderr

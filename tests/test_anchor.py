"""Anchoring: quotes found after normalization; values readable from their quotes."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import check, load
from factcheck.report.results import Status
from factcheck.text import documents
from factcheck.text.documents import Text, normalize
from factcheck.text.numbers import numbers_in
from factcheck.values.spellings import UNIT_SPELLINGS
from tests.common import write

anchor_module = importlib.import_module("factcheck.check.anchor")  # `check` exports a function


@pytest.mark.parametrize(
    ("quote", "numbers"),
    [
        ("typically between 1.5 mg and 4.5 mg", {1.5, 4.5}),
        ("over 1/5th of the adult population", {0.2, 1, 5}),
        ("ten women took part", {10}),
        ("Two clinical trials", {2}),
        ("twenty-five patients", {25}),
        ("1,000 patients", {1000}),
        ("two hundred people", {2, 200, 100}),
        ("nearly half of them", {0.5}),
        ("roughly one in four systems", {0.25}),
        ("as many as one tick in four carries Lyme", {0.25}),
        ("one adult in every five", {0.2}),
        ("Up to 1 in 3 people", {0.333333333}),
        ("more than nine in ten muscle complaints", {0.9}),
        ("fewer than one in 10,000 people", {0.0001}),
        ("nearly two thirds of bakers", {0.666666667}),
        ("at least an hour first", {1}),
        ("roughly doubles the rate", {2}),
    ],
)
def test_numbers_in_quotes(quote: str, numbers: set[float]) -> None:
    assert numbers <= numbers_in(quote)


@pytest.mark.parametrize(
    ("value", "quote", "problem"),
    [
        ("33.3%", "can lose a third of it", None),
        ("~66.7%", "nearly two thirds of the bakers", None),
        ("33%", "a third of them", None),
        ("34%", "a third of them", "34 not found"),
        (">=10%", "stroke over the next 10 years is 10% or greater", None),
        ("14 days", "the course ran for 14 weeks", 'the quote says "14 weeks"'),
    ],
)
def test_values_read_from_words_and_rounded_fractions(
    tmp_path: Path, value: str, quote: str, problem: str | None
) -> None:
    _assert_anchoring(tmp_path, value, "'%'" if "%" in value else "day", quote, problem)


def _assert_anchoring(
    tmp_path: Path, value: str, unit: str, quote: str, problem: str | None
) -> None:
    """One claim of ``value`` in a subject of ``unit`` (as YAML writes it) quoting ``quote``:
    anchored when ``problem`` is None, else unanchored with ``problem`` in its message."""
    root = write(
        tmp_path,
        {
            "a.md": f"In short, {quote}.\n",
            "claims.yaml": "version: 1\nsources:\n  - {id: a, path: a.md}\nsubjects:\n"
            f"  - {{id: s, unit: {unit}}}\nclaims:\n"
            f"  - {{id: c, source: a, subject: s, value: '{value}', quote: '{quote}'}}\n",
        },
    )
    report = check(load(root))
    unanchored = [f.message for f in report.findings if f.kind == "unanchored"]
    if problem is None:
        assert report.results["c"].status is not Status.UNANCHORED, unanchored
    else:
        assert report.results["c"].status is Status.UNANCHORED
        [message] = unanchored
        assert problem in message


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "lower doses—typically between 1.5 mg and 4.5 mg—it",
            "doses-typically between 1.5 mg and 4.5 mg-it",
        ),
        ("it’s “low”", 'it\'s "low"'),
        ("spread over\n   two   lines", "spread over two lines"),
        ("non\u00a0breaking", "non breaking"),
    ],
)
def test_quotes_match_after_normalizing(text: str, quote: str) -> None:
    found = Text(text).find(quote)
    assert found is not None
    assert Text(text).text[found[0] : found[1]].split()[0] == text[found[0] :].split()[0]


def test_span_points_at_the_original_text() -> None:
    text = Text("Intro line.\nDoses  run\n 1.5–4.5 mg daily.\n")
    span = text.find("Doses run 1.5-4.5 mg")
    assert span == (12, 34)
    assert text.text[span[0] : span[1]] == "Doses  run\n 1.5–4.5 mg"
    assert text.position(span[0]) == (2, 1)
    assert text.position(text.text.index("1.5")) == (3, 2)


def _corpus(tmp_path: Path, claims: str) -> Path:
    return write(
        tmp_path,
        {
            "a.md": "Most take 1.5 mg to 4.5 mg. Over 1/5th of adults have pain. Ten women joined.\n",
            "claims.yaml": "version: 1\nsources:\n  - {id: a, path: a.md}\nsubjects:\n"
            "  - {id: dose, unit: mg, kind: range}\n  - {id: share, unit: '%'}\n  - {id: n}\n"
            "claims:\n" + claims,
        },
    )


@pytest.mark.parametrize(
    ("claim", "status", "message"),
    [
        (
            "{id: c, source: a, subject: dose, value: 1.5-4.5 mg, quote: 1.5 mg to 4.5 mg}",
            Status.UNSUPPORTED,
            None,
        ),
        (
            "{id: c, source: a, subject: share, value: '>20%', quote: Over 1/5th of adults}",
            Status.UNSUPPORTED,
            None,
        ),
        (
            "{id: c, source: a, subject: n, value: 10, quote: Ten women joined}",
            Status.UNSUPPORTED,
            None,
        ),
        (
            "{id: c, source: a, subject: dose, value: 0.5-4.5 mg, quote: 1.5 mg to 4.5 mg}",
            Status.UNANCHORED,
            'claim "c": value "0.5-4.5 mg" is not what the quote says: 0.5 not found in "1.5 mg to 4.5 mg"',
        ),
        (
            "{id: c, source: a, subject: dose, value: 1.5-4.5 mg, quote: 1.5 mg to 5 mg}",
            Status.UNANCHORED,
            'claim "c": quote not found in a.md: "1.5 mg to 5 mg"; closest text at a.md:1:11 '
            '(93% similar): "1.5 mg to 4.5 mg" — "5" became "4.5"',
        ),
    ],
)
def test_anchoring_statuses(
    tmp_path: Path, claim: str, status: Status, message: str | None
) -> None:
    report = check(load(_corpus(tmp_path, f"  - {claim}\n")))
    assert report.results["c"].status is status
    unanchored = [f.message for f in report.findings if f.kind == "unanchored"]
    assert unanchored == ([message] if message else [])


def test_unanchored_quote_is_located_in_the_claims_file(tmp_path: Path) -> None:
    path = _corpus(
        tmp_path,
        "  - id: c\n    source: a\n    subject: dose\n    value: 2 mg\n    quote: 2 mg nowhere\n",
    )
    (finding,) = [f for f in check(load(path)).findings if f.kind == "unanchored"]
    where = finding.locations[0]
    assert (where.path, where.line, where.column) == (str(path), 13, 12)


@pytest.mark.parametrize(
    ("value", "quote", "problem"),
    [
        ("14 days", "lasted 14 weeks", 'value is in days but the quote says "14 weeks"'),
        ("14 weeks", "lasted 14 weeks", None),
        ("14 wk", "lasted 14 weeks", None),
        ("4.5 mg", "4.5 mg daily", None),
        ("4.5 mcg", "4.5 mg daily", 'value is in µg but the quote says "4.5 mg"'),
        ("30%", "30 percent of them", None),
        ("400", "400 patients", None),
        ("2 h", "2 jiffies", None),  # a word we do not judge
        ("2 weeks", "2 fortnights", 'value is in weeks but the quote says "2 fortnights"'),
        # "pounds" names a currency as well as a mass.
        ("2.50 GBP", "cost 2.50 pounds a session", None),
        ("40 lb", "weighs 40 pounds", None),
        ("40 kg", "weighs 40 pounds", 'value is in kg but the quote says "40 pounds"'),
    ],
)
def test_value_unit_must_match_the_unit_the_quote_names(
    value: str, quote: str, problem: str | None
) -> None:
    from factcheck.corpus.model import Claim, Source, SourceKind
    from factcheck.values.grammar import parse_value

    source = Source("s", "s.md", Path("s.md"), SourceKind.ARTICLE, Text(f"It {quote}.\n"))
    claim = Claim("c", "s", "x", parse_value(value), None, quote)
    from factcheck.check.anchor import anchor

    assert anchor(claim, source).problem == problem


@pytest.mark.parametrize(
    ("value", "unit", "quote"),
    [
        (">75 years", "year", "admissions among over-75s in July"),
        ("<5 years", "year", "cases in under-5s fell"),
    ],
)
def test_a_plural_s_glued_to_a_number_is_no_seconds(
    tmp_path: Path, value: str, unit: str | None, quote: str
) -> None:
    """ "over-75s" (people over 75) and "under-5s" write an s after the number; it is no unit
    of seconds that would contradict a value in years."""
    (tmp_path / "a.md").write_text(f"Hospitals saw more {quote}.\n", encoding="utf-8")
    unit_line = f"    unit: {unit}\n" if unit else ""
    (tmp_path / "claims.yaml").write_text(
        "version: 1\nsources:\n  - id: a\n    path: a.md\n"
        f"subjects:\n  - id: s\n    label: A figure\n{unit_line}"
        f'claims:\n  - id: c\n    source: a\n    subject: s\n    value: "{value}"\n'
        f'    quote: "{quote}"\n',
        encoding="utf-8",
    )
    report = check(load(tmp_path / "claims.yaml"))
    assert report.results["c"].status is not Status.UNANCHORED, report.findings


# -- the fast forms of anchoring's patterns ------------------------------------------------------

_PIECES = [
    *list(UNIT_SPELLINGS)[::3],
    "", " ", "  ", "\t", "\n", "x", "/day", "/DAY", "/dose", "/d", "/", "-", ".", ",", "_", "2",
    "²", "é", "µ", "μ", "Μ", "K", "\u212a", "ſ", "İ", "s", "S", "per", "PER", "Mg", "MG", "days",
]  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.integers(0, 3))
def test_the_unit_after_a_number_is_what_the_pattern_finds(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    at = min(at, len(text))
    match = anchor_module.unit_after_pattern().match(text, at)
    assert anchor_module._unit_after(text, at) == (match.group(1) if match else None)


def test_no_unit_spelling_outside_ascii_matches_ascii_text_ignoring_case() -> None:
    # What lets _UnitAfter compare an ASCII candidate with the ASCII spellings only.
    others = {c for word in UNIT_SPELLINGS for c in word if not c.isascii()}
    for char in others:
        assert not any(re.fullmatch(re.escape(char), chr(a), re.IGNORECASE) for a in range(128))


@given(
    st.sampled_from(["4.5", "1", "11", "1,1", "0.5", "10"]),
    st.lists(
        st.sampled_from(["4.5", "1", ",", ".", " ", "x", "٣", "1,1", "0.5", "10"]), max_size=8
    ),
)
def test_where_a_number_stands_is_what_the_pattern_finds(number: str, pieces: list[str]) -> None:
    quote = "".join(pieces)
    pattern = rf"(?<![\d.]){re.escape(number)}(?![\d])"
    assert list(anchor_module._standing(number, quote)) == [
        m.end() for m in re.finditer(pattern, quote)
    ]


_WHITESPACE = re.compile(r"\s+")


@given(st.text(st.sampled_from(list("ab 1.–\t\n\x1c\x0b ’\u00a0\u2009x\u3000"))))
def test_normalizing_plain_text_takes_a_shortcut_to_the_same_text(text: str) -> None:
    assert normalize(text) == _WHITESPACE.sub(" ", documents._plain(text)).strip()


@pytest.mark.parametrize(
    ("value", "unit", "quote", "problem"),
    [
        # a span of time said in another unit of time, as the extractor reads it
        ("20 years", "year", "the idea lay dormant for two decades", None),
        ("50 years", "year", "for half a century before the museum bought it", None),
        ("7-10 days", "day", "Eggs hatch in a week to ten days", None),
        ("6-12 months", "month", "It can take six months to a year to reach your target", None),
        ("4-72 hours", "hour", "an attack lasts between four hours and three days", None),
        # one of a unit said with "a"
        ("~1 m", "m", "About a metre above the floor", None),
        (">1 t", "t", "pumpkins over a tonne", None),
        # a rate's size with its second said after it
        ("~45 MB/s", "MB/s", "roughly 45 MB of CSV a second", None),
        # a range of shares of one whole
        ("1-3%", "%", "between 1 and 3 in every 100 adults develop it", None),
        ("0.1-0.3%", "%", "1-3 in 1,000 births", None),
        ("10-30%", "%", "between one and three in ten people", None),
        # and still not what the quote says
        ("5-9%", "%", "It affects 2 to 3 in 100 adults", "5 and 9 not found"),
        ("30 years", "year", "the idea lay dormant for two decades", "30 not found"),
        ("2 m", "m", "About a metre above the floor", "2 not found"),
    ],
)
def test_values_said_in_other_units(
    tmp_path: Path, value: str, unit: str, quote: str, problem: str | None
) -> None:
    _assert_anchoring(tmp_path, value, f"'{unit}'", quote, problem)

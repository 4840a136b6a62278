"""Per-subject consensus in words, from value groups and their relations."""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.check.compare import group_claims, relate
from factcheck.report.consensus import Aspect, subject_consensus
from tests.common import claim, subject


def consensus_of(*values: str | tuple[str, dict[str, str]], **kwargs: object) -> str:
    """The consensus line for claims with these values, each from its own source."""
    subj = subject(**kwargs)  # type: ignore[arg-type]
    claims = []
    for n, item in enumerate(values):
        text, context = item if isinstance(item, tuple) else (item, None)
        claims.append(claim(text, subj, f"c{n}", f"source-{n}", context))
    groups = group_claims(subj, claims)
    return subject_consensus(subj, groups, relate(subj, groups)).words()


@pytest.mark.parametrize(
    ("values", "kwargs", "words"),
    [
        (
            ("1.5-4.5 mg", "0.5-4.5 mg", "1.5-4.5 mg", "0.5-4.5 mg"),
            {"kind": "range"},
            "upper bound 4.5 mg: 4 sources; lower bound disputed: 0.5 mg (2) vs 1.5 mg (2)",
        ),
        (
            ("1-4 mg", "2-6 mg", "2-6 mg"),
            {"kind": "range"},
            "lower bound disputed: 2 mg (2) vs 1 mg (1); upper bound disputed: 6 mg (2) vs 4 mg (1)",
        ),
        (("4.5 mg", "4.5 mg", "4.5 mg"), {}, "4.5 mg: 3 sources"),
        (("4.5 mg",), {}, "4.5 mg: 1 source"),
        (
            ("50-100 mg", "50 mg", "50-100 mg"),
            {"kind": "range"},
            "3 sources agree: 50-100 mg (2), 50 mg (1)",
        ),
        (("5 mg", "6 mg", "5 mg"), {}, "disputed: 5 mg (2) vs 6 mg (1)"),
        (
            ("bedtime", "morning"),
            {"kind": "label", "unit": None},
            "disputed: bedtime (1) vs morning (1)",
        ),
        (
            ("5 mg", "6 mg", ">1 mg"),
            {},
            "disputed: 5 mg (1) vs 6 mg (1); consistent with all: >1 mg (1)",
        ),
        (
            (("30%", {"arm": "ldn"}), ("10%", {"arm": "placebo"})),
            {"unit": "%"},
            "30% (arm=ldn): 1 source; 10% (arm=placebo): 1 source",
        ),
        (("400", "400"), {"unit": None}, "400: 2 sources"),
        (
            ("1.5-4.5 mg", "1.5-4.5 mg", "50 mg"),
            {"kind": "range"},
            "disputed: 1.5-4.5 mg (2) vs 50 mg (1)",
        ),
        (
            ("1.5-4.5 mg", "0.5-4.5 mg", "3 mg"),
            {"kind": "range"},
            "upper bound 4.5 mg: 2 sources; single value 3 mg: 1 source; "
            "lower bound disputed: 0.5 mg (1) vs 1.5 mg (1)",
        ),
        (
            ("1.5-4.5 mg", "0.5-4.5 mg", "50 mg"),
            {"kind": "range"},
            "upper bound 4.5 mg: 2 sources; lower bound disputed: 0.5 mg (1) vs 1.5 mg (1); "
            "single value disputed: 50 mg (1)",
        ),
    ],
)
def test_consensus_in_words(
    values: tuple[str | tuple[str, dict[str, str]], ...], kwargs: dict[str, object], words: str
) -> None:
    assert consensus_of(*values, **kwargs) == words


def test_ends_within_tolerance_are_not_disputed() -> None:
    words = consensus_of("1.5-4.5 mg", "1.4-4.5 mg", "0.5-4.5 mg", kind="range", tolerance=0.2)
    assert words == (
        "upper bound 4.5 mg: 3 sources; lower bound disputed: 0.5 mg (1) vs 1.4 mg (1) vs 1.5 mg (1)"
    )


def test_a_source_counts_once_per_value() -> None:
    subj = subject()
    claims = [claim("4.5 mg", subj, "c1", "x"), claim("4.5 mg", subj, "c2", "x")]
    groups = group_claims(subj, claims)
    result = subject_consensus(subj, groups, relate(subj, groups))
    assert result.words() == "4.5 mg: 1 source"
    assert result.sources == ("x",)


def test_points_record_aspect_and_dispute() -> None:
    subj = subject(kind="range")
    claims = [claim("1.5-4.5 mg", subj, "a", "x"), claim("0.5-4.5 mg", subj, "b", "y")]
    groups = group_claims(subj, claims)
    result = subject_consensus(subj, groups, relate(subj, groups))
    assert [(p.aspect, p.disputed) for p in result.points] == [
        (Aspect.UPPER, False),
        (Aspect.LOWER, True),
    ]
    assert result.disputed


VALUES = ["1.5-4.5 mg", "0.5-4.5 mg", "1.5-3 mg", "3 mg", "50 mg", ">2 mg", "~4 mg"]


@given(
    st.lists(st.tuples(st.sampled_from(VALUES), st.integers(0, 4)), min_size=1, max_size=12),
    st.sampled_from(["value", "range"]),
    st.randoms(use_true_random=False),
)
def test_consensus_does_not_depend_on_claim_order(
    items: list[tuple[str, int]], kind: str, random: Random
) -> None:
    subj = subject(kind=kind)
    claims = [claim(v, subj, f"c{n}", f"s{src}") for n, (v, src) in enumerate(items)]
    shuffled = claims[:]
    random.shuffle(shuffled)
    words = []
    for order in (claims, shuffled):
        groups = group_claims(subj, order)
        result = subject_consensus(subj, groups, relate(subj, groups))
        words.append(result.words())
        # Every source with a claim is counted, and a point is disputed only with a conflict.
        assert result.sources == tuple(sorted({c.source for c in claims}))
        assert result.disputed == any(not r.agrees for r in relate(subj, groups))
    assert words[0] == words[1]

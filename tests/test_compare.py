"""Comparison semantics of DESIGN.md, rule by rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.check.compare import group_claims, relate
from tests.common import agree, claim, conflict, relation, subject


class TestRangeSubjects:
    def test_ranges_agree_only_if_both_ends_match(self) -> None:
        assert agree("1.5-4.5 mg", "1.5–4.5 mg", kind="range")
        assert conflict("1.5-4.5 mg", "0.5-4.5 mg", kind="range")
        assert conflict("1.5-4.5 mg", "1.5-3 mg", kind="range")

    def test_reason_names_the_end_that_differs(self) -> None:
        assert relation("1.5-4.5 mg", "0.5-4.5 mg", kind="range") == (
            False,
            "lower bound 0.5 mg vs 1.5 mg",
        )
        assert relation("1-4 mg", "1-5 mg", kind="range") == (False, "upper bound 4 mg vs 5 mg")
        both = relation("1-4 mg", "2-5 mg", kind="range")
        assert both == (False, "lower bound 1 mg vs 2 mg; upper bound 4 mg vs 5 mg")

    def test_single_number_inside_range_agrees(self) -> None:
        assert relation("50-100 mg", "50 mg", kind="range") == (True, "50 mg within 50-100 mg")
        assert relation("1.5-4.5 mg", "0.1 mg", kind="range") == (
            False,
            "0.1 mg outside 1.5-4.5 mg",
        )

    def test_units_convert_before_comparing(self) -> None:
        assert agree("1.5-4.5 mg", "1500-4500 mcg", kind="range")
        assert agree("1.5-4.5 mg", "1500 µg to 4500 µg", kind="range")

    def test_tolerance_on_ends(self) -> None:
        assert agree("1.5-4.5 mg", "1.6-4.5 mg", kind="range", tolerance=0.1)
        assert conflict("1.5-4.5 mg", "1.7-4.5 mg", kind="range", tolerance=0.1)


class TestValueSubjects:
    def test_overlap_agrees_disjoint_conflicts(self) -> None:
        assert agree("30%", "30 percent", unit="%")
        assert conflict("30%", "57%", unit="%")
        assert relation("30%", "57%", unit="%") == (False, "30% vs 57%")

    def test_rounding_rules(self) -> None:
        assert agree("30%", "30.4%", unit="%")
        assert conflict("30%", "30.6%", unit="%")  # 30.6 cannot round to 30
        assert conflict("1984", "1985", unit=None)
        # Trailing zeros are precision: 60.0 g covers 59.95-60.05 g, 60 g covers 59.5-60.5 g.
        assert conflict("60.0 g", "60.3 g", unit="g")
        assert agree("60 g", "60.3 g", unit="g")

    def test_rounding_covers_at_most_five_percent(self) -> None:
        # "1 hour" means an hour: half its last digit's place (30 minutes) would be half of it.
        assert relation("1 hour", "15-30 minutes", unit="minutes") == (
            False,
            "60 minutes outside 15-30 minutes",
        )
        assert agree("1 hour", "62 minutes", unit="minutes")
        assert conflict("1 hour", "64 minutes", unit="minutes")
        assert conflict("2 g", "2.4 g", unit="g")
        assert agree("2 g", "2.09 g", unit="g")
        # Larger numbers keep their rounding: 30% covers 29.5-30.5 %.
        assert agree("30%", "30.4%", unit="%")
        assert agree("0", "0.4", unit=None)  # zero has no size to take 5 % of

    def test_bounds_are_open_ended(self) -> None:
        assert agree(">24%", "30%", unit="%")
        assert conflict(">24%", "20%", unit="%")
        assert (
            conflict(">24%", "24%", unit="%") is False
        )  # 24 % covers [23.5, 24.5): overlaps (24, inf)
        assert conflict("<0.5 mg", "1 mg")
        assert agree("<=10", "10", unit=None)
        assert agree(">=75%", "<80%", unit="%")

    def test_bounds_on_one_side_state_limits(self) -> None:
        # "no more than 6 lozenges a day" and "no more than 8 lozenges in 24 hours": one value can
        # satisfy both, but they are two different limits.
        assert relation("<=6", "<=8", unit=None) == (False, "upper limit <=6 vs <=8")
        assert relation(">=1.5 L", ">=1.7 L", unit="L") == (False, "lower limit >=1.5 L vs >=1.7 L")
        assert conflict(">2%", ">3%", unit="%")
        assert conflict(">=1.5 L", ">1700 mL", unit="L")  # converted before comparing
        # The same limit, however written, agrees: rounding and the open or closed end aside.
        assert agree(">2%", ">=2%", unit="%")
        assert agree(">=1.5 L", ">=1500 mL", unit="L")
        assert agree("<8", "<=8.2", unit=None)  # 8 covers [7.5, 8.5)
        assert agree("<=6", "<=7", unit=None, tolerance=1)
        # Bounds on opposite sides, and a bound against a number, compare as intervals.
        assert agree(">=1.5 L", "<=3 L", unit="L")
        assert agree(">=1.5 L", "2 L", unit="L")
        assert conflict(">=1.5 L", "1 L", unit="L")

    def test_approximation_widens(self) -> None:
        assert agree("~30%", "32%", unit="%")
        assert conflict("~30%", "34%", unit="%")

    def test_approximate_share_widens_by_its_complement_above_half(self) -> None:
        # "about 97 percent" leaves about 3 % out: 10 % of that, not of 97 (87 % would agree).
        assert relation("~97%", "~93%", unit="%") == (False, "~93% vs ~97%")
        assert conflict("~99%", "98%", unit="%")
        assert agree("~70%", "67%", unit="%")
        assert conflict("~70%", "66%", unit="%")
        assert agree("~50%", "45%", unit="%")
        # Other units widen by 10 % of the number itself.
        assert agree("~97 mg", "90 mg", unit="mg")

    def test_approximate_sound_level_widens_by_3_decibels(self) -> None:
        # Decibels are a logarithm: 10 % of "around 91 dB" would be eight times the energy.
        assert relation("~91 dB", "~98 dB", unit="dB") == (False, "~91 dB vs ~98 dB")
        assert agree("~91 dB", "94 dB", unit="dB")
        assert conflict("~91 dB", "95 dB", unit="dB")
        assert agree("~85 dB", "~90 dB", unit="dB")

    def test_approximation_of_a_large_whole_number_widens_by_two_steps_at_most(self) -> None:
        # "around 7,200 staff" is written to the hundred: 7,000-7,400, not 6,480-7,920.
        assert relation("~7200", "6850", unit=None) == (False, "6850 vs ~7200")
        assert agree("~7200", "7000", unit=None)
        assert agree("~7,200", "7,390", unit=None)
        assert conflict("~52,000 acres", "14,200 hectares", unit="hectares")
        # A last digit 5 steps by fives: "about 1,500" may well be 1,400.
        assert agree("~1,500", "1,400", unit=None)
        assert agree("~7,250", "7,160", unit=None)
        # A step wider than 10 % leaves 10 %: "about 600", "about 1.5 million".
        assert agree("~600", "545", unit=None)
        assert agree("~1.5e6", "1.36e6", unit=None)
        # Below 100 and with decimals the 10 % stays: "about 45 minutes", "about a third"
        # (~33.3%), "about 1.6 miles".
        assert agree("~45 minutes", "41 minutes", unit="minutes")
        assert agree("~33.3%", "~36%", unit="%")
        assert agree("~1.6 miles", "2.4 km", unit="km")

    def test_absolute_and_relative_tolerance(self) -> None:
        assert agree("50 mg", "52 mg", tolerance=2)
        assert conflict("50 mg", "53 mg", tolerance=2)
        assert agree("100 mg", "104 mg", tolerance="5%")
        assert conflict("100 mg", "106 mg", tolerance="5%")

    def test_dimensionless_subject_takes_percentages(self) -> None:
        assert agree("0.3", "30%", unit=None)


class TestLabels:
    def test_equal_labels_agree_different_conflict(self) -> None:
        assert agree("bedtime", "Bedtime", kind="label", unit=None)
        assert relation("bedtime", "any time", kind="label", unit=None) == (
            False,
            "any time vs bedtime",
        )


class TestContexts:
    def test_different_contexts_are_related_not_compared(self) -> None:
        subj = subject(unit="%")
        drug = claim("80%", subj, "drug", "x", {"arm": "ldn"})
        placebo = claim("33%", subj, "placebo", "y", {"arm": "placebo"})
        assert relate(subj, group_claims(subj, [drug, placebo])) == []

    def test_a_key_only_one_claim_has_separates(self) -> None:
        # The claim with the key is a special case of the general figure (0.2.0
        # compared them, and marking a claim could turn one conflict into two alike).
        subj = subject(unit="%")
        a = claim("80%", subj, "a", "x", {"arm": "ldn"})
        b = claim("33%", subj, "b", "y")
        assert relate(subj, group_claims(subj, [a, b])) == []


class TestGroups:
    def test_same_value_forms_one_group(self) -> None:
        subj = subject(kind="range")
        claims = [claim("1.5-4.5 mg", subj, f"c{i}", f"s{i}") for i in range(50)]
        claims.append(claim("1500-4500 µg", subj, "micro", "s99"))
        (group,) = group_claims(subj, claims)
        assert len(group.claims) == 51 and len(group.sources) == 51

    def test_group_ids_do_not_depend_on_claim_order(self) -> None:
        subj = subject(kind="range")
        claims = [
            claim(v, subj, f"c{i}", f"s{i}")
            for i, v in enumerate(["0.5-4.5 mg", "1.5-4.5 mg", "0.1 mg"])
        ]
        forward = group_claims(subj, claims)
        backward = group_claims(subj, list(reversed(claims)))
        assert forward == backward


values = st.one_of(
    st.builds(lambda x: f"{x} mg", st.integers(0, 20)),
    st.builds(lambda x, y: f"{min(x, y)}-{max(x, y)} mg", st.integers(0, 20), st.integers(0, 20)),
    st.builds(
        lambda q, x: f"{q}{x} mg", st.sampled_from([">", ">=", "<", "<=", "~"]), st.integers(0, 20)
    ),
)


@given(values, values, st.sampled_from(["value", "range"]), st.sampled_from([0, 1, "10%"]))
def test_comparison_is_symmetric(a: str, b: str, kind: str, tolerance: object) -> None:
    forward, backward = (
        relation(a, b, kind=kind, tolerance=tolerance),
        relation(b, a, kind=kind, tolerance=tolerance),
    )
    assert (forward is None) == (backward is None)
    if forward and backward:
        assert forward[0] == backward[0]


@given(values, values, st.sampled_from(["value", "range"]))
def test_comparison_is_invariant_under_unit_conversion(a: str, b: str, kind: str) -> None:
    def in_micrograms(text: str) -> str:
        import re

        return re.sub(r"(\d+)", lambda m: str(int(m[1]) * 1000), text).replace("mg", "µg")

    # Microgram values stated in whole micrograms are more precise, so compare with tolerance
    # wide enough to absorb the rounding widths of both spellings.
    kwargs = {"kind": kind, "tolerance": 0.5}
    assert agree(a, b, **kwargs) == agree(in_micrograms(a), b, **kwargs)


@pytest.mark.parametrize("kind", ["value", "range"])
def test_relations_do_not_depend_on_claim_order(kind: str) -> None:
    subj = subject(kind=kind)
    texts = ["1.5-4.5 mg", "0.5-4.5 mg", "0.1 mg", "50 mg", ">2 mg", "~3 mg", "1.5-4.5 mg"]
    claims = [claim(t, subj, f"c{i}", f"s{i}") for i, t in enumerate(texts)]
    forward = relate(subj, group_claims(subj, claims))
    backward = relate(subj, group_claims(subj, claims[::-1]))
    assert forward == backward


def test_counts_and_years_read_bare_in_reasons() -> None:
    # "dimensionless" is pint's name for a plain number; reports show "354", not "354 dimensionless".
    assert relation("400", "354", unit="dimensionless") == (False, "354 vs 400")
    assert relation("1985", "1980-1989", unit="dimensionless", kind="range") == (
        True,
        "1985 within 1980-1989",
    )

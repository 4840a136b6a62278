"""A person's age and the ages of a group as a measure of their own (ages25): drafted in a unit
of age ("72 years old", ``year_of_age``) that compares with ages and never with a duration;
named and grouped by whose ages they are, so that round 21's two ages of one farmer ("Ilse
Varga, 72," and "The 68-year-old farmer") and two pages' ages a condition affects most ("most
common between the ages of 40 and 60", "most often affects people aged 25 to 45") conflict."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.values.grammar import parse_value
from factcheck.values.units import UnitError, Units
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 3, 18, 12, 0, tzinfo=datetime.UTC).timestamp()


def drafted(text: str) -> dict[str, tuple[str, str, dict[str, str]]]:
    """Each draft's mention text: its value, its subject's dimension and its context."""
    return {
        d.mention.text: (d.value, d.mention.dimension, dict(d.subject.context))
        for d in draft_claims("doc", text, WORDS)
    }


def draft_of(text: str, figure: str) -> tuple[str, str, dict[str, str]]:
    """The draft whose mention starts with ``figure``: its value, dimension and context."""
    return next(found for said, found in drafted(text).items() if said.startswith(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # Round 21's meteorite (news agency, US paper) and heel pain (clinic, hospital leaflet).
        (
            "The stone was found on Friday morning by Ilse Varga, 72, who has farmed the land.",
            "72",
            "72 years old",
        ),
        ("The 68-year-old farmer was at home on Thursday night.", "68-year", "68 years old"),
        (
            "About 1 in 10 people will have it at some point in their lives, and it is most common "
            "between the ages of 40 and 60.",
            "between the ages of 40 and 60",
            "40-60 years old",
        ),
        ("It most often affects people aged 25 to 45.", "25 to 45", "25-45 years old"),
        # A person's age in other words: kin and pronouns, months of age, a bound after people.
        ("Move to a pea-sized amount when your child turns 3.", "3", "3 years old"),
        ("Help them brush until they are at least 7 years old.", "at least 7", ">=7 years old"),
        ("The lotion is licensed from six months of age.", "six months", "6 months old"),
        ("Babies under 6 months do not need extra water.", "under 6", "<6 months old"),
        (
            "Most children stop napping between ages 3 and 5.",
            "between ages 3 and 5",
            "3-5 years old",
        ),
    ],
)
def test_an_age_is_drafted_in_a_unit_of_age(sentence: str, figure: str, value: str) -> None:
    assert draft_of(sentence, figure)[:2] == (value, "age")
    assert parse_value(value).unit.endswith("_of_age")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # A thing's age is the time since it began (``events``), no person's age.
        ("The twelve-year-old vessel sails under the Maltese flag.", "twelve-year", "12 years"),
        ("The 90-year-old chain is joining forces with Halberd Foods.", "90-year", "90 years"),
        ("This is guidance that is nearly ten years old.", "nearly ten", "~10 years"),
        ("The society turns 40 in May.", "40", "40 years"),
        # Durations stay durations.
        ("Keep the stone in the dark for 72 hours.", "72", "72 hours"),
        ("She has farmed the land for 25 years.", "25", "25 years"),
    ],
)
def test_what_is_no_persons_age_stays_a_time(sentence: str, figure: str, value: str) -> None:
    assert draft_of(sentence, figure)[:2] == (value, "duration")


def test_an_age_never_converts_to_a_duration() -> None:
    units = Units()
    assert units.converter("month_of_age", "year_of_age")(6.0) == 0.5
    with pytest.raises(UnitError):
        units.converter("hour", "year_of_age")
    with pytest.raises(UnitError):
        units.converter("year", "year_of_age")


@pytest.mark.parametrize(
    ("sentence", "figure", "ages"),
    [
        # An age that names the group another figure is about stays that figure's population.
        ("Children aged 4 to 8 need about 1.2 litres of total water a day.", "about 1.2", "4-8"),
        ("Children aged 9 to 13 should have no more than 23 mg a day.", "no more than 23", "9-13"),
        (
            "For children aged 2 to 5, we recommend no more than 1 hour a day.",
            "no more than 1",
            "2-5",
        ),
    ],
)
def test_an_age_naming_a_population_is_a_context(sentence: str, figure: str, ages: str) -> None:
    found = drafted(sentence)
    assert draft_of(sentence, figure)[2]["population"] == f"ages {ages}"
    # The ages themselves are about that group, not a claim of which ages: their own context.
    own = next(value for value in found.values() if value[1] == "age")
    assert own[2]["population"] == f"ages {ages}"


def test_the_ages_a_condition_affects_most_are_no_population() -> None:
    found = draft_of("It most often affects people aged 25 to 45.", "25 to 45")
    assert "population" not in found[2]


def test_two_pages_ages_of_one_farmer_conflict(tmp_path: Path) -> None:
    # Round 21's meteorite: the agency names her with her age, the US paper by her work.
    claims, report = extract_and_check(
        tmp_path,
        {
            "wire.md": "# Barn meteorite heads for auction\n\nThe stone was found on Friday "
            "morning by Ilse Varga, 72, who has farmed the land north of Kelvbrunn for most "
            "of her life.\n",
            "tribune.md": "# A meteorite crashed through a barn\n\nKELVBRUNN - Ilse Varga "
            "has fielded calls from reporters and scientists.\n\nThe 68-year-old farmer was "
            "at home on Thursday night when a fireball lit up the sky.\n",
        },
        stamp=_STAMP,
    )
    assert ("68 years old", "72 years old") in conflicting_values(report)
    label = {s["id"]: s["label"] for s in claims["subjects"]}
    ages = [c for c in claims["claims"] if c["value"].endswith("years old")]
    assert len({c["subject"] for c in ages}) == 1
    assert label[ages[0]["subject"]].startswith("Age of")


def test_two_pages_ages_most_affected_conflict(tmp_path: Path) -> None:
    # Round 21's heel pain: the clinic page and the hospital leaflet.
    claims, report = extract_and_check(
        tmp_path,
        {
            "clinic.md": "# Plantar heel pain\n\nIt is very common. About 1 in 10 people will have it "
            "at some point in their lives, and it is most common between the ages of 40 and "
            "60.\n",
            "leaflet.md": "# Plantar heel pain\n\nPlantar fasciitis is pain under the heel. It "
            "most often affects people aged 25 to 45, and it is more likely if you stand for "
            "long periods at work.\n",
        },
        stamp=_STAMP,
    )
    assert ("25-45 years old", "40-60 years old") in conflicting_values(report)
    labels = {s["label"] for s in claims["subjects"]}
    assert "Ages most often affected" in labels


def test_a_persons_age_never_meets_a_duration(tmp_path: Path) -> None:
    # "72" is Varga's age; "72 hours" a time, though both pages speak of the stone and the farm.
    _, report = extract_and_check(
        tmp_path,
        {
            "wire.md": "# Barn meteorite\n\nThe stone was found by Ilse Varga, 72, who has "
            "farmed the land for most of her life.\n",
            "weekly.md": "# Fireball\n\nThe stone from the Varga farm was kept sealed for 68 "
            "hours before it was tested.\n",
        },
        stamp=_STAMP,
    )
    assert not any("hours" in " ".join(pair) for pair in conflicting_values(report))


def test_one_persons_age_and_a_groups_ages_stay_apart(tmp_path: Path) -> None:
    # Round 21's heel pain l13: the blogger's own age is no age range the condition is common in.
    _, report = extract_and_check(
        tmp_path,
        {
            "blog.md": "# My heel pain\n\nI'm 38, I run about 40 km a week when things are "
            "going well.\n",
            "clinic.md": "# Heel pain\n\nIt is very common, and it is most common between the "
            "ages of 40 and 60.\n",
        },
        stamp=_STAMP,
    )
    assert conflicting_values(report) == []


def test_two_pages_ages_of_the_youngest_conflict(tmp_path: Path) -> None:
    """Round 22's caverescue d9: the group's youngest is one person though no page names them,
    and the person the page named last before "a 19-year-old" is someone else."""
    docs = {
        "courier.md": "# Cavers out\n\nPublished 2025-08-14.\n\nRescue chief Anna Ebbesen said "
        "the divers worked through the night. The youngest, a 19-year-old first-year student, "
        "was the first to be brought out.\n",
        "magazine.md": "# Seventy hours\n\nPublished 2025-09-01.\n\nThe youngest of the group, "
        "aged 22, told me the hardest part was the waiting.\n",
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == [
        ("19 years old", "22 years old")
    ]

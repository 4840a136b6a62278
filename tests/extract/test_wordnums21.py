"""Figures said with a bound between the number and its unit or noun ("three or more times a
week", "10 or more cigarettes a day", "a 10-plus year wait"), and ages read as ages, in years
("children aged two and over", "people over 65", "the over-65s", "18 and under"), with the same
words where they state no such thing. Measured with ``python benchmarks/disagreements.py`` and
``python benchmarks/extract_eval.py`` (``docs/extract.md``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import equivalence, group
from factcheck.extract.mentions.find import find_mentions
from tests.common import UNITS, WORDS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents
from tests.extract.test_grouping_acted import AFTER, BEFORE, BETWEEN


def said(text: str) -> list[tuple[str, str, str, str, str]]:
    """Each mention's surface text, value, dimension, counted noun and rate base."""
    return [(m.text, m.value, m.dimension, m.noun, m.per) for m in find_mentions(text, WORDS)]


#: A bound said between a number (in words or digits) and its unit or counted noun: read as
#: "at least N ..." is, with the unit or noun and the rate's base.
BETWEEN_SAID: list[tuple[str, tuple[str, str, str, str, str]]] = [
    ("You need your reliever three or more times a week.",
     ("three or more times a week", ">=3", "count", "times", "week")),
    ("Use it 3 or more times a week.", ("3 or more times a week", ">=3", "count", "times", "week")),
    ("If asthma wakes you two or more nights a week, book a review.",
     ("two or more nights a week", ">=2", "count", "nights", "week")),
    ("Take two or more puffs.", ("two or more puffs", ">=2", "count", "puffs", "")),
    ("Smokers of 10 or more cigarettes a day were excluded.",
     ("10 or more cigarettes a day", ">=10", "count", "cigarettes", "day")),
    ("Eat five or fewer eggs a week.", ("five or fewer eggs a week", "<=5", "count", "eggs", "week")),
    ("It takes 10 or so minutes.", ("10 or so minutes", "~10 minutes", "duration", "", "")),
    ("Dose 5 or more mg.", ("5 or more mg", ">=5 mg", "dose", "", "")),
    ("A 10-plus year wait.", ("10-plus year", ">=10 years", "duration", "", "")),
    ("We had 50-plus people.", ("50-plus people", ">=50", "count", "people", "")),
    # "one or more" with how often it happens is a count
    ("Take one or more tablets a day.", ("one or more tablets a day", ">=1", "count", "tablets",
                                         "day")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BETWEEN_SAID)
def test_a_bound_between_a_number_and_its_unit_keeps_the_unit(
    text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing counted after the bound: the bound after the number alone, as before
        ("Do 3 or more of them.", [("3 or more", ">=3", "number", "", "")]),
        ("Take 2 or more, if needed.", [("2 or more", ">=2", "number", "", "")]),
        ("For ages 12+ only.", [("12+", ">=12 years old", "age", "", "")]),
        # "one or more" of a thing says "some"
        ("Pass one or more source directories.", []),
        # a bare "plus" may add one amount to another
        ("Add 2 plus 3 days.", [("3 days", "3 days", "duration", "", "")]),
        # a comparison after "times" stays a multiplier
        ("Two or more times higher risk.", [("Two or more times", ">=2", "ratio", "", "")]),
    ],
)
def test_the_same_words_where_no_unit_follows(
    text: str, expected: list[tuple[str, str, str, str, str]]
) -> None:
    assert said(text) == expected


#: Ages, in years of age (ages25: a measure of their own, never a duration): after a word of
#: age, in an age group, or a bound right after people.
AGES: list[tuple[str, tuple[str, str]]] = [
    ("The lotion is licensed only for children aged two and over, so ask.",
     ("two and over", ">=2 years old")),
    ("A creche is available for children aged 3 and over; please book.", ("3 and over", ">=3 years old")),
    ("Adults and children 12 and over take 10 mg.", ("12 and over", ">=12 years old")),
    ("Children aged 6 to 11 take 5 mg.", ("6 to 11", "6-11 years old")),
    ("It is suitable for children from age 6.", ("6", "6 years old")),
    ("It is for people aged 18 and under.", ("18 and under", "<=18 years old")),
    ("Those aged 16 and above.", ("16 and above", ">=16 years old")),
    ("Under-16s go free.", ("Under-16s", "<16 years old")),
    ("The over-65s are most at risk.", ("over-65s", ">65 years old")),
    ("People over 65 should get it.", ("over 65", ">65 years old")),
    ("Once you're past 50, get your hearing checked.", ("past 50", ">50 years old")),
    ("If you are over 65, ask your doctor.", ("over 65", ">65 years old")),
    ("Adults 18+ can join.", ("18+", ">=18 years old")),
    ("Women 40 to 60 were asked.", ("40 to 60", "40-60 years old")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_ages_are_read_in_years(text: str, expected: tuple[str, str]) -> None:
    found = [(m.text, m.value) for m in find_mentions(text, WORDS)]
    assert found[0] == expected
    assert find_mentions(text, WORDS)[0].dimension == "age"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hundred people or more is a count of them, not their age
        ("Patients over 100 were enrolled.", [("over 100", ">100")]),
        # what the number counts is said after it
        ("Children under 12 times a day.", [("under 12 times a day", "<12")]),
        ("People over 65 jabs.", [("over 65 jabs", ">65")]),
        # a unit of another dimension
        ("We are over 40 miles away.", [("over 40 miles", ">40 miles")]),
        # no word of age before it ("stage", "image" end in it)
        ("Stage 4 cancer and image 3.", [("3", "3")]),
        # "and under" before another number, or before a compound ("under-16s"), bounds nothing
        ("It has 3 and under 10.", [("3", "3"), ("under 10", "<10")]),
        (
            "Concessions at £5 and under-16s free.",
            [("£5", "5 GBP"), ("under-16s", "<16 years old")],
        ),
    ],
)
def test_the_same_words_that_state_no_age(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in find_mentions(text, WORDS)] == expected


def test_a_bound_before_another_figure_of_any_length_bounds_that_figure() -> None:
    # (a two-digit figure after "at least" is the next figure's, as a one-digit one is)
    assert said("Walk 30 minutes at least 10 days a month.") == [
        ("30 minutes", "30 minutes", "duration", "", ""),
        ("at least 10 days", ">=10 days", "duration", "", ""),
    ]


def test_an_age_between_values_and_their_restated_list_is_skipped() -> None:
    text = (
        "The intake is 600 IU per day, rising to 800 IU for people over 70. "
        "In micrograms that is 15 mcg and 20 mcg."
    )
    mentions = find_mentions(text, WORDS)
    assert [m.value for m in mentions] == ["600 IU", "800 IU", ">70 years old", "15 µg", "20 µg"]
    assert equivalence.restated_lists(text, mentions, UNITS) == [(0, 3), (1, 4)]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(d.value, d.subject.role) for d in draft_claims("doc", text, WORDS)]


def test_an_age_group_for_another_figure_is_no_threshold() -> None:
    assert (">70 years old", "") in _roles("Take 800 IU for people over 70.")
    # alone in its clause, the age a thing is for is a threshold, as "older than 2 months" is
    assert ("3 years old", "threshold") in _roles("We don't recommend DEET for children under 3.")
    assert ("2 months old", "threshold") in _roles(
        "DEET products are safe for children older than 2 months."
    )


def test_ages_of_whom_two_products_are_for_are_no_act_stated_twice() -> None:
    first = "For adults and children aged 12 and over, the dose is one tablet."
    second = "The spray is suitable for adults and children from age 6."
    text = f"Your guide\n\n{BEFORE}\n\n{first}\n\n{BETWEEN}\n\n{second}\n\n{AFTER}\n"
    corpus = group._corpus(documents(text), UNITS)
    ages = [
        i for i, (_, _, d) in enumerate(corpus.drafts) if d.mention.amount.unit == "year_of_age"
    ]
    assert len(ages) == 2
    assert tuple(ages) not in group._acted_twice(corpus, 0)


def test_a_bound_between_meets_the_other_pages_bound(tmp_path: Path) -> None:
    """How often reliever use means a review, said with "or more" and "more than"."""
    _, report = extract_and_check(
        tmp_path,
        {
            "gp.md": "# Asthma review\n\nBook a review if you use your reliever three or more "
            "times a week.\n",
            "leaflet.md": "# Your reliever\n\nBook a review if you use your reliever more than "
            "five times a week.\n",
        },
    )
    # Each is the threshold of a condition ("if you use your reliever more than five times a
    # week"), so the two thresholds, 3 and 5, disagree (thresholds24).
    assert conflicting_values(report) == [("3", "5")]

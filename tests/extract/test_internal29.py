"""A page contradicting itself about one individual's age or one threshold of advice (internal29).

One individual has one age when a page is written: "His grandson, Tom Pennock, 34, found it"
and "Mr Pennock, 38, said the family would ..." (a local paper), "The wolf, a two-year-old male
known to researchers as Ruvo" and "Whether the 18-month-old wolf stays in the delta ..." (a news
report) are one quantity stated twice (``ages.individual``, ``group._aged_twice``). And one
referral told twice gives one threshold: "See a GP ... if you are aged 55 or over and your
heartburn is new" and "anyone over 45 with new heartburn should see a doctor"; "The lotion is
licensed from six months of age" and "The lotion is licensed only for children aged two and
over" (``group._referral_ages``).

The look-alikes of one page stay apart: two people of one family (two given names, "Mr" and
"Mrs"), two of a kind ("the 3-year-old mare", "the 5-year-old mare"), a third age, ages of
another time, a referral for the young against one for the old, another time's advice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.grouping.ages import individual, one_individual
from factcheck.extract.grouping.group import consolidate
from tests.common import UNITS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents


def _individual(sentence: str, figure: str) -> tuple[str, str]:
    start = sentence.index(figure)
    return individual(sentence, (start, start + len(figure)))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("His grandson, Tom Pennock, 34, found it last autumn.", "34", ("Pennock", "Tom")),
        ("Mr Pennock, 38, said the family would use the money.", "38", ("Pennock", "Mr")),
        (
            "The wolf, a two-year-old male known as Ruvo, was collared.",
            "two-year",
            ("the wolf", "apposed"),
        ),
        (
            "Whether the 18-month-old wolf stays will depend on prey.",
            "18-month",
            ("the wolf", "the"),
        ),
        # a plural names several; an indefinite phrase any one
        ("Whether the two-year-old cubs stay will depend on prey.", "two-year", ("", "")),
        ("A two-year-old wolf was seen near the road.", "two-year", ("", "")),
        # an age said at another time is no apposition
        ("Tom Pennock was 12 when his grandfather parked it.", "12", ("", "")),
    ],
)
def test_whose_age_a_page_states(sentence: str, figure: str, expected: tuple[str, str]) -> None:
    assert _individual(sentence, figure) == expected


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("Tom", "Mr", True),
        ("apposed", "the", True),
        ("Tom", "Tom", True),
        ("Tom", "Arthur", False),
        ("Mr", "Mrs", False),
        ("the", "the", False),
    ],
)
def test_two_ways_of_naming_may_name_one_individual(first: str, second: str, one: bool) -> None:
    assert one_individual(first, second) is one


def _ids(page: str) -> dict[str, str]:
    (doc,) = consolidate(documents(page), UNITS)
    return {d.mention.text: d.subject.id for d in doc.drafts}


#: A local paper's story of a barn find: the grandson's age in the second paragraph and again
#: near the end, with a sale price and a year around them.
def _barn(first: str, second: str, extra: str = "") -> str:
    return (
        "# Barn find roadster sells for £212,000\n\n"
        "The car, one of only nine left in the world, was parked in the barn by farmer Arthur "
        f"Pennock and had not moved since 1979. His grandson, {first}, found it last autumn "
        "while clearing the farm after his grandfather's death.\n\n"
        f"{extra}"
        "The auctioneer said a full restoration would cost around £60,000, but that many buyers "
        "now prefer cars in the condition they were found.\n\n"
        f"The buyer, a private collector, did not wish to be named. {second}, said the family "
        "would use part of the money to repair the farmhouse roof.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "extra", "joined"),
    [
        # one person's two ages: the page contradicting itself
        ("Tom Pennock, 34", "Mr Pennock, 38", "", True),
        ("Tom Pennock, 34", "Tom Pennock, 38", "", True),
        # two people of one family: two given names, a man and a woman
        ("Tom Pennock, 34", "Sarah Pennock, 38", "", False),
        ("Mrs Pennock, 34", "Mr Pennock, 38", "", False),
        # a third age of the name: the page gives ages of several of them
        ("Tom Pennock, 34", "Mr Pennock, 38", "Mr Pennock, 36, lives in town.\n\n", False),
        # too far apart to be one age misstated
        ("Tom Pennock, 34", "Mr Pennock, 81", "", False),
    ],
)
def test_one_persons_age_stated_twice(first: str, second: str, extra: str, joined: bool) -> None:
    ids = _ids(_barn(first, second, extra))
    one, other = first.rsplit(" ", 1)[1], second.rsplit(" ", 1)[1]
    assert (ids[one] == ids[other]) is joined


#: A news report on a collared wolf: its age in apposition, and again in a definite phrase.
def _wolf(first: str, second: str) -> str:
    return (
        "# Young wolf ends 1,140 km trek in the delta\n\n"
        f"{first} was fitted with a GPS collar in the park earlier this year. The collar has "
        "let scientists follow him almost step by step.\n\n"
        "Since he arrived in the delta, the wolf has killed 28 sheep on seven farms, according "
        "to the provincial council.\n\n"
        f"Whether {second} stays in the delta will depend on whether he can find a mate and "
        "enough wild prey, a researcher said.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "figures", "joined"),
    [
        (
            "The wolf, a two-year-old male known to researchers as Ruvo,",
            "the 18-month-old wolf",
            ("two-year", "18-month"),
            True,
        ),
        # an age of another time: the cub it was
        (
            "The wolf, a two-year-old male known to researchers as Ruvo,",
            "the wolf, then an 18-month-old cub,",
            ("two-year", "18-month"),
            False,
        ),
        # an indefinite phrase refers to no wolf the page spoke of
        (
            "The wolf, a two-year-old male known to researchers as Ruvo,",
            "an 18-month-old wolf",
            ("two-year", "18-month"),
            False,
        ),
    ],
)
def test_one_animals_age_stated_twice(
    first: str, second: str, figures: tuple[str, str], joined: bool
) -> None:
    ids = _ids(_wolf(first, second))
    assert (ids[figures[0]] == ids[figures[1]]) is joined


#: A pharmacy guide to heartburn: when to see a doctor, said in its own section and again in
#: another section's advice.
def _heartburn(first: str, second: str) -> str:
    return (
        "# Heartburn and acid reflux\n\n"
        "Over-the-counter omeprazole is only for adults aged 18 and over. Don't take it for "
        "more than 14 days in a row without talking to a pharmacist.\n\n"
        "## When to see a doctor\n\n"
        "See a GP if you have heartburn most days for 3 weeks or more, if medicines from the "
        f"pharmacy are not helping, or {first}.\n\n"
        "## Is it serious?\n\n"
        f"Usually it is nothing serious, but {second} rather than treating it themselves.\n"
    )


def _conflict(report: dict[str, Any], first: str, second: str) -> bool:
    return any({first, second} <= set(values) for values in conflicting_values(report))


def test_one_referrals_age_told_twice_contradicts_the_page(tmp_path: Path) -> None:
    page = _heartburn(
        "if you are aged 55 or over and your heartburn is new",
        "anyone over 45 with new heartburn should see a doctor",
    )
    _, report = extract_and_check(tmp_path, {"guide.md": page})
    assert _conflict(report, ">=55 years old", ">45 years old")


@pytest.mark.parametrize(
    ("first", "second", "figures", "joined"),
    [
        (
            "if you are aged 55 or over and your heartburn is new",
            "anyone over 45 with new heartburn should see a doctor",
            ("55 or over", "over 45"),
            True,
        ),
        # a referral for the young against one for the old: two thresholds
        (
            "if you are aged 55 or over and your heartburn is new",
            "anyone under 18 with new heartburn should see a doctor",
            ("55 or over", "under 18"),
            False,
        ),
        # another time's advice
        (
            "if you are aged 55 or over and your heartburn is new",
            "before 2019 anyone over 45 with new heartburn was told to see a doctor",
            ("55 or over", "over 45"),
            False,
        ),
        # nothing the two clauses share: two referrals of two things
        (
            "if you are aged 55 or over and your heartburn is new",
            "anyone over 45 who is losing weight should see a doctor",
            ("55 or over", "over 45"),
            False,
        ),
    ],
)
def test_referral_thresholds(
    first: str, second: str, figures: tuple[str, str], joined: bool
) -> None:
    ids = _ids(_heartburn(first, second))
    assert (ids[figures[0]] == ids[figures[1]]) is joined


def test_whom_a_product_is_for_told_twice() -> None:
    page = (
        "Q: My daughter is seven and has had lice twice since September. What should I use?\n\n"
        "A: A dimeticone lotion is a good first choice. The lotion is licensed from six months "
        "of age, so it is safe for your daughter.\n\n"
        "Leave it on for eight hours, then wash it out, and repeat after seven days.\n\n"
        "The lotion is licensed only for children aged two and over, so ask your pharmacist "
        "before using it on a younger child.\n"
    )
    ids = _ids(page)
    assert ids["six months"] == ids["two and over"]

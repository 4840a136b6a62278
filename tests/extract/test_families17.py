"""One quantity whose two mentions were drafted in different families (issue families17).

A figure's family (its unit's dimension, a count's class of noun) decides which figures grouping
ever compares. The phrasings below are written from how documents lay out counts and spans of
time in general English, not from one corpus's lines: a number under a table's column heading
or after a label before a participle takes the noun they name; "N of the M nouns" counts the
nouns; a unit of two words wrapped across lines is still the unit; "N working days" is a span of
days; the nouns that count one population (customers and accounts, fans and attendees) are one
class of count.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import similarity
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.subjects import counted
from tests import common
from tests.common import WORDS


def mentions(text: str) -> list[tuple[str, str, str]]:
    """(value, dimension, noun or unit) of every mention in ``text``."""
    return [(m.value, m.dimension, m.noun or m.amount.unit) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit of two words wrapped between them by hard-wrapped text.
        ("should be no more than 10 per\ncent of her calories", ("<=10%", "share", "%")),
        ("about 12 per\n  cent of adults", ("~12%", "share", "%")),
        # Days and weeks of one kind are spans of time, never counts of "days".
        ("Results usually arrive within 10 working days.", ("<=10 days", "duration", "day")),
        ("We reply within three business days.", ("<=3 days", "duration", "day")),
        ("The refund takes 30 calendar days.", ("30 days", "duration", "day")),
        ("The course lasts five school days.", ("5 days", "duration", "day")),
        ("Shares settle in two trading days.", ("2 days", "duration", "day")),
        ("It was open for two working weeks.", ("2 weeks", "duration", "week")),
        # ... not other nouns after the same words.
        ("The council set up 10 working groups.", ("10", "count", "groups")),
        ("She handed out 30 business cards.", ("30", "count", "cards")),
    ],
)
def test_units_of_time_and_wrapped_units(text: str, expected: tuple[str, str, str]) -> None:
    assert mentions(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Civic Union won 24 of the 60 seats.", ("24", "count", "seats")),
        ("Only 3 of 10 patients improved.", ("3", "count", "patients")),
        ("The chain closed 12 of its 40 stores.", ("12", "count", "stores")),
        ("Inspectors failed 7 of the buses.", ("7", "count", "buses")),
        # No noun counted right after "of": a page, a superlative, a pronoun, one thing.
        ("See page 4 of 12.", None),
        ("It was 5 of the best.", None),
        ("Chapter 3 of the book explains it.", None),
        ("In all, 2 of the most common groups agreed.", None),
        ("Only 10 of them left.", None),
        ("In 2020 of all years, sales fell.", None),  # a year
    ],
)
def test_a_number_counts_the_whole_after_of(
    text: str, expected: tuple[str, str, str] | None
) -> None:
    found = mentions(text)
    if expected is None:
        assert all(dimension != "count" for _, dimension, _ in found)
    else:
        assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A label's noun before its participle: "Homes destroyed", "Seats won".
        ("Homes destroyed: 83", "homes"),
        ("Seats won: 24", "seats"),
        ("Tickets sold: 40,000", "tickets"),
        ("People evacuated: 1,200", "people"),
        ("| Accounts affected | 3.1 million |", "accounts"),
    ],
)
def test_a_label_names_what_its_figures_count(text: str, noun: str) -> None:
    found = mentions(text)
    assert found
    assert all(dimension == "count" and said == noun for _, dimension, said in found)


@pytest.mark.parametrize(
    "text",
    [
        "Notes: Civic Union 24, Green Alliance 15",  # a label that counts nothing
        "Results published: 12",
        "Numbers used: 4",
        "Dates: Monday 14, Tuesday 15",
    ],
)
def test_labels_that_count_nothing(text: str) -> None:
    assert all(dimension != "count" for _, dimension, _ in mentions(text))


TABLE = """\
| Party | Votes | Seats | Share |
|---|---:|---:|---:|
| Civic Union | 301,522 | 24 | 37.5% |
| Green Alliance | 188,430 | 15 | 23.4% |
"""


def test_a_column_heading_names_what_its_cells_count() -> None:
    assert mentions(TABLE) == [
        ("301522", "count", "votes"),
        ("24", "count", "seats"),
        ("37.5%", "share", "%"),
        ("188430", "count", "votes"),
        ("15", "count", "seats"),
        ("23.4%", "share", "%"),
    ]


def test_column_headings_that_count_nothing() -> None:
    table = "| Chapter | Page | Year |\n|---|---|---|\n| One | 14 | 2019 |\n"
    assert mentions(table) == [("14", "number", ""), ("2019", "year", "")]


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        # One population counted by person or by what is kept of each.
        ("customers", "accounts", True),
        ("users", "accounts", True),
        ("clients", "customers", True),
        ("customers", "subscribers", True),
        ("fans", "attendees", True),
        ("spectators", "visitors", True),
        ("homes", "properties", True),
        ("employees", "staff", True),
        # Two things: seats and votes, customers and their orders, doses and days.
        ("seats", "votes", False),
        ("customers", "orders", False),
        ("doses", "days", False),
        ("fans", "seats", False),
        ("seats", "members", False),
        ("homes", "people", False),
    ],
)
def test_nouns_of_one_population(a: str, b: str, alike: bool) -> None:
    assert counted.alike(a, b) is alike
    assert counted.alike(b, a) is alike


@pytest.mark.parametrize(
    ("noun", "people"),
    [
        ("customers", True),
        ("accounts", True),  # a business's customers, counted by account
        ("users", True),
        ("fans", True),
        ("electors", True),
        ("orders", False),
        ("seats", False),
        ("homes", False),
        ("workers", False),  # "4 worker processes": software's workers too
        ("votes", False),
    ],
)
def test_counts_of_people(noun: str, people: bool) -> None:
    assert counted.people_like(noun) is people


def test_people_are_named_by_any_population_total() -> None:
    assert {"attendance", "electors", "accounts"} <= counted.naming_words("people")
    assert "attendance" not in counted.naming_words("homes")


def draft(text: str, figure: str):  # type: ignore[no-untyped-def]
    """The draft of ``figure`` in ``text``."""
    [found] = [d for d in draft_claims("d", text, WORDS) if d.mention.text == figure]
    return found


def test_accounts_and_customers_are_one_family() -> None:
    accounts = draft(
        "About 2.3 million customer accounts were affected.", "About 2.3 million customer accounts"
    )
    customers = draft("Hackers took details of 3.1 million customers.", "3.1 million customers")
    orders = draft("The shop handled 3.1 million orders last year.", "3.1 million orders")
    assert accounts.subject.family == customers.subject.family
    assert orders.subject.family != customers.subject.family


def test_a_labelled_attendance_meets_a_count_of_people() -> None:
    people = draft("This year a record 95,000 people made the trip.", "95,000 people")
    attendance = draft("- Attendance: 82,000 across the weekend", "82,000")
    assert similarity._counts_alike(people, attendance)
    seats = draft("The venue has 40,000 seats.", "40,000 seats")
    assert not similarity._counts_alike(seats, attendance)


def test_two_documents_disagree_on_a_wrapped_share(tmp_path: Path) -> None:
    _, report = common.extract_and_check(
        tmp_path,
        {
            "faq.txt": "Treats should make up no more than 10% of your dog's daily calories.\n",
            "blog.md": "The vet said treats should be no more than 15 per\ncent of her daily "
            "calories.\n",
        },
    )
    assert ("<=10%", "<=15%") in common.conflicting_values(report)

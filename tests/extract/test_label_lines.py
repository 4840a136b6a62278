"""A line's label names what the number after it counts: "Stages: six, including the new tent".

Fact sheets, press kits, spec boxes and key-value tables write a count as a label, a colon (a
dash, a table's cell border) and the number, often in words. The phrasings below are written
from how such documents lay out their facts, not from one corpus's lines.
"""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.find import find_mentions
from tests.common import WORDS


def counts(text: str) -> list[tuple[str, str, str]]:
    """(value, dimension, noun) of every mention in ``text``."""
    return [(m.value, m.dimension, m.noun) for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stages: six, including the new Orchard tent", ("6", "stages")),
        ("Stages: 6, including the new Orchard tent", ("6", "stages")),
        ("Screens: two", ("2", "screens")),
        ("Bedrooms: three", ("3", "bedrooms")),
        ("Bathrooms: two (one en suite)", ("2", "bathrooms")),
        ("Speakers: twenty-four", ("24", "speakers")),
        ("Employees: about 1,200", ("~1200", "employees")),
        ("Members: 1,200", ("1200", "members")),
        ("Platforms - four", ("4", "platforms")),
        ("- Rooms - twelve", ("12", "rooms")),
        ("* Lanes: eight", ("8", "lanes")),
        ("| Stages | six |", ("6", "stages")),
        ("| Food stalls | forty |", ("40", "stalls")),
        ("**Seats:** 40,000", ("40000", "seats")),
        ("Acts: more than 120", (">120", "acts")),
        ("Volunteers: around three hundred.", ("~300", "volunteers")),
        ("Charging bays – ten", ("10", "bays")),
        ("Floors: 42; lifts: 12", ("42", "floors")),
        ("Campsites: three, all a short walk from the arena", ("3", "campsites")),
        ("Intro\nClassrooms: nine\n", ("9", "classrooms")),
        ("Languages: eleven", ("11", "languages")),
    ],
)
def test_a_label_names_what_its_number_counts(text: str, expected: tuple[str, str]) -> None:
    value, noun = expected
    found = counts(text)
    assert found, text
    assert found[0] == (value, "count", noun)


def test_a_rate_label_counts_nothing() -> None:
    assert counts("Trains per hour: four") == []


@pytest.mark.parametrize(
    "text",
    [
        "Step 2: open the lid and stir.",
        "See Chapter 6 and Table 3.",
        "Figure 2: the stages of the festival",
        "Table 3: results by site",
        "Notes: two",
        "Results: three",
        "Answer: six",
        "The stages: six.",
        "Pages: twelve",
        "Published: 2021",
        "Hours: nine",
        "Stages: six hundred metres away",
        "Version: two",
        "Phase: three",
        "Stages, six of them",
    ],
)
def test_no_count_without_a_plural_label_that_counts(text: str) -> None:
    assert all(dimension != "count" for _, dimension, _ in counts(text)), counts(text)

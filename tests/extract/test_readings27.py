"""Round 25's faults of reading, mended after its scoring (session 25): units every news or
software page writes that the finder did not read. "1,081 kilos" was a count of a thing called
kilos, "his 2,444-pound pumpkin" a bare number, "85 out of 100 patients" the number 85, "80 MB
per second" a size, and "a 61-year-old retired bus driver" a time 61 years ago (the bus made a
made thing's age of it)."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.ages import said_as_age
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.units import Unit
from tests.common import WORDS


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


def values(text: str) -> list[str]:
    return [value for _, value in read(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A giant pumpkin weighing 1,081 kilos set a new record.", ["1081 kg"]),
        ("beating the previous best by almost 40 kilos", ["~40 kg"]),
        ("She lost a kilo in a week.", ["1 week"]),  # "a kilo" is no figure; "a week" is
        ("He bought 2 kilo of apples.", ["2 kg"]),
        # "-pound" before what it weighs is a weight...
        ("He weighed his 2,444-pound pumpkin on Saturday.", ["2444 lb"]),
        ("Anglers landed a 300-pound marlin off the point.", ["300 lb"]),
        # ... and money before what a pound buys or pays
        ("She found a 20-pound note on the pavement.", ["20"]),
        ("Tickets cost a 5-pound fee at the gate.", ["5"]),
        ("rowwright parses around 80 MB per second with validation off", ["~80 MB/s"]),
        ("Backups stream at 2 GB a second over the internal link.", ["2 GB/s"]),
        ("The disk holds 80 MB and no more.", ["80 MB"]),
    ],
)
def test_units_of_news_and_software_pages(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cautery stopped the bleeding in 85 out of 100 patients.", ["85%"]),
        ("Three out of four readers agreed.", ["75%"]),
        ("one out of every five adults", ["20%"]),
        ("Roughly 7 in 10 nosebleeds start at the front", ["~70%"]),
    ],
)
def test_n_out_of_m_is_a_share_as_n_in_m_is(text: str, expected: list[str]) -> None:
    assert values(text) == expected


_YEAR = Unit("year", "duration")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Jorrit Albersma, a 61-year-old retired bus driver from Lindewoude, won", True),
        ("a 40-year-old boat builder from the coast", True),
        ("the 50-year-old tower keeper retired", True),
        ("The 68-year-old farmer said", True),
        # a made thing's years date its making, as before
        ("the 12-year-old vessel after the storm", False),
        ("the 90-year-old bridge collapsed", False),
        ("the 30-year-old cargo freighter sank", False),
    ],
)
def test_a_hyphenated_age_before_a_trade_is_a_persons(text: str, age: bool) -> None:
    hyphen = text.index("-year")
    start = text.rfind(" ", 0, hyphen) + 1
    assert said_as_age(text, start, hyphen + len("-year"), _YEAR) is age


def test_a_persons_hyphenated_age_is_an_age_not_a_time_ago() -> None:
    text = (
        "Jorrit Albersma, a 61-year-old retired bus driver from the farming village of "
        "Lindewoude, broke a national record that had stood since 2021."
    )
    assert values(text)[0] == "61 years old"

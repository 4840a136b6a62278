"""The conflicts no key lists (others27): `benchmarks/others.py` judges them by the gold lists,
and the general causes of its false reports are mended where they live."""

from __future__ import annotations

import datetime
from pathlib import Path

from benchmarks.others import verdict
from factcheck.extract.grouping.ages import whose_age
from tests.common import conflicting_values, extract_and_check

ROUND22 = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "disagree-heldout22"

_STAMP = datetime.datetime(2025, 9, 2, tzinfo=datetime.UTC).timestamp()


def test_two_peoples_ages_stay_apart(tmp_path: Path) -> None:
    """Round 22's caverescue: the group's youngest, 22, is not Caleb Worthing, the 24-year-old
    another page names; only the two pages' youngest conflict."""
    docs = {
        "courier.md": "# Cavers out\n\nPublished 2025-08-14.\n\nSix of the eight were brought "
        "out by divers on Tuesday and early Wednesday, each one guided through the 250 metres of "
        "submerged passage with a diver in front and one behind. The youngest, a 19-year-old "
        "first-year student, was the first to be brought out.\n",
        "magazine.md": "# Seventy hours\n\nPublished 2025-09-01.\n\nThe youngest of the group, "
        "aged 22, told me the hardest part was the silence after their last lamp batteries were "
        "switched off to save power.\n",
        "tribune.md": "# Oregon student among eight pulled from flooded European cave\n\n"
        "Published 2025-08-13.\n\nAULDEN VALLEY - Caleb Worthing says he will never again take "
        "a patch of blue sky for granted.\n\nThe 24-year-old from Garnet Falls, Ore., who is "
        "spending a year studying geology abroad, was one of eight members of a university "
        "caving club trapped by a flash flood in Sorvenne Cave.\n",
    }
    found = conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1])
    assert found == [("19 years old", "22 years old")]


def test_round_22s_caverescue_compares_only_the_youngest(tmp_path: Path) -> None:
    """The whole pages: the pair model had drawn Worthing's 24 in with the two youngest."""
    folder = ROUND22 / "caverescue"
    docs = {
        name: (folder / name).read_text(encoding="utf-8")
        for name in (
            "sorvenne-caving-magazine.txt",
            "sorvenne-courier.html",
            "sorvenne-tribune.html",
        )
    }
    found = conflicting_values(extract_and_check(tmp_path, docs)[1])
    assert ("19 years old", "22 years old") in found
    assert not any("24 years old" in pair for pair in found)


def _whose(text: str, age: str) -> str:
    start = text.index(age)
    return whose_age(text, (start, start + len(age)))


def test_an_age_after_a_possessive_is_of_another_person() -> None:
    # Round 24's shipwreck: the ship's captain, not the founder the page quoted just before.
    text = (
        "\"It's mostly being cold, seasick and patient,\" said Ilse Marren, the group's "
        "founder.\n\nHer 47-year-old captain went down with the ship."
    )
    assert _whose(text, "47-year") == ""
    text = "Caleb Worthing says he will never again. The 24-year-old from Garnet Falls was there."
    assert _whose(text, "24-year") == "Worthing"


def test_one_persons_ages_on_two_pages_still_conflict(tmp_path: Path) -> None:
    # Round 21's meteorite: her name on one page, her work on the other; one person.
    _, report = extract_and_check(
        tmp_path,
        {
            "wire.md": "# Barn meteorite heads for auction\n\nThe stone was found on Friday "
            "morning by Ilse Varga, 72, who has farmed the land north of Kelvbrunn.\n",
            "tribune.md": "# A meteorite crashed through a barn\n\nKELVBRUNN - Ilse Varga "
            "has fielded calls from reporters.\n\nThe 68-year-old farmer was at home on "
            "Thursday night when a fireball lit up the sky.\n",
        },
        stamp=_STAMP,
    )
    assert ("68 years old", "72 years old") in conflicting_values(report)


def test_the_verdict_of_an_other_conflict() -> None:
    # rowwright: the FAQ's 50 bad rows and the table's max_errors 100 are one gold group.
    assert verdict([["max-errors-default"], ["max-errors-default", None]]) == "one group"
    # rowwright: the connect timeout against the whole fetch timeout.
    assert verdict([["connect-timeout"], ["fetch-timeout"]]) == "two groups"
    assert verdict([["connect-timeout"], [None]]) == "no gold"
    # A year and the elapsed time of its event: the lists' two groups of one event.
    assert verdict([["programme-start-year"], ["programme-start-elapsed"]]) == "one group"
    assert verdict([["programme-start-elapsed"], ["first-map-elapsed"]]) == "two groups"


def test_one_pages_two_elapsed_times_are_two_events(tmp_path: Path) -> None:
    """Round 11's radon: the inspector's page tells the programme's age and the first map's,
    and only the programme's meets the survey's year of launch."""
    docs = {
        "survey.md": "# Radon survey\n\nPublished 2026-03-02.\n\nThe national radon "
        "programme, launched in 1991, measures homes in every county.\n",
        "inspector.md": "# Ask the inspector\n\nPublished 2026-03-10.\n\nThe national "
        "radon programme has been running for 28 years. Its first national map came out 17 "
        "years ago.\n",
    }
    claims, report = extract_and_check(tmp_path, docs, stamp=_STAMP)
    found = conflicting_values(report)
    assert not any("17 years ago" in pair for pair in found)
    subject = {c["value"]: c["subject"] for c in claims["claims"]}
    assert subject["1991"] == subject["28 years ago"] != subject["17 years ago"]

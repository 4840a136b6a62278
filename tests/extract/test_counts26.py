"""Counts whose noun stands earlier (``extract/mentions/elided.py``): a number that stands as a
pronoun does ("Two were kept in overnight", "Six of the eight were brought out", "Of the 40
passengers, 12 needed treatment") counts the group named before it, so that two pages' counts
of one happening meet ("Two were kept in overnight" vs "three were kept in hospital
overnight"). Before, a number word without a noun drafted nothing and one in digits a bare
number. Sentences written for these tests, from general English, not from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.units import UnitWords
from factcheck.values.units import Units
from tests.common import conflicting_values, extract_and_check

WORDS = UnitWords(Units())

#: (text, the count's text, its value, the noun it takes from the group before it).
READ: list[tuple[str, str, float, str]] = [
    (
        "Eight cavers were trapped by the flood. Two were kept in hospital overnight.",
        "Two",
        2,
        "cavers",
    ),
    ("Of the 40 passengers, 12 needed treatment at the scene.", "12", 12, "passengers"),
    ("The bus carried 40 passengers. All but three were unhurt.", "three", 3, "passengers"),
    ("Nine climbers set out on Monday. Only one has been found.", "one", 1, "climbers"),
    ("Twelve miners were trapped. Four of them were injured.", "Four of them", 4, "miners"),
    ("The storm damaged 120 homes. 41 were destroyed outright.", "41", 41, "homes"),
    ("The firm closed 12 stores in May, and another six shut in June.", "six", 6, "stores"),
    ("The students were rescued on Tuesday. Two were kept in hospital.", "Two", 2, "students"),
    (
        "Eleven sailors were rescued from the raft in the bay. Three later died.",
        "Three",
        3,
        "sailors",
    ),
    # A group named by its size alone is the one that size was given to before.
    (
        "The eight students left on Sunday. Nobody heard from them. Six of the eight were "
        "brought out by divers.",
        "Six of the eight",
        6,
        "students",
    ),
    (
        "Police questioned 14 fans after the match.\n\nAll fourteen were released without charge.",
        "fourteen",
        14,
        "fans",
    ),
    ("Nine climbers set out. Only one of them was injured.", "one of them", 1, "climbers"),
    # A verb's object, its clause ending or a preposition after it.
    ("Eight cavers were trapped. Divers brought out six on Tuesday.", "six", 6, "cavers"),
    ("Twelve fans were hurt. The hospital treated four overnight.", "four", 4, "fans"),
    # The second figure of a "from ... to ..." pair counts what the first does.
    ("The default pool went up from two connections to four.", "four", 4, "connections"),
]


@pytest.mark.parametrize(("text", "surface", "value", "noun"), READ)
def test_a_count_takes_the_noun_of_the_group_before_it(
    text: str, surface: str, value: float, noun: str
) -> None:
    found = [m for m in find_mentions(text, WORDS) if m.text == surface]
    assert found, [m.text for m in find_mentions(text, WORDS)]
    assert (found[0].dimension, found[0].amount.low, found[0].noun) == ("count", value, noun)


#: (text, a number that must not become a count of a group named before it).
LEFT_OUT: list[tuple[str, str]] = [
    # "one of the", "one was": one person or thing
    ("Nine climbers set out. One of the guides said the weather turned.", "One"),
    ("Nine climbers set out. One was a doctor.", "One"),
    # "the two" as a determiner, or as a name for two people
    ("Eight cavers were trapped. The two companies paid for the rescue.", "two"),
    ("The club has 30 members. The two were friends from school.", "two"),
    # scores, ages, versions, years, list items, label lines
    ("The team won 3-1. Two were sent off.", "Two"),
    ("Version 3 is the first release. 2 were dropped in 2021.", "2"),
    ("In 2019 were born 12 foals.", "2019"),
    ("1. Two were kept in overnight.", "Two"),
    ("Ballot papers cast: 812,430\nRejected ballot papers: 8,315", "812,430"),
    # no group before it, or a unit, or two groups
    ("Two were kept in overnight.", "Two"),
    ("The rescue took 5 hours. Three were enough.", "Three"),
    ("The ferry carried 200 cars and 40 lorries. Six were damaged.", "Six"),
    # a verb in -s is no plural group ("The vessel sails"), a year no count
    ("The twelve-year-old vessel sails under the Maltese flag. Two were built in Korea.", "Two"),
    ("The company, founded in 2019, grew fast.", "2019"),
    # a verb of a score, a change or a measure takes no group's part
    ("The Civic Union won 24 of the 60 seats, and the Greens won 15.", "15"),
    ("Sixty shares were traded. The index fell 12 on Monday.", "12"),
    # no verb after it: no pronoun
    ("Eight cavers were trapped. Two, said the police, are hurt.", "Two"),
    # a part larger than its whole
    ("The eight students left. Nine of the eight were found.", "Nine of the eight"),
]


@pytest.mark.parametrize(("text", "surface"), LEFT_OUT)
def test_numbers_that_stand_for_no_group_stay_out(text: str, surface: str) -> None:
    found = find_mentions(text, WORDS)
    borrowed = [
        m
        for m in found
        if surface in m.text and m.dimension == "count" and m.noun.lower() not in m.text.lower()
    ]
    assert not borrowed, [(m.text, m.dimension, m.noun) for m in found]


def test_two_pages_counts_of_one_happening_meet(tmp_path: Path) -> None:
    """The count kept in hospital on each page, each with its noun left out, is one subject
    and a conflict; the group's own size ("All eight") and a part of it ("Six of the eight",
    part ``some``) are not set against either."""
    first = (
        "# Cavers rescued\n\nEight university students were trapped by floodwater in the cave "
        "on Sunday. Six of the eight were brought out by divers on Tuesday.\n\n"
        "All eight were taken to hospital for checks, and three were kept in hospital overnight "
        "with mild hypothermia.\n"
    )
    second = (
        "# All out of the cave\n\nThe last of the eight students trapped in the cave walked out "
        "yesterday.\n\nAll eight were taken to the general hospital for checks. Two were kept "
        "in overnight with mild hypothermia.\n"
    )
    data, report = extract_and_check(tmp_path, {"a.md": first, "b.md": second})
    quotes = {c["quote"] for c in data["claims"]}
    assert any(q.startswith("Two were kept in overnight") for q in quotes), quotes
    assert ("2", "3") in conflicting_values(report), conflicting_values(report)
    assert not any("6" in pair and "8" in pair for pair in conflicting_values(report))

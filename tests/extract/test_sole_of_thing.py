"""Each page's only figure of one thing measured (``group._sole_of_thing``, ``things``): two
pages' only counts of visitors a year, or only levels of a lawnmower, state one quantity in other
words; a page's figure of the past, a third page far off, another rate or another thing stay
apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.grouping.group import _corpus, _sole_of_thing
from factcheck.extract.grouping.things import subject_noun, thing_counted, told_as_past
from tests.common import UNITS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents, subject_of

#: A sentence of no figure between a page's sentences.
FILLER = "The town council welcomed the news on Tuesday."


def _figure(text: str, figure: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    start = text.index(figure)
    return text, (start, start + len(figure)), (0, len(text))


@pytest.mark.parametrize(
    ("noun", "thing"),
    [
        ("visitors", "attendee"),
        ("spectators", "attendee"),  # one kind of people in other words
        ("volunteers", "volunt"),  # another kind: never "people" at large
        ("customers", "account"),
        ("residents", "resid"),
        ("galleries", "galler"),
        ("gallery", "galler"),
        ("vessels", "boat"),
        ("", ""),
    ],
)
def test_what_a_count_counts(noun: str, thing: str) -> None:
    assert thing_counted(noun) == thing


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        ("A petrol lawnmower produces around 91 dB.", "91 dB", "lawnmo"),
        ("A petrol lawnmower runs at about 98 dB at the operator's ear.", "98 dB", "lawnmo"),
        ("If ringing in your ears lasts more than 24 hours, see your GP.", "24 hours", "ring"),
        ("If the ringing is still there after three days, get it checked.", "three days", "ring"),
        ("Rock concerts often reach 110 dB close to the speakers.", "110 dB", "concer"),
        # No noun phrase and verb before the figure, or one that says nothing of what.
        ("Take 10 mg with water.", "10 mg", ""),
        ("You should be seen within 48 hours.", "48 hours", ""),
        ("It lasts about 3 hours.", "3 hours", ""),
    ],
)
def test_the_subject_noun_of_a_figures_clause(sentence: str, figure: str, noun: str) -> None:
    assert subject_noun(*_figure(sentence, figure)) == noun


@pytest.mark.parametrize(
    ("sentence", "figure", "past"),
    [
        ("Before it closed, the museum drew about 90,000 visitors a year.", "90,000", True),
        ("Last year the festival drew 40,000 fans.", "40,000", True),
        ("In 2019 the park had 1.2 million visitors.", "1.2 million", True),
        ("The stadium used to hold 30,000 spectators.", "30,000", True),
        ("Ms Aldane expects 150,000 visitors a year once word gets around.", "150,000", False),
        ("About 2.3 million customer accounts were affected.", "2.3 million", False),
    ],
)
def test_a_figure_told_of_the_past(sentence: str, figure: str, past: bool) -> None:
    assert told_as_past(*_figure(sentence, figure)) is past


GAZETTE = (
    "# Museum reopens\n\nBefore it closed, the museum drew about 90,000 visitors a year.\n\n"
    f"{FILLER}\n\nMs Aldane expects 150,000 visitors a year once word gets around.\n"
)
RADIO = (
    "# Reopening\n\nDirector Ruth Aldane said the museum hopes to attract 250,000 visitors "
    "annually.\n\nOn the busiest days it can take up to 1,200 visitors a day, she said.\n"
)


def test_two_pages_only_counts_of_visitors_a_year_are_one_quantity() -> None:
    gazette, radio = subject_of(GAZETTE, RADIO)
    assert gazette["150,000 visitors a year"] == radio["250,000 visitors annually"]
    # The past figure and the figure of another rate stay apart.
    assert gazette["about 90,000 visitors a year"] != radio["250,000 visitors annually"]
    assert radio["up to 1,200 visitors a day"] != radio["250,000 visitors annually"]


def sole_pairs(*texts: str) -> list[tuple[str, str]]:
    """The figures ``_sole_of_thing`` pairs across the pages, as their texts."""
    corpus = _corpus(documents(*texts), UNITS)
    return [
        (corpus.drafts[a][2].mention.text, corpus.drafts[b][2].mention.text)
        for a, b in _sole_of_thing(corpus, 0)
    ]


def test_the_pages_only_figures_of_one_thing_are_paired() -> None:
    assert sole_pairs(GAZETTE, RADIO) == [("150,000 visitors a year", "250,000 visitors annually")]
    assert sole_pairs(
        "# Noise\n\nA petrol lawnmower produces around 91 dB.\n",
        "# Noise\n\nA petrol lawnmower runs at about 98 dB at the operator's ear.\n",
    ) == [("around 91 dB", "about 98 dB")]


@pytest.mark.parametrize(
    "page",
    [
        # Two current values on one page: which one the other page speaks of is not for the key
        # to say.
        "# Museum\n\nThe museum expects 150,000 visitors a year at first.\n\n"
        f"{FILLER}\n\nThe trust hopes for 180,000 visitors a year by 2030.\n",
        # Further apart than the bound.
        "# Museum\n\nThe museum expects 60,000 visitors a year.\n",
        # Another thing counted.
        "# Museum\n\nThe museum shows 240,000 objects a year.\n",
        # Another rate.
        "# Museum\n\nThe museum expects 200,000 visitors a month.\n",
        # The past.
        "# Museum\n\nBefore it closed, the museum drew 200,000 visitors a year.\n",
        # Another population.
        "# Museum\n\nThe museum expects 200,000 visitors a year among children.\n",
    ],
)
def test_look_alikes_of_the_only_figure_are_not_paired(page: str) -> None:
    assert sole_pairs(page, RADIO) == []


def test_two_pages_levels_of_a_lawnmower_disagree(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        {
            "clinic.md": (
                "# Noise at home\n\nOrdinary jobs add up too: a petrol lawnmower produces 91 dB, "
                "so mowing counts.\n"
            ),
            "leaflet.md": (
                "# Noise at work\n\nGarden staff, take note: a petrol lawnmower runs at 98 dB at "
                "the operator's ear.\n"
            ),
        },
    )
    assert ("91 dB", "98 dB") in conflicting_values(report)


def test_two_pages_levels_of_different_machines_stay_apart() -> None:
    clinic, leaflet = subject_of(
        "# Noise\n\nA petrol lawnmower produces around 91 dB.\n",
        "# Noise\n\nA leaf blower produces around 98 dB.\n",
    )
    assert clinic["around 91 dB"] != leaflet["around 98 dB"]

"""One measure stated twice in a document (``group._measured_twice``, ``measured``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.measured import (
    MEASURE_CLASSES,
    measured,
    measured_thing,
    set_apart,
)
from tests.common import UNITS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents

#: A sentence between the two, so that they are two sentences apart and share no words.
FILLER = "The weather was mild all week and the roads were quiet."

#: Two sentences of one page, each with one measure, and whether they state one measure
#: (restated, with another value) or two (look-alikes that must stay apart). Written from
#: general English: trips, waits, limits, sizes, distances, money, changes.
TWICE: list[tuple[str, str, bool]] = [
    # One measure stated twice, with another value: the page contradicts itself.
    ("The crossing takes eight minutes.", "The ferry's 15-minute crossing is quick.", True),
    ("Stop for a tick check every 2 hours.", "On walks, stop for a tick check every hour.", True),
    ("Shares fell 12% on Thursday.", "The 8% drop worried analysts.", True),
    ("Place it at least 20 cm from a wall.", "Keep it at least 50 cm away from any wall.", True),
    ("The journey takes 38 minutes.", "A journey of 42 minutes links the two ends.", True),
    ("The timeout is 30 seconds.", "The timeout of 60 seconds ends slow requests.", True),
    ("The upload limit is 50 MB.", "Uploads hit the limit of 100 MB quickly.", True),
    ("Operating profit rose to €38.9m.", "The profit of €36.8m was a record.", True),
    ("The commute takes 40 minutes.", "Her commute of 55 minutes starts at seven.", True),
    ("The detour adds 23 km.", "Drivers face a detour of 18 km.", True),
    ("Rest for five minutes.", "The rest of three minutes lets the heart settle.", True),
    ("The hike takes six hours.", "The hike of four hours ends at the lake.", True),
    ("The rent is £900 a month.", "Tenants pay rent of £950 a month.", True),
    ("The fare is €2.10.", "A fare of €2.50 buys one trip.", True),
    ("The warranty lasts two years.", "Its warranty of three years covers the motor.", True),
    ("The flight takes three hours.", "The flight of four hours leaves at noon.", True),
    ("Sales rose 7% in the quarter.", "The 5% rise was driven by online orders.", True),
    ("The fee is £45.", "The fee of £60 covers the test.", True),
    ("The backoff is 10 seconds.", "The backoff of 20 seconds spares the server.", True),
    ("Memory use is about 20 MB.", "The memory of 30 MB is mostly buffers.", True),
    # a name is no contrast ("Old Harbour"); a whole trip is a journey
    (
        "Trams run from Kessel Park to Old Harbour in a journey of 38 minutes.",
        "Trams reach Old Harbour in 42 minutes from end to end.",
        True,
    ),
    # Two measures of one noun that words set apart: another time, a change, a plan, a case.
    ("The journey takes 38 minutes.", "Last year the journey took 55 minutes.", False),
    ("The upload limit is 50 MB.", "The old limit of 30 MB was lifted.", False),
    ("The fee is £45.", "The fee will rise to £60 next year.", False),
    ("The commute takes 40 minutes.", "Before the new line, the commute took 70 minutes.", False),
    ("The timeout is 30 seconds.", "For example, a timeout of 60 seconds suits slow links.", False),
    ("The rent is £900 a month.", "Previously the rent was £800 a month.", False),
    ("The warranty lasts two years.", "The warranty was extended to three years instead.", False),
    ("The crossing takes eight minutes.", "In winter, a crossing of 12 minutes is normal.", False),
    ("The fare is €2.10.", "The fare is expected to reach €2.50.", False),
    ("The flight takes three hours.", "A typical flight of four hours costs more.", False),
    ("The hike takes six hours.", "The second hike of four hours is easier.", False),
    ("Shares fell 12% on Thursday.", "They fell 8% in 2019.", False),
    # Two of a kind: another word before the noun says which.
    ("The car journey lasts 40 minutes.", "The bus journey of 55 minutes links them.", False),
    ("Operating profit rose to €38.9m.", "Net profit of €30.1m was lower.", False),
    ("The network timeout is 60 seconds.", "The request timeout is 30 seconds.", False),
    ("The upload limit is 50 MB.", "The download limit is 100 MB.", False),
    (
        "The ferry's 15-minute crossing is quick.",
        "The tunnel's 10-minute crossing is quicker.",
        False,
    ),
    ("The delay was 20 minutes.", "Compared with the 35 minutes delay in May, it is small.", False),
    ("The first walk takes two hours.", "The walk of three hours loops north.", False),
    # Values far apart are rarely one measure (a part and a whole, two scales).
    ("The crossing takes eight minutes.", "The crossing of 45 minutes goes to the island.", False),
    ("The limit is 10 MB.", "The limit of 2 GB applies to archives.", False),
    ("The rent is £900 a month.", "The rent of £12,000 covers the shop.", False),
    # A kind of thing named by a figure, no measure of one thing.
    ("Stick on the 16-hour patch.", "The 24-hour patch is stronger.", False),
    ("Buy a 20-minute timer.", "A 30-minute timer costs more.", False),
    # No noun of measure governs them.
    ("Wait about 20 minutes.", "After 30 minutes, check again.", False),
    ("The bag weighs 20 kg.", "A case of 23 kg is allowed.", False),
]


def _ids(first: str, second: str) -> list[str]:
    """The subject ids of the first measure of each sentence."""
    text = f"Notes\n\n{first}\n\n{FILLER}\n\n{second}\n"
    [document] = consolidate(documents(text), UNITS)
    cut = text.index(FILLER)
    found: dict[bool, str] = {}
    for draft in document.drafts:
        if draft.mention.dimension not in ("advice", "count", "number", "year"):
            found.setdefault(draft.mention.span[0] > cut, draft.subject.id)
    return [found[False], found[True]]


@pytest.mark.parametrize(("first", "second", "one"), TWICE)
def test_a_page_measuring_one_thing_twice_states_one_measure(
    first: str, second: str, one: bool
) -> None:
    a, b = _ids(first, second)
    assert (a == b) is one, (first, second)


def test_the_table_has_forty_rows_and_both_kinds() -> None:
    assert len(TWICE) >= 40
    assert sum(one for _, _, one in TWICE) >= 15
    assert sum(not one for _, _, one in TWICE) >= 15


@pytest.mark.parametrize(
    ("sentence", "figure", "thing"),
    [
        ("The crossing takes eight minutes.", "eight minutes", "crossing"),
        ("The ferry's 15-minute crossing should help.", "15-minute", "crossing"),
        ("Stop for a tick check every 2 hours on the trail.", "2 hours", "check"),
        ("Quillmart shares fell 12% on Thursday.", "12%", "fall"),
        ("The 8% drop in the share price worried them.", "8%", "fall"),
        ("Sales rose 7% in the quarter.", "7%", "rise"),
        # a change to a level is that level
        ("Operating profit rose to €38.9m.", "€38.9m", "profit"),
        ("Keep it at least 50 cm away from any wall.", "at least 50 cm", "from wall"),
        ("The network timeout defaults to 60 seconds.", "60 seconds", "timeout"),
        ("Idle memory use is about 20 MB.", "about 20 MB", "memory"),
        ("The input size limit is 100 MB per file.", "100 MB", "limit"),
        ("It runs to Old Harbour in 42 minutes from end to end.", "42 minutes", "journey"),
        # a kind named by a figure, any one thing, or no noun of measure
        ("The 24-hour patch is stronger.", "24-hour", ""),
        ("Buy a 15-minute timer.", "15-minute", ""),
        ("Files larger than 50 MB are skipped.", "50 MB", ""),
        ("After 30 minutes, look again.", "30 minutes", ""),
    ],
)
def test_the_noun_of_measure_that_governs_a_figure(sentence: str, figure: str, thing: str) -> None:
    start = sentence.index(figure)
    span = (start, start + len(figure))
    length = " cm" in figure
    assert measured_thing(sentence, span, (0, len(sentence)), figure, length=length) == thing


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("The car journey takes 40 minutes.", "40 minutes", ("journey", "car")),
        ("Operating profit rose to €38.9m.", "€38.9m", ("profit", "operating")),
        ("The ferry's 15-minute crossing should help.", "15-minute", ("crossing", "ferry")),
        ("Idle memory use is about 20 MB.", "about 20 MB", ("memory", "idle")),
        ("The crossing takes eight minutes.", "eight minutes", ("crossing", "")),
        ("Quillmart shares fell 12% on Thursday.", "12%", ("fall", "")),
    ],
)
def test_which_of_its_kind_a_measure_is(sentence: str, figure: str, kind: tuple[str, str]) -> None:
    start = sentence.index(figure)
    span = (start, start + len(figure))
    assert measured(sentence, span, (0, len(sentence)), figure, length=False) == kind


def test_a_distance_from_a_thing_is_a_length_only() -> None:
    sentence = "The tram runs from end to end in 42 minutes from Kessel Park."
    start = sentence.index("42 minutes")
    span = (start, start + len("42 minutes"))
    assert measured_thing(sentence, span, (0, len(sentence)), "42 minutes", length=False) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "thing", "word"),
    [
        ("If the wind is strong, the crossing takes 12 minutes.", "12 minutes", "crossing", "if"),
        ("The old limit of 30 MB was lifted.", "30 MB", "limit", "old"),
        ("Last year the journey took 55 minutes.", "55 minutes", "journey", "last"),
        ("The fee will rise to £60 next year.", "£60", "fee", "will"),
        ("They fell 8% in 2019.", "8%", "fall", "2019"),
        ("In winter, the crossing takes 12 minutes.", "12 minutes", "crossing", "winter"),
        ("At peak times the detour adds 40 minutes.", "40 minutes", "detour", "peak"),
        # a change's own words do not set a change apart, nor a level's
        ("Quillmart shares fell 12% on Thursday.", "12%", "fall", ""),
        ("Operating profit rose to €38.9m.", "€38.9m", "profit", ""),
        # after the figure, only its clause: what follows a comma speaks of something else
        ("Shares fell 12% on Thursday, the first day of trading.", "12%", "fall", ""),
        ("Shares fell 12% on Thursday the first day of trading.", "12%", "fall", "first"),
        # a capitalised word inside the sentence is a name's
        ("Trams reach Old Harbour in 42 minutes.", "42 minutes", "journey", ""),
        ("Old buses took 50 minutes.", "50 minutes", "journey", "old"),
    ],
)
def test_words_that_set_a_measure_apart(sentence: str, figure: str, thing: str, word: str) -> None:
    start = sentence.index(figure)
    span = (start, start + len(figure))
    assert set_apart(sentence, span, (0, len(sentence)), thing) == word


def test_measure_classes_hold_no_word_twice() -> None:
    words = [w for words in MEASURE_CLASSES.values() for w in words]
    assert len(words) == len(set(words))


def test_a_page_stating_one_crossing_twice_contradicts_itself(tmp_path: Path) -> None:
    docs = {
        "radio.txt": "Ferry news\n\nThe crossing takes eight minutes, and the boats carry up to "
        "120 passengers.\n\nWe spoke to commuters at the pier. The ferry's 15-minute crossing "
        "should help, she said.\n",
        "tribune.md": "# Bridge closed\n\nA free shuttle ferry will run from Monday.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert ("15 minutes", "8 minutes") in conflicting_values(report)


def test_a_page_stating_one_crossing_with_one_value_reports_nothing(tmp_path: Path) -> None:
    docs = {
        "radio.txt": "Ferry news\n\nThe crossing takes eight minutes, and the boats carry up to "
        "120 passengers.\n\nWe spoke to commuters at the pier. The ferry's eight-minute crossing "
        "should help, she said.\n",
        "tribune.md": "# Bridge closed\n\nA free shuttle ferry will run from Monday.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == []

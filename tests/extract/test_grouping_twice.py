"""One count of one thing stated twice in a document (``group._counted_twice``, ``twice``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.grouping.twice import CONTRAST_CLASSES, contrasted, counted_thing
from tests.common import conflicting_values, extract_and_check
from tests.extract.test_grouping import documents, grouped

#: A sentence between the two, so that they are two sentences apart and share no words.
FILLER = "The weather was mild all week and the roads were quiet."

#: Two sentences of one page, each counting one thing, and whether they state one count
#: (restated, possibly with another value) or two (look-alikes that must stay apart). Written
#: from general English: buildings, fleets, networks, sites, devices, farms.
TWICE: list[tuple[str, str, bool]] = [
    # One count stated twice, with another value: the page contradicts itself.
    ("The festival was spread across six stages.", "Acts on its seven stages played late.", True),
    ("The new wing adds three galleries.", "The four galleries open daily.", True),
    ("The hospital has 420 beds.", "All 450 beds were full on Monday.", True),
    ("The school has 28 classrooms.", "Its 30 classrooms are heated by a heat pump.", True),
    (
        "In the morning 61 ships were waiting outside.",
        "The queue of 74 vessels stretched to the coast.",
        True,
    ),
    ("The park has 12 entrances.", "Visitors can use any of its 14 entrances.", True),
    ("The tower has 52 floors.", "The lift serves all 54 floors.", True),
    ("The route has 19 stops.", "Trams call at 21 stops along the route.", True),
    ("The ferry company runs five boats.", "Its six boats carry cars and bicycles.", True),
    ("The stadium has 40 turnstiles.", "Fans pass through 44 turnstiles on match days.", True),
    ("The estate has 120 houses.", "The 130 houses share one heating plant.", True),
    ("The network has 48 stations.", "Trains serve 50 stations across the city.", True),
    ("The farm keeps 300 cows.", "Its 320 cows graze on the hills.", True),
    ("The plant has six turbines.", "The seven turbines power the town.", True),
    ("The building has eight lifts.", "Its nine lifts are serviced monthly.", True),
    ("The orchard has 200 trees.", "Its 220 trees were planted by hand.", True),
    ("The ferry line runs 12 vessels.", "Its 13 boats sail daily.", True),
    ("The museum owns 14 paintings by her.", "The 15 paintings hang in one room.", True),
    ("The bridge rests on nine piers.", "Its ten piers stand in the river.", True),
    ("The library has 12 branches.", "All 13 branches open on Sundays.", True),
    # Two counts of one thing that words set apart.
    ("The hotel has 120 rooms.", "Last year it had 110 rooms.", False),
    ("The chain runs 40 stores.", "It plans to open 45 stores by the end of the decade.", False),
    ("The school has 28 classrooms.", "Originally it had 30 classrooms.", False),
    ("The park has 12 entrances.", "Before the works it had 14 entrances.", False),
    ("The museum has three galleries.", "For example, one might have four galleries.", False),
    ("The bridge rests on nine piers.", "The bridge it replaced rested on ten piers.", False),
    ("The estate has 120 houses.", "Another 130 houses are planned nearby.", False),
    ("The plant has six turbines.", "If the council agrees, it will have eight turbines.", False),
    ("The ferry company runs five boats.", "A rival operator runs six boats.", False),
    ("The farm keeps 300 cows.", "Farms in the region keep 320 cows on average.", False),
    ("The hospital has 420 beds.", "It had 380 beds in 2019.", False),
    ("The network has 48 stations.", "The network will have 52 stations soon.", False),
    ("The device has four cores.", "The previous model had three cores.", False),
    ("The flat has two bedrooms.", "Larger flats have three bedrooms.", False),
    ("The first phase built 120 houses.", "The second phase built 130 houses.", False),
    ("The fleet is 20 buses.", "Compared with Leeds, which runs 22 buses, it is small.", False),
    ("Keep three smaller meals a day.", "Instead of the usual two meals, try it.", False),
    # Two places or sides of one kind.
    ("The north site has 12 huts.", "The south site has 14 huts.", False),
    ("The upper deck has 40 seats.", "The lower deck has 44 seats.", False),
    # Values far apart are rarely one count (a part and a whole).
    ("The hospital has 420 beds.", "The new ward has 24 beds.", False),
    ("The route has 19 stops.", "The whole network has 40 stops.", False),
    # People: a page counts many groups of them.
    ("About 6,500 residents left.", "Around 6,000 people stayed in shelters.", False),
]


def _ids(first: str, second: str) -> list[str]:
    """The subject ids of the counts of the two sentences (the first count of each)."""
    text = f"Notes\n\n{first}\n\n{FILLER}\n\n{second}\n"
    [document] = documents(text)
    [ids] = grouped(text)
    cut = text.index(FILLER)
    found = {}
    for draft, subject in zip(document.drafts, ids, strict=True):
        if draft.mention.dimension == "count":
            found.setdefault(draft.mention.span[0] > cut, subject)
    return [found[False], found[True]]


@pytest.mark.parametrize(("first", "second", "one"), TWICE)
def test_a_page_counting_one_thing_twice_states_one_count(
    first: str, second: str, one: bool
) -> None:
    a, b = _ids(first, second)
    assert (a == b) is one, (first, second)


def test_a_third_value_of_the_count_keeps_the_pages_counts_apart() -> None:
    text = (
        "Site notes\n\nThe north site has 12 huts.\n\n"
        f"{FILLER}\n\nThe south site has 14 huts.\n\n{FILLER}\n\nThe east site has 13 huts.\n"
    )
    [ids] = grouped(text)
    assert len(set(ids)) == len(ids)


def test_a_thing_counted_on_every_line_of_a_list_is_no_count_stated_twice() -> None:
    lines = [f"Site {n} has {12 if n % 2 else 13} huts." for n in range(1, 15)]
    text = "Site list\n\n" + "\n\n".join(lines) + "\n"
    [document] = documents(text)
    [ids] = grouped(text)
    values = {}
    for draft, subject in zip(document.drafts, ids, strict=True):
        values.setdefault(subject, set()).add(draft.mention.text.split()[0])
    # One value said on several lines may be one subject; the two values never are.
    assert all(len(found) == 1 for found in values.values())


def test_the_table_has_forty_rows_and_both_kinds() -> None:
    assert len(TWICE) >= 40
    assert sum(one for _, _, one in TWICE) >= 15
    assert sum(not one for _, _, one in TWICE) >= 15


@pytest.mark.parametrize(
    ("sentence", "figure", "word"),
    [
        ("Keep three smaller meals instead of the usual two.", "three smaller meals", "instead"),
        ("The club raised its squad to 25 players.", "25 players", "raised"),
        ("Compared with 30 stations in Leeds, it is small.", "30 stations", "compared"),
        ("The hotel had 110 rooms in 2019.", "110 rooms", "2019"),
        ("Suppose you run 6 workers.", "6 workers", "suppose"),
        ("It plans 12 more branches.", "12 more branches", "plans"),
        ("A rival runs six boats.", "six boats", "rival"),
        ("The second phase built 130 houses.", "130 houses", "phase"),
        ("Spread across six stages on the site.", "six stages", ""),
        ("The four new galleries include a room.", "four new galleries", ""),
    ],
)
def test_contrast_words_near_a_figure(sentence: str, figure: str, word: str) -> None:
    start = sentence.index(figure)
    assert contrasted(sentence, (start, start + len(figure)), (0, len(sentence))) == word


def test_contrast_classes_hold_no_word_twice() -> None:
    words = [w for words in CONTRAST_CLASSES.values() for w in words]
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("noun", "key"),
    [
        ("ships", "boat"),
        ("vessels", "boat"),
        ("stages", "stage"),
        ("residents", ""),
        ("", ""),
        # how often something is done: no thing counted
        ("times", ""),
        ("occasions", ""),
    ],
)
def test_what_a_count_counts(noun: str, key: str) -> None:
    assert counted_thing(noun) == key


def test_two_frequencies_of_two_actions_on_one_page_stay_apart(tmp_path: Path) -> None:
    docs = {
        "blog.md": "# Ticks\n\nWe walked the same grassland route twice a day.\n\nThe common "
        "prescription is amoxicillin three times a day.\n",
        "leaflet.txt": "Walk the route with a friend.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == []

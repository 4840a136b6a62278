"""A page contradicting itself about one organisation's head count or one action's frequency
(internal31).

An organisation has one head count when a page is written: a business article's "The company
employs 140 people" and its chief executive's "This is a win for all 180 of our staff", a
heritage feature's "24 passengers and a crew of 17" and "all of them from the crew of 19" are
one quantity stated twice (``headcount.head_count``, ``group._staffed_twice``). And a leaflet
that says "Do the nerve glides 3 times a day" in its exercises and "Nerve glides five times a
day." in its summary tells one action's frequency twice: a count of times with its base is a
measure of doing, like a duration, for ``group._acted_twice``.

The look-alikes of one page stay apart: counts of people that are no head count ("2,000
workers walked out", "hired 35 people", "8 workers" of a program, volunteers), a third head
count, a head count of another time, values far apart, two exercises' frequencies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.headcount import head_count
from tests.common import UNITS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents


def _head_count(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return head_count(sentence, (start, start + len(figure)), (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The company employs 140 people, most of them at its factory.", "140 people", True),
        ("The firm employed about 2,300 staff at its peak.", "2,300 staff", True),
        ("This is a win for all 180 of our staff and for everyone here.", "180", True),
        ("The schooner sailed with 24 passengers and a crew of 17.", "17", True),
        ("The mill has a workforce of 2,300.", "2,300", True),
        ("The charity and its 400 employees will move in May.", "400 employees", True),
        ("A 60-strong crew worked through the night.", "60", True),
        # counts of people that are no head count
        ("About 2,000 workers walked out on Monday.", "2,000 workers", False),
        ("The expansion hired 35 people last year.", "35 people", False),
        ("By default the server uses 8 workers to resize images.", "8 workers", False),
        ("The museum relies on about 120 volunteers.", "120 volunteers", False),
        ("The charity marked its 40 years of work.", "40 years", False),
        ("The method employs 3 filters in a row.", "3 filters", False),
    ],
)
def test_whose_head_count_a_sentence_states(sentence: str, figure: str, expected: bool) -> None:
    assert _head_count(sentence, figure) is expected


def _ids(page: str) -> dict[str, str]:
    (doc,) = consolidate(documents(page), UNITS)
    return {d.mention.text: d.subject.id for d in doc.drafts}


_BUSINESS = (
    "Halbrook Aerospace builds small launchers. The company employs 140 people, most of them "
    "at its factory in Fellmoor, and raised money from investors last spring.\n\n"
    'Chief executive Saoirse Lendrum was in no mood for caution. "This is a win for all 180 '
    'of our staff and for everyone on the peninsula," she said.\n'
)


@pytest.mark.parametrize(
    ("page", "first", "second", "one"),
    [
        (_BUSINESS, "140 people", "180", True),
        (
            "The schooner left port with 24 passengers and a crew of 17.\n\n"
            "Five men survived, all of them from the crew of 19: the mate, a stoker and a boy.\n",
            "17",
            "19",
            True,
        ),
        # a third head count: the page counts several organisations, or one at several times
        (
            _BUSINESS + "\nIts rival Kestrel Orbital employs 150 people in two cities.\n",
            "140 people",
            "180",
            False,
        ),
        # another time's head count
        (
            "The company employs 140 people. Ten years ago the company employed 110 people.\n",
            "140 people",
            "110 people",
            False,
        ),
        # values far apart: no one count misprinted
        (
            "The company employs 140 people.\n\nThis is a win for all 1,800 of our staff.\n",
            "140 people",
            "1,800",
            False,
        ),
    ],
)
def test_one_organisations_head_count_told_twice(
    page: str, first: str, second: str, one: bool
) -> None:
    ids = _ids(page)
    assert (ids[first] == ids[second]) is one


_LEAFLET = (
    "SPLINTS\n\nYour physiotherapist will fit a splint that keeps your wrist tilted back. Wear "
    "it at night. Give the splint a fair trial of about three weeks.\n\n"
    "EXERCISES\n\nNerve gliding exercises help the nerve slide freely through the tunnel. Do "
    "the nerve glides 3 times a day, gently and without forcing, holding each position for 5 "
    "seconds.\n\nSqueezing a soft ball for a minute several times a day helps strengthen the "
    "hand.\n\nSURGERY\n\nIf symptoms have lasted longer than six months, surgery is usually "
    "advised. Keep the bulky bandage on for 3 days, then change to a light dressing.\n\n"
    "QUICK SUMMARY\n\n  - Splint at night.\n  - Nerve glides five times a day.\n"
    "  - Soft ball squeezes several times a day.\n"
)


@pytest.mark.parametrize(
    ("page", "first", "second", "one"),
    [
        (_LEAFLET, "3 times a day", "five times a day", True),
        # two exercises, each with its own frequency
        (
            "Do the nerve glides 3 times a day, gently.\n\n"
            "Squeeze a soft ball five times a day to strengthen the hand.\n",
            "3 times a day",
            "five times a day",
            False,
        ),
    ],
)
def test_one_actions_frequency_told_twice(page: str, first: str, second: str, one: bool) -> None:
    ids = _ids(page)
    assert (ids[first] == ids[second]) is one


def test_the_business_article_contradicts_itself_end_to_end(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"business.md": _BUSINESS})
    assert ("140", "180") in conflicting_values(report)

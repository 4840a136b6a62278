"""One action on one object stated twice in a document (``group._acted_twice``, ``acted``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import Draft
from factcheck.extract.grouping import acted, group
from factcheck.extract.grouping.group import consolidate
from tests.common import UNITS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents

#: Sentences of a page around the two, as a real page has: they say other things, so that the
#: words the two share are rare on the page.
BEFORE = (
    "This page explains what to do at home and when to ask for help. "
    "Read it through once before you start. "
    "Keep the leaflet somewhere safe so you can find it again. "
    "Ask your pharmacist if anything is unclear."
)
BETWEEN = (
    "Wash your hands with soap and water. "
    "Store the pack at room temperature, away from children. "
    "Check the expiry date printed on the box. "
    "Most people find the routine easy after a few days."
)
AFTER = "Bring the leaflet to your next appointment. Our nurses are happy to help."

#: Two sentences of one page, each with one figure, and whether they state one quantity (the
#: page contradicting itself) or two (look-alikes a page really has, which must stay apart).
TWICE: list[tuple[str, str, bool]] = [
    # One action on one object, two values.
    (
        "Keep breathing in steadily, then hold your breath for up to 10 seconds.",
        "Hold your breath for 5 seconds after each puff.",
        True,
    ),
    (
        "The state file is flushed to disk every 5 seconds.",
        "Only jobs pushed since the last flush of the state file, which happens every 15 "
        "seconds, are lost.",
        True,
    ),
    (
        "Sit with your back supported and rest quietly for five minutes before the first reading.",
        "Sit down and rest for three minutes before starting.",
        True,
    ),
    (
        "Take one lozenge every two hours while you are awake.",
        "Dosing interval: one lozenge every 3 hours while awake.",
        True,
    ),
    (
        "Soak the lenses in fresh solution for at least 6 hours.",
        "Always soak your lenses in solution for 4 hours before wearing them.",
        True,
    ),
    (
        "Leave the conditioner on the scalp for 10 minutes.",
        "Rinse out after leaving the conditioner on the scalp for 20 minutes.",
        True,
    ),
    # Two steps of a procedure: other actions on one object.
    (
        "Soak the comb in hot water for 10 minutes.",
        "Rinse the comb under the tap for 2 minutes.",
        False,
    ),
    # Before one thing and after it.
    (
        "Do not eat for 30 minutes before taking the tablet.",
        "Do not eat for 60 minutes after taking the tablet.",
        False,
    ),
    # A condition, an example, another time, a statistic of a group.
    (
        "Rest for five minutes before you measure.",
        "If the reading is very high, rest for three minutes and measure again.",
        False,
    ),
    (
        "Hold the spray in your mouth for 30 seconds.",
        "For example, some people hold the spray in their mouth for 60 seconds.",
        False,
    ),
    (
        "The channel was closed to shipping for four days.",
        "In 2019 the channel was closed to shipping for six days.",
        False,
    ),
    (
        "Owners walked their dogs around the park for 48 minutes a day.",
        "The median owner walked their dogs around the park for 30 minutes a day.",
        False,
    ),
    # The arms of a trial, a population.
    (
        "Children should brush their teeth for two minutes twice a day.",
        "Adults should brush their teeth for three minutes twice a day.",
        False,
    ),
    # Bounds of the two directions of one limit.
    (
        "Charge the battery for at least 2 hours.",
        "Never charge the battery for more than 4 hours.",
        False,
    ),
    (
        "Charge the battery for at least 2 hours.",
        "Charge the battery for up to 4 hours.",
        False,
    ),
    # One shared word that neither figure hangs on.
    (
        "The incident was contained within 36 hours.",
        "We told the regulator about the incident within 72 hours.",
        False,
    ),
    # Far apart.
    (
        "Rinse the filter for 10 seconds.",
        "Rinse the filter for 2 minutes.",
        False,
    ),
]


def _page(first: str, second: str) -> str:
    return f"Your guide\n\n{BEFORE}\n\n{first}\n\n{BETWEEN}\n\n{second}\n\n{AFTER}\n"


def _durations(text: str, first: str, drafts: list[Draft]) -> tuple[int, int]:
    """The indexes of the first duration of each of the two sentences."""
    cut = text.index(BETWEEN)
    found: dict[bool, int] = {}
    for index, draft in enumerate(drafts):
        if draft.mention.dimension == "duration" and draft.mention.span[0] > text.index(first):
            found.setdefault(draft.mention.span[0] > cut, index)
    return found[False], found[True]


@pytest.mark.parametrize(("first", "second", "one"), TWICE)
def test_a_page_doing_one_thing_twice_states_one_measure(
    first: str, second: str, one: bool
) -> None:
    text = _page(first, second)
    corpus = group._corpus(documents(text), UNITS)
    a, b = _durations(text, first, [draft for _, _, draft in corpus.drafts])
    assert ((a, b) in group._acted_twice(corpus, 0)) is one, (first, second)
    if one:
        [document] = consolidate(documents(text), UNITS)
        a, b = _durations(text, first, list(document.drafts))
        assert document.drafts[a].subject.id == document.drafts[b].subject.id


def test_the_table_has_both_kinds() -> None:
    assert sum(one for _, _, one in TWICE) >= 5
    assert sum(not one for _, _, one in TWICE) >= 10


@pytest.mark.parametrize(
    ("sentence", "figure", "head", "frame"),
    [
        (
            "Then hold your breath for up to 10 seconds.",
            "10 seconds",
            "breath",
            {"hold", "breath"},
        ),
        ("Rest quietly for five minutes before the reading.", "five minutes", "rest", None),
        ("The state file is flushed to disk every 5 seconds.", "5 seconds", "disk", None),
    ],
)
def test_the_words_a_figure_hangs_on(
    sentence: str, figure: str, head: str, frame: set[str] | None
) -> None:
    start = sentence.index(figure)
    before, after = acted.around(sentence, (start, start + len(figure)), (0, len(sentence)))
    assert acted.head(before) == acted.head([head])
    if frame is not None:
        assert acted.frame(before, after) == {acted.head([w]) for w in frame}


@pytest.mark.parametrize(
    ("sentence", "figure", "word"),
    [
        ("Never charge it for more than 4 hours.", "4 hours", ">"),
        ("Charge it for up to 4 hours.", "4 hours", "<"),
        ("Trams take 38 minutes from Kessel Park to Old Harbour.", "38 minutes", ""),
        ("Allow 60 seconds per file.", "60 seconds", "per"),
        ("The trip took 55 minutes last year.", "55 minutes", "last"),
        ("Never charge it for 4 hours.", "4 hours", "not"),
    ],
)
def test_words_that_set_a_figure_apart(sentence: str, figure: str, word: str) -> None:
    start = sentence.index(figure)
    found = acted.apart_words(
        *acted.near(sentence, (start, start + len(figure)), (0, len(sentence)))
    )
    assert (word in found) if word else not found


def test_words_both_figures_say_set_neither_apart() -> None:
    assert not acted.set_apart(frozenset({"before"}), frozenset({"before"}))
    assert not acted.set_apart(frozenset({"<"}), frozenset())
    assert acted.set_apart(frozenset({"before"}), frozenset({"after"}))
    assert acted.set_apart(frozenset({"<"}), frozenset({">"}))
    assert acted.set_apart(frozenset({"if"}), frozenset())


def _faq(second: str) -> dict[str, str]:
    return {
        "faq.txt": "Queue FAQ\n\nQ: How safe are my jobs?\nA: The queue keeps jobs in memory and "
        "writes them to a state file. The state file is flushed to disk every 5 seconds, and "
        "always on a clean shutdown.\n\nQ: Can I run several workers?\nA: Yes, each worker "
        "takes jobs from the same queue. Workers retry failed jobs with a growing delay.\n\nQ: "
        f"What happens after a crash?\nA: {second}\n",
        "readme.md": "# Queue\n\nA small job queue for one machine.\n",
    }


def test_a_page_stating_one_flush_twice_contradicts_itself(tmp_path: Path) -> None:
    second = "Only jobs pushed since the last flush of the state file, which happens every 15 "
    second += "seconds, are lost."
    _, report = extract_and_check(tmp_path, _faq(second))
    found = conflicting_values(report)
    assert ("5 seconds", "15 seconds") in found or ("15 seconds", "5 seconds") in found


def test_a_page_stating_one_flush_with_one_value_reports_nothing(tmp_path: Path) -> None:
    second = "Only jobs pushed since the last flush of the state file, which happens every 5 "
    second += "seconds, are lost."
    _, report = extract_and_check(tmp_path, _faq(second))
    assert conflicting_values(report) == []

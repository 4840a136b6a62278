"""Subject labels a person would write (labels31, ``subjects.naming``): the label a finding
opens with says what a count counts, what takes or lasts a duration, which setting a setting's
figure is, and ends at its first clause. Only labels change: ids and grouping do not read them.

The sentences are the development corpora's (round 31 quilldiff's, patches', gout's, museum's,
ledgerly's, quirepress's, clitool's, cache's, warts', caverescue's, trawlkit's, sleepkids').
"""

from __future__ import annotations

import pytest

from tests.extract.test_grouping import documents


def _labels(text: str) -> dict[str, tuple[str, str]]:
    """Each draft's surface text to its subject's id and label."""
    return {d.mention.text: (d.subject.id, d.subject.label) for d in documents(text)[0].drafts}


@pytest.mark.parametrize(
    ("sentence", "figure", "label"),
    [
        # a count says what it counts, in the document's words
        ("The diff shows 3 lines of context around each change.", "3 lines",
         "Number of lines of context"),
        ("There are two kinds of patch.", "two kinds", "Number of kinds of patch"),
        ("Have no more than 2 units of alcohol on any one day.", "no more than 2 units",
         "Number of units of alcohol"),
        ("who travelled to the reopening with 16 members of the society.", "16 members",
         "Number of members of the society"),
        ("It now has contributors from a dozen companies.", "from a dozen companies",
         "Number of companies"),
        # a setting's figure names its setting
        ("The default `flush_interval` is now 5s.", "5s", "Default flush interval"),
        ("Set max_pages=50 to stop early.", "50", "Max pages"),
        ("Default --retention-days is now 14.", "14", "Default retention days"),
        # a duration says what takes or lasts that long
        ("quilldiff diffs two 10,000-line files in about 40 ms.", "about 40 ms",
         "Time quilldiff diffs two 10,000-line files"),
        ("We answer within 48 hours.", "within 48 hours", "Time we answer"),
        ("Cover the wart for six days at a time.", "six days", "Time to cover the wart"),
        ("They had food for one day.", "one day", "Time they had food"),
        # a long label ends at its first clause
        ("In 2024 we rewrote the matching core and roughly halved memory use.", "2024",
         "Year we rewrote the matching core"),
    ],
)  # fmt: skip
def test_label_says_what_the_figure_is(sentence: str, figure: str, label: str) -> None:
    assert _labels(sentence)[figure][1] == label


@pytest.mark.parametrize(
    ("sentence", "figure", "label"),
    [
        # a label that names its noun already stays
        ("Baby teeth are gradually replaced by up to 32 adult teeth.", "up to 32 adult teeth",
         "Number of adult teeth"),
        # a noun that runs on past the "of" is not cut there
        ("Have no more than about six sugar cubes of free sugars a day.", "about six sugar cubes",
         "Number of cubes"),
        # a lead time and a state are no doing that lasts
        ("Switch off all screens at least 60 minutes before bed.", "at least 60 minutes",
         "Screens"),
        ("They are totals for a 24-hour period.", "24-hour", "Period"),
    ],
)  # fmt: skip
def test_label_left_as_it_was(sentence: str, figure: str, label: str) -> None:
    assert _labels(sentence)[figure][1] == label


def test_ids_do_not_read_labels() -> None:
    """The count, setting and duration above keep the ids they had before labels31."""
    assert _labels("The diff shows 3 lines of context around each change.")["3 lines"][0] == (
        "count-lines"
    )
    assert _labels("The default `flush_interval` is now 5s.")["5s"][0] == (
        "duration-default-flush-interval"
    )
    assert _labels("quilldiff diffs two 10,000-line files in about 40 ms.")["about 40 ms"][0] == (
        "duration-line-files"
    )

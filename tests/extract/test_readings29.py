"""Round 29's faults of reading, mended after its scoring (session 27; docs/extract.md, "Round
29's faults")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping.group import _tally as group_tally
from factcheck.extract.mentions.news import plural as news_plural
from factcheck.extract.mentions.news import singular
from factcheck.extract.subjects.contexts import told_earlier
from tests.common import WORDS, conflicting_values, extract_and_check


def _told_earlier(sentence: str, figure: str) -> bool:
    at = sentence.index(figure)
    return told_earlier(sentence, (at, at + len(figure)), (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "figure", "earlier"),
    [
        # "at that point" of a place, after a word of extent: today's figure
        (
            "The otter swam across the Ostwater, which is about 150 metres wide at that point.",
            "150",
            False,
        ),
        ("The gorge is 40 m deep at the point where the bridge crosses it.", "40", False),
        ("The ridge is only 3 m high at that point, so walkers can step over.", "3", False),
        # "at that point", "at the time" of a time: what held then
        ("At that point the label said 3 mg a day.", "3", True),
        ("At the time the limit was 20 per cent.", "20", True),
    ],
)
def test_at_that_point_is_a_place_after_a_word_of_extent(
    sentence: str, figure: str, earlier: bool
) -> None:
    assert _told_earlier(sentence, figure) is earlier


def test_a_width_at_that_point_meets_the_other_reports(tmp_path: Path) -> None:
    docs = {
        "swim.md": "# The otter's long swim\n\nThe young otter crossed the estuary in March. "
        "It swam across the Ostwater, which is about 150 metres wide at that point, before "
        "resting on a sandbank.\n",
        "spotted.md": "# Otter spotted far from home\n\nOn its way the otter swam the "
        "400-metre-wide Ostwater, a crossing that surprised the rangers.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == [("400 m", "~150 m")]


@pytest.mark.parametrize(
    ("plural", "one"),
    [("sheep", "sheep"), ("aircraft", "aircraft"), ("wolves", "wolf"), ("lives", "life"),
     ("calves", "calf"), ("moves", "move"), ("curves", "curve"), ("people", "person")],
)  # fmt: skip
def test_plurals_that_do_not_add_s(plural: str, one: str) -> None:
    assert singular(plural) == one
    assert news_plural(one) == plural


def test_a_count_of_sheep_is_named_by_its_noun(tmp_path: Path) -> None:
    """ "has killed 23 sheep" is a count of sheep, as "has bitten 12 goats" is of goats: its label
    is "Number of sheep", not the place the sentence's subject came from."""
    docs = {
        "courier.md": "# Wolf\n\nThe wolf that walked all the way from Korvenwald National Park "
        "has killed 23 sheep on four farms since he arrived.\n",
        "news.md": "# Wolf news\n\nSince his arrival the wolf has killed 28 sheep on seven farms, "
        "officials said.\n",
    }
    data, report = extract_and_check(tmp_path, docs)
    labels = {subject["label"] for subject in data["subjects"]}
    assert {"Number of sheep", "Number of farms"} <= labels
    assert ("23", "28") in conflicting_values(report)


@pytest.mark.parametrize(
    ("text", "directions"),
    [
        # a figure after "with" came with the event: no change of it
        ("It was a passenger steamer that sank 139 years ago with 43 people on board.",
         {"139 years": "", "43 people": ""}),
        ("Prices fell last year, with 12 shops closing.", {"12 shops": ""}),
        # the change's own figures keep their way
        ("Shares sank 12% on Monday.", {"12%": "down"}),
        ("Revenue rose 5% to $10 million, with margins up 2%.",
         {"5%": "up", "$10 million": "up", "2%": "up"}),
    ],
)  # fmt: skip
def test_a_figure_with_the_event_is_no_change(text: str, directions: dict[str, str]) -> None:
    drafts = draft_claims("news.md", text + "\n", WORDS)
    assert {d.mention.text: d.mention.direction for d in drafts} == directions


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        ("Add six fish at a time.", {"six fish": "count"}),
        ("Keep them with a pH of 6.0 to 7.0.", {"6.0 to 7.0": "measured"}),
        ("The panel gave it a score of 4.5.", {"4.5": "measured"}),
        ("The farm keeps 120 cattle.", {"120 cattle": "count"}),
        ("The panel scored it 7.", {"7": ""}),
        # nothing is counted below none: a negative figure is a level on a scale
        ("It normalises to -16 LUFS by default.", {"-16 LUFS": ""}),
    ],
)
def test_counts_and_decimal_numbers_are_told_apart(text: str, tallies: dict[str, str]) -> None:
    """A count of whole things never joins a bare number written with a decimal point: in
    aquarium, "Add six fish" took the guide's pH "6.0 to 7.0" away from the care sheet's pH."""
    drafts = draft_claims("page.md", text + "\n", WORDS)
    found = {d.mention.text: group_tally(d.mention) for d in drafts}
    assert {text: found.get(text) for text in tallies} == tallies

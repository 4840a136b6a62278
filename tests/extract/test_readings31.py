"""Round 31's faults of reading, mended after its scoring (session 28; docs/extract.md, "Round
31's faults")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check


def _change(sentence: str, figure: str) -> str:
    """The ``change`` context of the draft whose quote holds ``figure``, "" when it has none."""
    drafts = [d for d in draft_claims("page.md", sentence, WORDS) if figure in d.mention.text]
    assert drafts, f"no draft of {figure!r} in {sentence!r}"
    return drafts[0].subject.context.get("change", "")


@pytest.mark.parametrize(
    ("sentence", "figure", "change"),
    [
        # a length right before "up" or "down" is a height or a depth
        ("Merrow deployed four cubesats into an orbit some 370 miles up.", "370", ""),
        ("The object broke apart about 28 km up, releasing a shower of fragments.", "28", ""),
        ("The wreck lies 40 metres down on a sandy bottom.", "40", ""),
        # a body moved into a place: no fall
        ("Its first stage fell into the sea about 300 km downrange.", "300", ""),
        # a change still: "up" with what it is up from, a figure after a verb of change
        ("The river was 2 metres up from last week.", "2", "up"),
        ("The reservoir is 3 metres down on last year.", "3", "down"),
        ("Sea levels rose by 20 cm over the century.", "20", "up"),
        ("Prices fell 12% in March.", "12", "down"),
    ],
)
def test_a_height_and_a_movement_are_no_change(sentence: str, figure: str, change: str) -> None:
    assert _change(sentence, figure) == change


def test_two_orbits_in_two_unit_systems_conflict(tmp_path: Path) -> None:
    docs = {
        "herald.md": "# Launch\n\nThe rocket released its satellites into an orbit about 520 km "
        "above the Earth.\n",
        "manifest.md": "# Launch report\n\nThe rocket deployed four cubesats into an orbit some "
        "370 miles up.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == [("~370 miles", "~520 km")]


def test_lines_of_context_meet_the_row_that_counts_lines(tmp_path: Path) -> None:
    """A README's count of lines is the setting whose description counts lines ("Number of
    unchanged lines ..."), not the one whose default counts characters."""
    docs = {
        "README.md": "# tinydiff\n\nBy default tinydiff shows 3 lines of context around each "
        "change.\n",
        "reference.html": "<html><body><h1>Options</h1><table>"
        "<tr><th>Option</th><th>Type</th><th>Description</th></tr>"
        "<tr><td><code>context_lines</code></td><td>int</td><td>Number of unchanged lines shown "
        "around each change. Defaults to 5.</td></tr>"
        "<tr><td><code>max_line_length</code></td><td>int</td><td>Lines longer than this many "
        "characters are compared by hash only. Defaults to 10,000 characters.</td></tr>"
        "</table></body></html>",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == [("3", "5")]


@pytest.mark.parametrize(
    ("sentence", "figure", "population"),
    [
        # a word of a group that names a kind of thing: no people
        ("There are 20 baby teeth to look after.", "20", ""),
        ("Take one 75 mg baby aspirin a day.", "75", ""),
        # the group itself
        ("Babies need 400 IU of vitamin D a day.", "400", "infants"),
        ("Give babies 5 ml twice a day.", "5 ml", "infants"),
    ],
)
def test_baby_teeth_are_no_babies(sentence: str, figure: str, population: str) -> None:
    drafts = [d for d in draft_claims("page.md", sentence, WORDS) if figure in d.mention.text]
    assert drafts[0].subject.context.get("population", "") == population

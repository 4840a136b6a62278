"""Round 27's faults of document structure, mended after its scoring (session 26): an HTML
settings table renders each cell on a line of its own, and a cell such as "0.5 s" or "2.0" was
read as a release heading, so every figure below it on a reference page was an older release's
and met no other page's (docs/extract.md, "Round 27's faults")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.news import reached, with_directions
from factcheck.extract.subjects.settings import previous, releases
from tests.common import WORDS, conflicting_values, extract_and_check


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## [3.0.0] - 2025-11-03\n- x\n## 2.9\n- y\n", ["3.0.0", "2.9"]),
        ("Version 2.6\nfoo\nv1.2 notes\n", ["2.6", "1.2"]),
        # A bare version opens a section when nothing, a date, a bracket or a dash follows it ...
        (
            "Changes\n2.1.0 (2026-04-14)\n- a\n1.4 - 2023-01-01\n- b\n0.9\n- c\n",
            ["2.1.0", "1.4", "0.9"],
        ),
        ("2.0.0 \u2014 14 March 2024\n- a\n3.0 March 2025\n- b\n", ["2.0.0", "3.0"]),
        # ... not when a unit follows it, as in a settings table's cell rendered on its own line
        ("base_delay\nfloat\n0.5 s\nWait before the first retry.\n", []),
        ("timeout\n2.5 seconds\n", []),
    ],
)
def test_release_headings(text: str, expected: list[str]) -> None:
    assert [version for _, version in releases(text)] == expected


_REFERENCE = """<html><head><title>brisk reference</title></head><body>
<h1>brisk reference</h1>
<p>This page describes brisk 3.2.</p>
<table>
<tr><th>Setting</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
<tr><td><code>multiplier</code></td><td>float</td><td>2.0</td><td>Factor applied to each wait.</td></tr>
<tr><td><code>jitter</code></td><td>float</td><td>0.25</td><td>Random spread of each wait.</td></tr>
</table>
<h2>Breaker</h2>
<p>The breaker stays open for 60 seconds and then goes half-open.</p>
</body></html>
"""

_README = """# brisk

A retry helper for Python.

## Breaker

After it trips, the breaker stays open for 30 seconds before it lets a test call through.
"""


def test_a_table_cell_is_no_release_heading(tmp_path: Path) -> None:
    """The cells "2.0" and "0.25" of an HTML settings table are lines of their own in the
    page's text; read as releases, they made the breaker's 60 seconds an older release's,
    and the README's 30 seconds met nothing (round 27's mulish d6)."""
    data, report = extract_and_check(tmp_path, {"reference.html": _REFERENCE, "README.md": _README})
    assert ("30 seconds", "60 seconds") in conflicting_values(report)
    assert not [c for c in data["claims"] if c.get("context", {}).get("phase") == "previous"]


@pytest.mark.parametrize(
    ("text", "figure", "replaced"),
    [
        # What "instead of" names is what a change replaced, or an alternative not taken.
        (
            "The budget is now measured over the window instead of a fixed 10-second window.",
            "10",
            True,
        ),
        ("Use 3 workers instead of 8 on a laptop.", "8", True),
        ("Use 3 workers instead of 8 on a laptop.", "3", False),
        ("Set the timeout to 30 instead.", "30", False),
    ],
)
def test_instead_of_names_the_replaced_value(text: str, figure: str, replaced: bool) -> None:
    start = text.index(figure)
    assert previous(text, (start, start + len(figure)), 0) is replaced


@pytest.mark.parametrize(
    ("text", "figure", "level"),
    [
        # The level a change reached, said with "to a peak of", is what holds, as "rose to" is
        # (round 26's balloon d4: 5,800 metres "climbed to a peak of" against 6,400 metres).
        ("The crew climbed to a peak of 5,800 metres on the second night.", "5,800 metres", True),
        ("Unemployment fell to a record low of 3% last year.", "3%", True),
        ("Prices climbed 5% to a new high of 300 pence.", "300 pence", True),
        ("Prices climbed 5% to a new high of 300 pence.", "5%", False),
        ("Sales rose by 5% in March.", "5%", False),
    ],
)
def test_a_level_reached_with_to_a_peak_of(text: str, figure: str, level: bool) -> None:
    (mention,) = [m for m in with_directions(text, find_mentions(text, WORDS)) if m.text == figure]
    assert mention.direction
    assert reached(text, mention) is level


def test_figures_in_two_units_compare_as_far_as_they_are_rounded(tmp_path: Path) -> None:
    """A news page's "19,000 feet" is a wire's "5,800 metres" rounded (5,791 m): a subject of
    figures in two units declares the coarsest figure's rounding as its tolerance, and says why
    in the claims file (round 26's balloon l2); 6,400 metres still disagrees with both."""
    docs = {
        "herald.md": "# Record flight\n\nThe crew climbed to a peak of 5,800 metres over the "
        "mountains on the second night.\n",
        "sentinel.md": "# Balloonists land\n\nThe balloon reached a peak altitude of 19,000 feet "
        "over the mountains on the second night.\n",
        "wire.md": "# Balloon record\n\nThe balloon climbed to a peak altitude of 6,400 metres "
        "over the mountains on the second night.\n",
    }
    data, report = extract_and_check(tmp_path, docs)
    (altitude,) = [s for s in data["subjects"] if s.get("unit") == "m"]
    assert altitude["tolerance"] == "2.6%"
    assert "as far as they are rounded" in (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert sorted(conflicting_values(report)) == [("19000 ft", "6400 m"), ("5800 m", "6400 m")]


def test_figures_in_one_unit_take_no_tolerance(tmp_path: Path) -> None:
    docs = {
        "a.md": "# Record flight\n\nThe crew climbed to a peak altitude of 5,800 metres.\n",
        "b.md": "# Balloon record\n\nThe crew climbed to a peak altitude of 5,700 metres.\n",
    }
    data, report = extract_and_check(tmp_path, docs)
    assert not [s for s in data["subjects"] if "tolerance" in s]
    assert conflicting_values(report) == [("5700 m", "5800 m")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 28's faults of reading: an age after an event of a life ...
        ("The late farmer Arthur Pennock, who died at 88, had used the car.", [("88", "age")]),
        ("He retired at 65 and moved to the coast.", [("65", "age")]),
        ("She died at 5.30 in the morning.", [("5.30", "number")]),
        ("The pump failed at 88 and stopped.", [("88", "number")]),
        # ... and what a program handles per second, a throughput as requests per second are
        (
            "It formats about 300,000 messages a second on one core.",
            [("~300000 op/s", "throughput")],
        ),
        ("The queue moves 20,000 jobs per second.", [("20000 op/s", "throughput")]),
        ("The server handles 5,000 requests per second.", [("5000 req/s", "throughput")]),
    ],
)
def test_round_28_readings(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_mentions(text, WORDS)
    assert [(m.value if m.dimension != "age" else m.text, m.dimension) for m in found] == expected


def test_a_throughput_in_words_is_anchored(tmp_path: Path) -> None:
    """The claim drafted from "messages a second" is found again in its quote by the anchor."""
    docs = {
        "README.md": "# fastfmt\n\nfastfmt formats about 300,000 messages a second on one core.\n",
        "FAQ.md": "# FAQ\n\nQ: How fast is it?\n\nA: It formats 500,000 messages per second on one core.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert not [f for f in report["findings"] if f["kind"] == "unanchored"]
    assert conflicting_values(report) == [("500000 op/s", "~300000 op/s")]

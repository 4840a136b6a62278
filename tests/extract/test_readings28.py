"""Round 27's faults of document structure, mended after its scoring (session 26): an HTML
settings table renders each cell on a line of its own, and a cell such as "0.5 s" or "2.0" was
read as a release heading, so every figure below it on a reference page was an older release's
and met no other page's (docs/extract.md, "Round 27's faults")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.subjects.settings import previous, releases
from tests.common import conflicting_values, extract_and_check


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

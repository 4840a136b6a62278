"""What a CHANGELOG says, and when it said it (changelog25).

Round 21's fennimatch showed three ways the tool misread a changelog: an older release's
"Supports Python 3.7 and newer" set against a README's current minimum, a dated version heading
over "First public release" never drafted as that release's year, and "will be removed in 3.0"
against "was removed in 2.3" never drafted at all. The snippets below are written in the three
common heading styles (Keep a Changelog's "## [2.3.0] - 2025-06-02", "## 2.3.0 (2025-06-02)",
"v2.3 — June 2025") and with an unreleased section on top.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import Draft, draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2025, 11, 2, 12, 0, tzinfo=datetime.UTC).timestamp()


def _draft(text: str, phrase: str) -> Draft:
    """The draft of ``text`` whose figure begins ``phrase`` ("500 rows", "Python 3.7")."""
    at = text.index(phrase)
    return next(
        d
        for d in draft_claims("CHANGELOG.md", text, WORDS)
        if d.mention.span[0] <= at < d.mention.span[1] or at <= d.mention.span[0] < at + len(phrase)
    )


_KEEP_A_CHANGELOG = """# Changelog

## [Unreleased]

- Faster start-up.

## [2.3.0] - 2025-10-14

### Removed
- Dropped support for Python 3.8, which no longer receives security fixes.

## [2.0.0] - 2023-09-05

### Added
- Task payloads are limited to 256 KiB.

## [1.4.0] - 2022-01-11

### Added
- Supports Python 3.7 and newer.
- A static binary for Windows 10 and newer.
- Batches of at most 500 rows.
"""


def test_an_older_major_versions_figure_is_that_releases() -> None:
    """1.4.0's batch limit is history below 2.3.0; 2.0.0's payload limit, of the newest major
    version, still holds (answer keys read it as current unless a newer entry changes it)."""
    assert _draft(_KEEP_A_CHANGELOG, "500 rows").subject.context.get("phase") == "previous"
    assert "phase" not in _draft(_KEEP_A_CHANGELOG, "256 KiB").subject.context


def test_a_requirement_a_newer_release_drops_a_version_of_is_history() -> None:
    """ "Dropped support for Python 3.8" in 2.3.0 changes 1.4.0's "Python 3.7 and newer"; no
    newer entry speaks of Windows, so 1.4.0's "Windows 10 and newer" still holds."""
    python = _draft(_KEEP_A_CHANGELOG, "Python 3.7")
    assert python.value == ">=v3.7"
    assert python.subject.context.get("phase") == "previous"
    assert "phase" not in _draft(_KEEP_A_CHANGELOG, "Windows 10").subject.context
    # The dropped version itself is the newest release's, and current.
    assert "phase" not in _draft(_KEEP_A_CHANGELOG, "Python 3.8").subject.context


@pytest.mark.parametrize(
    ("newest", "older"),
    [
        ("## 2.4.0 (2026-10-20)", "## 0.9.0 (2024-02-01)"),
        ("v2.4 — October 2026", "v0.9 — February 2024"),
        ("## [2.4.0] - 2026-10-20", "## [0.9.0] - 2024-02-01"),
    ],
)
def test_a_first_releases_default_is_history_in_every_heading_style(
    newest: str, older: str
) -> None:
    text = (
        f"# Changelog\n\n{newest}\n\n- Compaction is faster.\n\n{older}\n\n"
        "- First public release, with a default rate of 5 jobs per second per queue.\n"
    )
    assert _draft(text, "5 jobs").subject.context.get("phase") == "previous"


def test_figures_of_a_change_and_of_the_newest_major_stay_as_they_were() -> None:
    text = (
        "# Changelog\n\n## 3.2.0 (2026-10-14)\n\n- Faster.\n\n## 3.0.0 (2025-09-02)\n\n"
        "- The default `max_length` was raised from 128 to 256 characters.\n\n"
        "## 2.1.0 (2024-06-19)\n\n- `max_size` was raised from 64 to 96 pixels.\n"
    )
    assert "phase" not in _draft(text, "256 characters").subject.context
    assert _draft(text, "96 pixels").subject.context.get("change") == "up"


def test_an_old_release_no_longer_contradicts_the_current_minimum(tmp_path: Path) -> None:
    """Round 21's fennimatch l4: the README's 3.9 against 1.4.0's 3.7 is no disagreement; the
    FAQ's 3.10 against the README's 3.9 still is."""
    docs = {
        "README.md": "# fennimatch\n\nfennimatch needs Python 3.9 or newer.\n",
        "FAQ.txt": "Which Python do I need?\nfennimatch needs at least Python 3.10.\n",
        "CHANGELOG.md": _KEEP_A_CHANGELOG,
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == [
        (">=v3.10", ">=v3.9")
    ]

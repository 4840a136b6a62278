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
from factcheck.extract.subjects.changelog import release_headings
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


@pytest.mark.parametrize(
    "heading",
    [
        "## [1.0.0] - 2019-06-03",
        "## 1.0.0 (2019-06-03)",
        "## 1.0.0 — 2019-06-03",
        "## 1.0.0 -- 2019-06-03",
        "v1.0 — June 2019",
        "## Version 1.0 (3 June 2019)",
    ],
)
def test_a_dated_heading_dates_the_first_release_under_it(heading: str) -> None:
    text = (
        "# Changelog\n\n## [Unreleased]\n\n- Faster start-up.\n\n## 2.0.0 (2023-09-05)\n\n"
        f"- The core was rewritten.\n\n{heading}\n\n### Added\n\n"
        "- First public release, with the match and ratio functions and a command-line demo.\n"
    )
    drafted = _draft(text, "First public release")
    assert (drafted.mention.dimension, drafted.value) == ("year", "2019")
    assert "2019" in drafted.quote and "First public release" in drafted.quote


@pytest.mark.parametrize(
    ("entry", "years"),
    [
        ("- Initial release.", ["2019"]),
        ("- First stable release after sixteen months of public betas.", ["2019"]),
        # A year of its own is drafted as written, once.
        ("- First stable release, published in March 2020.", ["2020"]),
        # An entry that names no release dates nothing a reader compares.
        ("- Fixed a crash on empty strings.", []),
        ("- Documented the first release's known issues.", []),
    ],
)
def test_only_an_entry_that_names_its_release_is_dated(entry: str, years: list[str]) -> None:
    text = f"# Changelog\n\n## [1.1.0] - 2020-01-10\n\n- Faster.\n\n## [1.0.0] - 2019-06-03\n\n{entry}\n"
    drafted = draft_claims("CHANGELOG.md", text, WORDS)
    assert [d.value for d in drafted if d.mention.dimension == "year"] == years


def test_the_first_release_four_years_ago_contradicts_the_changelogs_date(tmp_path: Path) -> None:
    """Round 21's fennimatch d8: a FAQ of November 2025 puts the first public release about
    2021; the changelog's 1.0.0 heading dates it June 2019."""
    docs = {
        "FAQ.txt": "fennimatch FAQ\nLast updated 2 November 2025.\n\n"
        "How old is fennimatch?\nThe first public release was four years ago, and the project "
        "has grown since.\n",
        "CHANGELOG.md": "# Changelog\n\n## [2.3.0] - 2025-10-14\n\n- Faster matching.\n\n"
        "## [1.0.0] - 2019-06-03\n\n- First public release, with the match and ratio "
        "functions and a command-line demo.\n",
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == [
        ("2019", "4 years ago")
    ]


@pytest.mark.parametrize(
    ("sentence", "subject", "value"),
    [
        (
            "- `quick_ratio()` is deprecated in favour of `Matcher.score()` and will be removed "
            "in 3.0.",
            "quick-ratio-removed-version",
            "v3.0",
        ),
        (
            "quick_ratio() was removed in 2.3. Use Matcher.score() instead.",
            "quick-ratio-removed-version",
            "v2.3",
        ),
        (
            "- Removed: the `output.legacy_mode` setting, deprecated since 1.2.0.",
            "output-legacy-mode-deprecated-version",
            "v1.2.0",
        ),
        ("The `--fast` flag was added in version 2.4.", "fast-added-version", "v2.4"),
        (
            "- `dedupe()` was introduced in v1.4 for near-duplicates.",
            "dedupe-added-version",
            "v1.4",
        ),
    ],
)
def test_the_release_a_thing_of_the_code_is_removed_in_is_a_version(
    sentence: str, subject: str, value: str
) -> None:
    drafted = [d for d in draft_claims("doc", sentence, WORDS) if d.version]
    assert [(d.subject.id, d.value) for d in drafted] == [(subject, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        # No thing named as code before the release: nothing of the code's life.
        "- Colour codes are no longer written to pipes, a regression introduced in 3.1.0.",
        "Support for Python 3.8 was dropped in 2.3.",
        # A thing in another sentence than the release.
        "Use `score()`. Several bugs were fixed in 2.3.",
    ],
)
def test_a_release_of_no_thing_named_as_code_is_no_lifecycle(sentence: str) -> None:
    drafted = draft_claims("doc", sentence, WORDS)
    assert not [d for d in drafted if d.version in ("v3.1.0", "v2.3")]


def test_to_be_removed_in_3_0_contradicts_removed_in_2_3(tmp_path: Path) -> None:
    """Round 21's fennimatch d13: a changelog's plan against a reference's past removal."""
    docs = {
        "CHANGELOG.md": "# Changelog\n\n## [2.3.0] - 2025-10-14\n\n- Faster.\n\n"
        "## [2.2.0] - 2025-03-02\n\n### Deprecated\n- `quick_ratio()` is deprecated in favour "
        "of `Matcher.score()` and will be removed in 3.0.\n",
        "reference.md": "# Reference\n\nquick_ratio() was removed in 2.3. Use "
        "Matcher(...).score(a, b) instead.\n",
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == [
        ("v2.3", "v3.0")
    ]


def test_reaching_1_0_is_the_first_stable_release(tmp_path: Path) -> None:
    """Round 20's hashkit d8: "reached 1.0 three years ago" names a release, the first one, which
    the changelog's 1.0.0 heading dates May 2021."""
    docs = {
        "FAQ.txt": "kilnhash FAQ\nReviewed 20 October 2026.\n\nIs kilnhash mature?\n"
        "A: We think so. kilnhash reached 1.0 three years ago and is used in production.\n",
        "CHANGELOG.md": "# Changelog\n\n## 3.2.0 - 2026-10-14\n\n- Faster hashing.\n\n"
        "## 1.0.0 - 2021-05-18\n\n- First stable release.\n",
    }
    stamp = datetime.datetime(2026, 10, 20, 12, 0, tzinfo=datetime.UTC).timestamp()
    assert ("2021", "3 years ago") in conflicting_values(
        extract_and_check(tmp_path, docs, stamp=stamp)[1]
    )


def test_a_line_opened_by_a_decimal_heads_no_release() -> None:
    """A table's cells read a cell a line ("2.3 kW", "7.4 kW") or wrapped prose ("4.3 and
    January ...") open lines with a decimal: no release headings, so no older major version."""
    text = "Charger\nPower\nGranny cable\n2.3 kW\n8-10 hours\nHome wallbox\n7.4 kW\n25 to 30 km\n"
    assert release_headings(text) == []
    drafted = draft_claims("survey.html", text, WORDS)
    assert not [d for d in drafted if d.subject.context.get("phase")]
    assert release_headings("## 2.3.0\n\n- a\n\nv2.2 — June 2025\n\n1.4.0 (2022-01-11)\n") == [
        (0, "2.3.0"),
        (15, "2.2"),
        (33, "1.4.0"),
    ]

"""Tests for a figure told of an older release than the newest its page names ("Version 2 kept 7
days of run history" beside "Version 3 keeps 30 days"): history (``phase: previous``), kept out
of the comparison with today's figures; and a version's release ("the first major release since
version 2, released in 2021") that is not the project's first release."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from factcheck.extract.grouping.events import _two_releases, _which
from factcheck.extract.subjects.contexts import told_earlier
from tests.common import conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 4, 2, 12, tzinfo=datetime.UTC).timestamp()

#: A migration guide of the kind cronwheel's MIGRATING.md is: what version 2 did beside what
#: version 3 does.
MIGRATING = (
    "# Migrating from version 2 to version 3\n\n"
    "Version 2 kept 7 days of run history. Version 3 keeps 30 days of run history by default.\n\n"
    "In version 2, a failed job was retried 2 times.\n\n"
    "Version 2 served the dashboard on port 8080. Version 3 serves it on port 7700.\n\n"
    "In v1.x the default was 3.\n\n"
    "The default port in version 2 was 8080.\n\n"
    "In version 3 the default changed to 0.\n\n"
    "Upgrading from version 2 takes about 10 minutes.\n\n"
    "Node.js version 18 is required. Version 3 needs 512 MB of memory.\n"
)


def _told_earlier(text: str, figure: str) -> bool:
    """``told_earlier`` of the first ``figure`` in ``text``, its sentence the text between the
    sentence ends around it."""
    at = text.index(figure)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    end = text.find("\n", at)
    return told_earlier(text, (at, at + len(figure)), (start, end))


@pytest.mark.parametrize(
    ("figure", "earlier"),
    [
        ("7 days", True),  # "Version 2 kept": an older release, what the sentence is about
        ("30 days", False),  # "Version 3 keeps": the newest release the page names, today's
        ("2 times", True),  # "In version 2, a failed job was retried"
        ("8080", True),  # "Version 2 served the dashboard on port 8080"
        ("7700", False),
        ("3.\n", True),  # "In v1.x the default was 3"
        ("0.\n", False),  # "In version 3 the default changed to 0": the newest, past or not
        ("10 minutes", False),  # "Upgrading from version 2": not what version 2 did
        ("512", False),  # Node.js 18 is a product's version, not a newer release of the tool
    ],
)
def test_a_figure_of_an_older_release_is_history(figure: str, earlier: bool) -> None:
    assert _told_earlier(MIGRATING, figure) is earlier


def test_the_past_tense_after_a_release_told_later_in_the_sentence() -> None:
    """An older release, then a past verb: "The default port in version 2 was 8080"."""
    text = MIGRATING.replace("Version 2 served the dashboard on port 8080. ", "")
    assert _told_earlier(text, "8080") is True


def test_a_page_that_names_one_release_keeps_it_today() -> None:
    """A page that names no newer release than version 2 tells version 2's figures as today's
    ("Version 2 keeps 7 days"): nothing in the page is older than another."""
    text = "# cronwheel 2\n\nVersion 2 keeps 7 days of run history.\n"
    assert _told_earlier(text, "7 days") is False


def test_a_first_release_since_another_names_that_version() -> None:
    """A first release since another dates that version's release ("the first major release
    since version 2, released in 2021"), not the project's first ("first released twelve years
    ago")."""
    said = "Version 3 is the first major release since version 2, released in 2021"
    assert _which(said) == "version 2"
    assert _which("cronwheel was first released twelve years ago") == "first"
    assert _which("Snapback was first released as version 0.9 in 2016") == "first"


@pytest.mark.parametrize(
    ("first", "second", "two"),
    [
        ("Version 2 was released in 2019", "when 2.0 shipped, five years ago", False),
        ("version 2.0.0 came out in 2018", "v2 came out in 2018", False),
        ("The 1.x series reached end of life in 2023", "Version 1 came out in 2014", True),
        ("version 3.2.0 shipped in 2024", "3.2 came out two years ago", False),
        ("version 12 came out in 2024", "version 1 came out in 2014", True),
        ("Snapback 1.0 came out in 2014", "first released twelve years ago", False),
        # A project's 1.0 named as a version is not always its first release (0.x came first).
        ("stable since version 1.0, released five years ago", "first released in 2019", True),
    ],
)
def test_one_release_written_two_ways_is_one_release(first: str, second: str, two: bool) -> None:
    """ "Version 2", "v2" and "2.0" name one release, and "version 1" is the first; a version's
    number is read whole ("version 12" is not version 1), and a series ("1.x") is not its first
    release."""
    assert _two_releases(_which(first), _which(second)) is two


def _conflicts(tmp_path: Path, docs: dict[str, str]) -> list[tuple[str, ...]]:
    return conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1])


def test_what_version_2_did_is_no_conflict_with_version_3s_reference(tmp_path: Path) -> None:
    """cronwheel's MIGRATING.md beside its reference: version 2's port 8080 is history; the FAQ's
    7700 against the reference's 7070 still disagrees."""
    docs = {
        "MIGRATING.md": "# Migrating from cronwheel 2 to cronwheel 3\n\n"
        "Version 2 served the dashboard on port 8080. Version 3 uses a different default port, "
        "so update firewall rules.\n",
        "reference.md": "# Reference\n\nThe dashboard listens on port 7070 by default.\n",
        "FAQ.md": "# FAQ\n\nThe dashboard listens on port 7700 by default.\n",
    }
    conflicts = _conflicts(tmp_path, docs)
    assert not any("8080" in pair for pair in conflicts)
    assert ("7070", "7700") in conflicts


def test_a_versions_release_year_is_not_the_projects_first_release(tmp_path: Path) -> None:
    """The project's first release ("first released twelve years ago") against version 2's
    ("released in 2021"): two releases, no conflict."""
    docs = {
        "FAQ.txt": "cronwheel was first released twelve years ago as a weekend project.\n",
        "MIGRATING.md": "# Migrating\n\nVersion 3 is the first major release since version 2, "
        "released in 2021. Most setups move across quickly.\n",
    }
    conflicts = _conflicts(tmp_path, docs)
    assert not [pair for pair in conflicts if any(re.search(r"2021|ago", v) for v in pair)]

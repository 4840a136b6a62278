"""The day an event happens on ("The campsites opened on Friday morning", "Campsites opened at
noon on Thursday 23 July"): a label claim per event (``day-campsit-start``), so that two
documents that date one event on different days disagree. The phrasings are written from how
news reports, press releases, notices and incident pages date an event, not from one corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.subjects.times import event_days
from tests.common import extract_and_check


def days(text: str) -> list[tuple[str, str]]:
    """(event key, day) of every day ``text`` dates an event on."""
    index = TextIndex(text)
    return [(d.event.key, d.day) for d in event_days(text, lambda s: index.around(s).sentence)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The campsites opened on Friday morning.", ("campsit-start", "friday")),
        ("Campsites opened at noon on Thursday 23 July.", ("campsit-start", "thursday")),
        ("The fire started on the afternoon of Friday 27 November.", ("fire-start", "friday")),
        ("Polls closed on Thursday at 10pm.", ("poll-end", "thursday")),
        ("The museum reopened on Saturday after a two-year refit.", ("venue-start", "saturday")),
        ("The new line opened to passengers on Monday.", ("line-start", "monday")),
        ("The strike began on Tuesday.", ("strike-start", "tuesday")),
        ("Counting started on Friday morning.", ("count-start", "friday")),
        ("The festival ended on Sunday night.", ("festiv-end", "sunday")),
        ("The bridge closed on Wednesday for repairs.", ("bridg-end", "wednesday")),
        ("Voting ended on Sunday evening.", ("poll-end", "sunday")),
        ("The shop shut on Saturday for good.", ("shop-end", "saturday")),
        ("The gates opened on Friday at 10:00.", ("venue-start", "friday")),
        ("The results were announced on Friday.", ("result-announce", "friday")),
        ("The trial results were published on Monday.", ("result-publish", "monday")),
        ("The ferry left on Thursday with 300 passengers.", ("ferri-leave", "thursday")),
        ("The first trains arrived on Sunday morning.", ("first-train-arrive", "sunday")),
        ("The exhibition will open on Saturday 3 May.", ("exhibit-start", "saturday")),
        ("Doors open on Friday evening.", ("venue-start", "friday")),
        ("Fans arriving on Thursday evening slept in their cars.", ("fan-arrive", "thursday")),
        ("The shop closed at midday on Monday.", ("shop-end", "monday")),
        ("The doors closed at noon on Monday.", ("venue-end", "monday")),
        ("Work on the tunnel began on Monday, officials said.", ("tunnel-start", "monday")),
        ("The appeal closed on Friday with 2,000 signatures.", ("appeal-end", "friday")),
    ],
)
def test_the_day_an_event_happens_on(text: str, expected: tuple[str, str]) -> None:
    assert days(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The market opens on Saturdays.",
        "The pool opens every Friday at 7am.",
        "The office is open on Monday to Friday.",
        "Gates open on Friday or Saturday, depending on the weather.",
        "If it rains, the campsites may open on Friday.",
        "The museum usually opens on Sunday.",
        "On Friday I went to the shop.",
        "Step 2: on Monday, check the logs.",
        "The stadium's roof was completed on Tuesday.",
        "The doors close at noon on weekdays.",
        "Updated on Monday 2 March 2026.",
        "Published on Monday 2 March 2026.",
        "The gates opened on Friday at 10:00 and on Saturday at 9:00.",
    ],
)
def test_no_day_where_none_dates_one_event(text: str) -> None:
    assert days(text) == []


def test_one_event_on_two_days_of_a_document_is_none() -> None:
    text = "The gates opened on Friday at 10:00.\n\nThe gates opened on Saturday at 9:00.\n"
    assert days(text) == []


def test_two_reports_that_date_an_event_on_other_days_disagree(tmp_path: Path) -> None:
    docs = {
        "press.txt": "Campsites opened at noon on Thursday 23 July, a day before the music.\n",
        "blog.md": "# Day one\n\nThe campsites opened on Friday morning, so we queued.\n",
    }
    data, report = extract_and_check(tmp_path, docs, exit_code=1)
    said = {(c["subject"], c["value"]) for c in data["claims"]}
    assert {("day-campsites-start", "thursday"), ("day-campsites-start", "friday")} <= said
    conflicts = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert "Day: campsites opened: friday vs thursday" in conflicts


def test_the_same_day_in_other_words_agrees(tmp_path: Path) -> None:
    docs = {
        "press.txt": "Campsites opened at noon on Thursday 23 July.\n",
        "blog.md": "The campsites opened on Thursday afternoon.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert not [f for f in report["findings"] if f["kind"] == "conflict"]

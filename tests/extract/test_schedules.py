"""A phrase table of opening hours, scheduled times and intervals in words, from general knowledge
(shops, helplines, clinics, timetables, scheduled jobs in software docs): hours written either
way are an opening and a closing time of one event, a job's time is named by its synonyms, and
an interval in words is the minutes between two runs, as "every 30 minutes" is."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.intervals import find_intervals
from tests.common import WORDS, conflicting_values, extract_and_check


def _timed(text: str) -> list[tuple[str, str]]:
    return [
        (d.value, d.subject.id)
        for d in draft_claims("page", text, WORDS)
        if d.mention.dimension == "time_of_day"
    ]


def _intervals(text: str) -> list[str]:
    return [
        d.value
        for d in draft_claims("page", text, WORDS)
        if d.mention.dimension in ("duration", "length", "volume")
    ]


_SHOP = [("09:00", "when-pharmaci-start"), ("18:00", "when-pharmaci-end")]
_LINE = [("08:00", "when-line-start"), ("20:00", "when-line-end")]


@pytest.mark.parametrize(
    ("text", "drafted"),
    [
        # Opening hours written either way: an opening and a closing time.
        ("The pharmacy is open from 9am to 6pm.", _SHOP),
        ("The pharmacy is open 9am-6pm.", _SHOP),
        ("The pharmacy is open 9 am to 6 pm on weekdays.", _SHOP),
        ("The pharmacy is open between 9am and 6pm.", _SHOP),
        ("The pharmacy is open from 09:00 until 18:00.", _SHOP),
        ("The pharmacy opens at 9am and closes at 6pm.", _SHOP),
        ("The pharmacy opens at 9am.", _SHOP[:1]),
        ("The pharmacy is open until 6pm.", _SHOP[1:]),
        ("The helpline is staffed from 8am to 8pm.", _LINE),
        ("The helpline is available from 8am to 8pm.", _LINE),
        ("The helpline is manned 8am to 8pm.", _LINE),
        ("The helpline is answered from 8am to 8pm.", _LINE),
        ("The free helpline is open from 8am to 8pm.", _LINE),
        ("The national hotline is open 08:00-20:00.", _LINE),
        (
            "Call the Radon Helpline, which is staffed from 9am to 5pm on weekdays.",
            [("09:00", "when-line-start"), ("17:00", "when-line-end")],
        ),
        (
            "The free Radon Helpline is open on weekdays from 08:30 to 17:00.",
            [("08:30", "when-line-start"), ("17:00", "when-line-end")],
        ),
        ("The café, which opens at 8am, is small.", [("08:00", "when-caf-start")]),
        ("The pool, which closes at 9pm, is busy.", [("21:00", "when-pool-end")]),
        (
            "The clinic runs from 9:00 to 12:30.",
            [("09:00", "when-clinic-start"), ("12:30", "when-clinic-end")],
        ),
        (
            "The library is open 10:00–17:00.",
            [("10:00", "when-venue-start"), ("17:00", "when-venue-end")],
        ),
        (
            "The museum is open from 10 am until 5 pm.",
            [("10:00", "when-venue-start"), ("17:00", "when-venue-end")],
        ),
        (
            "The surgery is open from 8.30am to 6.30pm.",
            [("08:30", "when-surgeri-start"), ("18:30", "when-surgeri-end")],
        ),
        (
            "Trains run from 05:30 to 23:00.",
            [("05:30", "when-train-start"), ("23:00", "when-train-end")],
        ),
        (
            "Ferries operate from 6am to 10pm.",
            [("06:00", "when-ferri-start"), ("22:00", "when-ferri-end")],
        ),
        ("Doors open at 7pm.", [("19:00", "when-venue-start")]),
        ("The store is open from 9am on Sundays.", [("09:00", "when-shop-start")]),
        # A scheduled job's time, named by its synonyms (snapshot, backup, dump; nightly, daily).
        ("The nightly backup runs at 2am.", [("02:00", "when-backup-run")]),
        ("The daily snapshot is written at 03:00.", [("03:00", "when-backup-run")]),
        (
            "The nightly snapshot runs at 2am server time by default.",
            [("02:00", "when-backup-run")],
        ),
        (
            "Time of day at which the daily snapshot is written. Default: 03:00.",
            [("03:00", "when-backup-run")],
        ),
        ("The nightly dump is scheduled for 1:30 am.", [("01:30", "when-backup-run")]),
        ("Backups are performed at 04:00.", [("04:00", "when-backup-run")]),
        ("The cleanup job is executed at midnight.", [("00:00", "when-cleanup-run")]),
        ("The automatic backup is triggered at 11pm.", [("23:00", "when-backup-run")]),
        # Negatives: different events stay apart, a bare default names nothing else.
        ("Polls opened at 7am.", [("07:00", "when-poll-start")]),
        ("The last train leaves at 23:40.", [("23:40", "when-last-train-leave")]),
        ("Tickets from 9 to 5.", []),
        ("Default: 03:00.", [("03:00", "when-time")]),
        ("It said so. Default: 03:00.", [("03:00", "when-time")]),
    ],
)
def test_opening_hours_and_scheduled_times(text: str, drafted: list[tuple[str, str]]) -> None:
    assert _timed(text) == drafted


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Buses leave every half hour.", ["30 minutes"]),
        ("Buses leave every half-hour.", ["30 minutes"]),
        ("Buses leave every half an hour.", ["30 minutes"]),
        ("Buses leave every 30 minutes.", ["30 minutes"]),
        ("Buses leave every thirty minutes.", ["30 minutes"]),
        ("Trains run half-hourly.", ["30 minutes"]),
        ("Trains run half hourly on Sundays.", ["30 minutes"]),
        ("Trains run twice an hour.", ["30 minutes"]),
        ("Trains run two times an hour.", ["30 minutes"]),
        ("Trams run every quarter of an hour.", ["15 minutes"]),
        ("Trams run every quarter-hour.", ["15 minutes"]),
        ("Trams run quarter-hourly.", ["15 minutes"]),
        ("Trams run four times per hour.", ["15 minutes"]),
        ("Trams run every 15 minutes.", ["15 minutes"]),
        ("Trams run three times an hour.", ["20 minutes"]),
        ("The sync job runs hourly.", ["60 minutes"]),
        ("The sync job runs hourly, on the hour.", ["60 minutes"]),
        ("The sync job runs hourly from 7am.", ["60 minutes"]),
        ("The sync job runs every hour.", ["60 minutes"]),
        ("The sync job runs once an hour.", ["60 minutes"]),
        ("A bus calls every other hour.", ["120 minutes"]),
        ("A bus calls every second hour.", ["120 minutes"]),
        ("Trams run every 6 minutes at peak times.", ["6 minutes"]),
        # Negatives: a duration, a kind, a rate of something counted.
        ("It takes half an hour.", ["0.5 hours"]),
        ("Keep the hourly snapshots.", []),
        ("The hourly rate is high.", []),
        ("Every hour-long session is recorded.", []),
        ("Nurses check every hour of the day.", []),
        ("Up to 2 per hour.", []),
        ("That adds 25 miles of range for every hour the car is plugged in.", ["25 miles"]),
        ("Drink 250 ml in every hour of exercise.", ["250 mL"]),
        ("A quarter of the staff.", []),
        ("Half the trains were late.", []),
    ],
)
def test_intervals_in_words_are_minutes(text: str, minutes: list[str]) -> None:
    assert _intervals(text) == minutes


def test_an_interval_reads_where_it_is_written() -> None:
    text = "A ferry leaves every half hour; a bus twice an hour."
    assert [(m.text, m.amount.low) for m in find_intervals(text)] == [
        ("every half hour", 30.0),
        ("twice an hour", 30.0),
    ]


def test_two_pages_hours_and_intervals_meet_and_anchor(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Ferry\n\nA free shuttle ferry will leave the pier every half hour.\n"
            "The Radon Helpline, which is staffed from 9am to 5pm, is free.\n",
            "b.md": "# News\n\nA free shuttle ferry will leave the pier every 20 minutes.\n"
            "The free Radon Helpline is open from 08:30 to 17:00.\n",
        },
    )
    kinds = [f["kind"] for f in report["findings"]]
    assert "unanchored" not in kinds
    conflicts = sorted(conflicting_values(report))
    assert conflicts == [("08:30", "09:00"), ("20 minutes", "30 minutes")]

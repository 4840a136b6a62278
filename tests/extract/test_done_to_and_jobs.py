"""One event's time said by whoever did it or by what it was done to meets ("we took the website
offline at 04:40", "Quillmart took its website offline shortly after 6am": the website is
taken), a scheduled job's start is its run ("the backup runs nightly at 02:30", "the scheduled
backup starts at 3:00 AM"); a look-alike (another thing taken, another job, a place left, a
venue's doors) stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check


def _events(text: str) -> set[str]:
    """The subject of every time of day drafted from ``text``."""
    drafts = [d for d in draft_claims("page", text, WORDS) if d.mention.dimension == "time_of_day"]
    assert drafts, text
    return {d.subject.id for d in drafts}


# One event, two wordings (who did it, what it was done to), and the subject both are drafted under.
SAME_EVENT = [
    # something done to a thing, said with and without who did it
    ("Once we detected it, we took the website offline at 04:40 that morning.",
     "Quillmart took its website offline shortly after 6am on the day.", "when-websit-take"),
    ("The company took its servers offline at 3am.", "The servers were taken offline at 4am.",
     "when-server-take"),
    ("The council released the report at 10am.", "The report was released at 11am.",
     "when-report-publish"),
    ("The ministry released the figures at 9:30am.", "The figures were released at 10am.",
     "when-figur-publish"),
    ("Officials closed the bridge at 6am.", "The bridge was closed at 7am.", "when-bridg-end"),
    ("Police reopened the road at 5pm.", "The road reopened at 6pm.", "when-road-start"),
    ("The returning officer declared the result at 4am.", "The result was declared at 04:40.",
     "when-result-announce"),
    ("We started the migration at 22:00.", "The migration started at 23:00.",
     "when-migrat-start"),
    ("The operator ran the backup at 1am.", "The backup ran at 2am.", "when-backup-run"),
    ("Staff served the first meals at noon.", "The first meals were served at 1pm.",
     "when-first-meal-serve"),
    ("The courier delivered the parcel at 10am.", "The parcel was delivered at 11am.",
     "when-parcel-deliver"),
    ("Engineers shut the plant at 02:00.", "The plant shut at 03:00.", "when-plant-end"),
    # a scheduled job: its start is its run
    ("After enabling the schedule, the backup runs nightly at 02:30 local time.",
     "Unless you set a time, the scheduled backup starts at 3:00 AM.", "when-backup-run"),
    ("The cleanup task starts at 00:30.", "The cleanup job is executed at midnight.",
     "when-cleanup-run"),
    ("The nightly sync starts at 1am.", "The sync runs at 2am.", "when-sync-run"),
    ("The weekly scan begins at 4am.", "The weekly scan runs at 5am.", "when-scan-run"),
    ("The cron job kicks off at 3am.", "The cron job runs at 3:30am.", "when-cron-run"),
    ("The log rotation starts at midnight.", "Log rotation runs at 1am.", "when-rotat-run"),
    ("The daily export begins at 6am.", "The export is triggered at 7am.", "when-export-run"),
    ("The snapshot starts at 03:00.", "The daily snapshot is written at 04:00.",
     "when-backup-run"),
    ("The vacuum job starts at 2am.", "Vacuum runs at 3am.", "when-vacuum-run"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "subject"), SAME_EVENT)
def test_one_event_done_to_a_thing_or_run_as_a_job_meets(
    one: str, other: str, subject: str
) -> None:
    assert subject in _events(one) & _events(other)


# Two times that look alike but time different events: no subject shared.
LOOK_ALIKES = [
    ("Quillmart took its website offline at 6am.", "Quillmart took its app offline at 7am."),
    ("We took the website offline at 04:40.", "The website reopened at 18:00."),
    ("The council released the report at 10am.", "The council released the agenda at 11am."),
    ("The council released the report at 10am.", "The council met at 11am."),
    ("Staff served the first meals at noon.", "Staff served the last meals at 9pm."),
    ("The ministry released the figures at 9:30am.", "The ministry released the prisoner at 10am."),
    ("Officials closed the bridge at 6am.", "Officials closed the tunnel at 7am."),
    ("Police reopened the road at 5pm.", "Police closed the road at 6am."),
    ("The museum opens its doors at 10am.", "The museum shop opens at 9am."),
    ("The train leaves the station at 9am.", "The station opens at 6am."),
    ("The storm hit the coast at 6am.", "The coast road closed at 7am."),
    ("The nightly backup starts at 2am.", "The weekly cleanup job starts at 3am."),
    ("The backup runs at 02:30.", "The backup ends at 03:30."),
    ("The sync starts at 1am.", "The scan starts at 2am."),
    ("The nightly sync starts at 11pm.", "The nightly deploy starts at 1am."),
    ("The backup starts at 2am.", "The maintenance window starts at 3am."),
    ("The export starts at 6am.", "The import starts at 7am."),
    ("The cron job runs at 3am.", "The backup runs at 4am."),
    ("Deployments start at 3pm.", "The build runs at 2pm."),
    ("The vacuum job starts at 2am.", "The vacuum job finishes at 4am."),
    ("The operator ran the backup at 1am.", "The operator ran the cleanup at 2am."),
    ("The courier delivered the parcel at 10am.", "The courier collected the parcel at 8am."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), LOOK_ALIKES)
def test_look_alikes_stay_apart(one: str, other: str) -> None:
    assert not _events(one) & _events(other)


def test_a_website_taken_offline_disagrees_across_documents(tmp_path: Path) -> None:
    docs = {
        "statement.md": "Once we detected it, we took the website offline at 04:40 that morning.\n",
        "wire.txt": "Quillmart took its website offline shortly after 6am on the day the breach "
        "was discovered.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = conflicting_values(report)
    assert ("04:40", "~06:00") in conflicts


def test_a_backup_run_and_start_disagree_across_documents(tmp_path: Path) -> None:
    docs = {
        "README.md": "After `snapvault schedule enable`, the backup runs nightly at 02:30 local "
        "time.\n",
        "reference.md": "Installs a daily scheduled backup. Unless you set a time, the scheduled "
        "backup starts at 3:00 AM.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = conflicting_values(report)
    assert ("02:30", "03:00") in conflicts

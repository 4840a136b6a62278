"""One event's time of day said in other words meets; a look-alike (another event, day, place,
an opening against a closing, the first against the last) stays apart. The thing is the head of
the subject phrase ("the cable-stayed bridge over the Velde River": the bridge), "to traffic"
after closing names who may cross, a venue's doors and gates open when it does, and a window or
slot is its event's start and end."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check


def _events(text: str) -> set[tuple[str, str]]:
    """(subject, recurring days) of every time of day drafted from ``text``."""
    drafts = [d for d in draft_claims("page", text, WORDS) if d.mention.dimension == "time_of_day"]
    assert drafts, text
    return {(d.subject.id, d.subject.context.get("days", "")) for d in drafts}


# One event, two wordings, and the subject both are drafted under.
SAME_EVENT = [
    # news and transport
    ("The Aldersund Bridge, the main link across the river, was closed to traffic at 06:00.",
     "The cable-stayed bridge over the Velde River was shut at 8 a.m.", "when-bridg-end"),
    ("The M4 bridge reopened to traffic at 5pm.", "The bridge opened again at 17:30.",
     "when-bridg-start"),
    ("The tunnel will close to vehicles at 22:00.", "The road tunnel shuts at 10pm.",
     "when-tunnel-end"),
    ("The A1 bridge over the Tyne will close at 8pm tonight.", "The bridge shuts at 9pm.",
     "when-bridg-end"),
    ("The ferry over the sound leaves at 7:15.", "The ferry departs at 7:45.",
     "when-ferri-leave"),
    ("The first bus leaves the depot at 05:30.", "The first bus departs at 6am.",
     "when-first-bus-leave"),
    ("The last ferry to the island leaves at 21:00.", "The last ferry departs at 9.30pm.",
     "when-last-ferri-leave"),
    ("The night train from Oslo arrives at 07:10.", "The night train arrives at 6:50am.",
     "when-night-train-arrive"),
    ("The ship had left Berth 4 at 3:10 a.m. Tuesday.", "The vessel cast off at 2:45 a.m.",
     "when-ship-leave"),
    ("The freighter set sail at 6am.", "The boat departed at 6:30am.", "when-ship-leave"),
    ("The tanker ran aground at 04:30.", "The vessel went aground at 4:50am.",
     "when-ship-ground"),
    ("The ferry sails at 7:15.", "The ferry departs at 7:45.", "when-ferri-leave"),
    ("Members will begin a 96-hour stoppage starting at 06:00 on Monday.",
     "The walkout officially started at 5am.", "when-strike-start"),
    ("The eastbound carriageway reopened at 9pm.", "The eastbound carriageway opened at 21:30.",
     "when-eastbound-carriageway-start"),
    ("The night-time curfew in the capital starts at 10 pm.", "The curfew begins at 11pm.",
     "when-curfew-start"),
    ("Polling stations closed at 9pm.", "Voting ended at 21:00.", "when-poll-end"),
    ("Polls in the north opened at 7am.", "Polling stations opened at 07:00.",
     "when-poll-start"),
    ("Polls across the region close at 8pm.", "Voting closes at 9pm.", "when-poll-end"),
    ("The count in Leeds began at 22:00.", "Counting got under way at 10pm.",
     "when-count-start"),
    ("The count at the Guildhall began at 22:00.", "Counting began at 11pm.",
     "when-count-start"),
    ("The daily press briefing is at 11am.", "The press briefing begins at 11:30.",
     "when-brief-start"),
    ("The vigil is held at 8pm.", "The vigil starts at 7.30pm.", "when-vigil-start"),
    ("The match kicks off at 15:00.", "The game starts at 3.30pm.", "when-match-start"),
    # venues: a museum, its doors, gates and building
    ("From Sunday, the museum will be open daily from 10:00 to 17:00.",
     "The doors will open at 9.30am every day from now on.", "when-venue-start"),
    ("The museum is open from 10 am until 5 pm.", "The building now closes at 4pm each day.",
     "when-venue-end"),
    ("The gallery opens to the public at 10am.", "Its doors open at 9am.", "when-venue-start"),
    ("The castle opens to visitors at 10:00.", "The castle gates open at 9:30.",
     "when-venue-start"),
    ("The library closes at 8pm.", "The entrance closes at 7pm.", "when-venue-end"),
    ("The Calderbridge Maritime Museum reopens at 10am.", "The museum opens at 09:30.",
     "when-venue-start"),
    ("The park gates open at 7am.", "The park opens at 8am.", "when-venue-start"),
    ("Festival gates open at noon.", "Gates open at 1pm.", "when-venue-start"),
    ("The site closes to visitors at 6pm.", "The premises close at 5.30pm.", "when-venue-end"),
    # health services
    ("The walk-in clinic opens at 8am.", "The clinic opens its doors at 8:30am.",
     "when-clinic-start"),
    ("The flu clinic at St Mary's opens at 9am.", "The flu clinic opens at 9:30am.",
     "when-clinic-start"),
    ("Visiting hours on the ward end at 8pm.", "Visiting ends at 7.30pm.", "when-visit-end"),
    ("The pharmacy is open until 10pm.", "The pharmacy closes at 9pm.", "when-pharmaci-end"),
    ("The helpline is staffed from 8am to 8pm.", "The Radon Helpline closes at 6pm.",
     "when-line-end"),
    ("The evening surgery starts at 5pm.", "The evening surgery begins at 4.30pm.",
     "when-evening-surgeri-start"),
    # software operations
    ("The maintenance window is Sundays from 02:00 to 03:00 UTC.",
     "The hosted service has a short maintenance every Sunday at 3am UTC.",
     "when-mainten-start"),
    ("Scheduled maintenance takes place on Saturdays at 23:00 UTC.",
     "The maintenance window runs on Saturdays from 22:00 to 23:00 UTC.", "when-mainten-start"),
    ("Planned downtime is from 01:00 to 02:00.", "The downtime starts at 1:30am.",
     "when-downtim-start"),
    ("The deployment window is Tuesdays from 14:00 to 16:00.",
     "Deployments start at 3pm on Tuesdays.", "when-deploy-start"),
    ("The weekly standup is at 9:30.", "The standup starts at 9:45.", "when-standup-start"),
    ("The cleanup job is executed at midnight.", "The cleanup task runs at 00:30.",
     "when-cleanup-run"),
    ("The nightly snapshot runs at 2am.", "The daily snapshot is written at 03:00.",
     "when-backup-run"),
    ("The webinar is at 2pm GMT.", "The webinar begins at 14:30 GMT.", "when-webinar-start"),
    ("The release train departs at 16:00.", "The release train leaves at 17:00.",
     "when-train-leave"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other", "subject"), SAME_EVENT)
def test_one_event_said_in_other_words_meets(one: str, other: str, subject: str) -> None:
    shared = {s for s, _ in _events(one) & _events(other)}
    assert subject in shared


# Two times that look alike but time different events (or days): no subject and days shared.
LOOK_ALIKES = [
    ("The museum opens at 10:00.", "The museum closes at 17:00."),
    ("The first train leaves at 05:30.", "The last train leaves at 23:40."),
    ("The first ferry leaves at 06:00.", "The last ferry leaves at 22:00."),
    ("The first bus leaves at 05:30.", "The first train leaves at 05:45."),
    ("The first result was declared at 01:00.", "The final result was declared at 04:40."),
    ("The doors open at 7pm.", "The show starts at 8pm."),
    ("The gates open at 1.30pm.", "The match kicks off at 3pm."),
    ("The school gates open at 8:30.", "Lessons start at 8:50."),
    ("The bridge was closed to traffic at 06:00.", "The bridge reopened to traffic at 18:00."),
    ("The bridge was closed to traffic at 06:00.", "The road was closed to traffic at 07:00."),
    ("The bridge over the river closed at 6am.", "The tunnel under the river closed at 7am."),
    ("The tunnel closes to vehicles at 22:00.", "The tunnel opens to vehicles at 06:00."),
    ("The eastbound carriageway reopened at 9pm.",
     "The westbound carriageway reopened at 11pm."),
    ("The night train arrives at 07:10.", "The night train leaves at 22:30."),
    ("The ship cast off at 2:45 a.m.", "The ship ran aground at 4:30 a.m."),
    ("The ship left at 3:10.", "The ferry left at 3:40."),
    ("The strike started at 6am.", "The strike ended at 6pm."),
    ("The ferry to the island leaves at 7:15.", "The ferry from the island arrives at 8:00."),
    ("The maintenance window is Sundays from 02:00 to 03:00 UTC.",
     "A short maintenance every Saturday at 3am UTC."),
    ("The downtime starts at 1am.", "The downtime ends at 2am."),
    ("Deployments start at 3pm on Tuesdays.", "Deployments start at 3pm on Thursdays."),
    ("The standup is at 9:30.", "The retrospective is at 16:00."),
    ("The nightly backup runs at 2am.", "The weekly cleanup job runs at 3am."),
    ("The webinar starts at 2pm.", "Registration closes at noon."),
    ("Polls opened at 7am.", "Polls closed at 10pm."),
    ("Polls in the north opened at 7am.", "The count in the north began at 10pm."),
    ("The count began at 22:00.", "The result was declared at 04:40."),
    ("The press briefing begins at 11am.", "The press briefing ends at 11:45am."),
    ("The curfew starts at 10 pm.", "The curfew ends at 6 am."),
    ("The gallery opens at 10am on weekdays.", "The gallery opens at 11am at weekends."),
    ("The shop opens at 9am on Sundays.", "The shop opens at 8am on Saturdays."),
    ("The museum café opens at 9am.", "The museum opens at 10am."),
    ("The library opens at 9am.", "The library's café closes at 4pm."),
    ("The site office opens at 7am.", "The site opens at 8am."),
    ("The clinic opens at 8am.", "The pharmacy opens at 8am."),
    ("The pharmacy opens at 9am.", "The pharmacy closes at 9pm."),
    ("The helpline opens at 8am.", "The helpline closes at 8pm."),
    ("Visiting hours end at 8pm.", "Visiting hours start at 2pm."),
    ("The evening surgery starts at 5pm.", "The morning surgery starts at 8am."),
    ("The morning surgery starts at 8am.", "The morning surgery ends at 11am."),
    ("The early shift starts at 6am.", "The late shift starts at 2pm."),
    ("Breakfast is served at 7am.", "Dinner is served at 6pm."),
    ("Trading on the exchange opens at 9:30am.", "Trading on the exchange closes at 4pm."),
    ("Check-in closes at 10am.", "Check-out is at 11am."),
    ("The vigil starts at 8pm.", "The march starts at 2pm."),
    ("Work on the tunnel began at 7am.", "Work on the bridge began at 8am."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), LOOK_ALIKES)
def test_look_alikes_stay_apart(one: str, other: str) -> None:
    assert not _events(one) & _events(other)


def test_a_museum_and_its_doors_disagree_across_documents(tmp_path: Path) -> None:
    docs = {
        "gazette.md": "The Calderbridge Maritime Museum reopens tomorrow. From Sunday, the museum "
        "will be open daily from 10:00 to 17:00.\n",
        "radio.txt": "The doors will open at 9.30am every day from now on, the museum said.\n",
    }
    drafted, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = conflicting_values(report)
    assert ("09:30", "10:00") in conflicts
    assert drafted["claims"]


def test_a_stoppage_starting_at_a_time_meets_a_walkout_that_started_at_another(
    tmp_path: Path,
) -> None:
    """A stoppage "starting at 06:00": the start word names the event timed (the strike's
    start), not a starting phase that would keep it from the other page's start time."""
    docs = {
        "union.md": "Members will begin an initial 96-hour stoppage starting at 06:00 on Monday.\n",
        "local.txt": "The walkout officially started at 5am, when the night shift downed tools.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert ("05:00", "06:00") in conflicting_values(report)

"""Contexts and phases read where the text gives none, and two words for one thing
(contexts22): a verb "control" is no control arm, "at start" is a moment and no starting
phase, "initial review lasts" is a first phase as "Phase 1 review lasts" is, "instead" closing a
conditional clause marks one case's alternative, and jobs are counted as roles or posts too."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects import counted
from tests.common import WORDS, conflicting_values, extract_and_check


def drafts(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Each draft's quoted figure to its subject id and context."""
    return {
        d.mention.text: (d.subject.id, d.subject.context) for d in draft_claims("doc", text, WORDS)
    }


def subject_of(text: str, figure: str) -> tuple[str, dict[str, str]]:
    return next(
        found for quote, found in drafts(text).items() if figure in quote or quote in figure
    )


def test_control_as_a_verb_is_no_control_arm() -> None:
    subject, _ = subject_of(
        "Together the two companies would control a combined 22% of the national grocery market.",
        "22%",
    )
    assert "placebo" not in subject


def test_control_group_is_still_the_control_arm() -> None:
    subject, _ = subject_of(
        "Soreness fell to 3.1 points in the control group after the trial ended.", "3.1"
    )
    assert "placebo" in subject


def test_at_start_is_a_moment_not_a_starting_phase() -> None:
    subject, context = subject_of(
        "Turn on catch_up for this run; runs missed during the last 12 hours are made up at start.",
        "12 hours",
    )
    assert "starting" not in subject
    assert context.get("phase") != "starting"


def test_initial_review_lasts_is_the_first_phase_as_phase_1_is() -> None:
    initial, _ = subject_of("Its initial review lasts 30 working days.", "30")
    phase_one, _ = subject_of(
        "The regulator, whose Phase 1 review lasts up to 40 working days, will decide.", "40"
    )
    assert "first-phase" in initial
    assert "first-phase" in phase_one


def test_starting_within_hours_keeps_its_starting_role() -> None:
    _, context = subject_of(
        "Probiotics help most when starting within 48 hours of the first antibiotic dose.", "48"
    )
    assert context.get("phase") == "starting"


def test_instead_closing_a_conditional_clause_is_one_cases_alternative() -> None:
    text = (
        "The starting dose is 100 mg once a day. If your kidneys do not work well, we may start "
        "at 50 mg a day instead."
    )
    assert subject_of(text, "50 mg")[1].get("basis") == "alternative"
    assert "basis" not in subject_of(text, "100 mg")[1]


def test_instead_as_plain_advice_is_no_special_case() -> None:
    _, context = subject_of("Do not take four tablets. Take 2 tablets a day instead.", "2 tablets")
    assert "basis" not in context


def test_jobs_roles_and_posts_count_one_thing() -> None:
    assert counted.alike("roles", "jobs")
    assert counted.alike("jobs", "positions")
    assert not counted.alike("jobs", "stores")


def test_every_week_is_an_interval_of_one_week() -> None:
    subject, _ = subject_of(
        "Your doctor will increase the dose by 100 mg every week until your blood level is low "
        "enough.",
        "every week",
    )
    assert subject.startswith("duration")
    found = [
        d.mention.amount
        for d in draft_claims("doc", "Change 25% of the water every fortnight.", WORDS)
        if d.mention.dimension == "duration"
    ]
    assert [(a.low, a.unit) for a in found] == [(2.0, "week")]


def test_every_week_of_the_year_is_no_interval() -> None:
    found = [
        d.mention.text
        for d in draft_claims("doc", "Almost every week of the year we saw 20 visitors.", WORDS)
    ]
    assert not any("week" in text for text in found)
    # A page's own schedule: "every other week" is not read.
    column = "Raymond Okafor answers readers' eye questions every other week."
    assert not [d for d in draft_claims("doc", column, WORDS) if "week" in d.mention.text]


def test_the_interval_of_a_repeated_change_is_no_change() -> None:
    _, context = subject_of(
        "The dose is then raised by 100 mg every 2 to 4 weeks until your urate level reaches "
        "target.",
        "2 to 4 weeks",
    )
    assert "change" not in context


def test_a_sentence_set_in_a_study_is_its_protocol() -> None:
    _, context = subject_of(
        "In that study, doses were raised by 50 mg every week, and participants stayed on it.",
        "every week",
    )
    assert context.get("basis") == "study"


def test_two_pages_intervals_of_a_dose_step_meet_and_anchor(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        {
            "hospital.md": "# Allopurinol\n\nThe dose is then raised by 100 mg every 2 to 4 "
            "weeks until your urate level reaches target.\n",
            "leaflet.md": "# Allopurinol\n\nYour doctor will increase the dose by 100 mg every "
            "week until your urate level reaches target.\n",
        },
    )
    assert "unanchored" not in [f["kind"] for f in report["findings"]]
    assert ("1 week", "2-4 weeks") in conflicting_values(report)

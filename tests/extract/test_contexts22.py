"""Contexts and phases read where the text gives none, and two words for one thing
(contexts22): a verb "control" is no control arm, "at start" is a moment and no starting
phase, "initial review lasts" is a first phase as "Phase 1 review lasts" is, "instead" closing a
conditional clause marks one case's alternative, jobs are counted as roles or posts too, a
duration after "every" is no change, and a sentence set in a study is its protocol."""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects import counted
from tests.common import WORDS


def drafts(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Each draft's quoted figure to its subject id and context."""
    return {
        d.mention.text: (d.subject.id, d.subject.context) for d in draft_claims("doc", text, WORDS)
    }


def subject_of(text: str, figure: str) -> tuple[str, dict[str, str]]:
    found = drafts(text)
    if figure in found:
        return found[figure]
    return next(found for quote, found in found.items() if figure in quote or quote in figure)


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


def test_the_interval_of_a_repeated_change_is_no_change() -> None:
    _, context = subject_of(
        "The dose is then raised by 100 mg every 2 to 4 weeks until your urate level reaches "
        "target.",
        "2 to 4 weeks",
    )
    assert "change" not in context


def test_a_sentence_set_in_a_study_is_its_protocol() -> None:
    _, context = subject_of(
        "In that study, doses were raised by 50 mg every 2 weeks, and most stayed on it.",
        "2 weeks",
    )
    assert context.get("basis") == "study"

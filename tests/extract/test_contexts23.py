"""Tests for contexts23: context triggers narrowed by a rule of English, where the audit
(benchmarks/contexts_audit.py) found them keeping true pairs apart."""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects.contexts import anecdote
from tests.common import WORDS


def by_value(text: str) -> dict[str, dict[str, str]]:
    return {d.value: d.subject.context for d in draft_claims("doc", text, WORDS)}


def told(before: str) -> bool:
    """Whether the words before a figure tell the writer's past (the figure follows them)."""
    text = before + "8 weeks."
    return anecdote(text, (len(before), len(before) + 7), (0, len(text)))


def test_the_writers_past_counts_only_before_the_figure_and_as_its_subject() -> None:
    # The writer's own story, told before the figure: one person's experience.
    assert told("I did a fish-in cycle and it took ")
    assert told("For most of that time I did it the lazy way and dug it out after ")
    # A relative clause of a thing the figure was read in ("a leaflet I picked up").
    assert not told("A charity leaflet I picked up at the vet's said most dogs need at least ")
    assert not told("Every plan I looked at had a taper of ")
    # Advice reported to the writer is advice, no experience.
    assert not told("I was told to stay at no more than ")
    # Another clause's subject, after a break ("but", "because"): no longer the writer.
    assert not told("I was just about covering that, but the course used to treat it lasts ")


def test_a_figure_before_the_writers_past_is_no_personal_one() -> None:
    quoted = by_value("That's less than the £1 to £2 a day I kept seeing quoted for a medium dog.")
    assert all(context.get("basis") != "personal" for context in quoted.values())
    leaflet = by_value(
        "A charity leaflet I picked up at the vet's said most dogs need at least 30 minutes."
    )
    assert all(context.get("basis") != "personal" for context in leaflet.values())
    mine = by_value("My first tank, I did a fish-in cycle and it took eight weeks.")
    assert {context.get("basis") for context in mine.values()} == {"personal"}
    reported = by_value("I was told to stay at no more than 3 g a day.")
    assert all(context.get("basis") != "personal" for context in reported.values())
    assert by_value("I take 250 mg a day.")["250 mg"].get("basis") == "personal"


def test_a_price_that_starts_at_a_figure_is_no_starting_phase() -> None:
    for text in ("Season tickets will start from £395.", "Adult match tickets will start at £28."):
        assert all("phase" not in context for context in by_value(text).values())
    # A dose one starts on is the first phase's.
    assert {c.get("phase") for c in by_value("Start with 100 mg a day.").values()} == {"starting"}


def test_a_group_named_with_adults_is_everyones_of_those_ages() -> None:
    together = by_value(
        "For adults and children aged 12 and over, the dose is one 10 mg tablet once a day."
    )
    assert "population" not in together["10 mg"]
    alone = by_value("Children aged 9 should not have more than 110 mg a day.")
    assert alone["<=110 mg"]["population"] == "children"  # a cap, at most 110 mg

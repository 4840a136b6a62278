"""Advice that disagrees in other words (``advice._switched``, ``advice._bare_verb``,
``instructions``): a feature told to be on in one document and off in another ("turn strict mode
on" against "leave strict mode off"); the time of day of any instruction, not only of taking a
medicine ("water in the evening" against "Water early in the morning"); a second instruction
joined by "and" ("Keep them upright and tip the head back"); and the verbs that say "avoid" of a
thing ("Skip hot drinks"). Sentences written from general English across gardening, software
and first aid, with pairs that must stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.advice import find_advice
from factcheck.extract.instructions import NO, YES, find_acts
from factcheck.extract.mentions.context import TextIndex
from tests.common import two_pages_conflicts


def _advice(text: str, family: str) -> list[tuple[str, str]]:
    return [(a.topic, a.label) for a in find_advice(text, TextIndex(text), [])
            if a.family == family]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We recommend turning compression on for large exports.", [("compress", "on")]),
        ("In production, leave the query cache off.", [("queri-cach", "off")]),
        ("Keep retries on for flaky networks.", [("retri", "on")]),
        ("- Switch telemetry off before you publish.", [("telemetri", "off")]),
        ("You should always turn TLS on.", [("tls", "on")]),
        # a verb before its particle is a stance of its own (``polarity``)
        ("Switch off the heating at night.", []),
        # how long a thing is left on, not a state
        ("Then leave the lotion on for 8 hours, or overnight.", []),
        # what a program does, not what the reader is told; a gerund that names the act
        ("The server keeps the cache on.", []),
        ("Switching the cache off makes the first request slow.", []),
        # "never" turns it round: no label rather than the opposite one
        ("Never turn compression off.", []),
        ("Turn it off.", []),
    ],
)
def test_a_feature_told_on_or_off(text: str, expected: list[tuple[str, str]]) -> None:
    assert _advice(text, "switch") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Water early in the morning; evening watering invites mildew.", [("water", "morning")]),
        ("My one tip: water in the evening, never in the midday sun.", [("water", "evening")]),
        ("- Feed early in the evening.", [("feed", "evening")]),
        ("Moisturise at night, after taking them off.", [("moisturise", "evening")]),
        # the time is another verb's, or the case of advice about a thing (``polarity``)
        ("Wear them all day, and take them off before bed.", []),
        ("Discontinue the splint at night.", []),
        ("Sessions in the evening are quieter.", []),
        ("Best in the evening, when the wind drops.", []),
    ],
)
def test_the_time_of_day_of_any_instruction(text: str, expected: list[tuple[str, str]]) -> None:
    assert _advice(text, "time") == expected


def _acts(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    return [(a.label, a.verbs, a.thing) for a in find_acts(text, TextIndex(text))]


def test_a_second_instruction_joined_by_and() -> None:
    text = "Keep them upright and tip the head back just slightly."
    assert _acts(text) == [(YES, frozenset({"tip"}), frozenset({"head", "back"}))]


@pytest.mark.parametrize(
    "text",
    [
        # a statement's second verb shares its subject: no instruction
        "The joint is swollen and tender in a few hours.",
        "Low doses may calm and steer the behaviour of immune cells.",
        "It is most common in the ankle and around a joint.",
    ],
)
def test_no_second_instruction_after_a_statement(text: str) -> None:
    assert _acts(text) == []


def test_verbs_that_say_avoid() -> None:
    assert [(label, thing) for label, _, thing in _acts("Skip hot drinks for the rest of the day.")
            ] == [(NO, frozenset({"hot", "drink"}))]  # fmt: skip
    assert [label for label, _, _ in _acts("Steer clear of ibuprofen.")] == [NO]
    # "don't skip" tells the reader to do it: its verb is skipping, prohibited
    assert _acts("Don't skip feeding days.") == [
        (NO, frozenset({"skip"}), frozenset({"feed", "day"}))
    ]


DISAGREE = [
    (
        "We recommend turning strict mode on in production, so that bad data fails loudly.",
        "In production, leave strict mode off and read the error log instead.",
    ),
    (
        "My one tip: water in the evening, never in the midday sun.",
        "Water early in the morning; evening watering invites mildew on the leaves.",
    ),
    (
        "Sit down and lean forward. Never tip your head back.",
        "Keep them upright and tip the head back just slightly so the blood does not drip.",
    ),
]

APART = [
    # another feature
    ("Turn compression on for large exports.", "Leave strict mode off in production."),
    # another case
    ("In production, turn strict mode on.", "In development, leave strict mode off."),
    # another verb at another time of day
    ("Water in the evening.", "Feed early in the morning."),
    # both say the same
    ("My tip: water in the evening.", "- Water in the evening, when the sun is low."),
]


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_opposite_advice_conflicts(tmp_path: Path, one: str, other: str) -> None:
    assert two_pages_conflicts(tmp_path, one, other)


@pytest.mark.parametrize(("one", "other"), APART)
def test_look_alikes_stay_apart(tmp_path: Path, one: str, other: str) -> None:
    assert not two_pages_conflicts(tmp_path, one, other)

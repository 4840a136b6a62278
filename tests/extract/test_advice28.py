"""Whether to do a thing, said in other words (advice28): when to take a thing relative to a meal
said as the meal's first mouthful or "before you eat" (``advice``, family ``food``); a thing taken
off or out at a time of day, against wearing it then ("Take the splint off at night" against
"Wear the splint at night too": ``polarity``); a thing given up told with the thing between the
verb and its particle ("cut sugar out completely", "give caffeine up": ``polarity``,
``subjects.actions``). Sentences written from general English across medicines, splints,
hearing aids and diet, with pairs that must stay apart (another time of day, another thing,
chopping rather than giving up, both alike)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.advice import find_advice
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.polarity import ALWAYS_DO, DO, DO_NOT, FORBIDDEN, find_stances
from factcheck.extract.subjects.actions import GIVE_UP, action_key
from tests.common import two_pages_conflicts


def _food(text: str) -> list[str]:
    return [a.label for a in find_advice(text, TextIndex(text), []) if a.family == "food"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take it with the first bite or sip of the meal.", ["with food"]),
        ("Take the drops with your first mouthful of food.", ["with food"]),
        ("Swallow one tablet as you start eating.", ["with food"]),
        ("Take a capsule at the start of a meal.", ["with food"]),
        ("Swallow one tablet while you eat.", ["with food"]),
        ("Take the capsules before you eat.", ["without food"]),
        ("Take the tablets half an hour before you eat, so they are ready.", ["without food"]),
        # no taking in the sentence: an order of two steps, or when symptoms start
        ("Check your blood sugar before you eat.", []),
        ("The cramps usually start an hour after you eat.", []),
    ],
)
def test_a_meal_said_by_its_first_mouthful(text: str, expected: list[str]) -> None:
    assert _food(text) == expected


def _stances(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [(s.label, s.strength, s.keys) for s in find_stances(text, TextIndex(text))]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Take the splint off at night, so the skin can breathe.", {"wear", "splint", "night"}),
        ("Take your hearing aids out overnight.", {"wear", "hearing", "aids", "night"}),
        ("Remove the brace during the day.", {"wear", "brace", "day"}),
        ("Take off your watch at bedtime.", {"wear", "watch", "night"}),
    ],
)
def test_a_thing_taken_off_at_a_time_of_day(text: str, keys: set[str]) -> None:
    assert _stances(text)[:1] == [(DO_NOT, FORBIDDEN, frozenset(action_key(k) for k in keys))]


@pytest.mark.parametrize(
    "text",
    [
        # a time said as a count, and a thing taken off before an activity (``_removal``)
        "Take the splint off at night time.",
        "Take off your rings before you knead the dough.",
    ],
)
def test_no_time_of_day_taken_off(text: str) -> None:
    assert all(("wear" not in keys) or "night" not in keys for _, _, keys in _stances(text))


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("My advice: cut sugar out completely.", {GIVE_UP, "sugar", "completely"}),
        ("Give caffeine up for a month.", {GIVE_UP, "caffeine", "month"}),
        ("Cut out caffeine after lunch.", {GIVE_UP, "caffeine", "lunch"}),
        ("Give up smoking before the operation.", {GIVE_UP, "smoking", "operation"}),
    ],
)
def test_a_thing_given_up_between_verb_and_particle(text: str, keys: set[str]) -> None:
    expected = frozenset(k if k == GIVE_UP else action_key(k) for k in keys)
    assert [(label, k) for label, _, k in _stances(text)] == [(DO, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Cut the onions up finely.",  # chopping, not giving up
        "Cut onions out of the recipe card.",  # out of a place
        "Give up on the old recipe.",  # giving up on a thing: no bare object
    ],
)
def test_no_thing_given_up(text: str) -> None:
    assert all(GIVE_UP not in keys for _, _, keys in _stances(text))


def test_however_it_seems_is_no_advice_and_holds_in_every_case() -> None:
    text = "Rest the ankle, however good it feels."
    assert [(s.strength, s.action) for s in find_stances(text, TextIndex(text))] == [
        (ALWAYS_DO, "Rest the ankle")
    ]
    # ("well it seems", "mild they seem": no instruction read after "however")
    for text in (
        "Never carry on climbing, however mild they seem.",
        "Never sell it, however well it seems.",
    ):
        assert all("seem" not in s.keys for s in find_stances(text, TextIndex(text)))


DISAGREE = [
    (
        "Take the lactase drops with your first mouthful of the meal.",
        "Take the drops twenty minutes before you eat, so they are already working.",
    ),
    (
        "Wear the wrist splint at night as well as during the day.",
        "Take the splint off at night so the skin can breathe.",
    ),
    (
        "It is fine to wear your hearing aids overnight.",
        "Take your hearing aids out overnight to rest your ears.",
    ),
    (
        "My advice after ten years: cut sugar out completely.",
        "There's no need to cut out sugar completely.",
    ),
    (
        "Give caffeine up for good.",
        "You don't need to give up caffeine.",
    ),
]

APART = [
    # another time of day
    ("Take the splint off during the day.", "Wear the splint at night."),
    # another thing
    ("Take the strap off at night.", "Wear a hat at night."),
    # both say the same
    ("Take the strap off at night.", "- Take the strap off at night, too."),
    ("Take it with the first bite of the meal.", "Swallow the capsule with a meal."),
    # chopping is no giving up
    ("Cut the onions up finely.", "There's no need to give up onions."),
]


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_opposite_advice_conflicts(tmp_path: Path, one: str, other: str) -> None:
    assert two_pages_conflicts(tmp_path, one, other)


@pytest.mark.parametrize(("one", "other"), APART)
def test_look_alikes_stay_apart(tmp_path: Path, one: str, other: str) -> None:
    assert not two_pages_conflicts(tmp_path, one, other)

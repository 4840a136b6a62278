"""Tests for the measures of one action (actions26): a duration's own verb and its object, and a
distance kept away, read by ``activities.activity`` and joined across pages by
``group._same_activity``."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.activities import AWAY, OWN, Activity, activity, same_activity
from tests.extract.test_grouping import subject_of


def measured(sentence: str, figure: str) -> Activity | None:
    start = sentence.index(figure)
    return activity(sentence, (start, start + len(figure)), (0, len(sentence)))


#: Two pages' figures of one action on one thing, said with the same verb.
SAME = [
    ("Raise your feet above your hips for 20 minutes twice a day.", "20 minutes",
     "Raise your feet above your hips for 10 minutes when you get home.", "10 minutes"),
    ("Hold each stretch for 30 seconds, then swap sides.", "30 seconds",
     "Hold it for a count of twenty seconds.", "twenty seconds"),
    ("Wash your hands with soap for 20 seconds.", "20 seconds",
     "Wash them for a good 40 seconds.", "40 seconds"),
    ("Repeat the spray after 10 days.", "10 days",
     "Do it again: repeat it 14 days later.", "14 days"),
    ("Soak the sponge in hot water for 3 minutes.", "3 minutes",
     "Soak it for a good 10 minutes first.", "10 minutes"),
    ("The filter is replaced every 6 months.", "6 months",
     "Replace the filter every 12 months.", "12 months"),
    ("Replace your mouthguard every 12 months.", "12 months",
     "You should get a new mouthguard every six months.", "six months"),
    ("Replace the lens case at least every 3 months.", "at least every 3 months",
     "Buy a fresh case every six months.", "six months"),
    ("The dressing is changed every 3 days.", "3 days",
     "Change the dressing every 2 days.", "2 days"),
    ("Stick with it for 3 months before deciding whether the cream works.", "3 months",
     "My advice: give it eight weeks.", "eight weeks"),
    ("Give the new tablets at least 6 weeks before judging them.", "at least 6 weeks",
     "If the tablets haven't made a difference within a month, ask to switch.", "a month"),
    ("Stay at least 30 metres away from the nest.", "at least 30 metres",
     "Wardens asked walkers to keep 10 metres back from the birds.", "10 metres"),
]  # fmt: skip

#: Figures of different actions, or of one verb on different things, or a span against how often
#: or how late: never one activity.
APART = [
    ("Soak the wart for 5 minutes.", "5 minutes",
     "Leave the plaster on for 48 hours.", "48 hours"),
    ("Hold the stretch for 30 seconds.", "30 seconds",
     "Hold the ice pack under the heel for 10 minutes.", "10 minutes"),
    ("Run the pump for 2 hours a day.", "2 hours",
     "Run the pump every 6 hours.", "6 hours"),
    ("Repeat the treatment after 7 days.", "7 days",
     "Repeat the treatment for 7 days.", "7 days"),
    ("Raise your legs for 15 minutes.", "15 minutes",
     "Wash your legs for 15 minutes.", "15 minutes"),
    ("Get a new toothbrush every 3 months.", "3 months",
     "Replace the brush head every 3 months.", "3 months"),
    ("Replace the filter every 6 months.", "6 months",
     "Run the new filter for 6 months.", "6 months"),
    ("On long runs I drink every 15 minutes.", "15 minutes",
     "Children should drink 100 mL every 20 minutes.", "20 minutes"),
    ("Give it 30 minutes before bedtime.", "30 minutes",
     "Give it six weeks.", "six weeks"),
    ("Give your ears at least 18 hours of quiet.", "at least 18 hours",
     "Give it six weeks.", "six weeks"),
    ("If the rash has not cleared after 2 weeks, see your GP.", "2 weeks",
     "If the cough has not cleared after 3 weeks, see your GP.", "3 weeks"),
    ("Keep your dog 20 metres back from the seals.", "20 metres",
     "Stay 100 metres away from the seals.", "100 metres"),
]  # fmt: skip

#: No action of their own: what happened once, a noun that looks like a verb, a verb in -s that
#: opens its clause, a place's distance, a span of an extension.
NONE = [
    ("The meeting ran for 2 hours.", "2 hours"),
    ("The road was raised for 3 weeks in 2019.", "3 weeks"),
    ("Most people are back at work within two days.", "two days"),
    ("Uploads time out after 30 seconds.", "30 seconds"),
    ("The house stands 200 metres away from the road.", "200 metres"),
    ("The licence allows the event to run for another three years.", "three years"),
    ("We hope for 10 days of sun.", "10 days"),
]


@pytest.mark.parametrize(("one", "figure_one", "other", "figure_other"), SAME)
def test_one_action_on_one_thing(one: str, figure_one: str, other: str, figure_other: str) -> None:
    a, b = measured(one, figure_one), measured(other, figure_other)
    assert a is not None and b is not None, (a, b)
    assert same_activity(a, b) and same_activity(b, a), (a, b)


@pytest.mark.parametrize(("one", "figure_one", "other", "figure_other"), APART)
def test_other_actions_stay_apart(one: str, figure_one: str, other: str, figure_other: str) -> None:
    a, b = measured(one, figure_one), measured(other, figure_other)
    assert a is None or b is None or not same_activity(a, b), (a, b)


@pytest.mark.parametrize(("sentence", "figure"), NONE)
def test_no_action_of_its_own(sentence: str, figure: str) -> None:
    assert measured(sentence, figure) is None


def test_what_the_reader_reads() -> None:
    assert measured("Raise your legs for 15 minutes.", "15 minutes") == Activity(
        OWN + "raise", frozenset({"leg"})
    )
    # How often is its own direction, and a passive's object is its subject.
    assert measured("The dressing is changed every 3 days.", "3 days") == Activity(
        OWN + "change", frozenset({"dress"}), "every"
    )
    # An instruction has no subject: the toes are another verb's object.
    assert measured("Pull your toes back and hold for 15 seconds.", "15 seconds") == Activity(
        OWN + "hold", frozenset()
    )
    assert measured("Stay 50 metres away from the whale.", "50 metres") == Activity(
        AWAY, frozenset()
    )


def test_pages_only_figures_of_one_action_are_one_subject() -> None:
    a, b = subject_of(
        "Leg care. Raise your legs above the level of your heart for 15 minutes, three times a "
        "day. Walk for at least 30 minutes every day.",
        "After your procedure. Raise your legs above the level of your heart for 30 minutes at "
        "a time when you rest.",
    )
    assert a["15 minutes"] == b["30 minutes"]
    assert a["at least 30 minutes"] != b["30 minutes"]


def test_distances_kept_away_meet_and_other_lengths_do_not() -> None:
    a, b = subject_of(
        "Advice from the rescue team. Stay at least 100 metres away from the whale. The whale "
        "is 11 metres long.",
        "Police asked people to keep 50 metres back from the water's edge.",
    )
    assert a["at least 100 metres"] == b["50 metres"]


def test_pages_figures_of_two_actions_stay_apart() -> None:
    a, b = subject_of(
        "Wart care. First soak the wart in warm water for 5 minutes to soften it.",
        "Leaflet. Leave the plaster on for 48 hours, then replace it.",
    )
    assert a["5 minutes"] != b["48 hours"]

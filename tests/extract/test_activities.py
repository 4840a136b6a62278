"""Tests for factcheck.extract.subjects.activities: the activity a duration measures."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.activities import ANY, RECENT, Activity, activity, same_activity
from tests.extract.test_grouping import subject_of


def measured(sentence: str, figure: str) -> Activity | None:
    start = sentence.index(figure)
    return activity(sentence, (start, start + len(figure)), (0, len(sentence)))


#: Two pages' ways of giving the duration of one activity (general English, several domains).
SAME = [
    ("Wear your contact lenses for no more than 10 hours a day.", "10 hours",
     "Most people can wear lenses comfortably for 8 hours.", "8 hours"),
    ("Leave the conditioner on for 5 minutes.", "5 minutes",
     "Three minutes is enough for the conditioner.", "Three minutes"),
    ("Keep the cream on for 20 minutes, then rinse.", "20 minutes",
     "Leave the cream in for 30 minutes.", "30 minutes"),
    ("Soak the beans for 12 hours.", "12 hours",
     "Most cooks soak beans for 8 hours.", "8 hours"),
    ("Steep the tea for 3 minutes.", "3 minutes",
     "Brew your tea for four minutes.", "four minutes"),
    ("Avoid alcohol for 48 hours before the test.", "48 hours",
     "Skip beer and wine for 24 hours beforehand.", "24 hours"),
    ("Avoid coffee for 2 hours before the scan.", "2 hours",
     "Cut out caffeine for 4 hours before the scan.", "4 hours"),
    ("Stop smoking for 6 weeks before surgery.", "6 weeks",
     "Avoid cigarettes for 4 weeks before your operation.", "4 weeks"),
    ("Start the tablets two weeks before you travel.", "two weeks",
     "Begin them 10 days before the trip.", "10 days"),
    ("Boil the eggs for 8 minutes.", "8 minutes",
     "Cook eggs for 10 minutes.", "10 minutes"),
    ("Bake the loaf for 40 minutes.", "40 minutes",
     "Roast the loaf for 35 minutes.", "35 minutes"),
    ("Store the opened jar for up to 6 weeks.", "6 weeks",
     "Opened jars can be stored for 3 months.", "3 months"),
    ("Sourdough proving usually takes 12 hours.", "12 hours",
     "The proving is done in 6 hours.", "6 hours"),
    ("A full charge takes about 8 hours.", "8 hours",
     "The charge needs 5 hours.", "5 hours"),
    ("Swim for no more than 10 minutes in cold water.", "10 minutes",
     "Stay in for 20 minutes.", "20 minutes"),
    ("You should not drive if you had a seizure in the past 6 months.", "6 months",
     "Anyone who has had a seizure in the last 12 months must not drive.", "12 months"),
    ("Use the nasal spray for up to 7 days.", "7 days",
     "Do not use the spray for more than 5 days.", "5 days"),
    ("Limit naps to 20 minutes.", "20 minutes",
     "Sleep for 30 minutes in the afternoon.", "30 minutes"),
    ("Let the dough rest for 10 minutes.", "10 minutes",
     "Rest the dough for 15 minutes.", "15 minutes"),
    ("The glue takes 24 hours.", "24 hours",
     "Leave the glue out for 12 hours.", "12 hours"),
    ("Fast for 8 hours before the blood test.", "8 hours",
     "Fast for 12 hours before the test.", "12 hours"),
    ("Charge the battery for 4 hours.", "4 hours",
     "Recharge the battery for 6 hours.", "6 hours"),
]  # fmt: skip

#: Look-alikes: another object, before against after, history, a study, a phase, an example.
APART = [
    ("Wear a hat for 2 hours in the sun.", "2 hours",
     "Wear lenses for 10 hours.", "10 hours"),
    ("Avoid coffee for 2 hours before the test.", "2 hours",
     "Avoid coffee for 2 hours after the test.", "2 hours"),
    ("Leave the lotion on for 8 hours.", "8 hours",
     "Leave the shampoo on for 5 minutes.", "5 minutes"),
    ("Soak the beans for 12 hours.", "12 hours",
     "Soak the lentils for 2 hours.", "2 hours"),
    ("Boil the eggs for 8 minutes.", "8 minutes",
     "Store the eggs for 3 weeks.", "3 weeks"),
    ("Short-term kits are left out for 3 to 7 days.", "3 to 7 days",
     "Long-term kits are left out for 3 months.", "3 months"),
    ("Start the spray two weeks before the season.", "two weeks",
     "Start the spray two weeks after the season.", "two weeks"),
    ("He has had a stroke in the past 4 weeks.", "4 weeks",
     "Use the patch for 4 weeks.", "4 weeks"),
    ("The first retry waits 2 seconds.", "2 seconds",
     "By default the tool waits up to 30 seconds to acquire a lock.", "30 seconds"),
    ("Most projects with a few thousand files finish in under a minute.", "under a minute",
     "Files that take longer than 30 seconds to check are skipped.", "30 seconds"),
    ("Limit screen time to 2 hours.", "2 hours",
     "Limit naps to 20 minutes.", "20 minutes"),
]  # fmt: skip

#: Durations that measure no activity to compare: a phase, a study, an example, history.
NONE = [
    ("Use the 21 mg patch for the first 6 weeks.", "6 weeks"),
    ("Then use the 7 mg patch for the last two weeks.", "two weeks"),
    ("After that, use it for 4 weeks.", "4 weeks"),
    ("Participants wore the patches for 24 weeks.", "24 weeks"),
    ("The other half wore patches for 12 weeks.", "12 weeks"),
    ("In 2012 the label said not to use patches for more than three months.", "three months"),
    ("For example, soak the beans for 6 hours.", "6 hours"),
    ("My shivering usually stops after about 25 minutes.", "about 25 minutes"),
    ("For most people 14 hours is a sensible ceiling.", "14 hours"),
    ("The meeting ran for 2 hours.", "2 hours"),
    ("Don't use the same spot two days running.", "two days"),
    ("Take a gel, starting within the first 45 minutes.", "within the first 45 minutes"),
    ("The median dog was walked for 48 minutes a day.", "48 minutes"),
    ("The licence allows the event to run for another three years.", "three years"),
]


@pytest.mark.parametrize(("one", "figure_one", "other", "figure_other"), SAME)
def test_one_activity_in_other_words(
    one: str, figure_one: str, other: str, figure_other: str
) -> None:
    a, b = measured(one, figure_one), measured(other, figure_other)
    assert a is not None and b is not None, (a, b)
    assert same_activity(a, b) and same_activity(b, a), (a, b)


@pytest.mark.parametrize(("one", "figure_one", "other", "figure_other"), APART)
def test_look_alikes_are_other_activities(
    one: str, figure_one: str, other: str, figure_other: str
) -> None:
    a, b = measured(one, figure_one), measured(other, figure_other)
    assert a is None or b is None or not same_activity(a, b), (a, b)


@pytest.mark.parametrize(("sentence", "figure"), NONE)
def test_phases_studies_examples_and_history_measure_no_activity(
    sentence: str, figure: str
) -> None:
    assert measured(sentence, figure) is None


def test_what_the_activity_reads() -> None:
    said = measured("Avoid coffee, tea and cola for at least two hours beforehand.", "two hours")
    assert said == Activity("avoid", frozenset({"caffei"}), "before")
    listed = measured("Avoid caffeine, smoking and exercise for 30 minutes before.", "30 minutes")
    assert listed is not None and listed.verb == "avoid"  # "exercise" is an object here
    assert measured("Four hours is plenty for the lotion.", "Four hours") == Activity(
        ANY, frozenset({"lotion"})
    )
    recent = measured("If you've had a heart attack in the last three months", "three months")
    assert recent == Activity(RECENT, frozenset({"heart", "attack"}))
    window = "You have had a stroke in the past 4 weeks; or a condition such as eczema."
    start = window.index("past 4 weeks")
    assert activity(window, (start, start + 12), (0, len(window))) == Activity(
        RECENT, frozenset({"stroke"})
    )
    # "dips" read as the verb: what a person does needs no object.
    assert measured("Limit dips to 2 minutes.", "2 minutes") == Activity("immerse", frozenset())


def test_pages_only_durations_of_one_activity_are_one_subject() -> None:
    a, b = subject_of(
        "Head lice guide. Wet the hair first. Then leave the lotion on for 8 hours, or "
        "overnight. Repeat after 7 days.",
        "Our column on lice. Four hours is plenty for the dimeticone lotion. Check again "
        "after 10 days.",
    )
    assert a["8 hours"] == b["Four hours"]
    assert a["7 days"] != b["Four hours"]


def test_a_page_with_two_durations_of_the_activity_says_neither() -> None:
    a, b = subject_of(
        "Cold water guide. Beginners should limit their first dips to 2 minutes. In very cold "
        "water, stay in for no longer than 10 minutes per session.",
        "Blog. First-timers can comfortably stay in for five minutes.",
    )
    assert b["five minutes"] not in (a["2 minutes"], a["no longer than 10 minutes"])

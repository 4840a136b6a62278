"""Durations of telling, of going unnoticed and of drying, in other words (general English of
news and of advice): "informed the Authority within 72 hours of detecting" and "waited five days
before telling the regulator"; "lasted 11 days before it was detected" and "went undetected for
almost three weeks"; "Tumble-dry clothes on high heat for 10 minutes" and "Put your walking
clothes in a hot dryer for a full hour". Look-alikes (telling customers and the regulator, a
wait before applying a cream, drying hair and clothes) stay apart."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.activities import Activity, activity, same_activity


def measured(sentence: str, figure: str) -> Activity | None:
    start = sentence.index(figure)
    return activity(sentence, (start, start + len(figure)), (0, len(sentence)))


SAME = [
    # telling someone
    ("We informed the Information Rights Authority within 72 hours of detecting the incident.",
     "72 hours", "The company waited five days before telling the regulator, the Authority.",
     "five days"),
    ("The firm notified the regulator within 24 hours.", "24 hours",
     "It took the firm three days to tell the watchdog, records show; it waited 3 days before "
     "informing the watchdog.", "3 days"),
    ("Customers were told within 48 hours.", "48 hours",
     "The bank waited a week before telling customers.", "a week"),
    ("We alerted the police within 2 hours.", "2 hours",
     "Staff waited six hours before informing the police.", "six hours"),
    ("Report the breach to the commissioner within 72 hours.", "72 hours",
     "They notified the Commissioner within 5 days.", "5 days"),
    ("Warn your neighbours for 2 days.", "2 days",
     "We alerted our neighbours for a week.", "a week"),
    # going unnoticed
    ("The unauthorised access lasted 11 days before it was detected.", "11 days",
     "The attackers went undetected for almost three weeks before staff noticed.",
     "almost three weeks"),
    ("The leak went unnoticed for 3 months.", "3 months",
     "The leak ran for 10 weeks before it was discovered.", "10 weeks"),
    ("The fault remained undetected for two years.", "two years",
     "The fault persisted for 18 months before engineers spotted it.", "18 months"),
    ("Intruders stayed hidden for 40 days.", "40 days",
     "The intrusion lasted six weeks until it was uncovered.", "six weeks"),
    # drying
    ("Tumble-dry clothes on high heat for 10 minutes to kill any ticks.", "10 minutes",
     "Put your walking clothes in a hot dryer for a full hour.", "a full hour"),
    ("Tumble dry the clothes for 20 minutes.", "20 minutes",
     "Put the clothes in the tumble dryer for 30 minutes.", "30 minutes"),
    ("Dry the towels for 40 minutes.", "40 minutes",
     "Pop the towels into a warm dryer for an hour.", "an hour"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "figure_one", "other", "figure_other"), SAME)
def test_one_activity_told_found_or_dried_in_other_words(
    one: str, figure_one: str, other: str, figure_other: str
) -> None:
    a, b = measured(one, figure_one), measured(other, figure_other)
    assert a is not None and b is not None, (a, b)
    assert same_activity(a, b), (a, b)


APART = [
    ("We informed the regulator within 72 hours.", "72 hours",
     "We informed customers within 7 days.", "7 days"),
    ("The bank waited a week before telling customers.", "a week",
     "The bank notified the regulator within 72 hours.", "72 hours"),
    ("The leak went unnoticed for 3 months.", "3 months",
     "Tell the regulator within 72 hours.", "72 hours"),
    ("Tumble-dry clothes on high heat for 10 minutes.", "10 minutes",
     "Dry your hair for 10 minutes.", "10 minutes"),
    ("Tumble-dry clothes on high heat for 10 minutes.", "10 minutes",
     "Wash clothes on high heat for an hour.", "an hour"),
    ("Put the clothes in a hot dryer for an hour.", "an hour",
     "Soak the clothes for an hour.", "an hour"),
    ("The attackers went undetected for three weeks.", "three weeks",
     "The site was offline for three days.", "three days"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "figure_one", "other", "figure_other"), APART)
def test_look_alikes_are_other_activities(
    one: str, figure_one: str, other: str, figure_other: str
) -> None:
    a, b = measured(one, figure_one), measured(other, figure_other)
    assert a is None or b is None or not same_activity(a, b), (a, b)


# Waits before applying or taking a thing stay waits (advice of their own), and the noun "heat".
NOT_TOLD = [
    ("Wait 15 minutes before applying sunscreen.", "15 minutes", None),
    ("Wait for 15 minutes before applying sunscreen.", "15 minutes", "wait"),
    ("Wait 30 minutes before taking the second tablet.", "30 minutes", None),
    ("Cook on high heat for 10 minutes.", "10 minutes", "cook"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "figure", "verb"), NOT_TOLD)
def test_a_wait_before_doing_is_told_only_of_telling(
    sentence: str, figure: str, verb: str | None
) -> None:
    found = measured(sentence, figure)
    assert (found.verb if found else None) == verb

"""Advice in words whose sides were never drafted (held-out round 14), each as a class of
general English, with look-alikes that must stay apart:

- opposite actions on one thing ("Keep windows and curtains closed during the day" vs "Open your
  windows in the daytime"): open and close, lock and unlock, plug in and unplug, cover and
  uncover, raise and lower... at one time of day (``subjects.actions.facing``,
  ``grouping.actions``);
- whether a thing works or is enough ("Cotton wool offers almost no protection" vs "a twist of
  cotton wool will do"; "fans are not effective above 35°C" vs "the most effective way to stay
  cool, whatever the temperature"): ``works-THING`` (``advice._works``), its case as its
  condition;
- when relative to an event: every order a sentence says ("Run quill clean before upgrading,
  then install the new release");
- a default in words: "X are never included unless you pass the F flag", "shows X by default",
  and the part of the program it is said of."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check
from tests.extract.test_advice import advice
from tests.extract.test_advice_need import verdict

#: One thing, opposite actions, one time (or none): they disagree.
OPPOSITE_DISAGREE = [
    (
        "Keep windows and curtains closed during the day, and open windows at night when it is "
        "cooler outside.",
        "Open your windows in the daytime so air can move through the house.",
    ),
    ("Keep the windows closed during the day.", "You should open the windows during the day."),
    ("Close the loft hatch in winter.", "Always open the loft hatch in winter."),
    ("Never close the bedroom door at night.", "Close the bedroom door at night."),
    ("Keep the back door locked at night.", "Leave the back door unlocked at night."),
    ("Unplug the charger overnight.", "Always plug the charger in overnight."),
    ("Cover the pan while the rice cooks.", "Never cover the pan while the rice cooks."),
    ("Uncover the seed tray once the seeds sprout.", "Keep the seed tray covered."),
    ("Lower the blinds in the afternoon.", "Raise the blinds in the afternoon."),
    ("Disconnect the router from the mains.", "Keep the router connected to the mains."),
    ("Disable automatic updates on the laptop.", "Always enable automatic updates on the laptop."),
    ("Switch off the heating at night.", "Keep the heating enabled at night."),
    ("Hide the spare key under a plant pot.", "Never hide the spare key under a plant pot."),
]

#: Look-alikes: another time, another thing, a permission, a question, agreement.
OPPOSITE_APART = [
    ("Open the window at night.", "Close the window during the day."),
    ("You should open the window at night.", "Always keep the window closed during the day."),
    ("Keep the windows closed during the day.", "Open the windows at night."),
    ("Open the windows.", "Close the door."),
    ("You can close the windows.", "Open the windows."),
    ("Should you close the windows during the day?", "Open the windows during the day."),
    ("Lock the front door.", "Lock the back gate."),
    ("Keep the windows closed during the day.", "Never open the windows during the day."),
    ("Keep the lid closed.", "Open the box and lift out the tray."),
    # two different things, one opened, one closed
    ("Open the windows during the day.", "Keep the doors closed during the day."),
]

#: Whether a thing works, said in general English: (sentence, subject, label).
WORKS = [
    (
        "Cotton wool offers almost no protection and should not be relied on, even for a "
        "single night out.",
        "works-wool",
        "does not work",
    ),
    (
        "In a pinch, a twist of cotton wool in each ear will do until you can get proper plugs.",
        "works-wool",
        "works",
    ),
    (
        "Electric fans are not effective once indoor temperatures go above 35°C.",
        "works-fan",
        "does not work",
    ),
    (
        "For most homes, a fan is the cheapest and most effective way to stay cool, whatever "
        "the temperature outside.",
        "works-fan",
        "works",
    ),
    ("Foam earplugs are effective.", "works-earplug", "works"),
    ("Ear defenders work well.", "works-defend", "works"),
    ("Copper bracelets do not work.", "works-bracelet", "does not work"),
    ("Copper bracelets are useless.", "works-bracelet", "does not work"),
    ("Garlic won't help.", "works-garlic", "does not work"),
    ("A damp towel does the trick.", "works-towel", "works"),
    ("Sunglasses offer good protection.", "works-sunglass", "works"),
    ("Paper masks offer little protection.", "works-mask", "does not work"),
    ("Herbal sprays are largely ineffective.", "works-spray", "does not work"),
    ("An old sheet will do for now.", "works-sheet", "works"),
    ("A cold shower is a reliable way to cool down.", "works-shower", "works"),
    ("Fans help below 35°C.", "works-fan", "works"),
]

#: The same words that say nothing of a thing's own efficacy.
NOT_WORKS = [
    "Is a fan effective?",
    "It is a myth that cotton wool protects your ears.",
    "Foam plugs are more effective than cotton wool.",
    "It works well.",
    "Some say garlic does not work.",
    "Fans may not be effective in a heatwave.",
    "Do not rely on a fan to cool a vulnerable person.",
    "This will do.",
    "If the plugs are not effective, see your GP.",
    # a myth refuted says nothing of the thing's own
    "It's a myth that fans are effective.",
    "It is a myth that fans don't work.",
]

#: Defaults in words: (sentence, subject, label, condition).
DEFAULTS = [
    (
        "Drafts are never included unless you pass the drafts flag, and that goes for the "
        "development server as well as for builds.",
        "default-drafts",
        "off",
        "development server",
    ),
    (
        "The development server (quill serve) shows drafts by default so you can preview them.",
        "default-drafts",
        "on",
        "development server",
    ),
    ("Quillpress shows drafts by default.", "default-drafts", "on", ""),
    ("The web viewer does not list hidden files by default.", "default-files", "off",
     "web viewer"),
    ("The file browser hides dotfiles by default.", "default-dotfiles", "off", "file browser"),
    ("Comments are not shown unless you pass the comments option.", "default-comments", "off", ""),
]  # fmt: skip


def _default(text: str) -> list[tuple[str, str, str]]:
    return [
        (d.subject.id, str(d.value), d.subject.context.get("condition", ""))
        for d in draft_claims("doc", text, WORDS)
        if d.label and d.subject.id.startswith("default-")
    ]


@pytest.mark.parametrize(("a", "b"), OPPOSITE_DISAGREE, ids=[a[:40] for a, _ in OPPOSITE_DISAGREE])
def test_opposite_actions_on_one_thing_disagree(a: str, b: str) -> None:
    assert verdict(a, b) == "conflict"
    assert verdict(b, a) == "conflict"


@pytest.mark.parametrize(("a", "b"), OPPOSITE_APART, ids=[a[:40] for a, _ in OPPOSITE_APART])
def test_opposite_look_alikes_do_not(a: str, b: str) -> None:
    assert verdict(a, b) != "conflict"


def test_actions_told_round_agree() -> None:
    assert verdict("Keep the windows closed during the day.",
                   "Never open the windows during the day.") == "agree"  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "label"), WORKS)
def test_whether_a_thing_works(text: str, subject: str, label: str) -> None:
    assert (subject, label) in advice(text)


@pytest.mark.parametrize("text", NOT_WORKS)
def test_words_that_say_no_efficacy(text: str) -> None:
    assert [s for s, _ in advice(text) if s.startswith("works-")] == []


def test_a_document_that_says_both_says_neither() -> None:
    text = "Cotton wool is no substitute for ear plugs. In a pinch, cotton wool will do."
    assert [s for s, _ in advice(text) if s.startswith("works-")] == []


@pytest.mark.parametrize(("text", "subject", "label", "condition"), DEFAULTS)
def test_defaults_in_words(text: str, subject: str, label: str, condition: str) -> None:
    assert (subject, label, condition) in _default(text)


def test_every_order_a_sentence_says() -> None:
    text = "Run quill clean before upgrading to a new major version, then install the new release."
    orders = {(d.subject.id, str(d.value)) for d in draft_claims("doc", text, WORDS)
              if d.label and d.subject.id.startswith("order-")}  # fmt: skip
    assert ("order-clean-upgrade", "clean first") in orders


def test_an_order_before_and_after_an_event_disagrees(tmp_path: Path) -> None:
    docs = {
        "README.md": "Run quill clean before upgrading to a new major version, then install the "
        "new release.\n",
        "CHANGELOG.md": "After upgrading, run quill clean once, because the cache format has "
        "changed.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert conflicting_values(report) == [("clean first", "upgrade first")]


def test_tables_are_large_enough() -> None:
    cases = OPPOSITE_DISAGREE + OPPOSITE_APART
    assert len(cases) + len(WORKS) + len(NOT_WORKS) + len(DEFAULTS) >= 40


def test_fans_whatever_the_temperature_meet_the_case(tmp_path: Path) -> None:
    docs = {
        "council.md": "Electric fans are not effective once indoor temperatures go above 35°C.\n",
        "lantern.md": "For most homes, a fan is the cheapest and most effective way to stay "
        "cool, whatever the temperature outside.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert ("does not work", "works") in conflicting_values(report)


def test_fans_below_and_above_a_temperature_agree(tmp_path: Path) -> None:
    docs = {
        "council.md": "Electric fans are not effective once indoor temperatures go above 35°C.\n",
        "lantern.md": "Electric fans help below 35°C.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert ("does not work", "works") not in conflicting_values(report)


def test_fans_said_in_general_are_not_set_against_a_case(tmp_path: Path) -> None:
    docs = {
        "council.md": "Electric fans are not effective once indoor temperatures go above 35°C.\n",
        "lantern.md": "A fan is the most effective way to stay cool.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert ("does not work", "works") not in conflicting_values(report)


def test_cotton_wool_and_windows_disagree_end_to_end(tmp_path: Path) -> None:
    docs = {
        "clinic.md": "Cotton wool offers almost no protection and should not be relied on, even "
        "for a single night out.\n\nKeep windows and curtains closed during the day.\n",
        "column.md": "In a pinch, a twist of cotton wool in each ear will do until you can get "
        "proper plugs.\n\nOpen your windows in the daytime so air can move through the house.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = conflicting_values(report)
    assert ("does not work", "works") in conflicts
    assert ("do", "do not") in conflicts


def test_a_default_said_of_one_part_of_the_program(tmp_path: Path) -> None:
    docs = {
        "README.md": "Drafts are never included unless you pass the drafts flag, and that goes "
        "for the development server as well as for builds.\n",
        "FAQ.txt": "The development server (quill serve) shows drafts by default so you can "
        "preview them.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert conflicting_values(report) == [("off", "on")]


#: Orders relative to the day's activity: (sentence, order drafted or None).
DAY_ORDERS = [
    (
        "Book your test first thing in the morning, before any noise exposure that day.",
        ("order-day-test", "test first"),
    ),
    ("Have your hearing check at the end of a shift.", ("order-day-test", "day first")),
    ("Take your tablets at the end of the working day.", ("order-day-medicine", "day first")),
    ("Stretch after work.", ("order-day-stretch", "day first")),
    ("Weigh yourself first thing in the morning, before breakfast.", ("order-eat-weigh",
                                                                       "weigh first")),
    # a time of day alone is the time family's, no order
    ("Take your tablets first thing in the morning.", None),
    ("Don't book your test at the end of a shift.", None),
    ("Tests are booked at the end of a shift.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "order"), DAY_ORDERS)
def test_orders_relative_to_the_day(text: str, order: tuple[str, str] | None) -> None:
    said = [(d.subject.id, str(d.value)) for d in draft_claims("doc", text, WORDS)
            if d.label and d.subject.id.startswith("order-")]  # fmt: skip
    assert said == ([order] if order else [])


def test_a_test_before_the_day_and_after_a_shift_disagree(tmp_path: Path) -> None:
    docs = {
        "clinic.md": "Book your test first thing in the morning, before any noise exposure that "
        "day, so that temporary dulling does not hide your true hearing level.\n",
        "leaflet.txt": "Have your hearing check at the end of a shift, so that any temporary\n"
        "dulling shows up.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert conflicting_values(report) == [("day first", "test first")]

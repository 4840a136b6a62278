"""Whether an action is needed, recommended, allowed, unnecessary or forbidden, in any domain
(``factcheck.extract.polarity``, ``grouping.actions``): two documents that give one action
opposite stances disagree ("A follow-up test is always needed" vs "A follow-up test is not
needed"; "always" vs "only if"; "one test is enough"). The pairs are written from general English
across health, home, travel, cooking and software, not from any corpus: pairs that disagree, and
look-alikes that do not (different actions or objects, a condition, a phase, an audience, a
quoted myth, a question, two stances that agree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.actions import is_stance, relate_actions
from factcheck.extract.polarity import (
    ACTION,
    ALLOWED,
    ALWAYS_DO,
    FORBIDDEN,
    NEEDED,
    RECOMMENDED,
    SOMETIMES,
    UNNECESSARY,
)
from factcheck.extract.subjects.actions import action_key, action_words
from tests.common import WORDS, extract_and_check


def verdict(one: str, other: str) -> str:
    """``conflict`` when the two documents give one action different labels in one context,
    ``agree`` when they give it the same one, ``none`` when they share no action."""
    documents = [Document(f"{name}.md", text, tuple(draft_claims(name, text, WORDS)))
                 for name, text in (("a", one), ("b", other))]  # fmt: skip
    related = relate_actions(documents, set())
    said: dict[tuple[str, tuple[tuple[str, str], ...]], dict[int, set[str]]] = {}
    for number, document in enumerate(related):
        for draft in document.drafts:
            if is_stance(draft):
                where = (draft.subject.id, tuple(sorted(draft.subject.context.items())))
                said.setdefault(where, {}).setdefault(number, set()).add(str(draft.value))
    found = "none"
    for labels in said.values():
        if len(labels) == 2:
            if labels[0] != labels[1]:
                return "conflict"
            found = "agree"
    return found


#: Pairs where one document gives the action the opposite stance of the other's.
DISAGREE = [
    # health
    ("A follow-up test is always needed.", "A follow-up test is not needed."),
    ("Always retest your home.", "There's no need to test your home again."),
    (
        "You must rinse your mouth after using the inhaler.",
        "Rinsing your mouth after using the inhaler is unnecessary.",
    ),
    ("Use a spacer with your inhaler.", "Using a spacer with your inhaler is optional."),
    (
        "You should finish the whole course of antibiotics.",
        "You don't need to finish the whole course of antibiotics.",
    ),
    (
        "Fasting before the blood test is essential.",
        "Fasting before the blood test is not necessary.",
    ),
    ("Wearing a mask on the ward is mandatory.", "Wearing a mask on the ward is optional."),
    (
        "Shake the inhaler before each puff.",
        "You don't need to shake the inhaler before each puff.",
    ),
    ("A second dose of the vaccine is required.", "One dose of the vaccine is enough."),
    ("Always retest after any renovation.", "One test is enough."),
    ("You need to test again after a year.", "A single test is sufficient."),
    ("Wearing sunscreen on cloudy days is essential.", "Sunscreen on cloudy days is unnecessary."),
    (
        "You should get a tetanus booster after a cut.",
        "A tetanus booster after a cut is not necessary.",
    ),
    (
        "A follow-up test is always needed.",
        "A follow-up test is only needed if the first result is high.",
    ),
    # a thing done to something, needed or not
    (
        "The ticket must be validated before boarding.",
        "You don't have to validate your ticket before boarding.",
    ),
    ("The rice doesn't need to be rinsed before cooking.", "Always rinse the rice before cooking."),
    ("The dough doesn't need resting.", "Resting the dough is essential."),
    (
        "The windows must be kept shut during the test.",
        "You don't need to keep the windows closed during the test.",
    ),
    ("The follow-up test is essential.", "The follow-up test is optional."),
    ("The radiators need not be bled before winter.", "Always bleed the radiators before winter."),
    # an instruction whose object has no article
    (
        "Keep windows and doors shut during the test.",
        "You don't need to keep windows and doors closed during the test.",
    ),
    ("Retest after any renovation.", "One test is enough."),
    ("Wear sunscreen on cloudy days.", "On cloudy days, you can skip sunscreen."),
    # when or where, said before the advice
    ("On overcast days, you can skip the sunscreen.", "Always wear sunscreen on cloudy days."),
    (
        "During the test, you must keep the windows shut.",
        "There's no need to keep the windows closed during the test.",
    ),
    # a need for every case against no need in a case
    (
        "A follow-up test after mitigation is always needed.",
        "If the result is low, a follow-up test after mitigation is not needed.",
    ),
    (
        "Retesting after mitigation is essential.",
        "Retesting after mitigation is optional if the fan is working.",
    ),
    (
        "You need a visa to enter Thailand.",
        "You don't need a visa to enter Thailand if you stay under a month.",
    ),
    # home
    (
        "Keep the windows and doors shut during the test.",
        "You don't need to keep windows and doors closed during the test.",
    ),
    (
        "Always bleed the radiators before winter.",
        "There's no need to bleed the radiators before winter.",
    ),
    (
        "Turn off the water supply before replacing a tap.",
        "You don't need to shut off the water supply to replace a tap.",
    ),
    ("Sealing the grout is essential.", "Sealing the grout is optional."),
    ("Never use bleach on the grout.", "Using bleach on the grout is fine."),
    (
        "Priming the wall before painting is necessary.",
        "There is no need to prime the wall before painting.",
    ),
    (
        "Place the detector in the lowest room of the house.",
        "Placing the detector in the lowest room of the house is not necessary.",
    ),
    ("You have to descale the kettle regularly.", "Descaling the kettle regularly is pointless."),
    # travel
    ("You need a visa to enter Thailand.", "You don't need a visa to enter Thailand."),
    (
        "Booking the train tickets in advance is essential.",
        "Booking the train tickets in advance is unnecessary.",
    ),
    (
        "Always carry your passport in the city.",
        "There's no need to carry your passport in the city.",
    ),
    ("Travel insurance is required for the trip.", "Travel insurance is optional for the trip."),
    (
        "You must validate your ticket before boarding.",
        "You don't have to validate your ticket before boarding.",
    ),
    ("Never drink the tap water in the hotel.", "Drinking the tap water in the hotel is safe."),
    ("Printing your boarding pass is required.", "Printing your boarding pass is not required."),
    ("There's no need for a visa to enter Thailand.", "A visa is needed to enter Thailand."),
    # cooking
    ("Always rinse the rice before cooking.", "There's no need to rinse the rice before cooking."),
    ("Soak the beans overnight.", "Soaking the beans overnight is unnecessary."),
    ("Resting the dough is essential.", "Resting the dough is optional."),
    (
        "Preheat the oven before baking the bread.",
        "You don't need to preheat the oven before baking the bread.",
    ),
    ("Never wash raw chicken.", "Washing raw chicken is fine."),
    ("Peeling the carrots is necessary.", "Peeling the carrots isn't necessary."),
    ("Sifting the flour is a must.", "Sifting the flour is not essential."),
    ("You only need to brine the turkey if it is frozen.", "Always brine the turkey."),
    # software
    (
        "You must restart the server after changing the config.",
        "There is no need to restart the server after changing the config.",
    ),
    (
        "Reboot the machine after installing the update.",
        "You don't need to restart the machine after installing the update.",
    ),
    (
        "Running the migration is required before upgrading.",
        "Running the migration is optional before upgrading.",
    ),
    ("Clearing the browser cache is necessary.", "Clearing the browser cache is not necessary."),
    (
        "You have to run the installer as administrator.",
        "You don't need to run the installer as administrator.",
    ),
    (
        "A restart of the service is always needed.",
        "A restart of the service is only needed if you change the port.",
    ),
    (
        "Always rebuild the index after an upgrade.",
        "You only need to rebuild the index when the schema changes.",
    ),
    ("You need to update the drivers manually.", "Updating the drivers manually is unnecessary."),
    ("Disable the firewall before installing.", "Never turn off the firewall before installing."),
    (
        "Close all other programs during the install.",
        "You don't need to shut other programs during the install.",
    ),
]

#: Look-alikes: no disagreement (``none``: no shared action, or one left out; ``agree``).
LOOK_ALIKES = [
    # different actions or objects
    ("Always rinse your mouth after using the inhaler.", "There's no need to rinse the spacer."),
    ("A follow-up test is always needed.", "A follow-up appointment is not needed."),
    ("You need a visa to enter Thailand.", "You don't need a visa to enter Malaysia."),
    (
        "Restart the server after changing the config.",
        "There's no need to restart the router after changing the config.",
    ),
    ("You must rinse the rice before cooking.", "There's no need to soak the rice before cooking."),
    ("Printing your boarding pass is required.", "Printing your ticket is not required."),
    ("Soak the beans overnight.", "Soaking the lentils is unnecessary."),
    ("Resting the dough is essential.", "Resting the meat is optional."),
    ("Updating the drivers manually is unnecessary.", "You need to update the firmware manually."),
    (
        "Never restart the server during a backup.",
        "You need to restart the server after changing the config.",
    ),
    ("Sealing the grout is essential.", "Sealing the worktop is optional."),
    ("Fasting before the blood test is essential.", "Fasting before the scan is not necessary."),
    (
        "The ticket must be validated before boarding.",
        "The pass doesn't need to be validated before boarding.",
    ),
    (
        "The rice doesn't need to be rinsed before cooking.",
        "The quinoa must be rinsed before cooking.",
    ),
    ("The battery is fine.", "The battery must be replaced."),
    ("In older versions, you must restart the server.", "There's no need to restart the server."),
    (
        "In 2019, you had to book the train tickets in advance.",
        "There's no need to book the train tickets in advance.",
    ),
    # a condition
    ("If you smoke, a follow-up test is needed.", "A follow-up test is not needed."),
    ("You need to retest your home if you renovate.", "There's no need to retest your home."),
    ("If the result is high, you must test your home again.", "One test is enough."),
    # no need in a case, against an instruction or a permission: no need in every case
    (
        "Brine the turkey overnight.",
        "There's no need to brine the turkey overnight if it is fresh.",
    ),
    (
        "You can rinse the rice before cooking.",
        "You only need to rinse the rice before cooking if it is dusty.",
    ),
    (
        "You should test your home again.",
        "Testing your home again is optional if the first result is low.",
    ),
    # a phase
    (
        "Before version 2, you had to restart the server after changing the config.",
        "There is no need to restart the server after changing the config.",
    ),
    (
        "In older versions, a restart of the service was needed.",
        "A restart of the service is not needed.",
    ),
    (
        "We used to rinse the rice before cooking.",
        "There's no need to rinse the rice before cooking.",
    ),
    (
        "Until version 3, enabling TLS on the server was required.",
        "Enabling TLS on the server is optional.",
    ),
    # an audience
    (
        "For children, you must use a spacer with the inhaler.",
        "There's no need to use a spacer with the inhaler.",
    ),
    ("Pregnant women should avoid soft cheese.", "Eating soft cheese is fine."),
    ("For children, a helmet on the slopes is required.", "A helmet on the slopes is optional."),
    ("Children must wear a helmet on the slopes.", "Wearing a helmet on the slopes is optional."),
    # a quoted myth, reported advice
    (
        "Some say you must rinse the rice before cooking.",
        "There's no need to rinse the rice before cooking.",
    ),
    ("Many people believe that washing raw chicken is essential.", "Never wash raw chicken."),
    (
        "It's a myth that fasting before the blood test is necessary.",
        "Fasting before the blood test is essential.",
    ),
    (
        "You may have heard that bleeding the radiators is essential.",
        "There's no need to bleed the radiators before winter.",
    ),
    ("My neighbour insists that sealing the grout is a must.", "Sealing the grout is optional."),
    # a question
    ("Do I need to retest my home?", "There's no need to retest your home."),
    ("Is a visa required to enter Thailand?", "You don't need a visa to enter Thailand."),
    (
        "Should I bleed the radiators before winter?",
        "There's no need to bleed the radiators before winter.",
    ),
    ("Is it necessary to peel the carrots?", "Peeling the carrots is necessary."),
    # stances that agree
    ("Always rinse the rice before cooking.", "You must rinse the rice before cooking."),
    (
        "There's no need to preheat the oven before baking.",
        "Preheating the oven before baking is optional.",
    ),
    ("You can rinse the rice before cooking.", "There's no need to rinse the rice before cooking."),
    ("Feel free to seal the grout.", "Sealing the grout is optional."),
    ("Never wash raw chicken.", "There's no need to wash raw chicken."),
    ("Wearing a mask on the ward is mandatory.", "Wearing a mask on the ward is recommended."),
    ("Sealing the grout is essential.", "Sealing the grout is recommended."),
    ("There's no need to shake the inhaler.", "Don't shake the inhaler."),
    (
        "You must close the windows during the test.",
        "You must keep the windows shut during the test.",
    ),
    ("Retest your home after any renovation.", "You need to test your home again."),
    (
        "You can restart the server after changing the config.",
        "You must restart the server after changing the config.",
    ),
]


def _disagree_ids() -> list[str]:
    return [one[:40] for one, _ in DISAGREE]


@pytest.mark.parametrize(("one", "other"), DISAGREE, ids=_disagree_ids())
def test_opposite_stances_disagree(one: str, other: str) -> None:
    assert verdict(one, other) == "conflict"
    assert verdict(other, one) == "conflict"


@pytest.mark.parametrize(("one", "other"), LOOK_ALIKES, ids=[o[:40] for o, _ in LOOK_ALIKES])
def test_look_alikes_do_not(one: str, other: str) -> None:
    assert verdict(one, other) != "conflict"


@pytest.mark.parametrize(
    "text",
    [
        "A follow-up test is always needed.",
        "You must validate your ticket before boarding.",
        "You'll need a visa to enter Thailand.",
        "It is essential to preheat the oven before baking.",
        "Wearing a mask on the ward is mandatory.",
    ],
)
def test_a_need_is_needed(text: str) -> None:
    assert strengths(text) == [NEEDED]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("There's no need to bleed the radiators.", UNNECESSARY),
        ("No follow-up test is needed.", UNNECESSARY),
        ("Sealing the grout is optional.", UNNECESSARY),
        ("A restart of the service is only needed if you change the port.", SOMETIMES),
        ("There's no need to brine the turkey if it is fresh.", SOMETIMES),
        ("Always brine the turkey.", ALWAYS_DO),
        ("One coat of varnish is enough.", UNNECESSARY),
        ("You can rinse the rice before cooking.", ALLOWED),
        ("Washing raw chicken is fine.", ALLOWED),
        ("Rinse the rice before cooking.", RECOMMENDED),
        ("You should finish the whole course of antibiotics.", RECOMMENDED),
        ("Never wash raw chicken.", FORBIDDEN),
        ("Feeding bread to the ducks is not allowed.", FORBIDDEN),
    ],
)
def test_how_strongly(text: str, strength: str) -> None:
    assert strengths(text) == [strength]


@pytest.mark.parametrize(
    "text",
    [
        # "only" without a case names which thing; "a pinch is enough" an amount
        "Only use filtered water in the tank.",
        "A pinch of salt is enough.",
        # what the reader will see or be
        "You should see a difference within a week.",
        "You should be fine after a night's rest.",
        # a myth, others' advice, a question
        "Some say it is essential to rinse the rice.",
        "It's a myth that a follow-up test is needed.",
        "Do I need to retest my home?",
        # a verb that is a noun or an adjective here: a statement
        "Keep fit classes are free for members.",
        "Seal takes a day to cure.",
    ],
)
def test_no_need_said(text: str) -> None:
    assert strengths(text) == []


def strengths(text: str) -> list[str]:
    drafts = draft_claims("doc", text, WORDS)
    return [d.subject.role for d in drafts if d.label and d.subject.family == ACTION]


@pytest.mark.parametrize(
    ("one", "other"),
    [("retest", "test again"), ("a follow-up test", "a second test"), ("shut", "close"),
     ("switch off", "turn off"), ("turn off", "disable"), ("reapply", "apply again")],
)  # fmt: skip
def test_words_of_one_meaning_meet(one: str, other: str) -> None:
    said = [{action_key(w) for w in action_words(t)} - {"a"} for t in (one, other)]
    assert said[0] == said[1]


def test_always_needed_and_one_test_enough_disagree_end_to_end(tmp_path: Path) -> None:
    docs = {
        "agency.md": "# Testing your home\n\nA follow-up test is always needed.\n",
        "faq.md": "# Questions\n\nOne test is enough for most homes.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = [f for f in report["findings"]
                 if f["kind"] == "conflict" and f["subject"].startswith("advice-")]  # fmt: skip
    assert len(conflicts) == 1

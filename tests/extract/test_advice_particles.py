"""A verb with its particle ("put in", "take out", "top up", "switch off") read as one action
where advice orders two actions (``factcheck.extract.order``): phrasings written from how
leaflets, guides and software docs put such steps, not from any corpus, and sentences with the
same words that order nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, extract_and_check


def orders(text: str) -> list[tuple[str, str]]:
    """(subject, label) of each order of two actions drafted from ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(d.subject.id, d.value) for d in drafts if d.subject.terms[:1] == ("order",)]


#: (sentence, subject, label). Putting a thing in or on is the thing's action ("lens"); taking
#: it out or off is another ("lens-off"); another verb with its particle is the two words.
PHRASINGS = [
    ("Put your lenses in before you apply make-up.", "order-lens-make-up", "lens first"),
    ("Put your contact lenses in before putting on mascara.", "order-lens-mascara", "lens first"),
    ("Put your make-up on first, then your lenses.", "order-lens-make-up", "make-up first"),
    ("Take your lenses out before you sleep.", "order-lens-off-sleep", "lens-off first"),
    ("Take out your lenses before swimming.", "order-lens-off-swim", "lens-off first"),
    ("Remove your lenses before you swim.", "order-lens-off-swim", "lens-off first"),
    ("Take your watch off before you shower.", "order-wash-watch-off", "watch-off first"),
    ("Remove your rings before you knead the dough.", "order-knead-ring-off", "ring-off first"),
    ("Take your rings off first, then wash your hands.", "order-ring-off-wash", "ring-off first"),
    ("Take off your shoes first, then step on the scale.", "order-shoe-off-step", "shoe-off first"),
    ("Wash your hands before you put your lenses in.", "order-lens-wash", "wash first"),
    ("Wash your hands before you take your lenses out.", "order-lens-off-wash", "wash first"),
    (
        "Do not put your lenses in until you have washed your hands.",
        "order-lens-wash",
        "wash first",
    ),
    ("Put your gloves on before you handle raw chillies.", "order-glove-handl", "glove first"),
    ("Take your gloves off after you handle raw chillies.", "order-glove-off-handl", "handl first"),
    ("Take your make-up off before bed.", "order-make-up-off-sleep", "make-up-off first"),
    (
        "Take the battery out before you clean the contacts.",
        "order-batteri-off-clean",
        "batteri-off first",
    ),
    (
        "Switch off the power before you change the fuse.",
        "order-chang-switch-off",
        "switch-off first",
    ),
    (
        "Turn off the water supply before you replace the tap.",
        "order-replac-turn-off",
        "turn-off first",
    ),
    (
        "Switch the heater off before you leave the house.",
        "order-leav-switch-off",
        "switch-off first",
    ),
    ("Turn the power off first, then open the case.", "order-open-turn-off", "turn-off first"),
    ("Switch off the router before you unplug it.", "order-switch-off-unplug", "switch-off first"),
    ("Top up the oil before you drive.", "order-drive-top-up", "top-up first"),
    ("Drain the tank first, then top it up.", "order-drain-top-up", "drain first"),
    ("Fill up the tank after you check the oil.", "order-fill-up-oil", "oil first"),
    ("Log out of the admin panel before you upgrade.", "order-log-out-upgrade", "log-out first"),
    (
        "Shut down the server before you back up the disk.",
        "order-backup-shut-down",
        "shut-down first",
    ),
    ("Back up your files before you wipe the disk.", "order-backup-wipe", "backup first"),
    (
        "Shut the database down first, then take a snapshot.",
        "order-shut-down-snapshot",
        "shut-down first",
    ),
    ("Zip up the tent before bed.", "order-sleep-zip-up", "zip-up first"),
    ("Pick up the lead before you open the door.", "order-open-pick-up", "pick-up first"),
    ("Clean up the spill before you mop the floor.", "order-clean-up-mop", "clean-up first"),
    ("Put the kettle on first, then grind the coffee.", "order-grind-kettl", "kettl first"),
    ("Apply sunscreen first, then repellent.", "order-repellent-sunscreen", "sunscreen first"),
    (
        "Turn the pump off before you take the filter out.",
        "order-filter-off-turn-off",
        "turn-off first",
    ),
    (
        "Take the filter out before you switch the pump back on.",
        "order-filter-off-switch-back",
        "filter-off first",
    ),
    ("Hang the washing out after you empty the machine.", "order-empti-hang-out", "empti first"),
    # "in" and "on" before a place or a time are prepositions, not particles
    ("Wash your hands in warm water before meals.", "order-eat-wash", "wash first"),
    ("Take your tablets in the morning before breakfast.", "order-eat-medicine", "medicine first"),
    ("Put the bin in the shade before you fill it.", "order-bin-fill", "bin first"),
]


@pytest.mark.parametrize(("text", "subject", "label"), PHRASINGS)
def test_a_verb_with_its_particle_is_one_action(text: str, subject: str, label: str) -> None:
    assert orders(text) == [(subject, label)]


#: The same words where nothing is ordered: one action, a statement, a gerund, a negation, a
#: pronoun object, a time or a version, a question, a condition.
NONE = [
    "Take your lenses out.",
    "Take your lenses out every night.",
    "The nurse takes the lenses out before the operation.",
    "Taking your lenses out before bed helps your eyes.",
    "Don't take your lenses out straight after swimming.",
    "Put it in before breakfast.",
    "Log out before 10 am.",
    "Before 2.0 you had to log out first.",
    "Did you take your lenses out before swimming?",
    "If the bottle is empty, top it up.",
    "Switch the light on in the evening.",
    "Turn the heater off at night.",
    "The pump was switched off before the filter was cleaned.",
    "Engineers shut the plant down after the fire.",
]


@pytest.mark.parametrize("text", NONE)
def test_the_same_words_order_nothing(text: str) -> None:
    assert orders(text) == []


def test_two_documents_ordering_lenses_and_make_up_oppositely_disagree(tmp_path: Path) -> None:
    docs = {
        "leaflet.md": "# Lens care\n\nWash your hands first. Put your lenses in before "
        "applying make-up.\n",
        "column.md": "# My routine\n\nI keep it simple. Put your make-up on first, then "
        "your lenses.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Which comes first: lens or make-up: lens first vs make-up first"]

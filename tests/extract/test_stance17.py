"""Advice in words whose sides were not drafted (``polarity``, ``order``, ``subjects.actions``,
``grouping.actions``): advice reported through an adviser ("experts urge all customers to change
their password", "lenders said customers should cancel the card"), an attribution after the
advice ("according to the UK Cards Forum"), "even if" (a concession, no condition), a product
by its brand ("Vaseline": petroleum jelly), an order said with "over the top", "last" or
"finish with", and "after every EVENT" against advice about the event. Written from general
English across health, money, home and travel, with look-alikes that must not be drafted or
compared: questions, history, another object, a condition, a population, a denied report."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main as cli
from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects.actions import action_words
from tests.common import WORDS
from tests.extract.test_advice_need import verdict

#: Pairs of documents that give one action opposite stances.
DISAGREE = [
    # advice reported through a verb of advising, with the readers as its object
    (
        "Security experts urge all customers to change their password now.",
        "Customers do not need to change their passwords.",
    ),
    (
        "Doctors advise parents not to give aspirin to children.",
        "You can give aspirin to children.",
    ),
    (
        "The bank is telling customers to cancel their cards.",
        "There is no need to cancel your card.",
    ),
    (
        "Police have urged residents to keep their windows shut overnight.",
        "There's no need to keep your windows shut overnight.",
    ),
    (
        "The council advises householders to flush the taps for two minutes.",
        "You don't need to flush the taps.",
    ),
    ("Pharmacists recommend patients to finish the course.", "You needn't finish the course."),
    (
        "Airlines are encouraging passengers to check in online.",
        "Passengers do not need to check in online.",
    ),
    (
        "The agency warns walkers not to remove the tick with their fingers.",
        "Remove the tick with your fingers.",
    ),
    (
        "Health officials have called on the public to wear masks on buses.",
        "You don't have to wear masks on buses.",
    ),
    (
        "The helpline tells you to switch off the gas at the meter.",
        "Never switch off the gas at the meter.",
    ),
    # advice reported with a verb of saying and "should", "must", "need to"
    (
        "Two lenders said customers should cancel the card and ask for a new one.",
        "There is no need to cancel your card.",
    ),
    (
        "Experts say parents should not give honey to babies.",
        "It is fine to give honey to babies.",
    ),
    (
        "The regulator stressed that travellers must carry their passports on the ferry.",
        "You do not need to carry your passport on the ferry.",
    ),
    (
        "Vets agree that owners should worm their dogs every three months.",
        "Owners should never worm their dogs every three months.",
    ),
    # the readers by name with "should"
    ("Customers should reset their passwords.", "Customers do not need to reset their passwords."),
    ("Patients should not drive after the procedure.", "You can drive after the procedure."),
    # an attribution after the advice is no part of its action
    (
        "There is no need to cancel your card, according to the UK Cards Forum.",
        "You should cancel the card.",
    ),
    (
        "You must boil the water before drinking it, according to the council.",
        "There is no need to boil the water before drinking it.",
    ),
    # "rather than" ends the action
    (
        "You should cancel the card rather than wait to see if it is misused.",
        "Don't cancel the card.",
    ),
    # "even if" is a concession: no condition of the advice
    (
        "Please see your GP after every tick bite, even if you feel well.",
        "Most people do not need to see a doctor after a tick bite.",
    ),
    (
        "Always wear a helmet, even when the ride is short.",
        "You don't need to wear a helmet.",
    ),
    # "after every EVENT" meets advice that names the event
    (
        "Rinse the filter after every water change.",
        "There is no need to rinse the filter after a water change.",
    ),
    (
        "Wash your hands after each nappy change.",
        "You don't need to wash your hands after a nappy change.",
    ),
    # a brand named as its generic
    (
        "Do not smother the tick with petroleum jelly.",
        "Smother the tick with Vaseline.",
    ),
    ("Give the child Calpol for the fever.", "Never give the child paracetamol for the fever."),
    ("You can take Nurofen with the antibiotics.", "Do not take ibuprofen with the antibiotics."),
    ("Cover the cut with a Band-Aid.", "You don't need to cover the cut with a plaster."),
]

#: Look-alikes: no stance, another action or object, a condition, a population, a question,
#: history, a denied report, or two stances that agree.
NO_CONFLICT = [
    # a denied or doubted report
    (
        "Nobody is urging customers to change their passwords.",
        "Customers do not need to change their passwords.",
    ),
    (
        "The bank did not tell customers to cancel their cards.",
        "There is no need to cancel your card.",
    ),
    (
        "Some say customers should cancel their cards.",
        "There is no need to cancel your card.",
    ),
    (
        "Experts may advise customers to change their passwords.",
        "Customers do not need to change their passwords.",
    ),
    # a question
    (
        "Should experts urge customers to change their passwords?",
        "Customers do not need to change their passwords.",
    ),
    # another object or action
    (
        "Experts urge customers to change their email address.",
        "Customers do not need to change their passwords.",
    ),
    (
        "The bank told customers to check their statements.",
        "There is no need to cancel your card.",
    ),
    # a condition that changes the advice
    (
        "If your card was used at the shop, experts urge customers to cancel the card.",
        "There is no need to cancel your card.",
    ),
    (
        "Please see your GP after a tick bite if you develop a rash.",
        "Most people do not need to see a doctor after a tick bite.",
    ),
    # a population
    (
        "Doctors advise pregnant women not to take ibuprofen.",
        "You can take ibuprofen.",
    ),
    # stances that agree
    (
        "Experts urge all customers to change their password.",
        "You should change your password.",
    ),
    ("Doctors advise parents not to give aspirin to children.", "Never give aspirin to children."),
    # reporting of a past event of others, without readers as the object
    (
        "The manager told the staff that the shop would close.",
        "There is no need to close the shop.",
    ),
    # what the readers will see, no advice
    (
        "Experts say customers should see a refund within a week.",
        "There is no need to see a refund.",
    ),
    # "after every EVENT" against advice about the action without the event: how often
    ("Rinse the filter after every water change.", "There is no need to rinse the filter."),
    ("Rinse the filter after every water change.", "Never rinse the filter once a week."),
    # a brand of another product
    ("Smother the tick with Vaseline.", "Do not smother the tick with nail polish."),
    (
        "You can take Nurofen with the antibiotics.",
        "Do not take paracetamol with the antibiotics.",
    ),
]


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_opposite_stances_of_one_action_disagree(one: str, other: str) -> None:
    assert verdict(one, other) == "conflict"


@pytest.mark.parametrize(("one", "other"), NO_CONFLICT)
def test_look_alikes_do_not_disagree(one: str, other: str) -> None:
    assert verdict(one, other) != "conflict"


#: Orders of two actions said with "first", then "over the top", "on top", "last", "finish with".
ORDERS = [
    ("Apply sunscreen first, then repellent.", "sunscreen first"),
    ("Put repellent on first and sunscreen over the top.", "repellent first"),
    ("Put on repellent first and finish with sunscreen.", "repellent first"),
    ("Apply sunscreen first, then finish with repellent.", "sunscreen first"),
    ("Apply the primer first and the paint last.", "primer first"),
    ("Put your make-up on first and your lenses afterwards.", "make-up first"),
    ("Put the jam on first and the cream on top.", "jam first"),
]


@pytest.mark.parametrize(("text", "label"), ORDERS)
def test_order_words_say_which_comes_first(text: str, label: str) -> None:
    assert label in [str(d.value) for d in draft_claims("a", text, WORDS)
                     if d.subject.id.startswith("order-")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Did you put repellent on first and sunscreen over the top?",
        "We used to put repellent on first and sunscreen over the top.",
        "Don't put repellent on first and sunscreen over the top.",
    ],
)
def test_order_look_alikes_are_not_drafted(text: str) -> None:
    assert not [d for d in draft_claims("a", text, WORDS) if d.subject.id.startswith("order-")]


def test_brands_are_their_generic_name() -> None:
    assert action_words("dab it with Vaseline") == ["dab", "it", "with", "petroleum", "jelly"]
    assert action_words("take Tylenol or Advil") == ["take", "paracetamol", "or", "ibuprofen"]
    # a word that only holds a brand's letters is no brand
    assert action_words("the vaselines") == ["the", "vaselines"]


def test_a_lone_reading_of_shared_advice_is_no_claim_and_not_counted_as_covered(
    tmp_path: Path,
) -> None:
    """ "after every tick bite" also reads as a lone how-often that no other page states; grouping
    drops it where the same words are a stance another page opposes, so ``extract`` reports no
    claim "already covered" on a fresh file (the drop once happened in the claims-file writer and
    was counted as covered)."""
    (tmp_path / "a.md").write_text(
        "# Tick advice\n\nPlease see your GP after every tick bite, even if you feel well.\n"
    )
    (tmp_path / "b.md").write_text(
        "# Bites\n\nMost people do not need to see a doctor after a tick bite.\n"
    )
    claims = tmp_path / "claims.yaml"
    result = CliRunner().invoke(
        cli, ["extract", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "-o", str(claims)]
    )
    assert result.exit_code == 0, result.output
    assert "2 draft claims, 1 subject, 2 sources added; 0 already covered" in result.output
    assert claims.read_text().count("label:") == 1

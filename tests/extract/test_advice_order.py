"""The order of two actions in advice (``factcheck.extract.order``): the ways leaflets, guides
and software docs say which of two steps comes first, each drafted as one label of the pair's
subject, and the sentences with the same words that order nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, extract_and_check


def orders(text: str) -> list[tuple[str, str]]:
    """(subject, label) of each order of two actions drafted from ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(d.subject.id, d.value) for d in drafts if d.subject.terms[:1] == ("order",)]


#: (sentence, subject, label): written from how such advice is usually put, not from any corpus.
PHRASINGS = [
    # "A before B", B said by a clause, a gerund or an event's noun
    ("Take your reading before you take your tablets.", "order-measure-medicine", "measure first"),
    ("Measure your blood pressure before taking any medication.", "order-measure-medicine",
     "measure first"),
    ("Check your blood sugar before you eat.", "order-eat-measure", "measure first"),
    ("Test your blood glucose before meals.", "order-eat-measure", "measure first"),
    ("Always take a reading before breakfast.", "order-eat-measure", "measure first"),
    ("Apply sunscreen before insect repellent.", "order-repellent-sunscreen", "sunscreen first"),
    ("Put on your moisturiser before your sunscreen.", "order-moisturise-sunscreen",
     "moisturise first"),
    ("Back up your data before you upgrade.", "order-backup-upgrade", "backup first"),
    ("Back up the database before upgrading.", "order-backup-upgrade", "backup first"),
    ("Run the migrations before you deploy.", "order-deploy-migrate", "migrate first"),
    ("Always run migrations before deploying the new release.", "order-deploy-migrate",
     "migrate first"),
    ("You should shower before you swim.", "order-swim-wash", "wash first"),
    ("Make sure you eat something before you exercise.", "order-eat-exercise", "eat first"),
    ("Drink a glass of water before your workout.", "order-drink-exercise", "drink first"),
    ("Take the tablets after a meal.", "order-eat-medicine", "eat first"),
    ("Take your blood pressure before your tablets.", "order-measure-medicine",
     "measure first"),
    ("Monitor your blood glucose before breakfast.", "order-eat-measure", "measure first"),
    # checking something that is no measurement is its own action
    ("Check the label before you take your tablets.", "order-label-medicine", "label first"),
    # "A after B"
    ("Measure your blood pressure after you take your tablets.", "order-measure-medicine",
     "medicine first"),
    ("Take your reading after taking your medication.", "order-measure-medicine",
     "medicine first"),
    ("Apply sunscreen after moisturiser.", "order-moisturise-sunscreen", "moisturise first"),
    ("Apply the repellent after the sunscreen.", "order-repellent-sunscreen", "sunscreen first"),
    ("Upgrade after you back up.", "order-backup-upgrade", "backup first"),
    ("Deploy after running the migrations.", "order-deploy-migrate", "migrate first"),
    ("Swim after you have eaten.", "order-eat-swim", "eat first"),
    ("Check your glucose after eating.", "order-eat-measure", "eat first"),
    # "Before B, A" and "After B, A"
    ("Before you take your tablets, measure your blood pressure.", "order-measure-medicine",
     "measure first"),
    ("Before upgrading, back up your data.", "order-backup-upgrade", "backup first"),
    ("Before you deploy, run the migrations.", "order-deploy-migrate", "migrate first"),
    ("After you take your tablets, wait an hour and then measure.", "order-measure-medicine",
     "medicine first"),
    ("After deploying, run the migrations.", "order-deploy-migrate", "deploy first"),
    ("After a meal, check your blood sugar.", "order-eat-measure", "eat first"),
    # "A first, then B" and its kin
    ("Take your tablets first, then measure.", "order-measure-medicine", "medicine first"),
    ("Take your tablets first and then measure an hour later.", "order-measure-medicine",
     "medicine first"),
    ("First measure your blood pressure, then take your tablets.", "order-measure-medicine",
     "measure first"),
    ("Measure first, then take your medication.", "order-measure-medicine", "measure first"),
    ("Back up your files, then upgrade.", "order-backup-upgrade", "backup first"),
    ("Deploy the code first, then run the migrations.", "order-deploy-migrate", "deploy first"),
    ("Eat a light snack and then swim.", "order-eat-swim", "eat first"),
    ("Apply sunscreen first and repellent afterwards.", "order-repellent-sunscreen",
     "sunscreen first"),
    ("Install the update, then back up.", "order-backup-upgrade", "upgrade first"),
    ("1. Take your tablets first, then\n   measure about an hour later.", "order-measure-medicine",
     "medicine first"),
    # "do not B until A", "wait after A before B"
    ("Do not take your tablets until you have measured your blood pressure.",
     "order-measure-medicine", "measure first"),
    ("Don't swim until you have eaten.", "order-eat-swim", "eat first"),
    ("Never deploy until you have run the migrations.", "order-deploy-migrate", "migrate first"),
    ("Do not upgrade until after you back up.", "order-backup-upgrade", "backup first"),
    ("Wait an hour after eating before you swim.", "order-eat-swim", "eat first"),
    ("Wait 30 minutes after your tablets before you measure.", "order-measure-medicine",
     "medicine first"),
    # an "if" or "when" before the instruction
    ("If you take blood pressure tablets, take your tablets first, then measure.",
     "order-measure-medicine", "medicine first"),
    ("For best results, apply sunscreen before insect repellent.", "order-repellent-sunscreen",
     "sunscreen first"),
    ("Ideally, take your reading before your tablets.", "order-measure-medicine",
     "measure first"),
    ("On training days, eat before you exercise.", "order-eat-exercise", "eat first"),
    ("If you use PostgreSQL, run the migrations before you deploy.", "order-deploy-migrate",
     "migrate first"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "label"), PHRASINGS)
def test_a_phrasing_orders_two_actions(text: str, subject: str, label: str) -> None:
    assert orders(text) == [(subject, label)]


@pytest.mark.parametrize(
    "text",
    [
        # Two actions named, not ordered.
        "Measure your blood pressure and take your tablets every day.",
        "Take your tablets and measure your blood pressure at the same time each day.",
        "Eating and swimming are both fine for children.",
        # Told, not advised: a report of what someone did.
        "The nurse measured my blood pressure before I took my tablets.",
        "Most people measure before they take their tablets.",
        "Patients who measured before taking their tablets had lower readings.",
        # Advice against doing one soon after the other says how near, not which first.
        "Don't measure straight after a hot bath or a cigarette.",
        "Do not swim straight after a big meal.",
        "Avoid exercise right after eating.",
        # Before a time or a version: no second action.
        "Take your reading before 10 am.",
        "Back up your data before 2.0 is released.",
        "Before 2.0, migrations were optional.",
        # A pronoun names no action of its own ("take it before meals" is the food family).
        "Take it before meals.",
        "Use it after you shower.",
        # A gerund as subject names, it does not instruct.
        "Taking your tablets before breakfast helps some people.",
        # Waiting is how long, not an action to order.
        "After a big meal, wait at least an hour.",
        # A heading, a reference entry's name, a statement of what happens.
        "## Water before meals",
        "Water before meals\n\nMost people drink enough.",
        "--timeout SECONDS   How long to wait for one request before retrying it.",
        "Orientation tags are applied and then removed.",
        "Reception children will have a quiet rest after lunch.",
        # The same action twice.
        "Take a reading, then take another reading a minute later.",
    ],
)
def test_sentences_that_order_nothing(text: str) -> None:
    assert orders(text) == []


def test_two_documents_that_order_two_steps_oppositely_disagree(tmp_path: Path) -> None:
    docs = {
        "guide.md": "# Home readings\n\nTake your morning reading before you take any blood "
        "pressure tablets.\n",
        "leaflet.txt": "HOW TO MEASURE\n\n2. If you take blood pressure tablets, take your "
        "tablets first, then\n   measure about an hour later.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Which comes first: measure or medicine: measure first vs medicine first"]


def test_two_documents_that_order_two_steps_alike_agree(tmp_path: Path) -> None:
    docs = {
        "runbook.md": "# Upgrading\n\nBack up the database before you upgrade.\n",
        "faq.txt": "Q: Anything to do first?\nA: Yes. Do not upgrade until you have made a "
        "backup.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    said = {(c["subject"], c["value"]["text"]) for c in report["claims"]}
    assert ("order-backup-upgrade", "backup first") in said


def test_an_order_no_other_document_speaks_of_is_left_out(tmp_path: Path) -> None:
    docs = {
        "guide.md": "# Readings\n\nSit quietly for five minutes before you press the button.\n",
        "leaflet.txt": "Back up your data before you upgrade.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert not [c for c in report["claims"] if c["subject"].startswith("order-")]

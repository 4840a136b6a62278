"""Advice that was not drafted (advice21): advice after a clause of reason or concession that
opens its sentence ("Because you have had the full course, you will not need immunoglobulin",
"Even with a spacer, rinse your mouth..."), a thing needed named by one word, a ban said with
"also" or "will be" and an either-way clause after it ("is also banned, whether with a hose or a
tap"), "exempt" as a permission, and a document's stance said twice joining the group its other
wording took. Phrasings from general English (health leaflets, travel advice, notices of a
hosepipe ban, news of a data breach), with the same words where nothing is advised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.polarity import ACTION, ALWAYS_DO, RECOMMENDED
from factcheck.extract.subjects.actions import action_key
from tests.common import WORDS, extract_and_check


def stances(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(label, strength, key words) of each piece of advice for or against an action."""
    drafts = draft_claims("doc", text, WORDS)
    return [(str(d.value), d.subject.role, frozenset(d.subject.keywords)) for d in drafts
            if d.label and d.subject.family == ACTION]  # fmt: skip


def keys(said: str) -> frozenset[str]:
    return frozenset(action_key(word) for word in said.split())


AFTER_A_CLAUSE = [
    ("Because you have had the full course, you will not need immunoglobulin, which is often "
     "in short supply abroad.", "do not", "immunoglobulin"),
    ("Even though I was vaccinated, you'll still need immunoglobulin after a bite.", "do",
     "immunoglobulin bite"),
    ("Although it looks harmless, never add meat to a compost bin.", "do not",
     "add meat compost bin"),
    ("Since the tablets are small, you can swallow them with water.", "do", "swallow water"),
    ("Even with a spacer, rinse your mouth with water after every preventer dose.", "do",
     "rinse mouth water"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "said"), AFTER_A_CLAUSE)
def test_advice_after_a_clause_of_reason_or_concession(text: str, label: str, said: str) -> None:
    found = stances(text)
    assert [value for value, _, _ in found] == [label]
    assert keys(said) <= found[0][2]


def test_a_concession_says_every_case() -> None:
    (said,) = stances("Even with a spacer, rinse your mouth with water after every dose.")
    assert said[1] == ALWAYS_DO
    (plain,) = stances("Rinse your mouth with water after every dose.")
    assert plain[1] == RECOMMENDED


#: The same openings with no advice after them: a statement, the clause alone, a question.
NO_ADVICE = [
    "Because it rains a lot there, the roads are often closed.",
    "Because the tablets are small, they are easy to swallow.",
    "Even though the pool is small, children love it.",
    "Even with a spacer, some of the medicine lands in the mouth.",
    "I stopped because I felt better.",
    "Because you have had the full course, do you still need immunoglobulin?",
]


@pytest.mark.parametrize("text", NO_ADVICE)
def test_a_clause_of_reason_before_a_statement_is_no_advice(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "label", "said"),
    [
        ("You need a visa.", "do", "visa"),
        ("There's no need for a visa.", "do not", "visa"),
        ("You will not need immunoglobulin.", "do not", "immunoglobulin"),
        # a pronoun or a word of amount names no thing
        ("You need it.", None, ""),
        ("You need more.", None, ""),
        # a thing to avoid of one word says too little, as before
        ("Avoid caffeine.", None, ""),
    ],
)
def test_a_thing_needed_may_be_one_word(text: str, label: str | None, said: str) -> None:
    found = stances(text)
    if label is None:
        assert found == []
    else:
        assert [(value, said_keys) for value, _, said_keys in found] == [(label, keys(said))]


BANS = [
    ("Filling paddling pools is also banned, whether with a hose or a tap, because of the "
     "volume of water involved.", "do not", "filling paddling pools"),
    ("Garden watering of any kind will be banned from Monday.", "do not", "garden watering"),
    ("Washing cars with a hose is now prohibited.", "do not", "washing cars hose"),
    ("Paddling pools are exempt, so children can still cool off.", "do", "paddling pools"),
    ("Watering cans are exempt from the ban.", "do", "watering cans"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "said"), BANS)
def test_a_ban_and_an_exemption(text: str, label: str, said: str) -> None:
    found = stances(text)
    assert [value for value, _, _ in found] == [label]
    assert keys(said) <= found[0][2]


#: The same words where nothing is banned or allowed: not banned, exempt from paying, a
#: question of "whether", history.
NOT_BANS = [
    "Smoking is not banned on the terrace.",
    "Children under five are exempt from the charge.",
    "Ask whether the tablets or the syrup suit you.",
    "Is filling paddling pools banned?",
]


@pytest.mark.parametrize("text", NOT_BANS)
def test_no_ban_said(text: str) -> None:
    assert stances(text) == []


def _conflicts(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["kind"] == "conflict"]


def _quotes(report: dict[str, Any], finding: dict[str, Any]) -> set[str]:
    quotes = {c["id"]: c["quote"] for c in report["claims"]}
    return {quotes[i] for i in finding["claims"]}


def test_a_thing_needed_and_not_needed_disagree(tmp_path: Path) -> None:
    docs = {
        "clinic.md": "# If you are bitten abroad\n\nBecause you have had the full course, you "
        "will not need immunoglobulin, which is often in short supply abroad.\n",
        "blog.md": "# My bite\n\nEven though I was vaccinated, you'll still need immunoglobulin "
        "after a bite, so ask for it by name.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    (conflict,) = _conflicts(report)
    assert conflict["message"].endswith("do vs do not")
    assert _quotes(report, conflict) == {
        "you will not need immunoglobulin",
        "you'll still need immunoglobulin after a bite",
    }


def test_one_thing_and_a_longer_thing_stay_apart(tmp_path: Path) -> None:
    docs = {
        "embassy.md": "# Travel\n\nYou need a passport.\n",
        "shop.md": "# Photos\n\nYou do not need a passport photo.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert _conflicts(report) == []


def test_a_ban_and_an_exemption_disagree(tmp_path: Path) -> None:
    docs = {
        "press.md": "# Hosepipe ban\n\nFilling paddling pools is also banned, whether with a hose "
        "or a tap, because of the volume of water involved.\n",
        "courier.md": "# What you can do\n\nPaddling pools are exempt, so children can still "
        "cool off in the back garden.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert [f["message"].split(": ")[-1] for f in _conflicts(report)] == ["do vs do not"]


def test_a_stance_said_twice_joins_its_sides_group(tmp_path: Path) -> None:
    statement = "# Statement\n\nCustomers do not need to change their passwords.\n"
    ledger = (
        "# Breach\n\nSecurity experts urge all Quillmart customers to change their password now. "
        "Experts also urge customers to check their bank statements.\n\n## What to do\n\n"
        "1. Change your Quillmart password, and any other password that is the same.\n"
    )
    _, report = extract_and_check(tmp_path, {"a.md": statement, "b.md": ledger}, exit_code=1)
    (conflict,) = _conflicts(report)
    quotes = _quotes(report, conflict)
    assert any("urge all Quillmart customers" in q for q in quotes)
    assert any(q.startswith("Change your Quillmart password") for q in quotes)
    assert not any("bank statements" in q for q in quotes)

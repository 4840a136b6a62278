"""Permission and prohibition said as a state or as a step (advice19): a way open to its users
("the old track remains open to local traffic") is a permission to use it; making a thing safe
before use ("boil all tap water before drinking it") is against using it as it is; a series of
instructions ("Stop the server, run X before upgrading, then install the new binary") orders each
clause, and installing a new version is an upgrade. Phrasings written from general English
(notices, news, public-health advice, software upgrade notes), with the same words where
nothing is advised."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.order import find_orders
from factcheck.extract.polarity import ACTION
from factcheck.extract.subjects.actions import action_key
from tests.common import WORDS, extract_and_check


def stances(text: str) -> list[tuple[str, frozenset[str]]]:
    """(label, key words) of each piece of advice for or against an action in ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(str(d.value), frozenset(d.subject.keywords)) for d in drafts
            if d.label and d.subject.family == ACTION]  # fmt: skip


def keys(said: str) -> frozenset[str]:
    return frozenset(action_key(word) for word in said.split())


PHRASINGS = [
    # a way open to its users
    ("The old forestry track above Dunmore remains open to local traffic.", "do",
     "old forestry track dunmore"),
    ("For those heading north, the coastal footpath is still open to walkers.", "do",
     "coastal footpath"),
    ("The east car park stays open to visitors as an overflow.", "do", "east car park"),
    ("The Mill Lane bridge is open to cyclists and pedestrians.", "do", "mill lane bridge"),
    # trying to do it is doing it
    ("Do not attempt to use the old forestry track as a shortcut.", "do not",
     "old forestry track"),
    # making a thing safe before use
    ("Boil all tap water before drinking it.", "do not", "drink tap water"),
    ("Always filter stream water before you drink it.", "do not", "drink stream water"),
    ("Households in Dunmore have been told to boil tap water before drinking it.", "do not",
     "drink tap water"),
    ("Purify the river water before drinking it.", "do not", "drink river water"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "said"), PHRASINGS)
def test_stance_said_as_a_state_or_a_step(text: str, label: str, said: str) -> None:
    found = stances(text)
    assert [value for value, _ in found] == [label]
    assert keys(said) <= found[0][1]


#: The same words where nothing of the kind is advised: a case after "open to", a single word,
#: history, preparing a thing (not making it safe), a need (left to meet "no need to boil it").
NONE_OPEN = [
    "The coastal footpath is open to the public on Sundays.",
    "The Glen road remains open to local traffic only.",
    "The museum is open to visitors from 10am.",
    "It is open to all.",
    "The old bridge was open to traffic until 2019.",
]


@pytest.mark.parametrize("text", NONE_OPEN)
def test_open_with_a_case_or_in_the_past_is_no_permission(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "label", "said"),
    [
        ("Wash fruit before eating it.", None, ""),
        ("Boil the kettle before making tea.", "do", "boil kettle tea"),
        ("You must boil the water before drinking it.", "do", "boil water drink"),
    ],
)
def test_preparing_or_a_need_stays_as_it_is(text: str, label: str | None, said: str) -> None:
    found = stances(text)
    if label is None:
        assert found == []
    else:
        assert [value for value, _ in found] == [label]
        assert keys(said) <= found[0][1]


def orders(text: str) -> list[tuple[str, str]]:
    return [(o.first, o.then) for o in find_orders(text, TextIndex(text))]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Stop the server, run tallyq migrate before upgrading, and then install the new binary.",
         [("migrate", "upgrade")]),
        ("A: Stop the server, run the migration before upgrading.", [("migrate", "upgrade")]),
        ("Run tallyq migrate after installing the new version, before starting the server.",
         [("upgrade", "migrate")]),
        ("Back up your data before you install the new release.", [("backup", "upgrade")]),
        ("Open the app, sign in, and check your balance before paying.", [("balanc", "pay")]),
        # no series of instructions: an answer word, a statement, a participle
        ("Yes, take it before bed.", []),
        ("Well, I take it before bed.", []),
        ("The tablets, taken before meals, help.", []),
        # installing another thing is no upgrade
        ("Install the plugin, then restart the server.", [("plugin", "restart")]),
    ],
)  # fmt: skip
def test_orders_in_a_series_and_upgrades(text: str, said: list[tuple[str, str]]) -> None:
    assert orders(text) == said


def _advice_conflicts(report: dict[str, object]) -> list[str]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return [f["message"] for f in findings if f["kind"] == "conflict"]


def test_a_closed_track_and_an_open_one_disagree(tmp_path: Path) -> None:
    docs = {
        "council.md": "# Road closure\n\nTraffic is being sent on a signed diversion. Do not "
        "attempt to use the old forestry track above Dunmore as a shortcut.\n",
        "herald.md": "# Village news\n\nFor those who need to get to Ardlow, the old forestry "
        "track above Dunmore remains open to local traffic as an alternative to the diversion.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert [m for m in _advice_conflicts(report) if m.endswith("do vs do not")]


def test_safe_water_and_boiled_water_disagree(tmp_path: Path) -> None:
    docs = {
        "council.md": "# Water\n\nThe water main was not damaged. Tap water in Dunmore is safe "
        "to drink, and no special precautions are needed.\n",
        "herald.md": "# Water notice\n\nCarrow Water has told households in Dunmore to boil all "
        "tap water before drinking it, until further notice.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert [m for m in _advice_conflicts(report) if m.endswith("do vs do not")]


def test_migrating_before_and_after_upgrading_disagree(tmp_path: Path) -> None:
    docs = {
        "faq.md": "# FAQ\n\nQ: How do I upgrade?\n\nA: Stop the server, run tallyq migrate "
        "before upgrading, and then install the new binary and start it again.\n",
        "changelog.md": "# Changelog\n\n## 2.0.0\n\n- Run tallyq migrate after installing the "
        "new version, before starting the server.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert [m for m in _advice_conflicts(report) if "first vs" in m]

"""Permission against prohibition of one action, its object said in other words (``polarity``,
``subjects.actions``, ``grouping.actions._generic_named``): a leaflet's "You can take the tablet
while the aura is still going on" against a clinic's "Do not take a triptan during the aura" (the
page's own medicine named by a generic noun, an event under way said with "while"); "There is
no need to give up chocolate" against "Chocolate, aged cheese and red wine: I cut all three out
completely and I think you should too" (give up and cut out one verb, the writer's habit
recommended to the reader, "all three" named by the line's label). Pairs written from general
English (health, home, food), with look-alikes that do not disagree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main as cli
from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping.actions import is_stance
from factcheck.extract.subjects.actions import action_words
from tests.common import WORDS
from tests.extract.test_advice_need import verdict

#: A sumatriptan leaflet, which names its medicine's class.
LEAFLET = "Migrastop contains sumatriptan, a triptan. Each tablet contains 50 mg of sumatriptan."

#: One document allows (or advises) what the other forbids (or says is not needed).
DISAGREE = [
    # the page's own medicine as "the tablet"; "while ... going on" as "during"
    ("Do not take a triptan during the aura.",
     f"{LEAFLET} You can take the tablet while the aura is still going on."),
    # the page's own medicine as "it"
    ("Do not take a triptan during the aura.",
     f"{LEAFLET} You can take it while the aura is still going on."),
    # a medicine's class is the end of its name (atorvastatin, a statin)
    ("Do not take a statin during a fast.",
     "Lipitor tablets contain atorvastatin. You can take the tablets during a fast."),
    # give up and cut out are one verb
    ("There is no need to give up chocolate.", "Cut out all chocolate."),
    ("You should give up alcohol.", "There is no need to cut out alcohol."),
    # the writer's habit recommended to the reader; "all three" named by the line's label
    ("There is no need to give up chocolate.",
     "- **Chocolate, aged cheese and red wine:** I cut all three out completely and I think you "
     "should too."),
    ("There is no need to rinse the rice before cooking.",
     "I rinse the rice before cooking it and I think you should too."),
]  # fmt: skip

#: Look-alikes: another medicine, another event, a verb that is no thing, a habit not advised.
AGREE_OR_NONE = [
    # the leaflet names no triptan: "the tablet" stays its own thing
    ("Do not take a triptan during the aura.",
     "You can take the tablet while the aura is still going on."),
    ("Do not take a triptan during the aura.",
     "You can take it while the aura is still going on."),
    # another medicine than the page's
    ("Do not take ibuprofen during the aura.",
     "Migrastop contains sumatriptan. You can take the tablet while the aura is still going on."),
    # another event under way
    ("Do not take a triptan during the aura.",
     f"{LEAFLET} You can take the tablet while the headache is still going on."),
    # waiting is no thing the tablet could be
    ("Take the tablet as soon as the headache begins.",
     f"{LEAFLET} Wait until the aura has passed. There is no need to wait for the headache to "
     "start."),
    # the writer's own habit, not told to the reader
    ("There is no need to give up chocolate.", "I cut chocolate out completely last year."),
    # another thing given up
    ("There is no need to give up chocolate.", "Cut out all red wine."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_permission_against_prohibition_in_other_words(one: str, other: str) -> None:
    assert verdict(one, other) == "conflict"
    assert verdict(other, one) == "conflict"


@pytest.mark.parametrize(("one", "other"), AGREE_OR_NONE)
def test_look_alikes(one: str, other: str) -> None:
    assert verdict(one, other) != "conflict"


@pytest.mark.parametrize(
    ("action", "said"),
    [
        ("give up chocolate", ["giveup", "chocolate"]),
        ("cut out caffeine", ["giveup", "caffeine"]),
        ("cut all three out completely", ["giveup", "all", "three", "completely"]),
        ("Cut down on milk", ["reduce", "milk"]),
        # a thing cut out of another is no giving up
        ("cut the cake out of the tin", ["cut", "the", "cake", "out", "of", "the", "tin"]),
        ("take the tablet while the aura is still going on",
         ["take", "the", "tablet", "during", "the", "aura"]),
        # a pronoun taken is the page's own thing
        ("Take it with water", ["take", "it-thing", "with", "water"]),
    ],
)  # fmt: skip
def test_action_words(action: str, said: list[str]) -> None:
    assert action_words(action) == said


def _stances(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(str(d.label), d.subject.keywords) for d in draft_claims("a", text, WORDS)
            if is_stance(d)]  # fmt: skip


def test_a_label_names_the_pronoun_of_its_line_not_a_note() -> None:
    # "it" is the label's thing; a note names none
    assert _stances("- **Caffeine:** avoid it entirely.\n") == [("do not", ("caffei", "entir"))]
    assert all("note" not in keys for _, keys in _stances("Note: never run it on a live server.\n"))


def test_extract_then_check_reports_the_aura_and_chocolate(tmp_path: Path) -> None:
    """``extract`` then ``check`` on two documents, as a user runs them."""
    (tmp_path / "clinic.md").write_text(
        "# Treating an attack\n\nDo not take a triptan during the aura. Wait until the aura has "
        "passed.\n\nThere is no need to give up chocolate.\n"
    )
    (tmp_path / "blog.md").write_text(
        f"# My migraine year\n\n{LEAFLET} You can take the tablet while the aura is still going "
        "on.\n\n- **Chocolate, aged cheese and red wine:** I cut all three out completely and I "
        "think you should too.\n"
    )
    claims = tmp_path / "claims.yaml"
    runner = CliRunner()
    extracted = runner.invoke(
        cli, ["extract", str(tmp_path / "clinic.md"), str(tmp_path / "blog.md"), "-o", str(claims)]
    )
    assert extracted.exit_code == 0, extracted.output
    checked = runner.invoke(
        cli, ["check", str(claims), "--format", "json", "--root", str(tmp_path)]
    )
    assert checked.exit_code == 1, checked.output
    report = json.loads(checked.output)
    conflicts = {f["subject"] for f in report["findings"] if f["kind"] == "conflict"}
    assert any("aura" in subject for subject in conflicts), conflicts
    assert any("chocolate" in subject for subject in conflicts), conflicts

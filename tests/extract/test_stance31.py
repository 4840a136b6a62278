"""A stance on one named action (``extract.named_actions``): the verb and its object, do or do
not, and two documents' stances related only when opposite, on one action, in one case."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.named_actions import (
    DO,
    DO_NOT,
    IF,
    NamedAction,
    find_named_actions,
    opposed,
)
from tests.common import extract_and_check


def _read(sentence: str) -> list[NamedAction]:
    return find_named_actions(sentence, TextIndex(sentence))


@pytest.mark.parametrize(
    ("sentence", "label", "verb", "objects"),
    [
        ("Avoid grip-strengthening exercises, such as squeezing a stress ball, until your "
         "symptoms settle.", DO_NOT, "squeez", {"stress", "ball"}),
        ("Squeezing a soft ball for a minute several times a day helps strengthen the hand.",
         DO, "squeez", {"ball"}),
        ("Police are asking people not to park on the coast road for future launches.", DO_NOT,
         "park", {"coast", "road"}),
        ("Saltness Council says drivers may park on the verges of the coast road for the next "
         "launch.", DO, "park", {"verg", "coast", "road"}),
        ("For large files, always switch to the patience algorithm.", DO, "switch",
         {"patien", "algori"}),
        ("Don't switch to patience for big inputs.", DO_NOT, "switch", {"patien"}),
        ("The Differ holds no state, so a single instance is safe to share between threads.", DO,
         "shar", {"instan", "thread"}),
        ("Sharing an instance between threads is not supported and can mix up results.", DO_NOT,
         "shar", {"instan", "thread"}),
        ("Calamine lotion and witch hazel do nothing for chilblains.", DO_NOT, "use",
         {"calami", "lotion"}),
        ("Soothing lotions such as calamine or witch hazel can ease the itching.", DO, "use",
         {"calami"}),
        ("Don't use the polling backend on network drives.", DO_NOT, "use", {"poll", "backen"}),
    ],
)  # fmt: skip
def test_reads_the_action_and_its_stance(
    sentence: str, label: str, verb: str, objects: set[str]
) -> None:
    first = _read(sentence)[0]
    assert (first.label, first.verb, set(first.objects)) == (label, verb, objects)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people think calamine lotion might help.",  # a belief, speculation
        "Should you squeeze a stress ball?",  # a question
        "You may see some swelling in the first week.",  # what the reader will see
        "Nobody is asking people not to park on the coast road.",  # a request denied
        "Take 2 tablets, never more than 8 in a day.",  # a figure: compared as such
        "Soothing lotions are sold in most chemists.",  # no stance
        "GETTING HELP",  # a heading, no "helps"
        "Stopping helps, but only for a while.",  # a gerund alone: which action
        "LDN may itself help people sleep better.",  # speculation, no thing
        "It lowers inflammation and helps tissue repair.",  # a clause, no noun phrase
        "A floppy one does nothing.",  # a pronoun for the thing
        "Don't forget the ears and the back of the neck.",  # the advice turned round
        "Don't stretch it beyond that.",  # an object named by a pronoun
        "Do not assume you are safe in March.",  # a belief, no action
    ],
)
def test_reads_nothing_without_a_stance(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_stance_under_a_condition_holds_in_its_case() -> None:
    """A condition stays the stance's case (stance33: it meets only a stance said "even" in
    that case), so it never meets the general stance."""
    (action,) = _read("If you have diabetes, never squeeze a stress ball.")
    assert IF in action.case and {"@diabet"} <= action.case
    assert not any(opposed(action, b) for b in _read("Squeezing a soft ball helps the hand."))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # round 31's carpal, launch and quilldiff, round 30's chilblains
        ("Avoid grip-strengthening exercises, such as squeezing a stress ball, until your "
         "symptoms settle.",
         "Squeezing a soft ball for a minute several times a day helps strengthen the hand."),
        ("Police are asking people not to park on the coast road for future launches.",
         "Saltness Council says drivers may park on the verges of the coast road for the next "
         "launch."),
        ("For large files, always switch to the patience algorithm.",
         "Don't switch to patience for big inputs."),
        ("The Differ holds no state, so a single instance is safe to share between threads.",
         "Sharing an instance between threads is not supported and can mix up results."),
        ("Calamine lotion and witch hazel do nothing for chilblains.",
         "Soothing lotions such as calamine or witch hazel can ease the itching."),
        # wirelark: a permission against a prohibition
        ("Never share a connection between threads.",
         "Connections are thread-safe: you can share one connection between as many threads as "
         "you like."),
    ],
)  # fmt: skip
def test_opposite_stances_on_one_action_conflict(first: str, second: str) -> None:
    assert any(opposed(a, b) for a in _read(first) for b in _read(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another object: each has a word the other lacks
        ("Don't use the polling backend on network drives.",
         "You can use the native backend on network drives."),
        ("Never share a connection between threads.",
         "You can share a session between threads."),
        ("Police are asking people not to park on the coast road.",
         "Drivers may park in the town car park."),
        # another case: a phase, a place, a kind of input, said for one side only or unlike
        ("Avoid squeezing a stress ball until your symptoms settle.",
         "After six weeks, squeezing a soft ball helps strengthen the hand."),
        ("For large files, always switch to the patience algorithm.",
         "Don't switch to patience."),
        ("Don't use the polling backend on network drives.",
         "You can use the polling backend."),
        ("Police are asking people not to park on the coast road for the concert.",
         "Drivers may park on the coast road for the next launch."),
        # another verb on one thing
        ("Never squeeze a stress ball.", "Throwing a stress ball helps the shoulder."),
        # stances that agree
        ("Squeezing a soft ball helps strengthen the hand.",
         "You can squeeze a stress ball while you watch television."),
    ],
)  # fmt: skip
def test_look_alikes_do_not_conflict(first: str, second: str) -> None:
    assert not any(opposed(a, b) for a in _read(first) for b in _read(second))


def test_extract_then_check_reports_the_parking(tmp_path: Path) -> None:
    """``extract`` then ``check`` on two news pages, as a user runs them: the request not to park
    and the permission to park on the verges of the same road are one conflict."""
    docs = {
        "herald.md": "# Launch crowds\n\nPolice are asking people not to park on the coast road "
        "for future launches and to use the park-and-ride instead.\n",
        "radio.md": "# Parking for the next launch\n\nSaltness Council says drivers may park on the "
        "verges of the coast road for the next launch, but not in the lay-bys.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert any("park" in f["subject"] for f in conflicts), conflicts

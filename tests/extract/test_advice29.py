"""Advice said as a choice between named opposites (advice29): which side to lie on (left,
right, back, front, or either: ``advice`` family ``side``), how to behave on meeting a thing
(make noise or stay quiet, stay still or move away: family ``manner``), how to dry a thing
(in the air or with a cloth: family ``drying``), a time of day against
"it doesn't matter what time" and a meal that names the morning ("before breakfast": family
``time``), a question of order answered by the state of what the answer acts on ("the encoded
files": ``order``), and a noun after an article or a preposition that turned a stance round
("Raise the bed on blocks": ``subjects.actions.facing``). Sentences written from general
English across sleep, babies, wildlife, medicines and software, with pairs that must stay apart
(another thing met, both alike, a side of the body, a condition)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.advice import find_advice
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.order import find_orders
from factcheck.extract.subjects.actions import facing
from tests.common import two_pages_conflicts


def _labels(text: str, family: str) -> list[str]:
    return [a.label for a in find_advice(text, TextIndex(text), []) if a.family == family]


@pytest.mark.parametrize(
    ("text", "family", "expected"),
    [
        ("Sleeping on your left side can help with reflux.", "side", ["left"]),
        ("Lie on the right-hand side for twenty minutes after the feed.", "side", ["right"]),
        ("Always put babies to sleep on their back.", "side", ["back"]),
        ("Try to sleep on your front.", "side", ["front"]),
        ("The side you sleep on matters. The right side is the one that helps.", "side", ["right"]),
        ("It doesn't matter which side you sleep on.", "side", ["either side"]),
        # a side advised against, a case, a side of the body, a screen: no side to lie on
        ("Avoid sleeping on your back.", "side", []),
        ("If you sleep on your left side, put a pillow between your knees.", "side", []),
        ("The pain is on the left side of the chest and wakes me when I sleep.", "side", []),
        ("Click the button on the left side of the screen.", "side", []),
        (
            "If you meet a bear, make noise and back away slowly.",
            "manner",
            ["make noise", "move away"],
        ),
        (
            "Rangers advise anyone who meets the wolf to stay quiet and still.",
            "manner",
            ["stay quiet", "stay still"],
        ),
        ("When you come across a snake, keep still.", "manner", ["stay still"]),
        # no encounter, a prohibition, a pronoun met
        ("Children should stay quiet in the library.", "manner", []),
        ("If you meet a cow, never shout.", "manner", []),
        ("If you meet it, stay still.", "manner", []),
        ("Wash the spacer, then leave it to drip-dry.", "drying", ["in the air"]),
        ("Dry it thoroughly with a clean tea towel.", "drying", ["with a cloth"]),
        ("Pat the skin dry after a bath.", "drying", ["with a cloth"]),
        ("Never rub it dry with a towel.", "drying", []),
        ("It doesn't matter what time of day you take it.", "time", ["any time"]),
        ("No matter what time you take it, take it every day.", "time", ["any time"]),
        ("Take omeprazole before breakfast, on an empty stomach.", "time", ["morning"]),
        ("Take omeprazole before breakfast, on an empty stomach.", "food", ["without food"]),
        ("Take one tablet with breakfast.", "food", ["with food"]),
    ],
)
def test_choices_between_named_opposites(text: str, family: str, expected: list[str]) -> None:
    assert _labels(text, family) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Q: Should I normalise before or after encoding to MP3?\n"
            "A: Run the tool on the final encoded files, not on your masters.",
            [("encod first", "encod-normalis")],
        ),
        (
            "Should I stretch before or after running?\nStretch once your muscles are warm.",
            [],  # no participle of the other action: no order read
        ),
        (
            "Should I normalise before or after encoding?\nNever touch the encoded files.",
            [],  # the participle after "never": against it, not an order
        ),
    ],
)
def test_a_question_of_order_answered_by_a_state(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.label, o.topic) for o in find_orders(text, TextIndex(text))] == expected


@pytest.mark.parametrize(
    ("said", "turned"),
    [
        ("raise the head end of your bed on blocks", False),  # a noun: blocks nothing
        ("take a lower dose", False),  # an adjective: lowers nothing
        ("keep the windows closed", True),
        ("block the door", True),
    ],
)
def test_a_noun_after_an_article_turns_no_stance_round(said: str, turned: bool) -> None:
    assert facing(frozenset(), said.split())[1] is turned


DISAGREE = [
    (
        "Sleeping on your left side can help, because the stomach sits lower.",
        "The side you sleep on matters. The right side is the one that keeps the acid down.",
    ),
    ("Always put babies to sleep on their back.", "Put your baby to sleep on their front."),
    ("Rinse the cup and leave it to drip-dry.", "Rinse the cup, then dry it with a clean cloth."),
    (
        "If you meet a bear, stand tall, make noise and back away slowly.",
        "Rangers advise anyone who meets a bear to stay quiet and still.",
    ),
    (
        "Take the tablet before breakfast, on an empty stomach.",
        "It doesn't matter what time of day you take it.",
    ),
    (
        "Normalise your masters first, and encode to MP3 afterwards.",
        "Q: Should I normalise before or after encoding to MP3?\n"
        "A: Run the tool on the final encoded files, not on your masters.",
    ),
]

APART = [
    # another thing met
    (
        "If you meet a bear, make noise and back away slowly.",
        "If you meet a snake, stay quiet and still.",
    ),
    # both alike
    ("Sleep on your left side.", "Lying on the left side helps."),
    # a side of the body is no side to lie on
    ("Sleep on your left side.", "The pain was on the right side of my chest."),
    # raising the bed on blocks is raising it
    (
        "Raise the bed, properly.",
        "Raise the head end of your bed on blocks. Extra pillows do not help.",
    ),
]


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_opposite_choices_conflict(tmp_path: Path, one: str, other: str) -> None:
    assert two_pages_conflicts(tmp_path, one, other)


@pytest.mark.parametrize(("one", "other"), APART)
def test_look_alikes_stay_apart(tmp_path: Path, one: str, other: str) -> None:
    assert not two_pages_conflicts(tmp_path, one, other)

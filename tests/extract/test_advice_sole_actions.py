"""A verb that is a whole action by itself ("book", "register", "queue", "pay") told needed in one
document and unneeded in another ("there is no need to book" against "Visitors must book timed
tickets online"), and advice told to a group of readers by name ("Visitors must ...",
"Passengers do not need to ..."); and the same words where they give no such disagreement:
another verb, agreeing stances, a question, a condition, history, a verb that needs its object."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check

#: Pairs of sentences of two documents that disagree: written from how venues, travel pages,
#: clinics and coaches say whether a one-word action is needed.
DISAGREE = [
    ("There is no need to book.", "Visitors must book timed tickets online for the first month."),
    ("You don't need to book.", "You must book."),
    ("You needn't book.", "You need to book in advance."),
    ("There's no need to book ahead.", "Booking is essential."),
    ("Visitors do not need to book.", "You have to book a slot online."),
    ("You must register.", "There is no need to register."),
    ("Visitors needn't register.", "Everyone must register at the desk."),
    ("Passengers need to register online before travelling.", "You don't need to register."),
    ("You don't need to queue.", "Visitors have to queue at the main gate."),
    ("No need to queue.", "You must queue."),
    ("You don't need to reserve.", "Guests must reserve a table."),
    ("You must reserve.", "Reservations are not required; there is no need to reserve."),
    ("You do not need to pay.", "Visitors must pay at the entrance."),
    ("Tipping is not expected, so you don't need to tip.", "You should always tip."),
    ("You must fast before the test.", "There is no need to fast."),
    ("You don't need to fast.", "Patients must fast for eight hours before the scan."),
    ("You must stretch after exercise.", "There's no need to stretch."),
    ("You don't need to enrol.", "Parents must enrol online."),
    ("There is no need to pre-book.", "You must pre-book."),
    ("Members need not book.", "All visitors must book."),
]

#: Pairs that must not be reported: another verb, stances that agree, an action that needs its
#: object, a question, a condition, history.
AGREE = [
    ("There is no need to book.", "You can book online if you like."),
    ("There is no need to book.", "Booking is not required."),
    ("You must book.", "Visitors must book timed tickets online."),
    ("There is no need to book.", "You must register at the desk."),
    ("There is no need to queue.", "You must book a slot."),
    ("You don't need to bring it.", "You must bring it."),
    ("You don't need to check.", "You must check."),
    ("Do I need to book?", "You must book."),
    ("If you come in a group, you must book.", "There is no need to book."),
    ("Visitors had to book last year.", "There is no need to book."),
    ("You must book a taxi to the airport.", "There is no need to book."),
    ("There is no need to pay.", "You must pay attention to the signs."),
    ("You must stretch the dough.", "There is no need to stretch."),
    ("You must rest the meat for ten minutes.", "There is no need to rest."),
    ("Don't forget to book.", "There is no need to book."),
    ("Visitors often book weeks ahead.", "There is no need to book."),
    ("The owners must pay the fine.", "You don't need to pay."),
    ("There is no need to tip the driver.", "You should tip the waiter."),
    ("You don't need to fast.", "Fasting is popular in January."),
    ("Parents must enrol their child online.", "You don't need to enrol."),
    ("Never queue in the rain.", "You must queue."),
]


def _conflicts(tmp_path: Path, first: str, second: str) -> list[str]:
    docs = {"a.md": f"# A\n\n{first}\n", "b.md": f"# B\n\n{second}\n"}
    _, report = extract_and_check(tmp_path, docs)
    return [f["message"] for f in report["findings"] if f["kind"] == "conflict"]


@pytest.mark.parametrize(("first", "second"), DISAGREE)
def test_a_one_word_action_needed_and_not(tmp_path: Path, first: str, second: str) -> None:
    assert len(_conflicts(tmp_path, first, second)) == 1


@pytest.mark.parametrize(("first", "second"), AGREE)
def test_look_alikes_are_no_disagreement(tmp_path: Path, first: str, second: str) -> None:
    assert _conflicts(tmp_path, first, second) == []

"""Whether to see a doctor (a pharmacist, a GP, a child's doctor) before starting something, in
the words leaflets, parenting guides and forums use (``see-a-doctor-first`` of
``factcheck.extract.advice``), and the same words that advise no step before starting."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice

FIRST = "see one first"
NO_NEED = "no need"

#: (sentence, label): written from how such advice is usually put, not from any corpus.
PHRASINGS = [
    ("Talk to your doctor before taking it.", FIRST),
    ("Check with your GP first.", FIRST),
    ("Ask a pharmacist before you start.", FIRST),
    ("Speak to your child's doctor before giving melatonin.", FIRST),
    ("Talk to your baby's doctor before you give it.", FIRST),
    ("Check with a pharmacist before trying it.", FIRST),
    ("Consult your doctor before starting any supplement.", FIRST),
    ("Ask your GP before you try it.", FIRST),
    ("Do not start melatonin without speaking to your child's doctor first.", FIRST),
    ("Don't take it without talking to your doctor first.", FIRST),
    ("Never give it to a child without checking with a doctor.", FIRST),
    ("Do not use it without consulting a pharmacist.", FIRST),
    ("Don't start it without asking your GP.", FIRST),
    ("Only start it after speaking to your doctor.", FIRST),
    ("Only give it once you have talked to your child's doctor.", FIRST),
    ("Get your doctor's advice before starting.", FIRST),
    ("Get your GP's approval before you start.", FIRST),
    ("Always see a doctor before starting treatment.", FIRST),
    ("Your doctor should be consulted before you start.", FIRST),
    ("It should only be used after talking to a doctor.", FIRST),
    ("Please speak to a health professional before trying it.", FIRST),
    ("See your GP first.", FIRST),
    ("You do not need to see a doctor before starting it.", NO_NEED),
    ("There is no need to see a doctor first.", NO_NEED),
    ("You don't have to ask your doctor before trying it.", NO_NEED),
    ("It is fine to try a low dose yourself before seeing a doctor.", NO_NEED),
    ("It's safe to start it before you see a doctor.", NO_NEED),
    ("It is okay to try it before speaking to your GP.", NO_NEED),
    ("You can start it without seeing a doctor.", NO_NEED),
    ("You can try it without asking your doctor first.", NO_NEED),
    ("Parents can give it without a doctor's advice.", NO_NEED),
    ("You don't need a doctor's approval to start it.", NO_NEED),
    ("You do not need your doctor's advice before starting.", NO_NEED),
    ("No need to check with a pharmacist first.", NO_NEED),
    ("You needn't see your GP before trying it.", NO_NEED),
    ("There's no need to ask a doctor before you start.", NO_NEED),
    ("It is fine to start it without seeing your GP.", NO_NEED),
    ("Most adults can start it without speaking to a doctor.", NO_NEED),
    ("You can safely try it before seeing your doctor.", NO_NEED),
    ("Feel free to try it before talking to your GP.", NO_NEED),
]


@pytest.mark.parametrize(("text", "label"), PHRASINGS)
def test_a_phrasing_says_whether_to_see_a_doctor_first(text: str, label: str) -> None:
    assert ("see-a-doctor-first", label) in advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # What to do if something happens is no step before starting.
        "Speak to your pharmacist if it persists.",
        "See a doctor if the rash spreads.",
        "Stop taking it and talk to your doctor if you feel dizzy.",
        # Told, not advised.
        "I spoke to my doctor before starting it.",
        "She saw her GP before she started it.",
        # A doctor doing something else.
        "Your doctor may start you on a low dose.",
        "Doctors started prescribing it in 2010.",
    ],
)
def test_words_that_advise_no_step_before_starting(text: str) -> None:
    assert [v for s, v in advice(text) if s == "see-a-doctor-first"] == []


def test_a_handout_and_a_forum_disagree(tmp_path: Path) -> None:
    docs = {
        "handout.md": "# Melatonin\n\nDo not start melatonin without speaking to your child's "
        "doctor first.\n",
        "forum.txt": "The general consensus was that it is fine to try a low dose yourself "
        "before seeing a doctor.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Whether to see a doctor before starting: no need vs see one first"]

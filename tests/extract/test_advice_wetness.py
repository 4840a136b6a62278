"""Whether a thing is applied to a dry or a damp surface ("Apply the lotion to dry hair" against
"Apply it to damp, towel-dried hair"), in the words leaflets, hair-care guides, DIY and
skin-care pages use (``state-THING`` of ``factcheck.extract.advice``), and the same words that
say no such instruction: another surface, a product's audience, a condition, a contrast,
history, a question, a negation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice

DRY, WET = "dry", "wet"

#: (sentence, subject, label): written from how such instructions are usually put.
PHRASINGS = [
    ("Apply the lotion to dry hair.", "state-hair", DRY),
    ("Apply the lotion to dry hair, working it from the roots to the tips.", "state-hair", DRY),
    ("Apply it to damp, towel-dried hair.", "state-hair", WET),
    ("Apply the conditioner to wet hair and leave it for two minutes.", "state-hair", WET),
    ("Massage the treatment into damp hair.", "state-hair", WET),
    ("Comb it through towel-dried hair.", "state-hair", WET),
    ("Spread the mousse through slightly damp hair.", "state-hair", WET),
    ("Work the oil into completely dry hair.", "state-hair", DRY),
    ("Use the spray on dry hair only.", "state-hair", DRY),
    ("Apply to clean, dry hair.", "state-hair", DRY),
    ("Rub the cream onto dry skin.", "state-skin", DRY),
    ("Apply sunscreen to clean, dry skin.", "state-skin", DRY),
    ("Apply the moisturiser to damp skin straight after your shower.", "state-skin", WET),
    ("Smooth the balm over moist skin.", "state-skin", WET),
    ("Apply the gel to the dry scalp.", "state-scalp", DRY),
    ("Massage the shampoo into a wet scalp.", "state-scalp", WET),
    ("Paint the primer onto dry wood.", "state-wood", DRY),
    ("Brush the stain onto damp wood.", "state-wood", WET),
    ("Apply the sealant to a dry surface.", "state-surfac", DRY),
    ("Spray the cleaner onto a damp surface.", "state-surfac", WET),
    ("Apply the filler to damp plaster.", "state-plaster", WET),
    ("Paint the wall only onto bone-dry plaster.", "state-plaster", DRY),
    ("Put the drops on dry lenses.", "state-lens", DRY),
    ("Dab the serum onto damp, clean skin.", "state-skin", WET),
]


@pytest.mark.parametrize(("text", "subject", "label"), PHRASINGS)
def test_a_phrasing_says_the_state_to_apply_it_in(text: str, subject: str, label: str) -> None:
    assert [(s, v) for s, v in advice(text) if s.startswith("state-")] == [(subject, label)]


@pytest.mark.parametrize(
    "text",
    [
        # A product's audience, not the state to apply it in.
        "This shampoo is made for dry hair.",
        "Use a rich cream for dry skin.",
        "A serum for dry, damaged hair.",
        # A condition.
        "If you have dry skin, apply the cream twice a day.",
        "When your hair is dry, apply the spray.",
        "Apply more if you have dry hair.",
        # What not to do, a contrast.
        "Do not apply it to wet hair.",
        "Never apply the paint to damp wood.",
        "Avoid applying the lotion to wet skin.",
        "Apply the lotion to your scalp rather than to wet hair.",
        # Drying as a verb, or a state with no application.
        "Dry your hair thoroughly after washing.",
        "Your hair will feel dry after the treatment.",
        "Keep the skin dry for a day.",
        "Towel-dry your hair before you start.",
        # Another thing than a surface applied to.
        "Store it in a cool, dry place.",
        "Apply the plaster to a dry wound dressing pad.",
        "Put the tablets in a dry cupboard.",
        # History and a question.
        "We used to apply it to wet hair.",
        "Should I apply it to wet hair?",
        "Can you use the spray on damp hair?",
        # A report, not an instruction.
        "The study applied the lotion to the hair of 80 children.",
    ],
)
def test_words_that_say_no_state_to_apply_it_in(text: str) -> None:
    assert [v for s, v in advice(text) if s.startswith("state-")] == []


def test_a_guide_and_a_column_disagree(tmp_path: Path) -> None:
    docs = {
        "guide.md": "# Head lice\n\nApply the lotion to dry hair, working it from the roots to "
        "the tips.\n",
        "column.txt": "Apply it to damp, towel-dried hair rather than soaking-wet hair.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Dry or damp hair when applied: dry vs wet"]


def test_damp_and_wet_agree(tmp_path: Path) -> None:
    docs = {
        "a.md": "Apply the conditioner to wet hair.\n",
        "b.md": "Massage the conditioner into damp hair.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert [f for f in report["findings"] if f["kind"] == "conflict"] == []


def test_different_surfaces_are_not_compared(tmp_path: Path) -> None:
    docs = {
        "a.md": "Apply the sunscreen to dry skin.\n",
        "b.md": "Apply the conditioner to damp hair.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert [f for f in report["findings"] if f["kind"] == "conflict"] == []

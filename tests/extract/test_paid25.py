"""What a thing cost the writer is the writer's own experience (``basis: personal``), as what
once happened to them is: a blog's "The sessions cost me £90 each at a private clinic" is no
price a clinic's page states (round 21's heelpain l12)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC).timestamp()


@pytest.mark.parametrize(
    ("sentence", "personal"),
    [
        ("The sessions cost me £90 each at a private clinic.", True),
        ("Home charging cost me £231 across the whole year.", True),
        ("The repair set me back $40, parts included.", True),
        ("I paid £120 for the pair of insoles.", True),
        ("A first assessment costs £65 and follow-ups £50.", False),
        ("The course costs the NHS £90 per patient.", False),
    ],
)
def test_what_it_cost_the_writer_is_personal(sentence: str, personal: bool) -> None:
    draft = next(
        d
        for d in draft_claims("blog", sentence, WORDS)
        if "£" in d.mention.text or "$" in d.mention.text
    )
    assert (draft.subject.context.get("basis") == "personal") is personal


def test_a_writers_own_price_does_not_contradict_a_clinics(tmp_path: Path) -> None:
    docs = {
        "clinic.md": "# Shockwave therapy\n\nA course of shockwave sessions costs £90 each at our clinic.\n",
        "blog.md": "# My heel\n\nThe sessions cost me £75 each at a private clinic.\n",
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == []

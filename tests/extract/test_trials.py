"""Tests for factcheck.extract.subjects.trials: a named trial's size across documents."""

from __future__ import annotations

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.subjects.trials import enrolled, trial_names
from tests.common import UNITS, WORDS

NEWS = (
    "# Zinc lozenges cut colds\n\n"
    "The LOZ-COLD trial, run by the Halvard Institute for Respiratory Health, enrolled 412 "
    "adults who caught a cold. A smaller companion study in 150 teenagers found less.\n"
)
GUIDE = "The best recent evidence comes from the 380-person Halvard trial, in which colds ended.\n"


def claims(*texts: str) -> list[dict[str, tuple[str, dict[str, str]]]]:
    """Per document, each mention's text and its (subject id, context)."""
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    return [
        {d.mention.text: (d.subject.id, d.subject.context) for d in doc.drafts}
        for doc in consolidate(docs, UNITS)
    ]


def test_how_many_a_trial_enrolled_is_its_size() -> None:
    text = "The trial enrolled 412 adults. A companion study in 150 teenagers found less."
    at = text.index("412")
    assert enrolled(text, (at, at + 10), (0, text.index(".")))
    at = text.index("150")
    assert not enrolled(text, (at, at + 13), (text.index("A "), len(text)))
    sized = "the 380-person Halvard trial"
    assert enrolled(sized, (4, 14), (0, len(sized)))


def test_a_trials_names_are_its_sentences_capitalised_words() -> None:
    text = "The LOZ-COLD trial, run by the Halvard Institute for Respiratory Health, enrolled 412."
    assert trial_names(text, (0, len(text))) == {"LOZ-COLD", "Halvard", "Respiratory"}


def test_two_documents_sizes_of_one_named_trial_are_one_quantity() -> None:
    news, guide = claims(NEWS, GUIDE)
    assert news["412 adults"][0] == guide["380-person"][0]
    # The companion study is another group of people.
    assert news["150 teenagers"][0] != guide["380-person"][0]


def test_a_trials_size_keeps_no_age_range_of_whom_it_took() -> None:
    news, blog = claims(
        "The CREST-12 trial, run by the Marlow Institute, enrolled 186 recreational lifters "
        "aged 18 to 45 who already trained.\n",
        "Yes. The 240-person Marlow trial, which started nearly seven years ago, is the newest.\n",
    )
    assert news["186 recreational lifters"][1] == {}
    assert news["186 recreational lifters"][0] == blog["240-person"][0]


def test_trials_of_other_names_stay_apart() -> None:
    news, other = claims(
        NEWS, "The best recent evidence comes from the 380-person Brenner trial.\n"
    )
    assert news["412 adults"][0] != other["380-person"][0]

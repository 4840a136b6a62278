"""Tests for factcheck.extract.subjects.trials: a named trial's size across documents."""

from __future__ import annotations

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.subjects.trials import enrolled, named_before, trial_names
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


LICE_NEWS = (
    "# Silicone lotion beats insecticide for head lice\n\n"
    "A silicone-based lotion cleared head lice far more often than an older insecticide "
    "treatment in a trial run by the Brennvik Community Clinic, researchers reported this "
    "week.\n\n"
    "The trial enrolled 264 children aged 4 to 14 from 19 primary schools across the county.\n"
)
LICE_GUIDE = (
    "The best recent evidence comes from the 310-child Brennvik study, where dimeticone cured "
    "about nine in ten children after two applications.\n"
)


def test_the_trial_takes_the_names_of_the_sentence_before() -> None:
    """ "The trial enrolled 264 children" names no trial; the lead before it does ("a trial run
    by the Brennvik Community Clinic"), and another page's "310-child Brennvik study" is its
    size, though the two pages disagree on it."""
    text = LICE_NEWS
    start = text.index("The trial")
    sentence = (start, text.index(".", start) + 1)
    assert trial_names(text, sentence) == frozenset()
    assert "Brennvik" in named_before(text, sentence)
    at = LICE_GUIDE.index("310")
    assert enrolled(LICE_GUIDE, (at, at + 9), (0, len(LICE_GUIDE)))
    news, guide = claims(LICE_NEWS, LICE_GUIDE)
    assert news["264 children"][0] == guide["310-child"][0]
    assert news["19 primary schools"][0] != guide["310-child"][0]


def test_the_trial_after_another_trials_name_stays_apart() -> None:
    """When the sentence before names another trial ("the Halvard trial"), "The trial enrolled
    264 children" is no size of the Brennvik study; a sentence that says no "the trial" takes no
    names from before."""
    other = LICE_NEWS.replace("the Brennvik Community Clinic", "the Halvard Institute")
    start = other.index("The trial")
    assert "Brennvik" not in named_before(other, (start, other.index(".", start) + 1))
    news, guide = claims(other, LICE_GUIDE)
    assert news["264 children"][0] != guide["310-child"][0]
    plain = "Brennvik ran it for years. Some 264 children were seen there."
    at = plain.index("Some")
    assert named_before(plain, (at, len(plain))) == frozenset()

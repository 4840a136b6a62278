"""Tests for the measure concept of prevalence: how many people a condition affects, in other
words ("affects about one in seven people", "Nearly 30% of adults live with migraine"), kept
apart from a share of a group or of patients ("1 in 5 women", "57% of patients")."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.concepts import OPPOSITES, concepts, keyworded
from tests.extract.test_grouping import subject_of


def named(sentence: str, figure: str) -> tuple[str, ...]:
    """The concepts that speak of the share ``figure`` in ``sentence`` (one clause)."""
    start = sentence.index(figure)
    return concepts(sentence, (start, start + len(figure)), ((0, len(sentence)), 0), "share")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Migraine affects about one in seven people.", "one in seven"),
        ("Nearly 30% of adults live with migraine.", "30%"),
        ("Gout affects about 2.5% of adults in the UK.", "2.5%"),
        ("In Britain roughly one adult in 25 has it.", "one adult in 25"),
        ("Around 2.5% of UK adults have gout.", "2.5%"),
        ("About 8% of people suffer from hay fever.", "8%"),
    ],
)
def test_a_share_of_people_with_a_condition_is_prevalence(sentence: str, figure: str) -> None:
    assert named(sentence, figure) == ("prevalence",)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A group of people, not people at large: another population.
        ("Gout affects about 2.5% of adults in the UK, rising to around 7% of men over 65.", "7%"),
        ("About 1 in 5 women and 1 in 15 men have attacks.", "1 in 5"),
        # A share of patients or of a trial's arm: an outcome, not how common a condition is.
        ("57% of patients reported less pain.", "57%"),
        ("It found that 12% of people taking tarivastine felt drowsy.", "12%"),
        # A side effect, and an exposure.
        ("Up to 1 in 3 people have some stomach upset.", "1 in 3"),
        ("About one in four people get bloating on probiotics.", "one in four"),
        ("For smokers living with the same level it is closer to 1 in 8.", "1 in 8"),
    ],
)
def test_a_share_of_a_group_or_of_patients_is_no_prevalence(sentence: str, figure: str) -> None:
    assert "prevalence" not in named(sentence, figure)


def test_a_group_only_marks_its_opposite_and_gives_no_key_word() -> None:
    assert "subgroup" in OPPOSITES["prevalence"]
    assert named("About 1 in 5 women have attacks.", "1 in 5") == ("subgroup",)
    assert keyworded(["prevalence", "subgroup"]) == ["prevalence"]


def test_prevalence_in_other_words_is_one_subject_across_documents() -> None:
    # Round 19's migraine d7: drafted under two subjects before.
    a, b = subject_of(
        "Migraine is a headache disorder. Migraine affects about one in seven people, which "
        "makes it one of the most common conditions we see.",
        "I have had migraines for years. Nearly 30% of adults live with migraine, so you may "
        "know what I mean.",
    )
    assert a["about one in seven"] == b["Nearly 30%"]


def test_a_share_of_a_group_beside_it_leaves_it_the_sentences_one_prevalence() -> None:
    # Round 18's gout d8: "7% of men over 65" no longer crowds the sentence's 2.5%, and stays
    # apart from the other page's share of adults.
    a, b = subject_of(
        "Gout is a kind of arthritis. Gout affects about 2.5% of adults in the UK, rising to "
        "around 7% of men over 65.",
        "Gout was once mocked. In Britain roughly one adult in 25 has it.",
    )
    assert a["about 2.5%"] == b["roughly one adult in 25"]
    assert a["around 7%"] != b["roughly one adult in 25"]

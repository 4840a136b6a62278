"""Tests for factcheck.extract.grouping: one subject per quantity across documents."""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import consolidate
from factcheck.extract.merge import Document


def grouped(*texts: str) -> list[list[str]]:
    documents = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t))) for i, t in enumerate(texts)
    ]
    return [[d.subject.id for d in doc.drafts] for doc in consolidate(documents)]


def test_same_measure_in_other_words_joins_across_documents() -> None:
    a, b = grouped(
        "The hormone has an elimination half-life of 20 to 50 minutes.",
        "Its elimination half-life is roughly 40 minutes.",
    )
    assert a == b


def test_same_specific_figure_joins_even_when_worded_differently() -> None:
    a, b = grouped(
        "A meta-analysis of 19 trials with 1,683 participants was run.",
        "Pooled results from 19 studies (1,683 people) were shown.",
    )
    assert a == b


def test_different_measures_stay_apart() -> None:
    a, b = grouped(
        "Melatonin shortened the time to fall asleep by about 7 minutes.",
        "Total sleep time rose by 8.25 minutes.",
    )
    assert a != b


def test_mentions_of_one_document_are_not_joined_by_key_words() -> None:
    [ids] = grouped("The half-life is 20 minutes. Later the half-life was 50 minutes.")
    assert len(set(ids)) == len(ids) or ids[0] == ids[1]
    [same] = grouped("The half-life is 20 minutes.")
    assert same and same[0].startswith("duration")


def test_placebo_arm_never_joins_the_drug_arm() -> None:
    a, b = grouped(
        "In one trial 36% of older adults on melatonin rated their sleep as improved.",
        "In one trial 18% of older adults on placebo rated their sleep as improved.",
    )
    assert a != b


def test_different_conditions_stay_apart() -> None:
    a, b = grouped(
        "In fibromyalgia trials 57% of patients had a significant drop in pain.",
        "In Crohn's disease trials 57% of patients had a significant drop in pain.",
    )
    assert a != b


def test_consolidation_is_deterministic_and_keeps_order() -> None:
    texts = (
        "Its half-life is 40 minutes. It was sold in 2017.",
        "A half-life of 20 to 50 minutes.",
    )
    assert grouped(*texts) == grouped(*texts)

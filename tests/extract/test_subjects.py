"""Tests for factcheck.extract.subjects: which mentions share a subject and which do not."""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects import VocabularySubject


def subjects(text: str, vocabulary: tuple[VocabularySubject, ...] = ()) -> list[str]:
    return [d.subject.id for d in draft_claims("doc", text, vocabulary)]


def test_typical_dose_ranges_share_a_subject_across_phrasings() -> None:
    phrasings = [
        "When used in much lower doses, typically between 1.5 mg and 4.5 mg, it acts differently.",
        "In very small amounts (about 0.5–4.5 mg) it acts another way.",
        "Given in small doses, though, usually from 1.5 mg to 4.5 mg each day, it differs.",
        "Taken in a far smaller quantity, most often somewhere from 1.5 mg up to 4.5 mg, it works.",
    ]
    found = {subject for text in phrasings for subject in subjects(text)}
    assert len(found) == 1


def test_standard_dose_is_apart_from_typical_dose() -> None:
    text = (
        "For addiction the ordinary daily dose is anywhere from 50 mg to 100 mg. "
        "Low doses are usually from 0.5 mg to 4.5 mg a day."
    )
    standard, typical = subjects(text)
    assert standard != typical


def test_fibromyalgia_measures_get_different_subjects() -> None:
    text = (
        "### Fibromyalgia\n\nIn trials where people with fibromyalgia took 4.5 mg every day:\n\n"
        "- pain scores fell by 30% on average\n\n"
        "In the newer study, 57% of fibromyalgia patients had a significant drop in pain, and 70% "
        "of the patients reported that their pain symptoms had improved.\n"
    )
    ids = subjects(text)
    mean_reduction, responders, improved = ids[1:]
    assert len({mean_reduction, responders, improved}) == 3
    assert all("fibromyalgia" in subject for subject in ids[1:])


def test_placebo_arm_is_apart_from_drug_arm() -> None:
    text = "Pain fell by 30% on LDN. Pain fell by 12% in the placebo group."
    drug, placebo = draft_claims("doc", text)
    assert drug.subject.id != placebo.subject.id
    assert placebo.subject.context == {"arm": "placebo"}
    assert drug.subject.context == {}


def test_comparison_with_placebo_is_not_the_placebo_arm() -> None:
    [draft] = draft_claims("doc", "Pain fell by 30% compared with placebo.")
    assert draft.subject.context == {}


def test_condition_comes_from_the_heading_when_the_sentence_has_none() -> None:
    text = "**Crohn's disease**\nTwo crossover trials showed benefit.\n"
    assert subjects(text) == ["count-crohn-trials"]


def test_declared_vocabulary_wins_when_key_words_match() -> None:
    vocabulary = (
        VocabularySubject("ldn-typical-daily-dose", "Typical daily LDN dose", "dose", ("typical",)),
        VocabularySubject("ldn-start-dose", "Starting dose", "dose", ("start",)),
        VocabularySubject("trial-weeks", "Trial length", "duration", ("trial",)),
    )
    text = "It is typically between 1.5 mg and 4.5 mg. Most people start on 1.5 mg per day."
    assert subjects(text, vocabulary) == ["ldn-typical-daily-dose", "ldn-start-dose"]


def test_vocabulary_of_another_dimension_is_not_used() -> None:
    vocabulary = (VocabularySubject("trial-weeks", "Trial length", "duration", ("trial",)),)
    [subject] = subjects("The trial used 4.5 mg.", vocabulary)
    assert subject != "trial-weeks"


def test_unit_words_and_lower_case_acronyms_are_not_conditions() -> None:
    [timeout] = draft_claims("doc", "The request timeout is 200 ms by default.")
    assert timeout.subject.condition == ""
    [ms] = draft_claims("doc", "In MS, 99% of 400 patients had fewer attacks.")[:1]
    assert ms.subject.condition == "ms"

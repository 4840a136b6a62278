"""Tests for the grouping rules that join one quantity restated in other words or values."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.similarity import _agree
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.subjects.paraphrase import canonical
from factcheck.values.amount import Amount
from tests.common import UNITS, WORDS


def grouped(*texts: str) -> list[list[str]]:
    documents = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    return [[d.subject.id for d in doc.drafts] for doc in consolidate(documents, UNITS)]


def test_generic_measurement_words_meet_their_synonyms() -> None:
    assert canonical("eased") == canonical("relief") == canonical("improved") == "relief"
    assert canonical("fell") == canonical("reduced") == "reduce"
    assert canonical("users") == canonical("use")
    assert canonical("insomnia") is None


def test_a_synonym_is_a_word_in_common() -> None:
    # Only "relief"/"eased" and "peak"/"strongest" link the wording of the two documents.
    a, b = grouped(
        "Most people feel relief within 20 to 30 minutes of a tablet.",
        "Pain is usually eased within 20 to 30 minutes after swallowing it.",
    )
    assert a == b


def test_the_same_amount_joins_on_a_single_word_in_common() -> None:
    a, b = grouped(
        "Stomach upset affects roughly 15% of regular users.",
        "Indigestion is reported by about 15 percent of people who use it regularly.",
    )
    assert a == b


def test_the_same_amount_with_no_word_in_common_stays_apart() -> None:
    a, b = grouped(
        "Stomach upset affects roughly 15% of regular users.",
        "The shop raised its prices by 15% last spring.",
    )
    assert a != b


def test_a_figure_inside_a_range_joins_it_on_fewer_words() -> None:
    a, b = grouped(
        "Blood levels peak after 1 to 2 hours, then the drug is cleared.",
        "The effect is strongest around 90 minutes after a tablet.",
    )
    assert a == b


def test_a_figure_outside_the_range_needs_the_usual_words() -> None:
    a, b = grouped(
        "Blood levels peak after 1 to 2 hours, then the drug is cleared.",
        "The effect is strongest around 5 hours after a tablet.",
    )
    assert a != b


def test_agreeing_values() -> None:
    assert _agree(Amount(5400.0, 5400.0, "second"), Amount(3600.0, 7200.0, "second"))
    assert _agree(Amount(36.0, 36.0, "%"), Amount(32.0, 32.0, "%"))
    # An end of a range is often a different quantity: one 200 mg tablet of a 200-400 mg dose.
    assert not _agree(Amount(2e-4, 2e-4, "kilogram"), Amount(2e-4, 4e-4, "kilogram"))
    assert not _agree(Amount(36.0, 36.0, "%"), Amount(18.0, 18.0, "%"))
    assert not _agree(Amount(36.0, 36.0, "%"), Amount(36.0, 36.0, "second"))


@given(st.floats(0.1, 1e6), st.floats(0.1, 1e6))
def test_agreement_is_symmetric(x: float, y: float) -> None:
    assert _agree(Amount(x, x, "%"), Amount(y, y, "%")) == _agree(
        Amount(y, y, "%"), Amount(x, x, "%")
    )
    low, high = min(x, y), max(x, y)
    middle = (low + high) / 2
    if low < middle < high:
        assert _agree(Amount(middle, middle, "%"), Amount(low, high, "%"))


def test_near_figures_of_older_adults_and_adults_aged_over_55_join() -> None:
    a, b = grouped(
        "In one trial, 36% of older adults on melatonin rated their sleep as improved.",
        "In a trial of adults aged 55 and over, 32% of those taking melatonin reported better "
        "sleep.",
    )
    assert a[-1] == b[-1]


def test_children_and_adults_stay_apart_with_the_same_words() -> None:
    a, b = grouped(
        "In one trial, 36% of children on melatonin rated their sleep as improved.",
        "In one trial, 36% of adults on melatonin rated their sleep as improved.",
    )
    assert a != b


def test_gestation_names_pregnancy() -> None:
    a, b = grouped(
        "Avoid it from 20 weeks of pregnancy onwards.",
        "Regulators advise against use beyond 20 weeks of gestation.",
    )
    assert a == b
    c, d = grouped(
        "Avoid it from 20 weeks of gestation onwards.",
        "Adults should avoid it for 20 weeks after surgery.",
    )
    assert c != d


def test_times_higher_is_a_ratio_and_times_a_week_a_count() -> None:
    [higher] = find_mentions("The risk is about 4 times higher in daily users.", WORDS)
    [likely] = find_mentions("Bleeding is around four times as likely.", WORDS)
    [weekly] = find_mentions("Take it 2 times per week.", WORDS)
    assert (higher.dimension, higher.value) == ("ratio", "~4")
    assert likely.dimension == "ratio"
    assert (weekly.dimension, weekly.noun) == ("count", "times")


def test_a_multiple_written_two_ways_joins() -> None:
    a, b = grouped(
        "Daily use makes stomach bleeding about 4 times more likely.",
        "Daily use makes gastrointestinal bleeding about fourfold more likely.",
    )
    assert a == b


def test_a_short_answer_reads_the_words_of_its_question() -> None:
    [answer] = draft_claims(
        "faq", "How long does the drug stay in the body?\nAbout 40 minutes.", WORDS
    )
    assert {"drug", "bodi", "stay"} <= set(answer.subject.context_words)  # Snowball stems
    [statement] = draft_claims("faq", "The drug is sold in shops.\nAbout 40 minutes.", WORDS)
    assert "drug" not in statement.subject.context_words


def test_a_figure_about_babies_joins_one_about_children() -> None:
    a, b = grouped(
        "Children from 3 months old can take the liquid form.",
        "Babies can have the liquid form from the age of 3 months.",
    )
    assert a == b
    c, d = grouped(
        "Teenagers can take the liquid form for 3 months.",
        "Babies can have the liquid form for 3 months.",
    )
    assert c != d

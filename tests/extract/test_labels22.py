"""Labels that read like a person wrote them (labels22): no dangling word at a label's end, a
year "since" which a clause holds as the year from which it does, and no lone fragment."""

from __future__ import annotations

import pytest

from benchmarks.labels_eval import degenerate, named
from tests.extract.test_naming import labels


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a year "since" which the clause holds: the year from which it does (was "... since")
        ("Harbourline has run ferries across the estuary since 2009.", "2009",
         "Year from which harbourline has run ferries across the estuary"),
        ("The bakery has sold rye bread since 1987.", "1987",
         "Year from which the bakery has sold rye bread"),
        # an adverb that ends the phrase is dropped (was "Water change straight away")
        ("Do a 30% water change straight away.", "30%", "Water change"),
        # a particle ends its verb's phrase and stays; so does "alone" after its noun
        ("The loaf bakes with the lid on for 20 minutes.", "20 minutes",
         "Time the loaf bakes with the lid on"),
        ("Her restoration alone took 14 months.", "14 months", "Time her restoration alone took"),
    ],
)  # fmt: skip
def test_labels_end_on_what_they_name(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


def test_a_lone_adverb_is_no_label() -> None:
    """The adverb "Instead" (was the label of "£80") names nothing: the key words name the figure."""
    assert labels("The charge is £50 instead of £80.")["£80"] == "Charge money"


@pytest.mark.parametrize(
    ("label", "why"),
    [
        ("Length of far", "dangling"),
        ("Long", "one-word"),
        ("Anyone", "one-word"),
        ("Reviewed duration", "bare-verb"),
        ("Set year", "bare-verb"),
        ("Changed year", "bare-verb"),
        ("Time people aged", "dangling"),
        ("Share stocks fall", "dangling"),
        ("Size the default size limit for single files was raised", "clause"),
        ("Mapforge.yaml for mapforge", "file"),
        ("Company's first hosepipe ban since", "dangling"),
        ("Time of day: website took", "clause"),
        ("Whether access full card numbers", "clause"),
        ("Default concurrency", ""),
        ("Exit code for partial backup", ""),
        ("Number of puffs for asthma", ""),
        ("Temperature of the overnight low", ""),
        ("Time the test suite takes", ""),
        ("Share of MS patients with fewer relapses", ""),
    ],
)
def test_the_benchmark_tells_degenerate_labels(label: str, why: str) -> None:
    assert degenerate(label) == why


def test_the_benchmark_reads_the_gold_name_by_stems() -> None:
    assert named("Maximum number of lozenges a day", "max-lozenges-per-day")
    assert not named("Default concurrency", "cold-daily-dose")

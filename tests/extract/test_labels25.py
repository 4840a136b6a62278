"""Subject labels a person would write (labels25): a one-word or key-word label gets the noun
phrase the figure's clause measures, on sentences of the development corpora."""

from __future__ import annotations

import pytest

from benchmarks.labels_eval import degenerate
from tests.extract.test_naming import labels


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # an elapsed time since a release named by its number (were "Duration")
        ("The project started as a script for a camera club website and grew from there. "
         "Version 2.0 came out three years ago.", "three years", "Time since version 2.0 came out"),
        ("Version 2 came out five years ago and now receives security fixes only.", "five years",
         "Time since version 2 came out"),
        ("The current 3.x series has been stable since 3.0, released a year and a half ago.",
         "a year and a half", "Time since 3.0 was released"),
        ("The 3.0 release, which came out more than two years ago, was the first one we would "
         "call stable for outside users.", "more than two years",
         "Time since the 3.0 release came out"),
        ("Snapback 1.0 came out almost seven years ago.", "almost seven years",
         "Time since Snapback 1.0 came out"),
        # a distance "away": what was seen so far away, or the distance to a thing (were
        # "Length", "Length of the nearest dock")
        ("The fireball was seen as far as 400 km away, and the sonic boom was heard up to 60 km "
         "from the track.", "400 km", "Distance the fireball was seen"),
        ("In the suburbs the nearest dock can still be 1.5 km away.", "1.5 km",
         "Distance to the nearest dock"),
        # a further span: the time of what is carried on (was "Further")
        ("Once your haemoglobin is normal, then carry on for a further three months to refill "
         "your stores.", "three months", "Time to carry on"),
        # a duty told in the passive, as what to do (was "Geological survey")
        ("Under national law, a meteorite belongs to the owner of the land where it falls, but "
         "every find must be reported to the geological survey within 14 days.", "within 14 days",
         "Time to report a find to the geological survey"),
        # "weighs": the weight of the thing (was "Amount Mrs Varga's barn weighs")
        ("The piece in Mrs Varga's barn weighs 1.4 kg and is the largest found so far.", "1.4 kg",
         "Weight of the piece in Mrs Varga's barn"),
        # a counted noun without the verb the figure's words ran on into
        ("The default of 10 candidates suits a pick list in a user interface.",
         "10 candidates suits", "Number of candidates"),
        ("The default of 256 characters fits even long postal addresses.",
         "256 characters fits", "Number of characters"),
        # a one-word measure with the thing that has it (were "Capacity", "U-value", "Warranty")
        ("The new ground will have a capacity of 45,000.", "45,000", "Capacity of the new ground"),
        ("Single glazing typically has a U-value of about 2.3 W/m²K.", "about 2.3 W/m²K",
         "U-value of single glazing"),
        ("Replacement batteries carry a 12-month warranty.", "12-month",
         "Warranty of replacement batteries"),
        # whose age a bare figure is (were "Number", "Duration", "Customers")
        ("Q: I'm 27 and I wear lenses every day.", "27", "Age of the writer"),
        ("Q. I'm a drummer, 27, and my ears ring after every gig.", "27", "Age of the writer"),
        ("In patients older than 65, use the lowest dose.", "older than 65", "Age of patients"),
        ("Do not sell creatine supplements to customers under 18.", "under 18",
         "Age of customers"),
        # a figure in brackets says the same quantity again: the label of the one before it
        ("Preheat the oven thoroughly at 230 °C (450 °F).", "450 °F", "Temperature of the oven"),
    ],
)  # fmt: skip
def test_labels_name_what_the_clause_measures(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a plural noun after a plural is a compound, not a verb, before no object
        ("We saw 12 sales reps.", "12 sales reps", "Number of sales reps"),
        # a time is no age
        ("I was 5 minutes late.", "5 minutes", "Late duration"),
        # a pronoun names no owner
        ("It has a capacity of 40,000.", "40,000", "Capacity"),
        # a year "since" which a clause holds keeps its reading (labels22)
        ("The bakery has sold rye bread since 1987.", "1987",
         "Year from which the bakery has sold rye bread"),
    ],
)  # fmt: skip
def test_labels_left_as_they_were(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


@pytest.mark.parametrize(
    ("label", "why"),
    [
        ("Time since version 2.0 came out", ""),
        ("Time to carry on", ""),
        ("Time the loaf bakes with the lid on", "dangling"),
        ("Length of far", "dangling"),
    ],
)
def test_a_phrasal_verbs_particle_is_no_dangling_word(label: str, why: str) -> None:
    """A particle right after its verb ends the verb's phrase ("came out", "carry on")."""
    assert degenerate(label) == why

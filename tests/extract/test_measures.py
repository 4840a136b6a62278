"""Tests for factcheck.extract.grouping.measures: phrases of one idea that say what a figure
measures, and the figures of different documents they put under one subject."""

from __future__ import annotations

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.measures import measures
from tests.common import UNITS, WORDS


def subjects(*texts: str) -> list[dict[str, str]]:
    """Per document, each mention's text and its subject id after grouping."""
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    return [{d.mention.text: d.subject.id for d in doc.drafts} for doc in consolidate(docs, UNITS)]


def measure(sentence: str, figure: str) -> str:
    at = sentence.index(figure)
    return measures(sentence, [(at, at + len(figure))])[0]


def test_phrases_of_one_idea_name_one_measure() -> None:
    assert measure("Well-kept neon tetras typically live 5 to 8 years.", "5 to 8 years") == (
        "lifespan"
    )
    assert measure("Their life expectancy is 3 years.", "3 years") == "lifespan"
    assert measure("The opening comes three years later than first planned.", "three years") == (
        "delay"
    )
    assert measure("The opening is also two years behind schedule.", "two years") == "delay"
    assert measure("Apply it 15 to 30 minutes before you go outside.", "15 to 30 minutes") == (
        "before-going-out"
    )
    assert measure("Put it on a full hour before you head out.", "hour") == "before-going-out"
    assert measure("Once opened, use it within 12 months.", "12 months") == "opened-keeps"
    assert measure("An opened bottle is good for two years.", "two years") == "opened-keeps"
    assert measure("Most people load for 5 to 7 days.", "5 to 7 days") == "loading-phase"


def test_look_alikes_name_no_measure() -> None:
    # A difference of a lifespan is not a lifespan.
    assert measure("The lean dogs lived 1.8 years longer on average.", "1.8 years") == ""
    # Where something lives, and a phrase far from the figure.
    assert measure("A betta can live happily in 20 litres.", "20 litres") == ""
    far = "It took 3 weeks to set up the tank, and the fish we bought last spring still live."
    assert measure(far, "3 weeks") == ""
    # "every" before no number says no interval.
    redelivered = "The task is redelivered after 60 seconds, so every task runs at least once."
    assert measure(redelivered, "60 seconds") == ""


def test_two_documents_figures_of_one_phrased_measure_are_one_quantity() -> None:
    release, courier = subjects(
        "The line opens on Monday. The opening comes three years later than first planned.\n",
        "Residents are tired of the works. The opening is also two years behind schedule.\n",
    )
    assert release["three years"] == courier["two years"]


def test_a_document_with_two_figures_of_one_measure_joins_neither() -> None:
    # One lifespan each: one quantity.
    guide, sheet = subjects(
        "Kept well, the fish live 5 to 8 years.\n", "In a tank they can live 2 years.\n"
    )
    assert guide["5 to 8 years"] == sheet["2 years"]
    # The care sheet gives two lifespans (in the wild, in a tank): which one the guide's states
    # is not for a phrase to say.
    guide, sheet = subjects(
        "Kept well, the fish live 5 to 8 years.\n",
        "In the wild a neon tetra lives about one year. In a tank they can live 2 years.\n",
    )
    assert guide["5 to 8 years"] not in {sheet["about one year"], sheet["2 years"]}


def test_counts_beside_a_phrase_stay_apart() -> None:
    news, blog = subjects(
        "In earlier research 48 dogs were followed for their whole lives.\n",
        "A study of 12 popular breeds found lean dogs lived longer.\n",
    )
    assert news["48 dogs"] != blog["12 popular breeds"]


def test_a_phrase_speaks_of_the_nearest_figure() -> None:
    sentence = "I've kept neons for twenty years and they usually live only 2 to 3 years."
    kept, lives = sentence.index("twenty years"), sentence.index("2 to 3 years")
    spans = [(kept, kept + len("twenty years")), (lives, lives + len("2 to 3 years"))]
    assert measures(sentence, spans) == ["", "lifespan"]
    # Where fish live is no lifespan, however close a duration stands.
    assert measure("Neons live happily in a tank for 3 years.", "3 years") == ""


def test_how_long_something_was_closed_is_one_measure_in_any_verb() -> None:
    assert measure("The channel was closed for 52 hours in total.", "52 hours") == "closure"
    shut = "The Merritt River shipping channel was shut for more than three days after the ship"
    assert measure(shut, "three days") == "closure"
    assert measure("Rail services were suspended for two weeks.", "two weeks") == "closure"
    assert measure("The bridge stayed closed for 10 days.", "10 days") == "closure"
    assert measure("The motorway faces a 48-hour closure this weekend.", "48-hour") == "closure"
    assert measure("The shutdown lasted 3 days.", "3 days") == "closure"
    # What a closure caused or cost is no length of it.
    caused = "Forwarders said the closure had added between two and four days to transit times."
    assert measure(caused, "two and four days") == ""
    assert measure("The port loses 1.1 million euros a day while it is closed.", "a day") == ""
    assert measure("The shop opens for 8 hours a day.", "8 hours") == ""


def test_two_pages_lengths_of_one_closure_are_one_quantity() -> None:
    wire, tv = subjects(
        "The ship was refloated on Thursday. The channel was closed for 52 hours in total.\n",
        "Tugs freed the vessel. The shipping channel was shut for more than three days after the"
        " ship ran aground.\n",
    )
    assert wire["52 hours"] == tv["more than three days"]


def test_how_often_something_is_done_again_is_one_measure_in_any_verb() -> None:
    assert measure("Reapply every two hours.", "two hours") == "interval"
    assert measure("Replace the lens case at least every 3 months.", "3 months") == "interval"
    assert measure("Buy a new case every six months; they are cheap.", "six months") == "interval"
    assert measure("Trams will run every 6 minutes at peak times.", "6 minutes") == "interval"
    assert measure("Service the boiler once every 12 months.", "12 months") == "interval"


def test_two_pages_only_intervals_are_one_quantity_but_not_a_page_of_two() -> None:
    leaflet, column = subjects(
        "Caring for your lenses. Swap the storage pot for a fresh one at least every 3 months.\n",
        "Cases get grubby. Buy a new case every six months; they are cheap.\n",
    )
    assert leaflet["at least every 3 months"] == column["six months"]
    # A timetable of two intervals (peak, off-peak): which one the other page gives is not for
    # "every" to say.
    release, radio = subjects(
        "Trams will run every 6 minutes at peak times and every 10 minutes off-peak.\n",
        "During the rush there will be a tram every 8 minutes in each direction.\n",
    )
    assert radio["8 minutes"] not in {release["6 minutes"], release["10 minutes"]}


def test_the_gap_between_two_things_taken_is_one_measure_in_any_words() -> None:
    after = "Take the probiotic at least two hours after each antibiotic dose."
    assert measure(after, "two hours") == "gap"
    between = "Leave a gap of four hours between the antibiotic and the probiotic."
    assert measure(between, "four hours") == "gap"
    assert measure("Take two readings one minute apart.", "one minute") == "gap"
    assert measure("Space the doses 8 hours apart.", "8 hours") == "gap"
    # How long to carry on after the course, or a wait before a meal, is no gap.
    assert measure("Carry on for one week after the course ends.", "one week") == "continuation"
    assert measure("Eat within 30 minutes of waking.", "30 minutes") == ""


def test_two_pages_gaps_are_one_quantity() -> None:
    guide, column = subjects(
        "With antibiotics. Take the probiotic at least two hours after each antibiotic dose.\n",
        "My advice. Leave a gap of four hours between the two medicines.\n",
    )
    assert guide["at least two hours"] == column["four hours"]


def test_how_long_an_effect_lasts_after_a_dose_is_no_gap() -> None:
    effect = "Hepcidin shuts the door on iron absorption for about a day after each dose."
    assert measure(effect, "about a day") == ""


def test_how_long_before_using_the_same_thing_again_is_one_measure() -> None:
    leaflet = "Use a different site each day and don't use the same spot again for 7 days."
    assert measure(leaflet, "7 days") == "reuse"
    blog = "You can go back to the same patch of skin after three days."
    assert measure(blog, "three days") == "reuse"
    assert measure("Wait a week before reusing the cloth.", "a week") == "reuse"
    # A span with no second use in it is no such wait.
    assert measure("Wear each patch for 24 hours, then change it.", "24 hours") == ""


def test_two_pages_waits_before_reuse_are_one_quantity() -> None:
    leaflet, blog = subjects(
        "Where to put it. Don't use the same spot again for 7 days.\n",
        "Move it around. You can go back to the same patch of skin after three days.\n",
    )
    assert leaflet["7 days"] == blog["three days"]


def test_how_long_to_carry_on_is_one_measure_and_no_retention() -> None:
    guide = "Keep going for one week after the final antibiotic dose."
    assert measure(guide, "one week") == "continuation"
    column = "Carry on for a fortnight after the course ends."
    assert measure(column, "a fortnight") == "continuation"
    assert measure("The longer group stayed on patches for four months.", "four months") == (
        "continuation"
    )
    assert measure("Do not use zinc lozenges for more than 14 days in a row.", "14 days") == (
        "continuation"
    )
    # Data kept for a time is still retention; a span with no carrying on is neither.
    assert measure("Cached results are kept for 30 days.", "30 days") == "retention"
    assert measure("The logs keep entries for 90 days.", "90 days") == "retention"
    assert measure("Rest for five minutes before the first reading.", "five minutes") == ""


def test_two_pages_spans_of_carrying_on_are_one_quantity() -> None:
    guide, column = subjects(
        "After antibiotics. Keep going for one week after the final antibiotic dose.\n",
        "When to stop. Carry on for a fortnight after the course ends.\n",
    )
    assert guide["one week"] == column["a fortnight"]

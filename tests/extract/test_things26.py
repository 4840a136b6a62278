"""The measures of one physical thing and a named study's size (things26): a mass outside a
medicine is a weight, never a dose; "N years old" of a living thing is an age, never a time ago;
one measure (length, weight, age) of the thing a story is about joins across pages whatever
word a page calls it by, and a species' general figure stays apart; a named study's size joins
across pages by the study's name."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import story
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.subjects.trials import enrolled
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 5, 4, 12, 0, tzinfo=datetime.UTC).timestamp()


def mention(text: str, figure: str) -> tuple[str, str, str]:
    """The mention starting with ``figure``: its dimension, unit and low..high."""
    for found in find_mentions(text, WORDS):
        if found.text.startswith(figure):
            amount = found.amount
            return found.dimension, amount.unit, f"{amount.low:g}-{amount.high:g}"
    raise AssertionError(f"{figure!r} not read in {text!r}")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The seal, an old bull thought to weigh 300 kg, hauled out on the slipway.", "300 kg"),
        ("The barge, laden with 1,200 tonnes of gravel, ran aground.", "1,200 tonnes"),
        ("My nephew was born weighing 8 pounds.", "8 pounds"),
        ("The rock weighed 640 grams when it was found.", "640 grams"),
        ("Only the 540-gram main mass was kept by the museum.", "540-gram"),
        ("The powder comes in a 750 g tub with a scoop.", "750 g"),
    ],
)
def test_a_mass_outside_a_medicine_is_a_weight(sentence: str, figure: str) -> None:
    assert mention(sentence, figure)[0] == "mass"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Take 400 mg with food, no more than three times a day.", "400 mg"),
        ("A scoop holds 5 g of powder.", "5 g"),
        ("Each tablet contains 250 micrograms.", "250 micrograms"),
        ("Swallow one 200 mg tablet.", "200 mg"),
    ],
)
def test_a_dose_stays_a_dose(sentence: str, figure: str) -> None:
    assert mention(sentence, figure)[0] == "dose"


@pytest.mark.parametrize(
    ("sentence", "figure", "low_high"),
    [
        ("The dolphin, a young female, is believed to be about 6 years old.", "about 6", "6-6"),
        ("Ponies had to be at least 4 years old to enter.", "at least 4", "4-4"),
        ("Keepers said it was a young seal of perhaps two or three.", "two or three", "2-3"),
    ],
)
def test_years_old_of_a_living_thing_is_an_age(sentence: str, figure: str, low_high: str) -> None:
    assert mention(sentence, figure) == ("age", "year_of_age", low_high)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The lighthouse keeper's cottage, now 120 years old, is for sale.", "120 years"),
        ("Vans more than 8 years old must be tested every year.", "more than 8 years"),
        ("This advice is nearly twenty years old.", "nearly twenty years"),
    ],
)
def test_years_old_of_a_made_thing_stays_a_time(sentence: str, figure: str) -> None:
    assert mention(sentence, figure)[0] == "duration"


def test_a_young_team_of_twelve_is_no_age() -> None:
    assert all(m.dimension != "age" for m in find_mentions("A young team of 12 went.", WORDS))


@pytest.mark.parametrize(
    ("sentence", "figure", "noun", "measure"),
    [
        ("The seal, which measured 2.4 metres from nose to tail, was calm.", "2.4", "seal", "length"),
        ("The creature, nearly 3 metres long, lay on the sand.", "nearly 3", "creature", "length"),
        ("The tower, 84 metres tall, was lit up.", "84", "tower", "height"),
    ],
)  # fmt: skip
def test_the_thing_a_measure_is_said_of(
    sentence: str, figure: str, noun: str, measure: str
) -> None:
    text = f"{sentence} Later the {noun} was seen again."
    found = next(m for m in find_mentions(text, WORDS) if m.text.startswith(figure))
    span = (0, len(sentence))
    assert story.said_of(text, found.span, span) == noun
    assert story.measure_of(text, found.span, found.dimension) == measure


def test_a_general_word_stands_for_the_pages_animal() -> None:
    text = "A seal was found. The seal was tired. The animal rested."
    assert story.thing_key("animal", story.page_thing(text)) == "seal"
    assert story.thing_key("ships", "") == story.thing_key("vessel", "") == "vessel"


def test_a_species_general_figure_gets_its_class() -> None:
    sentence = "By contrast, adult walruses can weigh 1,500 kg and reach 3.5 metres in length."
    drafts = draft_claims("doc", sentence, WORDS)
    assert {d.mention.text: d.subject.context.get("class") for d in drafts} == {
        "1,500 kg": "adult walruses",
        "3.5 metres": "adult walruses",
    }


def test_what_a_class_does_gives_no_class_to_a_things_measure() -> None:
    # Visitors climb aboard: the 62 feet are one boat's, not a figure of visitors in general.
    sentence = "Visitors can climb aboard the Morwenna, the 62-foot fishing lugger, all summer."
    drafts = draft_claims("doc", sentence, WORDS)
    assert [d.subject.context.get("class") for d in drafts if d.mention.text == "62-foot"] == [None]


_SEAL = {
    "paper.md": "# Seal on the slipway\n\nThe seal, which measured 2.4 metres from nose to "
    "tail, was found by a fisherman. The seal is believed to be about 9 years old. By "
    "contrast, adult grey seals can reach 3 metres in length.\n",
    "radio.md": "# A seal comes ashore\n\nThe animal, nearly 2 metres long, lay on the slipway "
    "all morning while the seal rescue team arrived. Keepers said it was a young seal of "
    "perhaps two or three.\n",
}


def test_one_measure_of_the_storys_animal_conflicts(tmp_path: Path) -> None:
    conflicts = conflicting_values(extract_and_check(tmp_path, _SEAL, stamp=_STAMP)[1])
    assert ("2.4 m", "~2 m") in conflicts
    assert ("2-3 years old", "~9 years old") in conflicts
    # The species' general figure never meets this seal's.
    assert not any("3 m" in pair for pair in conflicts)


def test_the_sizes_of_one_named_study_conflict(tmp_path: Path) -> None:
    docs = {
        "blog.md": "# Our verruca story\n\nThe Tallon study, published in 2019, followed 180 "
        "children and adults with verrucas.\n",
        "leaflet.md": "# Verrucas\n\nThe Tallon study is the biggest trial of verruca "
        "treatments. It compared tape and freezing in 260 patients.\n",
    }
    assert ("180", "260") in conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1])


@pytest.mark.parametrize(
    ("sentence", "figure", "size"),
    [
        ("The Tallon study followed 180 children with verrucas.", "180", True),
        ("The walk followed 12 signposts.", "12", False),
        ("The study looked at costs in 40 clinics.", "40", False),
    ],
)
def test_a_studys_size_in_other_words(sentence: str, figure: str, size: bool) -> None:
    start = sentence.index(figure)
    assert enrolled(sentence, (start, start + len(figure) + 9), (0, len(sentence))) is size

"""Round 25's faults of reading and context, mended after its scoring (session 25): units every
news or software page writes that the finder did not read ("1,081 kilos" was a count of a thing
called kilos, "his 2,444-pound pumpkin" a bare number, "85 out of 100 patients" the number 85,
"80 MB per second" a size), "a 61-year-old retired bus driver" a time 61 years ago (the bus made
a made thing's age of it), a name with digits taken for another figure, a label line's change,
and the reader's case that opens a sentence (docs/extract.md, "Round 25's faults")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions.ages import said_as_age
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.news import with_directions
from factcheck.extract.mentions.units import Unit
from factcheck.extract.subjects.contexts import readers_case
from tests.common import WORDS, conflicting_values, extract_and_check


def read(text: str) -> list[tuple[str, str]]:
    """(surface text, draft value) of every mention in ``text``."""
    return [(m.text, m.value) for m in find_mentions(text, WORDS)]


def values(text: str) -> list[str]:
    return [value for _, value in read(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A giant pumpkin weighing 1,081 kilos set a new record.", ["1081 kg"]),
        ("beating the previous best by almost 40 kilos", ["~40 kg"]),
        ("She lost a kilo in a week.", ["1 week"]),  # "a kilo" is no figure; "a week" is
        ("He bought 2 kilo of apples.", ["2 kg"]),
        # "-pound" before what it weighs is a weight...
        ("He weighed his 2,444-pound pumpkin on Saturday.", ["2444 lb"]),
        ("Anglers landed a 300-pound marlin off the point.", ["300 lb"]),
        # ... and money before what a pound buys or pays
        ("She found a 20-pound note on the pavement.", ["20"]),
        ("Tickets cost a 5-pound fee at the gate.", ["5"]),
        ("rowwright parses around 80 MB per second with validation off", ["~80 MB/s"]),
        ("Backups stream at 2 GB a second over the internal link.", ["2 GB/s"]),
        ("The disk holds 80 MB and no more.", ["80 MB"]),
    ],
)
def test_units_of_news_and_software_pages(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cautery stopped the bleeding in 85 out of 100 patients.", ["85%"]),
        ("Three out of four readers agreed.", ["75%"]),
        ("one out of every five adults", ["20%"]),
        ("Roughly 7 in 10 nosebleeds start at the front", ["~70%"]),
    ],
)
def test_n_out_of_m_is_a_share_as_n_in_m_is(text: str, expected: list[str]) -> None:
    assert values(text) == expected


_YEAR = Unit("year", "duration")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Jorrit Albersma, a 61-year-old retired bus driver from Lindewoude, won", True),
        ("a 40-year-old boat builder from the coast", True),
        ("the 50-year-old tower keeper retired", True),
        ("The 68-year-old farmer said", True),
        # a made thing's years date its making, as before
        ("the 12-year-old vessel after the storm", False),
        ("the 90-year-old bridge collapsed", False),
        ("the 30-year-old cargo freighter sank", False),
    ],
)
def test_a_hyphenated_age_before_a_trade_is_a_persons(text: str, age: bool) -> None:
    hyphen = text.index("-year")
    start = text.rfind(" ", 0, hyphen) + 1
    assert said_as_age(text, start, hyphen + len("-year"), _YEAR) is age


def test_a_persons_hyphenated_age_is_an_age_not_a_time_ago() -> None:
    text = (
        "Jorrit Albersma, a 61-year-old retired bus driver from the farming village of "
        "Lindewoude, broke a national record that had stood since 2021."
    )
    assert values(text)[0] == "61 years old"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Rating: 4 out of 5**", ["4"]),
        ("Average pain scores fell to 3.1 out of 10 with treatment", ["3.1"]),
        ("Critics rated it 4 out of 5 stars", ["4"]),
        ("She scored 18 out of 20 in the test", ["18"]),
    ],
)
def test_a_score_out_of_m_is_no_share(text: str, expected: list[str]) -> None:
    assert values(text)[: len(expected)] == expected


def _conflicts(tmp_path: Path, first: str, second: str) -> list[tuple[str, ...]]:
    """The values of each conflict `check` reports on two documents, zero-config."""
    _, report = extract_and_check(tmp_path, {"README.md": first, "FAQ.md": second})
    return conflicting_values(report)


def test_a_name_with_digits_is_no_other_figure_that_a_count_sizes(tmp_path: Path) -> None:
    """ "ships with 6 built-in dialects: ... `rfc4180` ..." once took the count for the size of
    another figure of its sentence (the digits of "rfc4180"), gave it a context of its own, and
    so never compared it with "eight built-in dialects"."""
    readme = (
        "# rowwright\n\nrowwright ships with 6 built-in dialects: `excel`, `unix`, `rfc4180` "
        "and `pipe`.\n"
    )
    faq = "# FAQ\n\nrowwright includes eight built-in dialects, listed on the Dialects page.\n"
    assert ("6", "8") in _conflicts(tmp_path, readme, faq)


@pytest.mark.parametrize(
    ("sentence", "case"),
    [
        (
            "If you take blood thinners such as warfarin, go to A&E if bleeding lasts more "
            "than 10 minutes.",
            "blood thinners",
        ),
        ("If you are on dialysis, the limit is 2 g a day.", "dialysis"),
        ("If you have had shingles yourself, wait at least 1 year after the rash.", "shingles"),
        # the figure's own event, any reader, or a tense: no group of readers
        ("If you have a nosebleed, pinch the nose for 10 minutes.", ""),
        ("If you have questions, call us on weekdays before 5 pm.", ""),
        ("If you have never taken magnesium before, start with 100 mg a day.", ""),
        # the case must open the sentence, before the figure
        ("Go to A&E after 10 minutes if you take blood thinners, or call 111.", ""),
    ],
)
def test_the_readers_case_that_opens_a_sentence(sentence: str, case: str) -> None:
    figure = next(i for i, c in enumerate(sentence) if c.isdigit())
    assert readers_case(sentence, (figure, figure + 2), (0, len(sentence))) == case


def test_advice_for_readers_on_blood_thinners_leaves_the_general_figure(tmp_path: Path) -> None:
    """Round 25's one false disagreement: one page's A&E threshold for readers on blood
    thinners (10 minutes) against the general one (20 minutes)."""
    clinic = (
        "# Nosebleeds\n\nGo to A&E if the bleeding lasts longer than 20 minutes despite firm "
        "pressure.\n\nIf you take blood thinners such as warfarin, go to A&E if bleeding lasts "
        "more than 10 minutes.\n"
    )
    leaflet = (
        "# After cautery\n\nGo to A&E if the bleeding lasts longer than 30 minutes despite "
        "firm pressure.\n"
    )
    conflicts = _conflicts(tmp_path, clinic, leaflet)
    assert not any("10 minutes" in pair for pair in conflicts)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a label before its colon names the figure: a gain, as "gained 19 kilos a day" is
        ("Peak growth: 25 kg per day, in early August", "up"),
        ("Weight gain: 2 kg in the first month", "up"),
        ("Revenue: EUR 412 million", ""),
        # a longer clause before the colon is a sentence of its own
        ("Note: sales fell 5% in May", "down"),
        ("The committee's verdict on the growth plan: 25 members voted for it", ""),
    ],
)
def test_a_label_line_gives_its_figure_a_direction(text: str, direction: str) -> None:
    (mention,) = with_directions(text, find_mentions(text, WORDS))
    assert mention.direction == direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 26's tenniselbow d12: a range of shares of one whole (read after its scoring)
        ("Somewhere between 1 and 3 in every 100 adults develop it each year", ["1-3%"]),
        ("It affects 2 to 3 in 100 adults", ["2-3%"]),
        ("between one and three in ten people", ["10-30%"]),
        ("1-3 in 1,000 births", ["0.1-0.3%"]),
        # a year, a span of time or a whole with a unit: no share
        ("from 5 to 10 in 2019", ["5-10", "2019"]),
        ("take 2 to 3 in 24 hours", ["2-3"]),
        ("add 2 to 3 in 100 ml of water", ["2-3", "100 mL"]),
    ],
)
def test_a_range_in_m_is_a_range_of_shares(text: str, expected: list[str]) -> None:
    assert values(text) == expected

"""A changelog's history, release series, parts of a whole, sizes and examples (issue history17).

Held-out round 14 drafted "The 1.x series used port 3000" as the figure 1, set one hospital's
count against the city's, two sizes of one benchmark against each other and two example ports
against each other. The phrasings below are written from how software documents name release
series and how news names a part of a whole, not from one corpus's lines.
"""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.subjects.contexts import flag_example, part_of, sized, told_earlier
from tests.common import WORDS


def values(text: str) -> list[str]:
    """The values of every mention drafted from ``text``."""
    return [m.value for m in find_mentions(text, WORDS)]


def span_of(text: str, figure: str) -> tuple[int, int]:
    """The span of ``figure`` in ``text``, as a word of its own."""
    at = f" {text} ".index(f" {figure}")
    return at, at + len(figure)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A release series names versions: never a figure.
        ("The 1.x series used port 3000 for the development server.", ["3000"]),
        ("The 2.x series is supported until June.", []),
        ("v3.x releases use 8 workers.", ["8"]),
        ("4.x releases ship 2 presets.", ["2"]),
        ("The 2.4.x branch had 6 workers.", ["6"]),
        ("Only 3.* builds are signed.", []),
        # ... but a figure closing a line in italics stays one: "gave the number as 1,100.*".
        ("*An earlier version gave the number of homes as 1,100.*", ["1100"]),
        ("*Brackenfield returns with 40 acts in 2027.*", ["40", "2027"]),
        ("The 0.9 line had 4 modes.", ["4"]),
        ("The 2.4 branch has 6 workers.", ["6"]),
        ("The 10.12 release line gets fixes for 18 months.", ["18 months"]),
        # ... but a figure with a point stays one, and so does a count of releases.
        ("It is 1.5 times faster.", ["1.5"]),
        ("version 2 supports 3 formats.", ["3"]),
        ("It lasted 2.5 hours.", ["2.5 hours"]),
        ("We shipped 2 releases this year.", ["2"]),
        ("Take 1.5 tablets.", ["1.5"]),
        ("It took 1.5 seconds.", ["1.5 seconds"]),
    ],
)
def test_a_release_series_is_no_figure(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "earlier"),
    [
        ("The 1.x series used port 3000 for the development server.", "3000", True),
        ("In 1.x, the default was 3.", "3.", True),
        ("The 0.9 line had 4 modes.", "4", True),
        ("v2.x releases shipped 2 presets.", "2", True),
        ("The 2.4 branch kept 6 workers.", "6", True),
        # Today's series, a requirement, or a move between series: no history.
        ("The 2.x series uses port 4000.", "4000.", False),
        ("The 2.x series is required by 3 plugins.", "3", False),
        ("Upgrading from 1.x to 2.x takes 5 minutes.", "5", False),
        ("Version 2 supports 3 formats.", "3", False),
        # A series' release date, and a figure before the series, are no history of it.
        ("The 3.x series, released 11 months ago, is current.", "11", False),
        ("It came out 8 years ago, and the 3.x series was released later.", "8", False),
        ("It is 1.5 times faster than it was.", "1.5", False),
    ],
)
def test_a_series_told_in_the_past_is_history(text: str, figure: str, earlier: bool) -> None:
    assert told_earlier(text, span_of(text, figure), (0, len(text))) is earlier


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        (
            "Marrowby Royal Infirmary alone admitted 140 patients with heat illness.",
            "140",
            "marrowby royal infirmary",
        ),
        ("The NHS alone spent 2 billion pounds.", "2", "nhs"),
        ("At one hospital, 40 patients waited overnight.", "40", "hospital"),
        ("In a single ward, 12 beds were closed.", "12", "ward"),
        ("In the north district, 40 homes flooded.", "40", "north district"),
        ("My flat faces south and it was 33 degrees in the living room.", "33", "living room"),
        ("Some 140 of them were children.", "140", "some"),
        ("412 people were admitted, including 12 children.", "12", "some"),
        ("Among them, about 30 were over 80.", "30", "some"),
        ("Two of the vehicles were recovered on Thursday.", "Two", "some"),
        ("3 of the injured were children.", "3", "some"),
        # The whole given ("24 of the 60 seats"), a share, a place "of the" something.
        ("Civic Union won 24 of the 60 seats.", "24", ""),
        ("40% of the patients improved.", "40%", ""),
        ("Ward 4 of the city was closed.", "4", ""),
        ("2 of the cases of measles were imported.", "2", ""),
        # The whole, a time, or a part word that is no part: none.
        ("Sales rose 7% in the quarter.", "7%", ""),
        ("It is the largest stadium in the region, with 45,000 seats.", "45,000 seats", ""),
        ("Hospitals in the city admitted 412 people.", "412", ""),
        ("The whole city alone admitted 400 people.", "400", ""),
        ("In July alone, 300 people died.", "300", ""),
        ("This year alone 30 people died.", "30", ""),
        ("In one day, 40 patients waited.", "40", ""),
        ("Take 2 tablets at one time.", "2", ""),
        ("It costs 20 pounds including VAT.", "20", ""),
        ("Tower blocks reached 35 degrees indoors.", "35", ""),
        ("She was not alone: 12 others joined.", "12", ""),
    ],
)
def test_a_part_of_a_whole(text: str, figure: str, part: str) -> None:
    assert part_of(text, span_of(text, figure), (0, len(text))) == part


@pytest.mark.parametrize(
    ("text", "figure", "size"),
    [
        ("On our laptop, a 10,000-page site now builds in 12 seconds.", "12", "10000 page"),
        (
            "On our laptop, a 10,000-page site now builds in 12 seconds.",
            "10,000-page",
            "10000 page",
        ),
        ("A 1,000-page site builds in 1.5 seconds.", "1.5", "1000 page"),
        ("Sites with more than 50,000 pages need about 2 GB of RAM.", "2", ">50000 page"),
        (
            "Sites with more than 50,000 pages need about 2 GB of RAM.",
            "more than 50,000",
            ">50000 page",
        ),
        ("An 8-bedroom house uses 30 kWh a day.", "30", "8 bedroom"),
        # A size alone in its sentence, a study's size, a figure before the size: none.
        ("It builds a 10,000-page site.", "10,000-page", ""),
        ("A 380-person trial found a 20% drop.", "20%", ""),
        ("It takes 12 seconds to build a 10,000-page site.", "12", ""),
        ("The heatwave was a 12-day ordeal.", "12-day", ""),
        ("Gusts of up to 60 mph fanned the flames on Wednesday.", "60 mph", ""),
    ],
)
def test_the_size_a_figure_is_measured_on(text: str, figure: str, size: str) -> None:
    assert sized(text, span_of(text, figure), (0, len(text))) == size


def test_a_size_in_a_unit_of_measure_is_the_things_own() -> None:
    text = "The Morwenna, a 25-metre fishing lugger built in 1911, is back."
    assert sized(text, span_of(text, "25-metre"), (0, len(text)), measured=True) == ""
    text = "An 8-bedroom house uses 30 kWh a day."
    assert sized(text, span_of(text, "8-bedroom"), (0, len(text))) == "8 bedroom"


@pytest.mark.parametrize(
    ("text", "figure", "example"),
    [
        (
            "Pass --port with any free port, for example quill serve --port 4001.",
            "4001.",
            "--port 4001",
        ),
        ("To use a different port, run quill serve --port 5050 instead.", "5050", "--port 5050"),
        ("Use --jobs 8, e.g. on a large machine.", "8,", "--jobs 8"),
        ("--limit-upload 2048 caps uploads at 2 MiB/s.", "2 MiB", "--limit-upload 2048"),
        # A flag's own value told as the one to use is no example.
        ("Run quill serve --port 4000 to start the server.", "4000", ""),
        ("Always pass --retries 3 in CI.", "3", ""),
    ],
)
def test_a_flag_value_told_as_an_example(text: str, figure: str, example: str) -> None:
    assert flag_example(text, span_of(text, figure), (0, len(text))) == example


CHANGELOG = """# Changelog

## 2.3.0 (2026-08-20)

- Faster builds: a 10,000-page site now builds in 12 seconds.
- Feeds now include 50 posts by default.
- Compression is now off by default.

## 2.1.0 (2025-09-15)

- The importer now handles 4 formats.

## 2.0.0 (2025-03-03)

- A 10,000-page site builds in 20 seconds.
- The 1.x series used port 3000 for the development server.
- Compression is now on by default.
"""


def test_a_changelog_figure_restated_in_a_newer_release_is_history() -> None:
    drafts = {
        (d.quote, d.mention.value): d.subject.context for d in draft_claims("c", CHANGELOG, WORDS)
    }
    newest = drafts[("page site now builds in 12 seconds", "12 seconds")]
    older = drafts[("page site builds in 20 seconds", "20 seconds")]
    assert newest == {"size": "10000 page"}
    assert older == {"size": "10000 page", "phase": "previous"}
    # A figure no newer release states again still holds; the series' port is history.
    assert drafts[("The importer now handles 4 formats", "4")] == {}
    port = drafts[("The 1.x series used port 3000 for the development server", "3000")]
    assert port.get("phase") == "previous"
    assert not any(value == "1" for _, value in drafts)


def test_a_default_changed_in_the_newest_release_is_current() -> None:
    drafts = [d for d in draft_claims("c", CHANGELOG, WORDS) if d.label in ("on", "off")]
    current = [d for d in drafts if d.subject.setting or d.subject.terms[:1] == ("default",)]
    assert [(d.label, d.subject.context.get("phase")) for d in current][:1] == [("off", None)]
    older = [d for d in drafts if d.label == "on"]
    assert older and all(d.subject.context.get("phase") == "previous" for d in older)

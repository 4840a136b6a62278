"""One quantity said in other words on different pages (issue 20's "drafted apart" misses): a
page's only figure of a rare dimension, people counted by another noun, a year-on-year change
and how long stored data is kept said in other phrases."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.measures import measures
from factcheck.extract.grouping.similarity import other_nouns
from factcheck.extract.mentions.context import words
from factcheck.extract.subjects.roles import population_of
from tests import common
from tests.common import UNITS, WORDS


def subjects(*texts: str) -> list[dict[str, str]]:
    """Per document, each mention's text and its subject id after grouping."""
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    return [{d.mention.text: d.subject.id for d in doc.drafts} for doc in consolidate(docs, UNITS)]


def conflicts(folder: Path, texts: dict[str, str]) -> list[set[str]]:
    """``factcheck extract`` then ``check --format json``, as a user runs them: each conflict's
    values (both sides)."""
    data, report = common.extract_and_check(folder, texts)
    values = {claim["id"]: claim["value"] for claim in data["claims"]}
    return [
        {values[i] for side in f["sides"] for i in side}
        for f in report["findings"]
        if f["kind"] == "conflict"
    ]


def measure(sentence: str, figure: str, dimension: str) -> str:
    at = sentence.index(figure)
    return measures(sentence, [(at, at + len(figure))], [dimension])[0]


# A page's only figure of a rare dimension.

_POST = (
    "Brackenfield drew a record crowd this weekend. The three-day event, spread across six "
    "stages on the 160-hectare site, passed off largely peacefully.\n"
)
_PRESS = (
    "Brackenfield returns to Hollins Park Farm next summer.\n\n"
    "Site: the 250-acre Hollins Park Farm, with two campsites and a family field.\n"
)
_PODIUM = "The festival takes place on 101 hectares of farmland at Hollins Park Farm.\n"


def test_each_pages_only_area_is_one_quantity() -> None:
    """Three pages that each give one area, in hectares or acres, give one site's area, though
    their sentences share no key word (160 ha against 250 acres, about 101 ha)."""
    post, press, podium = subjects(_POST, _PRESS, _PODIUM)
    assert post["160-hectare"] == press["250-acre"] == podium["101 hectares"]


def test_the_sites_areas_disagree(tmp_path: Path) -> None:
    found = conflicts(tmp_path, {"post.md": _POST, "press.md": _PRESS})
    values = found
    assert {"160 hectares", "250 acres"} in values


def test_a_page_with_two_areas_has_no_only_one() -> None:
    """The fire service's page gives this fire's area and the 1998 fire's: neither is its only
    area, so neither joins the wire's one area by that rule alone."""
    service = (
        "The fire has burned 14,200 hectares since it started.\n\n"
        "The 1998 fire in the same ranges burned 31,000 hectares over six weeks.\n"
    )
    wire = "The blaze has scorched nearly 52,000 acres of forest and farmland.\n"
    first, second = subjects(service, wire)
    assert second["nearly 52,000 acres"] not in (first["14,200 hectares"], first["31,000 hectares"])


def test_only_figures_that_do_not_all_lie_within_three_times_stay_apart() -> None:
    """Four miles of traffic on one page and a site 12 miles and 20 miles from the city on two
    others: the three pages' only distances are no one distance (4 and 12 miles alone would
    be)."""
    traffic = "Traffic backed up for four miles along the Castlemere road on Friday.\n"
    press = "The farm lies just 12 miles from Castlemere city centre.\n"
    blog = "We drove to Hollins Park Farm, around 20 miles outside Castlemere, for three days.\n"
    first, second, third = subjects(traffic, press, blog)
    assert first["four miles"] not in (second["12 miles"], third["around 20 miles"])


def test_only_figures_of_a_dimension_that_share_nothing_else_stay_apart() -> None:
    """Each page's only temperature, of two things done with hot water: soaking combs and
    washing hats share no key word, so the pair model never weighs them and the rule does not
    join them."""
    column, guide = subjects(
        "Soaking combs in water at 50°C for 5 minutes is enough to kill any lice.\n",
        "Wash pillowcases and hats at 60 °C if it makes you feel better.\n",
    )
    assert column["50°C"] != guide["60 °C"]


def test_only_figures_of_a_common_dimension_are_not_joined() -> None:
    """Counts are no rare dimension: each page's only count of homes and of stages stay apart."""
    first, second = subjects(
        "The storm destroyed 40 homes in the valley.\n",
        "The festival had 30 stages this year.\n",
    )
    assert first["40 homes"] != second["30 stages"]


# People counted by another noun.


def test_people_and_staff_are_one_headcount() -> None:
    press, markets = subjects(
        "The group employed 6,850 people at the end of the quarter.\n",
        "The chain has around 7,200 staff across its stores.\n",
    )
    assert press["6,850 people"] == markets["around 7,200 staff"]


def test_people_treated_and_festivalgoers_treated_are_one_count(tmp_path: Path) -> None:
    found = conflicts(
        tmp_path,
        {
            "press.md": "Our on-site medical team treated 410 people, the great majority for "
            "minor cuts and sprains.\n",
            "podium.md": "According to the organisers, around 600 festivalgoers were treated by "
            "medics during the weekend, most for heat exhaustion.\n",
        },
    )
    assert len(found) == 1


def test_people_are_no_other_noun_than_a_kind_of_people() -> None:
    assert not other_nouns("people", "staff")
    assert not other_nouns("festivalgoers", "people")
    assert other_nouns("people", "homes")
    assert other_nouns("visitors", "volunteers")  # two kinds of people are two counts
    assert other_nouns("journeys", "passengers")


def test_passengers_and_worker_processes_are_not_people() -> None:
    """Ridership is counted in journeys as often as in passengers, and a program's workers are
    processes: neither moves to the family of people counts."""
    release, trade = subjects(
        "The VTA forecasts 58,000 journeys per weekday once the line is established.\n",
        "The VTA forecasts 75,000 passengers each weekday once the line has bedded in.\n",
    )
    assert release["58,000 journeys"] == trade["75,000 passengers"]
    text = "Number of worker processes run in parallel. The default is 4 workers.\n"
    (workers,) = draft_claims("reference", text, WORDS)
    assert workers.subject.shape == ""
    (staff,) = draft_claims("markets", "The chain has around 7,200 staff.\n", WORDS)
    assert staff.subject.shape == "people"


# A year-on-year change and how long stored data is kept, in other phrases.


def test_year_on_year_phrases() -> None:
    assert (
        measure(
            "Revenue of EUR 412.6 million, up 7.4% on the same quarter last year.", "7.4%", "share"
        )
        == "year-on-year"
    )
    assert measure("Sales grew 4.7% from a year earlier.", "4.7%", "share") == "year-on-year"
    assert measure("Like-for-like sales rose 3% year on year.", "3%", "share") == "year-on-year"
    # The figure a year ago is no change.
    assert (
        measure(
            "Online sales made up 18% of revenue, compared with 15% a year ago.", "15%", "share"
        )
        == ""
    )
    # A span of time is no year-on-year change.
    assert measure("Sales grew from a year earlier over 3 months.", "3 months", "duration") == ""


def test_retention_phrases() -> None:
    assert measure("Cached results are kept for 30 days.", "30 days", "duration") == "retention"
    assert (
        measure(
            "Cached results older than 7 days are discarded and the files are checked again.",
            "7 days",
            "duration",
        )
        == "retention"
    )
    assert measure("Logs are retained for 90 days.", "90 days", "duration") == "retention"
    assert measure("Remove the patch after 24 hours.", "24 hours", "duration") == ""


def test_year_on_year_growth_in_other_words_disagrees(tmp_path: Path) -> None:
    """A results release and a markets report (the quarterly corpus's sentences) give the
    quarter's revenue growth in other words, beside other growth figures and shares."""
    found = conflicts(
        tmp_path,
        {
            "press.md": "- Revenue of EUR 412.6 million, up 7.4% on the same quarter last year "
            "(EUR 384.2 million).\n- Like-for-like sales growth of 3.1%.\n- Gross margin "
            "improved to 41.2% (40.5%).\n- Online sales made up 18% of revenue, compared with "
            "15% a year ago.\n\nThe board now expects full-year revenue growth of 5-7%.\n",
            "markets.md": "Revenue came in at €412.6m for the three months to September, as "
            "sales grew 4.7% from a year earlier.\n\nShares in the Malmö-based retailer rose as "
            "much as 6.2% in early trading before settling back.\n\nThe company kept its "
            "full-year guidance of 5-7% revenue growth.\n",
        },
    )
    assert {"7.4%", "4.7%"} in found
    assert not any("15%" in values for values in found)


def test_how_long_cached_results_are_kept_disagrees(tmp_path: Path) -> None:
    found = conflicts(
        tmp_path,
        {
            "reference.md": "Cached results older than 7 days are discarded and the files are "
            "checked again.\n",
            "faq.md": "Q: How long are results cached?\n\nA: Cached results are kept for 30 "
            "days. After that the file is checked again.\n",
        },
    )
    values = found
    assert {"7 days", "30 days"} in values


def test_older_than_a_few_days_is_the_figures_age_not_older_people() -> None:
    assert population_of(words("Cached results older than 7 days are discarded"), []) == ""
    assert population_of(words("adults older than 65 years"), []) == "older"
    assert population_of(words("older adults should rest for 10 days"), []) == "older"


def test_counts_of_two_kinds_of_people_are_not_joined_on_relative_evidence() -> None:
    """Both counts of people now, "about 1,200 visitors" and "1,600 volunteers" share only
    "year": each is the other's likeliest partner, but counts of two nouns are no one count on
    that evidence alone."""
    podium, press = subjects(
        "Brackenfield has quietly become a favourite with Dutch music fans. This year about 1,200 "
        "visitors from the Netherlands made the journey, many of them on the overnight ferry.\n",
        '"Thank you to our neighbours, our 1,600 volunteers and the emergency services for '
        'another safe year."\n',
    )
    assert podium["about 1,200 visitors"] != press["1,600 volunteers"]


def test_people_forced_from_their_homes_and_under_evacuation_orders_are_one_count() -> None:
    """The fire service states its count twice (a list and prose) and counts those in the
    evacuation centres too: the one value said twice is still its only count of the displaced."""
    assert (
        measure("Some 9,000 people have been forced from their homes.", "9,000 people", "count")
        == "displaced"
    )
    assert (
        measure(
            "Around 1,200 people stayed overnight in the three evacuation centres.",
            "1,200 people",
            "count",
        )
        == ""
    )
    service, foreign = subjects(
        "- Residents under evacuation orders: about 6,500\n\nAbout 6,500 residents remain under "
        "evacuation orders. Around 1,200 people stayed overnight in the three evacuation centres "
        "at Corlett, Marrin and Esk.\n",
        "Some 9,000 people have been forced from their homes, many of them in small farming "
        "villages with a single road in and out.\n",
    )
    assert foreign["Some 9,000 people"] == service["About 6,500 residents"]
    assert foreign["Some 9,000 people"] != service["Around 1,200 people"]

"""Tests for factcheck.extract.grouping.events and "N years ago" values: a year and an elapsed time
about the same event, related through the document's date."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.events import _existed
from factcheck.extract.grouping.group import consolidate
from factcheck.values.grammar import ValueSyntaxError, parse_value
from tests.common import UNITS, WORDS

LDN = Path(__file__).resolve().parents[2] / "examples" / "ldn"
_STAMP = datetime.datetime(2026, 1, 2, 12, tzinfo=datetime.UTC).timestamp()


def _extract_check(tmp_path: Path, docs: list[Path]) -> tuple[dict[str, object], dict[str, object]]:
    for doc in docs:
        os.utime(doc, (_STAMP, _STAMP))  # the file date counts where a page gives none
    claims = tmp_path / "claims.yaml"
    result = CliRunner().invoke(main, ["extract", *map(str, docs), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert checked.exit_code in (0, 1), checked.output
    return yaml.safe_load(claims.read_text(encoding="utf-8")), json.loads(checked.stdout)


def _conflicts(report: dict[str, object]) -> list[tuple[str, ...]]:
    claims = {c["id"]: c for c in report["claims"]}  # type: ignore[attr-defined]
    return [
        tuple(sorted(claims[i]["value"]["text"] for i in f["claims"]))
        for f in report["findings"]  # type: ignore[attr-defined]
        if f["kind"] == "conflict"
    ]


def test_the_seeds_internal_contradiction_is_found_zero_config(tmp_path: Path) -> None:
    shutil.copytree(LDN, tmp_path / "ldn")
    data, report = _extract_check(tmp_path, sorted((tmp_path / "ldn").iterdir()))
    pharmacy = next(s for s in data["sources"] if "pharmacy" in s["path"])  # type: ignore[index]
    assert pharmacy["date"] == "2026-01-02"  # no dateline: the file's date
    assert ("1985", "~20 years ago") in _conflicts(report)
    # The FDA approval of 1984 dates another event: no conflict with it.
    assert not any("1984" in values for values in _conflicts(report))


def test_a_release_year_and_elapsed_time_in_two_documents(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# tool\n\ntool was first released nearly ten years ago.\n")
    faq = tmp_path / "FAQ.md"
    faq.write_text(
        "*Updated 1 February 2025*\n\ntool was first released in 2019 and reached 2.0 in 2021.\n"
    )
    data, report = _extract_check(tmp_path, [readme, faq])
    dates = {s["path"]: s.get("date") for s in data["sources"]}  # type: ignore[index]
    assert dates == {"README.md": "2026-01-02", "FAQ.md": None}  # only where "ago" needs one
    assert _conflicts(report) == [("2019", "~10 years ago")]


def test_an_elapsed_time_agreeing_with_its_year(tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    a.write_text("Updated 3 March 2025\n\nThe first trial was published in 2010.\n")
    b = tmp_path / "b.md"
    b.write_text("Updated 3 March 2025\n\nResearch on it began about 15 years ago.\n")
    _, report = _extract_check(tmp_path, [a, b])
    assert _conflicts(report) == []
    statuses = {c["value"]["text"]: c["status"] for c in report["claims"]}  # type: ignore[attr-defined]
    assert statuses == {"2010": "corroborated", "~15 years ago": "corroborated"}


def _conflicts_of_two(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> list[tuple[str, ...]]:
    """The conflicts of two documents (file name, text), extracted and checked in that order."""
    docs = []
    for name, text in (first, second):
        doc = tmp_path / name
        doc.write_text(text)
        docs.append(doc)
    _, report = _extract_check(tmp_path, docs)
    return _conflicts(report)


# Two documents, extracted and checked together, and every conflict the check reports. A page
# with no date of its own is dated 2 January 2026 by its file.
TWO_DOCUMENTS = [
    # Dated 2 January 2026: started six years ago says 2020; the corpus's one start that names
    # no kind of event is 2017. With two such starts, which one is unknown: no join.
    pytest.param(
        ("README.md", "# snapvault\n\nDevelopment began in 2017 as a weekend project.\n"),
        ("FAQ.txt", "Q: How old is it?\n\nA: snapvault started six years ago as a small script.\n"),
        [("2017", "6 years ago")],
        id="a_start_naming_nothing_counts_from_the_corpus_one_start",
    ),
    pytest.param(
        (
            "README.md",
            "# snapvault\n\nDevelopment began in 2017 as a weekend project. The mobile app "
            "began in 2022 as a side project.\n",
        ),
        ("FAQ.txt", "Q: How old is it?\n\nA: snapvault started six years ago as a small script.\n"),
        [],
        id="two_starts_leave_an_elapsed_start_on_its_own",
    ),
    # Dated 2 January 2026: put in place nine years ago says 2017, introduced says 2019.
    pytest.param(
        ("statement.md", "The payment gateway, which we introduced in 2019, was the weak point.\n"),
        ("wire.txt", "The weak point was a payment system put in place nine years ago.\n"),
        [("2019", "9 years ago")],
        id="put_in_place_is_introduced",
    ),
    # Dated 2 January 2026: a debut twelve years ago says 2014; the organisers first held it in
    # 2011. A recurring event's first edition begins it, in either wording.
    pytest.param(
        (
            "a.md",
            "# Larkspur Festival\n\nWhen we first held the Larkspur Festival in 2011, there was one stage.\n",
        ),
        ("b.md", "The festival had its busiest weekend since its debut 12 years ago.\n"),
        [("12 years ago", "2011")],
        id="a_debut_dates_the_first_edition_of_a_recurring_event",
    ),
    pytest.param(
        ("a.md", "The Brindle Half Marathon was first run in 1998 along the river.\n"),
        ("b.md", "The half marathon celebrates 40 years since its debut this spring.\n"),
        [("1998", "40 years ago")],
        id="first_run_and_since_its_debut",
    ),
    # A person's debut is not when the club began.
    pytest.param(
        ("a.md", "# Harbour FC\n\nThe club was founded in 1902 in a pub.\n"),
        ("b.md", "Jones, who made his debut 10 years ago, scored twice on Saturday.\n"),
        [],
        id="a_players_debut_is_not_the_founding",
    ),
    # A later study of the same kind on another page is not when the research started.
    pytest.param(
        (
            "a.md",
            "Updated 3 March 2025\n\nIn 1985, a physician in Boston found that a tiny dose helped.\n\n"
            "It has been nearly 20 years since researchers started looking into it.\n",
        ),
        ("b.md", "Updated 3 March 2025\n\nA 2024 review of 40 studies found clear benefits.\n"),
        [("1985", "~20 years ago")],
        id="since_something_started_dates_its_earliest_year",
    ),
    # Dated 2 January 2026: four years old says 2022, the README says 2015.
    pytest.param(
        ("README.md", "# pixelmill\n\nFirst released in 2015, pixelmill is a small image tool.\n"),
        ("FAQ.txt", "Q: Is it mature?\n\nA: pixelmill turned four this year, and 3.0 is out.\n"),
        [("2015", "4 years ago")],
        id="an_age_dates_the_first_release_of_what_it_names",
    ),
    # Dated 2 January 2026: four years ago says 2022; construction began in 2019, and the
    # approval of 2017 is another event.
    pytest.param(
        (
            "release.md",
            "The line was approved by the city council in 2017, and construction began in 2019.\n",
        ),
        ("trade.txt", "Since work started four years ago, the project has had two contractors.\n"),
        [("2019", "4 years ago")],
        id="each_year_of_a_sentence_dates_the_event_of_its_own_clause",
    ),
    # Dated 2 January 2026: going for 31 years says 1995, the care sheet says 1987.
    pytest.param(
        ("sheet.md", "The Harbour Aquarist Society was founded in 1987 by six fishkeepers.\n"),
        ("forum.txt", "Welcome! The society has been going for 31 years, so ask away.\n"),
        [("1987", "31 years ago")],
        id="how_long_a_thing_has_been_going_dates_its_founding",
    ),
    # Dated 2 January 2026: around for six years says 2020; the changelog's first release,
    # named without the product's name, is the corpus's one beginning.
    pytest.param(
        (
            "CHANGELOG.md",
            "# Changelog\n\n## 2.0.0\n\nVector tiles arrive; the style format was drafted in "
            "2021.\n\n## 0.1.0\n\nFirst public release, in May 2017: raster tiles.\n",
        ),
        (
            "FAQ.txt",
            "Q: Is it stable?\n\nA: mapforge has been around for six years now. The style guide "
            "was updated in 2019.\n",
        ),
        [("2017", "6 years ago")],
        id="how_long_it_has_been_around_dates_the_corpus_one_first_release",
    ),
    # A person's age names no beginning of the corpus's thing.
    pytest.param(
        (
            "CHANGELOG.md",
            "# Changelog\n\n## 0.1.0\n\nFirst public release, in May 2017: raster tiles.\n",
        ),
        ("survey.md", "The typical respondent was 34 years old.\n"),
        [],
        id="a_persons_age_is_no_first_release",
    ),
    # Dated 2 January 2026: nearly eight years on the shelves says about 2018.
    pytest.param(
        (
            "news.md",
            "A new trial found that tarivastine, an antihistamine sold in pharmacies since it was "
            "licensed in 2014, eases hay fever with few side effects.\n",
        ),
        (
            "column.txt",
            "Tarivastine has been on pharmacy shelves for nearly eight years and is my choice.\n",
        ),
        [("2014", "~8 years ago")],
        id="how_long_a_product_has_been_on_sale_dates_the_year_its_sale_began",
    ),
    pytest.param(
        ("news.md", "Tarivastine was studied by a small team of doctors in 2014.\n"),
        (
            "column.txt",
            "Tarivastine has been on pharmacy shelves for nearly eight years and is my choice.\n",
        ),
        [],
        id="a_year_that_starts_no_state_is_not_when_a_product_went_on_sale",
    ),
    # Dated 2 January 2026: almost seven years ago says about 2019.
    pytest.param(
        ("FAQ.txt", "Q: Is it stable?\nA: Snapback 1.0 came out almost seven years ago.\n"),
        (
            "CHANGELOG.md",
            "# Changelog\n\n## 1.0.0\n\n- First stable release, published on 2 March 2021 after a "
            "year of betas.\n",
        ),
        [("2021", "~7 years ago")],
        id="version_one_coming_out_is_the_first_release",
    ),
    pytest.param(
        ("FAQ.txt", "Q: Is it stable?\nA: Snapback 2.0 came out almost seven years ago.\n"),
        (
            "CHANGELOG.md",
            "# Changelog\n\n## 1.0.0\n\n- First stable release, published on 2 March 2021 after a "
            "year of betas.\n",
        ),
        [],
        id="a_later_version_coming_out_is_not_the_first_release",
    ),
    # 2019 dates a change of dose, not research: the study's start has no year to meet.
    pytest.param(
        (
            "news.md",
            "The dose was raised to 10 mg in 2019 after pharmacists reported that it was too weak.\n",
        ),
        ("column.txt", "The Brennock study started three years ago and looked at sleepiness.\n"),
        [],
        id="a_clause_after_the_year_that_tells_another_event_names_no_kind",
    ),
    pytest.param(
        ("news.md", "Pharmacists reported in 2019 that the dose was too weak, after a survey.\n"),
        ("column.txt", "Pharmacists first reported it three years ago, in a survey of shops.\n"),
        [("2019", "3 years ago")],
        id="a_year_whose_own_clause_names_research_meets_it",
    ),
    pytest.param(
        (
            "news.md",
            "A daily probiotic cut diarrhoea from antibiotics, according to a large British trial "
            "published in January 2025.\n",
        ),
        (
            "column.txt",
            "A bit of history: ten years ago, most of us told patients to wait until the antibiotic "
            "course had finished before starting a probiotic.\n",
        ),
        [],
        id="an_elapsed_time_naming_no_event_does_not_date_a_year_of_one",
    ),
    pytest.param(
        ("guide.md", "The council's subsidised compost bin scheme started in 2008.\n"),
        ("column.txt", "The council's subsidised compost bin scheme launched twelve years ago.\n"),
        [("12 years ago", "2008")],
        id="a_year_naming_no_event_meets_an_elapsed_time_that_names_one",
    ),
    pytest.param(
        ("news.md", "The STEPDOWN trial, which began recruiting in 2022, enrolled 1,240 adults.\n"),
        ("blog.txt", "My own clinic started nearly six years ago, in a church hall.\n"),
        [],
        id="starts_of_things_sharing_no_word_stay_apart",
    ),
    pytest.param(
        (
            "herald.md",
            "Updated 14 April 2026\n\nThe Civic Union won 26 seats. It is the first time the party "
            "has topped the poll since 2011.\n",
        ),
        (
            "courier.html",
            "<p>Published 14 April 2026</p><p>The centre-right party's first win in a dozen years "
            "leaves it hunting for coalition partners.</p>",
        ),
        [("12 years ago", "2011")],
        id="a_first_in_a_dozen_years_meets_the_first_since_a_year",
    ),
    pytest.param(
        (
            "herald.md",
            "Updated 14 April 2026\n\nIt is the first time the river has flooded since 2011.\n",
        ),
        ("courier.md", "Updated 14 April 2026\n\nThe party's first win in a dozen years.\n"),
        [],
        id="a_first_since_a_year_of_another_thing_stays_apart",
    ),
    pytest.param(
        ("club.md", "The club was founded in 2009 by six friends who swam at the lake.\n"),
        (
            "blog.txt",
            "Updated 18 October 2026\n\nIf you're near the lake, the Northmere club, going for "
            "almost 12 years\nnow, runs winter sessions.\n",
        ),
        [("2009", "~12 years ago")],
        id="an_age_said_without_has_been_going_for_n_years_now",
    ),
    # This year's edition is not what began twelve years ago (both pages dated 2026).
    pytest.param(
        (
            "guide.md",
            "# Harrowgate Fair 2026\n\nUpdated 3 June 2026\n\nThe fair returns in July.\n",
        ),
        (
            "news.md",
            "Updated 4 June 2026\n\nThe Harrowgate Fair, which began twelve years ago, expects its "
            "biggest crowd.\n",
        ),
        [],
        id="this_years_edition_is_not_what_began_years_ago",
    ),
    # The age of a built thing dates its making or opening: twelve years before 2026 is 2014,
    # not the year its owner was founded.
    pytest.param(
        (
            "wire.txt",
            "The Kestrel Meridian was built in 2009 by Daeryong Heavy Industries and carries "
            "9,400 containers.\n",
        ),
        (
            "koerier.md",
            "The twelve-year-old vessel sails under the Maltese flag and is one of the larger "
            "ships of the Van Aalst fleet. Van Aalst was founded in 1962 by two brothers.\n",
        ),
        [("12 years ago", "2009")],
        id="a_vessels_age_meets_the_year_it_was_built",
    ),
    pytest.param(
        ("council.md", "Updated 4 May 2026\n\nThe Harwick bridge opened in 1987.\n"),
        (
            "radio.md",
            "Updated 5 May 2026\n\nEngineers say the 35-year-old steel bridge needs new cables.\n",
        ),
        [("1987", "35 years ago")],
        id="a_bridges_age_meets_the_year_it_opened",
    ),
    pytest.param(
        ("council.md", "Updated 4 May 2026\n\nThe Harwick bridge opened in 1991.\n"),
        (
            "radio.md",
            "Updated 5 May 2026\n\nEngineers say the 35-year-old steel bridge needs new cables.\n",
        ),
        [],
        id="a_bridges_age_agreeing_with_the_year_it_opened",
    ),
    # What a thing has done since it opened is its age: 45 years before 2026 is 1981.
    pytest.param(
        (
            "tribune.md",
            "Updated 4 May 2026\n\nThe Harwick bridge opened to traffic in June 1987.\n",
        ),
        (
            "freight.md",
            "Updated 6 May 2026\n\nThe bridge, whose 1,200-foot main span gives ships a "
            "clearance of 138 feet, has carried traffic for 45 years.\n",
        ),
        [("1987", "45 years ago")],
        id="what_a_bridge_has_done_for_years_meets_the_year_it_opened",
    ),
    # A career on a thing is no age of the thing.
    pytest.param(
        ("tribune.md", "Updated 4 May 2026\n\nThe Harwick ferry service opened in 1987.\n"),
        (
            "freight.md",
            "Updated 6 May 2026\n\nOn the Harwick ferry, she has run the engine room for 20 "
            "years.\n",
        ),
        [],
        id="a_career_on_a_ferry_is_no_age_of_the_ferry",
    ),
    # What a ship's operator has done is no age of the ship.
    pytest.param(
        ("wire.txt", "The Kestrel Meridian was built in 2009 by Daeryong Heavy Industries.\n"),
        (
            "news.md",
            "The ship's Dutch operator, Van Aalst Lijnen, has operated ships for more than 60 "
            "years.\n",
        ),
        [],
        id="an_operators_years_are_no_age_of_its_ship",
    ),
    # A thing's life told three ways: existed for, run for, around for (the page of 2 January
    # 2026; more than 70 years is before 1956, nearly 30 years about 1996, over eight before 2018).
    pytest.param(
        ("gazette.md", "The lugger has been the museum's pride since it was founded in 1958.\n"),
        (
            "krant.md",
            "The museum, which has existed for more than 70 years, had been closed since "
            "September 2023.\n",
        ),
        [("1958", ">70 years ago")],
        id="what_has_existed_for_years_meets_its_founding",
    ),
    pytest.param(
        ("news.md", "The Brennvik clinic has run its lice service since 2004.\n"),
        (
            "column.txt",
            "Ask the Brennvik clinic, which has run its lice service for nearly 30 years.\n",
        ),
        [("2004", "~30 years ago")],
        id="what_an_organisation_has_run_for_years_meets_since_a_year",
    ),
    pytest.param(
        ("news.md", "The Brennvik clinic has run its lice service since 2004.\n"),
        (
            "column.txt",
            "At the Brennvik clinic I have run the lice service for nearly 30 years.\n",
        ),
        [],
        id="what_a_person_has_run_for_years_dates_no_service",
    ),
    pytest.param(
        (
            "README.md",
            "# flagpost\n\nThe project is maintained by Tessellate Works and has been "
            "maintained since 2019.\n",
        ),
        (
            "FAQ.txt",
            "Q: Is it mature?\nA: Flagpost has been around for over eight years and runs in "
            "production at several shops.\n",
        ),
        [("2019", ">8 years ago")],
        id="an_age_meets_the_one_life_since_a_year_in_any_environment",
    ),
    # A person's age dates no event of the page, and a company's founding is no thing's making.
    pytest.param(
        ("wire.txt", "The shipping line was founded in 1962 in Rotterdam.\n"),
        (
            "koerier.md",
            "A 45-year-old deckhand was hurt when the twelve-year-old vessel hit the bank.\n",
        ),
        [],
        id="a_persons_age_and_a_companys_founding_date_no_built_thing",
    ),
    # Two things built, neither named by the age's kind: which one the age is of is unknown.
    pytest.param(
        (
            "wire.txt",
            "The Kestrel Meridian was built in 2009. The terminal's new cranes were installed "
            "after the quay was built in 2015.\n",
        ),
        ("koerier.md", "The twelve-year-old vessel sails under the Maltese flag.\n"),
        [],
        id="an_age_with_two_years_of_making_and_no_kind_named_stays_apart",
    ),
]


@pytest.mark.parametrize(("first", "second", "conflicts"), TWO_DOCUMENTS)
def test_two_documents(
    tmp_path: Path,
    first: tuple[str, str],
    second: tuple[str, str],
    conflicts: list[tuple[str, str]],
) -> None:
    assert _conflicts_of_two(tmp_path, first, second) == conflicts


# Two documents and one conflict among those the check reports.
TWO_DOCUMENTS_ONE_CONFLICT = [
    pytest.param(
        (
            "news.md",
            "The STEPDOWN trial, which began recruiting in 2022, enrolled 1,240 adult smokers.\n",
        ),
        (
            "blog.txt",
            "You may have seen the trial in the news. It started recruiting nearly six years ago, "
            "and it followed over 2,000 smokers.\n",
        ),
        ("2022", "~6 years ago"),
        id="one_start_told_by_synonymous_verbs_across_documents",
    ),
    pytest.param(
        (
            "service.md",
            "Updated 30 November 2026\n\nThis is the largest fire in the Brennan Ranges since 1998, "
            "when the Harrow fire burned 31,000 hectares.\n",
        ),
        (
            "foreign.md",
            "Updated 30 November 2026\n\nIt is the region's worst fire in nearly 40 years, according "
            "to local historians.\n",
        ),
        ("1998", "~40 years ago"),
        id="the_worst_in_nearly_40_years_meets_the_largest_since_a_year",
    ),
]


@pytest.mark.parametrize(("first", "second", "conflict"), TWO_DOCUMENTS_ONE_CONFLICT)
def test_two_documents_one_conflict(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], conflict: tuple[str, str]
) -> None:
    assert conflict in _conflicts_of_two(tmp_path, first, second)


def test_an_elapsed_time_with_no_year_keeps_a_subject_of_its_own(tmp_path: Path) -> None:
    a = tmp_path / "a.md"
    a.write_text("Researchers began looking at it nearly 20 years ago.\n")
    data, report = _extract_check(tmp_path, [a])
    (claim,) = data["claims"]  # type: ignore[index]
    assert claim["value"] == "~20 years ago"
    assert claim["subject"] == "year-researchers"  # the page's word, not the stem (names31)
    subject = data["subjects"][0]  # type: ignore[index]
    assert "unit" not in subject
    assert report["claims"][0]["value"]["low"] == pytest.approx(2006)  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It was founded 12 years ago.", "12 years ago"),
        ("It has been nearly 20 years since researchers started.", "~20 years ago"),
        ("We have sold it for the past 15 years.", "15 years ago"),
        ("It has been two decades since the first trial.", "20 years ago"),
        # An age reached or held: the years since the thing began.
        ("The bakery turned twelve this spring.", "12 years ago"),
        ("The club turns 40 in May.", "40 years ago"),
        ("The bridge is nearly 90 years old.", "~90 years ago"),
        # How long a thing has existed: its age.
        ("The society has been going for 31 years.", "31 years ago"),
        ("The shop has been open for 12 years now.", "12 years ago"),
        ("We have run the clinic for 9 years now.", "9 years ago"),
        # A duration that is no elapsed time stays one.
        ("Take it for 2 years.", "2 years"),
        ("She has been taking it for 3 years.", "3 years"),
        ("Run it for 5 years now and then.", "5 years"),
        ("In the past 10 years sales doubled.", "10 years"),
    ],
)
def test_elapsed_times(tmp_path: Path, text: str, value: str) -> None:
    doc = tmp_path / "a.md"
    doc.write_text(text + "\n")
    data, _ = _extract_check(tmp_path, [doc])
    values = [c["value"] for c in data["claims"]]  # type: ignore[index]
    assert value in values


class TestValues:
    def test_ago(self) -> None:
        value = parse_value("~20 years ago")
        assert value.ago and value.unit == "years" and value.text == "~20 years ago"

    def test_ago_needs_a_unit(self) -> None:
        with pytest.raises(ValueSyntaxError, match="unit of time"):
            parse_value("20 ago")


def test_check_needs_the_source_date(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Back in 1985 it began, nearly 20 years ago.\n")
    claims = tmp_path / "claims.yaml"
    body = (
        "version: 1\nsources:\n  - {{id: a, path: a.md{date}}}\nsubjects:\n  - {{id: s{unit}}}\n"
        "claims:\n  - {{id: c, source: a, subject: s, value: ~20 years ago, quote: nearly 20 "
        "years ago}}\n  - {{id: d, source: a, subject: s, value: 1985, quote: Back in 1985}}\n"
    )
    claims.write_text(body.format(date="", unit=""))
    result = CliRunner().invoke(main, ["check", str(claims)])
    assert result.exit_code == 2
    assert 'give source "a" a date' in result.stdout + result.stderr
    claims.write_text(body.format(date=", date: 2026-01-02", unit=", unit: year"))
    result = CliRunner().invoke(main, ["check", str(claims)])
    assert result.exit_code == 2
    assert "must hold years" in result.stdout + result.stderr
    claims.write_text(body.format(date=", date: '2026-01-02'", unit=""))
    result = CliRunner().invoke(main, ["check", str(claims)])
    assert result.exit_code == 1
    assert "1985 vs ~2006" in result.stdout
    claims.write_text(body.format(date=", date: 2026", unit=""))
    assert CliRunner().invoke(main, ["check", str(claims)]).exit_code == 1


def test_a_first_release_and_a_versions_release_are_two_events() -> None:
    texts = {
        "readme.md": "snapvault is a backup tool. First released in 2019, it runs on Linux.",
        "faq.txt": (
            "snapvault's first public release was eight years ago. The 1.x series reached end of "
            "life three years ago, when 2.0 shipped."
        ),
    }
    docs = [
        Document(path, text, tuple(draft_claims(path, text, WORDS)), datetime.date(2025, 12, 1))
        for path, text in texts.items()
    ]
    readme, faq = consolidate(docs, UNITS)
    first_year = readme.drafts[0].subject.id
    by_value = {d.value: d.subject.id for d in faq.drafts}
    assert by_value["8 years ago"] == first_year
    assert by_value["3 years ago"] != first_year


def test_ago_on_the_next_line_of_wrapped_plain_text(tmp_path: Path) -> None:
    # Plain text wraps anywhere: "ago" may open the next line, and still counts back.
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "Posted 10 May 2025\n\nOur lending library of garden tools opened eleven years\n"
        "ago, with forty spades and a wheelbarrow.\n"
    )
    leaflet = tmp_path / "leaflet.md"
    leaflet.write_text("The lending library of garden tools opened in 2009.\n")
    data, report = _extract_check(tmp_path, [notice, leaflet])
    values = {c["value"] for c in data["claims"]}  # type: ignore[index]
    assert "11 years ago" in values
    assert _conflicts(report) == [("11 years ago", "2009")]


def test_a_blank_line_before_ago_ends_the_elapsed_time(tmp_path: Path) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text("Posted 10 May 2025\n\nWe have lent tools for eleven years\n\nAgo and now.\n")
    data, _ = _extract_check(tmp_path, [notice])
    assert "11 years ago" not in {c["value"] for c in data["claims"]}  # type: ignore[index]


def test_one_elapsed_time_counts_back_from_each_source_s_own_date(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("Research began nearly 20 years ago.\n")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - {id: a, path: a.md, date: '2020-01-01'}\n"
        "  - {id: b, path: b.md, date: '2026-01-01'}\nsubjects:\n  - {id: s}\nclaims:\n"
        "  - {id: c, source: a, subject: s, value: ~20 years ago, quote: nearly 20 years ago}\n"
        "  - {id: d, source: b, subject: s, value: ~20 years ago, quote: nearly 20 years ago}\n"
    )
    result = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    lows = {c["id"]: c["value"]["low"] for c in json.loads(result.stdout)["claims"]}
    assert lows == {"c": pytest.approx(2000), "d": pytest.approx(2006)}


@pytest.mark.parametrize(
    "text",
    [
        "The light turned green.",
        "The odometer turned 1000 on the way home.",  # no age past 150
        "She turned 30 degrees to the left.",  # a unit: an angle, no age
    ],
)
def test_what_is_no_age(text: str) -> None:
    drafts = draft_claims("doc", text, WORDS)
    assert all(d.mention.amount.unit != "year" for d in drafts)


def test_two_versions_released_are_two_events() -> None:
    texts = {
        "readme.md": "ledgerly ships logs.\n\nCurrent release: 3.2.0 (October 2025).\n",
        "faq.txt": (
            "The 3.x series has been stable since 3.0, released a year and a half ago; if you "
            "are on 2.x, read the upgrade notes first."
        ),
    }
    docs = [
        Document(path, text, tuple(draft_claims(path, text, WORDS)), datetime.date(2025, 12, 1))
        for path, text in texts.items()
    ]
    readme, faq = consolidate(docs, UNITS)
    [elapsed] = [d for d in faq.drafts if d.elapsed is not None]
    assert elapsed.value == "1.5 years ago"
    # 3.0 is not 3.2.0, and "first" after the figure names no first release.
    assert elapsed.subject.id not in {d.subject.id for d in readme.drafts}


def test_one_version_released_is_one_event() -> None:
    texts = {
        "readme.md": "ledgerly ships logs.\n\nVersion 3.0 was released in 2021.\n",
        "faq.txt": "Version 3.0, released a year and a half ago, is stable.",
    }
    docs = [
        Document(path, text, tuple(draft_claims(path, text, WORDS)), datetime.date(2025, 12, 1))
        for path, text in texts.items()
    ]
    readme, faq = consolidate(docs, UNITS)
    [elapsed] = [d for d in faq.drafts if d.elapsed is not None]
    assert elapsed.subject.id in {d.subject.id for d in readme.drafts}


def test_a_start_naming_nothing_else_counts_from_the_one_life_since_a_year(
    tmp_path: Path,
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "Updated 2 October 2026\n\nschemaferry applies SQL migrations. It has been developed "
        "since 2019 by a small group of volunteers.\n"
    )
    faq = tmp_path / "FAQ.txt"
    faq.write_text(
        "Updated 2 October 2026\n\nQ: Who maintains it?\nA: A handful of volunteers. The project "
        "started nearly four years ago as a weekend replacement for a shell script.\n"
    )
    _, report = _extract_check(tmp_path, [readme, faq])
    assert _conflicts(report) == [("2019", "~4 years ago")]
    # Two lives since two years: which one the start counts from is not known.
    again = tmp_path / "again"
    again.mkdir()
    docs = [shutil.copy(readme, again), shutil.copy(faq, again)]
    other = again / "NEWS.md"
    other.write_text("Updated 2 October 2026\n\nThe mirror has been hosted since 2021.\n")
    _, report = _extract_check(again, [*map(Path, docs), other])
    assert _conflicts(report) == []


def test_a_dozen_years_is_twelve_and_a_dozen_eggs_no_span_of_time() -> None:
    text = "Its first win in a dozen years. A dozen eggs cost more."
    drafts = draft_claims("doc", text, WORDS)
    # "A dozen eggs" is about 12 eggs (forms27), a count, never a span of time
    assert [(d.mention.text, d.value) for d in drafts] == [
        ("a dozen years", "12 years"),
        ("A dozen eggs", "~12"),
    ]


def test_a_first_one_ahead_of_now_is_no_elapsed_time(tmp_path: Path) -> None:
    doc = tmp_path / "plan.md"
    doc.write_text(
        "Updated 2 October 2026\n\nThe first payment is due in two years. The first new line "
        "opens in three years' time. It is the first win in five years.\n"
    )
    data, _ = _extract_check(tmp_path, [doc])
    claims = data["claims"]
    assert isinstance(claims, list)
    values = sorted(c["value"] for c in claims)
    assert values == ["2 years", "3 years", "5 years ago"]


@pytest.mark.parametrize(
    ("date", "value", "year", "agrees"),
    [
        # Two and a half years before 14 November 2026 is May 2024: "more than" that reaches
        # into 2024, so a release of March 2024 agrees; one of 2025 does not.
        ("2026-11-14", ">2.5 years ago", "2024", True),
        ("2026-11-14", ">2.5 years ago", "2025", False),
        # Before 14 February 2026 it is August 2023: no longer 2024.
        ("2026-02-14", ">2.5 years ago", "2024", False),
        ("2026-02-14", "~2.5 years ago", "2023", True),
        # Eighteen months before October 2026 is April 2025.
        ("2026-10-01", "18 months ago", "2025", True),
        ("2026-10-01", "18 months ago", "2024", False),
        # Whole years count back from the year, whatever the day: "5 years ago" in 2026 is 2021.
        ("2026-12-20", "5 years ago", "2021", True),
        ("2026-01-03", "5 years ago", "2021", True),
        # A date that is only a year counts back from the year.
        ("2026", "~2.5 years ago", "2023", True),
    ],
)
def test_an_elapsed_time_of_part_years_counts_back_from_the_day(
    tmp_path: Path, date: str, value: str, year: str, agrees: bool
) -> None:
    number = value.lstrip("~>").split()[0]
    unit = value.split()[1]
    (tmp_path / "faq.md").write_text(f"The first release came out {number} {unit} ago.\n")
    (tmp_path / "log.md").write_text(f"First release, tagged in {year}.\n")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        f"version: 1\nsources:\n  - {{id: faq, path: faq.md, date: '{date}'}}\n"
        "  - {id: log, path: log.md}\nsubjects:\n  - {id: s}\nclaims:\n"
        f"  - {{id: c, source: faq, subject: s, value: '{value}', quote: '{number} {unit} ago'}}\n"
        f"  - {{id: d, source: log, subject: s, value: '{year}', quote: 'tagged in {year}'}}\n"
    )
    result = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert result.exit_code == (0 if agrees else 1), result.output


@pytest.mark.parametrize(
    ("text", "existed"),
    [
        ("mapforge has been around for six years now.", True),
        ("The society has existed for 20 years.", True),
        ("The typical respondent was 34 years old.", False),
        ("pixelmill turned four this year.", False),
    ],
)
def test_how_long_a_thing_has_existed_is_told_from_an_age(text: str, existed: bool) -> None:
    # Only how long a thing has existed counts from the corpus's one first release or founding
    # when no key word ties it to one (round 16's mapforge d9).
    [draft] = [d for d in draft_claims("faq.txt", text, WORDS) if d.elapsed is not None] or [
        d for d in draft_claims("faq.txt", text, WORDS)
    ]
    assert _existed(text, draft) is existed


def test_a_persons_age_is_no_time_elapsed(tmp_path: Path) -> None:
    # "when your child turns 3" is an age a child reaches, not three years before the page's
    # date; a society that turns 40 was founded 40 years ago.
    page = tmp_path / "brushing.md"
    page.write_text(
        "Brushing guide\n\nPublished 3 March 2026\n\n"
        "Move from a smear to a pea-sized amount when your child turns 3.\n\n"
        "Keep to a smear until your child turns 6, then move to a pea-sized amount.\n\n"
        "Help your child to brush until they are at least 7 years old.\n\n"
        "The Westmarch dental society turns 40 in May.\n"
    )
    data, report = _extract_check(tmp_path, [page])
    values = {c["value"] for c in data["claims"]}  # type: ignore[index]
    assert {"3 years old", "6 years old", ">=7 years old", "40 years ago"} <= values
    assert not {"3 years ago", "6 years ago", ">=7 years ago"} & values
    # The page's two ages for one step contradict each other.
    assert _conflicts(report) == [("3 years old", "6 years old")]

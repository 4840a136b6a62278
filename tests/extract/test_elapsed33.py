"""A year and an elapsed time of one event in two documents, told by different words (elapsed33):
a record set in a year and "a record that had stood for four years"; "available without a
prescription since 2012" and "sold over the counter for about six years"; "have offered foot
surgery since 2008" and "has been doing foot surgery for ten years"; "first published on PyPI
in 2017" and "The first public release came out"; "first raced in 2008" and "took up racing";
"first picked up ... on sonar" and "first spotted the wreck on sonar"; guidance published and
guidance issued. And their look-alikes, which must stay apart: another record (one still held),
a person's doing, a rewrite's time beside a first release, another product's approval."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.events import elapsed_value
from factcheck.extract.grouping.group import consolidate
from tests.common import UNITS, WORDS

_DATE = datetime.date(2026, 7, 6)


def _grouped(texts: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each figure's text (the first of that text) -> (its value, its subject id)."""
    docs = [
        Document(path, text, tuple(draft_claims(path, text, WORDS)), _DATE)
        for path, text in texts.items()
    ]
    found: dict[str, tuple[str, str]] = {}
    for doc in consolidate(docs, UNITS):
        for draft in doc.drafts:
            found.setdefault(" ".join(draft.mention.text.split()), (draft.value, draft.subject.id))
    return found


#: (first page, second page, the year, the elapsed time, its value): one event, one subject.
ONE_EVENT = [
    (
        "The previous record of 437 was set by Jodie Farrow in 2019. Judges watched every sheep.",
        "Rothwell broke the women's eight-hour ewe record, a record that had stood for four "
        "years, in front of a big crowd.",
        "2019",
        "four years",
        "4 years ago",
    ),
    (
        "The previous record in the class, 3,105 km, was set in 1996 by a crew from the coast.",
        "The old record had been set 27 years ago, by a crew who flew a similar route.",
        "1996",
        "27 years",
        "27 years ago",
    ),
    (
        "Ketoconazole was first approved as a medicine in 1981. Dermazole has been available "
        "without a prescription since 2012.",
        "The one I suggest is Dermazole, which contains 2% ketoconazole and has been sold over "
        "the counter for about six years.",
        "2012",
        "about six years",
        "~6 years ago",
    ),
    (
        "We have offered foot surgery in Tollbridge since 2008, and our podiatrists see forty "
        "patients a week.",
        "I went to the foot clinic in Tollbridge, which has been doing foot surgery for ten "
        "years, and had the operation in May.",
        "2008",
        "ten years",
        "10 years ago",
    ),
    (
        "quillkit was first published on PyPI in 2017 and is maintained by volunteers.",
        "Q: How old is quillkit?\nA: The first public release came out eight years ago, as a "
        "small helper for bank exports.",
        "2017",
        "eight years",
        "8 years ago",
    ),
    (
        "People assume Varley came to the sport late. In fact she first raced competitively in "
        "2008, as a student.",
        "Remarkably, Tamsin Varley took up racing only seven years ago, when a friend took her "
        "to a club night.",
        "2008",
        "seven years",
        "7 years ago",
    ),
    (
        "The Harrow Wreck Survey first picked up a ship-shaped outline on sonar in September "
        "2024, after sweeping the seabed. The steamer went down in a storm in 1891.",
        "The volunteer team, known as the Harrow Wreck Survey, first spotted the wreck on sonar "
        "three years ago but had to wait for calm weather before the steamer could be dived.",
        "2024",
        "three years",
        "3 years ago",
    ),
    (
        "The Stroke Care Council guidance, published in 2014, says everyone with symptoms "
        "should be referred to a specialist.",
        "Guidance issued by the Stroke Care Council five years ago recommends that walking is "
        "combined with simple measures.",
        "2014",
        "five years",
        "5 years ago",
    ),
]


@pytest.mark.parametrize(("first", "second", "year", "span", "value"), ONE_EVENT)
def test_a_year_and_an_elapsed_time_of_one_event_share_a_subject(
    first: str, second: str, year: str, span: str, value: str
) -> None:
    found = _grouped({"one.md": first, "two.md": second})
    assert found[span][0] == value
    assert found[span][1] == found[year][1]


#: (first page, second page, the elapsed time, its value or None, the year it must not join).
APART = [
    # A record still held is not the one that stood and fell.
    (
        "The previous record of 437 was set in 2019. Rothwell already holds the women's lamb "
        "record of 512, set in 2023.",
        "She broke the women's ewe record, a record that had stood for four years.",
        "four years",
        "4 years ago",
        "2023",
    ),
    # Another product's beginning: ketoconazole's approval is not Dermazole's sale.
    (
        "Ketoconazole was first approved as a medicine in 1981. Dermazole has been available "
        "without a prescription since 2012.",
        "Dermazole has been sold over the counter for about six years.",
        "about six years",
        "~6 years ago",
        "1981",
    ),
    # What follows "since the rewrite" is no event of the figure's.
    (
        "trawlnet 1.0 came out in 2020 as a weekend project. The 2.0 rewrite landed in 2023.",
        "trawlnet was first released six years ago. Since the rewrite three years ago it has "
        "had a release roughly every few months.",
        "three years",
        "3 years ago",
        "2020",
    ),
    # A person's doing is a career, not a time since the clinic's surgery began.
    (
        "We have offered foot surgery in Tollbridge since 2008.",
        "Dr Ines Varga, who has been doing foot surgery for sixteen years, runs the clinic.",
        "sixteen years",
        None,
        "2008",
    ),
    # A person's pursuit told in the first person with no start: a duration.
    (
        "The club first raced on the new course in 2015.",
        "I have been doing yoga for ten years and racing for two.",
        "ten years",
        None,
        "2015",
    ),
]


@pytest.mark.parametrize(("first", "second", "span", "value", "year"), APART)
def test_look_alikes_stay_apart(
    first: str, second: str, span: str, value: str | None, year: str
) -> None:
    found = _grouped({"one.md": first, "two.md": second})
    if value is None:
        assert "ago" not in found[span][0]
    else:
        assert found[span][0] == value
    assert found[span][1] != found[year][1]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A record that stood for five years has fallen.", "5 years ago"),
        ("beating Jodie Farrow's mark, which had stood for seven years.", "7 years ago"),
        ("Patches have been sold in our pharmacies for 25 years.", "25 years ago"),
        (
            "The clinic, which has been running free screening for nearly 30 years, is",
            "~30 years ago",
        ),
        # Not the time since anything began: a duration.
        ("The bridge stood closed for two years.", None),
        ("I have been running marathons for ten years.", None),
        ("The tablets were taken for three years.", None),
    ],
)
def test_what_is_an_elapsed_time(sentence: str, value: str | None) -> None:
    drafts = [d for d in draft_claims("p.md", sentence, WORDS) if d.mention.dimension != "advice"]
    assert [elapsed_value(sentence, d) for d in drafts] == [value]


def test_the_record_conflicts_and_its_agreeing_look_alike_does_not(tmp_path: Path) -> None:
    local = tmp_path / "local.md"
    local.write_text(
        "Published 5 July 2026\n\nThe previous record of 437 was set by Jodie Farrow in 2019.\n"
    )
    nz = tmp_path / "nz.md"
    nz.write_text(
        "Posted 6 July 2026\n\nRothwell broke the ewe record, a record that had stood for four "
        "years, in front of a big crowd.\n"
    )
    weekly = tmp_path / "weekly.md"
    weekly.write_text(
        "Published 8 July 2026\n\nRothwell sheared 452 ewes, beating Jodie Farrow's mark, which "
        "had stood for seven years.\n"
    )
    claims = tmp_path / "claims.yaml"
    ran = CliRunner().invoke(main, ["extract", str(local), str(nz), str(weekly), "-o", str(claims)])
    assert ran.exit_code == 0, ran.output
    checked = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    report = json.loads(checked.stdout)
    data = yaml.safe_load(claims.read_text(encoding="utf-8"))
    values = {c["id"]: c["value"] for c in data["claims"]}
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert len(conflicts) == 1
    sides = [sorted(values[c] for c in side) for side in conflicts[0]["sides"]]
    # 2019 and "7 years ago" (2019) on one side, "4 years ago" (2022) on the other.
    assert sorted(sides) == [["2019", "7 years ago"], ["4 years ago"]]

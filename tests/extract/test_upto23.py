"""An upper bound that is the top of an estimate (upto23): "up to 1,400 head office jobs are
expected to go" is drafted as ``~1400``, so that another page's "around 900 head-office roles"
contradicts it instead of lying inside ``<=1400``; permissions, capacities, limits, software
settings and changes keep their bound."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC).timestamp()


def value_of(text: str, figure: str) -> str:
    """The drafted value of the figure whose mention starts with ``figure``."""
    found = {d.mention.text: d.value for d in draft_claims("doc", text, WORDS)}
    return next(value for said, value in found.items() if said.startswith(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # Round 18's merger, hay fever's leaflet, the ticks club, the GP's inhaler page.
        (
            "Up to 1,400 head office jobs are expected to go as the two headquarters are combined.",
            "Up to 1,400",
            "~1400",
        ),
        ("Its Phase 1 review lasts up to 40 working days.", "up to 40", "~40 days"),
        ("One tablet keeps working for up to 24 hours.", "up to 24", "~24 hours"),
        (
            "Across the region, as many as one tick in four carries Lyme.",
            "as many as one",
            "~25%",
        ),
        ("Then hold your breath for up to 10 seconds.", "up to 10", "~10 seconds"),
        ("Up to a third of users get some redness.", "Up to a third", "~33.3%"),
        ("Treated clothing keeps working for up to 70 washes.", "up to 70", "~70"),
        ("Up to 200 homes may have been flooded.", "Up to 200", "~200"),
    ],
)
def test_an_estimates_top_is_its_figure(sentence: str, figure: str, value: str) -> None:
    assert value_of(sentence, figure) == value


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # What may or can be: a permission or a capacity.
        ("In a well-kept aquarium they can live up to 8 years.", "up to 8", "<=8 years"),
        ("Flag keys may be up to 64 characters long.", "up to 64", "<=64"),
        ("The new stadium holds up to 50,000 for concerts.", "up to 50,000", "<=50000"),
        ("Sound at 85 dB is considered safe for up to 8 hours a day.", "up to 8", "<=8 hours"),
        ("Up to three weeks is fine if the cold lingers.", "Up to three", "<=3 weeks"),
        ("Each tram has an area for up to 4 bicycles.", "up to 4", "<=4"),
        ("How many outputs can one host run? Up to 4.", "Up to 4", "<=4"),
        ("Up to 8 jobs can run in parallel.", "Up to 8", "<=8"),
        # The words or role of a limit: an amount's maximum, a total.
        ("Take up to 4.5 mg a day.", "up to 4.5", "<=4.5 mg"),
        ("Use your reliever every minute, up to six puffs in total.", "up to six", "<=6"),
        ("Adults should sleep no more than 9 hours.", "no more than 9", "<=9 hours"),
        # A size of software, and a change.
        ("The server accepts task payloads of up to 256 KiB.", "up to 256", "<=256 KiB"),
        ("The shares rose as much as 6.2% in early trading.", "as much as 6.2%", "<=6.2%"),
    ],
)
def test_a_limit_or_permission_stays_a_bound(sentence: str, figure: str, value: str) -> None:
    assert value_of(sentence, figure) == value


def _conflicts(tmp_path: Path, docs: dict[str, str]) -> list[tuple[str, ...]]:
    return conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1])


def test_check_reports_a_point_well_below_an_estimates_top(tmp_path: Path) -> None:
    """Round 18's merger d7: the release's "up to 40 working days" against the foreign outlet's
    30 (was inside ``<=40`` and agreed)."""
    docs = {
        "release.md": "The regulator's Phase 1 review lasts up to 40 working days once its "
        "formal assessment begins.\n",
        "foreign.md": "The regulator's initial review lasts 30 working days.\n",
    }
    assert ("30 days", "~40 days") in _conflicts(tmp_path, docs)


def test_check_does_not_report_a_point_near_an_estimates_top(tmp_path: Path) -> None:
    """patches l10: "Up to a third of users" and a trial's 31% agree."""
    docs = {
        "leaflet.md": "Up to a third of users get some redness or itching where the patch sat.\n",
        "news.md": "Redness or itching where the patch sat was reported by 31% of users.\n",
    }
    assert _conflicts(tmp_path, docs) == []


def test_check_does_not_report_a_value_inside_a_permitted_range(tmp_path: Path) -> None:
    """A bound of what can be still holds a smaller figure: "can live up to 8 years" and "most
    live 5 years"."""
    docs = {
        "care.md": "In a well-kept aquarium, neon tetras can live up to 8 years.\n",
        "blog.md": "In a well-kept aquarium, neon tetras live 5 years.\n",
    }
    assert _conflicts(tmp_path, docs) == []

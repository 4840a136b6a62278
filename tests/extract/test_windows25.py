"""Figures told within a time window, as of a moment, or by an old source (windows25): "About
half of our patients are better within 6 months" is no other value of "Nine in ten people
recover within 12 months"; "17 fragments have been recovered so far" (a page of 14 March) is no
other value of "As of Tuesday, 23 fragments had been recovered" (the Tuesday before 18 March);
"Our 2017 leaflet said to hold stretches for a full minute" is the leaflet's history."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import Draft, draft_claims
from factcheck.extract.grouping.windows import moment_of, window_of
from factcheck.extract.mentions.context import TextIndex
from tests.common import WORDS, conflicting_values, extract_and_check


def _figure(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "window"),
    [
        # Round 21's heel pain pages (l2, d1, d12) and patches (d9).
        ("About half of our patients are better within 6 months.", "half", "6 months"),
        (
            "Nine in ten people recover within 12 months using simple measures at home.",
            "Nine in ten",
            "1 year",
        ),
        (
            "About half of our patients are better within 6 months, and about 80% of people are "
            "better within a year without any procedure at all.",
            "80%",
            "1 year",
        ),
        (
            "At three months, 54% of the shockwave group reported a meaningful improvement in pain.",
            "54%",
            "3 months",
        ),
        (
            "A year after their quit date, 24% of the longer-course group were still not smoking.",
            "24%",
            "1 year",
        ),
        ("By the 12-month follow-up, 81% of the shockwave group had improved.", "81%", "1 year"),
        ("The survey counted 3 landslips in the 48 hours before the storm.", "3", "2 days"),
        # No window: a wait before the figure, an age, another figure's window.
        ("After 2 weeks of home treatment, 40% of people still had pain.", "40%", ""),
        ("At 6 months old, 30% of babies sleep through the night.", "30%", ""),
        ("54% at three months and 81% at 12 months.", "54%", "3 months"),
    ],
)
def test_the_window_a_share_or_count_is_told_within(
    sentence: str, figure: str, window: str
) -> None:
    span = _figure(sentence, figure)
    assert window_of(sentence, span, TextIndex(sentence).around(span)) == window


@pytest.mark.parametrize(
    ("sentence", "figure", "dated", "day"),
    [
        # Round 21's meteorite: the local paper (14 March), the weekly (18 March), the agency
        # (15 March): Tuesday is the 17th, Saturday the 14th.
        (
            "Around 120 volunteers joined a search on Friday, and 17 fragments have been "
            "recovered so far, the smallest of them no heavier than a coin.",
            "17",
            datetime.date(2026, 3, 14),
            datetime.date(2026, 3, 14),
        ),
        (
            "As of Tuesday, 23 fragments had been recovered, including the main mass.",
            "23",
            datetime.date(2026, 3, 18),
            datetime.date(2026, 3, 17),
        ),
        (
            "By Saturday evening at least 20 fragments had been handed in.",
            "20",
            datetime.date(2026, 3, 15),
            datetime.date(2026, 3, 14),
        ),
        (
            "By 9 March, 11 cases had been confirmed.",
            "11",
            datetime.date(2026, 3, 18),
            datetime.date(2026, 3, 9),
        ),
        ("Officials said 41 homes had been damaged.", "41", datetime.date(2026, 3, 18), None),
        # Grounding's TV page (a Friday) against the paper's Wednesday evening (l8); an event's
        # day is no count's moment (landslide's cars caught on Wednesday, d11).
        (
            "On Friday morning, 61 ships were still waiting to enter or leave the port.",
            "61",
            datetime.date(2026, 11, 20),
            datetime.date(2026, 11, 20),
        ),
        (
            "Harbor staff said the backlog of 74 vessels this morning includes several ships.",
            "74",
            datetime.date(2026, 11, 20),
            datetime.date(2026, 11, 20),
        ),
        (
            "Five cars were caught when the hillside gave way before dawn on Wednesday.",
            "Five",
            datetime.date(2026, 2, 14),
            None,
        ),
    ],
)
def test_the_day_a_running_count_is_told_at(
    sentence: str, figure: str, dated: datetime.date, day: datetime.date | None
) -> None:
    span = _figure(sentence, figure)
    assert moment_of(sentence, span, TextIndex(sentence).around(span), dated) == day


def _draft(text: str, figure: str) -> Draft:
    return next(d for d in draft_claims("doc", text, WORDS) if figure in d.mention.text)


@pytest.mark.parametrize(
    ("sentence", "figure", "previous"),
    [
        # Round 21's heel pain leaflet (l9) and the aquarium society's care sheets (l6, l7).
        (
            "(Our 2017 leaflet said to hold stretches for a full minute. Shorter stretches are "
            "easier to stick to.)",
            "minute",
            True,
        ),
        ("Our 2012 edition recommended 24–28 °C; this edition lowers the range.", "24", True),
        ("One more tip: older books said neons need 26 to 28 degrees.", "26", True),
        # Today's guidance, whatever its year.
        ("The 2024 guidelines recommend 150 minutes of activity a week.", "150", False),
        ("Hold the stretch for half a minute, then swap legs.", "minute", False),
    ],
)
def test_a_figure_an_old_source_gave_is_history(sentence: str, figure: str, previous: bool) -> None:
    draft = _draft(sentence, figure)
    assert (draft.subject.context.get("phase") == "previous") is previous


_CLINIC = """<html><head><title>Heel pain | Northgate Physio</title></head><body>
<p>Page reviewed 9 September 2025.</p>
<h2>Will it get better?</h2>
<p>Almost always, although it can be slow. About half of our patients with plantar fasciitis
are better within 6 months, and about 80% of people are better within a year without any
procedure at all.</p>
</body></html>
"""
_LEAFLET = """Plantar fasciitis: a leaflet for patients
Reviewed 12 January 2026

Will it get better?
Nine in ten people with plantar fasciitis recover within 12 months using simple measures at home.
"""


def test_a_share_meets_the_share_of_its_window(tmp_path: Path) -> None:
    # Round 21's heel pain pages: the nine in ten within 12 months joined the half within 6
    # months (l2, reported); a share told within another window never joins it, so it meets
    # the 80% within a year (d1).
    claims, report = extract_and_check(tmp_path, {"clinic.html": _CLINIC, "leaflet.txt": _LEAFLET})
    subjects = {c["value"]: c["subject"] for c in claims["claims"]}
    assert subjects["90%"] == subjects["~80%"] != subjects["~50%"]
    conflicts = conflicting_values(report)
    assert ("90%", "~80%") in conflicts
    assert not any("~50%" in values for values in conflicts)


_COURIER = """<html><head><title>Meteorite hunters comb valley</title></head><body>
<p>Varrow Valley Courier, 14 March 2026</p>
<p>Around 120 volunteers joined a search on Friday, and 17 meteorite fragments have been
recovered so far, the smallest of them no heavier than a coin.</p>
</body></html>
"""
_WEEKLY = """FIRMAMENT WEEKLY
18 March 2026

The meteorite fragments are spread over an 11-kilometre-long ellipse. As of Tuesday, 23
meteorite fragments had been recovered by the search teams.
"""


def test_two_days_of_a_running_count_are_not_compared(tmp_path: Path) -> None:
    claims, report = extract_and_check(tmp_path, {"courier.html": _COURIER, "weekly.txt": _WEEKLY})
    counts = {
        c["value"]: c.get("context", {}) for c in claims["claims"] if c["value"] in ("17", "23")
    }
    assert counts == {"17": {"as of": "2026-03-14"}, "23": {"as of": "2026-03-17"}}
    assert conflicting_values(report) == []


def test_a_window_one_side_gives_keeps_the_pair_compared(tmp_path: Path) -> None:
    # Round 18's merger (d5): the group's 900 roles "over three years" against the paper's
    # 1,400 jobs: one quantity, one page bounding it in time.
    _, report = extract_and_check(
        tmp_path,
        {
            "group.md": "Bringing the two head offices together is expected to affect around 900 "
            "head-office roles over three years.\n",
            "paper.md": "But head-office workers are less secure: up to 1,400 head office jobs are "
            "expected to go as the two headquarters are combined.\n",
        },
    )
    assert ("~1400", "~900") in conflicting_values(report)


_WIRE = """# Hunters comb valley for meteorite fragments

**Continental News Service** | Kelvbrunn | 15 March 2026

Searchers have handed in 20 meteorite fragments, together weighing 3.2 kg.
"""


def test_a_moment_one_side_gives_keeps_the_pair_compared(tmp_path: Path) -> None:
    # The courier's count "so far" against a page that gives no day: one running total, which
    # one page dates and the other leaves to its own date; a key only one claim had would set
    # it apart.
    claims, report = extract_and_check(tmp_path, {"courier.html": _COURIER, "wire.md": _WIRE})
    counts = [c for c in claims["claims"] if c["value"] in ("17", "20")]
    assert len({c["subject"] for c in counts}) == 1
    assert not any("as of" in c.get("context", {}) for c in counts)
    assert ("17", "20") in conflicting_values(report)

"""Faults of the number reader that round 21 showed: a length per second in words ("17 km per
second", "25 miles per second") was read as a length, the particle of "lit up the sky" made the
later "up to 150 miles" a rise (meteorite), and a reference table's ``timeout_ms`` default of
2000 was read as the year 2000 (fennimatch)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import Draft, draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check, run_factcheck, write

_STAMP = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC).timestamp()


def _drafts(text: str) -> dict[str, Draft]:
    return {d.mention.text: d for d in draft_claims("doc", text, WORDS)}


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        (
            "The meteoroid hit the upper atmosphere at about 17 km per second.",
            "about 17",
            "~17 km/s",
        ),
        ("The object entered at roughly 25 miles a second.", "roughly 25", "~25 mile/s"),
        ("Winds reached 90 kilometres an hour on the coast.", "90", "90 kph"),
        ("A cheetah can run at 100 feet per second in short bursts.", "100", "100 ft/s"),
    ],
)
def test_a_length_per_second_or_hour_in_words_is_a_speed(
    sentence: str, figure: str, value: str
) -> None:
    found = _drafts(sentence)
    drafted = next(d for said, d in found.items() if said.startswith(figure))
    assert drafted.value == value


def test_two_pages_speeds_in_two_unit_systems_conflict(tmp_path: Path) -> None:
    """25 miles per second is about 40 km per second: against 17 km per second, a conflict."""
    docs = {
        "weekly.md": "The meteoroid hit the upper atmosphere at about 17 km per second.\n",
        "tribune.md": "The object slammed into the atmosphere at roughly 25 miles per second.\n",
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == [
        ("~17 km/s", "~25 mile/s")
    ]


def test_lit_up_is_no_rise_and_up_to_stays_a_bound(tmp_path: Path) -> None:
    """ "lit up the sky" is a phrasal verb: the sentence's "up to 150 miles" is the top of how far
    the fireball was seen, not a change, so it compares with another page's 400 km."""
    text = (
        "The farmer was at home when a fireball lit up the sky over the valley, visible from up "
        "to 150 miles away.\n"
    )
    drafted = next(d for said, d in _drafts(text).items() if "150" in said)
    assert "change" not in drafted.subject.context
    docs = {
        "tribune.md": text,
        "courier.md": "The fireball was seen as far as 400 km away from the valley.\n",
    }
    assert len(conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1])) == 1


def test_a_settings_default_in_its_names_unit_is_no_year(tmp_path: Path) -> None:
    """A reference table's row "timeout_ms | int | 2000" is 2000 ms: it is the same quantity as
    the FAQ's "2 seconds", and no year."""
    docs = {
        "reference.html": "<html><body><h1>Options</h1><table>"
        "<tr><th>Option</th><th>Type</th><th>Default</th><th>Description</th></tr>"
        "<tr><td>score_cutoff</td><td>int</td><td>80</td><td>Candidates below it are "
        "dropped.</td></tr>"
        "<tr><td>timeout_ms</td><td>int</td><td>2000</td><td>Give up on a single query after "
        "this long.</td></tr></table></body></html>\n",
    }
    claims, _ = extract_and_check(tmp_path, docs, stamp=_STAMP)
    values = {c["quote"]: c["value"] for c in claims["claims"]}
    # The quote over the row's cells reads on one line, as the claims file writes it.
    assert values["timeout_ms int 2000"] == "2000 ms"
    assert not any(s["id"].startswith("year") for s in claims["subjects"])
    # Its subject is named by the row's role and the setting as the page writes it, never by
    # its type cell ("Cutoff int").
    labels = {s["label"] for s in claims["subjects"]}
    assert {"Default timeout_ms", "Default score_cutoff"} <= labels


def test_the_age_of_the_solar_system_dates_no_event_of_the_page(tmp_path: Path) -> None:
    """ "about 4.6 billion years ago" is no calendar year: it never meets a fall "since 1987"."""
    docs = {
        "wire.md": "# Fall\n\nPublished 2026-03-02.\n\nThe stone has barely changed since the solar "
        "system formed about 4.6 billion years ago. It is the first recorded fall in the country "
        "since 1987.\n",
        "weekly.md": "# Fall\n\nPublished 2026-03-03.\n\nIt is the first recorded fall in the "
        "country since 1987, the survey said.\n",
    }
    claims, report = extract_and_check(tmp_path, docs, stamp=_STAMP)
    assert not any("ago" in c["value"] and "billion" in c["quote"] for c in claims["claims"])
    assert conflicting_values(report) == []


def test_a_table_cells_figure_is_quoted_with_its_rows_name(tmp_path: Path) -> None:
    """A reference table's "65536 KiB" is quoted "memory_cost 65536 KiB", from its row's first
    cell to its own, not across the neighbouring rows' cells until the words are unique."""
    row = "<tr><td>{}</td><td>{}</td><td>{}</td></tr>"
    docs = {
        "reference.html": "<html><body><h1>Parameters</h1><table>"
        "<tr><th>Parameter</th><th>Default</th><th>Allowed</th></tr>"
        + row.format("time_cost", "4 passes", "1 to 10")
        + row.format("memory_cost", "65536 KiB", "8192 to 4194304 KiB")
        + row.format("parallelism", "4 lanes", "1 to 16")
        + "</table></body></html>\n",
    }
    claims, report = extract_and_check(tmp_path, docs, stamp=_STAMP)
    quoted = {c["quote"]: c["value"] for c in claims["claims"]}
    assert quoted["memory_cost 65536 KiB"] == "65536 KiB"
    assert quoted["parallelism 4 lanes"] == "4"
    assert quoted["time_cost 4 passes 1 to 10"] == "1-10"
    assert report["summary"]["unanchored"] == 0


def test_an_approximate_figure_in_another_unit_shows_its_own_precision(tmp_path: Path) -> None:
    """ "about 60,000 km/h" in a subject in miles a second is ~10, not ~10.356: the trailing
    zeros of an approximate figure carry no digit."""
    write(
        tmp_path,
        {
            "wire.md": "The object entered the atmosphere at about 60,000 km/h.\n",
            "tribune.md": "It hit the air at roughly 25 miles per second.\n",
            "claims.yaml": """\
                version: 1
                sources:
                  - {id: wire, path: wire.md}
                  - {id: tribune, path: tribune.md}
                subjects:
                  - {id: entry-speed, label: Entry speed, unit: mile/s}
                claims:
                  - {id: w, source: wire, subject: entry-speed, value: ~60000 kph,
                     quote: "at about 60,000 km/h"}
                  - {id: t, source: tribune, subject: entry-speed, value: ~25 mile/s,
                     quote: roughly 25 miles per second}
                """,
        },
    )
    checked = run_factcheck("check", "claims.yaml", cwd=tmp_path)
    assert checked.returncode == 1
    assert "Entry speed: ~10 mile/s vs ~25 mile/s" in checked.stdout

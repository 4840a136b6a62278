"""Times of day as values: read, compared, anchored, shown ("19:30", "7:30 pm", "8-8:30 pm")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.text.numbers import clock_readings
from factcheck.values import clock
from factcheck.values.grammar import Qualifier, ValueSyntaxError, parse_value
from tests.common import agree, conflict, relation, run_factcheck, write


class TestReading:
    @pytest.mark.parametrize(
        ("text", "hours"),
        [
            ("19:30", 19.5),
            ("7:30 pm", 19.5),
            ("7:30 p.m.", 19.5),
            ("7pm", 19.0),
            ("7 PM", 19.0),
            ("12 am", 0.0),
            ("12 pm", 12.0),
            ("00:15", 0.25),
            ("24:00", 24.0),
        ],
    )
    def test_one_time(self, text: str, hours: float) -> None:
        value = parse_value(text)
        assert value.unit == clock.UNIT
        assert value.low is not None and value.low.value == pytest.approx(hours)
        assert not value.is_range

    def test_ranges_and_bounds(self) -> None:
        both = parse_value("8-8:30 pm")  # the first time takes the second's pm
        assert both.is_range and both.low and both.high
        assert (both.low.value, both.high.value) == (20.0, 20.5)
        assert (both.low.text, both.high.text) == ("8", "8:30 pm")
        spelled = parse_value("8:00 to 8:30 pm")
        assert spelled.low and spelled.low.value == 20.0
        late = parse_value("11 pm-1 am")  # past midnight: ends the next day
        assert late.low and late.high and (late.low.value, late.high.value) == (23.0, 25.0)
        by = parse_value("<=7:30 pm")
        assert by.qualifier is Qualifier.LE and by.low and by.low.value == 19.5

    @pytest.mark.parametrize("text", ["19", "4.5 mg", "5 min", "3 mm", "30 mmHg", "8 months"])
    def test_numbers_stay_numbers(self, text: str) -> None:
        assert parse_value(text).unit != clock.UNIT

    @pytest.mark.parametrize(
        ("text", "why"),
        [
            ("25:00", "hours run from 00 to 24:00"),
            ("7:75", "minutes run from 00 to 59"),
            ("13 pm", "am and pm hours run from 1 to 12"),
            (">=19:00-20:00", "cannot also be a bound"),
        ],
    )
    def test_no_clock_shows_it(self, text: str, why: str) -> None:
        with pytest.raises(ValueSyntaxError, match=why):
            parse_value(text)

    def test_shown_as_a_clock(self) -> None:
        assert [clock.shown(h) for h in (19.5, 0.25, 24.0, 24.5)] == [
            "19:30",
            "00:15",
            "24:00",
            "00:30",
        ]


class TestComparing:
    def test_minutes_apart_disagree(self) -> None:
        assert relation("19:30", "8 pm", unit=clock.UNIT) == (False, "19:30 vs 20:00")
        assert agree("19:30", "7:30 pm", unit=clock.UNIT)

    def test_a_range_of_times(self) -> None:
        assert relation("20:00-20:30", "19:30", unit=clock.UNIT) == (
            False,
            "19:30 outside 20:00-20:30",
        )
        assert agree("8-8:30 pm", "20:15", unit=clock.UNIT)

    def test_about_is_a_quarter_of_an_hour(self) -> None:
        # Not 10 % of the number: that would make "about 8 pm" two hours wide.
        assert agree("~8 pm", "20:15", unit=clock.UNIT)
        assert conflict("~8 pm", "20:30", unit=clock.UNIT)

    def test_bounds_on_one_side_are_limits(self) -> None:
        assert relation("<=19:30", "<=20:00", unit=clock.UNIT) == (
            False,
            "upper limit <=19:30 vs <=20:00",
        )


class TestAnchoring:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("in bed by 7:30 pm", {19.5}),
            ("lights out at 19:30", {19.5}),
            ("between 8:00 and 8:30", {8.0, 20.0, 8.5, 20.5}),
            ("doors open at 7pm sharp", {19.0}),
            ("at 7 and 30 minutes later", set()),
        ],
    )
    def test_times_in_prose(self, text: str, expected: set[float]) -> None:
        assert {hours for _, _, hours in clock_readings(text)} == expected


@pytest.mark.parametrize(
    ("value", "quote", "anchored"),
    [
        ("30%", "in bed by 7:30 pm", False),  # the minutes of a time are no share
        ("7", "in bed by 7:30 pm", False),
        ("19:30", "in bed by 7:30 pm", True),
        ("3", "a ratio of 3:1", True),  # no time: a minute has two digits
        ("30%", "30% of pupils are in bed by 7:30 pm", True),
    ],
)
def test_a_time_of_day_states_no_number_of_its_own(
    tmp_path: Path, value: str, quote: str, anchored: bool
) -> None:
    unit = "time_of_day" if ":" in value else ("'%'" if "%" in value else "null")
    claims = write(
        tmp_path,
        {
            "claims.yaml": f"""
                version: 1
                sources:
                  - {{id: page, path: page.md}}
                subjects:
                  - {{id: figure, unit: {unit}}}
                claims:
                  - {{id: one, source: page, subject: figure, value: "{value}", quote: "{quote}"}}
            """,
            "page.md": f"As the school says, {quote}.\n",
        },
    )
    result = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    kinds = [finding["kind"] for finding in json.loads(result.output)["findings"]]
    assert ("unanchored" not in kinds) is anchored, result.output


CLAIMS = """
    version: 1
    sources:
      - {id: newsletter, path: newsletter.md}
      - {id: magazine, path: magazine.md}
    subjects:
      - {id: school-night-bedtime, label: School-night bedtime, unit: time_of_day}
    claims:
      - id: newsletter-bedtime
        source: newsletter
        subject: school-night-bedtime
        value: "19:30"
        quote: in bed by 7:30 pm on school nights
      - id: magazine-bedtime
        source: magazine
        subject: school-night-bedtime
        value: 8-8:30 pm
        quote: a bedtime between 8:00 and 8:30 pm
"""
DOCUMENTS = {
    "newsletter.md": "Pupils in Years 1 to 6 are in bed by 7:30 pm on school nights.\n",
    "magazine.md": "For most children a bedtime between 8:00 and 8:30 pm works well.\n",
}


def test_check_reports_a_conflict_of_times(tmp_path: Path) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    result = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    [finding] = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert "19:30 outside 20:00-20:30" in finding["message"]
    # The finding points at the time as written in each document, not at "1" or "6".
    columns = sorted(location["column"] for location in finding["locations"])
    assert columns == [
        DOCUMENTS["magazine.md"].index("8:00") + 1,
        DOCUMENTS["newsletter.md"].index("7:30") + 1,
    ]
    assert not [f for f in report["findings"] if f["kind"] == "unanchored"]


def test_a_time_the_quote_does_not_say_is_unanchored(tmp_path: Path) -> None:
    wrong = CLAIMS.replace('value: "19:30"', 'value: "19:00"')
    claims = write(tmp_path, {"claims.yaml": wrong, **DOCUMENTS})
    done = run_factcheck("check", str(claims))
    assert done.returncode == 1
    assert 'value "19:00" is not what the quote says: 19:00 not found' in done.stdout


def test_a_subject_without_the_unit_is_a_located_error(tmp_path: Path) -> None:
    bare = CLAIMS.replace(", unit: time_of_day", "")
    claims = write(tmp_path, {"claims.yaml": bare, **DOCUMENTS})
    result = CliRunner().invoke(main, ["check", str(claims)])
    assert result.exit_code == 2
    assert (
        "claims.yaml:11:12: '19:30' is a time of day: its subject needs unit: time_of_day"
        in result.output
    )
    assert "Traceback" not in result.output


def test_html_chart_reads_times_as_a_clock(tmp_path: Path, open_report: Any) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    page_file = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["export", str(claims), "--html", str(page_file)])
    assert result.exit_code == 0, result.output
    opened = open_report(page_file.read_text(encoding="utf-8"))
    bedtime = opened.page.locator("#subjects .subject[data-subject=school-night-bedtime]")
    assert bedtime.locator("li").all_inner_texts() == [
        "19:30: 1 source — in conflict",
        "20:00-20:30: 1 source — in conflict",
    ]
    texts = bedtime.locator("svg.chart text").all_text_contents()
    # Axis ticks as a clock shows them, ten minutes apart over this hour and a bit; not hours
    # after midnight (19.5).
    assert texts[:7] == ["19:30", "19:40", "19:50", "20:00", "20:10", "20:20", "20:30"]
    assert not [text for text in texts if "." in text]
    assert opened.errors == []

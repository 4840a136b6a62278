"""Times of day in prose: read ("22:00", "9pm", "half past seven"), kept out of numbers, dates and
durations, drafted under the event they time, and compared by `check`."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.times import find_times
from factcheck.extract.subjects.times import event_of
from factcheck.text.numbers import clock_readings
from factcheck.values.grammar import parse_value
from tests.common import WORDS, extract_and_check


def _read(text: str) -> list[tuple[str, str]]:
    """(surface, drafted value) of each time of day in ``text``."""
    return [(t.mention.text, t.mention.value) for t in find_times(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Counting began at 22:00 on Sunday.", [("22:00", "22:00")]),
        ("Counting began at 9pm as well.", [("9pm", "21:00")]),
        ("The count began at 10 p.m. on Sunday.", [("10 p.m.", "22:00")]),
        ("Doors open at 7.30pm.", [("7.30pm", "19:30")]),
        ("It starts at 7 AM sharp.", [("7 AM", "07:00")]),
        ("The vote closes at 21h30.", [("21h30", "21:30")]),
        ("Die Wahllokale schließen um 18 Uhr.", [("18 Uhr", "18:00")]),
        ("Apply before 10 am.", [("before 10 am", "<=10:00")]),
        ("Finish eating by 7:30 pm.", [("by 7:30 pm", "<=19:30")]),
        ("Not after 6 pm.", [("Not after 6 pm", "<=18:00")]),
        ("No later than 11 pm.", [("No later than 11 pm", "<=23:00")]),
        ("Shops open from 9am.", [("from 9am", ">=09:00")]),
        ("Greens conceded defeat shortly after 5am.", [("shortly after 5am", "~05:00")]),
        ("The result came at around 04:40.", [("around 04:40", "~04:40")]),
        ("Lunch is served at noon.", [("noon", "12:00")]),
        ("Lunch is served at 12 noon.", [("12 noon", "12:00")]),
        ("Lights out at midnight.", [("midnight", "00:00")]),
        ("Be home by midnight.", [("by midnight", "<=24:00")]),
        ("We met at half past seven in the evening.", [("half past seven", "19:30")]),
        ("The train leaves at a quarter to nine in the morning.",
         [("a quarter to nine", "08:45")]),
        ("The bus leaves at seven o'clock in the evening.", [("seven o'clock", "19:00")]),
        ("Polls were open from 07:00 to 21:00.", [("from 07:00 to 21:00", "07:00-21:00")]),
        ("Open 9:00-17:30 on weekdays.", [("9:00-17:30", "09:00-17:30")]),
        ("Open 9am to 5pm.", [("9am to 5pm", "09:00-17:00")]),
        ("Open 8:00-22:00 daily.", [("8:00-22:00", "08:00-22:00")]),  # a 24-hour clock's 8
        ("A curfew from 10 p.m. to 6 a.m. remains.", [("from 10 p.m. to 6 a.m.", "22:00-06:00")]),
        ("Seek shade between 11 am and 3 pm.", [("between 11 am and 3 pm", "11:00-15:00")]),
        ("A bedtime between 7 and 8 pm suits most.", [("between 7 and 8 pm", "19:00-20:00")]),
        ("A bedtime between 8:00 and 8:30 pm.", [("between 8:00 and 8:30 pm", "20:00-20:30")]),
        ("Wide awake at 11 pm and hard to wake at 7 am.",
         [("11 pm", "23:00"), ("7 am", "07:00")]),
    ],
)  # fmt: skip
def test_times_of_day_in_prose(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected
    for _, value in expected:
        assert parse_value(value).unit == "time_of_day"


@pytest.mark.parametrize(
    "text",
    [
        "13 April 2026, 06:15 — HALBROOK (MPA)",  # a dateline
        "Published 14 June 2025, 06:30 | 6 min read",
        "Issued Thursday 3 December 2026, 7:00 am",
        "By Henrike Salo, Nordic Markets Daily. 09:15",
        "Updated 10:42",
        "Press release, Malmö, 23 October 2025, 07:30 CET",
        "2024-03-01 10:42:13 INFO started",  # a log line
        "Run `cron 10:30` to test it.",  # inline code
        "```\nstart at 10:30\n```\n",  # a code block
        "As John 3:16 says, love.",  # a verse
        "Mix it at a 1:10 dilution.",
        "A 16:9 screen.",
        "United won 3-1 at home.",
        "She ran a 2:45 marathon.",
        "He finished in 3:05 last year.",
        "The run took 1:30 hours.",
        "Take it 30 to 60 minutes before bedtime.",
        "Take 2 tablets at 8 and 12 years.",
        "The Midnight Express left.",
        "from 9 to 5",  # hours without am or pm are no times
    ],
)
def test_not_times_of_day(text: str) -> None:
    assert _read(text) == []


_SENTENCES = st.sampled_from(
    ["The figure was {} in total.", "It rose to {} last year.", "At {} the {} count", "{}"]
)
_PLAIN = st.one_of(
    st.integers(min_value=0, max_value=10_000_000).map(str),
    st.integers(min_value=1000, max_value=9_999_999).map("{:,}".format),
    st.floats(min_value=0, max_value=1000, allow_nan=False).map("{:.2f}".format),
    st.integers(min_value=0, max_value=100).map("{}%".format),
)
_MONTHS = st.sampled_from(["January", "April", "June", "Sept", "December"])
_DATES = st.one_of(
    st.builds("{} {} {}".format, st.integers(1, 28), _MONTHS, st.integers(1900, 2100)),
    st.builds("{} {}, {}".format, _MONTHS, st.integers(1, 28), st.integers(1900, 2100)),
    st.builds(
        "{:04d}-{:02d}-{:02d}".format,
        st.integers(1900, 2100),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
    st.builds("{}/{}/{}".format, st.integers(1, 28), st.integers(1, 12), st.integers(1900, 2100)),
)
_DURATIONS = st.one_of(
    st.builds(
        "{} {}".format,
        st.integers(1, 99),
        st.sampled_from(["hours", "minutes", "h", "min", "days", "years", "weeks"]),
    ),
    st.builds("{}:{:02d} hours".format, st.integers(0, 12), st.integers(0, 59)),
    st.builds("{}:{:02d}:{:02d}".format, st.integers(0, 9), st.integers(0, 59), st.integers(0, 59)),
    st.builds("in {}:{:02d}".format, st.integers(1, 9), st.integers(0, 59)),
    st.builds("{} to {} hours".format, st.integers(1, 12), st.integers(1, 12)),
)


@settings(deadline=None, max_examples=200)
@given(_SENTENCES, st.one_of(_PLAIN, _DATES, _DURATIONS))
def test_no_time_of_day_in_a_number_a_date_or_a_duration(sentence: str, written: str) -> None:
    text = sentence.format(written, "vote")
    assert _read(text) == []


@settings(deadline=None, max_examples=100)
@given(st.integers(0, 23), st.integers(0, 59))
def test_every_24_hour_time_after_at_is_read_and_anchors(hour: int, minute: int) -> None:
    text = f"Counting began at {hour:02d}:{minute:02d} on Sunday."
    ((surface, value),) = _read(text)
    assert value == f"{hour:02d}:{minute:02d}"
    assert hour + minute / 60 in {hours for _, _, hours in clock_readings(surface)}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Counting began at 22:00 on Sunday.", "count-start"),
        ("The count began at 10pm on Sunday.", "count-start"),
        ("Polls were open for 14 hours, and the count got under way at 10pm.", "count-start"),
        ("Polling stations closed at 9pm local time.", "poll-end"),
        ("At 9pm, polls closed.", "poll-end"),
        ("Polls opened at 7am.", "poll-start"),
        ("The final result was declared at 04:40.", "result-announce"),
        ("Breakfast Club opens at 7:45 am.", "club-start"),  # a name's head
        ("The coach leaves at 8:50 am.", "coach-leave"),
        ("Take melatonin at 9 pm.", "melatonin-take"),
    ],
)
def test_the_event_a_time_times(text: str, key: str) -> None:
    (found,) = find_times(text)
    assert event_of(text, found.mention.span, (0, len(text))).key == key


def test_drafts_of_a_time_of_day_are_their_own_family() -> None:
    text = "Polls were open from 07:00 to 21:00. The count took 3 hours and began at 22:00."
    drafts = draft_claims("notice", text, WORDS)
    timed = {d.value: d.subject for d in drafts if d.mention.dimension == "time_of_day"}
    # Opening hours are two times: the polls' opening and their closing.
    assert {v: s.id for v, s in timed.items()} == {
        "07:00": "when-poll-start",
        "21:00": "when-poll-end",
        "22:00": "when-count-start",
    }
    assert len({s.family for s in timed.values()}) == 3
    durations = [d for d in drafts if d.value == "3 hours"]
    assert durations and durations[0].subject.family not in {s.family for s in timed.values()}


def test_two_outlets_times_of_one_event_meet_and_disagree(tmp_path: Path) -> None:
    docs = {
        "notice.md": "# Notice\n\nPolling stations were open from 07:00 to 21:00. Counting "
        "began at 22:00 on Sunday 12 April 2026.\n",
        "courier.md": "# Courier\n\nPolling stations closed at 9pm local time, and counting "
        "began at 9pm as well. Polls opened at 7am.\n",
    }
    data, report = extract_and_check(tmp_path, docs)
    values = {(c["source"], c["subject"]): str(c["value"]) for c in data["claims"]}
    # (the ids say the pages' word, "polling", not the stem "poll" grouping keys: names31)
    assert values == {
        ("notice", "when-polling-start"): "07:00",
        ("notice", "when-polling-end"): "21:00",
        ("notice", "when-count-start"): "22:00",
        ("notice", "day-count-start"): "sunday",  # the day it began, a label of its own
        ("courier", "when-polling-end"): "21:00",
        ("courier", "when-count-start"): "21:00",
        ("courier", "when-polling-start"): "07:00",
    }
    units = {s["id"]: s.get("unit") for s in data["subjects"] if s.get("kind") != "label"}
    assert set(units.values()) == {"time_of_day"}
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert [f["subject"] for f in conflicts] == ["when-count-start"]
    assert "21:00 vs 22:00" in conflicts[0]["message"]
    # Each side points at the time as written: "9pm" in one outlet, "22:00" in the other.
    texts = {name: (tmp_path / name).read_text(encoding="utf-8") for name in docs}
    focused = {
        where["path"]: texts[where["path"]][slice(*where["focus"])]
        for where in conflicts[0]["locations"]
    }
    assert focused == {"courier.md": "9pm", "notice.md": "22:00"}
    assert not [f for f in report["findings"] if f["kind"] == "unanchored"]


def test_words_and_digits_of_one_time_agree_and_anchor(tmp_path: Path) -> None:
    data, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# A\n\nThe ferry leaves at half past seven in the evening.\n",
            "b.md": "# B\n\nThe ferry leaves at 19:30 every day.\n",
        },
    )
    assert {str(c["value"]) for c in data["claims"]} == {"19:30"}
    assert len({c["subject"] for c in data["claims"]}) == 1
    kinds = {f["kind"] for f in report["findings"]}
    assert "conflict" not in kinds and "unanchored" not in kinds


def test_different_events_stay_apart(tmp_path: Path) -> None:
    data, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# A\n\nPolls opened at 7am on Sunday.\n",
            "b.md": "# B\n\nPolls closed at 10pm on Sunday.\n",
        },
    )
    # A time and a day per event, each event's apart from the other's.
    assert {c["subject"] for c in data["claims"]} == {
        "when-polls-start",
        "when-polls-end",
        "day-polls-start",
        "day-polls-end",
    }
    assert not [f for f in report["findings"] if f["kind"] == "conflict"]


@pytest.mark.parametrize(
    ("text", "drafted"),
    [
        ("The pharmacy is open until 10pm.", [("22:00", "when-pharmaci-end")]),
        ("The pharmacy is open from 9am.", [("09:00", "when-pharmaci-start")]),
        (
            "Office open 8 am to 4 pm.",
            [("08:00", "when-offic-start"), ("16:00", "when-offic-end")],
        ),
        ("Seek shade between 11 am and 3 pm.", [("11:00-15:00", "when-shade")]),
    ],
)
def test_the_edges_of_opening_hours_are_opening_and_closing_times(
    text: str, drafted: list[tuple[str, str]]
) -> None:
    drafts = draft_claims("page", text, WORDS)
    assert [(d.value, d.subject.id) for d in drafts] == drafted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not before 10 am.", [("Not before 10 am", ">=10:00")]),
        ("On weekends wake-up time does not drift past 9 am.", [("past 9 am", "<=09:00")]),
        ("Never eat after 8 pm.", [("after 8 pm", "<=20:00")]),
        ("We meet at seven in the evening.", [("seven", "19:00")]),
        ("Doors at 7 at night.", [("7", "19:00")]),
        ("Take two in the evening.", []),  # a dose, not a time
    ],
)
def test_negated_bounds_and_hours_named_by_their_half_of_the_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        ("Voting ended at 9pm.", "poll-end", ""),  # a vote is a poll, ending is closing
        ("The store opens at 9am on Sundays.", "shop-start", "sundays"),
        ("The shop's sale starts at 10am.", "sale-start", ""),  # the possessor is no thing
        ("Counting began at 22:00 on Sunday 12 April.", "count-start", ""),  # one day: a date
        ("Pupils are in bed by 7:30 pm on school nights.", "bedtime", "school nights"),
        ("Every Saturday the market opens at 8am.", "market-start", "saturdays"),
        ("Open Monday to Friday, 8 am to 6 pm.", "", "monday-friday"),
    ],
)
def test_synonyms_meet_and_recurring_days_are_a_case(text: str, key: str, days: str) -> None:
    drafts = [d for d in draft_claims("page", text, WORDS) if d.mention.dimension == "time_of_day"]
    assert drafts
    for draft in drafts:
        if key:
            assert draft.subject.id == f"when-{key}"
        assert draft.subject.context.get("days", "") == days


def test_a_long_line_of_times_is_read_in_linear_time() -> None:
    # Each time looks at a bounded window around it (its line, its clause), never the whole
    # line: 16,000 times on one 300 KB line took 45 s per 4,000 before, quadratic.
    import time as clock_time

    text = "doors open at 9pm and close at 11pm, " * 8000
    started = clock_time.perf_counter()
    found = find_times(text)
    assert len(found) == 16000
    assert clock_time.perf_counter() - started < 30


@settings(deadline=None, max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            ["at", "by", "between", "and", "to", "-", " ", "7", "12", "25", "09", ":", "30", "75",
             "pm", "a.m.", "h", "Uhr", "noon", "midnight", "half past", "seven", "o'clock", ".",
             ",", "\n", "`", "not", "after", "in the evening", "13"]
        ),
        max_size=30,
    ).map(" ".join)
)  # fmt: skip
def test_any_text_reads_without_error_and_every_time_drafted_parses(text: str) -> None:
    for found in find_times(text):
        value = parse_value(found.mention.value)
        assert value.unit == "time_of_day"
    for draft in draft_claims("page", text, WORDS):
        if draft.mention.dimension == "time_of_day":
            assert parse_value(draft.value).unit == "time_of_day"

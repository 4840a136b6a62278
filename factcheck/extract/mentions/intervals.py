"""Intervals of a schedule written in words as mentions: "every half hour", "half-hourly",
"twice an hour" are durations in minutes, as "every 20 minutes" is (read by
``text.numbers.intervals``, which anchoring reads too)."""

from __future__ import annotations

from factcheck.extract.mentions.find import Mention
from factcheck.text.numbers.intervals import interval_readings
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier


def find_intervals(text: str) -> list[Mention]:
    """Intervals in words in ``text``, in order, as durations in minutes."""
    return [
        Mention(
            (start, end),
            text[start:end],
            Amount(minutes, minutes, "minute"),
            Qualifier.EQ,
            "duration",
        )
        for start, end, minutes in interval_readings(text)
    ]

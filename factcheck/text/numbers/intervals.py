"""Intervals of a schedule written in words, read as the span between two runs, as "every 20
minutes" is read (a duration): "every half hour" and "half-hourly" are 30 minutes, "every
quarter of an hour" 15 minutes, "every hour", "hourly" and "once an hour" 1 hour, "every other
hour" 2 hours, "twice an hour" 30 minutes, "three times an hour" 20 minutes (a timetable's
"n times an hour" is one every 60/n minutes). Not "half an hour" alone (a duration the number
reader reads), nor a rate's base ("25 miles for every hour the car is plugged in"), nor "hourly" before a noun ("hourly snapshots", "an hourly rate": a kind).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_S = r"[ \t\u00a0]+"
_TIMES = {"once": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "six": 6, "2": 2, "3": 3, "4": 4, "6": 6}  # fmt: skip
_INTERVAL_RE = re.compile(
    rf"(?<!\bfor )(?<!\bper )(?<!\bin )\b(?:every|each){_S}(?:(?P<half>half(?:[ \t\u00a0-]an)?[ \t\u00a0-]hour)"
    rf"|(?P<quarter>quarter(?:{_S}of{_S}an|[ \t\u00a0-]an)?[ \t\u00a0-]hour)"
    rf"|(?P<other>(?:other|second){_S}hour)|(?P<hour>hour))\b(?![ \t\u00a0-]*(?:long|of\b))"
    rf"|\b(?P<halfly>half[ \t\u00a0-]?hourly|quarter[ \t\u00a0-]?hourly|hourly)\b"
    r"(?=[ \t\u00a0]*(?:[.,;:)!?]|\Z|\n|(?:at|from|on|during|between|until|till|and|or|in"
    r"|throughout|through|round|around|all|every|each|by|to|via|except|when|while|with)\b))"
    rf"|\b(?P<n>{'|'.join(_TIMES)})(?:{_S}times)?{_S}(?:an|per|each|every){_S}hour\b",
    re.IGNORECASE,
)


def interval_readings(text: str) -> Iterator[tuple[int, int, float]]:
    """``(start, end, minutes)`` of each interval in words in ``text``, in order."""
    for match in _INTERVAL_RE.finditer(text):
        if match["half"]:
            minutes = 30.0
        elif match["quarter"]:
            minutes = 15.0
        elif match["other"]:
            minutes = 120.0
        elif match["hour"]:
            minutes = 60.0
        elif match["halfly"]:
            said = match["halfly"].lower()
            minutes = 30.0 if said.startswith("half") else 15.0 if said[0] == "q" else 60.0
        else:
            said = match["n"].lower()
            if said.isdigit() and "times" not in match.group().lower():
                continue  # "2 per hour" is a rate of something counted
            minutes = 60.0 / _TIMES[said]
        yield match.start(), match.end(), minutes

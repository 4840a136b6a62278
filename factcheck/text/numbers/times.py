"""Times of day as prose writes them: "7:30 pm", "22:00", "21h30", "21.30 Uhr", "noon",
"midnight", "half past seven", "quarter to nine", "seven o'clock".

One reader for anchoring (``reading.clock_readings``) and extract (``extract.mentions.times``).
A time says its half of the day when it has am or pm, a 24-hour hour (a leading zero, 13 and
later, "h" or "Uhr"), or is noon or midnight; otherwise (``7:30``, "half past seven") it is
``twelve``: 7.5 or 19.5, as its words around say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.values import clock

_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_HOUR_WORD = "|".join(_HOUR_WORDS)
_HOUR = rf"(?:1[0-2]|0?[1-9]|{_HOUR_WORD})"
_MERIDIEM = r"(?P<half>[ap])(?:\.[ \t\u00a0]?m\b\.?|m\b)"

_TIME_RE = re.compile(
    "|".join(
        [
            # "7:30 pm", "7.30pm", "7 p.m.", "10am", "twelve noon": am or pm says the half.
            rf"(?<![\w.:,])(?P<dh>\d{{1,2}})(?:[:.](?P<dm>[0-5]\d))?[ \t\u00a0]?{_MERIDIEM}",
            # "21h30", "21.30 Uhr", "21 Uhr": a 24-hour clock's ways.
            r"(?<![\w.:,])(?P<hh>[01]?\d|2[0-4])h(?P<hm>[0-5]\d)\b",
            r"(?<![\w.:,])(?P<uh>[01]?\d|2[0-4])(?:[:.](?P<um>[0-5]\d))?[ \t\u00a0]Uhr\b",
            # "22:00", "07:00", "7:30".
            r"(?<![\w.:,])(?P<ch>\d{1,2}):(?P<cm>[0-5]\d)(?![\d:]|\.\d)",
            # "noon", "12 noon", "twelve noon", "midday", "midnight".
            r"(?<![\w-])(?:(?:12|twelve)[ \t\u00a0])?(?P<word>noon|midday|midnight)\b(?!-)",
            # "half past seven", "quarter past 9", "a quarter to nine", "ten past six".
            rf"(?<![\w-])(?:(?:a[ \t\u00a0]+)?(?P<part>half|quarter)[ \t\u00a0]+(?P<dir>past|to)"
            rf"|(?P<few>twenty-five|twenty|ten|five)[ \t\u00a0]+past)[ \t\u00a0]+(?P<ph>{_HOUR})\b"
            r"(?![ \t\u00a0]*(?:-|–|%|percent|per|[a-z]+s\b))",
            # "seven in the evening", "7 at night": an hour its half of the day names (the
            # caller asks for a word of clock time before it: "take two in the evening" is a dose).
            rf"(?<![\w.:,-])(?P<eh>{_HOUR})(?=[ \t\u00a0]+(?:in[ \t\u00a0]+the[ \t\u00a0]+"
            r"(?:morning|afternoon|evening)|at[ \t\u00a0]+night)\b)",
            # "seven o'clock", "9 o’clock".
            rf"(?<![\w-])(?P<oh>{_HOUR})[ \t\u00a0]+o['’]?[ \t\u00a0]?clock\b",
        ]
    ),
    re.IGNORECASE,
)
_PARTS = {"half": 30, "quarter": 15, "twenty": 20, "ten": 10, "five": 5, "twenty-five": 25}


@dataclass(frozen=True)
class Time:
    """One time of day in a text."""

    start: int
    end: int
    hours: float
    """Hours after midnight as read (``7:30`` and "half past seven" read 7.5)."""
    twelve: bool
    """Whether the text leaves its half of the day open: ``hours + 12`` reads it too."""
    meridiem: str = ""
    """``a`` or ``p`` when am or pm is written, else ""."""
    bare: bool = False
    """Whether it is an hour alone that the words after it make a time ("seven in the
    evening"): a time only after a word of clock time ("at", "by")."""


def _hour(written: str) -> int:
    return _HOUR_WORDS.get(written.lower()) or int(written)


def times(text: str) -> list[Time]:
    """Every time of day written in ``text``, in order, none overlapping. A bare hour ("at 7")
    is no time here: the caller decides from its words (a range's other end, "in the
    evening")."""
    found: list[Time] = []
    for match in _TIME_RE.finditer(text):
        start, end = match.span()
        try:
            found.append(_read(match, start, end))
        except clock.ClockError:
            continue  # "13 pm", "25:00": no clock shows it
    return found


def _read(match: re.Match[str], start: int, end: int) -> Time:
    group = match.group
    if group("dh") is not None:
        half = group("half").lower()
        hours = clock.hours(group("dh"), group("dm"), half, match.group())
        return Time(start, end, hours, False, half)
    if group("hh") is not None:
        return Time(start, end, clock.hours(group("hh"), group("hm"), None, group()), False)
    if group("uh") is not None:
        return Time(start, end, clock.hours(group("uh"), group("um"), None, group()), False)
    if group("ch") is not None:
        hour = group("ch")
        hours = clock.hours(hour, group("cm"), None, group())
        # "07:00", "21:00" and "0:30" say their half; "7:30" does not.
        return Time(start, end, hours, not hour.startswith("0") and 1 <= int(hour) <= 12)
    if group("word") is not None:
        return Time(start, end, 0.0 if group("word").lower() == "midnight" else 12.0, False)
    if group("ph") is not None:
        hour = _hour(group("ph"))
        minutes = _PARTS[(group("part") or group("few")).lower()]
        if (group("dir") or "").lower() == "to":
            hour, minutes = hour - 1 if hour > 1 else 12, 60 - minutes
        return Time(start, end, hour % 12 + minutes / 60 if hour != 12 else 12 + minutes / 60, True)
    hour = _hour(group("oh") or group("eh"))
    return Time(start, end, float(hour), True, bare=group("eh") is not None)

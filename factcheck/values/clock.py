"""Times of day as values: ``19:30``, ``7:30 pm``, ``8-8:30 pm``, ``by 7:30 pm`` written ``<=19:30``.

A time of day is a number of hours after midnight in the unit ``time_of_day`` (a dimension of its
own: it never converts to a duration), shown back as ``19:30``. It names a minute, so it covers
that minute and no rounding more; ``~`` widens it by ``APPROXIMATE_MINUTES``.
"""

from __future__ import annotations

import re

UNIT = "time_of_day"
"""The unit of every time of day: hours after midnight (``19:30`` is 19.5)."""
APPROXIMATE_MINUTES = 15
"""How far ``~`` widens a time of day either side: "around 8 pm" is 19:45-20:15. (The 10 % that
widens other numbers would be two hours of 8 pm.)"""
HALF = 1 / 120
"""Half a minute, in hours: what a time of day covers either side (``19:30`` is 19:29:30 to
19:30:30)."""

#: One time: "19:30", "7:30 pm", "7pm", "7:30 a.m.", "24:00"; the hour and minutes as written.
_TIME = (
    r"(?P<{p}h>\d{{1,2}})(?::(?P<{p}m>\d{{2}}))?(?P<{p}suffix>\s*(?P<{p}half>[ap])\.?\s?m\b\.?)?"
)
_CLOCK_RE = re.compile(
    rf"""^(?P<q>~|≈|>=|<=|≥|≤|>|<)?\s*{_TIME.format(p="a")}
    (?:\s*(?:-|–|—|\bto\b)\s*{_TIME.format(p="b")})?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


class ClockError(ValueError):
    """A time of day that no clock shows (``25:00``, ``7:75``, ``13 pm``); the message says why."""


def read(text: str) -> tuple[str | None, tuple[float, str], tuple[float, str] | None] | None:
    """``(qualifier, (hours, as written), the range's end the same way or None)`` when ``text``
    is a time of day or a range of them, else None. A time needs minutes or am/pm to be one ("19:30", "7 pm"; "19"
    is a number); a range's first time takes its am/pm from the second ("8-8:30 pm"). A range
    that ends past midnight ends the next day ("23:00-01:00" is 23 to 25). Raises ClockError for
    a time no clock shows."""
    match = _CLOCK_RE.match(text)
    if match is None:
        return None
    if match["bh"] is None:
        if match["am"] is None and match["ahalf"] is None:
            return None
        one = hours(match["ah"], match["am"], match["ahalf"], text)
        return match["q"], (one, _written(match, "a")), None
    if match["bm"] is None and match["bhalf"] is None:
        return None
    if match["am"] is None and match["ahalf"] is None and match["bhalf"] is None:
        return None
    first_half = match["ahalf"] or match["bhalf"]
    low = hours(match["ah"], match["am"], first_half, text)
    high = hours(match["bh"], match["bm"], match["bhalf"], text)
    if match["ahalf"] is None and match["bhalf"] is not None and low > high:
        # "11-1 am" is not what "11 to 1" says; "11 pm to 1 am" is written in full.
        low = hours(match["ah"], match["am"], None, text)
    if high < low:
        high += 24
    return match["q"], (low, _written(match, "a")), (high, _written(match, "b"))


def _written(match: re.Match[str], side: str) -> str:
    """One time of a match as written: "8", "19:30", "8:30 p.m."."""
    ends = (match.end(f"{side}{group}") for group in ("h", "m", "suffix"))
    return match.string[match.start(f"{side}h") : max(ends)]


def hours(hour: str, minutes: str | None, half: str | None, text: str) -> float:
    """Hours after midnight of a time as written: its hour, minutes (or None), ``a`` or ``p``
    for am or pm (or None for a 24-hour clock), and the text it stands in for a message.
    Raises ClockError for a time no clock shows."""
    h, m = int(hour), int(minutes or 0)
    if m > 59:
        raise ClockError(f"{text!r} is no time of day: minutes run from 00 to 59")
    if half is not None:
        if not 1 <= h <= 12:
            raise ClockError(f"{text!r} is no time of day: am and pm hours run from 1 to 12")
        h = h % 12 + (12 if half.lower() == "p" else 0)
    elif h > 24 or (h == 24 and m):
        raise ClockError(f"{text!r} is no time of day: hours run from 00 to 24:00")
    return h + m / 60


def shown(hours: float) -> str:
    """Hours after midnight as a clock shows them: 19.5 is ``19:30``, 24.5 (past midnight, in a
    range) ``00:30``."""
    minutes = round(hours * 60)
    if minutes != 24 * 60:
        minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"

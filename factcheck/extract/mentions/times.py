"""Times of day in prose as mentions: "counting began at 22:00", "polls closed at 9pm", "apply
before 10 am", "open 9:00-17:30", "between 7 and 8 pm", "just after midnight", "half past seven".

The forms are read by ``text.numbers.times`` (the reader anchoring uses too); this module says
which of them are claims and with what qualifier, and joins two into a range. Left out: page
furniture (a dateline's or byline's time, "Updated 10:42", lines that say published or issued),
log and code (inside Markdown code, or with seconds: "10:42:13"), race and split times ("a 2:45
marathon", "in 3:05", "1:30 hours"), verses and ratios ("John 3:16", "a 1:10 dilution"): a time
written with a colon alone and no am or pm needs a word of clock time before it ("at 7:30").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.mentions.find import Mention
from factcheck.text.numbers.furniture import MONTH
from factcheck.text.numbers.times import Time, times
from factcheck.values import clock
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

#: The dimension (and ``Mention.amount.unit``) of a time of day.
DIMENSION = clock.UNIT
_SPACE = r"[ \t\u00a0]+"
_QUALIFIERS: list[tuple[re.Pattern[str], Qualifier]] = [
    (re.compile(rf"\b(?:{words}){_SPACE}\Z", re.IGNORECASE), qualifier)
    for words, qualifier in (
        (
            r"(?:shortly|just|soon|right)[ \t\u00a0]+(?:after|before)|around|about|approximately"
            r"|approx\.?|roughly|circa|ca\.|towards?|nearly|almost|some[ \t\u00a0]?time[ \t\u00a0]"
            r"+(?:around|after|before)",
            Qualifier.APPROX,
        ),
        (
            r"(?:no|not)[ \t\u00a0]+later[ \t\u00a0]+than|by|before|until|till|til|up[ \t\u00a0]+"
            r"to|not[ \t\u00a0]+after|no[ \t\u00a0]+later",
            Qualifier.LE,
        ),
        (
            r"(?:no|not)[ \t\u00a0]+earlier[ \t\u00a0]+than|after|from|since|not[ \t\u00a0]+"
            r"before|past|beyond|later[ \t\u00a0]+than",
            Qualifier.GE,
        ),
    )
]
#: A negated verb right before a lower bound turns it into an upper one.
_NEGATED_RE = re.compile(
    r"\b(?:not|never|n't)(?:[ \t\u00a0]+[a-z]+){0,2}[ \t\u00a0]+\Z", re.IGNORECASE
)
#: Words after which a time written "7:30" (no am or pm) is a clock's: a preposition of time.
_CLOCK_CUE_RE = re.compile(
    r"\b(?:at|by|from|until|till|before|after|around|about|between|to|since|opens?|closes?"
    r"|and|or|than|approximately|roughly)[ \t\u00a0]+\Z|[-–—][ \t\u00a0]*\Z",
    re.IGNORECASE,
)
#: What makes a colon's figure a duration, a race time or a score, not a clock time.
_NOT_CLOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:in|of|a|an|sub|under|over|pace|time|times|record|finish|finished|ran|run|clocked"
    r"|chapter|verse|ratio|aspect|score|scored)[ \t\u00a0-]*|[A-Z][a-z]+[ \t\u00a0]+)\Z"
)
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_BEFORE_RE = re.compile(rf"\b{_DAYS}[ \t\u00a0]+\Z", re.IGNORECASE)
_NOT_CLOCK_AFTER_RE = re.compile(
    r"[ \t\u00a0]*(?:hours?|hrs?|h\b|minutes?|mins?\b|min/|/km|/mile|per\b|pace|marathons?"
    r"|half|km\b|miles?\b|ratio|aspect|split|finish|dilution|mix)",
    re.IGNORECASE,
)
#: A word form ("noon", "midnight") is a time after a preposition or with a bound
#: ("after midnight"), not in a name ("the Midnight Express").
_WORD_CUE_RE = re.compile(
    r"\b(?:at|by|until|till|before|after|past|from|to|around|about|and|than|since|between|or"
    r"|gone|approximately|roughly|towards?)[ \t\u00a0]+\Z|[-–—][ \t\u00a0]*\Z",
    re.IGNORECASE,
)
_MONTH_RE = MONTH
#: A time right after a date is the date's ("13 April 2026, 06:15", "Thursday 3 December 2026,
#: 7:00 am", "2025-06-14 06:30"): a dateline's, a byline's, a log's.
_DATE_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_MONTH_RE})\.?(?:[ \t\u00a0]+\d{{1,2}}(?:st|nd|rd|th)?)?,?[ \t\u00a0]+\d{{4}}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t\u00a0]+(?:{_MONTH_RE})\.?(?:,?[ \t\u00a0]+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}T?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"[ \t\u00a0]*(?:,|at|@|[-–—|·•])?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
#: A line that is page furniture: a page's own date and time, a byline.
_FURNITURE_LINE_RE = re.compile(
    r"\b(?:published|updated|last updated|posted|issued|last reviewed|reviewed|filed|modified"
    r"|copyright|timestamp)\b|©|\bmin(?:ute)?s?[ \t\u00a0]+read\b|^[ \t]*(?-i:By)[ \t]+(?-i:[A-Z])",
    re.IGNORECASE,
)
_SECONDS_AFTER_RE = re.compile(r"[:.]\d\d\b")
#: Between the two ends of a range: "9am to 5pm", "07:00-21:00", "between 7 and 8 pm".
_RANGE_SEP_RE = re.compile(
    r"[ \t\u00a0]*(?:-|–|—|to|until|till|through|and)[ \t\u00a0]*", re.IGNORECASE
)
#: A range's second end right after a time: "9:00-17:30", "7:00 to 21:00".
_RANGE_AFTER_RE = re.compile(
    r"[ \t\u00a0]*(?:-|–|—|to|until|till)[ \t\u00a0]*\d{1,2}[:.h]?\d{0,2}[ \t\u00a0]*(?:[ap]\.?m\b|Uhr|(?<=\d\d))",
    re.IGNORECASE,
)
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween[ \t\u00a0]+\Z", re.IGNORECASE)
_OPENER_BEFORE_RE = re.compile(r"\b(?:between|from)[ \t\u00a0]+\Z", re.IGNORECASE)
_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: A bare hour before a range's second end: "between 7 and 8 pm", "from 9 to 11 am".
_BARE_HOUR_BEFORE_RE = re.compile(
    rf"(?<![\w.:,])(?P<h>1[0-2]|0?[1-9]|{'|'.join(_HOUR_WORDS)})"
    r"(?:[:.](?P<m>[0-5]\d))?[ \t\u00a0]*(?:-|–|—|to|until|till|and)[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
_EVENING_RE = re.compile(
    r"\b(?:evening|evenings|tonight|night|afternoon|bedtime|bed|dinner|supper|pm|p\.m\.)\b",
    re.IGNORECASE,
)
_MORNING_RE = re.compile(r"\b(?:morning|mornings|breakfast|dawn|a\.m\.|am)\b", re.IGNORECASE)
_EVENING_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:in[ \t\u00a0]+the[ \t\u00a0]+(?P<pm>evening|afternoon)|(?P<night>at[ \t\u00a0]"
    r"+night|tonight)|in[ \t\u00a0]+the[ \t\u00a0]+(?P<am>morning))\b",
    re.IGNORECASE,
)
_CODE_FENCE_RE = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)
_INLINE_CODE_RE = re.compile(r"`[^`\n]+`")
_MAX_QUALIFIER = 32
_LINE_REACH = 200


@dataclass(frozen=True)
class TimeMention:
    """A time of day (or a range of them) drafted as a claim."""

    mention: Mention
    ends: tuple[Mention, Mention] | None = None
    """For a range, each end as a mention of its own ("open from 07:00 to 21:00": the opening
    and the closing time), for subjects that split it; None for one time."""


def find_times(text: str) -> list[TimeMention]:
    """The times of day in ``text`` that state something, in order, none overlapping."""
    read = [t for t in times(text) if _stated(text, t)]
    if not read:
        return []
    code: list[tuple[int, int]] = []
    for a, b in sorted(_code_spans(text)):  # disjoint: inline code inside a fence is the fence
        if code and a < code[-1][1]:
            code[-1] = (code[-1][0], max(b, code[-1][1]))
        else:
            code.append((a, b))
    starts = [a for a, _ in code]
    read = [t for t in read if not _inside(code, starts, t.start)]
    found: list[TimeMention] = []
    index = 0
    while index < len(read):
        time = read[index]
        nxt = read[index + 1] if index + 1 < len(read) else None
        sep = _RANGE_SEP_RE.fullmatch(text, time.end, nxt.start) if nxt is not None else None
        if nxt is not None and sep is not None and _joins(text, time, sep.group()):
            found.append(_range(text, time, nxt, time.start))
            index += 2
            continue
        bare = _BARE_HOUR_BEFORE_RE.search(text, max(0, time.start - 16), time.start)
        if bare is not None and time.meridiem and _joins(text, None, bare.group(), bare.start()):
            hour = bare["h"]
            hour = str(_HOUR_WORDS.get(hour.lower(), hour))
            try:
                low = clock.hours(hour, bare["m"], time.meridiem, bare.group())
            except clock.ClockError:
                low = None
            if low is not None:
                if low > time.hours:  # "11 to 1 pm" is 11:00 to 13:00
                    low = clock.hours(hour, bare["m"], None, bare.group())
                first = Time(
                    bare.start(),
                    bare.start() + len(bare["h"]) + (len(bare["m"]) + 1 if bare["m"] else 0),
                    low,
                    False,
                )
                found.append(_range(text, first, time, bare.start()))
                index += 1
                continue
        found.append(TimeMention(_one(text, time)))
        index += 1
    return found


def _joins(text: str, first: Time | None, sep: str, start: int | None = None) -> bool:
    """Whether a separator makes a range: "and" only after "between"."""
    if sep.strip().lower() != "and":
        return True
    at = first.start if first is not None else start
    assert at is not None
    return _BETWEEN_BEFORE_RE.search(text, max(0, at - 12), at) is not None


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` lies in one of the sorted ``spans`` (``starts`` their starts)."""
    index = bisect.bisect_right(starts, at) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Markdown code: fenced blocks and inline code."""
    spans = [m.span() for m in _INLINE_CODE_RE.finditer(text)] if "`" in text else []
    fences = [m.start() for m in _CODE_FENCE_RE.finditer(text)]
    spans += [(a, b) for a, b in zip(fences[::2], fences[1::2], strict=False)]
    if len(fences) % 2:
        spans.append((fences[-1], len(text)))
    return spans


def _stated(text: str, time: Time) -> bool:
    """Whether the time at ``time`` states something (not furniture, a log, a race time)."""
    # The line around it, at most _LINE_REACH characters either side: a page's date line is
    # short, and a scan of a long line per time would be quadratic.
    line_start = text.rfind("\n", max(0, time.start - _LINE_REACH), time.start) + 1
    if line_start == 0 and time.start > _LINE_REACH:
        line_start = time.start - _LINE_REACH
    line_end = text.find("\n", time.end, time.end + _LINE_REACH)
    line = text[line_start : min(len(text), time.end + _LINE_REACH) if line_end < 0 else line_end]
    if _FURNITURE_LINE_RE.search(line):
        return False
    before = text[max(line_start, time.start - 48) : time.start]
    if _DATE_BEFORE_RE.search(before) or _SECONDS_AFTER_RE.match(text, time.end):
        return False
    written = text[time.start : time.end]
    if time.bare:
        return _CLOCK_CUE_RE.search(before) is not None
    if written[:1].isdigit() and not time.meridiem and ":" in written:
        if _NOT_CLOCK_AFTER_RE.match(text, time.end):
            return False
        cue = _CLOCK_CUE_RE.search(before) is not None
        if _NOT_CLOCK_BEFORE_RE.search(before) and not (cue or _DAY_BEFORE_RE.search(before)):
            return False
        if time.twelve and not cue and not _RANGE_AFTER_RE.match(text, time.end):
            return False
    if written[:1].isalpha() and written.lower().endswith(("noon", "midday", "midnight")):
        return bool(_WORD_CUE_RE.search(before)) or bool(
            _qualifier(text, time.start)[1] < time.start
        )
    return True


def _qualifier(text: str, start: int) -> tuple[Qualifier, int]:
    """The qualifier written before a time and where it starts."""
    before = text[max(0, start - _MAX_QUALIFIER) : start]
    found = [(m.start(), q) for p, q in _QUALIFIERS if (m := p.search(before)) is not None]
    if not found:
        return Qualifier.EQ, start
    # The longest: "not before 10 am" is no "before 10 am".
    at, qualifier = min(found, key=lambda item: item[0])
    at += start - len(before)
    if qualifier is Qualifier.GE and _NEGATED_RE.search(text, max(0, at - 24), at):
        qualifier = Qualifier.LE  # "does not drift past 9 am", "never after 10 pm"
    return qualifier, at


def _resolved(text: str, time: Time) -> float:
    """A time's hours with its half of the day said by its words: "half past seven in the
    evening", "by 7:30 in a sentence about bedtime"; without such words, 1 to 6 o'clock is
    afternoon and 7 to 11 morning (a time that leaves it open is read as people mostly mean)."""
    if not time.twelve:
        return time.hours
    after = _EVENING_AFTER_RE.match(text, time.end)
    if after is not None:
        evening = bool(after["pm"] or after["night"])
    else:
        reach = max(0, time.start - _LINE_REACH)
        start = (
            max(text.rfind(".", reach, time.start), text.rfind("\n", reach, time.start), reach - 1)
            + 1
        )
        limit = time.end + _LINE_REACH
        stop = [
            p for p in (text.find(".", time.end, limit), text.find("\n", time.end, limit)) if p >= 0
        ]
        sentence = text[start : min(stop) if stop else min(len(text), limit)]
        evening_words = len(_EVENING_RE.findall(sentence))
        morning_words = len(_MORNING_RE.findall(sentence))
        if evening_words != morning_words:
            evening = evening_words > morning_words
        else:
            evening = 1 <= time.hours < 7
    if 12 <= time.hours < 13:
        return time.hours  # "12:30", "half past twelve": after noon, as people mostly mean
    hours = time.hours % 12
    return hours + 12 if evening else hours


def _one(text: str, time: Time) -> Mention:
    qualifier, start = _qualifier(text, time.start)
    hours = _resolved(text, time)
    if hours == 0 and qualifier is Qualifier.LE:
        hours = 24.0  # "by midnight", "until midnight": the day's end
    return Mention(
        (start, time.end), text[start : time.end], Amount(hours, hours, clock.UNIT), qualifier,
        DIMENSION,
    )  # fmt: skip


def _range(text: str, first: Time, second: Time, at: int) -> TimeMention:
    """Two times as one range ("07:00 to 21:00", "between 8:00 and 8:30 pm")."""
    high = _resolved(text, second)
    if first.twelve and second.meridiem:
        low = first.hours % 12 + (12 if second.meridiem == "p" else 0)
        if low > high:
            low = first.hours % 12
    elif first.twelve and not second.twelve:
        low = first.hours  # "9:00-17:30", "7:00 to 21:00": a 24-hour clock's, as written
    else:
        low = _resolved(text, first)
    if second.twelve and not first.twelve and high < low and high + 12 >= low:
        high += 12
    if high < low:
        high += 24  # "23:00-01:00" ends the next day
    opener = _OPENER_BEFORE_RE.search(text, max(0, at - 12), at)
    start = at if opener is None else opener.start()
    end = second.end
    mention = Mention(
        (start, end), text[start:end], Amount(low, high, clock.UNIT), Qualifier.EQ, DIMENSION
    )
    closes = high - 24 if high > 24 else high  # "until 01:00" closes at 01:00
    opening = Mention(
        (first.start, first.end), text[first.start : first.end], Amount(low, low, clock.UNIT),
        Qualifier.EQ, DIMENSION,
    )  # fmt: skip
    closing = Mention(
        (second.start, second.end), text[second.start : second.end],
        Amount(closes, closes, clock.UNIT), Qualifier.EQ, DIMENSION,
    )  # fmt: skip
    return TimeMention(mention, (opening, closing))

"""Shares and counts told within a time window or as of a moment: compared only at the same one.

"About half of our patients are better within 6 months" and "Nine in ten people recover within
12 months" state two shares of people better, each within its own window, so they do not
disagree; "about 80% of people are better within a year" and the nine in ten within 12 months
do. "17 fragments have been recovered so far" (a page of 14 March) and "As of Tuesday, 23
fragments had been recovered" (the Tuesday before a page of 18 March) count one running total at
two moments. So a share or count gets, after grouping:

- ``window``: the time window its clause tells it within ("within 6 months", "within a year",
  "in the first year", "over 12 weeks", "after a year", "a year later", "At three months,",
  "by the 12-month follow-up", "in 12 months"), in one unit so that equal windows meet (12
  months is ``1 year``, 48 hours ``2 days``, 14 days ``2 weeks``);
- ``as of``: for a count, the day its clause or its sentence's opening words tell it at ("so
  far", "to date", "at the time of writing": the page's date; "as of Tuesday", "By Saturday
  evening": that weekday on or before the page's date; "yesterday", "by 14 March"), as a date.
  Without a page date no moment is read: "so far" of an undated page is no day.

A key is only kept where every share or count of its subject is told with one and they are not
all the same (two windows, two days). A figure told without one ("around 900 head-office roles
over three years" against "up to 1,400 head office jobs"; "Over the nine days of the heatwave,
more than 600 people were admitted" against "admitted 412 people ... during the heatwave") is
one quantity, which one page bounds in time and the other leaves to its context, and its subject
stays compared as before: a context key only some of its claims had would set those apart from
it. The moment is read after grouping, where the page's date is known; a window also keeps two
groups apart while grouping (``group._separators``: the half within 6 months and the nine in
ten within 12 months are no one share), so that a share meets the share of its own window.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.mentions.context import Surroundings, TextIndex
from factcheck.text.dates import MONTH_NAMES, WEEKDAY_NAMES

#: Context key of the window a share or count is told within.
WINDOW = "window"
#: Context key of the day a running count is told at.
AS_OF = "as of"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36,
    "forty-eight": 48,
}  # fmt: skip
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_U = r"(?P<u>hours?|days?|weeks?|months?|years?)"
#: A time window told with a share or count ("within 6 months", "in the first year", "over 12
#: weeks", "after a year", "a year later", "at three months", "by the 12-month follow-up", "in
#: 12 months", "in the 48 hours before"). Not "for the first 6 weeks" (a phase of a course) nor
#: "every 2 weeks" (an interval).
_WINDOW_RE = re.compile(
    rf"\b(?:within|in|over|during|after|at|by)\s+(?:the\s+)?(?:first\s+|past\s+|last\s+|next\s+)?"
    rf"(?:{_N}[\s-]+{_U}|(?P<u2>hour|day|week|month|year))\b"
    rf"(?:[\s-]+(?:follow-up|mark|point)\b)?(?![\s-]+(?:old|later|ago)\b)"
    rf"|\b{_N.replace('<n>', '<n3>')}\s+{_U.replace('<u>', '<u3>')}\s+(?:later|after)\b",
    re.IGNORECASE,
)
#: Words that make a window phrase no window: a period of one's life or of a course ("after 2
#: weeks of home treatment" is a wait), an age ("at 6 months old"), a change's size ("by 2 days").
_NOT_A_WINDOW_RE = re.compile(r"\s+(?:of|old|ago|apart|each|every)\b", re.IGNORECASE)
#: The page's own day: "17 fragments have been recovered so far".
_TODAY_RE = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|at\s+the\s+time\s+of\s+writing|at\s+last\s+count)\b",
    re.IGNORECASE,
)
#: A named day a running count is told at: "As of Tuesday", "By Saturday evening", "as of 14
#: March", "by last night", "this morning" (a day said from the page's needs no "as of"). A bare
#: weekday is an event's day ("gave way before dawn on Wednesday", "Two of the vehicles were
#: recovered on Thursday"), not a count's moment, unless it opens the sentence (``_OPENING_DAY_RE``).
_DAY_RE = re.compile(
    r"\b(?:as\s+of|as\s+at|by|up\s+to|until)\s+(?:late\s+|early\s+)?(?:on\s+)?"
    r"(?P<weekday>" + "|".join(WEEKDAY_NAMES) + r")\b"
    r"|\b(?:(?:as\s+of|as\s+at|by|up\s+to|until)\s+)?(?:(?P<yesterday>yesterday|last\s+night)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening)))\b"
    r"|\b(?:as\s+of|as\s+at|by|up\s+to|until)\s+(?:(?P<d>\d{1,2})\s+(?P<month>"
    + "|".join(MONTH_NAMES)
    + r")|(?P<month2>"
    + "|".join(MONTH_NAMES)
    + r")\s+(?P<d2>\d{1,2})\b)",
    re.IGNORECASE,
)
#: A weekday opening the sentence before a comma is the moment the sentence tells of: "On Friday
#: morning, 61 ships were still waiting to enter or leave the port".
_OPENING_DAY_RE = re.compile(
    r"\s*(?:on\s+)?(?P<weekday>" + "|".join(WEEKDAY_NAMES) + r")(?:\s+(?:morning|afternoon|evening"
    r"|night))?\s*\Z",
    re.IGNORECASE,
)
#: How far before or after the figure a window or moment may stand in its clause.
_REACH = 100


def told_at(documents: Sequence[Document]) -> list[Document]:
    """The documents with each share's window and each count's moment as a context key, where
    every share or count of its subject is told with one and they are not all the same (module
    docstring)."""
    read: list[list[dict[str, str] | None]] = []
    for document in documents:
        index: TextIndex | None = None
        found: list[dict[str, str] | None] = []
        for draft in document.drafts:
            if timed(draft):
                index = index or TextIndex(document.text)
                found.append(_keys(document, draft, index.around(draft.mention.span)))
            else:
                found.append(None)
        read.append(found)
    said: dict[tuple[str, str], set[str]] = {}
    for document, found in zip(documents, read, strict=True):
        for draft, keys in zip(document.drafts, found, strict=True):
            if keys is None:
                continue  # no share or count: neither bounds its subject's nor is bounded
            for key in (WINDOW, AS_OF):
                said.setdefault((draft.subject.id, key), set()).add(keys.get(key, ""))
    # A figure told with none keeps its subject compared as before ("around 900 head-office
    # roles over three years" against "up to 1,400 head office jobs"), and so does one value.
    apart = {told for told, values in said.items() if "" not in values and len(values) > 1}
    result = []
    for document, found in zip(documents, read, strict=True):
        drafts = []
        for draft, keys in zip(document.drafts, found, strict=True):
            kept = {k: v for k, v in (keys or {}).items() if (draft.subject.id, k) in apart}
            if kept:
                context = {**draft.subject.context, **kept}
                draft = replace(draft, subject=replace(draft.subject, context=context))
            drafts.append(draft)
        result.append(replace(document, drafts=tuple(drafts)))
    return result


def timed(draft: Draft) -> bool:
    """Whether the draft is a share or count that a window or moment may bound: not advice, not
    a rate ("40 ships a week" is per week already), not an example."""
    return (
        draft.label is None
        and draft.elapsed is None
        and draft.version is None
        and draft.mention.dimension in ("share", "count")
        and not draft.mention.per
        and "per" not in draft.subject.context
    )


def _keys(document: Document, draft: Draft, where: Surroundings) -> dict[str, str]:
    keys = {}
    window = window_of(document.text, draft.mention.span, where)
    if window:
        keys[WINDOW] = window
    if draft.mention.dimension == "count" and document.date is not None:
        day = moment_of(document.text, draft.mention.span, where, document.date)
        if day is not None:
            keys[AS_OF] = day.isoformat()
    return keys


def _places(text: str, span: tuple[int, int], where: Surroundings) -> list[tuple[int, int]]:
    """Where a window or moment of the figure at ``span`` may stand: its clause within
    ``_REACH`` of it, and its sentence's opening words before a comma ("At three months, 54% of
    the shockwave group ...", "As of Tuesday, 23 fragments had been recovered")."""
    start, end = where.clause
    places = [(max(start, span[0] - _REACH), span[0]), (span[1], min(end, span[1] + _REACH))]
    comma = text.find(",", where.sentence[0], span[0])
    if comma >= 0 and comma - where.sentence[0] <= 40:
        places.append((where.sentence[0], comma))
    return places


def window_of(text: str, span: tuple[int, int], where: Surroundings) -> str:
    """The window the share or count at ``span`` is told within, in one unit ("within 12
    months": ``1 year``), or "" (module docstring)."""
    for start, end in _places(text, span, where):
        for found in _WINDOW_RE.finditer(text, start, end):
            if _NOT_A_WINDOW_RE.match(text, found.end()) or _later_figure(text, found, span):
                continue
            number = found["n"] or found["n3"] or "a"
            unit = found["u"] or found["u2"] or found["u3"]
            amount = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
            return _in_one_unit(amount, unit.lower().rstrip("s"))
    return ""


def _later_figure(text: str, found: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether a digit stands between the window and the figure (another figure's window:
    "54% at three months and 81% at 12 months")."""
    between = (
        text[found.end() : span[0]] if found.end() <= span[0] else text[span[1] : found.start()]
    )
    return any(c.isdigit() for c in between)


def _in_one_unit(amount: int, unit: str) -> str:
    """A window in the largest unit it is a whole number of: 12 months is 1 year, 48 hours 2
    days, 14 days 2 weeks (a month is no whole number of weeks)."""
    if unit == "hour" and amount % 24 == 0:
        amount, unit = amount // 24, "day"
    if unit == "day" and amount % 7 == 0:
        amount, unit = amount // 7, "week"
    if unit == "week" and amount % 52 == 0:
        amount, unit = amount // 52, "year"
    if unit == "month" and amount % 12 == 0:
        amount, unit = amount // 12, "year"
    return f"{amount} {unit}{'' if amount == 1 else 's'}"


def moment_of(
    text: str, span: tuple[int, int], where: Surroundings, dated: datetime.date
) -> datetime.date | None:
    """The day the count at ``span`` is told at, on a page of ``dated``, or None (module
    docstring)."""
    for start, end in _places(text, span, where):
        if _TODAY_RE.search(text, start, end):
            return dated
        found = _DAY_RE.search(text, start, end)
        if found is None and start == where.sentence[0] < span[0] and end < span[0]:
            found = _OPENING_DAY_RE.match(text[start:end])
        if found is not None:
            return _day(found, dated)
    return None


def _day(found: re.Match[str], dated: datetime.date) -> datetime.date | None:
    """The day a moment names, on or before the page's date ``dated``."""
    if found["weekday"]:
        back = (dated.weekday() - WEEKDAY_NAMES.index(found["weekday"].lower())) % 7
        return dated - datetime.timedelta(days=back)
    if found["yesterday"]:
        return dated - datetime.timedelta(days=1)
    if found["today"]:
        return dated
    month = (found["month"] or found["month2"]).lower()
    try:
        return datetime.date(
            dated.year, MONTH_NAMES.index(month) + 1, int(found["d"] or found["d2"])
        )
    except ValueError:
        return None

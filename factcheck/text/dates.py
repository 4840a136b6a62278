"""When a document says it was written: its dateline ("Last updated: 3 March 2025"), else its
first full date near the top; what "20 years ago" counts back from."""

from __future__ import annotations

import datetime
import os
import re

#: The months' and weekdays' names in English, in calendar order (Monday first, as
#: ``date.weekday()`` counts): not ``calendar.month_name``, which follows the locale.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Each month's short names, in the order of ``MONTH_NAMES`` ("sep", "sept"; May has none).
_SHORT_MONTHS = ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep sept", "oct", "nov",
                 "dec")  # fmt: skip
_MONTHS = {
    name: number
    for number, (full, short) in enumerate(zip(MONTH_NAMES, _SHORT_MONTHS, strict=True), start=1)
    for name in (full, *short.split())
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    rf"\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)"
    rf"|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{_MONTH})\.?,?\s+(?P<dy>(?:19|20)\d\d)"
    rf"|(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(
    r"\b(?:updated|published|posted|reviewed|modified|revised|written|edited|dated?|issued"
    r"|printed)\b",
    re.IGNORECASE,
)
#: A month and year after a dateline word ("Issued: June 2025"): a date known to its month.
_MONTH_YEAR_RE = re.compile(rf"\b(?P<om>{_MONTH})\.?,?\s+(?P<oy>(?:19|20)\d\d)\b", re.IGNORECASE)
#: The longest line whose month and year date the page: a dateline, not a sentence ("The
#: study, published in June 2019, ..." dates the study).
_DATELINE_LENGTH = 120
#: How far from the top a date without a dateline word still dates the document.
_TOP = 2000


class Month(datetime.date):
    """A date known to its month only ("Issued: June 2025"): the month's middle, the 15th, for
    counting back from it, and written as ``2025-06``, since the page names no day."""

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    __str__ = isoformat


def page_date(text: str) -> datetime.date | None:
    """The date the document gives itself: the latest date that follows a dateline word
    (updated, published, posted, reviewed, issued...) on its line, else the latest full date
    on a line with such a word, else the first full date in its first 2,000 characters (a
    byline, a changelog's newest entry); None when it gives none. A date after a dateline word
    may name only its month on a short line ("Issued: June 2025": ``Month``); one after other
    words on that line is no date of the page's ("Issued: June 2025   Review due: June 2027")."""
    dateline: list[datetime.date] = []
    on_dateline: list[datetime.date] = []
    first: datetime.date | None = None
    for match in _DATE_RE.finditer(text):
        found = _date(match)
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        if found is not None and _DATELINE_RE.search(line):
            on_dateline.append(found)
        elif found is not None and first is None and match.start() < _TOP:
            first = found
    for line in _dateline_lines(text):
        after = 0  # where the text since the line's previous date starts
        for match in _ANY_DATE_RE.finditer(line):
            if _DATELINE_RE.search(line, after, match.start()) and (
                match["full"] or len(line) <= _DATELINE_LENGTH
            ):
                found = _date(match) if match["full"] else _month(match)
                if found is not None:
                    dateline.append(found)
            after = match.end()
    return max(dateline) if dateline else max(on_dateline) if on_dateline else first


#: A full date or a month and year, the full date first.
_ANY_DATE_RE = re.compile(rf"(?P<full>{_DATE_RE.pattern})|{_MONTH_YEAR_RE.pattern}", re.IGNORECASE)


def _dateline_lines(text: str) -> list[str]:
    """Each line of ``text`` with a dateline word and a year."""
    lines = []
    last = -1
    for word in _DATELINE_RE.finditer(text):
        start = text.rfind("\n", 0, word.start()) + 1
        if start == last:
            continue
        last = start
        end = text.find("\n", word.end())
        line = text[start : end if end >= 0 else len(text)]
        if _YEAR_RE.search(line):
            lines.append(line)
    return lines


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _month(match: re.Match[str]) -> datetime.date | None:
    """A month and year as a ``Month``."""
    return Month(int(match["oy"]), _MONTHS[match["om"].lower()], 15)


def document_date(text: str, file: str | os.PathLike[str]) -> datetime.date | None:
    """The document's own date (``page_date``), else its file's modification date (UTC); None
    when neither is known (a cluster worker drafting bytes of a file it cannot see)."""
    found = page_date(text)
    return found if found is not None else file_date(file)


def file_date(file: str | os.PathLike[str]) -> datetime.date | None:
    """The file's modification date (UTC), or None when it cannot be read."""
    try:
        stamp = os.stat(file).st_mtime
    except OSError:
        return None
    return datetime.datetime.fromtimestamp(stamp, tz=datetime.UTC).date()


def _date(match: re.Match[str]) -> datetime.date | None:
    if match["iy"]:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    elif match["dy"]:
        year, month, day = int(match["dy"]), _MONTHS[match["dm"].lower()], int(match["dd"])
    else:
        year, month, day = int(match["my"]), _MONTHS[match["mm"].lower()], int(match["md"])
    try:
        return datetime.date(year, month, day)
    except ValueError:  # "31 February 2025"
        return None

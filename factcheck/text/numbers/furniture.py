"""Numbers that state no claim: page furniture (dates, bylines, list numbers, links), labels, names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from factcheck.text.numbers.forms import (
    DIGITS,
    FRACTION,
    IN_SHARE,
    ORDINAL,
    digits_value,
    noun_in_share,
    share,
    too_long,
    word_value,
)

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month's name or abbreviation (case-insensitive patterns)."""
LABEL_WORDS = frozenset(
    [
        "step",
        "chapter",
        "figure",
        "fig",
        "table",
        "phase",
        "type",
        "stage",
        "version",
        "section",
        "page",
        "grade",
        "class",
        "number",
        "no",
        "vol",
        "volume",
        "issue",
        "part",
        "item",
        "question",
        "appendix",
        "rule",
        "article",
        "tier",
        "lesson",
        "episode",
        "season",
        "round",
        "level",
        "room",
        "suite",
        "unit",
        "box",
        "charity",
        "issn",
        "isbn",
        "doi",
        "pmid",
        "code",
        "sku",
        "serial",
        "zip",
        "apt",
        "apartment",
        "category",
        "route",
        "highway",
        "interstate",
        "channel",
        "model",
        "series",
        "flight",
        "gate",
        "platform",
        "terminal",
        "district",
        "ward",
        "precinct",
        "proposition",
        "amendment",
        "building",
        "jersey",
        "bus",
    ]
)
"""Words after which a number is a label, not a quantity ("Type 2", "Phase 3", "Step 1")."""

# Furniture around a number: a number inside one of these spans is no claim. Each is short, so
# it is looked for only near the numbers asked about (a scan of the whole text costs more).
_NEAR = re.compile(
    "|".join(
        [
            r"\b\d{4}-\d{2}-\d{2}\b",  # 2024-03-01
            r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",  # 3/1/2024
            r"\b\d{1,2}:\d{2}\b",  # 10:30
            r"\[\d+(?:\s*[,–-]\s*\d+)*\]",  # citation markers [3], [4-6]
            r"\]\([^)\s]*\)",  # markdown link targets
            r"^[ \t>]*\d{1,3}[.)-](?=\s)",  # list numbering: 1. 1) 1-
        ]
    ),
    re.IGNORECASE | re.MULTILINE,
)
# Only a number with one of these characters beside it may be in such furniture: a cheap test
# that spares most numbers the search (dates in words are told by the neighbours, below).
_MARKS_BEFORE = frozenset("-–/:[,(")
_MARKS_AFTER = frozenset("-–/:],.)")
_REACH = 24
"""How far from a number its furniture may start or end (the longest date fits)."""
_LINK = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
#: The port of a link to this machine ("http://localhost:8080", "http://127.0.0.1:8080/"): the
#: one number of a link that states something, the port a local server listens on.
_LOCAL_PORT = re.compile(
    r"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):(?P<port>\d{2,5})(?![\d.]\d)",
    re.IGNORECASE,
)
# Lines that are furniture as a whole: a page's own dates ("Updated 3 May"), read times.
_FURNITURE_LINE = re.compile(
    r"[ \t#>*_-]*(?:published|updated|last updated|posted|last reviewed|©|copyright)"
    r"|.*\b\d+\s*min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)

# Furniture told by a number's neighbours.
_LIST_AFTER_RE = re.compile(r"(?:[.)]|[-–:])[ \t]")
_DATE_AFTER_RE = re.compile(
    rf"{ORDINAL}?\s+{MONTH}\b(?:,?\s+\d{{4}}\b)?|\s*min(?:ute)?s?\s+read\b", re.IGNORECASE
)
# A phone number: a leading-zero group and more digit groups ("0161 496 0734", "0800 555 0142"),
# a bracketed area code and the rest, perhaps on the next line ("(503) 555-0186"), or three
# dashed groups ("503-555-0186").
_PHONE_RE = re.compile(
    r"0\d{2,4}(?:[ \t\u00a0-]\d{2,4})+\b"
    r"|(?<=\()\d{3}\)[ \t\u00a0]*(?:\r?\n[ \t]*)?\d{3}[-. \u00a0]\d{4}\b"
    r"|\d{3}[-.]\d{3}[-.]\d{4}\b"
    # An international number after its "+": "+46 40 555 0192", "+1-503-555-0186".
    r"|(?<=\+)\d{1,3}(?:[ \t\u00a0.-]\d{2,4}){2,}\b"
)
_PUBLISHED_RE = re.compile(
    rf"\b(?:published|updated|posted|reviewed|last reviewed|issued|printed|review due|next review"
    rf"|review date)(?: on)?:?\s+(?:\d{{1,2}}\s+)?"
    rf"{MONTH}\.?(?:\s+\d{{1,2}},?)?\s+\Z",
    re.IGNORECASE,
)
_DATE_BEFORE_RE = re.compile(rf"\b{MONTH}\.?\s+\Z", re.IGNORECASE)
_LABEL_BEFORE_RE = re.compile(r"\b(?P<w>[A-Za-z]+)\.?\s+\Z")
# The rest of a code after a label's number: "ISSN 2754-3310", "Phase 2/3".
_CODE_TAIL_RE = re.compile(r"(?:[-–/][A-Za-z\d]+)*")
# A label's number that a setting takes by default is a value: "uses zstd level 6 by default".
_BY_DEFAULT_AFTER_RE = re.compile(r"[ \t\u00a0]+by[ \t\u00a0]+default\b", re.IGNORECASE)
#: A release series after its major number, which names versions, not a figure: "the 1.x series",
#: "2.4.x", "3.* builds"; and a dotted release before a word of a series or release: "the 0.9 line",
#: "the 2.4 branch", "4.2 releases" (not "1.5 times", "2.5 hours").
_SERIES_AFTER_RE = re.compile(
    r"\.[xX](?![\w*])"
    # "3.*" only before a word of a series: "1,100.*" closes a line in italics.
    r"|\.\*(?=[ \t\u00a0]+(?:series|line|branch|releases?|versions?|builds?)\b)"
    r"|(?<=\d\.\d)(?:\.\d+)*(?=[ \t\u00a0]+(?:series|line|branch|releases?|release[ \t]+line)\b(?![ \t]+of\b))"
    r"|(?<=\d\.\d\d)(?:\.\d+)*(?=[ \t\u00a0]+(?:series|line|branch|releases?)\b(?![ \t]+of\b))"
)
_LABEL_LIST_RE = re.compile(r"(?:[ \t\u00a0]*(?:,|and|or|&|to|[-–])[ \t\u00a0]*\d+\b)*")
_YEAR_AFTER_DATE_RE = re.compile(r",?\s*\d{4}\b")
# A year that begins a name: "2026 Cardio Evidence Review", "2025 Residential PV Monitoring Group".
_TITLE_AFTER_YEAR_RE = re.compile(r"(?:[ \t\u00a0]+[A-Z][\w'’&-]*){2,}")
_WHEN_BEFORE_RE = re.compile(r"\b(?:in|by|since|from|until|till|during|after|before)\s+\Z", re.I)
# A street address: "418 Orchard St", "9 E 71st St", "1600 Calloway Avenue", "12 Kings Parade".
_STREET_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:[NSEW]\.?[ \t\u00a0]+)?(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)"
    r"(?:[ \t\u00a0]+[A-Z][a-z]+)?[ \t\u00a0]+(?:St|Street|Ave|Avenue|Rd|Road|Lane|Ln|Blvd|"
    r"Boulevard|Drive|Dr|Parade|Place|Pl|Way|Court|Ct|Terrace|Square|Sq|Crescent|Close|Row|"
    r"Highway|Hwy)\b\.?"
)
# A US ZIP code after a state's two capitals ("Boston, MA 02115") or before "ZIP" ("the 94110 ZIP
# code"); a time of day ("at 10 a.m.", "8pm").
_STATE_BEFORE_RE = re.compile(r"\b[A-Z]{2},?[ \t\u00a0]+\Z")
_ZIP_AFTER_RE = re.compile(r"[ \t\u00a0]+ZIP\b|-\d{4}\b")
_TIME_AFTER_RE = re.compile(r"[ \t\u00a0]?(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE)
# A game's score: "won 2-0", "a 3-1 win", "6-4, 3-6, 7-6", "the 24-17 win", "31-28 overtime loss".
_SCORE_RE = re.compile(r"\d{1,3}[-–]\d{1,3}\b")
_SCORE_BEFORE_RE = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|beat|beats|drew|draw|led|leads?|trail(?:ed|s)?|"
    r"defeated|edged|score[ds]?|scoreline|victory|[0-9][-–][0-9],?)[ \t\u00a0]+(?:the[ \t\u00a0]+|an?[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
_SCORE_AFTER_RE = re.compile(
    r"(?:,[ \t\u00a0]*\d{1,2}[-–]\d{1,2}\b|[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?(?:win|victory|defeat|loss|"
    r"draw|lead|scoreline|triumph|thrashing|rout|home win|away win)\b)",
    re.IGNORECASE,
)


def local_port(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is the port of a link to this machine
    ("http://localhost:8080") or of an address to listen on, written with its colon and perhaps
    a host of this machine ("The default is :8088, which listens on all interfaces", "listen on
    0.0.0.0:8443", "`127.0.0.1:9901`"): a number, though glued to the colon or the host's
    name. A colon after a word or a digit is no port's ("Note:5", "10:30", "John 3:16")."""
    link = _LOCAL_PORT_BEFORE.search(text, max(0, start - 40), start)
    if link is None and not address_port(text, start, end):
        return False
    return not text[end : end + 2].lstrip(".")[:1].isdigit()


def address_port(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is the port of an address to listen on, written with
    its colon (":8088", "0.0.0.0:8443"), not in a link ("http://localhost:8080")."""
    return (
        _PORT_DIGITS[0] <= end - start <= _PORT_DIGITS[1]
        and not text[end : end + 2].lstrip(".")[:1].isdigit()
        and _LISTEN_PORT_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def digits_end(text: str, start: int) -> int:
    """The end of the run of digits that starts at ``start``."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end


#: A link to this machine up to its port's colon.
_LOCAL_PORT_BEFORE = re.compile(
    r"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):\Z", re.IGNORECASE
)
#: An address to listen on up to its port's colon: a bare colon at a word's start (":8088",
#: "`:9090`", "--listen=:8443") or after a host of this machine ("0.0.0.0:", "localhost:",
#: "[::]:", "*:"), not after a scheme's "//" (a link, above) nor inside a longer host's name.
_LISTEN_PORT_BEFORE = re.compile(
    r"(?:(?<![\w.:/\]\[*-])|(?<![\w.:/-])(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]|\*)):\Z",
    re.IGNORECASE,
)
#: How many digits a port written with its colon has: ":80" to ":65535".
_PORT_DIGITS = (2, 5)


class Furniture:
    """The numbers of one text that state no claim, judged one number at a time."""

    def __init__(self, text: str) -> None:
        self._text = text
        # line start: (line end, whether the line is furniture, the spans of its links)
        self._lines: dict[int, tuple[int, bool, list[tuple[int, int]]]] = {}
        self._line_at = (0, -1)  # the [start, end] of the line the last number stood on

    def _line_start(self, start: int) -> int:
        """Where the line holding ``start`` begins. Numbers are asked about in text order, so the
        last number's line answers most: a search back from every number to its line's start was
        quadratic on a long line of figures."""
        first, last = self._line_at
        if not first <= start <= last:
            first = self._text.rfind("\n", 0, start) + 1
            last = self._line(first)[0]
            self._line_at = (first, last)
        return first

    def skip_to(self, start: int, end: int) -> int | None:
        """Where to resume when the number written at ``start:end`` is no claim, else None."""
        text = self._text
        line_start = self._line_start(start)
        line_end, furniture_line, links = self._line(line_start)
        if furniture_line:
            return line_end
        for link in links:
            if link[0] <= start and end <= link[1]:
                port = _LOCAL_PORT.match(text, *link)
                if port is None or start >= port.end("port"):
                    return link[1]
                # A local server's port is a number; the host's numbers before it are not.
                return None if start == port.start("port") else port.start("port")
        near = max(line_start, start - _REACH), min(line_end, end + _REACH)
        before = text[start - 2 : start].strip()[-1:]
        if before in _MARKS_BEFORE or text[end : end + 1] in _MARKS_AFTER or near[0] == line_start:
            for match in _NEAR.finditer(text, *near):
                if match.start() <= start and end <= match.end():
                    return match.end()
        return _told_by_neighbours(text, line_start, start, end)

    def _line(self, start: int) -> tuple[int, bool, list[tuple[int, int]]]:
        if start not in self._lines:
            text = self._text
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            furniture = _FURNITURE_LINE.match(text, start, end) is not None
            has_link = "://" in text[start:end] or "www." in text[start:end].lower()
            links = [m.span() for m in _LINK.finditer(text, start, end)] if has_link else []
            self._lines[start] = end, furniture, links
        return self._lines[start]


def _told_by_neighbours(text: str, line_start: int, start: int, end: int) -> int | None:
    if _starts_line(text, line_start, start) and _LIST_AFTER_RE.match(text, end):
        return end
    number = text[start:end]
    series = _SERIES_AFTER_RE.match(text, end)
    if series is not None:
        return series.end()  # "The 1.x series used port 3000": a name of versions
    if number.isdigit():
        skip = _name_or_place(text, start, end, number)
        if skip is not None:
            return skip
    phone = _PHONE_RE.match(text, start)
    if phone is not None:
        return phone.end()
    published = _PUBLISHED_RE.search(text, max(0, start - 40), start)
    if published is not None and not _in_prose(text, line_start, published.start()):
        return end  # "Published June 2024", "Updated 3 March 2025": the page's date
    day = number.isdigit() and int(number) <= 31
    if day and _DATE_BEFORE_RE.search(text, max(0, start - 12), start):
        year = _YEAR_AFTER_DATE_RE.match(text, end)
        if year and _event_date(text, line_start, start):
            return end  # "released on March 2, 2021": the year dates the release
        return year.end() if year else end
    date_after = _DATE_AFTER_RE.match(text, end)
    if date_after is not None and number.isdigit():
        if _YEAR_AFTER_DATE_RE.search(date_after.group()) and _event_date(text, line_start, start):
            return date_after.end() - 4  # "published on 2 March 2021": the year stays
        return date_after.end()
    label = _LABEL_BEFORE_RE.search(text, max(0, start - 16), start)
    compound = label is not None and text[label.start() - 1 : label.start()] in ("-", "–")
    labelled = label is not None and label.group("w").lower() in LABEL_WORDS
    named = label.group("w").lower() if label is not None else ""
    if not compound and named[-1:] == "s" and named[:-1] in LABEL_WORDS and named[:-1] != "unit":
        # "Bus routes 4, 11 and 19", "Steps 2 to 5", "pages 12-15": several labels in a list.
        listed = _LABEL_LIST_RE.match(text, end)
        return listed.end() if listed else end
    if labelled and not compound and not _BY_DEFAULT_AFTER_RE.match(text, end):
        # ... but "a three-phase 22 kW charger": the word ends an adjective, no label.
        tail = _CODE_TAIL_RE.match(text, end)
        return tail.end() if tail else end
    is_year = number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100
    if not is_year or _WHEN_BEFORE_RE.search(text, max(0, start - 8), start):
        return None  # "In 2020 New York City banned it": a date, then a name
    return end if _TITLE_AFTER_YEAR_RE.match(text, end) else None


def _event_date(text: str, line_start: int, start: int) -> bool:
    """Whether the full date whose day is written at ``start`` dates an event in running prose
    ("the first stable release, published on 2 March 2021"): "on" before it, after at least
    three words of its line, none of them saying it is the page's own date (updated, posted,
    this page...)."""
    before = text[max(line_start, start - 80) : start]
    on = _ON_DATE_RE.search(before)
    return on is not None and _in_prose(text, line_start, start - len(before) + on.start())


def _in_prose(text: str, line_start: int, at: int) -> bool:
    """Whether at least three words of its line come before ``at``, none of them saying that
    a date there is the page's own."""
    before = text[max(line_start, at - 80) : at]
    if any(mark in before for mark in _BYLINE_MARKS):
        return False  # "Summary report · Published June 2024": a byline's parts
    said = _WORD_RE.findall(before)
    return len(said) >= 3 and not _PAGE_DATE_WORDS & {w.lower() for w in said}


_ON_DATE_RE = re.compile(rf"\bon\s+(?:{MONTH}\.?\s+)?\Z", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z]+")
#: Words that make a date in prose the page's own: "This page was last updated on 2 May 2024".
_PAGE_DATE_WORDS = frozenset({
    "updated", "update", "posted", "reviewed", "revised", "modified", "edited", "last", "page",
    "article", "post", "written", "by",
})  # fmt: skip
_BYLINE_MARKS = ("·", "|", "•", "— ")


def _name_or_place(text: str, start: int, end: int, number: str) -> int | None:
    """Where a street number, a ZIP code, a time of day or a game's score written at
    ``start:end`` ends, or None."""
    street = _STREET_AFTER_RE.match(text, end)
    if street is not None:
        return street.end()
    if len(number) == 5 and (
        _STATE_BEFORE_RE.search(text, max(0, start - 5), start) or _ZIP_AFTER_RE.match(text, end)
    ):
        return end
    if len(number) <= 2 and _TIME_AFTER_RE.match(text, end):
        return end
    score = _SCORE_RE.match(text, start)
    if score is not None and (
        _SCORE_BEFORE_RE.search(text, max(0, start - 24), start)
        or _SCORE_AFTER_RE.match(text, score.end())
    ):
        return score.end()
    return None


_LIST_MARKS = frozenset(" \t*#>-•·")


def _starts_line(text: str, line_start: int, start: int) -> bool:
    """Whether only list marks and blanks stand between the line's start and ``start``. Looks
    back over those marks only: slicing from the line's start cost a copy of the line per
    number, quadratic on a long line of figures."""
    at = start
    while at > line_start and text[at - 1] in _LIST_MARKS:
        at -= 1
    return at == line_start


#: How far back a code may reach for a letter ("NN-O3-4471", "EMRC/HC/24-02"): bounded, so that
#: a run of thousands of dashed numbers is not walked back to its start once per number.
_CODE_REACH = 64


def in_a_name(text: str, start: int) -> bool:
    """True when the number at ``start`` ends a code or a name: "TLR-4", "NN-O3-4471", "x3"."""
    before = text[start - 1] if start else " "
    if before == ":" and local_port(text, start, digits_end(text, start)):
        return False  # "http://localhost:8080", ":8088": a local server's port, a number
    if before.isalnum() or before in "_/\\#@$£€.:":
        return True
    if before not in "-–" or start < 2 or not text[start - 2].isalnum():
        return False
    word_start = start - 2
    # Back over the code's other parts: "TLR-4", "NN-O3-4471", "EMRC/HC/24-02".
    reach = max(0, start - _CODE_REACH)
    while word_start > reach and (text[word_start - 1].isalnum() or text[word_start - 1] in "-–/"):
        word_start -= 1
    return any(c.isalpha() for c in text[word_start:start])


# A whole number: a fraction ("1/5th" is one number) or digits, not part of a longer figure.
_NUMBER = re.compile(rf"(?<![\w.,])(?:(?P<fraction>{FRACTION}{ORDINAL}?)|{DIGITS})(?![\d,]\d)")
_IN_SHARE = re.compile(IN_SHARE, re.IGNORECASE)


def countable_numbers(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the numbers in a text that could be claims, in text order.

    Left out: page furniture (dates, times, list numbering, citation markers, links, bylines,
    phone numbers), labels ("Type 2"), and digits that belong to names (``B12``, ``COVID-19``).
    A fraction ("1/5th") and a share ("1 in 4") are one number each.
    """
    furniture = Furniture(text)
    spans = []
    resume = 0
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if start < resume or too_long(match.group()) or in_a_name(text, start):
            continue
        skip = furniture.skip_to(start, end)
        if skip is not None:
            resume = skip
            continue
        part = digits_value(match.group()) if not match["fraction"] else 0.0
        in_share = (
            None
            if match["fraction"]
            else _IN_SHARE.match(text, end) or noun_in_share(text, end, part)
        )
        if in_share is not None and not too_long(in_share["in_digits"] or ""):
            whole = in_share["in_digits"]
            if share(part, digits_value(whole) if whole else word_value(in_share["in_word"])):
                end = resume = in_share.end()
        spans.append((start, end))
    return spans


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the sorted, disjoint spans (log time)."""
    at = bisect.bisect_right(merged, (start, float("inf"))) - 1
    return at >= 0 and merged[at][0] <= start and end <= merged[at][1]

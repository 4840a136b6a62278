"""Numbers that state no quantity: list numbering, dates, phone numbers, labels, titles."""

from __future__ import annotations

import re

from factcheck.extract.mentions import lexicon as lx

_LIST_AFTER_RE = re.compile(r"(?:[.)]|[-–:])[ \t]")
_DATE_AFTER_RE = re.compile(
    rf"\s+{lx.MONTHS}\b(?:,?\s+\d{{4}}\b)?|\s*min(?:ute)?s?\s+read\b", re.IGNORECASE
)
# A phone number: a leading-zero group and more digit groups ("0161 496 0734", "0800 555 0142"),
# a bracketed area code and the rest, perhaps on the next line ("(503) 555-0186"), or three
# dashed groups ("503-555-0186").
_PHONE_RE = re.compile(
    r"0\d{2,4}(?:[ \t\u00a0-]\d{2,4})+\b"
    r"|(?<=\()\d{3}\)[ \t\u00a0]*(?:\r?\n[ \t]*)?\d{3}[-. \u00a0]\d{4}\b"
    r"|\d{3}[-.]\d{3}[-.]\d{4}\b"
)
_PUBLISHED_RE = re.compile(
    rf"\b(?:published|updated|posted|reviewed|last reviewed)(?: on)?\s+(?:\d{{1,2}}\s+)?"
    rf"{lx.MONTHS}\.?(?:\s+\d{{1,2}},?)?\s+\Z",
    re.IGNORECASE,
)
_DATE_BEFORE_RE = re.compile(rf"\b{lx.MONTHS}\.?\s+\Z", re.IGNORECASE)
_LABEL_BEFORE_RE = re.compile(r"\b(?P<w>[A-Za-z]+)\.?\s+\Z")
# The rest of a code after a label's number: "ISSN 2754-3310", "Phase 2/3".
_CODE_TAIL_RE = re.compile(r"(?:[-–/][A-Za-z\d]+)*")
_YEAR_AFTER_DATE_RE = re.compile(r",?\s*\d{4}\b")
# A year that begins a name: "2026 Cardio Evidence Review", "2025 Residential PV Monitoring Group".
_TITLE_AFTER_YEAR_RE = re.compile(r"(?:[ \t\u00a0]+[A-Z][\w'’&-]*){2,}")
_WHEN_BEFORE_RE = re.compile(r"\b(?:in|by|since|from|until|till|during|after|before)\s+\Z", re.I)


def skip_to(text: str, start: int, end: int) -> int | None:
    """Where to resume when the number written at ``start:end`` is no claim, else None."""
    if _starts_line(text, start) and _LIST_AFTER_RE.match(text, end):
        return end
    number = text[start:end]
    phone = _PHONE_RE.match(text, start)
    if phone is not None:
        return phone.end()
    if _PUBLISHED_RE.search(text, max(0, start - 40), start):
        return end  # "Published June 2024", "Updated 3 March 2025": the page's date
    day = number.isdigit() and int(number) <= 31
    if day and _DATE_BEFORE_RE.search(text, max(0, start - 12), start):
        year = _YEAR_AFTER_DATE_RE.match(text, end)
        return year.end() if year else end
    date_after = _DATE_AFTER_RE.match(text, end)
    if date_after is not None and number.isdigit():
        return date_after.end()
    label = _LABEL_BEFORE_RE.search(text, max(0, start - 16), start)
    compound = label is not None and text[label.start() - 1 : label.start()] in ("-", "–")
    if label is not None and label.group("w").lower() in lx.LABEL_WORDS and not compound:
        # ... but "a three-phase 22 kW charger": the word ends an adjective, no label.
        tail = _CODE_TAIL_RE.match(text, end)
        return tail.end() if tail else end
    is_year = number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100
    if not is_year or _WHEN_BEFORE_RE.search(text, max(0, start - 8), start):
        return None  # "In 2020 New York City banned it": a date, then a name
    return end if _TITLE_AFTER_YEAR_RE.match(text, end) else None


_LIST_MARKS = frozenset(" \t*#>-•·")


def _starts_line(text: str, start: int) -> bool:
    """Whether only list marks and blanks stand between the line's start and ``start``. Looks
    back over those marks only: finding the line's start first cost a scan of the whole line per
    number, quadratic on a long line of figures."""
    at = start
    while at > 0 and text[at - 1] in _LIST_MARKS:
        at -= 1
    return at == 0 or text[at - 1] == "\n"


#: How far back a code may reach for a letter ("NN-O3-4471", "EMRC/HC/24-02"): bounded, so that
#: a run of thousands of dashed numbers is not walked back to its start once per number.
_CODE_REACH = 64


def glued_before(text: str, start: int) -> bool:
    """True when the number at ``start`` ends a code or a name: "TLR-4", "NN-O3-4471", "x3"."""
    before = text[start - 1] if start else " "
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

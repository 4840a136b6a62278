"""Page furniture: the numbers in a text that are no claims (dates, bylines, list numbers, links)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from factcheck.text.numbers.forms import DIGITS

_NUMBER = re.compile(rf"(?<![\w.,]){DIGITS}(?![\d,]\d)")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Spans whose numbers are page furniture, not claims.
_NOT_CLAIMS = re.compile(
    "|".join(
        [
            rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",  # March 3, 2024
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b",  # 3 March 2024
            rf"\b{_MONTH}\s+\d{{4}}\b",  # March 2024
            rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*%)",  # Nov 10
            r"\b\d{4}-\d{2}-\d{2}\b",  # 2024-03-01
            r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",  # 3/1/2024
            r"\b\d{1,2}:\d{2}\b",  # 10:30
            r"\[\d+(?:\s*[,–-]\s*\d+)*\]",  # citation markers [3], [4-6]
            r"https?://\S+|www\.\S+",  # links
            r"\]\([^)\s]*\)",  # markdown link targets
            r"^[ \t>]*\d{1,3}[.)-](?=\s)",  # list numbering: 1. 1) 1-
            r"^[ \t#>*_-]*(?:(?:written |reviewed |medically reviewed )?by\s|published|"
            r"updated|last updated|posted|last reviewed|©|copyright).*$",  # bylines
            r"^.*\b\d+\s*min(?:ute)?s?\s+read\b.*$",  # "5 min read"
        ]
    ),
    re.IGNORECASE | re.MULTILINE,
)


def countable_numbers(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the numbers in a text that could be claims, in text order.

    Left out: dates, times, list numbering, citation markers, links, byline lines, and digits
    that belong to names (``B12``, ``TLR-4``, ``COVID-19``).
    """
    excluded = merged_spans(m.span() for m in _NOT_CLAIMS.finditer(text))
    spans = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue
        if not inside(excluded, start, end):
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

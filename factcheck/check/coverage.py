"""Coverage: which numbers in the sources some claim's quote covers, and the untracked rest."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from factcheck.check.anchor import source_location
from factcheck.corpus.model import Claim, Source
from factcheck.report.findings import DEFAULT_SEVERITY, Finding, Kind, finding_order, fingerprint
from factcheck.report.model import Report
from factcheck.report.results import Coverage, SourceCoverage
from factcheck.text.documents import normalize

_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)")
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
_CONTEXT = 30
"""Characters of normalized text on each side of a number that identify it in fingerprints."""


def countable_numbers(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the numbers in a text that could be claims, in text order.

    Left out: dates, times, list numbering, citation markers, links, byline lines, and digits
    that belong to names (``B12``, ``TLR-4``, ``COVID-19``).
    """
    excluded = _merged(m.span() for m in _NOT_CLAIMS.finditer(text))
    spans = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue
        if not _inside(excluded, start, end):
            spans.append((start, end))
    return spans


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the sorted, disjoint spans (log time)."""
    at = bisect.bisect_right(merged, (start, float("inf"))) - 1
    return at >= 0 and merged[at][0] <= start and end <= merged[at][1]


def with_coverage(report: Report) -> Report:
    """The report with an ``untracked`` finding per uncovered number, and the coverage figures."""
    figures = []
    untracked: list[Finding] = []
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in report.corpus.claims:
        by_source[claim.source].append(claim)
    for source in report.corpus.sources.values():
        quotes = _merged(_quote_spans(report, source, by_source[source.id]))
        numbers = countable_numbers(source.text.text)
        uncovered = [n for n in numbers if not _inside(quotes, *n)]
        figures.append(SourceCoverage(source.id, len(numbers), len(numbers) - len(uncovered)))
        untracked.extend(_untracked(source, uncovered))
    findings = sorted([*report.findings, *untracked], key=finding_order)
    return replace(report, findings=tuple(findings), coverage=Coverage(tuple(figures)))


def _quote_spans(report: Report, source: Source, claims: list[Claim]) -> list[tuple[int, int]]:
    """Where the quotes of a source's claims are, ignored claims included (they were reviewed)."""
    spans = []
    for claim in claims:
        location = report.results[claim.id].location
        if location is not None and location.source == source.id:
            spans.append(location.span)
        elif (span := source.text.find(claim.quote)) is not None:
            spans.append(span)
    return spans


def _untracked(source: Source, spans: Iterable[tuple[int, int]]) -> Iterable[Finding]:
    text = source.text.text
    seen: Counter[tuple[str, str]] = Counter()
    for start, end in spans:
        number = text[start:end]
        context = normalize(text[max(0, start - _CONTEXT) : end + _CONTEXT])
        seen[number, context] += 1
        yield Finding(
            kind=Kind.UNTRACKED,
            severity=DEFAULT_SEVERITY[Kind.UNTRACKED],
            message=f'number {number} is not covered by any claim: "…{context}…"',
            locations=(source_location(source, (start, end)),),
            fingerprint=fingerprint(
                Kind.UNTRACKED, source.id, number, context, seen[number, context]
            ),
        )

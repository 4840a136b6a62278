"""Coverage: which numbers in the sources some claim's quote covers, and the untracked rest."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from factcheck.check.anchor import source_location
from factcheck.corpus.model import Claim, Source
from factcheck.report.findings import DEFAULT_SEVERITY, Finding, Kind, finding_order, fingerprint
from factcheck.report.model import Report
from factcheck.report.results import Coverage, SourceCoverage
from factcheck.text.documents import normalize
from factcheck.text.numbers import countable_numbers, inside, merged_spans

_CONTEXT = 30
"""Characters of normalized text on each side of a number that identify it in fingerprints."""


def with_coverage(report: Report) -> Report:
    """The report with an ``untracked`` finding per uncovered number, and the coverage figures."""
    figures = []
    untracked: list[Finding] = []
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in report.corpus.claims:
        by_source[claim.source].append(claim)
    for source in report.corpus.sources.values():
        quotes = merged_spans(_quote_spans(report, source, by_source[source.id]))
        numbers = countable_numbers(source.text.text)
        uncovered = [n for n in numbers if not inside(quotes, *n)]
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

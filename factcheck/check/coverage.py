"""Coverage: which numbers in the sources some claim's quote covers, and where the rest are."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from factcheck.check.anchor import source_location
from factcheck.corpus.model import Claim, Corpus, Source
from factcheck.report.findings import Location
from factcheck.report.results import ClaimResult, Coverage, SourceCoverage
from factcheck.text.numbers import countable_numbers, inside, merged_spans


def measure(
    corpus: Corpus, results: Mapping[str, ClaimResult]
) -> tuple[Coverage, dict[str, tuple[Location, ...]]]:
    """The coverage figures, and the numbers no quote covers by source id (source order): the
    ``untracked`` rule's evidence."""
    figures = []
    uncovered: dict[str, tuple[Location, ...]] = {}
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        by_source[claim.source].append(claim)
    # A rejected draft's figure was reviewed too: it is not untracked.
    rejected: dict[str, list[str]] = defaultdict(list)
    for rejection in corpus.rejected:
        rejected[rejection.source].append(rejection.quote)
    for source in corpus.sources.values():
        spans = _quote_spans(results, source, by_source[source.id])
        spans += [s for q in rejected[source.id] if (s := source.text.find(q)) is not None]
        quotes = merged_spans(spans)
        numbers = countable_numbers(source.text.text)
        outside = [n for n in numbers if not inside(quotes, *n)]
        figures.append(SourceCoverage(source.id, len(numbers), len(numbers) - len(outside)))
        uncovered[source.id] = tuple(source_location(source, span) for span in outside)
    return Coverage(tuple(figures)), uncovered


def _quote_spans(
    results: Mapping[str, ClaimResult], source: Source, claims: list[Claim]
) -> list[tuple[int, int]]:
    """Where the quotes of a source's claims are, ignored claims included (they were reviewed)."""
    spans = []
    for claim in claims:
        location = results[claim.id].location
        if location is not None and location.source == source.id:
            spans.append(location.span)
        elif (span := source.text.find(claim.quote)) is not None:
            spans.append(span)
    return spans

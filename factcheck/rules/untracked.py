"""The ``untracked`` kind: a number in a source that no claim's quote covers (``--coverage``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import Finding, Kind, Reason, Severity, fingerprint
from factcheck.rules.base import Evidence, Rule, Sarif
from factcheck.text.documents import normalize

CONTEXT = 30
"""Characters of normalized text on each side of a number that identify it in fingerprints."""


@dataclass(frozen=True)
class Uncovered(Reason):
    """A number no claim covers, identified by its words around it rather than its position."""

    source: str
    """The source's id."""
    number: str
    """The number as the source writes it."""
    context: str
    """The normalized text around it (``CONTEXT`` characters each side)."""
    occurrence: int
    """1 for its first place in the source with this context, 2 for the next, ..."""

    def words(self) -> str:
        return f'number {self.number} is not covered by any claim: "…{self.context}…"'


def find(evidence: Evidence) -> Iterable[Finding]:
    """One finding per uncovered number, source by source; none without coverage."""
    if evidence.uncovered is None:
        return
    for source_id, locations in evidence.uncovered.items():
        text = evidence.corpus.sources[source_id].text.text
        seen: Counter[tuple[str, str]] = Counter()
        for location in locations:
            start, end = location.span
            number = text[start:end]
            context = normalize(text[max(0, start - CONTEXT) : end + CONTEXT])
            seen[number, context] += 1
            n = seen[number, context]
            yield Finding(
                kind=Kind.UNTRACKED,
                severity=RULE.severity,
                reason=Uncovered(source_id, number, context, n),
                locations=(location,),
                fingerprint=fingerprint(Kind.UNTRACKED, source_id, number, context, n),
            )


RULE = Rule(
    kind=Kind.UNTRACKED,
    severity=Severity.INFO,
    noun="untracked finding",
    sarif=Sarif(
        "UntrackedNumber",
        "A number in a source document that no claim's quote covers.",
        "Reported with --coverage: numbers in the sources that the claims file does not "
        "record (dates, list numbering, citation markers and bylines are not counted).",
        "Add a claim for the number, or leave it untracked if it is not a claim.",
    ),
    find=find,
)

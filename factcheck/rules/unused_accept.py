"""The ``unused-accept`` kind: a claim's ``accept`` entry that suppresses nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.corpus.model import Review
from factcheck.report.findings import Finding, Kind, Location, Reason, Severity, fingerprint
from factcheck.rules.base import Evidence, Rule, Sarif


@dataclass(frozen=True)
class UnusedAcceptance(Reason):
    """An acceptance with nothing to accept: it would silently hide a future finding."""

    claim: str
    """The accepting claim's id."""
    accepted: Kind
    """The kind it accepts."""

    def words(self) -> str:
        return (
            f'claim "{self.claim}" accepts {self.accepted} findings, but has none: '
            f'remove "{self.accepted}" from its accept list'
        )


def find(evidence: Evidence) -> Iterable[Finding]:
    """One finding per unused ``accept`` entry of a claim that is not ignored; it reads the
    findings of every rule before it (this kind comes last in the registry)."""
    corpus = evidence.corpus
    used = {(claim_id, f.kind) for f in evidence.found for claim_id in f.claims}
    for claim in corpus.claims:
        for n, word in enumerate(claim.accept):
            kind = Kind(word)
            if (claim.id, kind) in used or claim.review is Review.IGNORED:
                continue
            line, column = corpus.locate_claim(claim, "accept", n)
            where = corpus.file_of(claim)
            yield Finding(
                kind=Kind.UNUSED_ACCEPT,
                severity=RULE.severity,
                reason=UnusedAcceptance(claim.id, kind),
                subject=claim.subject,
                claims=(claim.id,),
                locations=(Location("", where, (0, 0), line, column, line, column),),
                fingerprint=fingerprint(Kind.UNUSED_ACCEPT, claim.id, word),
            )


RULE = Rule(
    kind=Kind.UNUSED_ACCEPT,
    severity=Severity.WARNING,
    noun="unused-accept finding",
    sarif=Sarif(
        "UnusedAcceptance",
        "A claim accepts a finding kind it no longer has.",
        "An accept entry that suppresses nothing would silently hide a future finding of "
        "that kind on the claim.",
        "Remove the kind from the claim's accept list.",
    ),
    find=find,
)

"""The ``unsupported`` kind: a figure no other source backs and that cites nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import Finding, Kind, Reason, Severity, fingerprint
from factcheck.report.results import Status
from factcheck.rules.base import Evidence, Rule, Sarif, Section, claim_identity


@dataclass(frozen=True)
class Unbacked(Reason):
    """A claim that nothing backs."""

    label: str
    """The subject's label."""
    value: str
    """The claim's value as written."""
    source: str
    """The claim's source id."""

    def words(self) -> str:
        return (
            f'{self.label}: "{self.value}" in {self.source} is backed by no other source '
            "and cites nothing"
        )


def find(evidence: Evidence) -> Iterable[Finding]:
    """One finding per claim whose status is ``unsupported``, in claims-file order."""
    corpus = evidence.corpus
    for result in evidence.results.values():
        if result.status is not Status.UNSUPPORTED:
            continue
        claim = result.claim
        label = corpus.subjects[claim.subject].label
        yield Finding(
            kind=Kind.UNSUPPORTED,
            severity=RULE.severity,
            reason=Unbacked(label, claim.value.text, claim.source),
            subject=claim.subject,
            claims=(claim.id,),
            locations=(result.location,) if result.location else (),
            fingerprint=fingerprint(
                Kind.UNSUPPORTED, claim.id, claim.subject, claim_identity(corpus, claim)
            ),
        )


RULE = Rule(
    kind=Kind.UNSUPPORTED,
    severity=Severity.WARNING,
    noun="unsupported finding",
    sarif=Sarif(
        "UnsupportedNumber",
        "A specific figure that no other source backs and that cites nothing.",
        "The claim agrees with no claim of another source and cites no reference source, "
        "so a reader has nothing to verify it against.",
        "Cite a reference source that supports it, find a corroborating source, or accept "
        "it on the claim with a note.",
    ),
    find=find,
    acceptable=True,
    section=Section(
        "Unsupported numbers, most specific first",
        place=30,
        counted="unsupported",
        one="unsupported",
    ),
)

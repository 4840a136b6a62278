"""The ``unanchored`` kind: a claim whose quote is not in its source, or says another value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import Finding, Kind, Location, Reason, Severity, fingerprint
from factcheck.report.results import Unanchoring
from factcheck.rules.base import Evidence, Rule, Sarif, Section, claim_identity
from factcheck.text.drift import shown


@dataclass(frozen=True)
class NotAnchored(Reason):
    """An unanchored claim, and what anchoring found."""

    claim: str
    """The claim's id."""
    why: Unanchoring
    """Anchoring's problem, and the closest text when the quote drifted."""

    def words(self) -> str:
        text = f'claim "{self.claim}": {self.why.problem}'
        drift, near = self.why.drift, self.why.closest
        if drift is None or near is None:
            return text
        return (
            f"{text}; closest text at {near.path}:{near.line}:{near.column} "
            f'({drift.similarity}% similar): "{shown(drift.closest)}" — {drift.describe()}'
        )

    def details(self) -> tuple[tuple[str, str], ...]:
        drift, near = self.why.drift, self.why.closest
        if drift is None or near is None:
            return ()
        return (
            ("changes", drift.describe()),
            ("closest", drift.closest),
            ("closest_column", str(near.column)),
            ("closest_line", str(near.line)),
            ("similarity", str(drift.similarity)),
        )


def find(evidence: Evidence) -> Iterable[Finding]:
    """One finding per unanchored claim, in claims-file order."""
    corpus = evidence.corpus
    for result in evidence.results.values():
        why = result.unanchoring
        if why is None:
            continue
        claim = result.claim
        locations: tuple[Location, ...]
        if result.location is not None:
            locations = (result.location,)
        else:
            # The quote is not in the source: point at the quote in the claims file instead, and
            # at the source's closest text when there is one (the quote drifted after an edit).
            line, column = corpus.locate_claim(claim, "quote")
            where = corpus.file_of(claim)
            locations = (Location("", where, (0, 0), line, column, line, column),)
            if why.closest is not None:
                locations += (why.closest,)
        quote = " ".join(claim.quote.split())
        yield Finding(
            kind=Kind.UNANCHORED,
            severity=RULE.severity,
            reason=NotAnchored(claim.id, why),
            subject=claim.subject,
            claims=(claim.id,),
            locations=locations,
            fingerprint=fingerprint(
                Kind.UNANCHORED, claim.id, claim.subject, quote, claim_identity(corpus, claim)
            ),
        )


RULE = Rule(
    kind=Kind.UNANCHORED,
    severity=Severity.ERROR,
    noun="unanchored claim",
    sarif=Sarif(
        "UnanchoredClaim",
        "A claim's quote is not in its source, or its value is not what the quote says.",
        "Every claim quotes its source. When the source is edited so that the quote no "
        "longer occurs, or the claimed value cannot be read from the quote, the claim is "
        "unanchored and left out of all comparisons.",
        "Update the claim's quote to the source's current wording (the message shows the "
        "closest text and what changed) or correct the claim's value.",
    ),
    find=find,
    acceptable=True,
    section=Section("Unanchored claims", place=40, counted="unanchored", one="unanchored"),
)

"""The ``conflict`` kind: two value groups of a subject that cannot both be true."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import Finding, Kind, Reason, Severity, fingerprint
from factcheck.report.results import Relation
from factcheck.rules.base import Evidence, Rule, Sarif, Section, group_identity


@dataclass(frozen=True)
class Disagreement(Reason):
    """A conflict: the relation between its two sides' value groups."""

    label: str
    """The subject's label."""
    relation: Relation
    """The relation that does not agree: the sides' group ids (``a``, ``b``, in the order of the
    finding's ``sides``), the reason in words and, for ranges, which ends disagree."""

    def words(self) -> str:
        return f"{self.label}: {self.relation.reason}"


def find(evidence: Evidence) -> Iterable[Finding]:
    """One finding per pair of comparable groups that disagree, in relation order."""
    corpus, results = evidence.corpus, evidence.results
    by_id = {g.id: g for subject_groups in evidence.groups.values() for g in subject_groups}
    for relation in evidence.relations:
        if relation.agrees:
            continue
        a, b = by_id[relation.a], by_id[relation.b]
        members = a.claims + b.claims
        locations = tuple(loc for cid in members if (loc := results[cid].location) is not None)
        # Each side by its claim ids and value; sides sorted so that their order does not count.
        ordered = sorted((a, b), key=lambda g: g.claims)
        identity = [[list(g.claims), group_identity(corpus, g)] for g in ordered]
        yield Finding(
            kind=Kind.CONFLICT,
            severity=RULE.severity,
            reason=Disagreement(corpus.subjects[a.subject].label, relation),
            subject=a.subject,
            claims=tuple(sorted(members)),
            sides=(a.claims, b.claims),
            locations=locations,
            fingerprint=fingerprint(Kind.CONFLICT, a.subject, identity),
        )


RULE = Rule(
    kind=Kind.CONFLICT,
    severity=Severity.ERROR,
    noun="conflict",
    sarif=Sarif(
        "ConflictingClaims",
        "Sources state incompatible values for the same quantity.",
        "Claims about one subject, in comparable contexts, whose values cannot both be "
        "true: disjoint intervals, ranges whose ends differ, or different labels. Each "
        "finding has two sides; every claim on one side conflicts with every claim on "
        "the other.",
        "Check the sources and correct the wrong one, split the subject or give the claims "
        "different contexts if they measure different things, or accept the conflict on "
        "a claim with a note saying why.",
    ),
    find=find,
    acceptable=True,
    section=Section("Conflicts", place=10, counted="conflicts", one="conflict"),
)

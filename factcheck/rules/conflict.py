"""The ``conflict`` kind: two value groups of a subject that cannot both be true, or, for a subject
with more than ``PAIRWISE_GROUPS`` value groups, the subject's disagreement once, with its value
groups in dispute."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import Finding, Kind, Reason, Severity, fingerprint
from factcheck.report.results import PAIRWISE_GROUPS, Group, Relation, Spread
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


@dataclass(frozen=True)
class Dispute(Reason):
    """A summarized subject's conflict: its value groups in conflict with some other group of
    theirs, in value order (the finding has no ``sides``: not every pair of them conflicts)."""

    label: str
    """The subject's label."""
    groups: tuple[Group, ...]
    """The groups in dispute, in group (value) order."""

    @property
    def claims(self) -> int:
        """How many claims the groups hold."""
        return sum(len(g.claims) for g in self.groups)

    def extent(self) -> str:
        """The values from lowest to highest: ``1.5-4.5 mg … 900 mg``; labels in their order."""
        numbers = [g for g in self.groups if g.quantity is not None]
        labels = [g.text for g in self.groups if g.quantity is None]
        parts = []
        if numbers:
            low = min(numbers, key=lambda g: _value_key(g, low=True))
            high = max(numbers, key=lambda g: _value_key(g, low=False))
            parts.append(low.text if low is high else f"{low.text} … {high.text}")
        if labels:
            ends = [labels[0]] if len(labels) == 1 else [labels[0], labels[-1]]
            parts.append(" … ".join(f'"{text}"' for text in ends))
        return ", ".join(parts)

    def summary(self) -> str:
        """``4,000 claims in 4,000 value groups disagree, 1.5-4.5 mg … 900 mg``."""
        claims, groups = self.claims, len(self.groups)
        return (
            f"{claims:,} {'claim' if claims == 1 else 'claims'} in {groups:,} value groups "
            f"disagree, {self.extent()}"
        )

    def words(self) -> str:
        return f"{self.label}: {self.summary()}"


def _value_key(group: Group, low: bool) -> tuple[float, float]:
    q = group.quantity
    assert q is not None
    return (q.whole.lo, q.whole.hi) if low else (q.whole.hi, q.whole.lo)


def find(evidence: Evidence) -> Iterable[Finding]:
    """One finding per pair of comparable groups that disagree, in relation order; then one per
    summarized subject whose groups disagree (``disputes``)."""
    yield from _pairs(evidence)
    yield from disputes(evidence)


def disputes(evidence: Evidence) -> Iterable[Finding]:
    """One finding per summarized subject (``Evidence.spreads``) with groups in conflict: its
    claims and locations are those of its groups in dispute, in group order; its fingerprint hashes
    the subject and those groups' values (so that a new group in dispute changes it, a new claim
    of a value already in dispute does not)."""
    corpus, results = evidence.corpus, evidence.results
    for subject_id, spread in sorted(evidence.spreads.items()):
        disputed = _disputed(evidence, spread)
        if not disputed:
            continue
        members = [cid for g in disputed for cid in g.claims]
        locations = tuple(loc for cid in members if (loc := results[cid].location) is not None)
        identity = [group_identity(corpus, g) for g in disputed]
        yield Finding(
            kind=Kind.CONFLICT,
            severity=RULE.severity,
            reason=Dispute(corpus.subjects[subject_id].label, disputed),
            subject=subject_id,
            claims=tuple(sorted(members)),
            locations=locations,
            fingerprint=fingerprint(Kind.CONFLICT, subject_id, "groups", identity),
        )


def _disputed(evidence: Evidence, spread: Spread) -> tuple[Group, ...]:
    wanted = set(spread.disputed)
    return tuple(g for g in evidence.groups[spread.subject] if g.id in wanted)


def _pairs(evidence: Evidence) -> Iterable[Finding]:
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
        f"the other. A subject with more than {PAIRWISE_GROUPS} value groups is not "
        "compared pair by pair: its disagreement is one finding without sides, listing "
        "its value groups in dispute (properties.groups), each in conflict with at least "
        "one other.",
        "Check the sources and correct the wrong one, split the subject or give the claims "
        "different contexts if they measure different things, or accept the conflict on "
        "a claim with a note saying why.",
    ),
    find=find,
    acceptable=True,
    section=Section("Conflicts", place=10, counted="conflicts", one="conflict"),
)

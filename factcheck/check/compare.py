"""Comparison: group a subject's claims by value, then relate the groups (agree or conflict)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from factcheck.corpus.model import Claim, Subject, SubjectKind, compatible
from factcheck.report.results import Group, Relation
from factcheck.values.quantity import Quantity, describe, normalized, number_text, overlaps


def _key(claim: Claim) -> tuple[object, ...]:
    if claim.quantity is None:
        return (0, claim.value.label, 0.0, 0.0, "", False, claim.context)
    q = claim.quantity
    return (
        1,
        "",
        normalized(q.lo),
        normalized(q.hi),
        str(q.qualifier),
        q.is_range,
        claim.context,
    )


def _hull(quantities: list[Quantity]) -> Quantity:
    first = quantities[0]
    quantities = list({id(q): q for q in quantities}.values())  # members mostly share one
    low, high, whole = first.low, first.high, first.whole
    for q in quantities[1:]:
        low, high, whole = low.hull(q.low), high.hull(q.high), whole.hull(q.whole)
    return Quantity(first.lo, first.hi, low, high, whole, first.qualifier, first.is_range)


def group_claims(subject: Subject, claims: Iterable[Claim]) -> list[Group]:
    """The value groups of one subject's claims, in a deterministic order."""
    buckets: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        buckets.setdefault(_key(claim), []).append(claim)
    ordered = sorted(buckets.items(), key=lambda item: (item[0][6], item[0][:6]))
    groups = []
    for n, (_, members) in enumerate(ordered, start=1):
        first = members[0]
        quantities = [c.quantity for c in members if c.quantity is not None]
        quantity = _hull(quantities) if quantities else None
        text = describe(quantity, subject.unit) if quantity else (first.value.label or "")
        groups.append(
            Group(
                id=f"{subject.id}#{n}",
                subject=subject.id,
                claims=tuple(sorted(c.id for c in members)),
                sources=tuple(sorted({c.source for c in members})),
                text=text,
                context=first.context,
                quantity=quantity,
                label=first.value.label,
            )
        )
    return groups


def relate(subject: Subject, groups: list[Group]) -> list[Relation]:
    """Agree/conflict relations between every pair of comparable groups of one subject."""
    relations = []
    for a, b in combinations(groups, 2):
        if compatible(a.context, b.context):
            relations.append(_compare(subject, a, b))
    return relations


def _compare(subject: Subject, a: Group, b: Group) -> Relation:
    if a.quantity is None or b.quantity is None:
        agrees = a.label == b.label
        return Relation(a.id, b.id, agrees, "same label" if agrees else f"{a.text} vs {b.text}")
    qa, qb, tol, unit = a.quantity, b.quantity, subject.tolerance, subject.unit
    if subject.kind is SubjectKind.RANGE and qa.is_range and qb.is_range:
        # Ranges of a range subject are compared end by end; the verdicts are kept, so that views
        # such as the consensus read them instead of comparing again.
        lows = overlaps(qa.low, qb.low, tol)
        highs = overlaps(qa.high, qb.high, tol)
        if lows and highs:
            same = f"same range {a.text}" if a.text == b.text else f"{a.text} matches {b.text}"
            return Relation(a.id, b.id, True, same, lower=True, upper=True)
        parts = []
        if not lows:
            parts.append(f"lower bound {number_text(qa.lo, unit)} vs {number_text(qb.lo, unit)}")
        if not highs:
            parts.append(f"upper bound {number_text(qa.hi, unit)} vs {number_text(qb.hi, unit)}")
        return Relation(a.id, b.id, False, "; ".join(parts), lower=lows, upper=highs)
    if overlaps(qa.whole, qb.whole, tol):
        if qa.is_range != qb.is_range:
            inner, outer = (a, b) if qb.is_range else (b, a)
            return Relation(a.id, b.id, True, f"{inner.text} within {outer.text}")
        return Relation(a.id, b.id, True, f"{a.text} agrees with {b.text}")
    if qa.is_range != qb.is_range:
        inner, outer = (a, b) if qb.is_range else (b, a)
        return Relation(a.id, b.id, False, f"{inner.text} outside {outer.text}")
    return Relation(a.id, b.id, False, f"{a.text} vs {b.text}")

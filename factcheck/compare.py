"""Comparison: group a subject's claims by value, then relate the groups (agree or conflict)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from factcheck.model import Claim, Context, Subject, SubjectKind, compatible
from factcheck.quantity import Quantity, overlaps
from factcheck.values import Qualifier


@dataclass(frozen=True)
class Group:
    """A value group: a subject's claims with the same normalized value and context."""

    id: str
    """``subject#n``, numbered in value order (independent of claim order)."""
    subject: str
    claims: tuple[str, ...]
    """Claim ids, sorted."""
    sources: tuple[str, ...]
    """Source ids of the claims, sorted and distinct."""
    text: str
    """The value in the subject's unit, e.g. ``1.5-4.5 mg``."""
    context: Context
    quantity: Quantity | None
    """Covers every member's interval; None for labels."""
    label: str | None = None


@dataclass(frozen=True)
class Relation:
    """How two comparable value groups relate."""

    a: str
    b: str
    agrees: bool
    reason: str
    """In words: ``lower bound 1.5 mg vs 0.5 mg``, ``50 mg within 50-100 mg``."""


def _number(x: float, unit: str | None) -> str:
    text = f"{x:.6g}"
    if unit is None or unit == "dimensionless":  # counts and years read best bare: "400", "1984"
        return text
    return f"{text}{unit}" if unit in ("%", "‰", "°") else f"{text} {unit}"


def describe(quantity: Quantity, unit: str | None) -> str:
    """A quantity in words and its subject's unit: ``1.5-4.5 mg``, ``>24%``, ``~30%``."""
    if quantity.is_range:
        body = _number(quantity.hi, unit)
        text = f"{quantity.lo:.6g}-{body}"
    else:
        text = _number(quantity.lo, unit)
    return text if quantity.qualifier is Qualifier.EQ else f"{quantity.qualifier}{text}"


def _key(claim: Claim) -> tuple[object, ...]:
    if claim.quantity is None:
        return (0, claim.value.label, 0.0, 0.0, "", False, claim.context)
    q = claim.quantity
    return (
        1,
        "",
        float(f"{q.lo:.12g}"),
        float(f"{q.hi:.12g}"),
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
            agrees, reason = _compare(subject, a, b)
            relations.append(Relation(a.id, b.id, agrees, reason))
    return relations


def _compare(subject: Subject, a: Group, b: Group) -> tuple[bool, str]:
    if a.quantity is None or b.quantity is None:
        agrees = a.label == b.label
        return agrees, "same label" if agrees else f"{a.text} vs {b.text}"
    qa, qb, tol, unit = a.quantity, b.quantity, subject.tolerance, subject.unit
    if subject.kind is SubjectKind.RANGE and qa.is_range and qb.is_range:
        lows = overlaps(qa.low, qb.low, tol)
        highs = overlaps(qa.high, qb.high, tol)
        if lows and highs:
            return (
                True,
                f"same range {a.text}" if a.text == b.text else f"{a.text} matches {b.text}",
            )
        parts = []
        if not lows:
            parts.append(f"lower bound {_number(qa.lo, unit)} vs {_number(qb.lo, unit)}")
        if not highs:
            parts.append(f"upper bound {_number(qa.hi, unit)} vs {_number(qb.hi, unit)}")
        return False, "; ".join(parts)
    if overlaps(qa.whole, qb.whole, tol):
        if qa.is_range != qb.is_range:
            inner, outer = (a, b) if qb.is_range else (b, a)
            return True, f"{inner.text} within {outer.text}"
        return True, f"{a.text} agrees with {b.text}"
    if qa.is_range != qb.is_range:
        inner, outer = (a, b) if qb.is_range else (b, a)
        return False, f"{inner.text} outside {outer.text}"
    return False, f"{a.text} vs {b.text}"

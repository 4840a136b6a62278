"""Comparison: group a subject's claims by value, then relate the groups (agree or conflict).

A subject with at most ``PAIRWISE_GROUPS`` value groups is related pair by pair (``relate``). A
subject with more is summarized (``spread``): interval sweeps tell for each group whether any
comparable group conflicts with it, in time and memory that grow with the groups, not their
pairs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from operator import attrgetter

from factcheck.corpus.model import Claim, Context, Subject, SubjectKind, compatible
from factcheck.report.results import Group, Relation, Spread, Standing
from factcheck.values.grammar import Qualifier
from factcheck.values.quantity import (
    Interval,
    Quantity,
    Tolerance,
    describe,
    normalized,
    number_text,
    overlaps,
    significant_digits,
)


def _key(claim: Claim, values: dict[int, tuple[object, ...]]) -> tuple[object, ...]:
    """What puts claims in one value group: the normalized value, then the context. ``values``
    remembers each Quantity's part (claims repeating a value share its Quantity object)."""
    q = claim.quantity
    if q is None:
        return (0, claim.value.label, 0.0, 0.0, "", False, claim.context)
    value = values.get(id(q))
    if value is None:
        value = (1, "", normalized(q.lo), normalized(q.hi), str(q.qualifier), q.is_range)
        values[id(q)] = value
    return (*value, claim.context)


_id = attrgetter("id")


def _hull(quantities: list[Quantity]) -> Quantity:
    first = quantities[0]
    quantities = list({id(q): q for q in quantities}.values())  # members mostly share one
    low, high, whole = first.low, first.high, first.whole
    for q in quantities[1:]:
        low, high, whole = low.hull(q.low), high.hull(q.high), whole.hull(q.whole)
    return Quantity(first.lo, first.hi, low, high, whole, first.qualifier, first.is_range)


def group_claims(subject: Subject, claims: Iterable[Claim]) -> list[Group]:
    """The value groups of one subject's claims, in a deterministic order."""
    return [group for group, _ in grouped(subject, claims)]


def grouped(subject: Subject, claims: Iterable[Claim]) -> list[tuple[Group, list[Claim]]]:
    """``group_claims``, each group with its member claims in the order of its ``claims`` ids."""
    buckets: dict[tuple[object, ...], list[Claim]] = {}
    values: dict[int, tuple[object, ...]] = {}
    # Each claim's bucket by its Quantity object (claims repeating a value share it) and its
    # context: a short key whose hash is cheap, the 7-tuple made and hashed once per pair.
    shared: dict[tuple[int, object], list[Claim]] = {}
    for claim in claims:
        q = claim.quantity
        pair = (id(q), claim.context)
        bucket = shared.get(pair) if q is not None else None
        if bucket is None:
            bucket = buckets.setdefault(_key(claim, values), [])
            if q is not None:
                shared[pair] = bucket
        bucket.append(claim)
    ordered = sorted(buckets.items(), key=lambda item: (item[0][6], item[0][:6]))
    groups = []
    for n, (_, members) in enumerate(ordered, start=1):
        first = members[0]
        quantities = [c.quantity for c in members if c.quantity is not None]
        quantity = _hull(quantities) if quantities else None
        digits = _shown_digits(subject, members)
        text = describe(quantity, subject.unit, digits) if quantity else (first.value.label or "")
        by_id = sorted(members, key=_id)
        group = Group(
            id=f"{subject.id}#{n}",
            subject=subject.id,
            claims=tuple([c.id for c in by_id]),
            sources=tuple(sorted({c.source for c in members})),
            text=text,
            context=first.context,
            quantity=quantity,
            label=first.value.label,
        )
        groups.append((group, by_id))
    return groups


def _shown_digits(subject: Subject, members: list[Claim]) -> int:
    """Six significant digits; for a group whose figures are all written in another unit than
    the subject's, as many as they were written with (at least two): 14.2 km in a subject in
    miles is 8.82 miles, not 8.82347; an approximate figure's trailing zeros carry nothing ("about
    60,000 km/h" is ~10 miles a second, not ~10.356)."""
    if not subject.unit or any(c.value.unit in (None, subject.unit) for c in members):
        return 6
    written = [
        _approximate_digits(n.text)
        if c.value.qualifier is Qualifier.APPROX
        else significant_digits(n.text)
        for c in members
        for n in (c.value.low, c.value.high)
        if n is not None
    ]
    return min(6, max(2, *written)) if written else 6


def _approximate_digits(text: str) -> int:
    """Significant digits of an approximate whole number: its trailing zeros do not count."""
    digits = significant_digits(text)
    if "." in text or "e" in text.lower():
        return digits
    return max(1, digits - (len(text.replace(",", "")) - len(text.replace(",", "").rstrip("0"))))


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
    if qa.side is not None and qa.side == qb.side and not overlaps(qa.low, qb.low, tol):
        # Two bounds on one side state two limits ("at most 6 a day", "no more than 8"): both can
        # hold of one value, but not of one limit.
        return Relation(a.id, b.id, False, f"{qa.side} limit {a.text} vs {b.text}")
    if overlaps(qa.whole, qb.whole, tol):
        if qa.is_range != qb.is_range:
            inner, outer = (a, b) if qb.is_range else (b, a)
            return Relation(a.id, b.id, True, f"{inner.text} within {outer.text}")
        return Relation(a.id, b.id, True, f"{a.text} agrees with {b.text}")
    if qa.is_range != qb.is_range:
        inner, outer = (a, b) if qb.is_range else (b, a)
        return Relation(a.id, b.id, False, f"{inner.text} outside {outer.text}")
    return Relation(a.id, b.id, False, f"{a.text} vs {b.text}")


@dataclass
class _Ends:
    """Of a family of intervals, the one whose upper end lies furthest left and the one whose
    lower end lies furthest right: if any member misses an interval (beyond the tolerance), one of
    these two does, since a gap grows faster than the tolerance as a member moves away, unless
    the tolerance is relative and at least 100 % (``wide``). For such tolerances the members are
    kept, sorted, and a few more candidates are tried (``_Wide``)."""

    wide: bool = False
    left: Interval | None = None
    right: Interval | None = None
    members: list[Interval] = field(default_factory=list)
    sorted_members: _Wide | None = None

    def add(self, interval: Interval) -> None:
        if self.left is None or _upper_key(interval) < _upper_key(self.left):
            self.left = interval
        if self.right is None or _lower_key(interval) > _lower_key(self.right):
            self.right = interval
        if self.wide:
            self.members.append(interval)

    def merge(self, other: _Ends) -> None:
        for interval in (other.left, other.right):
            if interval is not None:
                self.add(interval)
        if self.wide:
            self.members.extend(other.members)

    def misses(self, interval: Interval, tolerance: Tolerance) -> bool:
        """Whether some member of the family does not overlap ``interval``."""
        candidates: list[Interval | None] = [self.left, self.right]
        if self.wide:
            if self.sorted_members is None:
                self.sorted_members = _Wide(self.members)
            candidates.extend(self.sorted_members.candidates(interval, tolerance))
        return any(end is not None and not overlaps(end, interval, tolerance) for end in candidates)


class _Wide:
    """A family's intervals sorted by their ends, for a relative tolerance of 100 % or more.

    Then, beyond the magnitude of the interval's own end, a member further away can agree where a
    nearer one does not (the tolerance grows with the member's size as fast as the gap). The
    nearest member beyond both that magnitude and the absolute tolerance is then the one to try,
    and the furthest member within that magnitude (where the tolerance is fixed)."""

    def __init__(self, members: list[Interval]) -> None:
        self.by_upper = sorted(members, key=_upper_key)
        self.uppers = [m.hi for m in self.by_upper]
        self.by_lower = sorted(members, key=_lower_key)
        self.lowers = [m.lo for m in self.by_lower]

    def candidates(self, interval: Interval, tolerance: Tolerance) -> list[Interval]:
        found = []
        size = abs(interval.lo)
        # Left of the interval: uppers within its magnitude (fixed tolerance), the furthest one;
        at = bisect_left(self.uppers, -size)
        if at < len(self.by_upper):
            found.append(self.by_upper[at])
        # beyond it, the nearest one past the absolute tolerance.
        limit = min(-size, interval.lo - tolerance.absolute)
        at = bisect_left(self.uppers, limit) - 1
        if at >= 0:
            found.append(self.by_upper[at])
        size = abs(interval.hi)
        at = bisect_right(self.lowers, size) - 1
        if at >= 0:
            found.append(self.by_lower[at])
        limit = max(size, interval.hi + tolerance.absolute)
        at = bisect_right(self.lowers, limit)
        if at < len(self.by_lower):
            found.append(self.by_lower[at])
        return found


def _upper_key(interval: Interval) -> tuple[float, int]:
    return interval.hi, 0 if interval.hi_open else 1


def _lower_key(interval: Interval) -> tuple[float, int]:
    return interval.lo, 1 if interval.lo_open else 0


@dataclass
class _Family:
    """What the groups of some contexts hold, as far as conflicts with them go."""

    wide: bool = False
    """Whether the tolerance is relative and at least 100 % (``_Ends.wide``)."""
    wholes: _Ends = field(init=False)
    """Every numeric group's interval."""
    singles: _Ends = field(init=False)
    """The intervals of the numeric groups that are not ranges (what ranges of a ``kind: range``
    subject compare with as wholes)."""
    lows: _Ends = field(init=False)
    """Where the ranges' lower ends lie (ranges of a range subject compare end by end)."""
    highs: _Ends = field(init=False)
    """Where the ranges' upper ends lie."""
    floors: _Ends = field(init=False)
    """Where the limits of the lower bounds lie (bounds on one side compare by their limits)."""
    ceilings: _Ends = field(init=False)
    """Where the limits of the upper bounds lie."""
    labels: set[str | None] = field(default_factory=set)
    """Up to two distinct labels of label groups: enough to tell whether one differs."""
    numeric: bool = False
    """Whether any group is a number."""

    def __post_init__(self) -> None:
        self.wholes, self.singles = _Ends(self.wide), _Ends(self.wide)
        self.lows, self.highs = _Ends(self.wide), _Ends(self.wide)
        self.floors, self.ceilings = _Ends(self.wide), _Ends(self.wide)

    def limits(self, side: str) -> _Ends:
        """The limits of the bounds on ``side`` (``lower`` or ``upper``)."""
        return self.floors if side == "lower" else self.ceilings

    def add(self, group: Group, ends: bool) -> None:
        q = group.quantity
        if q is None:
            if len(self.labels) < 2:
                self.labels.add(group.label)
            return
        self.numeric = True
        self.wholes.add(q.whole)
        if ends and q.is_range:
            self.lows.add(q.low)
            self.highs.add(q.high)
        else:
            self.singles.add(q.whole)
        if q.side is not None:
            self.limits(q.side).add(q.low)

    def merge(self, other: _Family) -> None:
        for mine, theirs in (
            (self.wholes, other.wholes),
            (self.singles, other.singles),
            (self.lows, other.lows),
            (self.highs, other.highs),
            (self.floors, other.floors),
            (self.ceilings, other.ceilings),
        ):
            mine.merge(theirs)
        for label in other.labels:
            if len(self.labels) < 2:
                self.labels.add(label)
        self.numeric = self.numeric or other.numeric


def spread(subject: Subject, groups: list[Group]) -> tuple[Spread, dict[str, frozenset[str]]]:
    """Where each of a subject's value groups stands among the groups it is comparable with,
    without comparing pairs: the same verdicts as ``relate`` (a group conflicts with some group
    exactly when some relation of it does not agree), in time linear in the groups and quadratic
    only in the subject's distinct contexts. Also the backers of each group in conflict with
    none: it then agrees with every comparable group, so their sources back it."""
    ends = subject.kind is SubjectKind.RANGE
    tolerance = subject.tolerance
    wide = tolerance.relative * (1 + 1e-9) >= 1
    contexts: dict[Context, _Family] = {}
    sources: dict[Context, set[str]] = {}
    for group in groups:
        contexts.setdefault(group.context, _Family(wide)).add(group, ends)
        sources.setdefault(group.context, set()).update(group.sources)
    families: dict[Context, _Family] = {}
    comparable: dict[Context, list[Context]] = {}
    for context in contexts:
        comparable[context] = [c for c in contexts if compatible(context, c)]
        family = _Family(wide)
        for other in comparable[context]:
            family.merge(contexts[other])
        families[context] = family
    standings = []
    backers: dict[str, frozenset[str]] = {}
    backed: dict[Context, frozenset[str]] = {}
    for group in groups:
        family = families[group.context]
        q = group.quantity
        lower = upper = False
        if q is None:
            conflicts = family.numeric or any(label != group.label for label in family.labels)
        elif ends and q.is_range:
            lower = family.lows.misses(q.low, tolerance)
            upper = family.highs.misses(q.high, tolerance)
            conflicts = bool(family.labels) or lower or upper
            conflicts = conflicts or family.singles.misses(q.whole, tolerance)
        else:
            conflicts = bool(family.labels) or family.wholes.misses(q.whole, tolerance)
            if q.side is not None:
                conflicts = conflicts or family.limits(q.side).misses(q.low, tolerance)
        standings.append(Standing(group.id, conflicts, lower, upper))
        if not conflicts:
            if group.context not in backed:
                union = {s for c in comparable[group.context] for s in sources[c]}
                backed[group.context] = frozenset(union)
            backers[group.id] = backed[group.context]
    adjacent = tuple(
        _compare(subject, a, b) for a, b in pairwise(groups) if compatible(a.context, b.context)
    )
    return Spread(subject.id, tuple(standings), adjacent), backers

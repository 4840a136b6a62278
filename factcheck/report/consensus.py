"""Per-subject consensus: which values the sources back, and where they split, in words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from factcheck.corpus.model import Context, Subject, SubjectKind
from factcheck.report.model import Report
from factcheck.report.results import Group, Relation
from factcheck.values.grammar import Qualifier
from factcheck.values.quantity import Interval, Quantity, describe


class Aspect(StrEnum):
    """What part of a subject's value a point of consensus is about."""

    VALUE = "value"
    """The value as a whole (numbers, labels, or ranges that are not disputed end by end)."""
    LOWER = "lower bound"
    """The low end of the ranges sources give for a ``kind: range`` subject."""
    UPPER = "upper bound"
    """The high end of those ranges."""
    SINGLE = "single value"
    """Single numbers given for a ``kind: range`` subject whose ranges are read end by end."""


@dataclass(frozen=True)
class Backing:
    """One value and the sources that state it."""

    value: str
    """In the subject's unit, with its context when it has one: ``0.5 mg``, ``4.5 mg (arm=ldn)``."""
    sources: tuple[str, ...]
    """Distinct source ids, sorted."""
    disputed: bool
    """Whether this value is in conflict with another one of the point."""


@dataclass(frozen=True)
class Point:
    """One thing sources state about a subject and how far they agree on it."""

    aspect: Aspect
    backings: tuple[Backing, ...]
    """Most-backed value first, then in value order."""

    @property
    def disputed(self) -> bool:
        return any(b.disputed for b in self.backings)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s for b in self.backings for s in b.sources}))

    def words(self) -> str:
        """``upper bound 4.5 mg: 4 sources``, ``lower bound disputed: 0.5 mg (2) vs 1.5 mg (2)``."""
        prefix = "" if self.aspect is Aspect.VALUE else f"{self.aspect} "
        if self.disputed:
            sides = " vs ".join(_counted(b) for b in self.backings if b.disputed)
            rest = ", ".join(_counted(b) for b in self.backings if not b.disputed)
            return f"{prefix}disputed: {sides}" + (f"; consistent with all: {rest}" if rest else "")
        if len(self.backings) == 1:
            return f"{prefix}{self.backings[0].value}: {_sources(len(self.sources))}"
        values = ", ".join(_counted(b) for b in self.backings)
        n = len(self.sources)
        agree = "1 source, consistent values" if n == 1 else f"{n} sources agree"
        return f"{prefix}{agree}: {values}"


@dataclass(frozen=True)
class Consensus:
    """What the sources say about one subject, point by point."""

    subject: str
    points: tuple[Point, ...]
    """Agreed points first, then disputed ones."""
    sources: tuple[str, ...]
    """Every source with a compared claim on the subject, sorted."""

    @property
    def disputed(self) -> bool:
        return any(p.disputed for p in self.points)

    def words(self) -> str:
        """All points in one line, ``;``-separated."""
        return "; ".join(p.words() for p in self.points)


def _sources(n: int) -> str:
    return f"{n} source" if n == 1 else f"{n} sources"


def _counted(backing: Backing) -> str:
    return f"{backing.value} ({len(backing.sources)})"


def _with_context(text: str, context: Context) -> str:
    return f"{text} ({', '.join(f'{k}={v}' for k, v in context)})" if context else text


def consensus(report: Report) -> tuple[Consensus, ...]:
    """The consensus on every subject with compared claims, in claims-file order of subjects."""
    subject_of = {g.id: g.subject for groups in report.groups.values() for g in groups}
    by_subject: dict[str, list[Relation]] = {}
    for relation in report.relations:
        by_subject.setdefault(subject_of[relation.a], []).append(relation)
    return tuple(
        subject_consensus(subject, report.groups[sid], by_subject.get(sid, ()))
        for sid, subject in report.corpus.subjects.items()
        if report.groups.get(sid)
    )


def subject_consensus(
    subject: Subject, groups: Iterable[Group], relations: Iterable[Relation]
) -> Consensus:
    """One subject's consensus from its value groups and their relations (see ``compare``).

    A ``kind: range`` subject whose ranges conflict with each other is read end by end, so that an
    agreed upper bound is not lost in a dispute about the lower one (the relations' per-end
    verdicts say which ends disagree); single numbers given for it are then a point of their own.
    """
    groups = list(groups)
    conflicts = {(r.a, r.b): r for r in relations if not r.agrees}
    in_conflict = {g for pair in conflicts for g in pair}
    ranges = [g for g in groups if g.quantity is not None and g.quantity.is_range]
    pairs = [
        (a, b, conflicts[a.id, b.id]) for a in ranges for b in ranges if (a.id, b.id) in conflicts
    ]
    if subject.kind is SubjectKind.RANGE and pairs:
        points = [
            _end_point(subject, Aspect.LOWER, ranges, pairs, _Lower),
            _end_point(subject, Aspect.UPPER, ranges, pairs, _Upper),
        ]
        singles = [g for g in groups if g not in ranges]
        if singles:
            points.extend(_value_points(singles, in_conflict, Aspect.SINGLE))
    else:
        points = _value_points(groups, in_conflict)
    points.sort(key=lambda p: p.disputed)
    sources = tuple(sorted({s for g in groups for s in g.sources}))
    return Consensus(subject.id, tuple(points), sources)


def _value_points(
    groups: list[Group], in_conflict: set[str], aspect: Aspect = Aspect.VALUE
) -> list[Point]:
    """One point for groups in conflict; else one per context (different contexts never agree)."""
    backings = [
        (g.context, Backing(_with_context(g.text, g.context), g.sources, g.id in in_conflict))
        for g in groups
    ]
    if any(b.disputed for _, b in backings):
        return [Point(aspect, _ordered([b for _, b in backings]))]
    contexts = sorted({context for context, _ in backings})
    return [
        Point(aspect, _ordered([b for c, b in backings if c == context])) for context in contexts
    ]


@dataclass(frozen=True)
class _End:
    """One end of ranges: its number, and the relation's verdict on it."""

    number: Callable[[Quantity], float]
    verdict: Callable[[Relation], bool | None]


_Lower = _End(lambda q: q.lo, lambda r: r.lower)
_Upper = _End(lambda q: q.hi, lambda r: r.upper)


def _end_point(
    subject: Subject,
    aspect: Aspect,
    ranges: list[Group],
    pairs: list[tuple[Group, Group, Relation]],
    end: _End,
) -> Point:
    """Backings of one end of the ranges, keyed by the end's number (and context)."""
    sources: dict[tuple[Context, float], set[str]] = {}
    for group in ranges:
        assert group.quantity is not None
        sources.setdefault((group.context, end.number(group.quantity)), set()).update(group.sources)
    disputed: set[tuple[Context, float]] = set()
    for a, b, relation in pairs:
        assert a.quantity is not None and b.quantity is not None
        # Two ranges of a range subject were compared end by end (``check.compare``).
        if end.verdict(relation) is False:
            disputed.update(
                {(a.context, end.number(a.quantity)), (b.context, end.number(b.quantity))}
            )
    backings = [
        Backing(
            _with_context(describe(_number(x), subject.unit), context),
            tuple(sorted(names)),
            (context, x) in disputed,
        )
        for (context, x), names in sorted(sources.items())
    ]
    return Point(aspect, _ordered(backings))


def _number(x: float) -> Quantity:
    point = Interval(x, x)
    return Quantity(x, x, point, point, point, Qualifier.EQ, is_range=False)


def _ordered(backings: list[Backing]) -> tuple[Backing, ...]:
    """Most sources first; ties keep value order (the order groups and ends came in)."""
    return tuple(sorted(backings, key=lambda b: -len(b.sources)))

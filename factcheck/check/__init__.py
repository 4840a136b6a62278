"""The check: anchor, compare, decide each claim's support, and derive findings — one pure function."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from factcheck._perf import paused_gc
from factcheck.check.anchor import source_location
from factcheck.check.compare import grouped, relate, spread
from factcheck.check.coverage import measure
from factcheck.check.parallel import anchor_all
from factcheck.corpus.model import Claim, Corpus, Review, Source, SourceKind
from factcheck.report.baseline import Baseline
from factcheck.report.baseline import apply as apply_baseline
from factcheck.report.model import Report
from factcheck.report.results import (
    PAIRWISE_GROUPS,
    ClaimResult,
    Group,
    Relation,
    SourceFigures,
    Spread,
    Status,
    Unanchoring,
)
from factcheck.rules import Evidence, find
from factcheck.text.drift import find_drift


def check(corpus: Corpus, *, coverage: bool = False, baseline: Baseline | None = None) -> Report:
    """Check a loaded corpus: the same corpus always gives the same report.

    ``coverage`` adds an ``untracked`` finding per number no claim covers, and the coverage
    figures; ``baseline`` (from ``factcheck.report.baseline.parse``) marks the findings it records
    as suppressed, and is applied after coverage so that its untracked entries are judged.
    """
    with paused_gc():
        report = _check(corpus, coverage)
        if baseline is not None:
            report = apply_baseline(report, baseline)
        return report


def _check(corpus: Corpus, coverage: bool) -> Report:
    # One entry per claim, in claims-file order: its result, or until the comparison decides
    # it, an anchored claim's location, replaced in place (one dict for a million claims, not
    # one per stage).
    slots: dict[str, Any] = {}
    active: dict[str, list[Claim]] = defaultdict(list)
    sources = corpus.sources
    anchored = [claim for claim in corpus.claims if claim.review is not Review.IGNORED]
    anchors = iter(anchor_all(anchored, sources))
    for claim in corpus.claims:
        if claim.review is Review.IGNORED:
            slots[claim.id] = ClaimResult(claim, Status.IGNORED, None, None)
            continue
        found, location = next(anchors)
        if found.problem is not None:
            why = _unanchoring(claim, sources[claim.source], found.problem, found.span is None)
            slots[claim.id] = ClaimResult(claim, Status.UNANCHORED, location, None, why)
            continue
        slots[claim.id] = location
        active[claim.subject].append(claim)

    groups: dict[str, tuple[Group, ...]] = {}
    members: dict[str, list[Claim]] = {}
    """Each group's claims, in the order of its ``claims`` ids."""
    relations: list[Relation] = []
    spreads: dict[str, Spread] = {}
    backers: dict[str, frozenset[str]] = {}
    for subject_id in sorted(active):
        subject = corpus.subjects[subject_id]
        subject_groups = []
        for group, claims in grouped(subject, active[subject_id]):
            subject_groups.append(group)
            members[group.id] = claims
        groups[subject_id] = tuple(subject_groups)
        if len(subject_groups) > PAIRWISE_GROUPS:
            # Too many groups to pair: summarized by interval sweeps (``compare.spread``).
            spreads[subject_id], backed = spread(subject, subject_groups)
            backers.update(backed)
        else:
            relations.extend(relate(subject, subject_groups))

    del active
    _decide(corpus, members, slots, groups, relations, spreads, backers)
    results: dict[str, ClaimResult] = slots  # every entry is a result now
    measured, uncovered = measure(corpus, results) if coverage else (None, None)
    evidence = Evidence(corpus, results, groups, tuple(relations), uncovered, spreads=spreads)
    findings = find(evidence)
    figures = tuple(_figures(corpus, results.values()))
    return Report(
        corpus,
        results,
        groups,
        tuple(relations),
        findings,
        figures,
        coverage=measured,
        spreads=spreads,
    )


def _unanchoring(claim: Claim, source: Source, problem: str, lost: bool) -> Unanchoring:
    """Anchoring's problem; for a quote no longer in its source (``lost``), where the source's
    closest text is, so that the finding can say what changed."""
    drift = find_drift(claim.quote, source.text) if lost else None
    if drift is None:
        return Unanchoring(problem)
    return Unanchoring(problem, drift, source_location(source, drift.span))


def _decide(
    corpus: Corpus,
    members: dict[str, list[Claim]],
    slots: dict[str, Any],
    groups: dict[str, tuple[Group, ...]],
    relations: list[Relation],
    spreads: dict[str, Spread],
    backed: dict[str, frozenset[str]],
) -> None:
    """Replace each compared claim's location in ``slots`` by its result: its one support
    status (DESIGN.md's precedence), that location, and its value group.

    Groups of summarized subjects (``spreads``) take their conflicts from their standings and
    their backers from ``backed`` (``compare.spread``): the same statuses pairs would give."""
    by_id = {g.id: g for subject_groups in groups.values() for g in subject_groups}
    conflicted: set[str] = set()
    for subject_spread in spreads.values():
        conflicted.update(subject_spread.disputed)
    agreeing: dict[str, list[str]] = defaultdict(list)
    """The groups each group agrees with (besides itself)."""
    for relation in relations:
        if relation.agrees:
            agreeing[relation.a].append(relation.b)
            agreeing[relation.b].append(relation.a)
        else:
            conflicted.update((relation.a, relation.b))
    # What a claim without citations gets when nothing but its own source backs it: per source,
    # not per claim.
    alone = {
        sid: Status.REFERENCE if source.kind is SourceKind.REFERENCE else Status.UNSUPPORTED
        for sid, source in corpus.sources.items()
    }
    for subject_groups in groups.values():
        claimed = {s for group in subject_groups for s in group.sources}
        for group in subject_groups:
            gid = group.id
            if gid in conflicted:
                for claim in members[gid]:
                    slots[claim.id] = ClaimResult(claim, Status.CONTRADICTED, slots[claim.id], gid)
                continue
            backers: set[str] | frozenset[str]
            if gid in backed:
                backers = backed[gid]
            else:
                backers = {s for g in (gid, *agreeing.get(gid, ())) for s in by_id[g].sources}
            many = len(backers)
            # `_status`'s precedence, inline for the claims without citations (most of them).
            for claim in members[gid]:
                if claim.cites:
                    status = _status(corpus, claim, False, backers, claimed)
                elif many > (claim.source in backers):
                    status = Status.CORROBORATED
                else:
                    status = alone[claim.source]
                slots[claim.id] = ClaimResult(claim, status, slots[claim.id], gid)


def _status(
    corpus: Corpus,
    claim: Claim,
    conflicted: bool,
    backers: set[str] | frozenset[str],
    claimed: set[str],
) -> Status:
    """``claimed``: the sources that say anything on the claim's subject."""
    if conflicted:
        return Status.CONTRADICTED
    cites = claim.cites
    if cites and any(cited in backers for cited in cites):
        return Status.VERIFIED
    if len(backers) > (claim.source in backers):  # a source other than its own backs it
        return Status.CORROBORATED
    if cites and any(cited not in claimed for cited in cites):
        return Status.CITED
    if corpus.sources[claim.source].kind is SourceKind.REFERENCE:
        return Status.REFERENCE
    return Status.UNSUPPORTED


def _figures(corpus: Corpus, results: Iterable[ClaimResult]) -> Iterable[SourceFigures]:
    counts: dict[str, dict[Status, int]] = {sid: defaultdict(int) for sid in corpus.sources}
    for result in results:
        counts[result.claim.source][result.status] += 1
    for source_id, by_status in counts.items():
        yield SourceFigures(source_id, sum(by_status.values()), dict(sorted(by_status.items())))

"""The check: anchor, compare, decide each claim's support, and derive findings — one pure function."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from factcheck._perf import paused_gc
from factcheck.check.anchor import anchor, source_location
from factcheck.check.compare import group_claims, relate, spread
from factcheck.check.coverage import measure
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
    results: dict[str, ClaimResult] = {}
    active: dict[str, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        source = corpus.sources[claim.source]
        if claim.review is Review.IGNORED:
            results[claim.id] = ClaimResult(claim, Status.IGNORED, None, None)
            continue
        found = anchor(claim, source)
        location = source_location(source, found.span, found.focus) if found.span else None
        if found.problem is not None:
            why = _unanchoring(claim, source, found.problem, found.span is None)
            results[claim.id] = ClaimResult(claim, Status.UNANCHORED, location, None, why)
            continue
        results[claim.id] = ClaimResult(claim, Status.UNSUPPORTED, location, None)
        active[claim.subject].append(claim)

    groups: dict[str, tuple[Group, ...]] = {}
    relations: list[Relation] = []
    spreads: dict[str, Spread] = {}
    backers: dict[str, frozenset[str]] = {}
    for subject_id in sorted(active):
        subject = corpus.subjects[subject_id]
        subject_groups = group_claims(subject, active[subject_id])
        groups[subject_id] = tuple(subject_groups)
        if len(subject_groups) > PAIRWISE_GROUPS:
            # Too many groups to pair: summarized by interval sweeps (``compare.spread``).
            spreads[subject_id], backed = spread(subject, subject_groups)
            backers.update(backed)
        else:
            relations.extend(relate(subject, subject_groups))

    _decide(corpus, results, groups, relations, spreads, backers)
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
    results: dict[str, ClaimResult],
    groups: dict[str, tuple[Group, ...]],
    relations: list[Relation],
    spreads: dict[str, Spread],
    backed: dict[str, frozenset[str]],
) -> None:
    """Give every compared claim its one support status (DESIGN.md's precedence).

    Groups of summarized subjects (``spreads``) take their conflicts from their standings and
    their backers from ``backed`` (``compare.spread``): the same statuses pairs would give."""
    by_id = {g.id: g for subject_groups in groups.values() for g in subject_groups}
    conflicted: set[str] = set()
    for subject_spread in spreads.values():
        conflicted.update(subject_spread.disputed)
    agreeing: dict[str, set[str]] = {gid: {gid} for gid in by_id}
    for relation in relations:
        if relation.agrees:
            agreeing[relation.a].add(relation.b)
            agreeing[relation.b].add(relation.a)
        else:
            conflicted.update((relation.a, relation.b))
    subjects_claimed: dict[str, set[str]] = defaultdict(set)
    for subject_groups in groups.values():
        for group in subject_groups:
            subjects_claimed[group.subject].update(group.sources)
    for group in by_id.values():
        backers: set[str] | frozenset[str]
        if group.id in backed:
            backers = backed[group.id]
        else:
            backers = {s for gid in agreeing[group.id] for s in by_id[gid].sources}
        for claim_id in group.claims:
            claim = results[claim_id].claim
            status = _status(corpus, claim, group.id in conflicted, backers, subjects_claimed)
            results[claim_id] = ClaimResult(claim, status, results[claim_id].location, group.id)


def _status(
    corpus: Corpus,
    claim: Claim,
    conflicted: bool,
    backers: set[str] | frozenset[str],
    claimed: dict[str, set[str]],
) -> Status:
    if conflicted:
        return Status.CONTRADICTED
    if any(cited in backers for cited in claim.cites):
        return Status.VERIFIED
    if backers - {claim.source}:
        return Status.CORROBORATED
    if any(cited not in claimed[claim.subject] for cited in claim.cites):
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

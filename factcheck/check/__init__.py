"""The check: anchor, compare, decide each claim's support, and derive findings — one pure function."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from factcheck._perf import paused_gc
from factcheck.check.anchor import anchor, source_location
from factcheck.check.compare import group_claims, relate
from factcheck.check.coverage import with_coverage
from factcheck.corpus.model import Claim, Corpus, Review, Source, SourceKind
from factcheck.report.baseline import Baseline
from factcheck.report.baseline import apply as apply_baseline
from factcheck.report.findings import (
    DEFAULT_SEVERITY,
    Finding,
    Kind,
    Location,
    finding_order,
    fingerprint,
)
from factcheck.report.model import Report
from factcheck.report.results import ClaimResult, Group, Relation, SourceFigures, Status
from factcheck.text.drift import find_drift, shown
from factcheck.values.quantity import describe


def check(corpus: Corpus, *, coverage: bool = False, baseline: Baseline | None = None) -> Report:
    """Check a loaded corpus: the same corpus always gives the same report.

    ``coverage`` adds an ``untracked`` finding per number no claim covers, and the coverage
    figures; ``baseline`` (from ``factcheck.report.baseline.parse``) marks the findings it records
    as suppressed, and is applied after coverage so that its untracked entries are judged.
    """
    with paused_gc():
        report = _check(corpus)
        if coverage:
            report = with_coverage(report)
        if baseline is not None:
            report = apply_baseline(report, baseline)
        return report


def _check(corpus: Corpus) -> Report:
    results: dict[str, ClaimResult] = {}
    unanchored: list[Finding] = []
    active: dict[str, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        source = corpus.sources[claim.source]
        if claim.review is Review.IGNORED:
            results[claim.id] = ClaimResult(claim, Status.IGNORED, None, None)
            continue
        found = anchor(claim, source)
        location = source_location(source, found.span) if found.span else None
        if found.problem is not None:
            results[claim.id] = ClaimResult(claim, Status.UNANCHORED, location, None)
            unanchored.append(_unanchored(corpus, claim, source, location, found.problem))
            continue
        results[claim.id] = ClaimResult(claim, Status.UNSUPPORTED, location, None)
        active[claim.subject].append(claim)

    groups: dict[str, tuple[Group, ...]] = {}
    relations: list[Relation] = []
    for subject_id in sorted(active):
        subject = corpus.subjects[subject_id]
        subject_groups = group_claims(subject, active[subject_id])
        groups[subject_id] = tuple(subject_groups)
        relations.extend(relate(subject, subject_groups))

    _decide(corpus, results, groups, relations)
    findings = unanchored + _conflicts(corpus, results, groups, relations)
    findings += [
        _unsupported(corpus, r) for r in results.values() if r.status is Status.UNSUPPORTED
    ]
    findings = [_accepted(f, results) for f in findings]
    findings += _unused_acceptances(corpus, findings)
    findings.sort(key=finding_order)
    figures = tuple(_figures(corpus, results.values()))
    return Report(corpus, results, groups, tuple(relations), tuple(findings), figures)


def _decide(
    corpus: Corpus,
    results: dict[str, ClaimResult],
    groups: dict[str, tuple[Group, ...]],
    relations: list[Relation],
) -> None:
    """Give every compared claim its one support status (DESIGN.md's precedence)."""
    by_id = {g.id: g for subject_groups in groups.values() for g in subject_groups}
    conflicted: set[str] = set()
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
        backers = {s for gid in agreeing[group.id] for s in by_id[gid].sources}
        for claim_id in group.claims:
            claim = results[claim_id].claim
            status = _status(corpus, claim, group.id in conflicted, backers, subjects_claimed)
            results[claim_id] = ClaimResult(claim, status, results[claim_id].location, group.id)


def _status(
    corpus: Corpus, claim: Claim, conflicted: bool, backers: set[str], claimed: dict[str, set[str]]
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


def _conflicts(
    corpus: Corpus,
    results: dict[str, ClaimResult],
    groups: dict[str, tuple[Group, ...]],
    relations: list[Relation],
) -> list[Finding]:
    by_id = {g.id: g for subject_groups in groups.values() for g in subject_groups}
    findings = []
    for relation in relations:
        if relation.agrees:
            continue
        a, b = by_id[relation.a], by_id[relation.b]
        sides = (a.claims, b.claims)
        claims = tuple(sorted(a.claims + b.claims))
        locations = tuple(
            loc for cid in a.claims + b.claims if (loc := results[cid].location) is not None
        )
        substance = sorted(
            [[(cid, a.text) for cid in a.claims], [(cid, b.text) for cid in b.claims]]
        )
        subject = corpus.subjects[a.subject]
        findings.append(
            Finding(
                kind=Kind.CONFLICT,
                severity=DEFAULT_SEVERITY[Kind.CONFLICT],
                message=f"{subject.label}: {relation.reason}",
                subject=a.subject,
                claims=claims,
                sides=sides,
                locations=locations,
                fingerprint=fingerprint(Kind.CONFLICT, a.subject, substance),
            )
        )
    return findings


def _unanchored(
    corpus: Corpus, claim: Claim, source: Source, location: Location | None, problem: str
) -> Finding:
    extra: tuple[tuple[str, str], ...] = ()
    locations: tuple[Location, ...]
    if location is not None:
        locations = (location,)
    else:
        # The quote is not in the source: point at the quote in the claims file instead, and at
        # the source's closest text when there is one (the quote drifted after an edit).
        line, column = corpus.locate_claim(claim, "quote")
        locations = (Location("", corpus.path, (0, 0), line, column, line, column),)
        drift = find_drift(claim.quote, source.text)
        if drift is not None:
            near = source_location(source, drift.span)
            problem += (
                f"; closest text at {source.path}:{near.line}:{near.column} "
                f'({drift.similarity}% similar): "{shown(drift.closest)}" — {drift.describe()}'
            )
            locations += (near,)
            extra = (
                ("changes", drift.describe()),
                ("closest", drift.closest),
                ("closest_column", str(near.column)),
                ("closest_line", str(near.line)),
                ("similarity", str(drift.similarity)),
            )
    return Finding(
        kind=Kind.UNANCHORED,
        severity=DEFAULT_SEVERITY[Kind.UNANCHORED],
        message=f'claim "{claim.id}": {problem}',
        subject=claim.subject,
        claims=(claim.id,),
        locations=locations,
        fingerprint=fingerprint(
            Kind.UNANCHORED, claim.id, " ".join(claim.quote.split()), _substance(corpus, claim)
        ),
        extra=extra,
    )


def _substance(corpus: Corpus, claim: Claim) -> str:
    """A claim's value as fingerprints see it: in the subject's unit, however it was written."""
    if claim.quantity is None:
        return f"label:{claim.value.label}"
    return describe(claim.quantity, corpus.subjects[claim.subject].unit)


def _unsupported(corpus: Corpus, result: ClaimResult) -> Finding:
    claim = result.claim
    subject = corpus.subjects[claim.subject]
    return Finding(
        kind=Kind.UNSUPPORTED,
        severity=DEFAULT_SEVERITY[Kind.UNSUPPORTED],
        message=(
            f'{subject.label}: "{claim.value.text}" in {claim.source} is backed by no other source '
            "and cites nothing"
        ),
        subject=claim.subject,
        claims=(claim.id,),
        locations=(result.location,) if result.location else (),
        fingerprint=fingerprint(
            Kind.UNSUPPORTED, claim.id, claim.subject, _substance(corpus, claim)
        ),
    )


def _accepted(finding: Finding, results: dict[str, ClaimResult]) -> Finding:
    """Mark a finding suppressed when one of its claims accepts its kind (with the claim's note)."""
    for claim_id in finding.claims:
        claim = results[claim_id].claim
        if str(finding.kind) in claim.accept:
            reason = claim.note or "accepted"
            return replace(finding, suppressed=f'accepted in claim "{claim.id}": {reason}')
    return finding


def _unused_acceptances(corpus: Corpus, findings: list[Finding]) -> list[Finding]:
    """One warning per ``accept`` entry that suppresses nothing: it would hide a future finding."""
    used = {(claim_id, f.kind) for f in findings for claim_id in f.claims}
    unused = []
    for claim in corpus.claims:
        for n, kind in enumerate(claim.accept):
            if (claim.id, Kind(kind)) in used or claim.review is Review.IGNORED:
                continue
            line, column = corpus.locate_claim(claim, "accept", n)
            unused.append(
                Finding(
                    kind=Kind.UNUSED_ACCEPT,
                    severity=DEFAULT_SEVERITY[Kind.UNUSED_ACCEPT],
                    message=f'claim "{claim.id}" accepts {kind} findings, but has none: '
                    f'remove "{kind}" from its accept list',
                    subject=claim.subject,
                    claims=(claim.id,),
                    locations=(Location("", corpus.path, (0, 0), line, column, line, column),),
                    fingerprint=fingerprint(Kind.UNUSED_ACCEPT, claim.id, kind),
                )
            )
    return unused


def _figures(corpus: Corpus, results: Iterable[ClaimResult]) -> Iterable[SourceFigures]:
    counts: dict[str, dict[Status, int]] = {sid: defaultdict(int) for sid in corpus.sources}
    for result in results:
        counts[result.claim.source][result.status] += 1
    for source_id, by_status in counts.items():
        yield SourceFigures(source_id, sum(by_status.values()), dict(sorted(by_status.items())))

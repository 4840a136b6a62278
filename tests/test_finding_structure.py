"""Findings carry their reason and suppression as data; formatters build the words from them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from factcheck import check, load
from factcheck.check.compare import group_claims, relate
from factcheck.formats.sarif import SarifFormatter
from factcheck.report import baseline
from factcheck.report.consensus import Aspect, subject_consensus
from factcheck.report.findings import Kind, Origin, Suppression
from factcheck.rules.conflict import Disagreement
from factcheck.rules.unanchored import NotAnchored
from tests.common import claim, subject

LEGACY_KINDS = Path(__file__).parent / "data" / "legacy-kinds" / "claims.yaml"


def test_a_conflict_carries_the_relation_of_its_two_sides() -> None:
    report = check(load(LEGACY_KINDS))
    conflicts = [f for f in report.findings if f.kind is Kind.CONFLICT]
    assert len(conflicts) == 3
    for finding in conflicts:
        assert isinstance(finding.reason, Disagreement)
        relation = finding.reason.relation
        assert relation in report.relations and not relation.agrees
        groups = {g.id: g for g in report.groups[finding.subject or ""]}
        assert (groups[relation.a].claims, groups[relation.b].claims) == finding.sides
        label = report.corpus.subjects[finding.subject or ""].label
        assert finding.reason.label == label
        assert finding.message == f"{label}: {relation.reason}"


def test_suppressions_are_typed_by_origin() -> None:
    corpus = load(LEGACY_KINDS)
    accepted = check(corpus)
    (by_claim,) = [f for f in accepted.findings if f.suppression is not None]
    assert by_claim.suppression == Suppression(
        Origin.ACCEPTED, "east-onset", "A single blog's observation, reviewed."
    )
    assert by_claim.suppressed == (
        'accepted in claim "east-onset": A single blog\'s observation, reviewed.'
    )
    recorded = replace(baseline.record(accepted.findings), path="team/baseline.json")
    report = check(corpus, baseline=recorded)
    origins = {f.suppression.origin for f in report.findings if f.suppression is not None}
    assert origins == {Origin.ACCEPTED, Origin.BASELINE}
    for finding in report.findings:
        assert finding.suppression is not None
        if finding.suppression.origin is Origin.BASELINE:
            assert finding.suppression == Suppression(Origin.BASELINE, "team/baseline.json")
            assert finding.suppressed == "in baseline team/baseline.json"
    # SARIF names the origin from the type, not from the words.
    results = json.loads(SarifFormatter().format(report))["runs"][0]["results"]
    sarif_kind = {Origin.ACCEPTED: "inSource", Origin.BASELINE: "external"}
    for finding, result in zip(report.findings, results, strict=True):
        assert finding.suppression is not None
        (suppression,) = result["suppressions"]
        assert suppression["kind"] == sarif_kind[finding.suppression.origin]
        assert suppression["justification"] == finding.suppressed
    accepted_sarif = json.loads(SarifFormatter().format(accepted))["runs"][0]["results"]
    (in_source,) = [r for r in accepted_sarif if "suppressions" in r]
    assert in_source["suppressions"][0]["kind"] == "inSource"
    assert in_source["suppressions"][0]["justification"] == by_claim.suppressed


def test_unanchored_details_come_from_the_drift() -> None:
    report = check(load(LEGACY_KINDS))
    (drifted,) = [f for f in report.findings if f.claims == ("north-survey",)]
    assert isinstance(drifted.reason, NotAnchored)
    drift, near = drifted.reason.why.drift, drifted.reason.why.closest
    assert drift is not None and near is not None
    assert drifted.locations[1] == near
    assert dict(drifted.extra) == {
        "changes": '"2022" became "2023"',
        "closest": "Around 1200 people answered our 2023 survey",
        "closest_column": "21",
        "closest_line": "7",
        "similarity": "98",
    }


def test_range_relations_keep_per_end_verdicts() -> None:
    subj = subject(kind="range")
    claims = [claim(v, subj, f"c{n}", f"s{n}") for n, v in enumerate(["1.5-4.5 mg", "0.5-4.5 mg"])]
    groups = group_claims(subj, claims)
    (relation,) = relate(subj, groups)
    assert (relation.agrees, relation.lower, relation.upper) == (False, False, True)
    near = subject(kind="range", tolerance="10%")
    close = [claim(v, near, f"c{n}", f"s{n}") for n, v in enumerate(["1.5-4.5 mg", "1.6-4.5 mg"])]
    (same,) = relate(near, group_claims(near, close))
    assert (same.agrees, same.lower, same.upper) == (True, True, True)
    whole = subject()
    (single,) = relate(whole, group_claims(whole, [claim("5 mg", whole), claim("6 mg", whole)]))
    assert (single.lower, single.upper) == (None, None)


def test_consensus_reads_the_relations_verdicts() -> None:
    """Which end is disputed comes from the relation, not from comparing the numbers again."""
    subj = subject(kind="range")
    claims = [claim(v, subj, f"c{n}", f"s{n}") for n, v in enumerate(["1.5-4.5 mg", "0.5-4.5 mg"])]
    groups = group_claims(subj, claims)
    (relation,) = relate(subj, groups)
    told = subject_consensus(subj, groups, [relation])
    assert [(p.aspect, p.disputed) for p in told.points] == [
        (Aspect.UPPER, False),
        (Aspect.LOWER, True),
    ]
    swapped = replace(relation, lower=True, upper=False)
    told = subject_consensus(subj, groups, [swapped])
    assert [(p.aspect, p.disputed) for p in told.points] == [
        (Aspect.LOWER, False),
        (Aspect.UPPER, True),
    ]

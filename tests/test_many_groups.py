"""Subjects with many value groups: pairwise conflicts up to ``PAIRWISE_GROUPS`` groups, one
summarized conflict past it, in every output; the sweeps that place the groups agree with pairs.

Counts and properties only, never time (benchmarks/many_groups.py measures that)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import factcheck
from benchmarks.many_groups import write_corpus
from factcheck.check.compare import group_claims, relate, spread
from factcheck.formats.html import HtmlFormatter
from factcheck.report.baseline import record
from factcheck.report.results import PAIRWISE_GROUPS, Status
from tests.common import claim, subject
from tests.conftest import Run, valid_sarif

LARGE = 2000
GROUP_KEYS = {"id", "value", "context", "claims", "sources"}
VALUE_KEYS = {"text", "low", "high", "unit", "qualifier"}


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A claims file with one subject of 2,000 distinct values (and one agreed subject)."""
    return write_corpus(tmp_path_factory.mktemp("large"), LARGE, agreeing=3)


@pytest.fixture(scope="module")
def large_json(large: Path) -> dict[str, Any]:
    from click.testing import CliRunner

    from factcheck.cli import main

    result = CliRunner().invoke(main, ["check", str(large), "--format", "json"])
    assert result.exit_code == 1, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _conflicts(data: dict[str, Any], subject_id: str = "many") -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["kind"] == "conflict" and f["subject"] == subject_id]


def test_one_summarized_conflict_for_two_thousand_values(large_json: dict[str, Any]) -> None:
    (finding,) = _conflicts(large_json)
    assert large_json["summary"]["conflicts"] == 1
    assert len(large_json["findings"]) == 1
    assert "sides" not in finding
    assert finding["severity"] == "error"
    assert finding["message"] == (
        "Many values: 2,000 claims in 2,000 value groups disagree, 1 mg … 2000 mg"
    )
    assert len(finding["claims"]) == LARGE and finding["claims"] == sorted(finding["claims"])
    assert len(finding["locations"]) == LARGE
    groups = finding["groups"]
    assert len(groups) == LARGE
    for group in groups:
        assert set(group) == GROUP_KEYS and set(group["value"]) == VALUE_KEYS
        assert group["value"]["unit"] == "mg" and group["id"].startswith("many#")
    assert [g["value"]["low"] for g in groups] == [float(n) for n in range(1, LARGE + 1)]
    # The groups are the subject's groups, in the same order, and hold the finding's claims.
    subject = next(s for s in large_json["subjects"] if s["id"] == "many")
    assert [g["id"] for g in groups] == [g["id"] for g in subject["groups"]]
    assert sorted(c for g in groups for c in g["claims"]) == finding["claims"]


def test_statuses_and_graph_stay_linear(large_json: dict[str, Any]) -> None:
    statuses = {c["id"]: c["status"] for c in large_json["claims"]}
    assert all(statuses[f"c{n}"] == "contradicted" for n in range(LARGE))
    assert all(statuses[f"a{n}"] == "corroborated" for n in range(3))
    edges = large_json["graph"]["edges"]
    members = [e for e in edges if e["relation"] == "member"]
    between = [e for e in edges if e["relation"] != "member"]
    assert len(members) == LARGE + 3
    # Only neighbours in value order are linked: 1,999 edges, not 1,999,000.
    assert len(between) == LARGE - 1
    assert all(e["relation"] == "conflicts" for e in between)


def test_conflict_fails_the_check_and_sarif_is_valid(
    large: Path, run: Run, sarif_validator: jsonschema.protocols.Validator
) -> None:
    assert run("check", str(large), "--fail-on", "conflict").exit_code == 1
    result = run("check", str(large), "--format", "sarif")
    assert result.exit_code == 1
    log = valid_sarif(sarif_validator, result.stdout)
    (found,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "conflict"]
    assert found["level"] == "error"
    assert "2,000 claims in 2,000 value groups disagree" in found["message"]["text"]
    assert len(found["properties"]["groups"]) == LARGE
    assert "sides" not in found["properties"]
    # One related location per value group but the one the result points at.
    assert len(found["relatedLocations"]) == LARGE - 1
    rule = log["runs"][0]["tool"]["driver"]["rules"][found["ruleIndex"]]
    assert f"more than {PAIRWISE_GROUPS} value groups" in rule["fullDescription"]["text"]


def test_terminal_report_lists_the_value_groups(large: Path, run: Run) -> None:
    result = run("report", str(large), "--width", "100")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "conflict: 2,000 claims in 2,000 value groups disagree, 1 mg … 2000 mg" in out
    assert "value group" in out and "| 1 mg " in out
    assert "1980 more value groups backed by fewer sources not shown" in out
    assert "disputed: 2,000 values, 1 mg … 2000 mg; most backed:" in out
    everything = run("report", str(large), "--width", "100", "--limit", "0").stdout
    assert "| 2000 mg " in everything and "more value groups" not in everything


def test_html_page_carries_the_summarized_conflict(large: Path) -> None:
    report = factcheck.check(factcheck.load(large))
    html = HtmlFormatter().format(report)
    start = html.index('id="factcheck-data"')
    data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
    (spread_row,) = data["spreads"]
    assert spread_row[1] == "2,000 claims in 2,000 value groups disagree, 1 mg … 2000 mg"
    assert len(spread_row[2]) == LARGE
    assert data["conflicts"] == []


def test_html_page_renders_the_summarized_conflict(open_report: Any, tmp_path: Path) -> None:
    report = factcheck.check(factcheck.load(write_corpus(tmp_path, 300)))
    opened = open_report(HtmlFormatter().format(report))
    page = opened.page
    conflict = page.locator("#conflicts .conflict")
    assert conflict.count() == 1
    assert "300 claims in 300 value groups disagree" in conflict.locator("h3").inner_text()
    assert conflict.locator(".spread .side").count() == 10  # paged, ten groups at a time
    assert "300 value groups: too many to chart" in page.locator("#subjects").inner_text()
    # The graph draws the 60 groups of most sources and their claims.
    assert page.locator("#graph-canvas").get_attribute("data-nodes") == "120"
    assert opened.errors == []


@pytest.mark.parametrize("kind", ["value", "label"])
def test_threshold_boundary(tmp_path: Path, kind: str) -> None:
    at = factcheck.check(factcheck.load(write_corpus(tmp_path / "at", PAIRWISE_GROUPS, kind)))
    pairs = PAIRWISE_GROUPS * (PAIRWISE_GROUPS - 1) // 2
    assert len(at.findings) == pairs and all(len(f.sides) == 2 for f in at.findings)
    assert at.spreads == {}
    past = factcheck.check(
        factcheck.load(write_corpus(tmp_path / "past", PAIRWISE_GROUPS + 1, kind))
    )
    (finding,) = past.findings
    assert finding.sides == () and len(finding.claims) == PAIRWISE_GROUPS + 1
    assert past.relations == () and set(past.spreads) == {"many"}
    # Statuses are the ones pairs would give.
    assert {r.status for r in past.results.values()} == {Status.CONTRADICTED}


def test_few_groups_keep_pairwise_findings(tmp_path: Path) -> None:
    report = factcheck.check(factcheck.load(write_corpus(tmp_path, 3)))
    assert [f.message for f in report.findings] == [
        "Many values: 1 mg vs 2 mg",
        "Many values: 1 mg vs 3 mg",
        "Many values: 2 mg vs 3 mg",
    ]


def _with_claim(path: Path, claim_id: str, value: str, source: str = "s0") -> None:
    quote = f"the extra is {value} there"
    document = path.parent / f"{source}.txt"
    document.write_text(document.read_text() + f"Extra: {quote}.\n")
    path.write_text(
        path.read_text()
        + f"  - id: {claim_id}\n    source: {source}\n    subject: many\n"
        + f"    value: {value}\n    quote: {quote}\n"
    )


def test_fingerprint_is_the_subject_and_its_values(tmp_path: Path) -> None:
    def fingerprint(path: Path) -> str:
        (finding,) = factcheck.check(factcheck.load(path)).findings
        return finding.fingerprint

    path = write_corpus(tmp_path, 20)
    first = fingerprint(path)
    assert fingerprint(write_corpus(tmp_path / "again", 20)) == first
    _with_claim(path, "same-value", "7 mg", "s3")  # a new claim of a value in dispute
    assert fingerprint(path) == first
    _with_claim(path, "new-value", "7.5 mg")  # a new value group
    assert fingerprint(path) != first


def test_accepted_and_baselined_as_one_finding(tmp_path: Path, run: Run) -> None:
    path = write_corpus(tmp_path, 30)
    baseline = record(factcheck.check(factcheck.load(path)).findings)
    assert len(baseline.entries) == 1
    assert run("baseline", str(path), "-o", str(tmp_path / "base.json")).exit_code == 0
    assert run("check", str(path), "--baseline", str(tmp_path / "base.json")).exit_code == 0
    text = path.read_text().replace(
        "  - id: c7\n", "  - id: c7\n    accept: [conflict]\n    note: known spread\n"
    )
    path.write_text(text)
    (finding,) = factcheck.check(factcheck.load(path)).findings
    assert finding.suppression is not None and finding.suppression.where == "c7"


def _values(rng: random.Random, kind: str) -> str:
    if kind == "label" or rng.random() < 0.05:
        return rng.choice(["a", "b", "c", "bedtime"])
    x = rng.choice([0.5, 1, 1.5, 2, 3, 4.5, 5, 10, 50, 100, -2, -30, 0])
    r = rng.random()
    if r < 0.3:
        return f"{x:g}-{x + rng.choice([0.5, 1, 3, 50]):g} mg"
    if r < 0.4:
        return f"~{x:g} mg"
    if r < 0.5:
        return f"{rng.choice(['>', '<', '>=', '<='])}{x:g} mg"
    return f"{x:g} mg"


@pytest.mark.parametrize("seed", range(300))
def test_sweeps_agree_with_pairs(seed: int) -> None:
    """Whether each group conflicts, which range ends are disputed and who backs a group in
    conflict with none: the same from ``spread`` as from every pair's relation."""
    rng = random.Random(seed)
    kind = rng.choice(["value", "range", "label"])
    tolerance = rng.choice([0, 0, 0.5, 3, "5%", "99%", "100%", "150%"])
    subj = subject(kind, None if kind == "label" else "mg", tolerance)
    contexts = [None, None, {"arm": "x"}, {"arm": "y"}, {"population": "adults"}]
    claims = [
        claim(_values(rng, kind), subj, f"c{n}", f"s{rng.randint(0, 3)}", rng.choice(contexts))
        for n in range(rng.randint(2, 16))
    ]
    groups = group_claims(subj, claims)
    conflicts = {g.id: False for g in groups}
    lower, upper = dict(conflicts), dict(conflicts)
    agreeing = {g.id: {g.id} for g in groups}
    for relation in relate(subj, groups):
        if relation.agrees:
            agreeing[relation.a].add(relation.b)
            agreeing[relation.b].add(relation.a)
            continue
        conflicts[relation.a] = conflicts[relation.b] = True
        if relation.lower is False:
            lower[relation.a] = lower[relation.b] = True
        if relation.upper is False:
            upper[relation.a] = upper[relation.b] = True
    by_id = {g.id: g for g in groups}
    placed, backers = spread(subj, groups)
    assert [s.group for s in placed.standings] == [g.id for g in groups]
    for standing in placed.standings:
        gid = standing.group
        assert (standing.conflicts, standing.lower, standing.upper) == (
            conflicts[gid],
            lower[gid],
            upper[gid],
        ), gid
        if not standing.conflicts:
            assert backers[gid] == {s for g in agreeing[gid] for s in by_id[g].sources}

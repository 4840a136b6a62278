"""The check: support statuses with DESIGN.md's precedence, findings, fingerprints, figures, graph."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from factcheck import Kind, check, load
from factcheck.report.results import Status
from tests.common import write

ARTICLES = {
    "a.md": "Doses run 1.5-4.5 mg. The full dose is 50 mg. 99% of 400 patients improved. Take it at bedtime.\n",
    "b.md": "Doses run 0.5-4.5 mg. The full dose is 50 to 100 mg. Take it any time.\n",
    "c.md": "Doses run 1.5-4.5 mg. In trials 30% responded.\n",
    "ref.txt": "Trial abstract: 30% responded; 12 weeks.\n",
}

CLAIMS = """
version: 1
sources:
  - {id: a, path: a.md}
  - {id: b, path: b.md}
  - {id: c, path: c.md}
  - {id: ref, path: ref.txt, kind: reference}
subjects:
  - {id: dose, label: Typical dose, unit: mg, kind: range}
  - {id: full, label: Full dose, unit: mg, kind: range}
  - {id: improved, label: Patients improved, unit: '%'}
  - {id: responders, label: Responders, unit: '%'}
  - {id: length, label: Trial length, unit: week}
  - {id: timing, label: Dosing time, kind: label}
claims:
  - {id: a-dose, source: a, subject: dose, value: 1.5-4.5 mg, quote: Doses run 1.5-4.5 mg}
  - {id: b-dose, source: b, subject: dose, value: 0.5-4.5 mg, quote: Doses run 0.5-4.5 mg}
  - {id: c-dose, source: c, subject: dose, value: 1.5-4.5 mg, quote: Doses run 1.5-4.5 mg}
  - {id: a-full, source: a, subject: full, value: 50 mg, quote: full dose is 50 mg}
  - {id: b-full, source: b, subject: full, value: 50-100 mg, quote: full dose is 50 to 100 mg}
  - {id: a-improved, source: a, subject: improved, value: 99%, quote: 99% of 400 patients improved}
  - {id: c-responders, source: c, subject: responders, value: 30%, quote: 30% responded, cites: [ref]}
  - {id: ref-responders, source: ref, subject: responders, value: 30%, quote: 30% responded}
  - {id: c-length, source: c, subject: length, value: 12 weeks, quote: trials, cites: [ref], status: ignored}
  - {id: ref-length, source: ref, subject: length, value: 12 weeks, quote: 12 weeks}
  - {id: a-timing, source: a, subject: timing, value: bedtime, quote: at bedtime}
  - {id: b-timing, source: b, subject: timing, value: any time, quote: any time}
"""


def _report(tmp_path: Path, claims: str = CLAIMS):  # type: ignore[no-untyped-def]
    return check(load(write(tmp_path, {**ARTICLES, "claims.yaml": claims})))


def test_statuses(tmp_path: Path) -> None:
    report = _report(tmp_path)
    statuses = {cid: str(r.status) for cid, r in report.results.items()}
    assert statuses == {
        "a-dose": "contradicted",
        "b-dose": "contradicted",
        "c-dose": "contradicted",
        "a-full": "corroborated",
        "b-full": "corroborated",
        "a-improved": "unsupported",
        "c-responders": "verified",
        "ref-responders": "corroborated",
        "c-length": "ignored",
        "ref-length": "reference",
        "a-timing": "contradicted",
        "b-timing": "contradicted",
    }


def test_cited_when_reference_says_nothing_on_the_subject(tmp_path: Path) -> None:
    claims = CLAIMS.replace(
        "  - {id: ref-responders, source: ref, subject: responders, value: 30%, quote: 30% responded}\n",
        "",
    )
    assert _report(tmp_path, claims).results["c-responders"].status is Status.CITED


def test_own_source_conflict_contradicts(tmp_path: Path) -> None:
    claims = (
        CLAIMS
        + "  - {id: a-dose-2, source: a, subject: dose, value: 50 mg, quote: full dose is 50 mg}\n"
    )
    report = _report(tmp_path, claims)
    assert report.results["a-dose-2"].status is Status.CONTRADICTED


def test_conflict_findings_have_two_sides_of_value_groups(tmp_path: Path) -> None:
    report = _report(tmp_path)
    conflicts = {f.subject: f for f in report.findings if f.kind is Kind.CONFLICT}
    assert set(conflicts) == {"dose", "timing"}
    dose = conflicts["dose"]
    assert dose.sides == (("b-dose",), ("a-dose", "c-dose"))
    assert dose.claims == ("a-dose", "b-dose", "c-dose")
    assert dose.message == "Typical dose: lower bound 0.5 mg vs 1.5 mg"
    assert [loc.source for loc in dose.locations] == ["b", "a", "c"]
    assert report.summary == {
        "sources": 4,
        "subjects": 6,
        "claims": 12,
        "conflicts": 2,
        "unsupported": 1,
        "unanchored": 0,
    }


def test_only_unsupported_claims_get_unsupported_findings(tmp_path: Path) -> None:
    report = _report(tmp_path)
    unsupported = [f.claims for f in report.findings if f.kind is Kind.UNSUPPORTED]
    assert unsupported == [("a-improved",)]


def test_fingerprints_survive_reordering_and_moved_lines(tmp_path: Path) -> None:
    first = {f.fingerprint for f in _report(tmp_path / "1").findings}
    lines = CLAIMS.strip().split("\n")
    start = lines.index("claims:") + 1
    reordered = "\n".join(lines[:start] + lines[start:][::-1]) + "\n"
    moved = {**ARTICLES, "a.md": "New intro.\n\n" + ARTICLES["a.md"], "claims.yaml": reordered}
    second = {f.fingerprint for f in check(load(write(tmp_path / "2", moved))).findings}
    assert first == second
    changed = CLAIMS.replace("value: 99%", "value: 98%").replace("99% of 400", "98% of 400")
    edited = {**ARTICLES, "a.md": ARTICLES["a.md"].replace("99%", "98%"), "claims.yaml": changed}
    third = {f.fingerprint for f in check(load(write(tmp_path / "3", edited))).findings}
    assert len(first - third) == 1


def test_source_figures(tmp_path: Path) -> None:
    figures = {f.source: f for f in _report(tmp_path).figures}
    a = figures["a"]
    assert a.claims == 4
    assert a.share(Status.CONTRADICTED) == 0.5
    assert a.share(Status.CORROBORATED) == 0.25
    assert a.share(Status.UNSUPPORTED) == 0.25


def test_graph_links_claims_to_groups_and_groups_to_each_other(tmp_path: Path) -> None:
    graph = _report(tmp_path).graph
    assert graph.nodes["claim:a-dose"]["status"] == "contradicted"
    assert graph.has_edge("claim:a-dose", "group:dose#2") and graph.has_edge(
        "claim:c-dose", "group:dose#2"
    )
    assert not graph.has_edge("claim:a-dose", "claim:c-dose")
    edge = graph.edges["group:dose#1", "group:dose#2"]
    assert edge == {"relation": "conflicts", "reason": "lower bound 0.5 mg vs 1.5 mg"}
    assert graph.edges["group:full#1", "group:full#2"]["relation"] == "agrees"
    nx.write_graphml(graph, tmp_path / "g.graphml")  # plain attributes only


def test_report_is_deterministic(tmp_path: Path) -> None:
    assert _report(tmp_path / "1").to_dict() == _report(tmp_path / "2").to_dict()


def test_to_frame(tmp_path: Path) -> None:
    frame = _report(tmp_path).to_frame()
    row = frame.set_index("id").loc["b-full"]
    assert (row["low"], row["high"], row["unit"], row["status"]) == (50, 100, "mg", "corroborated")

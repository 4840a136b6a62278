"""The review loop where conflicts are read: how many claims are drafts, which findings rest on
them, and --reviewed-only (check, report, export)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.common import write
from tests.conftest import Run

FILES = {
    "a.md": "Doses are typically between 1.5 mg and 4.5 mg a day.\n",
    "b.md": "Doses usually run from 0.5 mg to 4.5 mg a day.\n",
    "c.md": "Most people take 0.5 mg to 4.5 mg daily, and 99% improve.\n",
    "claims.yaml": """
        version: 1
        sources:
          - {id: a, path: a.md}
          - {id: b, path: b.md}
          - {id: c, path: c.md}
        subjects:
          - {id: dose, label: Typical dose, unit: mg, kind: range}
          - {id: improved, label: Share improving, unit: "%"}
        claims:
          - {id: a-dose, source: a, subject: dose, value: 1.5-4.5 mg, quote: between 1.5 mg and 4.5 mg}
          - {id: b-dose, source: b, subject: dose, value: 0.5-4.5 mg, quote: from 0.5 mg to 4.5 mg, status: draft}
          - {id: c-dose, source: c, subject: dose, value: 0.5-4.5 mg, quote: take 0.5 mg to 4.5 mg, status: draft}
          - {id: c-share, source: c, subject: improved, value: 99%, quote: 99% improve, status: draft}
        """,
}


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    return write(tmp_path, FILES)


def test_check_counts_drafts_and_marks_findings_resting_on_them(claims: Path, run: Run) -> None:
    result = run("check", str(claims))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    (conflict,) = [line for line in lines if "conflict:" in line]
    assert conflict.endswith("[drafts: 2 of 3 claims]")
    (unsupported,) = [line for line in lines if "unsupported:" in line]
    assert unsupported.endswith("[draft]")
    assert lines[-1] == (
        "3 sources, 2 subjects, 4 claims (3 drafts): 1 conflict, 1 unsupported, 0 unanchored"
    )


def test_json_says_which_claims_of_a_finding_are_drafts(claims: Path, run: Run) -> None:
    report = json.loads(run("check", str(claims), "--format", "json").stdout)
    assert report["summary"]["drafts"] == 3
    assert list(report["summary"])[:6] == [
        "sources", "subjects", "claims", "conflicts", "unsupported", "unanchored"
    ]  # fmt: skip
    (conflict,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert conflict["drafts"] == ["b-dose", "c-dose"]


def test_reviewed_only_leaves_the_drafts_out(claims: Path, run: Run) -> None:
    result = run("check", str(claims), "--reviewed-only")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "3 sources, 2 subjects, 1 claim: 0 conflicts, 1 unsupported, 0 unanchored"
    )
    report = run("report", str(claims), "--reviewed-only", "--no-color", "--width", "100")
    assert report.exit_code == 0
    assert "0 conflicts" in report.stdout and "draft" not in report.stdout
    out = claims.parent / "out.json"
    assert run("export", str(claims), "--reviewed-only", "--json", str(out)).exit_code == 0
    assert [c["id"] for c in json.loads(out.read_text())["claims"]] == ["a-dose"]


def test_the_terminal_report_says_what_rests_on_drafts(claims: Path, run: Run) -> None:
    result = run("report", str(claims), "--no-color", "--width", "80")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "4 claims (3 drafts, not reviewed)" in text
    assert "conflict: lower bound 0.5 mg vs 1.5 mg (rests on 2 drafts)" in text
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_a_reviewed_corpus_says_nothing_of_drafts(tmp_path: Path, run: Run) -> None:
    reviewed = {**FILES, "claims.yaml": FILES["claims.yaml"].replace(", status: draft", "")}
    path = write(tmp_path, reviewed)
    result = run("check", str(path))
    assert "draft" not in result.stdout
    assert (
        "drafts"
        not in json.loads(run("check", str(path), "--format", "json").stdout)["findings"][0]
    )

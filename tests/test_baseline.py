"""Baselines: written sorted and diffable, applied by fingerprint, stale entries reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import check, load
from factcheck.problems import InputError
from factcheck.report import baseline
from factcheck.report.baseline import Baseline, Entry
from tests.ci_corpus import BETA, CLAIMS
from tests.conftest import Run

ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
entries = st.builds(
    Entry,
    kind=st.sampled_from(["conflict", "unanchored", "unsupported", "untracked"]),
    subject=ids,
    fingerprint=st.text("0123456789abcdef", min_size=16, max_size=16),
    claims=st.lists(ids, max_size=3).map(lambda c: tuple(sorted(c))),
    message=st.text(),
)


@given(st.lists(entries, max_size=8))
def test_file_round_trips_sorted_one_finding_per_line(items: list[Entry]) -> None:
    recorded = Baseline(tuple(sorted(items)))
    text = baseline.dumps(recorded)
    assert baseline.parse(text, "b.json") == recorded
    lines = text.splitlines()
    assert lines[:2] == ["{", '  "version": 2,']
    finding_lines = [line for line in lines if line.startswith('    {"fingerprint"')]
    assert len(finding_lines) == len(items)
    assert baseline.dumps(baseline.parse(text, "b.json")) == text


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"version": 1,\n  "findings": [\n    {"fingerprint": "x"},,\n  ]\n}\n', (3, 26)),
        ('{"version": 7, "findings": []}', (1, 1)),
        ('{"version": 1, "findings": {}}', (1, 1)),
        ('{"version": 1, "findings": [{"kind": "conflict"}]}', (0, 0)),
    ],
)
def test_bad_baseline_is_located(text: str, where: tuple[int, int]) -> None:
    with pytest.raises(InputError) as raised:
        baseline.parse(text, "b.json")
    (problem,) = raised.value.problems
    assert (problem.file, problem.line, problem.column) == ("b.json", *where)


def test_baseline_command_records_findings(corpus: Path, run: Run) -> None:
    result = run("baseline")
    assert result.exit_code == 0
    assert result.stdout == "wrote .factcheck-baseline.json: 3 findings\n"
    written = (corpus.parent / ".factcheck-baseline.json").read_text(encoding="utf-8")
    data = json.loads(written)
    assert [f["kind"] for f in data["findings"]] == ["conflict", "unsupported", "unsupported"]
    report = check(load(corpus))
    assert {f["fingerprint"] for f in data["findings"]} == {f.fingerprint for f in report.findings}
    run("baseline", "-o", "again.json")
    assert (corpus.parent / "again.json").read_text(encoding="utf-8") == written


def test_baseline_goes_beside_the_claims_file(
    corpus: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus.parent.parent)
    result = run("baseline", f"{corpus.parent.name}/claims.yaml")
    assert result.stdout == f"wrote {corpus.parent.name}/.factcheck-baseline.json: 3 findings\n"
    assert (corpus.parent / ".factcheck-baseline.json").is_file()


def test_check_with_baseline_passes_and_says_how_many(corpus: Path, run: Run) -> None:
    run("baseline")
    result = run("check", "--baseline", ".factcheck-baseline.json")
    assert result.exit_code == 0, result.stdout
    assert "baseline .factcheck-baseline.json: 3 findings suppressed" in result.stdout
    assert "stale" not in result.stdout
    data = json.loads(
        run("check", "--format", "json", "--baseline", ".factcheck-baseline.json").stdout
    )
    assert data["baseline"] == {"file": ".factcheck-baseline.json", "suppressed": 3, "stale": []}
    assert all(f["suppressed"].startswith("in baseline") for f in data["findings"])
    assert data["summary"]["conflicts"] == 0


def test_fixed_findings_are_reported_stale(corpus: Path, run: Run) -> None:
    run("baseline")
    fixed_beta = BETA.replace("99%", "most")
    (corpus.parent / "articles/beta.txt").write_text(fixed_beta, encoding="utf-8")
    corpus.write_text(CLAIMS.split("  - id: beta-survey")[0], encoding="utf-8")
    result = run("check", "--baseline", ".factcheck-baseline.json")
    assert result.exit_code == 0
    assert "2 findings suppressed" in result.stdout
    assert "1 stale entry" in result.stdout
    assert "  unsupported " in result.stdout and '"99%" in beta' in result.stdout


def test_untracked_entries_are_not_stale_without_coverage(corpus: Path, run: Run) -> None:
    run("baseline", "--coverage")
    assert "untracked" in (corpus.parent / ".factcheck-baseline.json").read_text(encoding="utf-8")
    plain = run("check", "--baseline", ".factcheck-baseline.json")
    assert plain.exit_code == 0 and "stale" not in plain.stdout
    covered = run("check", "--coverage", "--baseline", ".factcheck-baseline.json")
    assert "4 findings suppressed" in covered.stdout and "stale" not in covered.stdout


def test_missing_or_broken_baseline_is_invalid_input(corpus: Path, run: Run) -> None:
    missing = run("check", "--baseline", "nope.json")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("nope.json: baseline file not found")
    Path("broken.json").write_text("{", encoding="utf-8")
    broken = run("check", "--baseline", "broken.json")
    assert broken.exit_code == 2
    assert broken.stderr.startswith("broken.json:1:2: ")


REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


def _copy(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "baseline.json"
    target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def _outputs(run: Run, claims: str, baseline_file: Path, *args: str) -> dict[str, str]:
    """Every check output with a baseline, its path written as BASELINE."""
    outputs = {}
    for fmt in ("text", "json", "sarif"):
        result = run("check", claims, "--format", fmt, "--baseline", str(baseline_file), *args)
        outputs[fmt] = result.stdout.replace(str(baseline_file), "BASELINE")
    return outputs


def test_a_baseline_from_0_1_0_suppresses_the_same_findings(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/data/baseline-0.1.0.json was written by release 0.1.0 on the example corpus."""
    monkeypatch.chdir(REPO)
    legacy = _copy(DATA / "baseline-0.1.0.json", tmp_path / "legacy")
    assert json.loads(legacy.read_text(encoding="utf-8"))["version"] == 1
    old = _outputs(run, "claims.yaml", legacy)
    data = json.loads(old["json"])
    assert data["baseline"] == {"file": "BASELINE", "suppressed": 31, "stale": []}
    assert len(data["findings"]) == 31
    assert all(f["suppressed"] == "in baseline BASELINE" for f in data["findings"])
    # Written today (version 2, identity fingerprints), the baseline does exactly the same.
    fresh = tmp_path / "fresh" / "baseline.json"
    fresh.parent.mkdir()
    run("baseline", "claims.yaml", "-o", str(fresh))
    assert json.loads(fresh.read_text(encoding="utf-8"))["version"] == 2
    assert _outputs(run, "claims.yaml", fresh) == old


def test_a_baseline_from_0_1_0_matches_every_kind(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written by 0.1.0 with --coverage on a corpus with findings of every kind."""
    monkeypatch.chdir(DATA / "legacy-kinds")
    legacy = _copy(DATA / "legacy-kinds" / "baseline-0.1.0.json", tmp_path / "legacy")
    recorded = baseline.parse(legacy.read_text(encoding="utf-8"), "b.json")
    assert recorded.version == 1
    assert {e.kind for e in recorded.entries} == {
        "conflict", "unanchored", "unsupported", "untracked", "unused-accept",
    }  # fmt: skip
    old = _outputs(run, "claims.yaml", legacy, "--coverage")
    data = json.loads(old["json"])
    assert data["baseline"] == {"file": "BASELINE", "suppressed": 15, "stale": []}
    assert (data["summary"]["conflicts"], data["summary"]["unanchored"]) == (0, 0)
    assert [f for f in data["findings"] if "suppressed" not in f] == []
    fresh = tmp_path / "fresh" / "baseline.json"
    fresh.parent.mkdir()
    run("baseline", "claims.yaml", "--coverage", "-o", str(fresh))
    assert _outputs(run, "claims.yaml", fresh, "--coverage") == old


def test_a_legacy_baseline_names_stale_entries_by_its_own_fingerprints(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    for path in (DATA / "legacy-kinds").rglob("*"):
        if path.is_file():
            target = folder / path.relative_to(DATA / "legacy-kinds")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(folder)
    claims = (folder / "claims.yaml").read_text(encoding="utf-8")
    (folder / "claims.yaml").write_text(
        claims.replace("    value: 80\n", "    value: 88\n"), encoding="utf-8"
    )
    data = json.loads(
        run("check", "--coverage", "--format", "json", "--baseline", "baseline-0.1.0.json").stdout
    )
    (stale,) = data["baseline"]["stale"]
    assert stale["fingerprint"] == "432892b3d19cc678"  # as 0.1.0 wrote it
    assert stale["kind"] == "unanchored"
    (new,) = [f for f in data["findings"] if "suppressed" not in f]
    assert (new["kind"], new["claims"]) == ("unsupported", ["south-trial"])
    assert data["baseline"]["suppressed"] == 14


def test_baseline_command_rewrites_a_legacy_file_as_version_2(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    legacy = _copy(DATA / "baseline-0.1.0.json", tmp_path)
    before = baseline.parse(legacy.read_text(encoding="utf-8"), str(legacy))
    assert run("baseline", "-o", str(legacy)).stdout == f"wrote {legacy}: 31 findings\n"
    after = baseline.parse(legacy.read_text(encoding="utf-8"), str(legacy))
    assert after.version == 2
    report = check(load(REPO / "claims.yaml"))
    assert {e.fingerprint for e in after.entries} == {f.fingerprint for f in report.findings}
    assert not {e.fingerprint for e in after.entries} & {e.fingerprint for e in before.entries}
    assert [(e.kind, e.claims, e.message) for e in sorted(after.entries, key=_key)] == [
        (e.kind, e.claims, e.message) for e in sorted(before.entries, key=_key)
    ]


def _key(entry: Entry) -> tuple[str, tuple[str, ...]]:
    return entry.kind, entry.claims


@pytest.mark.parametrize(
    "text", ['{"version": 3, "findings": []}', '{"version": true, "findings": []}']
)
def test_unknown_baseline_versions_are_refused(text: str) -> None:
    with pytest.raises(
        InputError, match=r"not a factcheck baseline \(version 2, or 1 from 0.1.0\)"
    ):
        baseline.parse(text, "b.json")

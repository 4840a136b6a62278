"""The commands on claims kept in a folder or in several files, as a user runs them: the same
findings as one claims file, each located in its own file, baselines and exports across the set,
and no output written onto (or into) the set."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.ci_corpus import CLAIMS, FILES, split_by_source, write_corpus
from tests.common import run_factcheck
from tests.conftest import Run, valid_sarif

FOLDER = split_by_source()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test corpus with its claims kept as ``claims/subjects.yaml`` and one file per source
    (and, for comparison, as one ``claims.yaml``), in the working directory."""
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path, {**FILES, **FOLDER})
    return Path("claims")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def comparable(data: Any) -> Any:
    """JSON output without the set form's ``claims_file`` keys, claims and the graph in id order
    (claims come file by file, so the set's order of claims is not one file's)."""
    if isinstance(data, dict):
        found = {k: comparable(v) for k, v in data.items() if k != "claims_file"}
        if "claims" in found and "graph" in found:
            found["claims"] = sorted(found["claims"], key=lambda c: c["id"])
            graph = found["graph"]
            graph["nodes"] = sorted(graph["nodes"], key=lambda n: n["id"])
            graph["edges"] = sorted(graph["edges"], key=lambda e: (e["source"], e["target"]))
        return found
    if isinstance(data, list):
        return [comparable(v) for v in data]
    return data


def test_a_folder_is_checked_as_its_one_file_would_be(run: Run, folder: Path) -> None:
    one = run("check", "claims.yaml", "--format", "json")
    many = run("check", "claims", "--format", "json")
    assert (one.exit_code, many.exit_code) == (1, 1)
    assert comparable(json.loads(many.stdout)) == comparable(json.loads(one.stdout))
    assert run("check", "claims").stdout == run("check", "claims.yaml").stdout
    data = json.loads(many.stdout)
    assert {s["id"]: s["claims_file"] for s in data["sources"]} == {
        "alpha": "claims/alpha.yaml",
        "beta": "claims/beta.yaml",
        "gamma": "claims/gamma.yaml",
    }
    assert {c["claims_file"] for c in data["claims"] if c["source"] == "beta"} == {
        "claims/beta.yaml"
    }


def test_several_files_are_the_same_set_as_their_folder(run: Run, folder: Path) -> None:
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    whole = run("check", "claims/")
    assert run("check", *files).stdout == whole.stdout
    assert run("check", *reversed(files)).stdout == whole.stdout
    assert run("report", *files, "--width", "100").exit_code == 0


def test_without_claims_yaml_the_claims_folder_is_checked(run: Run, folder: Path) -> None:
    Path("claims.yaml").unlink()
    result = run("check")
    assert result.exit_code == 1
    assert "articles/gamma.md:3:27: error conflict: Typical daily dose" in result.stdout
    shutil.rmtree("claims")
    result = run("check")
    assert result.exit_code == 2
    assert result.stderr.startswith("claims.yaml: claims file not found")


def test_findings_point_at_the_file_and_line_of_their_claim(
    run: Run, folder: Path, sarif_validator: jsonschema.protocols.Validator
) -> None:
    edit(folder / "gamma.yaml", "quote: lasted 12 weeks", "quote: lasted 13 weeks")
    edit(folder / "beta.yaml", "quote: ran for 12 weeks", "quote: ran for 12 weeks\n  accept: "
         "[conflict]\n  note: reviewed")  # fmt: skip
    text = run("check", "claims").stdout.splitlines()
    assert 'claims/gamma.yaml:15:10: error unanchored: claim "gamma-trial"' in "\n".join(text)
    assert any(line.startswith("claims/beta.yaml:16:12: warning unused-accept:") for line in text)
    assert any(line.startswith("articles/gamma.md:3:27: error conflict:") for line in text)

    data = json.loads(run("check", "claims", "--format", "json").stdout)
    places = {f["kind"]: f["locations"][0] for f in data["findings"]}
    unanchored = {k: places["unanchored"][k] for k in ("source", "path", "line", "column")}
    assert unanchored == {"source": "", "path": "claims/gamma.yaml", "line": 15, "column": 10}
    assert places["unused-accept"]["path"] == "claims/beta.yaml"
    assert places["conflict"]["path"] == "articles/gamma.md"

    log = valid_sarif(sarif_validator, run("check", "claims", "--format", "sarif").stdout)
    located = {
        r["ruleId"]: r["locations"][0]["physicalLocation"] for r in log["runs"][0]["results"]
    }
    assert located["unanchored"]["artifactLocation"]["uri"] == "claims/gamma.yaml"
    assert located["unanchored"]["region"]["startLine"] == 15
    assert located["unused-accept"]["artifactLocation"]["uri"] == "claims/beta.yaml"

    github = run("check", "claims", "--format", "github").stdout
    assert "::error file=claims/gamma.yaml,line=15,col=10," in github
    assert "::warning file=claims/beta.yaml,line=16,col=12," in github
    assert "::error file=articles/gamma.md,line=3,col=27," in github


def test_source_paths_are_relative_to_the_file_that_declares_them(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Claims files in two folders; outputs name every file as seen from the working directory."""
    monkeypatch.chdir(tmp_path)
    files = {name: text for name, text in FILES.items() if name != "claims.yaml"}
    files.update(split_by_source(folder="facts/drugs"))
    files["facts/gamma/gamma.yaml"] = files.pop("facts/drugs/gamma.yaml")
    write_corpus(tmp_path, files)
    result = run("check", "facts/drugs", "facts/gamma/gamma.yaml", "--format", "github")
    assert result.exit_code == 1
    assert "::error file=articles/gamma.md,line=3,col=27," in result.stdout
    data = json.loads(
        run("check", "facts/gamma/gamma.yaml", "facts/drugs", "--format", "json").stdout
    )
    assert {s["id"]: s["path"] for s in data["sources"]}["gamma"] == "articles/gamma.md"


def test_located_problems_of_the_set_exit_2(run: Run, folder: Path) -> None:
    edit(folder / "beta.yaml", "id: beta-dose", "id: alpha-dose")
    edit(folder / "gamma.yaml", "subject: trial-length", "subject: trial-lenght")
    result = run("check", "claims")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        'claims/alpha.yaml:6:7: duplicate claim id "alpha-dose" (also claims/beta.yaml:6:7)',
        'claims/beta.yaml:6:7: duplicate claim id "alpha-dose" (also claims/alpha.yaml:6:7)',
        'claims/gamma.yaml:13:12: unknown subject "trial-lenght" (no claims file of 4 declares '
        'it) — did you mean "trial-length"?',
        "3 problems: input is invalid",
    ]
    data = json.loads(run("check", "claims", "--format", "json").stdout)
    assert [(f["file"], f["line"]) for f in data["findings"]] == [
        ("claims/alpha.yaml", 6),
        ("claims/beta.yaml", 6),
        ("claims/gamma.yaml", 13),
    ]


def test_an_empty_folder_is_told(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("claims").mkdir()
    for command in ("check", "report", "baseline"):
        result = run(command, "claims")
        assert result.exit_code == 2
        assert result.stderr == (
            "claims: no claims files (*.yaml, *.yml) in this folder\n1 problem: input is invalid\n"
        )
    result = run("export", "claims", "--json", "out.json")
    assert result.exit_code == 2 and not Path("out.json").exists()


# -- baselines and exports ---------------------------------------------------------------------


def test_a_baseline_of_a_folder_is_kept_in_it(run: Run, folder: Path) -> None:
    result = run("baseline", "claims")
    assert result.exit_code == 0
    assert result.stdout == "wrote claims/.factcheck-baseline.json: 3 findings\n"
    checked = run("check", "claims", "--baseline", "claims/.factcheck-baseline.json")
    assert checked.exit_code == 0
    assert "baseline claims/.factcheck-baseline.json: 3 findings suppressed" in checked.stdout
    # A new conflict in one file of the set is new.
    edit(folder / "beta.yaml", "value: 12 weeks", "value: 14 weeks")
    edit(Path("articles/beta.txt"), "ran for 12 weeks", "ran for 14 weeks")
    edit(folder / "beta.yaml", "quote: ran for 12 weeks", "quote: ran for 14 weeks")
    checked = run("check", "claims", "--baseline", "claims/.factcheck-baseline.json")
    assert checked.exit_code == 1
    assert "error conflict: Pilot trial length: 12 weeks vs 14 weeks" in checked.stdout


def test_a_baseline_outlives_splitting_the_claims_file(run: Run, folder: Path) -> None:
    """Fingerprints are identities, never places: moving claims into files changes none."""
    assert run("baseline", "claims.yaml", "-o", "base.json").exit_code == 0
    result = run("check", "claims", "--baseline", "base.json", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["baseline"] == {
        "file": "base.json",
        "suppressed": 3,
        "stale": [],
    }


def test_several_named_files_keep_their_baseline_in_their_folder(run: Run, folder: Path) -> None:
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    assert run("baseline", *files).stdout == "wrote claims/.factcheck-baseline.json: 3 findings\n"


@pytest.mark.parametrize(
    "command",
    [
        ("baseline", "claims", "-o", "claims/gamma.yaml"),
        ("check", "claims", "-o", "claims/subjects.yaml"),
        ("check", "claims/alpha.yaml", "claims/beta.yaml", "claims/gamma.yaml",
         "claims/subjects.yaml", "-o", "claims/beta.yaml"),
        ("export", "claims", "--csv", "out.csv", "--json", "claims/alpha.yaml"),
    ],
)  # fmt: skip
def test_no_output_is_written_onto_a_file_of_the_set(
    run: Run, folder: Path, command: tuple[str, ...]
) -> None:
    before = {p: p.read_bytes() for p in folder.iterdir()}
    result = run(*command)
    assert result.exit_code == 2
    assert "refusing to overwrite it with the output" in result.stderr
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
    assert not Path("out.csv").exists()


@pytest.mark.parametrize(
    "command",
    [
        ("check", "claims", "-o", "claims/report.yaml"),
        ("baseline", "claims", "-o", "claims/base.yml"),
        ("export", "claims", "--json", "claims/report.yaml"),
    ],
)
def test_no_output_becomes_a_claims_file_of_the_folder(
    run: Run, folder: Path, command: tuple[str, ...]
) -> None:
    before = sorted(folder.iterdir())
    result = run(*command)
    assert result.exit_code == 2
    assert "would be read as a claims file of the folder claims" in result.stderr
    assert sorted(folder.iterdir()) == before


def test_an_export_of_a_folder_is_the_report_of_the_set(run: Run, folder: Path) -> None:
    result = run("export", "claims", "--json", "report.json", "--csv", "claims/claims.csv",
                 "--html", "report.html")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    checked = json.loads(run("check", "claims", "--format", "json").stdout)
    assert json.loads(Path("report.json").read_text(encoding="utf-8")) == checked
    assert Path("claims/claims.csv").read_text(encoding="utf-8").count("\n") == 9  # 8 claims
    assert "articles/gamma.md" in Path("report.html").read_text(encoding="utf-8")


def test_the_report_names_the_folder(run: Run, folder: Path) -> None:
    result = run("report", "claims", "--width", "100", "--no-color")
    assert result.exit_code == 0
    assert "factcheck report: claims" in result.stdout
    assert "Typical daily dose" in result.stdout
    unknown = run("report", "claims", "--source", "delta")
    assert unknown.exit_code == 2
    assert 'unknown source "delta" in claims' in unknown.stderr


# -- real processes ----------------------------------------------------------------------------


def factcheck(*args: str, shell: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command in a real process (through a shell when its globs are wanted)."""
    if shell is None:
        return run_factcheck(*args)
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(shell, shell=True, capture_output=True, text=True, env=env,
                          check=False, timeout=300)  # fmt: skip


def test_the_command_checks_a_folder_and_a_shell_glob(folder: Path) -> None:
    direct = factcheck("check", "claims/")
    assert direct.returncode == 1, direct.stderr
    assert direct.stderr == ""
    assert direct.stdout.endswith(
        "3 sources, 4 subjects, 8 claims: 1 conflict, 2 unsupported, 0 unanchored\n"
    )
    entry = shutil.which("factcheck", path=os.path.dirname(sys.executable)) or "factcheck"
    globbed = factcheck(shell=f"{entry} check claims/*.yaml")
    assert (globbed.returncode, globbed.stdout) == (1, direct.stdout)


def test_the_command_reports_duplicates_across_files(folder: Path) -> None:
    Path("claims/more.yaml").write_text(
        "version: 1\nsources:\n  - id: beta\n    path: ../articles/beta.txt\n", encoding="utf-8"
    )
    result = factcheck("check", "claims", "--format", "github")
    assert result.returncode == 2
    assert result.stdout.splitlines()[:2] == [
        "::error file=claims/beta.yaml,line=3,col=7,title=factcheck invalid::duplicate source id "
        '"beta" (also claims/more.yaml:3:9)',
        "::error file=claims/more.yaml,line=3,col=9,title=factcheck invalid::duplicate source id "
        '"beta" (also claims/beta.yaml:3:7)',
    ]


def test_the_single_claims_file_is_untouched_by_the_folder_form(run: Run, folder: Path) -> None:
    """The single-file form has no set-form keys and reads as before."""
    data = json.loads(run("check", "--format", "json").stdout)
    assert "claims_file" not in data["sources"][0]
    assert "claims_file" not in data["claims"][0]
    assert Path("claims.yaml").read_text(encoding="utf-8") == CLAIMS

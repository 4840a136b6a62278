"""``factcheck export``: writes each requested file, exit codes, located errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from factcheck.cli.export import export
from tests.corpus import write_small_corpus


def test_writes_every_requested_format(tmp_path: Path) -> None:
    claims = write_small_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    out.mkdir()
    names = {
        "html": "report.html",
        "csv": "claims.csv",
        "graphml": "graph.graphml",
        "json": "report.json",
        "claimreview": "reviews.jsonld",
    }
    args = [str(claims)]
    for option, name in names.items():
        args += [f"--{option}", str(out / name)]
    result = CliRunner().invoke(export, args)
    assert (result.exit_code, result.stdout) == (0, "")
    assert sorted(p.name for p in out.iterdir()) == sorted(names.values())
    # Says what it wrote, one line per file, with its size in bytes as written.
    said = result.stderr.splitlines()
    assert len(said) == len(names)
    for line, (option, name) in zip(said, names.items(), strict=True):
        size = (out / name).stat().st_size
        assert line == f"wrote {out / name}: {option}, {size} bytes"
    assert "Content-Security-Policy" in (out / "report.html").read_text(encoding="utf-8")
    assert len(pd.read_csv(out / "claims.csv")) == 8
    assert nx.read_graphml(out / "graph.graphml").number_of_nodes() == 8 + 6
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["summary"]["claims"] == 8
    reviews = json.loads((out / "reviews.jsonld").read_text(encoding="utf-8"))
    assert {r["@type"] for r in reviews} == {"ClaimReview"}


def test_dash_writes_to_standard_output(tmp_path: Path) -> None:
    claims = write_small_corpus(tmp_path)
    result = CliRunner().invoke(export, [str(claims), "--csv", "-"])
    assert result.exit_code == 0 and result.stderr == ""
    assert list(pd.read_csv(io.StringIO(result.stdout))["id"])[:2] == ["clinic-dose", "guide-dose"]


def test_no_output_named_is_a_usage_error(tmp_path: Path) -> None:
    claims = write_small_corpus(tmp_path)
    result = CliRunner().invoke(export, [str(claims)])
    assert result.exit_code == 2
    assert "name at least one output: --html, --csv" in result.stderr
    assert result.stdout == ""


def test_invalid_claims_give_located_errors_and_write_nothing(tmp_path: Path) -> None:
    claims = write_small_corpus(tmp_path)
    text = claims.read_text(encoding="utf-8").replace("    kind: range\n", "    kind: rnage\n")
    claims.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(export, [str(claims), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert result.stdout == ""
    line = text.splitlines().index("    kind: rnage") + 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{claims}:{line}:11: ") and "rnage" in first
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_runs_as_a_real_process(tmp_path: Path) -> None:
    claims = write_small_corpus(tmp_path)
    code = "from factcheck.cli.export import export; export()"
    done = subprocess.run(
        [sys.executable, "-c", code, str(claims), "--json", "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["summary"]["conflicts"] == 1


def test_root_defaults_to_the_working_directory_as_its_help_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source beside the claims file's folder is readable from the working directory without
    --root, as for check; outside both it is refused, and --root widens."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("The dose is 4.5 mg.\n", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    claims = tmp_path / "claims" / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - id: a\n    path: ../docs/a.md\nsubjects:\n"
        "  - id: dose\n    unit: mg\nclaims:\n  - id: a-dose\n    source: a\n    subject: dose\n"
        "    value: 4.5 mg\n    quote: The dose is 4.5 mg\n",
        encoding="utf-8",
    )
    help_text = " ".join(CliRunner().invoke(export, ["--help"]).stdout.split())
    assert "(default: the working directory)" in help_text
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(export, [str(claims), "--json", "-"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "claims")
    refused = CliRunner().invoke(export, [str(claims), "--json", "-"])
    assert refused.exit_code == 2 and "outside the claims file's folder" in refused.stderr
    widened = CliRunner().invoke(export, [str(claims), "--json", "-", "--root", str(tmp_path)])
    assert widened.exit_code == 0

"""The GitHub Actions workflow documented in docs/ci.md: well formed, and its commands work."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.conftest import Run, valid_sarif

DOC = Path(__file__).resolve().parent.parent / "docs" / "ci.md"


def workflow() -> dict[str, Any]:
    text = DOC.read_text(encoding="utf-8")
    after = text.split("<!-- workflow:", 1)[1]
    block = after.split("```yaml\n", 1)[1].split("```", 1)[0]
    data: dict[str, Any] = YAML(typ="safe").load(block)
    return data


def steps() -> list[dict[str, Any]]:
    (job,) = workflow()["jobs"].values()
    result: list[dict[str, Any]] = job["steps"]
    return result


def factcheck_runs() -> list[list[str]]:
    runs = [shlex.split(step["run"]) for step in steps() if "run" in step]
    return [args[1:] for args in runs if args[0] == "factcheck"]


def test_uploads_the_sarif_it_writes() -> None:
    assert workflow()["permissions"]["security-events"] == "write"
    upload = next(
        s for s in steps() if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")
    )
    sarif_step = factcheck_runs()[0]
    assert sarif_step[sarif_step.index("--format") + 1] == "sarif"
    assert upload["with"]["sarif_file"] == sarif_step[sarif_step.index("--output") + 1]
    assert upload["if"] == "always()"


def test_commands_run_against_a_baselined_corpus(
    corpus: Path, run: Run, sarif_validator: Any
) -> None:
    assert run("baseline").exit_code == 0
    sarif_args, check_args = factcheck_runs()
    assert "--baseline" in check_args
    written = run(*sarif_args, env={"GITHUB_ACTIONS": "true"})
    assert written.exit_code == 0
    log = valid_sarif(sarif_validator, (corpus.parent / "factcheck.sarif").read_text("utf-8"))
    assert all("suppressions" in r for r in log["runs"][0]["results"])
    checked = run(*check_args, env={"GITHUB_ACTIONS": "true"})
    assert checked.exit_code == 0
    assert "3 findings suppressed" in checked.stdout
    # a new conflict fails the same step, with an annotation
    gamma = corpus.parent / "articles/gamma.md"
    gamma.write_text(gamma.read_text("utf-8").replace("0.5 to 4.5", "0.25 to 4.5"), "utf-8")
    corpus.write_text(
        corpus.read_text("utf-8")
        .replace("0.5 to 4.5", "0.25 to 4.5")
        .replace("value: 0.5-4.5 mg", "value: 0.25-4.5 mg"),
        "utf-8",
    )
    failing = run(*check_args, env={"GITHUB_ACTIONS": "true"})
    assert failing.exit_code == 1
    assert failing.stdout.startswith("::error file=articles/gamma.md,line=3,")

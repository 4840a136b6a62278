"""A pull request, played on a copy of the corpus: a new conflict fails the baseline check in
every CI format, with exactly that one finding; reverting it passes again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run, valid_sarif
from tests.corpus import CLAIMS, GAMMA

BASELINE = ".factcheck-baseline.json"
NEW_SENTENCE = "A later review says the trial lasted 16 weeks.\n"
NEW_CLAIM = """\
  - id: gamma-trial-review
    source: gamma
    subject: trial-length
    value: 16 weeks
    quote: the trial lasted 16 weeks
"""
REPO = Path(__file__).resolve().parent.parent


def open_pull_request(folder: Path) -> None:
    """Add a sentence with a conflicting number near the top of an article, and its claim."""
    heading, rest = GAMMA.split("\n\n", 1)
    (folder / "articles/gamma.md").write_text(
        f"{heading}\n\n{NEW_SENTENCE}\n{rest}", encoding="utf-8"
    )
    (folder / "claims.yaml").write_text(CLAIMS + NEW_CLAIM, encoding="utf-8")


def revert(folder: Path) -> None:
    (folder / "articles/gamma.md").write_text(GAMMA, encoding="utf-8")
    (folder / "claims.yaml").write_text(CLAIMS, encoding="utf-8")


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed ``factcheck`` command in a real process, importing this tree's package."""
    command = shutil.which("factcheck")
    assert command, "the factcheck command is not installed (pip install -e .)"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [command, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_new_conflict_fails_in_every_format_and_revert_passes(
    corpus: Path, run: Run, sarif_validator: Any
) -> None:
    folder = corpus.parent
    assert run("baseline").exit_code == 0
    assert run("check", "--baseline", BASELINE).exit_code == 0

    open_pull_request(folder)

    text = run("check", "--baseline", BASELINE)
    assert text.exit_code == 1
    findings = [
        line for line in text.stdout.splitlines() if ": error " in line or ": warning " in line
    ]
    new = [line for line in findings if "[suppressed: in baseline" not in line]
    assert new == [
        "articles/alpha.md:7:60: error conflict: Pilot trial length: 12 week vs 16 week "
        "(alpha-trial, beta-trial, gamma-trial vs gamma-trial-review)"
    ]
    assert len(findings) == 4
    assert "baseline .factcheck-baseline.json: 3 findings suppressed" in text.stdout

    github = run("check", "--baseline", BASELINE, "--format", "github")
    assert github.exit_code == 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::")]
    assert annotations == [
        "::error file=articles/alpha.md,line=7,col=60,endLine=7,endColumn=74,"
        "title=factcheck conflict::Pilot trial length: 12 week vs 16 week "
        "(alpha-trial, beta-trial, gamma-trial vs gamma-trial-review)"
    ]

    sarif = run("check", "--baseline", BASELINE, "--format", "sarif")
    assert sarif.exit_code == 1
    results = valid_sarif(sarif_validator, sarif.stdout)["runs"][0]["results"]
    unsuppressed = [r for r in results if "suppressions" not in r]
    assert [(r["ruleId"], r["properties"]["claims"]) for r in unsuppressed] == [
        ("conflict", ["alpha-trial", "beta-trial", "gamma-trial", "gamma-trial-review"])
    ]
    region = unsuppressed[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (7, 60)
    # The new claim's quote, on the line the pull request added, is a related location.
    related = {
        (
            r["physicalLocation"]["artifactLocation"]["uri"],
            r["physicalLocation"]["region"]["startLine"],
        )
        for r in unsuppressed[0]["relatedLocations"]
    }
    assert related == {("articles/beta.txt", 5), ("articles/gamma.md", 3), ("articles/gamma.md", 6)}
    assert all(r["suppressions"][0]["kind"] == "external" for r in results if r not in unsuppressed)

    revert(folder)
    after = run("check", "--baseline", BASELINE)
    assert after.exit_code == 0, after.stdout
    assert "stale" not in after.stdout


def test_installed_command_plays_the_pull_request(corpus: Path) -> None:
    folder = corpus.parent
    written = factcheck("baseline", cwd=folder)
    assert (written.returncode, written.stdout) == (0, f"wrote {BASELINE}: 3 findings\n")

    open_pull_request(folder)
    failing = factcheck("check", "--baseline", BASELINE, "--format", "json", cwd=folder)
    assert failing.returncode == 1, failing.stderr
    data = json.loads(failing.stdout)
    new = [f for f in data["findings"] if "suppressed" not in f]
    assert [(f["kind"], f["sides"]) for f in new] == [
        ("conflict", [["alpha-trial", "beta-trial", "gamma-trial"], ["gamma-trial-review"]])
    ]
    assert data["baseline"]["suppressed"] == 3

    revert(folder)
    passing = factcheck("check", "--baseline", BASELINE, cwd=folder)
    assert (passing.returncode, passing.stderr) == (0, "")


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_output_file_holds_what_stdout_would(corpus: Path, run: Run, output_format: str) -> None:
    printed = run("check", "--format", output_format, "--coverage")
    written = run("check", "--format", output_format, "--coverage", "--output", "out.txt")
    assert written.exit_code == printed.exit_code == 1
    assert written.stdout == ""
    assert Path("out.txt").read_text(encoding="utf-8") == printed.stdout

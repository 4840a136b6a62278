"""A pull request, played on a copy of the shipped LDN corpus: a new conflict fails the baseline
check in every CI format, with exactly that one finding; reverting it passes again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run, valid_sarif

BASELINE = ".factcheck-baseline.json"
REPO = Path(__file__).resolve().parent.parent
ARTICLE = "examples/ldn/practitioner-uses.md"
NEW_SENTENCE = "Three clinical trials in fibromyalgia have now tested LDN against placebo."
NEW_CLAIM = """\
  - id: practitioner-uses-fibromyalgia-trial-count
    source: practitioner-uses
    subject: fibromyalgia-trial-count
    value: 3
    quote: Three clinical trials in fibromyalgia
"""
NEW_CONFLICT = (
    "error conflict: Number of clinical trials of LDN in fibromyalgia: 2 vs 3 "
    "(clinic-blog-fibromyalgia-trial-count, pharmacy-explainer-fibromyalgia-trial-count vs "
    "practitioner-uses-fibromyalgia-trial-count)"
)


@pytest.fixture
def ldn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped example corpus; the working directory."""
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def open_pull_request(folder: Path) -> int:
    """Add a paragraph with a conflicting number near the top of an article (moving every line
    below it), and its claim; the paragraph's line."""
    article = folder / ARTICLE
    lines = article.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if "min read" in line) + 2
    lines[at:at] = [NEW_SENTENCE + "\n", "\n"]
    article.write_text("".join(lines), encoding="utf-8")
    claims = folder / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8") + NEW_CLAIM, encoding="utf-8")
    return at + 1


def revert(folder: Path) -> None:
    shutil.copy(REPO / "claims.yaml", folder / "claims.yaml")
    shutil.copy(REPO / ARTICLE, folder / ARTICLE)


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
    ldn: Path, run: Run, sarif_validator: Any
) -> None:
    recorded = run("baseline")
    assert recorded.exit_code == 0
    before = json.loads((ldn / BASELINE).read_text(encoding="utf-8"))["findings"]
    assert run("check", "--baseline", BASELINE).exit_code == 0

    added_line = open_pull_request(ldn)

    text = run("check", "--baseline", BASELINE)
    assert text.exit_code == 1
    findings = [
        line for line in text.stdout.splitlines() if ": error " in line or ": warning " in line
    ]
    new = [line for line in findings if "[suppressed: in baseline" not in line]
    assert len(new) == 1 and new[0].endswith(NEW_CONFLICT), new
    assert len(findings) == len(before) + 1
    assert f"baseline {BASELINE}: {len(before)} findings suppressed" in text.stdout
    assert "stale" not in text.stdout  # moved lines kept every fingerprint

    github = run("check", "--baseline", BASELINE, "--format", "github")
    assert github.exit_code == 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1
    assert annotations[0].startswith("::error file=examples/ldn/")
    assert annotations[0].endswith(f",title=factcheck conflict::{NEW_CONFLICT.split(': ', 1)[1]}")
    assert github.stdout.endswith(text.stdout)

    sarif = run("check", "--baseline", BASELINE, "--format", "sarif")
    assert sarif.exit_code == 1
    results = valid_sarif(sarif_validator, sarif.stdout)["runs"][0]["results"]
    unsuppressed = [r for r in results if "suppressions" not in r]
    assert len(unsuppressed) == 1
    (conflict,) = unsuppressed
    assert conflict["ruleId"] == "conflict" and conflict["level"] == "error"
    assert conflict["properties"]["sides"][1] == ["practitioner-uses-fibromyalgia-trial-count"]
    # The new claim's quote, on the line the pull request added, is a related location.
    related = {
        (
            r["physicalLocation"]["artifactLocation"]["uri"],
            r["physicalLocation"]["region"]["startLine"],
        )
        for r in conflict["relatedLocations"]
    }
    assert (ARTICLE, added_line) in related
    assert len(results) == len(before) + 1
    assert all(r["suppressions"][0]["kind"] == "external" for r in results if r is not conflict)

    revert(ldn)
    after = run("check", "--baseline", BASELINE)
    assert after.exit_code == 0, after.stdout
    assert "stale" not in after.stdout


def test_installed_command_plays_the_pull_request(ldn: Path) -> None:
    written = factcheck("baseline", cwd=ldn)
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(f"wrote {BASELINE}: ")

    open_pull_request(ldn)
    failing = factcheck("check", "--baseline", BASELINE, "--format", "json", cwd=ldn)
    assert failing.returncode == 1, failing.stderr
    data = json.loads(failing.stdout)
    new = [f for f in data["findings"] if "suppressed" not in f]
    assert [(f["kind"], f["sides"]) for f in new] == [
        (
            "conflict",
            [
                [
                    "clinic-blog-fibromyalgia-trial-count",
                    "pharmacy-explainer-fibromyalgia-trial-count",
                ],
                ["practitioner-uses-fibromyalgia-trial-count"],
            ],
        )
    ]

    revert(ldn)
    passing = factcheck("check", "--baseline", BASELINE, cwd=ldn)
    assert (passing.returncode, passing.stderr) == (0, "")


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_output_file_holds_what_stdout_would(corpus: Path, run: Run, output_format: str) -> None:
    printed = run("check", "--format", output_format, "--coverage")
    written = run("check", "--format", output_format, "--coverage", "--output", "out.txt")
    assert written.exit_code == printed.exit_code == 1
    assert written.stdout == ""
    assert Path("out.txt").read_text(encoding="utf-8") == printed.stdout

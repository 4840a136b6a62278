"""The pre-commit hook: runs on the right files, and `pre-commit try-repo` runs it for real."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.ci_corpus import FILES, split_by_source, write_corpus
from tests.common import run_factcheck

REPO = Path(__file__).resolve().parent.parent


def hook() -> dict[str, object]:
    hooks = YAML(typ="safe").load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (only,) = hooks
    assert isinstance(only, dict)
    return only


def test_hook_checks_the_whole_claims_file() -> None:
    assert hook()["id"] == "factcheck"
    assert hook()["entry"] == "factcheck check"
    assert hook()["pass_filenames"] is False


@pytest.mark.parametrize(
    ("name", "runs"),
    [
        ("claims.yaml", True),
        ("docs/claims.yml", True),
        ("claims/alpha.yaml", True),
        ("docs/claims/subjects.yml", True),
        ("claims/topic/alpha.yaml", False),
        ("config/app.yaml", False),
        (".github/workflows/ci.yml", False),
        (".factcheck-baseline.json", True),
        ("examples/ldn/clinic-faq.md", True),
        ("examples/ldn/overview.txt", True),
        ("examples/ldn/pharmacy.html", True),
        ("setup.py", False),
        ("logo.png", False),
        ("claims.yaml.orig", False),
        ("package.json", False),
    ],
)
def test_hook_runs_when_claims_or_a_source_changes(name: str, runs: bool) -> None:
    pattern = str(hook()["files"])
    assert bool(re.search(pattern, name)) is runs


def test_the_hook_s_command_checks_a_claims_folder(tmp_path: Path) -> None:
    """Claims kept in claims/ (no claims.yaml): the hook's entry, as pre-commit runs it, checks
    the folder."""
    files = {k: v for k, v in FILES.items() if k != "claims.yaml"}
    write_corpus(tmp_path, {**files, **split_by_source()})
    entry = str(hook()["entry"]).split()
    result = run_factcheck(*entry[1:], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "articles/gamma.md:3:27: error conflict: Typical daily dose" in result.stdout


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_try_repo_runs_the_hook(tmp_path: Path) -> None:
    """Installs this repository as a hook in a fresh environment (needs the package index)."""
    pre_commit = shutil.which("pre-commit")
    assert pre_commit, "pre-commit is not installed (pip install -e '.[test]')"
    project = tmp_path / "project"
    write_corpus(project)
    git("init", "-q", cwd=project)
    git("add", "-A", cwd=project)
    # pip byte-compiling the hook's fresh environment (pandas, numpy, pint...) was half this
    # test; Python compiles what the hook imports when it runs. (PIP_COMPILE=false: pip reads
    # PIP_NO_COMPILE=1 as --compile.) The version check asks the index for nothing we need.
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PIP_COMPILE": "false",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("GITHUB_ACTIONS", None)
    result = subprocess.run(
        [pre_commit, "try-repo", str(REPO), "factcheck", "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"^factcheck\.+Failed$", result.stdout, re.MULTILINE), result.stdout
    assert "articles/gamma.md:3:27: error conflict: Typical daily dose" in result.stdout

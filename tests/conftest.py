"""Shared fixtures: a fresh copy of the test corpus, a CLI runner, a clean CI environment."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from tests.corpus import write_corpus

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose the CI environment themselves (the suite may run inside GitHub Actions)."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test corpus in a fresh folder, which is also the working directory."""
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path)


Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """Run ``factcheck ARGS...`` in-process; stdout and stderr kept apart."""

    def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def sarif_validator() -> jsonschema.protocols.Validator:
    """A validator for the official SARIF 2.1.0 schema shipped as test data."""
    schema = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def valid_sarif(validator: jsonschema.protocols.Validator, text: str) -> dict[str, Any]:
    """Parse SARIF text and assert that it validates; the parsed log."""
    log: dict[str, Any] = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    return log

"""Requirement versions in prose and tables, drafted as versions under a product's subject."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.products import PRODUCTS
from factcheck.extract.subjects.requirements import find_requirements
from factcheck.values.grammar import parse_value
from factcheck.values.units import Units


def _read(text: str) -> list[tuple[str, str]]:
    return [(r.subject_id, r.value) for r in find_requirements(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python 3.9 or newer is required.", [("python-minimum-version", ">=v3.9")]),
        ("queuekit needs at least Python 3.10.", [("python-minimum-version", ">=v3.10")]),
        ("The CLI requires Node 18+ to build.", [("node-minimum-version", ">=v18")]),
        ("Requires Node.js v20 or later", [("node-minimum-version", ">=v20")]),
        ("PostgreSQL 12 and later are supported.", [("postgresql-minimum-version", ">=v12")]),
        ("Postgres 13 and later", [("postgresql-minimum-version", ">=v13")]),
        ("pg 14 or newer", [("postgresql-minimum-version", ">=v14")]),
        ("It supports Go 1.21 through 1.23.", [("go-supported-version", "v1.21-v1.23")]),
        ("Golang 1.21-1.23", [("go-supported-version", "v1.21-v1.23")]),
        ("Releases are tested on Ubuntu 22.04 LTS.", [("ubuntu-tested-version", "v22.04")]),
        ("Tested on Python 3.11 and 3.12.", [("python-tested-version", "v3.11-v3.12")]),
        ("k8s 1.27 to 1.29", [("kubernetes-supported-version", "v1.27-v1.29")]),
        ("Kubernetes 1.27 or newer", [("kubernetes-minimum-version", ">=v1.27")]),
        ("OpenJDK 17 or newer", [("java-minimum-version", ">=v17")]),
        ("JDK 11 and above", [("java-minimum-version", ">=v11")]),
        ("Ruby 3.x or later", [("ruby-minimum-version", ">=v3")]),
        ("MariaDB 10.6 or later", [("mariadb-minimum-version", ">=v10.6")]),
        ("Minimum supported Rust version is now 1.80", [("rust-minimum-version", ">=v1.80")]),
        (".NET 8 or later", [("dotnet-minimum-version", ">=v8")]),
        ("python_requires: Python >= 3.9", [("python-minimum-version", ">=v3.9")]),
        ("| Python | 3.9+ |", [("python-minimum-version", ">=v3.9")]),
        ("| Minimum Python | 3.10 |", [("python-minimum-version", ">=v3.10")]),
        ("Dropped support for Python 3.8.", [("python-dropped-version", "v3.8")]),
        (
            "| Dependency | Minimum version |\n|---|---|\n| Python | 3.9 |\n| Redis | 6.2 |\n",
            [("python-minimum-version", ">=v3.9"), ("redis-minimum-version", ">=v6.2")],
        ),
        ("### Removed\n- Python 2 support.", [("python-dropped-version", "v2")]),
        # Another product's name before "X.Y or newer": words only versions take.
        ("thumbwright needs libvips 8.12 or newer.", [("libvips-minimum-version", ">=v8.12")]),
        ("Use OpenTofu 1.6 or later", [("opentofu-minimum-version", ">=v1.6")]),
        ("MySQL 5.7 or older", [("mysql-maximum-version", "<=v5.7")]),
        (
            "PostgreSQL 12 or newer, or MySQL 8.0 or newer",
            [("postgresql-minimum-version", ">=v12"), ("mysql-minimum-version", ">=v8.0")],
        ),
        (
            "Requires Python 3.9 and is tested on Python 3.11",
            [("python-minimum-version", ">=v3.9"), ("python-tested-version", "v3.11")],
        ),
    ],
)
def test_requirements_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected
    for _, value in expected:
        parse_value(value)  # the grammar reads what extract writes


@pytest.mark.parametrize(
    "text",
    [
        "A: Yes, since 3.1.",  # the tool's own releases: no product named
        "Configuration reference for queuekit 3.2.0",
        "Before 2.0, the default was 5.",
        "Added MySQL 8.0 as a target",  # a product's version without a role
        "Upgrade from PostgreSQL 11 to 12 first.",  # a change, not the releases supported
        "go 2 steps back",  # "go" the verb
        "node 3 of the cluster restarted",  # a node, not Node.js
        "Python is 3 times faster",
        "Windows 95 was released in 1995.",
        "# queuekit\n\nOld clients need queuekit 3.0 or newer.",  # the tool's own name
        "Requires version 8.12 or newer.",
        "The index rose to 7.9 or higher.",
    ],
)
def test_others_are_no_requirements(text: str) -> None:
    assert _read(text) == []


def test_two_products_never_share_a_subject() -> None:
    names = [name for _, (_, spellings) in PRODUCTS.items() for name in spellings]
    assert len(names) == len(set(names))  # one product per name
    ids = {r.subject_id for r in find_requirements("MySQL 8.0 or newer; MariaDB 10.6 or newer")}
    assert ids == {"mysql-minimum-version", "mariadb-minimum-version"}


def test_a_quantity_after_a_product_name_stays_a_quantity() -> None:
    text = "Give Redis 2 GB of memory or more. Kafka 3 brokers or more are required.\n"
    drafts = draft_claims("a", text, UnitWords(Units()))
    assert [d.value for d in drafts if d.version is None and d.label is None] == ["2 GB", ">=3"]
    assert not [d for d in drafts if d.version is not None]


def test_a_product_release_is_no_quantity() -> None:
    text = "Python 3.10 is the first release we support. Added MySQL 8.0 as a target.\n"
    drafts = draft_claims("a", text, UnitWords(Units()))
    assert not [d for d in drafts if "3.1" in d.value or "8" in d.value]


def _extract_then_check(tmp_path: Path, documents: dict[str, str]) -> dict[str, object]:
    for name, text in documents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    paths = [str(tmp_path / name) for name in documents]
    runner = CliRunner()
    done = runner.invoke(main, ["extract", *paths, "-o", str(claims)])
    assert done.exit_code == 0, done.output
    result = runner.invoke(
        main, ["check", str(claims), "--root", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code in (0, 1), result.output
    report: dict[str, object] = json.loads(result.output)
    return report


def test_extract_then_check_finds_the_conflict_of_minimums(tmp_path: Path) -> None:
    report = _extract_then_check(
        tmp_path,
        {
            "README.md": "# queuekit\n\nRequirements:\n\n- Python 3.9 or newer is required\n",
            "FAQ.txt": "Q: Which Python versions are supported?\n"
            "A: queuekit needs at least Python 3.10. CI runs on Python 3.12.\n",
        },
    )
    findings = report["findings"]
    assert isinstance(findings, list)
    conflicts = [f["message"] for f in findings if f["kind"] == "conflict"]
    assert conflicts == ["Minimum Python version: lower limit >=v3.9 vs >=v3.10"]
    assert not [f for f in findings if f["kind"] == "unanchored"]


def test_extract_then_check_a_minimum_and_a_tested_release_agree(tmp_path: Path) -> None:
    report = _extract_then_check(
        tmp_path,
        {
            "README.md": "Python 3.9 or newer is required.\n",
            "CONTRIBUTING.md": "The test suite is tested on Python 3.11.\n",
            "FAQ.txt": "PostgreSQL 12 and later work; so does MySQL 8.0 or newer.\n",
            "notes.md": "Postgres 12 or newer. Tested on Ubuntu 22.04 LTS.\n",
        },
    )
    findings = report["findings"]
    assert isinstance(findings, list)
    assert not [f for f in findings if f["kind"] in ("conflict", "unanchored")]
    claims = report["claims"]
    assert isinstance(claims, list)
    values = sorted(
        (c["subject"], c["value"]["text"], c["status"])
        for c in claims
        if c["value"]["unit"] == "version"
    )
    assert values == [
        ("mysql-minimum-version", ">=v8.0", "unsupported"),
        ("postgresql-minimum-version", ">=v12", "corroborated"),
        ("postgresql-minimum-version", ">=v12", "corroborated"),
        ("python-minimum-version", ">=v3.9", "unsupported"),
        ("python-tested-version", "v3.11", "unsupported"),
        ("ubuntu-tested-version", "v22.04", "unsupported"),
    ]


CHANGELOG = """# Changelog

## [3.2.0] - 2025-09-15

- Python 3.10 or newer is required.

## [3.0.0] - 2024-01-10

- Python 3.9 or newer is required.
- Dropped support for Python 3.8.

## [2.0.0] - 2022-01-10

- Windows 10 and newer is supported.
"""


def test_a_changelog_keeps_older_requirements_as_history() -> None:
    """An older section's requirement that a newer section states again is that release's
    (``phase: previous``); one no later section restates still holds, whatever its release."""
    drafts = [d for d in draft_claims("a", CHANGELOG, UnitWords(Units())) if d.version]
    assert [(d.subject.id, d.value, d.subject.context) for d in drafts] == [
        ("python-minimum-version", ">=v3.10", {}),
        ("python-minimum-version", ">=v3.9", {"phase": "previous"}),
        ("python-dropped-version", "v3.8", {}),
        ("windows-minimum-version", ">=v10", {}),
    ]


def test_a_requirement_told_as_what_held_then_is_history() -> None:
    """ "at this point required" in an old release's entry: that release's, not today's."""
    text = "## 1.4.0 - 2021-08-05\n\n- The Python SDK at this point required Python 3.7 or newer.\n"
    drafts = [d for d in draft_claims("a", text, UnitWords(Units())) if d.version]
    assert [(d.value, d.subject.context) for d in drafts] == [(">=v3.7", {"phase": "previous"})]


def test_a_requirement_is_not_advice_as_well() -> None:
    """ "Python 3.9 or newer is required" is the version, not the advice "required" of "newer";
    a backend that is required stays advice."""
    text = "Python 3.9 or newer is required. A result backend is required.\n"
    drafts = draft_claims("a", text, UnitWords(Units()))
    version = [(d.subject.id, d.value) for d in drafts if d.mention.span[1] <= text.index("A ")]
    assert version == [("python-minimum-version", ">=v3.9")]
    # (the backend's sentence is also a stance on an action, "whether a result backend": do)
    assert ("required-backend", "required") in [(d.subject.id, d.value) for d in drafts]


@pytest.mark.parametrize(
    "handled",
    [
        "It can check code written for Python 3.7 and newer.",
        "It formats scripts written for Python 3.6 or later.",
        "The compiler targets Node 16 and newer.",
    ],
)
def test_the_versions_a_tool_handles_are_not_what_it_runs_on(tmp_path: Path, handled: str) -> None:
    """A linter that checks code for Python 3.7 and newer and runs on Python 3.9 or newer says
    two things, not one minimum twice."""
    report = _extract_then_check(
        tmp_path,
        {
            "README.md": f"# tool\n\n{handled} It requires Python 3.9 or newer and Node 18 or "
            "newer to run.\n",
            "FAQ.txt": "Q: What do I need?\nA: Python 3.9 or newer and Node 18 or newer.\n",
        },
    )
    findings = report["findings"]
    assert isinstance(findings, list)
    assert not [f for f in findings if f["kind"] in ("conflict", "unanchored")]
    claims = report["claims"]
    assert isinstance(claims, list)
    subjects = {c["subject"] for c in claims}
    assert subjects & {"python-target-version", "node-target-version"}
    assert {"python-minimum-version", "node-minimum-version"} <= subjects

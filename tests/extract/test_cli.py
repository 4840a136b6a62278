"""Tests for the `factcheck extract` command (click's CliRunner and one real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.extract import extract
from factcheck.values.grammar import parse_value

REPO = Path(__file__).resolve().parents[2]
LDN = REPO / "examples" / "ldn"
ARTICLE = "LDN is typically between 1.5 mg and 4.5 mg daily; 99% of 400 MS patients improved.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_prints_one_object_per_mention(article: Path) -> None:
    result = CliRunner().invoke(extract, [str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == [
        "between 1.5 mg and 4.5 mg daily",
        "99%",
        "400 MS patients",
    ]
    first = records[0]
    assert (first["low"], first["high"], first["unit"], first["qualifier"]) == (1.5, 4.5, "mg", "=")
    assert ARTICLE[first["span"][0] : first["span"][1]] == first["text"]
    assert ARTICLE[first["quote_span"][0] : first["quote_span"][1]] == first["quote"]
    assert first["source"].endswith("article.md")
    assert all(r["subject"] for r in records)
    assert all(r["link_chance"] is None for r in records)  # one document: nothing to join


def test_drafts_joined_across_sources_are_counted_for_review(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "In pooled trials, melatonin users fell asleep about 7 minutes sooner.\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "Across trials, sleep onset came 7.06 minutes earlier with melatonin.\n", encoding="utf-8"
    )
    docs = [str(tmp_path / "a.md"), str(tmp_path / "b.md")]
    lines = CliRunner().invoke(extract, [*docs, "--format", "jsonl"]).stdout.splitlines()
    chances = [json.loads(line)["link_chance"] for line in lines]
    assert chances[0] is not None and chances == [chances[0], chances[0]]
    claims = tmp_path / "claims.yaml"
    result = CliRunner().invoke(extract, [*docs, "-o", str(claims)])
    assert result.exit_code == 0, result.output
    assert "2 drafts share a subject with other sources' claims" in result.stderr
    assert claims.read_text(encoding="utf-8").count("same quantity as other sources?") == 3


def test_output_is_created_then_merged_without_duplicates(article: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    first = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert first.exit_code == 0, first.output
    assert "3 draft claims" in first.stderr
    written = claims.read_text(encoding="utf-8")
    assert "path: article.md" in written and "status: draft" in written
    again = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert again.exit_code == 0
    assert "0 draft claims" in again.stderr and "3 already covered" in again.stderr
    assert claims.read_text(encoding="utf-8") == written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_dry_run_prints_a_diff_and_writes_nothing(article: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text("version: 1\nsources: []\n", encoding="utf-8")
    result = CliRunner().invoke(extract, [str(article), "-o", str(claims), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"--- {claims}\n+++ {claims}\n")
    assert "+  - id: article\n" in result.stdout
    assert claims.read_text(encoding="utf-8") == "version: 1\nsources: []\n"


def test_jobs_give_the_same_output_as_one_process() -> None:
    docs = [str(p) for p in sorted(LDN.iterdir())]
    one = CliRunner().invoke(extract, [*docs, "--format", "jsonl"])
    many = CliRunner().invoke(extract, [*docs, "--format", "jsonl", "--jobs", "3"])
    assert one.exit_code == many.exit_code == 0
    assert one.stdout == many.stdout
    assert all(parse_value(json.loads(line)["value"]) for line in one.stdout.splitlines())


def test_missing_document_is_a_located_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = CliRunner().invoke(extract, [str(missing)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{missing}: file not found" in result.stderr
    assert "Traceback" not in result.output


def test_broken_claims_file_is_a_located_error(article: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text("version: 1\nsources: [\n", encoding="utf-8")
    result = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert result.exit_code == 2
    assert f"{claims}:" in result.stderr and "cannot merge" in result.stderr
    assert claims.read_text(encoding="utf-8") == "version: 1\nsources: [\n"


def test_real_subprocess_prints_jsonl(article: Path) -> None:
    code = "from factcheck.cli.extract import extract; extract()"
    completed = subprocess.run(
        [sys.executable, "-c", code, str(article), "--format", "jsonl"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert len(completed.stdout.splitlines()) == 3
    assert completed.stderr == ""


def test_sources_outside_the_claims_folder_get_a_root_hint(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = tmp_path / "out" / "claims.yaml"
    claims.parent.mkdir()
    monkeypatch.chdir(claims.parent)
    result = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    assert "path: ../article.md" in claims.read_text(encoding="utf-8")
    assert f"--root {tmp_path.resolve()}`" in result.stderr
    # From a working directory that holds the documents, check needs no --root: no note.
    monkeypatch.chdir(tmp_path)
    claims.unlink()
    result = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert result.exit_code == 0 and "note:" not in result.stderr


def test_unwritable_output_is_an_error_not_a_traceback(article: Path, tmp_path: Path) -> None:
    claims = tmp_path / "missing-folder" / "claims.yaml"
    result = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert result.exit_code == 2
    assert f"{claims}: cannot write" in result.stderr

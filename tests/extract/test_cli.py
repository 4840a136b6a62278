"""Tests for the `factcheck extract` command (click's CliRunner and one real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
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
    # a rate keeps its base: "mg daily" is mg per day
    assert (first["low"], first["high"], first["unit"], first["qualifier"]) == (
        1.5, 4.5, "mg / day", "=",
    )  # fmt: skip
    assert [(r["kind"], r["counted"]) for r in records] == [
        ("measure", None), ("percent", None), ("count", "patient"),
    ]  # fmt: skip
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
    assert claims.read_text(encoding="utf-8").count("same quantity as other sources?") == 2
    assert claims.read_text(encoding="utf-8").count(f"link_chance: {round(chances[0], 2)}") == 2


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
    assert result.stderr.startswith(f"{claims}:3:1: ")
    assert claims.read_text(encoding="utf-8") == "version: 1\nsources: [\n"


@pytest.mark.parametrize(
    "entries",
    [
        "subjects:\n  - {id: dose, unit: mg, kind: amount, tolerance: lots}\n",
        "subjects:\n  - {id: dose, unit: blorps}\n  - {id: dose}\n",
        "subjects:\n  - {id: dose, unit: mg}\nclaims:\n"
        "  - {id: c, source: article, subject: dose, value: 5 kg, quote: x}\n"
        "  - {id: d, source: nowhere, subject: dosage, value: 5 mg, quote: x, colour: red}\n",
    ],
)
def test_an_invalid_claims_file_gets_the_problems_check_reports(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entries: str
) -> None:
    monkeypatch.chdir(tmp_path)
    text = f"version: 1\nsources:\n  - {{id: article, path: {article.name}}}\n{entries}"
    Path("claims.yaml").write_text(text, encoding="utf-8")
    checked = CliRunner().invoke(main, ["check", "claims.yaml"])
    result = CliRunner().invoke(extract, [str(article), "-o", "claims.yaml"])
    assert checked.exit_code == result.exit_code == 2
    assert "input is invalid" in result.stderr
    assert result.stderr == checked.stderr
    assert result.stdout == ""
    assert Path("claims.yaml").read_text(encoding="utf-8") == text


def test_declared_subjects_are_read_without_reading_the_documents(tmp_path: Path) -> None:
    """The vocabulary comes from the claims file alone: its sources may be missing or elsewhere."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - {id: gone, path: ../../elsewhere/gone.md}\n"
        "subjects:\n  - {id: ldn-dose, label: LDN dose, unit: mcg, terms: [typical]}\n",
        encoding="utf-8",
    )
    (tmp_path / "a.md").write_text("LDN is typically 4.5 mg.\n", encoding="utf-8")
    result = CliRunner().invoke(extract, [str(tmp_path / "a.md"), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    assert "subject: ldn-dose\n" in claims.read_text(encoding="utf-8")


@pytest.mark.parametrize("empty", ["", "\n", "# drafts go here\n", "---\n"])
def test_an_empty_claims_file_is_a_new_one(article: Path, tmp_path: Path, empty: str) -> None:
    """`check` calls these empty and invites `extract -o` to draft into them."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(empty, encoding="utf-8")
    assert "extract DOCS -o FILE" in CliRunner().invoke(main, ["check", str(claims)]).stderr
    result = CliRunner().invoke(extract, [str(article), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    assert "3 draft claims" in result.stderr


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


def test_scheduler_without_dask_says_how_to_install_it(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    result = CliRunner().invoke(extract, [str(article), "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--scheduler needs Dask's distributed scheduler: pip install 'factcheck[dask]'" in (
        result.stderr
    )
    assert "Traceback" not in result.output


def test_jobs_and_scheduler_are_a_usage_error(article: Path) -> None:
    result = CliRunner().invoke(extract, [str(article), "-j", "2", "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2
    assert "--jobs and --scheduler cannot be used together" in result.stderr


def test_a_folder_gives_the_output_of_its_files(tmp_path: Path) -> None:
    files = [str(p) for p in sorted(LDN.iterdir())]
    one_by_one = CliRunner().invoke(extract, [*files, "--format", "jsonl", "-j", "2"])
    folder = CliRunner().invoke(extract, [str(LDN), "--format", "jsonl", "-j", "2"])
    assert folder.exit_code == 0, folder.output
    assert folder.stdout == one_by_one.stdout


def test_a_missing_path_in_a_list_is_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Take 5 mg daily.\n", encoding="utf-8")
    (tmp_path / "paths.txt").write_text("# docs\na.md\n\ngone.md\n", encoding="utf-8")
    result = CliRunner().invoke(extract, ["@paths.txt"])
    assert result.exit_code == 2
    assert result.stderr == "paths.txt:4: no such file or folder: gone.md\n"

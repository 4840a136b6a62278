"""`extract -o FOLDER --per-source`: one claims file per source, new subjects in one file, merged
like one claims file (edits and comments kept, nothing drafted twice), under locks."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck import files, load
from factcheck.cli import main

# "each night" after taking a dose is a time of day too: six drafts.
DOCS = {
    "articles/alpha.md": "Most adults take LDN at a dose typically between 1.5 mg and 4.5 mg "
    "each night.\n\nIn one pilot, 57% of participants reported less pain after 12 weeks.\n",
    "articles/beta.txt": "Doses usually range from 1.5 mg to 4.5 mg per day.\n"
    "A pilot study of the drug ran for 12 weeks.\n",
}
NEW = "articles/gamma.md", "The usual daily amount is 0.5 to 4.5 mg, taken at bedtime.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles and an empty ``claims/`` folder, in the working directory."""
    monkeypatch.chdir(tmp_path)
    for name, text in DOCS.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")
    Path("claims").mkdir()
    return tmp_path


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def per_source(*docs: str, folder: str = "claims", extra: tuple[str, ...] = ()) -> Result:
    return cli("extract", *docs, "-o", folder, "--per-source", *extra)


def texts(folder: str = "claims") -> dict[str, str]:
    """Every file in the folder (hidden ones too: no lock or temporary file may stay)."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(Path(folder).iterdir())}


def drafted(path: str) -> set[tuple[str, str, str, str]]:
    corpus = load(path)
    return {(c.source, c.subject, c.value.text, c.quote) for c in corpus.claims}


def test_each_source_gets_its_file_and_new_subjects_one_file(project: Path) -> None:
    result = per_source(*DOCS)
    assert result.exit_code == 0, result.output
    assert list(texts()) == ["alpha.yaml", "beta.yaml", "subjects.yaml"]
    assert "6 draft claims" in result.stderr and "2 sources added" in result.stderr
    alpha = texts()["alpha.yaml"]
    assert (
        "sources:\n  - id: alpha\n    path: ../articles/alpha.md\n"
        "    title: Most adults take LDN at a dose typically between 1.5 mg and…\nclaims:\n"
    ) in alpha
    assert "subjects:" not in alpha
    assert texts()["subjects.yaml"].split("\n", 4)[4].startswith("version: 1\nsubjects:\n")
    # The same drafts as into one claims file, and a set that checks.
    assert cli("extract", *DOCS, "-o", "one.yaml").exit_code == 0
    assert drafted("claims") == drafted("one.yaml")
    assert cli("check", "claims").exit_code in (0, 1)


def test_a_second_run_changes_nothing(project: Path) -> None:
    assert per_source(*DOCS).exit_code == 0
    before = texts()
    again = per_source(*DOCS)
    assert again.exit_code == 0
    assert "0 draft claims, 0 subjects, 0 sources added; 6 already covered" in again.stderr
    assert texts() == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".")] == []


def test_edits_and_comments_are_kept_and_new_sources_get_new_files(project: Path) -> None:
    assert per_source(*DOCS).exit_code == 0
    alpha = Path("claims/alpha.yaml")
    edited = alpha.read_text(encoding="utf-8").replace(
        "    status: draft\n", "    status: reviewed  # checked against the label\n", 1
    )
    alpha.write_text("# Alpha clinic: reviewed by Dana\n" + edited, encoding="utf-8")
    subjects = Path("claims/subjects.yaml")
    subjects.write_text(subjects.read_text(encoding="utf-8") + "# end of subjects\n")
    kept = {"alpha.yaml": alpha.read_text(encoding="utf-8"), "beta.yaml": texts()["beta.yaml"]}
    Path(NEW[0]).write_text(NEW[1], encoding="utf-8")
    result = per_source(*DOCS, NEW[0])
    assert result.exit_code == 0, result.output
    assert "1 source added" in result.stderr
    now = texts()
    assert {name: now[name] for name in kept} == kept
    assert "path: ../articles/gamma.md" in now["gamma.yaml"]
    assert "# end of subjects" in now["subjects.yaml"]
    assert cli("check", "claims").exit_code in (0, 1)


def test_a_source_declared_in_another_file_gets_its_claims_in_its_own_file(
    project: Path,
) -> None:
    """A folder kept by hand: sources in one file, a topic file quoting alpha. Drafts of alpha go
    to claims/alpha.yaml (claims only), and what the topic file quotes is not drafted again."""
    Path("claims/sources.yaml").write_text(
        "version: 1\nsources:\n  - id: alpha\n    path: ./../articles/alpha.md\n", encoding="utf-8"
    )
    Path("claims/dosing.yaml").write_text(
        "version: 1\nsubjects:\n  - id: dose\n    unit: mg\n    kind: range\nclaims:\n"
        "  - id: alpha-dose\n    source: alpha\n    subject: dose\n    value: 1.5-4.5 mg\n"
        "    quote: typically between 1.5 mg and 4.5 mg\n",
        encoding="utf-8",
    )
    before = texts()
    result = per_source("articles/alpha.md")
    assert result.exit_code == 0, result.output
    assert "0 sources added" in result.stderr and "1 already covered" in result.stderr
    now = texts()
    assert {k: now[k] for k in before} == before
    assert now["alpha.yaml"].split("\n", 4)[4].startswith("version: 1\nclaims:\n  - id: alpha-")
    assert "  - id: alpha-dose\n" not in now["alpha.yaml"]  # the id is taken in dosing.yaml
    assert cli("check", "claims").exit_code in (0, 1)


def test_a_new_source_never_takes_a_file_of_the_folder(project: Path) -> None:
    Path("claims/alpha.yaml").write_text(
        "version: 1\nsubjects:\n  - id: alpha-things\n", encoding="utf-8"
    )
    result = per_source("articles/alpha.md")
    assert result.exit_code == 0, result.output
    assert Path("claims/alpha.yaml").read_text(encoding="utf-8").endswith("- id: alpha-things\n")
    assert "  - id: alpha-2\n    path: ../articles/alpha.md\n" in texts()["alpha-2.yaml"]


def test_dry_run_prints_each_file_s_diff_and_writes_nothing(project: Path) -> None:
    result = per_source(*DOCS, extra=("--dry-run",))
    assert result.exit_code == 0
    assert texts() == {}
    heads = [line for line in result.stdout.splitlines() if line.startswith("+++ ")]
    assert heads == ["+++ claims/subjects.yaml", "+++ claims/alpha.yaml", "+++ claims/beta.yaml"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "claims"), "-o claims is a folder: add --per-source to write one claims file"),
        (("--per-source",), "--per-source needs -o FOLDER"),
        (("-o", "nope", "--per-source"), "-o nope does not exist: --per-source writes into a "),
        (("-o", "articles/alpha.md", "--per-source"), "-o articles/alpha.md is not a folder"),
        (("-o", "claims", "--per-source", "--format", "jsonl"), "--format jsonl writes none"),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(
    project: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli("extract", "articles/beta.txt", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert texts() == {}


def test_an_invalid_folder_is_reported_as_check_reports_it(project: Path) -> None:
    for name in ("a", "b"):
        Path(f"claims/{name}.yaml").write_text(
            "version: 1\nsources:\n  - id: alpha\n    path: ../articles/alpha.md\n",
            encoding="utf-8",
        )
    before = texts()
    result = per_source(*DOCS)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        'claims/a.yaml:3:9: duplicate source id "alpha" (also claims/b.yaml:3:9)',
        'claims/b.yaml:3:9: duplicate source id "alpha" (also claims/a.yaml:3:9)',
        "2 problems: input is invalid",
    ]
    assert texts() == before


def test_no_file_is_written_when_one_of_them_cannot_be(project: Path) -> None:
    assert per_source("articles/alpha.md").exit_code == 0
    subjects = Path("claims/subjects.yaml")
    subjects.chmod(0o444)
    before = texts()
    result = per_source(*DOCS)
    assert result.exit_code == 2
    assert "claims/subjects.yaml: is read-only (mode 0444), left unchanged" in result.stderr
    assert texts() == before  # beta.yaml, which could be written, is not either


def test_a_file_changed_before_its_lock_is_merged_into_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run (a single-file extract into claims/alpha.yaml, which takes only that file's
    lock) writes it after this run read the folder: this run merges again, keeping that change."""
    assert per_source("articles/alpha.md").exit_code == 0
    with Path("articles/alpha.md").open("a", encoding="utf-8") as alpha_doc:
        alpha_doc.write("Around 400 patients were surveyed.\n")
    real = files.locked
    written: list[str] = []

    @contextmanager
    def locked(path: Any, **kwargs: Any) -> Iterator[None]:
        with real(path, **kwargs):
            if str(path) == "claims/alpha.yaml" and not written:
                alpha = Path(path)
                alpha.write_text("# written meanwhile\n" + alpha.read_text(encoding="utf-8"))
                written.append(str(path))
            yield

    monkeypatch.setattr(files, "locked", locked)
    result = per_source("articles/alpha.md")
    assert result.exit_code == 0, result.output
    assert written == ["claims/alpha.yaml"]
    alpha = texts()["alpha.yaml"]
    assert alpha.startswith("# written meanwhile\n")
    assert "quote: Around 400 patients were surveyed" in alpha


def test_a_held_folder_lock_is_waited_for_then_reported(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "LOCK_TIMEOUT", 0.3)
    with files.locked("claims"):
        result = per_source(*DOCS)
    assert result.exit_code == 2
    assert "waiting for another run to finish updating claims" in result.stderr
    assert "claims: another process is updating this file: gave up after 0.3 s" in result.stderr
    assert texts() == {}


def test_two_runs_at_once_lose_nothing(project: Path) -> None:
    """Two real processes drafting different documents into one folder: both are kept."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "factcheck", "extract", doc, "-o", "claims", "--per-source"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for doc in DOCS
    ]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    assert list(texts()) == ["alpha.yaml", "beta.yaml", "subjects.yaml"]
    assert cli("check", "claims").exit_code in (0, 1)
    assert {c[0] for c in drafted("claims")} == {"alpha", "beta"}

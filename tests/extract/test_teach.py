"""Reviewed claims teach: new documents' figures join the reviewed subjects they state first."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import load
from factcheck.cli.extract import extract
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.teach import learned, reviewed_documents
from factcheck.values.units import Units
from tests.common import run_factcheck

REPO = Path(__file__).resolve().parents[2]
UNITS = Units()
WORDS = UnitWords(UNITS)
FIRST = """# Caffeine limits

Healthy adults should have no more than 400 mg of caffeine a day, according to the FDA.
A cup of brewed coffee holds about 95 mg of caffeine.
"""
NEXT = """# How much caffeine is safe?

Health agencies say healthy adults can safely have up to 400 mg of caffeine each day.
A single shot of espresso holds about 63 mg of caffeine.
"""
# The labels share no word with the next document's sentences: only the reviewed claims can
# tell drafting where its figures belong.
REVIEWED = """# Reviewed by hand.
version: 1
sources:
  - id: fda
    path: first.md
subjects:
  - id: fda-ceiling  # the FDA's figure
    label: FDA ceiling
    unit: mg
  - id: brewed-cup
    label: Brewed cup
    unit: mg
claims:
  - id: fda-limit
    source: fda
    subject: fda-ceiling
    value: <= 400 mg
    quote: no more than 400 mg of caffeine a day
    status: {status}
  - id: fda-cup
    source: fda
    subject: brewed-cup
    value: ~95 mg
    quote: holds about 95 mg
    status: {status}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "first.md").write_text(FIRST, encoding="utf-8")
    (tmp_path / "next.md").write_text(NEXT, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(REVIEWED.format(status="reviewed"), encoding="utf-8")
    return tmp_path


def _claims(path: Path) -> dict[str, tuple[str, str]]:
    """Claim id to (subject, value), as `check` reads the file."""
    corpus = load(path)
    return {claim.id: (claim.subject, claim.value.text) for claim in corpus.claims}


def test_a_new_figure_joins_the_reviewed_subject_it_states(folder: Path) -> None:
    claims = folder / "claims.yaml"
    result = CliRunner().invoke(extract, [str(folder / "next.md"), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    assert "1 draft shares a subject with other sources' claims" in result.stderr
    found = _claims(claims)
    assert found["next-fda-ceiling"] == ("fda-ceiling", "<=400 mg")
    # The espresso shot is no brewed cup, nor the ceiling: a subject of its own.
    [espresso] = [subject for subject, value in found.values() if value == "~63 mg"]
    assert espresso not in {"fda-ceiling", "brewed-cup"}
    written = claims.read_text(encoding="utf-8")
    # The reviewed part of the file, its comments, ids and labels are kept as they were.
    before = REVIEWED.format(status="reviewed")
    assert written.startswith(before.split("subjects:")[0])
    assert "  - id: fda-ceiling  # the FDA's figure\n    label: FDA ceiling\n" in written
    assert written.count("id: fda-ceiling") == 1 and written.count("id: brewed-cup") == 1
    assert before.split("claims:\n")[1] in written
    assert "subject: fda-ceiling\n    value: <=400 mg\n" in written
    # (its chance of being that quantity, which the ceiling's words both say: "no more than",
    # "up to")
    chance = re.search(r"status: draft\n    link_chance: (0\.\d+)  # same quantity as", written)
    assert chance is not None and float(chance.group(1)) >= 0.9


def test_drafts_teach_nothing(folder: Path) -> None:
    """Only a person's review teaches: a file of drafts leaves the next figures to grouping."""
    claims = folder / "claims.yaml"
    claims.write_text(REVIEWED.format(status="draft"), encoding="utf-8")
    result = CliRunner().invoke(extract, [str(folder / "next.md"), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    found = _claims(claims)
    [limit] = [s for k, (s, v) in found.items() if k.startswith("next-") and v == "<=400 mg"]
    assert limit != "fda-ceiling"


def test_a_reviewed_subjects_label_no_longer_claims_figures_by_one_word(folder: Path) -> None:
    """Before, a declared subject took every figure of its dimension whose sentence shared one
    word of its label ("coffee"): a subject with reviewed claims takes what they teach only."""
    claims = folder / "claims.yaml"
    claims.write_text(
        REVIEWED.format(status="reviewed").replace("label: Brewed cup", "label: Cup of coffee"),
        encoding="utf-8",
    )
    (folder / "next.md").write_text(
        "Decaf coffee still has about 2 mg of caffeine in a cup.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(extract, [str(folder / "next.md"), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    [(subject, _)] = [v for k, v in _claims(claims).items() if k.startswith("next-")]
    assert subject not in {"brewed-cup", "fda-ceiling"}


def test_the_same_extract_gives_the_same_file_in_real_processes(folder: Path) -> None:
    outputs = []
    for run in ("one", "two"):
        copy = folder / run
        copy.mkdir()
        for name in ("first.md", "next.md", "claims.yaml"):
            (copy / name).write_bytes((folder / name).read_bytes())
        completed = run_factcheck("extract", "next.md", "-o", "claims.yaml", cwd=copy)
        assert completed.returncode == 0, completed.stderr
        outputs.append((copy / "claims.yaml").read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert "subject: fda-ceiling\n    value: <=400 mg\n" in outputs[0]


def test_reviewed_claims_are_found_in_their_documents_or_their_quotes(folder: Path) -> None:
    claims = folder / "claims.yaml"
    corpus = load(str(claims), documents=False)
    [document] = reviewed_documents(corpus.claims, corpus.sources, WORDS)
    assert document.path == "first.md" and document.text == FIRST
    assert [(d.subject.id, d.mention.text) for d in document.drafts] == [
        ("fda-ceiling", "no more than 400 mg"),
        ("brewed-cup", "about 95 mg"),
    ]
    # The document gone, each quote still says what its figure measures.
    (folder / "first.md").unlink()
    corpus = load(str(claims), documents=False)
    alone = reviewed_documents(corpus.claims, corpus.sources, WORDS)
    assert [(d.text, [x.subject.id for x in d.drafts]) for d in alone] == [
        ("no more than 400 mg of caffeine a day", ["fda-ceiling"]),
        ("holds about 95 mg", ["brewed-cup"]),
    ]
    taught = learned(corpus, UNITS)
    assert taught.vocabulary == ()  # both subjects are taught by their claims


def test_reviewed_subjects_are_never_merged_nor_their_ids_taken() -> None:
    """Two reviewed subjects a new figure resembles stay two; a new group proposing a reviewed
    id gets another one."""
    text = "Adults may have up to 400 mg of caffeine a day.\n"
    reviewed = [
        Document(
            path, text, tuple(_as(draft, subject) for draft in draft_claims(path, text, WORDS))
        )
        for path, subject in (("r1.md", "limit-a"), ("r2.md", "limit-b"))
    ]
    new = [Document("n.md", text, tuple(draft_claims("n.md", text, WORDS)))]
    [grouped] = consolidate(new, UNITS, reviewed=reviewed)
    [draft] = grouped.drafts
    assert draft.subject.id in {"limit-a", "limit-b"}
    assert draft.subject.link_chance is not None and draft.subject.link_chance >= 0.5
    # A reviewed espresso shot that took the id the new figure proposes: it keeps it.
    proposed = new[0].drafts[0].subject.id
    shot = "A shot of espresso has 63 mg.\n"
    espresso = Document(
        "r.md", shot, tuple(_as(d, proposed) for d in draft_claims("r.md", shot, WORDS))
    )
    [grouped] = consolidate(new, UNITS, reviewed=[espresso])
    assert grouped.drafts[0].subject.id not in {proposed, ""}


def _as(draft: Draft, subject: str) -> Draft:
    return replace(draft, subject=replace(draft.subject, id=subject))


def test_a_folder_of_claims_files_teaches_too(folder: Path) -> None:
    """`extract -o FOLDER --per-source`: the reviewed claims of any file of the folder teach."""
    files = folder / "claims"
    files.mkdir()
    reviewed = REVIEWED.format(status="reviewed").replace("path: first.md", "path: ../first.md")
    (files / "fda.yaml").write_text(reviewed, encoding="utf-8")
    (folder / "claims.yaml").unlink()
    result = CliRunner().invoke(
        extract, [str(folder / "next.md"), "-o", str(files), "--per-source"]
    )
    assert result.exit_code == 0, result.output
    assert (files / "fda.yaml").read_text(encoding="utf-8") == reviewed
    written = (files / "next.yaml").read_text(encoding="utf-8")
    assert "subject: fda-ceiling\n    value: <=400 mg\n" in written


def test_documents_outside_the_folders_check_reads_are_not_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A claims file may name any path; extract reads only where `check` would (the claims
    file's folder, the working directory) and otherwise learns from the quotes."""
    inner = folder / "inner"
    inner.mkdir()
    text = REVIEWED.format(status="reviewed").replace("path: first.md", "path: ../first.md")
    (inner / "claims.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(inner)
    taught = learned(load("claims.yaml", documents=False), UNITS)
    assert [d.text for d in taught.reviewed] == [
        "no more than 400 mg of caffeine a day",
        "holds about 95 mg",
    ]
    monkeypatch.chdir(folder)
    taught = learned(load("inner/claims.yaml", documents=False), UNITS)
    assert [d.text for d in taught.reviewed] == [FIRST]


def test_a_typical_dose_a_reviewed_claim_draws_in_shows_its_chance() -> None:
    """Typical doses are pooled by rule and carry no chance; one joined to a reviewed subject
    was joined by the pair model, and says how likely that is."""
    reviewed_text = "Most people take LDN at a typical dose of 1.5 to 4.5 mg a day.\n"
    drafts = draft_claims("r.md", reviewed_text, WORDS)
    assert drafts[0].subject.pooled
    reviewed = [Document("r.md", reviewed_text, tuple(_as(d, "ldn-dose") for d in drafts))]
    text = "The usual daily dose of LDN is 3 to 4.5 mg.\n"
    new = [Document("n.md", text, tuple(draft_claims("n.md", text, WORDS)))]
    [grouped] = consolidate(new, UNITS, reviewed=reviewed)
    [draft] = grouped.drafts
    assert draft.subject.id == "ldn-dose"
    assert draft.subject.link_chance is not None and draft.subject.link_chance >= 0.5
    [alone] = consolidate(new, UNITS)
    assert alone.drafts[0].subject.pooled and alone.drafts[0].subject.link_chance is None


def test_extracting_the_reviewed_example_again_with_a_new_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped example's reviewed claims and its five articles extracted again with a new
    one: the new typical and starting doses join the reviewed subjects, not the skin-disease dose
    that a typical dose's words also fit (typical doses are pooled by rule otherwise)."""
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    (tmp_path / "new.md").write_text(
        "# LDN at a glance\n\nMost prescribers start LDN at 1.5 mg and settle on a typical dose "
        "of 3 to 4.5 mg taken at night.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    before = Path("claims.yaml").read_text(encoding="utf-8")
    articles = sorted(str(p) for p in Path("examples/ldn").iterdir())
    result = CliRunner().invoke(extract, [*articles, "new.md", "-o", "claims.yaml"])
    assert result.exit_code == 0, result.output
    assert "40 already covered" in result.stderr
    found = _claims(Path("claims.yaml"))
    assert found["new-ldn-starting-dose"] == ("ldn-starting-dose", "1.5 mg")
    assert found["new-ldn-typical-daily-dose"] == ("ldn-typical-daily-dose", "3-4.5 mg")
    after = Path("claims.yaml").read_text(encoding="utf-8")
    # Every line of the reviewed file is kept, in order (its comments too).
    kept = iter(after.splitlines())
    assert all(line in kept for line in before.splitlines())

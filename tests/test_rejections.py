"""Rejections stay rejected: a draft a reviewer deletes or marks `status: rejected` is not drafted
again by the next `extract` (one claims file or -o FOLDER --per-source), `check` leaves it out,
and the file stays valid for the loader and the JSON Schema; malformed entries are located."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from factcheck.corpus.schema import json_schema
from tests.common import run_factcheck, write
from tests.conftest import Run

DOCS = {
    "a.md": "Take 4.5 mg at night. Most trials lasted 12 weeks. About 30% of patients improved.\n",
    "b.md": "The usual dose is 3 mg. Trials ran for 8 weeks, and 40% of patients improved.\n",
}


def _claims(text: str) -> list[dict[str, object]]:
    return list(YAML(typ="safe").load(text).get("claims") or [])


def _delete(text: str, claim_id: str) -> str:
    """The claims file with one claim's block deleted, as a person deletes it in an editor."""
    edited, count = re.subn(rf"  - id: {re.escape(claim_id)}\n(    .*\n)+", "", text)
    assert count == 1
    return edited


def _reject(text: str, claim_id: str) -> str:
    """The claims file with one claim's ``status: draft`` made ``status: rejected`` by hand."""
    start = text.index(f"  - id: {claim_id}\n")
    at = text.index("    status: draft", start)
    edited = "    status: rejected  # the 12 weeks are the trials', not the dose's"
    return text[:at] + edited + text[at + len("    status: draft") :]


def _extract(run: Run, folder: Path, *out: str) -> tuple[str, str]:
    result = run("extract", str(folder / "a.md"), str(folder / "b.md"), "-o", *out)
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path, DOCS)
    return tmp_path


def _schema_valid(text: str, *, folder: bool = False) -> None:
    jsonschema.validate(YAML(typ="safe").load(text), json_schema(folder=folder))


def test_deleted_and_rejected_drafts_stay_out_of_the_next_extract(folder: Path, run: Run) -> None:
    claims = folder / "claims.yaml"
    _extract(run, folder, str(claims))
    first = claims.read_text(encoding="utf-8")
    drafted = _claims(first)
    by_value = {c["value"]: str(c["id"]) for c in drafted if c["source"] == "a"}
    # (Not the dose: its time-of-day label claim quotes the same words, covering it.)
    deleted, rejected, edited = by_value["12 weeks"], by_value["~30%"], by_value["4.5 mg"]
    gone = next(c for c in drafted if c["id"] == deleted)
    # A reviewer deletes one draft, rejects another, reviews a third and comments on the file.
    text = _reject(_delete(first, deleted), rejected)
    text = text.replace("claims:\n", "claims:  # reviewed on Monday\n", 1)
    start = text.index(f"  - id: {edited}\n")
    at = text.index("    status: draft", start)
    text = text[:at] + "    status: reviewed" + text[at + len("    status: draft") :]
    claims.write_text(text, encoding="utf-8")

    _, said = _extract(run, folder, str(claims))
    second = claims.read_text(encoding="utf-8")
    assert "1 draft deleted since the last extract: listed under `rejected`" in said
    assert "claims:  # reviewed on Monday\n" in second
    assert "status: rejected  # the 12 weeks are the trials', not the dose's" in second
    kept = {str(c["id"]): c for c in _claims(second)}
    assert deleted not in kept and len(kept) == len(drafted) - 1
    assert kept[rejected]["status"] == "rejected" and kept[edited]["status"] == "reviewed"
    # The deleted draft is listed, readable, under `rejected:`.
    data = YAML(typ="safe").load(second)
    assert data["rejected"] == [{"source": "a", "quote": gone["quote"], "value": gone["value"]}]
    assert second.index("\nrejected:") > second.index("\ndrafted:") > second.index("\nclaims:")
    _schema_valid(second)

    # Extracting once more changes nothing (in a real process, as a user runs it).
    done = run_factcheck(
        "extract", "a.md", "b.md", "-o", "claims.yaml", cwd=folder, env={"NO_COLOR": "1"}
    )
    assert done.returncode == 0, done.stderr
    assert "1 rejected draft not drafted again" in done.stderr
    assert claims.read_text(encoding="utf-8") == second

    # check leaves both out: not compared, not unsupported, not counted.
    report = json.loads(run("check", str(claims), "--format", "json").stdout)
    assert rejected not in [c["id"] for c in report["claims"]]
    assert report["summary"]["claims"] == len(drafted) - 2
    assert all(rejected not in f["claims"] for f in report["findings"])

    # Deleting the entry under `rejected:` undoes it: the draft comes back.
    claims.write_text(second[: second.index("rejected:")], encoding="utf-8")
    _, said = _extract(run, folder, str(claims))
    assert "1 draft claim," in said
    assert gone["quote"] in [c["quote"] for c in _claims(claims.read_text(encoding="utf-8"))]


def test_per_source_files_keep_their_rejections(folder: Path, run: Run) -> None:
    out = folder / "claims"
    out.mkdir()
    _extract(run, folder, str(out), "--per-source")
    own = out / "a.yaml"
    first = own.read_text(encoding="utf-8")
    ids = [str(c["id"]) for c in _claims(first)]
    gone = _claims(first)[2]
    assert gone["value"] == "12 weeks"
    own.write_text(_reject(_delete(first, ids[2]), ids[3]), encoding="utf-8")

    _, said = _extract(run, folder, str(out), "--per-source")
    assert "1 draft deleted since the last extract" in said
    second = own.read_text(encoding="utf-8")
    kept = [str(c["id"]) for c in _claims(second)]
    assert ids[2] not in kept and ids[3] in kept and len(kept) == len(ids) - 1
    assert YAML(typ="safe").load(second)["rejected"][0]["quote"] == gone["quote"]
    _schema_valid(second, folder=True)
    _, said = _extract(run, folder, str(out), "--per-source")
    assert own.read_text(encoding="utf-8") == second and "1 rejected draft" in said
    result = run("check", str(out), "--root", str(folder))
    assert result.exit_code in (0, 1), result.output  # valid: findings only


def test_a_rejection_written_by_hand_keeps_every_figure_of_its_quote_out(
    folder: Path, run: Run
) -> None:
    claims = folder / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - {id: a, path: a.md}\n"
        "rejected:\n  - source: a\n    quote: Most trials lasted 12 weeks\n"
        "    note: the trials, not the advice\n",
        encoding="utf-8",
    )
    _extract(run, folder, str(claims))
    quotes = " ".join(str(c["quote"]) for c in _claims(claims.read_text(encoding="utf-8")))
    assert "12 weeks" not in quotes and "4.5 mg" in quotes


REJECTING = {
    "a.md": "Take 4.5 mg at night. Most trials lasted 12 weeks.\n",
    "b.md": "The usual dose is 3 mg.\n",
    "claims.yaml": """
        version: 1
        sources:
          - {id: a, path: a.md}
          - {id: b, path: b.md}
        subjects:
          - {id: dose, unit: mg}
        claims:
          - {id: a-dose, source: a, subject: dose, value: 4.5 mg, quote: Take 4.5 mg at night}
          - {id: b-dose, source: b, subject: dose, value: 3 mg, quote: usual dose is 3 mg}
          - {id: a-weeks, source: a, subject: gone, value: 12 weeks, quote: lasted 12 weeks,
             status: rejected}
        """,
}


def test_check_leaves_rejected_claims_out_and_counts_their_numbers_covered(
    tmp_path: Path, run: Run
) -> None:
    claims = write(tmp_path, REJECTING)
    result = run("check", str(claims), "--coverage")
    # The rejected claim's subject is not declared and its unit is not mg: it is no claim.
    assert result.stdout.splitlines()[-1].startswith("2 sources, 1 subject, 2 claims: 1 conflict")
    assert "a-weeks" not in result.stdout and "untracked" not in result.stdout


@pytest.mark.parametrize(
    ("extra", "where", "message"),
    [
        ("rejected:\n  - {source: c, quote: x}\n", ":13:14:", 'unknown source "c"'),
        ("rejected:\n  - {source: a}\n", ":13:5:", 'missing required key "quote" in rejection #1'),
        ("rejected: {source: a}\n", ":12:", '"rejected" must be a list'),
        ("drafted:\n  a: [zz]\n", ":13:7:", "12-hex-digit keys `factcheck extract` writes"),
        ("drafted:\n  A: []\n", ":13:3:", "'A' is not a source id"),
        ("drafted: [a]\n", ":12:", '"drafted" must be a mapping'),
    ],
)
def test_malformed_rejections_are_located(
    tmp_path: Path, run: Run, extra: str, where: str, message: str
) -> None:
    claims = write(tmp_path, REJECTING)
    claims.write_text(claims.read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = run("check", str(claims))
    assert result.exit_code == 2
    (line,) = [x for x in result.stderr.splitlines() if message in x]
    assert line.startswith(f"{claims}{where}"), line


def test_a_rejected_claims_id_is_not_taken_in_a_folder(folder: Path, run: Run) -> None:
    out = folder / "claims"
    out.mkdir()
    _extract(run, folder, str(out), "--per-source")
    drafted = {str(c["value"]): str(c["id"]) for c in _claims((out / "a.yaml").read_text())}
    taken = drafted["~30%"]
    (out / "a.yaml").unlink()
    # Another file holds a rejected claim of that id, on other words of the document.
    (out / "other.yaml").write_text(
        f"version: 1\nclaims:\n  - {{id: {taken}, source: a, subject: gone, value: 4.5 mg,\n"
        "     quote: Take 4.5 mg at night, status: rejected}\n",
        encoding="utf-8",
    )
    (out / "sources.yaml").write_text(
        "version: 1\nsources:\n  - {id: a, path: ../a.md}\n", encoding="utf-8"
    )
    _extract(run, folder, str(out), "--per-source")
    ids = [str(c["id"]) for c in _claims((out / "a.yaml").read_text())]
    assert taken not in ids and f"{taken}-2" in ids
    assert run("check", str(out), "--root", str(folder)).exit_code in (0, 1)


def test_empty_sections_are_filled(folder: Path, run: Run) -> None:
    claims = folder / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - {id: a, path: a.md}\nrejected:\ndrafted:  # mine\n",
        encoding="utf-8",
    )
    _extract(run, folder, str(claims))
    data = YAML(typ="safe").load(claims.read_text(encoding="utf-8"))
    assert len(data["drafted"]["a"]) == len([c for c in data["claims"] if c["source"] == "a"])
    assert data["rejected"] is None

"""Tests for factcheck.extract.run: drafting many documents, vocabulary, paths and JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.corpus.load import load
from factcheck.extract.run import (
    UnreadableDocument,
    draft_documents,
    jsonl_lines,
    relative_path,
    vocabulary_of,
)
from tests.common import UNITS

TEXTS = {
    "a.md": "Doses are typically between 1.5 mg and 4.5 mg.\n",
    "b.txt": "Some 400 patients took part for 12 weeks.\n",
    "c.html": "<html><head><script>var x = 12345;</script></head><body><p>Over 24% improved."
    "</p></body></html>",
}


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


def test_documents_come_back_in_order_with_progress_calls(files: list[Path]) -> None:
    calls: list[int] = []
    jobs = [(str(p), p.name, ()) for p in files]
    documents = draft_documents(jobs, UNITS, processes=2, on_done=lambda: calls.append(1))
    assert [d.path for d in documents] == ["a.md", "b.txt", "c.html"]
    assert len(calls) == 3
    values = [[draft.value for draft in d.drafts] for d in documents]
    assert values == [["1.5-4.5 mg"], ["~400", "12 weeks"], [">24%"]]


def test_unreadable_document_carries_a_located_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"fine\n\xff broken")
    with pytest.raises(UnreadableDocument) as caught:
        draft_documents([(str(bad), "bad.txt", ())], UNITS)
    assert str(caught.value.problem) == f"{bad}:2:1: not valid UTF-8 (byte 0xff)"


def test_vocabulary_reads_declared_subjects(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources: []\nsubjects:\n"
        "  - {id: dose, label: Typical dose, unit: mcg, terms: [typical]}\n"
        "  - {id: n}\n"
        "  - {id: odd, unit: furlongs}\n"
        "  - {id: timing, kind: label, terms: [trial]}\n",
        encoding="utf-8",
    )
    [dose, count, odd] = vocabulary_of(load(claims, documents=False).subjects.values(), UNITS)
    assert (dose.dimension, dose.terms, dose.label) == ("dose", ("typical",), "Typical dose")
    assert (count.dimension, count.label) == ("count", "n")
    assert odd.dimension == "quantity"
    assert vocabulary_of((), UNITS) == ()


def test_relative_path_is_posix_and_relative_to_the_claims_folder(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "a.md"
    assert relative_path(str(doc), tmp_path) == "docs/a.md"
    assert relative_path(str(doc), tmp_path / "claims") == "../docs/a.md"


def test_jsonl_is_deterministic_and_complete(files: list[Path]) -> None:
    documents = draft_documents([(str(p), p.name, ()) for p in files], UNITS)
    lines = list(jsonl_lines(documents))
    assert lines == list(jsonl_lines(draft_documents([(str(p), p.name, ()) for p in files], UNITS)))
    record = json.loads(lines[-1])
    assert set(record) == {"source", "quote", "quote_span", "span", "text", "value", "low",
                           "high", "unit", "qualifier", "kind", "counted", "direction", "subject", "context",
                           "link_chance"}  # fmt: skip
    assert (record["source"], record["qualifier"], record["unit"]) == ("c.html", ">", "%")

"""Read documents and draft their claims, in one process or several, with optional progress."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from factcheck.extract.drafts import Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.units import read_unit
from factcheck.extract.merge import Document, MergeError
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.formats.escape import json_text
from factcheck.problems import Problem
from factcheck.text.documents import DocumentError, read_document

Job = tuple[str, str, tuple[VocabularySubject, ...]]
"""(file to read, path as the claims file names it, subject vocabulary)."""


class UnreadableDocument(Exception):
    """A document that cannot be read; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


def _draft_one(job: Job) -> Document:
    file, relative, vocabulary = job
    try:
        text = read_document(Path(file))
    except DocumentError as error:
        raise UnreadableDocument(Problem(file, error.line, error.column, str(error))) from None
    return Document(relative, text, tuple(draft_claims(relative, text, vocabulary)))


def draft_documents(
    jobs: Sequence[Job], processes: int = 1, on_done: Callable[[], None] | None = None
) -> list[Document]:
    """Draft every job's document, in job order; ``on_done`` is called after each one.

    Subjects are then consolidated across the documents (see ``grouping.consolidate``).

    Raises UnreadableDocument for a document that cannot be read.
    """
    results: list[Document] = []
    for result in _map(jobs, processes):
        results.append(result)
        if on_done is not None:
            on_done()
    return consolidate(results)


def _map(jobs: Sequence[Job], processes: int) -> Iterator[Document]:
    if processes <= 1 or len(jobs) <= 1:
        yield from map(_draft_one, jobs)
        return
    with ProcessPoolExecutor(max_workers=min(processes, len(jobs))) as pool:
        chunk = max(1, len(jobs) // (processes * 4))
        yield from pool.map(_draft_one, jobs, chunksize=chunk)


def vocabulary_of(data: object, display: str = "claims.yaml") -> tuple[VocabularySubject, ...]:
    """The declared subjects of a loaded claims file, as the subject matcher reads them.

    Raises MergeError, located when ``data`` came from ``parse_existing``, for a subject whose
    ``terms`` is not a list.
    """
    if not isinstance(data, dict) or not isinstance(data.get("subjects"), list):
        return ()
    subjects = []
    for item in data["subjects"]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        if not isinstance(item.get("terms") or [], list):
            lc = getattr(item, "lc", None)
            line, column = lc.value("terms") if lc is not None else (-1, -1)
            message = f'cannot merge: "terms" of subject "{item["id"]}" must be a list of words'
            raise MergeError(Problem(display, line + 1, column + 1, message))
        if item.get("kind") == "label":
            continue  # a number is never a label
        unit = item.get("unit")
        known = read_unit(str(unit)) if unit else None
        dimension = known.dimension if known else ("count" if not unit else "quantity")
        terms = tuple(str(t) for t in item.get("terms") or () if isinstance(t, str))
        label = str(item.get("label") or item["id"])
        subjects.append(VocabularySubject(item["id"], label, dimension, terms))
    return tuple(subjects)


def relative_path(document: str, claims_dir: Path) -> str:
    """The document's path as the claims file writes it: relative to its folder, POSIX style."""
    return Path(os.path.relpath(Path(document).resolve(), claims_dir.resolve())).as_posix()


def jsonl_lines(documents: Sequence[Document]) -> Iterator[str]:
    """One JSON object per mention, for other tools."""
    for document in documents:
        for draft in document.drafts:
            yield json_text(
                json.dumps(_record(document.path, draft), ensure_ascii=False, allow_nan=False)
            )


def _record(path: str, draft: Draft) -> dict[str, Any]:
    mention = draft.mention
    return {
        "source": path,
        "quote": draft.quote,
        "quote_span": list(draft.quote_span),
        "span": list(mention.span),
        "text": mention.text,
        "value": mention.value,
        "low": mention.low,
        "high": mention.high,
        "unit": mention.unit or None,
        "qualifier": mention.qualifier,
        "subject": draft.subject.id,
        "context": draft.subject.context,
        "link_chance": draft.subject.link_chance,
    }

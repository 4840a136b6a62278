"""Read documents and draft their claims, in one process or several, with optional progress."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from factcheck.corpus.model import Subject, SubjectKind
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.formats.escape import json_text
from factcheck.problems import Problem
from factcheck.text.documents import DocumentError, read_document
from factcheck.values.units import Units

Job = tuple[str, str, tuple[VocabularySubject, ...]]
"""(file to read, path as the claims file names it, subject vocabulary)."""


class UnreadableDocument(Exception):
    """A document that cannot be read; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


def _draft_one(words: UnitWords, job: Job) -> Document:
    file, relative, vocabulary = job
    try:
        text = read_document(Path(file))
    except DocumentError as error:
        raise UnreadableDocument(Problem(file, error.line, error.column, str(error))) from None
    return Document(relative, text, tuple(draft_claims(relative, text, words, vocabulary)))


def draft_documents(
    jobs: Sequence[Job],
    units: Units,
    processes: int = 1,
    on_done: Callable[[], None] | None = None,
) -> list[Document]:
    """Draft every job's document, in job order; ``on_done`` is called after each one. ``units``
    is the run's one pint registry: workers get the unit words read through it, and grouping
    converts amounts with it.

    Subjects are then consolidated across the documents (see ``grouping.consolidate``).

    Raises UnreadableDocument for a document that cannot be read.
    """
    results: list[Document] = []
    for result in _map(jobs, UnitWords(units), processes):
        results.append(result)
        if on_done is not None:
            on_done()
    return consolidate(results, units)


def _map(jobs: Sequence[Job], words: UnitWords, processes: int) -> Iterator[Document]:
    draft = partial(_draft_one, words)
    if processes <= 1 or len(jobs) <= 1:
        yield from map(draft, jobs)
        return
    with ProcessPoolExecutor(max_workers=min(processes, len(jobs))) as pool:
        chunk = max(1, len(jobs) // (processes * 4))
        yield from pool.map(draft, jobs, chunksize=chunk)


def vocabulary_of(subjects: Iterable[Subject], units: Units) -> tuple[VocabularySubject, ...]:
    """Declared subjects as the subject matcher reads them; the corpus layer loaded and validated
    them (``load(claims, documents=False).subjects``), so a unit, label or kind means here what
    it means to `check`. Label subjects are left out: a number is never a label."""
    words = UnitWords(units)
    vocabulary = []
    for subject in subjects:
        if subject.kind is SubjectKind.LABEL:
            continue
        known = words.read(subject.unit) if subject.unit else None
        dimension = known.dimension if known else ("count" if not subject.unit else "quantity")
        vocabulary.append(VocabularySubject(subject.id, subject.label, dimension, subject.terms))
    return tuple(vocabulary)


def relative_path(document: str, claims_dir: Path) -> str:
    """The document's path as the claims file writes it: relative to its folder, POSIX style."""
    return Path(os.path.relpath(Path(document).resolve(), claims_dir.resolve())).as_posix()


def jsonl_lines(documents: Sequence[Document]) -> Iterator[str]:
    """One JSON object per mention, for other tools."""
    for document in documents:
        for draft in document.drafts:
            yield json_text(json.dumps(_record(document.path, draft), ensure_ascii=False))


def _record(path: str, draft: Draft) -> dict[str, Any]:
    mention = draft.mention
    return {
        "source": path,
        "quote": draft.quote,
        "quote_span": list(draft.quote_span),
        "span": list(mention.span),
        "text": mention.text,
        "value": mention.value,
        "low": mention.amount.low,
        "high": mention.amount.high,
        "unit": mention.amount.unit or None,
        "qualifier": mention.qualifier.value,
        "subject": draft.subject.id,
        "context": draft.subject.context,
        "link_chance": draft.subject.link_chance,
    }

"""Read documents and draft their claims, in one process or several, with optional progress."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from factcheck._perf import paused_gc
from factcheck.corpus.model import Subject, SubjectKind
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.formats.escape import json_text
from factcheck.problems import Problem
from factcheck.text.dates import document_date
from factcheck.text.documents import HTML_SUFFIXES, DocumentError, html_text, read_file_text
from factcheck.text.titles import title_of
from factcheck.values.units import Units

Job = tuple[str, str, tuple[VocabularySubject, ...]]
"""(file to read, path as the claims file names it, subject vocabulary)."""


class UnreadableDocument(Exception):
    """A document that cannot be read; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


Progress = Callable[[float], None]
"""Called with how much more is done, in documents (fractions while one is being read)."""


def _draft_one(words: UnitWords, job: Job, progress: Progress | None = None) -> Document:
    file, relative, vocabulary = job
    try:
        markup = read_file_text(Path(file))
    except DocumentError as error:
        raise UnreadableDocument(Problem(file, error.line, error.column, str(error))) from None
    html = Path(file).suffix.lower() in HTML_SUFFIXES
    text = html_text(markup) if html else markup
    title = title_of(markup, Path(file).suffix)
    del markup  # a large page: keep one copy of its text
    report: Callable[[int], None] | None = None
    if progress is not None and text:
        report = _fractions(progress, len(text))
    with paused_gc():  # millions of small objects and no cycles (see _perf)
        drafts = draft_claims(relative, text, words, vocabulary, report)
    if progress is not None and not text:
        progress(1.0)
    return Document(relative, text, tuple(drafts), document_date(text, file), title)


def _fractions(progress: Progress, size: int) -> Callable[[int], None]:
    """Characters done in a document of ``size`` characters, reported as documents done."""
    done = 0

    def report(offset: int) -> None:
        nonlocal done
        progress((offset - done) / size)
        done = offset

    return report


def draft_documents(
    jobs: Sequence[Job],
    units: Units,
    processes: int = 1,
    on_done: Callable[[], None] | None = None,
    on_progress: Progress | None = None,
    on_grouping: Callable[[], None] | None = None,
) -> list[Document]:
    """Draft every job's document, in job order; ``on_done`` is called after each one,
    ``on_progress`` as reading goes on (within a document too, in one process), and
    ``on_grouping`` before subjects are consolidated across the documents (see
    ``grouping.consolidate``). ``units``
    is the run's one pint registry: workers get the unit words read through it, and grouping
    converts amounts with it.

    Raises UnreadableDocument for a document that cannot be read.
    """
    results: list[Document] = []
    for result in _map(jobs, UnitWords(units), processes, on_progress):
        results.append(result)
        if on_done is not None:
            on_done()
    if on_grouping is not None:
        on_grouping()
    with paused_gc():
        return consolidate(results, units)


def cpu_count() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def worker_count(requested: int, documents: int) -> int:
    """Processes to read ``documents`` with when ``requested`` were asked for: never more than
    the CPUs (``--jobs 10000`` would start a process per document and gain nothing) nor than the
    documents, at least one."""
    return max(1, min(requested, documents, cpu_count()))


def _map(
    jobs: Sequence[Job], words: UnitWords, processes: int, progress: Progress | None
) -> Iterator[Document]:
    workers = worker_count(processes, len(jobs))
    if workers <= 1:
        for job in jobs:
            yield _draft_one(words, job, progress)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(jobs) // (workers * 4))
        for document in pool.map(partial(_draft_one, words), jobs, chunksize=chunk):
            if progress is not None:
                progress(1.0)  # other processes report whole documents only
            yield document


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
            yield json_text(
                json.dumps(_record(document.path, draft), ensure_ascii=False, allow_nan=False)
            )


def _record(path: str, draft: Draft) -> dict[str, Any]:
    mention = draft.mention
    label = draft.label is not None
    return {
        "source": path,
        "quote": draft.quote,
        "quote_span": list(draft.quote_span),
        "span": list(mention.span),
        "text": mention.text,
        "value": draft.value,
        "low": None if label else mention.amount.low,
        "high": None if label else mention.amount.high,
        "unit": None if label else mention.amount.unit or None,
        "qualifier": mention.qualifier.value,
        "subject": draft.subject.id,
        "context": draft.subject.context,
        "link_chance": draft.subject.link_chance,
    }

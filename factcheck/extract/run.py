"""Read documents and draft their claims, in one process or several, with optional progress."""

from __future__ import annotations

import dataclasses
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from pathlib import Path
from typing import Any

from factcheck._perf import paused_gc
from factcheck.corpus.model import Subject, SubjectKind
from factcheck.extract.cluster import CONNECT_TIMEOUT, draft_on_cluster
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.formats.escape import json_text
from factcheck.problems import Problem
from factcheck.text import tables
from factcheck.text.dates import document_date, file_date, page_date
from factcheck.text.documents import HTML_SUFFIXES, DocumentError, decode, read_raw
from factcheck.text.titles import title_of
from factcheck.values.units import Units

Job = tuple[str, str, tuple[VocabularySubject, ...]]
"""(file to read, path as the claims file names it, subject vocabulary)."""


class UnreadableDocument(Exception):
    """A document that cannot be read; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem)
        self.problem = problem


#: Documents in flight per local worker process: enough to keep it busy between results.
_IN_FLIGHT_PER_PROCESS = 4

Progress = Callable[[float], None]
"""Called with how much more is done, in documents (fractions while one is being read)."""


def _draft_one(words: UnitWords, job: Job, progress: Progress | None = None) -> Document:
    try:
        raw = read_raw(Path(job[0]))
    except DocumentError as error:
        raise _unreadable(job[0], error) from None
    return _drafted(words, job, raw, progress)


def _read_sent(file: str) -> bytes:
    """A document's bytes, read here to be sent to a cluster worker."""
    try:
        return read_raw(file)
    except DocumentError as error:
        raise _unreadable(file, error) from None


def _draft_sent(words: UnitWords, job: Job, raw: bytes) -> Document:
    """Draft a document from its bytes, on a cluster worker (see ``cluster``). A worker need not
    see the file (or may see another one of that path), so its date is the page's only: the
    file's date is added where the file was read (``_file_dated``)."""
    return _drafted(words, job, raw, None, file_dates=False)


def _file_dated(documents: Iterable[Document], files: deque[str]) -> Iterator[Document]:
    """Documents drafted elsewhere, in the order of ``files`` as they were read here, dated by
    their file when the page gives no date (as a local run dates them)."""
    for document in documents:
        file = files.popleft()
        if document.date is None:
            document = dataclasses.replace(document, date=file_date(file))
        yield document


def _recorded(jobs: Iterable[Job], files: deque[str]) -> Iterator[Job]:
    for job in jobs:
        files.append(job[0])
        yield job


def _unreadable(file: str, error: DocumentError) -> UnreadableDocument:
    return UnreadableDocument(Problem(file, error.line, error.column, str(error)))


def _drafted(
    words: UnitWords, job: Job, raw: bytes, progress: Progress | None, *, file_dates: bool = True
) -> Document:
    file, relative, vocabulary = job
    try:
        markup = decode(raw)
    except DocumentError as error:
        raise _unreadable(file, error) from None
    suffix = Path(file).suffix
    # A page's tables as rows and cells, which its text (a cell a line) cannot say.
    text, found = tables.page_text(markup) if suffix.lower() in HTML_SUFFIXES else (markup, None)
    title = title_of(markup, suffix)
    del markup  # a large page: keep one copy of its text
    report: Callable[[int], None] | None = None
    if progress is not None and text:
        report = _fractions(progress, len(text))
    with paused_gc():  # millions of small objects and no cycles (see _perf)
        drafts = draft_claims(relative, text, words, vocabulary, report, found)
    if progress is not None and not text:
        progress(1.0)
    date = document_date(text, file) if file_dates else page_date(text)
    return Document(relative, text, tuple(drafts), date, title)


def _fractions(progress: Progress, size: int) -> Callable[[int], None]:
    """Characters done in a document of ``size`` characters, reported as documents done."""
    done = 0

    def report(offset: int) -> None:
        nonlocal done
        progress((offset - done) / size)
        done = offset

    return report


def draft_documents(
    jobs: Iterable[Job],
    units: Units,
    processes: int = 1,
    on_done: Callable[[], None] | None = None,
    on_progress: Progress | None = None,
    on_grouping: Callable[[], None] | None = None,
    scheduler: str | None = None,
    timeout: float = CONNECT_TIMEOUT,
    reviewed: Sequence[Document] = (),
) -> list[Document]:
    """Draft every job's document, in job order; ``on_done`` is called after each one,
    ``on_progress`` as reading goes on (within a document too, in one process), and
    ``on_grouping`` before subjects are consolidated across the documents (see
    ``grouping.consolidate``). ``units`` is the run's one pint registry: workers get the unit
    words read through it, and grouping converts amounts with it.

    ``jobs`` are taken one at a time as documents are sent to the workers: ``processes`` local
    ones, or those of the Dask scheduler at ``scheduler`` (see ``cluster``; ``timeout`` seconds
    to reach it). Either way only grouping, here, sees all the documents. ``reviewed`` are the
    claims file's reviewed claims as drafts (``teach``): drafts join their subjects first.

    Raises UnreadableDocument for a document that cannot be read, ClusterError when the
    scheduler cannot be used.
    """
    words = UnitWords(units)
    if scheduler is not None:
        files: deque[str] = deque()
        drafted = _file_dated(
            draft_on_cluster(
                scheduler, _recorded(jobs, files), words, _read_sent, _draft_sent, timeout
            ),
            files,
        )
    else:
        drafted = _map(jobs, words, processes, on_progress)
    results: list[Document] = []
    for result in drafted:
        results.append(result)
        if scheduler is not None and on_progress is not None:
            on_progress(1.0)  # workers elsewhere report whole documents only
        if on_done is not None:
            on_done()
    if on_grouping is not None:
        on_grouping()
    with paused_gc():
        return consolidate(results, units, reviewed=reviewed)


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
    jobs: Iterable[Job], words: UnitWords, processes: int, progress: Progress | None
) -> Iterator[Document]:
    pending = iter(jobs)
    # Never more processes than documents: look at most ``processes`` jobs ahead to know.
    first = list(islice(pending, min(processes, cpu_count())))
    workers = worker_count(processes, len(first))
    if workers <= 1:
        for job in chain(first, pending):
            yield _draft_one(words, job, progress)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # A bounded number of documents in flight, handed on in job order: the jobs of a
        # corpus are never all submitted (or listed) at once.
        running: deque[Future[Document]] = deque()
        for job in chain(first, pending):
            running.append(pool.submit(_draft_one, words, job))
            if len(running) >= workers * _IN_FLIGHT_PER_PROCESS:
                yield _done(running.popleft(), progress)
        while running:
            yield _done(running.popleft(), progress)


def _done(future: Future[Document], progress: Progress | None) -> Document:
    document = future.result()
    if progress is not None:
        progress(1.0)  # other processes report whole documents only
    return document


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
        "unit": None if label else mention.unit or None,
        "qualifier": mention.qualifier.value,
        "kind": mention.kind,
        "counted": mention.counted,
        "direction": mention.direction or None,
        "subject": draft.subject.id,
        "context": draft.subject.context,
        "link_chance": draft.subject.link_chance,
    }

"""The `factcheck extract` command: find documents, draft claims, merge or print them."""

from __future__ import annotations

import difflib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext, suppress
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import NoReturn

import click
from rich.console import Console
from rich.progress import Progress

from factcheck import files
from factcheck.cli.options import exit_invalid
from factcheck.corpus.claimset import ClaimSet, files_in
from factcheck.corpus.load import load
from factcheck.corpus.model import UNSURE, Corpus
from factcheck.corpus.yamlread import EmptyClaimsFile, read_yaml
from factcheck.extract.cluster import CONNECT_TIMEOUT, INSTALL_HINT, ClusterError
from factcheck.extract.drafts import Document
from factcheck.extract.inputs import InputsError, document_paths, is_corpus
from factcheck.extract.merge import MergeError, MergeResult, merge
from factcheck.extract.persource import FolderMerge, merge_per_source
from factcheck.extract.run import (
    Job,
    UnreadableDocument,
    draft_documents,
    jsonl_lines,
    relative_path,
    vocabulary_of,
)
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.formats.escape import plain, terminal
from factcheck.problems import InputError
from factcheck.report.findings import ExitCode
from factcheck.values.units import Units
from factcheck.words import plural


class ExtractFormat(StrEnum):
    """What `extract` prints."""

    YAML = "yaml"
    """A claims file with the drafts merged in."""
    JSONL = "jsonl"
    """One JSON object per mention."""


@click.command("extract")
@click.argument("docs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Claims file to merge the drafts into (created if missing); with --per-source, a folder "
    "of claims files.",
)
@click.option(
    "--per-source",
    is_flag=True,
    help="With -o FOLDER: merge each document's drafts into FOLDER/SOURCE.yaml (its source's "
    "file, created if missing) and new subjects into FOLDER/subjects.yaml.",
)
@click.option("--dry-run", is_flag=True, help="Print the diff instead of writing the claims file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in ExtractFormat]),
    default=ExtractFormat.YAML.value,
    show_default=True,
    help="yaml: a claims file; jsonl: one JSON object per mention.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to read documents with (at most one per CPU).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Read documents on the workers of this Dask scheduler (tcp://HOST:PORT); grouping and "
    "merging stay here. Needs pip install 'factcheck[dask]'.",
)
@click.option(
    "--scheduler-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=CONNECT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for the scheduler to answer and for a worker to join.",
)
@click.pass_context
def extract(
    ctx: click.Context, docs: tuple[str, ...], output: str | None, per_source: bool,
    dry_run: bool, fmt: str, jobs: int, scheduler: str | None, scheduler_timeout: float,
) -> None:  # fmt: skip
    """Draft claims (status: draft) from DOCS (.txt, .md, .html).

    DOCS are files, folders (their documents at any depth), globs ('docs/**/*.md') or @FILE, a
    text file listing paths one per line (# comments allowed); folders, globs and lists are read
    as drafting goes, not listed up front.

    With -o, the drafts are merged into the claims file (created if missing): existing claims,
    comments and order are kept, and a number an existing claim already quotes is not drafted
    again. With -o FOLDER --per-source, into one claims file per source in the folder.
    --format jsonl prints one JSON object per mention instead and writes nothing.

    A draft you delete, or set to status: rejected, is not drafted again: extract records the
    drafts it writes (drafted:) and lists a deleted one under rejected: (delete the entry to undo).
    """
    if scheduler is not None:
        _check_scheduler(ctx)
    mapper = _Mapper(jobs, scheduler, scheduler_timeout)
    if _per_source_usage(output, per_source, fmt):
        assert output is not None
        _extract_per_source(docs, output, dry_run, mapper)
        return
    claims = Path(output) if output else None
    writes = claims is not None and not dry_run and ExtractFormat(fmt) is ExtractFormat.YAML
    inputs = dict.fromkeys(docs, "document")
    if claims is not None and writes:  # what is wrong with -o is said before drafting, not after
        files.check_output(claims, protected=inputs, update=True)
    existing = _read_existing(claims)
    display = str(claims) if claims else "claims.yaml"
    units = Units()  # the run's one pint registry: drafting and grouping share it
    vocabulary = _vocabulary(existing, output, units)
    # Source paths are relative to the file written: a symlink's target (see files.write_update).
    base = Path(os.path.realpath(claims)).parent if claims else Path.cwd()
    documents = _draft_with_progress(docs, base, vocabulary, units, mapper)
    if ExtractFormat(fmt) is ExtractFormat.JSONL:
        for line in jsonl_lines(documents):
            _print(line + "\n")
        return
    if claims is None or not writes:
        _emit(_merge(existing, documents, display), existing, display, dry_run)
    else:
        # Read, merge and write under a lock, merging into the file as it is now: a run that
        # wrote since we first read it is kept, never overwritten (drafts are redone if its new
        # subjects would have changed them, as if this run had started after it).
        on_wait = partial(
            click.echo, f"waiting for another run to finish updating {claims}", err=True
        )
        with files.locked(claims, on_wait=on_wait):
            current = _read_existing(claims)
            if current != existing and _vocabulary(current, output, units) != vocabulary:
                vocabulary = _vocabulary(current, output, units)
                documents = _draft_with_progress(docs, base, vocabulary, units, mapper)
            result = _merge(current, documents, display)
            files.write_update(claims, result.text, protected={**inputs, **_read(base, documents)})
            _emit(result, current, display, dry_run, written=True)
    _hint_root(claims.resolve().parent if claims else None, str(claims), _paths(base, documents))


def _per_source_usage(output: str | None, per_source: bool, fmt: str) -> bool:
    """Whether to write one file per source; a usage error for options that do not go with it."""
    folder = output is not None and os.path.isdir(output)
    if per_source and ExtractFormat(fmt) is ExtractFormat.JSONL:
        raise click.UsageError("--per-source writes claims files; --format jsonl writes none")
    if per_source and output is None:
        raise click.UsageError("--per-source needs -o FOLDER, the folder of claims files")
    if per_source and not folder:
        what = "is not a folder" if os.path.lexists(str(output)) else "does not exist"
        raise click.UsageError(
            f"-o {output} {what}: --per-source writes into a folder of claims files "
            "(factcheck creates no folders)"
        )
    if folder and not per_source:
        raise click.UsageError(
            f"-o {output} is a folder: add --per-source to write one claims file per source there"
        )
    return per_source


def _extract_per_source(docs: Sequence[str], folder: str, dry_run: bool, mapper: _Mapper) -> None:
    """`extract -o FOLDER --per-source`: draft, then read, merge and write the folder's files
    under the folder's lock and the lock of each file written (a single-file `extract -o` into
    one of them takes that file's lock), redrafting if another run changed the subjects."""
    inputs = dict.fromkeys(docs, "document")
    units = Units()
    existing = _read_folder(folder)
    corpus = _folder_corpus(folder, existing)
    vocabulary = vocabulary_of(corpus.subjects.values(), units) if corpus else ()
    base = Path(os.path.realpath(folder))
    documents = _draft_with_progress(docs, base, vocabulary, units, mapper)
    resolved = [path.resolve() for path in _paths(base, documents)]
    if dry_run:
        merged = _merge_folder(folder, existing, corpus, documents, resolved)
        for path, text in merged.texts.items():
            _print(_diff(existing.get(path), text, path))
        _say_added(merged)
        return
    with files.locked(folder, on_wait=_waiting(folder)):
        for _ in range(_ATTEMPTS):
            current = _read_folder(folder)
            if current != existing:
                existing, corpus = current, _folder_corpus(folder, current)
                now = vocabulary_of(corpus.subjects.values(), units) if corpus else ()
                if now != vocabulary:
                    vocabulary = now
                    documents = _draft_with_progress(docs, base, vocabulary, units, mapper)
                    resolved = [path.resolve() for path in _paths(base, documents)]
            merged = _merge_folder(folder, existing, corpus, documents, resolved)
            protected = {**inputs, **_read(base, documents)}
            for path in merged.texts:  # what is wrong with one is said before any is written
                files.check_output(path, protected=protected, update=True)
            with ExitStack() as held:
                for path in sorted(merged.texts):
                    held.enter_context(files.locked(path, on_wait=_waiting(path)))
                if _read_folder(folder) != existing:
                    continue  # a run on one of the files wrote meanwhile: merge into it
                for path, text in merged.texts.items():
                    files.write_update(path, text, protected=protected)
                break
        else:
            _fail(f"{folder}: its claims files kept changing while merging; try again")
    _say_added(merged)
    _hint_root(base, folder, _paths(base, documents))


#: Times a per-source extract merges again when a file it writes changed under it.
_ATTEMPTS = 5


def _waiting(path: str | Path) -> Callable[[], None]:
    """Say (once) that another run holds the lock of ``path``."""
    return partial(click.echo, f"waiting for another run to finish updating {path}", err=True)


def _read_folder(folder: str) -> dict[str, str]:
    """The text of each claims file in the folder, by path."""
    found: dict[str, str] = {}
    for path in files_in(folder):
        text = _read_existing(Path(path))
        if text is not None:
            found[path] = text
    return found


def _folder_corpus(folder: str, texts: Mapping[str, str]) -> Corpus | None:
    """What the folder's claims files declare, read as `check` reads them (their documents
    aside); problems located as `check` locates them, exit 2. None if they declare nothing."""
    content = {path: text.encode("utf-8") for path, text in texts.items()}
    holding = []
    for path, raw in content.items():
        try:
            read_yaml(raw, path)
        except EmptyClaimsFile:
            continue  # merged into as a new file
        except InputError:
            pass  # `load` says what is wrong
        holding.append(path)
    if not holding:
        return None
    try:
        return load(ClaimSet(tuple(holding), True, folder), documents=False, content=content)
    except InputError as error:
        exit_invalid(error)


def _merge_folder(
    folder: str,
    existing: Mapping[str, str],
    corpus: Corpus | None,
    documents: Sequence[Document],
    resolved: Sequence[Path],
) -> FolderMerge:
    try:
        drafts = sum(len(d.drafts) for d in documents)
        with _status(f"Merging {drafts:,} drafts", long=drafts >= LONG_MERGE_DRAFTS):
            return merge_per_source(folder, existing, corpus, documents, resolved)
    except MergeError as error:
        _fail(str(error))


def _vocabulary(
    existing: str | None, claims: str | None, units: Units
) -> tuple[VocabularySubject, ...]:
    """The subjects the claims file ``existing`` declares, read as `check` reads the file (its
    documents aside); its problems located as `check` locates them, exit 2. No subjects when there
    is no file yet or it holds nothing (merged into as a new one)."""
    if existing is None or claims is None:
        return ()
    try:
        corpus = load(claims, documents=False, content=existing.encode("utf-8"))
    except EmptyClaimsFile:
        return ()
    except InputError as error:
        exit_invalid(error)
    return vocabulary_of(corpus.subjects.values(), units)


def _check_scheduler(ctx: click.Context) -> None:
    """--scheduler needs Dask's extra and replaces --jobs: say so before reading anything."""
    if ctx.get_parameter_source("jobs") is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError("--jobs and --scheduler cannot be used together", ctx)
    if importlib.util.find_spec("distributed") is None:
        raise click.UsageError(
            f"--scheduler needs Dask's distributed scheduler: {INSTALL_HINT}", ctx
        )


@dataclass(frozen=True)
class _Mapper:
    """Where documents are drafted: ``processes`` here, or the workers of ``scheduler``."""

    processes: int
    scheduler: str | None
    timeout: float


def _jobs(
    docs: Sequence[str], base: Path, vocabulary: tuple[VocabularySubject, ...]
) -> Iterator[Job]:
    for doc in document_paths(docs):
        yield (doc, relative_path(doc, base), vocabulary)


def _paths(base: Path, documents: Sequence[Document]) -> list[Path]:
    """Where the drafted documents are: their paths are relative to ``base``."""
    return [base / document.path for document in documents]


def _read(base: Path, documents: Sequence[Document]) -> dict[str, str]:
    """The documents read, as inputs that no output may overwrite (folders, globs and lists
    name them only as they are read; other processes read them, so files.py cannot know)."""
    return {str(path): "document" for path in _paths(base, documents)}


def _merge(existing: str | None, documents: Sequence[Document], display: str) -> MergeResult:
    try:
        # ruamel.yaml writes some thousand claims a second: say what is going on meanwhile.
        drafts = sum(len(d.drafts) for d in documents)
        with _status(f"Merging {drafts:,} drafts", long=drafts >= LONG_MERGE_DRAFTS):
            return merge(existing, documents, display)
    except MergeError as error:
        _fail(str(error))


def _emit(
    result: MergeResult, existing: str | None, display: str, dry_run: bool, *, written: bool = False
) -> None:
    """Print the diff or the claims file (unless `written`); then say what was added."""
    if dry_run:
        _print(_diff(existing, result.text, display))
    elif not written:
        _print(result.text)
    _say_added(result)


def _diff(existing: str | None, text: str, display: str) -> str:
    """The change to a claims file as a unified diff; for reading, CRLF and CR (line breaks to
    YAML) shown as LF (merge keeps a file's own)."""
    before = _lf(existing or "").splitlines(keepends=True)
    after = _lf(text).splitlines(keepends=True)
    return "".join(difflib.unified_diff(before, after, display, display))


def _say_added(result: MergeResult | FolderMerge) -> None:
    """Say what the drafts added (on stderr)."""
    click.echo(
        f"{plural(result.added_claims, 'draft claim')}, "
        f"{plural(result.added_subjects, 'subject')}, "
        f"{plural(result.added_sources, 'source')} added; {result.skipped} already covered",
        err=True,
    )
    if result.linked:
        click.echo(
            f"{plural(result.linked, 'draft')} {'shares' if result.linked == 1 else 'share'} "
            "a subject with other sources' claims; "
            f"{result.unsure} of them at a chance below {UNSURE} (review those first)",
            err=True,
        )
    if result.rejected:
        click.echo(f"{plural(result.rejected, 'rejected draft')} not drafted again", err=True)
    if result.deleted:
        click.echo(
            f"{plural(result.deleted, 'draft')} deleted since the last extract: listed under "
            "`rejected` and not drafted again",
            err=True,
        )


def _hint_root(folder: Path | None, claims: str, documents: Sequence[Path]) -> None:
    """Say which --root `check` needs when sources lie outside both folders it reads from
    by default: the claims file's folder and the working directory."""
    if folder is None:
        return
    folders = (folder.resolve(), Path.cwd().resolve())  # as check reads it: links followed
    outside = [
        doc for doc in documents if not any(doc.resolve().is_relative_to(f) for f in folders)
    ]
    if outside:
        root = os.path.commonpath([str(doc.resolve().parent) for doc in outside])
        click.echo(
            plain(
                f"note: {len(outside)} sources lie outside {folders[0]} and the working "
                f"directory; check it with `factcheck check {claims} --root {root}`"
            ),
            err=True,
        )


def _read_existing(claims: Path | None) -> str | None:
    if claims is None:
        return None
    try:
        raw = files.read_bytes(claims, what="claims file")
    except files.ReadError as error:
        if error.missing:
            return None
        _fail(str(error.problems[0]))
    try:
        return raw.decode("utf-8")  # merge keeps a BOM and CRLF
    except UnicodeDecodeError:
        _fail(f"{claims}: not valid UTF-8")


#: Documents of this many bytes in all take several seconds to draft: a progress bar shows
#: for them (and for two documents or more), not for a quick run whose output it would clutter.
LONG_EXTRACT_BYTES = 256 * 1024
#: Drafts that take ruamel.yaml a few seconds to merge: a spinner says so meanwhile.
LONG_MERGE_DRAFTS = 2_000


def _draft_with_progress(
    docs: Sequence[str],
    base: Path,
    vocabulary: tuple[VocabularySubject, ...],
    units: Units,
    mapper: _Mapper,
) -> list[Document]:
    """Draft the documents; for a long extract on a terminal with a progress bar (on stderr, gone
    when done) that moves within a document too, so that one 50 MB document is no silent hang.
    A folder, glob or @list is read as drafting goes: its bar counts documents without a total."""
    console = Console(stderr=True)
    draft = partial(
        draft_documents,
        _jobs(docs, base, vocabulary),
        units,
        mapper.processes,
        scheduler=mapper.scheduler,
        timeout=mapper.timeout,
    )
    corpus = is_corpus(docs)
    try:
        if not console.is_terminal or (
            not corpus and len(docs) < 2 and _bytes(docs) < LONG_EXTRACT_BYTES
        ):
            return draft()
        total = None if corpus else len(docs)
        with Progress(console=console, transient=True) as progress:
            what = "documents" if corpus else plural(len(docs), "document")
            task = progress.add_task(f"Extracting {what}", total=total)
            return draft(
                on_progress=lambda done: progress.advance(task, done),
                on_grouping=lambda: progress.update(task, description="Grouping subjects"),
            )
    except UnreadableDocument as error:
        _fail(str(error.problem))
    except (InputsError, ClusterError) as error:
        _fail(str(error))


def _bytes(docs: Sequence[str]) -> int:
    """The documents' size on disk (what cannot be read now is reported when it is read)."""
    total = 0
    for file in docs:
        with suppress(OSError, ValueError):
            total += os.stat(file).st_size
    return total


def _status(message: str, *, long: bool) -> AbstractContextManager[object]:
    """A spinner with ``message`` on stderr while a ``long`` step runs, on a terminal only."""
    console = Console(stderr=True)
    return console.status(message) if long and console.is_terminal else nullcontext()


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _print(text: str) -> None:
    """Standard output, with terminal controls shown escaped on a terminal."""
    click.echo(terminal(text) if sys.stdout.isatty() else text, nl=False)


def _fail(message: str) -> NoReturn:
    click.echo(plain(message), err=True)
    sys.exit(ExitCode.INVALID)

"""The `factcheck extract` command: find documents, draft claims, merge or print them."""

from __future__ import annotations

import difflib
import os
import sys
import tempfile
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import NoReturn

import click
from rich.console import Console
from rich.progress import Progress

from factcheck.extract.merge import (
    UNSURE,
    Document,
    MergeError,
    MergeResult,
    merge,
    parse_existing,
)
from factcheck.extract.run import (
    Job,
    UnreadableDocument,
    draft_documents,
    jsonl_lines,
    relative_path,
    vocabulary_of,
)
from factcheck.formats.base import json_safe, visible
from factcheck.report.findings import ExitCode


class ExtractFormat(StrEnum):
    """What `extract` prints."""

    YAML = "yaml"
    """A claims file with the drafts merged in."""
    JSONL = "jsonl"
    """One JSON object per mention."""


@click.command("extract")
@click.argument("docs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Claims file to merge the drafts into (created if missing).",
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
    help="Processes to read documents with.",
)
def extract(
    docs: tuple[str, ...], output: str | None, dry_run: bool, fmt: str, jobs: int
) -> None:  # fmt: skip
    """Draft claims (status: draft) from DOCS (.txt, .md, .html).

    With -o, the drafts are merged into the claims file (created if missing): existing claims,
    comments and order are kept, and a number an existing claim already quotes is not drafted
    again. --format jsonl prints one JSON object per mention instead and writes nothing.
    """
    claims = Path(output) if output else None
    existing = _read_existing(claims)
    display = str(claims) if claims else "claims.yaml"
    try:
        vocabulary = vocabulary_of(parse_existing(existing, display) if existing else None, display)
    except MergeError as error:
        _fail(str(error))
    base = claims.parent if claims else Path.cwd()
    job_list: list[Job] = [(doc, relative_path(doc, base), vocabulary) for doc in docs]
    documents = _draft_with_progress(job_list, jobs)
    if ExtractFormat(fmt) is ExtractFormat.JSONL:
        for line in jsonl_lines(documents):
            click.echo(json_safe(line))
        return
    try:
        result = merge(existing, documents, display)
    except MergeError as error:
        _fail(str(error))
    _emit(result, existing, claims, display, dry_run)
    _hint_root(claims, documents, docs)


def _emit(
    result: MergeResult, existing: str | None, claims: Path | None, display: str, dry_run: bool
) -> None:
    """Print the diff or the claims file, or write it; then say what was added."""
    if dry_run:
        # For reading: CRLF shown as LF (merge keeps a file's line ends), controls escaped.
        before = (existing or "").replace("\r\n", "\n").splitlines(keepends=True)
        after = result.text.replace("\r\n", "\n").splitlines(keepends=True)
        diff = difflib.unified_diff(before, after, display, display)
        click.echo(visible("".join(diff)), nl=False)
    elif claims is None:
        click.echo(result.text, nl=False)
    else:
        try:
            _write_atomically(claims, result.text)
        except OSError as error:
            _fail(f"{claims}: cannot write: {error.strerror}")
    click.echo(
        f"{result.added_claims} draft claims, {result.added_subjects} subjects, "
        f"{result.added_sources} sources added; {result.skipped} already covered",
        err=True,
    )
    if result.linked:
        click.echo(
            f"{result.linked} drafts share a subject with other sources' claims; "
            f"{result.unsure} of them at a chance below {UNSURE} (review those first)",
            err=True,
        )


def _hint_root(claims: Path | None, documents: Sequence[Document], docs: Sequence[str]) -> None:
    """Say which --root `check` needs when sources lie outside both folders it reads from
    by default: the claims file's folder and the working directory."""
    if claims is None:
        return
    folders = (claims.parent.resolve(), Path.cwd().resolve())
    outside = [
        doc for doc in docs if not any(Path(doc).resolve().is_relative_to(f) for f in folders)
    ]
    if outside:
        root = os.path.commonpath([str(Path(doc).resolve().parent) for doc in outside])
        click.echo(
            f"note: {len(outside)} sources lie outside {folders[0]} and the working directory; "
            f"check it with `factcheck check {claims} --root {root}`",
            err=True,
        )


def _read_existing(claims: Path | None) -> str | None:
    if claims is None or not claims.exists():
        return None
    try:
        return claims.read_bytes().decode("utf-8")  # merge keeps a BOM and CRLF
    except UnicodeDecodeError:
        _fail(f"{claims}: not valid UTF-8")
    except OSError as error:
        _fail(f"{claims}: cannot read: {error.strerror}")


def _draft_with_progress(jobs: Sequence[Job], processes: int) -> list[Document]:
    console = Console(stderr=True)
    try:
        if not console.is_terminal or len(jobs) < 2:
            return draft_documents(jobs, processes)
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("Extracting", total=len(jobs))
            return draft_documents(jobs, processes, lambda: progress.advance(task))
    except UnreadableDocument as error:
        _fail(str(error.problem))


def _write_atomically(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _fail(message: str) -> NoReturn:
    click.echo(visible(" ".join(message.splitlines())), err=True)
    sys.exit(ExitCode.INVALID)

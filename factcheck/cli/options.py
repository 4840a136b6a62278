"""What the commands share: the CLAIMS argument, --root, --output, --fail-on/--strict, and
loading a corpus or exiting 2 with its problems."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from factcheck import _perf, files
from factcheck._perf import paused_gc
from factcheck.check import check
from factcheck.corpus.load import load
from factcheck.corpus.model import reviewed_only
from factcheck.formats.escape import terminal
from factcheck.formats.text import TextFormatter
from factcheck.problems import InputError, Problem
from factcheck.report import baseline
from factcheck.report.findings import ExitCode
from factcheck.report.model import Report
from factcheck.report.policy import FailPolicy

F = TypeVar("F", bound=Callable[..., Any])

CLAIMS = click.argument("claims", nargs=-1, type=click.Path())
"""The claims: a claims file, a folder of claims files or several files; ``claims_named`` gives
the default."""

DEFAULT_CLAIMS = "claims.yaml"
DEFAULT_FOLDER = "claims"


def claims_named(claims: tuple[str, ...]) -> tuple[str, ...]:
    """What CLAIMS names: as given, else ``./claims.yaml``, or the folder ``./claims`` when there
    is no ``claims.yaml`` but that folder exists (so that the pre-commit hook and a bare
    ``factcheck check`` find claims kept in a folder)."""
    if claims:
        return claims
    if not os.path.lexists(DEFAULT_CLAIMS) and os.path.isdir(DEFAULT_FOLDER):
        return (DEFAULT_FOLDER,)
    return (DEFAULT_CLAIMS,)


ROOT = click.option(
    "--root",
    type=click.Path(file_okay=False),
    help="Folder that source paths may be in besides the claims file's folder "
    "(default: the working directory).",
)
"""Where sources may live besides the claims file's folder (``load``'s ``root``)."""

OUTPUT = click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the output to this file."
)


def fail_on_options(fail_on_help: str, strict_help: str) -> Callable[[F], F]:
    """``--fail-on KINDS`` and ``--strict``, with each command's own help text."""

    def decorate(command: F) -> F:
        command = click.option("--strict", is_flag=True, help=strict_help)(command)
        return click.option("--fail-on", metavar="KINDS", help=fail_on_help)(command)

    return decorate


def policy(fail_on: str | None, strict: bool) -> FailPolicy:
    """``--fail-on`` and ``--strict`` as a policy; a usage error (exit 2) for unknown words."""
    try:
        return FailPolicy.parse(fail_on, strict=strict)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--fail-on") from None


def write(text: str, output: str | None) -> None:
    """Print ``text`` (with terminal controls shown escaped on a terminal), or write it to
    ``output``."""
    if output is None:
        click.echo(terminal(text) if sys.stdout.isatty() else text, nl=False)
    else:
        files.write_output(output, text)  # never onto an input; exit 2 when it cannot


def write_chunks(chunks: Iterable[bytes], output: str | None) -> None:
    """``write`` for output made in UTF-8 pieces (``Formatter.chunks``): each piece is written
    as it comes, so a large report is never held whole."""
    if output is not None:
        files.write_output_chunks(output, chunks)  # never onto an input; exit 2 when it cannot
        return
    if sys.stdout.isatty():
        for chunk in chunks:  # pieces end between items, so never inside a character
            click.echo(terminal(chunk.decode("utf-8")), nl=False)
        return
    sys.stdout.flush()
    stream = sys.stdout.buffer
    try:
        for chunk in chunks:
            stream.write(chunk)
        stream.flush()
    except BrokenPipeError:
        # The reader has gone (`| head`): the rest is not wanted, and the exit code still says
        # what the check found. Later writes (at exit) go nowhere instead of failing.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def claims_folder(claims: tuple[str, ...]) -> Path:
    """The folder of the claims: the claims file's, the folder named, or the one that several
    named files share (where `baseline` writes its file unless told)."""
    named = claims_named(claims)
    if len(named) == 1:
        return Path(named[0]) if os.path.isdir(named[0]) else Path(named[0]).parent
    folders = [named_folder if os.path.isdir(named_folder) else os.path.dirname(named_folder)
               for named_folder in named]  # fmt: skip
    try:
        return Path(os.path.commonpath(folders) or ".")
    except ValueError:  # absolute and relative paths mixed
        return Path()


REVIEWED_ONLY = click.option(
    "--reviewed-only",
    is_flag=True,
    help="Leave out draft claims (status: draft): only what reviewers have accepted.",
)


def checked(
    claims: tuple[str, ...],
    root: str | None,
    *,
    coverage: bool = False,
    baseline_file: str | None = None,
    reviewed: bool = False,
) -> Report:
    """Load and check the claims (with coverage and a baseline file as asked; with ``reviewed``
    only the reviewed claims); InputError with located problems when any input is invalid."""
    recorded = _baseline(baseline_file) if baseline_file is not None else None
    with paused_gc():
        corpus = load(claims_named(claims), root=root)
        if reviewed:
            corpus = reviewed_only(corpus)
        report = check(corpus, coverage=coverage, baseline=recorded)
        # The corpus and report live until the command ends, and hold no cycles: frozen, the
        # cyclic collector never walks them again (at a million claims, seconds per walk; and
        # the first collection after a pause would walk everything made during it).
        gc.freeze()
    if len(corpus.claims) >= _perf.PARALLEL_FROM:
        _perf.hold()
    return report


def checked_or_exit(
    claims: tuple[str, ...], root: str | None, *, coverage: bool = False, reviewed: bool = False
) -> Report:
    """``checked``, or the problems on stderr and exit 2."""
    try:
        return checked(claims, root, coverage=coverage, reviewed=reviewed)
    except InputError as error:
        exit_invalid(error)


def exit_invalid(error: InputError) -> NoReturn:
    """Print the problems of invalid input on stderr and exit 2."""
    click.echo(TextFormatter().format_problems(error.problems), err=True, nl=False)
    sys.exit(ExitCode.INVALID)


def _baseline(path: str) -> baseline.Baseline:
    try:
        text = files.read_bytes(path, what="baseline file").decode("utf-8")
    except files.ReadError as error:
        hint = " (write one with `factcheck baseline`)" if error.missing else ""
        raise InputError([Problem(path, 0, 0, error.reason + hint)]) from None
    except UnicodeDecodeError as error:
        raise InputError([Problem(path, 0, 0, f"cannot read: {error}")]) from None
    return baseline.parse(text, path)

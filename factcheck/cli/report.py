"""``factcheck report``: the readable terminal report, with filters."""

from __future__ import annotations

import os
import shutil
import sys

import click

from factcheck.cli.options import (
    CLAIMS,
    REVIEWED_ONLY,
    ROOT,
    checked_or_exit,
    fail_on_options,
    policy,
)
from factcheck.formats.rich_report import RichFormatter, TerminalOptions
from factcheck.report.filters import SHOWN_KINDS, Selection
from factcheck.report.findings import ExitCode

#: Report widths accepted by --width: a wider one is a usage error (exit 2), not a clamp, so a
#: typo such as 100000000 is said rather than laid out (rich builds every line to the width).
MIN_WIDTH, MAX_WIDTH = 60, 1000


def _color(choice: bool | None) -> bool:
    """``--color``/``--no-color`` win; otherwise colour only on a terminal without NO_COLOR."""
    if choice is not None:
        return choice
    return "NO_COLOR" not in os.environ and _stdout_is_tty()


def _stdout_is_tty() -> bool:
    # click.get_text_stream is deprecated (click 8.5) and untyped there; sys.stdout is what
    # click writes to, and what CliRunner replaces in tests.
    return sys.stdout.isatty()


@click.command("report")
@CLAIMS
@click.option("--subject", multiple=True, metavar="ID", help="Only this subject (repeatable).")
@click.option(
    "--source",
    multiple=True,
    metavar="ID",
    help="Only claims of this source, and conflicts that involve it (repeatable).",
)
@click.option(
    "--kind",
    multiple=True,
    type=click.Choice([str(k) for k in SHOWN_KINDS]),
    help="Only the sections of these findings (repeatable; hides consensus and sources).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="Unsupported numbers shown, most specific first (0 shows all).",
)
@click.option(
    "--width",
    type=click.IntRange(min=MIN_WIDTH, max=MAX_WIDTH),
    help=f"Columns, {MIN_WIDTH} to {MAX_WIDTH} (default: the terminal's, or 80 when piped).",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Force colour on or off (default: colour only on a terminal without NO_COLOR).",
)
@fail_on_options(
    "Exit 1 when findings of these kinds or levels are among the selected subjects and "
    "sources (as for check; by default the report only reads and exits 0).",
    "With --fail-on: fail on warnings too.",
)
@REVIEWED_ONLY
@ROOT
def report_command(
    claims: tuple[str, ...], subject: tuple[str, ...], source: tuple[str, ...],
    kind: tuple[str, ...], limit: int, width: int | None, color: bool | None, fail_on: str | None, strict: bool,
    reviewed_only: bool, root: str | None,
) -> None:  # fmt: skip
    """Print the readable report of CLAIMS (default ./claims.yaml; a folder or several files are
    read as one set): summary, conflicts with both quotes side by side, per-subject consensus,
    unsupported numbers and per-source consistency.

    Exit codes: 0 the report was printed, 1 findings that fail --fail-on/--strict (among the
    selected subjects and sources), 2 invalid input or usage. `factcheck check` is the CI gate.
    """
    gate = fail_on is not None or strict
    failing = policy(fail_on, strict)
    selection = Selection.of(subject, source, kind)
    report = checked_or_exit(claims, root, reviewed=reviewed_only)
    if problems := selection.problems(report.corpus):
        raise click.UsageError("\n".join(problems))
    tty = _stdout_is_tty()
    columns = width or (max(60, min(shutil.get_terminal_size().columns, 120)) if tty else 80)
    options = TerminalOptions(width=columns, color=_color(color), selection=selection, limit=limit)
    click.echo(RichFormatter(options).format(report), nl=False, color=options.color)
    sys.exit(ExitCode.FINDINGS if gate and selection.failing(report, failing) else ExitCode.CLEAN)

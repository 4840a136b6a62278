"""The command line: find files, call the core, pick a formatter, set the exit code."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

import click

from factcheck import __version__, baseline
from factcheck.check import check
from factcheck.coverage import with_coverage
from factcheck.export_cli import export
from factcheck.extract.cli import extract
from factcheck.findings import ExitCode
from factcheck.formats import OutputFormat
from factcheck.formats.rich_report import RichFormatter, TerminalOptions
from factcheck.formats.text import TextFormatter
from factcheck.loader import load
from factcheck.policy import FailPolicy
from factcheck.problems import InputError, Problem
from factcheck.report import Report
from factcheck.schema import json_schema_text
from factcheck.selection import SHOWN_KINDS, Selection

CLAIMS = click.argument("claims", default="claims.yaml", type=click.Path(dir_okay=False))
ROOT = click.option(
    "--root",
    type=click.Path(file_okay=False),
    help="Folder that source paths may be in besides the claims file's folder "
    "(default: the working directory).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """factcheck: find contradictions and unsupported numbers across documents."""


#: Report widths accepted by --width: a wider one is a usage error (exit 2), not a clamp, so a
#: typo such as 100000000 is said rather than laid out (rich builds every line to the width).
MIN_WIDTH, MAX_WIDTH = 60, 1000

OUTPUT = click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the output to this file."
)


def _write(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")


def _output_format(fmt: str | None) -> OutputFormat:
    """``--format`` if given; else GitHub annotations inside GitHub Actions, text elsewhere."""
    if fmt is not None:
        return OutputFormat(fmt)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return OutputFormat.GITHUB
    return OutputFormat.TEXT


def _report(claims: str, root: str | None, coverage: bool, baseline_file: str | None) -> Report:
    """Load, check, and add coverage and a baseline as asked; InputError on invalid input."""
    report = check(load(claims, root=root))
    if coverage:
        report = with_coverage(report)
    if baseline_file is not None:
        try:
            text = Path(baseline_file).read_text(encoding="utf-8")
        except FileNotFoundError:
            problem = "baseline file not found (write one with `factcheck baseline`)"
            raise InputError([Problem(baseline_file, 0, 0, problem)]) from None
        except (OSError, UnicodeDecodeError) as error:
            raise InputError([Problem(baseline_file, 0, 0, f"cannot read: {error}")]) from None
        report = baseline.apply(report, baseline.parse(text, baseline_file), baseline_file)
    return report


@main.command("check")
@CLAIMS
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    help="Output format [default: text, or github when GITHUB_ACTIONS=true].",
)
@click.option(
    "--fail-on",
    metavar="KINDS",
    help="Comma-separated finding kinds or levels that fail the check "
    "(default: conflict,unanchored; e.g. 'warning' or 'unsupported').",
)
@click.option("--strict", is_flag=True, help="Fail on warnings too (unsupported numbers).")
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    help="Fail only on findings that this baseline file (from `factcheck baseline`) lacks.",
)
@click.option(
    "--coverage", is_flag=True, help="Report numbers in the sources that no claim's quote covers."
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    metavar="PCT",
    help="Fail when overall coverage is below PCT percent (implies --coverage).",
)
@ROOT
@OUTPUT
def check_command(
    claims: str,
    fmt: str | None,
    fail_on: str | None,
    strict: bool,
    baseline_file: str | None,
    coverage: bool,
    fail_under: float | None,
    root: str | None,
    output: str | None,
) -> None:
    """Validate CLAIMS (default ./claims.yaml) and report findings.

    Exit codes: 0 nothing fails, 1 findings that fail, 2 invalid input or usage.
    """
    policy = _policy(fail_on, strict)
    chosen = _output_format(fmt)
    formatter = chosen.to_formatter()
    try:
        report = _report(claims, root, coverage or fail_under is not None, baseline_file)
    except InputError as error:
        _invalid(formatter.format_problems(error.problems), error, chosen, output)
    _write(formatter.format(report), output)
    code = policy.exit_code(report.findings)
    coverage_now = report.coverage.percent if report.coverage is not None else 100.0
    if fail_under is not None and coverage_now < fail_under:
        click.echo(f"coverage {coverage_now:.1f}% is under --fail-under {fail_under:g}%", err=True)
        code = ExitCode.FINDINGS
    sys.exit(code)


def _policy(fail_on: str | None, strict: bool) -> FailPolicy:
    """``--fail-on`` and ``--strict`` as a policy; a usage error (exit 2) for unknown words."""
    try:
        return FailPolicy.parse(fail_on, strict=strict)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--fail-on") from None


def _invalid(text: str, error: InputError, chosen: OutputFormat, output: str | None) -> NoReturn:
    """Report invalid input (exit 2): the chosen format's output, and the problems on stderr."""
    if chosen is not OutputFormat.TEXT or output is not None:
        _write(text, output)
    if chosen is not OutputFormat.GITHUB or output is not None:
        plain = OutputFormat.TEXT.to_formatter().format_problems(error.problems)
        click.echo(plain, err=True, nl=False)
    sys.exit(ExitCode.INVALID)


@main.command("baseline")
@CLAIMS
@click.option("--coverage", is_flag=True, help="Record untracked numbers too.")
@ROOT
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help=f"Baseline file to write [default: {baseline.FILENAME} beside CLAIMS].",
)
def baseline_command(claims: str, coverage: bool, root: str | None, output: str | None) -> None:
    """Record today's findings of CLAIMS so that `check --baseline` fails only on new ones."""
    try:
        report = _report(claims, root, coverage, None)
    except InputError as error:
        _invalid("", error, OutputFormat.TEXT, None)
    recorded = baseline.record(report.findings)
    target = Path(output) if output else Path(claims).parent / baseline.FILENAME
    target.write_text(baseline.dumps(recorded), encoding="utf-8")
    noun = "finding" if len(recorded.entries) == 1 else "findings"
    click.echo(f"wrote {target}: {len(recorded.entries)} {noun}")


@main.command("schema")
def schema_command() -> None:
    """Print the claims file's JSON Schema (draft-07), for editors and other tools."""
    click.echo(json_schema_text(), nl=False)


def _color(choice: bool | None) -> bool:
    """``--color``/``--no-color`` win; otherwise colour only on a terminal without NO_COLOR."""
    if choice is not None:
        return choice
    return "NO_COLOR" not in os.environ and _stdout_is_tty()


def _stdout_is_tty() -> bool:
    # click.get_text_stream is deprecated (click 8.5) and untyped there; sys.stdout is what
    # click writes to, and what CliRunner replaces in tests.
    return sys.stdout.isatty()


@main.command("report")
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
@click.option(
    "--fail-on",
    metavar="KINDS",
    help="Exit 1 when findings of these kinds or levels are among the selected subjects and "
    "sources (as for check; by default the report only reads and exits 0).",
)
@click.option("--strict", is_flag=True, help="With --fail-on: fail on warnings too.")
@ROOT
def report_command(
    claims: str, subject: tuple[str, ...], source: tuple[str, ...], kind: tuple[str, ...],
    limit: int, width: int | None, color: bool | None, fail_on: str | None, strict: bool,
    root: str | None,
) -> None:  # fmt: skip
    """Print the readable report of CLAIMS (default ./claims.yaml): summary, conflicts with both
    quotes side by side, per-subject consensus, unsupported numbers and per-source consistency.

    Exit codes: 0 the report was printed, 1 findings that fail --fail-on/--strict (among the
    selected subjects and sources), 2 invalid input or usage. `factcheck check` is the CI gate.
    """
    gate = fail_on is not None or strict
    policy = _policy(fail_on, strict)
    selection = Selection.of(subject, source, kind)
    try:
        report = check(load(claims, root=root))
    except InputError as error:
        click.echo(TextFormatter().format_problems(error.problems), err=True, nl=False)
        sys.exit(ExitCode.INVALID)
    if problems := selection.problems(report.corpus):
        raise click.UsageError("\n".join(problems))
    tty = _stdout_is_tty()
    columns = width or (max(60, min(shutil.get_terminal_size().columns, 120)) if tty else 80)
    options = TerminalOptions(width=columns, color=_color(color), selection=selection, limit=limit)
    click.echo(RichFormatter(options).format(report), nl=False, color=options.color)
    sys.exit(ExitCode.FINDINGS if gate and selection.failing(report, policy) else ExitCode.CLEAN)


main.add_command(export)
main.add_command(extract)

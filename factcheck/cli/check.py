"""``factcheck check`` (the CI gate), ``factcheck baseline`` and ``factcheck schema``."""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from factcheck import files
from factcheck.cli.options import (
    CLAIMS,
    OUTPUT,
    REVIEWED_ONLY,
    ROOT,
    checked,
    checked_or_exit,
    claims_folder,
    fail_on_options,
    policy,
    write,
    write_chunks,
)
from factcheck.corpus.schema import json_schema_text
from factcheck.formats import OutputFormat
from factcheck.formats.escape import plain
from factcheck.problems import InputError
from factcheck.report import baseline
from factcheck.report.findings import ExitCode


class Percent(click.FloatRange):
    """A percentage from 0 to 100; NaN, which compares false with both ends, is refused too."""

    def __init__(self) -> None:
        super().__init__(0, 100)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 100.", param, ctx)
        return number


def _output_format(fmt: str | None) -> OutputFormat:
    """``--format`` if given; else GitHub annotations inside GitHub Actions, text elsewhere."""
    if fmt is not None:
        return OutputFormat(fmt)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return OutputFormat.GITHUB
    return OutputFormat.TEXT


@click.command("check")
@CLAIMS
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    help="Output format [default: text, or github when GITHUB_ACTIONS=true].",
)
@fail_on_options(
    "Comma-separated finding kinds or levels that fail the check "
    "(default: conflict,unanchored; e.g. 'warning' or 'unsupported').",
    "Fail on warnings too (unsupported numbers).",
)
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
    type=Percent(),
    metavar="PCT",
    help="Fail when overall coverage is below PCT percent (implies --coverage).",
)
@REVIEWED_ONLY
@ROOT
@OUTPUT
def check_command(
    claims: tuple[str, ...],
    fmt: str | None,
    fail_on: str | None,
    strict: bool,
    baseline_file: str | None,
    coverage: bool,
    fail_under: float | None,
    reviewed_only: bool,
    root: str | None,
    output: str | None,
) -> None:
    """Validate CLAIMS and report findings.

    CLAIMS is a claims file (default ./claims.yaml, or the folder ./claims without it), a folder
    of claims files or several files, checked as one set.

    A finding resting on drafts (status: draft) says so; a conflict resting on a draft grouped at
    a link_chance below 0.5 says "grouping unsure". Claims with status: rejected are left out.

    Exit codes: 0 nothing fails, 1 findings that fail, 2 invalid input or usage.
    """
    failing = policy(fail_on, strict)
    chosen = _output_format(fmt)
    formatter = chosen.to_formatter()
    try:
        report = checked(
            claims,
            root,
            coverage=coverage or fail_under is not None,
            baseline_file=baseline_file,
            reviewed=reviewed_only,
        )
    except InputError as error:
        _invalid(formatter.format_problems(error.problems), error, chosen, output)
    write_chunks(formatter.chunks(report), output)
    code = failing.exit_code(report.findings)
    coverage_now = report.coverage.percent if report.coverage is not None else 100.0
    if fail_under is not None and coverage_now < fail_under:
        click.echo(f"coverage {coverage_now:.1f}% is under --fail-under {fail_under:g}%", err=True)
        code = ExitCode.FINDINGS
    sys.exit(code)


def _invalid(text: str, error: InputError, chosen: OutputFormat, output: str | None) -> NoReturn:
    """Report invalid input (exit 2): the chosen format's output, and the problems on stderr."""
    if chosen is not OutputFormat.TEXT or output is not None:
        write(text, output)
    if chosen is not OutputFormat.GITHUB or output is not None:
        plain = OutputFormat.TEXT.to_formatter().format_problems(error.problems)
        click.echo(plain, err=True, nl=False)
    sys.exit(ExitCode.INVALID)


@click.command("baseline")
@CLAIMS
@click.option("--coverage", is_flag=True, help="Record untracked numbers too.")
@ROOT
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help=f"Baseline file to write [default: {baseline.FILENAME} beside the claims file, or in "
    "the folder of claims files].",
)
def baseline_command(
    claims: tuple[str, ...], coverage: bool, root: str | None, output: str | None
) -> None:
    """Record today's findings of CLAIMS so that `check --baseline` fails only on new ones."""
    report = checked_or_exit(claims, root, coverage=coverage)
    recorded = baseline.record(report.findings)
    target = Path(output) if output else claims_folder(claims) / baseline.FILENAME
    files.write_output(target, baseline.dumps(recorded))  # never onto an input; exit 2 if not
    noun = "finding" if len(recorded.entries) == 1 else "findings"
    click.echo(plain(f"wrote {target}: {len(recorded.entries)} {noun}"))


@click.command("schema")
@click.option(
    "--folder",
    is_flag=True,
    help="The schema of one file of a folder of claims files (sources may be declared in "
    "another file, so no key but version is required).",
)
def schema_command(folder: bool) -> None:
    """Print the claims file's JSON Schema (draft-07), for editors and other tools."""
    click.echo(json_schema_text(folder=folder), nl=False)

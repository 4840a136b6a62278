"""The command line: find files, call the core, pick a formatter, set the exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck import __version__
from factcheck.check import check
from factcheck.export_cli import export
from factcheck.findings import ExitCode
from factcheck.formats import OutputFormat
from factcheck.loader import load
from factcheck.policy import FailPolicy
from factcheck.problems import InputError

CLAIMS = click.argument("claims", default="claims.yaml", type=click.Path(dir_okay=False))
ROOT = click.option(
    "--root",
    type=click.Path(file_okay=False),
    help="Folder that source paths must stay inside (default: the claims file's folder).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """factcheck: find contradictions and unsupported numbers across documents."""


def _write(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")


@main.command("check")
@CLAIMS
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=OutputFormat.TEXT.value,
    show_default=True,
    help="Output format.",
)
@click.option(
    "--fail-on",
    metavar="KINDS",
    help="Comma-separated finding kinds or levels that fail the check "
    "(default: conflict,unanchored; e.g. 'warning' or 'unsupported').",
)
@click.option("--strict", is_flag=True, help="Fail on warnings too (unsupported numbers).")
@ROOT
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the output to a file.")
def check_command(
    claims: str, fmt: str, fail_on: str | None, strict: bool, root: str | None, output: str | None
) -> None:
    """Validate CLAIMS (default ./claims.yaml) and report findings.

    Exit codes: 0 nothing fails, 1 findings that fail, 2 invalid input or usage.
    """
    try:
        policy = FailPolicy.parse(fail_on, strict=strict)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--fail-on") from None
    formatter = OutputFormat(fmt).to_formatter()
    try:
        report = check(load(claims, root=root))
    except InputError as error:
        if fmt != OutputFormat.TEXT:
            _write(formatter.format_problems(error.problems), output)
        click.echo(
            OutputFormat.TEXT.to_formatter().format_problems(error.problems), err=True, nl=False
        )
        sys.exit(ExitCode.INVALID)
    _write(formatter.format(report), output)
    sys.exit(policy.exit_code(report.findings))


main.add_command(export)

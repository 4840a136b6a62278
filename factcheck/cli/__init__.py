"""The command line (click only): each command finds files, calls the core, picks a formatter
and sets the exit code; one module per command group."""

from __future__ import annotations

import click

from factcheck.cli.check import baseline_command, check_command, schema_command
from factcheck.cli.export import export
from factcheck.cli.extract import extract
from factcheck.cli.report import report_command
from factcheck.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """factcheck: find contradictions and unsupported numbers across documents."""


for command in (check_command, baseline_command, schema_command, report_command, export, extract):
    main.add_command(command)

"""The ``factcheck export`` command: write the report as HTML, CSV, GraphML, JSON or ClaimReview."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from factcheck import files
from factcheck.check import check
from factcheck.findings import ExitCode
from factcheck.formats.export import ExportFormat, ExportOptions
from factcheck.formats.text import TextFormatter
from factcheck.loader import load
from factcheck.problems import InputError

_HELP = {
    ExportFormat.HTML: "Self-contained HTML report (opens offline, no network).",
    ExportFormat.CSV: "One row per claim (pandas-readable CSV).",
    ExportFormat.GRAPHML: "The claim graph as GraphML (Gephi, Cytoscape, networkx).",
    ExportFormat.JSON: "The report as JSON (the check --format json contract).",
    ExportFormat.CLAIMREVIEW: "schema.org ClaimReview JSON-LD for contradicted/unsupported claims.",
}


_F = TypeVar("_F", bound=Callable[..., Any])


def _outputs(command: _F) -> _F:
    """One ``--FORMAT FILE`` option per export format."""
    for fmt in reversed(ExportFormat):
        option = click.option(
            f"--{fmt.value}",
            fmt.value,
            metavar="FILE",
            type=click.Path(dir_okay=False, allow_dash=True),
            help=_HELP[fmt] + " '-' writes to standard output.",
        )
        command = option(command)
    return command


@click.command("export")
@click.argument("claims", default="claims.yaml", type=click.Path(dir_okay=False))
@_outputs
@click.option("--title", default="factcheck report", show_default=True, help="HTML page title.")
@click.option("--review-url", metavar="URL", help="Where the ClaimReview items are published.")
@click.option("--publisher", metavar="NAME", help="Organisation publishing the ClaimReview items.")
@click.option(
    "--root",
    type=click.Path(file_okay=False),
    help="Folder that source paths must stay inside (default: the claims file's folder).",
)
def export(
    claims: str,
    title: str,
    review_url: str | None,
    publisher: str | None,
    root: str | None,
    **outputs: str | None,
) -> None:
    """Export the report on CLAIMS (default ./claims.yaml) to one or more files.

    Exit codes: 0 written (findings do not fail an export), 2 invalid input or usage.
    """
    wanted = {ExportFormat(k): v for k, v in outputs.items() if v is not None}
    if not wanted:
        raise click.UsageError(
            "name at least one output: " + ", ".join(f"--{f}" for f in ExportFormat)
        )
    try:
        report = check(load(claims, root=root))
    except InputError as error:
        click.echo(TextFormatter().format_problems(error.problems), err=True, nl=False)
        sys.exit(ExitCode.INVALID)
    for path in wanted.values():  # refuse a bad output before writing any
        if path != "-":
            files.check_output(path)
    options = ExportOptions(title=title, review_url=review_url, publisher=publisher)
    for fmt in ExportFormat:
        if fmt in wanted:
            text = fmt.to_formatter(options).format(report)
            if wanted[fmt] == "-":
                click.echo(text, nl=False)
            else:
                files.write_output(wanted[fmt], text)  # never onto an input; exit 2 if not
    sys.exit(ExitCode.CLEAN)

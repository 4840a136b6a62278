"""The ``factcheck export`` command: write the report as HTML, CSV, GraphML, JSON or ClaimReview."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import click

from factcheck import files
from factcheck.cli.options import CLAIMS, REVIEWED_ONLY, ROOT, checked_or_exit, write_chunks
from factcheck.formats.escape import plain
from factcheck.formats.export import ExportFormat, ExportOptions
from factcheck.report.findings import ExitCode
from factcheck.words import plural

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


def _counted(chunks: Iterable[bytes], written: list[int]) -> Iterator[bytes]:
    """The pieces, adding up their bytes in ``written[0]`` as they pass."""
    for chunk in chunks:
        written[0] += len(chunk)
        yield chunk


@click.command("export")
@CLAIMS
@_outputs
@click.option("--title", default="factcheck report", show_default=True, help="HTML page title.")
@click.option("--review-url", metavar="URL", help="Where the ClaimReview items are published.")
@click.option("--publisher", metavar="NAME", help="Organisation publishing the ClaimReview items.")
@REVIEWED_ONLY
@ROOT
def export(
    claims: tuple[str, ...],
    title: str,
    review_url: str | None,
    publisher: str | None,
    reviewed_only: bool,
    root: str | None,
    **outputs: str | None,
) -> None:
    """Export the report on CLAIMS (default ./claims.yaml; a folder or several files are read
    as one set) to one or more files.

    Exit codes: 0 written (findings do not fail an export), 2 invalid input or usage.
    """
    wanted = {ExportFormat(k): v for k, v in outputs.items() if v is not None}
    if not wanted:
        raise click.UsageError(
            "name at least one output: " + ", ".join(f"--{f}" for f in ExportFormat)
        )
    report = checked_or_exit(claims, root, reviewed=reviewed_only)
    for path in wanted.values():  # refuse a bad output before writing any
        if path != "-":
            files.check_output(path)
    options = ExportOptions(title=title, review_url=review_url, publisher=publisher)
    for fmt in ExportFormat:
        if fmt in wanted:
            target = None if wanted[fmt] == "-" else wanted[fmt]
            written = [0]
            write_chunks(_counted(fmt.to_formatter(options).chunks(report), written), target)
            if target is not None:
                size = plural(written[0], "byte")
                click.echo(plain(f"wrote {target}: {fmt.value}, {size}"), err=True)
    sys.exit(ExitCode.CLEAN)

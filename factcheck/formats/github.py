"""GitHub Actions workflow commands: one annotation per finding, then the full text report."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.formats.base import Formatter, file_region, finding_message, repo_path
from factcheck.formats.escape import github_data, github_property, visible
from factcheck.formats.text import TextFormatter
from factcheck.problems import Problem
from factcheck.report.findings import Finding, Severity
from factcheck.report.model import Report

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


escape_data = github_data
escape_property = github_property


def command(name: str, message: str, **properties: str | int | None) -> str:
    """One workflow command line, e.g. ``::error file=a.md,line=3::text``; None values omitted.
    Terminal controls in the values are shown escaped (``\\x1b``) before the runner's escaping."""
    given = [
        f"{key}={github_property(visible(str(v)))}"
        for key, v in properties.items()
        if v is not None
    ]
    head = f"::{name} {','.join(given)}" if given else f"::{name}"
    return f"{head}::{github_data(visible(message))}"


def annotation(report: Report, finding: Finding) -> str:
    """The workflow command that annotates a finding at its primary location."""
    where = finding.locations[0] if finding.locations else None
    located: dict[str, str | int | None] = {}
    if where is not None:
        located["file"] = repo_path(report.corpus, where)
        line, column, end_line, end_column = file_region(report, where)
        if line > 0:
            located.update(
                line=line,
                col=column if column > 0 else None,
                endLine=end_line,
                endColumn=end_column if column > 0 else None,
            )
    message = finding_message(finding)
    unsure = report.unsure_grouping(finding)
    if unsure is not None:
        message += f" ({unsure.words()})"
    return command(
        _COMMAND[finding.severity],
        message,
        **located,
        title=f"factcheck {finding.kind}",
    )


class GithubFormatter(Formatter):
    """Annotations for the findings that are not suppressed, then the text report, since the
    runner shows only a few annotations per step."""

    def format(self, report: Report) -> str:
        lines = [annotation(report, f) for f in report.findings if f.suppression is None]
        if report.baseline is not None:
            lines += [
                command(
                    "notice",
                    f"{e.kind} {e.fingerprint} is no longer found: {e.message}",
                    file=report.baseline.path,
                    title="factcheck stale baseline entry",
                )
                for e in report.baseline.stale
            ]
        return "".join(f"{line}\n" for line in lines) + TextFormatter().format(report)

    def format_problems(self, problems: Sequence[Problem]) -> str:
        lines = [
            command(
                "error",
                p.message,
                file=p.file,
                line=p.line or None,
                col=p.column or None,
                title="factcheck invalid",
            )
            for p in problems
        ]
        return "".join(f"{line}\n" for line in lines) + TextFormatter().format_problems(problems)

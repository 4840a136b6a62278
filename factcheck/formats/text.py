"""Plain text, like a linter: ``path:line:col: severity kind: message``, then a one-line summary."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.findings import Finding
from factcheck.formats.base import Formatter
from factcheck.problems import Problem
from factcheck.report import Report


def finding_line(finding: Finding) -> str:
    """One finding on one line, located at its primary location."""
    where = finding.locations[0] if finding.locations else None
    prefix = f"{where.path}:{where.line}:{where.column}: " if where else ""
    message = finding.message
    if finding.sides:
        message += " (" + " vs ".join(", ".join(side) for side in finding.sides) + ")"
    line = f"{prefix}{finding.severity} {finding.kind}: {message}"
    if finding.suppressed is not None:
        line += f" [suppressed: {finding.suppressed}]"
    return " ".join(line.splitlines())


def summary_line(report: Report) -> str:
    s = report.summary
    suppressed = sum(1 for f in report.findings if f.suppressed is not None)
    text = (
        f"{s['sources']} sources, {s['subjects']} subjects, {s['claims']} claims: "
        f"{s['conflicts']} conflicts, {s['unsupported']} unsupported, {s['unanchored']} unanchored"
    )
    return text + (f" ({suppressed} suppressed)" if suppressed else "")


class TextFormatter(Formatter):
    def format(self, report: Report) -> str:
        lines = [finding_line(f) for f in report.findings]
        return "\n".join([*lines, summary_line(report)]) + "\n"

    def format_problems(self, problems: Sequence[Problem]) -> str:
        noun = "problem" if len(problems) == 1 else "problems"
        return "".join(f"{p}\n" for p in problems) + f"{len(problems)} {noun}: input is invalid\n"

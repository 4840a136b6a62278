"""Plain text, like a linter: ``path:line:col: severity kind: message``, then a one-line summary."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.formats.base import Formatter, file_region, finding_message
from factcheck.formats.escape import plain
from factcheck.problems import Problem
from factcheck.report.findings import Finding
from factcheck.report.model import Report
from factcheck.rules import SHOWN, section
from factcheck.words import plural


def finding_line(finding: Finding, report: Report) -> str:
    """One finding on one line, located at its primary location in the file (so editors jump
    there: an HTML source's findings point into its markup, not into its visible text)."""
    where = finding.locations[0] if finding.locations else None
    prefix = ""
    if where is not None:
        line_number, column, _, _ = file_region(report, where)
        prefix = f"{plain(where.path)}:{line_number}:{column}: "
    line = f"{prefix}{finding.severity} {finding.kind}: {finding_message(finding)}"
    if finding.suppression is not None:
        line += f" [suppressed: {finding.suppression.words()}]"
    drafts = report.drafts_of(finding)
    if drafts:
        line += f" [{_rests_on(len(drafts), len(finding.claims))}]"
    unsure = report.unsure_grouping(finding)
    if unsure is not None:  # maybe two quantities grouped as one
        line += f" [{unsure.words()}]"
    return plain(" ".join(line.splitlines()))


def _rests_on(drafts: int, claims: int) -> str:
    """``draft`` or ``drafts: 2 of 3 claims``: how much of a finding nobody has reviewed."""
    return "draft" if claims == 1 else f"drafts: {drafts} of {claims} claims"


def summary_line(report: Report) -> str:
    """``3 sources, 4 subjects, 9 claims: 1 conflict, 2 unsupported, 0 unanchored``: the counted
    kinds' words come from ``factcheck.rules.SHOWN``, in number with their counts."""
    s = report.summary
    suppressed = sum(1 for f in report.findings if f.suppression is not None)
    kinds = ", ".join(section(r).count(s[section(r).counted]) for r in SHOWN)
    corpus = ", ".join(plural(s[key], key[:-1]) for key in ("sources", "subjects", "claims"))
    drafts = len(report.drafts)
    if drafts:  # "40 claims (38 drafts)": how much of the corpus nobody has reviewed
        corpus += f" ({plural(drafts, 'draft')})"
    text = f"{corpus}: {kinds}"
    return text + (f" ({suppressed} suppressed)" if suppressed else "")


def baseline_lines(report: Report) -> list[str]:
    """What a baseline did: how many findings it suppressed, and its stale entries."""
    outcome = report.baseline
    if outcome is None:
        return []
    noun = "finding" if outcome.suppressed == 1 else "findings"
    path = plain(outcome.path)
    lines = [f"baseline {path}: {outcome.suppressed} {noun} suppressed"]
    if outcome.stale:
        lines.append(
            f"baseline {path}: {len(outcome.stale)} stale "
            f"{'entry' if len(outcome.stale) == 1 else 'entries'} (no longer found; "
            "run `factcheck baseline` to drop them):"
        )
        lines += [
            plain(f"  {e.kind} {e.fingerprint}: {' '.join(e.message.split())}")
            for e in outcome.stale
        ]
    return lines


def coverage_lines(report: Report) -> list[str]:
    """Coverage per source and overall."""
    coverage = report.coverage
    if coverage is None:
        return []
    paths = {s.id: s.path for s in report.corpus.sources.values()}
    lines = [
        plain(f"coverage {paths[s.source]}: {s.covered}/{s.numbers} numbers ({s.percent:.1f}%)")
        for s in coverage.sources
    ]
    lines.append(
        f"coverage overall: {coverage.covered}/{coverage.numbers} numbers ({coverage.percent:.1f}%)"
    )
    return lines


class TextFormatter(Formatter):
    def format(self, report: Report) -> str:
        lines = [finding_line(f, report) for f in report.findings]
        lines += coverage_lines(report) + baseline_lines(report)
        return "\n".join([*lines, summary_line(report)]) + "\n"

    def format_problems(self, problems: Sequence[Problem]) -> str:
        noun = "problem" if len(problems) == 1 else "problems"
        lines = "".join(f"{plain(str(p))}\n" for p in problems)
        return lines + f"{len(problems)} {noun}: input is invalid\n"

"""SARIF 2.1.0 for code-scanning dashboards: one rule per finding kind, results in the sources."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, assert_never
from urllib.parse import quote

from factcheck.formats.base import Formatter, file_region, finding_message, json_safe, repo_path
from factcheck.problems import Problem
from factcheck.report.findings import DEFAULT_SEVERITY, Finding, Kind, Location, Severity
from factcheck.report.model import Report
from factcheck.version import __version__

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "factcheck/v1"
"""Key of our fingerprint in ``partialFingerprints``."""


@dataclass(frozen=True)
class Rule:
    """What SARIF viewers show about one finding kind."""

    name: str
    short: str
    full: str
    help: str


def rule(kind: Kind) -> Rule:
    """The SARIF rule of a finding kind (exhaustive over ``Kind``)."""
    match kind:
        case Kind.INVALID:
            return Rule(
                "InvalidInput",
                "The claims file or a source document cannot be read or validated.",
                "The claims file has a YAML or schema error, a value or unit that cannot be "
                "parsed or converted, or names a source document that is missing or unreadable. "
                "Nothing is compared until the input is valid.",
                "Fix the input at the reported line and column; the message says what is expected.",
            )
        case Kind.UNANCHORED:
            return Rule(
                "UnanchoredClaim",
                "A claim's quote is not in its source, or its value is not what the quote says.",
                "Every claim quotes its source. When the source is edited so that the quote no "
                "longer occurs, or the claimed value cannot be read from the quote, the claim is "
                "unanchored and left out of all comparisons.",
                "Update the claim's quote to the source's current wording (the message shows the "
                "closest text and what changed) or correct the claim's value.",
            )
        case Kind.CONFLICT:
            return Rule(
                "ConflictingClaims",
                "Sources state incompatible values for the same quantity.",
                "Claims about one subject, in comparable contexts, whose values cannot both be "
                "true: disjoint intervals, ranges whose ends differ, or different labels. Each "
                "finding has two sides; every claim on one side conflicts with every claim on "
                "the other.",
                "Check the sources and correct the wrong one, split the subject or give the claims "
                "different contexts if they measure different things, or accept the conflict on "
                "a claim with a note saying why.",
            )
        case Kind.UNSUPPORTED:
            return Rule(
                "UnsupportedNumber",
                "A specific figure that no other source backs and that cites nothing.",
                "The claim agrees with no claim of another source and cites no reference source, "
                "so a reader has nothing to verify it against.",
                "Cite a reference source that supports it, find a corroborating source, or accept "
                "it on the claim with a note.",
            )
        case Kind.UNTRACKED:
            return Rule(
                "UntrackedNumber",
                "A number in a source document that no claim's quote covers.",
                "Reported with --coverage: numbers in the sources that the claims file does not "
                "record (dates, list numbering, citation markers and bylines are not counted).",
                "Add a claim for the number, or leave it untracked if it is not a claim.",
            )
        case Kind.UNUSED_ACCEPT:
            return Rule(
                "UnusedAcceptance",
                "A claim accepts a finding kind it no longer has.",
                "An accept entry that suppresses nothing would silently hide a future finding of "
                "that kind on the claim.",
                "Remove the kind from the claim's accept list.",
            )
        case _:
            assert_never(kind)


_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    if posixpath.isabs(path):
        return "file://" + quote(path)
    return quote(path)


def _physical(report: Report, location: Location) -> dict[str, Any]:
    uri = _uri(repo_path(report.corpus.path, location))
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    line, column, end_line, end_column = file_region(report, location)
    if line > 0:
        region: dict[str, int] = {"startLine": line, "endLine": end_line}
        if column > 0:
            region.update(startColumn=column, endColumn=end_column)
        physical["region"] = region
    return physical


def _related(report: Report, finding: Finding) -> list[dict[str, Any]]:
    """The other claims of a conflict, or the other places a finding points at."""
    if finding.kind is Kind.CONFLICT:
        placed = []
        for side, claim_ids in enumerate(finding.sides, 1):
            for claim_id in claim_ids:
                result = report.results[claim_id]
                if result.location is not None:
                    text = f'side {side}: claim "{claim_id}" says {result.claim.value.text}'
                    placed.append((result.location, text))
        others = placed[1:]
    else:
        others = [(loc, "closest text to the quote now") for loc in finding.locations[1:]]
    return [
        {"id": n, "physicalLocation": _physical(report, loc), "message": {"text": text}}
        for n, (loc, text) in enumerate(others, 1)
    ]


def _result(report: Report, finding: Finding, index: dict[Kind, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": str(finding.kind),
        "ruleIndex": index[finding.kind],
        "level": _LEVEL[finding.severity],
        "message": {"text": finding_message(finding)},
    }
    if finding.locations:
        result["locations"] = [{"physicalLocation": _physical(report, finding.locations[0])}]
    related = _related(report, finding)
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    if finding.suppressed is not None:
        # Accepted in the claims file is in-source; a baseline is external to it.
        kind = "external" if finding.suppressed.startswith("in baseline") else "inSource"
        result["suppressions"] = [
            {"kind": kind, "status": "accepted", "justification": finding.suppressed}
        ]
    properties: dict[str, Any] = {"claims": list(finding.claims)}
    if finding.subject is not None:
        properties["subject"] = finding.subject
    if finding.sides:
        properties["sides"] = [list(side) for side in finding.sides]
    if finding.extra:
        properties["details"] = dict(finding.extra)
    result["properties"] = properties
    return result


def _log(rules: list[dict[str, Any]], results: list[dict[str, Any]], **run: Any) -> str:
    driver = {"name": "factcheck", "version": __version__, "semanticVersion": __version__}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {**driver, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": results,
                **run,
            }
        ],
    }
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False, allow_nan=False)) + "\n"


def _rules() -> list[dict[str, Any]]:
    rules = []
    for kind in Kind:
        r = rule(kind)
        rules.append(
            {
                "id": str(kind),
                "name": r.name,
                "shortDescription": {"text": r.short},
                "fullDescription": {"text": r.full},
                "help": {"text": r.help},
                "defaultConfiguration": {"level": _LEVEL[DEFAULT_SEVERITY[kind]]},
            }
        )
    return rules


class SarifFormatter(Formatter):
    """A SARIF 2.1.0 log with one run; deterministic (no timestamps, sorted findings)."""

    def format(self, report: Report) -> str:
        index = {kind: n for n, kind in enumerate(Kind)}
        results = [_result(report, f, index) for f in report.findings]
        properties: dict[str, Any] = {"summary": report.summary}
        if report.baseline is not None:
            properties["baseline"] = {
                "file": report.baseline.path,
                "suppressed": report.baseline.suppressed,
                "stale": [e.fingerprint for e in report.baseline.stale],
            }
        if report.coverage is not None:
            properties["coverage"] = {
                "percent": round(report.coverage.percent, 1),
                "sources": {s.source: round(s.percent, 1) for s in report.coverage.sources},
            }
        return _log(_rules(), results, properties=properties)

    def format_problems(self, problems: Sequence[Problem]) -> str:
        index = list(Kind).index(Kind.INVALID)
        results = []
        for problem in problems:
            physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(problem.file)}}
            if problem.line > 0:
                region = {"startLine": problem.line}
                if problem.column > 0:
                    region["startColumn"] = problem.column
                physical["region"] = region
            results.append(
                {
                    "ruleId": str(Kind.INVALID),
                    "ruleIndex": index,
                    "level": "error",
                    "message": {"text": problem.message},
                    "locations": [{"physicalLocation": physical}],
                }
            )
        return _log(_rules(), results)

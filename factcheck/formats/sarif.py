"""SARIF 2.1.0 for code-scanning dashboards: one rule per finding kind, results in the sources."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import quote

from factcheck.formats import json_write
from factcheck.formats.base import Formatter, file_region, finding_message, quote_region, repo_path
from factcheck.problems import Problem
from factcheck.report.data import Fields, Items, group_dict
from factcheck.report.findings import Finding, Kind, Location, Origin, Severity
from factcheck.report.model import Report
from factcheck.rules import RULES
from factcheck.rules.conflict import Dispute
from factcheck.version import __version__

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "factcheck/v2"
"""Key of our fingerprint in ``partialFingerprints``: v2 since fingerprints hash identity (v1, in
0.1.0, hashed display text), so that dashboards do not match the two."""


_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    if posixpath.isabs(path):
        return "file://" + quote(path)
    return quote(path)


def _physical(report: Report, location: Location) -> dict[str, Any]:
    uri = _uri(repo_path(report.corpus, location))
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    line, column, end_line, end_column = file_region(report, location)
    if line > 0:
        region: dict[str, int] = {"startLine": line, "endLine": end_line}
        if column > 0:
            region.update(startColumn=column, endColumn=end_column)
        physical["region"] = region
    context = quote_region(report, location)
    if context is not None:
        physical["contextRegion"] = _region(*context)
    return physical


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _related(report: Report, finding: Finding) -> list[dict[str, Any]]:
    """The other claims of a conflict (for a summarized subject's conflict, the first located claim
    of each value group in dispute), or the other places a finding points at."""
    if isinstance(finding.reason, Dispute):
        placed = []
        for group in finding.reason.groups:
            located = [r for c in group.claims if (r := report.results[c]).location is not None]
            if located:
                assert located[0].location is not None
                claims = f"{len(group.claims)} claim{'s' if len(group.claims) > 1 else ''}"
                text = (
                    f"value group {group.id}: {group.text}, {claims}, first {located[0].claim.id}"
                )
                placed.append((located[0].location, text))
        others = placed[1:]
    elif finding.kind is Kind.CONFLICT:
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
    unsure = report.unsure_grouping(finding)
    if unsure is not None:  # read where the message is read: maybe two quantities as one
        result["message"]["text"] += f" ({unsure.words()})"
    if finding.locations:
        result["locations"] = [{"physicalLocation": _physical(report, finding.locations[0])}]
    related = _related(report, finding)
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
    suppression = finding.suppression
    if suppression is not None:
        # Accepted in the claims file is in-source; a baseline is external to it.
        kind = "external" if suppression.origin is Origin.BASELINE else "inSource"
        result["suppressions"] = [
            {"kind": kind, "status": "accepted", "justification": suppression.words()}
        ]
    properties: dict[str, Any] = {"claims": list(finding.claims)}
    if finding.subject is not None:
        properties["subject"] = finding.subject
    if finding.sides:
        properties["sides"] = [list(side) for side in finding.sides]
    if isinstance(finding.reason, Dispute):
        subject = report.corpus.subjects[finding.subject or ""]
        properties["groups"] = [group_dict(g, subject.unit) for g in finding.reason.groups]
    if finding.extra:
        properties["details"] = dict(finding.extra)
    if unsure is not None:
        properties["groupingUnsure"] = {"chance": unsure.chance, "claims": list(unsure.claims)}
    result["properties"] = properties
    return result


def _log(rules: list[dict[str, Any]], results: Items, **run: Any) -> Fields:
    """The SARIF log with one run; its results are made while the log is written."""
    driver = {"name": "factcheck", "version": __version__, "semanticVersion": __version__}
    members = (
        ("tool", {"driver": {**driver, "rules": rules}}),
        ("columnKind", "unicodeCodePoints"),
        ("results", results),
        *run.items(),
    )
    return Fields(
        (
            ("$schema", SCHEMA_URI),
            ("version", "2.1.0"),
            ("runs", Items(lambda: [Fields(members)])),
        )
    )


def _rules() -> list[dict[str, Any]]:
    """One SARIF rule per finding kind, in the registry's order (``ruleIndex`` counts in it)."""
    return [
        {
            "id": str(r.kind),
            "name": r.sarif.name,
            "shortDescription": {"text": r.sarif.short},
            "fullDescription": {"text": r.sarif.full},
            "help": {"text": r.sarif.help},
            "defaultConfiguration": {"level": _LEVEL[r.severity]},
        }
        for r in RULES
    ]


class SarifFormatter(Formatter):
    """A SARIF 2.1.0 log with one run; deterministic (no timestamps, sorted findings)."""

    def format(self, report: Report) -> str:
        return b"".join(self.chunks(report)).decode("utf-8")

    def chunks(self, report: Report) -> Iterator[bytes]:
        index = {r.kind: n for n, r in enumerate(RULES)}
        results = Items(lambda: (_result(report, f, index) for f in report.findings))
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
        return json_write.chunks(_log(_rules(), results, properties=properties))

    def format_problems(self, problems: Sequence[Problem]) -> str:
        index = [r.kind for r in RULES].index(Kind.INVALID)
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
        return json_write.dumps(_log(_rules(), Items(lambda: results)))

"""JSON: exactly DESIGN.md's contract (plus extra keys), deterministic, parsed-comparable."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from factcheck.formats import json_native, json_write
from factcheck.formats.base import Formatter
from factcheck.problems import Problem
from factcheck.report.data import report_document
from factcheck.report.model import Report


def dumps(data: Any) -> str:
    """JSON text in the layout of ``json.dumps(indent=2)``, unsafe characters escaped."""
    return json_write.dumps(data)


class JsonFormatter(Formatter):
    def format(self, report: Report) -> str:
        return b"".join(self.chunks(report)).decode("utf-8")

    def chunks(self, report: Report) -> Iterator[bytes]:
        return json_write.chunks(report_document(report, json_native.encoders()))

    def format_problems(self, problems: Sequence[Problem]) -> str:
        findings = [
            {
                "kind": "invalid",
                "severity": "error",
                "message": p.message,
                "file": p.file,
                "line": p.line,
                "column": p.column,
            }
            for p in problems
        ]
        return dumps({"version": 1, "findings": findings})

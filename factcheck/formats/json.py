"""JSON: exactly DESIGN.md's contract (plus extra keys), deterministic, parsed-comparable."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.formats.base import Formatter
from factcheck.formats.escape import json_text
from factcheck.problems import Problem
from factcheck.report.model import Report


def dumps(data: Any) -> str:
    return json_text(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)) + "\n"


class JsonFormatter(Formatter):
    def format(self, report: Report) -> str:
        return dumps(report.to_dict())

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

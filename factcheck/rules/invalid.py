"""The ``invalid`` kind: a claims file or source that cannot be read or validated (exit 2)."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.report.findings import Finding, Kind, Severity
from factcheck.rules.base import Evidence, Rule, Sarif


def find(evidence: Evidence) -> Iterable[Finding]:
    """None: invalid input stops before any check (``InputError``, listed as problems); the kind
    exists for its SARIF rule, its severity and its ``--fail-on`` word."""
    return ()


RULE = Rule(
    kind=Kind.INVALID,
    severity=Severity.ERROR,
    noun="invalid finding",
    sarif=Sarif(
        "InvalidInput",
        "The claims file or a source document cannot be read or validated.",
        "The claims file has a YAML or schema error, a value or unit that cannot be "
        "parsed or converted, or names a source document that is missing or unreadable. "
        "Nothing is compared until the input is valid.",
        "Fix the input at the reported line and column; the message says what is expected.",
    ),
    find=find,
)

"""The finding kinds: one module per kind, and the registry everything else derives from.

Each module declares one ``RULE`` (``factcheck.rules.base.Rule``): its ``Kind``, default severity,
the noun that names it in a sentence, its SARIF texts, whether a claim may accept it, its section
in the readable report (which is also its count in the summaries), and ``find``, which builds its
findings from the check's ``Evidence``. The module also defines its finding's ``Reason``: the data
the finding carries and the one place that says it in words.

``RULES`` is an ordered, immutable tuple, and every list of kinds is derived from it:
``DEFAULT_SEVERITY``, ``ACCEPTABLE``, the summaries' counts (``counts``: ``Report.summary``, the
filtered summary, the text summary line), the report sections (``SHOWN``, hence ``--kind``), SARIF's
rules, and ``--fail-on``'s kinds and levels (``factcheck.report.policy``).

Why ``Kind`` stays an enum beside the registry: it is the JSON contract's vocabulary, and as an
enum mypy --strict checks every use of a kind by name (``Kind.CONFLICT``) and every ``match``;
a registry built at run time would leave the type checker blind. So a kind is declared twice, as
an enum member and as a rule, and ``_registry`` refuses to load (so every command and test fails)
unless there is exactly one rule per member, in the enum's order. A new finding kind is then: a
member of ``Kind``, its module here, its line in ``RULES``, and its test. Two things cannot
follow the registry by import, because they sit in lower stages than the rules that read them:
the claims file's schema spells the acceptable kinds itself (``factcheck.corpus.schema``; pydantic
validates with it and the committed JSON Schema shows it), and the HTML page's script draws fixed
sections; ``tests/test_rules.py`` fails when the schema and ``ACCEPTABLE`` differ.

Rules sit between the result value types (``report.findings``, ``report.results``) and the
``Report``: they never import the Report or the check, so the Report's summary and the baseline
can use the registry, and ``check`` runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from factcheck.report.findings import (
    Finding,
    Kind,
    Origin,
    Severity,
    Suppression,
    finding_order,
)
from factcheck.rules import conflict, invalid, unanchored, unsupported, untracked, unused_accept
from factcheck.rules.base import Evidence, Rule, Section

__all__ = [
    "ACCEPTABLE",
    "DEFAULT_SEVERITY",
    "RULES",
    "SHOWN",
    "Evidence",
    "Rule",
    "Section",
    "counts",
    "find",
    "rule",
    "section",
]


def _registry(*rules: Rule) -> tuple[Rule, ...]:
    """The rules in ``Kind`` order, one per kind; TypeError names what is missing or extra."""
    kinds = [r.kind for r in rules]
    if kinds != list(Kind):
        missing = [str(k) for k in Kind if k not in kinds]
        raise TypeError(
            f"factcheck.rules needs one rule per Kind, in Kind's order: got {kinds}"
            + (f"; no rule for {', '.join(missing)}" if missing else "")
        )
    return rules


RULES: tuple[Rule, ...] = _registry(
    invalid.RULE,
    unanchored.RULE,
    conflict.RULE,
    unsupported.RULE,
    untracked.RULE,
    unused_accept.RULE,
)
"""Every finding kind's rule, in ``Kind`` order (the order of SARIF's rules and of findings at
one place)."""

_BY_KIND: Mapping[Kind, Rule] = MappingProxyType({r.kind: r for r in RULES})

DEFAULT_SEVERITY: Mapping[Kind, Severity] = MappingProxyType({r.kind: r.severity for r in RULES})
"""Each kind's severity."""

ACCEPTABLE: tuple[Kind, ...] = tuple(r.kind for r in RULES if r.acceptable)
"""The kinds a claim's ``accept`` list may name, in ``Kind`` order."""


def section(rule: Rule) -> Section:
    """The section of one of ``SHOWN``'s rules."""
    assert rule.section is not None
    return rule.section


SHOWN: tuple[Rule, ...] = tuple(
    sorted((r for r in RULES if r.section is not None), key=lambda r: section(r).place)
)
"""The rules of the kinds the readable report has a section for and the summaries count, in the
order of their sections."""


def rule(kind: Kind) -> Rule:
    """The rule of a kind."""
    return _BY_KIND[kind]


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each shown kind are not suppressed, by the summary's word
    (``conflicts``, ``unsupported``, ``unanchored``), in section order."""
    tally = dict.fromkeys((r.kind for r in SHOWN), 0)
    for finding in findings:
        if finding.suppression is None and finding.kind in tally:
            tally[finding.kind] += 1
    return {section(r).counted: tally[r.kind] for r in SHOWN}


def find(evidence: Evidence) -> tuple[Finding, ...]:
    """Every rule's findings, sorted as reports list them.

    Rules run in registry order and each sees the findings of those before it (``unused-accept``
    needs them all); a finding of an acceptable kind is suppressed when one of its claims accepts
    its kind."""
    found: list[Finding] = []
    for each in RULES:
        new = each.find(replace(evidence, found=tuple(found)))
        found.extend(_accepted(f, evidence) if each.acceptable else f for f in new)
    return tuple(sorted(found, key=finding_order))


def _accepted(finding: Finding, evidence: Evidence) -> Finding:
    """The finding suppressed by the first of its claims that accepts its kind, with its note."""
    for claim_id in finding.claims:
        claim = evidence.results[claim_id].claim
        if str(finding.kind) in claim.accept:
            accepted = Suppression(Origin.ACCEPTED, claim.id, claim.note or "")
            return replace(finding, suppression=accepted)
    return finding

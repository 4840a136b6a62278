"""The rule registry: one rule per finding kind, and every list of kinds derived from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import pytest

from factcheck import check, load
from factcheck.corpus.schema import ClaimModel, json_schema
from factcheck.formats.sarif import SarifFormatter
from factcheck.formats.text import summary_line
from factcheck.report.filters import SHOWN_KINDS, Selection
from factcheck.report.findings import Kind, Reason, Severity
from factcheck.report.policy import DEFAULT_FAIL_ON, FailPolicy
from factcheck.rules import (
    ACCEPTABLE,
    DEFAULT_SEVERITY,
    RULES,
    SHOWN,
    _registry,
    conflict,
    counts,
    rule,
    section,
    unanchored,
    unsupported,
    untracked,
    unused_accept,
)
from tests.conftest import Run

LEGACY_KINDS = Path(__file__).parent / "data" / "legacy-kinds" / "claims.yaml"
"""A corpus with a finding of every kind a check reports (with ``coverage=True``)."""


def test_one_rule_per_kind_in_kind_order() -> None:
    assert [r.kind for r in RULES] == list(Kind)
    assert all(rule(r.kind) is r for r in RULES)


def test_registry_refuses_a_kind_without_rule() -> None:
    with pytest.raises(TypeError, match="no rule for unused-accept"):
        _registry(*RULES[:-1])
    with pytest.raises(TypeError, match="in Kind's order"):
        _registry(*reversed(RULES))


def test_every_rule_is_complete() -> None:
    for r in RULES:
        assert r.noun and r.sarif.name and r.sarif.short and r.sarif.full and r.sarif.help
        assert r.sarif.name[0].isupper() and " " not in r.sarif.name


def test_severities_derive_from_the_rules() -> None:
    assert dict(DEFAULT_SEVERITY) == {r.kind: r.severity for r in RULES}
    assert {r.kind for r in RULES if r.severity is Severity.ERROR} == DEFAULT_FAIL_ON
    with pytest.raises(TypeError):
        DEFAULT_SEVERITY[Kind.CONFLICT] = Severity.INFO  # type: ignore[index]


def test_schema_accepts_exactly_the_acceptable_kinds() -> None:
    """The schema is a lower stage than the rules, so it spells the kinds itself: this keeps it
    honest (both what pydantic validates and the JSON Schema editors read)."""
    assert tuple(r.kind for r in RULES if r.acceptable) == ACCEPTABLE
    annotation = ClaimModel.model_fields["accept"].annotation
    (literal,) = get_args(annotation)
    assert get_args(literal) == tuple(str(k) for k in ACCEPTABLE)
    accept = json_schema()["definitions"]["ClaimModel"]["properties"]["accept"]
    assert accept["items"]["enum"] == [str(k) for k in ACCEPTABLE]


def test_sarif_rules_derive_from_the_registry() -> None:
    log = json.loads(SarifFormatter().format(check(load(LEGACY_KINDS), coverage=True)))
    driver = log["runs"][0]["tool"]["driver"]
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    assert driver["rules"] == [
        {
            "id": str(r.kind),
            "name": r.sarif.name,
            "shortDescription": {"text": r.sarif.short},
            "fullDescription": {"text": r.sarif.full},
            "help": {"text": r.sarif.help},
            "defaultConfiguration": {"level": level[r.severity]},
        }
        for r in RULES
    ]
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {str(k) for k in Kind} - {"invalid"}
    for result in results:
        assert result["level"] == level[rule(Kind(result["ruleId"])).severity]


def test_fail_on_words_derive_from_the_registry() -> None:
    for r in RULES:
        assert r.kind in FailPolicy.parse(str(r.kind)).kinds
    assert FailPolicy.parse("warning").kinds == {
        r.kind for r in RULES if r.severity >= Severity.WARNING
    }
    assert FailPolicy.parse("info").kinds == set(Kind)
    with pytest.raises(ValueError, match="unknown --fail-on value") as raised:
        FailPolicy.parse("conflicts")
    assert str(raised.value).endswith(
        "(choose from "
        + ", ".join([*(str(r.kind) for r in RULES), *map(str, Severity)])
        + ", none)"
    )


def test_summaries_and_sections_derive_from_the_registry() -> None:
    shown = [r for r in RULES if r.section is not None]
    assert list(SHOWN) == sorted(shown, key=lambda r: section(r).place)
    assert tuple(r.kind for r in SHOWN) == SHOWN_KINDS
    report = check(load(LEGACY_KINDS), coverage=True)
    words = [section(r).counted for r in SHOWN]
    assert list(report.summary) == ["sources", "subjects", "claims", *words]
    assert list(Selection(subjects=frozenset({"dreams-share"})).summary(report)) == list(
        report.summary
    )
    for r in SHOWN:
        live = [f for f in report.findings if f.kind is r.kind and f.suppression is None]
        assert (
            report.summary[section(r).counted]
            == len(live)
            == counts(report.findings)[section(r).counted]
        )
        assert f"{len(live)} {section(r).counted}" in summary_line(report)


def test_report_kind_choices_are_the_shown_kinds(run: Run) -> None:
    help_text = run("report", "--help").stdout
    assert "[" + "|".join(str(k) for k in SHOWN_KINDS) + "]" in " ".join(help_text.split())


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (Kind.UNANCHORED, unanchored.NotAnchored),
        (Kind.CONFLICT, conflict.Disagreement),
        (Kind.UNSUPPORTED, unsupported.Unbacked),
        (Kind.UNTRACKED, untracked.Uncovered),
        (Kind.UNUSED_ACCEPT, unused_accept.UnusedAcceptance),
    ],
)
def test_each_rule_finds_its_kind_with_its_reason(kind: Kind, reason: type[Reason]) -> None:
    report = check(load(LEGACY_KINDS), coverage=True)
    found = [f for f in report.findings if f.kind is kind]
    assert found
    for finding in found:
        assert isinstance(finding.reason, reason)
        assert finding.severity is rule(kind).severity
        assert finding.message == finding.reason.words()
        assert len(finding.fingerprint) == 16


def test_only_acceptable_kinds_are_suppressed_by_claims() -> None:
    report = check(load(LEGACY_KINDS), coverage=True)
    accepted = [f for f in report.findings if f.suppression is not None]
    assert [(f.kind, f.claims) for f in accepted] == [(Kind.UNSUPPORTED, ("east-onset",))]
    assert all(rule(f.kind).acceptable for f in accepted)

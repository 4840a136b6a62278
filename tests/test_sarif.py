"""SARIF output: valid against the official 2.1.0 schema, located in the sources, stable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from factcheck.formats.sarif import FINGERPRINT_KEY
from factcheck.report.findings import Kind
from tests.ci_corpus import CLAIMS
from tests.conftest import Run, valid_sarif


def sarif(run: Run, validator: jsonschema.protocols.Validator, *args: str) -> dict[str, Any]:
    result = run("check", "--format", "sarif", *args)
    assert result.exit_code in (0, 1), result.output
    return valid_sarif(validator, result.stdout)


def results_of(log: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [r for r in log["runs"][0]["results"] if r["ruleId"] == kind]


def test_valid_with_one_rule_per_kind(corpus: Path, run: Run, sarif_validator: Any) -> None:
    log = sarif(run, sarif_validator)
    assert log["version"] == "2.1.0"
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [str(k) for k in Kind]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"]
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_conflict_located_at_quote_with_related_claims(
    corpus: Path, run: Run, sarif_validator: Any
) -> None:
    log = sarif(run, sarif_validator)
    (conflict,) = results_of(log, "conflict")
    assert conflict["level"] == "error"
    location = conflict["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "articles/gamma.md"
    # "usual daily amount is 0.5 to 4.5 mg" is on line 3 from column 5 to 39: the region is its
    # number "0.5" (columns 27 to 29), the context region the whole quote.
    assert location["region"] == {"startLine": 3, "startColumn": 27, "endLine": 3, "endColumn": 30}
    assert location["contextRegion"] == {
        "startLine": 3,
        "startColumn": 5,
        "endLine": 3,
        "endColumn": 40,
    }
    related = conflict["relatedLocations"]
    uris = [r["physicalLocation"]["artifactLocation"]["uri"] for r in related]
    assert uris == ["articles/alpha.md", "articles/beta.txt"]
    assert related[0]["physicalLocation"]["region"]["startLine"] == 5
    assert 'claim "alpha-dose" says 1.5-4.5 mg' in related[0]["message"]["text"]
    assert conflict["properties"]["sides"] == [["gamma-dose"], ["alpha-dose", "beta-dose"]]
    assert conflict["message"]["text"] == (
        "Typical daily dose: lower bound 0.5 mg vs 1.5 mg (gamma-dose vs alpha-dose, beta-dose)"
    )


def test_levels_and_fingerprints(corpus: Path, run: Run, sarif_validator: Any) -> None:
    json_findings = __import__("json").loads(run("check", "--format", "json").stdout)["findings"]
    log = sarif(run, sarif_validator)
    levels = {r["ruleId"]: r["level"] for r in log["runs"][0]["results"]}
    assert levels == {"conflict": "error", "unsupported": "warning"}
    fingerprints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"]]
    assert fingerprints == [f["fingerprint"] for f in json_findings]


def test_untracked_numbers_are_notes(corpus: Path, run: Run, sarif_validator: Any) -> None:
    log = sarif(run, sarif_validator, "--coverage")
    (untracked,) = results_of(log, "untracked")
    assert untracked["level"] == "note"
    region = untracked["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (6, 8, 11)
    assert log["runs"][0]["properties"]["coverage"]["percent"] == 91.7


def test_uris_are_relative_to_the_working_directory(
    corpus: Path, run: Run, sarif_validator: Any, monkeypatch: Any
) -> None:
    monkeypatch.chdir(corpus.parent.parent)
    log = sarif(run, sarif_validator, f"{corpus.parent.name}/claims.yaml")
    (conflict,) = results_of(log, "conflict")
    uri = conflict["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == f"{corpus.parent.name}/articles/gamma.md"


def test_accepted_finding_is_suppressed_in_source(
    corpus: Path, run: Run, sarif_validator: Any
) -> None:
    accepted = CLAIMS.replace(
        "    quote: usual daily amount is 0.5 to 4.5 mg\n",
        "    quote: usual daily amount is 0.5 to 4.5 mg\n"
        "    accept: [conflict]\n    note: the pharmacy starts lower on purpose\n",
    )
    corpus.write_text(accepted, encoding="utf-8")
    result = run("check", "--format", "sarif")
    assert result.exit_code == 0
    (conflict,) = results_of(valid_sarif(sarif_validator, result.stdout), "conflict")
    (suppression,) = conflict["suppressions"]
    assert suppression["kind"] == "inSource"
    assert "the pharmacy starts lower on purpose" in suppression["justification"]


def test_invalid_input_is_valid_sarif(corpus: Path, run: Run, sarif_validator: Any) -> None:
    corpus.write_text(CLAIMS.replace("value: 57%", "value: 57 parsecs"), encoding="utf-8")
    result = run("check", "--format", "sarif")
    assert result.exit_code == 2
    log = valid_sarif(sarif_validator, result.stdout)
    (problem,) = log["runs"][0]["results"]
    assert problem["ruleId"] == "invalid"
    assert problem["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "claims.yaml"
    assert problem["locations"][0]["physicalLocation"]["region"]["startLine"] > 1
    assert "claims.yaml:" in result.stderr


def test_output_is_byte_identical_across_runs(corpus: Path, run: Run) -> None:
    first = run("check", "--format", "sarif", "--coverage").stdout
    assert first == run("check", "--format", "sarif", "--coverage").stdout
    assert "Time" not in first  # no timestamps (startTimeUtc, endTimeUtc)


def test_drifted_quote_points_at_claims_and_closest_text(
    corpus: Path, run: Run, sarif_validator: Any
) -> None:
    alpha = corpus.parent / "articles/alpha.md"
    alpha.write_text(alpha.read_text("utf-8").replace("and 4.5 mg", "and 5 mg"), "utf-8")
    log = sarif(run, sarif_validator)
    (unanchored,) = results_of(log, "unanchored")
    primary = unanchored["locations"][0]["physicalLocation"]
    assert primary["artifactLocation"]["uri"] == "claims.yaml"
    (related,) = unanchored["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "articles/alpha.md"
    assert related["physicalLocation"]["region"]["startLine"] == 5
    assert unanchored["properties"]["details"]["changes"] == '"4.5" became "5"'

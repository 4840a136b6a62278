"""The shipped example corpus (claims.yaml + examples/ldn/) tells the story docs/example-corpus.md describes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck import Report, check, load
from factcheck.cli import main
from factcheck.text.documents import normalize

CLAIMS = Path(__file__).resolve().parents[1] / "claims.yaml"

TYPICAL_DOSE_HIGH_END_LOW = ("immune-support-guide-typical-dose", "clinic-blog-typical-dose")
TYPICAL_DOSE_LOW_END_HIGH = ("wellness-overview-typical-dose", "practitioner-uses-typical-dose")
STANDARD_DOSE = (
    "immune-support-guide-standard-dose",
    "pharmacy-explainer-standard-dose",
    "clinic-blog-standard-dose",
)
FIBROMYALGIA_MEASURES = (
    "immune-support-guide-fibromyalgia-pain-reduction",
    "pharmacy-explainer-fibromyalgia-significant-share",
    "pharmacy-explainer-fibromyalgia-improved-share",
)
PATIENT_STATISTICS = (
    "pharmacy-explainer-ms-fewer-attacks",
    "pharmacy-explainer-ms-cohort-size",
    "pharmacy-explainer-cancer-response-share",
    "pharmacy-explainer-cancer-cohort-size",
    "immune-support-guide-crohns-milder-symptoms",
    "immune-support-guide-crohns-remission",
    "immune-support-guide-crohns-healing",
)

CONTRADICTED = (
    *TYPICAL_DOSE_HIGH_END_LOW,
    *TYPICAL_DOSE_LOW_END_HIGH,
    "practitioner-uses-dosing-time",
    "wellness-overview-dosing-time",
)
CORROBORATED = (
    *STANDARD_DOSE,
    "pharmacy-explainer-fibromyalgia-trial-count",
    "clinic-blog-fibromyalgia-trial-count",
)


@pytest.fixture(scope="module")
def result() -> tuple[int, dict[str, Any]]:
    """Exit code and parsed JSON of `factcheck check --format json` on the shipped corpus."""
    run = CliRunner().invoke(main, ["check", "--format", "json", str(CLAIMS)])
    return run.exit_code, json.loads(run.stdout)


def _findings(result: tuple[int, dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [f for f in result[1]["findings"] if f["kind"] == kind]


def _status(result: tuple[int, dict[str, Any]], claim_id: str) -> str:
    (claim,) = [c for c in result[1]["claims"] if c["id"] == claim_id]
    status: str = claim["status"]
    return status


def _sides(finding: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset(side) for side in finding["sides"]}


def test_conflicts_fail_the_check(result: tuple[int, dict[str, Any]]) -> None:
    assert result[0] == 1


def test_every_quote_is_anchored(result: tuple[int, dict[str, Any]]) -> None:
    assert _findings(result, "unanchored") == []
    assert result[1]["summary"]["unanchored"] == 0


def test_typical_dose_ranges_conflict_on_the_lower_end(
    result: tuple[int, dict[str, Any]],
) -> None:
    (conflict,) = [
        f for f in _findings(result, "conflict") if f["subject"] == "ldn-typical-daily-dose"
    ]
    assert _sides(conflict) == {
        frozenset(TYPICAL_DOSE_HIGH_END_LOW),
        frozenset(TYPICAL_DOSE_LOW_END_HIGH),
    }
    assert sorted(conflict["claims"]) == sorted(
        TYPICAL_DOSE_HIGH_END_LOW + TYPICAL_DOSE_LOW_END_HIGH
    )
    for claim_id in TYPICAL_DOSE_HIGH_END_LOW + TYPICAL_DOSE_LOW_END_HIGH:
        assert _status(result, claim_id) == "contradicted"


def test_bedtime_and_flexible_timing_conflict(result: tuple[int, dict[str, Any]]) -> None:
    (conflict,) = [f for f in _findings(result, "conflict") if f["subject"] == "ldn-dosing-time"]
    assert _sides(conflict) == {
        frozenset({"practitioner-uses-dosing-time"}),
        frozenset({"wellness-overview-dosing-time"}),
    }


def test_only_the_dose_and_timing_conflicts(result: tuple[int, dict[str, Any]]) -> None:
    subjects = sorted(f["subject"] for f in _findings(result, "conflict"))
    assert subjects == ["ldn-dosing-time", "ldn-typical-daily-dose"]
    assert result[1]["summary"]["conflicts"] == 2


def test_as_little_as_a_tenth_of_a_milligram_is_flagged(
    result: tuple[int, dict[str, Any]],
) -> None:
    assert _status(result, "pharmacy-explainer-lowest-dose") == "unsupported"
    flagged = {c for f in _findings(result, "unsupported") for c in f["claims"]}
    assert "pharmacy-explainer-lowest-dose" in flagged


def test_full_dose_range_and_single_figure_agree(result: tuple[int, dict[str, Any]]) -> None:
    for claim_id in STANDARD_DOSE:
        assert _status(result, claim_id) == "corroborated"
    involved = {c for f in result[1]["findings"] for c in f["claims"]}
    assert involved.isdisjoint(STANDARD_DOSE)


def test_fibromyalgia_measures_never_conflict_and_are_each_unsupported(
    result: tuple[int, dict[str, Any]],
) -> None:
    in_conflict = {c for f in _findings(result, "conflict") for c in f["claims"]}
    assert in_conflict.isdisjoint(FIBROMYALGIA_MEASURES)
    flagged = {c for f in _findings(result, "unsupported") for c in f["claims"]}
    for claim_id in FIBROMYALGIA_MEASURES:
        assert _status(result, claim_id) == "unsupported"
        assert claim_id in flagged


@pytest.mark.parametrize("claim_id", PATIENT_STATISTICS)
def test_uncited_patient_statistics_are_unsupported(
    result: tuple[int, dict[str, Any]], claim_id: str
) -> None:
    assert _status(result, claim_id) == "unsupported"


def test_fibromyalgia_trial_counts_corroborate_across_sources(
    result: tuple[int, dict[str, Any]],
) -> None:
    assert _status(result, "pharmacy-explainer-fibromyalgia-trial-count") == "corroborated"
    assert _status(result, "clinic-blog-fibromyalgia-trial-count") == "corroborated"


def test_every_other_claim_is_an_unsupported_number(result: tuple[int, dict[str, Any]]) -> None:
    claims = result[1]["claims"]
    decided = {c["id"]: c["status"] for c in claims if c["status"] != "unsupported"}
    assert decided == {
        **dict.fromkeys(CONTRADICTED, "contradicted"),
        **dict.fromkeys(CORROBORATED, "corroborated"),
    }
    others = {c["id"] for c in claims} - set(CONTRADICTED) - set(CORROBORATED)
    assert {c["id"] for c in claims if c["status"] == "unsupported"} == others
    flagged = [f["claims"] for f in _findings(result, "unsupported")]
    assert sorted(c for ids in flagged for c in ids) == sorted(others)
    assert all(len(ids) == 1 for ids in flagged)


@pytest.fixture(scope="module")
def report() -> Report:
    return check(load(CLAIMS))


def test_every_span_holds_its_quote(report: Report) -> None:
    for claim in report.corpus.claims:
        location = report.results[claim.id].location
        assert location is not None, claim.id
        text = report.corpus.sources[claim.source].text.text
        assert normalize(text[location.span[0] : location.span[1]]) == normalize(claim.quote)


def test_html_source_is_read_as_visible_text_only(report: Report) -> None:
    text = report.corpus.sources["pharmacy-explainer"].text.text
    # Entities are decoded, &nbsp; is a space, and <title>, <style> and <script> are not content.
    assert "Houston & Sugar Land" in text
    assert "just 3 mg a day" in text
    assert "&" + "amp;" not in text and "\u00a0" not in text
    for hidden in ("What It Treats | Bayou", "728x90", "delaySeconds", "15% off"):
        assert hidden not in text

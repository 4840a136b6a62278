"""Two figures under one subject that check did not compare (together21): advice said to hold
"however long it has been" against another page's advice for a delay of time, which that
page's condition took out of the general comparison (``grouping/conceded.py``). End to end:
documents written, extract and check run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.grouping.conceded import _CONCESSION_RE, _TIME_CONDITION_RE
from tests.common import extract_and_check

#: A page whose advice holds for every delay, and one whose advice holds past a delay only.
CONDITIONAL = (
    "Tetanus boosters\n\nIf more than ten years pass between boosters, you will need to restart "
    "the vaccine schedule from the first dose.\n"
)
CONCEDED = (
    "Tetanus boosters\n\nThere is no need to restart the vaccine schedule, however long it has "
    "been since your last booster.\n"
)
#: The same advice, said without a concession: the general advice is no advice about a delay.
PLAIN = "Tetanus boosters\n\nThere is no need to restart the vaccine schedule.\n"


def _advice(data: dict[str, object]) -> list[dict[str, object]]:
    claims = data["claims"]
    assert isinstance(claims, list)
    return [c for c in claims if c["value"] in ("do", "do not")]


def _conflicts(report: dict[str, object]) -> list[str]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return [f["message"] for f in findings if f["kind"] == "conflict"]


def test_advice_conceded_for_every_delay_meets_the_advice_for_a_long_delay(
    tmp_path: Path,
) -> None:
    data, report = extract_and_check(
        tmp_path, {"clinic.md": CONDITIONAL, "surgery.md": CONCEDED}, exit_code=1
    )
    advice = _advice(data)
    assert len({c["subject"] for c in advice}) == 1, advice
    # Both now speak of a delay of more than ten years, and disagree on it.
    assert {str(c.get("context", {}).get("condition")) for c in advice} == {
        "more than ten years pass between"
    }
    assert any("do vs do not" in m or "do not vs do" in m for m in _conflicts(report))


def test_advice_without_a_concession_stays_out_of_the_conditional_comparison(
    tmp_path: Path,
) -> None:
    data, report = extract_and_check(tmp_path, {"clinic.md": CONDITIONAL, "surgery.md": PLAIN})
    advice = _advice(data)
    assert len({c["subject"] for c in advice}) == 1, advice
    general = [c for c in advice if "condition" not in c.get("context", {})]
    assert [c["value"] for c in general] == ["do not"]
    assert not any("do vs do not" in m or "do not vs do" in m for m in _conflicts(report))


def test_a_conceded_advice_that_meets_a_general_one_keeps_its_general_comparison(
    tmp_path: Path,
) -> None:
    """A third page's general advice: the conceded one stays general, compared with it."""
    third = "Tetanus boosters\n\nYou must restart the vaccine schedule.\n"
    data, report = extract_and_check(
        tmp_path,
        {"clinic.md": CONDITIONAL, "surgery.md": CONCEDED, "forum.md": third},
        exit_code=1,
    )
    conceded = [c for c in _advice(data) if c["source"].startswith("surgery")]
    assert conceded and all("condition" not in c.get("context", {}) for c in conceded)
    assert _conflicts(report)


@pytest.mark.parametrize(
    ("said", "concedes"),
    [
        ("however long it has been since your first dose", True),
        ("no matter how late the second dose is", True),
        ("whatever the gap between the doses", True),
        ("regardless of how long you waited", True),
        ("regardless of the delay", True),
        ("however much you weigh", False),
        ("however you feel about it", False),
        ("whatever the weather", False),
    ],
)
def test_a_concession_is_one_over_time(said: str, concedes: bool) -> None:
    assert (_CONCESSION_RE.search(said) is not None) is concedes


@pytest.mark.parametrize(
    ("condition", "of_time"),
    [
        ("more than a year passes between", True),
        ("the second dose is late", True),
        ("you are pregnant", False),
        ("migraine", False),
    ],
)
def test_only_a_condition_of_time_is_conceded(condition: str, of_time: bool) -> None:
    assert (_TIME_CONDITION_RE.search(condition) is not None) is of_time

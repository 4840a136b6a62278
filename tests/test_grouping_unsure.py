"""'Grouping unsure' where conflicts are read: a conflict resting on a draft that the pair model
joined to the other sources' claims at a low chance (``link_chance`` below 0.5) says so, with
the chance, in check (text, JSON, SARIF, GitHub), the terminal report and the HTML page; a
reviewed claim, or one whose link_chance was deleted, is not marked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.common import write
from tests.conftest import Run

FILES = {
    "a.md": "Trials lasted 8 weeks on average.\n",
    "b.md": "The insomnia trial ran for 17 weeks.\n",
    "claims.yaml": """
        version: 1
        sources:
          - {id: a, path: a.md}
          - {id: b, path: b.md}
        subjects:
          - {id: trial, label: Trial duration, unit: week}
        claims:
          - id: a-trial
            source: a
            subject: trial
            value: 8 weeks
            quote: Trials lasted 8 weeks
            status: draft
            link_chance: 0.34  # same quantity as other sources?
          - id: b-trial
            source: b
            subject: trial
            value: 17 weeks
            quote: trial ran for 17 weeks
            status: draft
            link_chance: 0.46
        """,
}
MARK = "grouping unsure: chance 0.34"


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    return write(tmp_path, FILES)


def test_check_text_says_grouping_unsure_with_the_lowest_chance(claims: Path, run: Run) -> None:
    result = run("check", str(claims))
    assert result.exit_code == 1
    (conflict,) = [line for line in result.stdout.splitlines() if "conflict:" in line]
    assert conflict.endswith(f"[drafts: 2 of 2 claims] [{MARK}]")


def test_json_carries_the_chance_and_the_drafts_joined_below_it(claims: Path, run: Run) -> None:
    report = json.loads(run("check", str(claims), "--format", "json").stdout)
    (conflict,) = report["findings"]
    assert conflict["grouping_unsure"] == {"chance": 0.34, "claims": ["a-trial", "b-trial"]}


def test_sarif_and_github_say_it_where_the_message_is_read(
    claims: Path, run: Run, sarif_validator: Any
) -> None:
    sarif = json.loads(run("check", str(claims), "--format", "sarif").stdout)
    sarif_validator.validate(sarif)
    (result,) = sarif["runs"][0]["results"]
    assert result["message"]["text"].endswith(f"({MARK})")
    assert result["properties"]["groupingUnsure"]["chance"] == 0.34
    github = run("check", str(claims), "--format", "github").stdout.splitlines()
    assert github[0].startswith("::error ") and github[0].endswith(f"({MARK})")


def test_the_terminal_report_marks_the_conflict(claims: Path, run: Run) -> None:
    result = run("report", str(claims), "--no-color", "--width", "80")
    assert result.exit_code == 0
    assert f"(rests on 2 drafts) ({MARK})" in " ".join(result.stdout.split())
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Both reviewed: the grouping was looked at.
        ("status: draft\n", "status: reviewed\n"),
        # Both chances deleted by the reviewer.
        ("            link_chance: 0.34  # same quantity as other sources?\n", ""),
        # At or above 0.5: a likely join.
        ("link_chance: 0.34", "link_chance: 0.5"),
    ],
)
def test_a_reviewed_or_likely_grouping_is_not_marked(
    tmp_path: Path, run: Run, old: str, new: str
) -> None:
    text = FILES["claims.yaml"].replace(old, new)
    text = text.replace("link_chance: 0.46", "link_chance: 0.9" if new else "")
    claims = write(tmp_path, {**FILES, "claims.yaml": text})
    result = run("check", str(claims))
    assert "conflict:" in result.stdout and "grouping unsure" not in result.stdout
    report = json.loads(run("check", str(claims), "--format", "json").stdout)
    assert "grouping_unsure" not in report["findings"][0]


def test_one_reviewed_side_leaves_the_other_drafts_chance(tmp_path: Path, run: Run) -> None:
    text = FILES["claims.yaml"].replace(
        "status: draft\n            link_chance: 0.34",
        "status: reviewed\n            link_chance: 0.34",
    )
    claims = write(tmp_path, {**FILES, "claims.yaml": text})
    report = json.loads(run("check", str(claims), "--format", "json").stdout)
    assert report["findings"][0]["grouping_unsure"] == {"chance": 0.46, "claims": ["b-trial"]}


@pytest.mark.parametrize("chance", ["1.5", "-0.1", "'0.3'", "true"])
def test_a_chance_out_of_place_is_located(tmp_path: Path, run: Run, chance: str) -> None:
    claims = write(tmp_path, {**FILES, "claims.yaml": FILES["claims.yaml"].replace("0.46", chance)})
    result = run("check", str(claims))
    assert result.exit_code == 2
    assert result.stderr.startswith(f'{claims}:21:18: link_chance in claim "b-trial"')

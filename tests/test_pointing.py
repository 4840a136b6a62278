"""Findings point editors at the number a claim states, not at the start of its quote; the JSON
keeps the quote's span beside the number's (issue 15, "also found by trying it as a new user")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

# Each case: the article's line, the claim's quote and value, and the number the finding must
# point at (its text, which occurs once on the line).
CASES = [
    pytest.param(
        "The clinic first opened its doors in 1984, said its founder.",
        "in 1984, said its founder",
        "1984",
        "1984",
        id="year-mid-quote",
    ),
    pytest.param(
        "Most adults were told a dose of about 0.5 to 4.5 mg each night works.",
        "a dose of about 0.5 to 4.5 mg each night",
        "0.5-4.5 mg",
        "0.5",
        id="range-points-at-low-end",
    ),
    pytest.param(
        "In the survey, roughly two thirds of patients, or 66%, felt better.",
        "roughly two thirds of patients, or 66%, felt better",
        "66%",
        "66%",
        id="percent-after-words",
    ),
]


def _corpus(tmp_path: Path, line: str, quote: str, value: str, *, html: bool = False) -> Path:
    article = tmp_path / ("a.html" if html else "a.md")
    if html:
        article.write_text(
            f'<html><body>\n<nav><a href="/">Home</a></nav>\n<p class="lead">{line}</p>\n'
            "</body></html>\n",
            encoding="utf-8",
        )
    else:
        article.write_text(f"# Notes\n\n{line}\n", encoding="utf-8")
    unit = '"%"' if value.endswith("%") else ("mg" if "mg" in value else "null")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\n"
        f"sources:\n  - id: a\n    path: {article.name}\n"
        f"subjects:\n  - id: s\n    label: A figure\n    unit: {unit}\n"
        f'claims:\n  - id: c\n    source: a\n    subject: s\n    value: "{value}"\n'
        f'    quote: "{quote}"\n',
        encoding="utf-8",
    )
    return claims


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize(("line", "quote", "value", "number"), CASES)
def test_text_github_and_sarif_point_at_the_number(
    tmp_path: Path, line: str, quote: str, value: str, number: str
) -> None:
    claims = _corpus(tmp_path, line, quote, value)
    column = line.index(number) + 1
    assert column != line.index(quote) + 1  # the case is worth testing: quote and number differ

    text = _run("check", str(claims), "--strict")
    assert f"a.md:3:{column}: warning unsupported" in text

    github = _run("check", str(claims), "--format", "github")
    assert f"line=3,col={column},endLine=3,endColumn={column + len(number)}" in github

    sarif = json.loads(_run("check", str(claims), "--format", "sarif"))
    [result] = sarif["runs"][0]["results"]
    physical = result["locations"][0]["physicalLocation"]
    assert physical["region"] == {
        "startLine": 3,
        "startColumn": column,
        "endLine": 3,
        "endColumn": column + len(number),
    }
    start = line.index(quote) + 1
    assert physical["contextRegion"] == {
        "startLine": 3,
        "startColumn": start,
        "endLine": 3,
        "endColumn": start + len(quote),
    }


@pytest.mark.parametrize(("line", "quote", "value", "number"), CASES)
def test_json_keeps_the_quote_span_and_adds_the_number(
    tmp_path: Path, line: str, quote: str, value: str, number: str
) -> None:
    claims = _corpus(tmp_path, line, quote, value)
    data = json.loads(_run("check", str(claims), "--format", "json"))
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    [claim] = data["claims"]
    start, end = claim["span"]
    assert text[start:end] == quote
    focus_start, focus_end = claim["focus"]
    assert text[focus_start:focus_end] == number
    assert claim["column"] == line.index(number) + 1
    [finding] = data["findings"]
    [location] = finding["locations"]
    assert (location["span"], location["focus"]) == ([start, end], [focus_start, focus_end])
    assert (location["line"], location["column"]) == (3, line.index(number) + 1)
    assert location["end_column"] == line.index(number) + 1 + len(number)


def test_html_sources_point_at_the_number_in_the_markup(tmp_path: Path) -> None:
    line = "The clinic first opened its doors in 1984, said its founder."
    claims = _corpus(tmp_path, line, "in 1984, said its founder", "1984", html=True)
    markup_line = (tmp_path / "a.html").read_text(encoding="utf-8").splitlines()[2]
    column = markup_line.index("1984") + 1
    text = _run("check", str(claims), "--strict")
    assert f"a.html:3:{column}: warning unsupported" in text


def test_a_label_claim_points_at_its_quote(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Notes\n\nMost readers take it, they say, at bedtime.\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - id: a\n    path: a.md\n"
        "subjects:\n  - id: t\n    label: Time of day\n    kind: label\n"
        "claims:\n  - id: c\n    source: a\n    subject: t\n    value: bedtime\n"
        "    quote: at bedtime\n",
        encoding="utf-8",
    )
    data = json.loads(_run("check", str(claims), "--format", "json"))
    [claim] = data["claims"]
    assert claim["focus"] is None
    assert claim["column"] == "Most readers take it, they say, at bedtime.".index("at bedtime") + 1

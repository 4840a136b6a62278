"""GitHub workflow commands: escaping, annotations at the quote, the text report after them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.formats.github import command, escape_data, escape_property
from tests.ci_corpus import CLAIMS
from tests.conftest import Run


def unescape(text: str) -> str:
    """What the runner reads back (the reverse of the escaping)."""
    for escaped, plain in (("%3A", ":"), ("%2C", ","), ("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


@pytest.mark.parametrize(
    ("plain", "data", "prop"),
    [
        ("50% of 12", "50%25 of 12", "50%25 of 12"),
        ("line one\nline two", "line one%0Aline two", "line one%0Aline two"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
    ],
)
def test_escaping(plain: str, data: str, prop: str) -> None:
    assert escape_data(plain) == data
    assert escape_property(plain) == prop


@given(st.text())
def test_escaping_round_trips_and_stays_on_one_line(text: str) -> None:
    for escaped in (escape_data(text), escape_property(text)):
        assert "\n" not in escaped and "\r" not in escaped
        assert unescape(escaped) == text
    assert ":" not in escape_property(text) and "," not in escape_property(text)


def test_command_layout() -> None:
    line = command("error", "bad: 5%", file="a,b.md", line=3, col=None, title="t:x")
    assert line == "::error file=a%2Cb.md,line=3,title=t%3Ax::bad: 5%25"


def test_annotations_then_text_report(corpus: Path, run: Run) -> None:
    result = run("check", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("::warning file=articles/alpha.md,line=7,col=21,endLine=7,")
    conflict = next(line for line in lines if line.startswith("::error"))
    assert conflict == (
        # at "0.5" of "The usual daily amount is 0.5 to 4.5 mg" (the number, not the quote)
        "::error file=articles/gamma.md,line=3,col=27,endLine=3,endColumn=30,"
        "title=factcheck conflict::Typical daily dose: lower bound 0.5 mg vs 1.5 mg "
        "(gamma-dose vs alpha-dose, beta-dose)"
    )
    text = run("check", "--format", "text").stdout
    assert result.stdout.endswith(text)
    assert "%25" in lines[0]  # "57%" escaped in the annotation


def test_chosen_inside_github_actions(corpus: Path, run: Run) -> None:
    inside = run("check", env={"GITHUB_ACTIONS": "true"})
    assert inside.stdout == run("check", "--format", "github").stdout
    assert run("check", env={"GITHUB_ACTIONS": "false"}).stdout == run("check").stdout
    explicit = run("check", "--format", "json", env={"GITHUB_ACTIONS": "true"})
    assert explicit.stdout.startswith("{")


def test_suppressed_findings_are_not_annotated(corpus: Path, run: Run) -> None:
    corpus.write_text(
        CLAIMS.replace(
            "    quote: 57% of participants reported less pain\n",
            "    quote: 57% of participants reported less pain\n"
            "    accept: [unsupported]\n    note: single pilot, reviewed\n",
        ),
        encoding="utf-8",
    )
    out = run("check", "--format", "github").stdout
    assert "file=articles/alpha.md,line=7" not in out
    assert '[suppressed: accepted in claim "alpha-responders": single pilot, reviewed]' in out


def test_invalid_input_annotates_the_claims_file(corpus: Path, run: Run) -> None:
    corpus.write_text(CLAIMS.replace("value: 57%", "value: 57 parsecs"), encoding="utf-8")
    result = run("check", "--format", "github")
    assert result.exit_code == 2
    first = result.stdout.splitlines()[0]
    assert first.startswith("::error file=claims.yaml,line=")
    assert "title=factcheck invalid::" in first
    assert "1 problem: input is invalid" in result.stdout
    assert result.stderr == ""  # the text is already in the log once


def test_article_text_cannot_inject_workflow_commands(corpus: Path, run: Run) -> None:
    evil = '::error file=x::pwned\r\n::add-mask::%0A 50% of\u2028readers & 7 "others"\n'
    (corpus.parent / "articles/beta.txt").write_text(
        (corpus.parent / "articles/beta.txt").read_text("utf-8") + evil, "utf-8"
    )
    out = run("check", "--format", "github", "--coverage").stdout
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert commands
    assert all(
        re.match(r"::(error|warning|notice) file=articles/[a-z]+\.(md|txt),line=\d", c)
        for c in commands
    )
    assert not any(line.startswith(("::add-mask", "::error file=x")) for line in out.splitlines())
    (seven,) = [c for c in commands if "number 7 " in c]
    assert "%250A 50%25 of readers" in seven  # white space collapsed, % escaped

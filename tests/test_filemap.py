"""File positions of an HTML page's visible text: every character traced back to the markup."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.documents import html_text
from factcheck.text.filemap import html_file_map
from tests.conftest import Run, valid_sarif

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "examples/ldn/pharmacy-ldn-explainer.html"


def traced(markup: str) -> list[tuple[str, str]]:
    """Each word of the visible text, and what the markup holds at its traced position."""
    file_map = html_file_map(markup)
    assert file_map is not None
    text, lines = html_text(markup), markup.split("\n")
    pairs = []
    for word in re.finditer(r"\w+", text):
        line, column = file_map.position(word.start())
        pairs.append((word.group(), lines[line - 1][column - 1 : column - 1 + len(word.group())]))
    return pairs


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Plain words here</p>",
        "<html><head><title>T 1</title><script>var x = 2;</script></head>\n"
        "<body>\n  <h1>Dose   guide</h1>\n<p>Take\n   1.5&nbsp;mg &amp; then 4.5 mg.</p></body>",
        "<p>&ldquo;Quoted&rdquo; 57% of &#8220;people&#x201d; agree</p><ul><li>one<li>two</ul>",
        "<div><p>a</p>\n\n\n<p>  b  c  </p></div><br>end",
        "",
    ],
)
def test_every_word_is_found_where_the_map_says(markup: str) -> None:
    assert all(word == found for word, found in traced(markup))


def test_the_shipped_page_maps_exactly() -> None:
    pairs = traced(PAGE.read_text(encoding="utf-8"))
    assert len(pairs) > 500
    assert all(word == found for word, found in pairs)


@given(
    st.lists(
        st.sampled_from(
            ["<p>", "</p>", "<br>", "<b>", "</b>", " ", "\n", "&amp;", "&lt;", "&#233;", "dose",
             "4.5", "mg", "<script>x</script>", "\t", "&nbsp;", "<li>", "&bogus"]
        )
    ).map("".join)
)  # fmt: skip
def test_traced_characters_come_from_the_markup(markup: str) -> None:
    file_map = html_file_map(markup)
    assert file_map is not None
    text = html_text(markup)
    assert len(file_map.origins) == len(text)
    starts = [0] + [m.end() for m in re.finditer("\n", markup)]
    for offset, char in enumerate(text):
        if char.isspace():
            continue
        line, column = file_map.position(offset)
        source = markup[starts[line - 1] + column - 1]
        assert source == char or source == "&", (offset, char, source)


def test_sarif_and_github_locate_html_findings_in_the_markup(
    tmp_path: Path, run: Run, sarif_validator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    quote = "57% of fibromyalgia patients had a significant drop in pain"
    markup_lines = PAGE.read_text(encoding="utf-8").split("\n")
    line = next(n for n, text in enumerate(markup_lines, 1) if quote in text)
    column = markup_lines[line - 1].index(quote) + 1

    log = valid_sarif(sarif_validator, run("check", "--format", "sarif").stdout)
    (result,) = [
        r for r in log["runs"][0]["results"]
        if r["properties"]["claims"] == ["pharmacy-explainer-fibromyalgia-significant-share"]
    ]  # fmt: skip
    physical = result["locations"][0]["physicalLocation"]
    # The region is the number the claim states ("57%", the quote's start); the context region
    # is the whole quote.
    assert physical["region"] == {
        "startLine": line, "startColumn": column, "endLine": line, "endColumn": column + len("57%")
    }  # fmt: skip
    assert physical["contextRegion"] == {
        "startLine": line, "startColumn": column, "endLine": line, "endColumn": column + len(quote)
    }  # fmt: skip
    data = json.loads(run("check", "--format", "json").stdout)
    (claim,) = [c for c in data["claims"] if c["id"] == result["properties"]["claims"][0]]
    assert claim["line"] != line  # the JSON contract counts in the visible text
    github = run("check", "--format", "github").stdout
    assert f"file=examples/ldn/pharmacy-ldn-explainer.html,line={line},col={column}," in github

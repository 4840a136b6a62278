"""Tests for factcheck.text.titles and the titles `extract` writes: sources are named as a person
names them, not by their file names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.text.titles import title_of


@pytest.mark.parametrize(
    ("markup", "suffix", "title"),
    [
        ("<html><head><title>LDN &amp; you</title></head><body><h1>Other</h1></body></html>",
         ".html", "LDN & you"),
        ("<html><body><h1>The <em>first</em> heading</h1></body></html>", ".html",
         "The first heading"),
        ("<html><body><p>No title</p></body></html>", ".html", None),
        ("# Magnesium: a guide\n\nText.", ".md", "Magnesium: a guide"),
        ("*Updated 2025*\n\n## **FAQ**\n\nText.", ".md", "FAQ"),
        ("Magnesium Guide\n===============\n\nText.", ".md", "Magnesium Guide"),
        # A first line of prose: the opening words of its first sentence, cut at a word.
        ("Most adults take LDN at night.\n", ".md", "Most adults take LDN at night"),
        ("Low Dose Naltrexone (LDN) is an emerging therapeutic approach that has gained growing "
         "attention in recent years. It is cheap.\n", ".txt",
         "Low Dose Naltrexone (LDN) is an emerging therapeutic…"),
        ("What Is Low-Dose Naltrexone And What Is It Used For?\n\nText.", ".txt",
         "What Is Low-Dose Naltrexone And What Is It Used For?"),
        ("Take 4.5 mg.\n", ".md", None),  # too few words to name a document
        ("MAGNESIUM AND SLEEP\nNorthfield clinic\n", ".txt", "MAGNESIUM AND SLEEP"),
        ("\n\nThe dose is 4.5 mg.\n", ".txt", "The dose is 4.5 mg"),
        ("<title>A\x1b[31m red \x07title</title>", ".html", "A[31m red title"),
        ("<title>" + "x" * 200 + "</title>", ".html", None),
    ],
)  # fmt: skip
def test_title_of(markup: str, suffix: str, title: str | None) -> None:
    assert title_of(markup, suffix) == title


def test_extract_writes_each_new_source_its_title(tmp_path: Path) -> None:
    (tmp_path / "002-ff6738150d1a5a4d.html").write_text(
        "<html><head><title>LDN: what it is</title></head><body><p>Take 4.5 mg.</p></body></html>"
    )
    (tmp_path / "notes.md").write_text("Take 4.5 mg.\n")
    claims = tmp_path / "claims.yaml"
    docs = [str(p) for p in sorted(tmp_path.iterdir())]
    assert CliRunner().invoke(main, ["extract", *docs, "-o", str(claims)]).exit_code == 0
    sources = yaml.safe_load(claims.read_text())["sources"]
    assert [s.get("title") for s in sources] == ["LDN: what it is", None]

"""Quote drift: the closest text to a quote that is no longer found, and what changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.documents import Text
from factcheck.text.drift import find_drift
from tests.ci_corpus import ALPHA
from tests.conftest import Run

TEXT = Text(
    "Intro line.\n\nMost adults take LDN at a dose typically between 1.5 mg and 5 mg\n"
    "each night, with water.\nUnrelated closing words.\n"
)


@pytest.mark.parametrize(
    ("quote", "closest", "changes"),
    [
        (
            "typically between 1.5 mg and 4.5 mg each night",
            "typically between 1.5 mg and 5 mg each night",
            ('"4.5" became "5"',),
        ),
        (
            "take LDN at a dose between 1.5 mg and 5 mg",
            "take LDN at a dose typically between 1.5 mg and 5 mg",
            ('"typically" added',),
        ),
        (
            "Most adults take LDN daily at a dose",
            "Most adults take LDN at a dose",
            ('"daily" removed',),
        ),
        ("each night with water", "each night, with water", ()),
    ],
)
def test_closest_text_and_changes(quote: str, closest: str, changes: tuple[str, ...]) -> None:
    drift = find_drift(quote, TEXT)
    assert drift is not None
    assert drift.closest == closest
    assert drift.changes == changes
    start, end = drift.span
    assert " ".join(TEXT.text[start:end].split()) == closest


def test_nothing_close_enough() -> None:
    assert find_drift("zebra crossings in Antarctica", TEXT) is None
    assert find_drift("   ", TEXT) is None


@given(st.text(alphabet=st.sampled_from("ab c\n.5"), min_size=1))
def test_span_is_whole_words_of_the_text(quote: str) -> None:
    drift = find_drift(quote, TEXT, min_similarity=0)
    if drift is not None:
        start, end = drift.span
        assert 0 <= start < end <= len(TEXT.text)
        assert TEXT.text[start:end] == TEXT.text[start:end].strip()
        assert start == 0 or TEXT.text[start - 1].isspace()


def test_unanchored_finding_says_where_the_quote_went(corpus: Path, run: Run) -> None:
    alpha = corpus.parent / "articles/alpha.md"
    alpha.write_text(ALPHA.replace("1.5 mg and 4.5 mg", "1.5 mg and 5 mg"), encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    (line,) = [x for x in result.stdout.splitlines() if " unanchored:" in x]
    assert line == (
        'claims.yaml:28:12: error unanchored: claim "alpha-dose": quote not found in '
        'articles/alpha.md: "typically between 1.5 mg and 4.5 mg"; closest text at '
        'articles/alpha.md:5:32 (97% similar): "typically between 1.5 mg and 5 mg" — '
        '"4.5" became "5"'
    )
    data = json.loads(run("check", "--format", "json").stdout)
    (finding,) = [f for f in data["findings"] if f["kind"] == "unanchored"]
    assert finding["details"] == {
        "changes": '"4.5" became "5"',
        "closest": "typically between 1.5 mg and 5 mg",
        "closest_column": "32",
        "closest_line": "5",
        "similarity": "97",
    }
    assert [loc["path"] for loc in finding["locations"]] == ["claims.yaml", "articles/alpha.md"]

"""Tests for formats/json_native.py: the claims' JSON written in C is the bytes Python writes."""

from __future__ import annotations

import dataclasses
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import check, load
from factcheck.formats import json_native, json_write
from factcheck.formats.json import JsonFormatter
from factcheck.report.data import ClaimsEncoder, Encoders, _looked_up, report_document
from factcheck.report.model import Report
from factcheck.report.results import ClaimResult
from tests.corpus import write_small_corpus

REPO = Path(__file__).resolve().parents[1]

needs_extension = pytest.mark.skipif(
    not json_native.enabled,
    reason="factcheck._emitspeedups not built, or turned off by FACTCHECK_PURE_PYTHON",
)


def _text(report: Report, encoders: Encoders | None) -> bytes:
    return b"".join(json_write.chunks(report_document(report, encoders)))


def _encoders() -> Encoders:
    made = json_native.encoders()
    assert made is not None
    return made


def _encoder() -> ClaimsEncoder:
    return _encoders().claims


def _answered(report: Report) -> int:
    """How many of the report's claims the extension writes (a batch of one each)."""
    units, texts = _looked_up(report)
    encode = _encoder()
    return sum(encode([r], texts, units, 1) is not None for r in report.results.values())


def test_the_extension_is_built_in_ci() -> None:
    if os.environ.get("CI") and not json_native.available:
        pytest.fail("factcheck._emitspeedups was not built: the claims' JSON is made in Python")


def test_the_environment_variable_turns_the_extension_off() -> None:
    code = "from factcheck.formats import json_native as n; print(n.encoders() is None)"
    env = {**os.environ, json_native.DISABLE: "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split() == ["True"], done.stderr


@needs_extension
def test_the_example_corpus_is_the_same_bytes_and_written_in_c(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(REPO)
    report = check(load(REPO / "claims.yaml"))
    assert _text(report, _encoders()) == _text(report, None)
    assert _answered(report) == len(report.results)
    pairs = list(report.results.items())
    assert _encoders().claim_nodes(pairs, 2) is not None
    assert _encoders().member_edges(list(report.results), {}, 2) == b""  # no claim in a group
    formatted = JsonFormatter().format(report).encode("utf-8")
    assert formatted == _text(report, None)


@needs_extension
def test_claims_in_two_groups_are_the_same_bytes(small_report: Report) -> None:
    """A claim in a second group (none is, in a check's report) keeps its edges in networkx's
    order either way: the member edges are then all made in Python."""
    subject, groups = next((s, g) for s, g in small_report.groups.items() if g)
    again = dataclasses.replace(groups[0], id=groups[0].id + "-again")
    report = dataclasses.replace(
        small_report, groups={**small_report.groups, subject: (*groups, again)}
    )
    text = _text(report, _encoders())
    assert text == _text(report, None)
    assert text.count(b'"target": "group:' + again.id.encode() + b'"') == len(again.claims) > 0


@needs_extension
def test_the_synthetic_and_small_corpora_are_the_same_bytes(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO))
    from benchmarks.synth import write_corpus

    write_corpus(tmp_path / "synth", 2000)
    for claims in (tmp_path / "synth" / "claims.yaml", write_small_corpus(tmp_path / "small")):
        report = check(load(claims))
        assert _text(report, _encoders()) == _text(report, None)
        assert _answered(report) == len(report.results)


def _with(report: Report, claim_id: str, result: ClaimResult) -> Report:
    return dataclasses.replace(report, results={**report.results, claim_id: result})


_HOSTILE = st.text(
    alphabet=st.sampled_from(
        [
            *'ab "\\/\x00\x01\x08\t\n\x0c\r\x1f\x7e\x7f\x80\x9f\xa0\xe9\u061b\u061c\u180e',
            *"\u200a\u200b\u200f\u2010\u2027\u2028\u202e\u202f\u205f\u2060\u206f\u2070",
            *"\ufdcf\ufdd0\ufdef\ufdf0\ufef0\ufeff\ufff8\ufff9\ufffb\ufffc\ufffd\ufffe\uffff",
            *"\U0001f600\U0001fffe\U0001ffff\U0010fffe\U000dffff\U000e0000\U000e007f\U000e0080",
            "\ud800",
        ]
    ),
    max_size=12,
)


@needs_extension
@settings(max_examples=300, deadline=None)
@given(
    quote=_HOSTILE,
    note=st.none() | _HOSTILE,
    cites=st.lists(_HOSTILE, max_size=2),
    context=st.lists(st.tuples(st.sampled_from(["arm", "é", "a\n"]), _HOSTILE), max_size=3),
    low=st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**20), 10**20),
    high=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e17, max_value=1e17),
    cut=st.integers(0, 10**6),
    length=st.integers(0, 60),
    focus=st.none() | st.just(()) | st.tuples(st.integers(0, 5), st.integers(5, 9)),
    located=st.booleans(),
)
def test_generated_claims_are_the_same_bytes_or_left_to_python(
    small_report: Report,
    quote: str,
    note: str | None,
    cites: list[str],
    context: list[tuple[str, str]],
    low: float,
    high: float,
    cut: int,
    length: int,
    focus: tuple[int, ...] | None,
    located: bool,
) -> None:
    report = small_report
    claim_id, result = next((i, r) for i, r in report.results.items() if r.claim.quantity)
    claim = result.claim
    assert claim.quantity is not None and result.location is not None
    text = report.corpus.sources[claim.source].text.text
    start = cut % (len(text) + 1)
    end = min(len(text), start + length)
    location = dataclasses.replace(result.location, span=(start, end), focus=focus)
    changed = dataclasses.replace(
        claim,
        quote=quote,
        note=note,
        cites=tuple(cites),
        context=tuple(context),
        quantity=dataclasses.replace(claim.quantity, lo=low, hi=high),
    )
    generated = dataclasses.replace(result, claim=changed, location=location if located else None)
    report = _with(report, claim_id, generated)
    try:
        python = _text(report, None)
    except ValueError:  # a value that is not a JSON number: refused either way
        with pytest.raises(ValueError, match="not a JSON number"):
            _text(report, _encoders())
        return
    assert _text(report, _encoders()) == python
    plain = (
        isinstance(low, float)
        and "e" not in repr(low)
        and "e" not in repr(high)
        and not any("\ud800" in part for part in (quote, note or "", *cites))
        and not any("\ud800" in part for pair in context for part in pair)
        and len(dict(context)) == len(context)
    )
    if plain:  # nothing in it the extension leaves to Python
        units, texts = _looked_up(report)
        assert _encoder()([generated], texts, units, 1) is not None
    assert math.isfinite(high)


@pytest.fixture(scope="module")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return check(load(write_small_corpus(tmp_path_factory.mktemp("small"))))

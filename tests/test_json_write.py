"""Tests for formats/json_write.py: JSON and SARIF from orjson, streamed, as the old encoder wrote."""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from benchmarks import many_groups, synth
from factcheck.cli import main
from factcheck.formats import json_write
from factcheck.formats.escape import json_bytes, json_text
from factcheck.formats.json import JsonFormatter
from factcheck.formats.sarif import SarifFormatter
from factcheck.report.data import Fields, Items, plain
from factcheck.report.graph import build_graph, graph_edges, graph_nodes
from factcheck.report.model import Report
from factcheck.version import __version__
from tests.corpus import write_small_corpus

REPO = Path(__file__).resolve().parents[1]
RECORDED = Path(__file__).parent / "data" / "json-before-orjson"


def _old(data: Any) -> str:
    """0.2.0's encoder: Python's json.dumps(indent=2), then the unsafe characters escaped."""
    return json_text(json.dumps(data, indent=2, ensure_ascii=False)) + "\n"


# -- the contract: today's output is 0.2.0's -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "recorded"),
    [
        (["--format", "json"], "check.json"),
        (["--format", "json", "--coverage"], "check-coverage.json"),
        (["--format", "sarif"], "check.sarif"),
    ],
)
def test_example_corpus_output_is_what_the_old_encoder_wrote(
    args: list[str], recorded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert result.exit_code == 1
    before = json.loads((RECORDED / recorded).read_text(encoding="utf-8"))
    if recorded.endswith(".sarif"):
        driver = before["runs"][0]["tool"]["driver"]
        driver["version"] = driver["semanticVersion"] = __version__
    assert json.loads(result.stdout) == before


def _reports(tmp_path: Path) -> dict[str, Report]:
    synth.write_corpus(tmp_path / "synth", 2000, seed=3)
    return {
        "example": factcheck.check(factcheck.load(REPO / "claims.yaml"), coverage=True),
        "hostile": factcheck.check(factcheck.load(write_small_corpus(tmp_path / "small"))),
        "synthetic": factcheck.check(factcheck.load(tmp_path / "synth" / "claims.yaml")),
        "summarized": factcheck.check(
            factcheck.load(many_groups.write_corpus(tmp_path / "many", 40, agreeing=2))
        ),
    }


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    return _reports(tmp_path_factory.mktemp("reports"))


@pytest.mark.parametrize("name", ["example", "hostile", "synthetic", "summarized"])
def test_json_and_sarif_are_the_old_encoders_text_byte_for_byte(
    reports: dict[str, Report], name: str
) -> None:
    report = reports[name]
    text = JsonFormatter().format(report)
    assert text == _old(report.to_dict())
    assert json.loads(text) == report.to_dict()
    sarif = SarifFormatter().format(report)
    assert sarif == _old(json.loads(sarif))
    assert b"".join(SarifFormatter().chunks(report)).decode() == sarif


@pytest.mark.parametrize("name", ["example", "hostile", "synthetic", "summarized"])
def test_graph_nodes_and_edges_are_networkx_order(reports: dict[str, Report], name: str) -> None:
    report = reports[name]
    relations = list(report.relations)
    graph: nx.Graph = build_graph(
        report.corpus, report.results, report.groups, relations, report.spreads
    )
    assert list(graph_nodes(report.results, report.groups)) == list(graph.nodes(data=True))
    edges = graph_edges(report.results, report.groups, relations, report.spreads)
    assert list(edges) == list(graph.edges(data=True))
    assert report.to_dict()["graph"]["edges"], name


def test_graph_edges_of_claims_in_two_groups_are_networkx_order(
    reports: dict[str, Report],
) -> None:
    """A claim in a second group (none is, in a check's report) gets its second member edge
    right after its first, as networkx lists them."""
    from dataclasses import replace

    report = reports["example"]
    subject, groups = next((s, g) for s, g in report.groups.items() if g)
    again = replace(groups[0], id=groups[0].id + "-again")
    more = {**report.groups, subject: (*groups, again)}
    graph: nx.Graph = build_graph(report.corpus, report.results, more, [])
    edges = list(graph_edges(report.results, more, []))
    assert edges == list(graph.edges(data=True))
    assert sum(target == f"group:{again.id}" for _, target, _ in edges) == len(again.claims) > 0


# -- streaming -----------------------------------------------------------------------------------


def test_long_arrays_are_made_while_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_write, "BATCH", 3)
    made: list[int] = []

    def produce() -> Any:
        for n in range(10):
            made.append(n)
            yield {"n": n, "list": [n, [n]], "empty": {}}

    document = Fields((("version", 1), ("items", Items(produce)), ("after", [])))
    pieces = json_write.chunks(document)
    written = [next(pieces)]
    assert made == []  # nothing made before the array is reached
    while not made:
        written.append(next(pieces))
    assert made == [0, 1, 2]  # one batch at a time, written before the next is made
    assert b'"n": 2' in written[-1]
    text = b"".join([*written, *pieces]).decode()
    assert text == _old(plain(document))


LAZY = [
    Fields(()),
    Items(list),
    Fields((("a", Items(list)), ("b", Fields(())))),
    Items(lambda: [1, Fields((("x", Items(lambda: [[], {}, "é"])),)), 2.5, Items(lambda: [None])]),
    Fields((("deep", Fields((("deeper", Items(lambda: [{"k": [1, 2]}] * 5)),))),)),
]


@pytest.mark.parametrize("document", LAZY)
@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_nested_lazy_parts_take_the_indented_layout(
    document: Any, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_write, "BATCH", batch)
    assert json_write.dumps(document) == _old(plain(document))


# Plain JSON data, strings from anywhere in Unicode but surrogates (tested below).
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)))
_DATA = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(st.lists(_DATA, max_size=8))
def test_any_data_is_written_as_the_old_encoder_wrote_it(items: list[Any]) -> None:
    document = Fields((("items", Items(lambda: items)), ("also", items)))
    assert json_write.dumps(document) == _old(plain(document))


@given(
    st.one_of(_DATA, st.lists(_DATA, max_size=4), st.just(["bad \ud800", {"k": ["\x7f", 1]}])),
    st.integers(0, 4),
)
def test_a_value_is_indented_to_its_level_by_the_encoder(value: Any, level: int) -> None:
    """``_encode`` encodes a value inside ``level`` arrays and cuts them off: the text of the
    value with its lines indented to its level, as indenting the value's own text gives; with
    ``bracketed=False`` a list's items without the brackets (the lone surrogate takes the
    fallback encoder, DEL the escapes of ASCII text)."""
    own = _old(value)[:-1].replace("\n", "\n" + "  " * level).encode()
    assert json_write._encode(value, level) == own
    if isinstance(value, list) and value:
        assert json_write._encode(value, level, bracketed=False) == own[1 : -2 - 2 * level]


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_read_back_as_the_same_number(x: float) -> None:
    # orjson may spell a float differently ("1e-05" vs "0.00001"), never another number.
    assert json.loads(json_write.dumps([x])) == [x]


def test_a_lone_surrogate_is_escaped_like_before() -> None:
    data = {"quote": "bad \ud800 half", "ok": "\u202e"}
    assert json_write.dumps(Fields((("d", data),))) == _old({"d": data})
    assert "\\ud800" in json_write.dumps(data)


def test_every_unsafe_character_is_escaped_as_json_text_escapes_it() -> None:
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(characters), 4096):
        text = "".join(characters[start : start + 4096])
        assert (
            json_bytes(orjson.dumps(text))
            == json_text(json.dumps(text, ensure_ascii=False)).encode()
        )


# -- numbers JSON cannot hold --------------------------------------------------------------------


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_plain_parts_with_a_number_json_cannot_hold_are_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="is not a JSON number"):
        json_write.dumps(Fields((("summary", {"deep": [1, {"low": bad}]}),)))


def test_report_data_refuses_a_number_json_cannot_hold(reports: dict[str, Report]) -> None:
    from dataclasses import replace

    report = reports["hostile"]
    claim_id, result = next((k, r) for k, r in report.results.items() if r.claim.quantity)
    assert result.claim.quantity is not None
    broken = replace(result.claim, quantity=replace(result.claim.quantity, hi=math.inf))
    results = {**report.results, claim_id: replace(result, claim=broken)}
    with pytest.raises(ValueError, match="inf is not a JSON number"):
        replace(report, results=results).to_dict()


# -- writing -------------------------------------------------------------------------------------


def test_output_file_is_the_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    runner = CliRunner()
    for fmt in ("json", "sarif"):
        printed = runner.invoke(main, ["check", "--format", fmt], catch_exceptions=False)
        target = tmp_path / f"out.{fmt}"
        written = runner.invoke(main, ["check", "--format", fmt, "-o", str(target)])
        assert (written.exit_code, written.stdout) == (1, "")
        assert target.read_text(encoding="utf-8") == printed.stdout
        before = target.stat()
        assert runner.invoke(main, ["check", "--format", fmt, "-o", str(target)]).exit_code == 1
        assert target.stat().st_mtime_ns == before.st_mtime_ns  # same bytes: left untouched
        assert target.stat().st_ino == before.st_ino


def test_a_reader_that_stops_early_is_no_error() -> None:
    # `factcheck check --format json | head`: the rest is not written, the exit code still says
    # what the check found, and nothing is said on stderr (the JSON is larger than a pipe holds).
    done = subprocess.Popen(
        ["factcheck", "check", "--format", "json"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert done.stdout is not None and done.stderr is not None
    assert done.stdout.read(10) == b'{\n  "versi'
    done.stdout.close()
    assert done.wait(timeout=60) == 1
    assert done.stderr.read() == b""

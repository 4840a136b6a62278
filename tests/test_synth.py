"""Tests for benchmarks/synth.py: a valid, anchored corpus that plants what it says."""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from factcheck.corpus.yamlread import _fast, read_yaml

_SYNTH = Path(__file__).resolve().parent.parent / "benchmarks" / "synth.py"


def _load_synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synth", _SYNTH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module
    spec.loader.exec_module(module)
    return module


synth = _load_synth()

# Just enough of DESIGN's value grammar for the forms synth writes.
_VALUE = re.compile(r"(?P<op>[~>]?)(?P<a>[\d.]+)(?:(?:-|–| to )(?P<b>[\d.]+))? ?(?P<unit>\S*)")
_SCALE = {"mcg": 0.001, "days": 1 / 7}


def _interval(value: str) -> tuple[Any, Any]:
    m = _VALUE.fullmatch(value)
    if m is None:  # a label
        return (value, value)
    scale = _SCALE.get(m["unit"], 1.0)
    low = round(float(m["a"]) * scale, 9)
    high = round(float(m["b"]) * scale, 9) if m["b"] else low
    return (low, float("inf")) if m["op"] == ">" else (low, high)


def _conflict(kind: str, a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    if kind in ("label", "range"):
        return a != b
    return a[1] < b[0] or b[1] < a[0]


def _found_conflicts(data: dict[str, Any]) -> set[tuple[str, frozenset[tuple[Any, Any]]]]:
    kinds = {s["id"]: s["kind"] for s in data["subjects"]}
    groups: dict[str, set[tuple[Any, Any]]] = {}
    for claim in data["claims"]:
        groups.setdefault(claim["subject"], set()).add(_interval(str(claim["value"])))
    found = set()
    for subject, sides in groups.items():
        for a, b in itertools.combinations(sorted(sides, key=repr), 2):
            if _conflict(kinds[subject], a, b):
                found.add((subject, frozenset({a, b})))
    return found


def test_corpus_is_valid_anchored_and_plants_exactly_its_conflicts(tmp_path: Path) -> None:
    planted = synth.write_corpus(tmp_path, 3000, seed=7)
    raw = (tmp_path / "claims.yaml").read_bytes()
    data = read_yaml(raw, "claims.yaml").data
    assert _fast(raw.decode()) == data  # the benchmark times the fast path, not the fallback
    assert data["version"] == 1
    assert len(data["claims"]) == planted.n_claims == 3000
    assert len(data["sources"]) == planted.n_sources == 30
    assert len(data["subjects"]) == planted.n_subjects
    assert 120 < len(raw) / planted.n_claims < 200  # ~15 MB per 100k claims
    texts = {s["id"]: (tmp_path / s["path"]).read_text("utf-8") for s in data["sources"]}
    for claim in data["claims"]:
        assert claim["quote"] in texts[claim["source"]]
        assert claim["status"] == "reviewed"
    ids = [c["id"] for c in data["claims"]]
    assert len(set(ids)) == len(ids)
    assert planted.conflicts
    assert _found_conflicts(data) == planted.conflicts


def test_corpus_is_deterministic_per_seed(tmp_path: Path) -> None:
    runs = [(tmp_path / name, seed) for name, seed in (("a", 1), ("b", 1), ("c", 2))]
    for root, seed in runs:
        synth.write_corpus(root, 500, seed=seed)
    yaml_a, yaml_b, yaml_c = ((root / "claims.yaml").read_bytes() for root, _ in runs)
    assert yaml_a == yaml_b
    assert yaml_a != yaml_c
    assert sorted(p.name for p in (tmp_path / "a" / "sources").iterdir()) == sorted(
        p.name for p in (tmp_path / "b" / "sources").iterdir()
    )

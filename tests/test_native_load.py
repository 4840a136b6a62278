"""The C extension's loading (factcheck/_loadspeedups.c) against the Python reference.

``native.enabled`` (factcheck/corpus/native.py) switches the extension off: the vouching walk
(``yamlread._is_plain``) and the claims loop (``load._Builder._claims``) then run in Python
only. Every comparison here loads the same claims file both ways.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from factcheck import InputError, load
from factcheck.corpus import load as load_module
from factcheck.corpus import native, yamlread
from factcheck.corpus.model import Corpus
from factcheck.corpus.schema import ClaimModel
from factcheck.corpus.yamlprecise import BIG_INT, MAX_DEPTH
from factcheck.text.documents import Text

needs_extension = pytest.mark.skipif(
    not native.available, reason="factcheck._loadspeedups not built"
)


def test_the_extension_is_built_in_ci() -> None:
    # CI installs with `pip install -e '.[test]'`, which must build it (gcc and Python's
    # headers are there): a build that silently fell back to Python fails here.
    if os.environ.get("CI") and not native.available:
        pytest.fail("factcheck._loadspeedups was not built: loading runs in Python only")


def test_the_environment_variable_turns_the_extension_off() -> None:
    code = "from factcheck.corpus import native; print(native.enabled)"
    env = {**os.environ, native.DISABLE: "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split() == ["False"], done.stderr
    env[native.DISABLE] = "0"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split() == [str(native.available)], done.stderr


def _both(function: Any, *args: Any) -> tuple[Any, Any]:
    """``function(*args)`` with the extension on, then off: each a value or the InputError's
    problems."""
    answers = []
    saved = native.enabled
    try:
        for fast in (True, False):
            native.enabled = fast
            try:
                answers.append(function(*args))
            except InputError as error:
                answers.append(error.problems)
    finally:
        native.enabled = saved
    return answers[0], answers[1]


# -- the vouching walk ------------------------------------------------------------------------

_SCALARS = st.one_of(
    st.text(max_size=4),
    st.sampled_from(["\n", "\nx", " \n", ""]),
    st.integers(),
    st.sampled_from([BIG_INT, BIG_INT - 1, -BIG_INT, 1 - BIG_INT, 2**62, -(2**62), 2**63, 2**64]),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.sampled_from([b"x", (1,), 1j]),  # no YAML scalar: not plain
)
_KEYS = st.one_of(st.text(max_size=3), st.sampled_from([1, None, True, 1.5]))
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=30,
)


def _nested(depth: int, leaf: Any) -> Any:
    node = leaf
    for n in range(depth):
        node = {"k": node} if n % 2 else [node]
    return node


@needs_extension
@settings(max_examples=1500, deadline=None)
@given(_DATA)
def test_the_walk_vouches_as_python_does(data: Any) -> None:
    for root in ({"a": data}, [data]):
        fast = native._loadspeedups.plain(root, MAX_DEPTH, min(BIG_INT, native.LARGEST))
        expected = yamlread._is_plain_python(root)
        assert fast is None or fast == expected
        assert _both(yamlread._is_plain, root) == (expected, expected)


@needs_extension
@pytest.mark.parametrize("depth", [MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1])
@pytest.mark.parametrize("leaf", [1, "x", {}, [], 10**30, "\nx"])
def test_the_walk_stops_at_the_same_depth(depth: int, leaf: Any) -> None:
    root = {"top": _nested(depth, leaf)}
    expected = yamlread._is_plain_python(root)
    assert native._loadspeedups.plain(root, MAX_DEPTH, native.LARGEST) in (expected, None)
    assert _both(yamlread._is_plain, root) == (expected, expected)


@needs_extension
def test_an_int_beyond_c_is_left_to_python() -> None:
    assert native._loadspeedups.plain({"a": [1, 2**70]}, MAX_DEPTH, native.LARGEST) is None
    assert native._loadspeedups.plain({"a": [2**70, b"x"]}, MAX_DEPTH, native.LARGEST) is False
    assert native.plain({"a": 2**70}, MAX_DEPTH, BIG_INT) is None


# -- claims -----------------------------------------------------------------------------------

_IDS = st.one_of(
    st.sampled_from(["a", "b", "s", "t", "c1", "c.2", "x-y_z", "gone", "A", "_a", "a b", "é", ""]),
    st.integers(0, 3),
)
_TEXT = st.one_of(
    st.sampled_from(["", "1.5 mg", " Adults ", "ÉTÉ", "x\ud800", "\t\x1cMixed Case\x1f "]),
    st.text(max_size=6),
)
_VALUES = st.one_of(
    st.sampled_from(["1.5 mg", "1.5 mg", "2 mg", "3 g", "1 to 2 mg", "bedtime", "~3 mg", "x mg"]),
    st.sampled_from([1, 2, 1.5, True, None, 10**30, float("nan"), [1]]),
)
_CHANCES = st.sampled_from([0, 1, 2, 0.0, 0.25, 1.0, 1.5, -0.1, float("nan"), True, None, "0.5"])
_CONTEXT = st.one_of(
    st.dictionaries(st.sampled_from(["arm", "Pop", "é"]), st.one_of(_TEXT, _VALUES, _CHANCES)),
    st.sampled_from([None, [], "adults", {1: "x"}]),
)
_STATUS = st.sampled_from(["reviewed", "draft", "ignored", "rejected", "Reviewed", 1, None])
_OPTIONAL = {
    "status": _STATUS,
    "context": _CONTEXT,
    "note": st.one_of(_TEXT, st.none(), st.just(1)),
    "link_chance": _CHANCES,
    "cites": st.sampled_from([[], ["r"], ["a"], "r"]),
    "accept": st.sampled_from([[], ["conflict"], ["nope"]]),
    "extra": st.just(1),
}


@st.composite
def _claims(draw: st.DrawFn) -> dict[str, Any]:
    claim: dict[str, Any] = {}
    for key, values in (
        ("id", _IDS),
        ("source", _IDS),
        ("subject", _IDS),
        ("value", _VALUES),
        ("quote", _TEXT),
    ):
        if draw(st.integers(0, 15)):  # mostly there
            claim[key] = draw(values)
    for key, values in _OPTIONAL.items():
        if not draw(st.integers(0, 3)):
            claim[key] = draw(values)
    return claim


def _plain_claim() -> st.SearchStrategy[dict[str, Any]]:
    """Claims most of which are valid, of known sources and subjects."""
    return st.fixed_dictionaries(
        {
            "id": st.sampled_from(["c1", "c2", "c3"]),
            "source": st.sampled_from(["a", "b", "a", "gone"]),
            "subject": st.sampled_from(["s", "t", "s", "l", "u", "v", "w"]),
            "value": st.sampled_from(
                ["1.5 mg", "2 mg", "1.5 mg", "2", 2, 1.5, "bedtime", "3 IU", "0.002 g"]
            ),
            "quote": st.sampled_from(["1.5 mg", "2 mg", "x"]),
        },
        optional={
            "status": st.sampled_from(["reviewed", "draft", "ignored", "rejected"]),
            "context": st.dictionaries(
                st.sampled_from(["arm", "pop"]), _TEXT | _VALUES, max_size=2
            ),
            "note": st.sampled_from(["why", None]),
            "link_chance": st.sampled_from([0.25, 1, None]),
        },
    )


SOURCES = {"a.md": "Dose 1.5 mg, or 2 mg.\n", "b.md": "About 2 mg.\n", "r.md": "Trial: 2 mg.\n"}


def _loaded(path: Path) -> Corpus:
    return load(path, root=path.parent)


def _claims_file(tmp_path: Path, claims: list[Any]) -> Path:
    """A claims file (JSON, which YAML reads) with sources a, b and r (a reference)."""
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    data = {
        "version": 1,
        "sources": [
            {"id": "a", "path": "a.md"},
            {"id": "b", "path": "b.md"},
            {"id": "r", "path": "r.md", "kind": "reference"},
        ],
        "subjects": [
            {"id": "s", "unit": "mg"},
            {"id": "t", "unit": "mg", "kind": "range"},
            {"id": "l", "kind": "label"},
            {"id": "u", "unit": "mg"},  # the shape of s: they share valid values
            {"id": "v", "unit": "mg", "tolerance": 0.5},
            {"id": "w", "unit": "g", "conversions": {"IU": "0.025 mg"}},
        ],
        "claims": claims,
    }
    path = tmp_path / "claims.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")  # \u escapes: any str
    return path


def _pydantic_takes(item: Any) -> bool:
    try:
        ClaimModel.model_validate(item)
    except ValidationError:
        return False
    return True


@needs_extension
@settings(max_examples=3000, deadline=None)
@given(_claims())
def test_a_claim_the_extension_takes_as_it_is_pydantic_takes(claim: dict[str, Any]) -> None:
    if native._loadspeedups.simple_claims([claim]):
        assert _pydantic_takes(claim)


@needs_extension
def test_the_extension_takes_the_common_claims_and_leaves_the_rest() -> None:
    common = {"id": "c1", "source": "a", "subject": "s", "value": "1.5 mg", "quote": "1.5 mg"}
    taken = [
        common,
        {**common, "value": 2},
        {**common, "value": 2.5},
        {**common, "status": "draft", "link_chance": 0.25, "note": "n"},
        {**common, "context": {"arm": "Placebo ", "n": 3, "on": True, "x": 1.5, "é": "É"}},
        {**common, "status": "rejected"},  # valid: Python reports it as a rejection
    ]
    left = [
        {**common, "cites": ["r"]},
        {**common, "accept": ["conflict"], "note": "n"},
        {**common, "id": "C1"},
        {**common, "source": "é"},
        {**common, "quote": ""},
        {**common, "value": True},
        {**common, "link_chance": 1.5},
        {**common, "context": {"a": None}},
        {**common, "extra": 1},
        {k: v for k, v in common.items() if k != "quote"},
    ]
    assert [native._loadspeedups.simple_claims([c]) for c in taken] == [True] * len(taken)
    assert [native._loadspeedups.simple_claims([c]) for c in left] == [False] * len(left)
    assert native._loadspeedups.simple_claims([common, *left[:1]]) is False


@needs_extension
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.one_of(_claims(), _plain_claim(), _plain_claim()), max_size=12))
def test_claims_load_as_python_loads_them(tmp_path: Path, claims: list[Any]) -> None:
    path = _claims_file(tmp_path, claims)
    fast, python = _both(_loaded, path)
    if isinstance(python, Corpus):
        assert isinstance(fast, Corpus)
        assert fast.claims == python.claims
        assert fast.rejected == python.rejected
    else:
        assert fast == python  # the same located problems, in the same order


@needs_extension
def test_chunks_mix_c_and_python_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Several chunks, some valid as they are, some not; new values, rejections and unknown
    # references inside chunks the extension takes.
    monkeypatch.setattr(load_module, "CHUNK", 4)
    common = {"source": "a", "subject": "s", "quote": "1.5 mg"}
    claims = [
        {**common, "id": f"c{n}", "value": ["1.5 mg", "2 mg", 2, "3 mg"][n % 4]} for n in range(40)
    ]
    claims[5]["status"] = "rejected"
    claims[9]["source"] = "gone"
    claims[13]["context"] = {"Arm": " Placebo"}
    claims[17]["cites"] = ["r"]
    claims[30]["subject"] = "l"  # a label subject: the value is reported
    path = _claims_file(tmp_path, claims)
    fast, python = _both(_loaded, path)
    assert fast == python
    assert [str(p) for p in fast][:1] and all(p.line for p in fast)
    del claims[30], claims[9]
    fast, python = _both(_loaded, _claims_file(tmp_path, claims))
    assert isinstance(fast, Corpus) and isinstance(python, Corpus)
    assert fast.claims == python.claims and len(fast.claims) == 37
    assert fast.rejected == python.rejected and len(fast.rejected) == 1


@needs_extension
def test_ids_are_listed_as_python_lists_them() -> None:
    class Mapping(dict[str, Any]):
        pass

    items: list[Any] = [{"id": "a"}, {"id": 1}, {}, None, "x", {"id": "b", "k": 2}]
    assert native._loadspeedups.ids(items) == ["a", "b"] == native.ids(items)
    assert native._loadspeedups.ids([*items, Mapping(id="c")]) is None
    assert native.ids([*items, Mapping(id="c")]) == ["a", "b", "c"]


@needs_extension
def test_subjects_of_one_shape_share_a_value_and_others_do_not(tmp_path: Path) -> None:
    common = {"source": "a", "quote": "1.5 mg", "value": "1.5 mg"}
    claims = [{**common, "id": f"c{n}", "subject": s} for n, s in enumerate("suvwtsu")]
    fast, python = _both(_loaded, _claims_file(tmp_path, claims))
    assert isinstance(fast, Corpus) and isinstance(python, Corpus)
    assert fast.claims == python.claims
    s, u, _, w, t, s2, u2 = fast.claims
    assert s.quantity is u.quantity is s2.quantity is u2.quantity
    assert (w.quantity, t.quantity) == (python.claims[3].quantity, python.claims[4].quantity)
    assert w.quantity != s.quantity  # in grams


@needs_extension
def test_duplicate_ids_go_the_python_way(tmp_path: Path) -> None:
    common = {"source": "a", "subject": "s", "value": "1.5 mg", "quote": "1.5 mg"}
    claims = [{**common, "id": "c1"}, {**common, "id": "c2"}, {**common, "id": "c1"}]
    fast, python = _both(_loaded, _claims_file(tmp_path, claims))
    assert fast == python and "duplicate claim id" in str(fast[0])


@needs_extension
def test_the_synthetic_corpus_loads_the_same(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.synth import write_corpus

    write_corpus(tmp_path, 2000)
    fast, python = _both(load, tmp_path / "claims.yaml")
    assert isinstance(fast, Corpus) and isinstance(python, Corpus)
    assert len(fast.claims) == 2000
    assert fast.claims == python.claims
    assert [c.context for c in fast.claims] == [c.context for c in python.claims]


@needs_extension
def test_claims_made_by_calling_the_class_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where Claim's fields are not plain slots the extension calls Claim(...) instead.
    common = {"source": "a", "subject": "s", "value": "1.5 mg", "quote": "1.5 mg"}
    claims = [{**common, "id": f"c{n}", "context": {"arm": f"A{n % 2}"}} for n in range(6)]
    path = _claims_file(tmp_path, claims)
    stored = _loaded(path)
    monkeypatch.setattr(native, "_SETTERS", None)
    called = _loaded(path)
    assert stored.claims == called.claims and len(called.claims) == 6
    assert [c.context for c in called.claims] == [(("arm", "a0"),), (("arm", "a1"),)] * 3


# -- a source's text --------------------------------------------------------------------------


def _fields(text: Any) -> tuple[Any, ...]:
    search = text._search
    return (
        text.text, text._line_starts, text._normal, text._break_normal, text._break_original,
        type(search), search._haystack,
    )  # fmt: skip


_PIECES = st.sampled_from(
    ["a", "Dose", "1.5", " ", "  ", "\n", "\n\n", " \n ", "\t", "\r\n", "–", "’", "\u00a0",
     "\u2009", "µg", "é", "\x00", "\x7f", "\u2028", "\U0001f600", "\ud800", "x y"]
)  # fmt: skip


@needs_extension
@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=40))
def test_a_text_is_indexed_as_python_indexes_it(content: str) -> None:
    saved = native.enabled
    try:
        native.enabled = True
        fast = native.text(content)
    finally:
        native.enabled = saved
    expected = Text(content)
    assert _fields(fast) == _fields(expected)
    assert fast == expected
    if content:
        assert fast.position(len(content) - 1) == expected.position(len(content) - 1)
    for quote in ("1.5", "Dose 1.5", "a a", "x y"):
        assert fast.find(quote) == expected.find(quote)


@needs_extension
def test_the_common_texts_are_indexed_in_c() -> None:
    index = native._loadspeedups.text_index
    assert index("Dose 1.5 mg.\n\nNext – line \n here\n") is not None
    assert index("") is not None and index("\n") is not None
    assert [index(t) for t in ("a  b", "a\tb", "a\r\nb", "a\x7fb", "a\u2028b")] == [None] * 5

"""Tests for factcheck.corpus.yamlread: located structural problems, fast/precise equivalence, locate()."""

from __future__ import annotations

import math
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus.yamlprecise import index_positions, walk
from factcheck.corpus.yamlread import (
    _CANDIDATE,
    YamlDoc,
    _fast,
    _may_be_deep,
    _may_hold_candidate,
    _needs_precise,
    read_yaml,
)
from factcheck.problems import InputError

F = "claims.yaml"


def problems(raw: bytes, **kwargs: Any) -> list[str]:
    with pytest.raises(InputError) as info:
        read_yaml(raw, F, **kwargs)
    return [str(p) for p in info.value.problems]


def same(a: Any, b: Any) -> bool:
    """Equal data with equal types (True is not 1, 1 is not 1.0); NaN equals NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


PROBLEM_CASES: list[tuple[str, bytes, list[str]]] = [
    (
        "duplicate top-level key",
        b"version: 1\nclaims: []\nversion: 2\n",
        [f'{F}:3:1: duplicate key "version" (first defined at line 1, column 1)'],
    ),
    (
        "duplicate key in a claim",
        b"claims:\n  - id: a\n    value: 1 mg\n    value: 2 mg\n",
        [f'{F}:4:5: duplicate key "value" (first defined at line 3, column 5)'],
    ),
    (
        "duplicate key, quoted spelling",
        b"a: 1\n'a': 2\n",
        [f'{F}:2:1: duplicate key "a" (first defined at line 1, column 1)'],
    ),
    (
        "duplicate key in a flow mapping",
        b"context: {population: adults, population: kids}\n",
        [f'{F}:1:31: duplicate key "population" (first defined at line 1, column 11)'],
    ),
    ("standard tag", b"a: !!str 5\n", [f"{F}:1:4: YAML tag !!str is not allowed"]),
    ("local tag", b"a:\n  - !foo bar\n", [f"{F}:2:5: YAML tag !foo is not allowed"]),
    ("tag on a mapping", b"a: !!map {b: 1}\n", [f"{F}:1:4: YAML tag !!map is not allowed"]),
    (
        "anchor and alias",
        b"a: &dose 4.5 mg\nb: *dose\n",
        [f"{F}:1:4: YAML anchor &dose is not allowed", f"{F}:2:4: YAML alias *dose is not allowed"],
    ),
    (
        "merge key via alias",
        b"base: &b {unit: mg}\nother:\n  <<: *b\n",
        [f"{F}:1:7: YAML anchor &b is not allowed", f"{F}:3:7: YAML alias *b is not allowed"],
    ),
    (
        "tab in indentation",
        b"a:\n\tb: 1\n",
        [f"{F}:2:1: tab character in indentation (use spaces)"],
    ),
    (
        "tab after spaces",
        b"a:\n  b: 1\n  \tc: 2\n",
        [f"{F}:3:3: tab character in indentation (use spaces)"],
    ),
    (
        "unclosed flow sequence",
        b"a: 1\nterms: [dose, daily\nb: 2\n",
        [
            f"{F}:3:2: YAML syntax error: did not find expected ',' or ']'"
            " (while parsing a flow sequence started at line 2)"
        ],
    ),
    (
        "mapping value in plain scalar",
        b"quote: dose: 4.5 mg\n",
        [f"{F}:1:12: YAML syntax error: mapping values are not allowed in this context"],
    ),
    (
        "unclosed quote",
        b'a: 1\nquote: "typically 4.5 mg\n',
        [
            f"{F}:3:1: YAML syntax error: found unexpected end of stream"
            " (while scanning a quoted scalar started at line 2)"
        ],
    ),
    (
        "top level is a list",
        b"- a\n- b\n",
        [f"{F}:1:1: the top level must be a mapping (version:, sources:, ...)"],
    ),
    (
        "top level is a scalar",
        b"hello\n",
        [f"{F}:1:1: the top level must be a mapping (version:, sources:, ...)"],
    ),
    (
        "empty file",
        b"",
        [f"{F}:1:1: the claims file is empty (draft one with `factcheck extract DOCS -o FILE`)"],
    ),
    (
        "only a comment",
        b"# nothing\n",
        [f"{F}:1:1: the claims file is empty (draft one with `factcheck extract DOCS -o FILE`)"],
    ),
    (
        "only a document marker",
        b"---\n",
        [f"{F}:1:1: the claims file is empty (draft one with `factcheck extract DOCS -o FILE`)"],
    ),
    ("two documents", b"a: 1\n---\nb: 2\n", [f"{F}:2:1: only one YAML document is allowed"]),
    (
        "collection as key",
        b"? [a, b]\n: 1\n",
        [f"{F}:1:3: mapping keys must be plain scalars, not collections"],
    ),
    (
        "nesting 33 deep",
        b"a: " + b"[" * 32 + b"]" * 32 + b"\n",
        [f"{F}:1:35: nesting deeper than 32 levels"],
    ),
    (
        "block nesting 33 deep",
        b"".join(b"  " * i + b"k:\n" for i in range(32)) + b"  " * 32 + b"k: 1\n",
        [f"{F}:33:65: nesting deeper than 32 levels"],
    ),
    ("not UTF-8", b"a: 1\nquote: \xc3\xa9t\xe9\n", [f"{F}:2:10: not UTF-8 (byte 0xe9)"]),
    ("Latin-1 on line 1", b"caf\xe9: 1\n", [f"{F}:1:4: not UTF-8 (byte 0xe9)"]),
    (
        "control character",
        b"a: 1\nb: x\x07y\n",
        [f"{F}:2:5: character U+0007 is not allowed in YAML"],
    ),
    (
        "control character after non-ASCII text",
        "é: «x»\nb: éé\x07\n".encode(),
        [f"{F}:2:6: character U+0007 is not allowed in YAML"],
    ),
    (
        "top level is a list, with an alias",
        b"- *a\n",
        [
            f"{F}:1:1: the top level must be a mapping (version:, sources:, ...)",
            f"{F}:1:3: YAML alias *a is not allowed",
        ],
    ),
    (
        "BOM then a problem on line 1",
        b"\xef\xbb\xbfa: &x 1\n",
        [f"{F}:1:4: YAML anchor &x is not allowed"],
    ),
    (
        "CRLF line ends, problem on line 3",
        b"a: 1\r\nb: 2\r\na: 3\r\n",
        [f'{F}:3:1: duplicate key "a" (first defined at line 1, column 1)'],
    ),
    (
        "every problem at once",
        b"a: 1\nb: !!int 2\nc: &x 3\na: *x\nd:\n\t- 1\n",
        [
            f"{F}:2:4: YAML tag !!int is not allowed",
            f"{F}:3:4: YAML anchor &x is not allowed",
            f'{F}:4:1: duplicate key "a" (first defined at line 1, column 1)',
            f"{F}:4:4: YAML alias *x is not allowed",
            f"{F}:6:1: tab character in indentation (use spaces)",
        ],
    ),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in PROBLEM_CASES], ids=[c[0] for c in PROBLEM_CASES]
)
def test_problem_is_located(raw: bytes, expected: list[str]) -> None:
    assert problems(raw) == expected


# Placements of tags, anchors and aliases that yaml-rs would accept silently: the pre-scan must
# route every one of them to the precise path.
HIDDEN = [
    ("a: [1, &x 2]\n", "anchor &x"),
    ("a: [!t 1]\n", "tag !t"),
    ("a: {b: !t 1}\n", "tag !t"),
    ("a: {&x b: 1}\n", "anchor &x"),
    ("a:\n  - !t x\n", "tag !t"),
    ("? &x k\n: v\n", "anchor &x"),
    ("&x k: v\n", "anchor &x"),
    ("a:\n  &x b: 1\n", "anchor &x"),
    ("a:    !t   x\n", "tag !t"),
    ("a: !t\n  b: 1\n", "tag !t"),
    ("--- !t\na: 1\n", "tag !t"),
    ("a: [*x]\n", "alias *x"),
    ("a: ! x\n", "tag !"),
    ("a:\t!t x\n", "tag !t"),
]


@pytest.mark.parametrize(("text", "what"), HIDDEN)
def test_hidden_tags_anchors_aliases_are_found(text: str, what: str) -> None:
    assert _fast(text) is None
    found = problems(text.encode())
    assert any(f"YAML {what} is not allowed" in p for p in found), found


def test_too_large_is_checked_before_parsing() -> None:
    # Not even YAML: the size check must come first.
    assert problems(b"\xff" * 20, max_bytes=10) == [
        f"{F}: file too large: 20 bytes, over the limit of 10 bytes; set the environment "
        "variable FACTCHECK_MAX_BYTES to raise it (e.g. FACTCHECK_MAX_BYTES=1M)"
    ]


def test_at_the_size_limit_is_fine() -> None:
    assert read_yaml(b"a: 1\n", F, max_bytes=5).data == {"a": 1}


def test_nesting_32_deep_is_fine() -> None:
    doc = read_yaml(b"a: " + b"[" * 31 + b"]" * 31 + b"\n", F)
    depth, node = 2, doc.data["a"]  # the root mapping is level 1
    while node:
        depth, node = depth + 1, node[0]
    assert depth == 32


def test_bom_and_crlf_give_the_same_data() -> None:
    lf = b"version: 1\nsubjects:\n  - id: dose\n    unit: mg\n    label: Typical dose\n"
    plain = read_yaml(lf, F).data
    assert read_yaml(b"\xef\xbb\xbf" + lf, F).data == plain
    assert read_yaml(lf.replace(b"\n", b"\r\n"), F).data == plain
    assert read_yaml(b"\xef\xbb\xbf" + lf.replace(b"\n", b"\r\n"), F).data == plain


# Plain scalars under the YAML 1.2 core schema, the same on both paths.
TYPING = [
    ("yes", "yes"),
    ("no", "no"),
    ("on", "on"),
    ("true", True),
    ("False", False),
    ("~", None),
    ("null", None),
    ("", None),
    ("400", 400),
    ("-3", -3),
    ("010", 10),
    ("0o17", 15),
    ("0x1F", 31),
    ("1.5", 1.5),
    (".5", 0.5),
    ("1e3", 1000.0),
    ("-.inf", -math.inf),
    ("1_000", "1_000"),
    ("+0x1F", "+0x1F"),
    ("0b101", "0b101"),
    ("0X1F", "0X1F"),
    ("2024-01-02", "2024-01-02"),
    ("12:30", "12:30"),
    ("4.5 mg", "4.5 mg"),
    ("1.5-4.5 mg", "1.5-4.5 mg"),
    ("~30%", "~30%"),
    ('">=75%"', ">=75%"),
    ("'400'", "400"),
]


@pytest.mark.parametrize(("text", "expected"), TYPING)
def test_scalar_typing_is_core_schema_on_both_paths(text: str, expected: Any) -> None:
    raw = f"a: {text}\n".encode()
    assert same(read_yaml(raw, F).data["a"], expected)
    assert same(walk(raw.decode(), F).data["a"], expected)


BLOCK_SCALARS = [
    ("k: >\n", ""),
    ("k: |\n", ""),
    ("k: |+\n", ""),
    ("k: >\n  \n", ""),
    ("k: |+\n\n", "\n"),
    ("k:\n  - >\n", None),
    ("k: |\n  a\n\n", "a\n"),
    ("k: |+\n  a\n\n", "a\n\n"),
    ("k: >\n  a\n   b\n  c\n", "a\n b\nc\n"),
    ("k: |2\n   a\n", " a\n"),
]


@pytest.mark.parametrize(("text", "expected"), BLOCK_SCALARS)
def test_block_scalars_are_the_same_on_both_paths(text: str, expected: str | None) -> None:
    precise = walk(text, F).data
    assert same(read_yaml(text.encode(), F).data, precise)
    if expected is not None:
        assert precise == {"k": expected}


def test_nan_is_a_float() -> None:
    assert math.isnan(read_yaml(b"a: .nan\n", F).data["a"])


def test_suspicious_but_valid_text_loads() -> None:
    raw = b'quote: "pain, *really* & fatigue!"\nnote: risks & benefits * 2 !\nx: 1_000\n'
    assert _fast(raw.decode()) is None  # the pre-scan is conservative...
    assert read_yaml(raw, F).data == {  # ...and the precise path accepts it
        "quote": "pain, *really* & fatigue!",
        "note": "risks & benefits * 2 !",
        "x": "1_000",
    }


def test_valid_file_takes_the_fast_path_and_builds_no_locator() -> None:
    doc = read_yaml(b"version: 1\nclaims:\n  - id: a\n    value: 4.5 mg\n", F)
    assert _fast(doc.text) == doc.data
    assert "_positions" not in doc.__dict__
    doc.locate(("claims", 0))
    assert "_positions" in doc.__dict__


def test_non_string_keys_are_kept_typed() -> None:
    assert read_yaml(b"1: a\n'1': b\n", F).data == {1: "a", "1": "b"}


def test_true_and_one_are_duplicate_keys() -> None:
    # Python would silently merge them in a dict; we must not.
    assert problems(b"true: a\n1: b\n") == [
        f'{F}:2:1: duplicate key "1" (first defined at line 1, column 1)'
    ]


CLAIMS = b"""version: 1
claims:
  - id: clinic-dose
    value: 1.5-4.5 mg
    context: {population: adults}
  - id: other
    note:
"""


@pytest.mark.parametrize(
    ("path", "key", "expected"),
    [
        (("version",), False, (1, 10)),
        (("version",), True, (1, 1)),
        (("claims",), True, (2, 1)),
        (("claims", 0), False, (3, 5)),
        (("claims", 0, "value"), False, (4, 12)),
        (("claims", 0, "value"), True, (4, 5)),
        (("claims", 0, "context", "population"), False, (5, 27)),
        (("claims", 0, "context", "population"), True, (5, 15)),
        (("claims", 1, "note"), True, (7, 5)),
        (("claims", 0, "quote"), False, (3, 5)),  # missing key: its mapping
        (("claims", 0, "quote"), True, (3, 5)),
        (("claims", 7, "id"), False, (3, 3)),  # missing index: the list
        (("sources", 0), True, (1, 1)),  # missing top-level key: the document
        ((), False, (1, 1)),
    ],
)
def test_locate(path: tuple[str | int, ...], key: bool, expected: tuple[int, int]) -> None:
    for raw in (CLAIMS, CLAIMS.replace(b"\n", b"\r\n"), b"\xef\xbb\xbf" + CLAIMS):
        assert read_yaml(raw, F).locate(path, key=key) == expected


def test_lean_locator_matches_the_precise_walk() -> None:
    walked = walk(CLAIMS.decode(), F)
    assert not walked.problems
    assert index_positions(CLAIMS.decode()) == walked.positions
    assert len(walked.positions) == 11  # root, 2 top keys, 2 claims, 6 fields (incl. nested)


def test_locate_after_the_precise_path() -> None:
    doc = read_yaml(b"x: 1_000\nclaims:\n  - id: a\n", F)  # routed to the precise path
    assert doc.data == {"x": "1_000", "claims": [{"id": "a"}]}
    assert doc.locate(("claims", 0, "id")) == (3, 9)
    assert doc.locate(("claims", 0, "id"), key=True) == (3, 5)


def test_locate_counts_characters_not_bytes() -> None:
    doc = read_yaml("quote: «é»\nnext: x\n".encode(), F)
    assert doc.locate(("next",)) == (2, 7)
    assert read_yaml("é: «é», b: 2\n".encode().replace(b", b", b"\nb"), F).locate(("b",)) == (2, 4)


def test_yamldoc_is_frozen() -> None:
    doc = read_yaml(b"a: 1\n", F)
    assert isinstance(doc, YamlDoc)
    with pytest.raises(AttributeError):
        doc.data = {}  # type: ignore[misc]


_TOKEN = st.text(alphabet="0123456789+-._eExXoObB aintfyTNLul~", min_size=1, max_size=8)


@settings(max_examples=400)
@given(_TOKEN)
def test_fast_and_precise_agree_on_number_like_scalars(token: str) -> None:
    text = f"k: {token}\nv: [{token}]\n{token}: 1\n"
    precise = walk(text, F)
    fast = _fast(text)
    if fast is not None:
        assert not precise.problems
        assert same(fast, precise.data), (text, fast, precise.data)


_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["yes", "no", "1_000", "0b1", "4.5 mg", "~30%", ">24%", "2024-01-02", "a: b"]),
)
_DATA = st.recursive(
    _SCALAR,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4), st.dictionaries(st.text(max_size=6), kids, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=8), _DATA, max_size=5), st.booleans())
def test_fast_and_precise_agree_on_documents(data: dict[str, Any], flow: bool) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    fast = _fast(text)
    precise = walk(text, F)
    if fast is not None:
        assert same(fast, precise.data)
    if not precise.problems:
        assert same(read_yaml(text.encode(), F).data, precise.data)
        # The lazy locator of a fast-path document sees what the precise path saw.
        assert index_positions(text) == precise.positions


@settings(max_examples=300)
@given(
    st.binary(max_size=64)
    | st.text(alphabet=":-[]{},&*!?#|>'\"\t\n ab1", max_size=40).map(str.encode)
)
def test_any_bytes_give_data_or_input_error(raw: bytes) -> None:
    try:
        doc = read_yaml(raw, F)
    except InputError as err:
        assert err.problems and all(p.line >= 1 and p.column >= 1 for p in err.problems)
    else:
        assert isinstance(doc.data, dict)
        doc.locate(("a", 0, "b"), key=True)


_PIECES = ["a", "b", ":", " ", "\n", "- ", "[", "]", "{", "}", ",", '"', "'", "#", "?", "|", ">"]
_PIECES += [
    "1",
    "  ",
    ":\n  ",
    "|-",
    ">+",
    "\\n",
    "é",
    "0.5",
    "yes",
    "~",
    "null",
    "&a ",
    "*a",
    "!t ",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_fast_and_precise_agree_on_yamlish_text(text: str) -> None:
    fast = _fast(text)
    precise = walk(text, F)
    if fast is not None and not precise.problems:
        assert same(fast, precise.data), (text, fast, precise.data)


def test_a_document_kept_for_locating_is_packed_and_locates_the_same() -> None:
    # A corpus keeps its claims file only to locate findings in it: packed, a large file takes a
    # fraction of its size, and every place is found where the unpacked document finds it.
    claims = "".join(
        f"  - id: c{i}\n    source: a\n    subject: dose\n    value: {i} mg\n    quote: dose {i}\n"
        for i in range(2000)
    )
    raw = f"version: 1\nclaims:\n{claims}".encode()
    doc = read_yaml(raw, "claims.yaml")
    kept = doc.without_data()
    assert kept.data is None and kept.packed
    assert len(kept.body) < len(raw) / 5
    for path in [("claims", 0, "quote"), ("claims", 1999, "value"), ("claims", 7, "nothing")]:
        assert kept.locate(path) == read_yaml(raw, "claims.yaml").locate(path)
    assert kept.text == raw.decode()
    # Once a place was asked for, the locator is kept as it is, not packed again.
    assert doc.locate(("claims", 3, "id")) == kept.without_data().locate(("claims", 3, "id"))
    assert doc.without_data().packed is False


# -- the pre-scan's byte screens -----------------------------------------------------------------

_SCREENED = st.text(
    st.one_of(
        st.sampled_from(" ?:-\n\r\t&*!_aé–\x7f\x85\x9f\xa0µ\u2028\u2029\ufffe\uffff\ud800\x00\x1b"),
        st.characters(),
    ),
    max_size=40,
)


@given(_SCREENED)
def test_byte_screens_let_every_candidate_through(text: str) -> None:
    """The screens of the pre-scan's UTF-8 pass every text the patterns would look at further,
    so the pre-scan decides as it did without them."""
    body = text.encode("utf-8", "surrogatepass")
    if _CANDIDATE.search(text):
        assert _may_hold_candidate(body)
    assert _may_be_deep(body) == (
        " " * 512 in text.replace("?", " ").replace(":", " ").replace("-", " ")
    )
    assert _needs_precise(text) == _needs_precise(text, body)


@pytest.mark.parametrize(
    "line",
    ["- " * 256, "? " * 256, ": " * 256, " " * 511 + "-", "-" * 512],
)
def test_a_deep_line_still_takes_the_precise_path(line: str) -> None:
    """The deep-line screen passes a line of 512 indentation characters, of any mix."""
    text = f"version: 1\nclaims:\n{line}x\n"
    assert _needs_precise(text, text.encode())
    assert _fast(text) is None
    shallow = f"version: 1\nclaims:\n{line[:400]}x\n"
    assert not _needs_precise(shallow, shallow.encode())

"""The C extension's anchoring (factcheck/_speedups.c) against the Python reference.

``native.enabled`` switches the extension off; ``parallel._placed`` is where anchoring asks it
first. Every comparison here runs both paths on the same claims and sources, each with a text
of its own (a ``Text`` remembers the quotes it found).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import check, load
from factcheck.check import native
from factcheck.corpus.model import Claim, Source, SourceKind
from factcheck.text.documents import Text
from factcheck.values.grammar import ValueSyntaxError, parse_value
from tests.common import write

parallel = importlib.import_module("factcheck.check.parallel")  # `check` exports a function

needs_extension = pytest.mark.skipif(not native.available, reason="factcheck._speedups not built")


def _source(text: str) -> Source:
    return Source("a", "a.md", Path("a.md"), SourceKind.ARTICLE, Text(text))


def _placed(text: str, pairs: list[tuple[str, str]], fast: bool) -> list[object]:
    """``_placed`` of claims (value, quote) of one source, with the extension on or off."""
    claims = [
        Claim(f"c{i}", "a", "s", parse_value(value), None, quote)
        for i, (value, quote) in enumerate(pairs)
    ]
    saved = native.enabled
    native.enabled = fast
    try:
        return list(parallel._placed(claims, {"a": _source(text)}))
    finally:
        native.enabled = saved


def _answered(text: str, value: str, quote: str) -> bool:
    """Whether the extension answers for the claim itself (no hand-off to Python)."""
    answer = native._speedups.anchor  # whether or not it is enabled
    prepared = native.prepare(parse_value(value))
    return prepared is not native.PYTHON and answer(Text(text), quote, prepared) is not None  # type: ignore[arg-type]


def test_the_extension_is_built_in_ci() -> None:
    # CI installs with `pip install -e '.[test]'`, which must build it (gcc and Python's
    # headers are there): a build that silently fell back to Python fails here.
    if os.environ.get("CI") and not native.available:
        pytest.fail("factcheck._speedups was not built: anchoring runs in Python only")


def test_the_environment_variable_turns_the_extension_off() -> None:
    code = "from factcheck.check import native; print(native.enabled, native.anchoring())"
    env = {**os.environ, native.DISABLE: "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split() == ["False", "None"], done.stderr
    env[native.DISABLE] = "0"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split()[0] == str(native.available), done.stderr


TEXT = (
    "Most take 1.5 mg to 4.5 mg.\nIn short, usually 1–5.5 weeks. About 30% of them, "
    "a figure of ~3 mg; “quoted” 12 days.\n  Over 1/5th of adults, ten women, -4 °C, 2 x 10^3.\n"
)


@needs_extension
@pytest.mark.parametrize(
    ("value", "quote", "answered"),
    [
        ("1.5-4.5 mg", "1.5 mg to 4.5 mg", True),
        ("1-5.5 weeks", "usually 1-5.5 weeks", True),  # the source's en dash
        ("30%", "About 30% of them", True),
        ("~3 mg", "a figure of ~3 mg", True),
        ("12 days", '"quoted" 12 days', True),  # typographic quotes in the source
        ("1.5 mg", "Most take   1.5 mg", True),  # spaces collapsed: normalize in Python
        ("bedtime", "Most take 1.5 mg", True),  # a label: only the quote is found
        ("4.5 mg", "1.5 mg to 4.5 mg", False),  # the value is not the first number: Python
        ("1.5 kg", "1.5 mg to 4.5 mg", False),  # another unit: Python words the problem
        ("2 mg", "1.5 mg to 4.5 mg", False),  # not what the quote says
        ("20%", "Over 1/5th of adults", False),  # a fraction
        ("10", "ten women", False),  # a number word
        ("-4 degC", "-4 °C", False),  # a minus sign
        ("2000", "2 x 10^3", False),  # a power of ten
        ("3 mg", "not in the text 3 mg", False),  # not found: Python words the problem
    ],
)
def test_the_extension_answers_the_common_cases_and_leaves_the_rest(
    value: str, quote: str, answered: bool
) -> None:
    assert _answered(TEXT, value, quote) is answered
    assert _placed(TEXT, [(value, quote)], fast=True) == _placed(TEXT, [(value, quote)], fast=False)


@needs_extension
def test_the_synthetic_corpus_is_anchored_in_c_with_the_same_results(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.synth import write_corpus

    write_corpus(tmp_path, 2000)
    corpus = load(tmp_path / "claims.yaml")
    fast = _answered_all(corpus)
    assert fast == len({(c.source, c.quote, id(c.value)) for c in corpus.claims})
    saved = native.enabled
    try:
        native.enabled = True
        with_extension = check(corpus)
        native.enabled = False
        without = check(load(tmp_path / "claims.yaml"))
    finally:
        native.enabled = saved
    assert with_extension.results == without.results
    assert with_extension.findings == without.findings


def _answered_all(corpus: object) -> int:
    """How many distinct (source, quote, value) claims of the corpus the extension answers."""
    fast = native._speedups.anchor
    done = set()
    for claim in corpus.claims:  # type: ignore[attr-defined]
        key = (claim.source, claim.quote, id(claim.value))
        if key in done:
            continue
        prepared = native.prepare(claim.value)
        if prepared is not native.PYTHON and fast(
            corpus.sources[claim.source].text,  # type: ignore[attr-defined]
            claim.quote,
            prepared,  # type: ignore[arg-type]
        ):
            done.add(key)
    return len(done)


# Pieces of texts that touch every branch of the extension and of the readers it stands in
# for: digits, commas, decimals, words of numbers and scales, units glued and spaced, signs,
# fractions, powers, times of day, typography and characters it leaves to Python.
_PIECES = [
    *"0123456789",
    "1,000", "2,5", ".5", "4.5", "12", "1/5", "⁄", "3:1", "7:30", " pm", " am",
    " ", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "-", "–", "—", "−", "'", "’", "“", "”", "~",
    ".", ",", ":", "/", "%", "_", "x", "×", "e", "E", "²", "°", "µ", "é", "\x01", "٣",
    "mg", "Mg", "kg", "µg", "mcg", "g", "m", "M", "k", "K", "bn", "tn", "s", "S", "p", "C",
    "weeks", "week", "days", "/day", "/dose", "hours", "pounds", "GBP", "USD", "percent", "pc",
    " per cent", " mg per kg", "°C", "years", "1990s",
    "one", "Two", "ten", "twenty", "-five", "hundred", "thousand", " million", "half", "third",
    "twice", "double", "dozen", "fold", "equal parts", "a day", "an hour", "a full week", "a ",
    "an ", "and a half", " and ", " in ", "in", "minus ", "usually ", "about ", "figure of ",
    "is ", "costs ", "takes ",
]  # fmt: skip
_VALUES = st.builds(
    lambda low, high, unit, qualifier: f"{qualifier}{low}{'-' + high if high else ''}{unit}",
    st.sampled_from(["1", "1.5", "2", "3", "4.5", "5.5", "10", "12", "30", "0.5", "1,000", "99"]),
    st.sampled_from(["", "", "2", "4.5", "12", "1,000"]),
    st.sampled_from(
        [
            "",
            " mg",
            "%",
            " weeks",
            " days",
            " kg",
            " pounds",
            " GBP",
            " degC",
            " percent",
            " µg",
            " hours",
        ]
    ),
    st.sampled_from(["", "~", ">", "<=", "about "]),
)


@needs_extension
@settings(max_examples=1500)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14),
    st.lists(st.tuples(_VALUES, st.integers(0, 40), st.integers(1, 30), st.booleans()), max_size=4),
)
def test_the_extension_anchors_as_python_does(
    pieces: list[str], claims: list[tuple[str, int, int, bool]]
) -> None:
    """Generated texts, quotes cut from them (or not in them) and values: the same anchors and
    locations with the extension as without."""
    text = "".join(pieces)
    pairs = []
    for value, start, length, inside in claims:
        try:
            parse_value(value)
        except ValueSyntaxError:
            continue
        quote = text[start : start + length] if inside else value
        pairs.append((value, quote or "x"))
    assert _placed(text, pairs, fast=True) == _placed(text, pairs, fast=False)


_PLAIN = [" ", " ", "usually ", "about ", "a figure of ", "is ", "takes ", "In short, ", "x",
          "of them", ".", ",", ";", "(", ")", "~", "'", "\n", "  ", "’", "–", "“"]  # fmt: skip
_NUMBERS = st.sampled_from(["1", "1.5", "2", "3", "4.5", "5.5", "10", "12", "30", "0.5", "1,000"])
_UNITS = st.sampled_from(["", " mg", "mg", "%", " %", " weeks", " days", " kg", " pounds",
                          " percent", " hours", " mg/day", " s", "s", " mgs"])  # fmt: skip


@needs_extension
@settings(max_examples=1500)
@given(
    st.lists(st.sampled_from(_PIECES + _PLAIN * 4), max_size=6),
    st.lists(st.sampled_from(_PLAIN), max_size=3),
    _NUMBERS,
    st.sampled_from(["", "-", " to ", "–", " and ", " or "]),
    _NUMBERS,
    _UNITS,
    _UNITS,
    st.lists(st.sampled_from(_PIECES + _PLAIN * 4), max_size=6),
    st.booleans(),
)
def test_the_extension_anchors_values_written_in_their_quotes_as_python_does(
    lead: list[str],
    opening: list[str],
    low: str,
    between: str,
    high: str,
    written_unit: str,
    unit: str,
    tail: list[str],
    single: bool,
) -> None:
    """Quotes that write their claim's value, in texts around them: the common case, and the
    readings next to it that the extension must leave to Python."""
    head = "".join(opening)
    body = head + low + ("" if single else between + high) + written_unit
    text = "".join(lead) + body + "".join(tail)
    value = low + ("" if single or not between else "-" + high) + unit
    try:
        parse_value(value)
    except ValueSyntaxError:
        return
    pairs = [(value, body), (value, body.strip() or "x"), (value, text.strip() or "x")]
    assert _placed(text, pairs, fast=True) == _placed(text, pairs, fast=False)


@needs_extension
def test_the_extension_searches_as_first_occurrence_does_and_counts_alike() -> None:
    # Many quotes in one text: the first ones scanned (in C: memchr for a digit, or str.find),
    # then, past INDEX_AFTER scans of the text, FirstOccurrence's index (its own method).
    lines = [f"Line {i} says {i % 7}.{i % 3} mg, then {i * 13 % 1000} weeks." for i in range(300)]
    text = "\n".join(lines) + "\n"
    pairs = [(f"{i % 7}.{i % 3} mg", f"{i % 7}.{i % 3} mg, then") for i in range(300)[::-1]]
    pairs += [(f"{i * 13 % 1000} weeks", f"then {i * 13 % 1000} weeks") for i in range(300)]
    pairs += [("5 mg", "no 5 mg here"), ("2 mg", "Line 2 says 2.2 mg")]
    texts = []
    for fast in (True, False):
        claims = [
            Claim(f"c{i}", "a", "s", parse_value(value), None, quote)
            for i, (value, quote) in enumerate(pairs)
        ]
        source = _source(text)
        saved = native.enabled
        native.enabled = fast
        try:
            texts.append((parallel._placed(claims, {"a": source}), source.text._search))
        finally:
            native.enabled = saved
    (fast_placed, fast_search), (pure_placed, pure_search) = texts
    assert fast_placed == pure_placed
    assert fast_search._index is not None  # the index was reached
    assert (fast_search.work, fast_search._scanned, fast_search._found) == (
        pure_search.work,
        pure_search._scanned,
        pure_search._found,
    )


def test_the_check_is_the_same_without_the_extension(tmp_path: Path) -> None:
    # The pure path is the reference, and a whole check runs on it when the extension is off.
    root = write(
        tmp_path,
        {
            "a.md": "Most take 1.5 mg to 4.5 mg. Over 1/5th of adults have pain. Ten women joined.\n",
            "claims.yaml": "version: 1\nsources:\n  - {id: a, path: a.md}\nsubjects:\n"
            "  - {id: dose, unit: mg, kind: range}\n  - {id: share, unit: '%'}\n  - {id: n}\n"
            "claims:\n"
            "  - {id: c1, source: a, subject: dose, value: 1.5-4.5 mg, quote: 1.5 mg to 4.5 mg}\n"
            "  - {id: c2, source: a, subject: share, value: '>20%', quote: Over 1/5th of adults}\n"
            "  - {id: c3, source: a, subject: n, value: 11, quote: Ten women joined}\n"
            "  - {id: c4, source: a, subject: dose, value: 2 mg, quote: take 1.5 mg}\n",
        },
    )
    saved = native.enabled
    try:
        native.enabled = False
        pure = check(load(root))
        native.enabled = native.available
        either = check(load(root))
    finally:
        native.enabled = saved
    assert pure.results == either.results
    assert [f.message for f in pure.findings] == [f.message for f in either.findings]
    assert any("11 not found" in f.message for f in pure.findings)

"""Fuzzing the commands users point at files they did not write: random bytes, random YAML and
random documents fed to ``check`` and ``extract`` (issue 15, "Done when").

Whatever the input, a command exits 0, 1 or 2 (never a crash: 3, never a hang), prints no
traceback and no control character other than newline and tab, and ``extract -o`` leaves the
claims file unchanged or validly merged: it still loads, with every earlier entry kept.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.corpus import load as loading
from factcheck.corpus.yamlread import read_yaml
from factcheck.problems import InputError
from factcheck.values.units import Units

ROOT = Path(__file__).resolve().parent.parent
ALLOWED_EXITS = {0, 1, 2}
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FUZZ = settings(
    max_examples=30,  # each example runs the CLI several times; 30 keep CI under its 5 minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- pieces of hostile text -------------------------------------------------------------------

BIG = "1" + "0" * 5000
NUMBERS = [
    "5", "4.5", "1,000", "0.5-4.5", "1/5th", "1/0", "3/" + "0" * 400, "1/" + "9" * 400,
    "1e400", "-1e400", "1e-400", "1e" + "9" * 5000, BIG, "9" * 400 + ".5", "0x" + "f" * 300,
    "99%", "~30%", ">24%", "≥ 65", "2.5 million", "9" * 99 + " trillion", "one in " + "9" * 400,
    "twenty-five", "a third", "1980s", "-15", "−12", "NaN", "inf", "Infinity", ".nan", ".inf",
    "1_000", "0o17", "1e308", "1.7976931348623157e308", "5e-324",
]  # fmt: skip
UNITS = ["mg", "µg", "mcg", "IU", "%", "km", "mm", "kg", "hours", "weeks", "USD", "$", "°C",
         "degC", "m*" * 50, "furlongs", "patients", "bpm", "mg/dL"]  # fmt: skip
WORDS = ["LDN", "dose", "typical", "daily", "patients", "between", "and", "to", "about",
         "over", "at least", "up to", "from", "in", "trial", "the", "of", "per day"]  # fmt: skip
MARKUP = [
    "<p>", "</p>", "<br>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#65;",
    "&#" + "9" * 5000 + ";", "&#x" + "f" * 5000 + ";", "&#" + "0" * 5000 + "65;",
    "&#1114112;", "&#0;", '<a title="&#' + "9" * 5000 + ';">', "</a>", "<td>", "&nbsp;",
]  # fmt: skip
CONTROLS = ["\x00", "\x07", "\x1b[2J", "\x1b]8;;http://x\x1b\\", "\x7f", "\x9b", "\ufffe",
            "\r", "\r\n", "\t", "\u2028", "\u202e", "\ud7ff"]  # fmt: skip
PIECES = NUMBERS + UNITS + WORDS + MARKUP + CONTROLS + [" ", " ", " ", "\n", ". ", ", "]

pieces = st.sampled_from(PIECES)
free_text = st.text(
    st.characters(blacklist_categories=["Cs"]), max_size=12
)  # any character but lone surrogates, which no file can hold


@st.composite
def documents(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.one_of(pieces, pieces, pieces, free_text), max_size=40)))


# -- claims files -----------------------------------------------------------------------------

#: Placeholders replaced after dumping: PyYAML cannot write an int of 5,000 digits.
RAW = {"@@BIG@@": BIG, "@@BIGHEX@@": "0x" + "f" * 5000, "@@EXP@@": "1e" + "9" * 5000,
       "@@INF@@": "1.0e+400", "@@NAN@@": ".nan"}  # fmt: skip
SOURCE_PATHS = ["a.md", "b.html", "c.txt", "missing.md", "loop.md", "sub/", "../outside.md",
                "/etc/passwd", "a\0.md", "", "a.md\n::error::x", "A.MD", "d.pdf"]  # fmt: skip


def _scalar() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(list(RAW)),
        free_text,
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.none(),
    )


def _value() -> st.SearchStrategy[Any]:
    number = st.sampled_from(NUMBERS)
    unit = st.sampled_from([*UNITS, ""])
    return st.one_of(
        st.builds(lambda n, u: f"{n} {u}".strip(), number, unit),
        _scalar(),
        st.lists(_scalar(), max_size=2),
    )


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(strategy, _scalar())


ids = st.sampled_from(["a", "b", "c", "s", "t", "x", "c1", "c2"])
sources = st.fixed_dictionaries(
    {"id": _maybe(ids), "path": _maybe(st.sampled_from(SOURCE_PATHS))},
    optional={"title": _scalar(), "kind": _maybe(st.sampled_from(["article", "reference"]))},
)
subjects = st.fixed_dictionaries(
    {"id": _maybe(ids)},
    optional={
        "label": _scalar(),
        "unit": _maybe(st.sampled_from(UNITS)),
        "kind": _maybe(st.sampled_from(["value", "range", "label"])),
        "tolerance": _maybe(st.sampled_from(["5%", "0", "0.5", "9" * 400 + "%"])),
        "terms": st.one_of(st.lists(_scalar(), max_size=3), _scalar()),
        "conversions": st.one_of(
            st.dictionaries(st.sampled_from(UNITS), _value(), max_size=2), _scalar()
        ),
    },
)
claim_items = st.fixed_dictionaries(
    {"id": _maybe(ids), "source": _maybe(ids), "subject": _maybe(ids), "value": _value()},
    optional={
        "quote": st.one_of(documents(), _scalar()),
        "status": _maybe(st.sampled_from(["draft", "reviewed", "ignored"])),
        "context": st.dictionaries(st.sampled_from(["arm", "population"]), _scalar(), max_size=2),
        "cites": st.lists(_maybe(ids), max_size=2),
        "accept": st.lists(_maybe(st.sampled_from(["unsupported", "conflict"])), max_size=2),
        "note": _scalar(),
    },
)
claims_data = st.fixed_dictionaries(
    {"version": _maybe(st.just(1))},
    optional={
        "sources": st.one_of(st.lists(sources, max_size=4), _scalar()),
        "subjects": st.one_of(st.lists(subjects, max_size=3), _scalar()),
        "claims": st.one_of(st.lists(claim_items, max_size=5), _scalar()),
    },
)


def dump(data: Any) -> str:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    for placeholder, raw in RAW.items():
        text = text.replace(f"'{placeholder}'", raw)
    return text


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few random edits: YAML that is almost right."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 8))
        insert = draw(
            st.one_of(pieces, st.sampled_from(list(":-[]{}&*!|>'\"#%@`\n  \t")), free_text)
        )
        text = text[:at] + insert + text[at + cut :]
    return text


claims_texts = st.one_of(
    claims_data.map(dump),
    claims_data.map(dump).flatmap(lambda t: mutated(t)),
    documents(),
)

# -- running ------------------------------------------------------------------------------------


@contextmanager
def folder() -> Iterator[Path]:
    """A fresh folder (hypothesis reruns the test body, so no tmp_path fixture)."""
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as name:
        path = Path(name)
        (path / "sub").mkdir()
        (path / "sub" / "x.md").write_text("5 mg\n", encoding="utf-8")
        os.symlink("loop2.md", path / "loop.md")
        os.symlink("loop.md", path / "loop2.md")
        yield path


def write_docs(path: Path, docs: list[str]) -> None:
    for name, text in zip(("a.md", "b.html", "c.txt"), docs, strict=False):
        (path / name).write_text(text, encoding="utf-8", errors="surrogatepass")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert_clean(result.exit_code, result.stdout, result.stderr)
    return result.exit_code, result.stdout, result.stderr


def assert_clean(code: int, out: str, err: str) -> None:
    assert code in ALLOWED_EXITS, f"exit {code}: {err[-2000:]}"
    assert "Traceback" not in out + err
    assert "internal error" not in err
    for stream in (out, err):
        bad = CONTROL.search(stream)
        assert bad is None, (
            f"control character {bad.group()!r} in output: {stream[max(0, bad.start() - 80) : bad.end() + 80]!r}"
        )


def strict_json(text: str) -> None:
    """JSON as the standard has it: NaN and Infinity are not JSON."""

    def refuse(name: str) -> None:
        raise ValueError(f"{name} in JSON output")

    json.loads(text, parse_constant=refuse)


def loads(text: bytes) -> Any:
    try:
        return read_yaml(text, "claims.yaml").data
    except InputError:
        return None


# -- the tests ----------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _one_unit_registry() -> Iterator[None]:
    """One pint registry for every run in this module: building one per load costs most of a
    check's time, and a registry only caches what it has parsed."""
    units = Units()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loading, "Units", lambda: units)
        yield


@FUZZ
@given(claims_text=claims_texts, docs=st.lists(documents(), min_size=3, max_size=3))
@example(claims_text="version: 1\nsources: []\nclaims: .nan\n", docs=["", "", ""])
def test_check_any_claims_file(claims_text: str, docs: list[str]) -> None:
    with folder() as path:
        write_docs(path, docs)
        claims = path / "claims.yaml"
        claims.write_text(claims_text, encoding="utf-8", errors="surrogatepass")
        invoke("check", str(claims), "--coverage", "--root", str(path))
        _, out, _ = invoke("check", str(claims), "--format", "json", "--root", str(path))
        strict_json(out)


def _documents_corpus(docs: list[str], quotes: list[str], values: list[str]) -> str:
    claims = [
        {"id": f"c{i}", "source": src, "subject": "s", "value": value, "quote": quote}
        for i, (src, quote, value) in enumerate(zip(("a", "b", "c"), quotes, values, strict=True))
    ]
    return dump(
        {
            "version": 1,
            "sources": [
                {"id": s, "path": p}
                for s, p in zip("abc", ("a.md", "b.html", "c.txt"), strict=True)
            ],
            "subjects": [{"id": "s", "label": "S", "unit": "mg"}],
            "claims": claims,
        }
    )


@FUZZ
@given(
    docs=st.lists(documents(), min_size=3, max_size=3),
    values=st.lists(
        st.builds(
            lambda n, u: f"{n} {u}".strip(),
            st.sampled_from(NUMBERS),
            st.sampled_from(["mg", "g", "µg", ""]),
        ),
        min_size=3,
        max_size=3,
    ),
    data=st.data(),
)
def test_check_any_documents(docs: list[str], values: list[str], data: st.DataObject) -> None:
    """Valid claims files whose quotes are cut from random documents: anchoring, coverage and
    the reports read every number in them."""
    quotes = []
    for doc in docs:
        start = data.draw(st.integers(0, len(doc)))
        end = data.draw(st.integers(start, len(doc)))
        quotes.append(doc[start:end] or "5 mg")
    with folder() as path:
        write_docs(path, docs)
        claims = path / "claims.yaml"
        claims.write_text(_documents_corpus(docs, quotes, values), encoding="utf-8")
        invoke("check", str(claims), "--coverage", "--strict")
        invoke("check", str(claims), "--format", "sarif")
        invoke("report", str(claims), "--no-color", "--limit", "0")


@settings(FUZZ, max_examples=15)
@given(claims_bytes=st.binary(max_size=300), doc_bytes=st.binary(max_size=300))
def test_check_and_extract_random_bytes(claims_bytes: bytes, doc_bytes: bytes) -> None:
    with folder() as path:
        claims = path / "claims.yaml"
        claims.write_bytes(claims_bytes)
        (path / "a.md").write_bytes(doc_bytes)
        invoke("check", str(claims))
        code, _, _ = invoke("extract", str(path / "a.md"), "-o", str(claims))
        if code != 0:
            assert claims.read_bytes() == claims_bytes


@settings(FUZZ, max_examples=15)  # five extracts per example: the suite's slowest test at 30
@given(
    existing=st.one_of(st.none(), claims_texts, st.binary(max_size=200)),
    docs=st.lists(documents(), min_size=1, max_size=3),
)
@example(existing=b"\r", docs=[""])  # a lone CR: a line break to YAML, raw in --dry-run's diff
@example(existing=None, docs=["0\x851/5th"])  # NEL drafted into a quote: the reader refused it
@example(existing="subjects:\n  - id: a\n    terms: 5\n", docs=["5 mg"])
def test_extract_merges_validly_or_changes_nothing(
    existing: str | bytes | None, docs: list[str]
) -> None:
    with folder() as path:
        write_docs(path, docs)
        claims = path / "claims.yaml"
        if isinstance(existing, str):
            claims.write_text(existing, encoding="utf-8", errors="surrogatepass")
        elif isinstance(existing, bytes):
            claims.write_bytes(existing)
        before = claims.read_bytes() if claims.exists() else None
        names = [str(path / n) for n in ("a.md", "b.html", "c.txt")[: len(docs)]]
        invoke("extract", *names, "--format", "jsonl")
        invoke("extract", *names)  # the merged file on stdout
        invoke("extract", *names, "-o", str(claims), "--dry-run")
        assert (claims.read_bytes() if claims.exists() else None) == before
        code, _, _ = invoke("extract", *names, "-o", str(claims))
        after = claims.read_bytes() if claims.exists() else None
        if code != 0:
            assert after == before
            return
        assert after is not None
        merged = loads(after)
        assert isinstance(merged, dict), after[:500]
        old = loads(before) if before is not None else None
        if isinstance(old, dict):
            for section in ("sources", "subjects", "claims"):
                if isinstance(old.get(section), list):
                    kept = merged.get(section, [])[: len(old[section])]
                    assert repr(kept) == repr(old[section]), section  # repr: NaN == NaN
        invoke("check", str(claims), "--root", str(path))


@settings(FUZZ, max_examples=3)
@given(claims_text=claims_texts, doc=documents())
def test_real_processes(claims_text: str, doc: str) -> None:
    """A few real runs: what CliRunner cannot show (the interpreter's own exit, encodings)."""
    with folder() as path:
        write_docs(path, [doc, doc, doc])
        claims = path / "claims.yaml"
        claims.write_text(claims_text, encoding="utf-8", errors="surrogatepass")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for args in (
            ["check", str(claims), "--coverage"],
            ["extract", str(path / "a.md"), str(path / "b.html"), "-o", str(claims)],
        ):
            done = subprocess.run(
                [sys.executable, "-m", "factcheck", *args],
                capture_output=True,
                timeout=300,
                env=env,
                cwd=path,
            )
            out = done.stdout.decode("utf-8", "replace")
            err = done.stderr.decode("utf-8", "replace")
            assert_clean(done.returncode, out, err)

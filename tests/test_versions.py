"""Software versions as values: read, ordered by release, compared, anchored, shown ("v3.10")."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.version import Version

from factcheck import load
from factcheck.check import native as anchor_native
from factcheck.cli import main
from factcheck.corpus import native as load_native
from factcheck.corpus.model import Claim, Source, SourceKind
from factcheck.problems import InputError
from factcheck.text.documents import Text
from factcheck.values import versions
from factcheck.values.grammar import Qualifier, ValueSyntaxError, parse_value
from factcheck.values.quantity import describe, quantify
from tests.common import agree, conflict, relation, run_factcheck, write

parallel = importlib.import_module("factcheck.check.parallel")  # `check` exports a function


def _agree(a: str, b: str, kind: str = "value") -> bool:
    return agree(a, b, unit="version", kind=kind)


def _conflict(a: str, b: str, kind: str = "value") -> bool:
    return conflict(a, b, unit="version", kind=kind)


class TestReading:
    @pytest.mark.parametrize(
        ("text", "parts", "qualifier"),
        [
            ("v3.10", (3, 10), Qualifier.EQ),
            ("V12", (12,), Qualifier.EQ),
            ("v3.9.2", (3, 9, 2), Qualifier.EQ),
            (">=v3.9", (3, 9), Qualifier.GE),
            ("≥ v18", (18,), Qualifier.GE),
            ("<v2.0", (2, 0), Qualifier.LT),
            ("v22.04", (22, 4), Qualifier.EQ),
        ],
    )
    def test_one_version(self, text: str, parts: tuple[int, ...], qualifier: Qualifier) -> None:
        value = parse_value(text)
        assert value.unit == versions.UNIT and value.low is not None
        assert value.low.value == versions.key(parts)
        assert value.qualifier is qualifier and not value.is_range

    @pytest.mark.parametrize("text", ["v12-v15", "v12 - v15", "v12 to v15", "v12-15"])
    def test_ranges(self, text: str) -> None:
        value = parse_value(text)
        assert value.is_range and value.low and value.high
        assert (value.low.value, value.high.value) == (versions.key((12,)), versions.key((15,)))

    @pytest.mark.parametrize("text", ["3.10", "3.10 mg", "version 3", "v", "very 3 mg"])
    def test_others_are_no_versions(self, text: str) -> None:
        try:
            value = parse_value(text)
        except ValueSyntaxError:
            return
        assert value.unit != versions.UNIT

    @pytest.mark.parametrize(
        ("text", "why"),
        [
            ("v3.12rc1", "'v3.12rc1' is not a plain release"),
            ("v1.0.post2", "'v1.0.post2' is not a plain release"),
            ("v1.2.3.4", "'v1.2.3.4' has more than 3 parts"),
            ("v3.10000", "'v3.10000' is out of range"),
            ("v12345", "'v12345' is out of range"),
            ("v3..1", "cannot read version 'v3..1'"),
            ("~v3.9", "cannot be approximate"),
            ("v15-v12", "low end above its high end"),
            (">=v1-v2", "cannot also be a bound"),
            ("v3.9 mg", "cannot read 'v3.9 mg' as a version"),
            ("v" + "1" * 5000, "is too long (5,000 characters; at most 40)"),
            ("v1-v1." + "2" * 5000, "is too long (5,002 characters; at most 40)"),
        ],
    )
    def test_bad_versions_say_why(self, text: str, why: str) -> None:
        with pytest.raises(ValueSyntaxError, match=re.escape(why)):
            parse_value(text)

    @pytest.mark.parametrize("text", ["v3.10", "v3.9.2", ">=v3.9", "<v2.0", "v12-v15", "v8.0"])
    def test_shown_as_written(self, text: str) -> None:
        quantity = quantify(parse_value(text), lambda x: x)
        assert describe(quantity, versions.UNIT) == text

    def test_shown_without_its_width(self) -> None:
        assert versions.shown(versions.key((3, 10))) == "v3.10"
        assert versions.shown(versions.key((12, 0))) == "v12"  # a key cannot tell v12.0 from v12


_PART = st.integers(0, 40) | st.integers(0, versions.PLACE - 1)
_RELEASES = st.lists(_PART, min_size=1, max_size=versions.PARTS).map(tuple)


@settings(deadline=None, max_examples=300)
@given(_RELEASES, _RELEASES)
def test_keys_order_as_packaging_orders_releases(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    va, vb = Version(".".join(map(str, a))), Version(".".join(map(str, b)))
    ka, kb = versions.key(a), versions.key(b)
    assert (ka < kb) == (va < vb)
    assert (ka == kb) == (va == vb)


def _text(parts: tuple[int, ...]) -> str:
    return "v" + ".".join(map(str, parts))


@settings(deadline=None, max_examples=300)
@given(_RELEASES, _RELEASES)
def test_versions_agree_when_one_names_a_release_of_the_other(
    a: tuple[int, ...], b: tuple[int, ...]
) -> None:
    """``v3.9`` covers 3.9.2: two versions agree when the shorter is the longer's first parts
    (trailing zeros aside: 3.9 == 3.9.0), and the comparison is symmetric."""
    shorter, longer = sorted((a, b), key=len)
    padded = (*shorter, *(0,) * (len(longer) - len(shorter)))
    expected = longer[: len(shorter)] == shorter or padded == longer
    assert _agree(_text(a), _text(b)) is expected
    assert _agree(_text(b), _text(a)) is expected


@settings(deadline=None, max_examples=200)
@given(_RELEASES, _RELEASES)
def test_minimums_agree_only_on_one_release(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    """Two minimums ("3.9 or newer", "at least 3.10") are two limits: they agree when they name
    one release as ``==`` of packaging does, when both are written to the same parts."""
    if len(a) != len(b):
        return
    same = Version(".".join(map(str, a))) == Version(".".join(map(str, b)))
    assert _agree(">=" + _text(a), ">=" + _text(b)) is same


class TestComparing:
    def test_minimum_versions_conflict(self) -> None:
        assert relation(">=v3.9", ">=v3.10", unit="version") == (
            False,
            "lower limit >=v3.9 vs >=v3.10",
        )

    def test_a_minimum_and_a_tested_release_agree(self) -> None:
        assert _agree(">=v3.9", "v3.11")
        assert _agree(">=v3.9", "v3.9.7")
        assert _conflict(">=v3.9", "v3.8")

    def test_fewer_parts_cover_their_patch_releases(self) -> None:
        assert _agree("v3.9", "v3.9.2")
        assert _agree("v3.9", "v3.9.0")
        assert _conflict("v3.9.1", "v3.9.2")
        assert _conflict("v3.9", "v3.10")

    def test_bounds_on_releases(self) -> None:
        assert _conflict(">v3.9", "v3.9.5")  # after every 3.9 release
        assert _agree("<=v3.9", "v3.9.5")  # up to and including every 3.9 release
        assert _conflict("<v3.9", "v3.9.0")

    def test_supported_ranges(self) -> None:
        assert _agree("v1.21-v1.23", "v1.21-1.23", kind="range")
        assert _conflict("v1.21-v1.23", "v1.20-v1.23", kind="range")
        assert _agree("v1.22", "v1.21-v1.23")
        assert _conflict("v1.24", "v1.21-v1.23")


class TestAnchoring:
    """The quote states a version as written: "3.10" is no number 3.1, nor in "13.10"."""

    def _problem(self, value: str, quote: str) -> str | None:
        text = f"Intro. {quote} End.\n"
        source = Source("a", "a.md", Path("a.md"), SourceKind.ARTICLE, Text(text))
        claim = Claim("c", "a", "s", parse_value(value), None, quote)
        [(anchored, _)] = parallel._placed([claim], {"a": source})
        return anchored.problem

    @pytest.mark.parametrize(
        ("value", "quote"),
        [
            (">=v3.10", "needs at least Python 3.10."),
            ("v3.10", "tested on v3.10"),
            ("v12-v15", "PostgreSQL 12 to 15"),
            ("v22.04", "Ubuntu 22.04 LTS"),
        ],
    )
    def test_stated(self, value: str, quote: str) -> None:
        assert self._problem(value, quote) is None

    @pytest.mark.parametrize(
        ("value", "quote"),
        [
            ("v3.1", "needs at least Python 3.10"),
            ("v3.10", "Python 3.10.2 only"),
            ("v3.10", "Ubuntu 13.10"),
            ("v3.9", "needs 3.90 or so"),
        ],
    )
    def test_not_stated(self, value: str, quote: str) -> None:
        problem = self._problem(value, quote)
        assert problem is not None and "is not what the quote says" in problem


TEXT = "# Install\n\nPython 3.9 or newer is required. Tested on v3.11 and 3.12.\n"


def _placed(pairs: list[tuple[str, str]], fast: bool) -> list[object]:
    claims = [
        Claim(f"c{i}", "a", "s", parse_value(value), None, quote)
        for i, (value, quote) in enumerate(pairs)
    ]
    source = Source("a", "a.md", Path("a.md"), SourceKind.ARTICLE, Text(TEXT))
    saved = anchor_native.enabled
    anchor_native.enabled = fast
    try:
        return list(parallel._placed(claims, {"a": source}))
    finally:
        anchor_native.enabled = saved


@pytest.mark.skipif(not anchor_native.available, reason="factcheck._speedups not built")
@pytest.mark.parametrize(
    ("value", "quote"),
    [
        (">=v3.9", "Python 3.9 or newer is required"),
        ("v3.11-v3.12", "Tested on v3.11 and 3.12"),
        ("v3.1", "Tested on v3.11 and 3.12"),  # 3.1 is no release the quote names
        ("v3.12", "and 3.12."),
        ("3.9", "Python 3.9 or newer"),  # the number: the extension answers it as before
    ],
)
def test_the_anchoring_extension_leaves_versions_to_python(value: str, quote: str) -> None:
    prepared = anchor_native.prepare(parse_value(value))
    assert (prepared is anchor_native.PYTHON) is value.startswith((">", "v"))
    assert _placed([(value, quote)], fast=True) == _placed([(value, quote)], fast=False)


CLAIMS = """
version: 1
sources:
  - {id: readme, path: README.md}
  - {id: faq, path: FAQ.txt}
subjects:
  - {id: min-python, label: Oldest supported Python, unit: version}
  - {id: tested-python, label: Python versions tested, unit: version, kind: range}
claims:
  - {id: readme-min, source: readme, subject: min-python, value: ">=v3.9", quote: Python 3.9 or newer is required}
  - {id: faq-min, source: faq, subject: min-python, value: ">=v3.10", quote: needs at least Python 3.10}
  - {id: faq-tested, source: faq, subject: min-python, value: v3.11, quote: CI runs Python 3.11}
  - {id: readme-tested, source: readme, subject: tested-python, value: v3.11-v3.12, quote: Tested on v3.11 and 3.12}
"""
DOCUMENTS = {
    "README.md": TEXT,
    "FAQ.txt": "Q: Which Python?\nA: queuekit needs at least Python 3.10. CI runs Python 3.11.\n",
}


def test_loading_versions_is_the_same_without_the_extension(tmp_path: Path) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    loaded = []
    saved = load_native.enabled
    try:
        for fast in (True, False):
            load_native.enabled = fast
            loaded.append(load(claims, root=tmp_path).claims)
    finally:
        load_native.enabled = saved
    assert loaded[0] == loaded[1]


def test_check_reports_a_conflict_of_minimum_versions(tmp_path: Path) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    result = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    [finding] = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert finding["message"] == "Oldest supported Python: lower limit >=v3.9 vs >=v3.10"
    # Each side points at the release as written, not at "3.1" read as a number.
    columns = sorted((loc["path"], loc["column"]) for loc in finding["locations"])
    assert columns == [
        ("FAQ.txt", DOCUMENTS["FAQ.txt"].splitlines()[1].index("3.10") + 1),
        ("README.md", TEXT.splitlines()[2].index("3.9") + 1),
    ]
    # "3.9 or newer" and "runs 3.11" agree: only the two minimums are in conflict.
    statuses = {c["id"]: c["status"] for c in report["claims"]}
    assert statuses["faq-tested"] == "corroborated"  # by "3.9 or newer"
    assert not [f for f in report["findings"] if f["kind"] == "unanchored"]
    values = {c["id"]: c["value"] for c in report["claims"]}
    assert values["faq-min"] == {
        "text": ">=v3.10",
        "low": versions.key((3, 10)),
        "high": versions.key((3, 10)),
        "unit": "version",
        "qualifier": ">=",
    }


def test_a_bad_version_is_a_located_error(tmp_path: Path) -> None:
    bad = CLAIMS.replace('value: ">=v3.10"', 'value: ">=v3.10rc1"')
    claims = write(tmp_path, {"claims.yaml": bad, **DOCUMENTS})
    done = run_factcheck("check", str(claims))
    assert done.returncode == 2
    lines = bad.lstrip("\n").splitlines()
    line = next(n for n, text in enumerate(lines) if "v3.10rc1" in text)
    column = lines[line].index('">=v3.10rc1"') + 1
    assert (
        f"claims.yaml:{line + 1}:{column}: version 'v3.10rc1' is not a plain release"
        in done.stderr + done.stdout
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ((", unit: version}\n  - {id: tested", "}\n  - {id: tested"), "is a version: its subject needs unit: version"),
        (('value: ">=v3.10"', "value: 3.10"), "'3.1' is no version: write a version with a 'v'"),
        (('value: ">=v3.10"', "value: '3.10'"), "'3.10' is no version: write a version with a 'v'"),
    ],
)  # fmt: skip
def test_a_version_and_its_subject_must_agree(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS.replace(*edit), **DOCUMENTS})
    result = CliRunner().invoke(main, ["check", str(claims)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_terminal_report_shows_versions(tmp_path: Path) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    result = CliRunner().invoke(main, ["report", str(claims), "--no-color", "--width", "100"])
    assert result.exit_code == 0, result.output
    assert "lower limit >=v3.9 vs >=v3.10" in result.output
    assert "disputed: >=v3.9 (1) vs >=v3.10 (1)" in result.output
    assert "v3.11-v3.12" in result.output
    assert "Software versions" in result.output  # its class among the unsupported numbers
    assert str(int(versions.key((3, 9)))) not in result.output


def test_html_chart_reads_versions_as_releases(tmp_path: Path, open_report: Any) -> None:
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    page_file = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["export", str(claims), "--html", str(page_file)])
    assert result.exit_code == 0, result.output
    opened = open_report(page_file.read_text(encoding="utf-8"))
    subject = opened.page.locator("#subjects .subject[data-subject=min-python]")
    items = subject.locator("li").all_inner_texts()
    assert items[:2] == [">=v3.9: 1 source — in conflict", ">=v3.10: 1 source — in conflict"]
    ticks = subject.locator("svg.chart text").all_text_contents()
    assert "v3.10" in ticks and "v3.11" in ticks
    assert not [t for t in ticks if "000" in t]
    assert opened.errors == []


def test_input_error_is_raised_for_a_bad_version_through_the_api(tmp_path: Path) -> None:
    bad = CLAIMS.replace("v3.11-v3.12", "v3.12-v3.11")
    claims = write(tmp_path, {"claims.yaml": bad, **DOCUMENTS})
    with pytest.raises(InputError, match="low end above its high end"):
        load(claims, root=tmp_path)


def test_the_output_is_the_same_bytes_without_the_extensions(tmp_path: Path) -> None:
    """Loading, anchoring and JSON writing in C hand versions to Python: the same bytes."""
    claims = write(tmp_path, {"claims.yaml": CLAIMS, **DOCUMENTS})
    outputs = []
    for pure in ("", "1"):
        done = run_factcheck(
            "check", str(claims), "--format", "json", env={"FACTCHECK_PURE_PYTHON": pure}
        )
        assert done.returncode == 1, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert '"text": ">=v3.10"' in outputs[0]

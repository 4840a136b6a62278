"""Numbers and names that used to end in a traceback: every number read anywhere is finite and
bounded, or a located error (``file:line:col: what is wrong``, exit 2). Examples as data, run
through the command line; each stands for a class (issue 15, "Tracebacks on numbers and names")."""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.formats.json import dumps
from factcheck.report.findings import ExitCode

BIG = "1" + "0" * 5000  # past Python's 4,300-digit int-to-str limit
NINES = "9" * 400
LOCATED = re.compile(r"^claims\.yaml:[1-9]\d*:[1-9]\d*: \S", re.MULTILINE)
B_DOC = "Most take 5 mg.\n"


def claims(
    value: str = "5 mg",
    quote: str = "5 mg",
    *,
    unit: str = "mg",
    subject: str = "",
    path: str = "a.md",
    top: str = "version: 1",
) -> str:
    return f"""\
{top}
sources:
  - id: a
    path: {path}
  - id: b
    path: b.md
subjects:
  - id: s
    label: S
    unit: {unit}
{subject}claims:
  - id: c1
    source: a
    subject: s
    value: {value}
    quote: {quote}
  - id: c2
    source: b
    subject: s
    value: 5 {unit}
    quote: 5 {unit}
"""


def run(tmp: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    out, err = result.stdout, result.stderr
    assert "Traceback" not in out + err
    assert "internal error" not in err
    return result.exit_code, out, err


def corpus(
    tmp: Path, claims_text: str, a_doc: str = "We give 5 mg daily.\n", a_name: str = "a.md"
) -> None:
    (tmp / a_name).write_text(a_doc, encoding="utf-8")
    (tmp / "b.md").write_text(B_DOC, encoding="utf-8")
    (tmp / "claims.yaml").write_text(claims_text, encoding="utf-8")


def strict_json(text: str) -> object:
    """JSON as the standard has it: NaN and Infinity are not JSON."""

    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


# (id, claims file text, document a.md, what the error says)
INVALID = [
    ("exponent past float", claims("1e400 mg"), None, "out of range"),
    ("negative exponent past float", claims("-1e400 mg"), None, "out of range"),
    ("underflow to zero", claims("1e-400 mg"), None, "out of range"),
    ("YAML float past float", claims("1.0e+400"), None, "out of range"),
    ("YAML .inf", claims(".inf"), None, "out of range"),
    ("YAML .nan", claims(".nan"), None, "out of range"),
    ("5,000-digit YAML integer", claims(BIG), None, "too long"),
    (
        "5,000-digit hex integer",
        claims(subject=f"    tolerance: 0x{'f' * 5000}\n"),
        None,
        "tolerance",
    ),
    ("5,000-digit integer with a unit", claims(f"{BIG} mg"), None, "too long"),
    ("5,000-digit exponent", claims("1e" + "9" * 5000 + " mg"), None, "too long"),
    ("400-digit number", claims(NINES + " mg"), None, "too long"),
    ("400-digit range end", claims(f"1-{NINES} mg"), None, "too long"),
    ("fraction over zero", claims("1/0 mg"), None, "fraction"),
    ("conversion past the bound", claims("1e299 km", unit="mm"), None, "out of range in mm"),
    (
        "rate times value past float",
        claims("1e10 IU", unit="µg", subject="    conversions: {IU: 1e300 µg}\n"),
        None,
        "out of range in µg",
    ),
    (
        "rate past the bound",
        claims("5 IU", unit="µg", subject="    conversions: {IU: 1e400 µg}\n"),
        None,
        "conversion",
    ),
    ("5,000-digit tolerance", claims(subject=f"    tolerance: {BIG}\n"), None, "tolerance"),
    ("tolerance past float", claims(subject="    tolerance: 1.0e+400\n"), None, "tolerance"),
    ("400-digit percentage", claims(subject=f'    tolerance: "{NINES}%"\n'), None, "tolerance"),
    ("5,000-digit version", claims(top=f"version: {BIG}"), None, "version"),
    ("NUL in a source path", claims(path='"a\\0.md"'), None, "NUL"),
]


@pytest.mark.parametrize(
    ("text", "doc", "said"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID]
)
@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_out_of_range_numbers_are_located_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, doc: str | None, said: str, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path, text, doc or "We give 5 mg daily.\n")
    code, out, err = run(tmp_path, "check", "--format", fmt)
    assert code == ExitCode.INVALID
    assert LOCATED.search(err), err
    assert said in err
    assert len(err) < 2000  # a 5,000-digit number is shortened, not echoed
    if fmt != "text":
        strict_json(out)


# (id, document a.md, quote of c1, value of c1, expected exit)
READABLE = [
    ("5,000-digit number in prose", f"We give 5 mg to {BIG} people.\n", "5 mg", "5 mg", 0),
    ("1e400 in a quote", "We give 1e400 mg, or 5 mg.\n", "1e400 mg, or 5 mg", "5 mg", 0),
    (
        "400-digit fraction in a quote",
        f"About 1/{NINES} of people take 5 mg.\n",
        f"1/{NINES} of people take 5 mg",
        "5 mg",
        0,
    ),
    ("400-digit fraction alone", f"About 1/{NINES} of people.\n", f"1/{NINES}", "5 mg", 1),
    ("zero denominator", "Some 1/0 of people take 5 mg.\n", "1/0 of people take 5 mg", "5 mg", 0),
    (
        "400-digit scale",
        f"Some {NINES} million take 5 mg.\n",
        f"{NINES} million take 5 mg",
        "5 mg",
        0,
    ),
    ("400-digit one-in", f"One in {NINES} take 5 mg.\n", f"One in {NINES} take 5 mg", "5 mg", 0),
]


@pytest.mark.parametrize(
    ("doc", "quote", "value", "code"),
    [case[1:] for case in READABLE],
    ids=[case[0] for case in READABLE],
)
def test_huge_numbers_in_prose_are_read_or_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc: str, quote: str, value: str, code: int
) -> None:
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path, claims(value, json.dumps(quote)), doc)
    for args in (["check"], ["check", "--coverage"], ["report", "--no-color"]):
        got, _, _ = run(tmp_path, *args)
        assert got == (code if args[0] == "check" else 0), args
    got, out, _ = run(tmp_path, "check", "--coverage", "--format", "json")
    strict_json(out)
    got, out, _ = run(tmp_path, "check", "--coverage", "--format", "sarif")
    strict_json(out)
    got, out, _ = run(tmp_path, "export", "--json", "-", "--csv", "out.csv", "--html", "out.html")
    assert got == 0


CHARREFS = [
    ("5,000-digit decimal reference", "&#" + "9" * 5000 + ";"),
    ("5,000-digit zero-padded reference", "&#" + "0" * 5000 + "65;"),
    ("5,000-digit hex reference", "&#x" + "f" * 5000 + ";"),
    ("unterminated long reference", "&#" + "9" * 5000),
]


@pytest.mark.parametrize("ref", [c[1] for c in CHARREFS], ids=[c[0] for c in CHARREFS])
def test_html_character_references_of_any_length(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ref: str
) -> None:
    monkeypatch.chdir(tmp_path)
    page = f'<p title="{ref}">We give {ref} 5 mg daily {ref}.</p>\n<p>Next line 5 mg.</p>\n'
    corpus(tmp_path, claims(path="a.html"), page, "a.html")
    code, out, _ = run(tmp_path, "check", "--coverage")
    assert code == ExitCode.CLEAN
    code, out, _ = run(tmp_path, "check", "--strict", "--format", "json")
    data = strict_json(out)
    assert isinstance(data, dict)
    # The claim's finding points into the markup at "5 mg", after the long reference.
    assert run(tmp_path, "report", "--no-color")[0] == 0
    (tmp_path / "claims.yaml").unlink()
    assert run(tmp_path, "extract", "a.html", "-o", "claims.yaml")[0] == 0
    assert run(tmp_path, "check")[0] in (0, 1)


def test_infinity_never_reaches_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The largest value that loads, in the unit that makes it largest, stays finite JSON."""
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path, claims("~1e300 mm", unit="mm"), "We give ~1e300 mm.\n")
    code, out, _ = run(tmp_path, "check", "--format", "json")
    data = strict_json(out)
    assert isinstance(data, dict) and code in (0, 1)


def test_json_writers_refuse_non_finite_numbers() -> None:
    for bad in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValueError):
            dumps({"low": bad})


def test_symlink_loop_as_a_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path, claims(path="loop.md"))
    os.symlink("loop2.md", tmp_path / "loop.md")
    os.symlink("loop.md", tmp_path / "loop2.md")
    code, _, err = run(tmp_path, "check")
    assert code == ExitCode.INVALID
    assert LOCATED.search(err) and "loop.md" in err


def test_symlink_loop_as_the_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path, claims())
    os.symlink("r2", tmp_path / "r1")
    os.symlink("r1", tmp_path / "r2")
    code, _, err = run(tmp_path, "check", "--root", "r1")
    assert code == ExitCode.INVALID and "claims.yaml" in err


def test_huge_integer_in_a_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path, claims())
    Path("base.json").write_text(f'{{"version": {BIG}, "findings": []}}', encoding="utf-8")
    code, _, err = run(tmp_path, "check", "--baseline", "base.json")
    assert code == ExitCode.INVALID and re.search(r"^base\.json:\d+:\d+: ", err, re.M)


EXISTING = [
    ("terms: 5", "subjects:\n  - id: dose\n    unit: mg\n    terms: 5\n", "terms"),
    ("terms: a word", "subjects:\n  - id: dose\n    terms: dose\n", "terms"),
    ("5,000-digit integer", f"subjects:\n  - id: dose\n    label: {BIG}\n", "integer"),
    ("5,000-digit hex", f"subjects:\n  - id: dose\n    label: 0x{'f' * 5000}\n", "integer"),
]


@pytest.mark.parametrize("body", [c[1] for c in EXISTING], ids=[c[0] for c in EXISTING])
def test_extract_into_a_claims_file_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("doc.md").write_text("We give 5 mg daily to 40 patients.\n", encoding="utf-8")
    before = f"version: 1\nsources: []\n{body}claims: []\n"
    Path("claims.yaml").write_text(before, encoding="utf-8")
    code, _, err = run(tmp_path, "extract", "doc.md", "-o", "claims.yaml")
    assert code == ExitCode.INVALID
    assert LOCATED.search(err), err
    assert Path("claims.yaml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "doc",
    [
        f"We gave {BIG} mg to 5 patients.\n",
        "About 1e400 mg daily; 1/0 of people; 3/" + "0" * 400 + ".\n",
        f"Dose {NINES}.5 mg and {'9' * 330} patients, {'9' * 99} trillion dollars.\n",
        f"{'9' * 99} km per hour, ~{'9' * 99} to {'9' * 99}0 mg.\n",
        f"One in {NINES} people; {'9' * 99} billion billion euros.\n",
    ],
    ids=["5,000 digits", "1e400 and zero denominators", "past float", "past the bound", "shares"],
)
def test_extract_drafts_only_numbers_that_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doc: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("doc.md").write_text(doc, encoding="utf-8")
    code, out, _ = run(tmp_path, "extract", "doc.md", "--format", "jsonl")
    assert code == 0
    for line in out.splitlines():
        strict_json(line)
    assert run(tmp_path, "extract", "doc.md", "-o", "claims.yaml")[0] == 0
    assert run(tmp_path, "check")[0] in (0, 1)

"""Loading claims.yaml: every validation rule reports a located problem, all in one run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import InputError, load
from factcheck.corpus import load as load_module
from factcheck.corpus.model import SourceKind, SubjectKind
from factcheck.corpus.yamlread import EmptyClaimsFile
from factcheck.values.units import UnitError, Units
from tests.common import write

SOURCES = {"docs/a.md": "Dose 1.5 mg to 4.5 mg.\n"}

BROKEN = """\
version: 1
sources:
  - id: a
    path: docs/a.md
  - id: a
    path: docs/a.md
  - id: Bad_Id
    path: docs/a.md
  - id: latin
    path: docs/latin1.txt
  - id: esc
    path: ../outside.md
  - id: gone
    path: docs/missing.md
  - id: abs
    path: /etc/passwd
subjects:
  - id: dose
    unit: mg
    kind: ranges
  - id: dose2
    unit: mg
    tolerence: 1
  - id: dose3
    unit: blorps
  - id: dose4
    unit: mg
    tolerance: "five"
  - id: timing
    kind: label
  - id: ok
    unit: mg
claims:
  - id: c1
    source: a
    subject: ok
    value: 1.5 mg
  - id: c2
    source: nope
    subject: ok
    value: 1 mg
    quote: Dose
  - id: c3
    source: a
    subject: ok
    value: 1.5 weeks
    quote: Dose
  - id: c4
    source: a
    subject: ok
    value: 4-2 mg
    quote: Dose
  - id: c5
    source: a
    subject: ok
    value: bedtime
    quote: Dose
  - id: c6
    source: a
    subject: timing
    value: 3 mg
    quote: Dose
  - id: c7
    source: a
    subject: ok
    value: [1, 2]
    quote: Dose
  - id: c7
    source: a
    subject: ok
    value: 1.5 mg
    quote: Dose
  - id: c8
    source: a
    subject: okk
    value: 1.5 zorks
    quote: Dose
    cites: [a, zz]
  - id: c9
    source: a
    subject: ok
    value: as little as 1 mg
    quote: Dose
    notes: red
"""

EXPECTED = [
    'claims.yaml:5:9: duplicate source id "a" (first used by item 1 of sources)',
    'claims.yaml:7:9: id "Bad_Id" has bad characters',
    'claims.yaml:10:11: source "docs/latin1.txt": not valid UTF-8 (byte 0xe9) at line 1, column 4',
    'claims.yaml:12:11: source path "../outside.md" is outside',
    'claims.yaml:14:11: source "docs/missing.md": file not found',
    'claims.yaml:16:11: source path "/etc/passwd" must be relative to the claims file',
    "claims.yaml:20:11: kind: unknown kind 'ranges' in subject \"dose\" (expected 'value', 'range' or 'label')",
    'claims.yaml:23:5: unknown key "tolerence" in subject "dose2" — did you mean "tolerance"?',
    "claims.yaml:25:11: unknown unit 'blorps' in subject \"dose3\"",
    "claims.yaml:28:16: malformed tolerance 'five'",
    'claims.yaml:34:5: missing required key "quote" in claim "c1"',
    'claims.yaml:39:13: unknown source "nope"',
    "claims.yaml:46:12: unit 'weeks' cannot convert to 'mg' (subject \"ok\" is in mg)",
    "claims.yaml:51:12: range '4-2 mg' has its low end above its high end in claim \"c4\"",
    "claims.yaml:56:12: 'bedtime' is a label, but subject \"ok\" is kind: value (numbers only, "
    'or the words "number of cpu cores", "unlimited")',
    'claims.yaml:61:12: subject "timing" takes labels (e.g. "bedtime"), not the number \'3 mg\'',
    "claims.yaml:66:12: value in claim \"c7\" must be a number or a string such as '4.5 mg', not a list",
    'claims.yaml:68:9: duplicate claim id "c7" (first used by item 7 of claims)',
    'claims.yaml:75:14: unknown subject "okk" — did you mean "ok"?',
    'claims.yaml:78:13: cites "a", which is not a reference source (give it kind: reference)',
    'claims.yaml:78:16: unknown source "zz"',
    "claims.yaml:82:12: cannot read 'as little as 1 mg' as a value",
    'claims.yaml:84:5: unknown key "notes" in claim "c9" — did you mean "note"?',
]


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding BROKEN as claims.yaml and its documents, made the working directory."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "latin1.txt").write_bytes(b"caf\xe9 2 mg\n")
    path = write(tmp_path, {**SOURCES, "claims.yaml": BROKEN})
    monkeypatch.chdir(tmp_path)
    return path


def test_every_mistake_is_reported_with_its_location(broken: Path) -> None:
    with pytest.raises(InputError) as caught:
        load("claims.yaml")
    messages = [str(p) for p in caught.value.problems]
    for expected in EXPECTED:
        assert any(m.startswith(expected) for m in messages), (
            f"missing: {expected}\ngot:\n" + "\n".join(messages)
        )
    assert len(messages) == len(EXPECTED), "\n".join(messages)


def test_without_documents_the_claims_file_alone_is_validated(broken: Path) -> None:
    """Every problem of the claims file itself, none of where its documents are or what they hold
    (`extract` reads the subjects of a claims file this way)."""
    with pytest.raises(InputError) as caught:
        load("claims.yaml", documents=False)
    messages = [str(p) for p in caught.value.problems]
    documents = ("claims.yaml:10:11", "claims.yaml:12:11", "claims.yaml:14:11")
    assert [e for e in EXPECTED if not e.startswith(documents)] == [
        next(e for e in EXPECTED if m.startswith(e)) for m in messages
    ]


def test_without_documents_sources_are_neither_looked_for_nor_read(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - {id: far, path: ../../far/away.md, kind: reference}\n"
        "subjects:\n  - {id: dose, unit: mcg}\n"
        "claims:\n  - {id: c, source: far, subject: dose, value: 5 µg, quote: anything}\n",
        encoding="utf-8",
    )
    corpus = load(claims, documents=False)
    assert corpus.sources["far"].text.text == ""
    assert corpus.subjects["dose"].unit == "µg"
    assert [c.id for c in corpus.claims] == ["c"]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ("sources: []\n", 'claims.yaml:1:1: missing required key "version"'),
        ("version: 2\nsources: []\n", "claims.yaml:1:10: unsupported version 2"),
        ("version: 1\nsources: {}\n", 'claims.yaml:2:10: "sources" must be a list, not a mapping'),
        (
            "version: 1\nsources: []\nsubjectz: []\n",
            'claims.yaml:3:1: unknown top-level key "subjectz" — did you mean "subjects"?',
        ),
        ("version: 1\n", 'claims.yaml:1:1: missing required key "sources"'),
        (
            "version: 1\nsources:\n  - id: a\n    path: 3\n",
            'claims.yaml:4:11: path in source "a" must be a string, not a number',
        ),
        (
            "version: 1\nsources:\n  - just a string\n",
            "claims.yaml:3:5: source #1 must be a mapping, not a string",
        ),
        (
            "version: 1\nsources: []\nclaims:\n  - id: x\n    source: s\n    subject: t\n    value: 1\n    quote: ''\n",
            'claims.yaml:8:12: quote in claim "x" must not be empty',
        ),
        (
            "version: 1\nsources: []\nclaims:\n  - id: x\n    source: s\n    subject: t\n    value: 1\n    quote: q\n    status: done\n",
            "claims.yaml:9:13: status: unknown status 'done'",
        ),
    ],
)
def test_structure_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, claims: str, expected: str
) -> None:
    (tmp_path / "claims.yaml").write_text(claims, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as caught:
        load("claims.yaml")
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith(expected) for m in messages), "\n".join(messages)


@pytest.mark.parametrize(("text", "empty"), [("# later\n", True), ("---\n---\n", False)])
def test_an_empty_claims_file_is_told_apart(tmp_path: Path, text: str, empty: bool) -> None:
    """`extract -o` drafts into an empty file; any other problem stops it, as it stops `check`."""
    (tmp_path / "claims.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load(tmp_path / "claims.yaml")
    assert isinstance(caught.value, EmptyClaimsFile) is empty


def test_missing_claims_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="claims file not found"):
        load(tmp_path / "nope.yaml")


def test_root_widens_where_sources_may_live(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "shared/a.md": "Take 2 mg.\n",
            "project/claims.yaml": """
        version: 1
        sources:
          - id: a
            path: ../shared/a.md
        """,
        },
    )
    with pytest.raises(InputError, match="outside"):
        load(tmp_path / "project" / "claims.yaml")
    corpus = load(tmp_path / "project" / "claims.yaml", root=tmp_path)
    assert corpus.sources["a"].text.text == "Take 2 mg.\n"


def test_valid_file_builds_a_corpus(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.html": "<html><head><title>x</title><script>var d = '9 mg';</script></head>"
            "<body><p>Take 1.5&ndash;4.5&nbsp;mg at bedtime.</p></body></html>",
            "ref.txt": "Trial: 2 mg.\n",
            "claims.yaml": """
        version: 1
        sources:
          - {id: a, path: a.html, title: A page}
          - {id: ref, path: ref.txt, kind: reference}
        subjects:
          - {id: dose, unit: mg, kind: range, tolerance: 5%}
          - {id: when, kind: label}
        claims:
          - {id: a-dose, source: a, subject: dose, value: 1500-4500 mcg, quote: "1.5-4.5 mg", context: {population: Adults}, cites: [ref]}
          - {id: a-when, source: a, subject: when, value: Bedtime, quote: at bedtime, status: draft}
        """,
        },
    )
    corpus = load(tmp_path / "claims.yaml")
    assert corpus.sources["a"].text.text == "Take 1.5–4.5\u00a0mg at bedtime.\n".replace(
        "\u00a0", " "
    )
    assert corpus.sources["ref"].kind is SourceKind.REFERENCE
    assert corpus.subjects["dose"].kind is SubjectKind.RANGE
    assert corpus.subjects["dose"].tolerance.relative == pytest.approx(0.05)
    dose = corpus.claims[0]
    assert dose.quantity is not None and (dose.quantity.lo, dose.quantity.hi) == pytest.approx(
        (1.5, 4.5)
    )
    assert dose.context == (("population", "adults"),)
    assert corpus.claims[1].value.label == "bedtime"
    frame = corpus.to_frame()
    assert list(frame["id"]) == ["a-dose", "a-when"]
    assert frame.loc[0, "unit"] == "mg"


def test_working_directory_is_a_root_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path,
        {
            "docs/a.md": "Take 2 mg.\n",
            "out/claims.yaml": """
        version: 1
        sources:
          - id: a
            path: ../docs/a.md
        """,
        },
    )
    monkeypatch.chdir(tmp_path)
    assert load("out/claims.yaml").sources["a"].text.text == "Take 2 mg.\n"
    monkeypatch.chdir(tmp_path / "out")
    with pytest.raises(InputError, match="outside the claims file's folder and"):
        load("claims.yaml")


def test_the_cli_reports_every_mistake_and_exits_2(broken: Path) -> None:
    from click.testing import CliRunner

    from factcheck.cli import main

    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[-1] == f"{len(EXPECTED)} problems: input is invalid"
    for expected, line in zip(EXPECTED, lines[:-1], strict=True):
        assert line.startswith(expected)
    assert "Traceback" not in result.stderr


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.text(alphabet="0123456789.,-–~<>=≥≤ %/µmgkweksdaytoxIU()", min_size=1, max_size=14),
    unit=st.sampled_from(["mg", "%", "week", None]),
    kind=st.sampled_from(["value", "range", "label"]),
    quote=st.text(alphabet="0123456789 .,-–mgx%", min_size=1, max_size=12),
)
def test_any_value_loads_or_is_a_located_problem(
    tmp_path: Path, value: str, unit: str | None, kind: str, quote: str
) -> None:
    import json as _json

    from factcheck import check

    subject = {"id": "t", "kind": kind, **({"unit": unit} if unit else {})}
    claim = {"id": "c", "source": "a", "subject": "t", "value": value, "quote": quote}
    document = {
        "version": 1,
        "sources": [{"id": "a", "path": "a.md"}],
        "subjects": [subject],
        "claims": [claim],
    }
    (tmp_path / "a.md").write_text("x 1 mg 2-3 mg 40% 5 weeks\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(_json.dumps(document), encoding="utf-8")
    try:
        report = check(load(tmp_path / "claims.yaml"))
    except InputError as error:
        assert all(p.line >= 1 for p in error.problems), error.problems
    else:
        assert set(report.results) == {"c"}


@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_claims_checked_a_few_at_a_time_report_the_same_problems(
    broken: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    # Claims are validated and built CHUNK at a time (a million at once would double the
    # memory); a problem in any chunk is found and located as when all were checked at once.
    monkeypatch.setattr(load_module, "CHUNK", 10_000)
    with pytest.raises(InputError) as whole:
        load("claims.yaml")
    monkeypatch.setattr(load_module, "CHUNK", chunk)
    with pytest.raises(InputError) as chunked:
        load("claims.yaml")
    assert chunked.value.problems == whole.value.problems


REPEATED = """\
version: 1
sources:
  - {id: a, path: a.md}
  - {id: b, path: b.md}
subjects:
  - {id: dose, unit: mg}
  - {id: micro, unit: µg}
claims:
  - {id: a-dose, source: a, subject: dose, value: 1.5 mg, quote: Dose 1.5 mg}
  - {id: b-dose, source: b, subject: dose, value: 1.5 mg, quote: Dose 1.5 mg}
  - {id: a-micro, source: a, subject: micro, value: 1.5 mg, quote: Dose 1.5 mg}
  - {id: a-bad, source: a, subject: dose, value: 1.5 weeks, quote: Dose 1.5 mg}
  - {id: b-bad, source: b, subject: dose, value: 1.5 weeks, quote: Dose 1.5 mg}
"""


def test_a_repeated_value_is_checked_for_each_subject_and_each_problem_reported(
    tmp_path: Path,
) -> None:
    # A value spelling valid for a subject is remembered with its quantity; problems are not,
    # so that every claim that has one is located.
    path = write(
        tmp_path, {"a.md": "Dose 1.5 mg.\n", "b.md": "Dose 1.5 mg.\n", "claims.yaml": REPEATED}
    )
    with pytest.raises(InputError) as caught:
        load(path)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (12, "unit 'weeks' cannot convert to 'mg' (subject \"dose\" is in mg)"),
        (13, "unit 'weeks' cannot convert to 'mg' (subject \"dose\" is in mg)"),
    ]
    valid = write(tmp_path, {"claims.yaml": "\n".join(REPEATED.splitlines()[:11]) + "\n"})
    claims = {c.id: c for c in load(valid).claims}
    assert claims["a-dose"].quantity is claims["b-dose"].quantity
    assert claims["a-dose"].quantity is not None and claims["a-micro"].quantity is not None
    assert (claims["a-dose"].quantity.lo, claims["a-micro"].quantity.lo) == (1.5, 1500.0)
    # Claims name their source and subject with the Source's and Subject's own strings.
    corpus = load(valid)
    for claim in corpus.claims:
        assert claim.source is corpus.sources[claim.source].id
        assert claim.subject is corpus.subjects[claim.subject].id


def test_the_corpus_keeps_the_claims_file_to_locate_but_not_its_data(tmp_path: Path) -> None:
    text = "\n".join(REPEATED.splitlines()[:11]) + "\n"
    valid = write(
        tmp_path, {"a.md": "Dose 1.5 mg.\n", "b.md": "Dose 1.5 mg.\n", "claims.yaml": text}
    )
    corpus = load(valid)
    assert corpus.document is not None and corpus.document.data is None
    line = text.splitlines()[9]
    assert corpus.locate_claim(corpus.claims[1], "value") == (10, line.index("1.5 mg") + 1)


def test_what_is_made_beside_the_parse_is_handed_over_or_raised() -> None:
    """The unit registry is made on a thread while the claims files are parsed."""
    assert load_module._made_beside(lambda: 42)() == 42

    def broken() -> int:
        raise UnitError("no registry")

    with pytest.raises(UnitError, match="no registry"):
        load_module._made_beside(broken)()


def test_a_large_file_gets_its_units_made_beside_the_parse(
    broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From UNITS_BESIDE_FROM bytes the registry is made on a thread: the same corpus, and the
    same located problems when the file is invalid."""
    example = Path(__file__).resolve().parent.parent / "claims.yaml"  # the example corpus
    here = load(example)
    with pytest.raises(InputError) as invalid_here:
        load(broken)
    monkeypatch.setattr(load_module, "UNITS_BESIDE_FROM", 0)
    threads = []
    real = load_module._made_beside

    def counted(make: Any) -> Any:
        threads.append(make)
        return real(make)

    monkeypatch.setattr(load_module, "_made_beside", counted)
    assert load(example) == here
    with pytest.raises(InputError) as invalid_beside:
        load(broken)
    assert invalid_beside.value.problems == invalid_here.value.problems
    # The registry for each load, then its text packed on a thread; the claims are
    # located in the packed text as before.
    assert [make is Units for make in threads] == [True, False] * 2
    packed = load(example)
    claim = packed.claims[-1]
    assert packed.locate_claim(claim, "quote") == here.locate_claim(claim, "quote") != (0, 0)
    assert packed.document is not None and packed.document.packed

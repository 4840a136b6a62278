"""The command line as users run it: exit codes, stdout and stderr together."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.formats import Formatter, OutputFormat
from factcheck.report.findings import ExitCode
from tests.common import run_factcheck, write
from tests.test_check import ARTICLES, CLAIMS


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = write(tmp_path, {**ARTICLES, "claims.yaml": CLAIMS})
    monkeypatch.chdir(tmp_path)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_check_text_lists_findings_like_a_linter(corpus: Path) -> None:
    code, out, err = run("check")
    assert code == ExitCode.FINDINGS and err == ""
    lines = out.splitlines()
    assert lines[-1] == "4 sources, 6 subjects, 12 claims: 2 conflicts, 1 unsupported, 0 unanchored"
    assert (
        'a.md:1:47: warning unsupported: Patients improved: "99%" in a is backed by no other source and cites nothing'
        in lines
    )
    assert (
        "b.md:1:11: error conflict: Typical dose: lower bound 0.5 mg vs 1.5 mg (b-dose vs a-dose, c-dose)"
        in lines
    )
    assert len(lines) == 4


def test_check_json_follows_the_contract(corpus: Path) -> None:
    code, out, _ = run("check", "claims.yaml", "--format", "json")
    assert code == ExitCode.FINDINGS
    data = json.loads(out)
    assert list(data)[:5] == ["version", "summary", "sources", "claims", "findings"]
    assert data["summary"]["conflicts"] == 2
    source = data["sources"][0]
    assert {
        k: source[k]
        for k in ("id", "path", "kind", "claims", "corroborated", "contradicted", "unsupported")
    } == {
        "id": "a",
        "path": "a.md",
        "kind": "article",
        "claims": 4,
        "corroborated": 1,
        "contradicted": 2,
        "unsupported": 1,
    }
    claim = next(c for c in data["claims"] if c["id"] == "b-dose")
    assert claim["value"] | {} == {
        "text": "0.5-4.5 mg",
        "low": 0.5,
        "high": 4.5,
        "unit": "mg",
        "qualifier": "=",
    }
    # The quote's span, and the line and column of the number that states the value ("0.5").
    assert claim["span"] == [0, 20] and claim["focus"] == [10, 13]
    assert (claim["line"], claim["column"]) == (1, 11)
    assert claim["status"] == "contradicted"
    finding = next(
        f for f in data["findings"] if f["kind"] == "conflict" and f["subject"] == "dose"
    )
    assert finding["sides"] == [["b-dose"], ["a-dose", "c-dose"]]
    assert finding["severity"] == "error" and len(finding["fingerprint"]) == 16


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((), ExitCode.FINDINGS),
        (("--fail-on", "none"), ExitCode.CLEAN),
        (("--fail-on", "unsupported"), ExitCode.FINDINGS),
        (("--fail-on", "info"), ExitCode.FINDINGS),
        (("--strict",), ExitCode.FINDINGS),
        (("--fail-on", "bogus"), ExitCode.INVALID),
    ],
)
def test_fail_on(corpus: Path, args: tuple[str, ...], code: int) -> None:
    assert run("check", *args)[0] == code


def test_unsupported_alone_passes_unless_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = (
        CLAIMS.split("claims:\n")[0]
        + "claims:\n  - {id: a-improved, source: a, subject: improved, value: 99%, quote: 99% of 400 patients}\n"
    )
    write(tmp_path, {**ARTICLES, "claims.yaml": claims})
    monkeypatch.chdir(tmp_path)
    assert run("check")[0] == ExitCode.CLEAN
    assert run("check", "--strict")[0] == ExitCode.FINDINGS
    assert run("check", "--fail-on", "warning")[0] == ExitCode.FINDINGS


def test_invalid_input_exits_2_with_located_errors_and_no_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        tmp_path,
        {
            **ARTICLES,
            "claims.yaml": CLAIMS.replace("unit: week", "unit: wek").replace(
                "kind: reference", "kind: referense"
            ),
        },
    )
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check")
    assert code == ExitCode.INVALID and out == ""
    assert "claims.yaml:12:45: unknown unit 'wek' in subject \"length\"" in err
    assert "claims.yaml:6:36: kind: unknown kind 'referense'" in err
    assert err.endswith("2 problems: input is invalid\n")
    assert "Traceback" not in err
    code, out, err = run("check", "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == ExitCode.INVALID and [f["kind"] for f in findings] == ["invalid", "invalid"]
    assert findings[0]["line"] == 6


def test_missing_claims_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check")
    assert (code, out, err) == (
        ExitCode.INVALID,
        "",
        "claims.yaml: claims file not found (draft one from your documents: "
        "`factcheck extract DOCS -o claims.yaml`)\n1 problem: input is invalid\n",
    )


def test_output_file(corpus: Path) -> None:
    code, out, _ = run("check", "--format", "json", "--output", "out.json")
    assert code == ExitCode.FINDINGS and out == ""
    assert json.loads((corpus.parent / "out.json").read_text())["version"] == 1


def test_every_output_format_has_a_formatter() -> None:
    for choice in OutputFormat:
        assert isinstance(choice.to_formatter(), Formatter)


def test_installed_command_runs_in_a_subprocess(corpus: Path) -> None:
    exe = shutil.which("factcheck")
    assert exe is not None, "factcheck is not installed (pip install -e .)"
    done = subprocess.run(
        [exe, "check", "--format", "json"], capture_output=True, text=True, check=False
    )
    assert done.returncode == ExitCode.FINDINGS, done.stderr
    assert json.loads(done.stdout)["summary"]["claims"] == 12


def test_text_output_points_into_html_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (
        "<html><head><title>T</title>\n<style>p { margin: 0 }</style></head>\n<body>\n"
        "<h1>Doses</h1>\n<p>Intro.</p>\n<p>Most take\n   <b>99%</b> of the time.</p>\n</body></html>\n"
    )
    write(
        tmp_path,
        {
            "page.html": page,
            "claims.yaml": """
        version: 1
        sources: [{id: p, path: page.html}]
        subjects: [{id: share, unit: '%'}]
        claims: [{id: c, source: p, subject: share, value: 99%, quote: Most take 99%}]
        """,
        },
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "--strict")
    assert code == ExitCode.FINDINGS
    # Line 7, column 7 of the file is where "99%" (the number the finding points at) starts in
    # the markup, after "<b>" on the line below "Most take".
    assert out.splitlines()[0].startswith("page.html:7:7: warning unsupported:")
    claim = json.loads(run("check", "--format", "json")[1])["claims"][0]
    assert (claim["line"], claim["column"]) == (4, 1)  # the JSON counts in the visible text


def test_counts_of_one_are_singular(tmp_path: Path) -> None:
    """'1 source, 1 subject, 1 claim', '1 draft claim': counts and nouns agree in number."""
    (tmp_path / "a.md").write_text("The dose is 4.5 mg.\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    drafted = CliRunner().invoke(main, ["extract", str(tmp_path / "a.md"), "-o", str(claims)])
    assert drafted.exit_code == 0, drafted.stderr
    assert "1 draft claim, 1 subject, 1 source added" in drafted.stderr
    checked = CliRunner().invoke(main, ["check", str(claims), "--root", str(tmp_path)])
    summary = checked.stdout.splitlines()[-1]
    assert summary.startswith("1 source, 1 subject, 1 claim (1 draft): 0 conflicts, ")


def test_check_imports_no_other_commands_modules() -> None:
    # Commands are imported when they run: pandas (CSV), networkx (GraphML), the HTML page, rich
    # and extraction take about a second to import, which `check` need not pay. (jinja2 itself
    # may load: pint imports dask when it is installed, and dask imports jinja2.)
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        "    main(['check', '--format', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('pandas', 'networkx', 'factcheck.formats.html', 'rich', 'ruamel',"
        " 'factcheck.extract')\n"
        "print([m for m in heavy if m in sys.modules], file=sys.stderr)\n"
    )
    repo = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=False
    )
    assert done.stderr.strip() == "[]", done.stderr
    assert json.loads(done.stdout)["summary"]["claims"] > 0
    listed = run_factcheck("--help")
    assert listed.returncode == 0, listed.stderr
    for command in ("baseline", "check", "export", "extract", "report", "schema"):
        assert f"\n  {command} " in listed.stdout


def test_help_and_schema_import_no_units_library() -> None:
    # pint (and the numpy it imports) is imported by the first unit registry, which `load` makes
    # on a thread while a large claims file is parsed: commands that load nothing never pay it.
    code = (
        "import sys\n"
        "from factcheck.cli import main\n"
        "for argv in (['check', '--help'], ['schema']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print([m for m in ('pint', 'numpy') if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stderr.strip() == "[]", done.stderr
    assert "Validate CLAIMS and report findings." in done.stdout

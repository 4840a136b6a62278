"""Text that could forge output: every user-controlled string (document text, quotes, titles,
labels, paths, unknown keys, baseline messages) is escaped for the format it lands in.

Hostile strings are data; each runs through the CLI as users run it, and the output is read back
as its consumer reads it: the GitHub runner's command parser, a real terminal (a pty), a CSV
reader and spreadsheet, an HTML parser for JSON-LD pasted into a ``<script>``."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.formats.escape import visible

#: Strings that would start, hide or smuggle a workflow command, or act on a terminal.
PAYLOADS = [
    "\n::error file=forged.md,line=1::forged",
    "\r::warning::forged",
    "x\r\n::notice title=t::forged",
    "::error::forged at the start",
    "  \t::error::after white space",
    "\x0b::error::after a vertical tab",
    "\x85::error::after NEL",
    "\u2028::error::after a line separator",
    "\u00a0\u3000::error::after unicode spaces",
    "##[error]legacy command",
    "mid ##[add-mask]secret",
    "::stop-commands::pause",
    "%0A::error::escaped already %25 %3A",
    "a,b:c=d::e",
    "\x1b[2J\x1b[H cleared",
    "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07",
    "\x1b]52;c;ZXZpbA==\x07 clipboard",
    "\x1b]0;window title\x07",
    "\x9b31m C1 CSI \x9d0;osc\x9c",
    "nul\x00 bel\x07 del\x7f bs\x08",
    "\ufffe\uffff\ufdd0 noncharacters",
    "\u202eevil\u202c \u2066isolate\u2069 \u200bzero width \ufeffbom",
]
IDS = [repr(p)[1:-1][:24] for p in PAYLOADS]

#: Raw bytes no terminal may receive from us (UTF-8 of C1, noncharacters and bidi controls too).
TERMINAL_UNSAFE = re.compile(
    rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|\xc2[\x80-\x9f]|\xef\xbf[\xbe\xbf]"
    rb"|\xef\xb7[\x90-\xaf]|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf"
)

COMMANDS = ("error", "warning", "notice")
PROPERTIES = ("file", "line", "col", "endLine", "endColumn", "title")


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar holding ``text`` exactly (JSON's escapes are YAML's)."""
    return json.dumps(text)


def file_name_part(text: str) -> str:
    """``text`` as part of a file name (no ``/``; no NUL, which paths refuse elsewhere)."""
    return text.replace("/", "_").replace("\x00", "_")


def write_hostile(root: Path, payload: str) -> Path:
    """A corpus carrying ``payload`` in a source's file name, title, document text, a subject's
    label and a quote: a conflict, an unsupported and an unanchored claim, untracked numbers."""
    name = f"art{file_name_part(payload)}.md"
    (root / name).write_text(
        f"Doses were typically 1.5 mg to 4.5 mg.\nWe saw {payload} 45 patients improve by 30%.\n",
        encoding="utf-8",
    )
    (root / "b.md").write_text("Doses usually range from 0.5 mg to 4.5 mg per day.\n", "utf-8")
    claims = f"""\
version: 1
sources:
  - id: a
    path: {yaml_string(name)}
    title: {yaml_string("Title " + payload)}
  - id: b
    path: b.md
subjects:
  - id: dose
    label: {yaml_string("Dose " + payload)}
    unit: mg
    kind: range
  - id: pats
    label: {yaml_string("Patients " + payload)}
claims:
  - id: a-dose
    source: a
    subject: dose
    value: 1.5-4.5 mg
    quote: typically 1.5 mg to 4.5 mg
  - id: b-dose
    source: b
    subject: dose
    value: 0.5-4.5 mg
    quote: range from 0.5 mg to 4.5 mg
  - id: a-pats
    source: a
    subject: pats
    value: "45"
    quote: 45 patients
  - id: a-gone
    source: a
    subject: pats
    value: "46"
    quote: {yaml_string("46 " + payload)}
"""
    (root / "claims.yaml").write_text(claims, encoding="utf-8")
    return root / "claims.yaml"


def write_invalid(root: Path, payload: str) -> Path:
    """A claims file whose problems quote ``payload``: an unknown key, a missing source file."""
    (root / "claims.yaml").write_text(
        f"""\
version: 1
{yaml_string("key" + payload)}: 1
sources:
  - id: a
    path: {yaml_string("missing" + file_name_part(payload) + ".md")}
subjects: []
claims: []
""",
        encoding="utf-8",
    )
    return root / "claims.yaml"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- GitHub workflow commands, read back the way the runner reads them ---------------------------


def runner_lines(text: str) -> list[str]:
    """Lines as the runner reads a step's output (.NET ReadLine: LF, CR or CRLF ends a line)."""
    return re.split(r"\r\n|\r|\n", text)


def unescape_data(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def unescape_property(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def commands_in(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Every workflow command the runner would act on in ``output``; each must be one of ours
    and well formed. The runner takes a line as a command when it opens with ``::`` after white
    space, or (legacy) holds ``##[`` anywhere."""
    found = []
    for line in runner_lines(output):
        if not line.lstrip().startswith("::"):
            assert "##[" not in line, f"legacy workflow command in {line!r}"
            continue
        match = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
        assert match is not None and line.startswith("::"), f"forged command {line!r}"
        name, head, data = match.groups()
        assert name in COMMANDS, f"forged command {line!r}"
        properties = {}
        for item in (head or "").split(","):
            key, equals, value = item.partition("=")
            assert equals and key in PROPERTIES, f"malformed property {item!r} in {line!r}"
            assert "=" not in value or key in ("file", "title"), line
            properties[key] = unescape_property(value)
        found.append((name, properties, unescape_data(data)))
    return found


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_github_format_forges_no_command_and_round_trips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, payload: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write_hostile(tmp_path, payload)
    result = invoke("check", "--format", "github", "--coverage")
    assert result.exit_code == 1, result.output
    commands = commands_in(result.stdout)
    # One annotation per finding, and the text report never adds one.
    findings = json.loads(invoke("check", "--format", "json", "--coverage").stdout)["findings"]
    assert len(commands) == len(findings)
    kinds = {p["title"].removeprefix("factcheck ") for _, p, _ in commands}
    assert kinds == {"conflict", "unanchored", "unsupported", "untracked"}
    shown = visible(payload)
    files = {p["file"] for _, p, _ in commands}
    assert f"art{visible(file_name_part(payload))}.md" in files
    messages = " ".join(data for _, _, data in commands)
    assert f"Dose {shown}: lower bound" in messages
    assert f"Patients {shown}:" in messages
    assert commands_in(result.stderr) == []


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_invalid_input_forges_no_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, payload: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write_invalid(tmp_path, payload)
    github = invoke("check", "--format", "github")
    text = invoke("check")
    assert github.exit_code == text.exit_code == 2
    commands = commands_in(github.stdout)
    assert len(commands) == 2
    assert any(visible("key" + payload) in data for _, _, data in commands)
    # Text mode: the problems on stderr (read by the runner too) are plain lines.
    assert commands_in(text.stderr) == []
    assert commands_in(text.stdout) == []
    assert text.stderr.count("\n") == 3


def test_stale_baseline_message_forges_no_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_hostile(tmp_path, "plain")
    entry = {
        "fingerprint": "0000000000000000",
        "kind": "conflict",
        "subject": "dose",
        "claims": [],
        "message": "gone\n::error file=x.md::forged ##[error]y \x1b]0;t\x07",
    }
    (tmp_path / "base.json").write_text(json.dumps({"version": 1, "findings": [entry]}))
    for fmt in ("github", "text"):
        result = invoke("check", "--format", fmt, "--baseline", "base.json")
        commands = commands_in(result.stdout)
        assert all(p.get("title") != "factcheck forged" for _, p, _ in commands)
        assert "\x1b" not in result.stdout
    stale = [
        data
        for _, p, data in commands_in(
            invoke("check", "--format", "github", "--baseline", "base.json").stdout
        )
        if "stale" in p.get("title", "")
    ]
    assert stale and visible(entry["message"]) in stale[0]


def test_usage_errors_forge_no_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_hostile(tmp_path, "plain")
    result = invoke("report", "--subject", "x\n::error::forged \x1b]0;t\x07")
    assert result.exit_code == 2
    assert commands_in(result.stderr) == [] and "\x1b" not in result.stderr


# --- A real terminal ------------------------------------------------------------------------------


def on_a_terminal(args: list[str], cwd: Path) -> bytes:
    """What ``python -m factcheck ARGS`` writes to a pseudo-terminal (stdout and stderr)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    env.pop("GITHUB_ACTIONS", None)
    with subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=env,
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait()
    os.close(leader)
    return b"".join(chunks)


TERMINAL_RUNS = {
    "check": ["check", "--coverage"],
    "check-github": ["check", "--format", "github"],
    "check-json": ["check", "--format", "json"],
    "export-csv": ["export", "--csv", "-"],
    "extract": ["extract", "ART"],
    "extract-jsonl": ["extract", "--format", "jsonl", "ART"],
}
TERMINAL_PAYLOAD = (
    "\x1b[2J\x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x1b]52;c;ZXZpbA==\x07 "
    "\x1b]0;title\x07 \x9b31m nul\x00 bel\x07 del\x7f \ufffe \u202e"
)


@pytest.mark.parametrize("name", list(TERMINAL_RUNS))
def test_no_control_character_reaches_a_terminal(tmp_path: Path, name: str) -> None:
    write_hostile(tmp_path, TERMINAL_PAYLOAD)
    document = next(p.name for p in tmp_path.glob("art*.md"))
    args = [document if a == "ART" else a for a in TERMINAL_RUNS[name]]
    shown = on_a_terminal(args, tmp_path)
    assert shown, "nothing was written"
    assert TERMINAL_UNSAFE.search(shown) is None, TERMINAL_UNSAFE.findall(shown)[:5]
    assert b"\\x1b" in shown or b"\\u001b" in shown or b"\\e" in shown


def test_invalid_input_on_a_terminal(tmp_path: Path) -> None:
    write_invalid(tmp_path, TERMINAL_PAYLOAD)
    shown = on_a_terminal(["check"], tmp_path)
    assert TERMINAL_UNSAFE.search(shown) is None, TERMINAL_UNSAFE.findall(shown)[:5]
    assert b"\\x1b]52;" in shown and b"2 problems" in shown


# --- CSV ------------------------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://evil.example","x")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    "\uff1d1+1",
]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_formula_corpus(root: Path) -> Path:
    """Formula openings in a title, labels and quotes, and a bare CR inside a quote."""
    (root / "a.md").write_text("We saw 45 patients.\n", encoding="utf-8")
    subjects = "\n".join(
        f"  - {{id: s{i}, label: {yaml_string(f)}}}" for i, f in enumerate(FORMULAS)
    )
    claims = "\n".join(
        f"  - {{id: c{i}, source: a, subject: s{i}, value: '45', quote: {yaml_string(f)}}}"
        for i, f in enumerate(FORMULAS)
    )
    bare_cr = "  - {id: cr, source: a, subject: s0, value: '45', quote: \"45\\rpatients\"}"
    (root / "claims.yaml").write_text(
        "version: 1\nsources:\n"
        f"  - {{id: a, path: a.md, title: {yaml_string(FORMULAS[0])}}}\n"
        f"subjects:\n{subjects}\nclaims:\n{claims}\n{bare_cr}\n",
        encoding="utf-8",
    )
    return root / "claims.yaml"


def test_csv_quotes_every_cell_and_defuses_every_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_formula_corpus(tmp_path)
    result = invoke("export", "--csv", "-")
    assert result.exit_code == 0, result.output
    text = result.stdout
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 1 + len(FORMULAS) + 1
    assert len(pd.read_csv(io.StringIO(text))) == len(FORMULAS) + 1
    assert len(pd.read_csv(io.StringIO(text), engine="python")) == len(FORMULAS) + 1
    # Every cell is quoted: writing the rows back with QUOTE_ALL gives the same text.
    again = io.StringIO()
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    assert again.getvalue() == text
    for row in rows[1:]:
        for cell in row:
            is_number = re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell) is not None
            assert is_number or not cell.startswith(FORMULA_START), cell
            assert not cell.startswith("\uff1d"), cell
    quotes = {row[0]: row[10] for row in rows[1:]}
    assert quotes["c0"] == "'" + FORMULAS[0]
    assert quotes["cr"] == "45\rpatients"


@pytest.mark.parametrize("cell", FORMULAS)
def test_csv_defuses_ids_and_every_column(cell: str) -> None:
    from factcheck.formats.csv import frame_csv

    frame = pd.DataFrame({"id": [cell], "low": [-4.5], "line": [3], "other": [cell]})
    back = pd.read_csv(io.StringIO(frame_csv(frame)), dtype={"id": str, "other": str})
    assert back["id"][0] == back["other"][0] == "'" + cell
    assert back["low"][0] == -4.5 and back["line"][0] == 3


# --- ClaimReview JSON-LD --------------------------------------------------------------------------

SCRIPT_BREAKERS = [
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!-- <script>",
    "&lt;b&gt; & ]]>",
]


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = tag == "script"
        if self._inside:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.scripts[-1] += data


@pytest.mark.parametrize("breaker", SCRIPT_BREAKERS)
def test_claimreview_can_be_pasted_into_a_script_element(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breaker: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"We saw 45 patients {breaker} improve.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "version: 1\n"
        f"sources: [{{id: a, path: a.md, title: {yaml_string(breaker)}}}]\n"
        f"subjects: [{{id: pats, label: {yaml_string('Patients ' + breaker)}}}]\n"
        "claims:\n"
        f"  - {{id: c, source: a, subject: pats, value: '45', "
        f"quote: {yaml_string('45 patients ' + breaker)}}}\n",
        encoding="utf-8",
    )
    result = invoke("export", "--claimreview", "-")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert not set("<>&") & set(text)
    items = json.loads(text)
    assert items[0]["itemReviewed"]["text"] == "45 patients " + breaker
    assert items[0]["itemReviewed"]["appearance"]["name"] == breaker
    page = f'<html><script type="application/ld+json">{text}</script><p>after</p></html>'
    parser = _Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 1 and json.loads(parser.scripts[0]) == items


# --- JSON stays JSON ------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_json_output_is_valid_and_holds_the_text_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, payload: str
) -> None:
    monkeypatch.chdir(tmp_path)
    write_hostile(tmp_path, payload)
    for args in (("check", "--format", "json"), ("check", "--format", "sarif")):
        text = invoke(*args).stdout
        assert TERMINAL_UNSAFE.search(text.encode("utf-8")) is None
        json.loads(text)
    report = json.loads(invoke("check", "--format", "json").stdout)
    labels = {s["id"]: s["label"] for s in report["subjects"]}
    assert labels["dose"] == "Dose " + payload

"""Helpers that make rule tests read like the rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from factcheck.check.compare import group_claims, relate
from factcheck.cli import main
from factcheck.corpus.model import Claim, Subject, SubjectKind
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.settings import setting_of
from factcheck.values.grammar import normalize_unit, parse_value
from factcheck.values.quantity import parse_tolerance, quantify
from factcheck.values.units import Units

UNITS = Units()
WORDS = UnitWords(UNITS)
"""The unit words extraction reads, through the tests' one pint registry."""


def subject(kind: str = "value", unit: str | None = "mg", tolerance: object = 0) -> Subject:
    return Subject(
        "s",
        "S",
        normalize_unit(unit) if unit else None,
        SubjectKind(kind),
        parse_tolerance(tolerance),
    )


def claim(
    text: str,
    subj: Subject,
    cid: str = "c",
    source: str = "x",
    context: dict[str, str] | None = None,
) -> Claim:
    value = parse_value(text)
    convert = UNITS.converter(value.unit, subj.unit)
    quantity = None if value.is_label else quantify(value, convert, rounding=subj.tolerance.exact)
    ctx = tuple(sorted((context or {}).items()))
    return Claim(cid, source, subj.id, value, quantity, text, ctx)


def relation(a: str, b: str, **kwargs: object) -> tuple[bool, str] | None:
    """How two values relate in a subject: (agrees, reason), or None if they fall in one group."""
    subj = subject(**kwargs)  # type: ignore[arg-type]
    groups = group_claims(subj, [claim(a, subj, "a", "x"), claim(b, subj, "b", "y")])
    if len(groups) == 1:
        return None
    (rel,) = relate(subj, groups)
    return rel.agrees, rel.reason


def agree(a: str, b: str, **kwargs: object) -> bool:
    result = relation(a, b, **kwargs)
    return result is None or result[0]


def conflict(a: str, b: str, **kwargs: object) -> bool:
    result = relation(a, b, **kwargs)
    return result is not None and not result[0]


def write(root: Path, files: dict[str, str]) -> Path:
    """Write files (dedented) under root; return root / 'claims.yaml'."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root / "claims.yaml"


def extract_claims(folder: Path, docs: dict[str, str], stamp: float | None = None) -> Path:
    """``docs`` (file name: text) written under ``folder`` and drafted by ``factcheck extract``
    into ``folder/claims.yaml``, as a user runs it: the claims file. ``stamp`` sets the files'
    modification time, the date of a page that states none."""
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
        if stamp is not None:
            os.utime(folder / name, (stamp, stamp))
    claims = folder / "claims.yaml"
    paths = [str(folder / name) for name in docs]
    result = CliRunner().invoke(main, ["extract", *paths, "-o", str(claims)])
    assert result.exit_code == 0, result.output
    return claims


def extract_and_check(
    folder: Path, docs: dict[str, str], exit_code: int | None = None, stamp: float | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``docs`` (file name: text) written under ``folder``, drafted by ``factcheck extract`` into
    claims.yaml and checked with ``--format json``, as a user runs them: the claims file's data
    and the report. The check exits 0 or 1 (``exit_code`` where it is given); ``stamp`` as
    ``extract_claims`` takes it."""
    claims = extract_claims(folder, docs, stamp)
    checked = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert checked.exit_code in ((0, 1) if exit_code is None else (exit_code,)), checked.output
    return yaml.safe_load(claims.read_text(encoding="utf-8")), json.loads(checked.stdout)


def setting_named(text: str, figure: str) -> str:
    """The setting ``setting_of`` gives the figure ``figure`` of one-sentence ``text``."""
    at = text.index(figure)
    whole = (0, len(text))
    return setting_of(text, (at, at + len(figure)), whole, whole)[0]


def two_pages_conflicts(folder: Path, one: str, other: str) -> list[tuple[str, ...]]:
    """The conflicts (``conflicting_values``) ``extract`` then ``check`` report between a page
    saying ``one`` and another saying ``other``."""
    _, report = extract_and_check(folder, {"a.md": one, "b.md": other})
    return conflicting_values(report)


def conflicting_values(report: dict[str, Any]) -> list[tuple[str, ...]]:
    """Each conflict of a ``check --format json`` report as its claims' value texts, sorted."""
    values = {c["id"]: c["value"]["text"] for c in report["claims"]}
    return [
        tuple(sorted(values[i] for i in f["claims"]))
        for f in report["findings"]
        if f["kind"] == "conflict"
    ]


def run_factcheck(
    *args: str,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``python -m factcheck ARGS`` in a real process, as a user (or CI) runs it: its exit code,
    stdout and stderr as text. Its environment is this one's less GITHUB_ACTIONS (tests choose
    CI themselves), with ``env`` over it; its standard input is ``input``, or empty. A hang past
    ``timeout`` seconds fails the test (TimeoutExpired) instead of blocking the suite."""
    environ = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        env={**environ, **(env or {})},
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


#: A ``python -c`` program: ``factcheck ARGS`` for each [folder, ARGS] of the JSON list in
#: argv[1], in turn, in this one process; after each, a JSON line of its exit code, standard
#: output and standard error (so that a crash names the run it stopped in).
_IN_TURN = """
import contextlib, io, json, os, sys, traceback
from factcheck.cli import main
def stream():  # a text stream over bytes, as sys.stdout is (output may go to its buffer)
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
def text(stream):
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", "replace")
for folder, args in json.loads(sys.argv[1]):
    os.chdir(folder)
    out, err = stream(), stream()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args, prog_name="factcheck")
            code = 0
        except SystemExit as end:
            code = end.code if isinstance(end.code, int) else 1
        except BaseException:  # what the interpreter prints of an exception that escapes
            traceback.print_exc()
            code = 1
    print(json.dumps([code, text(out), text(err)]), flush=True)
"""


def run_factcheck_in_turn(
    runs: list[tuple[Path, list[str]]],
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
) -> list[subprocess.CompletedProcess[str]]:
    """``python -m factcheck ARGS`` in FOLDER for each (FOLDER, ARGS) of ``runs``, as
    ``run_factcheck`` runs it, but all in one real process, in turn: one import of factcheck
    for them all (most of a small run's time). Each run's exit code, stdout and stderr. A run
    that crashes the process or hangs it past ``timeout`` fails them all, naming the run."""
    environ = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    done = subprocess.run(
        [sys.executable, "-c", _IN_TURN, json.dumps([[str(f), list(a)] for f, a in runs])],
        env={**environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    results = [json.loads(line) for line in done.stdout.splitlines()]
    stopped = runs[len(results)] if len(results) < len(runs) else None
    assert done.returncode == 0 and stopped is None, (done.returncode, stopped, done.stderr[-2000:])
    return [
        subprocess.CompletedProcess(["factcheck", *args], code, out, err)
        for (_, args), (code, out, err) in zip(runs, results, strict=True)
    ]

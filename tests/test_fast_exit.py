"""After checking a large corpus the program ends without freeing it: the same output and exit
code as a normal exit, nothing lost that was buffered, and a normal exit whenever it cannot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import _perf
from factcheck.cli import main
from tests.test_synth import synth

# The program as installed (``factcheck.cli:run``), with a large corpus made 50 claims; an exit
# handler says whether the interpreter ended as usual (it does not run after ``os._exit``).
_RUN = """
import atexit, sys, threading
from factcheck import _perf
_perf.PARALLEL_FROM = int(sys.argv[1])
atexit.register(lambda: print("usual exit", file=sys.stderr))
if sys.argv[2] == "thread":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
print("printed before the check", flush=False)
from factcheck.cli import run
sys.argv[1:] = sys.argv[3:]
run()
"""
_ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "GITHUB_ACTIONS": ""}


def _program(*argv: str, large: int = 50, thread: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", _RUN, str(large), "thread" if thread else "-", *argv]
    return subprocess.run(command, capture_output=True, text=True, env=_ENV, check=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    synth.write_corpus(root, 300, seed=5)
    return root / "claims.yaml"


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_large_check_ends_at_once_with_all_its_output(corpus: Path, fmt: str) -> None:
    expected = CliRunner().invoke(main, ["check", "--format", fmt, str(corpus)])
    ended = _program("check", "--format", fmt, str(corpus))
    assert ended.returncode == expected.exit_code
    assert ended.stdout == "printed before the check\n" + expected.output
    assert ended.stderr == ""  # the exit handler did not run: nothing was freed


def test_a_report_written_to_a_file_is_whole(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    ended = _program("check", "--format", "json", str(corpus), "-o", str(target))
    expected = CliRunner().invoke(main, ["check", "--format", "json", str(corpus)])
    assert ended.returncode == expected.exit_code and ended.stderr == ""
    assert target.read_text("utf-8") == expected.output


def test_small_corpora_and_other_threads_exit_as_usual(corpus: Path) -> None:
    small = _program("check", str(corpus), large=10**9)
    threaded = _program("check", str(corpus), thread=True)
    assert small.returncode == threaded.returncode == 0
    assert small.stderr == threaded.stderr == "usual exit\n"
    assert small.stdout == threaded.stdout


def test_invalid_input_and_usage_errors_keep_their_exit(tmp_path: Path) -> None:
    bad = tmp_path / "claims.yaml"
    bad.write_text("version: 1\nsources: 3\n", "utf-8")
    invalid = _program("check", str(bad))
    assert invalid.returncode == 2 and "sources" in invalid.stderr
    assert _program("check", "--format", "nope").returncode == 2


def test_end_process_returns_when_it_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_perf, "_held", False)
    _perf.end_process(0)  # nothing held: returns, and the test goes on
    monkeypatch.setattr(_perf, "_held", True)
    _perf.end_process("a message")  # SystemExit("...") prints it: the usual exit does


def test_a_reader_that_goes_away_keeps_the_exit_code(corpus: Path) -> None:
    expected = CliRunner().invoke(main, ["check", "--format", "json", str(corpus)]).exit_code
    command = [sys.executable, "-c", _RUN, "50", "-", "check", "--format", "json", str(corpus)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_ENV
    ) as process:  # `| head -c 30`
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(30).startswith(b"printed before the check")
        process.stdout.close()
        stderr = process.stderr.read()
        assert process.wait() == expected
    assert stderr == b""  # no traceback, and nothing freed

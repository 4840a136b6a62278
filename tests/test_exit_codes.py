"""Exit codes CI can trust: 1 only for findings that fail, 3 for an internal error, 130 for an
interrupt, never a traceback unless --debug asks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.report.findings import ExitCode

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = str(ROOT / "claims.yaml")


def _breaks(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make the core raise ``error`` where the commands call it."""

    def broken(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("factcheck.cli.options.check", broken)


@pytest.mark.parametrize(
    ("args", "error", "code", "said"),
    [
        (
            ["check", CLAIMS],
            RuntimeError("boom"),
            ExitCode.INTERNAL,
            "internal error: RuntimeError",
        ),
        (["report", CLAIMS], KeyError("x"), ExitCode.INTERNAL, "internal error: KeyError"),
        (["export", CLAIMS, "--json", "-"], MemoryError(), ExitCode.INTERNAL, "MemoryError"),
        (["baseline", CLAIMS, "-o", "-"], ValueError("v"), ExitCode.INTERNAL, "ValueError"),
        (["check", CLAIMS], KeyboardInterrupt(), ExitCode.INTERRUPTED, "interrupted"),
    ],
)
def test_crashes_and_interrupts_have_codes_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    error: BaseException,
    code: ExitCode,
    said: str,
) -> None:
    _breaks(monkeypatch, error)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code != ExitCode.FINDINGS
    assert said in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    _breaks(monkeypatch, RuntimeError("boom"))
    result = CliRunner().invoke(main, ["--debug", "check", CLAIMS])
    assert isinstance(result.exception, RuntimeError)


def test_a_real_process_exits_3_with_one_message(tmp_path: Path) -> None:
    script = (
        "import factcheck.cli.options as o\n"
        "def broken(*a, **k): raise RuntimeError('kaboom')\n"
        "o.check = broken\n"
        "from factcheck.cli import main\n"
        f"main(['check', {CLAIMS!r}])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == ExitCode.INTERNAL
    assert run.stdout == ""
    assert run.stderr.startswith("factcheck: internal error: RuntimeError: kaboom\n")
    assert "Traceback" not in run.stderr


def test_usage_errors_and_findings_keep_their_codes() -> None:
    assert CliRunner().invoke(main, ["check", "--fail-on", "nonsense", CLAIMS]).exit_code == 2
    assert CliRunner().invoke(main, ["check", CLAIMS]).exit_code == ExitCode.FINDINGS


@pytest.mark.parametrize("value", ["nan", "NaN", "-5", "1000", "inf", "-inf", "ten"])
def test_fail_under_takes_only_a_percentage(value: str) -> None:
    result = CliRunner().invoke(main, ["check", CLAIMS, "--fail-under", value])
    assert result.exit_code == ExitCode.INVALID
    assert "Invalid value for '--fail-under'" in result.stderr

"""Anchoring in forked processes (large corpora) gives exactly the serial report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml_rs

from factcheck import _perf, check, load
from factcheck.check import parallel
from factcheck.formats import OutputFormat
from tests.common import run_factcheck
from tests.test_synth import synth


def _corpus(root: Path) -> Path:
    """A synthetic corpus with claims of every anchoring outcome: anchored, a quote lost from its
    source, a value its quote does not state, a value in another unit, ignored claims."""
    synth.write_corpus(root, 600, seed=11)
    path = root / "claims.yaml"
    data: dict[str, Any] = yaml_rs.loads(path.read_text("utf-8"))
    for n, claim in enumerate(data["claims"]):
        if n % 9 == 1:
            claim["quote"] += " and then some"
        elif n % 9 == 2 and "mg" in str(claim["value"]) and "–" not in str(claim["value"]):
            claim["value"] = "77 mg"
        elif n % 9 == 3 and str(claim["value"]).endswith(" mg"):
            claim["value"] = str(claim["value"]).replace(" mg", " mcg")
        elif n % 13 == 4:
            claim["status"] = "ignored"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")  # JSON is YAML
    return path


def _outputs(path: Path) -> tuple[str, str]:
    report = check(load(path))
    return tuple(OutputFormat(f).to_formatter().format(report) for f in ("json", "text"))  # type: ignore[return-value]


@pytest.mark.skipif(not _perf.can_fork(), reason="processes cannot be forked here")
def test_forked_anchoring_gives_the_serial_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corpus(tmp_path)
    serial = _outputs(path)
    assert '"status": "unanchored"' in serial[0] and '"status": "ignored"' in serial[0]
    assert "is not what the quote says" in serial[1] and "quote not found" in serial[1]

    pools = []
    real = parallel.multiprocessing.get_context

    def counted(method: str) -> Any:
        pools.append(method)
        return real(method)

    monkeypatch.setattr(parallel.multiprocessing, "get_context", counted)
    monkeypatch.setattr(_perf, "PARALLEL_FROM", 50)
    for workers in (2, 3, 7):
        monkeypatch.setattr(_perf, "processes", lambda workers=workers: workers)
        assert _outputs(path) == serial
    assert pools == ["fork"] * 3


def _killed(run: tuple[int, int]) -> list[Any]:
    """A worker that dies as one the kernel kills for memory."""
    os._exit(137)


@pytest.mark.skipif(not _perf.can_fork(), reason="processes cannot be forked here")
def test_a_killed_worker_leaves_its_claims_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corpus(tmp_path)
    serial = _outputs(path)
    monkeypatch.setattr(_perf, "PARALLEL_FROM", 50)
    monkeypatch.setattr(_perf, "processes", lambda: 3)
    monkeypatch.setattr(parallel, "_anchor_run", _killed)
    assert _outputs(path) == serial


def test_small_corpora_are_anchored_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _corpus(tmp_path)
    monkeypatch.setattr(_perf, "processes", lambda: 4)
    monkeypatch.setattr(parallel.multiprocessing, "get_context", None)  # would fail if called
    corpus = load(path)
    assert len(corpus.claims) < _perf.PARALLEL_FROM
    assert len(parallel.anchor_all(corpus.claims, corpus.sources)) == len(corpus.claims)


def test_processes_counts_only_idle_processors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_perf.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    monkeypatch.setattr(_perf.os, "getloadavg", lambda: (1.0, 0.0, 0.0))
    assert _perf.processes() == 2  # the load is this process: the other processor is free
    monkeypatch.setattr(_perf.os, "getloadavg", lambda: (2.1, 0.0, 0.0))
    assert _perf.processes() == 1  # another job keeps it busy
    monkeypatch.setattr(_perf.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert _perf.processes() == 2


_RUN = """
import sys
from factcheck import _perf
_perf.PARALLEL_FROM = 50
_perf.processes = lambda: 2
from factcheck.cli import main
print("printed before the check", flush=False)
main(sys.argv[1:])
"""


@pytest.mark.skipif(not _perf.can_fork(), reason="processes cannot be forked here")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_the_command_writes_its_report_once(tmp_path: Path, fmt: str) -> None:
    """A forked worker must not write what the command had buffered, nor anything else."""
    path = _corpus(tmp_path)
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "GITHUB_ACTIONS": ""}
    argv = ["check", "--format", fmt, str(path)]
    forked = subprocess.run(
        [sys.executable, "-c", _RUN, *argv], capture_output=True, text=True, env=env, check=False
    )
    serial = run_factcheck(*argv, env=env)
    assert forked.returncode == serial.returncode == 1
    assert forked.stdout == "printed before the check\n" + serial.stdout
    assert forked.stderr == serial.stderr == ""

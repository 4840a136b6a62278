"""The claim graph of a large report written by a forked process: the same JSON, byte for byte."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from factcheck import _perf, check, load
from factcheck.formats import OutputFormat, json_write
from factcheck.report.model import Report
from tests.test_parallel_anchor import _corpus

pytestmark = pytest.mark.skipif(not _perf.can_fork(), reason="processes cannot be forked here")


def _report(root: Path) -> Report:
    return check(load(_corpus(root)))


def _json(report: Report) -> bytes:
    return b"".join(OutputFormat.JSON.to_formatter().chunks(report))


def _forking(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Fork at any size; the children forked."""
    monkeypatch.setattr(_perf, "PARALLEL_FROM", 50)
    monkeypatch.setattr(_perf, "processes", lambda: 2)
    children: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(json_write.os, "fork", fork)
    return children


def _no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_forked_graph_is_the_graph_written_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(tmp_path)
    here = _json(report)
    children = _forking(monkeypatch)
    forked = _json(report)
    assert len(children) == 1
    assert forked == here
    assert b'"graph": {\n    "nodes": [\n      {\n        "id": "claim:' in forked
    assert _no_child_left()


def test_a_failed_child_leaves_the_graph_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(tmp_path)
    here = _json(report)
    children = _forking(monkeypatch)

    def broken(descriptor: int, data: Any) -> int:
        raise OSError("disk full")  # only the child writes with os.write

    monkeypatch.setattr(json_write.os, "write", broken)
    assert _json(report) == here
    assert len(children) == 1
    assert _no_child_left()


def test_writing_stopped_early_stops_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(tmp_path)
    children = _forking(monkeypatch)
    chunks = OutputFormat.JSON.to_formatter().chunks(report)
    assert next(iter(chunks)).startswith(b"{")
    chunks.close()  # type: ignore[attr-defined]  # as when the reader of a pipe goes away
    assert len(children) == 1
    assert _no_child_left()


def test_small_reports_fork_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(tmp_path)
    monkeypatch.setattr(_perf, "processes", lambda: 8)
    monkeypatch.setattr(json_write.os, "fork", None)  # would fail if called
    assert json_write.dumps(report.to_dict()).encode() == _json(report)

"""`factcheck extract --scheduler` on a real local Dask cluster: a scheduler and two worker
processes on 127.0.0.1, started once for this module. The output must be the local run's, byte
for byte. Skipped only where the dask extra is not installed (CI installs it with the tests)."""

from __future__ import annotations

import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.extract import extract
from factcheck.extract import cluster
from tests.common import run_factcheck

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[2]
TOPICS = (REPO / "examples" / "ldn", REPO / "benchmarks" / "data" / "dev-vitamind")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a scheduler with two single-threaded worker processes."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=":0",
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two topics in one folder, one per subfolder, and an @list naming both subfolders."""
    for topic in TOPICS:
        shutil.copytree(topic, tmp_path / "docs" / topic.name)
    (tmp_path / "paths.txt").write_text(
        "# the corpus\n\ndocs/dev-vitamind\ndocs/ldn\n", encoding="utf-8"
    )
    return tmp_path


def _factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_factcheck("extract", *args, cwd=cwd, timeout=240)


def test_a_cluster_run_writes_what_a_local_run_writes(
    scheduler: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    local = CliRunner().invoke(extract, ["@paths.txt", "-o", "local.yaml"])
    remote = _factcheck("@paths.txt", "-o", "remote.yaml", "--scheduler", scheduler, cwd=corpus)
    assert local.exit_code == remote.returncode == 0, remote.stderr
    assert (corpus / "remote.yaml").read_bytes() == (corpus / "local.yaml").read_bytes()
    assert remote.stderr == local.stderr.replace("local.yaml", "remote.yaml")
    assert "draft claims" in remote.stderr


def test_one_small_batch_in_flight_per_thread_keeps_the_order(
    scheduler: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    local = CliRunner().invoke(extract, ["docs", "--format", "jsonl"])
    monkeypatch.setattr(cluster, "_IN_FLIGHT_PER_THREAD", 1)
    monkeypatch.setattr(cluster, "_BATCH_DOCUMENTS", 2)
    remote = CliRunner().invoke(extract, ["docs", "--format", "jsonl", "--scheduler", scheduler])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) > 100


def test_an_unreadable_document_stops_the_run_as_locally(scheduler: str, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text("Take 5 mg daily.\n", encoding="utf-8")
    bad.write_bytes(b"fine\n\xff broken")
    missing = tmp_path / "missing.md"
    for args in ([good, bad, missing], [good, missing, bad]):  # read here, read on a worker
        local = CliRunner().invoke(extract, [str(arg) for arg in args])
        remote = CliRunner().invoke(extract, [*map(str, args), "--scheduler", scheduler])
        assert local.exit_code == remote.exit_code == 2
        assert remote.stderr == local.stderr
    assert remote.stderr == f"{missing}: file not found\n"


def test_an_unreachable_scheduler_is_an_error_after_the_timeout(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("Take 5 mg daily.\n", encoding="utf-8")
    with socket.socket() as sock:  # a port nothing listens on once it is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    result = _factcheck(str(doc), "--scheduler", address, "--scheduler-timeout", "1", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"cannot reach the Dask scheduler at {address} within 1 s")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("localhost", "missing port number in address 'localhost'"),
        ("http://127.0.0.1:8786", "unknown address scheme 'http'"),
    ],
)
def test_an_address_no_scheduler_can_have_is_an_error(
    tmp_path: Path, address: str, reason: str
) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("Take 5 mg daily.\n", encoding="utf-8")
    result = CliRunner().invoke(extract, [str(doc), "--scheduler", address])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{address} is no Dask scheduler address ({reason}")
    assert result.stderr.endswith("; write tcp://HOST:PORT\n")


def test_per_source_files_from_a_cluster_are_the_local_ones(
    scheduler: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    for name, extra in (("local", []), ("remote", ["--scheduler", scheduler])):
        (corpus / name).mkdir()
        result = CliRunner().invoke(extract, ["docs/ldn", "-o", name, "--per-source", *extra])
        assert result.exit_code == 0, result.output
    local = {path.name: path.read_bytes() for path in (corpus / "local").iterdir()}
    remote = {path.name: path.read_bytes() for path in (corpus / "remote").iterdir()}
    assert remote == local
    assert len(local) == 6  # five sources and the subjects

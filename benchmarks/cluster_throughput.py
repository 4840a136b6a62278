"""Throughput of `factcheck extract` with --jobs 1 and 2 and on a local Dask cluster of 1 and 2
workers, on one corpus of small synthetic documents (those of grouping_scale.py).

Each configuration runs the installed command the way a user does (`factcheck extract DIR
--format jsonl`, a fresh process, start-up, drafting and grouping included) --runs times; prints
the median wall time and documents per second, and checks that every run printed the same bytes.
The cluster is a scheduler and N worker processes of one thread on 127.0.0.1 (`dask scheduler`,
`dask worker --nworkers N --nthreads 1`), started before the runs are timed.

    python benchmarks/cluster_throughput.py [--documents 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import grouping_scale

_DASK = str(Path(sys.executable).with_name("dask"))
_FACTCHECK = str(Path(sys.executable).with_name("factcheck"))


@contextmanager
def cluster(workers: int, port: int) -> Iterator[str]:
    """A scheduler and ``workers`` single-threaded worker processes on 127.0.0.1."""
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [_DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        **quiet,  # type: ignore[arg-type]
    )
    worker = subprocess.Popen(
        [_DASK, "worker", address, "--nworkers", str(workers), "--nthreads", "1",
         "--no-dashboard"],
        **quiet,  # type: ignore[arg-type]
    )  # fmt: skip
    try:
        _wait_for(address, workers)
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
            process.wait(timeout=60)


def _wait_for(address: str, workers: int) -> None:
    from distributed import Client

    with Client(address, timeout=60, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=120)


def timed(folder: Path, extra: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [_FACTCHECK, "extract", str(folder), "--format", "jsonl", *extra],
        capture_output=True, check=True,
    )  # fmt: skip
    return time.perf_counter() - start, hashlib.sha256(done.stdout).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8790)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="factcheck-throughput-"))
    try:
        grouping_scale.write(folder, args.documents)
        size = sum(path.stat().st_size for path in folder.iterdir()) / 1e6
        print(f"{args.documents:,} documents, {size:.1f} MB; {os.cpu_count()} CPUs")
        print("| how | median wall time | documents/s | runs |")
        print("|---|---:|---:|---|")
        outputs = set()
        configurations: list[tuple[str, int, list[str]]] = [
            ("--jobs 1", 0, ["--jobs", "1"]),
            ("--jobs 2", 0, ["--jobs", "2"]),
            ("--scheduler, 1 worker", 1, []),
            ("--scheduler, 2 workers", 2, []),
        ]
        for name, workers, extra in configurations:
            if workers:
                with cluster(workers, args.port) as address:
                    runs = [timed(folder, ["--scheduler", address]) for _ in range(args.runs)]
            else:
                runs = [timed(folder, extra) for _ in range(args.runs)]
            outputs.update(digest for _, digest in runs)
            times = [wall for wall, _ in runs]
            median = statistics.median(times)
            shown = ", ".join(f"{wall:.1f}" for wall in times)
            print(
                f"| {name} | {median:.1f} s | {args.documents / median:.0f} | {shown} s |",
                flush=True,
            )
        print(f"outputs identical across all runs: {'yes' if len(outputs) == 1 else 'NO'}")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()

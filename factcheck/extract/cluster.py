"""Draft documents on a Dask distributed cluster: extract's map, run on the cluster's workers.

Only the map leaves this process: each document's bytes go to a worker, which reads its text
and drafts its claims (mentions, quotes, proposed subjects) and sends the `Document` back.
Grouping and merging run here, on the documents in the order given, so the output is the one a
local run gives. The workers need factcheck installed (the same version), not the files: this
process reads them and sends their bytes, a bounded number at a time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from factcheck.extract.drafts import Document
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.propose import VocabularySubject

#: How long to wait for the scheduler to answer, and then for a worker, by default.
CONNECT_TIMEOUT = 10.0
#: Batches of documents sent and not yet handed on, per worker thread: enough to keep every
#: worker busy while this process reads the next files, few enough that memory stays bounded.
_IN_FLIGHT_PER_THREAD = 2
#: Documents per task at most, and bytes: a task per small document costs the scheduler and
#: the messages more than drafting it takes.
_BATCH_DOCUMENTS = 32
_BATCH_BYTES = 1 << 20

INSTALL_HINT = "pip install 'factcheck[dask]'"

Job = tuple[str, str, tuple[VocabularySubject, ...]]
"""(file to read, path as the claims file names it, subject vocabulary), as in ``run``."""

Reader = Callable[[str], bytes]
"""Reads a document file's bytes here; raises for a document that cannot be read."""

Batch = list[tuple[Job, "bytes | Exception"]]
"""Jobs sent in one task, each with its file's bytes (or the error reading it, kept here)."""


class ClusterError(Exception):
    """The cluster cannot be used: Dask is not installed, the scheduler does not answer, or it
    has no workers. The message says what to do."""


def draft_on_cluster(
    address: str,
    jobs: Iterable[Job],
    words: UnitWords,
    read: Reader,
    draft: Callable[..., Document],
    timeout: float = CONNECT_TIMEOUT,
) -> Iterator[Document]:
    """The documents of ``jobs``, drafted by ``draft(words, job, raw)`` on the workers of the
    scheduler at ``address``, in job order.

    ``read`` reads each file here, just before its bytes are sent. Its errors, and those that
    ``draft`` raises on a worker, are raised when that document's turn comes, so a run stops at
    the same document as a local run. Raises ClusterError when Dask is missing or the cluster
    does not answer within ``timeout`` seconds.
    """
    distributed = _distributed()
    _check_address(address)
    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} within {timeout:g} s ({_reason(error)})"
        ) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as error:
            raise ClusterError(
                f"the Dask scheduler at {address} has no worker (waited {timeout:g} s: "
                f"{_reason(error)}); start one with `dask worker {address}`"
            ) from None
        threads = sum(client.nthreads().values()) or 1
        completed = distributed.as_completed(loop=client.loop)
        yield from _ordered(client, completed, jobs, words, read, draft, threads)


def _ordered(
    client: Any,
    completed: Any,
    jobs: Iterable[Job],
    words: UnitWords,
    read: Reader,
    draft: Callable[..., Document],
    threads: int,
) -> Iterator[Document]:
    """Submit batches of jobs while fewer than ``_IN_FLIGHT_PER_THREAD`` per thread are sent
    and not yet handed on; hand their documents on in job order as the batches complete."""
    shared = client.scatter(words, broadcast=True)  # once per worker, not once per document
    batches = enumerate(_batches(jobs, read, threads))
    running: dict[Any, tuple[int, Batch]] = {}
    finished: dict[int, list[Document | Exception]] = {}
    sent = handed = 0
    exhausted = False
    while True:
        while not exhausted and sent - handed < threads * _IN_FLIGHT_PER_THREAD:
            item = next(batches, None)
            if item is None:
                exhausted = True
                break
            index, batch = item
            sent += 1
            readable = [(job, raw) for job, raw in batch if isinstance(raw, bytes)]
            if not readable:
                finished[index] = [raw for _, raw in batch if isinstance(raw, Exception)]
                continue
            future = client.submit(_draft_batch, shared, draft, readable, pure=False)
            running[future] = (index, batch)
            completed.add(future)
        if handed in finished:
            for result in finished.pop(handed):
                if isinstance(result, Exception):
                    raise result  # a document that cannot be read, in job order
                yield result
            handed += 1
            continue  # room for one more batch
        if exhausted and handed == sent:
            return
        # The next batch to hand on is still running: wait for any to complete.
        future = next(completed)
        index, batch = running.pop(future)
        drafted = iter(future.result())
        finished[index] = [raw if isinstance(raw, Exception) else next(drafted) for _, raw in batch]
        future.release()


def _batches(jobs: Iterable[Job], read: Reader, threads: int) -> Iterator[Batch]:
    """The jobs in batches, each with its file's bytes or the error reading it: the first
    batches small, so that every worker starts at once, then up to ``_BATCH_DOCUMENTS``
    documents or ``_BATCH_BYTES`` bytes."""
    batch: Batch = []
    size = 0
    for documents, job in enumerate(jobs, start=1):
        try:
            raw: bytes | Exception = read(job[0])
        except Exception as error:  # raised in job order, when its turn comes
            raw = error
        batch.append((job, raw))
        size += len(raw) if isinstance(raw, bytes) else 0
        wanted = min(_BATCH_DOCUMENTS, 1 + documents // (threads * _IN_FLIGHT_PER_THREAD * 2))
        if len(batch) >= wanted or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _draft_batch(
    words: UnitWords, draft: Callable[..., Document], batch: list[tuple[Job, bytes]]
) -> list[Document | Exception]:
    """On a worker: each document drafted, or the error that stopped it (raised in order by
    the process that sent them, as a local run raises it)."""
    results: list[Document | Exception] = []
    for job, raw in batch:
        try:
            results.append(draft(words, job, raw))
        except Exception as error:
            results.append(error)
    return results


def _distributed() -> Any:
    """The ``distributed`` module, or ClusterError saying how to install it."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ClusterError(
            f"--scheduler needs Dask's distributed scheduler: {INSTALL_HINT}"
        ) from None


def _check_address(address: str) -> None:
    """ClusterError for an address no scheduler can have (before a client is half made of it:
    it would complain again as the process exits)."""
    comm = importlib.import_module("distributed.comm")
    try:
        scheme, location = comm.parse_address(address)
        comm.registry.get_backend(scheme)
        if scheme in ("tcp", "tls", "ws", "wss"):
            comm.parse_host_port(location)
    except ValueError as error:
        raise ClusterError(
            f"{address} is no Dask scheduler address ({_reason(error)}); write tcp://HOST:PORT"
        ) from None


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__

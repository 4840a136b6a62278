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
#: Documents sent and not yet handed on, per worker thread: enough to keep every worker busy
#: while this process reads the next files, few enough that memory stays bounded.
_IN_FLIGHT_PER_THREAD = 8

INSTALL_HINT = "pip install 'factcheck[dask]'"

Job = tuple[str, str, tuple[VocabularySubject, ...]]
"""(file to read, path as the claims file names it, subject vocabulary), as in ``run``."""

Reader = Callable[[str], bytes]
"""Reads a document file's bytes here; raises for a document that cannot be read."""


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
        yield from _ordered(
            client, distributed.as_completed(loop=client.loop), jobs, words, read, draft,
            window=threads * _IN_FLIGHT_PER_THREAD,
        )  # fmt: skip


def _ordered(
    client: Any,
    completed: Any,
    jobs: Iterable[Job],
    words: UnitWords,
    read: Reader,
    draft: Callable[..., Document],
    window: int,
) -> Iterator[Document]:
    """Submit jobs while fewer than ``window`` documents are sent and not yet handed on; hand
    them on in job order as they complete."""
    shared = client.scatter(words, broadcast=True)  # once per worker, not once per document
    pending = iter(enumerate(jobs))
    running: dict[Any, int] = {}
    finished: dict[int, Document | BaseException] = {}
    sent = handed = 0
    exhausted = False
    while True:
        while not exhausted and sent - handed < window:
            item = next(pending, None)
            if item is None:
                exhausted = True
                break
            index, job = item
            sent += 1
            try:
                raw = read(job[0])
            except Exception as error:  # raised in job order, below
                finished[index] = error
                continue
            future = client.submit(draft, shared, job, raw, pure=False)
            running[future] = index
            completed.add(future)
        if handed in finished:
            result = finished.pop(handed)
            handed += 1
            if isinstance(result, BaseException):
                raise result
            yield result
            continue  # room for one more document
        if exhausted and handed == sent:
            return
        # The next document to hand on is still running: wait for any to complete.
        future = next(completed)
        index = running.pop(future)
        try:
            finished[index] = future.result()
        except Exception as error:  # a document the worker could not read, raised in order
            finished[index] = error
        future.release()


def _distributed() -> Any:
    """The ``distributed`` module, or ClusterError saying how to install it."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ClusterError(
            f"--scheduler needs Dask's distributed scheduler: {INSTALL_HINT}"
        ) from None


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__

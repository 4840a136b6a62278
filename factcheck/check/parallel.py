"""Anchoring a large corpus's claims in forked processes, with the serial path's exact results."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Mapping, Sequence
from contextlib import suppress

from factcheck.check.anchor import Anchor, anchor
from factcheck.corpus.model import Claim, Source

#: Claims from which anchoring is shared among processes. Below it, starting a process and
#: sending its answers back costs more than it saves (a fork of a process holding a large
#: corpus takes a few ms; anchoring 20,000 claims takes about 0.4 s).
PARALLEL_FROM = 20_000

_Found = tuple[tuple[int, int] | None, str | None, tuple[int, int] | None]
"""An ``Anchor``'s fields: what a worker sends back (a tuple pickles in a fraction of the time)."""

# What the workers anchor: set just before they are forked, so that each inherits the corpus
# (its sources' texts) instead of receiving it through a pipe.
_work: tuple[Sequence[Claim], Mapping[str, Source]] | None = None


def processes() -> int:
    """How many processes may anchor at once: the processors this one may run on that other
    work does not already keep busy (the last minute's load average, which counts this
    process). On a machine whose other processors are busy, a worker would only take turns
    with this process and cost the fork and the answers' transfer."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except OSError:  # no load average: assume this process is the only work
        busy = 1.0
    return max(1, min(usable, round(usable - busy + 1)))


def anchor_all(claims: Sequence[Claim], sources: Mapping[str, Source]) -> list[Anchor]:
    """``anchor(claim, sources[claim.source])`` of each claim, in order.

    From ``PARALLEL_FROM`` claims, where processes can be forked (Linux, macOS's fork start
    method) and more than one processor is free to this process, the claims are cut into one
    run of consecutive claims per processor (a source's claims mostly sit together, so each
    process indexes the texts of its own sources); this process anchors the first run while
    forked workers anchor the others. Anchoring is a pure function of the claim and its
    source, so the result is the serial one.
    """
    workers = min(processes(), len(claims) // max(1, PARALLEL_FROM // 2)) - 1
    if len(claims) < PARALLEL_FROM or workers < 1 or not _can_fork():
        return _anchored(claims, sources)
    size = -(-len(claims) // (workers + 1))
    runs = [(start, min(start + size, len(claims))) for start in range(size, len(claims), size)]
    global _work
    _work = (claims, sources)
    # A forked child that ends normally flushes the standard streams: nothing buffered may
    # be written twice.
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError, AttributeError):
            stream.flush()
    try:
        with multiprocessing.get_context("fork").Pool(len(runs)) as pool:
            pending = pool.map_async(_anchor_run, runs, chunksize=1)
            found = _anchored(claims[:size], sources)
            for run in pending.get():
                found += (Anchor(span, problem, focus) for span, problem, focus in run)
    finally:
        _work = None
    return found


def _anchored(claims: Sequence[Claim], sources: Mapping[str, Source]) -> list[Anchor]:
    """Each claim's anchor; claims that repeat a quote and a value in one source share one.

    A claim's anchor depends only on its source, quote and value, and a loaded corpus holds
    one ``Value`` per spelling: so the value's identity stands for it (hashing a ``Value``
    costs more than anchoring saves). Large corpora repeat themselves (a third of the
    synthetic benchmark's claims; two claims for the ends of one quoted range)."""
    seen: dict[tuple[str, str, int], Anchor] = {}
    found = []
    for claim in claims:
        key = (claim.source, claim.quote, id(claim.value))
        got = seen.get(key)
        if got is None:
            got = seen[key] = anchor(claim, sources[claim.source])
        found.append(got)
    return found


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _anchor_run(run: tuple[int, int]) -> list[_Found]:
    """In a worker: the anchors of ``claims[start:end]`` as tuples."""
    assert _work is not None
    claims, sources = _work
    return [(a.span, a.problem, a.focus) for a in _anchored(claims[run[0] : run[1]], sources)]

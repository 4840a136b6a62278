"""Anchoring a large corpus's claims in forked processes, with the serial path's exact results."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress

from factcheck import _perf
from factcheck.check import native
from factcheck.check.anchor import Anchor, anchor, source_location
from factcheck.corpus.model import Claim, Source
from factcheck.report.findings import Location

Placed = tuple[Anchor, Location | None]
"""A claim's anchor, and the location of its quote (None when the quote is not found)."""

_Sent = tuple[
    tuple[int, int] | None, str | None, tuple[int, int] | None, tuple[int, int, int, int] | None
]
"""What a worker sends back per claim: the ``Anchor``'s fields and the location's lines and
columns (tuples pickle in a fraction of the time objects do)."""

# What the workers anchor: set just before they are forked, so that each inherits the corpus
# (its sources' texts) instead of receiving it through a pipe; one check's at a time.
_work: tuple[Sequence[Claim], Mapping[str, Source]] | None = None
_working = threading.Lock()


def anchor_all(claims: Sequence[Claim], sources: Mapping[str, Source]) -> list[Placed]:
    """``anchor(claim, sources[claim.source])`` of each claim, in order, with its location
    (``source_location``).

    From ``PARALLEL_FROM`` claims, where processes can be forked (Linux, macOS's fork start
    method) and more than one processor is free to this process, the claims are cut into one
    run of consecutive claims per processor (a source's claims mostly sit together, so each
    process indexes the texts of its own sources); this process anchors the first run while
    forked workers anchor the others. Anchoring is a pure function of the claim and its
    source, so the result is the serial one.
    """
    workers = min(_perf.processes(), len(claims) // max(1, _perf.PARALLEL_FROM // 2)) - 1
    if len(claims) < _perf.PARALLEL_FROM or workers < 1 or not _perf.can_fork():
        return _placed(claims, sources)
    size = -(-len(claims) // (workers + 1))
    runs = [(start, min(start + size, len(claims))) for start in range(size, len(claims), size)]
    with _working:
        return _forked(claims, sources, size, runs)


def _forked(
    claims: Sequence[Claim],
    sources: Mapping[str, Source],
    size: int,
    runs: list[tuple[int, int]],
) -> list[Placed]:
    """``anchor_all`` with workers anchoring ``runs`` while this process anchors the first
    ``size`` claims."""
    global _work
    _work = (claims, sources)
    # A forked child that ends normally flushes the standard streams: nothing buffered may
    # be written twice.
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError, AttributeError):
            stream.flush()
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(len(runs), mp_context=context) as pool:
            pending = [pool.submit(_anchor_run, run) for run in runs]
            found = _placed(claims[:size], sources)
            for (start, end), answer in zip(runs, pending, strict=True):
                try:
                    sent = answer.result()
                except BrokenProcessPool:  # a worker was killed (out of memory): anchor here
                    found += _placed(claims[start:end], sources)
                else:
                    found += _received(claims[start:end], sources, sent)
    finally:
        _work = None
    return found


def _placed(claims: Sequence[Claim], sources: Mapping[str, Source]) -> list[Placed]:
    """Each claim's anchor and location; claims that repeat a quote and a value in one source
    share them.

    A claim's anchor depends only on its source, quote and value, and a loaded corpus holds
    one ``Value`` per spelling: so the value's identity stands for it (hashing a ``Value``
    costs more than anchoring saves). Large corpora repeat themselves (a third of the
    synthetic benchmark's claims; two claims for the ends of one quoted range)."""
    seen: dict[tuple[str, str, int], Placed] = {}
    found = []
    fast = native.anchoring()  # the common case in C, when built (native.py); else None
    prepared: dict[int, native.Prepared | bool | None] = {}
    for claim in claims:
        key = (claim.source, claim.quote, id(claim.value))
        placed = seen.get(key)
        if placed is None:
            source = sources[claim.source]
            answer = None
            where: Location | None
            if fast is not None:
                value_id = id(claim.value)
                if value_id not in prepared:
                    prepared[value_id] = native.prepare(claim.value)
                value = prepared[value_id]
                if value is not native.PYTHON:
                    answer = fast(source.text, claim.quote, value)  # type: ignore[arg-type]
            if answer is not None:
                span, focus, line, column, end_line, end_column = answer
                got = Anchor(span, None, focus)
                where = Location(
                    source.id, source.path, span, line, column, end_line, end_column, focus
                )
            else:
                got = anchor(claim, source)
                where = source_location(source, got.span, got.focus) if got.span else None
            placed = seen[key] = (got, where)
        found.append(placed)
    return found


def _received(
    claims: Sequence[Claim], sources: Mapping[str, Source], sent: list[_Sent]
) -> Iterator[Placed]:
    """A worker's answers for ``claims`` as anchors and locations (an answer it sent for
    several claims arrives as one object, and is made into one pair)."""
    made: dict[int, Placed] = {}
    for claim, answer in zip(claims, sent, strict=True):
        placed = made.get(id(answer))
        if placed is None:
            span, problem, focus, where = answer
            location = None
            if span is not None and where is not None:
                source = sources[claim.source]
                location = Location(source.id, source.path, span, *where, focus)
            placed = made[id(answer)] = (Anchor(span, problem, focus), location)
        yield placed


def _anchor_run(run: tuple[int, int]) -> list[_Sent]:
    """In a worker: the anchors and locations of ``claims[start:end]`` as tuples (one tuple
    for claims that share them)."""
    assert _work is not None
    claims, sources = _work
    sent: dict[int, _Sent] = {}
    answers = []
    for got, location in _placed(claims[run[0] : run[1]], sources):
        answer = sent.get(id(got))
        if answer is None:
            where = None
            if location is not None:
                where = (location.line, location.column, location.end_line, location.end_column)
            answer = sent[id(got)] = (got.span, got.problem, got.focus, where)
        answers.append(answer)
    return answers

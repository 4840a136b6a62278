"""JSON written in pieces by a compiled encoder (orjson), in ``json.dumps(indent=2)``'s layout.

A document is plain data in which the parts that grow with the corpus are ``Items`` (an array
produced on demand) and the objects around them ``Fields``: `chunks` encodes the plain parts
whole and the arrays a batch of items at a time, so the text is written while it is produced
and neither the whole data nor the whole text is ever held. Unsafe characters are escaped
(``escape.json_bytes``). JSON has no NaN or infinity (orjson would write ``null``, Python's
encoder an invalid ``Infinity``): plain parts are searched for one and refused with ValueError;
the items of ``Items`` are not searched (a million claims would cost seconds), so their makers
give only finite floats (``report.data`` refuses any other as it makes them).
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from itertools import islice
from typing import Any

import orjson

from factcheck import _perf
from factcheck._perf import paused_gc
from factcheck.formats.escape import json_bytes, json_text
from factcheck.report.data import Beside, Fields, Items

BATCH = 64
"""Array items made and encoded at a time: enough to amortize the call, few enough that they
stay in the processor's cache between being made, encoded and freed (the JSON of 100k claims
takes a third less time than with 2,000 at a time)."""

_OPTIONS = orjson.OPT_INDENT_2
_LAZY = (Fields, Items, Beside)
_LAZY_TYPES = frozenset(_LAZY)
#: Bytes read at a time from what another process wrote.
_PIECE = 1 << 20


def dumps(data: Any) -> str:
    """The whole JSON text of plain data or of a document with ``Items`` and ``Fields``."""
    return b"".join(chunks(data)).decode("utf-8")


def chunks(data: Any) -> Iterator[bytes]:
    """The JSON text of `data` in UTF-8 pieces, ending with a line feed.

    The cyclic garbage collector is paused until the last piece (as while loading and checking):
    the items made and dropped batch by batch would otherwise start collections that walk the
    whole report, about half the time of writing it."""
    with paused_gc():
        yield from _value(data, 0)
    yield b"\n"


def _value(value: Any, level: int) -> Iterator[bytes]:
    if isinstance(value, Beside):
        yield from _value(value.value, level)
    elif isinstance(value, Fields):
        yield from _object(value, level)
    elif isinstance(value, Items):
        yield from _array(value, level)
    else:
        _refuse_non_finite(value)
        yield _encode(value, level)


def _object(fields: Fields, level: int) -> Iterator[bytes]:
    pad = b"\n" + b"  " * (level + 1)
    opening = b"{"
    # Members that another process may make: started now, taken in their turn.
    started = {
        n: _start(value.value, level + 1)
        for n, (_, value) in enumerate(fields.members)
        if isinstance(value, Beside) and _beside_pays(value)
    }
    try:
        for n, (key, value) in enumerate(fields.members):
            yield opening + pad + _encode(key, 0) + b": "
            opening = b","
            made = started.pop(n, None)
            if made is None:
                yield from _value(value, level + 1)
            else:
                yield from _taken(made, value, level + 1)
    finally:
        for made in started.values():  # the writing stopped early (a closed pipe)
            if made is not None:
                _end(*made)
    yield b"{}" if opening == b"{" else b"\n" + b"  " * level + b"}"


def _beside_pays(part: Beside) -> bool:
    return part.size >= _perf.PARALLEL_FROM and _perf.processes() > 1 and _perf.can_fork()


_Made = tuple[int, Any]
"""A forked process making a part of the text, and the file it writes it to."""


def _start(value: Any, level: int) -> _Made | None:
    """A forked process writing ``value``'s text into a temporary file; None if none can start.

    The child inherits the data (nothing is sent to it), writes with ``os.write`` only and ends
    with ``os._exit``: it never flushes this process's buffered output or runs its exit code."""
    try:
        file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by _taken or _end)
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        file.close()
        return None
    if pid == 0:  # the child
        status = 1
        try:
            descriptor = file.fileno()
            for chunk in _value(value, level):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(descriptor, view) :]
            status = 0
        finally:
            os._exit(status)
    return pid, file


def _taken(made: _Made, value: Any, level: int) -> Iterator[bytes]:
    """What the forked process wrote, piece by piece; if it failed, the part made here."""
    pid, file = made
    try:
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            yield from _value(value, level)
            return
        file.seek(0)
        while piece := file.read(_PIECE):
            yield piece
    finally:
        file.close()


def _end(pid: int, file: Any) -> None:
    """Stop a forked process whose part is no longer wanted."""
    with suppress(OSError):
        os.kill(pid, 9)
    with suppress(OSError):
        os.waitpid(pid, 0)
    file.close()


def _array(items: Items, level: int) -> Iterator[bytes]:
    opening = b"["
    if items.encoded is not None:  # batches made as text (or plain items) by the document
        for part in items.encoded(level, BATCH):
            yield opening + (part if isinstance(part, bytes) else _batch(part, level))
            opening = b","
        yield b"[]" if opening == b"[" else b"\n" + b"  " * level + b"]"
        return
    produced = iter(items.produce())
    while batch := list(islice(produced, BATCH)):
        if _LAZY_TYPES.isdisjoint(map(type, batch)):
            yield opening + _batch(batch, level)
            opening = b","
            continue
        plain: list[Any] = []  # rare: lazy parts among the items, streamed in their turn
        for item in batch:
            if isinstance(item, _LAZY):
                if plain:
                    yield opening + _batch(plain, level)
                    opening, plain = b",", []
                yield opening + b"\n" + b"  " * (level + 1)
                opening = b","
                yield from _value(item, level + 1)
            else:
                plain.append(item)
        if plain:
            yield opening + _batch(plain, level)
            opening = b","
    yield b"[]" if opening == b"[" else b"\n" + b"  " * level + b"]"


def _batch(batch: list[Any], level: int) -> bytes:
    """Items as they stand inside an array at `level`: each on its own lines, comma separated,
    without the brackets (``[\\n  a,\\n  b\\n]`` less ``[`` and its last line)."""
    return _encode(batch, level, bracketed=False)


def _encode(value: Any, level: int, *, bracketed: bool = True) -> bytes:
    """`value` as JSON in the indented layout, its lines after the first indented to `level`;
    a list's brackets (its first character and last line) left out unless ``bracketed``.

    The value is encoded inside ``level`` arrays, so that orjson itself indents its lines to
    its level (no pass over the text to indent them: a tenth of writing 100k claims), and the
    arrays' lines are cut off with the brackets, in one copy."""
    nested = value
    for _ in range(level):
        nested = [nested]
    try:
        text = orjson.dumps(nested, option=_OPTIONS)
    except orjson.JSONEncodeError:
        # A lone surrogate (or an integer past 64 bits): Python's encoder, then the surrogate
        # as an escape like every other unsafe character.
        text = json_text(json.dumps(nested, indent=2, ensure_ascii=False)).encode("utf-8")
    # The k-th array around the value opens with "[", a line feed and k indents, and closes
    # with a line feed, k - 1 indents and "]".
    start, end = level * (level + 3), len(text) - level * (level + 1)
    if not bracketed:
        start, end = start + 1, end - 2 - 2 * level
    return json_bytes(text[start:end] if start or end < len(text) else text)


def _refuse_non_finite(value: Any) -> None:
    """Raise ValueError if plain data holds a float that is not finite."""
    stack = [value]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is dict:
            stack.extend(node.values())
        elif kind is list or kind is tuple:
            stack.extend(node)
        elif kind is float and not math.isfinite(node):
            raise ValueError(f"{node} is not a JSON number")

"""The JSON report's per-claim arrays in C: ``factcheck._emitspeedups``, an optional extension.

``pip install`` builds it where a C compiler and Python's headers are found (setup.py marks it
optional). When it is built, ``JsonFormatter`` hands it the claims, the graph's claim nodes and
the claims' member edges a batch at a time (``report.data``'s ``Encoders`` and
``Items.encoded``): it writes their JSON text directly, with no dict per claim, or answers None
for a batch holding anything it does not write exactly as the items and orjson would (then the
batch's items are made in Python): the bytes are the same either way
(tests/test_json_native.py compares both).

``FACTCHECK_PURE_PYTHON=1`` in the environment (as for ``check.native``), or ``enabled =
False`` here, turns it off. An edit of the C source needs ``pip install -e .`` again.
"""

from __future__ import annotations

from typing import Any

from factcheck.extensions import DISABLE as DISABLE  # read by tests and callers
from factcheck.extensions import extension, turned_on
from factcheck.report.data import Encoders

_emit: Any = extension("_emitspeedups")

available = _emit is not None
enabled = available and turned_on()


def encoders() -> Encoders | None:
    """The compiled writers, or None when they are not built or turned off."""
    if not enabled or _emit is None:
        return None
    return Encoders(_emit.claims, _emit.claim_nodes, _emit.member_edges)

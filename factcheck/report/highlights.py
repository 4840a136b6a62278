"""Where a quote states its claim's value: the numbers every report lights up in it."""

from __future__ import annotations

import re

from factcheck.corpus.model import Claim
from factcheck.text.numbers import number_spans, readable


def claimed_spans(text: str, claim: Claim) -> list[tuple[int, int]]:
    """``(start, end)`` of the numbers in ``text`` that the claim's value states, with their unit.

    A number counts when the value's low or high end can be read from it (``readable``: "1/5th"
    for 20 %, "two" for 2), whatever the unit; a ``%`` or the value's own unit right after it is
    lit with it. Offsets are Python string indices (code points).
    """
    value = claim.value
    numbers = [n for n in (value.low, value.high) if n is not None]
    unit = re.compile(r"\s?(?:%|" + re.escape(value.unit) + r"(?!\w))") if value.unit else None
    spans = []
    for start, end, number in number_spans(text):
        if not any(readable(n, value.unit, {number}) for n in numbers):
            continue
        if text.startswith("%", end):
            end += 1
        elif unit is not None and (after := unit.match(text, end)) is not None:
            end = after.end()
        spans.append((start, end))
    return spans

"""Quantities written in words: "a quarter of", "two-thirds", "doubled the odds", "an hour"."""

from __future__ import annotations

import re

#: Alternatives for the token pattern; each names its group (``part``, ``mult`` or ``aunit``).
TOKEN = (
    r"(?=[aAoOtT])(?P<part>(?:a|one)[ \t]+(?:quarter|third|fifth)(?=[ \t]+of\b(?![ \t]+an?\b))"
    r"|(?:two|three)[- ](?:thirds|quarters|fifths)\b)"
    r"|(?=[dD])(?P<mult>doubl(?:ed|es|e))(?=[ \t]+(?:the|its|their|your|his|her|our)\b)"
    r"|(?=[aA])(?P<aunit>an?)(?=[ \t]+(?:second|minute|hour|day|week|month|year)\b)"
)
_DENOMINATORS = {"quarter": 4, "third": 3, "fifth": 5}
_NUMERATORS = {"two": 2, "three": 3}
_UNIT_RE = re.compile(r"[ \t]+(?P<unit>second|minute|hour|day|week|month|year)\b")


def part_value(word: str) -> float:
    """The percentage a fraction word states: "a quarter" 25, "two-thirds" 66.7."""
    first, last = re.split(r"[- \t]+", word.lower())[-2:]
    share = 100 * _NUMERATORS.get(first, 1) / _DENOMINATORS[last.removesuffix("s")]
    return float(f"{share:.3g}")  # to three figures, as a writer rounds it: 66.7


def a_unit(text: str, end: int) -> tuple[str, int]:
    """The time unit after "a"/"an" at ``end`` and where it ends."""
    match = _UNIT_RE.match(text, end)
    assert match is not None  # the token pattern looked ahead for it
    return match.group("unit"), match.end()

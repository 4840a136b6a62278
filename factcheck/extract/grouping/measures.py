"""Phrases that say which quantity a figure measures, in several wordings of one idea.

Writers name some quantities by a phrase rather than a noun, and two documents seldom use the
same one: how long an animal lives ("typically live 5 to 8 years", "a lifespan of 3 years"), how
late a project is ("three years later than first planned", "two years behind schedule"), how long
before going out to do something ("before you go outside", "before you head out"), how long a
loading phase lasts ("load for 5 to 7 days", "the loading week"), how long an opened product
keeps ("Once opened, use it within 12 months", "an opened bottle is good for two years"). Each
family below is one such idea, a span of time; a duration says it when a phrase of the family
stands close to it in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Each idea of measuring and the phrases that say it.
_FAMILIES: dict[str, re.Pattern[str]] = {
    "lifespan": re.compile(
        r"\b(?:live|lives|lived)\b(?!\s+(?:happily|in|on|with|alone|together)\b)"
        r"|\blife\s*spans?\b|\blife\s+expectancy\b",
        re.IGNORECASE,
    ),
    "delay": re.compile(
        r"\bbehind\s+schedule\b"
        r"|\blater\s+than\s+(?:first\s+|originally\s+|initially\s+)?"
        r"(?:planned|scheduled|promised|expected)\b"
        r"|\bdelayed\s+by\b",
        re.IGNORECASE,
    ),
    "before-going-out": re.compile(
        r"\bbefore\s+(?:you\s+|they\s+|we\s+)?(?:go|going|head|heading|step|stepping)\s+"
        r"(?:out(?:side|doors)?)\b",
        re.IGNORECASE,
    ),
    "loading-phase": re.compile(
        r"\bload(?:ing)?\s+(?:phase|week|period)\b|\bload\s+for\b", re.IGNORECASE
    ),
    "opened-keeps": re.compile(
        r"\bopened\b.{0,40}?\b(?:use\s+(?:it\s+|them\s+)?within|good\s+for|keeps?\s+for"
        r"|lasts?(?:\s+for)?)\b",
        re.IGNORECASE,
    ),
}
#: How far (in characters) the phrase may stand from the figure within its sentence.
_REACH = 40
#: A comparative right after the figure makes it a difference ("lived 1.8 years longer"), not
#: the quantity the phrase names.
_DIFFERENCE_RE = re.compile(r"\s*(?:longer|shorter|less|more|fewer)\b", re.IGNORECASE)


def measures(sentence: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """For each figure at ``spans`` of ``sentence``, the family of the phrase that says what it
    measures, or "". A phrase speaks of the nearest figure within _REACH characters ("they
    usually live only 2 to 3 years", not "I've kept neons for twenty years"); a figure that two
    families' phrases speak of, or that is a difference ("lived 1.8 years longer"), has none."""
    found: list[set[str]] = [set() for _ in spans]
    for name, pattern in _FAMILIES.items():
        for match in pattern.finditer(sentence):
            gaps = [
                (max(start - match.end(), match.start() - end), index)
                for index, (start, end) in enumerate(spans)
            ]
            gap, nearest = min(gaps, default=(_REACH + 1, -1))
            if gap <= _REACH:
                found[nearest].add(name)
    return [
        names.pop() if len(names) == 1 and not _DIFFERENCE_RE.match(sentence, end) else ""
        for names, (_, end) in zip(found, spans, strict=True)
    ]

"""Quantities written in words: "a quarter of", "about half", "doubles", "twice a day", "an hour"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions.units import unit_at

#: Alternatives for the token pattern; each names its group (``part``, ``half``, ``mult``,
#: ``twice`` or ``aunit``).
TOKEN = (
    r"(?=[aAoOtT])(?P<part>(?:a|one)[ \t]+(?:quarter|third|fifth|tenth)\b(?!-)"
    r"|(?:two|three)[- ](?:thirds|quarters|fifths|tenths)\b)"
    r"|(?=[hH])(?P<half>half)\b(?!-)"
    r"|(?=[dD])(?P<mult>doubl(?:ed|es|e))\b(?!-)"
    r"|(?=[tT])(?P<twice>twice|thrice)\b(?!-)"
    r"|(?=[aA])(?P<aunit>an?)(?=[ \t]+(?:second|minute|hour|day|week|month|year)\b)"
)
# "the best tenth of homes", "the top quarter of earners": a ranked share of a group. Found in a
# pass of its own, run only when a fraction word is there: one more token alternative would slow
# the whole scan by a sixth.
_RANKED_RE = re.compile(
    r"\b(?:best|top|bottom|worst|highest|lowest)[ \t]+(?:quarter|third|fifth|tenth)(?=[ \t]+of\b)",
    re.IGNORECASE,
)
_DENOMINATORS = {"quarter": 4, "third": 3, "fifth": 5, "tenth": 10}
_NUMERATORS = {"two": 2, "three": 3}
_UNIT_RE = re.compile(r"[ \t]+(?P<unit>second|minute|hour|day|week|month|year)\b")
# "of" after a fraction word, also on the next line of hard-wrapped text ("a third\nof the heat").
_OF_AN_RE = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)of\s+an?\b")
_OF_RE = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)of\b")
_HALF_A_RE = re.compile(r"[ \t]+an?(?=[ \t])")
# A word of a definite quantity after a multiplier: "twice its weight", "double the dose".
_OBJECT_RE = re.compile(
    r"[ \t\n]+(?:the|its|their|your|his|her|our|my|that|this|what|those|these)\b", re.I
)
# A comparison after a multiplier: "twice as fast", "twice more likely".
_COMPARED_RE = re.compile(
    r"[ \t\n]+(?:as|more|less|greater|higher|lower|larger|smaller|longer|shorter|faster|slower"
    r"|bigger|stronger|weaker|heavier)\b",
    re.IGNORECASE,
)
# A frequency after "twice": "twice a day", "twice daily", "twice per week".
_FREQUENCY_RE = re.compile(
    r"[ \t\n]+(?:(?:a|an|per|each|every)[ \t\n]+(?P<per>day|night|week|month|year)\b"
    r"|(?P<adv>daily|nightly|weekly|monthly|yearly|annually)\b)",
    re.IGNORECASE,
)
# "double" is a verb after these words ("should double", "to double"); an adjective after an
# article ("a double batch", "the doubled dose").
_MODAL_BEFORE_RE = re.compile(r"\b(?:will|would|can|could|may|might|should|must|to)\s+\Z", re.I)
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the|this|that|each|every)\s+\Z", re.IGNORECASE)
_MULTIPLIERS = {"twice": 2.0, "thrice": 3.0}
_ADVERB_PER = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month"}


@dataclass(frozen=True)
class WordAmount:
    """A quantity written in words, as the mention finder records it."""

    value: float
    unit: str
    """Canonical unit ("%", "hour") or "" for a multiplier or a count of times."""
    dimension: str
    """share, ratio, count or the unit's dimension."""
    end: int
    """Where the written quantity ends."""
    noun: str = ""
    per: str = ""


def read(text: str, token: re.Match[str], qualified: bool) -> WordAmount | None:
    """The quantity a word token states, or None when the word states none here.

    ``qualified`` says whether a bound or approximation ("about", "at least") stands before it.
    """
    end = token.end()
    if token.group("part"):
        if _OF_AN_RE.match(text, end) or not (qualified or _OF_RE.match(text, end)):
            return None  # "a quarter of an hour", "a third dose": no share
        return WordAmount(part_value(token.group("part")), "%", "share", end)
    if token.group("half"):
        return _half(text, end, qualified)
    if token.group("mult"):
        return _double(text, token, qualified)
    if token.group("twice"):
        return _twice(text, token, qualified)
    if not qualified:
        return None  # "4.5 mg a day": a rate's base, no quantity
    unit, end = a_unit(text, end)
    if re.match(r"\s+or\s", text[end:]):
        return None  # "a week or two": a loose span, not one unit
    return WordAmount(1.0, unit, "duration", end)


def ranked_shares(text: str) -> list[re.Match[str]]:
    """Every ranked share ("top quarter of") in ``text``, in order."""
    lowered = text.lower()
    if not any(word in lowered for word in _DENOMINATORS):
        return []
    return list(_RANKED_RE.finditer(text))


def part_value(word: str) -> float:
    """The percentage a fraction word states: "a quarter" 25, "two-thirds" 66.7, "top tenth" 10."""
    first, last = re.split(r"[- \t]+", word.lower())[-2:]
    share = 100 * _NUMERATORS.get(first, 1) / _DENOMINATORS[last.removesuffix("s")]
    return float(f"{share:.3g}")  # to three figures, as a writer rounds it: 66.7


def a_unit(text: str, end: int) -> tuple[str, int]:
    """The time unit after "a"/"an" at ``end`` and where it ends."""
    match = _UNIT_RE.match(text, end)
    assert match is not None  # the token pattern looked ahead for it
    return match.group("unit"), match.end()


def _half(text: str, end: int, qualified: bool) -> WordAmount | None:
    """ "half a percent" is 0.5%, "about half" 50%; a bare "half" ("cut in half") is none."""
    article = _HALF_A_RE.match(text, end)
    if article is not None:
        unit, after = unit_at(text, article.end())
        if unit is not None:
            return WordAmount(0.5, unit.text, unit.dimension, after)
    if not qualified:
        return None
    return WordAmount(50.0, "%", "share", end)


def _double(text: str, token: re.Match[str], qualified: bool) -> WordAmount | None:
    """ "doubles", "roughly double", "double the dose" are 2; "a double batch" is none."""
    start, end = token.span()
    head = max(0, start - 12)
    if _ARTICLE_BEFORE_RE.search(text, head, start):
        return None
    verb = token.group("mult").lower() != "double" or _MODAL_BEFORE_RE.search(text, head, start)
    if not (qualified or verb or _OBJECT_RE.match(text, end)):
        return None
    return WordAmount(2.0, "", "ratio", end)


def _twice(text: str, token: re.Match[str], qualified: bool) -> WordAmount | None:
    """ "twice a day" is a count of 2 times; "twice as fast", "twice its weight" a ratio of 2."""
    end = token.end()
    value = _MULTIPLIERS[token.group("twice").lower()]
    frequency = _FREQUENCY_RE.match(text, end)
    if frequency is not None:
        per = frequency.group("per") or _ADVERB_PER.get(frequency.group("adv").lower(), "year")
        return WordAmount(value, "", "count", frequency.end(), "times", per.lower())
    if _COMPARED_RE.match(text, end) or _OBJECT_RE.match(text, end):
        return WordAmount(value, "", "ratio", end)
    return WordAmount(value, "", "count", end, "times") if qualified else None

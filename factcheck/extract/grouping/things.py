"""What a figure measures, read as a key of grouping: a page's only figure of one key states the
page's one value of that quantity, which another page's only figure of the same key, in other
words and at another value, may contradict ("expects 150,000 visitors a year", "hopes to attract
250,000 visitors annually").

The key is the figure's family, its rate (``Mention.per``: "a year", "annually" and "per year"
are all ``year``), its context, and the thing measured:

- a count's counted noun, people by any noun (``paraphrase.PEOPLE_NOUNS``: "visitors",
  "customers", "residents" are all people), other nouns by their singular ("galleries",
  "gallery");
- and whether the figure is told as the past: a figure of a time before the page's ("Before it
  closed, the museum drew about 90,000 visitors a year", "last year", "in 2019", "used to") is
  another quantity than today's, which a page may state beside it.
"""

from __future__ import annotations

import re

from factcheck.extract.grouping.twice import counted_thing
from factcheck.extract.subjects.paraphrase import PEOPLE_NOUNS

#: Words before a figure in its sentence that tell it of a time before the page's: a past
#: period named ("last year", "in 2019", "a decade ago"), a time before an event ("before it
#: closed", "before the pandemic", "until last year"), or a former state ("previously",
#: "formerly", "used to", "at the time", "back then", "originally").
_PAST_RE = re.compile(
    r"\b(?:before\s+(?:it|they|the|its|their|that|this)\b|until\s+(?:last|recently)\b"
    r"|last\s+(?:year|season|month|week|summer|winter|spring|autumn|time|decade|century)\b"
    r"|(?:a|one|two|three|four|five|ten|twenty|\d+)\s+(?:years?|months?|decades?|weeks?)\s+ago\b"
    r"|previously|formerly|originally|used\s+to|at\s+the\s+time|back\s+then|back\s+in"
    r"|in\s+(?:1[89]|20)\d\d\b|in\s+the\s+(?:past|old\s+days)\b|once\s+(?:drew|had|was|were))",
    re.IGNORECASE,
)
#: Words after a figure that tell it of the past ("... a year before it closed", "in 2019").
_PAST_AFTER_RE = re.compile(
    r"^[^.;:]{0,40}?\b(?:before\s+(?:it|they|its|their)\s+clos|last\s+year|a\s+year\s+earlier"
    r"|in\s+(?:1[89]|20)\d\d\b|years?\s+ago\b)",
    re.IGNORECASE,
)


def thing_counted(noun: str) -> str:
    """The thing a count's noun counts: ``people`` for any noun of people, else the key of
    ``twice.counted_thing`` ("ships", "vessels": ``ship``); "" without a noun."""
    word = noun.lower().strip()
    if not word:
        return ""
    if word in PEOPLE_NOUNS:
        return "people"
    last = word.split()[-1]
    if last in PEOPLE_NOUNS:
        return "people"
    # (other things by one key for synonyms, "ships" and "vessels"; none for times something is
    # done, "three times")
    return counted_thing(last)


def told_as_past(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told of a time before the page's, by words before it
    in its sentence or shortly after it."""
    before = text[sentence[0] : span[0]]
    after = text[span[1] : sentence[1]]
    return bool(_PAST_RE.search(before) or _PAST_AFTER_RE.search(after))

"""Phrases that say which quantity a figure measures, in several wordings of one idea.

Writers name some quantities by a phrase rather than a noun, and two documents seldom use the
same one: how long an animal lives ("typically live 5 to 8 years", "a lifespan of 3 years"), how
late a project is ("three years later than first planned", "two years behind schedule"), how long
before going out to do something ("before you go outside", "before you head out"), how long a
loading phase lasts ("load for 5 to 7 days", "the loading week"), how long an opened product
keeps ("Once opened, use it within 12 months", "an opened bottle is good for two years"), how
long stored data is kept ("kept for 30 days", "older than 7 days are discarded"), how long
something was closed ("closed for 52 hours", "shut for more than three days"), how often
something is done again ("Replace the case every 3 months", "Buy a new case every six months"),
the gap between two things taken ("two hours after each dose", "a gap of four hours between"),
how long before the same thing is used again ("don't use the same spot again for 7 days", "go
back to the same patch of skin after three days"), how long to carry on ("Keep going for one
week", "Carry on for a fortnight"). Each family of
``_FAMILIES`` is one such idea, a span of time; a duration says it when a phrase of the family
stands close to it in its sentence. A share may say a year-on-year change (``_CHANGE_FAMILIES``:
"up 7.4% on the same quarter last year", "grew 4.7% from a year earlier"), and a count how many
people had to leave their homes (``_COUNT_FAMILIES``).
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
    # How long stored data is kept before it goes: "Cached results are kept for 30 days",
    # "Cached results older than 7 days are discarded", "logs are retained for 90 days", "entries
    # expire after 24 hours".
    "retention": re.compile(
        r"\b(?:kept|retained|stored|cached|saved|preserved|archived)\s+for\b"
        # (not "Keep going for one week": how long to carry on)
        r"|\b(?:keeps?|retains?)\s+(?!(?:going|taking|using|on|at\s+it)\b)(?:\w+\s+){0,2}?for\b"
        r"|\bretention\b|\btime[\s-]to[\s-]live\b"
        r"|\b(?:(?:is|are|gets?|will\s+be|be)\s+)?(?:discarded|deleted|purged|evicted|pruned|"
        r"erased|expired?|expires|cleared|cleaned\s+up|garbage[\s-]collected)\b",
        re.IGNORECASE,
    ),
    # How long something was closed or stopped (a road, a channel, a line, a service, a plant):
    # "The channel was closed for 52 hours", "was shut for more than three days", "services
    # were suspended for two weeks", "a 48-hour closure", "traffic was halted for six hours".
    "closure": re.compile(
        r"\b(?:closed|shut|shut\s+down|blocked|suspended|halted|stopped|paused|"
        r"out\s+of\s+(?:action|service|use)|off\s+limits|impassable|cut\s+off|sealed\s+off|"
        r"(?:kept|remained|remains|stayed|stays)\s+(?:closed|shut))\s+for\b"
        # (a noun only of its own length: "a 48-hour closure", "the shutdown lasted 3 days";
        # not "the closure had added two to four days to transit times")
        r"|\b(?:minute|hour|day|week|month)s?\s+(?:closure|shutdown|stoppage|blockade|"
        r"suspension|outage)\b"
        r"|\b(?:closure|shutdown|stoppage|blockade|suspension|outage)\s+(?:lasted|lasting|"
        r"of\s+(?:about|almost|nearly|some|more\s+than|over|under)?)\b",
        re.IGNORECASE,
    ),
    # How often something is done again, the span between two times: "Replace the case every
    # 3 months", "Buy a new case every six months", "Reapply every two hours", "Trams run every
    # 6 minutes" (the figure right after "every"/"once every"/"each").
    # (a number must follow: not "so every task runs at least once" beside "after 60 seconds")
    "interval": re.compile(
        r"\b(?:once\s+)?every\s+(?=(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|few|couple|half|"
        r"quarter|other)\b))",
        re.IGNORECASE,
    ),
    # The span to leave between two things taken or done: "Leave a gap of four hours between
    # the antibiotic and the probiotic", "at least two hours after each antibiotic dose", "two
    # readings one minute apart", "space the doses 8 hours apart".
    "gap": re.compile(
        r"\b(?:gap|interval|space|spacing|wait)\s+of\b|\bapart\b"
        # (told to take or wait: "shuts the door on absorption for about a day after each dose"
        # is how long an effect lasts)
        r"|\b(?:take|taking|wait|waiting|leave|leaving|have|having|use|using)\b[^.;:]{0,40}?"
        r"\b(?:after|before)\s+(?:each|every|any|your\s+(?:last|next)|the\s+(?:last|next|"
        r"previous))\s+(?:\w+\s+)?(?:dose|doses|tablet|tablets|pill|pills|meal|meals)\b"
        r"|\bbetween\s+(?:doses|meals|tablets|pills|each\s+(?:dose|tablet|pill)|the\s+\w+"
        r"\s+and\s+the)\b",
        re.IGNORECASE,
    ),
    # How long before the same thing may be used or done again: "don't use the same spot again
    # for 7 days", "You can go back to the same patch of skin after three days", "wait a week
    # before reusing it", "not again within 48 hours".
    "reuse": re.compile(
        r"\b(?:use|using|apply|applying|wear|wearing|do|doing|try|trying|take|taking)\s+"
        r"(?:\w+\s+){0,4}?again\b"
        r"|\b(?:go|going|come|coming|get|getting)\s+back\s+to\b|\bre-?us(?:e|ed|ing)\b",
        re.IGNORECASE,
    ),
    # How long to carry on with something, or how long someone did: "Keep going for one week
    # after the final dose", "Carry on for a fortnight after the course ends", "continue for 8
    # weeks", "stayed on patches for four months", "for more than 14 days in a row".
    "continuation": re.compile(
        r"\b(?:keep|keeps|kept|keeping)\s+(?:going|taking|using|on|at\s+it)\b"
        r"|\bcarr(?:y|ies|ied|ying)\s+on\b|\bcontinu(?:e|es|ed|ing)\b"
        r"|\b(?:stay|stays|stayed|staying|remain|remained)\s+on\b|\bin\s+a\s+row\b",
        re.IGNORECASE,
    ),
}
#: Ideas of a change from a year before ("up 7.4% on the same quarter last year", "sales grew
#: 4.7% from a year earlier", "a 3% rise year on year"): a share's, not a span of time's.
_CHANGE_FAMILIES: dict[str, re.Pattern[str]] = {
    "year-on-year": re.compile(
        r"\byear[\s-]+(?:on|over)[\s-]+year\b|\byoy\b|\by/y\b"
        r"|\b(?:same|corresponding|comparable|year-ago|prior-year)\s+(?:quarter|period|month|week|"
        r"half|season)\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+"
        r"(?:earlier|ago|before))\b"
        # (a preposition first: "compared with 15% a year ago" is the year-ago figure itself)
        r"|\b(?:from|than|on|over|against|compared\s+(?:with|to))\s+(?:(?:a|one|the)\s+year\s+"
        r"(?:earlier|ago|before)|(?:last|the\s+previous|the\s+prior)\s+year)\b",
        re.IGNORECASE,
    ),
}
#: Ideas of counting people: how many had to leave their homes ("Some 9,000 people have been
#: forced from their homes", "About 6,500 residents remain under evacuation orders"; not those
#: who "stayed overnight in the evacuation centres").
_COUNT_FAMILIES: dict[str, re.Pattern[str]] = {
    "displaced": re.compile(
        r"\b(?:forced|driven|fled|flee|fleeing|evacuated|displaced)\s+(?:from\s+)?(?:their\s+|"
        r"the(?:ir)?\s+)?homes?\b|\bevacuation\s+(?:orders?|warnings?)\b"
        r"|\bordered\s+to\s+(?:evacuate|leave)\b|\b(?:were|been|was|are|have\s+been)\s+"
        r"(?:evacuated|displaced)\b",
        re.IGNORECASE,
    ),
}
#: Ideas of a lead in percentage points: how far ahead a winner finished ("won by 11
#: points", "finished ahead of the Green Alliance by 14.1 percentage points", "a lead of 6
#: points", "a margin of 3 points", "beat the incumbent by 4 points", "trails by 2 points").
_POINT_FAMILIES: dict[str, re.Pattern[str]] = {
    "margin": re.compile(
        r"\b(?:won|wins?|winning|beat|beats|beaten|ahead|led|leads?|leading|trail(?:s|ed|ing)?|"
        r"behind|victory|defeated)\b[^.;:]{0,50}?\bby\s+(?=\S+\s+(?:percentage\s+)?points?\b)"
        r"|\b(?:lead|margin|gap)\s+of\s+(?=\S+\s+(?:percentage\s+)?points?\b)",
        re.IGNORECASE,
    ),
}
#: The families that may say what a figure of a dimension measures.
_BY_DIMENSION: dict[str, dict[str, re.Pattern[str]]] = {
    "duration": _FAMILIES,
    "share": _CHANGE_FAMILIES,
    "count": _COUNT_FAMILIES,
    "percentage_point": _POINT_FAMILIES,
}
#: How far (in characters) the phrase may stand from the figure within its sentence.
_REACH = 40
#: A comparative right after the figure makes it a difference ("lived 1.8 years longer"), not
#: the quantity the phrase names.
_DIFFERENCE_RE = re.compile(r"\s*(?:longer|shorter|less|more|fewer)\b", re.IGNORECASE)


def measures(
    sentence: str, spans: Sequence[tuple[int, int]], dimensions: Sequence[str] = ()
) -> list[str]:
    """For each figure at ``spans`` of ``sentence``, the family of the phrase that says what it
    measures, or "". A phrase speaks of the nearest figure within _REACH characters ("they
    usually live only 2 to 3 years", not "I've kept neons for twenty years"); a figure that two
    families' phrases speak of, or that is a difference ("lived 1.8 years longer"), has none.
    ``dimensions`` gives each figure's dimension (by default all durations): a span of time is
    measured by the families of ``_FAMILIES``, a share by those of ``_CHANGE_FAMILIES``, and a
    phrase speaks of the nearest figure of a dimension it measures."""
    kinds = list(dimensions) or ["duration"] * len(spans)
    found: list[set[str]] = [set() for _ in spans]
    for dimension in sorted(set(kinds)):
        own = [(span, index) for index, span in enumerate(spans) if kinds[index] == dimension]
        for name, pattern in _BY_DIMENSION.get(dimension, {}).items():
            _nearest(sentence, pattern, own, name, found)
    return [
        names.pop() if len(names) == 1 and not _DIFFERENCE_RE.match(sentence, end) else ""
        for names, (_, end) in zip(found, spans, strict=True)
    ]


def _nearest(
    sentence: str,
    pattern: re.Pattern[str],
    spans: Sequence[tuple[tuple[int, int], int]],
    name: str,
    found: list[set[str]],
) -> None:
    """Mark family ``name`` on the nearest figure (of ``spans``, each with its index) within
    _REACH characters of each match of ``pattern``."""
    for match in pattern.finditer(sentence):
        gaps = [
            (max(start - match.end(), match.start() - end), index) for (start, end), index in spans
        ]
        gap, nearest = min(gaps, default=(_REACH + 1, -1))
        if gap <= _REACH:
            found[nearest].add(name)

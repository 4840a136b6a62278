"""What a figure measures, when a noun of measure governs it: one measure stated twice.

A page names the thing it measures with a noun next to the figure, and a restatement names it
again: "The crossing takes eight minutes" and "the ferry's 15-minute crossing"; "stop for a tick
check every 2 hours" and "stop for a tick check every hour"; "shares fell 12%" and "the 8% drop
in the share price"; "the network timeout defaults to 60 seconds". ``measured_thing`` reads that
noun, in a few positions of English grammar only:

- before the figure, across linking words ("takes", "defaults to", "of", "every", "at least"):
  "the crossing takes eight minutes" -> ``crossing``;
- right after it: "the 8% drop" -> ``fall`` (the words of one change meet: ``_CHANGES``);
- after "from" ("at least 50 cm away from any wall"): a distance from a thing -> ``from wall``;
- after an attributive figure of a definite thing ("the ferry's 15-minute crossing", not "a
  15-minute walk", and no other noun: "the 16-hour patch" names a kind of patch) -> ``crossing``.

The nouns of ``MEASURE_NOUNS`` are written from general English (trips, waits, limits, sizes,
distances, money, changes), not from any one document. ``group._measured_twice`` joins a page's
two values of one such noun (see its docstring for the rest of the rule).
"""

from __future__ import annotations

import re

from factcheck.extract.grouping.twice import CONTRAST, CONTRAST_CLASSES, WINDOW
from factcheck.extract.mentions.lexicon import word_set

#: Nouns of measure, by what they measure; a figure they govern measures them.
MEASURE_CLASSES: dict[str, frozenset[str]] = {
    "trip": word_set(
        "crossing crossings journey journeys trip trips commute commutes flight flights ride "
        "rides drive drives walk walks hike hikes voyage voyages transit transfer transfers "
        "detour detours diversion diversions shuttle"
    ),
    "wait": word_set(
        "timeout timeouts wait waits waiting delay delays interval intervals lag latency "
        "cooldown backoff grace deadline expiry ttl lease downtime outage outages closure "
        "shutdown check checks rest break breaks nap naps warmup warm-up cool-down"
    ),
    "keeping": word_set("retention lifetime lifespan shelf warranty guarantee validity"),
    "limit": word_set(
        "limit limits cap caps ceiling quota quotas allowance maximum minimum threshold"
    ),
    "size": word_set(
        "size sizes memory footprint payload payloads upload uploads attachment attachments "
        "download downloads"
    ),
    "extent": word_set(
        "length height width depth distance diameter radius span clearance altitude elevation "
        "range reach"
    ),
    "money": word_set(
        "profit profits revenue revenues turnover sales income earnings loss losses cost costs "
        "price prices fee fees budget salary salaries wage wages fine fines fare fares rent "
        "payout payouts dividend dividends bonus bonuses grant grants deficit debt bid bids "
        "valuation bill bills"
    ),
}
#: Words of one change, nouns and verbs alike, by its direction: "fell 12%", "the 8% drop".
_CHANGES: dict[str, frozenset[str]] = {
    "fall": word_set(
        "fall falls fell fallen falling drop drops dropped dropping decline declines declined "
        "declining slide slides slid sliding slump slumps slumped dip dips dipped plunge "
        "plunges plunged plummeted tumble tumbled"
    ),
    "rise": word_set(
        "rise rises rose risen rising increase increases increased gain gains gained jump "
        "jumps jumped climb climbs climbed surge surges surged growth grew grow grows soar "
        "soared"
    ),
}
MEASURE_NOUNS = frozenset().union(*MEASURE_CLASSES.values())
_CHANGE_OF = {word: change for change, words in _CHANGES.items() for word in words}
#: Words that may stand between a noun of measure and the figure it governs: verbs of being,
#: taking and lasting, prepositions, bounds and approximations ("the timeout defaults to 60
#: seconds", "a tick check every 2 hours", "rest for at least five minutes").
_LINKS = word_set(
    "is was are were be been being will should would can takes take took taking lasts last "
    "lasted lasting runs run ran defaults default set sets stands stood of to at for every by "
    "around about roughly approximately nearly almost some just only least most up down no "
    "than more less longer shorter under over within another a an the its their just "
    "limited capped adds add added covers cover covered spans span measures measure reaches "
    "reach stretches totals total uses use"
)
#: Phrases after a span of time that make it a whole trip's: "in 42 minutes from end to end".
_WHOLE_TRIP = re.compile(r"(?:from )?(?:end to end|door to door|end-to-end|door-to-door)\b")
#: Words of using something after the noun of what is used: "memory use is about 20 MB".
_USE = word_set("use usage consumption")
#: Words that go before a definite thing: "the 740-metre bridge", "the ferry's 15-minute ...".
_DEFINITE = word_set("the this that its their our his her")
_DETERMINERS = word_set("the a an any your each every its their our this that")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A figure written before its noun, as a compound adjective: "15-minute", "740-metre".
ATTRIBUTIVE = re.compile(r"\d-[^\W\d]")
#: Words before the figure that are read, at most.
_BEFORE = 5


def _key(word: str) -> str:
    """One key for a noun of measure and its plural, or a change and its other words."""
    word = word.lower()
    if word in _CHANGE_OF:
        return _CHANGE_OF[word]
    if word not in MEASURE_NOUNS:
        return ""
    if word.endswith("s") and word[:-1] in MEASURE_NOUNS:
        return word[:-1]
    return word


def measured_thing(
    text: str, span: tuple[int, int], sentence: tuple[int, int], figure: str, *, length: bool
) -> str:
    """The noun of measure that governs the figure at ``span`` (its text ``figure``) in its
    sentence, as one key ("crossing", "fall", "from wall"), or "" when none does; a distance
    from a thing only for a ``length``."""
    return measured(text, span, sentence, figure, length=length)[0]


def measured(
    text: str, span: tuple[int, int], sentence: tuple[int, int], figure: str, *, length: bool
) -> tuple[str, str]:
    """``measured_thing`` and the word that says which of its kind the noun is, or "": "The
    car journey takes 40 minutes" -> ("journey", "car"); "Operating profit rose to €38.9m" ->
    ("profit", "operating"); "The ferry's 15-minute crossing" -> ("crossing", "ferry")."""
    before = [w.lower() for w in _TOKEN.findall(text[sentence[0] : span[0]])]
    after = [w.lower() for w in _TOKEN.findall(text[span[1] : sentence[1]])]
    if ATTRIBUTIVE.search(figure):
        # "The ferry's 15-minute crossing": a definite thing's measure; "a 15-minute walk" is
        # any walk, and "the 16-hour patch" a kind of patch.
        owner = bool(before) and before[-1].endswith(("'s", "’s"))
        definite = bool(before) and (before[-1] in _DEFINITE or owner)
        if not definite or not after:
            return "", ""
        return _key(after[0]), _modifier(before[-1]) if owner else ""
    # Right after the figure: "the 8% drop", "8% fall in the share price"; a whole trip: "42
    # minutes from end to end", "door to door".
    if after and _key(after[0]):
        return _key(after[0]), ""
    if _WHOLE_TRIP.match(" ".join(after[:4])):
        return "journey", ""
    # A distance from a thing: "at least 50 cm away from any wall".
    rest = after[1:] if after[:1] == ["away"] else after
    if length and rest[:1] == ["from"] and len(rest) > 1:
        noun: str = rest[2] if rest[1] in _DETERMINERS and len(rest) > 2 else rest[1]
        return "from " + noun.rstrip("s"), ""
    # Before it, across linking words: "the crossing takes eight minutes"; a change to a level
    # is that level ("Operating profit rose to €38.9m": ``profit``).
    start = max(0, len(before) - _BEFORE)
    for n in range(len(before) - 1, start - 1, -1):
        word = before[n]
        if word in _LINKS:
            continue
        if word in _CHANGE_OF and before[n + 1 : n + 2] == ["to"]:
            continue
        if word in _USE and n > 0:
            n -= 1
            word = before[n]
        key = _key(word)
        if not key or key in _CHANGES or n == 0:
            return key, ""
        return key, _modifier(before[n - 1])
    return "", ""


def _modifier(word: str) -> str:
    """A word before a noun of measure that says which of its kind it is ("car", "network",
    "operating"), or "" for a determiner or a linking word."""
    word = re.sub(r"['’]s$", "", word)
    if word in _LINKS or word in _DETERMINERS or word in _DEFINITE or word in _CHANGE_OF:
        return ""
    return word


#: Words that set a measure against another value of its kind besides ``twice.CONTRAST``: an old
#: or a new one ("the old limit of 50 MB", "now kept for 14 days"), a season or a time of day
#: ("In winter, the crossing takes 12 minutes", "at peak times").
_OTHER_VALUE = word_set(
    "old new now current currently winter summer spring autumn peak rush "
    "night nights morning mornings evening evenings weekend weekends weekday weekdays"
)
#: Punctuation that ends the clause of a figure: what follows speaks of something else ("fell 12%
#: on Thursday, the first day of trading").
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]| - ")
_WORD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+\.?)?|\b(?:19|20)\d\d\b")


def _words(text: str, first: bool) -> list[str]:
    """The words of ``text`` in lower case, but for those of a name: a capitalised word that does
    not open the sentence ("to Old Harbour"); ``first`` when ``text`` opens it."""
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word[0].isupper() and not (first and not found) and not word.isupper():
            found.append("")
            continue
        found.append(word.lower().replace(".", ""))
    return found


def set_apart(text: str, span: tuple[int, int], sentence: tuple[int, int], thing: str) -> str:
    """The first word near the figure at ``span`` that sets it against another value of its
    kind (``twice.CONTRAST``, ``_OTHER_VALUE``, a year), or "": within ``twice.WINDOW`` words
    before it in its sentence, and after it up to the end of its clause; not a word of a name
    ("from Kessel Park to Old Harbour"). A change's own words do not set a change apart
    ("shares fell 12%"), nor a level's ("rose to €38.9m"), nor a bound's ("larger than 50 MB")."""
    whole = _words(text[sentence[0] : span[0]], first=True)
    # A supposition conditions all that follows it: "If the wind is strong, the crossing takes
    # 12 minutes".
    for word in whole:
        if word in CONTRAST_CLASSES["supposition"]:
            return word
    before = whole[-WINDOW:]
    clause = _CLAUSE_END.split(text[span[1] : sentence[1]], maxsplit=1)[0]
    after = _words(clause, first=False)[:WINDOW]
    own = CONTRAST_CLASSES["change"] if thing in _CHANGES else frozenset()
    for n, word in enumerate(reversed(before)):
        # "rose to €38.9m": the level reached; "larger than 50 MB": the figure's own bound.
        if n == 1 and ((word in _CHANGE_OF and before[-1] == "to") or before[-1] == "than"):
            continue
        if (word in CONTRAST or word in _OTHER_VALUE or word.isdigit()) and word not in own:
            return word
    for word in after:
        if (word in CONTRAST or word in _OTHER_VALUE or word.isdigit()) and word not in own:
            return word
    return ""

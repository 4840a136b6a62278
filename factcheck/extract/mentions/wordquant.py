"""Quantities written in words: "a quarter of", "about half", "doubles", "twice a day", "an hour"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions import counts
from factcheck.extract.mentions.units import UnitWords
from factcheck.text.numbers.forms import (
    AND_A_HALF,
    COUNT_WORD,
    FRACTION_WORDS,
    HALF_SCALES,
    MULTIPLIER_WORDS,
    NUMBER_WORDS,
    ONES,
    SCALE_WORDS,
    TIME_UNITS,
    TIMES_WORDS,
    WHOLE_WORDS,
    WORD_FRACTION,
    count_value,
    fraction_value,
)

# "a quarter", "one third": one part (half is read on its own: "half a percent", "about half").
_PARTS = "|".join(word for word, parts in FRACTION_WORDS.items() if parts > 2)
# "doubles the risk"; "triple" and "single" are more often adjectives ("a single dose").
_DOUBLING = "|".join(
    sorted((w for w, n in MULTIPLIER_WORDS.items() if n >= 2 and w != "triple"), key=len)[::-1]
)
# "twice a day"; "once" is more often prose ("once you start") than a count.
_MULTIPLIERS = {word: n for word, n in TIMES_WORDS.items() if n > 1}
_TIME_UNITS = "|".join(TIME_UNITS)
_WHOLE = "|".join(WHOLE_WORDS)
#: Units of measure one of which is a figure after a bound or an approximation: "over a tonne",
#: "less than a mile", "about a metre" (bare, "a kilo of apples" and "a mile away" are ways of
#: speaking, as "a dozen eggs" is).
MEASURES = ("tonne", "ton", "mile", "metre", "meter", "kilometre", "kilometer", "kilo",
            "kilogram", "litre", "liter", "foot", "yard", "gallon", "pint", "acre", "hectare")  # fmt: skip
_MEASURES = "|".join(MEASURES)
_PART_INITIALS = "".join(sorted({word[0] for word in ("a", *ONES)}))

#: The letters a word quantity starts with ("a quarter", "half", "doubles", "twice", "an hour").
INITIALS = "".join(
    sorted(
        {
            word[0]
            for word in ("a", "one", *ONES, "half", *_DOUBLING.split("|"), *_MULTIPLIERS, "equal")
        }
    )
)
#: Alternatives for the token pattern; each names its group (``part``, ``half``, ``mult``,
#: ``twice``, ``aunit``, ``ameasure``, ``equal`` or ``countword``: "a dozen").
TOKEN = (
    rf"(?=[{_PART_INITIALS}])(?P<part>(?:a|one)(?:[ \t-]+|[ \t]*\n[ \t]*)(?:{_PARTS})\b(?!-)|{WORD_FRACTION})"
    r"|(?=[hH])(?P<half>half|halve[sd]|halving)\b(?!-)"
    rf"|(?=[dDtTqQ])(?P<mult>{_DOUBLING})\b(?!-)"
    rf"|(?=[tT])(?P<twice>{'|'.join(_MULTIPLIERS)})\b(?!-)"
    rf"|(?=[aA])(?P<aunit>an?)(?=[ \t]+(?:(?:{_WHOLE})[ \t]+)?(?:{_TIME_UNITS})\b)"
    rf"|(?=[aA])(?P<ameasure>an?)(?=[ \t]+(?:{_MEASURES})\b(?!-))"
    r"|(?=[eE])(?P<equal>equal)(?=[ \t]+parts\b)"
    rf"|(?=[aA])(?P<countword>a[ \t]+(?:{COUNT_WORD}))\b(?!-)"
    r"|(?=[aA])(?P<pair>a[ \t]+pair[ \t]+of)\b"
    r"|(?=[aA])(?P<single>a[ \t]+single)\b(?!-)"
)
# "the best tenth of homes", "the top quarter of earners": a ranked share of a group. Found in a
# pass of its own, run only when a fraction word is there: one more token alternative would slow
# the whole scan by a sixth.
_RANKED_RE = re.compile(
    rf"\b(?:best|top|bottom|worst|highest|lowest)[ \t]+(?:{_PARTS})(?=[ \t]+of\b)",
    re.IGNORECASE,
)
# An amount of time before or after something: "an hour before bed", "a day after the dose".
_WHEN_RE = re.compile(r"[ \t]+(?:before|after|earlier|later|beforehand|ahead)\b", re.IGNORECASE)
# A count right before "a day" makes it a rate's base: "one a day after food", "twice a day".
_COUNT_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(NUMBER_WORDS)}|{'|'.join(TIMES_WORDS)}))[ \t]+\Z", re.IGNORECASE
)
# A span of time after a word that measures one: "cached for a week", "recycled after an
# hour" (after a verb: "But after a year" says when), "clear 2 ppm in a day"; not the base of
# how often ("three times in a week").
_SPAN_BEFORE_RE = re.compile(
    r"(?:(?<!\btimes)(?<!\bonce)(?<!\btwice)[ \t]+(?:for|in|within|over)|(?<=ed)[ \t]+after)"
    r"[ \t]+\Z",
    re.IGNORECASE,
)
# What may follow such a span: the clause goes on or ends ("in a day with no nitrite", "for a
# week, so"); not a noun it names a kind of ("a day clinic", "an hour drive").
# "the most I can take in a day", "no more than 8 in a day": the base of a limit, no span.
_LIMIT_BEFORE_RE = re.compile(
    r"\b(?:most|more|max\w*|up\s+to|limit\w*|take|taking|eat|drink|use)\b[^,.;:\n]{0,30}"
    r"[ \t]+in[ \t]+\Z",
    re.IGNORECASE,
)
_SPAN_AFTER_RE = re.compile(
    r"[ \t]*(?:[,.;:!?)\n]|\Z)|[ \t]+(?:with|without|and|or|so|to|then|while|but|if|when|at|on|in"
    r"|from|until|unless|even|now|at|before|after|or\s+so)\b",
    re.IGNORECASE,
)
_PARTS_RE = re.compile(r"[ \t]+parts\b")
_MEASURE_RE = re.compile(rf"[ \t]+(?P<unit>{_MEASURES})\b", re.IGNORECASE)
# A loose span after one unit of time: "a week or two", "a year or so", "an hour or more".
_LOOSE_RE = re.compile(r"[ \t]+or[ \t]+(?P<w>two|so|more|longer|less)\b(?!-)", re.IGNORECASE)
_AND_A_HALF_RE = re.compile(AND_A_HALF, re.IGNORECASE)
_UNIT_RE = re.compile(rf"[ \t]+(?:(?P<whole>{_WHOLE})[ \t]+)?(?P<unit>{_TIME_UNITS})\b")
# "its first win in a dozen years": twelve years, a span of time as "12 years" is.
_YEARS_RE = re.compile(r"[ \t]+years\b", re.IGNORECASE)
# "of" after a fraction word, also on the next line of hard-wrapped text ("a third\nof the heat").
_OF_AN_RE = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)of\s+an?\b")
_OF_RE = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)of\b")
_HALF_A_RE = re.compile(r"[ \t]+an?(?=[ \t])")
_SCALE_RE = re.compile(rf"[ \t]+(?P<scale>{HALF_SCALES})\b", re.IGNORECASE)
_HALF_THE_RE = re.compile(r"[ \t]+the[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+s\b")
# "reduced heart attacks by a quarter", "expand its intake by a fifth": a share of change.
_BY_BEFORE_RE = re.compile(r"\bby[ \t]+\Z", re.IGNORECASE)
_PAST_RE = re.compile(r"[ \t]+past\b", re.IGNORECASE)
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
_ADVERB_PER = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month"}
_HALF = 1 / FRACTION_WORDS["half"]


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
    high: float | None = None
    """The top of a range ("a week or two": 1 to 2 weeks), None for one value."""
    loose: str = ""
    """A bound or approximation said after the quantity ("an hour or more": ``>=``, "a week
    or so": ``~``), else ""."""


def read(text: str, token: re.Match[str], qualified: bool, words: UnitWords) -> WordAmount | None:
    """The quantity a word token states, or None when the word states none here.

    ``qualified`` says whether a bound or approximation ("about", "at least") stands before it.
    """
    end = token.end()
    if token.group("part"):
        if _OF_AN_RE.match(text, end):
            return None  # "a quarter of an hour": no share
        spelled = token.group("part")[:1].lower() not in "ao"  # "two-thirds majority"
        changed = _BY_BEFORE_RE.search(text, max(0, token.start() - 4), token.start())
        if not (qualified or spelled or changed or _OF_RE.match(text, end)):
            return None  # "a third dose": no share
        return WordAmount(part_value(token.group("part")), "%", "share", end)
    if token.group("half"):
        # "cut antibiotic-associated diarrhoea by half": a share of change, as "by a quarter"
        changed = _BY_BEFORE_RE.search(text, max(0, token.start() - 4), token.start())
        changed = changed if not _PAST_RE.match(text, end) else None  # "by half past nine"
        if token.group("half").lower() != "half":
            return _halving(text, token, qualified)
        if _half_share(text, token.start(), end):
            qualified = True  # "half of all homes", "half my customers"
        of_unit = _HALF_UNIT_RE.match(text, end)
        if of_unit is not None and _HALF_UNIT_BEFORE_RE.search(
            text, max(0, token.start() - 12), token.start()
        ):
            # "a half hour"
            return WordAmount(_HALF, of_unit["unit"].lower(), "duration", of_unit.end())
        return _half(text, end, qualified or changed is not None, words)
    if token.group("mult"):
        return _double(text, token, qualified)
    if token.group("twice"):
        return _twice(text, token, qualified)
    if token.group("countword"):
        value = count_value(token.group("countword"))
        years = _YEARS_RE.match(text, end)
        if years is not None:
            return WordAmount(value, "year", "duration", years.end())  # "in a dozen years"
        noun, after = counts.noun_at(text, end, value, "")
        if not qualified and not noun:
            return None  # "a dozen or so": a way of speaking, as a bare "half" is
        if not qualified:
            # "a dozen companies", "a dozen columns": about twelve, as the writer counts them
            return WordAmount(value, "", "count", after, noun, loose="~")
        return WordAmount(value, "", "count" if noun else "number", after if noun else end, noun)
    if token.group("pair"):
        # "a pair of trial calls": two of them (not "a pair of shoes" without a plural after)
        noun, after = counts.noun_at(text, end, 2.0, "")
        return WordAmount(2.0, "", "count", after, noun) if noun else None
    if token.group("single"):
        return _single(text, token)
    if token.group("ameasure"):
        if not qualified:
            return None  # "a mile from the sea", "a kilo of apples"
        measure = _MEASURE_RE.match(text, end)
        assert measure is not None  # the token pattern looked ahead for it
        measured = words.read(measure.group("unit").lower())
        assert measured is not None  # every measure is a unit word
        return WordAmount(1.0, measured.text, measured.dimension, measure.end())
    if token.group("equal"):
        # "equal parts browns and greens": a ratio of one, browns to greens.
        parts = _PARTS_RE.match(text, end)
        assert parts is not None  # the token pattern looked ahead for it
        mix = counts.parts_to(text, parts.end(), equal=True)
        return None if mix is None else WordAmount(1.0, "", "ratio", mix[1], mix[0])
    whole = _UNIT_RE.match(text, end)
    timed = (
        whole is not None
        and (
            _WHEN_RE.match(text, whole.end()) is not None
            or (
                _SPAN_BEFORE_RE.search(text, max(0, token.start() - 16), token.start()) is not None
                and _SPAN_AFTER_RE.match(text, whole.end()) is not None
                and not _LIMIT_BEFORE_RE.search(text, max(0, token.start() - 48), token.start())
            )
        )
        and not _COUNT_BEFORE_RE.search(text, max(0, token.start() - 24), token.start())
    )
    half = _AND_A_HALF_RE.match(text, whole.end()) if whole is not None else None
    loose = _LOOSE_RE.match(text, whole.end()) if whole is not None else None
    if loose is not None and _COUNT_BEFORE_RE.search(
        text, max(0, token.start() - 24), token.start()
    ):
        loose = None  # "twice a week or more": how often, a rate's base
    if loose is not None:
        # "a month or two of curing", "a week or so", "an hour or more": a loose span, an amount
        unit, _ = a_unit(text, end)
        said = loose["w"].lower()
        if said == "two":
            return WordAmount(1.0, unit, "duration", loose.end(), high=2.0)
        bound = "~" if said == "so" else ">=" if said in ("more", "longer") else "<="
        return WordAmount(1.0, unit, "duration", loose.end(), loose=bound)
    if not qualified and (whole is None or not whole["whole"]) and not timed and half is None:
        # "4.5 mg a day": a rate's base, no quantity; "a full day" and "an hour before you go
        # out" are amounts
        return None
    unit, end = a_unit(text, end)
    if re.match(r"\s+or\s", text[end:]):
        return None  # "a week or two": a loose span, not one unit
    if half is not None:
        return WordAmount(1.5, unit, "duration", half.end())  # "a year and a half ago"
    return WordAmount(1.0, unit, "duration", end)


def ranked_shares(text: str) -> list[re.Match[str]]:
    """Every ranked share ("top quarter of") in ``text``, in order."""
    lowered = text.lower()
    if not any(word in lowered for word in FRACTION_WORDS if word != "half"):
        return []
    return list(_RANKED_RE.finditer(text))


def part_value(word: str) -> float:
    """The percentage a fraction word states: "a quarter" 25, "two-thirds" 66.7, "top tenth" 10."""
    return float(
        f"{100 * fraction_value(word):.3g}"
    )  # to three figures, as a writer rounds it: 66.7


def a_unit(text: str, end: int) -> tuple[str, int]:
    """The time unit after "a"/"an" at ``end`` and where it ends."""
    match = _UNIT_RE.match(text, end)
    assert match is not None  # the token pattern looked ahead for it
    return match.group("unit"), match.end()


def _half(text: str, end: int, qualified: bool, words: UnitWords) -> WordAmount | None:
    """ "half a percent" is 0.5%, "about half" 50%; a bare "half" ("cut in half") is none."""
    article = _HALF_A_RE.match(text, end)
    if article is not None:
        scale = _SCALE_RE.match(text, article.end())
        if scale is not None:  # "half a million small businesses"
            value = SCALE_WORDS[scale["scale"].lower()] / 2
            noun, after = counts.noun_at(text, scale.end(), value, "")
            return WordAmount(value, "", "count" if noun else "number", scale.end(), noun)
        unit, after = words.at(text, article.end())
        if unit is not None:
            return WordAmount(_HALF, unit.text, unit.dimension, after)
    if not (qualified or _HALF_THE_RE.match(text, end)):
        return None  # "cut in half"; "half the condos" is a share
    return WordAmount(100 * _HALF, "%", "share", end)


#: A bare "half" that says a share without a bound before it: "half of all homes", "half of
#: them", "half my customers", "half as many melanomas". Not a part of a thing or a period
#: ("the first half of the year", "the better half of"), which an article or an ordinal before
#: it tells.
_HALF_OF_RE = re.compile(
    r"[ \t]*\n?[ \t]*(?<=\s)of[ \t\n]+(?:all|the|them|us|you|those|these|its|their|our|my|your"
    r"|his|her|it|this|that|adults?|people|patients|children|women|men|[a-z]+s)\b",
    re.IGNORECASE,
)
_HALF_OWNED_RE = re.compile(r"[ \t]+(?:my|our|your|their|his|her|its)[ \t]+[a-z]", re.IGNORECASE)
_HALF_AS_RE = re.compile(r"[ \t]+as[ \t]+(?:many|much|often|likely|long|large|high|big|fast)\b")
_PART_OF_BEFORE_RE = re.compile(
    r"\b(?:the|a|first|second|latter|former|other|better|top|bottom|upper|lower|front|back"
    r"|northern|southern|eastern|western|early|late|each|either|one|final|opening|closing)"
    r"[ \t]+\Z",
    re.IGNORECASE,
)


# "the half hour often quoted", "a good half minute": half of one unit of time.
_HALF_UNIT_RE = re.compile(
    r"[ \t]+(?P<unit>second|minute|hour|day|week|month|year)\b(?![-'’])", re.IGNORECASE
)
_HALF_UNIT_BEFORE_RE = re.compile(
    r"\b(?:a|the|every|each|good|full|whole|another|one|first|last|extra|further)[ \t]+\Z",
    re.IGNORECASE,
)


def _half_share(text: str, start: int, end: int) -> bool:
    """Whether a bare "half" at ``start:end`` states a share of a group or amount."""
    if _PART_OF_BEFORE_RE.search(text, max(0, start - 12), start):
        return False  # "the second half of the season", "a half of"
    if _HALF_OF_RE.match(text, end) or _HALF_OWNED_RE.match(text, end):
        return True
    return _HALF_AS_RE.match(text, end) is not None


# A noun's halves ("the two halves", "both halves of the bridge", "cut into halves").
_HALVES_NOUN_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|two|both|in|into|its|their|his|her|our|my|your|these|those|matching|equal)"
    r"[ \t]+\Z",
    re.IGNORECASE,
)


def _halving(text: str, token: re.Match[str], qualified: bool) -> WordAmount | None:
    """ "halves the risk", "halved the index", "roughly halving it" are a ratio of 0.5, as
    "doubles" is one of 2; "both halves" is a noun."""
    start, end = token.span()
    if _HALVES_NOUN_BEFORE_RE.search(text, max(0, start - 10), start):
        return None
    if token.group("half").lower() == "halves" and _HALF_OF_RE.match(text, end):
        return None  # "halves of the lemon"
    return WordAmount(_HALF, "", "ratio", end)


#: A limit right before "a single": "lets a single trial call through", "allows only a single
#: connection", "just a single patient" (elsewhere "a single" is a determiner: "a single
#: settings object", "in a single day").
_LIMIT_SINGLE_RE = re.compile(
    r"\b(?:let|lets|letting|allows?|allowed|allowing|permits?|permitted|only|just|at[ \t]+most"
    r"|no[ \t]+more[ \t]+than|up[ \t]+to)[ \t]+\Z",
    re.IGNORECASE,
)


def _single(text: str, token: re.Match[str]) -> WordAmount | None:
    """ "lets a single trial call through" is one trial call, as "3 trial calls" are three: a
    count when a limit stands before it (``_LIMIT_SINGLE_RE``), its noun the noun phrase's last
    word; none for a span of time ("in just a single day") or without a limit."""
    if not _LIMIT_SINGLE_RE.search(text, max(0, token.start() - 24), token.start()):
        return None
    noun, after = counts.bounded_one_noun(text, token.end())
    particle = _PARTICLE_AFTER_RE.search(text, token.end(), after)
    if particle is not None:
        # "lets a single trial call through": the phrase ends before its verb's particle
        noun, after = counts.bounded_one_noun(text[: particle.start()], token.end())
    if not noun or _UNIT_RE.match(" " + noun) is not None:
        return None
    return WordAmount(1.0, "", "count", after, noun)


#: A verb's particle, which ends the noun phrase before it: "lets a single call through".
_PARTICLE_AFTER_RE = re.compile(
    r"[ \t]+(?:through|out|up|down|off|away|back|again|once|at|in|on|per)\b", re.IGNORECASE
)


def _double(text: str, token: re.Match[str], qualified: bool) -> WordAmount | None:
    """ "doubles", "roughly double", "double the dose" are 2; "a double batch" is none."""
    start, end = token.span()
    head = max(0, start - 12)
    if _ARTICLE_BEFORE_RE.search(text, head, start):
        return None
    verb = token.group("mult").lower() != "double" or _MODAL_BEFORE_RE.search(text, head, start)
    if not (qualified or verb or _OBJECT_RE.match(text, end)):
        return None
    return WordAmount(MULTIPLIER_WORDS[token.group("mult").lower()], "", "ratio", end)


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

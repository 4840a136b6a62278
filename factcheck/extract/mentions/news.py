"""What a figure is in general prose: its kind, what a count counts, the rate's base, a change's direction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.extract.mentions import lexicon as lx
from factcheck.values.units import CURRENCIES

if TYPE_CHECKING:
    from factcheck.extract.mentions.find import Mention

KINDS = ("date", "money", "percent", "ratio", "count", "measure", "number", "version")
"""The closed set of a mention's ``kind``:

- ``date``: a year, a decade, a year of a date ("2018", "the 1990s", "fiscal 2024");
- ``money``: an amount of money, also money per something ("$13.6M", "RM3.46", "$58.24 a barrel");
- ``percent``: a percentage or percentage points ("7%", "24pc", "1.3 percentage points");
- ``ratio``: a fraction or multiple of something ("half the condos", "1 in 4", "threefold", "5x");
- ``count``: how many of something ("400 patients", "35m devices"; ``counted`` names it);
- ``measure``: a physical quantity or duration with a unit ("50mph", "3 hours", "2.4GHz");
- ``number``: any other plain number (a rating, an index level without a unit word);
- ``version``: a product's version a document requires, supports or was tested on ("Python 3.9
  or newer", ``subjects.requirements``).
"""

_MONEY_UNITS = frozenset({*CURRENCIES, "pence", "cent", "sen", "paisa"})
_PERCENT_WRITTEN_RE = re.compile(r"%|per[ \t\u00a0]?cent|\d[ \t\u00a0]?(?:pc|pct)\b", re.IGNORECASE)


def kind_of(text: str, unit: str, dimension: str) -> str:
    """The kind of a mention written ``text`` with ``unit`` and ``dimension`` (``KINDS``)."""
    if dimension == "year":
        return "date"
    if dimension == "version":
        return "version"
    if unit in _MONEY_UNITS:
        return "money"
    if unit in ("percentage_point", "basis_point"):
        return "percent"
    if unit == "%":
        return "percent" if _PERCENT_WRITTEN_RE.search(text) else "ratio"
    if dimension == "ratio":
        return "ratio"
    if dimension == "count":
        return "count"
    return "measure" if unit else "number"


#: Plurals ``singular`` cannot undo by rule: those not ending in "s" (``lx.IRREGULAR_SINGULARS``)
#: and the -ves plurals that drop an f ("wolves": wolf; "moves" and "curves" keep their e).
_IRREGULAR = {**lx.IRREGULAR_SINGULARS, "wolves": "wolf", "calves": "calf", "halves": "half",
              "knives": "knife", "lives": "life", "wives": "wife", "leaves": "leaf",
              "loaves": "loaf", "shelves": "shelf", "hooves": "hoof", "thieves": "thief"}  # fmt: skip


def plural(noun: str) -> str:
    """A counted noun in the plural, the inverse of ``singular``: ``trial`` is ``trials``."""
    lower = noun.lower()
    many = {one: more for more, one in _IRREGULAR.items()}
    if lower in many:
        return noun[: len(noun) - len(lower)] + many[lower]
    if lower in lx.NOT_PLURAL or singular(lower) != lower:
        return noun  # "series", "trials"
    if lower.endswith("y") and lower[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if lower.endswith(("s", "sh", "ch", "x")) else "s")


def singular(noun: str) -> str:
    """A counted noun in the singular: ``patients`` is ``patient``, ``people`` ``person``."""
    noun = noun.lower()
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun in lx.NOT_PLURAL:
        return noun  # "species", "series"
    for plural, single in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"),
                           ("xes", "x")):  # fmt: skip
        if noun.endswith(plural) and len(noun) > len(plural) + 1:
            return noun[: -len(plural)] + single
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


# What an amount may be per in news, by its canonical name (pint's where pint knows it).
_PER: dict[str, str] = {
    "share": "share", "barrel": "barrel", "ounce": "ounce", "oz": "ounce", "bushel": "bushel",
    "tonne": "metric_ton", "metric ton": "metric_ton", "ton": "ton", "pound": "pound",
    "lb": "pound", "kilogram": "kilogram", "kg": "kilogram", "square foot": "square_foot",
    "sq ft": "square_foot", "square feet": "square_foot", "square metre": "square_meter",
    "square meter": "square_meter", "sq m": "square_meter", "sqm": "square_meter",
    "acre": "acre", "hectare": "hectare", "unit": "unit", "second": "second", "sec": "second",
    "s": "second", "minute": "minute", "min": "minute", "hour": "hour", "hr": "hour",
    "h": "hour", "game": "game", "match": "match", "carry": "carry", "head": "head",
    "person": "person", "seat": "seat", "ticket": "ticket", "gallon": "gallon",
    "litre": "liter", "liter": "liter", "kWh": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour",
    "MWh": "megawatt_hour", "megawatt-hour": "megawatt_hour", "carat": "carat",
    "kilometre": "kilometer", "kilometer": "kilometer", "km": "kilometer", "mile": "mile",
    "night": "night", "week": "week", "month": "month", "year": "year", "day": "day",
    "watt": "watt", "W": "watt", "kW": "kilowatt", "kilowatt": "kilowatt", "kWp": "kilowatt",
    "therm": "therm", "GB": "gigabyte", "gigabyte": "gigabyte", "TB": "terabyte",
    "terabyte": "terabyte", "user": "user", "passenger": "passenger",
}  # fmt: skip
PER_NOUNS = "|".join(re.escape(noun).replace(r"\ ", r"[ \t\u00a0]+") for noun in
                     sorted(_PER, key=len, reverse=True))  # fmt: skip
"""What "per"/"a"/"/" may be followed by after an amount, as a pattern."""


def per_noun(written: str) -> str:
    """How a rate's base is kept: "sq ft" as ``sq ft``, "Barrel" as ``barrel``."""
    words = " ".join(written.split())
    return words if words in _PER else words.lower()


def per_unit(per: str) -> str:
    """The canonical unit of a rate's base: ``square_foot`` for "sq ft"."""
    return _PER.get(per, _PER.get(per.lower(), per))


# Directions --------------------------------------------------------------------------------------

_UP = (
    r"ros[ei]|rise|risen|rises|rising|charg(?:ed|ing)|increas\w*|climb\w*|jump\w*|gain\w*|grew|grow\w*|surg\w*|soar\w*"
    r"|rall\w*|rais\w*|lift\w*|boost\w*|hik\w*|add(?:s|ed|ing)?|advanc\w*|expand\w*|widen\w*"
    r"|doubl\w*|tripl\w*|quadrupl\w*|up(?![ \t\u00a0]+to\b)|upwards?|higher|improv\w*|accelerat\w*|heated|warm\w*"
)
_DOWN = (
    r"fell|falls?|falling|fallen|dropp?\w*|declin\w*|decreas\w*|cut|cuts|cutting|slash\w*"
    r"|lower(?:ed|ing|s)?|reduc\w*|shr[aiu]nk\w*|slid\w*|slip\w*|sank|sinks?|sinking|plung\w*"
    r"|plummet\w*|tumbl\w*|slump\w*|dip\w*|eas(?:ed|ing|es)|shed\w*|lost|los(?:e|es|ing)"
    r"|narrow\w*|slow\w*|wip(?:ed|ing|es)|trimm?\w*|down|downwards?|retreat\w*|contract\w*"
    r"|cool\w*|shav\w*|halv\w*"
)
_CHANGE_RE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?!-)", re.IGNORECASE)
# A change word that is a thing after a determiner: a slide or slip of ground ("The slip followed
# over 200 mm of rain", "the last slide on the pass"), a shed ("peaked at 27C inside the shed");
# no "of" after ("a slide of 5%" is a change).
_THING_WORDS = frozenset({"slide", "slides", "slip", "slips", "shed", "sheds"})
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|this|that|last|latest|first|second)\s+\Z", re.I)
_OF_AFTER_RE = re.compile(r"\s+(?:of|in)\b", re.I)
# What ends the reach of a change word: a new clause ("while", "but", ", and", ", with"), a
# comma before another verb ("…, affecting 13 million workers").
_CLAUSE_END_RE = re.compile(
    r"[;:.!?](?:\s|$)|\n|\s(?:while|whereas|but|although|though|when|where|which|who|after|before"
    r"|because|as|despite|among|poll|survey|trial|study|census)\s"
    r"|,\s+(?:and|with|enough|according|making|its|the\s+\w+est|compared)\b"
    r"|,(?=\s+(?!(?:taking|bringing|pushing|lifting|sending)\b)\w+(?:ing|ed|en)\b)",
    re.IGNORECASE,
)
# Phrasal verbs whose "up" or "down" is no change: "picked up a pulse", "chased down a target",
# "a bad taste shows up in 40% of users", "eight glasses add up to 64 ounces". Each verb in every
# form (``_verb_forms``): "show", "shows", "showed", "shown", "showing".
_PHRASAL_VERBS = (
    # "up": to appear, happen, begin, finish, gather or note, not to rise.
    "pick set make back sign end show turn look break shut sum give take hold follow catch keep"
    " open line call crop pop come wake clean wrap split mix own dress stand sit pay add rack"
    " stock fill pile chalk total gear start tally light"
    # "down": to stop, note, settle or find, not to fall.
    " write step play chase track wind hand lay pin jot note settle calm hunt put"
)
#: The irregular past forms of the verbs above ("made", "shown"): they have no -ed form.
_PAST_FORMS = {
    "make": "made", "show": "showed shown", "break": "broke broken", "sit": "sat",
    "hold": "held", "catch": "caught", "give": "gave given", "take": "took taken", "keep": "kept",
    "come": "came", "wake": "woke woken", "write": "wrote written", "wind": "wound",
    "lay": "laid", "stand": "stood", "pay": "paid", "put": "put", "set": "set", "shut": "shut",
    "split": "split", "light": "lit lighted",
}  # fmt: skip


def _verb_forms(verb: str) -> list[str]:
    """A verb's forms: base, -s, -ing and -ed, with the doubled last consonant of a verb of one
    short syllable ("cropping", "jotted", "sitting"), or its irregular past (``_PAST_FORMS``)."""
    stem = verb.removesuffix("e")
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):
        stem += verb[-1]
    plural = verb[:-1] + "ies" if verb.endswith("ly") else verb + "s"
    forms = {verb, verb + "es" if verb.endswith(("sh", "ch", "x", "ss")) else plural}
    forms.add(stem + "ing" if not verb.endswith("ly") else verb + "ing")
    past = _PAST_FORMS.get(verb)
    if past is None:
        past = verb[:-1] + "ied" if verb.endswith("ly") else stem + "ed"
    forms.update(past.split())
    return sorted(forms)


_PHRASAL_FORMS = frozenset(form for verb in _PHRASAL_VERBS.split() for form in _verb_forms(verb))
_PHRASAL_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_PHRASAL_FORMS)) + r")[ \t\u00a0]+\Z", re.IGNORECASE
)
#: A phrasal verb and its particle right after a figure: "£15 a day adds up".
_PHRASAL_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:" + "|".join(sorted(_PHRASAL_FORMS)) + r")[ \t\u00a0]+(?:up|down)\Z",
    re.IGNORECASE,
)
#: A phrasal verb's particle right after a change word: "adds up to 64 ounces" is a sum.
_PARTICLE_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:up|down)\b", re.IGNORECASE)
# A comparative before a noun names a kind of thing, no change: "lower doses, typically 1.5 mg";
# "lower by 2%", "higher than", "higher at 5%" and "5% higher" stay changes.
_KIND_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?!(?:by|than|at|to|from|in|on|for|of|and|or|still|again|now)\b)[a-z]{3,}\b",
    re.IGNORECASE,
)
# A verb of movement before a preposition of place moves a body, not a figure: "climb aboard
# the 62-foot lugger", "jumped onto the 40-tonne float", "fell out of a 3-metre tree", "fell
# into the sea about 300 km downrange".
_MOVEMENT_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:aboard|onboard|on[ \t\u00a0]+board|onto|into|inside|out[ \t\u00a0]+of)\b", re.I
)
# A duration that dates the change, no change itself: "four years earlier", "six months ago".
_RAISED_MONEY_RE = re.compile(
    r"rais\w*[ \t\u00a0]+(?:(?:about|around|some|nearly|almost|over|an|a)[ \t\u00a0]+)?", re.I
)
# Money lost ("the port loses an estimated 1.1 million euros a day", "lost about $2 million"):
# the amount of the loss, no fall of the figure.
_LOST_MONEY_RE = re.compile(
    r"(?:los(?:e|es|ing)|lost)[ \t\u00a0]+(?:(?:an[ \t\u00a0]+estimated|about|around|some|nearly"
    r"|almost|over|roughly|more[ \t\u00a0]+than|at[ \t\u00a0]+least|an|a)[ \t\u00a0]+)?",
    re.I,
)
_WITHIN_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:somewhere|anywhere|within|between|in[ \t\u00a0]+the[ \t\u00a0]+range)\b", re.I
)
_SPAN_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:earlier|ago|later|before|previously)\b", re.I)
#: "with" between a verb of change and a figure: the figure is what came with the event, not
#: what changed ("a steamer that sank 139 years ago with 43 people on board", "prices fell,
#: with 12 shops closing").
_WITH_BETWEEN_RE = re.compile(r"\bwith\b", re.I)
# A step of a rule said before its figure: "each extra 5 decibels", "every additional 10 kg".
_INCREMENT_BEFORE_RE = re.compile(
    r"\b(?:each|every|per)[ \t\u00a0]+(?:extra|additional|further)[ \t\u00a0]+\Z", re.I
)
# Things counted as added: "four new galleries", "300 additional beds", "two extra lanes" are
# what "adds three galleries" counts.
# The counted noun is part of the mention's span.
_ADDED_RE = re.compile(r"[ \t\u00a0](?:new|additional|extra)[ \t\u00a0]+[a-z]", re.I)
# A figure followed by where it lies from a level is a position, not a change: "has dropped
# more than 30 feet below the level it reaches when full" is how far below full it is now, as
# "is now 6.5 metres below top water level" says ("fell to 5 degrees below zero").
_POSITION_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:below|above|beneath|under)[ \t\u00a0]+(?:its|the|their|top|zero|freezing|full|normal|average)\b",
    re.I,
)
#: "up" or "down" right after a length, and no "from" or "by" after it: a height or depth
#: ("broke apart about 28 km up", "an orbit some 370 miles up", "a wreck 40 metres down"), no rise
#: or fall ("the river is 2 metres up on last week" keeps its comparison).
_HEIGHT_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:up|down)\b(?![ \t\u00a0]+(?:from|by|over|compared|against|year|since|on[ \t\u00a0]+"
    r"(?:last|yesterday|a[ \t\u00a0]+year|the[ \t\u00a0]+(?:year|previous|week|month|day))))",
    re.IGNORECASE,
)
_VERB_MULTIPLIERS = {"doubled": "up", "doubles": "up", "tripled": "up", "triples": "up",
                     "quadrupled": "up", "halved": "down", "halves": "down"}  # fmt: skip
#: The same verbs in their base form, a change after a modal or "to" ("should at least double",
#: "is set to triple"; not "double the dose", "a double batch").
_BASE_MULTIPLIERS = {"double": "up", "triple": "up", "quadruple": "up", "halve": "down"}
#: A modal or "to" right before a verb's base form (and a bound before it: "should at least").
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:will|would|can|could|may|might|should|must|to)[ \t\u00a0]+\Z", re.IGNORECASE
)
# A change word right after the figure: "a 12% drop", "40% lighter", "9p lower", "12 per cent fewer".
_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:(?!(?:had|has|have|was|were|is|are|showed|shows|reported|said|saw|felt"
    r"|per|each|every)\b)"
    r"[a-z-]+[ \t\u00a0]+)?(?:(?P<up>rise|increase|gain|jump|surge|hike|raise"
    r"|growth|more|higher|larger|bigger|up)|(?P<down>drop|fall|decline|decrease|cut|reduction"
    r"|discount|slump|plunge|lower|fewer|less|lighter|smaller|cheaper|down|shorter))\b",
)
# A change said after the figure's clause: "$4.2b, up 18%", "27% cast a ballot, down from 35%",
# "4,812,350 residents in Orvane, an increase of 2.4%".
_LATER_RE = re.compile(
    r"[^.;,]{0,60}?,[ \t\u00a0]+(?:(?P<up>up|an?\s+(?:\w+\s+)?(?:increase|rise|gain|jump))"
    r"|(?P<down>down|an?\s+(?:\w+\s+)?(?:drop|fall|decline|decrease)))\b",
    re.IGNORECASE,
)
# Words that make a duration the span of a change, no change itself: "in six months"; or the
# interval a change repeats at: "raised by 100 mg every 2 to 4 weeks".
_SPAN_BEFORE_RE = re.compile(
    r"\b(?:in|over|for|within|past|after|during|since|than|every|each)[ \t\u00a0]+"
    r"(?:the[ \t\u00a0]+)?"
    r"(?:(?:past|last|next|first|previous)[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: An interval in words, its own text: "every week", "every half hour".
_INTERVAL_RE = re.compile(r"(?:every|each)\b", re.IGNORECASE)
_REACH = 120
#: Weight gained in other words than "gain": "put on 5 to 6 pounds", "piled on 3 kg"; only right
#: before a weight, since "put on a new 21 mg patch" is no gain.
_GAINED_RE = re.compile(
    r"\b(?:put|puts|putting|pil(?:e|es|ed|ing)|pack(?:s|ed|ing)?)[ \t\u00a0]+on[ \t\u00a0]+"
    r"(?:(?:about|around|roughly|some|up[ \t\u00a0]+to|as[ \t\u00a0]+much[ \t\u00a0]+as|an"
    r"[ \t\u00a0]+extra|another)[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
_BODY_WEIGHT = frozenset({"kg", "g", "lb", "stone", "oz"})
# Advice on a level, no change reported: "should be cut to three days", "must be raised to".
_MODAL_BE_RE = re.compile(
    r"\b(?:should|must|can|could|may|might|ought\s+to|needs?\s+to|has\s+to|have\s+to)"
    r"(?:\s+not|n['’]t)?\s+be\s+\Z",
    re.IGNORECASE,
)
#: The "to" of a level reached, right before the figure: "rose to about 5%", "climbed to a peak
#: of 5,800 metres", "to a peak altitude of 6,400 metres", "fell to a record low of 3%".
_TO_BEFORE_RE = re.compile(
    r"\bto\s+(?:an?\s+(?:(?:new|record|all-time)\s+)?(?:peak|high|low|record|maximum|minimum"
    r"|total|level|height|depth|top\s+speed)(?:\s+(?:altitude|height|level|speed|depth|temperature"
    r"|price|value|weight))?\s+of\s+)?(?:about\s+|around\s+|roughly\s+|just\s+)?\Z",
    re.IGNORECASE,
)
#: How far before a figure the "to" of its level may stand (``_TO_BEFORE_RE``).
_TO_REACH = 40
# A condition that opens the sentence states a situation, not the figure's change: "If a
# destination is down, ledgerly retries a failed batch up to 5 times".
_CONDITION_RE = re.compile(
    r"[ \t\u00a0]*(?:if|unless|when|whenever|once|while)\b[^,.;:\n]{1,80},", re.IGNORECASE
)


def with_directions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the direction of change the sentence gives each: the nearest change word
    before it in its clause ("rose 5% to $10": both up; "cut … to ¥142 billion from ¥180
    billion": both down), a change word right after it ("a 12% drop"), or a change said after its
    clause ("$4.2b, up 18%"). Dates, and durations that are a change's span, have none."""
    moved = _moved_between(text, mentions)
    found = []
    for mention in mentions:
        direction = "" if mention.dimension == "year" else _direction(text, mention)
        direction = direction or moved.get(mention.span, "")
        found.append(replace(mention, direction=direction) if direction else mention)
    return found


#: A verb of change that says no way ("went from 1 to 3", "has changed from 5 to 10 seconds",
#: "moved from 8420 to 7420"): the way is read off the two figures.
_NEUTRAL_FROM_RE = re.compile(
    r"\b(?:go|goes|going|gone|went|chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?"
    r"|shift(?:s|ed|ing)?|revis(?:e|es|ed|ing)|adjust(?:s|ed|ing)?|updat(?:e|es|ed|ing)"
    r"|amend(?:s|ed|ing)?|bump(?:s|ed|ing)?)[ \t\u00a0]+from[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
_TO_BETWEEN_RE = re.compile(r"[ \t\u00a0]+to[ \t\u00a0]+\Z", re.IGNORECASE)


def _moved_between(text: str, mentions: Sequence[Mention]) -> dict[tuple[int, int], str]:
    """The way two figures moved after a verb of change that says none ("The default number of
    retries went from 1 to 3": both ``up``), by their spans: the first figure is what held
    before, the second what holds after, a change as "rose from 1 to 3" is. Figures in two
    units, or equal, tell no way."""
    moved: dict[tuple[int, int], str] = {}
    for first, second in pairwise(mentions):
        if (
            first.dimension == "year"
            or not _TO_BETWEEN_RE.search(text, first.span[1], second.span[0])
            or not _NEUTRAL_FROM_RE.search(text, max(0, first.span[0] - 24), first.span[0])
        ):
            continue
        units = {first.amount.unit, second.amount.unit} - {""}
        if len(units) > 1 or first.amount.low == second.amount.low:
            continue
        way = "up" if second.amount.low > first.amount.low else "down"
        moved[first.span] = moved[second.span] = way
    return moved


#: How far before the "to" of a level reached its change word may stand: "rose to", "cut radon
#: levels in the house to".
_REACHED_GAP = 40
#: What the words between a change and the "to" of its level may not hold: another figure ("rose
#: 3% compared to 5%": 5% is no level reached) or a clause's end. A figure after "from" is the
#: level before the change ("fell from 86% to 47%").
_NOT_REACHED_RE = re.compile(r"\d|[;:!?\n]|\.(?:\s|\Z)")
_FROM_RE = re.compile(r"\bfrom\b.*\Z", re.IGNORECASE | re.DOTALL)
#: How much the change was, said between it and its level: "rose 5% to $10m", "fell by 12 per
#: cent to".
_AMOUNT_BETWEEN_RE = re.compile(
    r"\s*(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent|[a-z]{1,3}\b)?\s*\Z",
    re.IGNORECASE,
)


def reached(text: str, mention: Mention) -> bool:
    """Whether the figure is the level a change reached, said with "to" right after the change,
    what it changed and how much ("Operating profit rose to EUR 38.9m", "fell from 86% to 47%",
    "cut radon levels to 100 Bq/m³", "rose 5% to $10m"): what holds after the change, not how
    much it changed."""
    start = mention.span[0]
    to = _TO_BEFORE_RE.search(text, max(0, start - _TO_REACH), start)
    if to is None:
        return False
    changes = list(_CHANGE_RE.finditer(text, max(0, to.start() - _REACHED_GAP), to.start()))
    if not changes:
        return False
    change = changes[-1]  # the nearest before "to"
    between = _FROM_RE.sub("", text[change.end() : to.start()])
    return _NOT_REACHED_RE.search(between) is None or bool(_AMOUNT_BETWEEN_RE.fullmatch(between))


def changed_after(text: str, mention: Mention) -> bool:
    """Whether the only change the sentence gives ``mention`` is said after its clause
    ("Revenue of EUR 412.6 million, up 7.4% on the same quarter last year"): the figure is then
    the level the change led to, as a plain level is."""
    return bool(mention.direction) and _direction(text, mention, later=False) == ""


#: A label that names the figure after its colon, a line's first words: "Peak growth: 25 kg per
#: day" is a gain, as "it gained 19 kilos a day" is ("Note: sales fell" keeps its own clause).
_LABEL_RE = re.compile(
    r"[ \t\u00a0*_#>-]*[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[\w'’-]+){0,2}[ \t\u00a0*_]*"
)


#: A determiner before "drops", which makes them a medicine's ("The drops contain 2 mg per
#: drop", "eye drops"), no fall.
_DROPS_NOUN_RE = re.compile(
    r"\b(?:the|these|those|your|my|its|their|eye|ear|nasal|nose|cough|some)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
#: What an amount added is the cost of, right after it: "adds under 2 µs per call", "adds about
#: 3 ms of latency to each request", "adds 40 KB for every page" (an overhead, no rise).
_COST_PER_RE = re.compile(
    r"(?:[ \t\u00a0]+of[ \t\u00a0]+(?:overhead|latency|delay|size|memory|weight))?[ \t\u00a0]+"
    r"(?:per|(?:to|for|on)[ \t\u00a0]+(?:each|every))[ \t\u00a0]+[a-z]",
    re.IGNORECASE,
)


#: An exception's name after "raises" (upper camel case, in backticks or not): code that
#: throws, no change of a quantity ("raises `TooManyErrors`", "raises ValueError").
_EXCEPTION_AFTER_RE = re.compile(r"\s+(?:an?\s+)?`?[A-Z][a-z0-9]+[A-Z]\w*")


def _direction(text: str, mention: Mention, *, later: bool = True) -> str:
    start, end = mention.span
    if mention.dimension == "duration" and (
        _SPAN_BEFORE_RE.search(text, max(0, start - 24), start)
        or _SPAN_AFTER_RE.match(text, end)
        or _INTERVAL_RE.match(mention.text)
    ):
        return ""
    own = mention.text.split()[-1].lower() if mention.dimension == "ratio" else ""
    if own in _VERB_MULTIPLIERS:
        return _VERB_MULTIPLIERS[own]  # "doubled", "nearly doubled"
    if own in _BASE_MULTIPLIERS and _MODAL_BEFORE_RE.search(text, max(0, start - 12), start):
        return _BASE_MULTIPLIERS[own]  # "should at least double", "is expected to triple"
    if _POSITION_AFTER_RE.match(text, end):
        return ""
    if mention.dimension == "length" and _HEIGHT_AFTER_RE.match(text, end):
        return ""
    if _INCREMENT_BEFORE_RE.search(text, max(0, start - 24), start):
        return "up"  # "each extra 5 decibels", as "for every 3 dB increase"
    after = _AFTER_RE.match(text, end)
    if after is not None and _PHRASAL_AFTER_RE.match(after.group()):
        after = None  # "£15 a day adds up", "a bad taste that 12% show up with": no change
    if after is not None:
        return "up" if after["up"] else "down"
    if mention.dimension == "count" and _ADDED_RE.search(text, start, end):
        return "up"
    if mention.amount.unit in _BODY_WEIGHT and _GAINED_RE.search(text, max(0, start - 40), start):
        return "up"  # "expect to put on 5 to 6 pounds": weight gained
    window_start = max(0, start - _REACH)
    # The sentence's start by plain searches first; the clause's words only within it.
    for mark in (". ", ";", "\n", "? ", "! ", ": "):
        at = text.rfind(mark, window_start, start)
        if at >= 0 and not (mark == ": " and _LABEL_RE.fullmatch(text, window_start, at)):
            window_start = at + len(mark)
    label_start = window_start
    for clause_end in _CLAUSE_END_RE.finditer(text, window_start, start):
        if clause_end.group().startswith(":") and _LABEL_RE.fullmatch(
            text, label_start, clause_end.start()
        ):
            continue  # "Peak growth: 25 kg per day": the label is the figure's clause
        window_start = clause_end.end()
    condition = _CONDITION_RE.match(text, window_start, start)
    if condition is not None:
        window_start = condition.end()
    change = None
    for found in _CHANGE_RE.finditer(text, window_start, start):
        word = found.group().lower()
        phrasal = (
            word in ("up", "down")
            and _PHRASAL_BEFORE_RE.search(text, max(0, found.start() - 12), found.start())
        ) or (word in _PHRASAL_FORMS and _PARTICLE_AFTER_RE.match(text, found.end()))
        kind = found.group().lower() in ("higher", "lower") and _KIND_AFTER_RE.match(
            text, found.end()
        )
        moved = _MOVEMENT_AFTER_RE.match(text, found.end())
        a_thing = (
            word in _THING_WORDS
            and _DETERMINER_BEFORE_RE.search(text, max(0, found.start() - 12), found.start())
            and not _OF_AFTER_RE.match(text, found.end())
        )
        drops = word == "drops" and _DROPS_NOUN_RE.search(
            text, max(0, found.start() - 12), found.start()
        )
        # "raises TooManyErrors once 100 bad rows have been recorded": an exception raised
        thrown = word.startswith("rais") and _EXCEPTION_AFTER_RE.match(text, found.end())
        if not phrasal and not kind and not moved and not a_thing and not drops and not thrown:
            change = found
    if (
        change is not None
        and _MODAL_BE_RE.search(text, max(0, change.start() - 24), change.start())
        and _TO_BEFORE_RE.search(text, max(0, start - _TO_REACH), start)
    ):
        return ""  # "the loading week should be cut to three days": the level advised
    if change is not None and _WITH_BETWEEN_RE.search(text, change.end(), start):
        return ""  # "sank 139 years ago with 43 people on board": what came with it
    if change is not None and _WITHIN_AFTER_RE.match(text, change.end()):
        return ""  # "a dose falling somewhere from 50 to 100 mg": a range it lies in
    if change is not None and _RAISED_MONEY_RE.fullmatch(text, change.start(), start):
        return ""  # "raised $325 million", "raise INR1 trillion": money raised, no change
    if (
        change is not None
        and mention.amount.unit in CURRENCIES
        and _LOST_MONEY_RE.fullmatch(text, change.start(), start)
    ):
        return ""  # "loses an estimated 1.1 million euros a day": the loss, no change
    if (
        change is not None
        and change.group().lower().startswith("add")
        and _COST_PER_RE.match(text, end)
    ):
        return ""  # "mulish adds under 2 µs per call": the cost of each call, no rise
    if change is not None:
        return "up" if change["up"] else "down"
    after = _LATER_RE.match(text, end) if later else None
    if after is not None and not _CHANGE_RE.search(
        text, end, after.start(1) if after["up"] else after.start(2)
    ):
        return "up" if after["up"] else "down"
    return ""

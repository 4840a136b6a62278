"""Unit words that may follow a number, and their meaning as pint units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions.money import CURRENCIES
from factcheck.values.spellings import UNIT_END, UNIT_SPELLINGS, UNIT_WORD, canonical_unit
from factcheck.values.unitnames import unit_words
from factcheck.values.units import Units

#: Words between a number and a unit of time that insist the span is whole: "two full days",
#: "three straight days", "five consecutive nights" are 2 and 3 days.
INSISTING = ("full", "whole", "entire", "straight", "solid", "consecutive", "clear")
#: Words between a number and a unit of time that say which days or hours count: "within 10
#: working days", "three business days", "30 calendar days", "five school days" are spans of
#: time (of days of one kind), never counts of a thing called "days".
CALENDAR_KINDS = ("working", "business", "calendar", "school", "trading", "banking", "office")
#: ... and days of one weather ("nine hot days", "12 dry days", "three rainy days"): a span of
#: days, as "nine consecutive days" is.
WEATHER_KINDS = ("hot", "cold", "warm", "dry", "wet", "rainy", "sunny", "snowy", "frosty")
#: ... and words that add the span to another ("Sixteen extra weeks of patches", "two more
#: days", "three additional months"): still a span of so many weeks, days, months.
ADDING = ("extra", "more", "additional", "further")
#: Matches a unit word at a position (after optional space, or a line break of hard-wrapped
#: text: group ``wrap``; a word of ``INSISTING``, ``CALENDAR_KINDS``, ``WEATHER_KINDS`` or ``ADDING`` before
#: a unit of time: group ``whole``); group ``unit`` is the word. A spelling of two words may be
#: wrapped between them ("no more than 10 per\ncent").
_UNIT_FIRST = "".join(sorted({c for w in UNIT_SPELLINGS for c in (w[0].lower(), w[0].upper())}))
_WRAPPABLE_WORD = UNIT_WORD.replace("\\ ", r"(?:\ |[ \t]*\r?\n[ \t]*)")
UNIT_RE = re.compile(
    rf"(?:[ \t\u00a0\u202f]?|(?P<wrap>[ \t]*\r?\n[ \t]*))"
    rf"(?:(?P<whole>{'|'.join((*INSISTING, *CALENDAR_KINDS, *WEATHER_KINDS, *ADDING))})[ \t]+)?"
    rf"(?=[{re.escape(_UNIT_FIRST)}])(?P<unit>{_WRAPPABLE_WORD}){UNIT_END}",
    re.IGNORECASE,
)

#: Dimension names for the subject proposal, by pint dimensionality.
_DIMENSIONS: dict[str, str] = {
    "[mass]": "dose",
    "[length] ** 3": "volume",
    "[mass] / [length] ** 3": "level",
    "[substance] / [length] ** 3": "concentration",
    "[time]": "duration",
    "[length]": "length",
    "[length] ** 2": "area",
    "[temperature]": "temperature",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] / [length] / [time] ** 2": "pressure",
    "1 / [time]": "frequency",
    "[mass] * [length] ** 2 / [time] ** 3 / [current]": "voltage",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[current] * [time]": "charge",
    "[current]": "current",
    "[mass] / [time] ** 3 / [temperature]": "transmittance",
    "1 / [length] ** 2": "economy",
    "[printing_unit]": "pixels",
    "[length] / [time]": "speed",
    "[length] / [time] ** 2": "acceleration",
    "[length] ** 3 / [time]": "flow",
    "1 / [time] / [length] ** 3": "activity concentration",
    "1 / [time] / [mass]": "activity concentration",
    "[length] ** 2 / [time] ** 2": "radiation dose",
    "[length] ** 2 / [time] ** 3": "radiation dose rate",
    "[biological_activity] / [length] ** 3": "level",
    "[equivalent] / [length] ** 3": "concentration",
    "[cells] / [length] ** 3": "cell count",
    "[copies] / [length] ** 3": "viral load",
    "[operation] / [time]": "throughput",
    "[mass] / [length]": "emissions",
    "[time] ** 2 / [length] ** 2": "carbon intensity",
    "[luminosity] / [length] ** 2": "illuminance",
    "[luminosity]": "light output",
    "[substance]": "amount of substance",
    "[age]": "age",
    "[colony_forming_unit]": "bacteria count",
    "[container_capacity]": "container capacity",
    "[general_hardness]": "water hardness",
    "[carbonate_hardness]": "carbonate hardness",
    "[printing_unit] / [length]": "resolution",
}
#: Canonical units whose dimension pint gives another meaning: a becquerel is one decay a
#: second (pint: a frequency), a byte is dimensionless, a rate per population a plain number.
_RADIOACTIVITY = frozenset({"Bq", "kBq", "MBq", "GBq", "TBq", "Ci", "mCi", "µCi", "nCi", "pCi"})
_DATA = frozenset({"B", "kB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "bit", "kbit", "Mbit",
                   "Gbit"})  # fmt: skip
#: Audio levels, each its own kind (forms29): a loudness target, a loudness difference (a
#: tolerance, a gate), a true-peak ceiling, a sample level.
_AUDIO_LEVELS = {"LUFS": "loudness", "LU": "loudness difference", "dBTP": "true peak",
                 "dBFS": "sample level"}  # fmt: skip
_PER_POPULATION = frozenset({"per_1000", "per_10000", "per_100000", "per_million"})
#: Dimensions whose units may state one quantity though pint cannot convert them (15 µg, 600 IU).
_FAMILIES = {"dose": "amount", "activity": "amount", "level": "level", "concentration": "level"}


def family(dimension: str) -> str:
    """The family of a dimension: ``amount`` for mass and IU, ``level`` for both kinds of level,
    else the dimension itself."""
    return _FAMILIES.get(dimension, dimension)


@dataclass(frozen=True)
class Unit:
    """A unit word read after a number."""

    text: str
    """Canonical spelling, e.g. ``mg``, ``%``, ``hour``, ``IU`` (pint syntax; singular)."""
    dimension: str
    """Coarse kind of quantity for subject proposals: dose, share, duration, level, ..."""


class UnitWords:
    """The unit words the mention finder reads, each with its canonical unit and dimension.

    Every dimension is asked of pint once, when this is built from the one ``Units`` of a run;
    after that it is plain data, cheap to hand to worker processes (pint registries do not
    pickle).
    """

    def __init__(self, units: Units) -> None:
        canonicals = sorted(set(UNIT_SPELLINGS.values()))
        self._read = {canonical: _unit(canonical, units) for canonical in canonicals}

    def read(self, word: str) -> Unit | None:
        """The unit a written word names, or None when it is not a unit word we accept."""
        canonical = canonical_unit(word)
        return None if canonical is None else self._read[canonical]

    def at(self, text: str, pos: int) -> tuple[Unit | None, int]:
        """The unit word written at ``pos`` (after a space or a line break), and where it ends."""
        match = UNIT_RE.match(text, pos)
        if match is None:
            return None, pos
        word = " ".join(match.group("unit").split())
        if match.group("wrap") and word[:1].isupper() and not word[1:].isupper():
            return None, pos  # "14\nHours later": a capital after a line break starts a new line
        if word in ("p", "¢") and (match.start("unit") != pos or _figure_before(text, pos)):
            # Pence and cents only glued to a figure under 1,000: "79p", not "79 p." nor "1080p".
            return None, pos
        if word in _GLUED_ONLY and (
            match.start("unit") != pos or not text[pos - 1 : pos].isdigit()
        ):
            return None, pos  # "31.6C", "203F"; not "grade 5 C"
        if word in _NOT_AFTER_NAMES and _NAME_BEFORE_RE.search(text, max(0, pos - 24), pos):
            return None, pos  # "a 13A plug", "a 100 Ah battery"; not "Form 4A", "Python 3 Ah"
        if word.lower() == "won" and not _LARGE_BEFORE_RE.search(text, max(0, pos - 16), pos):
            return None, pos  # "1.3 trillion won", "50,000 won"; not "the 3 won"
        if word == "pt" and _OF_AFTER_RE.match(text, match.end()):
            word = "pint"  # "1pt of milk"; "a 2pt rise" is in points
        unit = self.read(word)
        if unit is not None and match.group("whole") and unit.dimension != "duration":
            return None, pos  # "two full cups": the insisting word says only a span of time
        return (unit, match.end()) if unit is not None else (None, pos)


#: Spellings read only glued to digits: a lone capital letter is no unit when spaced.
_GLUED_ONLY = frozenset({"C", "F", "A"})
#: Short capitalised symbols that are no unit after a name and its number ("Level 2A").
_NOT_AFTER_NAMES = frozenset({"A", "Ah", "VA", "Sv", "Mt", "Gt", "MVA", "kVA"})
_NAME_BEFORE_RE = re.compile(r"(?:^|[^\w])[A-Z][\w-]*[ \t\u00a0]+\d+\Z")
_OF_AFTER_RE = re.compile(r"[ \t\u00a0]+of\b")
_LARGE_BEFORE_RE = re.compile(r"(?:illion|\d,\d{3})[ \t\u00a0]*\Z")


def _unit(canonical: str, units: Units) -> Unit:
    """A canonical unit with the dimension a subject proposal knows it by."""
    if canonical == "%":
        return Unit("%", "share")
    if canonical == "degree" or canonical in _DATA:
        return Unit(canonical, "angle" if canonical == "degree" else "data")
    if canonical.endswith("/s") and canonical[:-2] in _DATA:
        return Unit(canonical, "data rate")  # "3.5 GiB/s": pint's bytes are dimensionless
    if canonical in _RADIOACTIVITY:
        return Unit(canonical, "radioactivity")
    if canonical in _PER_POPULATION:
        return Unit(canonical, "rate per population")
    if canonical == "mmol/mol":
        return Unit(canonical, "mole fraction")  # HbA1c: not a share (48 mmol/mol is 6.5 %)
    if canonical in ("point", "percentage_point", "basis_point", "megapixel"):
        return Unit(canonical, canonical)  # no length (pint's "point") nor a share
    if canonical == "dB":
        return Unit("dB", "sound")  # a level on a log scale: pint calls it dimensionless
    if canonical in _AUDIO_LEVELS:
        return Unit(canonical, _AUDIO_LEVELS[canonical])
    if canonical == "IU":
        return Unit("IU", "activity")
    if canonical in CURRENCIES or canonical in ("pence", "cent", "sen", "paisa"):
        return Unit(canonical, "money")
    if canonical in ("µg/g", "mg/g", "ng/g"):
        return Unit(canonical, "level")  # a mass fraction: a contaminant's level in a food
    dimension = _DIMENSIONS.get(units.dimensionality(canonical), "quantity")
    if dimension == "dose" and units.converter(canonical, "kg")(1.0) >= _HEAVY:
        # "a juvenile male estimated at 25 tonnes", "weighing some 40 tons", "an 80 kg
        # lifter": no medicine is taken in kilograms, tonnes or pounds; such a mass is a weight.
        return Unit(canonical, WEIGHT)
    return Unit(canonical, dimension)


#: The dimension of a weight: a mass that is no dose ("25 tonnes", "weighs 1.4 kg").
WEIGHT = "mass"
#: The least unit, in kilograms, that is a weight's and never a dose's: the pound (0.45 kg), not
#: the ounce (28 g) nor the gram.
_HEAVY = 0.4


def as_weight(unit: Unit, text: str, start: int, end: int) -> Unit:
    """``unit``, a weight's when a dose's unit (a gram) is said of what something weighs: "a
    meteorite weighing about 800 grams", "The piece weighs 900 g", "weighed 350 g", "the
    1,380-gram main mass", "a 500 g tub"; else ``unit`` as it is."""
    if unit.dimension != "dose" or not (
        _WEIGHED_RE.search(text, max(0, start - 24), start)
        or _MASS_AFTER_RE.match(text, end)
        or (unit.text in _PACKED and _PACKAGE_AFTER_RE.match(text, end))
    ):
        return unit
    return Unit(unit.text, WEIGHT)


#: Units a package's contents are weighed in ("a 500 g tub", "a 16 oz bag"; not "a 200 mg
#: tablet", a dose).
_PACKED = frozenset({"g", "oz"})
#: A package right after a figure: what it holds weighs that much ("a 500 g tub" is a "1.1 lb
#: tub").
_PACKAGE_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:tubs?|bags?|jars?|packs?|packets?|tins?|box|boxes|sacks?|pouch|pouches"
    r"|buckets?|containers?|loaf|loaves|blocks?)\b",
    re.IGNORECASE,
)


#: A noun of weight right after a figure, one word between allowed: "the 1,380-gram main mass".
_MASS_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?(?:mass|weight)\b", re.I)


#: A verb of weighing right before a figure: "weighs", "weighing about", "weighed in at".
_WEIGHED_RE = re.compile(
    r"\bweigh(?:s|ed|ing)?(?:\s+in\s+at)?\s+(?:(?:about|around|roughly|some|nearly|almost"
    r"|just|only|over|under|more\s+than|less\s+than|a\s+combined|an?\s+estimated)\s+)*\Z",
    re.IGNORECASE,
)


_FIGURE_RE = re.compile(r"\d[\d,]{3,}(?:\.\d+)?\Z")


def _figure_before(text: str, pos: int) -> bool:
    """Whether a figure of 1,000 or more ends at ``pos``. The search starts where the run of
    digits, commas and points before ``pos`` starts (a figure is made of nothing else), not at
    the text's start: that cost a scan of the text per "79p"."""
    start = pos
    while start > 0 and (text[start - 1].isdecimal() or text[start - 1] in ",."):
        start -= 1
    return _FIGURE_RE.search(text, start, pos) is not None


def spell(unit: str, *, plural: bool) -> str:
    """How a canonical unit is written in a draft value: ``4.5 mg``, ``14 weeks``, ``30%``,
    ``16 degrees``, ``31 °C``."""
    return unit_words(unit, plural=plural, claims=True)

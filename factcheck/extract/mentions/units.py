"""Unit words that may follow a number, and their meaning as pint units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pint

from factcheck.extract.mentions.money import CURRENCIES
from factcheck.values.units import DEFINITIONS

# Surface spellings we accept after a number. Only these are ever handed to pint: a word that is
# not listed here is a counted noun ("354 LDN-treated patients"), never an invented unit.
_SURFACES: dict[str, str] = {
    # mass
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "µg", "µg": "µg", "μg": "µg",
    "microgram": "µg", "micrograms": "µg", "ng": "ng", "nanogram": "ng", "nanograms": "ng",
    "g": "g", "gram": "g", "grams": "g", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz",
    "ounces": "oz", "IU": "IU", "iu": "IU", "international units": "IU",
    # volume and concentration
    "ml": "mL", "mL": "mL", "milliliter": "mL", "milliliters": "mL", "millilitre": "mL",
    "millilitres": "mL", "L": "L", "liter": "L", "liters": "L", "litre": "L", "litres": "L",
    "cup": "cup", "cups": "cup", "ng/mL": "ng/mL", "ng/ml": "ng/mL", "mg/dL": "mg/dL",
    "mg/dl": "mg/dL", "mmol/L": "mmol/L", "mmol/l": "mmol/L", "nmol/L": "nmol/L",
    "nmol/l": "nmol/L", "pg/mL": "pg/mL", "pg/ml": "pg/mL", "µg/L": "µg/L", "mcg/mL": "µg/mL",
    "g/L": "g/L", "g/l": "g/L", "g/dL": "g/dL", "g/dl": "g/dL", "mcg/L": "µg/L", "μg/L": "µg/L",
    "µg/g": "µg/g", "μg/g": "µg/g", "mcg/g": "µg/g", "mg/g": "mg/g", "ng/g": "ng/g",
    # compound "per" units: "20 mg per kg", "30 micrograms per litre"
    "mg/kg": "mg/kg", "mg per kg": "mg/kg", "mg per kilogram": "mg/kg",
    "milligrams per kg": "mg/kg", "milligrams per kilogram": "mg/kg",
    "µg per litre": "µg/L", "µg per liter": "µg/L", "mcg per litre": "µg/L",
    "mcg per liter": "µg/L", "micrograms per litre": "µg/L", "micrograms per liter": "µg/L",
    "g per litre": "g/L", "g per liter": "g/L", "grams per litre": "g/L", "grams per liter": "g/L",
    "mg per litre": "mg/L", "mg per liter": "mg/L", "milligrams per litre": "mg/L",
    "milligrams per liter": "mg/L",
    # shares
    "%": "%", "percent": "%", "per cent": "%", "percentage points": "%",
    # time
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms", "s": "second", "sec": "second",
    "secs": "second", "second": "second", "seconds": "second", "min": "minute",
    "mins": "minute", "minute": "minute", "minutes": "minute", "h": "hour", "hr": "hour",
    "hrs": "hour", "hour": "hour", "hours": "hour", "day": "day",
    "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year",
    "yrs": "year",
    # length, temperature, angle, energy, pressure, frequency, data
    "mm": "mm", "cm": "cm", "m": "m", "km": "km", "inch": "inch", "inches": "inch",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "kilometre": "km",
    "kilometres": "km", "kilometer": "km", "kilometers": "km", "centimetre": "cm",
    "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "millimetre": "mm",
    "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "ft": "ft", "foot": "ft", "feet": "ft", "mile": "mile", "miles": "mile",
    "m²": "m**2", "m2": "m**2", "sq m": "m**2", "square metre": "m**2", "square metres": "m**2",
    "square meter": "m**2", "square meters": "m**2", "cm²": "cm**2", "km²": "km**2",
    "ft²": "ft**2", "sq ft": "ft**2", "square feet": "ft**2", "square foot": "ft**2",
    "°C": "degC", "°F": "degF", "degrees Celsius": "degC", "degrees Fahrenheit": "degF",
    "degree": "degree", "degrees": "degree", "kcal": "kcal", "calories": "kcal", "kJ": "kJ",
    "mmHg": "mmHg", "dB": "dB", "decibel": "dB", "decibels": "dB",
    "beats per minute": "bpm", "bpm": "bpm", "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz",
    "bytes": "B", "KB": "kB", "kB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "KiB": "KiB",
    "MiB": "MiB", "GiB": "GiB",
    # electricity
    "V": "V", "volt": "V", "volts": "V", "W": "W", "watt": "W", "watts": "W", "kW": "kW",
    "kilowatt": "kW", "kilowatts": "kW", "Wh": "Wh", "watt-hours": "Wh", "watt hours": "Wh",
    "kWh": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "mAh": "mAh",
    "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "amp": "A", "amps": "A", "ampere": "A",
    "amperes": "A", "W/m²K": "W/m**2/K", "W/m2K": "W/m**2/K", "W/m²·K": "W/m**2/K",
    "W/(m²K)": "W/m**2/K", "W/(m²·K)": "W/m**2/K",
    # mass in bulk, fuel economy
    "tonne": "t", "tonnes": "t", "mpg": "mpg",
    # money ("pounds" is a weight: only "pounds sterling" is money)
    "USD": "USD", "dollar": "USD", "dollars": "USD", "US dollars": "USD", "EUR": "EUR",
    "euro": "EUR", "euros": "EUR", "GBP": "GBP", "pounds sterling": "GBP",
    # pence and cents glued to the number ("79p", "16¢"; see unit_at)
    "p": "pence", "pence": "pence", "¢": "cent", "cents": "cent",
}  # fmt: skip

# Spellings that are only units when written exactly so (a lone "m" or "s" must not be "M"/"S").
_CASE_SENSITIVE = frozenset({
    "m", "m2", "s", "g", "h", "L", "V", "W", "Wh", "kW", "kWh", "mAh", "MB", "GB", "TB", "KB", "kB", "ms",
    "mL", "USD", "EUR", "GBP", "MWh", "GWh", "TWh", "p",
})  # fmt: skip

_ALTERNATION = "|".join(re.escape(word) for word in sorted(_SURFACES, key=lambda w: (-len(w), w)))
#: Matches a unit word at a position (after optional space, or a line break of hard-wrapped
#: text: group ``wrap``); group ``unit`` is the word.
UNIT_RE = re.compile(
    rf"(?:[ \t\u00a0\u202f]?|(?P<wrap>[ \t]*\r?\n[ \t]*))(?P<unit>{_ALTERNATION})"
    r"(?=$|[^\w/]|/(?:day|d|wk|week|month|year|night|dose)\b)",
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
}
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


@cache
def registry() -> pint.UnitRegistry[float]:
    """The pint registry used for unit words, with the international unit (IU) added."""
    ureg: pint.UnitRegistry[float] = pint.UnitRegistry()
    for definition in DEFINITIONS:
        ureg.define(definition)
    return ureg


@cache
def read_unit(word: str) -> Unit | None:
    """The unit a surface word names, or None when it is not a unit word we accept."""
    canonical = _SURFACES.get(word)
    if canonical is None:
        canonical = _SURFACES.get(word.lower())
        if canonical is None or word.lower() in _CASE_SENSITIVE:
            return None
    if canonical == "%":
        return Unit("%", "share")
    if canonical in {"degree", "B", "kB", "MB", "GB", "TB", "KiB", "MiB", "GiB"}:
        return Unit(canonical, "angle" if canonical == "degree" else "data")
    if canonical == "dB":
        return Unit("dB", "sound")  # a level on a log scale: pint calls it dimensionless
    if canonical == "IU":
        return Unit("IU", "activity")
    if canonical in CURRENCIES or canonical in ("pence", "cent"):
        return Unit(canonical, "money")
    if canonical in ("µg/g", "mg/g", "ng/g"):
        return Unit(canonical, "level")  # a mass fraction: a contaminant's level in a food
    pint_unit = registry().parse_units(canonical)
    dimension = _DIMENSIONS.get(str(pint_unit.dimensionality), "quantity")
    return Unit(canonical, dimension)


def unit_at(text: str, pos: int) -> tuple[Unit | None, int]:
    """The unit word written at ``pos`` (after a space or a line break), and where it ends."""
    match = UNIT_RE.match(text, pos)
    if match is None:
        return None, pos
    word = match.group("unit")
    if match.group("wrap") and word[:1].isupper() and not word[1:].isupper():
        return None, pos  # "14\nHours later": a capital after a line break starts a new line
    if word in ("p", "¢") and (match.start("unit") != pos or _figure_before(text, pos)):
        # Pence and cents only glued to a figure under 1,000: "79p", not "79 p." nor "1080p".
        return None, pos
    unit = read_unit(match.group("unit"))
    return (unit, match.end()) if unit is not None else (None, pos)


_FIGURE_RE = re.compile(r"\d[\d,]{3,}(?:\.\d+)?\Z")


def _figure_before(text: str, pos: int) -> bool:
    """Whether a figure of 1,000 or more ends at ``pos``. The search starts where the run of
    digits, commas and points before ``pos`` starts (a figure is made of nothing else), not at
    the text's start: that cost a scan of the text per "79p"."""
    start = pos
    while start > 0 and (text[start - 1].isdecimal() or text[start - 1] in ",."):
        start -= 1
    return _FIGURE_RE.search(text, start, pos) is not None


_PLURAL_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "cup"})


def spell(unit: str, *, plural: bool) -> str:
    """How a canonical unit is written in a draft value: ``4.5 mg``, ``14 weeks``, ``30%``."""
    if plural and unit in _PLURAL_WORDS:
        return unit + "s"
    return unit

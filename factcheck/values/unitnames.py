"""How a unit reads after a number: words in the plural past one, common symbols for pint's names."""

from __future__ import annotations

# pint's names that people write as symbols; each reads back as the same unit in a claims file.
_SYMBOLS = {
    "degC": "°C",
    "degF": "°F",
    "m**2": "m²",
    "cm**2": "cm²",
    "km**2": "km²",
    "ft**2": "ft²",
    "m**3": "m³",
    "nautical_mile": "nmi",
    "Bq/m**3": "Bq/m³",
    "m**3/s": "m³/s",
    "m**3/h": "m³/h",
    "ft**3": "ft³",
    "ft**3/s": "ft³/s",
    "m/s**2": "m/s²",
    "cells/mm**3": "cells/mm³",
    "yard**3": "yd³",
}
# pint's names that only a report shows in words (a claims file keeps pint's name).
_SHOWN_ONLY = {
    "percentage_point": "percentage point",
    "basis_point": "basis point",
    "light_year": "light-year",
    "pound_force_foot": "lb-ft",
    "N*m": "N·m",
    "mile**2": "square mile",
    "W/m**2/K": "W/m²K",
    "fluid_ounce": "fl oz",
    "imperial_gallon": "imperial gallon",
    "acre_foot": "acre-foot",
    "time_of_day": "time of day",
    "L_per_100km": "L/100 km",
    "per_1000": "per 1,000",
    "per_10000": "per 10,000",
    "per_100000": "per 100,000",
    "per_million": "per million",
    "gallon/minute": "gallon per minute",
    "gallon/day": "gallon per day",
}
# Short forms of words that a claims file may use for its subject's unit ("h", "mins").
_SHORT = {
    **dict.fromkeys(("h", "hr", "hrs"), "hour"),
    **dict.fromkeys(("min", "mins"), "minute"),
    **dict.fromkeys(("sec", "secs"), "second"),
    **dict.fromkeys(("wk", "wks"), "week"),
    **dict.fromkeys(("yr", "yrs"), "year"),
}
# Units written as words, by their plural: "1 hour", "4 hours".
_PLURALS = {
    **{word: word + "s" for word in (
        "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "cup", "degree", "cent",
        "mile", "pint", "point", "pixel", "knot", "gallon", "acre", "yard", "hectare", "carat", "ton",
        "bushel", "barrel", "megapixel", "nit", "coulomb", "tesla", "percentage point",
        "basis point", "light-year", "square mile", "quart", "imperial gallon", "teaspoon", "tablespoon",
    )},
    "inch": "inches",
    "acre-foot": "acre-feet",
    "gallon per minute": "gallons per minute",
    "gallon per day": "gallons per day",
}  # fmt: skip
_SINGULARS = {plural: word for word, plural in _PLURALS.items()}


#: Ages as a claims file and a report write them: "72 years old", "6 months old".
_AGES = {
    f"{word}_of_age": (f"{word} old", f"{word}s old") for word in ("year", "month", "week", "day")
}


def unit_words(unit: str, *, plural: bool, claims: bool = False) -> str:
    """``unit`` as it reads after a number: ``4 hours``, ``1 hour``, ``31 °C``, ``16 degrees``.

    With ``claims`` only spellings a claims file reads back as the same unit (a draft's value);
    otherwise a report's: pint's names for points and light-years are words too. A unit this
    does not know is kept as written.
    """
    if unit in _AGES:
        return _AGES[unit][plural]
    word = _SINGULARS.get(unit, unit)
    word = _SYMBOLS.get(word, word)
    if not claims:
        word = _SHORT.get(word, _SHOWN_ONLY.get(word, word))
    if word not in _PLURALS:
        return word
    return _PLURALS[word] if plural else word


def plural_for(x: float) -> bool:
    """Whether a number takes a plural unit: every number but one ("0.5 hours", "1 hour")."""
    return abs(x) != 1

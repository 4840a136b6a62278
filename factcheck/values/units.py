"""Units: pint behind a small cache, handed only unit words (never raw value text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint

Converter = Callable[[float], float]

CURRENCIES = (
    "USD", "EUR", "GBP", "AUD", "NZD", "CAD", "HKD", "SGD", "MYR", "INR", "JPY", "CNY", "ILS",
    "SEK", "NOK", "DKK", "CHF", "KRW", "ZAR", "NGN", "BRL", "MXN", "TWD", "THB", "IDR", "PHP",
    "AED", "SAR", "TRY", "RUB", "PLN", "CZK", "HUF", "KES", "EGP", "PKR", "VND",
)  # fmt: skip
"""ISO 4217 codes of the currencies a value may carry (``50 USD``, ``1.14 AUD``); each is a
dimension of its own, so none converts into another unless a subject declares the rate
(``conversions: {AUD: 0.65 USD}``)."""
#: Units pint lacks, for checking and for extraction alike.
DEFINITIONS: tuple[str, ...] = (
    # International units of biological activity (vitamins, hormones): only IU convert to IU.
    "international_unit = [biological_activity] = IU",
    # Heart rates: "145 bpm" is 145 per minute.
    "beats_per_minute = 1 / minute = bpm",
    # Fuel economy: "47 mpg".
    "miles_per_gallon = mile / gallon = mpg",
    # Money: each currency is its own dimension; no exchange rates are built in. Pence and
    # cents are hundredths of theirs ("7.5p" is 0.075 GBP).
    *(f"{code} = [currency_{code}]" for code in CURRENCIES),
    "penny = 0.01 GBP = GBp = pence",
    "cent = 0.01 USD = USc = cents",
    "sen = 0.01 MYR",
    "paisa = 0.01 INR = paise",
    # Percentage points are no percent: a change of 3 points is not a level of 3 %.
    "percentage_point = [percentage_point] = pct_point",
    "basis_point = 0.01 percentage_point",
    "square_meter = meter ** 2 = square_metre",
    "square_kilometer = kilometer ** 2 = square_kilometre",
    "ppb = 1e-9 = parts_per_billion",
    "pound_force_foot = pound_force * foot = lbf_ft",
    # Times of day ("19:30" is 19.5): hours after midnight, a dimension of their own (never a
    # duration), see values.clock.
    "time_of_day = [time_of_day]",
    # Software versions ("v3.10"): a release's sort key, a dimension of its own, see
    # values.versions.
    "version = [version]",
    # Counts per volume in labs: "200 cells/µL", "50 copies/mL" (each its own dimension).
    "cells = [cells]",
    "copies = [copies]",
    # Milliequivalents of electrolytes ("5.5 mEq/L"): no conversion to moles without a valence.
    "equivalent = [equivalent] = Eq",
    # Throughput in software docs: "10,000 req/s", "50,000 ops/s", "100,000 IOPS".
    # A request, a query and an operation are counted alike ("180,000 requests per second"
    # and "1 million operations per second" state one throughput).
    "operation = [operation] = op",
    "request = operation = req",
    "query = operation",
    "IOPS = operation / second",
    # Fuel use per distance ("5.6 L/100 km"); not the inverse of mpg, which pint cannot convert.
    "liter_per_100km = liter / (100 * kilometer) = L_per_100km",
    # Rates per population ("12 per 100,000 people", "4.2 per 1,000 live births").
    "per_1000 = 1e-3",
    "per_10000 = 1e-4",
    "per_100000 = 1e-5",
    "per_million = 1e-6",
    "dessertspoon = 2 * teaspoon",
    # A person's age or a group's ages ("Ilse Varga, 72", "the 68-year-old farmer", "people
    # aged 25 to 45"): a dimension of its own, never a duration ("72 hours", "for 25 years"),
    # written "72 years old" in a claims file (see spellings.AGE_SPELLINGS).
    "year_of_age = [age]",
    "month_of_age = year_of_age / 12",
    "week_of_age = 7 * day_of_age",
    "day_of_age = year_of_age / 365.25",
    # Audio levels on a logarithmic scale (forms29): loudness against full scale ("-23 LUFS",
    # LKFS is its other name), a difference of loudness ("within 0.5 LU"), a true-peak level
    # ("-1.0 dBTP") and a sample level against full scale ("-60 dBFS"). Each is a dimension of
    # its own, as a decibel is a level of its own: a loudness target never meets a peak ceiling
    # ("-23 LUFS" against "-2 dBTP"), and none converts to dB or to any other unit.
    "loudness_unit_full_scale = [loudness_full_scale] = LUFS = LKFS",
    "loudness_unit = [loudness_difference] = LU",
    "decibel_true_peak = [true_peak_level] = dBTP",
    "decibel_full_scale = [full_scale_level] = dBFS",
    # Counts of living bacteria in a probiotic ("10 billion CFU"), a ship's capacity in
    # containers ("9,400 TEU") and an aquarium's water hardness in German degrees ("10 dGH",
    # "4 dKH"): each counts only with its own kind.
    "colony_forming_unit = [colony_forming_unit] = CFU",
    "twenty_foot_equivalent_unit = [container_capacity] = TEU",
    "degree_general_hardness = [general_hardness] = dGH",
    "degree_carbonate_hardness = [carbonate_hardness] = dKH",
    # A print's resolution: pint reads "dpi" as a dry pint (a volume); "300 dpi" is dots per
    # inch, as "ppi" is pixels per inch (pint: a dot is a pixel).
    "dpi = dots_per_inch",
)
"""Units pint lacks: IU, bpm, mpg, the currencies and their hundredths, percentage points, ppb,
pound-feet of torque, times of day, software versions, ages, audio levels (LUFS, LU, dBTP,
dBFS), CFU, TEU, degrees of water hardness; and "dpi" as dots per inch."""


#: The longest unit string handed to pint ("µg/kg/day", "kilowatt_hour / square_meter / year"
#: are far shorter). pint's parser recurses per operator and evaluates exponents, so what it is
#: given is bounded here: a unit of 400,000 characters took minutes to refuse.
MAX_UNIT_CHARS = 64
# An exponent pint would evaluate into something huge or slow: a power of a power ("m^9^9^9"
# computes 9^387420489 and never returns), a bracketed or decimal-exponent power ("m**(9**9)",
# "m^1e309"), or a power of three digits or more. "m^2", "m**-1", "s^0.5" pass.
_WILD_POWER = re.compile(
    r"(?:\*\*|\^)\s*+(?![-+]?\d{1,2}(?:\.\d+)?(?![\d.eE])(?!\s*(?:\*\*|\^)))"
    r"|[⁰¹²³⁴⁵⁶⁷⁸⁹]{3}"
)


# A length's power written as a plain digit, as people write units in plain text: "Bq/m3",
# "m2", "cm3" are m**3, m**2 and cm**3 (pint would read "cm3" as a prefix and a unit).
_LENGTH_POWER = re.compile(r"(?<![\w*^])(m|cm|mm|km|ft|yd|mi)([23])(?![\w*^.])")


#: The two kinds of concentration a molar mass relates (pint's dimensionality).
_CONCENTRATIONS = {"[substance] / [length] ** 3", "[mass] / [length] ** 3"}


@dataclass(frozen=True, order=True)
class Conversion:
    """A rate between two units pint cannot convert, read one way: one ``unit`` is ``factor``
    ``other`` (one IU of vitamin D is 0.025 µg). A claims file writes it under its subject as
    ``conversions: {IU: 0.025 µg}``; ordered by ``unit`` first, as a subject lists them."""

    unit: str
    """The unit converted from (``IU``), in pint syntax."""
    factor: float
    """How many ``other`` one ``unit`` is (0.025)."""
    other: str
    """The unit converted into (``µg``), in pint syntax."""
    source: str = field(default="", compare=False)
    """Where a rate no document states comes from (``ECB 2025 average``, a reference rate that
    extract falls back on for two currencies); empty for one the documents or the user give."""


#: How many amounts ``Units.to_base`` remembers (a bound on its memory in a huge document).
_BASES_KEPT = 1 << 16


class UnitError(ValueError):
    """A unit pint does not know, or one that cannot convert to the subject's unit."""


def _shown(unit: str | None) -> str:
    """A unit as error messages quote it: repr, cut short so that a huge one does not flood."""
    if unit is not None and len(unit) > 60:
        unit = unit[:59] + "…"
    return repr(unit)


_REGISTRY: pint.UnitRegistry[float] | None = None
"""The process's pint registry, made by the first ``Units()``; nothing defines units in it
afterwards, so every ``Units`` may read it."""


def _registry() -> pint.UnitRegistry[float]:
    """The process's pint registry with factcheck's definitions, made on first use.

    No lock: two threads that both find none each make one and the last kept wins (they are
    equal), and a fork can never inherit a held lock."""
    global _REGISTRY
    registry = _REGISTRY
    if registry is None:
        # pint (0.25 s with the numpy it imports) is imported by the first registry, not with
        # this module: `load` makes the registry on a thread while yaml-rs parses.
        import pint

        # Redefinitions are silent: "dpi" is made dots per inch again (pint: a dry pint).
        registry = pint.UnitRegistry(on_redefinition="ignore")
        # Common spellings pint lacks: "KB" (pint only knows "kB") for kilobytes.
        registry.define("KB = kilobyte")
        for definition in DEFINITIONS:
            registry.define(definition)
        _REGISTRY = registry
    return registry


class Units:
    """Parses unit words and converts numbers between them, caching each pair it has seen.

    Built once per load and passed along. All of a process's ``Units`` read one pint registry
    (``_registry``), made by the first: creating one costs a few hundred ms, and a process that
    loads or extracts again (a library user, the test suite) pays it once.
    """

    def __init__(self) -> None:
        self._registry = _registry()
        self._converters: dict[tuple[str | None, str | None], Converter] = {}
        self._failed: dict[tuple[str | None, str | None], str] = {}
        self._parsed: dict[str, pint.Unit | UnitError] = {}
        self._bases: dict[tuple[float, str], tuple[float, str]] = {}
        self._by_molar_mass: dict[tuple[str, str, float], float] = {}

    def check(self, unit: str) -> None:
        """Raise UnitError unless pint reads ``unit`` as a unit."""
        self._units(unit)

    def converter(
        self,
        source: str | None,
        target: str | None,
        rates: tuple[Conversion, ...] = (),
    ) -> Converter:
        """A function converting numbers from ``source`` to ``target`` units.

        ``None`` means unitless. A unitless value takes its subject's unit (counts, years); a value
        with a unit in a unitless subject must be dimensionless (``30%`` -> 0.3). ``rates`` are a
        subject's own conversions for units pint cannot convert: a ``source`` that cannot convert
        to ``target`` but is a rate's ``unit`` goes through the rate to its ``other`` unit.
        """
        key = (source, target)
        if key not in self._converters and key not in self._failed:
            try:
                self._converters[key] = self._build(source, target)
            except UnitError as error:
                self._failed[key] = str(error)  # a unit met again fails without asking pint
        if key in self._converters:
            return self._converters[key]
        if source is not None:
            for rate in rates:
                if self._units(rate.unit) == self._units(source):
                    then, factor = self.converter(rate.other, target), rate.factor
                    return lambda x: then(x * factor)
        raise UnitError(self._failed[key])

    def by_molar_mass(self, source: str, target: str, grams_per_mole: float) -> Converter:
        """A function converting a molar concentration to a mass concentration or back through a
        substance's molar mass, in pint's ``chemistry`` context: 360 µmol/L of uric acid (168.11
        g/mol) is 6.05 mg/dL. UnitError when the two are not those two kinds."""
        key = (source, target, grams_per_mole)
        factor = self._by_molar_mass.get(key)
        if factor is None:
            registry = self._registry
            kinds = {self.dimensionality(source), self.dimensionality(target)}
            if kinds != _CONCENTRATIONS:
                # The context also relates moles and grams by a volume, which we never know.
                raise UnitError(
                    f"unit {_shown(source)} cannot convert to {_shown(target)} by a molar mass"
                )
            converted = registry.Quantity(1.0, self._units(source)).to(
                self._units(target), "chemistry", mw=registry.Quantity(grams_per_mole, "g/mol")
            )
            factor = self._by_molar_mass[key] = float(converted.magnitude)
        return lambda x: x * factor

    def dimensionality(self, unit: str) -> str:
        """pint's dimensionality of ``unit``, e.g. ``[mass] / [length] ** 3``; UnitError if unknown."""
        return str(self._units(unit).dimensionality)

    def to_base(self, value: float, unit: str) -> tuple[float, str]:
        """``value`` in ``unit`` as a magnitude in base units and their name: 4.5 mg is
        (4.5e-06, ``kilogram``), -15 degC (258.15, ``kelvin``); UnitError when pint cannot."""
        key = (value, unit)
        found = self._bases.get(key)
        if found is None:
            import pint

            # Cached: grouping asks for every amount several times, and documents repeat
            # figures ("5 mg"); pint builds and names a quantity slowly.
            try:
                base = self._registry.Quantity(value, self._units(unit)).to_base_units()
            except (pint.errors.PintError, ValueError):
                raise UnitError(f"unit {_shown(unit)} has no base units") from None
            if len(self._bases) >= _BASES_KEPT:
                self._bases.clear()
            found = self._bases[key] = (float(base.magnitude), str(base.units))
        return found

    def _units(self, unit: str) -> pint.Unit:
        if unit not in self._parsed:
            if len(unit) > MAX_UNIT_CHARS:
                self._parsed[unit] = UnitError(
                    f"unit {_shown(unit)} is {len(unit):,} characters long, over the limit of "
                    f"{MAX_UNIT_CHARS}"
                )
            elif _WILD_POWER.search(unit):
                self._parsed[unit] = UnitError(
                    f"unit {_shown(unit)}: write powers as small whole numbers, e.g. m^2 or s**-1"
                )
            else:
                try:
                    self._parsed[unit] = self._registry.parse_units(
                        _LENGTH_POWER.sub(r"\1**\2", unit)
                    )
                except Exception:
                    self._parsed[unit] = UnitError(f"unknown unit {_shown(unit)}")
        parsed = self._parsed[unit]
        if isinstance(parsed, UnitError):
            raise parsed
        return parsed

    def _build(self, source: str | None, target: str | None) -> Converter:
        import pint

        if source is None or source == target:
            return _identity
        source_units = self._units(source)
        target_units = self._units(target) if target is not None else self._registry.dimensionless
        try:
            factor = float(self._registry.Quantity(1.0, source_units).to(target_units).magnitude)
        except pint.errors.DimensionalityError:
            wanted = target if target is not None else "a plain number"
            raise UnitError(f"unit {_shown(source)} cannot convert to {_shown(wanted)}") from None
        except pint.errors.OffsetUnitCalculusError:
            factor = float("nan")
        except Exception:
            raise UnitError(f"unit {_shown(source)} cannot convert to {_shown(target)}") from None
        offset = self._registry.Quantity(0.0, source_units).to(target_units).magnitude
        if factor == factor and offset == 0:
            return lambda x: x * factor
        registry = self._registry
        return lambda x: float(registry.Quantity(x, source_units).to(target_units).magnitude)


def _identity(x: float) -> float:
    return x

"""One kind of unit per subject: `check` compares a subject's values in its unit.

A group of drafts may hold units pint cannot convert into each other: an amount and its
restatement ("15 mcg (600 IU)", "1.4 mmol/L (55 mg/dL)"). When the documents state the ratio, the
subject keeps them all and declares it (``conversions: {IU: 0.025 µg}``); so it does for a
molar and a mass concentration of the one analyte its drafts name ("serum urate below 360
µmol/L", "urate in the blood below 5 mg/dL": ``conversions: {µmol/L: 0.016811 mg/dL}``, through
uric acid's molar mass). Otherwise the drafts in the other unit get a subject of their own,
named after their unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.drafts import Draft
from factcheck.extract.grouping.analytes import MASS, MOLAR, Analyte, one
from factcheck.extract.grouping.equivalence import Conversions, base_amount
from factcheck.extract.ids import slug, unique
from factcheck.values.units import Conversion, Units


def one_unit_kind(
    names: list[str],
    drafts: Sequence[Draft],
    conversions: Conversions,
    units: Units,
    analytes: Sequence[frozenset[Analyte]] = (),
) -> tuple[list[str], dict[str, tuple[Conversion, ...]]]:
    """The drafts' subject names, each group reduced to one kind of unit, and the rates a
    subject declares for the units it keeps beside its own.

    The kind of the first unit written keeps the name; drafts without a unit or in % stay.
    ``analytes`` (by draft) are those each concentration's sentence names: a subject whose
    drafts name one between them, and none two, converts its molar and mass concentrations by
    that analyte's molar mass.
    """
    kinds = [_kind(draft, units) for draft in drafts]
    members: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        members.setdefault(name, []).append(index)
    taken = set(names)
    tried: dict[str, int] = {}
    renamed = list(names)
    rates: dict[str, tuple[Conversion, ...]] = {}
    for name, indexes in members.items():
        written_kinds = [(k, drafts[i].mention.amount.unit) for i in indexes if (k := kinds[i])]
        if len({k for k, _ in written_kinds}) < 2:
            continue
        # The subject's unit is the first one written (see merge), so its kind keeps the name.
        keep, unit = written_kinds[0]
        declared: dict[str, Conversion] = {}
        new_names: dict[str | None, str] = {}
        analyte = one(analytes[i] for i in indexes) if analytes else None
        for i in indexes:
            kind, written = kinds[i], drafts[i].mention.amount.unit
            if kind is None or kind == keep or written in declared:
                continue
            rate = _by_molar_mass(written, kind, keep, unit, analyte, units) or _rate(
                written, kind, keep, unit, conversions, units
            )
            if rate is not None:
                declared[written] = rate
                continue
            if kind not in new_names:
                new_names[kind] = unique(f"{name}-{slug(written.replace('µ', 'u'))}", taken, tried)
            renamed[i] = new_names[kind]
        if declared:
            rates[name] = tuple(sorted(declared.values()))
    return renamed, rates


def _kind(draft: Draft, units: Units) -> str | None:
    """The base units of a draft's unit (which units convert into each other), None for none."""
    amount = base_amount(draft.mention, units)
    return amount.unit if amount is not None else None


def _by_molar_mass(
    written: str, kind: str, keep: str, unit: str, analyte: Analyte | None, units: Units
) -> Conversion | None:
    """One ``written`` as an amount of ``unit`` through the analyte's molar mass (one µmol/L of
    uric acid is 0.016811 mg/dL), if one is a molar and the other a mass concentration."""
    if analyte is None or analyte.grams_per_mole is None or {kind, keep} != {MOLAR, MASS}:
        return None
    factor = units.by_molar_mass(written, unit, analyte.grams_per_mole)(1.0)
    source = f"molar mass of {analyte.name} {analyte.grams_per_mole:g} g/mol, {analyte.source}"
    return Conversion(written, float(f"{factor:.9g}"), unit, source=source)


def _rate(
    written: str, kind: str, keep: str, unit: str, conversions: Conversions, units: Units
) -> Conversion | None:
    """One ``written`` as an amount of ``unit`` (one IU is 0.025 µg), if the documents state the
    ratio between the two kinds; else None."""
    forward, backward = conversions.lookup(kind), conversions.lookup(keep)
    if forward is not None and forward.other == keep:
        factor, used = forward.factor, [forward]
    elif backward is not None and backward.other == kind:
        factor, used = 1 / backward.factor, [backward]
    elif forward is not None and backward is not None and forward.other == backward.other:
        # Both read in a third unit (kronor and dollars each in euros).
        factor, used = forward.factor / backward.factor, [forward, backward]
    else:
        return None
    quantity = units.to_base(1.0, written)[0] * factor
    # A reference rate (no document states it) says so, whatever else it goes through.
    source = next((rate.source for rate in used if rate.source), "")
    return Conversion(written, units.converter(keep, unit)(quantity), unit, source=source)

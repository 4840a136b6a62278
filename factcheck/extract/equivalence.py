"""When two written values state one amount: pint conversions and unit ratios a corpus restates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pint

from factcheck.extract.mentions import Mention
from factcheck.extract.units import registry

# "15 mcg (600 IU)", "400 IU or 10 mcg", "1.2 g / 1,200 mg": the second value restates the first.
_RESTATING_RE = re.compile(r"\s*(?:\(|\[|/|=|,?\s+or\s+|,\s+i\.e\.,?\s+)\s*(?:about\s+|~\s*)?\Z")
# "5 mg or even 10 mg": values offered as alternatives for one quantity.
_ALTERNATIVE_RE = re.compile(r"\A\s*,?\s+or\s+(?:even\s+|perhaps\s+|maybe\s+|sometimes\s+)?\Z")
_SIGNIFICANT = 9


@dataclass(frozen=True)
class Amount:
    """A value in base units (``kilogram``, ``second``), or in the unit the corpus maps it to."""

    unit: str
    low: float
    high: float


@dataclass(frozen=True)
class Conversions:
    """Ratios between units pint cannot convert, read from restatements in the documents.

    ``factors[unit] = (other, k)`` means 1 ``unit`` states the same amount as k ``other``.
    """

    factors: tuple[tuple[str, str, float], ...] = ()

    def lookup(self, unit: str) -> tuple[str, float] | None:
        """The unit and factor ``unit`` maps to, if the corpus restated it in another unit."""
        for source, target, factor in self.factors:
            if source == unit:
                return target, factor
        return None


def restated_pairs(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Index pairs (i, i + 1) where mention i + 1 restates mention i in another unit.

    The second value follows the first directly ("15 mcg (600 IU)", "60 minutes or 1 hour") and
    either has another dimension or converts to the same amount; "5 mg or 10 mg" is no restatement.
    """
    pairs: list[tuple[int, int]] = []
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if not (first.unit and second.unit) or first.unit == second.unit:
            continue
        if not _RESTATING_RE.search(text[first.span[1] : second.span[0]]):
            continue
        a, b = base_amount(first), base_amount(second)
        if a is None or b is None:
            continue
        if a.unit != b.unit or (a.low, a.high) == (b.low, b.high):
            pairs.append((index, index + 1))
    return pairs


def alternative_pairs(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Index pairs (i, i + 1) of values in one unit offered as alternatives ("5 mg or 10 mg")."""
    return [
        (index, index + 1)
        for index in range(len(mentions) - 1)
        if mentions[index].unit
        and mentions[index].unit == mentions[index + 1].unit
        and _ALTERNATIVE_RE.match(text[mentions[index].span[1] : mentions[index + 1].span[0]])
    ]


def learn(pairs: Iterable[tuple[Mention, Mention]]) -> Conversions:
    """Unit ratios stated by restatements whose units pint cannot convert, first stated wins.

    Both directions map to the unit that sorts first, so one canonical unit names the amount.
    """
    factors: dict[str, tuple[str, float]] = {}
    for first, second in pairs:
        a, b = base_amount(first), base_amount(second)
        if a is None or b is None or a.unit == b.unit or a.low == 0:
            continue
        (low_unit, low_value), (high_unit, high_value) = sorted([(a.unit, a.low), (b.unit, b.low)])
        if high_unit not in factors:
            factors[high_unit] = (low_unit, low_value / high_value)
    return Conversions(tuple(sorted((u, t, f) for u, (t, f) in factors.items())))


def base_amount(mention: Mention, conversions: Conversions | None = None) -> Amount | None:
    """The mention's value in base units (mapped by ``conversions``), or None without a unit."""
    if not mention.unit or mention.unit == "%":
        return None
    try:
        low = registry().Quantity(mention.low, mention.unit).to_base_units()
        high = registry().Quantity(mention.high, mention.unit).to_base_units()
    except (pint.errors.PintError, ValueError):
        return None
    unit = str(low.units)
    factor = 1.0
    mapped = conversions.lookup(unit) if conversions else None
    if mapped is not None:
        unit, factor = mapped
    return Amount(
        unit, _round(float(low.magnitude) * factor), _round(float(high.magnitude) * factor)
    )


def _round(x: float) -> float:
    return float(f"{x:.{_SIGNIFICANT}g}")

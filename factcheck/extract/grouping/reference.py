"""Reference exchange rates: what extract falls back on for two currencies no document relates.

``factcheck/data/reference-rates.json`` holds a year's average of the ECB's euro foreign
exchange reference rates (written by ``scripts/reference_rates.py``, read offline). A subject
that compares money at such a rate says so in the claims file and declares a tolerance wide
enough for the rate's drift (see docs/extract.md, "Reference rates").
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factcheck.values.units import Conversion


@dataclass(frozen=True)
class ReferenceRates:
    """Each currency's average rate to the euro, and how far a pair's rate drifted that year."""

    label: str
    """How a claims file names the rates: ``ECB 2025 average``."""
    per_euro: dict[str, float]
    """Units of each currency one euro bought on average (``USD``: 1.12998)."""
    tolerance: float
    """The least relative tolerance a subject declares with a reference rate (0.10)."""
    drift: dict[frozenset[str], float]
    """Pairs whose daily rate strayed further than ``tolerance`` from the average: how far."""
    unrelated: frozenset[frozenset[str]]
    """Pairs whose rate strayed so far that no average stands for it: no reference rate."""

    def rate(self, unit: str, other: str) -> Conversion | None:
        """One ``unit`` in ``other`` at the average, or None for a pair the rates do not cover."""
        pair = frozenset((unit, other))
        if unit == other or pair in self.unrelated:
            return None
        if unit not in self.per_euro or other not in self.per_euro:
            return None
        factor = float(f"{self.per_euro[other] / self.per_euro[unit]:.9g}")
        return Conversion(unit, factor, other, source=self.label)

    def tolerance_for(self, unit: str, other: str) -> float:
        """The relative tolerance comparing ``unit`` and ``other`` at the average asks for: the
        pair's drift over the year rounded up to a whole percent, at least ``tolerance``."""
        drift = self.drift.get(frozenset((unit, other)), 0.0)
        return max(self.tolerance, math.ceil(drift * 100 - 1e-9) / 100)


@cache
def reference_rates() -> ReferenceRates:
    """The rates the package ships (read once per process)."""
    text = resources.files("factcheck").joinpath("data/reference-rates.json").read_text("utf-8")
    data = json.loads(text)
    return ReferenceRates(
        label=data["label"],
        per_euro={code: float(rate) for code, rate in data["per_euro"].items()},
        tolerance=float(data["tolerance"]),
        drift={frozenset(pair.split("/")): float(x) for pair, x in data["drift"].items()},
        unrelated=frozenset(frozenset(pair.split("/")) for pair in data["unrelated"]),
    )

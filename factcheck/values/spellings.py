"""Unit spellings: every way a unit is written in prose or a claims file, and the one factcheck uses."""

from __future__ import annotations

import re

from factcheck.values.units import CURRENCIES

# Surface spellings read after a number, by canonical unit (pint syntax). Only these are ever
# handed to pint from prose: a word not listed here is a counted noun ("354 LDN-treated
# patients"), never an invented unit.
UNIT_SPELLINGS: dict[str, str] = {
    # mass
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "µg", "µg": "µg", "μg": "µg",
    "microgram": "µg", "micrograms": "µg", "ng": "ng", "nanogram": "ng", "nanograms": "ng",
    "g": "g", "gram": "g", "grams": "g", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilos": "kg", "kilo": "kg", "kgs": "kg",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz",
    "ounces": "oz", "IU": "IU", "iu": "IU", "international units": "IU",
    # volume and concentration
    "ml": "mL", "mL": "mL", "milliliter": "mL", "milliliters": "mL", "millilitre": "mL",
    "millilitres": "mL", "L": "L", "liter": "L", "liters": "L", "litre": "L", "litres": "L",
    "cup": "cup", "cups": "cup", "teaspoon": "teaspoon", "teaspoons": "teaspoon",
    "tsp": "teaspoon", "tablespoon": "tablespoon", "tablespoons": "tablespoon",
    "tbsp": "tablespoon", "ng/mL": "ng/mL", "ng/ml": "ng/mL", "mg/dL": "mg/dL",
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
    "%": "%", "percent": "%", "per cent": "%", "pct": "%",
    # time
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms", "s": "second", "sec": "second",
    "secs": "second", "second": "second", "seconds": "second", "min": "minute",
    "mins": "minute", "minute": "minute", "minutes": "minute", "h": "hour", "hr": "hour",
    "hrs": "hour", "hour": "hour", "hours": "hour", "day": "day",
    "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year",
    "yrs": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century",
    # length, temperature, angle, energy, pressure, frequency, data
    "mm": "mm", "cm": "cm", "m": "m", "km": "km", "inch": "inch", "inches": "inch",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "kilometre": "km",
    "kilometres": "km", "kilometer": "km", "kilometers": "km", "centimetre": "cm",
    "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "millimetre": "mm",
    "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "ft": "ft", "foot": "ft", "feet": "ft", "mile": "mile", "miles": "mile",
    "nautical mile": "nautical_mile", "nautical miles": "nautical_mile", "nmi": "nautical_mile",
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
    "p": "pence", "pence": "pence", "¢": "cent", "cents": "cent", "US cents": "cent",
    # currencies written after the number ("42 yen", "6.4 billion yuan", "12 sen")
    **{code: code for code in CURRENCIES}, "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS",
    "krona": "SEK", "kronor": "SEK", "Swedish kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "Norwegian kroner": "NOK", "Danish kroner": "DKK", "won": "KRW", "ringgit": "MYR",
    "rand": "ZAR", "naira": "NGN", "francs": "CHF", "Swiss francs": "CHF", "baht": "THB",
    "rupiah": "IDR", "pesos": "MXN", "roubles": "RUB", "rubles": "RUB", "lira": "TRY",
    "zloty": "PLN", "dirhams": "AED", "riyals": "SAR", "Australian dollars": "AUD",
    "Canadian dollars": "CAD", "New Zealand dollars": "NZD", "Hong Kong dollars": "HKD",
    "Singapore dollars": "SGD", "Taiwan dollars": "TWD", "sen": "sen", "paise": "paisa",
    # speeds, power, torque
    "mph": "mph", "miles per hour": "mph", "miles an hour": "mph", "kph": "kph", "km/h": "kph",
    "km/hr": "kph", "kmh": "kph", "kilometres per hour": "kph", "kilometers per hour": "kph",
    "kilometres an hour": "kph", "kilometers an hour": "kph", "m/s": "m/s",
    "metres per second": "m/s", "meters per second": "m/s", "km/s": "km/s",
    "kilometres per second": "km/s", "kilometers per second": "km/s", "knots": "knot",
    "hp": "hp", "bhp": "hp", "horsepower": "hp", "lb-ft": "pound_force_foot",
    "lb ft": "pound_force_foot", "pound-feet": "pound_force_foot",
    "pound-foot": "pound_force_foot", "pounds-feet": "pound_force_foot", "Nm": "N*m",
    "newton metres": "N*m", "newton-metres": "N*m",
    # shares and points ("24pc"; "3 percentage points" is no percent)
    "pc": "%", "percentage point": "percentage_point", "percentage points": "percentage_point",
    "pp": "percentage_point", "basis points": "basis_point",
    "points": "point", "point": "point", "pts": "point", "pt": "point", "pint": "pint",
    "pints": "pint",
    # temperature (the bare letters only glued: "31.6C", "203F"; see UnitWords.at)
    "C": "degC", "F": "degF", "degC": "degC", "degF": "degF", "Celsius": "degC",
    "Fahrenheit": "degF", "degrees C": "degC", "degrees F": "degF", "kelvin": "K",
    "millikelvin": "mK", "nanokelvin": "nK",
    # length, area, volume in news
    "yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard", "nm": "nm",
    "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
    "µm": "µm", "μm": "µm", "micrometre": "µm", "micrometres": "µm", "micrometer": "µm",
    "micrometers": "µm", "micron": "µm", "microns": "µm", "light-years": "light_year",
    "light-year": "light_year", "light years": "light_year", "astronomical units": "au",
    "AU": "au", "sq km": "km**2", "square kilometres": "km**2", "square kilometers": "km**2",
    "square miles": "mile**2", "square mile": "mile**2", "acre-feet": "acre_foot", "acre-foot": "acre_foot",
    "acre feet": "acre_foot", "acre foot": "acre_foot", "acre-ft": "acre_foot", "acre": "acre", "acres": "acre",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare", "sq metres": "m**2",
    "sq meters": "m**2", "sqm": "m**2", "cubic metres": "m**3",
    "cubic meters": "m**3", "cubic metre": "m**3", "barrels": "barrel", "barrel": "barrel",
    "barrels per day": "barrel/day", "barrels a day": "barrel/day", "bpd": "barrel/day",
    "gallons": "gallon", "gallon": "gallon", "US gallons": "gallon", "US gallon": "gallon",
    "U.S. gallons": "gallon", "U.S. gallon": "gallon", "imperial gallons": "imperial_gallon",
    "imperial gallon": "imperial_gallon", "UK gallons": "imperial_gallon",
    "UK gallon": "imperial_gallon", "fl oz": "fluid_ounce", "fl. oz.": "fluid_ounce",
    "fluid ounces": "fluid_ounce", "fluid ounce": "fluid_ounce", "quarts": "quart",
    "quart": "quart", "bushels": "bushel", "carats": "carat",
    "tons": "ton", "ton": "ton", "metric tons": "t", "metric ton": "t",
    "kilotonnes": "kt", "megatonnes": "Mt",
    # concentration, pressure, radiation, fields, light
    "ppm": "ppm", "parts per million": "ppm", "ppb": "ppb", "parts per billion": "ppb",
    "millibars": "mbar", "millibar": "mbar", "hPa": "hPa", "atmospheres": "atm",
    "atm": "atm", "bar": "bar", "psi": "psi", "gray": "Gy", "grays": "Gy", "Gy": "Gy",
    "sieverts": "Sv", "millisieverts": "mSv", "mSv": "mSv", "tesla": "tesla", "teslas": "tesla",
    "lumens": "lm", "lumen": "lm", "nits": "nit", "nit": "nit", "moles": "mol", "mole": "mol",
    "mol": "mol", "ohm metres": "ohm*m", "ohm-metres": "ohm*m", "ohm meters": "ohm*m",
    # electricity and data in news
    "MW": "MW", "megawatt": "MW", "megawatts": "MW", "GW": "GW", "gigawatt": "GW",
    "gigawatts": "GW", "TW": "TW", "terawatts": "TW", "mA": "mA", "coulombs": "coulomb",
    "hertz": "Hz", "Ghz": "GHz", "Mhz": "MHz", "Khz": "kHz", "kilohertz": "kHz", "megahertz": "MHz", "gigahertz": "GHz", "THz": "THz",
    "kbps": "kbit/s", "Kbps": "kbit/s", "Mbps": "Mbit/s", "Mb/s": "Mbit/s", "Gbps": "Gbit/s",
    "Gb/s": "Gbit/s", "Tbps": "Tbit/s", "Pbps": "Pbit/s", "megabits per second": "Mbit/s",
    "gigabits per second": "Gbit/s", "PB": "PB", "petabytes": "PB", "terabytes": "TB",
    "gigabytes": "GB", "megabytes": "MB", "MP": "megapixel", "megapixels": "megapixel",
    "megapixel": "megapixel", "pixels": "pixel", "pixel": "pixel", "px": "pixel", "Wh/kg": "Wh/kg", "µs": "µs", "microseconds": "µs",
    "microsecond": "µs", "ns": "ns", "nanoseconds": "ns",
    # radioactivity, its concentration, and doses of radiation ("4 pCi/L" is 148 Bq/m³)
    **{f"{p}Bq": f"{p}Bq" for p in ("", "k", "M", "G", "T")}, "becquerels": "Bq",
    "becquerel": "Bq", **{f"{p}Ci": f"{p}Ci" for p in ("m", "µ", "n", "p")},
    "curies": "Ci", "curie": "Ci", "picocuries": "pCi", "millicuries": "mCi",
    "Bq/m³": "Bq/m**3", "Bq/m3": "Bq/m**3", "Bq m-3": "Bq/m**3", "Bq/m^3": "Bq/m**3",
    "becquerels per cubic metre": "Bq/m**3", "becquerels per cubic meter": "Bq/m**3",
    "Bq per cubic metre": "Bq/m**3", "Bq per cubic meter": "Bq/m**3", "Bq/L": "Bq/L",
    "Bq/l": "Bq/L", "becquerels per litre": "Bq/L", "becquerels per liter": "Bq/L", "Bq/kg": "Bq/kg",
    "becquerels per kilogram": "Bq/kg", "pCi/L": "pCi/L", "pCi/l": "pCi/L",
    "picocuries per liter": "pCi/L", "picocuries per litre": "pCi/L", "Sv": "Sv", "µSv": "µSv",
    "μSv": "µSv", "uSv": "µSv", "microsieverts": "µSv", "microsievert": "µSv",
    "millisievert": "mSv", "sievert": "Sv", "µSv/h": "µSv/h", "μSv/h": "µSv/h", "uSv/h": "µSv/h",
    "µSv/hr": "µSv/h", "μSv/hr": "µSv/h", "microsieverts per hour": "µSv/h",
    "microsieverts an hour": "µSv/h", "µSv per hour": "µSv/h", "μSv per hour": "µSv/h",
    "mSv/h": "mSv/h", "mGy": "mGy", "milligrays": "mGy",
    # concentrations in medicine and labs
    "mg/mL": "mg/mL", "mg/ml": "mg/mL", "mg/L": "mg/L", "mg/l": "mg/L", "IU/mL": "IU/mL",
    "IU/ml": "IU/mL", "units/mL": "IU/mL", "units/ml": "IU/mL", "IU/L": "IU/L", "mIU/L": "mIU/L",
    "mIU/l": "mIU/L", "mU/L": "mIU/L", "mIU/mL": "mIU/mL", "µIU/mL": "µIU/mL", "μIU/mL": "µIU/mL",
    "µg/dL": "µg/dL", "μg/dL": "µg/dL", "ug/dL": "µg/dL", "mcg/dL": "µg/dL", "µg/dl": "µg/dL",
    "mcg/dl": "µg/dL", "μg/dl": "µg/dL", "µg/mL": "µg/mL", "μg/mL": "µg/mL", "ng/L": "ng/L",
    "ng/l": "ng/L", "ng/dL": "ng/dL", "ng/dl": "ng/dL", "pmol/L": "pmol/L", "pmol/l": "pmol/L",
    "µmol/L": "µmol/L", "μmol/L": "µmol/L", "umol/L": "µmol/L", "µmol/l": "µmol/L",
    "umol/l": "µmol/L", "μmol/l": "µmol/L", "mmol/mol": "mmol/mol", "mEq/L": "mEq/L",
    "mEq/l": "mEq/L", "meq/L": "mEq/L", "mEq": "mEq", "cells/µL": "cells/µL", "cells/μL": "cells/µL",
    "cells/uL": "cells/µL", "cells/mm³": "cells/mm**3", "cells/mm3": "cells/mm**3",
    "cells per microlitre": "cells/µL", "cells per microliter": "cells/µL",
    "cells per cubic millimetre": "cells/mm**3", "copies/mL": "copies/mL",
    "copies/ml": "copies/mL", "copies per millilitre": "copies/mL",
    "copies per milliliter": "copies/mL", "mL/min": "mL/min", "ml/min": "mL/min",
    "mL/minute": "mL/min", "µg/kg": "µg/kg", "μg/kg": "µg/kg", "mcg/kg": "µg/kg", "g/kg": "g/kg",
    "mmol": "mmol", "µmol": "µmol", "μmol": "µmol",
    # per-population rates ("12 per 100,000 people", "4.2 per 1,000 live births")
    **{
        f"per {number}{noun}": rate
        for number, rate in (
            ("1,000", "per_1000"), ("1000", "per_1000"), ("thousand", "per_1000"),
            ("10,000", "per_10000"), ("10000", "per_10000"), ("100,000", "per_100000"),
            ("100000", "per_100000"), ("100 000", "per_100000"), ("million", "per_million"),
            ("1 million", "per_million"),
        )
        for noun in ("", " people", " population", " residents", " inhabitants", " persons",
                     " live births", " births", " adults", " children", " women", " men",
                     " patients", " person-years", " pupils", " workers", " deliveries")
    },
    # flow
    "L/min": "L/min", "l/min": "L/min", "lpm": "L/min", "litres per minute": "L/min",
    "liters per minute": "L/min", "litres a minute": "L/min", "liters a minute": "L/min",
    "L/s": "L/s", "l/s": "L/s", "litres per second": "L/s", "liters per second": "L/s",
    "gallons per minute": "gallon/minute", "gallons a minute": "gallon/minute",
    "gpm": "gallon/minute", "GPM": "gallon/minute", "gallons per day": "gallon/day",
    "m³/s": "m**3/s", "m3/s": "m**3/s", "cumecs": "m**3/s", "cubic metres per second": "m**3/s",
    "cubic meters per second": "m**3/s", "m³/h": "m**3/h", "m3/h": "m**3/h",
    "cubic feet per second": "ft**3/s", "cfs": "ft**3/s", "ft³/s": "ft**3/s",
    # speeds, accelerations, rotation
    "m/s²": "m/s**2", "m/s2": "m/s**2", "m/s^2": "m/s**2", "metres per second squared": "m/s**2",
    "meters per second squared": "m/s**2", "ft/s": "ft/s", "feet per second": "ft/s",
    "kmph": "kph", "km/hour": "kph", "rpm": "rpm", "RPM": "rpm",
    # a length per second or per hour in words ("17 km per second", "25 miles a second")
    **{
        f"{length} {per} {period}": {"km/hour": "kph", "mile/hour": "mph"}.get(
            f"{canonical}/{base}", f"{canonical}/{base}"
        )
        for length, canonical in (("km", "km"), ("kilometres", "km"), ("kilometers", "km"),
                                  ("miles", "mile"), ("metres", "m"), ("meters", "m"),
                                  ("feet", "ft"))
        for per in ("per", "a", "an", "each")
        for period, base in (("second", "s"), ("hour", "hour"))
        if (per == "an") == (period == "hour")
    },
    "revolutions per minute": "rpm",
    # electricity
    "kVA": "kVA", "MVA": "MVA", "VA": "VA", "kWp": "kW", "Wp": "W", "MWp": "MW",
    "kilowatts peak": "kW", "Ah": "Ah", "amp-hours": "Ah", "amp hours": "Ah",
    "ampere-hours": "Ah", "A": "A", "kV": "kV", "kilovolts": "kV", "kilovolt": "kV", "mV": "mV",
    "millivolts": "mV", "mW": "mW", "milliwatts": "mW", "milliwatt": "mW", "kVAh": "kVA*h",
    # data rates and sizes, throughput
    "GiB/s": "GiB/s", "MiB/s": "MiB/s", "KiB/s": "KiB/s", "MB/s": "MB/s", "GB/s": "GB/s",
    "kB/s": "kB/s", "KB/s": "kB/s", "TB/s": "TB/s", "Gbit/s": "Gbit/s", "Mbit/s": "Mbit/s",
    "kbit/s": "kbit/s", "req/s": "req/s", "reqs/s": "req/s", "requests/s": "req/s",
    "requests per second": "req/s", "requests a second": "req/s", "rps": "req/s",
    "RPS": "req/s", "ops/s": "op/s", "op/s": "op/s", "ops/sec": "op/s",
    "operations per second": "op/s", "operations a second": "op/s", "IOPS": "IOPS",
    # what a program handles, counted per second as operations are ("300,000 messages a second")
    **{
        f"{thing} {per} second": "op/s"
        for thing in ("messages", "events", "records", "rows", "jobs", "tasks", "transactions",
                      "lookups", "writes", "reads", "inserts", "documents", "packets")
        for per in ("per", "a", "each")
    },
    # a data size per second in words ("80 MB per second", "2 gigabytes a second")
    **{
        f"{size} {per} second": f"{canonical}/s"
        for size, canonical in (("kB", "kB"), ("KB", "kB"), ("MB", "MB"), ("GB", "GB"),
                                ("TB", "TB"), ("KiB", "KiB"), ("MiB", "MiB"), ("GiB", "GiB"),
                                ("kilobytes", "kB"), ("megabytes", "MB"), ("gigabytes", "GB"),
                                ("terabytes", "TB"))
        for per in ("per", "a", "each")
    },
    "queries per second": "query/s", "QPS": "query/s", "qps": "query/s",
    "TiB": "TiB", "gibibytes": "GiB", "mebibytes": "MiB", "kilobytes": "kB", "bits": "bit",
    "Gbit": "Gbit", "Mbit": "Mbit", "kbit": "kbit", "Kbit": "kbit",
    # one of a data unit, after "a", "half a", "one" ("half a megabyte", "one gigabyte")
    "byte": "B", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
    "petabyte": "PB", "kibibyte": "KiB", "kibibytes": "KiB", "mebibyte": "MiB",
    "gibibyte": "GiB", "tebibyte": "TiB", "tebibytes": "TiB",
    # fuel and emissions (the gas's name dropped: "120 g CO2/km" is 120 g/km)
    **{
        f"{mass}{gas}{base}": f"{canonical}{over}"
        for mass, canonical in (("g", "g"), ("kg", "kg"), ("t", "t"), ("kt", "kt"),
                                ("Mt", "Mt"), ("Gt", "Gt"))
        for gas in ("CO2", "CO2e", "CO₂", "CO₂e", " CO2", " CO2e", " CO₂", " CO₂e", "CO2eq",
                    " CO2eq")
        for base, over in (("", ""), ("/km", "/km"), ("/kWh", "/kWh"), ("/mile", "/mile"))
    },
    "g/km": "g/km", "g/kWh": "g/kWh", "g/mile": "g/mile", "grams per kilometre": "g/km",
    "grams per kilometer": "g/km", "grams per mile": "g/mile",
    "L/100 km": "L_per_100km", "L/100km": "L_per_100km", "l/100 km": "L_per_100km",
    "l/100km": "L_per_100km", "litres per 100 km": "L_per_100km",
    "liters per 100 km": "L_per_100km", "litres per 100 kilometres": "L_per_100km",
    "liters per 100 kilometers": "L_per_100km", "Mt": "Mt", "Gt": "Gt",
    "gigatonnes": "Gt", "megatons": "Mt", "gigatons": "Gt",
    # light and sound
    "lux": "lx", "lx": "lx", "lm": "lm", "dBA": "dB", "dB(A)": "dB", "dBa": "dB", "dBC": "dB",
    "dB(C)": "dB", "cd/m²": "nit", "cd/m2": "nit", "candela": "cd",
    # audio levels against full scale, a loudness difference, a true peak (forms29), and a
    # sample's bit depth ("24-bit", "16 bit")
    "LUFS": "LUFS", "LKFS": "LUFS", "LU": "LU", "dBTP": "dBTP", "dB TP": "dBTP",
    "dBFS": "dBFS", "bit": "bit",
    # colony-forming units, containers, water hardness, print resolution
    "CFU": "CFU", "TEU": "TEU", "TEUs": "TEU", "dGH": "dGH", "dKH": "dKH", "dpi": "dpi",
    "ppi": "ppi",
    # area and volume as written
    "sq. ft.": "ft**2", "sq. ft": "ft**2", "sq.ft.": "ft**2", "sqft": "ft**2",
    "sq mi": "mile**2", "sq. mi.": "mile**2", "km2": "km**2", "sq. km": "km**2",
    "cubic feet": "ft**3", "cubic foot": "ft**3", "cu ft": "ft**3", "cu. ft.": "ft**3",
    "ft³": "ft**3", "cubic yards": "yard**3", "cubic yard": "yard**3", "cc": "cc",
    "m³": "m**3", "m3": "m**3", "cubic centimetres": "cc", "cubic centimeters": "cc",
    "cm³": "cc", "cm3": "cc", "dl": "dL", "dL": "dL", "decilitres": "dL", "decilitre": "dL",
    "cl": "cL", "cL": "cL", "centilitres": "cL", "centilitre": "cL", "kl": "kL", "kL": "kL",
    "megalitres": "ML", "megaliters": "ML",
    # cooking
    "Tbsp": "tablespoon", "Tbs": "tablespoon", "tbs": "tablespoon", "tbsps": "tablespoon",
    "tsps": "teaspoon", "dessertspoons": "dessertspoon",
    "dessertspoon": "dessertspoon",
    # time as written
    "mo": "month", "mos": "month", "mth": "month", "mths": "month",
}  # fmt: skip
"""Spellings of units, by the canonical unit they write (pint syntax, singular: ``mg``, ``%``,
``hour``, ``µg``)."""

# Spellings that are only units when written exactly so (a lone "m" or "s" must not be "M"/"S").
CASE_SENSITIVE = frozenset({
    "m", "m2", "s", "g", "h", "L", "V", "W", "Wh", "kW", "kWh", "mAh", "MB", "GB", "TB", "KB", "kB", "ms",
    "mL", "MWh", "GWh", "TWh", "p", "C", "F", "AU", "MW", "GW", "TW", "MP", "PB",
    "nm", "ha", "pp", "mA", "Nm", "Gy", "ns", "won", "rand", "sen", "bar",
    "Kbps", "kbps", "Mbps", "Gbps", "Tbps", "Pbps", "mSv", "hPa", "atm", "bpd", "pc", "pts", "pt",
    "Bq", "kBq", "MBq", "GBq", "TBq", "mCi", "µCi", "nCi", "pCi", "Sv", "µSv", "uSv", "mGy",
    "A", "Ah", "VA", "kVA", "lux", "MVA", "kV", "mV", "mW", "Wp", "kWp", "MWp", "lm", "lx", "cc", "dl",
    "dL", "cl", "cL", "kl", "kL", "Mt", "Gt", "mo", "mos", "sf", "rps", "RPS", "QPS", "qps",
    "IOPS", "gpm", "GPM", "cfs", "mEq", "dBa", "dBA", "dBC", "Tbsp", "Tbs", "tbs", "cumecs",
    "LUFS", "LKFS", "LU", "dBTP", "dB TP", "dBFS", "CFU", "TEU", "TEUs", "dGH", "dKH",
    *CURRENCIES,
})  # fmt: skip

UNIT_WORD = "|".join(re.escape(word) for word in sorted(UNIT_SPELLINGS, key=lambda w: (-len(w), w)))
"""Any spelling, longest first (a case-insensitive pattern; ``canonical_unit`` then tells
whether the case fits): "mg per kg" before "mg"."""

UNIT_END = r"(?=$|[^\w/]|/(?:day|d|wk|week|month|year|night|dose)\b)"
"""Where a spelling ends: not inside a longer word, though a rate may follow ("mg/day")."""


def canonical_unit(word: str) -> str | None:
    """The canonical unit a spelling writes ("milligrams" -> ``mg``, "mcg" -> ``µg``), or None
    when it is no spelling of a unit (or is one only in another case: "M" is no metre)."""
    canonical = UNIT_SPELLINGS.get(word)
    if canonical is not None:
        return canonical
    if word.lower() in CASE_SENSITIVE:
        return None
    return UNIT_SPELLINGS.get(word.lower())


CURRENCY_WORDS = {"pound": "GBP", "pounds": "GBP"}
"""Unit words that name a currency too: extract reads "pounds" after a word of price as GBP
("Sessions cost 2.50 pounds", extract/mentions/find.py), so anchoring takes either unit."""

AGE_SPELLINGS = {
    f"{word}{plural} old": f"{word}_of_age"
    for word in ("year", "month", "week", "day")
    for plural in ("", "s")
}
"""How a claims file writes an age ("72 years old", "25-45 years old", ">=6 months old"), by
the unit pint knows it by (``year_of_age``): an age compares with ages only, never with a
duration ("72 hours"). Read from claims files only: prose says "72 years old" of things too."""

CLAIM_REWRITES = frozenset({"percent", "per cent", "pct", "mcg"})
"""Spellings a claims file's units are rewritten from: shares are written ``%`` everywhere, and
pint does not know ``mcg``. Others stay as written (pint reads them, and reports show them)."""

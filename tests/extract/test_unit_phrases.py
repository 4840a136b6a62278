"""A phrase table of quantities with units as health pages, news and software docs write them
(from general knowledge of those genres, not from the benchmark corpora), and words after a
number that are no unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.mentions.find import find_mentions
from factcheck.values.grammar import parse_value
from factcheck.values.units import Units
from tests.common import WORDS

# (text, the value drafted for its quantity)
QUANTITIES = [
    # radioactivity and its concentration
    ("fix the home if the yearly average is 200 Bq/m³ or more", ">=200 Bq/m³"),
    ("anything at or above 4 pCi/L needs fixing", ">=4 pCi/L"),
    ("The reference level is 300 Bq/m3 in most of Europe.", "300 Bq/m³"),
    ("the EPA's action level of 4 picocuries per liter", "4 pCi/L"),
    ("radon at 148 becquerels per cubic metre", "148 Bq/m³"),
    ("an average of 2 pCi/l in outdoor air", "2 pCi/L"),
    ("rice with 100 Bq/kg of caesium", "100 Bq/kg"),
    ("drinking water above 10 Bq/L", ">10 Bq/L"),
    ("a source of 3.7 GBq", "3.7 GBq"),
    ("an activity of 500 kBq", "500 kBq"),
    ("the patient received 5 mCi of iodine-131", "5 mCi"),
    ("a CT scan gives about 10 mSv", "~10 mSv"),
    ("a dose limit of 20 millisieverts a year", "20 mSv"),
    ("background of 2.4 mSv per year worldwide", "2.4 mSv"),
    ("readings of 0.12 µSv/h near the plant", "0.12 µSv/h"),
    ("dose rates of up to 3.8 microsieverts per hour", "<=3.8 µSv/h"),
    ("an exposure of 1 Sv causes sickness", "1 Sv"),
    ("0.1 μSv per hour is typical", "0.1 µSv/h"),
    # concentrations in medicine and labs
    ("Each vial holds 5 mg/mL of the drug.", "5 mg/mL"),
    ("insulin at 100 IU/mL", "100 IU/mL"),
    ("a concentration of 100 units/mL", "100 IU/mL"),
    ("a blood lead level of 3.5 µg/dL or higher", ">=3.5 µg/dL"),
    ("blood lead above 5 mcg/dL", ">5 µg/dL"),
    ("an HbA1c of 48 mmol/mol or over", ">=48 mmol/mol"),
    ("potassium above 5.5 mEq/L", ">5.5 mEq/L"),
    ("sodium of 135 mEq/l", "135 mEq/L"),
    ("a CD4 count below 200 cells/µL", "<200 cells/µL"),
    ("at least 500 cells/mm³", ">=500 cells/mm³"),
    ("a viral load under 200 copies/mL", "<200 copies/mL"),
    ("fewer than 50 copies/ml", "<50 copies/mL"),
    ("a CRP of 10 mg/L", "10 mg/L"),
    ("TSH of 4.5 mIU/L", "4.5 mIU/L"),
    ("homocysteine over 15 µmol/L", ">15 µmol/L"),
    ("creatinine of 90 umol/L", "90 µmol/L"),
    ("a creatinine clearance under 30 mL/min", "<30 mL/min"),
    ("an eGFR of 60 ml/min", "60 mL/min"),
    ("0.5 mg/kg of body weight", "0.5 mg/kg"),
    ("a dose of 15 mcg/kg", "15 µg/kg"),
    ("vitamin B12 below 200 pg/mL", "<200 pg/mL"),
    ("troponin above 14 ng/L", ">14 ng/L"),
    ("uric acid of 6 mg/dL", "6 mg/dL"),
    ("fluoride at 0.7 mg/L in tap water", "0.7 mg/L"),
    # per-population rates
    ("an incidence of 12 per 100,000 people", "12 per_100000"),
    ("infant mortality of 4.2 per 1,000 live births", "4.2 per_1000"),
    ("maternal deaths fell to 10 per 100,000 live births", "10 per_100000"),
    ("a rate of 35 per 10,000 population", "35 per_10000"),
    ("around 5 per 1,000 residents", "~5 per_1000"),
    ("about 2 per million inhabitants", "~2 per_million"),
    # flow
    ("an oxygen flow of 2 L/min", "2 L/min"),
    ("at 15 litres per minute", "15 L/min"),
    ("a shower head using 2.5 gallons per minute", "2.5 gallon/minute"),
    ("rated at 1.8 gpm", "1.8 gallon/minute"),
    ("the river peaked at 3,000 m³/s", "3000 m³/s"),
    ("a flow of 450 cubic metres per second", "450 m³/s"),
    ("releases of 20,000 cubic feet per second", "20000 ft³/s"),
    ("some 500 cfs downstream", "~500 ft³/s"),
    # speeds and accelerations
    ("gravity pulls at 9.8 m/s²", "9.8 m/s²"),
    ("braking at 7 m/s2", "7 m/s²"),
    ("a car doing 80 kmph", "80 kph"),
    ("a ball at 150 ft/s", "150 ft/s"),
    ("winds gusting to 120 km/h", "120 kph"),
    ("a fan spinning at 1,200 rpm", "1200 rpm"),
    ("a 7,200 RPM hard drive", "7200 rpm"),
    # electricity
    ("a 5,000 mAh battery", "5000 mAh"),
    ("a 100 kVA generator", "100 kVA"),
    ("a 4 kWp solar array", "4 kW"),
    ("a 6.6kWp system on the roof", "6.6 kW"),
    ("a 100 Ah leisure battery", "100 Ah"),
    ("a 13A plug", "13 A"),
    ("charges at 32 amps", "32 A"),
    ("400 kV lines", "400 kV"),
    ("a 2.5 MVA transformer", "2.5 MVA"),
    ("a 5 mW laser", "5 mW"),
    ("a 40 kWh pack", "40 kWh"),
    # data rates and sizes
    ("reads at up to 3.5 GiB/s", "<=3.5 GiB/s"),
    ("sequential writes of 500 MB/s", "500 MB/s"),
    ("copies at 1.2 GB/s", "1.2 GB/s"),
    ("handles 10,000 req/s on one core", "10000 req/s"),
    ("about 2,000 requests per second", "~2000 req/s"),
    ("sustains 50,000 ops/s", "50000 op/s"),
    ("up to 1 million operations per second", "<=1 million op/s"),
    ("rated for 100,000 IOPS", "100000 IOPS"),
    ("a 10 Gbit/s link", "10 Gbit/s"),
    ("a limit of 4 GiB", "4 GiB"),
    ("caps uploads at 100 MiB", "100 MiB"),
    ("a 512 KB buffer", "512 kB"),
    ("a 64 MB cache", "64 MB"),
    # fuel and emissions
    ("emits 120 g CO2/km", "120 g/km"),
    ("just 95 gCO2/km", "95 g/km"),
    ("rated at 110 g/km", "110 g/km"),
    ("uses 5.6 L/100 km", "5.6 L_per_100km"),
    ("about 7 litres per 100 km", "~7 L_per_100km"),
    ("a footprint of 2.3 tCO2e", "2.3 t"),
    ("cut 40 MtCO2e a year", "40 Mt"),
    ("12 tonnes of CO2e per person", "12 t"),
    ("grid intensity of 233 gCO2/kWh", "233 g/kWh"),
    ("returns 52 mpg", "52 mpg"),
    # light and sound
    ("at least 500 lux at the desk", ">=500 lx"),
    ("a 300 lx minimum", "300 lx"),
    ("a bulb giving 800 lm", "800 lm"),
    ("noise above 85 dBA", ">85 dB"),
    ("exposure limit of 85 dB(A)", "85 dB"),
    ("a screen of 1,000 cd/m²", "1000 nits"),
    # area and volume in real writing
    ("a 12-hectare site", "12 hectares"),
    ("a 2,400 sq ft house", "2400 ft²"),
    ("a 2,400 sq. ft. house", "2400 ft²"),
    ("a 20 cubic feet freezer", "20 ft³"),
    ("holds 3.5 cu ft", "3.5 ft³"),
    ("a 125cc scooter", "125 cc"),
    ("a 1,600 cc engine", "1600 cc"),
    ("a 10 m³ skip", "10 m³"),
    ("some 40 m3 of water", "~40 m³"),
    ("an area of 5 km2", "5 km²"),
    ("a 300 sq mi reserve", "300 mile**2"),
    # cooking
    ("1 tsp of salt", "1 teaspoon"),
    ("2 Tbsp olive oil", "2 tablespoons"),
    ("3 tbs butter", "3 tablespoons"),
    ("8 fl oz of milk", "8 fluid_ounce"),
    ("2 dl cream", "2 dL"),
    ("a 75 cl bottle", "75 cL"),
    ("add 250ml stock", "250 mL"),
    # time as written
    ("quarantine for a fortnight after travel", "1 fortnight"),
    ("a 48-hour strike", "48 hours"),
    ("allow 36 hrs to set", "36 hours"),
    ("after 6 mos of treatment", "6 months"),
    ("a 90-sec timeout", "90 seconds"),
    # money per unit
    ("installed for $3.10 per watt", "3.10 USD"),
    ("electricity costs 24.5p per kWh", "24.5 pence"),
]

# Words after a number that are no unit: a grade, a name, a model
NO_UNITS = [
    "she got 3 Bs and an A",
    "with 2 Ps in a row",
    "4 As at A level",
    "the Boeing 737 MAX",
    "a Model 3 Performance",
    "Python 3 Ah well",
    "the 2 Cs of the deal",
    "iPhone 15 Pro Max",
    "take 2 A4 sheets",
    "2 Lux Hotels",
    "Fill in Form 4A before you go.",
    "He took 2 A-levels last year.",
    "The 60 fps mode looks smooth.",
]


def _values(text: str) -> list[str]:
    return [m.value for m in find_mentions(text, WORDS)]


@pytest.mark.parametrize(("text", "value"), QUANTITIES)
def test_a_quantity_is_read_with_its_unit(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize("text", NO_UNITS)
def test_a_word_after_a_number_that_is_no_unit_is_not_read_as_one(text: str) -> None:
    assert [m.amount.unit for m in find_mentions(text, WORDS) if m.amount.unit] == []


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("a rate of 12 cases per 100,000 people", "12 per_100000", "cases"),
        ("there were 300 deaths per million inhabitants", "300 per_million", "deaths"),
    ],
)
def test_a_count_per_population_is_a_rate_that_keeps_its_noun(
    text: str, value: str, noun: str
) -> None:
    [mention] = find_mentions(text, WORDS)
    assert (mention.value, mention.noun, mention.dimension) == (value, noun, "rate per population")


@pytest.mark.parametrize(
    ("text", "per"),
    [("Solar costs about $3.10 per watt installed.", "watt"), ("at $0.023 per GB", "GB")],
)
def test_money_per_unit_of_power_or_data_keeps_its_base(text: str, per: str) -> None:
    assert [m.per for m in find_mentions(text, WORDS)] == [per]


def _claims(tmp_path: Path, home: str, agency: str) -> Path:
    """A claims file whose two sources state one radon threshold, as ``extract`` drafts them."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nsources:\n  - id: who\n    path: who.md\n  - id: epa\n    path: epa.md\n"
        "subjects:\n  - id: radon-action\n    label: Radon level that needs fixing\n"
        f"    kind: value\n    unit: {home.split()[1]}\n"
        "claims:\n"
        f"  - {{id: a, source: who, subject: radon-action, value: '>={home}', quote: '{home}'}}\n"
        f"  - {{id: b, source: epa, subject: radon-action, value: '>={agency}', quote: '{agency}'}}\n",
        encoding="utf-8",
    )
    (tmp_path / "who.md").write_text(f"at {home} or more\n", encoding="utf-8")
    (tmp_path / "epa.md").write_text(f"at {agency} or more\n", encoding="utf-8")
    return claims


@pytest.mark.parametrize(
    ("home", "agency", "conflict"),
    [
        ("200 Bq/m³", "4 pCi/L", True),  # 4 pCi/L is 148 Bq/m³
        ("148 Bq/m³", "4 pCi/L", False),
        ("12 per_100000", "0.12 per_1000", False),
        ("12 per_100000", "1.2 per_1000", True),
        ("200 Bq/m3", "4 pCi/L", True),  # a power written as a plain digit, as in plain text
        ("148 Bq/m3", "4 pCi/L", False),
        ("180000 req/s", "1e6 op/s", True),  # requests and operations are counted alike
        ("5.6 L_per_100km", "0.056 L/km", False),
    ],
)
def test_spellings_of_one_dimension_convert_in_check(
    tmp_path: Path, home: str, agency: str, conflict: bool
) -> None:
    """Drafted values read back from a claims file and convert: becquerels and curies per
    volume, rates per thousand and per 100,000."""
    result = CliRunner().invoke(main, ["check", str(_claims(tmp_path, home, agency))])
    assert result.exit_code == (1 if conflict else 0), result.output


@pytest.mark.parametrize(
    "text",
    [
        "fix the home if the yearly average is 200 Bq/m³ or more",
        "uses 5.6 L/100 km",
        "a 100 Ah leisure battery",
        "the river peaked at 3,000 m³/s",
        "handles 10,000 req/s on one core",
        "a CD4 count below 200 cells/µL",
        "an incidence of 12 per 100,000 people",
    ],
)
def test_a_drafted_value_reads_back_as_the_same_quantity(text: str) -> None:
    """What ``extract`` writes in a claims file parses to the unit it read."""
    [mention] = [m for m in find_mentions(text, WORDS) if m.amount.unit]
    parsed = parse_value(mention.value)
    assert parsed.unit is not None
    units = Units()
    assert units.to_base(1.0, parsed.unit) == pytest.approx(units.to_base(1.0, mention.amount.unit))

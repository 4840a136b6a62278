"""Lab values in two unit systems (analytes23): a molar and a mass concentration of the one
analyte a sentence names convert through its molar mass, for grouping and for the comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.check import check
from factcheck.cli import main
from factcheck.corpus.load import load
from factcheck.extract.grouping.analytes import ANALYTES, Analyte, analytes_of, named, one
from factcheck.extract.grouping.equivalence import base_amount
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.find import find_mentions
from factcheck.report.findings import Kind
from tests.common import UNITS, WORDS, extract_claims


def _names(text: str) -> list[str]:
    return sorted(analyte.name for analyte in named(text))


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("For most people with gout, we aim to keep serum urate below 360 µmol/L.", ["uric acid"]),
        ("They form when the level of uric acid in the blood stays too high", ["uric acid"]),
        ("A fasting blood sugar of 5.6 mmol/L (100 mg/dL) or less is normal.", ["glucose"]),
        ("Most adults should aim for an LDL below 3 mmol/L.", ["cholesterol"]),
        ("Your non-HDL cholesterol should be under 4 mmol/L.", ["cholesterol"]),
        ("Levels of 25(OH)D below 30 nmol/L mean deficiency.", ["25-hydroxyvitamin D"]),
        ("A vitamin D level of 20 ng/mL is adequate for bones.", ["25-hydroxyvitamin D"]),
        # Another substance, and no "vitamin D" inside its name.
        ("1,25-dihydroxyvitamin D is the active hormone.", ["calcitriol"]),
        ("Creatinine of 1.0 mg/dL is about 88 µmol/L.", ["creatinine"]),
        # Two analytes in one sentence.
        (
            "Aim for LDL cholesterol below 1.8 mmol/L and triglycerides below 1.7 mmol/L.",
            ["cholesterol", "triglycerides"],
        ),
        # "ha" and "lower" name nothing; an acronym is read in its case only.
        ("The leaflet says to aim for a lower level, under 5 mg/dL.", []),
        ("bun and tsh are bread and a sound", []),
    ],
)
def test_the_analytes_a_sentence_names(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def _of(text: str, figure: str, title: str | None = None) -> frozenset[Analyte]:
    """What the concentration ``figure`` in ``text`` may be of."""
    start = text.index(figure)
    return analytes_of(text, TextIndex(text).around((start, start + len(figure))), title)


def test_a_concentration_is_of_the_one_analyte_its_sentence_or_else_its_heading_names() -> None:
    text = (
        "## Urate targets\n\nFor people with tophi or frequent flares, we aim for below "
        "300 µmol/L.\n\nKeep LDL below 1.8 mmol/L and triglycerides below 1.7 mmol/L.\n"
    )
    tophi = _of(text, "300 µmol/L")
    urate = one([tophi])
    assert urate is not None and urate.name == "uric acid"
    # Two analytes in the sentence: none, whatever the heading says, nor for figures beside it
    # that name one.
    lipids = _of(text, "1.8 mmol/L")
    assert len(lipids) == 2 and one([lipids]) is None
    assert one([lipids, named("Keep your LDL cholesterol below 100 mg/dL.")]) is None
    # Figures that name none beside one that names it are of it.
    assert one([frozenset(), tophi]) == urate
    # A thing measured that no molar mass converts (a protein) is none either.
    assert one([_of("Ferritin below 30 µg/L is low.", "30 µg/L")]) is None


def test_a_sentence_naming_none_reads_the_sentence_before_then_the_page_title() -> None:
    before = (
        "Your blood sugar is checked at every visit. Most people should stay below 7 mmol/L "
        "before meals."
    )
    assert [a.name for a in _of(before, "7 mmol/L")] == ["glucose"]
    # The page's topic, when nothing nearer names one: a vitamin D page's level is 25(OH)D.
    page = "A level below 50 nmol/L means you may need a supplement."
    assert [a.name for a in _of(page, "50 nmol/L", "Vitamin D testing")] == ["25-hydroxyvitamin D"]
    assert _of(page, "50 nmol/L", "Your bones and you") == frozenset()
    # The sentence's own analyte wins over the page's.
    lipid = "Aim for triglycerides below 1.7 mmol/L."
    assert [a.name for a in _of(lipid, "1.7 mmol/L", "Vitamin D testing")] == ["triglycerides"]


def test_every_molar_mass_names_its_source() -> None:
    for analyte in ANALYTES:
        if analyte.grams_per_mole is not None:
            assert analyte.source, analyte.name


@pytest.mark.parametrize(
    ("molar", "mass", "grams_per_mole", "expected"),
    [
        ("360 µmol/L", "mg/dL", 168.11, 6.05),  # uric acid
        ("5.6 mmol/L", "mg/dL", 180.16, 100.9),  # glucose
        ("5 mmol/L", "mg/dL", 386.65, 193.3),  # cholesterol
        ("1.7 mmol/L", "mg/dL", 885.4, 150.5),  # triglycerides, as triolein
        ("88.4 µmol/L", "mg/dL", 113.12, 1.0),  # creatinine
        ("50 nmol/L", "ng/mL", 400.64, 20.0),  # 25-hydroxyvitamin D
    ],
)
def test_pint_converts_through_the_molar_mass(
    molar: str, mass: str, grams_per_mole: float, expected: float
) -> None:
    number, unit = molar.split()
    converted = UNITS.by_molar_mass(unit, mass, grams_per_mole)(float(number))
    assert converted == pytest.approx(expected, abs=0.05)
    back = UNITS.by_molar_mass(mass, unit, grams_per_mole)(converted)
    assert back == pytest.approx(float(number))


def test_grouping_reads_a_molar_concentration_of_an_analyte_as_a_mass_one() -> None:
    text = "For most people with gout, we aim to keep serum urate below 360 µmol/L."
    [mention] = [m for m in find_mentions(text, WORDS) if m.amount.unit]
    uric_acid = one([_of(text, "360 µmol/L")])
    amount = base_amount(mention, UNITS, analyte=uric_acid)
    assert amount is not None and amount.unit == "kilogram / meter ** 3"
    assert amount.high == pytest.approx(0.0605196)  # 6.05 mg/dL
    assert base_amount(mention, UNITS).unit == "mole / meter ** 3"  # type: ignore[union-attr]


HOSPITAL = (
    "# Gout: your treatment\n\n## Urate targets\n\n"
    "For most people with gout, we aim to keep serum urate below 360 µmol/L.\n"
)
MAGAZINE = "# Beating gout\n\nThe goal is to keep urate in the blood below {level} mg/dL.\n"


def test_the_urate_target_disagrees_across_unit_systems(tmp_path: Path) -> None:
    out = extract_claims(
        tmp_path, {"hospital.md": HOSPITAL, "magazine.md": MAGAZINE.format(level=5)}
    )
    written = out.read_text(encoding="utf-8")
    # The subject (in the first unit written) declares the rate and where it comes from,
    # without a tolerance: the molar mass is exact, so the figures' own rounding decides.
    assert "conversions: {mg/dL: 59.4849 µmol/L}" in written
    assert "# molar mass of uric acid 168.11 g/mol, PubChem CID 1175" in written
    assert "tolerance:" not in written
    # The check CLI on the folder's claims reports it: 5 mg/dL is 297 µmol/L (360 µmol/L is
    # 6.05 mg/dL).
    result = CliRunner().invoke(main, ["check", str(out)])
    assert result.exit_code == 1, result.output
    assert "error conflict" in result.output
    assert "upper limit <297 µmol/L vs <360 µmol/L" in result.output


def test_the_urate_target_agrees_within_rounding(tmp_path: Path) -> None:
    # 360 µmol/L is 6.05 mg/dL, which "6 mg/dL" covers (5.7-6.3 as rounding reads it, at most
    # 5 % either side of a figure).
    out = extract_claims(
        tmp_path, {"hospital.md": HOSPITAL, "magazine.md": MAGAZINE.format(level=6)}
    )
    assert "conversions: {mg/dL: 59.4849 µmol/L}" in out.read_text(encoding="utf-8")
    report = check(load(out))
    assert report.count(Kind.INVALID) == 0
    assert report.count(Kind.CONFLICT) == 0


def test_vitamin_d_in_nanomoles_and_nanograms(tmp_path: Path) -> None:
    # The clinic's sentence names no analyte: its heading does.
    clinic = (
        "# Vitamin D testing\n\nYour GP can test your blood. A level below 50 nmol/L is "
        "considered insufficient.\n"
    )
    blog = (
        "# Are you low?\n\nA blood level of vitamin D below 30 ng/mL is considered "
        "insufficient by many labs.\n"
    )
    out = extract_claims(tmp_path, {"clinic.md": clinic, "blog.md": blog})
    written = out.read_text(encoding="utf-8")
    assert "conversions: {ng/mL: 2.49601 nmol/L}" in written
    assert "molar mass of 25-hydroxyvitamin D 400.64 g/mol" in written
    report = check(load(out))
    # 50 nmol/L is 20 ng/mL: 30 ng/mL (75 nmol/L) disagrees.
    [conflict] = [f for f in report.findings if f.kind == Kind.CONFLICT]
    assert "upper limit <50 nmol/L vs <75 nmol/L" in conflict.message


def test_a_sentence_naming_two_analytes_converts_neither(tmp_path: Path) -> None:
    # Which figure is whose is not read: neither converts, and nothing is compared across
    # the two unit systems (1.8 mmol/L of cholesterol would be 69.6 mg/dL, against 100).
    guideline = (
        "# Lipid targets\n\nAim for LDL cholesterol below 1.8 mmol/L and triglycerides "
        "below 1.7 mmol/L.\n"
    )
    leaflet = "# Your cholesterol\n\nKeep your LDL cholesterol below 100 mg/dL.\n"
    out = extract_claims(tmp_path, {"guideline.md": guideline, "leaflet.md": leaflet})
    written = out.read_text(encoding="utf-8")
    assert "molar mass" not in written and "conversions:" not in written
    report = check(load(out))
    assert report.count(Kind.INVALID) == 0
    assert report.count(Kind.CONFLICT) == 0

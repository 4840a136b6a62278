"""Analytes of lab tests: what a molar and a mass concentration of one substance convert by.

Health pages state lab values in SI or conventional units: "serum urate below 360 µmol/L" on
one page, "urate in the blood below 5 mg/dL" on another. pint cannot convert an amount of
substance into a mass without the substance's molar mass; when a figure's sentence (or, if it
names none, the sentence before, its section heading or the page's title) names exactly one
analyte of ``ANALYTES``, extract converts through that molar mass (pint's ``chemistry`` context,
``Units.by_molar_mass``): 360 µmol/L of uric acid (168.11 g/mol) is 6.05 mg/dL, so it disagrees
with "5 mg/dL" and agrees with "6 mg/dL". A subject holding both kinds declares the rate
(``conversions: {µmol/L: 0.016811 mg/dL}``) with the molar mass it comes from (see
docs/extract.md, "Lab values in two unit systems").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.extract.mentions.context import Surroundings

#: Base units (``Units.to_base``) of the two kinds an analyte's molar mass relates.
MOLAR = "mole / meter ** 3"
MASS = "kilogram / meter ** 3"


@dataclass(frozen=True)
class Analyte:
    """A substance lab values are stated for, the words that name it and its molar mass."""

    name: str
    """How a claims file names it: ``uric acid``."""
    words: str
    """A regular expression of the words that name it in prose (``uric acid|urate``)."""
    grams_per_mole: float | None
    """Its molar mass; None for a thing measured that no one molar mass converts (ferritin, a
    protein; HbA1c, a share): naming it still makes a sentence name two analytes."""
    source: str = ""
    """Where the molar mass comes from (``PubChem CID 1175``)."""


# Molar masses: PubChem's computed molecular weight of the compound (CID given), or IUPAC's
# standard atomic weight of the element; clinical conversion factors follow from them (glucose
# 18.02 mg/dL per mmol/L, uric acid 59.48 µmol/L per mg/dL, cholesterol 38.67, triglycerides as
# triolein 88.54, creatinine 88.40 µmol/L per mg/dL, 25-hydroxyvitamin D 2.496 nmol/L per ng/mL).
ANALYTES: tuple[Analyte, ...] = (
    Analyte("glucose", r"glucose|blood[- ]sugars?|sugar (?:levels?|readings?)", 180.16,
            "PubChem CID 5793"),
    Analyte("uric acid", r"uric acid|urates?|hyperuric(?:a)?emia", 168.11, "PubChem CID 1175"),
    # The cholesterol of each lipoprotein is cholesterol: LDL and HDL convert alike.
    Analyte("cholesterol", r"cholesterol|(?-i:(?:non-|V)?[HL]DL(?:-C)?)", 386.65,
            "PubChem CID 5997"),
    # Triglycerides are stated as triolein by clinical convention (88.57 mg/dL per mmol/L).
    Analyte("triglycerides", r"triglycerides?|triacylglycerols?", 885.4,
            "triolein, PubChem CID 5497163"),
    Analyte("creatinine", r"creatinine", 113.12, "PubChem CID 588"),
    Analyte("25-hydroxyvitamin D",
            r"25\s*\(\s*OH\s*\)\s*D[23]?|25-hydroxy-?\s?vitamin D[23]?|calcidiol|calcifediol"
            r"|vitamin D[23]?",
            400.64, "calcifediol, PubChem CID 5283731"),
    # "1,25-dihydroxyvitamin D" is another substance, named before "vitamin D" is looked for.
    Analyte("calcitriol", r"1,25\s*\(\s*OH\s*\)\s*2\s*D|1,25-dihydroxy-?\s?vitamin D|calcitriol",
            416.64, "PubChem CID 5280453"),
    Analyte("calcium", r"calcium", 40.078, "IUPAC standard atomic weight"),
    Analyte("magnesium", r"magnesium", 24.305, "IUPAC standard atomic weight"),
    Analyte("iron", r"(?:serum |blood )iron", 55.845, "IUPAC standard atomic weight"),
    Analyte("bilirubin", r"bilirubin", 584.7, "PubChem CID 5280352"),
    Analyte("cortisol", r"cortisol", 362.5, "PubChem CID 5754"),
    Analyte("testosterone", r"testosterone", 288.4, "PubChem CID 6013"),
    Analyte("vitamin B12", r"vitamin B-?12|(?:cyano)?cobalamin|(?-i:B12)", 1355.4,
            "cyanocobalamin, PubChem CID 5311498"),
    Analyte("folate", r"folate|folic acid", 441.4, "folic acid, PubChem CID 135398658"),
    # Measured, but no one molar mass converts them (proteins, shares, ions in mEq) or their
    # mass is stated as another substance's (urea as its nitrogen, BUN).
    Analyte("ferritin", r"ferritin", None),
    Analyte("haemoglobin", r"ha?emoglobin|hba1c|a1c|(?-i:Hb)", None),
    Analyte("albumin", r"albumin", None),
    Analyte("insulin", r"insulin", None),
    Analyte("urea", r"urea|(?-i:BUN)", None),
    Analyte("sodium", r"sodium", None),
    Analyte("potassium", r"potassium", None),
    Analyte("thyroid hormone", r"(?-i:TSH|T4|T3)|thyroxine|thyroid[- ]stimulating", None),
    Analyte("PSA", r"(?-i:PSA)|prostate[- ]specific", None),
    Analyte("CRP", r"(?-i:CRP)|C-reactive", None),
)  # fmt: skip

_NAMES_RE = re.compile(
    "|".join(
        rf"(?<![\w-])(?P<a{index}>{analyte.words})(?![\w])"
        for index, analyte in enumerate(ANALYTES)
    ),
    re.IGNORECASE,
)


def named(text: str) -> set[Analyte]:
    """The analytes ``text`` names: "For most people with gout, we aim to keep serum urate below
    360 µmol/L." names uric acid; "1,25-dihydroxyvitamin D" names calcitriol, not vitamin D."""
    return {ANALYTES[int(str(match.lastgroup)[1:])] for match in _NAMES_RE.finditer(text)}


def analytes_of(text: str, place: Surroundings, title: str | None = None) -> frozenset[Analyte]:
    """The analytes a concentration at ``place`` may be of: those its sentence names, else those
    the sentence before names ("Your urate level is checked every month. Most people should
    stay below 360 µmol/L."), else those its section heading names ("Urate targets" over "For
    people with tophi or frequent flares, we aim for below 300 µmol/L."), else those the
    document's ``title`` names ("Vitamin D testing": the page's topic)."""
    for words in (
        text[place.sentence[0] : place.sentence[1]],
        text[place.previous[0] : place.previous[1]],
        place.heading,
        title or "",
    ):
        found = named(words)
        if found:
            return frozenset(found)
    return frozenset()


def one(named: Iterable[frozenset[Analyte]]) -> Analyte | None:
    """The analyte figures are of when, between them, they name one and none names two ("LDL
    below 1.8 mmol/L and triglycerides below 1.7 mmol/L" is of neither), and it has a molar
    mass; else None."""
    found: set[Analyte] = set()
    for analytes in named:
        if len(analytes) > 1:
            return None
        found |= analytes
    if len(found) != 1:
        return None
    [analyte] = found
    return analyte if analyte.grams_per_mole is not None else None

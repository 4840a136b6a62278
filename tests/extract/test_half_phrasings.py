"""A bare "half" (and "halves", "a half hour") said as a figure, and the ways English uses the
word that state none: a phrase table written from general usage, not from one document's miss.

Before this table, "half" counted only after a bound or approximation ("about half") or before
"the" and a plural noun ("half the condos"): "Half of adult dogs are overweight", "half my
customers", "half as many melanomas", "Daily sunscreen halves melanoma risk" and "a good half
minute" drafted nothing. Measured with ``python benchmarks/extract_eval.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.check import check
from factcheck.corpus.load import load
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.units import UnitWords
from factcheck.report.findings import Kind
from factcheck.text.numbers.furniture import countable_numbers
from factcheck.values.units import Units
from tests.common import extract_claims

WORDS = UnitWords(Units())

#: (sentence, the mention's text, its value): a share, a ratio or half of a unit of time.
SAID: list[tuple[str, str, str]] = [
    ("Half of adult dogs are carrying too much weight.", "Half", "50%"),
    ("Half of all homes lack loft insulation.", "Half", "50%"),
    ("Half of the caffeine is gone after five hours.", "Half", "50%"),
    ("Half of them stopped within a year.", "Half", "50%"),
    ("Half of those surveyed said no.", "Half", "50%"),
    ("Half of these cases are mild.", "Half", "50%"),
    ("Half of us never read the label.", "Half", "50%"),
    ("Half of patients improved.", "Half", "50%"),
    ("Half of children walk to school.", "Half", "50%"),
    ("Half of women had symptoms.", "Half", "50%"),
    ("Half of people over 60 take a statin.", "Half", "50%"),
    ("Half of respondents agreed.", "Half", "50%"),
    ("Set a target to bring half of all homes up to standard.", "half", "50%"),
    ("if you slap it on as you walk, half of it ends up on your towel.", "half", "50%"),
    ("We lost half of our members that winter.", "half", "50%"),
    ("half of its\nvolume is air.", "half", "50%"),
    ("Half my customers come over that bridge.", "Half", "50%"),
    ("Half our staff work from home.", "Half", "50%"),
    ("Compressing insulation to half its depth cuts its performance.", "half", "50%"),
    ("They spend half their income on rent.", "half", "50%"),
    ("He gave away half his savings.", "half", "50%"),
    ("She sold half her shares.", "half", "50%"),
    ("Daily users had half as many melanomas.", "half", "50%"),
    ("The new model uses half as much power.", "half", "50%"),
    ("Smokers were half as likely to recover.", "half", "50%"),
    ("It lasts half as long in the heat.", "half", "50%"),
    ("Daily sunscreen halves melanoma risk.", "halves", "0.5"),
    ("The larger chunk size halves the size of the index.", "halves", "0.5"),
    ("The trial halved the number of attacks.", "halved", "0.5"),
    ("Switching roughly halved our bill.", "roughly halved", "~0.5"),
    ("Batching ends up halving the cost.", "halving", "0.5"),
    ("Rub each lens for a good half minute on each side.", "half minute", "0.5 minutes"),
    ("rather than the half hour often quoted.", "half hour", "0.5 hours"),
    ("Allow an extra half hour for security.", "half hour", "0.5 hours"),
    ("It takes a half day of training.", "half day", "0.5 days"),
    ("Walk for another half hour.", "half hour", "0.5 hours"),
    ("The first half hour is free.", "half hour", "0.5 hours"),
    ("Soak it for a full half minute.", "half minute", "0.5 minutes"),
    # A data unit in the singular after "half a", as "half a litre" is read.
    ("Payloads of up to half a megabyte are accepted by default.", "up to half a megabyte",
     "<=0.5 MB"),
    ("The cache keeps half a gigabyte in memory.", "half a gigabyte", "0.5 GB"),
    ("treats accounted for more than a\nquarter of the day's intake.", "more than a\nquarter",
     ">25%"),
    ("It cut costs by about one\nthird last year.", "about one\nthird", "~33.3%"),
]  # fmt: skip

#: The same words where they state no figure: a part of a thing or a period, an idiom, a time,
#: a noun's halves.
NOT_SAID: list[str] = [
    "In the second half of the season they won six games.",
    "The first half of the year was dry.",
    "Sales rose in the latter half of 2025.",
    "Prices fell in the other half of the country.",
    "The top half of the jar was empty.",
    "She runs the northern half of the region.",
    "Cut the lemon in half and squeeze it.",
    "That is half the battle.",
    "Meet me at half past four.",
    "I was half asleep when it rang.",
    "He was only half joking.",
    "They ran a half marathon.",
    "The glass is half full.",
    "Do it by halves and it fails.",
    "The two halves of the bridge were joined.",
    "Both halves of the match were dull.",
    "Fold the dough into halves.",
    "The halves of the lemon went in the bin.",
    "She met her better half in 2010.",
    "He gave it a half-hearted try.",
    "It was a half-day visit.",
    "Half-time came too soon.",
    "A half of bitter, please.",
    "She was half the reason we came.",
    "Half an idea is worse than none.",
    "He spoke with half a smile.",
]


@pytest.mark.parametrize(("sentence", "text", "value"), SAID)
def test_half_said(sentence: str, text: str, value: str) -> None:
    found = [(m.text, m.value) for m in find_mentions(sentence, WORDS)]
    assert (text, value) in found, found


@pytest.mark.parametrize("sentence", NOT_SAID)
def test_half_not_said(sentence: str) -> None:
    found = [m for m in find_mentions(sentence, WORDS) if "half" in m.text.lower()]
    assert found == [], [(m.text, m.value) for m in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Investor relations: Jonas Ekwall, +46 40 555 0192",
        "Call us on +44 20 7946 0958 today.",
        "Bus routes 4, 11 and 19 have been diverted.",
        "Read pages 12-15 first.",
        "Steps 2 to 5 are optional.",
        "Platforms 3 and 4 are closed.",
    ],
)
def test_phone_numbers_and_listed_labels_are_no_figures(sentence: str) -> None:
    assert countable_numbers(sentence) == []
    assert find_mentions(sentence, WORDS) == []


def test_a_count_after_a_listed_label_is_still_read() -> None:
    found = [m.value for m in find_mentions("Bus routes 4 and 11 carry 3,000 riders.", WORDS)]
    assert found == ["3000"]


def test_drafted_halves_and_halfs_anchor_in_check(tmp_path: Path) -> None:
    # "halves" and "halved" are drafted as the fall they say (50%, relative.py), and check
    # reads the fall back from the multiple: the drafts are anchored.
    text = (
        "Daily sunscreen halves melanoma risk. Half of adult dogs are overweight.\n"
        "Rub each lens for a good half minute. Switching roughly halved our bill.\n"
    )
    out = extract_claims(tmp_path, {"a.md": text})
    values = sorted(c.value.text for c in load(out).claims)
    assert {"50%", "~50%", "0.5 minutes"} <= set(values), values
    report = check(load(out))
    assert report.count(Kind.UNANCHORED) == 0

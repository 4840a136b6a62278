"""Quantities in news prose (issue 13): money, scale letters, units, counts, changes, names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.check import check
from factcheck.cli.extract import extract
from factcheck.corpus.load import load
from factcheck.corpus.model import compatible
from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.find import Mention, find_mentions
from factcheck.extract.mentions.news import KINDS, singular
from factcheck.extract.mentions.units import UnitWords
from factcheck.report.findings import Kind
from factcheck.report.model import Report
from factcheck.values.units import Units

WORDS = UnitWords(Units())


def read(text: str) -> list[tuple[str, str, str]]:
    """(surface, value, canonical unit with its rate) of every mention."""
    return [(m.text, m.value, m.unit) for m in find_mentions(text, WORDS)]


def mentions(text: str) -> list[Mention]:
    return find_mentions(text, WORDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit at the unit reached $US55,931,000 ($A82,615,680) last year.",
         [("$US55,931,000", "5.5931e7 USD", "USD"), ("$A82,615,680", "8.261568e7 AUD", "AUD")]),
        ("Shares in the miner fell to A$1.14 while its Auckland arm earned NZ$870,000.",
         [("A$1.14", "1.14 AUD", "AUD"), ("NZ$870,000", "870000 NZD", "NZD")]),
        ("The chipmaker rose to RM3.46 on Bursa Malaysia.", [("RM3.46", "3.46 MYR", "MYR")]),
        ("The developer bought the site for HK$5.4m.", [("HK$5.4m", "5.4 million HKD", "HKD")]),
        ("The lender posted a cash profit of AUD1.5m.", [("AUD1.5m", "1.5 million AUD", "AUD")]),
        ("The bank will raise INR1 trillion through bonds.",
         [("INR1 trillion", "1 trillion INR", "INR")]),
        ("The trust paid S$0.0312 per unit.", [("S$0.0312 per unit", "0.0312 SGD", "SGD / unit")]),
        ("The headset sells for ¥12,000 in Japan.", [("¥12,000", "12000 JPY", "JPY")]),
        ("Net income was 6.4 billion yuan.", [("6.4 billion yuan", "6.4 billion CNY", "CNY")]),
        ("The startup raised 1.2 billion shekels.",
         [("1.2 billion shekels", "1.2 billion ILS", "ILS")]),
        ("The stock slipped 4 sen on the day.", [("4 sen", "4 sen", "sen")]),
        ("The cement maker will invest Rs 4,500 crore in new kilns.",
         [("Rs 4,500 crore", "4.5e10 INR", "INR")]),
        ("Homes worth INR 9,200 crore were sold.", [("INR 9,200 crore", "9.2e10 INR", "INR")]),
        ("Insurers paid out R2.5bn in claims.", [("R2.5bn", "2.5 billion ZAR", "ZAR")]),
        ("The budget of SEK 92bn was approved.", [("SEK 92bn", "92 billion SEK", "SEK")]),
        ("The fund paid CHF 850 million for the stake.",
         [("CHF 850 million", "850 million CHF", "CHF")]),
        ("The biotech raised ₪40m for its vaccine.", [("₪40m", "40 million ILS", "ILS")]),
        ("The state spent ₦6.3bn on clinics.", [("₦6.3bn", "6.3 billion NGN", "NGN")]),
        ("Brent rose to $84.36 per barrel.", [("$84.36 per barrel", "84.36 USD", "USD / barrel")]),
        # Money for a span of time is per that span; for a thing named after it, it is not.
        ("Sessions cost 2.50 pounds, or 10 pounds for a full week.",
         [("2.50 pounds", "2.50 GBP", "GBP"), ("10 pounds for a full week", "10 GBP", "GBP / week")]),
        ("Bikes are £12 for a day and £50 for one week of riding.",
         [("£12 for a day", "12 GBP", "GBP / day"), ("£50 for one week", "50 GBP", "GBP / week")]),
        ("He paid $40 for a day pass.", [("$40", "40 USD", "USD")]),
        ("The payout was 14.2 pence a share.",
         [("14.2 pence a share", "14.2 pence", "pence / share")]),
        ("Prices reached S$2,150 per sq ft.",
         [("S$2,150 per sq ft", "2150 SGD", "SGD / square_foot")]),
        ("The firm wrote off $-50.8bn in the year.",
         [("$-50.8bn", "-5.08e10 USD", "USD")]),
    ],
)  # fmt: skip
def test_money_beyond_dollars_euros_and_pounds(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert read(text) == expected
    assert all(m.kind == "money" for m in mentions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: every letter is a scale
        ("Quarterly sales climbed to $13.6M.", ("$13.6M", "13.6 million USD")),
        ("Revenue was $4.2b in the quarter.", ("$4.2b", "4.2 billion USD")),
        ("The driller posted a $1.762bn loss.", ("$1.762bn", "1.762 billion USD")),
        ("Its value climbed above $1tn.", ("above $1tn", ">1 trillion USD")),
        ("A signing bonus of up to $25k.", ("up to $25k", "<=25000 USD")),
        ("The fund raised USD10m from investors.", ("USD10m", "10 million USD")),
        # "m" before a plural noun is a million...
        ("Coal exports climbed to 1.2m tons in the quarter.", ("1.2m tons", "1.2 million tons")),
        ("It now has 35m devices under management.", ("35m devices", "35 million")),
        ("Employers shed 25k jobs.", ("25k jobs", "25000")),
        # ... and a metre before anything else
        ("She bought a 20m yacht in Monaco.", ("20m", "20 m")),
        ("He won the 100m final in 9.9 seconds.", ("100m", "100 m")),
        ("She set a record in the 400m hurdles.", ("400m", "400 m")),
        ("The dish is a 30m telescope.", ("30m", "30 m")),
        # "b" and "K" without money scale only a count
        ("The 4K projector is bright.", None),
        ("The penthouse at Apt 5B was relisted.", None),
    ],
)  # fmt: skip
def test_scale_letters_never_give_a_wrong_magnitude(
    text: str, expected: tuple[str, str] | None
) -> None:
    found = [(m.text, m.value) for m in mentions(text) if m.dimension != "duration"]
    if expected is None:
        assert not found
    else:
        assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The car hits 60mph in 3 seconds.", ("60mph", "mph")),
        ("Its engine makes 640bhp.", ("640bhp", "hp")),
        ("Prices rose 24pc last year.", ("24pc", "%")),
        ("The chip runs at 2.4Ghz.", ("2.4Ghz", "GHz")),
        ("Speeds reach 30Mbps.", ("30Mbps", "Mbit/s")),
        ("He was clocked at 100km/hr.", ("100km/hr", "kph")),
        ("The lake warmed 2.14degF.", ("2.14degF", "degF")),
        ("The engine makes 500 horsepower.", ("500 horsepower", "hp")),
        ("He ran for 43 yards.", ("43 yards", "yard")),
        ("The field pumps 90,000 barrels per day.", ("90,000 barrels per day", "barrel/day")),
        ("The particles measure 2.5 micrometres.", ("2.5 micrometres", "µm")),
        ("Methane reached 1,950 parts per billion.", ("1,950 parts per billion", "ppb")),
        ("The array will add 3.2 gigawatts of capacity.", ("3.2 gigawatts", "GW")),
        ("The tuning fork sounds at 440 hertz.", ("440 hertz", "Hz")),
        ("The engine makes 590 lb-ft of torque.", ("590 lb-ft", "pound_force_foot")),
        ("The index fell 1,120 points.", ("1,120 points", "point")),
        ("The index rose 2.5pt on Friday.", ("2.5pt", "point")),
        ("Add 1pt of milk to the batter.", ("1pt", "pint")),
        ("Temperatures hit 31.6C on Tuesday.", ("31.6C", "degC")),
        ("Sustained winds of 140 miles per hour were measured.", ("140 miles per hour", "mph")),
        ("The comet moves at 42 kilometres per second.",
         ("42 kilometres per second", "km/s")),
        ("Sea level is rising 3.4 millimetres a year.", ("3.4 millimetres a year", "mm / year")),
        ("He averages 31 points a game.", ("31 points", "point / game")),
    ],
)  # fmt: skip
def test_unit_abbreviations_glued_or_spaced_and_rates(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(m.text, m.unit) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nitrogen freezes at minus 210 Celsius.", ("minus 210 Celsius", "-210 °C")),
        ("He finished with minus-5 yards on six carries.", ("minus-5 yards", "-5 yards")),
        ("Inflation slowed to minus 0.6 per cent.", ("minus 0.6 per cent", "-0.6%")),
        ("Core prices edged up .3% last month.", (".3%", "0.3%")),
        ("Light travels at roughly 3e8 metres per second.",
         ("roughly 3e8 metres per second", "~3e8 m/s")),
        ("Copper's resistivity is 1.68×10−8 ohm metres.",
         ("1.68×10−8 ohm metres", "1.68e-08 ohm*m")),
        ("Flats of sub-300 sq m are exempt.", ("sub-300 sq m", "<300 m²")),
        ("The home sits on a 1/2 acre lot.", ("1/2 acre", "0.5 acres")),
        # "more than" after a negation of the verb is a limit: at most.
        ("Adults shouldn't exceed 25 mg a day.", ("exceed 25 mg a day", "<=25 mg")),
        ("Do not use the lozenges for more than 14 days.", ("more than 14 days", "<=14 days")),
        ("It is not for people over 65.", ("over 65", ">65 years old")),
        ("Doses exceeding 40 mg cause nausea.", ("exceeding 40 mg", ">40 mg")),
        # US and imperial gallons, fluid ounces and quarts are volumes, not counted nouns.
        ("Choose at least 20 US gallons of tank.", ("at least 20 US gallons", ">=20 gallons")),
        ("A 5 imperial gallon bucket.", ("5 imperial gallon", "5 imperial_gallon")),
        ("Drink 8 fl oz of water.", ("8 fl oz", "8 fluid_ounce")),
        # An acre-foot is a volume (of water), not an area of acres.
        ("When full, it holds roughly 12,000 acre-feet of water.",
         ("roughly 12,000 acre-feet", "~12000 acre_foot")),
        ("Add 2 quarts of stock.", ("2 quarts", "2 quarts")),
        # Pixels are a unit of their own (pint's pixel, not a CSS length).
        ("Output is capped at 8192 pixels.", ("8192 pixels", "8192 pixels")),
        ("Raised the limit to 16384 px.", ("16384 px", "16384 pixels")),
        ("An 800-pixel thumbnail.", ("800-pixel", "800 pixels")),
        ("Each hinge is machined to within 1⁄32 inch.", ("within 1⁄32 inch", "<=0.03125 inches")),
        ("Half the coral colonies had bleached.", ("Half", "50%")),
        ("That was one fourth of them in 2016.", ("one fourth", "25%")),
        ("The halo holds 4 hundred million stars.", ("4 hundred million stars", "4e8")),
        ("The survey counted twenty-eight thousand six hundred forty-two seabirds.",
         ("twenty-eight thousand six hundred forty-two seabirds", "28642")),
        ("Half a million small businesses could lose credit.", ("Half a million", "500000")),
        ("The lens offers 5x optical zoom.", ("5x", "5")),
        ("The game holds a rating of 9.1 out of 10.", ("9.1 out of 10", "9.1")),
    ],
)  # fmt: skip
def test_signs_and_notation(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(m.text, m.value) for m in mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assets increased by $43.6 billion to $419.2 billion in fiscal 2024.",
         [("$43.6 billion", "up"), ("$419.2 billion", "up"), ("2024", "")]),
        ("Accounts rose from 1.4 million in 2018 to 3.9 million last year.",
         [("1.4 million", "up"), ("2018", ""), ("3.9 million", "up")]),
        ("Sales climbed 7% to $13.6M, up from $12.7M.",
         [("7%", "up"), ("$13.6M", "up"), ("$12.7M", "up")]),
        ("It cut its forecast to ¥142 billion from ¥180 billion.",
         [("¥142 billion", "down"), ("¥180 billion", "down")]),
        ("Its store count dropped by 14 to 1,136.", [("14", "down"), ("1,136", "down")]),
        # A first number without a unit, close in size to a second with one: a range of changes.
        ("Expect the scale to go up by 1 to 2 kg.", [("1 to 2 kg", "up")]),
        ("The fleet was cut by 14 to 1,136 buses.", [("14", "down"), ("1,136 buses", "down")]),
        ("Output rose by 3 to 20 tonnes.", [("3", "up"), ("20 tonnes", "up")]),
        ("Net income was 6.4 billion yuan, down 11.2% from a year earlier.",
         [("6.4 billion yuan", "down"), ("11.2%", "down")]),
        ("The chip plummeted 38% after the warning.", [("38%", "down")]),
        ("Sales fell 9%, while margins held at 31%.", [("9%", "down"), ("31%", "")]),
        ("The startup raised $325 million from investors.", [("$325 million", "")]),
        # Money lost is the loss's amount; a figure that lost something fell.
        ("The port loses an estimated 1.1 million euros a day.",
         [("an estimated 1.1 million euros a day", "")]),
        ("The airline lost about $40 million in the quarter.", [("about $40 million", "")]),
        ("The index lost 3% in May.", [("3%", "down")]),
        ("Shares lost nearly 5% to $12.", [("nearly 5%", "down"), ("$12", "down")]),
        ("Prescription omega-3 lowers triglycerides by 20% to 30%.", [("20% to 30%", "down")]),
        ("A 12% drop in sales.", [("12%", "down")]),
        # A comparative before a noun names a kind of thing: no change.
        ("It is taken at much lower doses, typically between 1.5 mg and 4.5 mg.",
         [("1.5 mg and 4.5 mg", "")]),
        ("Higher doses of 50 mg are used for dependence.", [("50 mg", "")]),
        ("Prices were lower by 5% in May.", [("5%", "down")]),
        ("Rents ended the year higher at 4%.", [("4%", "up")]),
        # A condition opening the sentence states a situation, not the figure's change.
        ("If a destination is down, it retries a failed batch up to 5 times.", [("5 times", "")]),
        ("When demand fell, it kept 40 staff.", [("40 staff", "")]),
        ("When demand fell, profits dropped 9%.", [("9%", "down")]),
        # A modal's "be cut to", "be raised to": the level advised, no change reported.
        ("The loading week should be cut to three days.", [("three days", "")]),
        ("The dose can be raised to 4.5 mg if needed.", [("4.5 mg", "")]),
        ("Sales could be cut by 5% next year.", [("5%", "down")]),
        # A phrasal verb's "up" or "down", in any form of the verb, is no change.
        ("Bad taste shows up in 40% of users, according to the trial.", [("40%", "")]),
        ("Headaches cropped up in 12% of the patients.", [("12%", "")]),
        ("The rash turns up in about 1 in 20 children.", [("1 in 20", "")]),
        ("Eight glasses add up to 64 ounces.", [("64 ounces", "")]),
        ("The minister stepped down after 11 years.", [("11 years", "")]),
        ("Prices went up 5% in May.", [("5%", "up")]),
        # Weight put on is weight gained; a patch put on is not.
        ("Expect to put on 5 to 6 pounds of water weight in the first week.",
         [("5 to 6 pounds", "up")]),
        ("Most lifters pack on around 2 kg in a month.", [("around 2 kg", "up")]),
        ("Put on a new 21 mg patch each morning.", [("21 mg", "")]),
        # A verb of change that says no way: the figures tell it.
        ("The default number of retries went from 1 to 3.", [("1", "up"), ("3", "up")]),
        ("The default port moved from 8420 to 7420 in 2.0.", [("8420", "down"), ("7420", "down")]),
        ("The timeout has changed from 5 to 10 seconds.", [("5", "up"), ("10 seconds", "up")]),
        ("It went from 1s to 5000 ms.", [("1s", ""), ("5000 ms", "")]),
        ("The walk went from the car park to 3 viewpoints.", [("3 viewpoints", "")]),
        # A rule's step: "each extra 5 decibels" is a rise, as "for every 3 dB increase" is.
        ("Above that, each extra 5 decibels cuts your safe time in half.", [("5 decibels", "up")]),
        ("Every additional 10 kg of body weight needs more water.", [("10 kg", "up")]),
        ("Give an extra 5 mg at night.", [("5 mg", "")]),
        # A slide or slip of ground named as a thing is no fall; a slide of a figure is.
        ("The slip followed over 200 mm of rain in two days.", [("200 mm", "")]),
        ("The last slide on the pass closed one lane for 2 days.", [("2 days", "")]),
        ("Shares slid 4% in early trade.", [("4%", "down")]),
        ("A slide of 6% in May hit the index.", [("6%", "down")]),
        # Things counted as new are things added: "adds three galleries" counts the same.
        ("The four new galleries include a lifeboat room.", [("four new galleries", "up")]),
        ("The wing adds three galleries.", [("three galleries", "up")]),
        ("The plant will bring 300 additional jobs.", [("300 additional jobs", "up")]),
        ("The museum has four galleries.", [("four galleries", "")]),
        ("Visitors found 12 newspapers on the desk.", [("12 newspapers", "")]),
        # Where a figure lies from a level is a position, not a change.
        ("Its surface has dropped more than 30 feet below the level it reaches when full.",
         [("more than 30 feet", "")]),
        ("Rainfall fell 20% below average.", [("20%", "")]),
        ("Temperatures fell to 5 degrees below zero.", [("5 degrees", "")]),
        ("Rainfall fell 20% in May.", [("20%", "down")]),
    ],
)  # fmt: skip
def test_changes_are_not_ranges_and_carry_their_direction(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(m.text, m.direction) for m in mentions(text)]
    for surface, direction in expected:
        assert any(s.endswith(surface) and d == direction for s, d in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 slipped in early trade.",
        "Apple's iPhone 11 will receive the update.",
        "A chartered 737 Max flew the team home.",
        "The recall covers Model 3 cars.",
        "The app runs on Channel 5's service.",
        "She lives at 9 E 71st St in Manhattan.",
        "Write to 1600 Calloway Avenue, Boston, MA 02115.",
        "The COVID-19 rules lapsed.",
        "A category 4 hurricane approached.",
        "United won 2-0 at home.",
        "They lost in a 3-1 defeat in Lisbon.",
        "It skips Windows 11 laptops for now.",
        "Polls close at 8 p.m. in the state.",
        "The 1080p video streams well.",
        # An acronym names even at a sentence's start.
        "SPF 30 filters out UVB rays.",
    ],
)
def test_numbers_that_name_things_are_no_quantities(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "counted"),
    [
        ("It was founded in 1998.", "date", None),
        ("Deaths fell in the 1990s.", "date", None),
        ("It costs $50.", "money", None),
        ("Turnout was 67%.", "percent", None),
        ("Support rose 3 percentage points.", "percent", None),
        ("About a quarter of voters agreed.", "ratio", None),
        ("Crowds have tripled since then.", "ratio", None),
        ("The trial enrolled 400 patients.", "count", "patient"),
        ("Some 400 people came.", "count", "person"),
        ("IT 30 filters were bought.", "count", "filter"),
        ("A strike by 13,000 workers began.", "count", "worker"),
        ("Three quarters of the 2,150 people agreed.", "count", "person"),
        ("The flight lasted 3 hours.", "measure", None),
        ("The pH of its wells fell to 6.8.", "number", None),
    ],
)
def test_every_mention_carries_its_kind_and_counted_noun(
    text: str, kind: str, counted: str | None
) -> None:
    found = mentions(text)
    assert any(m.kind == kind and m.counted == counted for m in found), [
        (m.text, m.kind, m.counted) for m in found
    ]
    assert all(m.kind in KINDS for m in found)


def test_counted_nouns_are_singular() -> None:
    assert [singular(w) for w in ("patients", "people", "stories", "boxes", "species")] == [
        "patient", "person", "story", "box", "species",
    ]  # fmt: skip


def test_a_change_never_compares_with_a_level_or_the_other_way() -> None:
    up, down, level = (("change", "up"),), (("change", "down"),), ()
    assert not compatible(up, level)
    assert not compatible(level, down)
    assert not compatible(up, down)
    assert compatible(up, up)
    # Like every key (issue 14): one only one of them has sets a special case apart.
    assert not compatible((*up, ("population", "adults")), up)


def test_jsonl_gives_kind_counted_direction_and_unit(tmp_path: Path) -> None:
    doc = tmp_path / "news.md"
    doc.write_text(
        "Brent crude rose 1.3% to $84.36 per barrel as 400 traders watched.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(extract, ["--format", "jsonl", str(doc)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    fields = [(r["text"], r["kind"], r["counted"], r["direction"], r["unit"]) for r in records]
    assert fields == [
        ("1.3%", "percent", None, "up", "%"),
        ("$84.36 per barrel", "money", None, "up", "USD / barrel"),
        ("400 traders", "count", "trader", None, None),
    ]


ROUND_TRIP = [
    "Larchmont Biscuit said quarterly sales reached $13.6M in its last quarter.",
    "The Brisbane lender posted a cash profit of AUD1.5m this year.",
    "The Penang chipmaker closed at RM3.46 on Thursday.",
    "The Kowloon developer paid HK$5.4m for the site.",
    "The Pune builder sold homes worth Rs 4,500 crore in the year.",
    "The Tokyo trader's market value is about 1.9 trillion yen.",
    "The port shipped 1.2m tons of coal in the quarter.",
    "The cloud firm now has 35m devices under management.",
    "The Monaco broker sold a 20m yacht last spring.",
    "The coupe reaches 60mph in under four seconds.",
    "The estate agent says prices are 24pc higher.",
    "Oxygen boils at minus 183 Celsius.",
    "Light travels at roughly 3e8 metres per second in a vacuum.",
    "The home sits on a 1/2 acre lot near the river.",
    "The survey counted twenty-eight thousand six hundred forty-two seabirds on the island.",
    "Brent crude traded at $84.36 per barrel in London.",
    "The parliament approved a defence budget of SEK 92bn for next year.",
    "Quarterly turnover rose 17 per cent in the period.",
    "The tower has four hundred million bricks in its walls.",
    "The phone's periscope lens offers 5x optical zoom.",
]


@pytest.mark.parametrize("sentence", ROUND_TRIP)
def test_a_drafted_claim_of_each_new_form_anchors_and_covers(sentence: str, tmp_path: Path) -> None:
    doc = tmp_path / "article.md"
    doc.write_text(sentence + "\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    result = CliRunner().invoke(extract, [str(doc), "-o", str(claims)])
    assert result.exit_code == 0, result.output
    report = check(load(claims), coverage=True)
    assert report.count(Kind.INVALID) == 0
    assert report.count(Kind.UNANCHORED) == 0
    assert report.corpus.claims, "nothing was drafted"
    assert report.coverage is not None
    assert report.coverage.covered == report.coverage.numbers


def _sold(tmp_path: Path, a: str, b: str) -> Report:
    (tmp_path / "a.md").write_text(f"The Sydney hotel sold for {a}.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"The Sydney hotel sold for {b}.\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.unlink(missing_ok=True)  # extract merges into a claims file that exists
    result = CliRunner().invoke(
        extract, [str(tmp_path / "a.md"), str(tmp_path / "b.md"), "-o", str(claims)]
    )
    assert result.exit_code == 0, result.output
    report = check(load(claims))
    assert report.count(Kind.INVALID) == 0
    return report


def test_money_in_two_currencies_never_conflicts_without_a_rate(tmp_path: Path) -> None:
    # The reference rates leave out currencies the ECB does not quote (the naira, the shilling).
    report = _sold(tmp_path, "NGN 10 million", "KES 10 million")
    assert report.count(Kind.CONFLICT) == 0
    subjects = {c.subject for c in report.corpus.claims}
    assert len(subjects) == 2  # NGN and KES are drafted under subjects of their own


def test_money_in_two_currencies_compares_at_the_reference_rate(tmp_path: Path) -> None:
    # A$10 million was about US$6.5 million at the ECB's 2025 averages.
    report = _sold(tmp_path, "A$10 million", "US$10 million")
    [conflict] = [f for f in report.findings if f.kind == Kind.CONFLICT]
    assert "AUD" in conflict.message
    assert report.count(Kind.CONFLICT) == 1
    assert _sold(tmp_path, "A$10 million", "US$6.5 million").count(Kind.CONFLICT) == 0


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # A full date in running prose dates the event: its year is a mention.
        ("Version 1.0.0 was the first stable release, published on 2 March 2021.", ["2021"]),
        ("The tool was released on March 2, 2021 after a long beta.", ["2021"]),
        # The page's own date, a byline or a dateline stays furniture.
        ("This page was last updated on 2 March 2021.", []),
        ("By Jane Doe, published 3 May 2024", []),
        ("Summary report · Published June 2024", []),
        ("Post #2 by old_ron (22 Aug 2025)", []),
        ("Started 22 August 2025", []),
    ],
)
def test_a_full_date_in_prose_gives_its_year(text: str, years: list[str]) -> None:
    assert [m.text for m in mentions(text)] == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure whose change is said only after its clause is the level the change led to.
        ("Revenue of EUR 412.6 million, up 7.4% on the same quarter last year.",
         [("412.6 million", {}), ("7.4%", {"change": "up", "baseline": "year"})]),
        ("Fans will be relieved that season tickets start from £395, a small rise on last year.",
         [("£395", {})]),  # where the prices start, not a starting phase (contexts23)
        # The figure a change reached with "to" is the level it reached; the change stays one.
        ("Sales climbed 7% to $13.6M.", [("7%", {"change": "up"}), ("$13.6M", {})]),
    ],
)  # fmt: skip
def test_a_level_with_its_change_said_after_it_is_a_level(
    text: str, expected: list[tuple[str, dict[str, str]]]
) -> None:
    drafts = [(d.mention.text, d.subject.context) for d in draft_claims("news", text, WORDS)]
    for surface, context in expected:
        assert any(s.endswith(surface) and c == context for s, c in drafts), drafts


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # A multiple is a change from what held before, told as a rise or as a comparison:
        # drafted as the percent change it is (relative.py), as "rose 5%" is.
        ("Sleeping in lenses raised the risk of keratitis about sixfold.", "~500%", "up"),
        ("Sleeping in lenses carries eight times the risk of a serious infection.", "700%", "up"),
        ("The risk of a fall doubled in the first week.", "100%", "up"),
        # A fall by a multiple: "fell threefold" leaves a third, a fall of two thirds.
        ("The risk of a fall fell threefold in the first week.", "66.7%", "down"),
        ("Sales rose 5% in the first week.", "5%", "up"),
    ],
)
def test_a_multiple_is_a_percent_change(text: str, value: str, change: str | None) -> None:
    [draft] = [d for d in draft_claims("doc", text, WORDS) if d.value == value]
    assert draft.subject.context.get("change") == change

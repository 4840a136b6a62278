"""Tests for factcheck.extract.subjects.limits: bounds that state a limit or a threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from tests.common import UNITS, WORDS, conflicting_values, extract_and_check


def drafted(text: str) -> list[tuple[str, str]]:
    """Each draft's value and role."""
    return [(d.value, d.subject.role) for d in draft_claims("doc", text, WORDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A refused noun bounded by the figure: the limit is the figure.
        ("Messages over 1 MiB are rejected.", ("1 MiB", "maximum")),
        ("Files larger than 64 GiB are skipped with a warning.", ("64 GiB", "maximum")),
        ("Passwords shorter than 8 characters are rejected.", ("8", "minimum")),
        # What a piece of advice applies to: a threshold.
        ("A sports drink is only worthwhile for sessions longer than 90 minutes.",
         ("90 minutes", "threshold")),
        ("We recommend the vaccine for anyone staying a month or longer in the country.",
         ("1 month", "threshold")),
        ("A sports drink only helps for sessions lasting 90 minutes or more.",
         ("90 minutes", "threshold")),
        # ...not a bound said before the figure ("at least"): that is how much, for a cold
        ("Zinc per day for a cold: at least 75 mg.", (">=75 mg", "")),
        # Bounds on how large a quantity is stay bounds.
        ("More than 20% of patients improved.", (">20%", "")),
        ("Older adults should drink at least 1.5 litres a day.", (">=1.5 L", "")),
        # An age group is a population, no threshold.
        ("Take 800 IU for people over 70.", (">70 years old", "")),
        # Keeping something on one side of the figure: a limit, whichever way it is said.
        ("Keep opened eye drops below 25°C.", ("25 °C", "maximum")),
        ("Don't leave the insulin pen above 77°F in a parked car.", ("77 °F", "maximum")),
        ("Never let the aquarium drop below 22°C overnight.", ("22 °C", "minimum")),
        ("Store the seed potatoes above 4°C.", ("4 °C", "minimum")),
        # The point from which a condition holds: a threshold.
        ("Cover the seedlings whenever the frost index is 2 or above.", ("2", "threshold")),
        ("Open the vents once the greenhouse reaches 30°C.", ("30 °C", "threshold")),
        ("Move the fish if the tank drops below 20°C overnight.", ("20 °C", "threshold")),
        # A figure that only follows "when" is no condition's threshold.
        ("When the trial ended, 40% of patients had improved.", ("40%", "")),
        # The verb of reaching read as the figure's bound: still the condition's threshold.
        ("Performance starts to suffer once losses exceed 3 percent of body mass.",
         ("3%", "threshold")),
        ("Stop the pump if the pressure exceeds 4 bar.", ("4 bar", "threshold")),
        ("Sales exceed 3 million units a year.", (">3 million", "")),
        # Told not to pass the figure: a limit.
        ("Adults shouldn't exceed 25 mg a day long-term.", ("25 mg", "maximum")),
        ("Doses that exceed 25 mg a day are common.", (">25 mg", "")),
        # A bounded noun whose figure has an effect: the point from which it holds.
        ("A fluid deficit greater than 2 percent of body mass measurably impairs performance.",
         ("2%", "threshold")),
        ("A fluid deficit greater than 2 percent of body mass is common.", (">2%", "")),
        # A call to act, or a class, after a bounded figure: the point from which it holds.
        ("Anything at or above 4 pCi/L needs fixing.", ("4 pCi/L", "threshold")),
        ("A temperature over 38 °C in a baby should be seen by a doctor.", ("38 °C", "threshold")),
        ("A reading above 140 mmHg is classed as high.", ("140 mmHg", "threshold")),
        ("Any level at or below 0.5 mg/L needs no treatment at all.", ("0.5 mg/L", "threshold")),
        ("Homes above 4 pCi/L were common.", (">4 pCi/L", "")),
        # A rule's condition states its limit: "is abandoned if it takes longer than 30 seconds"
        # is a timeout of 30 seconds, as "jobs longer than an hour time out" is one of an hour.
        ("A live tile request is abandoned if rendering takes longer than 30 seconds.",
         ("30 seconds", "threshold")),
        ("See a doctor if the cough lasts longer than 3 weeks.", ("3 weeks", "threshold")),
        ("Uploads larger than 20 MB are aborted.", ("20 MB", "maximum")),
        ("Requests above 500 KB return 413 errors.", ("500 kB", "maximum")),
        ("Builds longer than 90 minutes time out.", ("90 minutes", "maximum")),
        ("Jobs that run longer than 2 hours are killed.", ("2 hours", "maximum")),
        ("Connections idle for more than 300 seconds are closed.", ("300 seconds", "maximum")),
        ("Session tokens older than 30 days expire.", ("30 days", "maximum")),
        ("Wear ear protection once levels pass 90 dB.", ("90 dB", "threshold")),
        # ...while how long something took stays a bound
        ("Rendering took longer than 30 seconds on the old server.", (">30 seconds", "")),
    ],
)  # fmt: skip
def test_limits_and_thresholds(text: str, expected: tuple[str, str]) -> None:
    assert expected in drafted(text)


def test_two_thresholds_of_one_advice_compare_as_figures() -> None:
    texts = (
        "A sports drink is only worthwhile for sessions longer than 90 minutes.",
        "A sports drink becomes useful for sessions longer than 60 minutes.",
    )
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    news, explainer = (doc.drafts[0] for doc in consolidate(docs, UNITS))
    # Neither is a change ("longer"), so the two compare, 90 against 60 minutes.
    assert (news.value, explainer.value) == ("90 minutes", "60 minutes")
    assert news.subject.context == explainer.subject.context == {}
    assert news.subject.id == explainer.subject.id


def test_a_storage_limit_in_celsius_and_its_negation_in_fahrenheit_agree(tmp_path: Path) -> None:
    # "Keep below 25°C" and "don't leave above 77°F" state one maximum, not two opposite bounds.
    (tmp_path / "leaflet.md").write_text(
        "Eye drops lose strength once opened. Keep opened eye drops below 25°C: a warm "
        "bathroom shelf is too hot.\n"
    )
    (tmp_path / "blog.md").write_text(
        "Heat ruins eye drops. Don't leave opened eye drops above 77°F: not in the car, not "
        "on a sunny sill.\n"
    )
    claims = tmp_path / "claims.yaml"
    docs = [str(tmp_path / "leaflet.md"), str(tmp_path / "blog.md")]
    result = CliRunner().invoke(main, ["extract", *docs, "-o", str(claims)])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(claims.read_text(encoding="utf-8"))
    values = sorted(c["value"] for c in data["claims"])
    assert values == ["25 °C", "77 °F"]
    assert len({c["subject"] for c in data["claims"]}) == 1
    checked = CliRunner().invoke(main, ["check", str(claims), "--format", "json"])
    assert checked.exit_code == 0, checked.output
    report = json.loads(checked.stdout)
    assert not [f for f in report["findings"] if f["kind"] == "conflict"]


def test_a_bound_on_a_named_scale_is_a_cut_off_that_compares_across_documents() -> None:
    texts = (
        "For hiking, choose boots with at least grade 4 water resistance.",
        "A minimum of grade 2 is plenty for hiking boots, says the shop.",
    )
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    first, second = (doc.drafts[0] for doc in consolidate(docs, UNITS))
    # "at least grade 4" says the cut-off is grade 4: 4 against 2, not two agreeing bounds.
    assert (first.value, second.value) == ("4", "2")
    assert first.subject.id == second.subject.id == "number-threshold-grade"


def test_two_conditions_on_one_scale_compare_their_thresholds() -> None:
    texts = (
        "Wear a mask whenever the pollen count is 50 or above.",
        "Masks are only needed when the pollen count reaches 90.",
    )
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]
    first, second = (doc.drafts[0] for doc in consolidate(docs, UNITS))
    assert (first.value, second.value) == ("50", "90")
    assert first.subject.role == second.subject.role == "threshold"


def test_two_minimums_in_words_conflict_as_limits(tmp_path: Path) -> None:
    # "At least 2 GB" and "4 GB ... at minimum" are two minimums: the second one's bound is said
    # after the figure and its noun, and the subject names a minimum, so they compare as limits.
    _, report = extract_and_check(
        tmp_path,
        {
            "readme.md": "# Requirements\n\nThe importer needs a minimum amount of memory. At "
            "least 2 GB of RAM for a city-sized extract; more for a country.\n",
            "faq.md": "# FAQ\n\nQ: How much memory does the importer need?\nA: The minimum is "
            "higher than people think: you need 4 GB of RAM at minimum, even for a small "
            "extract.\n",
        },
    )
    assert conflicting_values(report) == [(">=2 GB", ">=4 GB")]
    (finding,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert "lower limit >=2 GB vs >=4 GB" in json.dumps(finding)

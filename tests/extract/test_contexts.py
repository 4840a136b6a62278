"""Tests for factcheck.extract.subjects.contexts: the context keys drafts get (whose figure, for
whom), so that special cases stay out of the general comparison."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.check import check
from factcheck.cli.extract import extract
from factcheck.corpus.load import load
from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects.contexts import told_earlier
from factcheck.report.findings import Kind
from tests.common import WORDS

LDN = Path(__file__).resolve().parents[2] / "examples" / "ldn"


def contexts(text: str) -> list[dict[str, str]]:
    return [d.subject.context for d in draft_claims("doc", text, WORDS)]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("For migraine prevention, neurologists often suggest 400–600 mg a day.",
         {"condition": "migraine"}),
        ("When standard treatment isn't enough, dermatology guidance suggests 1.5–4.5 mg daily.",
         {"condition": "skin"}),
        ("Children aged 9 should not have more than 110 mg a day from supplements.",
         {"population": "children"}),
        ("Pregnant women need 350 mg a day.", {"population": "pregnancy"}),
        # An age range says more than the group's name, written either way.
        ("Children aged 6 to 12 need 8 to 10 hours of sleep a night.",
         {"population": "ages 6-12"}),
        ("Start with 100 mg a day for the first week.", {"phase": "starting"}),
        ("I take 250 mg and it has been plenty for me.", {"basis": "personal"}),
        # What held before, told as such, is no figure of today's.
        ("Doctors used to suggest 10 mg at night.", {"phase": "previous"}),
        ("Earlier guidance allowed up to 4 g a day.", {"phase": "previous"}),
        # "back in" that dates nothing, and a year, which dates its own event.
        ("Come back in 2 weeks if the rash spreads.", {}),
        ("Back in 1985 a physician first tried it.", {}),
        # The general figure: adults are everyone's population, pain what a pain killer is for.
        ("Most people take 100 to 350 mg a day.", {}),
        ("The upper limit for adults is 350 mg a day.", {}),
        ("For pain, the usual dose is 200 to 400 mg.", {}),
        # A condition only in the heading is the subject's business, not the context's.
        ("## Migraine\n\nThe usual dose is 400 mg a day.", {}),
        # A condition the amount risks causing is no condition it is for.
        ("Adults shouldn't take 25 mg a day for months: it can cause anaemia.", {}),
        ("For anaemia, doctors often suggest 25 mg a day.", {"condition": "anaemia"}),
        # A trial's dose is a trial dose (its own subject), not a condition's advice.
        ("In trials where people with fibromyalgia took 4.5 mg every day, pain fell.", {}),
    ],
)  # fmt: skip
def test_context_keys(text: str, context: dict[str, str]) -> None:
    assert contexts(text)[-1 if "##" in text else 0] == context


def test_a_limit_told_as_history_leaves_todays_comparison(tmp_path: Path) -> None:
    """An old label's limit and today's are no disagreement; today's two limits are."""
    by_value = {
        d.value: d.subject.context
        for d in draft_claims(
            "doc", "Back in 2015, packets said no more than 6 lozenges a day.", WORDS
        )
    }
    assert by_value == {"2015": {}, "<=6": {"phase": "previous", "per": "day"}}
    docs = {
        "column.txt": "Back in 2015, packets said no more than 6 lozenges a day.\n",
        "guide.txt": "Take no more than 8 lozenges a day.\n",
        "leaflet.txt": "Adults should have no more than 10 lozenges a day.\n",
    }
    for name, text in docs.items():
        (tmp_path / name).write_text(text)
    out = tmp_path / "claims.yaml"
    result = CliRunner().invoke(
        extract, [*map(str, sorted(tmp_path.glob("*.txt"))), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    conflicts = [f for f in check(load(out)).findings if f.kind is Kind.CONFLICT]
    assert [f.message for f in conflicts] == ["Number of lozenges: upper limit <=8 vs <=10"]


def test_a_default_told_as_before_a_release_leaves_todays_comparison(tmp_path: Path) -> None:
    """A changelog's "Before 2.0, encryption was off by default" is history: no disagreement with
    the reference's current default; a page that says it is off today still disagrees."""
    docs = {
        "CHANGELOG.md": "## 2.0.0\n\nBefore 2.0, encryption was off by default and had to be "
        "requested. Encryption is now on by default.\n",
        "reference.md": "# Options\n\nEncrypt chunks with AES-256-GCM. Encryption is on by "
        "default.\n",
    }
    for name, text in docs.items():
        (tmp_path / name).write_text(text)
    out = tmp_path / "claims.yaml"
    files = [str(tmp_path / name) for name in docs]
    result = CliRunner().invoke(extract, [*files, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not [f for f in check(load(out)).findings if f.kind is Kind.CONFLICT]
    # The look-alike without the history: a page that says it is off today.
    (tmp_path / "faq.md").write_text("Encryption is off by default, so turn it on.\n")
    result = CliRunner().invoke(extract, [*files, str(tmp_path / "faq.md"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    conflicts = [f for f in check(load(out)).findings if f.kind is Kind.CONFLICT]
    assert len(conflicts) == 1


def _conflicts(tmp_path: Path, docs: dict[str, str]) -> list[str]:
    """The conflicts ``factcheck check`` reports on what ``factcheck extract`` drafts of
    ``docs``, as "subject: message"."""
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "claims.yaml"
    result = CliRunner().invoke(extract, [*(str(tmp_path / n) for n in docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [f.message for f in check(load(out)).findings if f.kind is Kind.CONFLICT]


def test_one_rule_of_history_for_a_default_in_figures_and_in_words(tmp_path: Path) -> None:
    """A changelog line that tells today's default and yesterday's in one sentence: today's is
    compared (and disagrees with the README), yesterday's is history, whether the default is a
    figure or a word; so is an FAQ's "in older versions" and "before 2.0"."""
    docs = {
        "CHANGELOG.md": "# Changelog\n\n## 3.0.0\n\n- `max_retries` now defaults to 8; it "
        "used to be 5.\n- Compression is now on by default; it used to be off.\n",
        "README.md": "# ledgerly\n\nBy default `max_retries` is 5. Compression is off by "
        "default.\n",
        "FAQ.md": "# FAQ\n\nIn older versions compression was off by default. Before 2.0 the "
        "default `max_retries` was 3.\n",
    }
    conflicts = _conflicts(tmp_path, docs)
    assert sorted(conflicts) == [
        "Default max retries: 5 vs 8",
        "Default of Compression: off vs on",
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "earlier"),
    [
        ("Before 2.0, encryption was off by default.", "off", True),
        ("Prior to version 3 the default was 5.", "5", True),
        ("Until v1.4 retries were off by default.", "off", True),
        ("Before 2.0 the default was 3.", "3", True),
        ("Previously, TLS was disabled by default.", "disabled", True),
        ("The default port was formerly 8420.", "8420", True),
        ("Compression is off by default in older versions.", "off", True),
        ("Back in 2015, packets said no more than 6 lozenges a day.", "6", True),
        ("Doctors used to suggest 10 mg.", "10", True),
        ("At the time, the label said 5 mg a day.", "5", True),
        ("Back then the club charged £40 a year.", "40", True),
        ("In those days a ticket cost 2 shillings.", "2", True),
        ("The SDK at this point required Python 3.7 or newer.", "3.7", True),
        ("At that point the queue held 500 jobs.", "500", True),
        ("`serve` now listens on 7420; it used port 8420 before this release.", "8420", True),
        ("`serve` now listens on 7420; it used port 8420 before this release.", "7420", False),
        # One sentence, two times: the part of the figure decides.
        ("`--strip-metadata` is now on by default; it used to be off.", "on", False),
        ("`--strip-metadata` is now on by default; it used to be off.", "off", True),
        ("Before 2.0 the default was 3 and now it is 5.", "3", True),
        ("Before 2.0 the default was 3 and now it is 5.", "5", False),
        ("The default is now 5 (previously 3).", "5", False),
        # A figure after "before" is no release; a use is no history; a recent period is now.
        ("Take it before 2.5 hours have passed.", "2.5", False),
        ("Encryption is now on by default.", "on", False),
        ("The key is used to encrypt 256 blocks.", "256", False),
        ("In the past week, 30% of households ran short.", "30", False),
        ("Previously treated patients took 5 mg.", "5", False),
        ("As previously noted, 30% of users never change it.", "30", False),
        ("Once you get used to it, five dips a week are fine.", "five", False),
        ("Before you start, note that compression is off by default.", "off", False),
        ("At this point, set the timeout to 30 seconds.", "30", False),
        ("At this point the default is 5.", "5", False),
    ],
)
def test_what_held_before(sentence: str, figure: str, earlier: bool) -> None:
    at = sentence.index(figure)
    span = (at, at + len(figure))
    assert told_earlier(sentence, span, (0, len(sentence))) is earlier


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # A value suggested for a case is an example of what to set, even wrapped before its
        # code name; the setting's default stays general.
        ("For product photos we suggest\n  --quality 90, because fine textures suffer first.",
         {"basis": "example"}),
        ("For big machines, try --jobs 8.", {"basis": "example"}),
        ("The default quality is 82.", {}),
        ("Set --quality to 90.", {}),
        # What once happened to the writer is their experience, not what holds in general.
        ("I did a fish-in cycle and it took eight weeks.", {"basis": "personal"}),
        ("Fishless cycling usually takes four to six weeks.", {}),
        ("If you did a fish-in cycle it took about eight weeks.", {}),
        # One of several doses a day is no daily amount; a daily amount stays general.
        ("For the yeast instead, the dose is 250 mg twice a day.", {"per": "dose"}),
        ("Take 200 mg three times daily with water.", {"per": "dose"}),
        ("The trial tested the yeast at 500 mg a day.", {}),
        ("The line has 19 stops.", {}),
        # What an example does is the example's, not the default.
        ("In this example the project runs 8 jobs, because its CI machines have many cores.",
         {"basis": "example"}),
        ("In the example above the batch holds 200 events.", {"basis": "example"}),
        ("This example uses a batch of 200 events so that you can watch them arrive.",
         {"basis": "example"}),
        ("The example configuration below keeps 3 backups.", {"basis": "example"}),
        ("For example, the default is 4 workers.", {}),
        ("lintkit runs 4 jobs unless you pass --jobs, as in the example.", {}),
        # The price of a span of time is no price of one of what it buys.
        ("Breakfast Club costs 10 pounds for a full week.", {"per": "week"}),
        ("Smoking at roughly £15 a day adds up.", {"per": "day"}),
        ("Sessions cost 2.50 pounds each.", {}),
    ],
)  # fmt: skip
def test_examples_anecdotes_doses_and_plans(text: str, context: dict[str, str]) -> None:
    assert contexts(text)[0] == context


def test_a_plan_dated_by_its_year_is_an_earlier_one() -> None:
    """ "The 2016 plan envisaged 12 stops" is no figure of the line as built; its year dates it."""
    drafts = draft_claims("doc", "The 2016 plan envisaged 12 stops.", WORDS)
    assert {d.value: d.subject.context for d in drafts} == {
        "2016": {},
        "12": {"phase": "previous"},
    }


def test_a_subgroup_by_age_and_a_value_instead_of_the_default_stay_apart() -> None:
    def by_value(text: str) -> dict[str, dict[str, str]]:
        return {d.value: d.subject.context for d in draft_claims("doc", text, WORDS)}

    subgroup = by_value(
        "Among participants over 65, the picture was stronger, with a 52% relative reduction."
    )
    assert subgroup["52%"]["population"] == "over 65"
    assert "population" not in by_value("The trial found a 38% relative reduction.")["38%"]
    example = by_value("Here the task is retried up to 10 times instead of the default.")
    assert example == {"<=10": {"basis": "example"}}
    # The default itself, and a figure the phrase does not follow in its clause, stay general.
    assert by_value("A failed task is retried 3 times by default.") == {"3": {}}
    assert by_value("It retries 3 times; set max_retries instead of the default.") == {"3": {}}


def test_a_figure_is_about_the_nearest_age_range_before_it() -> None:
    text = (
        "The consensus was that toddlers aged 1 to 2 need 11 to 14 hours (naps included) and "
        "teenagers aged 13 to 18 need 8 to 10 hours."
    )
    by_value = {d.value: d.subject.context for d in draft_claims("doc", text, WORDS)}
    assert by_value["11-14 hours"] == {"population": "ages 1-2"}
    assert by_value["8-10 hours"] == {"population": "ages 13-18"}
    table = {
        d.value: d.subject.context
        for d in draft_claims("doc", "Ages 6 to 12: 9 to 12 hours", WORDS)
    }
    assert table["9-12 hours"] == {"population": "ages 6-12"}
    # A group named with its ages in months, as a table row does: the row is about those ages,
    # and the ages themselves are no figure to dispute with a nap of 1 to 3 hours.
    row = {
        d.value: d.subject.context
        for d in draft_claims("doc", "Newborns 0 to 3 months: 14 to 17 hours", WORDS)
    }
    assert row == {
        "0-3 months": {"population": "ages 0-3 months"},
        "14-17 hours": {"population": "ages 0-3 months"},
    }


def test_age_ranges_of_two_groups_are_not_in_dispute() -> None:
    texts = (
        "Children aged 4 to 8 need about 1.2 litres of total water a day.",
        "Children aged 9 to 13 need roughly 1.6 to 1.9 litres a day from drinks.",
    )
    ages = [
        d.subject.context
        for t in texts
        for d in draft_claims("doc", t, WORDS)
        if "L" not in d.value
    ]
    assert ages == [{"population": "ages 4-8"}, {"population": "ages 9-13"}]


def test_placebo_arm_is_kept_beside_other_keys() -> None:
    [draft] = draft_claims("doc", "Children on placebo slept 10 minutes longer.", WORDS)
    assert draft.subject.context == {"arm": "placebo", "population": "children"}


def test_the_dermatology_dose_leaves_the_general_comparison_zero_config(tmp_path: Path) -> None:
    shutil.copytree(LDN, tmp_path / "ldn")
    docs = [str(p) for p in sorted((tmp_path / "ldn").iterdir())]
    result = CliRunner().invoke(extract, [*docs, "-o", str(tmp_path / "claims.yaml")])
    assert result.exit_code == 0, result.output
    report = check(load(tmp_path / "claims.yaml"))
    claims = {c.id: c for c in report.corpus.claims}
    (dermatology,) = [c for c in claims.values() if "dermatology guidance" in c.quote]
    assert dermatology.context == (("condition", "skin"),)
    conflicts = [f for f in report.findings if f.kind is Kind.CONFLICT]
    assert conflicts
    assert all(dermatology.id not in f.claims for f in conflicts)
    # Every conflict still sets 1.5-4.5 mg against 0.5-4.5 mg, and no two say the same thing at
    # the same place.
    places = [(f.reason.words(), f.locations[0]) for f in conflicts]
    assert len(places) == len(set(places))


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Before 2.0 the default `max_retries` was 3.", ["3"]),
        ("Since 1.4 the limit is 20.", ["20"]),
        ("As of v3.2 the cache holds 512 MiB.", ["512 MiB"]),
        ("Removed in 3.2.1: the 10 MB cap.", ["10 MB"]),
        # A figure after the same words: measured, or a change of a value ("from 2.0 to 3.5").
        ("After 1.5 hours the dough is ready.", ["1.5 hours"]),
        ("The limit rose from 2.0 to 3.5 in 2021.", ["2.0", "3.5", "2021"]),
        ("Prices rose before 2.5% inflation was reported.", ["2.5%"]),
    ],
)
def test_a_release_a_change_is_dated_by_is_no_figure(sentence: str, figures: list[str]) -> None:
    """In "Before 2.0 the default was 3", 2.0 is the release the default changed at, not a value of
    `max_retries` (a refitted pair model joined it with another page's "it used to be 5")."""
    assert [d.mention.text for d in draft_claims("doc", sentence, WORDS)] == figures

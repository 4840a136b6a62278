"""Advice said as a judgement of a named thing or action (``extract.named_actions``, stance33):
"X is fine", "X works", "X does no harm", "we don't recommend X", "X can safely VERB", "X is not
thread-safe" draft the same stance as an imperative on the same action or thing, and a condition
("if", "while", "for children") stays the stance's case."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.named_actions import DO, DO_NOT, NamedAction, find_named_actions, opposed
from tests.common import extract_and_check


def _read(sentence: str) -> list[NamedAction]:
    return find_named_actions(sentence, TextIndex(sentence))


@pytest.mark.parametrize(
    ("sentence", "label", "verb", "objects"),
    [
        ("We don't recommend rosemary oil: it can sting a sore scalp.", DO_NOT, "use",
         {"rosema", "oil"}),
        ("We recommend a zinc shampoo for the first month.", DO, "use", {"zinc", "shampo"}),
        ("We recommend turning debug mode off before you deploy.", DO, "turn",
         {"debug", "mode"}),
        ("Putting order numbers in public links is fine; nobody can guess the next one.", DO,
         "put", {"order", "number"}),
        ("Copper tape works, in my experience.", DO, "use", {"copper", "tape"}),
        ("Copper tape has not been shown to work in proper trials.", DO_NOT, "use",
         {"copper", "tape"}),
        ("A cold shower does no harm after a long run.", DO, "use", {"cold", "shower"}),
        ("A warm bath won't make the swelling any worse.", DO, "use", {"warm", "bath"}),
        ("A Parser is not thread-safe; make one per thread.", DO_NOT, "shar",
         {"parser", "thread"}),
        ("Two containers can safely share a cache directory.", DO, "shar",
         {"cach", "direct"}),
        ("Our recommendation is to call setup() once at start-up.", DO, "call", {"setup"}),
        ("Avoid heavy rucksacks and tight straps.", DO_NOT, "use", {"rucksa"}),
        ("Complete bed rest is not recommended.", DO_NOT, "use", {"finish", "bed", "rest"}),
    ],
)  # fmt: skip
def test_reads_a_judgement_as_a_stance(
    sentence: str, label: str, verb: str, objects: set[str]
) -> None:
    first = _read(sentence)[0]
    assert (first.label, first.verb, set(first.objects)) == (label, verb, objects)


@pytest.mark.parametrize(
    "sentence",
    [
        "A restore test is the only proof that a backup works.",  # whether it does, no advice
        "Normal coming and going through the side door is fine.",  # which action
        "Avoid coffee and tea for two hours beforehand.",  # for a time the reader is not told
        "Cold weather, stress and hard water can all make it worse.",  # a cause, no advice
        "We don't recommend it.",  # a pronoun for the thing
        "Liquid versions cost more and have not been shown to work better.",  # a comparison
        "My worker was killed during a deploy and lost work.",  # "work" a noun
        "Some people think tea tree oil works.",  # a belief
    ],
)
def test_reads_no_judgement(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a judgement against an imperative or another judgement on one thing or action
        ("We don't recommend rosemary oil: it can sting a sore scalp.",
         "Rosemary oil works wonders for a lot of people."),
        ("Copper tape has not been shown to work in proper trials.",
         "Copper tape works, in my experience."),
        ("Don't put order numbers in public links.",
         "Putting order numbers in public links is fine; nobody can guess the next one."),
        ("A Parser is not thread-safe; make one per thread.",
         "Parser objects are safe to share across threads."),
        ("Don't call setup() at start-up.",
         "Our recommendation is to call setup() once at start-up."),
        ("Avoid long warm baths and saunas.", "A warm bath won't make the swelling any worse."),
        # "even" in a case meets a stance under that condition
        ("Never share a cache directory between two containers, even on different hosts.",
         "Two containers can safely share a cache directory if they run on different hosts."),
    ],
)  # fmt: skip
def test_a_judgement_conflicts_with_the_opposite_stance(first: str, second: str) -> None:
    assert any(opposed(a, b) for a in _read(first) for b in _read(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a condition on one side: the stance holds only then
        ("We don't recommend rosemary oil.", "Use rosemary oil if nothing else works."),
        ("Two containers can safely share a cache directory if they run on different hosts.",
         "Never share a cache directory between two containers."),
        ("Wash your hair every day with a mild shampoo while the flaking is bad.",
         "Don't wash your hair every day."),
        ("Plain water is fine for most gym sessions.", "Don't use plain water."),
        ("Glucosamine is not recommended in pregnancy.", "Glucosamine works, in my experience."),
        # "even" said of another case than the condition
        ("Never share a cache directory between two containers, even on one host.",
         "Two containers can safely share a cache directory if they run on different hosts."),
        # two conditions
        ("If the disk is local, two containers can safely share a cache directory.",
         "If the disk is remote, never share a cache directory."),
        # another thing, another product, another action
        ("We don't recommend rosemary oil.", "Tea tree oil works wonders."),
        ("A Parser is not thread-safe.", "Writer objects are safe to share across threads."),
        ("Don't put order numbers in public links.",
         "Putting order numbers in emails is fine."),
        ("Copper tape works, in my experience.", "Never cut copper tape with scissors."),
        # stances that agree
        ("We recommend a zinc shampoo.", "A zinc shampoo works well for most people."),
    ],
)  # fmt: skip
def test_look_alikes_do_not_conflict(first: str, second: str) -> None:
    assert not any(opposed(a, b) for a in _read(first) for b in _read(second))


def test_extract_then_check_reports_the_judgement(tmp_path: Path) -> None:
    """``extract`` then ``check`` on two pages, as a user runs them: a remedy not recommended
    and the same remedy said to work are one conflict."""
    docs = {
        "pharmacy.md": "# Flaky scalp\n\nWe don't recommend rosemary oil: it can sting a sore "
        "scalp and there is little evidence for it.\n",
        "blog.md": "# What worked for me\n\nRosemary oil works wonders for a lot of people. It "
        "smells nice and it is cheap.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert any("rosema" in f["subject"] for f in conflicts), conflicts


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Cut down on cream and butter, which can bring on an attack.",
         "Low-fat dairy such as cream and yoghurt is encouraged."),
        ("Cheap pedometers are a waste of money.", "You can use cheap pedometers."),
        ("A second opinion is worth trying.", "A second opinion is not worth the money."),
    ],
)  # fmt: skip
def test_more_judgements_conflict(first: str, second: str) -> None:
    assert any(opposed(a, b) for a in _read(first) for b in _read(second))

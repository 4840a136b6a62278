"""Look-alikes told apart by the context their sentence gives (``contexts``): one person's
suggestion, a flag's example value, the condition a course treats, a study's protocol and the
event a frequency is of. Each table holds pairs that must stay apart and pairs that are real
disagreements and must still meet (the same context on both sides)."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.contexts import (
    flag_example,
    frequency_event,
    protocol,
    suggestion,
    treated_condition,
)


def _at(sentence: str, figure: str) -> tuple[str, tuple[int, int], tuple[int, int]]:
    start = sentence.index(figure)
    return sentence, (start, start + len(figure)), (0, len(sentence))


def _suggested(sentence: str, figure: str) -> bool:
    text, span, whole = _at(sentence, figure)
    return suggestion(text, span, whole)


# (sentence, figure, one person's suggestion?)
SUGGESTIONS = [
    ("He suggests a passphrase of 16 characters or more.", "16", True),
    ("She suggests waiting 10 days before you call.", "10", True),
    ("Experts told us that Dr Ames suggested 12 hours of rest.", "12", True),
    ("The analyst Priya Shah proposed a cap of 5%.", "5%", True),
    ("His rule of thumb is 2 litres a day.", "2 litres", True),
    ("My own tip is to wait 20 minutes.", "20 minutes", True),
    ("She would go for 8 hours a night.", "8 hours", True),
    ("We now require passwords of at least 10 characters.", "10", False),
    ("The app requires at least 12 characters.", "12", False),
    ("Paediatricians typically suggest a starting dose of 3 mg.", "3 mg", False),
    ("Some sachet products suggest two sachets a day.", "two", False),
    ("Studies suggest 20% of people are affected.", "20%", False),
    ("Research suggests 30 minutes is enough.", "30 minutes", False),
    ("The NHS recommends 8 glasses of water.", "8", False),
    ("If you prefer the yeast type, take 1 g a day.", "1 g", False),
    ("He suggests 16 characters; the site allows 8.", "8", False),
    ("Passwords must be at least 10 characters long.", "10", False),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), SUGGESTIONS)
def test_suggestion(sentence: str, figure: str, expected: bool) -> None:
    assert _suggested(sentence, figure) is expected


def test_suggestions_meet_and_rules_meet() -> None:
    # Real disagreements: two suggestions, two rules.
    assert _suggested("He suggests 16 characters.", "16") == _suggested(
        "She suggests 12 characters.", "12"
    )
    assert _suggested("We require at least 10 characters.", "10") == _suggested(
        "The app requires at least 12 characters.", "12"
    )
    # A look-alike: a rule against one person's suggestion.
    assert _suggested("We require at least 10 characters.", "10") != _suggested(
        "He suggests a passphrase of 16 characters or more.", "16"
    )


def _flag(sentence: str, figure: str) -> str:
    text, span, whole = _at(sentence, figure)
    return flag_example(text, span, whole)


# (sentence, figure, the example it tells)
FLAGS = [
    ("For example, --limit-upload 2048 caps uploads at 2 MiB/s.", "2 MiB/s", "--limit-upload 2048"),
    ("To cap uploads at 5 MiB/s, pass --limit-upload 5120.", "5 MiB/s", "--limit-upload 5120"),
    ("Run with --jobs=8 to use 8 cores.", "8 cores", "--jobs 8"),
    ("With -j 4 the build takes 10 minutes.", "10 minutes", "-j 4"),
    ("Setting --retries 5 makes it wait up to 80 seconds.", "80 seconds", "--retries 5"),
    ("Pass --jobs 8 for eight workers.", "8", ""),  # the flag's own value
    ("--timeout defaults to 60 seconds.", "60 seconds", ""),  # no value given
    ("Use --dev to cap memory at 64 MiB.", "64 MiB", ""),  # a mode, no value
    ("Pass --a 1 and --b 2 to get 3 files.", "3 files", ""),  # two values: whose effect?
    ("Uploads are capped at 2 MiB/s by default.", "2 MiB/s", ""),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), FLAGS)
def test_flag_example(sentence: str, figure: str, expected: str) -> None:
    assert _flag(sentence, figure) == expected


def test_one_value_meets_two_values_do_not() -> None:
    a = _flag("For example, --limit-upload 2048 caps uploads at 2 MiB/s.", "2 MiB/s")
    b = _flag("Pass --limit-upload 2048 to cap uploads at 4 MiB/s.", "4 MiB/s")
    c = _flag("To cap uploads at 5 MiB/s, pass --limit-upload 5120.", "5 MiB/s")
    assert a == b  # one value's effect said twice: a real disagreement
    assert a != c


def _treated(sentence: str, figure: str) -> str:
    text, span, whole = _at(sentence, figure)
    return treated_condition(text, span, whole)


# (sentence, figure, the condition its course treats)
COURSES = [
    ("Lyme arthritis is usually treated for 28 days.", "28 days", "lyme arthritis"),
    (
        "Early Lyme disease is usually treated with antibiotics for three weeks.",
        "three weeks",
        "early lyme disease",
    ),
    ("Strep throat is treated with penicillin for 10 days.", "10 days", "strep throat"),
    ("Cystitis is often treated for 3 days.", "3 days", "cystitis"),
    ("To treat scabies, the course lasts 7 days.", "7 days", "scabies"),
    ("Treatment of tuberculosis takes 6 months.", "6 months", "tuberculosis"),
    ("A course of antibiotics usually lasts 7 days.", "7 days", ""),  # no condition named
    ("Keep going for one week after the final dose.", "one week", ""),  # no course words
    ("The rash fades within 3 weeks.", "3 weeks", ""),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), COURSES)
def test_treated_condition(sentence: str, figure: str, expected: str) -> None:
    assert _treated(sentence, figure) == expected


def test_one_condition_meets() -> None:
    assert _treated("Lyme arthritis is usually treated for 28 days.", "28 days") == _treated(
        "Lyme arthritis is treated with doxycycline for 4 weeks.", "4 weeks"
    )


def _protocol(sentence: str, figure: str) -> bool:
    text, span, whole = _at(sentence, figure)
    return protocol(text, span, whole)


PROTOCOLS = [
    ("In the field study, volunteers reapplied their repellent every 2 hours.", "2 hours", True),
    ("Participants took 20 billion CFU daily.", "20 billion", True),
    ("Participants were asked to walk 30 minutes a day.", "30 minutes", True),
    ("The control group received 500 mg a day.", "500 mg", True),
    ("Volunteers sat in 10°C water up to the chest for 11 minutes.", "11 minutes", True),
    ("Reapply the repellent every 6 hours.", "6 hours", False),
    ("Participants aged 18 to 45 were enrolled.", "45", False),
    ("Volunteers need 2 hours of training.", "2 hours", False),
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), PROTOCOLS)
def test_protocol(sentence: str, figure: str, expected: bool) -> None:
    assert _protocol(sentence, figure) is expected


def _event(sentence: str, figure: str) -> str:
    text, span, whole = _at(sentence, figure)
    return frequency_event(text, span, whole)


EVENTS = [
    ("Walk leaders will stop the group for a tick check every 2 hours.", "2 hours", "check"),
    ("On walks, stop for a tick check every hour.", "hour", "check"),
    ("Take a short break every 2 hours when driving.", "2 hours", "break"),
    ("The ferry runs a sailing every 30 minutes.", "30 minutes", "sailing"),
    ("Schedule a backup every 6 hours.", "6 hours", "backup"),
    ("Reapply the repellent every 6 hours.", "6 hours", ""),
    ("Take a dose every 6 hours.", "6 hours", ""),  # doses stay with "take it every 6 hours"
    ("Drink water every hour.", "hour", ""),
    ("The check takes 2 hours.", "2 hours", ""),  # no frequency
]


@pytest.mark.parametrize(("sentence", "figure", "expected"), EVENTS)
def test_frequency_event(sentence: str, figure: str, expected: str) -> None:
    assert _event(sentence, figure) == expected

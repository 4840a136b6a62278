"""A setting's default mode in words (``default-`` subjects of ``factcheck.extract.advice``): on,
off, or automatic, as READMEs, references, FAQs and changelogs say it; and one feature named two
ways ("Autofix", ``--fix``; "Colour", ``--color``) meeting under one subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice, advice_drafts

#: (sentence, subject, label): written from how docs usually put it, not from any corpus.
PHRASINGS = [
    # on
    ("Compression is on by default.", "default-compress", "on"),
    ("Compression is enabled by default.", "default-compress", "on"),
    ("By default, compression is on.", "default-compress", "on"),
    ("Compression defaults to on.", "default-compress", "on"),
    ("Compression is turned on by default.", "default-compress", "on"),
    ("Compression is switched on out of the box.", "default-compress", "on"),
    ("Compression ships enabled.", "default-compress", "on"),
    ("Telemetry is opt-out.", "default-telemetri", "on"),
    ("Compression is always on by default.", "default-compress", "on"),
    ("Batches are compressed by default.", "default-compress", "on"),
    ("Compression is now on by default.", "default-compress", "on"),
    ("Compression is active by default.", "default-compress", "on"),
    ("Compression is on unless you pass --no-compress.", "default-compress", "on"),
    ("Compression is enabled unless you disable it.", "default-compress", "on"),
    ("Compression is on unless you turn it off.", "default-compress", "on"),
    ("Colour is always on by default, even when output goes to a file.", "default-color", "on"),
    ("Autofix is on by default.", "default-autofix", "on"),
    ("Compression defaults to always.", "default-compress", "on"),
    # off
    ("Compression is off by default.", "default-compress", "off"),
    ("Compression is disabled by default.", "default-compress", "off"),
    ("By default, compression is off.", "default-compress", "off"),
    ("Compression defaults to off.", "default-compress", "off"),
    ("Compression is not enabled by default.", "default-compress", "off"),
    ("Compression is opt-in.", "default-compress", "off"),
    ("Compression ships disabled.", "default-compress", "off"),
    ("Compression is off unless you enable it.", "default-compress", "off"),
    ("Compression is off unless you pass --compress.", "default-compress", "off"),
    ("Responses are not cached by default.", "default-cach", "off"),
    ("It does not compress unless you pass --compress.", "default-compress", "off"),
    ("Compression is turned off by default.", "default-compress", "off"),
    ("Compression is disabled out of the box.", "default-compress", "off"),
    ("Compression stays off until you enable it.", "default-compress", "off"),
    ("Compression is off by default; pass --compress to turn it on.", "default-compress", "off"),
    ("Compression must be enabled explicitly.", "default-compress", "off"),
    ("Compression has to be turned on explicitly.", "default-compress", "off"),
    ("Compression is disabled unless you configure it.", "default-compress", "off"),
    ("Compression defaults to never.", "default-compress", "off"),
    ("Fixes are off unless you pass --fix.", "default-fix", "off"),
    # automatic
    ("Colour is auto by default.", "default-color", "auto"),
    ("Colour defaults to auto.", "default-color", "auto"),
    ("Colour defaults to automatic.", "default-color", "auto"),
    ("Colour is set to auto by default.", "default-color", "auto"),
    ("`--color` defaults to `auto`.", "default-color", "auto"),
    ("The default `--color` is auto.", "default-color", "auto"),
    ("By default, colour is auto.", "default-color", "auto"),
]


@pytest.mark.parametrize(("text", "subject", "label"), PHRASINGS)
def test_a_phrasing_says_a_settings_default(text: str, subject: str, label: str) -> None:
    assert (subject, label) in advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # Modes listed, none said to be the default.
        "The --color option takes auto, always or never.",
        "Set colour to always if your CI log viewer understands ANSI codes.",
        # "always" and "never" of doing something, not a mode.
        "Always run the linter before you commit.",
        "Never commit generated files.",
    ],
)
def test_words_that_say_no_default(text: str) -> None:
    assert [(s, v) for s, v in advice(text) if s.startswith("default-")] == []


def test_a_mode_even_when_is_no_condition() -> None:
    text = "Colour is always on by default, even when output goes to a file or a pipe."
    drafts = advice_drafts(text)
    assert [(d.subject.id, d.value, d.subject.context) for d in drafts] == [
        ("default-color", "on", {})
    ]


def test_autofix_meets_the_fix_flag_and_colour_meets_color(tmp_path: Path) -> None:
    docs = {
        "README.md": "# lintkit\n\nAutofix is on by default, so safe fixes are applied. "
        "Colour is always on by default.\n",
        "reference.md": "# Options\n\nFixes are off unless you pass --fix.\n\n"
        "`--color` defaults to `auto`.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = sorted(f["message"] for f in report["findings"] if f["kind"] == "conflict")
    assert messages == ["Default of Fixes: off vs on", "Default of color: auto vs on"]

"""Defaults said as behaviour (``factcheck.extract.behaviour``): a default choice among a
setting's named values ("evicts the least recently used keys first (LRU) by default", "the
default LFU policy") and what the program does with work in hand on a signal ("SIGTERM stops
running jobs immediately"); and the look-alikes that say no default."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice

#: (sentence, subject, label): README, reference and FAQ sentences as docs usually put them.
CHOICES = [
    (
        "Larder evicts the least recently used keys first (LRU) by default, until memory use "
        "is back under the limit.",
        "default-eviction-policy",
        "lru",
    ),
    (
        "Because the default LFU policy favours keys that are read often, old keys survive.",
        "default-eviction-policy",
        "lfu",
    ),
    ("Either lru or lfu. Default: lru.", "default-eviction-policy", "lru"),
    ("New segments use zstd by default.", "default-compression-algorithm", "zstd"),
    ("The default compression is gzip.", "default-compression-algorithm", "gzip"),
    ("Logs are written as JSON by default.", "default-output-format", "json"),
    ("Retries use exponential backoff by default.", "default-retry-backoff", "exponential"),
    ("Out of the box, checksums use SHA-256.", "default-hash-algorithm", "sha256"),
    ("The default log level is `info`.", "default-log-level", "info"),
    ("Transactions run at READ COMMITTED by default.", "default-isolation-level", "read committed"),
    ("With the default settings, logs are written as JSON.", "default-output-format", "json"),
]


@pytest.mark.parametrize(("text", "subject", "label"), CHOICES)
def test_a_value_bound_to_the_default_is_its_settings_default(
    text: str, subject: str, label: str
) -> None:
    assert (subject, label) in advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # The values a setting takes, none said to be the default.
        "The eviction policy is either LRU or LFU.",
        'LFU eviction (`eviction_policy = "lfu"`). LRU remains available.',
        # A value the reader switches to, a capability, a value that was the default.
        "You can switch to gzip if you prefer smaller files.",
        "Set the policy to lfu to change the default.",
        "zstd is supported as well as gzip.",
        "The default output format is now yaml (was json).",
        "Before 2.0, the default compression was gzip.",
        # A value that names another setting: zstd's level, not the algorithm chosen.
        "The default zstd level changed from level 1 to level 3.",
        # A common word that is a log level only as a setting's value.
        "By default, an error is printed and the run stops.",
        # A question, and a value listed with another.
        "Is LRU the default?",
        "Out of the box, ledgerly listens on port 7420 for newline-delimited JSON or plain text.",
        # One platform's, one mode's or one case's default, not the program's.
        "On PostgreSQL, transactions run at SERIALIZABLE isolation by default.",
        "In development mode, logs are written as JSON by default.",
        "When output goes to a terminal, logs are written as JSON by default.",
    ],
)
def test_a_value_not_bound_to_the_default_says_none(text: str) -> None:
    assert [s for s, _ in advice(text) if s.split("-", 1)[-1] in _FAMILIES] == []


_FAMILIES = {
    "eviction-policy",
    "compression-algorithm",
    "output-format",
    "hash-algorithm",
    "retry-backoff",
    "log-level",
    "isolation-level",
}


SIGNALS = [
    (
        "Send SIGTERM (or press Ctrl-C in a terminal) to stop tallyq gracefully. It stops "
        "accepting new jobs and lets the jobs that are already running finish before it exits.",
        "finish",
    ),
    ("On SIGTERM the worker waits for in-flight requests to complete, then exits.", "finish"),
    ("A: SIGTERM stops running jobs immediately, and they will be retried later.", "stop"),
    ("When it receives SIGTERM, the server aborts all running queries.", "stop"),
    ("SIGTERM triggers a graceful shutdown.", "finish"),
]


@pytest.mark.parametrize(("text", "label"), SIGNALS)
def test_what_a_signal_does_with_work_in_hand(text: str, label: str) -> None:
    assert ("on-sigterm", label) in advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # Advice on how to get the other behaviour, and a question.
        "To let them finish instead, run tallyq drain first and then send SIGTERM.",
        "Does SIGTERM let running jobs finish?",
        # No signal named, here or in the sentence before.
        "The worker stops running jobs immediately when the disk is full.",
        # A signal, but nothing said of the work in hand.
        "On SIGHUP the server reloads its configuration.",
        # Both behaviours in one sentence: which is whose is not said.
        "SIGTERM lets running jobs finish; SIGQUIT kills running jobs at once.",
    ],
)
def test_sentences_that_say_no_behaviour_on_a_signal(text: str) -> None:
    assert [s for s, _ in advice(text) if s.startswith("on-")] == []


def test_two_documents_disagree_on_the_default_choice_and_on_sigterm(tmp_path: Path) -> None:
    docs = {
        "README.md": "# larder\n\nLarder evicts the least recently used keys first (LRU) by "
        "default.\n\nSend SIGTERM to stop larder gracefully. It lets the requests that are "
        "already running finish before it exits.\n",
        "FAQ.md": "# FAQ\n\nBecause the default LFU policy favours keys that are read often, "
        "old keys survive.\n\nSIGTERM stops running requests immediately.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = sorted(f["message"] for f in report["findings"] if f["kind"] == "conflict")
    assert messages == [
        "Default of eviction policy: lfu vs lru",
        "What it does with work in hand on SIGTERM: finish vs stop",
    ]


def test_a_reference_tables_default_cell_that_is_a_word(tmp_path: Path) -> None:
    docs = {
        "reference.md": "# Options\n\n| Option | Default | Description |\n|---|---|---|\n"
        "| `--color` | auto | auto, always or never. With auto, colour is used only when "
        "writing to a terminal. |\n| `--fix` | off | Apply safe fixes. |\n"
        "| `--jobs N` | 4 | Files checked in parallel. |\n",
        "FAQ.md": "# FAQ\n\nColour is always on by default, even when output goes to a file.\n\n"
        "Fixes are off unless you pass --fix.\n",
    }
    claims, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = sorted(f["message"] for f in report["findings"] if f["kind"] == "conflict")
    assert messages == ["Default of color: auto vs on"]
    quotes = [c["quote"] for c in claims["claims"] if c["subject"] == "default-color"]
    # The cell, through the description's sentence that says what the default does.
    assert any(q.endswith("colour is used only when writing to a terminal.") for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By default, `schemaferry apply` only prints the plan and changes nothing; this dry "
            "run protects you from surprises.",
            [("default-dry-run", "on")],
        ),
        # No trigger: what it does in one case, not by default.
        ("On PostgreSQL the tool prints the plan; this dry run protects you.", []),
        # Said of no feature, or negated.
        ("By default the server listens on localhost; this behaviour keeps it private.", []),
        ("By default, the tool does not write anything; this dry run protects you.", []),
    ],
)
def test_a_default_told_by_its_effect_where_the_page_names_the_feature(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, v) for s, v in advice(text) if s.startswith("default-")] == expected

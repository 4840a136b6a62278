"""Software defaults said in words (wordvalues22): a setting's default that is a word or a quoted
string ("The default is info", `Default: "UTC"`, "the default log level is warn"), a feature
said as what happens of itself ("missed runs are caught up automatically"), a reference entry's
time told as what it is for ("Time of day for the nightly cleanup"), and a cap said "up to N ...
by default". Sentences written the way references, READMEs and FAQs put it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check


def labels(text: str, name: str = "doc") -> list[tuple[str, str]]:
    """(subject, value) of each label claim drafted from ``text``."""
    return [(d.subject.id, str(d.value)) for d in draft_claims(name, text, WORDS) if d.label]


def values(text: str) -> list[tuple[str, str]]:
    """(subject, value) of each draft of ``text``."""
    return [(d.subject.id, str(d.value)) for d in draft_claims("doc", text, WORDS)]


REFERENCE = (
    "| Key | Description |\n|---|---|\n"
    '| `timezone` | Time zone used to interpret all schedules. Default: "UTC". |\n'
    "| `log_level` | One of debug, info, warn, error. The default is info. |\n"
    "| `output_format` | Format of reports. Defaults to yaml. |\n"
)


def test_an_entrys_default_in_words_is_its_settings_label() -> None:
    found = labels(REFERENCE)
    assert ("default-timezone", "utc") in found
    assert ("default-log-level", "info") in found
    assert ("default-output-format", "yaml") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Quiet by design: the default log level is warn.", ("default-log-level", "warn")),
        ("The default log level is warning.", ("default-log-level", "warn")),
        ("The output format defaults to json.", ("default-output-format", "json")),
        ("The default theme is dark.", ("default-theme", "dark")),
    ],
)
def test_a_default_named_in_words(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The default log level is recommended.",  # a judgement, no value
        "The default value is fine for most setups.",  # names no setting
        "The default mode is used when no file is given.",  # the word does not end the clause
        "The default port is 8080.",  # a figure, drafted as a number
    ],
)
def test_no_default_in_words(sentence: str) -> None:
    assert not [s for s, _ in labels(sentence) if s.startswith("default-") and "port" not in s]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "If the machine was off, missed runs are caught up automatically when the "
            "scheduler starts again.",
            ("default-catch-up", "on"),
        ),
        ("Old log files are rotated automatically.", ("default-rotat", "on")),
        ("Stale locks are not cleaned up automatically.", ("default-clean-up", "off")),
    ],
)
def test_a_feature_said_as_what_happens_of_itself(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When catch_up is on, missed runs are caught up automatically.",  # the reader's case
        "If you enable it, missed runs are caught up automatically.",
        "Missed runs are caught up automatically if you pass --catch-up.",
        "Reports are generated automatically if the disk is not full.",
    ],
)
def test_no_default_where_the_reader_sets_it_up(sentence: str) -> None:
    assert not [s for s, _ in labels(sentence) if s.startswith("default-")]


def test_an_entrys_time_for_a_job_times_its_run() -> None:
    text = (
        "maintenance_at\n"
        'Time of day for the nightly cleanup of old history and temp files. Default: "03:30".\n'
    )
    assert ("when-cleanup-run", "03:30") in values(text)


def test_up_to_n_by_default_is_the_caps_value() -> None:
    found = values("Up to 8 jobs run in parallel by default; further jobs wait in a queue.")
    assert ("count-jobs", "8") in found
    # without "by default" it stays a bound
    assert ("count-jobs", "<=8") in values("Up to 8 jobs can run in parallel.")


def test_two_pages_disagree(tmp_path: Path) -> None:
    docs = {
        "reference.html": (
            "<html><body><h1>Reference</h1><table><tr><th>Key</th><th>Description</th></tr>"
            "<tr><td><code>log_level</code></td><td>One of debug, info, warn, error. The default"
            " is info.</td></tr><tr><td><code>catch_up</code></td><td>Run jobs missed while the"
            " scheduler was down. Off by default.</td></tr><tr><td><code>max_jobs</code></td>"
            "<td>Maximum number of jobs that may run at the same time. Default: 4.</td></tr>"
            "</table></body></html>\n"
        ),
        "faq.md": (
            "# FAQ\n\nThe scheduler only writes warnings and errors unless told otherwise: the "
            "default log level is warn.\n\nIf the machine was off, missed runs are caught up "
            "automatically when the scheduler starts again.\n\nUp to 8 jobs run in parallel by "
            "default; further jobs wait in a queue.\n"
        ),
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = conflicting_values(report)
    assert ("info", "warn") in conflicts
    assert ("off", "on") in conflicts
    assert ("4", "8") in conflicts

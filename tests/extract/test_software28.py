"""A setting's prose figures tied to its reference row, on any of the four pages (software28).

Round 27's mulish lost most of its settings' pairs to grouping: prose that restates a reference
row's description in other words ("By default the breaker opens after 10 failures in a row" of
``failure_threshold`` | "Consecutive failures that open the breaker"; "No single wait is longer
than 30 seconds" of ``max_delay`` | "Upper bound for any single wait") never met the row, nor
the other pages' figures of the setting; "By default a call is attempted 5 times" was read as
naming a setting "call"; and a setting a sentence compares its figure with ("a much longer pause
than max_delay would allow") was taken for the figure's. The documents below are of an invented
retry library, tenacle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.grouping.group import _head_stems
from tests.common import extract_and_check, setting_named


@pytest.mark.parametrize(
    ("sentence", "figure", "setting"),
    [
        # "By default" opens the clause: its next words are the clause's subject, no setting.
        ("By default a call is attempted 5 times in total, counting the first call.", "5", ""),
        # "The default X is" still names X.
        ("The default pool size is 4 connections.", "4", "pool-size"),
        # A setting the figure is compared with is another quantity.
        (
            "It honours a Retry-After header up to 120 seconds, so a server can ask for a much "
            "longer pause than max_delay would allow.",
            "120",
            "",
        ),
        ("Raise max_delay if 30 seconds is too short.", "30", "max-delay"),
    ],
)
def test_by_default_and_a_compared_setting_name_none(
    sentence: str, figure: str, setting: str
) -> None:
    assert setting_named(sentence, figure) == setting


@pytest.mark.parametrize(
    ("description", "head"),
    [
        ("Wait before the first retry.", {"wait"}),
        ("Upper bound for any single wait.", {"bound"}),  # "upper" says a role
        ("Total number of attempts, including the first call.", {"total", "attemp"}),
        ("Connections open at once across all hosts.", {"connec", "open"}),
    ],
)
def test_a_descriptions_head_says_what_its_row_is_of(description: str, head: set[str]) -> None:
    assert _head_stems(description) == head


_REFERENCE = """<html><body>
<h1>tenacle settings</h1>
<table>
<tr><th>Setting</th><th>Type</th><th>Default</th><th>Meaning</th></tr>
<tr><td>max_attempts</td><td>int</td><td>5</td><td>Total number of attempts, including the first call.</td></tr>
<tr><td>base_delay</td><td>duration</td><td>500 ms</td><td>Wait before the first retry.</td></tr>
<tr><td>max_delay</td><td>duration</td><td>30 s</td><td>Upper bound for any single wait.</td></tr>
<tr><td>total_timeout</td><td>duration</td><td>120 s</td><td>Time limit for all attempts together, waits included.</td></tr>
<tr><td>failure_threshold</td><td>int</td><td>5</td><td>Consecutive failures that open the breaker.</td></tr>
<tr><td>reset_timeout</td><td>duration</td><td>60 s</td><td>How long the breaker stays open before it goes half-open.</td></tr>
<tr><td>half_open_calls</td><td>int</td><td>1</td><td>Trial calls allowed while the breaker is half-open.</td></tr>
</table>
<h2>Backoff</h2>
<p>No single wait is longer than 30 seconds, however many attempts remain.</p>
<h2>Circuit breaker</h2>
<p>The breaker opens after 5 consecutive failures.</p>
</body></html>
"""
_FAQ = """tenacle FAQ

Q: How long will tenacle wait between attempts?
A: With the defaults, the delay doubles each time, capped at 60 seconds per wait.

Q: When does the circuit breaker open?
A: By default the breaker opens after 10 failures in a row.
"""
_README = """# tenacle

Out of the box, a wrapped function is attempted up to 4 times in total before the last error
is raised. The first retry waits 200 ms. Whatever happens, tenacle stops retrying once 90
seconds have passed since the first call.
"""


def _conflicting_quotes(report: dict[str, Any]) -> list[set[str]]:
    """Each conflict of a report as the quotes of its claims."""
    quotes = {c["id"]: c["quote"] for c in report["claims"]}
    return [{quotes[i] for i in f["claims"]} for f in report["findings"] if f["kind"] == "conflict"]


def test_prose_restating_a_row_meets_the_rows_other_figures(tmp_path: Path) -> None:
    """Prose of the FAQ and the README that restates a row's description meets the reference's
    figures of that setting: 10 failures in a row against 5 consecutive failures, 60 seconds
    per wait against no single wait longer than 30 seconds (a cap's bound is its value), up to
    4 attempts in total against 5. "90 seconds have passed since the first call" says no wait:
    it is no figure of ``base_delay`` ("Wait before the first retry")."""
    _, report = extract_and_check(
        tmp_path, {"reference.html": _REFERENCE, "FAQ.txt": _FAQ, "README.md": _README}
    )
    conflicts = _conflicting_quotes(report)

    def met(a: str, b: str) -> bool:
        return any(any(a in q for q in c) and any(b in q for q in c) for c in conflicts)

    assert met("10 failures in a row", "5 consecutive failures"), conflicts
    assert met("60 seconds per wait", "No single wait is longer than 30 seconds"), conflicts
    assert met("up to 4 times in total", "5"), conflicts
    assert met("200 ms", "500 ms"), conflicts
    subjects = {c["quote"]: c["subject"] for c in report["claims"]}

    def subject(words: str) -> str:
        return next(sid for quote, sid in subjects.items() if words in quote)

    assert subject("90") != subject("200 ms")


_SETTINGS_MD = """# tenacle settings

| Setting | Type | Default | Meaning |
|---|---|---|---|
| retry_budget | float | 0.2 | Largest share of calls that may be retries. |
| jitter | float | 0.25 | Random spread applied to each wait, as a fraction of the wait. |

## Retry budget

With the default setting, at most 20% of calls may be retries.
"""
_BUDGET_FAQ = """tenacle FAQ

Q: Will retries make an outage worse?

A: They can, which is why tenacle has a retry budget. By default up to 10% of requests can be
retries.
"""


def test_a_fraction_cell_is_a_percentage_and_the_sentence_before_names_the_default(
    tmp_path: Path,
) -> None:
    """``retry_budget`` | 0.2 | "Largest share of calls that may be retries" holds 20 % of calls,
    as the reference's prose says; the FAQ's default after a sentence naming "a retry budget"
    is that setting's, so 10% meets 20%, and never the 25 % of ``jitter``."""
    _, report = extract_and_check(tmp_path, {"reference.md": _SETTINGS_MD, "FAQ.txt": _BUDGET_FAQ})
    values = {c["quote"]: c["value"] for c in report["claims"]}
    row = next(v for q, v in values.items() if "retry_budget" in q)
    assert (row["low"], row["unit"]) == (20.0, "%"), row
    conflicts = _conflicting_quotes(report)
    assert any(
        any("10%" in q for q in c) and any("20%" in q or "retry_budget" in q for q in c)
        for c in conflicts
    ), conflicts
    assert not any(any("jitter" in q for q in c) for c in conflicts), conflicts

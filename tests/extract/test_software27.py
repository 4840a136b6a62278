"""One software setting's figures across README, reference, FAQ and CHANGELOG (software27).

Round 25's rowwright and round 24's wirelark lost most of their settings' pairs to grouping: a
reference table's bare number whose unit its description ("Seconds allowed for a remote file to
finish downloading") or its page ("All times are in seconds and all sizes in bytes unless
stated otherwise") gives never met prose in seconds; an exception (`FetchError`) or a function
(`iter_chunks()`) was taken for the setting a sentence names; the reference's own notes, which
restate a row's value in other words ("stops ... once 100 bad rows have been recorded"), stayed
apart from the row; and "retries it 3 times" never met ``max_retries``. The documents below are
of an invented CSV reader, tallow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.subjects.settings import (
    adjusted_next,
    entry_units,
    page_units,
    previous,
)
from tests.common import extract_and_check, setting_named


@pytest.mark.parametrize(
    ("sentence", "figure", "setting"),
    [
        # An exception raised is no setting: the sentence names none.
        ("tallow retries a failed download two more times before raising `FetchError`.", "two", ""),
        ("Reading stops after 100 bad rows and raises `TooManyErrors`.", "100", ""),
        # A function called is none either: the setting is the one the reader is told to set.
        (
            "By default tallow yields chunks of 5,000 rows from iter_chunks(); set chunk_rows to "
            "change this.",
            "5,000",
            "chunk-rows",
        ),
        # A setting in backticks still is one.
        (
            "tallow reads 50 lines before guessing; raise `sniff_lines` for odd files.",
            "50",
            "sniff-lines",
        ),
    ],
)
def test_a_class_or_a_function_called_names_no_setting(
    sentence: str, figure: str, setting: str
) -> None:
    assert setting_named(sentence, figure) == setting


def test_the_next_sentences_setting_is_its_own_figures_when_it_has_one() -> None:
    told = "Uploads time out after 30 seconds by default. On slow links, raise `timeout`."
    assert adjusted_next(told, told.index("default.") + len("default."))
    own = (
        "Delays double after each failed attempt, up to a ceiling of 2 minutes. By default it "
        "gives up after 10 attempts; raise max_reconnects if your clients need more."
    )
    assert not adjusted_next(own, own.index("minutes.") + len("minutes."))


def test_the_old_value_is_the_one_a_change_replaced() -> None:
    text = "Lowered the default `ping_timeout`. The old 20-second value kept connections open."
    assert previous(text, (text.index("20"), text.index(" value")), text.index("The old"))
    # A span of time before now is no replaced value.
    text = "Over the previous 30 days, tallow read 2 million files."
    assert not previous(text, (text.index("30"), text.index(" days") + 5), 0)


def test_a_page_says_the_unit_of_all_its_times_and_sizes() -> None:
    said = "All times are in seconds and all sizes in bytes unless stated otherwise."
    assert page_units(said) == {"time": "seconds", "size": "bytes"}
    assert page_units("Durations are in seconds unless a setting says otherwise.") == {
        "time": "seconds"
    }
    # Paper sizes are no amounts of data; two units for one kind say neither.
    assert page_units("Page sizes are in millimetres.") == {}
    assert page_units("Times are in seconds. Other times are in minutes.") == {}


def test_a_description_opened_by_a_plural_unit_names_the_rows_unit() -> None:
    table = (
        "<table><tr><th>Setting</th><th>Type</th><th>Default</th><th>Description</th></tr>"
        "<tr><td>fetch_timeout</td><td>float</td><td>30</td>"
        "<td>Seconds allowed for a remote file to finish downloading.</td></tr></table>"
    )
    from factcheck.text.tables import page_text

    text, _ = page_text(table)
    at = text.index("30")
    assert "Seconds" in entry_units(text, (at, at + 2))


_REFERENCE = """<html><body>
<h1>tallow settings</h1>
<p>All times are in seconds and all sizes in bytes unless stated otherwise.</p>
<table>
<tr><th>Setting</th><th>Type</th><th>Default</th><th>Description</th></tr>
<tr><td>max_errors</td><td>int</td><td>100</td><td>Bad rows tolerated before the reader gives up.</td></tr>
<tr><td>fetch_timeout</td><td>float</td><td>30</td><td>Time allowed for a remote file to finish downloading.</td></tr>
<tr><td>write_limit</td><td>int</td><td>65536</td><td>Outgoing data buffered before writing pauses.</td></tr>
<tr><td>max_retries</td><td>int</td><td>5</td><td>Download attempts after a failed fetch.</td></tr>
</table>
<h2>Errors</h2>
<p>tallow stops reading once 100 bad rows have been tolerated.</p>
<h2>Remote files</h2>
<p>A remote file gets 30 seconds in total to finish downloading.</p>
</body></html>
"""
_FAQ = """tallow FAQ

Q: Why does tallow give up on my file?
A: By default tallow tolerates 50 bad rows and then gives up.

Q: My server is slow. What can I do?
A: The default fetch timeout is ten seconds, which is too short for some servers.
"""
_README = """# tallow

tallow reads CSV files.

When a download fails, tallow retries it 3 times and then reports the file as failed.
"""


def _conflicting_quotes(report: dict[str, Any]) -> list[set[str]]:
    """Each conflict of a report as the quotes of its claims."""
    quotes = {c["id"]: c["quote"] for c in report["claims"]}
    return [{quotes[i] for i in f["claims"]} for f in report["findings"] if f["kind"] == "conflict"]


def test_a_settings_figures_meet_across_the_four_kinds_of_page(tmp_path: Path) -> None:
    """The reference's notes restating a row's value meet the FAQ's other value (100 bad rows
    against 50; 30 seconds in total against ten seconds, the row's bare 30 being seconds as the
    page says), and the README's "retries it 3 times" meets ``max_retries``' 5."""
    _, report = extract_and_check(
        tmp_path, {"reference.html": _REFERENCE, "FAQ.txt": _FAQ, "README.md": _README}
    )
    conflicts = _conflicting_quotes(report)

    def met(a: str, b: str) -> bool:
        return any(any(a in q for q in c) and any(b in q for q in c) for c in conflicts)

    assert met("once 100 bad rows", "50 bad rows"), conflicts
    assert met("30 seconds in total", "ten seconds"), conflicts
    assert met("3 times", "5"), conflicts
    # Two rows' defaults never conflict with each other.
    assert not met("100 bad rows", "30 seconds"), conflicts


_TIMEOUTS = """<html><body>
<p>All times are in seconds unless stated otherwise.</p>
<table>
<tr><th>Option</th><th>Type</th><th>Default</th><th>Description</th></tr>
<tr><td>ping_timeout</td><td>float</td><td>10</td><td>Time to wait for a pong before the connection is treated as dead.</td></tr>
<tr><td>close_timeout</td><td>float</td><td>5</td><td>Time allowed for the closing handshake.</td></tr>
</table>
<h2>Keepalive</h2>
<p>By default the client closes the connection if no pong comes back within 10 seconds.</p>
<h2>Shutting down</h2>
<p>On shutdown, close_timeout, which defaults to 10 seconds, limits how long the client waits.</p>
</body></html>
"""


def test_a_wait_within_a_time_is_the_timeout_its_words_describe(tmp_path: Path) -> None:
    """ "no pong comes back within 10 seconds" restates ``ping_timeout``'s row (its description
    says "pong" and "connection"), not the 10 seconds of ``close_timeout`` that "closes"
    names."""
    faq = (
        "Q: When is a connection dead?\n"
        "A: If the server doesn't answer a ping within 20 seconds, the client assumes the "
        "connection is dead.\n"
    )
    _, report = extract_and_check(tmp_path, {"reference.html": _TIMEOUTS, "FAQ.txt": faq})
    subjects = {c["quote"]: c["subject"] for c in report["claims"]}

    def subject(words: str) -> str:
        return next(sid for quote, sid in subjects.items() if words in quote)

    assert subject("no pong comes back") == subject("ping_timeout")
    assert subject("no pong comes back") != subject("which defaults to 10 seconds")

"""A reference table's rows name the setting of every figure in them (an HTML page's tables, read
as extract reads a page, and Markdown pipe tables), and prose elsewhere that states a setting in
words meets it by the words of its row's description; examples, benchmarks, two rows of one
table and per-mode defaults stay apart."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.subjects.settings import (
    entry_description,
    entry_units,
    in_default_column,
    restates_default,
    setting_of,
    several_defaults,
    table_row,
)
from factcheck.text.tables import page_text, reading
from tests.common import conflicting_values, extract_and_check

_OPTIONS_HTML = """<html><body>
<h1>snapvault command reference</h1>
<h2>Backup options</h2>
<table>
<thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead>
<tbody>
<tr><td>--keep N</td><td>Number of snapshots to keep for this source</td>
<td>Defaults to 30 snapshots per source</td></tr>
<tr><td>--jobs N</td><td>Number of chunks uploaded in parallel</td>
<td>4 parallel uploads at a time</td></tr>
<tr><td>--timeout SECONDS</td><td>How long to wait for the storage backend to answer</td>
<td>Waits 30 seconds for each request</td></tr>
<tr><td>--port</td><td>Port, if not given in the URL</td><td>5432 / 3306</td></tr>
</tbody>
</table>
<h2>Network behaviour</h2>
<p>If a storage server does not answer, snapvault gives up after 60 seconds.</p>
</body></html>
"""

_TYPED_HTML = """<html><body>
<table>
<tr><th>Option</th><th>Type</th><th>Default</th><th>Description</th></tr>
<tr><td><code>fetch.timeout</code></td><td>integer (s)</td><td>10</td>
<td>A request for remote data fails after 10 seconds without a reply.</td></tr>
<tr><td><code>max_line_length</code></td><td>integer</td><td>100</td>
<td>Lines longer than 100 characters are reported.</td></tr>
</table>
</body></html>
"""

_PIPE_TABLE = """# Configuration

| Setting | Default | Description |
|---|---|---|
| `workers` | 4 | Number of worker processes that render thumbnails |
| cache_ttl | 7 days | How long rendered thumbnails stay in the cache |

Thumbnails are written next to their originals.
"""


def _at(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _setting(text: str, quote: str) -> str:
    span = _at(text, quote)
    line = (text.rfind("\n", 0, span[0]) + 1, text.find("\n", span[1]))
    return setting_of(text, span, line, line)[0]


def test_every_figure_of_an_html_row_is_its_settings() -> None:
    text, found = page_text(_OPTIONS_HTML)
    with reading(text, found):
        # The default cell is prose and the description cell has no full stop.
        assert _setting(text, "4") == "jobs"
        assert _setting(text, "30 seconds") == "timeout"
        assert _setting(text, "30 snapshots") == "keep"
        row = table_row(text, _at(text, "4 parallel")[0])
        assert row is not None and row.heading == "default"
        assert row.description(text) == "Number of chunks uploaded in parallel"
        assert entry_description(text, _at(text, "4 parallel")[0]) == row.description(text)
        assert in_default_column(text, _at(text, "4 parallel"))
        waits = _at(text, "Waits 30")[0] + len("Waits ")
        assert "SECONDS" in entry_units(text, (waits, waits + 2))


def test_text_below_a_table_is_in_no_row() -> None:
    text, found = page_text(_OPTIONS_HTML)
    with reading(text, found):
        assert table_row(text, _at(text, "60 seconds")[0]) is None
        assert table_row(text, _at(text, "Network behaviour")[0]) is None
        assert _setting(text, "60 seconds") == ""
        assert table_row(text, _at(text, "snapvault command")[0]) is None


def test_a_type_column_and_a_description_that_restates_the_default() -> None:
    text, found = page_text(_TYPED_HTML)
    with reading(text, found):
        ten = text.index("\n10\n") + 1
        assert _setting(text, "10 seconds") == "fetch-timeout"
        row = table_row(text, ten)
        assert row is not None and row.heading == "default"
        # "integer (s)": the type cell names the unit of the bare default.
        assert "s" in entry_units(text, (ten, ten + 2))
        hundred = _at(text, "100 characters")
        assert restates_default(text, hundred)
        assert restates_default(text, _at(text, "10 seconds"))
        assert not restates_default(text, (ten, ten + 2))  # the default cell itself


def test_a_markdown_pipe_row_is_its_settings() -> None:
    span = _at(_PIPE_TABLE, "7 days")
    assert _setting(_PIPE_TABLE, "7 days") == "cache-ttl"
    assert in_default_column(_PIPE_TABLE, span)
    assert "rendered thumbnails stay" in entry_description(_PIPE_TABLE, span[0])
    assert _setting(_PIPE_TABLE, "4") == "workers"
    assert table_row(_PIPE_TABLE, _at(_PIPE_TABLE, "next to")[0]) is None


def test_per_mode_defaults() -> None:
    text, found = page_text(_OPTIONS_HTML)
    with reading(text, found):
        assert several_defaults(text, _at(text, "5432")[0])
        assert not several_defaults(text, _at(text, "4 parallel")[0])


def test_prose_meets_the_setting_its_row_describes(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        {
            "reference.html": _OPTIONS_HTML,
            "FAQ.txt": "Q: How fast are uploads?\n"
            "A: By default snapvault uploads 8 chunks in parallel.\n",
        },
    )
    assert ("4", "8") in conflicting_values(report)


def test_look_alikes_stay_apart(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        {
            "reference.html": _OPTIONS_HTML,
            "README.md": "# snapvault\n\n"
            "In our benchmark we ran it with 16 parallel uploads of chunks.\n\n"
            "For example, to keep only 7 snapshots of a source, pass --keep 7.\n\n"
            "For a MySQL URL without a port it connects to 3306.\n",
        },
    )
    conflicts = conflicting_values(report)
    assert not [c for c in conflicts if "16" in c or "7" in c or "3306" in c], conflicts


_PER_MODE_HTML = """<html><body>
<table>
<tr><th>Option</th><th>Applies to</th><th>Default</th></tr>
<tr><td>--workers</td><td>thumbwright batch</td><td>4</td></tr>
<tr><td>--workers</td><td>thumbwright serve</td><td>8</td></tr>
<tr><td>--timeout</td><td>each request (serve)</td><td>30 seconds</td></tr>
</table>
<p>By default the server uses 8 workers to resize images.</p>
</body></html>
"""


def test_a_name_in_two_rows_is_two_settings(tmp_path: Path) -> None:
    text, found = page_text(_PER_MODE_HTML)
    with reading(text, found):
        assert _setting(text, "4") == "workers-thumbwright-batch"
        assert _setting(text, "8") == "workers-thumbwright-serve"
        assert _setting(text, "30 seconds") == "timeout"
    _, report = extract_and_check(tmp_path, {"reference.html": _PER_MODE_HTML})
    assert ("4", "8") not in conflicting_values(report)


def test_a_bound_in_prose_is_no_default(tmp_path: Path) -> None:
    # "up to 20 chunks in parallel" bounds what a user may set; it is not the default.
    _, report = extract_and_check(
        tmp_path,
        {
            "reference.html": _OPTIONS_HTML,
            "FAQ.txt": "Q: How fast?\nA: snapvault can upload up to 20 chunks in parallel.\n",
        },
    )
    assert not [c for c in conflicting_values(report) if "20" in c]

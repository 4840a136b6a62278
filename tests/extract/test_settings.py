"""Tests for factcheck.extract.subjects.settings: which software setting a figure is the value of."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.subjects.settings import same_setting
from factcheck.text.tables import Tables, page_text
from tests.common import UNITS, WORDS, extract_and_check

REFERENCE = """snapvault command reference
Global options
--compression-level N
zstd compression level; the default is 3 and the accepted range is 1 to 19.
--jobs N
Number of parallel upload workers. The default is 4; values from 1 to 32 are accepted.
prune options
--retention-days N
Snapshots older than this many days are removed. The default is 30 days; the maximum is 3650 days.
--keep-last N
Always keep the newest N snapshots regardless of age. The default is 3.
"""
CHANGELOG = """# Changelog

## [3.0.0] - 2025-11-03

- Default compression level is now 5 (was 3). Existing data is not recompressed.
- Default --jobs raised from 4 to 8, which roughly halves upload time on fast links.
"""


def drafted(text: str, tables: Tables | None = None) -> dict[str, tuple[str, str, dict[str, str]]]:
    """Each mention's text (its first occurrence): (subject id, setting, context); ``tables``
    are an HTML page's (``page_text``)."""
    found: dict[str, tuple[str, str, dict[str, str]]] = {}
    for d in draft_claims("d", text, WORDS, tables=tables):
        found.setdefault(d.mention.text, (d.subject.id, d.subject.setting, d.subject.context))
    return found


def test_a_reference_entry_names_the_setting_of_its_figures() -> None:
    found = drafted(REFERENCE)
    assert found["3"][:2] == ("number-default-compression-level", "compression-level")
    # "Number of parallel upload workers": its default counts workers.
    assert found["4"][:2] == ("count-default-jobs", "jobs")
    assert found["30 days"][:2] == ("duration-default-retention-days", "retention-days")
    # The maximum of a setting is not its default.
    assert found["3650 days"][:2] == ("duration-maximum-retention-days", "retention-days")


def test_a_heading_ends_an_entry() -> None:
    text = (
        "max_message_size\nMessages over 1 MiB are rejected.\n[spool]\nretention\n"
        "How long events are kept. The default is 7 days.\nLimits\n"
        "An agent message larger than 2 MiB is dropped with a warning.\n"
    )
    found = drafted(text)
    assert found["7 days"][1] == "retention"
    assert found["2 MiB"][1] == ""


def test_a_code_name_or_words_after_default_name_the_setting() -> None:
    found = drafted(CHANGELOG)
    assert found["5"][1] == "compression-level"
    assert found["8"][1] == "jobs"
    readme = drafted(
        "- Batches hold up to 500 events by default; raise `batch_size` for busy hosts."
    )
    assert readme["up to 500 events"][1] == "batch-size"
    reference = drafted(
        "timeout\nHow long an upload may take. The read timeout defaults to 60 seconds."
    )
    assert reference["60 seconds"][1] == "read-timeout"


def test_the_value_a_change_replaced_is_history_not_the_setting() -> None:
    found = drafted(CHANGELOG)
    assert found["3"][2] == {"phase": "previous"} and found["3"][1] == ""
    assert found["4"][2].get("phase") == "previous"
    # The new value is the setting's value, no change.
    assert found["8"][2] == {}
    # "was" outside brackets is no changelog's old value.
    assert drafted("Its first public release was eight years ago.")["eight years"][2] == {}


def test_a_line_break_before_a_number_carries_the_clause_on() -> None:
    found = drafted("retries\nHow many times an upload is retried. The default is\n3 retries.\n")
    assert found["3 retries"][:2] == ("count-default-retries", "retries")


def test_one_setting_has_one_default_across_documents() -> None:
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS)))
        for i, t in enumerate((REFERENCE, CHANGELOG))
    ]
    reference, changelog = (
        {d.mention.text: d.subject.id for d in reversed(doc.drafts)}  # first occurrence wins
        for doc in consolidate(docs, UNITS)
    )
    assert reference["3"] == changelog["5"]
    assert reference["4"] == changelog["8"]
    # Other settings' defaults, and a setting's history, stay apart.
    assert reference["4"] != reference["3"] != reference["3650 days"]
    assert changelog["4"] != changelog["8"]


def test_setting_names_in_words_meet_on_their_last_words_only() -> None:
    assert same_setting("port", "server-port", in_words=True)
    assert not same_setting("read-timeout", "connect-timeout", in_words=True)
    assert not same_setting("port", "report", in_words=True)
    # Two code names are two settings.
    assert not same_setting("port", "metrics-port", in_words=False)


def consolidated(*texts: str | tuple[str, Tables]) -> list[dict[str, str]]:
    """Per document (a text, or an HTML page's text and tables: ``page_text``), each mention's
    text (its first occurrence) and its subject id."""
    read = [(t, None) if isinstance(t, str) else t for t in texts]
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS, tables=found)))
        for i, (t, found) in enumerate(read)
    ]
    return [
        {d.mention.text: d.subject.id for d in reversed(doc.drafts)}
        for doc in consolidate(docs, UNITS)
    ]


def test_prose_that_names_a_setting_in_words_joins_its_default() -> None:
    reference, faq = consolidated(
        "retries\nHow many times a failed upload is retried before events are spooled to disk. "
        "The default is\n3 retries.\n",
        "**What happens when the collector is down?**\n"
        "tidepool retries a failed upload 5 times, then spools events to disk.\n",
    )
    assert faq["5 times"] == reference["3 retries"]


def test_the_longest_setting_named_wins() -> None:
    reference, readme = consolidated(
        "--port N\nsnapvault serve listens on TCP port 7420 by default.\n"
        "--metrics-port N\nPort for Prometheus metrics. Set to 0 to disable metrics.\n",
        "`snapvault serve` exposes Prometheus metrics on port 9420.\n",
    )
    assert readme["9420"] != reference["7420"]


def test_a_default_in_prose_joins_the_one_setting_of_its_kind_it_names_a_word_of() -> None:
    reference, faq = consolidated(
        "batch_size\nNumber of events per upload. The default is 1000.\n"
        "flush_interval\nHow often a partial batch is sent. The default is 5 seconds.\n"
        "retention\nHow long events are kept on disk. The default is 7 days.\n",
        "**How often does tidepool send events?**\n"
        "Partial batches are flushed every 10 seconds by default.\n",
    )
    # "batch" names batch_size too, but its default is a number, not a duration.
    assert faq["10 seconds"] == reference["5 seconds"]
    assert faq["10 seconds"] != reference["7 days"]


def test_the_next_sentence_may_name_the_setting_to_change() -> None:
    found = drafted(
        "**Why do uploads time out?**\n"
        "Uploads time out after 30 seconds by default. On slow links, raise `timeout`.\n"
    )
    assert found["30 seconds"][:2] == ("duration-default-timeout", "timeout")
    page = REFERENCE + (
        "--io-timeout SECONDS\nAn upload that makes no progress for this long is aborted. "
        "The default is 300 seconds.\nTroubleshooting\nBackups stall on a slow link. Transfers "
        "that make no progress for 120 seconds are aborted and retried, so a slow connection can "
        "look like a loop of failures. Raise --io-timeout, or set --bandwidth-limit.\n"
    )
    assert drafted(page)["120 seconds"][:2] == ("duration-default-io-timeout", "io-timeout")
    # Within one page, what the setting does unless changed is its default.
    [reference] = consolidated(page)
    assert reference["120 seconds"] == reference["300 seconds"]


def test_a_markdown_tables_column_heading_gives_the_role() -> None:
    readme = (
        "## Options\n\n"
        "| Option | Default | Maximum | Description |\n"
        "|--------|--------:|--------:|-------------|\n"
        "| `--jobs` | 4 | 32 | Number of upload workers |\n"
        "| `--retention-days` | 30 | 3650 | Days to keep snapshots |\n"
    )
    found = drafted(readme)
    assert found["4"][:2] == ("number-default-jobs", "jobs")
    assert found["32"][:2] == ("number-maximum-jobs", "jobs")
    assert found["30"][0] == "duration-default-retention-days"
    reference, table = consolidated(REFERENCE, readme)
    assert table["4"] == reference["4"]
    assert table["32"] != reference["4"]


def test_a_markdown_heading_that_is_a_code_name_is_an_entry() -> None:
    reference = (
        "## Options\n\n### `--jobs`\n\nNumber of parallel upload workers.\n\n"
        "Default: 4. Values from 1 to 32 are accepted.\n\n"
        "## Limits\n\nBackups of a home directory take about 2 hours.\n"
    )
    found = drafted(reference)
    assert found["4"][:2] == ("number-default-jobs", "jobs")
    assert found["from 1 to 32"][1] == "jobs"
    # A heading in words ends the entry.
    assert found["about 2 hours"][1] == ""
    # A plain name line needs its description right below it, no blank line between.
    assert drafted("retention\n\nThe spool keeps events for 7 days.\n")["7 days"][1] == ""


def test_a_settings_defaults_join_by_rule_not_by_a_learned_chance() -> None:
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS)))
        for i, t in enumerate((REFERENCE, CHANGELOG))
    ]
    reference, changelog = consolidate(docs, UNITS)
    jobs = [d for doc in (reference, changelog) for d in doc.drafts if d.value in ("4", "8")]
    # No "grouping unsure" on a finding of one setting's defaults: like a typical dose, the
    # join is a rule's.
    assert {d.subject.id for d in jobs if d.subject.role == "default"} == {"count-default-jobs"}
    assert all(d.subject.link_chance is None for d in jobs if d.subject.role == "default")


def test_a_bound_word_inside_a_settings_name_is_no_role() -> None:
    # "max" names the setting max_upload_size; "default" says which of its values is meant.
    [size] = draft_claims("ref", "The default max_upload_size is 512 MB.", WORDS)
    assert (size.subject.role, size.subject.setting) == ("default", "max-upload-size")
    [limit] = draft_claims("faq", "The default upload limit is 2 GB.", WORDS)
    assert (limit.subject.role, limit.subject.setting) == ("default", "upload-limit")


def test_names_in_words_and_code_names_meet_without_their_bound_words() -> None:
    assert same_setting("upload-limit", "max-upload-size", in_words=True)
    assert not same_setting("upload-limit", "max-download-size", in_words=True)
    # Two code names that differ by a bound word are two settings.
    assert not same_setting("max-pool-size", "min-pool-size", in_words=False)


def test_a_default_in_code_and_in_words_disagree_across_documents() -> None:
    reference, faq = consolidated(
        "Settings\n\nThe default max_upload_size is 512 MB.\n",
        "Why was my file refused?\n\nThe default upload limit is 2 GB.\n",
    )
    assert reference["512 MB"] == faq["2 GB"]


def test_an_older_releases_default_is_that_releases_history() -> None:
    text = (
        "# Changelog\n\n## [2.0.0] - 2024-05-01\n\n- Dropped Python 3.8.\n\n"
        "## [1.2.0] - 2021-03-02\n\n- Raised the default max_workers from 4 to 6.\n"
    )
    found = {d.mention.text: d.subject for d in draft_claims("c", text, WORDS)}
    # "from 4": the value the change replaced, though the setting's name stands between.
    assert (found["4"].role, found["4"].context["phase"]) == ("", "previous")
    # 6 was 1.2.0's default; 2.0.0 may have changed it: history too, not the current default.
    assert (found["6"].role, found["6"].context) == ("", {"phase": "previous"})


def test_a_default_set_in_the_newest_major_version_and_not_changed_since_is_current() -> None:
    text = (
        "# Changelog\n\n## 3.2.0 - 2026-10-06\n\n- `zstd` as a value for `compression`.\n\n"
        "## 3.1.0 - 2026-02-19\n\n- `max_retries` now defaults to 8; it used to be 5.\n\n"
        "## 3.0.0 - 2025-04-14\n\n- Batches are compressed with gzip by default.\n"
        "- The default max_retries is now 6.\n"
    )
    drafts = draft_claims("c", text, WORDS)
    compress = next(d.subject for d in drafts if d.label is not None)
    # 3.2.0 names compression but changes no default: gzip by default is still current.
    assert (compress.id, compress.context) == ("default-compress", {})
    found = {d.mention.text: d.subject for d in drafts}
    # 3.1.0 changed max_retries: 3.0.0's 6 is history.
    assert found["6"].context == {"phase": "previous"}


def test_prose_naming_a_settings_distinctive_words_is_of_that_setting() -> None:
    reference, faq = consolidated(
        "Settings\n\nThe default client_idle_timeout is 900 seconds.\n"
        "The default pool_size is 20.\n",
        "Why did my session drop?\n\nIdle client sessions are dropped after 10 minutes.\n"
        "A pool of 50 connections is plenty for most sites.\n",
    )
    # "idle" and "client" name client_idle_timeout without "timeout".
    assert faq["10 minutes"] == reference["900 seconds"]
    # One distinctive word ("pool" of pool_size) is too little.
    assert faq["50 connections"] != reference["20"]


#: An HTML reference table, read as extract reads a page (``page_text``: its text and tables).
HTML_TABLE = """<html><body><h1>Configuration reference</h1>
<h2>Batching</h2>
<table>
<tr><th>Option</th><th>Default</th><th>Description</th></tr>
<tr><td>batch_size</td><td>500</td><td>Events per batch.</td></tr>
<tr><td>flush_interval</td><td>5s</td><td>Send a partial batch after this long.</td></tr>
<tr><td>connect_timeout</td><td>10s</td><td>Time allowed to open a connection.</td></tr>
</table>
<p>Durations are written like 5s or 2m.</p>
<p>With the defaults, a batch is sent as soon as it holds 500 events, or 5 seconds after its
first event arrives, whichever comes first.</p>
<p>Connection attempts time out after 10 seconds.</p>
</body></html>
"""


def html_drafted(markup: str) -> dict[str, tuple[str, str, dict[str, str]]]:
    return drafted(*page_text(markup))


def test_an_html_tables_column_heading_gives_the_role() -> None:
    found = html_drafted(HTML_TABLE)
    assert found["500"][:2] == ("number-default-batch-size", "batch-size")
    assert found["5s"][:2] == ("duration-default-flush-interval", "flush-interval")
    # A table whose columns name no role gives none.
    plain = html_drafted(HTML_TABLE.replace("<th>Default</th>", "<th>Type</th>"))
    assert plain["500"][:2] == ("number-batch-size", "batch-size")


def test_a_page_that_restates_a_settings_default_in_prose_states_that_default() -> None:
    text, found = page_text(HTML_TABLE)
    drafts = draft_claims("r", text, WORDS, tables=found)
    [page] = consolidate([Document("r.html", text, tuple(drafts))], UNITS)
    ids = [(d.quote, d.subject.id) for d in page.drafts]

    def subject(quote: str) -> str:
        return next(sid for q, sid in ids if quote in q)

    # "holds 500 events" names batch_size's word; "With the defaults, ... 5 seconds" the one
    # default of 5 seconds; "Connection attempts" connect_timeout's word.
    assert subject("holds 500 events") == subject("batch_size\n500")
    assert subject("5 seconds after") == subject("flush_interval\n5s")
    assert subject("time out after 10") == subject("connect_timeout\n10s")
    # The same value without a word of the setting or "default" is another quantity.
    assert subject("written like 5s") != subject("flush_interval\n5s")


def test_an_unnamed_default_is_of_the_setting_the_sentence_before_names() -> None:
    faq = (
        "How many times will it try?\n\n"
        "`max_retries` does not count the first attempt. With the default of 8, a batch is sent "
        "at most 9 times.\n"
    )
    assert drafted(faq)["8"][:2] == ("number-default-max-retries", "max-retries")
    # Two code names before: which one is not said.
    two = faq.replace("does not count", "and `workers` do not count")
    assert drafted(two)["8"][1] == ""


def test_a_default_in_prose_names_a_setting_by_a_word_beside_it() -> None:
    reference, readme, faq = consolidated(
        "batch_size\nEvents per batch. The default is 500.\n"
        "flush_interval\nHow often a partial batch is sent. The default is 5 seconds.\n",
        "Events are sent in batches of 1,000 events by default, or sooner if the flush interval "
        "passes first.\n",
        "How many times is a batch sent?\n\nWith the default of 8, a batch is sent at most 9 "
        "times.\n",
    )
    # "batches" stands by the figure; "flush interval" names a setting of another kind of value.
    assert readme["1,000 events"] == reference["500"]
    # "batch" elsewhere in the sentence is no name for the default of 8.
    assert faq["8"] != reference["500"]


def test_a_limit_of_a_setting_named_by_its_bound_is_the_settings_value() -> None:
    faq = drafted(
        "Lines longer than 32 KB are truncated. If you log huge lines, raise max_line_bytes.\n"
    )
    assert faq["longer than 32 KB"][:2] == ("data-default-max-line-bytes", "max-line-bytes")
    # A setting not named by a bound keeps the limit as one of its values.
    other = drafted(
        "Lines longer than 32 KB are truncated. If you log huge lines, raise line_buf.\n"
    )
    assert other["longer than 32 KB"][0] == "data-maximum-line-buf"


def test_a_figures_form_says_the_bound_unit_or_timeout_of_a_settings_name() -> None:
    reference, readme, faq = consolidated(
        "max_line_bytes\nLongest accepted event, in bytes. The default is 65536.\n"
        "connect_timeout\nTime allowed to open a connection. The default is 10 seconds.\n"
        "read_timeout\nTime allowed for an answer. The default is 30 seconds.\n",
        "Lines up to 64 KiB are accepted as they are. ledgerly gives up connecting to a "
        "destination after 15 seconds.\n",
        "Read the whole guide in 20 seconds. Up to 16 KiB of headers are kept.\n",
    )
    # "up to" says max, KiB says bytes, "gives up" says timeout.
    assert readme["up to 64 KiB"] == reference["65536"]
    assert readme["15 seconds"] == reference["10 seconds"]
    # "Read" alone names no read_timeout; a bound of bytes without "line" no max_line_bytes.
    assert faq["20 seconds"] != reference["30 seconds"]
    assert faq["Up to 16 KiB"] != reference["65536"]


def test_the_bound_a_setting_named_by_its_bound_holds_is_its_value() -> None:
    docs = [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS)))
        for i, t in enumerate(
            (
                "max_line_bytes\nLongest accepted event, in bytes. The default is 65536.\n",
                "Lines up to 64 KiB are accepted as they are.\n",
            )
        )
    ]
    [line] = consolidate(docs, UNITS)[1].drafts
    assert line.value == "64 KiB"


def test_a_code_name_in_brackets_names_the_figure_just_before_it() -> None:
    found = drafted(
        "Out of the box it accepts up to 500 client connections by default and keeps at most 100 "
        "server connections open (max_db_connections).\n"
    )
    assert found["up to 500 client connections"][1] == ""
    assert found["at most 100 server connections"][1] == "max-db-connections"


def test_a_settings_name_may_abbreviate_the_words_of_a_figure() -> None:
    reference, readme = consolidated(
        "The default max_client_conn is 1000 client connections.\n",
        "Out of the box it accepts up to 500 client connections by default.\n",
    )
    # "conn" abbreviates "connections"; "client" is in the figure's own words.
    assert readme["up to 500 client connections"] == reference["1000"]
    other = consolidated(
        "The default max_client_conn is 1000 client connections.\n",
        "Out of the box it accepts up to 500 server connections by default.\n",
    )
    assert other[1]["up to 500 server connections"] != other[0]["1000"]


def test_a_page_that_says_two_defaults_of_one_setting_contradicts_itself() -> None:
    [page] = consolidated(
        "By default ferrypool listens on port 6432 on all interfaces.\n\n"
        "listen_port\nThe port to listen on. The default listen_port is 6433.\n"
    )
    assert page["6432"] == page["6433"]
    # Without "default" the figure may be an example: it stays apart from the page's default.
    [example] = consolidated(
        "Here ferrypool listens on port 6432 on all interfaces.\n\n"
        "listen_port\nThe port to listen on. The default listen_port is 6433.\n"
    )
    assert example["6432"] != example["6433"]


def test_defaults_to_a_name_and_a_figure_names_that_setting() -> None:
    assert drafted("JPEG output defaults to quality 85, which looks clean.")["85"][:2] == (
        "number-default-quality",
        "quality",
    )
    # "defaults to" before a figure without a name: the words before it name the setting.
    assert drafted("The read timeout defaults to 60 seconds.")["60 seconds"][1] == "read-timeout"


def test_words_that_name_the_entrys_own_setting_are_its_code_name() -> None:
    reference = (
        "--quality N\nJPEG quality. The default quality is 82.\n"
        "--webp-quality N\nWebP quality. The default is 75.\n"
    )
    found = drafted(reference)
    assert found["82"][:2] == ("number-default-quality", "quality")
    # As a code name "quality" is not the last word of "webp-quality" named in words.
    [page] = consolidated(reference)
    assert page["82"] != page["75"]


def test_an_entry_of_several_options_names_none_of_them() -> None:
    found = drafted(
        "--avif-quality N\nAVIF quality. The default is 50.\n"
        "--width N, --height N\nOutput size in pixels. The maximum is 8192 pixels a side.\n"
    )
    assert found["50"][1] == "avif-quality"
    assert found["8192 pixels"][1] == ""


def test_a_range_a_setting_may_take_is_not_its_default() -> None:
    reference, readme, faq = consolidated(
        "--quality N\nJPEG quality. The default quality is 82 and the accepted range is 1 to 100.\n",
        "JPEG output defaults to quality 85, which keeps photographs clean.\n",
        "Which quality values can I use?\n  Quality values from 10 to 95 are accepted.\n",
    )
    assert readme["85"] == reference["82"]
    assert faq["from 10 to 95"] != reference["82"]


def test_a_cap_of_a_setting_named_by_its_cap_is_its_value_on_its_own_page() -> None:
    page = (
        "retry_backoff_max\nUpper bound on the wait between retries. The default is 30 seconds.\n"
        "max_jobs\nHow many jobs run at once. The default is 4.\n\n"
        "Notes on retries\nThe wait between retries doubles after each failure. The backoff "
        "caps at 60 seconds, so a destination that stays down is retried once a minute. You can "
        "run up to 32 jobs on a large host.\n"
    )
    [found] = consolidated(page)
    # "caps at" says the value retry_backoff_max holds: the page contradicts itself.
    assert found["60 seconds"] == found["30 seconds"]
    # "up to 32 jobs" names max_jobs too, but says no cap: a page's example stays apart.
    assert found["up to 32 jobs"] != found["4"]


def test_a_limit_said_of_a_setting_named_by_its_bound_is_that_setting_on_its_own_page() -> None:
    page = (
        "max_message_size\nMessages over 1 MiB are rejected.\n"
        "[spool]\nretention\nHow long events are kept. The default is 7 days.\nLimits\n"
        "An agent message larger than 2 MiB is dropped with a warning.\n"
    )
    [found] = consolidated(page)
    assert found["over 1 MiB"] == found["2 MiB"]
    # A setting whose name says no bound: the limit is one of its values, apart.
    [other] = consolidated(page.replace("max_message_size", "message_buffer"))
    assert other["over 1 MiB"] != other["2 MiB"]


def test_a_table_that_says_what_a_default_applies_to_keeps_its_rows_apart() -> None:
    markup = (
        "<table><tr><th>Option</th><th>Applies to</th><th>Default</th></tr>"
        "<tr><td>--workers</td><td>thumbwright batch</td><td>4</td></tr>"
        "<tr><td>--workers</td><td>thumbwright serve</td><td>8</td></tr></table>"
    )
    [page] = consolidated(page_text(markup))
    # One setting, two defaults for two commands: no default of --workers to dispute.
    assert page["4"] != page["8"]


def test_a_figure_in_brackets_after_a_code_name_is_its() -> None:
    found = drafted(
        "Cached files are removed after the time set by --cache-ttl, or earlier if the cache "
        "grows past --cache-max (default 2 GiB).\n"
    )
    assert found["2 GiB"][:2] == ("data-default-cache-max", "cache-max")


def test_prose_that_names_a_setting_without_a_default_meets_another_documents() -> None:
    reference, faq = consolidated(
        "--cache-ttl SECONDS\nHow long a thumbnail is cached, from 60 to 2592000 seconds.\n\n"
        "By default, cached thumbnails expire after 604800 seconds.\n",
        "How long are thumbnails cached?\n\n"
        "Cache entries live for 24 hours unless they are evicted earlier.\n",
    )
    # "expire after" and "live for" say how long a cache entry lives: cache_ttl.
    assert faq["24 hours"] == reference["604800 seconds"]
    # Two figures of one page naming one setting stay apart without a default to meet.
    [page] = consolidated(
        "--workers N\nHow many images are resized at once, from 1 to 64 workers.\n\n"
        "By default a batch run uses 4 workers. By default the server uses 8 workers.\n"
    )
    assert page["4 workers"] != page["8 workers"]


def test_the_level_a_change_brings_in_the_newest_release_is_no_change() -> None:
    text = (
        "# Changelog\n\n## [2.6.0] - 2025-08-18\n\n"
        "- Raised the maximum output dimension to 16384 px on either side.\n\n"
        "## [2.2.0] - 2023-05-02\n\n- Raised the maximum input size to 200 MB.\n"
    )
    found = {d.mention.text: d.subject.context for d in draft_claims("c", text, WORDS)}
    # What 2.6.0 has, as a reference page states it: a level.
    assert "change" not in found["16384 px"]
    # An older release's: still a change, which later releases may have changed again.
    assert found["200 MB"].get("change") == "up"


def _conflicts(tmp_path: Path, docs: dict[str, str]) -> list[str]:
    """The conflicts ``factcheck check`` reports on what ``factcheck extract`` drafts of
    ``docs``, as the user runs them."""
    _, report = extract_and_check(tmp_path, docs)
    return [f["message"] for f in report["findings"] if f["kind"] == "conflict"]


def test_the_port_a_server_listens_on_is_its_default(tmp_path: Path) -> None:
    """A server said to listen at a link to this machine, or "listens on port N", with no
    option passed: the port it has unless changed, compared with the reference's default; the
    metrics port and an example with --port are other figures."""
    docs = {
        "README.md": "# shrinkwell\n\n`shrinkwell serve` starts a preview server at "
        "http://localhost:8080 that shows each original next to its optimized version. The "
        "server also exposes Prometheus metrics on port 9188.\n\nTo try another port, run "
        "`shrinkwell serve --port 9000` and open http://localhost:9000.\n",
        "reference.md": "# Reference\n\n--port N\nPort for the preview server started by "
        "`shrinkwell serve`. Default: 8040.\n",
    }
    assert _conflicts(tmp_path, docs) == ["Default port: 8040 vs 8080"]
    # "listens on port N" unless changed is its default too; said without it, maybe an example.
    docs["README.md"] = "# shrinkwell\n\nThe server listens on port 8088 unless you pass --port.\n"
    assert _conflicts(tmp_path, docs) == ["Default port: 8040 vs 8088"]
    docs["README.md"] = "# shrinkwell\n\nHere the server listens on port 8088.\n"
    assert _conflicts(tmp_path, docs) == []
    # A page at a local link, with no server said: perhaps another program's.
    docs["README.md"] = "# shrinkwell\n\nThe dashboard is available at http://localhost:3000.\n"
    assert _conflicts(tmp_path, docs) == []
    # Two servers' links in one sentence: which port is whose is not said.
    docs["README.md"] = (
        "# shrinkwell\n\nThe server starts Grafana at http://localhost:3000 and the preview at "
        "http://localhost:8080.\n"
    )
    assert _conflicts(tmp_path, docs) == []


def test_a_bound_said_to_be_the_default_is_the_default_of_the_setting_it_names(
    tmp_path: Path,
) -> None:
    """ "up to 512 MB ... by default" names ``--memory-per-worker`` by its words (not "per"),
    not the ``--workers`` another clause gives its own value, and states its default: 512 MB,
    against the reference's 256 MB."""
    docs = {
        "FAQ.txt": "Q: Can I run shrinkwell in CI?\nA: Yes. Each worker can use up to 512 MB of "
        "memory by default, so on small CI runners, use --workers 2.\n",
        "reference.md": "# Reference\n\n--workers N\nNumber of worker processes. Default: 4.\n\n"
        "--memory-per-worker MB\nMemory ceiling for each worker. Default: 256 MB.\n",
    }
    assert _conflicts(tmp_path, docs) == ["Memory: 256 MB vs 512 MB"]
    # The same ceiling, as the reference gives it: no disagreement.
    docs["FAQ.txt"] = docs["FAQ.txt"].replace("512 MB", "256 MB")
    assert _conflicts(tmp_path, docs) == []


# A reference table of name, type and description: each row's figures are its setting's, the
# type column is no setting ("integer"), and a name's qualifier in brackets ("(kafka)") makes
# another setting.
TYPED_TABLE = """<html><body><h1>drift configuration reference</h1>
<table>
<tr><th>Setting</th><th>Type</th><th>Description</th></tr>
<tr><td>port (udp)</td><td>integer</td><td>Port to listen on. Default: 5514.</td></tr>
<tr><td>max_line_length</td><td>size</td><td>Longer lines are cut. Default: 16 KiB.</td></tr>
<tr><td>batch.max_events</td><td>integer</td><td>Events in one batch. Default: 1000.</td></tr>
<tr><td>retry.max_attempts</td><td>integer</td><td>For HTTP outputs the default is 10 attempts.</td></tr>
<tr><td>retry.max_attempts (kafka)</td><td>integer</td><td>For Kafka outputs the default is 3.</td></tr>
<tr><td>path (file)</td><td>string</td><td>Files to tail. Required for file inputs.</td></tr>
<tr><td>path (journald)</td><td>string</td><td>Journal to read. Optional for journald inputs.</td></tr>
</table></body></html>
"""


def test_a_reference_tables_rows_name_their_settings_and_its_type_column_none() -> None:
    found = html_drafted(TYPED_TABLE)
    assert found["5514"][1] == "port-udp"
    assert found["16 KiB"][1] == "max-line-length"
    assert found["1000"][1] == "batch-max-events"
    assert found["10 attempts"][1] == "retry-max-attempts"
    assert found["3"][1] == "retry-max-attempts-kafka"


def test_a_reference_tables_defaults_of_several_settings_never_conflict(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        {
            "reference.html": TYPED_TABLE,
            "README.md": "# drift\n\ndrift sends events in batches of up to 500 events.\n",
        },
    )
    claims = {c["id"]: c for c in report["claims"]}
    conflicts = sorted(
        sorted(claims[i]["value"]["text"] for i in f["claims"])
        for f in report["findings"]
        if f["kind"] == "conflict"
    )
    # The README's batch size against the table's, and nothing between the table's own rows:
    # not 5514 against 1000, nor Kafka's 3 attempts against HTTP's 10, nor the file inputs'
    # required path against the journald inputs' optional one.
    assert conflicts == [["1000", "500"]]


def subjects_of(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text (its first occurrence): (role, setting), before grouping."""
    found: dict[str, tuple[str, str]] = {}
    for d in draft_claims("d", text, WORDS):
        found.setdefault(d.mention.text, (d.subject.role, d.subject.setting))
    return found


def test_a_value_that_holds_while_nobody_sets_it_is_the_default() -> None:
    found = subjects_of(
        "Timeouts\nLongest time a single query may run; 45 seconds unless you set it.\n"
        "If you leave the idle timeout unset, a connection that does nothing for 300 seconds "
        "is closed.\n"
        "When the cache size is not set, the client keeps 64 MB of pages in memory.\n"
        "Unless configured otherwise, logs are rotated every 7 days.\n"
    )
    assert found["45 seconds"][0] == "default"
    assert found["300 seconds"][0] == "default"
    assert found["64 MB"][0] == "default"
    assert found["7 days"][0] == "default"


def test_unless_and_if_without_setting_a_value_say_no_default() -> None:
    found = subjects_of(
        "Take 2 tablets every 6 hours unless your doctor tells you otherwise.\n"
        "Unless you have kidney disease, drink 2 litres of water a day.\n"
        "If the rash is not gone after 7 days, see a doctor.\n"
        "The tram runs every 8 minutes unless there is a strike.\n"
    )
    assert found["6 hours"][0] != "default"
    assert found["2 litres"][0] != "default"
    assert found["7 days"][0] != "default"
    assert found["8 minutes"][0] != "default"


def test_a_setting_left_unset_and_its_entry_disagree_on_one_page() -> None:
    (reference,) = consolidated(
        "Options\n"
        "--lock-timeout\n10s\nHow long to wait for a table lock. The default lock timeout is "
        "10 seconds.\n"
        "--query-timeout\nDefault: 60s\nLongest time a single query may run.\n"
        "Details\n"
        "If you leave the query timeout unset, any query still running after 120 seconds is "
        "cancelled.\n"
    )
    # "is cancelled" says a timeout; "query" says which.
    assert reference["120 seconds"] == reference["60s"]
    assert reference["120 seconds"] != reference["10s"]


def test_an_idea_alone_names_no_setting() -> None:
    reference, faq = consolidated(
        "Settings\n\n| Option | Applies to | Value |\n|---|---|---|\n"
        "| `timeout` | each request (serve) | 30 seconds |\n\n"
        "Each request that takes longer than 30 seconds is cancelled.\n",
        "Q: What is the upstream fetch timeout?\nThe upstream fetch timeout is 10 seconds.\n",
    )
    # "is cancelled" says a timeout, and "timeout" is a setting of the page, but the figure
    # names no word of it of its own: the FAQ's fetch timeout is another setting.
    assert reference["longer than 30 seconds"] != faq["10 seconds"]


def test_prose_naming_a_setting_on_its_own_page_states_its_value() -> None:
    (reference,) = consolidated(
        page_text(
            "<h2>Settings</h2><table><tr><th>Setting</th><th>Default</th><th>Description</th></tr>"
            "<tr><td>heartbeat_interval</td><td>10 s</td>"
            "<td>How often workers report that they are alive.</td></tr>"
            "<tr><td>visibility_timeout</td><td>30 s</td>"
            "<td>How long a task taken by a worker is hidden.</td></tr></table>"
            "<h2>Notes</h2><p>Workers send a heartbeat to the server every 15 seconds; a worker "
            "that misses three heartbeats in a row is treated as dead.</p>"
        )
    )
    # "every" says how often: with "heartbeat", the interval; a page that says so plainly
    # disagrees with its own table.
    assert reference["15 seconds"] == reference["10 s"]
    assert reference["15 seconds"] != reference["30 s"]


def test_prose_that_sets_or_supposes_a_value_is_not_its_pages_default() -> None:
    (reference,) = consolidated(
        page_text(
            "<h2>Settings</h2><table><tr><th>Setting</th><th>Default</th><th>Description</th></tr>"
            "<tr><td>heartbeat_interval</td><td>10 s</td>"
            "<td>How often workers report that they are alive.</td></tr></table>"
            "<h2>Notes</h2><p>On a slow network, set the heartbeat interval to 30 seconds.</p>"
            "<p>If workers send a heartbeat every 60 seconds, the server marks them late.</p>"
        )
    )
    assert reference["30 seconds"] != reference["10 s"]
    assert reference["60 seconds"] != reference["10 s"]


def drafted_values(text: str, tables: Tables | None = None) -> dict[str, str]:
    """Each mention's text (its first occurrence): its drafted value."""
    found: dict[str, str] = {}
    for d in draft_claims("d", text, WORDS, tables=tables):
        found.setdefault(d.mention.text, d.mention.value)
    return found


def test_a_reference_entry_names_the_unit_of_its_bare_default() -> None:
    """The placeholder of an option ("--timeout SECONDS") or its description ("Longest edge in
    pixels", "Seconds to keep ...") says what unit a bare default is in; "N" says none."""
    page = page_text(
        "<table><tr><th>Option</th><th>Description</th></tr>"
        "<tr><td><code>--timeout SECONDS</code></td><td>How long to wait for one storage "
        "request before retrying it. Default: 60.</td></tr>"
        "<tr><td><code>--max-size PX</code></td><td>Longest edge in pixels; larger images are "
        "scaled down. Default: 2560.</td></tr>"
        "<tr><td><code>--jobs N</code></td><td>Parallel workers. Default: 4.</td></tr></table>"
    )
    found = drafted_values(*page)
    assert (found["60"], found["2560"], found["4"]) == ("60 seconds", "2560 pixels", "4")
    table = page_text(
        "<table><tr><th>Option</th><th>Default</th><th>Description</th></tr>"
        "<tr><td><code>--checksum-cache-ttl</code></td><td>3600</td><td>Seconds to keep "
        "computed checksums in the local cache.</td></tr></table>"
    )
    assert drafted_values(*table)["3600"] == "3600 seconds"
    # Two units named: which one is not said.
    either = "--cache-ttl AGE\nHow long results stay valid, in hours or in days. Default: 7.\n"
    assert drafted_values(either)["7"] == "7"


def test_a_default_in_seconds_by_its_placeholder_meets_prose_in_minutes(tmp_path: Path) -> None:
    """ "--timeout SECONDS ... Default: 60" and "gives up after two minutes" are one setting's
    default stated twice, and they disagree."""
    _, report = extract_and_check(
        tmp_path,
        {
            "reference.html": (
                "<html><head><title>vaultkit reference</title></head><body><table>"
                "<tr><th>Option</th><th>Description</th></tr>"
                "<tr><td><code>--timeout SECONDS</code></td><td>How long to wait for one "
                "storage request before retrying it. Default: 60.</td></tr></table></body></html>"
            ),
            "FAQ.txt": (
                "Q: Why do uploads stall on a bad link?\n"
                "A: vaultkit waits for a storage request for two minutes by default before it "
                "retries it.\n"
            ),
        },
    )
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert len(conflicts) == 1
    assert "60 seconds vs 120 seconds" in conflicts[0]["message"]

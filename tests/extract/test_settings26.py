"""A software setting's limits, changes and roles (settings26).

Round 23's postwick drafted half its true pairs under different subjects: the value a change
reached ("went up from two connections to four") was never drafted, a port named in words
("The default port, 587,") took the setting the next sentence tells one to change, a limit named
by the noun it limits ("Each attachment can be at most 10 MB") never met ``max_attachment_mb``,
and "the per-message recipient cap" never met ``max_recipients``. The sentences below are of an
invented HTTP library, ferrule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.find import Mention, find_mentions
from factcheck.extract.subjects.settings import adjusted_next, setting_of
from tests.common import WORDS, conflicting_values, extract_and_check


def _mention(text: str, figure: str) -> Mention:
    """The mention of ``text`` that starts where ``figure`` does."""
    at = text.index(figure)
    return next(m for m in find_mentions(text, WORDS) if m.span[0] == at)


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "noun"),
    [
        ("The default worker count went up from two threads to four.", "four", "", "threads"),
        ("The read timeout was raised from 30 seconds to 60.", "60", "second", ""),
        ("Retention went down from 30 days to 14, so disks fill more slowly.", "14", "day", ""),
        ("The upload limit grew from 10 MB to 25.", "25", "MB", ""),
    ],
)
def test_the_figure_a_change_reached_is_in_the_unit_of_the_one_it_replaced(
    sentence: str, figure: str, unit: str, noun: str
) -> None:
    mention = _mention(sentence, figure)
    assert (mention.amount.unit, mention.noun) == (unit, noun)
    assert mention.direction in ("up", "down")


def test_the_replaced_figure_and_other_from_to_figures_stay_as_written() -> None:
    """History is left bare ("from 4 to 8 seconds": 4), and "from 9 to 5" with no verb of change
    is no change."""
    assert _mention("The timeout was raised from 4 to 8 seconds.", "4").amount.unit == ""
    assert all(not m.direction for m in find_mentions("The desk is open from 9 to 5 pm.", WORDS))
    # A number word after "to" that has its own noun is read as written.
    text = "The pool went up from two connections to four connections per host."
    assert _mention(text, "four").text == "four connections"


def test_a_setting_named_in_words_right_before_its_figure_is_its_setting() -> None:
    """ "The default port, 8025," is the port's, not the setting the next sentence names."""
    text = (
        "The default port, 8025, is the one the relay expects. Unless you change worker_count, "
        "ferrule runs 3 worker threads."
    )
    at = text.index("8025")
    sentence = (0, text.index(". U") + 1)
    assert setting_of(text, (at, at + 4), (0, text.index(" is the")), sentence) == ("port", True)
    text = "With the default timeout of 30 seconds, most uploads finish."
    at = text.index("30")
    assert setting_of(text, (at, at + 10), (0, len(text)), (0, len(text))) == ("timeout", True)


def test_the_subject_of_defaults_to_is_named_before_what_it_is_between() -> None:
    """ "The retry delay between attempts to upload a part" is the retry delay, not the part."""
    text = "- The retry delay between attempts to upload a part now defaults to 4 seconds."
    at = text.index("4 seconds")
    assert setting_of(text, (at, at + 9), (0, len(text)), (0, len(text))) == ("retry-delay", True)


def test_a_reference_rows_only_figure_is_the_settings_default() -> None:
    """A settings table without a default column: the row's one figure, stated plainly, holds
    unless changed; a row with two ("Default: 900 seconds. Set to 0 to disable.") says which is
    which in words."""
    page = (
        "| Setting | Description |\n|---|---|\n"
        "| `log_days` | Logs are kept for 21 days, then deleted. |\n"
        "| `job_timeout` | Default: 900 seconds. Set to 0 to disable. |\n"
    )
    drafts = {d.mention.text: d for d in draft_claims("reference.md", page, WORDS)}
    assert drafts["21 days"].subject.role == "default"
    assert drafts["21 days"].subject.setting == "log-days"
    assert drafts["0"].subject.role != "default"


def test_a_growth_factor_a_reference_row_tells_is_no_level_of_100_percent() -> None:
    """A row's "it doubles on each attempt" is the growth factor of each step, 2 (forms28;
    it was a change of 100 %, then kept from the row's default): never a level of 100 % its
    quote does not say, and never the delay's 2 seconds (a ratio, another family)."""
    page = (
        "| Setting | Default | Description |\n|---|---|---|\n"
        "| `--retry-delay` | 2s | Pause before the first retry; it doubles on each attempt. |\n"
    )
    drafts = {d.mention.text: d for d in draft_claims("reference.md", page, WORDS)}
    doubled = next(d for d in drafts.values() if "doubles" in d.quote)
    assert (doubled.value, doubled.mention.dimension) == ("2", "ratio")
    assert "change" not in doubled.subject.context
    assert drafts["2s"].mention.dimension == "duration"


def test_a_key_of_a_lists_items_names_a_setting() -> None:
    """ "upstreams[].timeout", a key of each item of a list, is a reference entry's name."""
    page = (
        "| Key | Description |\n|---|---|\n"
        "| `backends[].timeout` | How long to wait for a backend's reply. Default: 45s. |\n"
    )
    draft = next(d for d in draft_claims("reference.md", page, WORDS) if "45" in d.mention.text)
    assert (draft.subject.setting, draft.subject.role) == ("backends-timeout", "default")


def test_the_next_sentence_of_a_hard_wrapped_answer_names_one_setting() -> None:
    """A FAQ wrapped at 72 columns goes on past its line end; a sentence naming two settings
    ("raise --timeout rather than --connect-timeout") names neither."""
    wrapped = (
        "A: UploadTimeout is raised if the whole upload takes longer than 90\n"
        "   seconds. Very large files should be split, or you can raise\n"
        "   upload_timeout. Check your link first."
    )
    assert adjusted_next(wrapped, wrapped.index("seconds.") + len("seconds."))
    two = (
        "A: ferrule gives up on a request after 2 minutes. It allows 10 seconds to connect. If\n"
        "your link is slow, raise --timeout rather than --connect-timeout."
    )
    assert not adjusted_next(two, two.index("connect.") + len("connect."))


_REFERENCE = """<html><body>
<h1>ferrule settings</h1>
<table>
<tr><th>Setting</th><th>Default</th><th>Description</th></tr>
<tr><td>port</td><td>8025</td><td>Port of the relay to connect to.</td></tr>
<tr><td>worker_count</td><td>3</td><td>Number of worker threads.</td></tr>
<tr><td>max_upload_mb</td><td>40</td><td>Largest single upload, in megabytes.</td></tr>
<tr><td>max_headers</td><td>32</td><td>Most headers allowed in one request.</td></tr>
<tr><td>backend_timeout</td><td>45</td><td>Seconds to wait for a backend's reply.</td></tr>
<tr><td>requests_per_second</td><td>50</td><td>Most requests sent each second.</td></tr>
</table>
<p>The default port, 8025, is the one the relay expects. Unless you change worker_count,
ferrule runs 3 worker threads.</p>
<p>A single request may carry at most 32 headers, and each upload may be up to 40 MB.</p>
</body></html>
"""
_FAQ = """ferrule FAQ

Q: How large can uploads be?
A: Each upload can be at most 15 MB. Split bigger files.

Q: Which port should I use?
A: Use port 2525 only for testing against a local relay.
"""
_README = """# ferrule

ferrule is a small HTTP upload client.

- ferrule connects to port 8080 by default.
- Backend requests time out after 20 seconds by default.
"""
_CHANGELOG = """# Changelog

## 3.0.0 (2025-01-10)

### Changed
- Raised the per-request header cap to 64.
- The default worker count went up from two threads to three.
"""


def test_limits_ports_and_changes_meet_the_settings_they_are_of(tmp_path: Path) -> None:
    """Each document's figure meets the reference's setting: the port said in words and in the
    table (8080 against 8025), an upload limit named by its noun (15 MB against 40 MB), a cap
    raised in the changelog (64 against 32 headers), a timeout in words (20 seconds against
    45); the value a change replaced (two threads)
    and a port used for one purpose (2525 for testing) conflict with nothing."""
    _, report = extract_and_check(
        tmp_path,
        {
            "reference.html": _REFERENCE,
            "FAQ.txt": _FAQ,
            "README.md": _README,
            "CHANGELOG.md": _CHANGELOG,
        },
    )
    conflicts = conflicting_values(report)
    flat = {value for pair in conflicts for value in pair}
    assert any("8080" in pair and "8025" in pair for pair in conflicts), conflicts
    assert any("15 MB" in pair and "40 MB" in pair for pair in conflicts), conflicts
    assert any("64" in pair and "32" in pair for pair in conflicts), conflicts
    # A timeout said in words names ``backend_timeout``, not the rate per second.
    assert any("20 seconds" in pair and "45 seconds" in pair for pair in conflicts), conflicts
    assert "2525" not in flat
    assert "2" not in flat

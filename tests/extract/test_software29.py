"""A setting's default stated in prose, tied to its reference row (software29).

Round 29's loudwick lost the default true-peak ceiling ("keeps peaks at or below -2 dBTP unless
you set a different ceiling" / "The default ceiling is -1.0 dBTP", read as a maximum), the
minimum duration ("Files shorter than 1 second are skipped" / "Files shorter than this are
skipped without being measured. Default: 3.0 seconds"), the output sample rate ("Output is
written at 44.1 kHz unless you ask for something else") and reported the changelog's new default
bit depth against "Float output is always written as 32-bit float", a fixed value. The
documents below are of an invented audio converter, tonebox.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import Draft, draft_claims
from factcheck.extract.grouping.rows import deictic, restates
from factcheck.extract.subjects.settings import named_before
from factcheck.text.tables import page_text
from tests.common import WORDS, extract_and_check


@pytest.mark.parametrize(
    ("description", "before", "after", "said"),
    [
        # The figure stands where "this" does, the words either side restated.
        (
            "Files shorter than this are skipped without being measured. Default: 3.0 seconds.",
            "Files shorter than ",
            " are skipped, because there is too little audio in them",
            True,
        ),
        (
            "Each retry waits this many times longer than the one before. Default: factor 2.0.",
            "each retry waits ",
            " longer than the one before",
            True,
        ),
        # The words of one side only: another thing of the same files.
        (
            "Files shorter than this are skipped without being measured.",
            "Files shorter than ",
            " are padded with silence",
            False,
        ),
        # "this" that points at a noun stands for no value.
        ("Number of snapshots to keep for this source.", "snapshots kept for ", " a source", False),
    ],
)
def test_prose_restates_a_row_with_its_figure_where_this_stands(
    description: str, before: str, after: str, said: bool
) -> None:
    row = deictic(description)
    assert (row is not None and restates(row, before, after)) is said


_REFERENCE = """<html><body><h1>tonebox reference</h1>
<table>
<tr><th>Setting</th><th>Type</th><th>Description</th></tr>
<tr><td>ceiling_dbtp</td><td>float</td><td>Ceiling for the true-peak limiter. The default ceiling is -1.0.</td></tr>
<tr><td>sample_rate</td><td>int</td><td>Sample rate of the output file. Default: 48 kHz.</td></tr>
<tr><td>bit_depth</td><td>int</td><td>Bits per sample for integer PCM output. Default: 16. Float output is always written as 32-bit float.</td></tr>
<tr><td>min_duration_s</td><td>float</td><td>Files shorter than this are skipped without being measured. Default: 3.0 seconds.</td></tr>
<tr><td>workers</td><td>int</td><td>Number of files converted in parallel. Defaults to 4.</td></tr>
</table></body></html>
"""


def _drafts(markup: str) -> dict[str, Draft]:
    text, found = page_text(markup)
    return {d.mention.text: d for d in draft_claims("p", text, WORDS, tables=found)}


def test_a_default_cap_is_a_default_and_an_always_value_is_fixed() -> None:
    """A default cap ("The default ceiling is -1.0") is the setting's default, not one of its
    maximums; "is always written as 32-bit float" is a value no setting changes."""
    drafts = _drafts(_REFERENCE)
    assert (drafts["-1.0"].subject.setting, drafts["-1.0"].subject.role) == (
        "ceiling-dbtp",
        "default",
    )
    assert drafts["32-bit"].subject.role == "fixed"
    (readme,) = draft_claims(
        "r", "Output is written at 44.1 kHz unless you ask for something else.", WORDS
    )
    assert readme.subject.role == "default"


_README = """# tonebox

tonebox converts audio files in batches.

Output is written at 44.1 kHz unless you ask for something else. Files shorter than 1 second
are skipped, because there is too little audio in them. The limiter keeps peaks at or below
-2 unless you set a different ceiling.
"""


def test_prose_defaults_meet_their_rows(tmp_path: Path) -> None:
    """The README's defaults meet the reference's rows: the only frequency setting by a word of
    its description ("output"), the minimum duration by its "this" sentence, the ceiling by its
    name; nothing meets the fixed 32-bit float."""
    _, report = extract_and_check(tmp_path, {"reference.html": _REFERENCE, "README.md": _README})
    quotes = {c["id"]: c["quote"] for c in report["claims"]}
    conflicts = [
        {quotes[i] for i in f["claims"]} for f in report["findings"] if f["kind"] == "conflict"
    ]

    def met(a: str, b: str) -> bool:
        return any(any(a in q for q in c) and any(b in q for q in c) for c in conflicts)

    assert met("44.1 kHz", "48 kHz"), conflicts
    assert met("shorter than 1 second", "3.0 seconds"), conflicts
    assert not any(any("32-bit" in q for q in c) for c in conflicts), conflicts


@pytest.mark.parametrize(
    ("before", "setting"),
    [
        # A queue named in code is a thing of the program's, no setting.
        ("`tallyq push` adds a job to the `emails` queue, and `tallyq serve` starts it.", ""),
        ("Raise the `max_rate` setting for busy queues.", "max-rate"),
        ("`max_rate` caps every queue.", "max-rate"),
    ],
)
def test_a_code_name_of_a_thing_names_no_setting_for_the_next_default(
    before: str, setting: str
) -> None:
    assert named_before(before, (0, len(before))) == setting


def test_an_exception_raised_is_no_change_of_the_figure() -> None:
    """ "raises TooManyErrors once 100 bad rows have been recorded" throws an exception: the 100
    is no rise, so it may restate ``max_errors``' row ("Bad rows tolerated before TooManyErrors
    is raised")."""
    (draft,) = draft_claims(
        "p", "rowwright stops reading and raises TooManyErrors once 100 bad rows are seen.", WORDS
    )
    assert draft.mention.direction == ""
    (risen,) = draft_claims("p", "The limit raises the cap by 100 rows.", WORDS)
    assert risen.mention.direction == "up"

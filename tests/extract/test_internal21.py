"""A page contradicting itself (internal21): the rules that let one page's two figures of one
quantity meet, and the look-alikes that must stay apart.

- "before starting" names a moment, not a starting value (``roles._without_moments``);
- a timeout is a cap: "Files that take longer than 30 seconds to check are skipped and reported
  as timed out" states what ``--timeout`` holds (``group._CAP_STEMS``, ``_GIVE_UP_RE``);
- a page's measure or action stated twice joins before other pages' figures are joined to
  either (``group._consolidate``'s order);
- the figure a change reached with "to" is a level ("Operating profit rose to €38.9m":
  ``news.reached``);
- a cap said by what happens past it is the limit a page names elsewhere ("Files larger than 50
  MB are skipped", "The input size limit is 100 MB per file": ``group._measured_twice``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.news import reached, with_directions
from factcheck.extract.subjects.roles import role_of
from tests.common import UNITS, WORDS, conflicting_values, extract_and_check
from tests.extract.test_grouping import documents
from tests.extract.test_grouping_measured import FILLER


def _conflict(report: dict[str, Any], first: str, second: str) -> bool:
    """Whether a conflict of the report sets a claim of value ``first`` against one of ``second``
    (a finding lists every claim of both its sides)."""
    return any({first, second} <= set(values) for values in conflicting_values(report))


def _role(sentence: str, figure: str) -> str:
    """The role ``roles.role_of`` gives the figure in ``sentence`` (its clause the sentence)."""
    words = sentence.lower().replace(".", "").replace(",", "").split()
    before = sentence[: sentence.index(figure)].lower().replace(",", "").split()
    after = sentence[sentence.index(figure) + len(figure) :].lower().replace(".", "").split()
    return role_of(words, before + figure.lower().split(), before, after)


@pytest.mark.parametrize(
    ("sentence", "figure", "role"),
    [
        # A moment before something starts: when to rest, not a starting value.
        ("Sit down and rest for three minutes before starting.", "three minutes", ""),
        ("Sit quietly for five minutes before you start.", "five minutes", ""),
        ("Before you begin, rest for five minutes.", "five minutes", ""),
        # A starting value still is one: what to start with, the first weeks after starting.
        ("Start with 100 mg a day.", "100 mg", "starting"),
        ("The starting dose is 100 mg.", "100 mg", "starting"),
        ("For the first week after starting, take 2 mg.", "2 mg", "starting"),
    ],
)
def test_before_starting_names_a_moment_not_a_starting_value(
    sentence: str, figure: str, role: str
) -> None:
    assert _role(sentence, figure) == role


def _guide(checklist: str) -> dict[str, str]:
    """A home blood-pressure guide whose checklist says how long to rest once more."""
    return {
        "guide.md": "# Measuring your blood pressure at home\n\n"
        "## Getting ready\n\n"
        "Avoid caffeine, smoking and exercise for 30 minutes before you measure. Empty your "
        "bladder first. Sit with your back supported and your feet flat, and rest quietly for "
        "five minutes before the first reading.\n\n"
        "## How many readings?\n\n"
        "Measure twice a day, morning and evening, for seven days in a row. Each time, take two "
        "readings one minute apart and write both down.\n\n"
        "## Quick checklist\n\n"
        f"{checklist}\n\nKeep your arm supported at heart level. Don't talk while the cuff "
        "inflates. Write down every reading, including the odd ones.\n",
        "leaflet.md": "# Home blood pressure\n\nUse a validated upper-arm monitor. Measure for "
        "four days, morning and evening.\n",
    }


def test_a_guide_resting_three_minutes_before_starting_contradicts_its_five(
    tmp_path: Path,
) -> None:
    _, report = extract_and_check(
        tmp_path, _guide("Sit down and rest for three minutes before starting.")
    )
    assert _conflict(report, "3 minutes", "5 minutes")


def test_a_guide_resting_five_minutes_before_starting_agrees(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path, _guide("Sit down and rest for five minutes before starting.")
    )
    assert not [v for v in conflicting_values(report) if "5 minutes" in v]


def _reference(timeouts: str) -> dict[str, str]:
    """A linter's reference page: its options with their defaults, then a section on timeouts."""
    return {
        "reference.html": "<html><body><h1>Reference</h1>\n<h2>Options</h2>\n<table>\n"
        "<tr><th>Option</th><th>Default</th><th>Description</th></tr>\n"
        "<tr><td><code>--jobs N</code></td><td>4</td><td>Number of worker processes. The "
        "default is 4 workers.</td></tr>\n"
        "<tr><td><code>--timeout SECONDS</code></td><td>60</td><td>Time limit for checking a "
        "single file. The default is 60 seconds per file.</td></tr>\n"
        "<tr><td><code>--total-timeout SECONDS</code></td><td>600</td><td>Time limit for the "
        "whole run. The default of 600 seconds suits most repositories.</td></tr>\n"
        "</table>\n<h2>Timeouts</h2>\n"
        f"<p>{timeouts} Very large generated files are the usual cause, and are best "
        "excluded.</p>\n</body></html>\n",
        "README.md": "# lintkit\n\nA fast linter. Run `lintkit check .` in your project.\n",
    }


def test_files_timed_out_past_a_cap_state_the_timeout(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        _reference(
            "Files that take longer than 30 seconds to check are skipped and reported as timed "
            "out; the rest of the run carries on."
        ),
    )
    assert _conflict(report, "30 seconds", "60 seconds")


def test_files_timed_out_past_the_timeout_agree_with_it(tmp_path: Path) -> None:
    _, report = extract_and_check(
        tmp_path,
        _reference(
            "Files that take longer than 60 seconds to check are skipped and reported as timed "
            "out; the rest of the run carries on."
        ),
    )
    assert conflicting_values(report) == []


#: Two pages: a courier report that gives the tram's end-to-end journey twice, and a press release
#: that gives it once and the replaced bus route's trip too (55 minutes in the morning rush).
_COURIER = (
    "# Riverside tram opens next month\n\n"
    "The line will take riders from Kessel Park to Old Harbour in a journey of 38 minutes, "
    "calling at 18 stops along the way, including the university and the central hospital.\n\n"
    "Residents along the route have mixed feelings about the works, which closed roads for "
    "months.\n\n"
    "The tram will carry passengers from Kessel Park to Old Harbour in 42 minutes from end to "
    "end, the transport authority says, with the fastest section along the old rail yards.\n"
)
_RELEASE = (
    "# Riverside Line: key facts\n\n"
    "- An end-to-end journey takes 38 minutes.\n"
    "- Trams will run every 6 minutes at peak times.\n\n"
    "The line replaces bus route 12, where a trip from Kessel Park to Old Harbour now takes 55 "
    "minutes in the morning rush.\n"
)


def test_a_page_giving_one_journey_twice_meets_itself_before_other_pages() -> None:
    courier, _ = consolidate(documents(_COURIER, _RELEASE), UNITS)
    ids = {d.mention.text: d.subject.id for d in courier.drafts}
    assert ids["38 minutes"] == ids["42 minutes"]


def test_a_page_giving_one_journey_twice_contradicts_itself(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"courier.md": _COURIER, "release.md": _RELEASE})
    assert _conflict(report, "38 minutes", "42 minutes")


def _reached(text: str) -> list[tuple[str, bool]]:
    return [(m.text, reached(text, m)) for m in with_directions(text, find_mentions(text, WORDS))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operating profit rose to €38.9m, ahead of forecasts.", [("€38.9m", True)]),
        ("Hessock fell from 86% to 47% this year.", [("86%", False), ("47%", True)]),
        ("Installation cut radon levels in the house to 100 Bq/m³.", [("100 Bq/m³", True)]),
        ("Revenue rose by 5.2 per cent to £10.5m.", [("5.2 per cent", False), ("£10.5m", True)]),
        # another figure between the change and "to": a comparison, no level reached
        ("Sales rose 3% compared to 5% a year earlier.", [("3%", False), ("5% a year", False)]),
        # a bound, no level reached
        ("Prices rose by up to 5% last year.", [("up to 5%", False)]),
        # no change word before "to"
        ("The journey takes 20 to 25 minutes.", [("20 to 25 minutes", False)]),
    ],
)
def test_the_level_a_change_reached(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _reached(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "context"),
    [
        ("Operating profit rose to €38.9m in the third quarter.", "€38.9m", {}),
        ("Sales climbed 7% to $13.6M.", "7%", {"change": "up"}),
        # a multiple or a fraction a change leaves stays the change it says
        ("Car journeys into the centre fell to a third of their old level.", "a third",
         {"change": "down"}),
    ],
)  # fmt: skip
def test_a_level_reached_leaves_no_change_context(
    text: str, surface: str, context: dict[str, str]
) -> None:
    drafts = {d.mention.text: d.subject.context for d in draft_claims("news", text, WORDS)}
    found = [c for s, c in drafts.items() if s.endswith(surface)]
    assert found and {k: v for k, v in found[0].items() if k == "change"} == context


def test_an_older_release_level_stays_a_change() -> None:
    text = (
        "# Changelog\n\n## [3.0.0]\n\n- Added AVIF output.\n\n"
        "## [2.4.0]\n\n- Raised the maximum output size to 2560 pixels.\n"
    )
    drafts = draft_claims("changelog", text, WORDS)
    [size] = [d for d in drafts if d.mention.text.startswith("2560")]
    assert size.subject.context.get("change") == "up"


def _ids(first: str, second: str) -> tuple[str, str]:
    """The subject ids of the first data or share figure of each sentence of one page."""
    text = f"Notes\n\n{first}\n\n{FILLER}\n\n{second}\n"
    [document] = consolidate(documents(text), UNITS)
    cut = text.index(FILLER)
    found: dict[bool, str] = {}
    for draft in document.drafts:
        if draft.mention.dimension in ("data", "share", "duration"):
            found.setdefault(draft.mention.span[0] > cut, draft.subject.id)
    return found[False], found[True]


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # A cap said by what happens past it, and the limit named: one limit.
        ("Files larger than 50 MB are skipped with a warning.",
         "The input size limit is 100 MB per file.", True),
        ("Uploads bigger than 20 MB are rejected.", "The upload limit is 25 MB.", True),
        # A limit of another time, or a share of a maximum named by a word: apart.
        ("Files larger than 50 MB are skipped with a warning.",
         "The old limit of 30 MB was lifted.", False),
        ("Easy runs are done at 65-75% of your maximum heart rate.",
         "Intervals push you to 90-95% of maximum effort.", False),
        # Caps of two things, far apart.
        ("Store no more than 2 GB per mailbox.", "Attachments up to 25 MB are allowed.", False),
    ],
)  # fmt: skip
def test_a_cap_said_by_its_effect_is_the_limit_named(first: str, second: str, one: bool) -> None:
    a, b = _ids(first, second)
    assert (a == b) is one, (first, second)

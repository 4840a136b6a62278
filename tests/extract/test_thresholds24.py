"""Values misread in software and news prose (thresholds24): a threshold said as "past", "over"
or "more than" in a condition ("when a log file grows past 50 MB") is the threshold's value, not
the bound ``>50 MB``; the first figure of "moved from port 9000 to port 9901" is the value before
the change; a port written with its colon (":8088", "0.0.0.0:8443") is the server's port."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import Draft, draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 10, 12, 12, 0, tzinfo=datetime.UTC).timestamp()


def draft_of(text: str, figure: str) -> Draft:
    """The draft of the figure whose mention holds ``figure``."""
    return next(d for d in draft_claims("doc", text, WORDS) if figure in d.mention.text)


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # Round 19's gatekeep FAQ (d7), hearing's leaflet (d12), patches (d1), blood pressure's
        # cuff sizes (d5), heatwave's fans (d11).
        (
            "Keep in mind that rotation happens when a log file grows past 50 MB, so your "
            "collector must follow renamed files.",
            "50",
            "50 MB",
        ),
        ("If ringing in your ears lasts more than 24 hours, see your GP.", "24", "24 hours"),
        ("If you smoke more than 10 cigarettes a day, start on the 21 mg patch.", "10", "10"),
        ("Large cuff: use one if your upper arm measures more than 32 cm.", "32", "32 cm"),
        ("Electric fans are not effective once indoor temperatures go above 35°C.", "35", "35 °C"),
        ("Alerts fire as soon as CPU use climbs above 90%.", "90", "90%"),
    ],
)
def test_a_threshold_a_condition_crosses_is_its_value(
    sentence: str, figure: str, value: str
) -> None:
    draft = draft_of(sentence, figure)
    assert draft.value == value
    assert draft.subject.role == "threshold"
    assert "change" not in draft.subject.context  # "grows past" is no change of the figure


@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        # A size said as a bound stays a bound: festival l13's 82,000 lies inside it.
        ("More than 80,000 fans packed into Hollins Park Farm over the weekend.", "80,000", ">80000"),
        # A verb of crossing outside a condition (sleepkids l6: a child on 6 mg is no conflict).
        ("We rarely go above 3 mg in primary-school children.", "3", ">3 mg"),
        # An event told in the past, and an age.
        ("In 1987, when the storm killed more than 300 people, the town flooded.", "300", ">300"),
        ("Once you're past 50, get a hearing test every year.", "50", ">50 years old"),
        # A negated crossing is a limit: at most 512 MiB (snapvault d10).
        ("The local cache never grows beyond 512 MiB; the oldest entries are evicted.", "512", "<=512 MiB"),
    ],
)  # fmt: skip
def test_a_bound_outside_a_condition_stays_a_bound(sentence: str, figure: str, value: str) -> None:
    assert draft_of(sentence, figure).value == value


@pytest.mark.parametrize(
    ("sentence", "figure", "before"),
    [
        # Round 19's gatekeep changelog (l10): "port" between "from" and the figure.
        (
            "The admin API moved from port 9000 to port 9901 so that it no longer clashes with "
            "common metrics exporters.",
            "9000",
            "9000",
        ),
        # "from" read as the start of the amount of money, and a range that was a change.
        ("The council cut the parking fee from $5 to $3 a day.", "5", "5 USD"),
        ("Cache lifetime shortened from 30 days to 7 days.", "30", "30 days"),
        ("The deadline was extended from 30 days to 45 days.", "30", "30 days"),
        ("Raised the default maximum line length from 80 to 100 characters.", "80", "80"),
    ],
)
def test_the_first_figure_of_a_change_from_one_value_to_another_is_the_value_before(
    sentence: str, figure: str, before: str
) -> None:
    draft = draft_of(sentence, figure)
    assert draft.value == before
    assert draft.subject.context.get("phase") == "previous"


@pytest.mark.parametrize(
    "sentence",
    [
        "She moved from London in 2019 to Paris.",  # a place, then a year: no value replaced
        "Tickets cost from $10 to $20.",  # a range of prices
    ],
)
def test_from_without_a_change_of_value_is_no_history(sentence: str) -> None:
    for draft in draft_claims("doc", sentence, WORDS):
        assert "phase" not in draft.subject.context
    if "$10" in sentence:
        assert [d.value for d in draft_claims("doc", sentence, WORDS)] == ["10-20 USD"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # Round 19's gatekeep reference (d1), in the entry of ``--listen ADDR``.
        ("--listen ADDR\n\nAddress and port for client traffic. The default is :8088, which "
         "listens on all interfaces.\n", "8088"),
        ("The proxy listens on 0.0.0.0:8443 by default.", "8443"),
        ("By default the server listens on `[::]:9000`.", "9000"),
    ],
)  # fmt: skip
def test_a_port_written_with_its_colon_is_the_servers_port(sentence: str, figure: str) -> None:
    draft = draft_of(sentence, figure)
    assert draft.value == figure
    assert (draft.subject.setting, draft.subject.role) == ("port", "default")


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting is at 10:30, as John 3:16 says.",  # times and verses are no ports
        "Open http://localhost:8080 in your browser.",  # a link's port, not said to be served
    ],
)
def test_a_colon_after_a_digit_or_in_a_link_is_no_listen_address(sentence: str) -> None:
    assert all(d.subject.setting != "port" for d in draft_claims("doc", sentence, WORDS))


def test_an_example_port_with_its_colon_stays_an_example() -> None:
    """gatekeep l12: "for example `--listen :9090`" is one reader's choice, not the default."""
    text = "To use another port, pass it, for example `--listen :9090` to listen on port 9090."
    assert all(d.subject.context.get("example") for d in draft_claims("doc", text, WORDS))


def _conflicts(tmp_path: Path, docs: dict[str, str]) -> list[tuple[str, ...]]:
    return conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1])


def test_check_reports_two_rotation_sizes_and_not_the_port_before_a_move(tmp_path: Path) -> None:
    """Round 19's gatekeep, in small: the FAQ's two rotation sizes conflict (d7: 50 MB was the
    bound ``>50 MB``, which held 100 MB); the changelog's port before the move does not
    conflict with the reference's port (l10)."""
    docs = {
        "FAQ.txt": "Q: How big do log files get?\nA: The access log is rotated when it reaches "
        "100 MB.\n\nQ: Can I ship logs?\nA: Yes. Keep in mind that rotation happens when a log "
        "file grows past 50 MB, so your collector must follow renamed files.\n",
        "CHANGELOG.md": "# Changelog\n\n## [3.0.0] - 2025-01-10\n\n### Changed\n\n- The admin "
        "API moved from port 9000 to port 9901 so that it no longer clashes with common "
        "metrics exporters.\n",
        "reference.md": "# Reference\n\n`--admin ADDR`\n: Address of the admin API. Defaults "
        "to port 9901 on localhost only.\n",
    }
    found = _conflicts(tmp_path, docs)
    assert ("100 MB", "50 MB") in found
    assert not [pair for pair in found if "9000" in pair]


def test_check_reports_a_bound_joined_to_a_conditions_threshold(tmp_path: Path) -> None:
    """Round 15's inhaler d4: "three or more times a week" beside "If you use your reliever
    more than five times a week" draws the line at 3, against 5 (read as ``>=3`` it would hold
    the threshold 5 and agree)."""
    docs = {
        "gp.md": "# Signs your asthma needs a review\n\n- You need your reliever three or more "
        "times a week.\n",
        "pharmacy.md": "# Reliever use\n\nIf you use your reliever more than five times a week, "
        "your asthma is not well controlled.\n",
    }
    assert ("3", "5") in _conflicts(tmp_path, docs)

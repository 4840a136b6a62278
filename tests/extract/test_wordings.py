"""Tests for factcheck.extract.subjects.wordings: a role or an idea said in other words ("10 weeks
in total", "the whole thing takes 12 weeks") makes two documents' figures one quantity, which
``factcheck check`` then compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS
from tests.extract.test_grouped_apart import extract_and_check


def drafted(text: str, figure: str) -> tuple[str, tuple[str, ...]]:
    """The role and key words of the figure of ``text`` whose words hold ``figure``."""
    (found,) = [
        (d.subject.role, d.subject.keywords)
        for d in draft_claims("d", text, WORDS)
        if figure in d.mention.text
    ]
    return found


def conflicting(folder: Path, first: str, second: str, one: str, other: str) -> bool:
    """Whether ``check`` reports figure ``one`` of the first document against ``other`` of the
    second, after ``extract`` drafted both documents."""
    data, conflicts = extract_and_check(folder, {"first.md": first, "second.md": second})
    ids = {(claim["source"], str(claim["quote"])): claim["id"] for claim in data["claims"]}
    ours = {i for (source, quote), i in ids.items() if source == "first" and one in quote}
    theirs = {i for (source, quote), i in ids.items() if source == "second" and other in quote}
    assert ours and theirs, ids
    for finding in conflicts:
        sides = [set(side) for side in finding["sides"]]
        if any(ours & a and theirs & b for a in sides for b in sides if a is not b):
            return True
    return False


# Each first document says its figure with one wording of the class; the second says it with
# another, and both hold a distracting figure of the same unit.
_TOTALS = [
    "That makes 10 weeks in total.",
    "That is 10 weeks altogether.",
    "All told, that is 10 weeks.",
    "That comes to 10 weeks in all.",
    "The whole programme takes 10 weeks.",
    "It runs for 10 weeks from start to finish.",
    "The entire course is 10 weeks.",
    "Overall, that is 10 weeks.",
]


@pytest.mark.parametrize("said", _TOTALS)
def test_a_total_in_other_words_meets_another(tmp_path: Path, said: str) -> None:
    first = (
        "# Tapering\n\nUse the strongest patch first, then step down twice. "
        f"{said} Each patch is worn for 16 hours a day.\n"
    )
    second = (
        "# My taper\n\nI moved down a strength whenever I felt ready. "
        "So the whole thing takes 12 weeks. Swap sites so each one rests for 3 days.\n"
    )
    assert drafted(first, "10 weeks")[0] == "total"
    assert conflicting(tmp_path, first, second, "10 weeks", "12 weeks")


_STARTS = [
    "Use the strongest patch for the first 6 weeks.",
    "Use the strongest patch for 6 weeks to begin with.",
    "Use the strongest patch for 6 weeks to start with.",
    "At first, use the strongest patch for 6 weeks.",
    "The opening phase on the strongest patch lasts 6 weeks.",
    "Use the strongest patch during the first 6 weeks.",
]


@pytest.mark.parametrize("said", _STARTS)
def test_a_starting_phase_in_other_words_is_one(said: str) -> None:
    # (how long the first phase lasts; "starting within 48 hours" says when it starts)
    assert drafted(said, "6 weeks")[0] == "first-phase"


@pytest.mark.parametrize(
    "said",
    [
        "Use the strongest patch for the first 6 weeks.",
        "Use the strongest patch for 6 weeks to begin with.",
        "At first, use the strongest patch for 6 weeks.",
    ],
)
def test_a_starting_phase_meets_another_document_s(tmp_path: Path, said: str) -> None:
    """The first phase's length said in other words still meets "Initially, ... for 8 weeks" (a
    phase read on one side only would keep the two apart)."""
    first = f"# Tapering\n\n{said} Each patch is worn for 16 hours a day.\n"
    second = (
        "# My taper\n\nInitially, stay on the strongest patch for 8 weeks. "
        "Swap sites so each one rests for 3 days.\n"
    )
    assert conflicting(tmp_path, first, second, "6 weeks", "8 weeks")


@pytest.mark.parametrize(
    "said",
    [
        "The client waits up to 30 seconds for a free connection.",
        "The client gives up after 30 seconds without a free connection.",
        "The client times out after 30 seconds without a free connection.",
        "The client stops waiting for a free connection after 30 seconds.",
        "A request for a free connection is aborted after 30 seconds.",
    ],
)
def test_a_timeout_in_other_words_shares_its_key_word(said: str) -> None:
    assert "~timeout" in drafted(said, "30 seconds")[1]


@pytest.mark.parametrize(
    "said",
    [
        "A request gives up after 30 seconds.",
        "A request times out after 30 seconds.",
        "A request stops waiting after 30 seconds.",
        "A request is aborted after 30 seconds.",
    ],
)
def test_a_timeout_in_other_words_meets_a_timeout(tmp_path: Path, said: str) -> None:
    # (without the idea they share no key word, and the other's figure is no setting's)
    first = f"# Connections\n\n{said} Idle connections are closed after 600 seconds.\n"
    second = "# Settings\n\nThe timeout is 20 seconds. Statistics are logged every 60 seconds.\n"
    assert conflicting(tmp_path, first, second, "30 seconds", "20 seconds")


@pytest.mark.parametrize(
    "said",
    [
        "After the loading week, take 3 to 5 g a day to maintain your stores.",
        "After the loading week, the maintenance dose is 3 to 5 g a day.",
        "After that, 3 to 5 g a day keeps stores topped up.",
        "Thereafter take 3 to 5 g a day.",
    ],
)
def test_a_maintenance_dose_in_other_words_is_one(tmp_path: Path, said: str) -> None:
    assert drafted(said, "3 to 5 g")[0] == "maintenance"
    first = f"# Creatine\n\nLoad with 20 g a day for a week. {said}\n"
    second = (
        "# Our tub\n\nOne scoop holds 5 g of powder. From then on, take 2 g a day for as long "
        "as you train.\n"
    )
    assert conflicting(tmp_path, first, second, "3 to 5 g", "2 g")


@pytest.mark.parametrize(
    "said, figure",
    [
        # A phrase that must close its clause: "in all patients" is no total.
        ("Side effects were seen in all 40 patients.", "40 patients"),
        # "overall" before a noun names the noun, not a total.
        ("Overall survival was 18 months.", "18 months"),
        # An amount "in the first week" says when, not a starting dose.
        ("In the first week, expect the scale to go up by 1 to 2 kg.", "1 to 2 kg"),
        # A phrase past another figure speaks of that one.
        ("It took 3 weeks, and the full course lasted 9 weeks in total.", "3 weeks"),
    ],
)
def test_look_alikes_name_no_role(said: str, figure: str) -> None:
    assert drafted(said, figure)[0] in ("", "minimum", "maximum")


def test_an_upper_bound_on_an_amount_stays_a_maximum() -> None:
    said = "If needed, raise the daily total to as much as 3,200 mg."
    assert drafted(said, "3,200 mg")[0] == "maximum"


def test_a_study_s_amount_takes_no_phase_from_a_phrase() -> None:
    # What participants took is the study's dose, not a maintenance phase to follow.
    said = "The group loaded for five days. After that, participants took 5 g a day in the trial."
    assert drafted(said, "5 g")[0] != "maintenance"
    assert drafted("After that, take 5 g a day.", "5 g")[0] == "maintenance"


@pytest.mark.parametrize(
    "said, figure, idea",
    [
        ("Take the two tablets 4 hours apart.", "4 hours", "gap"),
        ("Leave 4 hours between the antibiotic and the probiotic.", "4 hours", "gap"),
        ("Space the two doses by 4 hours.", "4 hours", "gap"),
        ("One tablet lasts 16 hours.", "16 hours", "lasts"),
        ("One tablet keeps working for 16 hours.", "16 hours", "lasts"),
        ("The effect wears off after 16 hours.", "16 hours", "lasts"),
        ("An inverter has a service life of 12 years.", "12 years", "lasts"),
        ("The line opened 2 years behind schedule.", "2 years", "delay"),
        ("The opening was delayed by 2 years.", "2 years", "delay"),
    ],
)
def test_ideas_of_a_span_of_time_in_other_words(said: str, figure: str, idea: str) -> None:
    assert f"~{idea}" in drafted(said, figure)[1]


def test_an_idea_speaks_of_the_nearest_figure_only() -> None:
    said = "We waited 3 weeks for parts, and the new pump lasts 10 years."
    assert "~lasts" not in drafted(said, "3 weeks")[1]
    assert "~lasts" in drafted(said, "10 years")[1]

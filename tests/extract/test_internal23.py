"""A page that refers back to a thing it measured (internal23): "the 5.15am slide", "Sunday's
37.8°C peak", "The 60 staff at Mill Lane" state again a measure the page gave before ("The slide
came down shortly after 4:40am", "Temperatures peaked at 38.4°C ... on Sunday", "The Mill Lane
store employs 85 people"); two values are the page contradicting itself
(``grouping.referred``, ``group._referred_twice``).

The look-alikes of one page stay apart: another place's or day's peak (a possessive the other
figure does not say), a before and an after, a plan, two of a kind ("the 16-hour patch", "the
24-hour patch"), a third value, another store's staff.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.referred import NONE, Reference, names_near, referred
from factcheck.extract.subjects.concepts import named_by
from tests.common import UNITS, conflicting_values, extract_and_check, run_factcheck
from tests.extract.test_grouping import documents


def _conflict(report: dict[str, Any], first: str, second: str) -> bool:
    """Whether a conflict of the report sets a claim of value ``first`` against one of ``second``."""
    return any({first, second} <= set(values) for values in conflicting_values(report))


def _referred(sentence: str, figure: str, counted: str = "") -> Reference:
    start = sentence.index(figure)
    return referred(sentence, (start, start + len(figure)), (0, len(sentence)), counted)


@pytest.mark.parametrize(
    ("sentence", "figure", "counted", "expected"),
    [
        ("Those of us who heard the 5.15am slide will not forget it.", "5.15am", "", ("slide", "")),
        ("Critics say Sunday's 37.8°C peak was no surprise.", "37.8°C", "", ("peak", "sunday")),
        ("The ferry's 15-minute crossing should help.", "15-minute", "", ("crossing", "ferry")),
        ("The 60 staff at Mill Lane deserve an answer.", "60 staff", "staff", ("staff", "")),
        # an indefinite phrase refers to nothing: any walk
        ("A 15-minute walk a day helps.", "15-minute", "", ("", "")),
        # no noun after the figure: a plain measure
        ("Temperatures peaked at 38.4°C on Sunday.", "38.4°C", "", ("", "")),
        ("The bridge is 740 m long.", "740 m", "", ("", "")),
        # a verb or an adverb after the figure is no noun it qualifies
        ("It was the 38.4°C that did it.", "38.4°C", "", ("", "")),
        ("By the 3pm deadline nearly all had voted.", "3pm", "", ("deadline", "")),
        # "that" before a figure opens a clause: no determiner
        ("A survey found that 61% reported good results.", "61%", "", ("", "")),
    ],
)
def test_a_figure_in_a_definite_noun_phrase(
    sentence: str, figure: str, counted: str, expected: tuple[str, str]
) -> None:
    found = _referred(sentence, figure, counted)
    assert (found.noun, found.owner) == expected
    assert (found == NONE) == (expected == ("", ""))


def test_the_names_in_a_figures_clause() -> None:
    text = (
        "The Mill Lane store employs 85 people, many of them part-time. Halberd's superstore, "
        "which has 140 staff, is four times the size of the Mill Lane shop."
    )
    first = text.index("85 people")
    second = text.index("140 staff")
    end = text.index(".") + 1
    assert names_near(text, (first, first + 9), (0, end)) == {"Mill", "Lane"}
    # (What follows a comma speaks of another thing; a name that opens the sentence is no
    # evidence: any sentence opens with a capital.)
    assert names_near(text, (second, second + 9), (end + 1, len(text))) == frozenset()


def test_the_measure_a_noun_names() -> None:
    assert named_by("staff") == named_by("employees") == {"staff"}
    assert named_by("the") == named_by("slide") == frozenset()


#: A regional paper's report on a heatwave: the peak in the second paragraph and, four
#: paragraphs later, Sunday's peak again. Other figures around: a record, an alert's thresholds.
def _heatwave(restated: str, extra: str = "") -> str:
    return (
        "# City sweltered through its hottest weekend on record\n\n"
        "Temperatures peaked at 38.4°C at the airport on Sunday 19 July, beating the old record "
        "of 36.9°C, set 19 years ago. The night that followed was the warmest ever measured "
        "in the city, with the thermometer not falling below 24°C.\n\n"
        "The council opened six cooling centres in libraries and sports halls, and extended the "
        "opening hours of the outdoor pools until 9pm.\n\n"
        "Hospitals reported a rise in admissions for heat exhaustion, most of them elderly "
        "people living alone. Paramedics answered 1,240 calls on Sunday alone.\n\n"
        f"{extra}"
        "The heat health alert, issued on Thursday, stays in place until Wednesday. Forecasters "
        "expect the weather to break with thunderstorms by the middle of the week.\n\n"
        f"Officials say the plan has worked this time, though critics point out that {restated} "
        "was well within what climate scientists had warned about.\n"
    )


def test_sundays_peak_restated_with_another_value_contradicts_the_page(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"courier.md": _heatwave("Sunday's 37.8°C peak")})
    assert _conflict(report, "38.4 °C", "37.8 °C")


def test_sundays_peak_restated_with_its_value_agrees(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"courier.md": _heatwave("Sunday's 38.4°C peak")})
    assert conflicting_values(report) == []


def test_another_places_peak_is_another_quantity() -> None:
    # "the city centre's peak": the paper never gave a peak for the city centre.
    (page,) = consolidate(documents(_heatwave("the city centre's 37.8°C peak")), UNITS)
    ids = {d.mention.text: d.subject.id for d in page.drafts}
    assert ids["38.4°C"] != ids["37.8°C"]


def test_a_third_peak_says_the_page_gives_several() -> None:
    extra = "Inland, temperatures peaked at 39.1°C at the reservoir on Saturday.\n\n"
    (page,) = consolidate(documents(_heatwave("the 37.8°C peak", extra)), UNITS)
    ids = {d.mention.text: d.subject.id for d in page.drafts}
    assert len({ids["38.4°C"], ids["37.8°C"], ids["39.1°C"]}) == 3


def test_a_name_tells_which_of_several_peaks() -> None:
    # Sunday's peak is the one the page gave for Sunday, not Saturday's at the reservoir.
    extra = "Inland, temperatures peaked at 39.1°C at the reservoir on Saturday.\n\n"
    (page,) = consolidate(documents(_heatwave("Sunday's 37.8°C peak", extra)), UNITS)
    ids = {d.mention.text: d.subject.id for d in page.drafts}
    assert ids["38.4°C"] == ids["37.8°C"] != ids["39.1°C"]


#: A village newspaper's account of a landslide: when it came down, and later "the 5.15am slide".
def _landslide(restated: str, first: str = "The slide came down shortly after 4:40am") -> str:
    return (
        "THE NIGHT THE HILL CAME DOWN\n\n"
        f"{first} on Wednesday last week, waking most of the village. About 250 metres of the "
        "valley road are buried, and the council says clearing it will take at least three "
        "weeks.\n\n"
        "Nobody was hurt. The two families in the farmhouses below the slope were moved to the "
        "village hall, where volunteers served breakfast from 7am.\n\n"
        "The bus to town now takes the long way round, a detour of 40 minutes each way, and the "
        "school has asked parents to drop children at the crossroads.\n\n"
        f"Those of us who heard {restated}, that roar in the dark, will not forget it in a "
        "hurry, and people want to know it will not happen again.\n"
    )


def test_the_slide_referred_to_by_another_time_contradicts_the_page(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"herald.txt": _landslide("the 5.15am slide")})
    assert _conflict(report, "05:15", "~04:40")


def test_a_slide_the_page_never_timed_before_is_no_restatement() -> None:
    # Without the first time's clause naming the slide, nothing says the two times are one event.
    page = _landslide("the 5.15am slide", first="The lights went out shortly after 4:40am")
    (doc,) = consolidate(documents(page), UNITS)
    ids = {d.mention.text: d.subject.id for d in doc.drafts}
    assert ids["shortly after 4:40am"] != ids["5.15am"]


#: A regional paper on a supermarket merger: one store's staff, another store's, and an editorial
#: line that refers back to the first store's staff.
def _merger(restated: str) -> str:
    return (
        "# What the merger means for Mill Lane\n\n"
        "The Mill Lane store employs 85 people, many of them part-time, and has been a fixture "
        "of the town centre since it opened in 1987.\n\n"
        "Halberd's ring-road superstore, which has 140 staff, is almost four times the size of "
        "the Mill Lane shop and has a large car park. Analysts expect the combined group to "
        "keep the bigger store.\n\n"
        "The companies say no decision on individual stores will be made before the deal "
        "completes, which they expect in the first half of next year.\n\n"
        f"{restated} deserve to know where they stand, and so do the customers who rely on it.\n"
    )


def test_the_staff_of_a_named_store_restated_contradict_the_page(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"regional.txt": _merger("The 60 staff at Mill Lane")})
    assert _conflict(report, "85", "60")
    assert not _conflict(report, "140", "60")


@pytest.mark.parametrize(
    "restated",
    [
        # the same count: a restatement, no conflict
        "The 85 staff at Mill Lane",
        # a plan: the staff the store is to keep
        "The 60 staff planned for Mill Lane",
        # no name tells which store, and the page counts two stores' staff
        "The 60 staff",
    ],
)
def test_a_named_stores_staff_look_alikes_raise_no_conflict(tmp_path: Path, restated: str) -> None:
    _, report = extract_and_check(tmp_path, {"regional.txt": _merger(restated)})
    assert conflicting_values(report) == []


#: A patch leaflet: two kinds of patch, each with its own wear time.
_PATCHES = (
    "# Nicotine patches\n\n"
    "Patches come in two kinds. Put a new patch on each morning, on clean, dry, hairless skin.\n\n"
    "Take the 16-hour patch off at bedtime: the 16-hour patch is worn while you are awake.\n\n"
    "If you crave a cigarette when you wake up, the 24-hour patch may suit you better. Keep "
    "the 24-hour patch on overnight.\n"
)


def test_two_definite_phrases_of_one_noun_name_two_of_its_kind() -> None:
    (page,) = consolidate(documents(_PATCHES), UNITS)
    ids = {d.subject.id for d in page.drafts if d.mention.dimension == "duration"}
    assert len(ids) >= 2


def test_the_cli_reports_a_page_contradicting_itself(tmp_path: Path) -> None:
    """``factcheck extract`` then ``factcheck check`` on a folder of one document, in real
    processes, as a user runs them."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "courier.md").write_text(_heatwave("Sunday's 37.8°C peak"), encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    extracted = run_factcheck("extract", str(folder), "-o", str(claims), cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    drafted = yaml.safe_load(claims.read_text(encoding="utf-8"))
    assert drafted
    checked = run_factcheck("check", str(claims), cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    conflicts = [line for line in checked.stdout.splitlines() if "error conflict" in line]
    assert any("37.8" in line and "38.4" in line for line in conflicts), checked.stdout

"""A key-facts line under a long label against the page's prose figure of that measure (boxes24):
"Construction jobs at the peak of the works: 1,600" in a newspaper's "At a glance" box restates
"Building the runway will create 2,100 construction jobs at the peak of the works"; a leaflet's
"Minimum time between doses: 4 hours" restates "you may take a second tablet, at least 2 hours
after the first one". Two values are the page contradicting itself (``boxes.label_measure``,
``group._boxed_lines``; a label that opens with "Minimum" makes its value a bound,
``labelline.label_bound``).

The pages are round 19's (development data since it was scored). Look-alikes stay apart: a
prose figure of another phase, year or place than the label's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.grouping.boxes import another, box_labels, label_measure, long_label
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.labelline import label_bound
from tests.common import UNITS, conflicting_values, extract_and_check, run_factcheck
from tests.extract.test_grouping import documents

ROUND19 = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "disagree-heldout19"
COURIER = ROUND19 / "runway" / "wend-valley-courier.md"
LEAFLET = ROUND19 / "migraine" / "migraine-pharmacy-leaflet.txt"
#: The courier's sentence that states the construction jobs, and its box's line.
JOBS = "Building the runway will create 2,100 construction jobs at the peak of the works"
BOX_JOBS = "- Construction jobs at the peak of the works: 1,600"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _ids(text: str) -> dict[str, str]:
    (page,) = consolidate(documents(text), UNITS)
    return {d.mention.text: d.subject.id for d in page.drafts}


def test_a_long_label_names_the_measure_its_prose_must_say() -> None:
    words = label_measure("Construction jobs at the peak of the works", "number")
    assert words is not None and len(words) == 4  # construction, jobs, peak, works
    # "time" names a duration's kind of unit, not a word the prose must say; "between" nothing.
    words = label_measure("Minimum time between doses", "duration")
    assert words is not None and len(words) == 2
    assert any("tablet" in forms for forms in words)  # a dose said as a tablet
    # a period's label says which period, not a measure
    assert label_measure("Jobs created last year", "count") is None
    assert long_label("Minimum time between doses") and not long_label("Aircraft")


def test_a_box_run_counts_a_line_whose_label_holds_a_figure() -> None:
    # The leaflet's QUICK REFERENCE: "Maximum in 24 hours: 200 mg" is the box's third line.
    labels = [label for _, _, label in box_labels(_text(LEAFLET))]
    assert labels == ["Dose", "Minimum time between doses"]


@pytest.mark.parametrize(
    ("line", "figure", "bound"),
    [
        ("Minimum time between doses: 4 hours\n", "4 hours", ">="),
        ("- **Maximum daily dose:** 4 g\n", "4 g", "<="),
        # the figure is not the line's whole value
        ("Minimum time between doses: 4 hours for adults, 6 for children\n", "4 hours", ""),
        ("Time between doses: 4 hours\n", "4 hours", ""),
        # a one-word label is a heading of what follows
        ("Maximum: 4 g\n", "4 g", ""),
    ],
)
def test_a_minimum_or_maximum_label_bounds_its_value(line: str, figure: str, bound: str) -> None:
    start = line.index(figure)
    assert label_bound(line, (start, start + len(figure))) == bound


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Building the runway will create construction jobs at the peak of the works", ""),
        ("construction jobs in the first phase of the works", "phase"),
        ("construction jobs at the peak of the works in 2019", "2019"),
        ("construction jobs at the old terminal at the peak of the works", "old"),
    ],
)
def test_another_phase_year_or_place(clause: str, expected: str) -> None:
    assert another("Construction jobs at the peak of the works", clause) == expected


def test_the_box_line_joins_the_pages_construction_jobs() -> None:
    ids = _ids(_text(COURIER))
    assert ids["1,600"] == ids["2,100 construction jobs"]


@pytest.mark.parametrize(
    "told",
    [
        # another phase's jobs
        "Building the runway will create 2,100 construction jobs in the first phase of the works",
        # the prose does not say the label's measure (jobs at the peak)
        "Building the runway will create 2,100 construction jobs over the four years of works",
        # the sentence states the line's value at another figure: which one the label's words
        # are of is its syntax's to say ("83 homes destroyed and 41 damaged")
        "Building the runway will create 1,600 permanent jobs and 2,100 construction jobs at "
        "the peak of the works",
    ],
)
def test_look_alikes_of_the_box_line_stay_apart(told: str) -> None:
    ids = _ids(_text(COURIER).replace(JOBS, told))
    assert ids["1,600"] != ids["2,100 construction jobs"]


def test_the_courier_contradicts_itself_on_construction_jobs(tmp_path: Path) -> None:
    _, report = extract_and_check(tmp_path, {"courier.md": _text(COURIER)})
    assert ("1600", "2100") in conflicting_values(report)


def test_the_same_figure_in_box_and_prose_agrees(tmp_path: Path) -> None:
    text = _text(COURIER).replace(BOX_JOBS, BOX_JOBS.replace("1,600", "2,100"))
    _, report = extract_and_check(tmp_path, {"courier.md": text})
    assert not any("2100" in values for values in conflicting_values(report))


def test_the_leaflet_contradicts_itself_on_the_time_between_doses(tmp_path: Path) -> None:
    claims, report = extract_and_check(tmp_path, {"leaflet.txt": _text(LEAFLET)})
    values = {c["quote"]: c["value"] for c in claims["claims"]}
    assert values["Minimum time between doses: 4 hours"] == ">=4 hours"
    assert (">=2 hours", ">=4 hours") in conflicting_values(report)


def test_extract_then_check_on_the_courier(tmp_path: Path) -> None:
    # As a user runs it, in real processes: one document drafted, then checked.
    page = tmp_path / "courier.md"
    page.write_text(_text(COURIER), encoding="utf-8")
    drafted = run_factcheck("extract", str(page), "-o", str(tmp_path / "claims.yaml"))
    assert drafted.returncode == 0, drafted.stderr
    checked = run_factcheck("check", str(tmp_path / "claims.yaml"), cwd=tmp_path)
    assert checked.returncode == 1
    assert "conflict" in checked.stdout and "1600 vs 2100" in checked.stdout

"""A key-facts box's count and the body's count of the thing its label names: one quantity."""

from __future__ import annotations

from factcheck.extract.grouping.boxes import box_lines, measure_words, says_measure
from factcheck.extract.subjects.propose import content_stems
from tests.extract.test_grouping import subject_of

UPDATE = (
    "Harrow Gap fire: incident update\n"
    "Issued Tuesday 8 December 2026, 6:00 pm\n"
    "At a glance\n"
    "Status: being controlled\n"
    "Area burned: 6,300 hectares\n"
    "Homes destroyed: 12\n"
    "Firefighters deployed: 640\n"
    "Helicopters in use: 9 water-bombing helicopters\n"
    "Situation\n"
    "The fire has burned 6,300 hectares since Saturday. Assessment teams have confirmed 12 homes "
    "destroyed. 640 firefighters are working on the fire, including 80 from the coast.\n"
    "Resources\n"
    "11 helicopters are dropping water on the eastern edge, with crews on the ground.\n"
)


def test_a_box_count_and_the_body_count_of_its_label_s_thing_are_one_subject() -> None:
    [ids] = subject_of(UPDATE)
    assert ids["9 water-bombing helicopters"] == ids["11 helicopters"]


def test_box_lines_the_body_restates_keep_their_own_subjects() -> None:
    [ids] = subject_of(UPDATE)
    # The box's 640 firefighters and the body's are one value; the helicopters are no
    # firefighters, nor the 80 from the coast a restatement of 640.
    assert ids["640 firefighters"] != ids["11 helicopters"]
    assert ids["80"] != ids["11 helicopters"]


def test_a_box_total_and_a_body_part_of_it_stay_apart() -> None:
    # The box's votes are all the votes cast; the body's 188,430 are one party's.
    text = (
        "Provincial election: official result\n"
        "Polling stations: 1,146\n"
        "Votes cast at polling stations and by post: 812,430\n"
        "Valid votes for parties and candidates: 804,115\n"
        "Turnout: 63.2%\n"
        "The Green Alliance received 188,430 votes. Voting took place at 1,146 polling "
        "stations across the province's nine districts.\n"
    )
    [ids] = subject_of(text)
    assert ids["812,430"] != ids["188,430 votes"]
    assert ids["804,115"] != ids["188,430 votes"]


def test_a_head_two_box_lines_share_joins_neither() -> None:
    # "Homes" heads two lines: the body's 11 homes destroyed is no count of homes damaged.
    text = (
        "At a glance\n"
        "Area burned: 2,100 hectares\n"
        "Homes destroyed: 12\n"
        "Homes damaged: 9\n"
        "Assessment teams have now confirmed 11 homes destroyed on the ridge.\n"
    )
    [ids] = subject_of(text)
    assert ids["9"] != ids["11 homes"]


def test_two_label_lines_in_prose_are_no_box() -> None:
    text = (
        "Note: the ferry carries 30 bicycles.\n"
        "Update: the ferry now carries 40 bicycles.\n"
        "Later in the day the council said 36 bicycles fit on each crossing.\n"
    )
    assert box_lines(text) == []


def test_a_box_is_three_or_more_label_lines_in_a_row() -> None:
    text = "The bridge in numbers\nTotal length: 810 m\nMain span: 320 m\nStay cables: 48\n\nBody."
    lines = box_lines(text)
    assert [text[start:end] for start, end, _ in lines] == [
        "Total length: 810 m",
        "Main span: 320 m",
        "Stay cables: 48",
    ]
    assert [head for _, _, head in lines] == ["length", "main", "stay"]


# A US outlet's fact box and a local council's prose on one flood (not the landslide corpus).
WIRE = (
    "Floods swamp river town\n"
    "By the numbers\n"
    "Road washed out: nearly 300 yards\n"
    "Detour for drivers: 25 miles\n"
    "Estimated repair bill: about $1.6 million\n"
    "Homes destroyed: 14\n"
    "\n"
    "The river rose overnight and tore through the lower town. Residents said the water "
    "reached the second floor of some houses.\n"
)
COUNCIL = (
    "Flood update from the county council\n"
    "The flood washed out about 400 metres of the Mill Road carriageway. Traffic is being sent "
    "on a signed diversion through Kelby, which is 52 km long. Officials put the cost of "
    "rebuilding the road at EUR 2.1 million. Nine homes were destroyed and 40 were damaged. "
    "The bridge, 35 metres long, is closed.\n"
)


def test_a_box_line_and_another_page_s_prose_of_its_measure_are_one_subject() -> None:
    wire, council = subject_of(WIRE, COUNCIL)
    # "Detour for drivers" is the diversion traffic is sent on; "Estimated repair bill" the
    # cost of rebuilding the road; "Homes destroyed" the homes destroyed (not the 40 damaged).
    assert wire["25 miles"] == council["52 km"]
    assert wire["about $1.6 million"] == council["EUR 2.1 million"]
    assert wire["14"] == council["Nine homes"]
    assert council["40"] != wire["14"]


def test_a_box_line_joins_no_prose_figure_of_another_measure() -> None:
    wire, council = subject_of(WIRE, COUNCIL)
    # The bridge's 35 metres is a length in a sentence with no word of a box label's.
    assert council["35 metres"] not in {wire["nearly 300 yards"], wire["25 miles"]}


def test_two_lines_of_one_box_stay_apart() -> None:
    [wire] = subject_of(WIRE)
    assert wire["nearly 300 yards"] != wire["25 miles"]


def test_a_box_line_of_one_period_joins_no_prose() -> None:
    # "Repairs budgeted this year" may be one year's share beside last year's: the council's
    # cost of the whole rebuilding is no restatement of it.
    wire = WIRE.replace("Estimated repair bill:", "Repair bill this year:")
    wire_ids, council = subject_of(wire, COUNCIL)
    assert wire_ids["about $1.6 million"] != council["EUR 2.1 million"]


def test_a_box_line_joins_no_figure_when_two_of_a_page_say_its_measure() -> None:
    box = "At a glance\nDetour for drivers: 25 miles\nHomes destroyed: 14\nRoads closed: 6\n"
    prose = (
        "Traffic heading north takes a 30 km diversion; traffic heading south a 45 km "
        "diversion through the hills.\n"
    )
    box_ids, prose_ids = subject_of(box, prose)
    assert box_ids["25 miles"] not in {prose_ids["30 km"], prose_ids["45 km"]}


def test_measure_words_of_labels() -> None:
    words = measure_words("Detour for drivers")
    assert words is not None and len(words) == 2
    assert says_measure(words, content_stems("Traffic is sent on a diversion via Ardlow")) == 2
    assert says_measure(words, content_stems("Drivers face long queues")) == 0
    assert measure_words("Of which children") is None
    assert measure_words("Turnout last year") is None
    estimated = measure_words("Estimated repair bill")
    assert estimated is not None and len(estimated) == 2
    assert says_measure(estimated, content_stems("the cost of rebuilding the road")) == 2

"""A key-facts box's count and the body's count of the thing its label names: one quantity."""

from __future__ import annotations

from factcheck.extract.grouping.boxes import box_lines
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

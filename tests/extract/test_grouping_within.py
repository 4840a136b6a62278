"""Two figures of one document joined as one quantity stated twice (``group.WITHIN``)."""

from __future__ import annotations

from factcheck.extract.grouping.group import within_document_candidates
from tests.common import UNITS
from tests.extract.test_grouping import documents, grouped

LEAFLET = (
    "Cetirizine tablets\n\n"
    "Adults and children aged 12 and over: the dose is one 10 mg tablet once a day.\n\n"
    "How much to take\n\n"
    "Adults and children 12 and over\n10 mg once a day\n\n"
    "Children 6 to 11\n5 mg twice a day\n"
)
CARE_SHEET = (
    "Aquarium heater guide\n\n"
    "Keep the water between 24 and 26 °C for most tropical fish.\n\n"
    "At a glance\nWater temperature\n24–26 °C\n"
)
STEPS = "Nicotine patch plan\n\nStep 1\n21 mg\n6 weeks\n\nStep 2\n14 mg\n2 weeks\n\nStep 3\n7 mg\n2 weeks\n"


def ids_by_text(text: str) -> dict[str, list[str]]:
    """Each mention's surface text with the subject ids of the drafts that say it."""
    [document] = documents(text)
    [ids] = grouped(text)
    found: dict[str, list[str]] = {}
    for draft, subject in zip(document.drafts, ids, strict=True):
        found.setdefault(draft.mention.text.split("\n")[-1], []).append(subject)
    return found


def test_a_dose_in_prose_and_in_the_dosing_table_of_one_leaflet_is_one_subject() -> None:
    ids = ids_by_text(LEAFLET)
    assert len(ids["10 mg"]) == 2 and len(set(ids["10 mg"])) == 1
    # The other population's dose stays apart.
    assert ids["5 mg"][0] not in ids["10 mg"]


def test_a_range_in_prose_and_in_an_at_a_glance_box_is_one_subject() -> None:
    [first, second] = grouped(CARE_SHEET)[0]
    assert first == second


def test_table_rows_of_one_duration_stay_apart() -> None:
    # Step 2's and step 3's two weeks are two phases, though their values and words agree.
    ids = ids_by_text(STEPS)
    assert len(set(ids["2 weeks"])) == 2


def test_different_prices_of_one_document_stay_apart() -> None:
    # This year's, last year's and next year's prices: no internal disagreement.
    text = (
        "Brackenfield festival\n\nWeekend tickets were £189 this year, up from £165 last year. "
        "Tickets for next year go on sale on 1 October at £169.\n"
    )
    [ids] = grouped(text)
    assert len(set(ids)) == len(ids)


def test_figures_of_two_populations_or_one_sentence_are_never_candidates() -> None:
    text = (
        "Ibuprofen for adults\n\nAdults can take 200 to 400 mg three times a day.\n\n"
        "Children aged 7 to 9 can take 200 mg three times a day.\n"
    )
    [document] = documents(text)
    weighed = within_document_candidates([document], UNITS)
    drafts = document.drafts
    texts = {(drafts[a[1]].mention.text, drafts[b[1]].mention.text): ok for a, b, _, ok in weighed}
    assert texts[("200 to 400 mg", "200 mg")] is False
    # "200 to 400 mg" and "three times a day" share a sentence: never weighed as one quantity.
    assert all(
        drafts[a[1]].mention.span[0] < text.index("Children") <= drafts[b[1]].mention.span[0]
        for a, b, _, _ in weighed
    )

"""A page's figure said again at one value (``group._Groups._shared_document``'s ``restated``):
a learned join on a pair's own best evidence may set a page's second figure of one value beside
its first in one subject ("nine consecutive days", "Over the nine days"), so that every page's
statement of the quantity meets the others'."""

from __future__ import annotations

from tests.extract.test_grouping import subject_of


def test_a_page_saying_one_duration_twice_joins_both_to_another_pages() -> None:
    council, news, hospital = subject_of(
        "Between Tuesday 14 July and Wednesday 22 July, Marrowby had nine consecutive days above "
        "30°C. The council opened six cooling centres. Over the nine days, ambulance calls were "
        "35% higher than in a normal July week.",
        "Marrowby's heatwave lasted nine days, the longest spell of heat the town has seen.",
        "Doctors said the nine days of heat left hospitals stretched.",
    )
    subject = council["nine consecutive days"]
    assert council["nine days"] == subject
    assert news["nine days"] == subject
    assert hospital["nine days"] == subject
    assert council["six cooling centres"] != subject


def test_a_results_table_and_its_prose_join_another_pages_count() -> None:
    results, report = subject_of(
        "The Civic Union won 24 of the 60 seats. Turnout was 61.8%. "
        "Civic Union: 24 seats, Green Alliance: 15 seats.",
        "The Civic Union took 24 seats, short of a majority.",
    )
    assert results["24"] == results["24 seats"] == report["24 seats"]
    assert results["15 seats"] != results["24"]
    assert results["60 seats"] != results["24"]

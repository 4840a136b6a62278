"""Whether getting in is free or paid ("Entry will remain free" against "Adult tickets cost
£8"), in the words news reports, venue pages and listings use (``price-entry`` of
``factcheck.extract.advice``), and the same words that say no price of entry for everyone today:
another thing that is free, a group of visitors, a day or a condition, history, a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice

FREE, PAID = "free", "paid"

#: (sentence, subject, label): written from how venues and reports usually say it.
PHRASINGS = [
    ("Entry will remain free, as it has always been.", "price-entry", FREE),
    ("Entry is free.", "price-entry", FREE),
    ("Admission is free.", "price-entry", FREE),
    ("Admission remains free of charge.", "price-entry", FREE),
    ("Entrance is completely free.", "price-entry", FREE),
    ("Entry will be free for everyone.", "price-entry", FREE),
    ("Admission: free", "price-entry", FREE),
    ("There is no admission charge.", "price-entry", FREE),
    ("There is no entry fee.", "price-entry", FREE),
    ("Entry costs nothing.", "price-entry", FREE),
    ("The museum is free to visit.", "price-entry", FREE),
    ("It is free to enter.", "price-entry", FREE),
    ("Tickets are free.", "price-entry", FREE),
    ("Entry to the gallery is free.", "price-entry-galleri", FREE),
    ("Admission is still free.", "price-entry", FREE),
    ("Adult tickets cost £8, with concessions at £5 and under-16s free.", "price-entry", PAID),
    ("Tickets cost £12.", "price-entry", PAID),
    ("Entry costs €15.", "price-entry", PAID),
    ("Admission is $20.", "price-entry", PAID),
    ("Tickets are priced at £9.50.", "price-entry", PAID),
    ("Entry: £6", "price-entry", PAID),
    ("There is an entry fee of £5.", "price-entry", PAID),
    ("The admission charge is £7.", "price-entry", PAID),
    ("Entry will cost £10 from next year.", "price-entry", PAID),
    ("A ticket costs 12 euros.", "price-entry", PAID),
    ("Entry is no longer free.", "price-entry", PAID),
    ("Entry to the gallery costs £4.", "price-entry-galleri", PAID),
]


@pytest.mark.parametrize(("text", "subject", "label"), PHRASINGS)
def test_a_phrasing_says_whether_entry_is_free(text: str, subject: str, label: str) -> None:
    assert [(s, v) for s, v in advice(text) if s.startswith("price-")] == [(subject, label)]


@pytest.mark.parametrize(
    "text",
    [
        # Another thing that is free.
        "Parking is free.",
        "Wi-Fi is free throughout the building.",
        "The guided tours are free.",
        "Free shuttle buses run from the station.",
        # A group of visitors, not everyone.
        "Under-16s go free.",
        "Children's tickets cost £4.",
        "Student tickets are £5.",
        "Tickets for under-16s will cost £10 for every league match.",
        "Entry for children is free.",
        "Entry is free for members.",
        "Entry is free for children under five.",
        # A day or a condition.
        "Entry is free on Mondays.",
        "Admission is free after 5pm.",
        "Entry is free with a museum pass.",
        "If you book online, tickets cost £6.",
        # History, a plan that may not happen, a question, a negation of no price.
        "Entry was free until 2019.",
        "Admission used to be free.",
        "Before the renovation, entry was free.",
        "Tickets could cost as much as £15.",
        "Is entry free?",
        "Will tickets cost more than £10?",
        # A ticket of another thing.
        "Concert tickets cost £30 and sold out in an hour.",
    ],
)
def test_words_that_say_no_price_of_entry_for_everyone(text: str) -> None:
    assert [v for s, v in advice(text) if s.startswith("price-")] == []


def test_a_paper_and_a_radio_report_disagree(tmp_path: Path) -> None:
    docs = {
        "gazette.md": "# The museum reopens\n\nEntry will remain free, as it has always been.\n",
        "radio.txt": "Adult tickets cost £8, with concessions at £5 and under-16s free.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Whether entry is free: free vs paid"]


def test_two_prices_of_entry_agree_on_paid(tmp_path: Path) -> None:
    docs = {"a.md": "Tickets cost £12.\n", "b.md": "Admission is £12.\n"}
    _, report = extract_and_check(tmp_path, docs)
    assert [f for f in report["findings"] if "free" in f["message"]] == []

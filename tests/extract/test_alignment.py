"""Tests for factcheck.extract.grouping.alignment: each other's likeliest partner joins."""

from __future__ import annotations

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.alignment import FLOOR, MARGIN, mutual_best
from factcheck.extract.grouping.group import consolidate, described_pairs
from factcheck.extract.grouping.pairmodel import shipped
from tests.common import UNITS, WORDS

#: Drafts 0 and 1 are in document 0, drafts 2 and 3 in document 1.
DOCUMENTS = [0, 0, 1, 1]


def test_each_others_likeliest_partner_by_a_margin_is_paired() -> None:
    scored = [(0.15, 0, 2), (0.02, 1, 2), (0.03, 0, 3)]
    assert mutual_best(DOCUMENTS, scored, join=0.2) == [(0, 2)]


def test_a_close_runner_up_on_either_side_pairs_nothing() -> None:
    """Relative evidence needs a clear winner: 0.15 against 0.12 is no answer."""
    assert mutual_best(DOCUMENTS, [(0.15, 0, 2), (0.12, 1, 2)], join=0.2) == []
    assert mutual_best(DOCUMENTS, [(0.15, 0, 2), (0.12, 0, 3)], join=0.2) == []


def test_a_partner_that_prefers_another_is_no_pair() -> None:
    # Draft 2's likeliest partner in document 0 is draft 1, not draft 0.
    scored = [(0.19, 1, 2), (0.15, 0, 2)]
    assert mutual_best(DOCUMENTS, scored, join=0.2) == []


def test_only_chances_between_the_floor_and_the_join_chance_count() -> None:
    assert mutual_best(DOCUMENTS, [(0.5, 0, 2)], join=0.2) == []  # the learned join's
    assert mutual_best(DOCUMENTS, [(FLOOR - 0.01, 0, 2)], join=0.2) == []
    assert mutual_best(DOCUMENTS, [(0.15, 0, 2)], join=0.2, eligible=lambda i: i != 2) == []
    assert MARGIN > 0


def _documents(*texts: str) -> list[Document]:
    return [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]


def test_two_pages_likeliest_pair_below_the_join_chance_shares_a_subject() -> None:
    """Two pages give the stadium's distance from the city centre in other words and values:
    the pair model alone is unsure (below its join chance), but each figure is the other's only
    plausible partner; the page's other figure stays apart."""
    texts = (
        "The stadium sits 4 km from the city centre.",
        "The new ground is 2.5 km from the centre. It holds 42,500 seats.",
    )
    documents = _documents(*texts)
    chances = {
        (documents[da].drafts[ia].mention.text, documents[db].drafts[ib].mention.text): (
            shipped().chance(features)
        )
        for (da, ia), (db, ib), features in described_pairs(documents, UNITS)
    }
    assert FLOOR <= chances["4 km", "2.5 km"] < shipped().join
    first, second = consolidate(documents, UNITS)
    by_text = {d.mention.text: d.subject.id for d in (*first.drafts, *second.drafts)}
    assert by_text["4 km"] == by_text["2.5 km"]
    assert by_text["42,500 seats"] != by_text["4 km"]
    # Checked by `check` as unsure: the join's chance is below 0.5.
    [joined] = [d for d in first.drafts if d.mention.text == "4 km"]
    assert joined.subject.link_chance is not None and joined.subject.link_chance < 0.5


def test_a_look_alike_with_a_rival_of_its_page_stays_apart() -> None:
    """When a page holds two figures alike enough to the other page's, neither is clearly the
    likeliest: no join on relative evidence."""
    texts = (
        "The stadium sits 4 km from the city centre.",
        "The new ground is 2.5 km from the centre. The training ground is 3 km from the centre.",
    )
    first, second = consolidate(_documents(*texts), UNITS)
    [far] = first.drafts
    assert all(d.subject.id != far.subject.id for d in second.drafts)

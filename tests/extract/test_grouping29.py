"""Tests for grouping29: two pages' figures whose frames differ in one word (``frames``)."""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import frames
from factcheck.extract.grouping.frames import FLOOR, mutual_likeliest, one_frame
from tests.common import WORDS

#: Drafts 0 and 1 are in document 0, drafts 2 and 3 in document 1.
DOCUMENTS = [0, 0, 1, 1]


def _close_words(sentence: str, figure: str) -> tuple[str, ...]:
    drafts = draft_claims("d0", sentence, WORDS)
    return next(d.subject.close_words for d in drafts if d.mention.text == figure)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        # One measure, one word of its frame told otherwise.
        (
            ("Antacids give fast relief that lasts 30 to 60 minutes.", "30 to 60 minutes"),
            ("Their effect lasts for two to three hours.", "two to three hours"),
            True,
        ),
        (
            ("It takes 2 to 3 days to work fully.", "2 to 3 days"),
            ("It takes about a week to kick in fully.", "about a week"),
            True,
        ),
        # Frames with no word in common are not one.
        (
            ("Antacids give fast relief that lasts 30 to 60 minutes.", "30 to 60 minutes"),
            ("It takes about a week to kick in fully.", "about a week"),
            False,
        ),
    ],
)
def test_frames_one_word_apart(one: tuple[str, str], other: tuple[str, str], same: bool) -> None:
    assert one_frame(_close_words(*one), _close_words(*other)) is same


def test_frames_one_word_apart_on_each_side_only() -> None:
    """Frames alike, or one inside the other, are no evidence: each other's likeliest with
    such frames are mostly two quantities ("Ordinal rules for 9 more locales", "Separate
    ordinal rules for 96 locales")."""
    assert one_frame(("last", "relief"), ("effect", "last")) is True
    assert one_frame(("ordin", "rule"), ("ordin", "rule")) is False
    assert one_frame(("hour", "meal"), ("meal",)) is False
    assert one_frame(("last", "relief", "fast"), ("effect", "last", "hour")) is False
    assert one_frame((), ()) is False


def test_each_others_likeliest_needs_no_margin() -> None:
    """0.15 against a runner-up of 0.12 is no pair for ``alignment.mutual_best``, but is one
    here, when the frames agree (``eligible``)."""
    scored = [(0.15, 0, 2), (0.12, 1, 2), (0.03, 0, 3)]
    assert mutual_likeliest(DOCUMENTS, scored, 0.25, lambda a, b: True) == [(0, 2)]
    assert mutual_likeliest(DOCUMENTS, scored, 0.25, lambda a, b: False) == []


def test_a_partner_that_prefers_another_or_a_chance_out_of_range_is_no_pair() -> None:
    # Draft 2's likeliest partner in document 0 is draft 1, not draft 0.
    assert mutual_likeliest(DOCUMENTS, [(0.19, 1, 2), (0.15, 0, 2)], 0.25, lambda a, b: True) == [
        (1, 2)
    ]
    assert mutual_likeliest(DOCUMENTS, [(FLOOR - 0.01, 0, 2)], 0.25, lambda a, b: True) == []
    assert mutual_likeliest(DOCUMENTS, [(0.3, 0, 2)], 0.25, lambda a, b: True) == []
    assert frames.FLOOR < 0.25

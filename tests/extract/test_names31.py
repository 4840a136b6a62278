"""Subject ids and labels in whole words (names31, ``subjects.written``): drafting and grouping
key subjects on stems ("they are identical" is the topic ``they ident``, "something went wrong"
``someth went invalid``), and once grouping is done the id and label a reader sees say the
documents' own words (``exit-code-they-identical``, "Exit code for they are identical"). Grouping
is not touched: the drafts under one subject are the same with and without the renaming.

The sentences are the development corpora's (round 31 quilldiff's README, round 28 migrator's,
round 26 toenail's, clitool's, bridge's).
"""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import Document
from factcheck.extract.grouping import group
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.subjects.written import written
from tests.common import UNITS
from tests.extract.test_grouping import documents

#: quilldiff's README: three exit codes, two of them named by stems of its words.
CODES = (
    "It exits with status 1 when the inputs differ, 0 when they are identical, and 2 if "
    "something went wrong, such as a missing file."
)
#: Another page of the same codes, as a second document to group with the first.
OTHER = (
    "Exit codes: quilldiff exits with 0 when they are identical, 1 when they differ, and 3 if "
    "something went wrong."
)


def _named(*texts: str) -> dict[str, tuple[str, str]]:
    """Each draft's value (first document first) to its subject's id and label."""
    named: dict[str, tuple[str, str]] = {}
    for document in consolidate(documents(*texts), UNITS):
        for draft in document.drafts:
            named.setdefault(draft.value, (draft.subject.id, draft.subject.label))
    return named


def _stems(*texts: str) -> list[Document]:
    """The documents grouped with their ids and labels as grouping keys them (no renaming)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(group, "written", lambda documents, kept=(): list(documents))
        return consolidate(documents(*texts), UNITS)


@pytest.mark.parametrize(
    ("text", "value", "subject_id", "label"),
    [
        # a stem cut from the word ("ident" of "identical") and the topic as the quote says it
        (CODES, "code zero", "exit-code-they-identical", "Exit code when they are identical"),
        # "wrong" was keyed as its synonym "invalid": the id says the sentence's word
        (CODES, "code two", "exit-code-something-went-wrong", "Exit code if something went wrong"),
        # a code's case as written, its determiner too (the id's words were whole already)
        (CODES, "code one", "exit-code-inputs-differ", "Exit code when the inputs differ"),
        (
            "Run schemaferry status first; it exits with code 0 if there is nothing to apply.",
            "code zero",
            "exit-code-nothing-apply",
            "Exit code for nothing to apply",
        ),
        (
            "Exit code 3 means a repository or network failure.",
            "code three",
            "exit-code-repository-network-failure",
            "Exit code for a repository or network failure",
        ),
        # a label that said the stem says the word
        (
            "Nail surgery with phenol works well for most people.",
            "works",
            "works-surgery",
            "Whether it works: surgery",
        ),
        # a feature said by its verb: the verb as written, not "refus", and what is done
        (
            "Inputs larger than 64 MiB are refused by default with InputTooLarge.",
            "on",
            "default-refused",
            "Refused by default",
        ),
        (
            "Exit code 2 means a partial backup.",
            "code two",
            "exit-code-partial-backup",
            "Exit code for a partial backup",
        ),
    ],
)
def test_an_id_and_label_say_whole_words(
    text: str, value: str, subject_id: str, label: str
) -> None:
    assert _named(text)[value] == (subject_id, label)


def test_ids_that_were_whole_words_stay_as_they_were() -> None:
    named = _named(
        "The bridge, whose 1,200-foot main span gives ships a clearance of 138 feet, has carried "
        "traffic for 45 years."
    )
    assert named["138 ft"][0] == "length-ships-clearance"
    assert named["1200 ft"][0] == "length-main-span"


def test_renaming_keeps_every_group_as_grouping_made_it() -> None:
    keyed = _stems(CODES, OTHER)
    renamed = written(keyed)
    pairs = {
        (a.subject.id, b.subject.id)
        for before, after in zip(keyed, renamed, strict=True)
        for a, b in zip(before.drafts, after.drafts, strict=True)
    }
    # one new id per old id and one old id per new id: the same drafts share a subject
    assert len({old for old, _ in pairs}) == len(pairs) == len({new for _, new in pairs})
    assert ("exit-code-they-ident", "exit-code-they-identical") in pairs
    # both pages' "when they are identical" are still one subject
    shared = [d.subject.id for doc in renamed for d in doc.drafts if d.value == "code zero"]
    assert shared == ["exit-code-they-identical"] * 2
    # the same documents give the same ids
    assert [d.subject for doc in written(keyed) for d in doc.drafts] == [
        d.subject for doc in renamed for d in doc.drafts
    ]


def test_a_reviewed_subject_keeps_its_id_and_no_draft_takes_it() -> None:
    keyed = _stems(CODES)
    kept = written(keyed, kept={"exit-code-they-ident"})
    ids = {d.value: d.subject.id for doc in kept for d in doc.drafts}
    assert ids["code zero"] == "exit-code-they-ident"
    assert ids["code two"] == "exit-code-something-went-wrong"
    # a new id that a reviewed subject has is not given: the next one free is
    taken = written(keyed, kept={"exit-code-something-went-wrong"})
    assert {d.subject.id for doc in taken for d in doc.drafts if d.value == "code two"} == {
        "exit-code-something-went-wrong-2"
    }

"""A limit crossed in a relative clause (round 22's quirepress): "A worker that goes over 512 MB
is stopped" and "Documents that would run to more than 500 pages are refused" state the limit,
512 MB and 500 pages, as "Jobs that run longer than 2 hours are killed" did; a noun phrase of its
own in the clause, or no consequence, keeps the bound."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, conflicting_values, extract_and_check

_STAMP = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC).timestamp()


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("A worker that goes over 512 MB is stopped and the render fails.", "512 MB", "maximum"),
        (
            "Documents that would run to more than 500 pages are refused with a PageLimitError.",
            "500",
            "maximum",
        ),
        ("Jobs that run longer than 2 hours are killed.", "2 hours", "maximum"),
        # no consequence: how many there were
        ("More than 600 people who were caught in the flood were rescued.", ">600", ""),
        ("Fans who arrive more than 30 minutes late are not admitted.", ">30 minutes", ""),
    ],
)
def test_a_limit_crossed_in_a_relative_clause(sentence: str, value: str, role: str) -> None:
    (draft,) = draft_claims("doc", sentence, WORDS)
    assert (draft.value, draft.subject.role) == (value, role)


def test_two_page_limits_of_one_page_contradict(tmp_path: Path) -> None:
    """Round 22's quirepress reference: "more than 500 pages are refused" read as the bound
    ``>500`` held 1,000 and was never reported; as the limit 500 it contradicts 1,000."""
    docs = {
        "reference.md": "# Limits\n\nDocuments that would run to more than 500 pages are refused "
        "with a PageLimitError.\n\nDocuments longer than 1,000 pages are refused unless you "
        "raise max_pages.\n",
    }
    assert conflicting_values(extract_and_check(tmp_path, docs, stamp=_STAMP)[1]) == [
        ("1000", "500")
    ]

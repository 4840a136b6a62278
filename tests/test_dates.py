"""Tests for factcheck.text.dates: the date a document gives itself, else its file's."""

from __future__ import annotations

import datetime
import os
import pickle
from pathlib import Path

import pytest

from factcheck.text.dates import Month, document_date, page_date

D = datetime.date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("# Guide\n\n*Harbourside Pharmacy · Last updated: 3 March 2025*\n\nBody.", D(2025, 3, 3)),
        ("Posted 14 September 2024 by Priya Lund\nText.", D(2024, 9, 14)),
        ("By Tom Okafor · 22 May 2023\nA trial of 120 people.", D(2023, 5, 22)),
        ("*Updated 1 February 2025*\n\n**How often?**", D(2025, 2, 1)),
        ("This page documents 2.4. Last updated 10 June 2024.", D(2024, 6, 10)),
        ("Published March 3, 2021 · Updated Sept. 14, 2024", D(2024, 9, 14)),
        ("## 3.0.0 - 2025-11-03\n- faster\n## 2.9.0 - 2025-06-01\n", D(2025, 11, 3)),
        # A date deep in the text that no dateline names does not date the page.
        ("x" * 3000 + " The trial ended on 4 May 2019.", None),
        ("Nothing dated here. In 1985 a doctor reported it.", None),
        ("Updated 31 February 2025, a date that does not exist.", None),
        # A dateline may name only its month; what follows other words is no date of the page.
        ("PHARMACY LEAFLET\nIssued: June 2025   Review due: June 2027\n\nWarts.", D(2025, 6, 15)),
        ("# Heel pain\n\nBody.\n\nLast reviewed: March 2024\n", D(2024, 3, 15)),
        (
            "Nothing dated at the top. The study, published in June 2019, followed 240 children"
            " and adults across eleven clinics in the north of the county for two full years.",
            None,
        ),
    ],
)
def test_page_date(text: str, date: datetime.date | None) -> None:
    assert page_date(text) == date


def test_a_date_known_to_its_month_is_written_without_a_day() -> None:
    found = page_date("Issued: June 2025\n")
    assert isinstance(found, Month)
    assert found.isoformat() == str(found) == "2025-06"
    assert pickle.loads(pickle.dumps(found)) == found  # drafted in worker processes
    assert isinstance(pickle.loads(pickle.dumps(found)), Month)


def test_without_a_page_date_the_file_date_counts(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("No date.\n", encoding="utf-8")
    stamp = datetime.datetime(2026, 1, 2, 12, tzinfo=datetime.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    assert document_date("No date.\n", path) == D(2026, 1, 2)
    assert document_date("Updated 3 March 2025\n", path) == D(2025, 3, 3)

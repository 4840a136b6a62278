"""Tests for factcheck.extract.drafts: every draft anchors where it was found and parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.text.documents import Text, read_document
from factcheck.text.numbers import changes_from, numbers_in, readable
from factcheck.values.grammar import parse_value
from tests.common import WORDS

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted((REPO / "examples" / "ldn").iterdir()) + sorted(
    (REPO / "benchmarks" / "data" / "dev-melatonin").iterdir()
)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_drafts_anchor_to_their_own_passage_with_a_readable_value(path: Path) -> None:
    text = read_document(path)
    anchor_text = Text(text)
    drafts = draft_claims(path.stem, text, WORDS)
    assert drafts
    for draft in drafts:
        start, end = draft.quote_span
        assert text[start:end] == draft.quote
        assert start <= draft.mention.span[0] and draft.mention.span[1] <= end
        assert anchor_text.find(draft.quote) == (start, end)
        value = parse_value(draft.value)
        if draft.label is not None:  # advice in words: a label, no number to read
            assert value.label == draft.label
            continue
        seen = numbers_in(draft.quote)
        if value.unit == "%":  # a change said as a multiple: "more than fivefold" is >400%
            seen |= changes_from(seen, draft.subject.context.get("change", ""))
        for number in {value.low, value.high}:
            assert number is not None and readable(number, value.unit, seen), draft


def test_repeated_sentence_gets_a_quote_that_finds_the_second_copy() -> None:
    text = "LDN is typically 1.5 mg. Then more text. LDN is typically 1.5 mg. The end."
    first, second = draft_claims("doc", text, WORDS)
    assert Text(text).find(second.quote) == second.quote_span
    assert second.quote_span[0] > first.quote_span[0]


def test_quote_of_a_parenthetical_borrows_words_and_closes_the_bracket() -> None:
    [draft] = draft_claims(
        "doc", "Naltrexone is given at its full dose (50 mg) for addiction.", WORDS
    )
    assert draft.quote == "at its full dose (50 mg)"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Time of day for the nightly cleanup. Default: "03:30".', 'Default: "03:30"'),
        ("The nurse said the ward “keeps 20 beds”.", "The nurse said the ward “keeps 20 beds”"),
    ],
)
def test_quote_closes_the_quotation_mark_it_opens(text: str, quote: str) -> None:
    [draft] = draft_claims("doc", text, WORDS)
    assert draft.quote == quote


def test_quote_does_not_start_or_end_on_a_joining_word() -> None:
    text = "In the study, 57% improved, and 70% of the patients reported that their pain eased."
    quotes = [d.quote for d in draft_claims("doc", text, WORDS)]
    assert quotes[1].startswith("70%")
    assert not quotes[1].endswith(("that", "their", "the"))


def test_a_bare_number_of_a_setting_named_in_a_unit_is_in_that_unit() -> None:
    text = "- Default --retention-days is now 14 (was 30). Set it explicitly if you relied on it.\n"
    drafted = {d.mention.text: d for d in draft_claims("changelog", text, WORDS)}
    assert drafted["14"].value == "14 days"
    assert drafted["14"].subject.id == "duration-default-retention-days"
    # The replaced value is history, not the setting's: it keeps its bare number.
    assert drafted["30"].value == "30"
    # A setting named in no unit keeps its bare numbers.
    [jobs] = draft_claims("readme", "The default for `--jobs` is 4.", WORDS)
    assert jobs.value == "4"


def test_a_changelog_states_a_settings_current_default_in_its_newest_release_only() -> None:
    text = (
        "# Changelog\n\n## [3.0.0] - 2025-11-03\n\n### Changed\n- Default --jobs raised from 4 to 8.\n\n"
        "## [2.0.0] - 2022-10-18\n\n### Changed\n- Default --jobs is now 4 (was 2).\n"
        "- Default compression level is now 3.\n"
    )
    drafted = [(d.value, d.subject.role, d.subject.context) for d in draft_claims("c", text, WORDS)]
    assert ("8", "default", {}) in drafted
    # 2.0.0's defaults are history, the compression level too: that was 2.0.0's default, which
    # a later release may have changed without saying so in these words.
    assert ("4", "", {"phase": "previous"}) in drafted
    assert ("3", "", {"phase": "previous"}) in drafted

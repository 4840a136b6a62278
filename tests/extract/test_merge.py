"""Tests for factcheck.extract.merge: drafts merged into claims.yaml without losing edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from factcheck.check import check
from factcheck.cli.extract import extract
from factcheck.corpus.load import load
from factcheck.corpus.model import UNSURE
from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.merge import MergeError, merge
from factcheck.report.findings import Kind
from tests.common import UNITS, WORDS

ARTICLE = (
    "LDN is typically between 1.5 mg and 4.5 mg. Standard naltrexone doses range from 50 mg to "
    "100 mg. In a group of 400 Multiple Sclerosis patients, 99% had fewer attacks.\n"
)
EXISTING = """\
# Our reviewed claims. Keep this comment.
version: 1
sources:
  - id: clinic          # the clinic's FAQ
    path: docs/clinic.md
    title: "Clinic FAQ"
subjects:
  - id: ldn-typical-daily-dose
    label: 'Typical daily LDN dose'
    unit: mg
    kind: range
    terms: [typical, daily]   # hints
claims:
  - id: clinic-typical
    source: clinic
    subject: ldn-typical-daily-dose
    value: "1.5-4.5 mg"
    quote: typically between 1.5 mg and 4.5 mg
    status: reviewed
    note: a deliberately long note that must not be re-wrapped by the merge even though it is far longer than eighty characters
"""


def documents(path: str = "docs/clinic.md", text: str = ARTICLE) -> list[Document]:
    return [Document(path, text, tuple(draft_claims("clinic", text, WORDS)))]


def test_round_trip_without_drafts_is_byte_identical() -> None:
    assert merge(EXISTING, [], "claims.yaml").text == EXISTING


def test_existing_lines_survive_unchanged_and_in_order() -> None:
    result = merge(EXISTING, documents(), "claims.yaml")
    new_lines = result.text.splitlines()
    position = 0
    for line in EXISTING.splitlines():
        position = new_lines.index(line, position) + 1  # raises if a line is gone or moved
    assert len(new_lines) > len(EXISTING.splitlines())


def test_a_number_already_quoted_is_not_drafted_again() -> None:
    result = merge(EXISTING, documents(), "claims.yaml")
    assert (result.added_sources, result.skipped) == (0, 1)
    data = YAML(typ="safe").load(result.text)
    quotes = [c["quote"] for c in data["claims"]]
    assert sum("1.5 mg and 4.5 mg" in q for q in quotes) == 1
    assert result.added_claims == len(data["claims"]) - 1 == 3


def test_merging_twice_adds_nothing_the_second_time() -> None:
    once = merge(EXISTING, documents(), "claims.yaml")
    twice = merge(once.text, documents(), "claims.yaml")
    assert twice.text == once.text
    assert twice.added_claims == 0


def test_new_drafts_are_marked_draft_and_use_declared_subjects() -> None:
    data = YAML(typ="safe").load(merge(None, documents(), "claims.yaml").text)
    assert data["version"] == 1
    assert [s["path"] for s in data["sources"]] == ["docs/clinic.md"]
    assert {c["status"] for c in data["claims"]} == {"draft"}
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"]) == 4


def test_sequence_style_of_the_existing_file_is_kept() -> None:
    flush = EXISTING.replace("\n  - ", "\n- ").replace("\n    ", "\n  ")
    result = merge(flush, documents(), "claims.yaml")
    assert result.text.startswith(flush[: flush.index("claims:")])
    assert "\n- id: clinic-" in result.text


def test_merged_file_loads_with_the_core_loader(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "clinic.md").write_text(ARTICLE, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(merge(EXISTING, documents(), "claims.yaml").text, encoding="utf-8")
    corpus = load(claims)
    assert len(corpus.claims) == 4
    assert {c.review.value for c in corpus.claims} == {"reviewed", "draft"}


_SENTENCES = [
    "LDN is typically between 1.5 mg and 4.5 mg.",
    "Standard doses range from 50 mg to 100 mg.",
    "In one trial 57% of fibromyalgia patients improved.",
    "The blockade lasts 4 to 6 hours.",
    "It was approved in 1984.",
    "Over 24% of 354 cancer patients responded.",
    "Nothing numeric here.",
]


@settings(deadline=None, max_examples=60)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6), st.booleans())
def test_merge_is_idempotent_and_keeps_the_existing_text(picked: list[str], fresh: bool) -> None:
    text = " ".join(picked) + "\n"
    docs = documents(text=text)
    start = None if fresh else EXISTING
    once = merge(start, docs, "claims.yaml")
    assert merge(once.text, docs, "claims.yaml").text == once.text
    data = YAML(typ="safe").load(once.text)
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"])
    if start is not None:
        assert once.text.startswith(EXISTING[: EXISTING.index("subjects:")])


def test_a_section_that_is_not_a_list_is_a_located_error() -> None:
    with pytest.raises(MergeError) as caught:
        merge("version: 1\nsources: []\nclaims: nope\n", documents(), "claims.yaml")
    assert str(caught.value) == "claims.yaml:3:1: cannot merge: `claims` is not a list"


REPO = Path(__file__).resolve().parents[2]


def test_the_curated_example_claims_file_round_trips_byte_identical() -> None:
    curated = (REPO / "claims.yaml").read_text(encoding="utf-8")
    assert merge(curated, [], "claims.yaml").text == curated


def test_bom_and_crlf_line_ends_are_kept() -> None:
    windows = "\ufeff" + EXISTING.replace("\n", "\r\n")
    assert merge(windows, [], "claims.yaml").text == windows
    merged = merge(windows, documents(), "claims.yaml").text
    assert merged.startswith(windows[: windows.index("subjects:")])
    assert "\n" not in merged.replace("\r\n", "")


def test_a_draft_joined_to_other_sources_says_how_likely_and_is_counted() -> None:
    first = "In pooled trials, melatonin users fell asleep about 7 minutes sooner."
    second = "Across trials, sleep onset came 7.06 minutes earlier with melatonin."
    docs = consolidate(
        [
            Document("a.md", first, tuple(draft_claims("a", first, WORDS))),
            Document("b.md", second, tuple(draft_claims("b", second, WORDS))),
        ],
        UNITS,
    )
    chance = docs[0].drafts[0].subject.link_chance
    assert chance is not None
    result = merge(None, docs, "claims.yaml")
    marked = (
        f"status: draft\n    link_chance: {round(chance, 2)}  # same quantity as other sources?"
    )
    assert result.text.count(marked) == 2
    assert (result.linked, result.unsure) == (2, int(chance < UNSURE))
    # The chance is data `check` reads: each claim a draft with its chance.
    data = YAML(typ="safe").load(result.text)
    assert [c["status"] for c in data["claims"]] == ["draft", "draft"]
    assert [c["link_chance"] for c in data["claims"]] == [round(chance, 2)] * 2
    # A draft alone under its subject carries no chance.
    alone = merge(None, documents(), "claims.yaml")
    assert "chance" not in alone.text.split("claims:")[1] and alone.linked == 0


def test_a_subject_that_holds_a_range_is_a_range_subject_with_or_without_a_unit(
    tmp_path: Path,
) -> None:
    """Two accepted ranges of a setting disagree at both ends, although as values they overlap."""
    (tmp_path / "reference.md").write_text(
        "## Options\n\nThe accepted range of --quality is 1 to 100.\n"
    )
    (tmp_path / "faq.txt").write_text("The accepted range of --quality is 10 to 95.\n")
    out = tmp_path / "claims.yaml"
    docs = [str(tmp_path / "reference.md"), str(tmp_path / "faq.txt")]
    result = CliRunner().invoke(extract, [*docs, "-o", str(out)])
    assert result.exit_code == 0, result.output
    (subject,) = YAML().load(out.read_text())["subjects"]
    assert subject["kind"] == "range" and "unit" not in subject
    (finding,) = [f for f in check(load(out)).findings if f.kind is Kind.CONFLICT]
    assert finding.message.endswith("lower bound 1 vs 10; upper bound 100 vs 95")

"""Large HTML pages: every conflict at once, the rest packed and unpacked on demand, at 100,000
claims in a real headless chromium."""

from __future__ import annotations

import base64
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

import factcheck
from benchmarks.synth import write_corpus
from factcheck.formats.html import HtmlFormatter
from factcheck.formats.html_page import CLAIM_FIELDS, page_data
from factcheck.formats.html_scale import LAZY_CLAIMS, SHOWN_IN_FULL, split_page
from factcheck.report.findings import Kind
from factcheck.report.model import Report
from tests.corpus import HOSTILE, add_hostile_claim, write_small_corpus

F = {name: i for i, name in enumerate(CLAIM_FIELDS)}
HUNDRED_THOUSAND = 100_000


def _block(html: str, element_id: str) -> str:
    match = re.search(f'<script [^>]*id="{element_id}"[^>]*>(.*?)</script>', html, re.S)
    assert match, element_id
    return match.group(1)


def _unpacked(html: str) -> Any:
    return json.loads(zlib.decompress(base64.b64decode(_block(html, "factcheck-lazy"))))


def _split_html(report: Report, shown: int = SHOWN_IN_FULL) -> str:
    return HtmlFormatter(lazy_above=0, shown_in_full=shown).format(report)


# Without a browser: where the threshold is, what each part holds.


def test_pages_split_only_past_the_threshold(small_report: Report) -> None:
    claims = small_report.summary["claims"]
    assert LAZY_CLAIMS == 15_000
    whole = HtmlFormatter(lazy_above=claims).format(small_report)
    assert 'id="factcheck-lazy"' not in whole and 'id="claims"' not in whole
    assert whole == HtmlFormatter().format(small_report)
    split = HtmlFormatter(lazy_above=claims - 1).format(small_report)
    assert 'id="factcheck-lazy"' in split and '<section id="claims">' in split
    data = json.loads(_block(split, "factcheck-data"))
    assert data["lazy"]["claims"] == claims


def test_first_part_holds_every_conflict_and_the_claims_it_shows(small_report: Report) -> None:
    page = page_data(small_report)
    first = split_page(page, shown=1).first
    # Every conflict, each side with how many sources hold it, and how many of its claims are
    # drafts and the chance of an unsure grouping (none: the corpus is reviewed).
    ((subject, reason, side_a, side_b, sources_a, sources_b, drafts, unsure),) = first["conflicts"]
    row = [subject, reason, side_a, side_b, sources_a, sources_b, drafts, unsure]
    assert row == page["conflicts"][0]
    assert (sources_a, sources_b, drafts, unsure) == (2, 1, 0, None)
    # The claims drawn at once: each side's first quote and the most specific unsupported number,
    # as whole rows (with the text around the quote), by their index in the complete data.
    shown = {int(i) for i in first["claims"]}
    assert shown == {side_a[0], side_b[0], page["unsupported"][0]}
    assert all(first["claims"][str(i)] == page["claims"][i] for i in shown)
    assert first["unsupported"] == page["unsupported"][:1]
    assert set(first["subjects"]) == {str(page["claims"][i][F["subject"]]) for i in shown}
    assert set(first["sources"]) == {str(page["claims"][i][F["source"]]) for i in shown}
    assert first["lazy"] == {
        "claims": 8,
        "subjects": 4,
        "sources": 4,
        "unsupported": 2,
        "unanchored": 0,
        "statuses": {"contradicted": 3, "corroborated": 3, "unsupported": 2},
    }


def test_packed_rest_is_the_complete_data_without_context(small_report: Report) -> None:
    page = page_data(small_report)
    html = _split_html(small_report, shown=1)
    packed = _block(html, "factcheck-lazy")
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", packed)
    rest = _unpacked(html)
    assert rest == json.loads(json.dumps(split_page(page, shown=1).rest))
    columns = rest["claimColumns"]
    assert set(columns) == set(CLAIM_FIELDS) - {"before", "after"}
    for name, column in columns.items():
        assert column == [row[F[name]] for row in page["claims"]], name
    for key in ("subjects", "sources", "groups", "edges", "unsupported", "unanchored"):
        assert rest[key] == json.loads(json.dumps(page[key])), key


def test_split_page_is_deterministic_and_escaped(small_report: Report) -> None:
    html = _split_html(small_report)
    assert html == _split_html(small_report)
    # The hostile source is in the first part (a conflict's side quotes it) as escaped JSON only.
    assert HOSTILE in {
        s["title"] for s in json.loads(_block(html, "factcheck-data"))["sources"].values()
    }
    assert "<img" not in html and "<script>window.__pwned" not in html
    assert html.count("<script") == 4


def test_shown_in_full_is_at_least_one(small_report: Report) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_page(page_data(small_report), shown=0)


# In a browser: the small hostile corpus as a split page (every path, quickly).


def _reach(page: Any, selector: str) -> None:
    page.locator(selector).scroll_into_view_if_needed()


def test_split_page_draws_each_section_when_reached(open_report: Any, small_report: Report) -> None:
    opened = open_report(_split_html(small_report))
    page = opened.page
    assert page.locator("#conflicts .conflict").count() == 1
    assert page.locator("#summary dd[data-key=claims]").inner_text() == "8"
    _reach(page, "#subjects")
    # Two subjects of several sources, and the line the other two fold behind, with them.
    expect(page.locator("#subjects .subject")).to_have_count(2)
    page.locator("#subjects details.single-source summary").click()
    expect(page.locator("#subjects .subject")).to_have_count(4)
    _reach(page, "#sources")
    expect(page.locator("#sources tbody tr")).to_have_count(4)
    _reach(page, "#graph")
    expect(page.locator("#graph-canvas")).to_have_attribute("data-nodes", "7")
    _reach(page, "#claims")
    expect(page.locator("#claims .claim-table")).to_have_attribute("data-shown", "8")
    assert (
        "8 claims: 3 contradicted, 3 corroborated, 2 unsupported."
        in page.locator("#claims").inner_text()
    )
    assert page.get_attribute("body", "data-full") == "true"
    # The conflict's other quotes come from the unpacked data.
    side = page.locator("#conflicts .side").first
    side.locator("summary").click()
    expect(side.locator(".claim")).to_have_count(2)
    assert opened.errors == []
    assert opened.requests == [opened.url]


def test_split_page_search_finds_claims_and_shows_hostile_text_as_text(
    open_report: Any, small_report: Report
) -> None:
    opened = open_report(_split_html(small_report))
    page = opened.page
    _reach(page, "#claims")
    page.locator("#claims input[type=search]").fill("pwned")
    table = page.locator("#claims .claim-table")
    expect(table).to_have_attribute("data-shown", "2")
    rows = table.locator(".vscroll tbody tr")
    assert [rows.nth(i).get_attribute("data-claim") for i in range(2)] == ["blog-dose", "blog-ms"]
    assert HOSTILE in rows.nth(0).inner_text()
    rows.nth(1).click()
    assert table.locator(".vdetail mark").all_inner_texts() == ["99%"]
    page.locator("#claims select").select_option("contradicted")
    expect(table).to_have_attribute("data-shown", "1")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 4
    assert opened.errors == []


def test_the_less_specific_unsupported_numbers_are_in_a_table(
    open_report: Any, small_report: Report
) -> None:
    page = open_report(_split_html(small_report, shown=1)).page
    assert page.locator("#unsupported .items tbody tr").get_attribute("data-claim") == "blog-ms"
    assert page.locator("#unsupported h3").inner_text() == (
        "1 more unsupported number, less specific"
    )
    _reach(page, "#unsupported .claim-table")
    rows = page.locator("#unsupported .vscroll tbody tr")
    expect(rows).to_have_count(1)
    assert rows.get_attribute("data-claim") == "guide-low"
    assert rows.locator("mark").all_inner_texts() == ["0.1 mg"]


def test_the_unanchored_claims_past_the_first_are_in_a_table(
    open_report: Any, tmp_path: Path
) -> None:
    claims = write_small_corpus(tmp_path)
    text = claims.read_text(encoding="utf-8")
    text = text.replace("quote: as little as 0.1 mg", "quote: at least 0.1 mg")
    claims.write_text(text.replace("quote: 4.5 mg nightly", "quote: 5 mg nightly"))
    report = factcheck.check(factcheck.load(claims))
    assert report.summary["unanchored"] == 2
    page = open_report(_split_html(report, shown=1)).page
    section = page.locator("#unanchored")
    assert section.locator(".items > .claim").count() == 1
    _reach(page, "#unanchored .claim-table")
    rows = section.locator(".vscroll tbody tr")
    expect(rows).to_have_count(1)
    assert "quote not found" in rows.inner_text()


def test_a_browser_that_cannot_unpack_keeps_the_first_screen(
    open_report: Any, small_report: Report, browser: Any
) -> None:
    opened = open_report(_split_html(small_report), before="delete window.DecompressionStream;")
    page = opened.page
    assert page.locator("#conflicts .conflict").count() == 1
    _reach(page, "#claims")
    expect(page.locator("#claims")).to_contain_text("could not be unpacked in this browser")
    assert opened.errors == []


# At 100,000 claims: synth's corpus with its planted conflicts, plus one hostile claim.


@pytest.fixture(scope="module")
def hundred_thousand(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("hundred-thousand")
    planted = write_corpus(root, HUNDRED_THOUSAND)
    hostile = add_hostile_claim(root / "claims.yaml")
    report = factcheck.check(factcheck.load(root / "claims.yaml"))
    html = HtmlFormatter().format(report)
    ids = list(report.results)
    yield {
        "report": report,
        "html": html,
        "planted": {subject for subject, _ in planted.conflicts},
        "hostile": hostile,
        "deep": ids[-2],  # synth's last claim, far past anything drawn at once
    }


def test_hundred_thousand_claims_page_is_small_and_holds_every_conflict(
    hundred_thousand: dict[str, Any],
) -> None:
    html, report = hundred_thousand["html"], hundred_thousand["report"]
    assert report.summary["claims"] == HUNDRED_THOUSAND + 1
    assert len(html.encode("utf-8")) < 10_000_000
    first = json.loads(_block(html, "factcheck-data"))
    shown = {first["subjects"][str(c[0])]["id"] for c in first["conflicts"]}
    found = [f for f in report.findings if f.kind is Kind.CONFLICT]
    assert len(first["conflicts"]) == len(found) == len(hundred_thousand["planted"])
    assert shown == {f.subject for f in found} == hundred_thousand["planted"]


def test_hundred_thousand_claims_in_a_browser(
    open_report: Any, hundred_thousand: dict[str, Any]
) -> None:
    opened = open_report(hundred_thousand["html"])
    page = opened.page
    first = json.loads(_block(hundred_thousand["html"], "factcheck-data"))
    by_label = {s["label"]: s["id"] for s in first["subjects"].values()}
    # Every planted conflict is on the page, both sides drawn: walk the conflicts' pages.
    seen: list[str] = []
    while True:
        blocks = page.locator("#conflicts .conflict")
        for i in range(blocks.count()):
            block = blocks.nth(i)
            label = block.locator("h3").inner_text()
            reason = block.locator(".reason").inner_text()
            seen.append(by_label[label[: -len(reason) - 1]])
            assert block.locator(".side .value").count() == 2
        next_page = page.locator("#conflicts > .body > div > .pager button", has_text="Next")
        if next_page.is_disabled():
            break
        next_page.click()
    assert len(seen) == len(set(seen)) and set(seen) == hundred_thousand["planted"]
    # The hostile claim is the only unsupported number: drawn at once, as text.
    row = page.locator("#unsupported .items tbody tr")
    assert row.get_attribute("data-claim") == hundred_thousand["hostile"]
    assert '<img src=x onerror="window.__pwned=2"> A reader' in row.inner_text()
    assert "<b>Relapse</b> share" in row.inner_text()
    # Search finds a claim deep in the table, unpacked on demand.
    _reach(page, "#claims")
    page.locator("#claims input[type=search]").fill(hundred_thousand["deep"])
    table = page.locator("#claims .claim-table")
    expect(table.locator(f"tr[data-claim='{hundred_thousand['deep']}']")).to_have_count(1)
    assert table.get_attribute("data-shown") == "1"
    page.locator("#claims input[type=search]").fill("onerror")
    expect(table.locator(f"tr[data-claim='{hundred_thousand['hostile']}']")).to_have_count(1)
    assert HOSTILE in table.locator(".vscroll tbody tr").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert opened.errors == []
    assert opened.requests == [opened.url]

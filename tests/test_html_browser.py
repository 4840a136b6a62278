"""The exported HTML page in a real headless chromium: sections, graph, safety, scale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

import factcheck
from factcheck.formats.html import HtmlFormatter, script_json
from factcheck.report.consensus import consensus
from tests.corpus import HOSTILE, write_scaled_corpus, write_small_corpus, write_units_corpus

SECTIONS = ["conflicts", "subjects", "unsupported", "sources", "graph"]


def _clean(opened: Any) -> None:
    assert opened.errors == []
    assert opened.requests == [opened.url]


_SETTLED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _point_at_node(page: Any, node: str, action: str = "click") -> None:
    """Move the real mouse onto a graph node (a cytoscape selector) and click it.

    Waits until the graph is laid out and the scroll that brought it into view has been
    painted: cytoscape learns where its canvas moved from the scroll event, which a busy
    machine delivers a frame late, and a click before that lands beside the node. The node
    must end up under the pointer (selected, or hovered for ``action="move"``) within three
    tries; a graph that never answers a real click still fails.
    """
    canvas = page.locator("#graph-canvas")
    canvas.scroll_into_view_if_needed()
    page.wait_for_selector("#graph-canvas[data-laid-out]")
    for _ in range(3):
        page.evaluate(_SETTLED)
        pos = page.evaluate(
            """(sel) => { const p = window.factcheckGraph.nodes(sel)[0].renderedPosition();
              return {x: p.x, y: p.y}; }""",
            node,
        )
        box = canvas.bounding_box()
        x, y = box["x"] + pos["x"], box["y"] + pos["y"]
        if action == "move":
            page.mouse.move(x, y)
            page.evaluate(_SETTLED)
            if canvas.get_attribute("title"):
                return
        else:
            page.mouse.click(x, y)
            page.evaluate(_SETTLED)
            if page.evaluate("(sel) => window.factcheckGraph.nodes(sel)[0].selected()", node):
                return
            page.mouse.click(box["x"] + 2, box["y"] + 2)  # unselect before trying again


def test_every_section_renders(open_report: Any, small_html: str) -> None:
    opened = open_report(small_html)
    page = opened.page
    for section in SECTIONS:
        assert page.locator(f"#{section} .body").inner_text().strip(), section
    assert page.locator("#summary dd[data-key=conflicts]").inner_text() == "1"
    assert page.locator("#summary dd[data-key=claims]").inner_text() == "8"
    assert page.locator("#unanchored").is_hidden()
    _clean(opened)


def test_conflict_shows_both_quotes_side_by_side_with_numbers_marked(
    open_report: Any, small_html: str
) -> None:
    page = open_report(small_html).page
    conflict = page.locator("#conflicts .conflict")
    assert conflict.count() == 1
    assert conflict.locator("h3").inner_text() == (
        "Typical daily LDN dose lower bound 0.5 mg vs 1.5 mg"
    )
    sides = conflict.locator(".side")
    assert sides.count() == 2
    assert "0.5-4.5 mg" in sides.nth(0).inner_text()
    assert "typically between 1.5 mg and 4.5 mg" in sides.nth(1).inner_text()
    marks = sides.nth(1).locator("mark").all_inner_texts()
    assert marks == ["1.5 mg", "4.5 mg"]
    boxes = [sides.nth(i).bounding_box() for i in range(2)]
    assert boxes[0]["x"] < boxes[1]["x"] and abs(boxes[0]["y"] - boxes[1]["y"]) < 2
    # The first side has two claims: the rest open on demand.
    sides.nth(0).locator("summary").click()
    expect(sides.nth(0).locator(".claim")).to_have_count(2)


def test_consensus_lists_value_groups_with_source_counts_and_a_chart(
    open_report: Any, small_html: str
) -> None:
    page = open_report(small_html).page
    dose = page.locator("#subjects .subject[data-subject=ldn-typical-daily-dose]")
    items = dose.locator("li").all_inner_texts()
    assert items == [
        "0.5-4.5 mg: 2 sources — in conflict",
        "1.5-4.5 mg: 1 source — in conflict",
        "4.5 mg: 1 source",
    ]
    chart = dose.locator("svg.chart")
    # One row per claim: three ranges drawn as bars, the reference's single value as a dot.
    assert chart.locator("rect").count() == 3
    assert chart.locator("circle").count() == 1
    red = chart.locator("rect[fill='#b3261e']")
    assert red.count() == 3
    assert chart.locator("circle[fill='#2e7d32']").count() == 1
    subjects = page.locator("#subjects .subject")
    # Two subjects of several sources; the other two, of one source each, folded.
    assert subjects.count() == 2
    page.locator("#subjects details.single-source summary").click()
    expect(subjects).to_have_count(4)
    # Disputed first, though the claims file lists another subject before it.
    assert subjects.first.get_attribute("data-subject") == "ldn-typical-daily-dose"
    page.locator("#subjects input[type=checkbox]").check()
    expect(page.locator("#subjects .subject")).to_have_count(1)
    page.locator("#subjects input[type=checkbox]").uncheck()
    page.locator("#subjects input[type=search]").fill("FDA")
    expect(page.locator("#subjects .subject")).to_have_count(1)
    expect(page.locator("#subjects .subject h3")).to_contain_text("Year the FDA")


def test_unsupported_numbers_most_specific_first(open_report: Any, small_html: str) -> None:
    page = open_report(small_html).page
    rows = page.locator("#unsupported tbody tr")
    assert [rows.nth(i).get_attribute("data-claim") for i in range(rows.count())] == [
        "blog-ms",
        "guide-low",
    ]
    # Only the claim's own figure, as in the terminal: the quote's "400" is another number.
    assert rows.nth(0).locator("mark").all_inner_texts() == ["99%"]


def test_source_table_has_a_row_per_source_with_shares(open_report: Any, small_html: str) -> None:
    page = open_report(small_html).page
    rows = page.locator("#sources tbody tr")
    assert rows.count() == 4
    guide = page.locator("#sources tr[data-source=wellness-guide]").locator("td.num")
    assert guide.all_inner_texts() == ["3", "33%", "33%", "33%"]
    trial = page.locator("#sources tr[data-source=trial]").locator("td.num")
    assert trial.all_inner_texts() == ["1", "100%", "0%", "0%"]


def test_graph_shows_nodes_and_clicking_one_shows_its_quote_in_context(
    open_report: Any, small_html: str
) -> None:
    opened = open_report(small_html)
    page = opened.page
    canvas = page.locator("#graph-canvas")
    # It opens on the disputed dose subject: 3 value groups and their 4 claims.
    assert canvas.get_attribute("data-nodes") == "7"
    conflicts = page.evaluate("window.factcheckGraph.edges('[relation = \"conflicts\"]').length")
    assert conflicts == 1
    # Every subject at once: 6 value groups and 8 claims.
    page.locator("#graph select").select_option("all")
    expect(canvas).to_have_attribute("data-nodes", "14")
    assert page.evaluate("window.factcheckGraph.nodes().length") == 14
    _point_at_node(page, "[claim = 'blog-dose']")
    detail = page.locator("#graph-detail")
    expect(detail.locator("h3")).to_contain_text("0.5-4.5 mg")
    excerpt = detail.locator(".excerpt")
    # The quote in its context: the text before it (hostile here, shown as text) and after it.
    assert excerpt.inner_text().startswith("At very low doses (about 0.5–4.5 mg) it behaves")
    assert HOSTILE in excerpt.inner_text()
    assert excerpt.locator(".quote mark").all_inner_texts() == ["0.5", "4.5 mg"]
    assert page.evaluate("window.__pwned") is None
    _clean(opened)


def test_clicking_a_group_node_lists_its_quotes(open_report: Any, small_html: str) -> None:
    page = open_report(small_html).page
    _point_at_node(page, "[kind = 'group'][label = '0.5-4.5 mg (2)']")
    detail = page.locator("#graph-detail")
    expect(detail.locator("h3")).to_have_text("0.5-4.5 mg")
    expect(detail.locator(".claim")).to_have_count(2)


def test_hostile_source_text_never_runs_and_is_shown_as_text(
    open_report: Any, small_html: str
) -> None:
    opened = open_report(small_html)
    page = opened.page
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert HOSTILE in page.locator("#sources").inner_text()
    assert HOSTILE in page.locator("#unsupported").inner_text()
    _clean(opened)


def test_the_policy_blocks_scripts_the_page_did_not_ship(open_report: Any, small_html: str) -> None:
    tampered = small_html.replace(
        "</body>",
        "<script>window.__extra = 1</script><img src=x onerror='window.__extra=2'></body>",
    )
    opened = open_report(tampered)
    for _ in range(50):
        if any("Content Security Policy" in e for e in opened.errors):
            break
        opened.page.wait_for_timeout(100)
    assert any("Content Security Policy" in e for e in opened.errors)
    assert opened.page.evaluate("window.__extra") is None


def test_ten_thousand_claims_stay_small_and_usable(open_report: Any, tmp_path: Path) -> None:
    claims = write_scaled_corpus(tmp_path / "big", 10_000)
    html = HtmlFormatter().format(factcheck.check(factcheck.load(claims)))
    assert len(html.encode("utf-8")) < 5_000_000
    opened = open_report(html)
    page = opened.page
    assert page.locator("#summary dd[data-key=claims]").inner_text() == "10000"
    # Pages, not everything at once.
    assert page.locator("#conflicts .conflict").count() == 20
    assert page.locator("#subjects .subject").count() == 15
    assert page.locator("#unsupported tbody tr").count() == 50
    page.locator("#unsupported .pager button", has_text="Next").click()
    expect(page.locator("#unsupported .pager span")).to_contain_text("Page 2 of")
    # The graph shows one subject at a time; large groups stay collapsed into one node.
    nodes = int(page.locator("#graph-canvas").get_attribute("data-nodes"))
    assert 0 < nodes <= 3 + 3 * 20
    _clean(opened)


def test_unanchored_claims_get_their_own_section(open_report: Any, tmp_path: Path) -> None:
    claims = write_small_corpus(tmp_path)
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("quote: as little as 0.1 mg", "quote: at least 0.1 mg"))
    report = factcheck.check(factcheck.load(claims))
    assert report.summary["unanchored"] == 1
    opened = open_report(HtmlFormatter().format(report))
    section = opened.page.locator("#unanchored")
    expect(section).to_be_visible()
    assert section.locator(".claim[data-claim=guide-low]").count() == 1
    assert "at least 0.1 mg" in section.inner_text()
    _clean(opened)


def _units_page(open_report: Any, tmp_path: Path) -> tuple[Any, factcheck.Report]:
    report = factcheck.check(factcheck.load(write_units_corpus(tmp_path / "units")))
    return open_report(HtmlFormatter().format(report)).page, report


def _lit_in_context(page: Any) -> dict[str, list[str]]:
    """Each claim's highlights in the graph's detail panel, a tap on its node at a time."""
    page.locator("#graph select").select_option("all")
    ids = page.evaluate("() => window.factcheckGraph.nodes(\"[kind = 'claim']\").map(n => n.id())")
    lit = {}
    for node in ids:
        page.evaluate("(id) => { window.factcheckGraph.getElementById(id).emit('tap'); }", node)
        claim = page.evaluate(f"() => window.factcheckGraph.getElementById('{node}').data('claim')")
        lit[claim] = page.locator("#graph-detail .excerpt .quote mark").all_inner_texts()
    return lit


def test_claimed_numbers_are_lit_in_any_unit(open_report: Any, tmp_path: Path) -> None:
    """IU, % and weeks, digits or words: the page lights what the terminal lights."""
    page, _ = _units_page(open_report, tmp_path)
    assert _lit_in_context(page) == {
        "guide-dose": ["600 IU"],
        "pharmacy-dose": ["800 IU"],
        "guide-share": ["30%"],
        "pharmacy-share": ["30 %"],
        # The same quote as guide-share's: each claim lights its own number.
        "guide-length": ["12 weeks"],
        "pharmacy-length": ["twelve weeks"],
    }
    sides = page.locator("#conflicts .conflict .side")
    assert [sides.nth(i).locator("mark").all_inner_texts() for i in range(2)] == [
        ["600 IU"],
        ["800 IU"],
    ]


def test_highlights_count_offsets_as_javascript_does(open_report: Any, tmp_path: Path) -> None:
    """Emoji before the number (two UTF-16 units each in JavaScript, one character in Python)."""
    page, _ = _units_page(open_report, tmp_path)
    quote = page.locator("#conflicts .claim[data-claim=guide-dose] .quote")
    assert quote.inner_text() == "\u201c🌞☀️ Adults need about 600 IU\u201d"
    pieces = quote.evaluate("q => Array.from(q.childNodes).map(n => [n.nodeName, n.textContent])")
    assert pieces == [
        ["#text", "\u201c"],
        ["#text", "🌞☀️ Adults need about "],
        ["MARK", "600 IU"],
        ["#text", "\u201d"],
    ]


def test_consensus_section_draws_the_consensus_python_computed(
    open_report: Any, small_report: Any, small_html: str
) -> None:
    page = open_report(small_html).page
    expected = {c.subject: c for c in consensus(small_report)}
    cards = page.locator("#subjects .subject")
    page.locator("#subjects details.single-source summary").click()
    expect(cards).to_have_count(len(small_report.corpus.subjects))
    for i in range(cards.count()):
        card = cards.nth(i)
        view = expected[card.get_attribute("data-subject") or ""]
        verdict = card.locator("> p")
        assert (verdict.inner_text() == "Disputed") is view.disputed
        assert verdict.get_attribute("title") == "\n".join(p.words() for p in view.points)
    page.locator("#subjects input[type=checkbox]").check()
    shown = page.locator("#subjects .subject")
    disputed = [c.subject for c in expected.values() if c.disputed]
    assert [shown.nth(i).get_attribute("data-subject") for i in range(shown.count())] == disputed


def test_the_page_draws_disputed_as_the_data_says_without_recomputing(
    open_report: Any, small_html: str
) -> None:
    """Flip one subject's flag in the embedded data: the page follows the data."""
    head, rest = small_html.split('id="factcheck-data">', 1)
    block, tail = rest.split("</script>", 1)
    data = json.loads(block)
    (year,) = [s for s in data["subjects"] if s["id"] == "fda-approval-year"]
    assert year["disputed"] == 0
    year["disputed"] = 1
    page = open_report(f'{head}id="factcheck-data">{script_json(data)}</script>{tail}').page
    card = page.locator("#subjects .subject[data-subject=fda-approval-year]")
    assert card.locator("> p").inner_text() == "Disputed"
    option = page.locator("#graph select option", has_text="Year the FDA")
    assert option.inner_text().endswith(", disputed)")


def test_drafts_are_counted_and_conflicts_resting_on_them_marked(
    open_report: Any, tmp_path: Path
) -> None:
    from tests.common import write
    from tests.test_review import FILES

    report = factcheck.check(factcheck.load(write(tmp_path / "corpus", FILES)))
    opened = open_report(HtmlFormatter().format(report))
    page = opened.page
    assert page.locator("#summary dd[data-key=drafts]").inner_text() == "3"
    mark = page.locator("#conflicts .conflict h3 .drafts")
    expect(mark).to_have_text("rests on 2 drafts")
    assert mark.is_visible()
    _clean(opened)


def test_a_reviewed_corpus_shows_no_drafts(open_report: Any, small_html: str) -> None:
    page = open_report(small_html).page
    assert page.locator("#summary dd[data-key=drafts]").count() == 0
    assert page.locator("#conflicts .drafts").count() == 0


def test_subjects_of_one_source_fold_behind_one_line(
    open_report: Any, small_report: Any, small_html: str
) -> None:
    page = open_report(small_html).page
    several = {c.subject for c in consensus(small_report) if len(c.sources) > 1 or c.disputed}
    alone = set(small_report.corpus.subjects) - several
    assert len(alone) == 2
    fold = page.locator("#subjects details.single-source")
    # One line, the count in it, as the terminal report says it; the cards only when opened.
    expect(fold.locator("summary")).to_have_text("2 more subjects stated by one source only")
    assert fold.get_attribute("data-count") == "2"
    assert fold.locator(".subject").count() == 0
    shown = page.locator("#subjects .subject")
    assert {shown.nth(i).get_attribute("data-subject") for i in range(shown.count())} == several
    fold.locator("summary").click()
    expect(fold.locator(".subject")).to_have_count(2)
    assert {
        fold.locator(".subject").nth(i).get_attribute("data-subject") for i in range(2)
    } == alone
    fold.locator("summary").click()
    # The filter searches the folded subjects too, opens the fold on a match and counts them.
    wanted = sorted(alone)[0]
    page.locator("#subjects input[type=search]").fill(small_report.corpus.subjects[wanted].label)
    expect(fold.locator("summary")).to_have_text("1 matching subject stated by one source only")
    expect(fold.locator(".subject")).to_have_count(1)
    assert fold.locator(".subject").get_attribute("data-subject") == wanted
    page.locator("#subjects input[type=search]").fill("no such subject")
    expect(page.locator("#subjects .empty")).to_have_text("No subject matches.")
    assert fold.is_hidden()


def test_graph_labels_are_readable_names_cut_short_with_the_full_name_on_hover(
    open_report: Any, tmp_path: Path
) -> None:
    from tests.common import write

    long = "A very long article title that would cover its neighbours in the graph"
    files = {
        "claims.yaml": (
            "version: 1\nsources:\n"
            "  - {id: 001-ff6738150d1a5a4d, path: a.md, title: '" + long + "'}\n"
            "  - {id: 002-0a1b2c3d4e5f6a7b, path: b.md, title: Short title}\n"
            "subjects:\n  - {id: dose, label: Typical dose, unit: mg}\n"
            "claims:\n"
            "  - {id: a, subject: dose, source: 001-ff6738150d1a5a4d, value: 1.5-4.5 mg,"
            " quote: 'from 1.5 to 4.5 mg'}\n"
            "  - {id: b, subject: dose, source: 002-0a1b2c3d4e5f6a7b, value: 0.5-4.5 mg,"
            " quote: 'from 0.5 to 4.5 mg'}\n"
        ),
        "a.md": "Take it from 1.5 to 4.5 mg a day.\n",
        "b.md": "Take it from 0.5 to 4.5 mg a day.\n",
    }
    report = factcheck.check(factcheck.load(write(tmp_path / "corpus", files)))
    opened = open_report(HtmlFormatter().format(report))
    page = opened.page
    canvas = page.locator("#graph-canvas")
    canvas.scroll_into_view_if_needed()
    page.wait_for_selector("#graph-canvas[data-laid-out]")
    nodes = page.evaluate(
        """() => window.factcheckGraph.nodes("[kind = 'claim']").map(
             n => [n.data('claim'), n.data('label'), n.data('full')])"""
    )
    labels = {claim: (label, full) for claim, label, full in nodes}
    # Titles, never ids; a long one cut at a word with an ellipsis, whole on hover.
    assert labels["b"] == ("Short title", "Short title: 0.5-4.5 mg")
    short, full = labels["a"]
    assert short == "A very long article title that would\u2026" and len(short) <= 40
    assert full == long + ": 1.5-4.5 mg"
    assert not any("ff6738150d1a5a4d" in label for label, _ in labels.values())
    _point_at_node(page, "[claim = 'a']", action="move")
    expect(canvas).to_have_attribute("title", long + ": 1.5-4.5 mg")
    # The labels of the two claims do not overlap.
    boxes = page.evaluate(
        """() => window.factcheckGraph.nodes("[kind = 'claim']").map(n => {
             const b = n.boundingBox({includeLabels: true, includeNodes: false});
             return [b.x1, b.y1, b.x2, b.y2]; })"""
    )
    (a1, b1, a2, b2), (c1, d1, c2, d2) = boxes
    assert a2 <= c1 or c2 <= a1 or b2 <= d1 or d2 <= b1
    _clean(opened)


def test_a_conflict_grouped_by_a_low_chance_join_says_grouping_unsure(
    open_report: Any, tmp_path: Path
) -> None:
    from tests.common import write
    from tests.test_grouping_unsure import FILES

    report = factcheck.check(factcheck.load(write(tmp_path / "corpus", FILES)))
    opened = open_report(HtmlFormatter().format(report))
    mark = opened.page.locator("#conflicts .conflict h3 .unsure")
    expect(mark).to_have_text("grouping unsure: chance 0.34")
    assert mark.is_visible()
    assert opened.page.locator("#conflicts .conflict h3 .drafts").inner_text() == (
        "rests on 2 drafts"
    )
    _clean(opened)


def test_a_likely_grouping_is_not_marked_unsure(open_report: Any, tmp_path: Path) -> None:
    from tests.common import write
    from tests.test_grouping_unsure import FILES

    likely = FILES["claims.yaml"].replace("0.34", "0.8").replace("0.46", "0.9")
    claims = write(tmp_path / "corpus", {**FILES, "claims.yaml": likely})
    page = open_report(HtmlFormatter().format(factcheck.check(factcheck.load(claims)))).page
    expect(page.locator("#conflicts .conflict")).to_have_count(1)
    assert page.locator("#conflicts .unsure").count() == 0


def test_a_large_page_filters_conflicts_by_grouping_unsure(
    open_report: Any, tmp_path: Path
) -> None:
    from tests.common import write
    from tests.test_grouping_unsure import FILES

    report = factcheck.check(factcheck.load(write(tmp_path / "corpus", FILES)))
    opened = open_report(HtmlFormatter(lazy_above=0).format(report))
    page = opened.page
    page.locator("#conflicts input[type=search]").fill("grouping unsure")
    expect(page.locator("#conflicts .conflict .unsure")).to_have_text(
        "grouping unsure: chance 0.34"
    )
    page.locator("#conflicts input[type=search]").fill("no such words")
    expect(page.locator("#conflicts .conflict")).to_have_count(0)
    _clean(opened)

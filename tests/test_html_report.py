"""The HTML formatter without a browser: escaping, policy hashes, determinism, page data."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.formats.html import HtmlAssets, HtmlFormatter, csp_hash, script_json
from factcheck.formats.html_page import CLAIM_FIELDS, EXCERPT_BUDGET, excerpt_limit, page_data
from factcheck.formats.html_views import quote_marks, utf16_offset
from factcheck.report.consensus import consensus
from factcheck.report.model import Report
from tests.corpus import HOSTILE, write_scaled_corpus


class _Scripts(HTMLParser):
    """Collects each script element's type and text, and the CSP meta tag, as a browser parses."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[str | None, str]] = []
        self.styles: list[str] = []
        self.csp = ""
        self._in: str | None = None
        self._type: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style"):
            self._in, self._type = tag, a.get("type")
            (self.scripts if tag == "script" else self.styles).append(None)  # type: ignore[arg-type]
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a.get("content") or ""

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] = (self._type, (self.scripts[-1] or (None, ""))[1] + data)
        elif self._in == "style":
            self.styles[-1] = (self.styles[-1] or "") + data

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            if tag == "script" and self.scripts[-1] is None:
                self.scripts[-1] = (self._type, "")
            self._in = None


def _parse(html: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(html)
    return parser


def test_data_block_survives_hostile_text_and_round_trips(
    small_report: Report, small_html: str
) -> None:
    html = small_html
    parsed = _parse(html)
    # Exactly three script elements: the data, the graph library, the page script. The hostile
    # "</script><script>" in the data did not end the data block or open a new script.
    assert [t for t, _ in parsed.scripts] == ["application/json", None, None]
    data = json.loads(parsed.scripts[0][1])
    assert data == json.loads(json.dumps(page_data(small_report)))
    assert HOSTILE in {s["title"] for s in data["sources"]}
    assert "<script>window.__pwned" not in html.replace(HOSTILE, "")
    assert "<img" not in html


def test_policy_allows_exactly_the_inline_scripts_and_style(small_html: str) -> None:
    parsed = _parse(small_html)
    policy = dict(
        [*part.split(" ", 1), ""][:2] for part in (p.strip() for p in parsed.csp.split(";"))
    )
    assert policy["default-src"] == "'none'"
    assert policy["connect-src"] == "'none'"
    executed = [text for kind, text in parsed.scripts if kind is None]
    assert policy["script-src"].split() == [csp_hash(t) for t in executed]
    assert policy["style-src"].split() == [csp_hash(s) for s in parsed.styles]
    assert "unsafe-inline" not in parsed.csp and "http" not in parsed.csp


def test_nothing_is_fetched_from_anywhere(small_html: str) -> None:
    html = small_html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html, re.I)
    assert "<link" not in html and "@import" not in html


def test_same_report_gives_byte_identical_pages(small_report: Report, small_html: str) -> None:
    assert HtmlFormatter().format(small_report) == small_html


def test_title_is_escaped(small_report: Report) -> None:
    html = HtmlFormatter(title="<b>LDN</b> & co").format(small_report)
    assert "<title>&lt;b&gt;LDN&lt;/b&gt; &amp; co</title>" in html


def test_trusted_code_that_would_close_its_element_is_refused(small_report: Report) -> None:
    assets = HtmlAssets.packaged()
    bad = replace(assets, script=assets.script + "\n// </script>")
    with pytest.raises(ValueError, match="page script"):
        HtmlFormatter(assets=bad).format(small_report)


def test_invalid_input_page_escapes_the_problems() -> None:
    problem = factcheck.Problem("claims.yaml", 3, 5, "unknown key <script>")
    page = HtmlFormatter().format_problems([problem])
    assert "claims.yaml:3:5: unknown key &lt;script&gt;" in page
    assert "<script>" not in page


@given(st.text())
def test_script_json_round_trips_and_cannot_end_a_script(text: str) -> None:
    encoded = script_json({"quote": text})
    assert json.loads(encoded) == {"quote": text}
    assert not set("<>&\u2028\u2029") & set(encoded)


def test_page_data_indexes_claims_and_groups(small_report: Report) -> None:
    data = page_data(small_report)
    assert data["claimFields"] == list(CLAIM_FIELDS)
    f = {name: i for i, name in enumerate(CLAIM_FIELDS)}
    by_id = {row[f["id"]]: row for row in data["claims"]}
    clinic = by_id["clinic-dose"]
    assert data["sources"][clinic[f["source"]]]["id"] == "clinic-faq"
    assert data["subjects"][clinic[f["subject"]]]["id"] == "ldn-typical-daily-dose"
    group = data["groups"][clinic[f["group"]]]
    assert group["value"] == "1.5-4.5 mg" and group["sources"] == 1
    ((subject, message, side_a, side_b, sources_a, sources_b, drafts, unsure),) = data["conflicts"]
    assert (sources_a, sources_b) == (len(side_a), len(side_b))
    assert drafts == 0 and unsure is None  # every claim reviewed
    assert data["subjects"][subject]["id"] == "ldn-typical-daily-dose"
    # The subject is the heading already: its label is not repeated in the reason.
    assert message == "lower bound 0.5 mg vs 1.5 mg"
    assert [data["claims"][i][f["id"]] for i in side_a] == ["blog-dose", "guide-dose"]
    assert [data["claims"][i][f["id"]] for i in side_b] == ["clinic-dose"]
    unsupported = [data["claims"][i][f["id"]] for i in data["unsupported"]]
    assert unsupported == ["blog-ms", "guide-low"]
    relations = sorted(e[2] for e in data["edges"])
    assert relations == ["agrees", "agrees", "conflicts"]


def test_excerpts_shrink_as_the_corpus_grows(small_report: Report) -> None:
    keep = EXCERPT_BUDGET // 10_000
    assert 40 <= keep < 160
    assert excerpt_limit(160, 1) == 160
    assert excerpt_limit(160, 10_000) == keep
    assert excerpt_limit(160, 10_000_000) == 40
    f = {name: i for i, name in enumerate(CLAIM_FIELDS)}
    by_id = {row[f["id"]]: row for row in page_data(small_report, excerpt_chars=30)["claims"]}
    excerpt = small_report.to_dict()["claims"][0]["excerpt"]
    row = by_id[small_report.to_dict()["claims"][0]["id"]]
    assert row[f["before"]] == "…" + excerpt["before"][-30:]
    assert row[f["after"]] == excerpt["after"][:30] + "…"


def test_marks_are_the_claimed_numbers_in_javascript_offsets(small_report: Report) -> None:
    """The page lights what the terminal lights, counted in UTF-16 units as JavaScript does."""
    f = {name: i for i, name in enumerate(CLAIM_FIELDS)}
    by_id = {row[f["id"]]: row for row in page_data(small_report)["claims"]}
    row = by_id["clinic-dose"]
    quote, marks = row[f["quote"]], row[f["marks"]]
    lit = [quote[marks[i] : marks[i + 1]] for i in range(0, len(marks), 2)]
    assert lit == ["1.5 mg", "4.5 mg"]
    claim = small_report.results["clinic-dose"].claim
    # An emoji is one Python character and two JavaScript ones; a CJK character one of each.
    assert utf16_offset("🙂 4.5 mg", 2) == 3
    assert utf16_offset("漢 4.5 mg", 2) == 2
    assert quote_marks("from 1.5 mg to 4.5 mg", claim) == [5, 11, 15, 21]
    # Python finds "1.5 mg" at 8 after two emoji and a space; JavaScript at 10.
    assert quote_marks("🙂🙂 from 1.5 mg to 4.5 mg", claim) == [10, 16, 20, 26]


def test_consensus_and_conflicts_come_from_the_report(small_report: Report) -> None:
    data = page_data(small_report)
    expected = {c.subject: c for c in consensus(small_report)}
    for subject in data["subjects"]:
        view = expected.get(subject["id"])
        assert subject["disputed"] == (1 if view and view.disputed else 0)
        points = [[p.words(), int(p.disputed)] for p in view.points] if view else []
        assert subject["consensus"] == points
    (dose,) = [s for s in data["subjects"] if s["id"] == "ldn-typical-daily-dose"]
    assert [p[0] for p in dose["consensus"]] == [
        "upper bound 4.5 mg: 3 sources",
        "single value 4.5 mg: 1 source",
        "lower bound disputed: 0.5 mg (2) vs 1.5 mg (1)",
    ]
    assert [p[1] for p in dose["consensus"]] == [0, 0, 1]
    in_conflict = {g for r in small_report.relations if not r.agrees for g in (r.a, r.b)}
    ids = [g.id for s in small_report.corpus.subjects for g in small_report.groups.get(s, ())]
    assert [g["conflict"] for g in data["groups"]] == [int(i in in_conflict) for i in ids]
    # Edges index the groups as the report relates them (no graph node ids parsed back).
    assert len(data["edges"]) == len(small_report.relations)


def test_ten_thousand_claims_give_a_page_under_five_megabytes(tmp_path: Path) -> None:
    report = factcheck.check(factcheck.load(write_scaled_corpus(tmp_path, 10_000)))
    assert report.summary["claims"] == 10_000
    assert len(HtmlFormatter().format(report).encode("utf-8")) < 5_000_000


def test_unsupported_numbers_follow_the_shared_specificity_ranking() -> None:
    """The page lists unsupported numbers in the order the terminal report uses."""
    from factcheck import check, load
    from factcheck.report.specificity import specificity_key

    report = check(load(Path(__file__).resolve().parent.parent / "claims.yaml"))
    html = HtmlFormatter().format(report)
    data = json.loads(
        html.split('<script type="application/json" id="factcheck-data">')[1].split("</script>")[0]
    )
    ids = [data["claims"][i][CLAIM_FIELDS.index("id")] for i in data["unsupported"]]
    subjects = report.corpus.subjects
    expected = sorted(
        (r.claim for r in report.results.values() if str(r.status) == "unsupported"),
        key=lambda c: specificity_key(c, subjects[c.subject]),
    )
    assert ids == [c.id for c in expected]
    assert len(ids) == 29

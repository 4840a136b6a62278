"""CSV, GraphML, JSON and ClaimReview exports read back by the tools they are made for."""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx
import pandas as pd
import pytest

from factcheck.formats.claimreview import RATINGS, ClaimReviewFormatter
from factcheck.formats.csv import CsvFormatter, frame_csv
from factcheck.formats.export import ExportFormat, ExportOptions
from factcheck.formats.graphml import GraphmlFormatter, graph_graphml
from factcheck.formats.html import HtmlFormatter
from factcheck.formats.json import JsonFormatter
from factcheck.report.model import Report
from tests.corpus import HOSTILE


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_to_formatter_is_exhaustive(fmt: ExportFormat, small_report: Report) -> None:
    formatter = fmt.to_formatter(ExportOptions())
    text = formatter.format(small_report)
    assert text and text == fmt.to_formatter().format(small_report)
    expected = {
        ExportFormat.HTML: HtmlFormatter,
        ExportFormat.CSV: CsvFormatter,
        ExportFormat.GRAPHML: GraphmlFormatter,
        ExportFormat.JSON: JsonFormatter,
        ExportFormat.CLAIMREVIEW: ClaimReviewFormatter,
    }
    assert isinstance(formatter, expected[fmt])


def test_csv_reads_back_with_pandas(small_report: Report) -> None:
    text = CsvFormatter().format(small_report)
    frame = pd.read_csv(io.StringIO(text))
    assert list(frame["id"]) == list(small_report.to_frame()["id"])
    row = frame.set_index("id").loc["clinic-dose"]
    assert (row["low"], row["high"], row["unit"], row["status"]) == (1.5, 4.5, "mg", "contradicted")
    assert row["quote"] == "typically between 1.5 mg and 4.5 mg"
    assert set(frame["status"]) == {"contradicted", "corroborated", "unsupported"}


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-cmd", "'-cmd"),
        ("-4.5", "-4.5"),
        ("-2+3", "'-2+3"),
        ("4.5 mg", "4.5 mg"),
        (HOSTILE, HOSTILE),
    ],
)
def test_csv_cells_cannot_become_spreadsheet_formulas(cell: str, written: str) -> None:
    text = frame_csv(pd.DataFrame({"quote": [cell]}))
    assert pd.read_csv(io.StringIO(text), dtype=str)["quote"][0] == written


def test_graphml_reads_back_with_networkx(small_report: Report) -> None:
    graph = nx.read_graphml(io.StringIO(GraphmlFormatter().format(small_report)))
    original = small_report.graph
    assert set(graph.nodes) == set(original.nodes)
    assert {frozenset(e) for e in graph.edges} == {frozenset(e) for e in original.edges}
    assert graph.nodes["claim:clinic-dose"]["status"] == "contradicted"
    assert graph.nodes["group:ldn-typical-daily-dose#1"]["type"] == "group"
    relations = sorted(d["relation"] for _, _, d in graph.edges(data=True))
    assert relations.count("conflicts") == 1 and relations.count("agrees") == 2


def test_graphml_keeps_values_graphml_cannot_hold_as_text() -> None:
    graph = nx.Graph()
    graph.add_node("a", context={"population": "adults"}, note=None, size=2)
    graph.add_node("b", size="large")
    graph.add_edge("b", "a", reason="x")
    back = nx.read_graphml(io.StringIO(graph_graphml(graph)))
    assert json.loads(back.nodes["a"]["context"]) == {"population": "adults"}
    assert "note" not in back.nodes["a"]
    assert (back.nodes["a"]["size"], back.nodes["b"]["size"]) == ("2", "large")
    reordered = nx.Graph()
    reordered.add_node("b", size="large")
    reordered.add_node("a", note=None, size=2, context={"population": "adults"})
    reordered.add_edge("a", "b", reason="x")
    assert graph_graphml(reordered) == graph_graphml(graph)


def test_json_is_the_report_dict(small_report: Report) -> None:
    assert json.loads(JsonFormatter().format(small_report)) == json.loads(
        json.dumps(small_report.to_dict())
    )


def _reviews(report: Report, **options: Any) -> list[dict[str, Any]]:
    parsed: list[dict[str, Any]] = json.loads(ClaimReviewFormatter(**options).format(report))
    return parsed


def test_claimreview_one_item_per_contradicted_or_unsupported_claim(small_report: Report) -> None:
    items = _reviews(small_report)
    reviewed = {r.claim.id for r in small_report.results.values() if str(r.status) in RATINGS}
    assert len(items) == len(reviewed) == 5
    for item in items:
        assert item["@context"] == "https://schema.org"
        assert item["@type"] == "ClaimReview"
        assert item["itemReviewed"]["@type"] == "Claim"
        assert item["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
        rating = item["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["alternateName"] in {v for _, v in RATINGS.values()}
        assert "url" not in item and "author" not in item


def test_claimreview_says_what_and_where(small_report: Report) -> None:
    items = _reviews(small_report, review_url="https://example.org/review", publisher="Desk")
    by_text = {i["itemReviewed"]["text"]: i for i in items}
    clinic = by_text["typically between 1.5 mg and 4.5 mg"]
    assert clinic["claimReviewed"] == "Typical daily LDN dose: 1.5-4.5 mg"
    assert clinic["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "name": "LDN questions answered",
        "url": "https://example.org/ldn",
    }
    assert clinic["reviewRating"]["alternateName"] == "Contradicted by other sources"
    assert "lower bound 0.5 mg vs 1.5 mg" in clinic["reviewRating"]["ratingExplanation"]
    assert clinic["url"] == "https://example.org/review#claim-clinic-dose"
    assert clinic["author"] == {"@type": "Organization", "name": "Desk"}
    ms = by_text["99% of 400 MS patients"]
    assert ms["reviewRating"]["alternateName"] == "Unsupported: no other source corroborates it"
    assert ms["itemReviewed"]["appearance"]["name"] == HOSTILE

"""Data exports of a report: JSON, CSV (pandas), GraphML (networkx) and ClaimReview JSON-LD."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd

#: Cell openings a spreadsheet would run as a formula (CSV injection); such cells get a ``'``.
_FORMULA_START = ("=", "+", "@", "\t", "\r")

#: The textual verdicts of the ClaimReview export, with their place on a 1 (worst) to 5 scale.
RATINGS: dict[str, tuple[int, str]] = {
    "contradicted": (1, "Contradicted by other sources"),
    "unsupported": (2, "Unsupported: no other source corroborates it"),
}


def json_text(report: Mapping[str, Any]) -> str:
    """The report dict as indented, key-sorted JSON."""
    return json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _defuse(cell: object) -> object:
    if isinstance(cell, str) and (
        cell.startswith(_FORMULA_START)
        or (cell.startswith("-") and len(cell) > 1 and not cell[1].isdigit() and cell[1] != ".")
    ):
        return "'" + cell
    return cell


def csv_text(frame: pd.DataFrame) -> str:
    """One row per claim (``Report.to_frame()``) as CSV; text that a spreadsheet would take for a
    formula is prefixed with ``'`` so opening the file cannot run it."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object:
            safe[column] = safe[column].map(_defuse)
    return str(safe.to_csv(index=False, lineterminator="\n"))


def _graphml_value(value: object) -> str | int | float | bool | None:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping | list | tuple):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return str(value)


def _attrs(items: Iterable[tuple[Any, Mapping[str, Any]]]) -> list[tuple[Any, dict[str, Any]]]:
    rows = [(key, {k: _graphml_value(v) for k, v in data.items()}) for key, data in items]
    # GraphML declares one type per attribute: where elements disagree, write them all as text.
    types: dict[str, set[type]] = {}
    for _, data in rows:
        for k, v in data.items():
            if v is not None:
                types.setdefault(k, set()).add(bool if isinstance(v, bool) else type(v))
    mixed = {k for k, seen in types.items() if len(seen) > 1}
    return [
        (key, {k: str(v) if k in mixed else v for k, v in sorted(data.items()) if v is not None})
        for key, data in rows
    ]


def graphml_text(graph: nx.Graph) -> str:
    """The claim graph (``Report.graph``) as GraphML that Gephi, Cytoscape and networkx read.

    Values GraphML cannot hold (None, dicts, lists) are dropped or written as JSON text; nodes
    and edges are written in sorted order so the same graph gives the same file.
    """
    out = graph.__class__()
    out.graph.update(_attrs([(None, graph.graph)])[0][1])
    out.add_nodes_from(_attrs(sorted(graph.nodes(data=True), key=lambda n: str(n[0]))))
    edges = sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), str(sorted(e[2]))))
    for (u, v), data in _attrs(((u, v), d) for u, v, d in edges):
        out.add_edge(u, v, **data)
    return "\n".join(nx.generate_graphml(out)) + "\n"


def _subject_labels(report: Mapping[str, Any]) -> dict[str, str]:
    return {s["id"]: s.get("label") or s["id"] for s in report.get("subjects", [])}


def _conflict_reasons(report: Mapping[str, Any]) -> dict[str, list[str]]:
    reasons: dict[str, list[str]] = {}
    for finding in report.get("findings", []):
        if finding.get("kind") == "conflict":
            for claim in finding.get("claims", []):
                reasons.setdefault(claim, []).append(finding.get("message", ""))
    return reasons


def claimreview_items(
    report: Mapping[str, Any], review_url: str | None = None, publisher: str | None = None
) -> list[dict[str, Any]]:
    """schema.org ClaimReview items, one per contradicted or unsupported claim.

    ``review_url`` is where the published review lives (each item gets ``review_url#claim-ID``);
    ``publisher`` names the organisation that publishes the review.
    """
    sources = {s["id"]: s for s in report.get("sources", [])}
    labels = _subject_labels(report)
    reasons = _conflict_reasons(report)
    items = []
    for claim in report.get("claims", []):
        status = claim.get("status")
        if status not in RATINGS:
            continue
        value, verdict = RATINGS[status]
        source = sources.get(claim["source"], {})
        appearance: dict[str, Any] = {
            "@type": "CreativeWork",
            "name": source.get("title") or claim["source"],
        }
        if source.get("url"):
            appearance["url"] = source["url"]
        explanation = (
            "; ".join(sorted(set(reasons.get(claim["id"], []))))
            if status == "contradicted"
            else "No other source gives this figure and it cites no reference."
        )
        item: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": f"{labels.get(claim['subject'], claim['subject'])}: "
            f"{(claim.get('value') or {}).get('text', '')}",
            "itemReviewed": {
                "@type": "Claim",
                "text": claim.get("quote", ""),
                "appearance": appearance,
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "worstRating": 1,
                "bestRating": 5,
                "alternateName": verdict,
                "ratingExplanation": explanation,
            },
        }
        if review_url:
            item["url"] = f"{review_url}#claim-{claim['id']}"
        if publisher:
            item["author"] = {"@type": "Organization", "name": publisher}
        items.append(item)
    return items


def claimreview_text(
    report: Mapping[str, Any], review_url: str | None = None, publisher: str | None = None
) -> str:
    """The ClaimReview items as one JSON-LD document (a list of items)."""
    return (
        json.dumps(
            claimreview_items(report, review_url, publisher),
            indent=2,
            sort_keys=True,
            ensure_ascii=False,
        )
        + "\n"
    )

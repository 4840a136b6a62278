"""The HTML report's page model: a compact, index-based view of ``Report.to_dict()``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.report.graph import group_node

#: Order of the fields of one claim row in the page data (the page's script reads them by index).
CLAIM_FIELDS = (
    "id",
    "source",
    "subject",
    "group",
    "status",
    "value",
    "quote",
    "before",
    "after",
    "line",
)


def _trim_before(text: str, limit: int) -> str:
    return text if len(text) <= limit else "…" + text[len(text) - limit :]


def _trim_after(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _context_text(context: Mapping[str, Any] | None) -> str:
    if not context:
        return ""
    return ", ".join(f"{k}: {context[k]}" for k in sorted(context))


#: Characters of context kept around all quotes together (each side), so that large corpora
#: keep less context per claim and the page stays a few megabytes.
EXCERPT_BUDGET = 700_000


def page_data(
    report: Mapping[str, Any],
    excerpt_chars: int = 160,
    order: Sequence[str] = (),
    reasons: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Turn a report dict (REPORT_DATA.md) into the compact data the page's script renders.

    Claims become rows of ``CLAIM_FIELDS``; sources, subjects and value groups are referred to by
    their index; excerpts are cut to at most ``excerpt_chars`` on each side of the quote, and
    fewer when there are many claims (``EXCERPT_BUDGET``), to bound the page's size. ``reasons``
    gives each conflict's reason by fingerprint (``html.conflict_reasons``), shown under its
    subject; a conflict it lacks shows its whole message.
    """
    sources: Sequence[Mapping[str, Any]] = report.get("sources", [])
    subjects: Sequence[Mapping[str, Any]] = report.get("subjects", [])
    claims: Sequence[Mapping[str, Any]] = report.get("claims", [])
    source_index = {s["id"]: i for i, s in enumerate(sources)}
    subject_index = {s["id"]: i for i, s in enumerate(subjects)}
    claim_index = {c["id"]: i for i, c in enumerate(claims)}

    groups: list[dict[str, Any]] = []
    group_index: dict[str, int] = {}
    node_index: dict[str, int] = {}
    subject_rows: list[dict[str, Any]] = []
    for si, subject in enumerate(subjects):
        members: list[int] = []
        for group in subject.get("groups", []):
            value = group.get("value") or {}
            group_index[group["id"]] = len(groups)
            node_index[group_node(group["id"])] = len(groups)
            members.append(len(groups))
            groups.append(
                {
                    "subject": si,
                    "value": value.get("text", ""),
                    "low": value.get("low"),
                    "high": value.get("high"),
                    "qualifier": value.get("qualifier", "="),
                    "context": _context_text(group.get("context")),
                    "claims": [claim_index[c] for c in group.get("claims", []) if c in claim_index],
                    "sources": len(group.get("sources", [])),
                }
            )
        subject_rows.append(
            {
                "id": subject["id"],
                "label": subject.get("label") or subject["id"],
                "unit": "" if subject.get("unit") in (None, "dimensionless") else subject["unit"],
                "kind": subject.get("kind", "value"),
                "groups": members,
            }
        )

    excerpt_chars = min(excerpt_chars, max(40, EXCERPT_BUDGET // max(1, len(claims))))
    claim_rows = []
    for claim in claims:
        excerpt = claim.get("excerpt") or {}
        group = claim.get("group")
        claim_rows.append(
            [
                claim["id"],
                source_index.get(claim["source"], -1),
                subject_index.get(claim["subject"], -1),
                group_index.get(group, -1) if group else -1,
                claim.get("status", ""),
                (claim.get("value") or {}).get("text", ""),
                claim.get("quote", ""),
                _trim_before(excerpt.get("before", ""), excerpt_chars),
                _trim_after(excerpt.get("after", ""), excerpt_chars),
                claim.get("line") or 0,
            ]
        )

    edges = []
    for edge in report.get("graph", {}).get("edges", []):
        relation = edge.get("relation")
        if relation not in ("agrees", "conflicts"):
            continue
        a = node_index.get(str(edge["source"]))
        b = node_index.get(str(edge["target"]))
        if a is not None and b is not None:
            edges.append([a, b, relation, edge.get("reason", "")])

    conflicts: list[list[Any]] = []
    unsupported: list[int] = []
    unanchored: list[list[Any]] = []
    for finding in report.get("findings", []):
        kind = finding.get("kind")
        ids = [claim_index[c] for c in finding.get("claims", []) if c in claim_index]
        if kind == "conflict" and len(finding.get("sides", [])) == 2:
            side_a, side_b = (
                [claim_index[c] for c in side if c in claim_index] for side in finding["sides"]
            )
            subject_at = subject_index.get(finding.get("subject") or "", -1)
            message = str(finding.get("message", ""))
            reason = (reasons or {}).get(str(finding.get("fingerprint")), message)
            conflicts.append([subject_at, reason, side_a, side_b])
        elif kind == "unsupported":
            unsupported.extend(ids)
        elif kind == "unanchored":
            unanchored.extend([i, finding.get("message", "")] for i in ids)
    conflicts.sort(key=lambda c: (c[0], c[1], c[2], c[3]))

    # Unsupported numbers, most specific first: in ``order`` (claim ids, from
    # factcheck.report.specificity), claims it does not name last, in claims-file order.
    position = {claim_id: n for n, claim_id in enumerate(order)}

    def _rank(i: int) -> tuple[int, int]:
        return position.get(claims[i]["id"], len(position)), i

    return {
        "summary": dict(report.get("summary", {})),
        "sources": [
            {
                key: s.get(key)
                for key in (
                    "id",
                    "title",
                    "url",
                    "path",
                    "kind",
                    "claims",
                    "corroborated",
                    "contradicted",
                    "unsupported",
                    "verified",
                    "cited",
                    "unanchored",
                )
            }
            for s in sources
        ],
        "subjects": subject_rows,
        "groups": groups,
        "claimFields": list(CLAIM_FIELDS),
        "claims": claim_rows,
        "edges": sorted(edges, key=lambda e: (e[0], e[1], e[2])),
        "conflicts": conflicts,
        "unsupported": sorted(set(unsupported), key=_rank),
        "unanchored": sorted(unanchored),
    }

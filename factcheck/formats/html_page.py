"""The HTML report's page model: compact, index-based data with every view already computed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from factcheck.formats.html_views import (
    conflict_reason,
    consensus_rows,
    group_conflicts,
    quote_marks,
    unsupported_order,
)
from factcheck.report.data import EXCERPT, group_value
from factcheck.report.findings import Kind
from factcheck.report.model import Report
from factcheck.report.results import Status
from factcheck.rules.conflict import Dispute
from factcheck.values.unitnames import unit_words

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
    "marks",
)

#: The source fields the page shows (its name, path, kind and per-status counts).
SOURCE_FIELDS = (
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

#: Characters of context kept around all quotes together (each side), so that large corpora
#: keep less context per claim and the page stays a few megabytes.
EXCERPT_BUDGET = 700_000


def excerpt_limit(excerpt_chars: int, claims: int) -> int:
    """Characters of context kept on each side of a quote: ``excerpt_chars``, fewer (at least 40)
    when ``claims`` quotes would take more than ``EXCERPT_BUDGET`` together."""
    return min(excerpt_chars, max(40, EXCERPT_BUDGET // max(1, claims)))


def _trim_before(text: str, limit: int) -> str:
    return text if len(text) <= limit else "…" + text[len(text) - limit :]


def _trim_after(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _unit_shown(unit: str | None) -> str:
    """A subject's unit as its chart's axis and heading show it: ``hours``, ``°C``, ``mg``."""
    return "" if unit in (None, "dimensionless") else unit_words(unit, plural=True)


def _context_text(context: Mapping[str, Any] | None) -> str:
    if not context:
        return ""
    return ", ".join(f"{k}: {context[k]}" for k in sorted(context))


def _sources(report: Report) -> list[dict[str, Any]]:
    sources = report.corpus.sources
    rows = []
    for figures in report.figures:
        source = sources[figures.source]
        row: dict[str, Any] = {
            "id": source.id,
            "title": source.title,
            "url": source.url,
            "path": source.path,
            "kind": str(source.kind),
            "claims": figures.claims,
        }
        row.update({key: figures.counts.get(Status(key), 0) for key in SOURCE_FIELDS[6:]})
        rows.append(row)
    return rows


def page_data(report: Report, excerpt_chars: int = 160) -> dict[str, Any]:
    """The compact data the page's script draws, from the report and its views.

    Claims become rows of ``CLAIM_FIELDS``; sources, subjects and value groups are referred to by
    their index. The script computes nothing: each quote carries the offsets of its claimed
    numbers, each subject its consensus, each group whether it is in conflict, each conflict its
    reason. Excerpts are cut to ``excerpt_limit`` characters on each side of the quote.
    """
    # Read from the report itself, not Report.to_dict(): the page needs a few fields of it, and
    # the whole dict (findings, graph) is most of the export's time at 100,000 claims.
    corpus = report.corpus
    sources = _sources(report)
    source_index = {s["id"]: i for i, s in enumerate(sources)}
    subject_index = {s: i for i, s in enumerate(corpus.subjects)}
    claim_index = {c: i for i, c in enumerate(report.results)}
    in_conflict = group_conflicts(report)
    consensus = consensus_rows(report)

    groups: list[dict[str, Any]] = []
    group_index: dict[str, int] = {}
    subject_rows: list[dict[str, Any]] = []
    for si, subject in enumerate(corpus.subjects.values()):
        members: list[int] = []
        for group in report.groups.get(subject.id, ()):
            value = group_value(group, subject.unit)
            group_index[group.id] = len(groups)
            members.append(len(groups))
            groups.append(
                {
                    "subject": si,
                    "value": value["text"],
                    "low": value["low"],
                    "high": value["high"],
                    "qualifier": value["qualifier"],
                    "context": _context_text(dict(group.context)),
                    "claims": [claim_index[c] for c in group.claims],
                    "sources": len(group.sources),
                    "conflict": int(group.id in in_conflict),
                }
            )
        disputed, points = consensus.get(subject.id, (0, []))
        stated_by = {s for group in report.groups.get(subject.id, ()) for s in group.sources}
        subject_rows.append(
            {
                "id": subject.id,
                "label": subject.label or subject.id,
                "unit": _unit_shown(subject.unit),
                # Subjects of one source fold behind one line, as in the terminal report.
                "sources": len(stated_by),
                "kind": str(subject.kind),
                "groups": members,
                "disputed": disputed,
                "consensus": points,
            }
        )

    limit = excerpt_limit(excerpt_chars, len(claim_index))
    claim_rows: list[list[Any]] = []
    for result in report.results.values():
        claim, loc = result.claim, result.location
        before = after = ""
        if loc is not None:
            text = corpus.sources[claim.source].text.text
            start, end = loc.span
            before = text[max(0, start - EXCERPT) : start]
            after = text[end : end + EXCERPT]
        claim_rows.append(
            [
                claim.id,
                source_index.get(claim.source, -1),
                subject_index.get(claim.subject, -1),
                group_index.get(result.group, -1) if result.group else -1,
                str(result.status),
                claim.value.text,
                claim.quote,
                _trim_before(before, limit),
                _trim_after(after, limit),
                (loc.line if loc else None) or 0,
                quote_marks(claim.quote, claim),
            ]
        )

    # Summarized subjects' groups are linked to their neighbours in value order only.
    adjacent = [r for spread in report.spreads.values() for r in spread.adjacent]
    edges = [
        [group_index[r.a], group_index[r.b], "agrees" if r.agrees else "conflicts", r.reason]
        for r in [*report.relations, *adjacent]
    ]

    conflicts: list[list[Any]] = []
    spreads: list[list[Any]] = []
    unsupported: list[int] = []
    unanchored: list[list[Any]] = []
    for finding in report.findings:
        ids = [claim_index[c] for c in finding.claims if c in claim_index]
        if finding.kind is Kind.CONFLICT and len(finding.sides) == 2:
            side_a, side_b = ([claim_index[c] for c in side] for side in finding.sides)
            subject_at = subject_index.get(finding.subject or "", -1)
            # Each side's sources, and how many of its claims are still drafts.
            results = report.results
            counts = [len({results[c].claim.source for c in side}) for side in finding.sides]
            drafts = len(report.drafts_of(finding))
            # The chance of a low-chance join it rests on (grouping unsure), or null.
            unsure = report.unsure_grouping(finding)
            chance = round(unsure.chance, 2) if unsure is not None else None
            conflicts.append(
                [subject_at, conflict_reason(finding), side_a, side_b, *counts, drafts, chance]
            )
        elif isinstance(finding.reason, Dispute):
            # A summarized subject's conflict: its value groups in dispute, not pairs.
            subject_at = subject_index.get(finding.subject or "", -1)
            members = [group_index[g.id] for g in finding.reason.groups]
            spreads.append([subject_at, conflict_reason(finding), members])
        elif finding.kind is Kind.UNSUPPORTED:
            unsupported.extend(ids)
        elif finding.kind is Kind.UNANCHORED:
            unanchored.extend([i, finding.message] for i in ids)
    conflicts.sort(key=lambda c: (c[0], c[1], c[2], c[3]))

    # Unsupported numbers, most specific first (factcheck.report.specificity), as in the terminal.
    position = {claim_id: n for n, claim_id in enumerate(unsupported_order(report))}

    def _rank(i: int) -> tuple[int, int]:
        return position.get(claim_rows[i][0], len(position)), i

    page: dict[str, Any] = {
        "summary": dict(report.summary),
        "sources": sources,
        "subjects": subject_rows,
        "groups": groups,
        "claimFields": list(CLAIM_FIELDS),
        "claims": claim_rows,
        "edges": sorted(edges, key=lambda e: (e[0], e[1], e[2])),
        "conflicts": conflicts,
        "unsupported": sorted(set(unsupported), key=_rank),
        "unanchored": sorted(unanchored),
    }
    if spreads:
        # Only when there are any, so that the page data of other reports stays as it was.
        page["spreads"] = sorted(spreads)
    return page

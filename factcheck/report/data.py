"""The report as plain data: DESIGN.md's JSON contract plus what the readable reports need."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from math import isfinite
from typing import TYPE_CHECKING, Any

from factcheck.report.findings import Finding, Location
from factcheck.report.graph import graph_edges, graph_nodes, group_edges, memberships
from factcheck.report.results import ClaimResult, Group, Status
from factcheck.rules.conflict import Dispute
from factcheck.values.quantity import Quantity

if TYPE_CHECKING:
    from factcheck.report.model import Report

EXCERPT = 200
"""Characters of source text kept on each side of a quote, for reports that show it in context."""


@dataclass(frozen=True)
class Items:
    """A JSON array made on demand, item by item: a part of the report that grows with the
    corpus (claims, graph nodes), so that a writer never holds all of it (``plain`` lists it)."""

    produce: Callable[[], Iterable[Any]]
    """Called once per use; its items are plain data, ``Items`` or ``Fields``."""
    encoded: Callable[[int, int], Iterable[bytes | list[Any]]] | None = None
    """Optionally, for a JSON writer, the same items a batch at a time, given the array's level
    and a batch size: each batch as the JSON text ``formats.json_write`` lays a batch out in
    (escaped as ``escape.json_bytes`` escapes), or as a list of plain items where it was not
    made."""


@dataclass(frozen=True)
class Fields:
    """A JSON object given member by member, in order; its values may be ``Items`` or ``Fields``."""

    members: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Beside:
    """A member of a document's ``Fields`` that a writer may make in another process while it
    writes the members before it (a large report's claim graph, written after its claims)."""

    value: Any
    """Plain data, ``Items`` or ``Fields``."""
    size: int
    """About how many items it holds: whether another process pays."""


def plain(value: Any) -> Any:
    """``Items``, ``Fields`` and ``Beside`` made lists and dicts, all the way down; plain data as
    it is."""
    if isinstance(value, Beside):
        return plain(value.value)
    if isinstance(value, Fields):
        return {key: plain(member) for key, member in value.members}
    if isinstance(value, Items):
        return [plain(item) for item in value.produce()]
    return value


def _number(x: float) -> float:
    """A float for JSON, which has no NaN or infinity (loading refuses values that convert to
    one, so this is a bug if it raises)."""
    if not math.isfinite(x):
        raise ValueError(f"{x} is not a JSON number")
    return x


def location_dict(location: Location) -> dict[str, Any]:
    return {
        "source": location.source,
        "path": location.path,
        "span": list(location.span),
        "focus": list(location.focus) if location.focus else None,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
    }


def group_value(group: Group, unit: str | None) -> dict[str, Any]:
    """A value group's value as JSON: its text, and its ends in the subject's unit."""
    q = group.quantity
    return {
        "text": group.text,
        "low": _number(q.lo) if q else None,
        "high": _number(q.hi) if q else None,
        "unit": unit if q else None,
        "qualifier": str(q.qualifier) if q else "=",
    }


def group_dict(group: Group, unit: str | None) -> dict[str, Any]:
    """A value group as JSON (``subjects[].groups[]``, and a summarized conflict's ``groups``)."""
    return {
        "id": group.id,
        "value": group_value(group, unit),
        "context": dict(group.context),
        "claims": list(group.claims),
        "sources": list(group.sources),
    }


def finding_dict(finding: Finding, unit: str | None = None) -> dict[str, Any]:
    """A finding as JSON; ``unit`` is its subject's (for a summarized conflict's groups)."""
    data: dict[str, Any] = {
        "kind": str(finding.kind),
        "severity": str(finding.severity),
        "subject": finding.subject,
        "claims": list(finding.claims),
    }
    if finding.sides:
        data["sides"] = [list(side) for side in finding.sides]
    if isinstance(finding.reason, Dispute):
        data["groups"] = [group_dict(g, unit) for g in finding.reason.groups]
    data.update(
        message=finding.message,
        fingerprint=finding.fingerprint,
        locations=[location_dict(loc) for loc in finding.locations],
    )
    if finding.suppression is not None:
        data["suppressed"] = finding.suppression.words()
    if finding.extra:
        data["details"] = dict(finding.extra)
    return data


def _finding(report: Report, finding: Finding) -> dict[str, Any]:
    """A finding as JSON, with the claims it rests on that are still drafts (``drafts``) and, for
    a conflict grouped by a low-chance join, that chance and those drafts (``grouping_unsure``)."""
    data = finding_dict(finding, _unit(report, finding.subject))
    drafts = report.drafts_of(finding)
    if drafts:
        data["drafts"] = list(drafts)
    unsure = report.unsure_grouping(finding)
    if unsure is not None:
        data["grouping_unsure"] = {"chance": unsure.chance, "claims": list(unsure.claims)}
    return data


def report_dict(report: Report) -> dict[str, Any]:
    """Every key of DESIGN.md's JSON output, in its order, then the extra keys renderers use."""
    data: dict[str, Any] = plain(report_document(report))
    return data


ClaimsEncoder = Callable[
    [list[ClaimResult], dict[str, str], dict[str, str | None], int], bytes | None
]
NodesEncoder = Callable[[list[tuple[str, ClaimResult]], int], bytes | None]
EdgesEncoder = Callable[[list[str], dict[str, str], int], bytes | None]


@dataclass(frozen=True)
class Encoders:
    """Writers of the report's per-claim arrays as JSON text, a batch at a time
    (``formats.json_native``): each answers a batch's text as ``formats.json_write`` lays a
    batch out, or None to have the batch's items made here."""

    claims: ClaimsEncoder
    """A batch of claim results, given each source's text and each subject's unit."""
    claim_nodes: NodesEncoder
    """A batch of (claim id, result) as the graph's claim nodes."""
    member_edges: EdgesEncoder
    """A batch of claim ids as their edges to their groups, given each claim's group node."""


def report_document(report: Report, encoders: Encoders | None = None) -> Fields:
    """``report_dict`` with its long parts (sources, claims, findings, subjects, the graph's
    nodes and edges) as ``Items``, made only while a writer takes them; with ``encoders``, the
    per-claim arrays also as text a batch at a time (``Items.encoded``)."""
    claims = Items(lambda: _claims(report))
    nodes = Items(lambda: _nodes(report))
    edges = Items(lambda: _edges(report))
    if encoders is not None:
        made = encoders
        claims = Items(
            claims.produce, lambda level, size: _claim_batches(report, made.claims, level, size)
        )
        nodes = Items(
            nodes.produce, lambda level, size: _node_batches(report, made.claim_nodes, level, size)
        )
        edges = Items(
            edges.produce,
            lambda level, size: _edge_batches(report, made.member_edges, level, size),
        )
    members: list[tuple[str, Any]] = [
        ("version", 1),
        ("summary", {**report.summary, "drafts": len(report.drafts)}),
        ("sources", Items(lambda: _sources(report))),
        ("claims", claims),
        (
            "findings",
            Items(lambda: (_finding(report, f) for f in report.findings)),
        ),
        ("subjects", Items(lambda: _subjects(report))),
        (
            "graph",
            Beside(
                Fields(
                    (
                        ("nodes", nodes),
                        ("edges", edges),
                    )
                ),
                len(report.results),
            ),
        ),
    ]
    if report.baseline is not None:
        members.append(
            (
                "baseline",
                {
                    "file": report.baseline.path,
                    "suppressed": report.baseline.suppressed,
                    "stale": [
                        {"fingerprint": e.fingerprint, "kind": e.kind, "message": e.message}
                        for e in report.baseline.stale
                    ],
                },
            )
        )
    if report.coverage is not None:
        members.append(
            (
                "coverage",
                {
                    "numbers": report.coverage.numbers,
                    "covered": report.coverage.covered,
                    "percent": round(report.coverage.percent, 2),
                    "sources": [
                        {"source": s.source, "numbers": s.numbers, "covered": s.covered,
                         "percent": round(s.percent, 2)}
                        for s in report.coverage.sources
                    ],
                },
            )
        )  # fmt: skip
    return Fields(tuple(members))


def _sources(report: Report) -> Iterator[dict[str, Any]]:
    corpus = report.corpus
    for figures in report.figures:
        source = corpus.sources[figures.source]
        item = {
            "id": source.id,
            "path": source.path,
            "kind": str(source.kind),
            "title": source.title,
            "url": source.url,
            "claims": figures.claims,
            **{str(s): figures.counts.get(s, 0) for s in _SOURCE_COUNTS},
        }
        if corpus.several:  # the set form: which of the claims files declares it
            item["claims_file"] = corpus.file_of(source)
        yield item


def _claims(report: Report) -> Iterator[dict[str, Any]]:
    units, texts = _looked_up(report)
    return _claim_items(report, report.results.values(), units, texts)


def _looked_up(report: Report) -> tuple[dict[str, str | None], dict[str, str]]:
    """Each subject's unit and each source's text: looked up once per subject and source, not
    once per claim (a million claims)."""
    corpus = report.corpus
    units = {subject.id: subject.unit for subject in corpus.subjects.values()}
    texts = {source.id: source.text.text for source in corpus.sources.values()}
    return units, texts


def _claim_batches(
    report: Report, encode: ClaimsEncoder, level: int, size: int
) -> Iterator[bytes | list[dict[str, Any]]]:
    """The claims a batch at a time, as ``encode`` writes them or, where it answers None (or
    the corpus has several claims files), as items."""
    units, texts = _looked_up(report)
    results = iter(report.results.values())
    several = report.corpus.several
    while batch := list(itertools.islice(results, size)):
        text = None if several else encode(batch, texts, units, level)
        yield text if text is not None else list(_claim_items(report, batch, units, texts))


def _claim_items(
    report: Report,
    results: Iterable[ClaimResult],
    units: dict[str, str | None],
    texts: dict[str, str],
) -> Iterator[dict[str, Any]]:
    corpus = report.corpus
    several = corpus.several
    for result in results:
        claim = result.claim
        loc = result.location
        line: int | None
        column: int | None
        if loc is not None:
            start, end = loc.span
            text = texts[claim.source]
            span: list[int] | None = [start, end]
            focus = list(loc.focus) if loc.focus else None
            line, column = loc.line, loc.column
            before = text[start - EXCERPT : start] if start > EXCERPT else text[:start]
            after = text[end : end + EXCERPT]
        else:
            span = focus = line = column = None
            before = after = ""
        # `_value`, made inline: once per claim.
        quantity: Quantity | None = claim.quantity
        value: dict[str, Any]
        if quantity is None:
            value = {
                "text": claim.value.text,
                "label": claim.value.label,
                "low": None,
                "high": None,
                "unit": None,
            }
        else:
            low, high = quantity.lo, quantity.hi
            if not (isfinite(low) and isfinite(high)):
                _number(low)
                _number(high)
            value = {
                "text": claim.value.text,
                "low": low,
                "high": high,
                "unit": units[claim.subject],
                "qualifier": str(quantity.qualifier),
            }
        item = {
            "id": claim.id,
            "source": claim.source,
            "subject": claim.subject,
            "value": value,
            "quote": claim.quote,
            "span": span,
            "focus": focus,
            "line": line,
            "column": column,
            "status": str(result.status),
            "group": result.group,
            "context": dict(claim.context),
            "cites": list(claim.cites),
            "review": str(claim.review),
            "note": claim.note,
            "excerpt": {"before": before, "after": after},
        }
        if several:
            item["claims_file"] = corpus.file_of(claim)
        yield item


def _subjects(report: Report) -> Iterator[dict[str, Any]]:
    for subject in report.corpus.subjects.values():
        yield {
            "id": subject.id,
            "label": subject.label,
            "unit": subject.unit,
            "kind": str(subject.kind),
            "tolerance": subject.tolerance.text,
            "groups": [group_dict(g, subject.unit) for g in report.groups.get(subject.id, ())],
        }


def _nodes(report: Report) -> Iterator[dict[str, Any]]:
    return itertools.chain(_claim_nodes(report.results.items()), _group_nodes(report))


def _group_nodes(report: Report) -> Iterator[dict[str, Any]]:
    return ({"id": node, **attrs} for node, attrs in graph_nodes({}, report.groups))


def _claim_nodes(results: Iterable[tuple[str, ClaimResult]]) -> Iterator[dict[str, Any]]:
    """``graph.claim_node_item`` of each claim, made inline (a node per claim)."""
    for claim_id, result in results:
        claim = result.claim
        yield {
            "id": "claim:" + claim_id,
            "type": "claim",
            "label": claim_id,
            "source": claim.source,
            "subject": claim.subject,
            "value": claim.value.text,
            "status": str(result.status),
        }


def _node_batches(
    report: Report, encode: NodesEncoder, level: int, size: int
) -> Iterator[bytes | list[dict[str, Any]]]:
    """``_nodes`` a batch at a time: the claims' as ``encode`` writes them (or as items where
    it answers None), then the groups' items."""
    pairs = iter(report.results.items())
    while batch := list(itertools.islice(pairs, size)):
        text = encode(batch, level)
        yield text if text is not None else list(_claim_nodes(batch))
    groups = _group_nodes(report)
    while items := list(itertools.islice(groups, size)):
        yield items


def _edges(report: Report) -> Iterator[dict[str, Any]]:
    member_of, more = memberships(report.groups)
    if more:  # a claim in several groups: never in a check's report
        edges = graph_edges(report.results, report.groups, list(report.relations), report.spreads)
        return ({"source": a, "target": b, **attrs} for a, b, attrs in edges)
    return itertools.chain(_member_edges(report.results, member_of), _group_links(report))


def _group_links(report: Report) -> Iterator[dict[str, Any]]:
    links = group_edges(report.groups, list(report.relations), report.spreads)
    return ({"source": a, "target": b, **attrs} for a, b, attrs in links)


def _member_edges(claim_ids: Iterable[str], member_of: dict[str, str]) -> Iterator[dict[str, Any]]:
    """``graph_edges``'s edge from each claim to its group, made inline (an edge per claim)."""
    for claim_id in claim_ids:
        member = member_of.get(claim_id)
        if member is not None:
            yield {"source": "claim:" + claim_id, "target": member, "relation": "member"}


def _edge_batches(
    report: Report, encode: EdgesEncoder, level: int, size: int
) -> Iterator[bytes | list[dict[str, Any]]]:
    """``_edges`` a batch at a time: the claims' member edges as ``encode`` writes them (or
    as items where it answers None), then the links between groups."""
    member_of, more = memberships(report.groups)
    rest: Iterator[dict[str, Any]]
    if more:
        rest = _edges(report)
    else:
        ids = iter(report.results)
        while batch := list(itertools.islice(ids, size)):
            text = encode(batch, member_of, level)
            part = text if text is not None else list(_member_edges(batch, member_of))
            if part:  # no claim of the batch in a group: nothing to write
                yield part
        rest = _group_links(report)
    while items := list(itertools.islice(rest, size)):
        yield items


def _unit(report: Report, subject: str | None) -> str | None:
    found = report.corpus.subjects.get(subject) if subject else None
    return found.unit if found else None


_SOURCE_COUNTS = (
    Status.CORROBORATED,
    Status.CONTRADICTED,
    Status.UNSUPPORTED,
    Status.VERIFIED,
    Status.CITED,
    Status.UNANCHORED,
)

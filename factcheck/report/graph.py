"""The claim graph (networkx): claims linked to their value groups, groups linked by agrees/conflicts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import repeat
from typing import TYPE_CHECKING, Any

from factcheck.corpus.model import Corpus
from factcheck.report.results import Group, Relation, Spread

if TYPE_CHECKING:
    import networkx as nx

    from factcheck.report.results import ClaimResult

Attributes = dict[str, Any]


def claim_node(claim_id: str) -> str:
    return f"claim:{claim_id}"


def group_node(group_id: str) -> str:
    return f"group:{group_id}"


_MEMBER: Attributes = {"relation": "member"}


def claim_node_item(claim_id: str, result: ClaimResult) -> Attributes:
    """A claim's node as the JSON graph lists it: its id, then its attributes (one dict: a
    report lists a node per claim)."""
    claim = result.claim
    return {
        "id": f"claim:{claim_id}",
        "type": "claim",
        "label": claim_id,
        "source": claim.source,
        "subject": claim.subject,
        "value": claim.value.text,
        "status": str(result.status),
    }


def _claim_attributes(claim_id: str, result: ClaimResult) -> Attributes:
    attributes = claim_node_item(claim_id, result)
    del attributes["id"]
    return attributes


def _group_attributes(group: Group) -> Attributes:
    return {
        "type": "group",
        "label": group.text,
        "subject": group.subject,
        "size": len(group.claims),
        "sources": len(group.sources),
    }


def _links(
    relations: list[Relation], spreads: Mapping[str, Spread] | None
) -> Iterator[tuple[str, str, Attributes]]:
    """The edges between groups: their relations, then the summarized subjects' neighbours."""
    for relation in [
        *relations,
        *(r for subject in (spreads or {}).values() for r in subject.adjacent),
    ]:
        yield (
            group_node(relation.a),
            group_node(relation.b),
            {"relation": "agrees" if relation.agrees else "conflicts", "reason": relation.reason},
        )


def build_graph(
    corpus: Corpus,
    results: Mapping[str, ClaimResult],
    groups: Mapping[str, tuple[Group, ...]],
    relations: list[Relation],
    spreads: Mapping[str, Spread] | None = None,
) -> nx.Graph:
    """Claims sharing a value group link to the group, never to each other: edges grow with groups.

    Groups are linked by their relations; the groups of a summarized subject (``spreads``), which
    have none, are linked only to the next comparable group in value order (``Spread.adjacent``),
    so that edges grow with the groups, not with their pairs. Attributes are plain strings and numbers so the graph exports to GraphML as it is.
    """
    import networkx as nx

    graph = nx.Graph(name=corpus.path)
    graph.add_nodes_from(
        (claim_node(claim_id), _claim_attributes(claim_id, result))
        for claim_id, result in results.items()
    )
    for subject_groups in groups.values():
        for group in subject_groups:
            node = group_node(group.id)
            graph.add_node(node, **_group_attributes(group))
            graph.add_edges_from((claim_node(c), node, _MEMBER) for c in group.claims)
    graph.add_edges_from(_links(relations, spreads))
    return graph


def graph_nodes(
    results: Mapping[str, ClaimResult], groups: Mapping[str, tuple[Group, ...]]
) -> Iterator[tuple[str, Attributes]]:
    """``build_graph(...).nodes(data=True)`` without building the graph: claims, then groups."""
    for claim_id, result in results.items():
        yield claim_node(claim_id), _claim_attributes(claim_id, result)
    for subject_groups in groups.values():
        for group in subject_groups:
            yield group_node(group.id), _group_attributes(group)


def graph_edges(
    results: Mapping[str, ClaimResult],
    groups: Mapping[str, tuple[Group, ...]],
    relations: list[Relation],
    spreads: Mapping[str, Spread] | None = None,
) -> Iterator[tuple[str, str, Attributes]]:
    """``build_graph(...).edges(data=True)`` without building the graph, in networkx's order:
    each node in turn (claims, then groups) with its edges to nodes not yet visited, in the order
    they were added. So each claim's member edge, then the links between groups."""
    member_of, more = memberships(groups)
    for claim_id in results:
        member = member_of.get(claim_id)
        if member is not None:
            yield claim_node(claim_id), member, _MEMBER
            if more and claim_id in more:
                for other in more[claim_id]:
                    yield claim_node(claim_id), other, _MEMBER
    yield from group_edges(groups, relations, spreads)


def memberships(
    groups: Mapping[str, tuple[Group, ...]],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each claim's group node, and any further ones (none in a check's report) by claim: one
    entry per claim, not a list each."""
    member_of: dict[str, str] = {}
    listed = 0
    for subject_groups in groups.values():
        for group in subject_groups:
            # A group at a time, at C speed; a claim listed twice shows in the count.
            member_of.update(zip(group.claims, repeat(group_node(group.id))))
            listed += len(group.claims)
    more: dict[str, list[str]] = {}
    if listed == len(member_of):
        return member_of, more
    member_of = {}
    for subject_groups in groups.values():
        for group in subject_groups:
            node = group_node(group.id)  # once per group, not once per member
            for claim_id in group.claims:
                if member_of.setdefault(claim_id, node) is not node:
                    more.setdefault(claim_id, []).append(node)
    return member_of, more


def group_edges(
    groups: Mapping[str, tuple[Group, ...]],
    relations: list[Relation],
    spreads: Mapping[str, Spread] | None = None,
) -> Iterator[tuple[str, str, Attributes]]:
    """``graph_edges`` after the claims' member edges: the links between groups, each from the
    group visited first."""
    links: dict[str, list[tuple[str, Attributes]]] = {}
    for a, b, attributes in _links(relations, spreads):
        links.setdefault(a, []).append((b, attributes))
        links.setdefault(b, []).append((a, attributes))
    visited: set[str] = set()
    for subject_groups in groups.values():
        for group in subject_groups:
            node = group_node(group.id)
            for other, attributes in links.get(node, ()):
                if other not in visited:
                    yield node, other, attributes
            visited.add(node)

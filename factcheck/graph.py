"""The claim graph (networkx): claims linked to their value groups, groups linked by agrees/conflicts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import networkx as nx

from factcheck.compare import Group, Relation
from factcheck.model import Corpus

if TYPE_CHECKING:
    from factcheck.report import ClaimResult


def claim_node(claim_id: str) -> str:
    return f"claim:{claim_id}"


def group_node(group_id: str) -> str:
    return f"group:{group_id}"


def build_graph(
    corpus: Corpus,
    results: Mapping[str, ClaimResult],
    groups: Mapping[str, tuple[Group, ...]],
    relations: list[Relation],
) -> nx.Graph:
    """Claims sharing a value group link to the group, never to each other: edges grow with groups.

    Attributes are plain strings and numbers so the graph exports to GraphML as it is.
    """
    graph = nx.Graph(name=corpus.path)
    for claim_id, result in results.items():
        claim = result.claim
        graph.add_node(
            claim_node(claim_id),
            type="claim",
            label=claim_id,
            source=claim.source,
            subject=claim.subject,
            value=claim.value.text,
            status=str(result.status),
        )
    for subject_groups in groups.values():
        for group in subject_groups:
            graph.add_node(
                group_node(group.id),
                type="group",
                label=group.text,
                subject=group.subject,
                size=len(group.claims),
                sources=len(group.sources),
            )
            for claim_id in group.claims:
                graph.add_edge(claim_node(claim_id), group_node(group.id), relation="member")
    for relation in relations:
        graph.add_edge(
            group_node(relation.a),
            group_node(relation.b),
            relation="agrees" if relation.agrees else "conflicts",
            reason=relation.reason,
        )
    return graph

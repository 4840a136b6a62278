"""The claim graph (networkx): claims linked to their value groups, groups linked by agrees/conflicts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import networkx as nx

from factcheck.corpus.model import Corpus
from factcheck.report.results import Group, Relation

if TYPE_CHECKING:
    from factcheck.report.results import ClaimResult


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
    graph.add_nodes_from(
        (
            claim_node(claim_id),
            {
                "type": "claim",
                "label": claim_id,
                "source": result.claim.source,
                "subject": result.claim.subject,
                "value": result.claim.value.text,
                "status": str(result.status),
            },
        )
        for claim_id, result in results.items()
    )
    member = {"relation": "member"}
    for subject_groups in groups.values():
        for group in subject_groups:
            node = group_node(group.id)
            graph.add_node(
                node,
                type="group",
                label=group.text,
                subject=group.subject,
                size=len(group.claims),
                sources=len(group.sources),
            )
            graph.add_edges_from((claim_node(c), node, member) for c in group.claims)
    graph.add_edges_from(
        (
            group_node(relation.a),
            group_node(relation.b),
            {"relation": "agrees" if relation.agrees else "conflicts", "reason": relation.reason},
        )
        for relation in relations
    )
    return graph

"""GraphML: the claim graph (``Report.graph``) for Gephi, Cytoscape and networkx."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from factcheck.formats.base import Formatter
from factcheck.problems import Problem
from factcheck.report.model import Report


def _plain(value: object) -> str | int | float | bool | None:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping | list | tuple):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return str(value)


def _attributes(rows: Iterable[tuple[Any, Mapping[str, Any]]]) -> list[tuple[Any, dict[str, Any]]]:
    plain = [(key, {k: _plain(v) for k, v in data.items()}) for key, data in rows]
    # GraphML declares one type per attribute: where elements disagree, write them all as text.
    types: dict[str, set[type]] = {}
    for _, data in plain:
        for k, v in data.items():
            if v is not None:
                types.setdefault(k, set()).add(type(v))
    mixed = {k for k, seen in types.items() if len(seen) > 1}
    return [
        (key, {k: str(v) if k in mixed else v for k, v in sorted(data.items()) if v is not None})
        for key, data in plain
    ]


def graph_graphml(graph: nx.Graph) -> str:
    """A networkx graph as GraphML text, nodes and edges in sorted order.

    Values GraphML cannot hold are dropped (None) or written as JSON text (dicts, lists), and an
    attribute whose type differs between elements is written as text everywhere.
    """
    out = graph.__class__()
    out.graph.update(_attributes([(None, graph.graph)])[0][1])
    out.add_nodes_from(_attributes(sorted(graph.nodes(data=True), key=lambda n: str(n[0]))))
    edges = sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    for (u, v), data in _attributes(((u, v), d) for u, v, d in edges):
        out.add_edge(u, v, **data)
    return "\n".join(nx.generate_graphml(out)) + "\n"


class GraphmlFormatter(Formatter):
    """The claim graph: claim and value-group nodes, member/agrees/conflicts edges."""

    def format(self, report: Report) -> str:
        return graph_graphml(report.graph)

    def format_problems(self, problems: Sequence[Problem]) -> str:
        graph = nx.Graph(problems=json.dumps([str(p) for p in problems], ensure_ascii=False))
        return graph_graphml(graph)

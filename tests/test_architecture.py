"""The package's import graph: no cycles, and stages import only the stages below them."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"

# Stages bottom-up (docs/architecture.md): a module may import its own stage and the ones before.
STAGES = (
    (
        "factcheck.problems",
        "factcheck.version",
        "factcheck._perf",
        "factcheck.extensions",
        "factcheck.words",
        "factcheck.files",
    ),
    ("factcheck.values",),
    ("factcheck.text",),
    ("factcheck.corpus",),
    ("factcheck.report", "factcheck.rules", "factcheck.check"),
    ("factcheck.formats", "factcheck.extract"),
    ("factcheck.cli",),
    ("factcheck", "factcheck.__main__"),
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(tree: ast.AST) -> list[ast.ImportFrom | ast.Import]:
    """Imports that run: those under ``if TYPE_CHECKING:`` are left out."""
    found: list[ast.ImportFrom | ast.Import] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append(child)
            visit(child)

    visit(tree)
    return found


def import_graph() -> nx.DiGraph:
    """Modules of ``factcheck`` and the ``factcheck`` modules each imports when it runs (function
    bodies included; a package's own ``__init__`` run by importing a submodule is not an edge)."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    graph.add_nodes_from(files)
    for name, path in files.items():
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif node.level == 0 and node.module:
                base = node.module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base
                           for a in node.names]  # fmt: skip
            else:
                raise AssertionError(f"{path}: relative import")
            graph.add_edges_from((name, t) for t in targets if t in files and t != name)
    return graph


def _stage(module: str) -> int:
    best = max(
        (prefix for stage in STAGES for prefix in stage
         if module == prefix or module.startswith(prefix + ".")),
        key=len,
    )  # fmt: skip
    return next(n for n, stage in enumerate(STAGES) if best in stage)


def test_the_graph_sees_every_module_and_real_imports() -> None:
    graph = import_graph()
    assert graph.number_of_nodes() > 60
    assert graph.has_edge("factcheck.check", "factcheck.check.anchor")
    assert graph.has_edge("factcheck.cli.check", "factcheck.formats")


def test_no_import_cycles() -> None:
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == []


@pytest.mark.parametrize("edge", sorted(import_graph().edges()), ids=lambda e: f"{e[0]}>{e[1]}")
def test_stages_import_only_stages_below(edge: tuple[str, str]) -> None:
    importer, imported = edge
    assert _stage(imported) <= _stage(importer), f"{importer} imports later stage {imported}"

"""The Report: every claim's status, the value groups and relations, findings, graph and figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factcheck.compare import Group, Relation
from factcheck.findings import Finding, Kind, Location
from factcheck.model import Claim, Corpus

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

EXCERPT = 200
"""Characters of source text kept on each side of a quote, for reports that show it in context."""


class Status(StrEnum):
    """One support status per claim (DESIGN.md: first match wins, top to bottom)."""

    CONTRADICTED = "contradicted"
    VERIFIED = "verified"
    CORROBORATED = "corroborated"
    CITED = "cited"
    UNSUPPORTED = "unsupported"
    REFERENCE = "reference"
    """A reference source's claim that nothing else backs: evidence, never unsupported."""
    UNANCHORED = "unanchored"
    """Quote not found or value not in it: left out of comparisons."""
    IGNORED = "ignored"
    """``status: ignored`` in the claims file."""


@dataclass(frozen=True)
class ClaimResult:
    """What the check concluded about one claim."""

    claim: Claim
    status: Status
    location: Location | None
    """Where the quote is in its source; None when the quote was not found."""
    group: str | None
    """Value group id; None when left out of comparisons."""


@dataclass(frozen=True)
class SourceFigures:
    """Per-source consistency: how its claims fared."""

    source: str
    claims: int
    counts: Mapping[Status, int]

    def share(self, status: Status) -> float:
        """Share of this source's claims with ``status`` (0 when it has none)."""
        return self.counts.get(status, 0) / self.claims if self.claims else 0.0


@dataclass(frozen=True)
class Report:
    """Everything a check computed; renderers only format it."""

    corpus: Corpus
    results: Mapping[str, ClaimResult]
    """By claim id, in claims-file order."""
    groups: Mapping[str, tuple[Group, ...]]
    """Value groups by subject id."""
    relations: tuple[Relation, ...]
    findings: tuple[Finding, ...]
    """Sorted by location, then kind."""
    figures: tuple[SourceFigures, ...]
    """One per source, in claims-file order."""

    @cached_property
    def graph(self) -> nx.Graph:
        """Claims, value groups, and agrees/conflicts edges with reasons (built on first use)."""
        from factcheck.graph import build_graph

        return build_graph(self.corpus, self.results, self.groups, list(self.relations))

    def count(self, kind: Kind) -> int:
        """How many findings of a kind (suppressed ones excluded)."""
        return sum(1 for f in self.findings if f.kind is kind and f.suppressed is None)

    @property
    def summary(self) -> dict[str, int]:
        """The corpus in numbers, as the JSON contract's ``summary``."""
        return {
            "sources": len(self.corpus.sources),
            "subjects": len(self.corpus.subjects),
            "claims": len(self.corpus.claims),
            "conflicts": self.count(Kind.CONFLICT),
            "unsupported": self.count(Kind.UNSUPPORTED),
            "unanchored": self.count(Kind.UNANCHORED),
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per claim: the corpus table plus status, group, line and column."""
        frame = self.corpus.to_frame()
        results = [self.results[c.id] for c in self.corpus.claims]
        frame["status"] = [str(r.status) for r in results]
        frame["group"] = [r.group for r in results]
        frame["line"] = [r.location.line if r.location else None for r in results]
        frame["column"] = [r.location.column if r.location else None for r in results]
        return frame

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of DESIGN.md, plus what the HTML and terminal reports need."""
        from factcheck.serialize import report_dict

        return report_dict(self)

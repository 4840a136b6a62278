"""The Report: every claim's status, the value groups and relations, findings, graph and figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factcheck.corpus.model import Corpus, Review
from factcheck.report.findings import Finding, Kind
from factcheck.report.results import (
    ClaimResult,
    Group,
    Relation,
    SourceFigures,
    Spread,
    UnsureGrouping,
)
from factcheck.rules import counts

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from factcheck.report.baseline import BaselineOutcome
    from factcheck.report.results import Coverage


@dataclass(frozen=True)
class Report:
    """Everything a check computed; renderers only format it."""

    corpus: Corpus
    results: Mapping[str, ClaimResult]
    """By claim id, in claims-file order."""
    groups: Mapping[str, tuple[Group, ...]]
    """Value groups by subject id."""
    relations: tuple[Relation, ...]
    """How the groups of subjects compared pair by pair relate (none of summarized subjects)."""
    findings: tuple[Finding, ...]
    """Sorted by location, then kind."""
    figures: tuple[SourceFigures, ...]
    """One per source, in claims-file order."""
    baseline: BaselineOutcome | None = None
    """What a baseline suppressed and which of its entries are stale (``check --baseline``)."""
    coverage: Coverage | None = None
    """How many of the sources' numbers claims cover (``check --coverage``)."""
    spreads: Mapping[str, Spread] = field(default_factory=dict)
    """Summarized subjects (more than ``PAIRWISE_GROUPS`` value groups) by id: where each of their
    groups stands, found without pairing them; their groups have no ``relations``."""

    @cached_property
    def graph(self) -> nx.Graph:
        """Claims, value groups, and agrees/conflicts edges with reasons (built on first use)."""
        from factcheck.report.graph import build_graph

        return build_graph(
            self.corpus, self.results, self.groups, list(self.relations), self.spreads
        )

    @cached_property
    def drafts(self) -> frozenset[str]:
        """Ids of the claims still drafts (``status: draft``): drafted by `extract`, not reviewed."""
        return frozenset(c.id for c in self.corpus.claims if c.review is Review.DRAFT)

    def drafts_of(self, finding: Finding) -> tuple[str, ...]:
        """The claims of a finding that are still drafts, in the finding's order: a finding that
        rests on drafts may be an extraction's mistake rather than the sources'."""
        return tuple(c for c in finding.claims if c in self.drafts)

    def unsure_grouping(self, finding: Finding) -> UnsureGrouping | None:
        """For a conflict resting on drafts that the pair model put beside the other sources'
        claims at a chance below ``UNSURE`` (``link_chance``), the lowest chance and those drafts:
        the conflict may be two different quantities grouped as one."""
        if finding.kind is not Kind.CONFLICT:
            return None
        unsure = []
        for claim_id in finding.claims:
            result = self.results.get(claim_id)
            chance = result.claim.unsure_link if result is not None else None
            if chance is not None:
                unsure.append((chance, claim_id))
        if not unsure:
            return None
        return UnsureGrouping(min(chance for chance, _ in unsure), tuple(c for _, c in unsure))

    def count(self, kind: Kind) -> int:
        """How many findings of a kind (suppressed ones excluded)."""
        return sum(1 for f in self.findings if f.kind is kind and f.suppression is None)

    @property
    def summary(self) -> dict[str, int]:
        """The corpus in numbers, as the JSON contract's ``summary``: sources, subjects, claims,
        then the findings of each kind the summaries count (``factcheck.rules.counts``)."""
        return {
            "sources": len(self.corpus.sources),
            "subjects": len(self.corpus.subjects),
            "claims": len(self.corpus.claims),
            **counts(self.findings),
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
        from factcheck.report.data import report_dict

        return report_dict(self)

"""The value types a check produces below the Report: claim results, value groups, relations, coverage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from factcheck._perf import quick_init
from factcheck.corpus.model import Claim, Context
from factcheck.report.findings import Location
from factcheck.values.quantity import Quantity

if TYPE_CHECKING:
    from factcheck.text.drift import Drift


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
class Unanchoring:
    """Why a claim could not be anchored, and where its quote may have gone."""

    problem: str
    """Anchoring's reason in words: ``quote not found in a.md: "…"``, ``value "5 mg" is not …``."""
    drift: Drift | None = None
    """For a quote not found: the source's closest text, when anything is similar enough."""
    closest: Location | None = None
    """Where that closest text is in the source (set with ``drift``)."""


@quick_init
@dataclass(frozen=True, slots=True)
class ClaimResult:
    """What the check concluded about one claim."""

    claim: Claim
    status: Status
    location: Location | None
    """Where the quote is in its source; None when the quote was not found."""
    group: str | None
    """Value group id; None when left out of comparisons."""
    unanchoring: Unanchoring | None = None
    """Why the claim is unanchored; None unless its status is ``unanchored``."""


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
class Group:
    """A value group: a subject's claims with the same normalized value and context."""

    id: str
    """``subject#n``, numbered in value order (independent of claim order)."""
    subject: str
    claims: tuple[str, ...]
    """Claim ids, sorted."""
    sources: tuple[str, ...]
    """Source ids of the claims, sorted and distinct."""
    text: str
    """The value in the subject's unit, e.g. ``1.5-4.5 mg``."""
    context: Context
    quantity: Quantity | None
    """Covers every member's interval; None for labels."""
    label: str | None = None


@dataclass(frozen=True)
class Relation:
    """How two comparable value groups relate."""

    a: str
    """The first group's id (value order)."""
    b: str
    """The second group's id."""
    agrees: bool
    """Whether both can be true."""
    reason: str
    """In words: ``lower bound 1.5 mg vs 0.5 mg``, ``50 mg within 50-100 mg``."""
    lower: bool | None = None
    """Whether the lower bounds agree, when two ranges of a ``kind: range`` subject were compared
    end by end; None when the groups were compared as wholes."""
    upper: bool | None = None
    """Whether the upper bounds agree (compared end by end, as ``lower``); else None."""


PAIRWISE_GROUPS = 12
"""The most value groups a subject may have and still be compared pair by pair (at most 66
pairs). A subject with more groups is *summarized*: its groups are placed by interval sweeps
(``Spread``), never paired, and its disagreement is one conflict finding listing the value groups
in dispute, instead of one finding per pair."""


@dataclass(frozen=True)
class Standing:
    """How one value group of a summarized subject stands among the subject's comparable groups,
    as interval sweeps tell it (no pair is compared)."""

    group: str
    """The group's id."""
    conflicts: bool
    """Whether some comparable group of the subject conflicts with it."""
    lower: bool = False
    """For a range of a ``kind: range`` subject: whether another range's lower bound disagrees
    with its own (the per-end verdicts that pairs of ranges give, as the consensus reads them)."""
    upper: bool = False
    """Whether another range's upper bound disagrees with its own (as ``lower``)."""


@dataclass(frozen=True)
class Spread:
    """A subject with more than ``PAIRWISE_GROUPS`` value groups: where each group stands, and
    the relations between groups next to each other in value order (the claim graph's edges)."""

    subject: str
    """The subject's id."""
    standings: tuple[Standing, ...]
    """One per value group, in group order."""
    adjacent: tuple[Relation, ...]
    """How each group relates to the next comparable one in group order (value order)."""

    @property
    def disputed(self) -> tuple[str, ...]:
        """Ids of the groups in conflict with some other group, in group order."""
        return tuple(s.group for s in self.standings if s.conflicts)


@dataclass(frozen=True)
class SourceCoverage:
    """How many of one source's numbers claims cover."""

    source: str
    numbers: int
    """Numbers counted in the source (page furniture excluded)."""
    covered: int
    """Of those, the ones inside some claim's quote."""

    @property
    def percent(self) -> float:
        """Covered share in percent; a source without numbers is fully covered."""
        return 100.0 * self.covered / self.numbers if self.numbers else 100.0


@dataclass(frozen=True)
class Coverage:
    """Coverage per source (claims-file order) and overall."""

    sources: tuple[SourceCoverage, ...]

    @property
    def numbers(self) -> int:
        return sum(s.numbers for s in self.sources)

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.sources)

    @property
    def percent(self) -> float:
        """Covered share of every source's numbers together, in percent."""
        return 100.0 * self.covered / self.numbers if self.numbers else 100.0


@dataclass(frozen=True)
class UnsureGrouping:
    """A conflict's grouping from a low-chance join: drafts the pair model put under the subject
    with the other sources' claims at a chance below ``corpus.model.UNSURE``."""

    chance: float
    """The lowest of their chances."""
    claims: tuple[str, ...]
    """Those drafts, in the finding's order."""

    def words(self) -> str:
        """``grouping unsure: chance 0.34``."""
        return f"grouping unsure: chance {self.chance:.2f}"

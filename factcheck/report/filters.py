"""Report filters (``--subject``, ``--source``, ``--kind``): what part of a report a reader sees."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.corpus.model import Claim, Corpus
from factcheck.report.findings import Finding, Kind
from factcheck.report.model import Report
from factcheck.report.policy import FailPolicy
from factcheck.report.results import SourceFigures, Status
from factcheck.rules import SHOWN, counts

SHOWN_KINDS = tuple(r.kind for r in SHOWN)
"""The finding kinds the readable report has a section for (and ``--kind`` accepts), in its order."""


@dataclass(frozen=True)
class Selection:
    """Which subjects, sources and finding kinds to show; an empty set means all of them."""

    subjects: frozenset[str] = frozenset()
    """Subject ids to keep."""
    sources: frozenset[str] = frozenset()
    """Source ids to keep: claims of these sources and findings that involve them."""
    kinds: frozenset[Kind] = frozenset()
    """Finding kinds whose sections are shown; empty shows every section."""

    @classmethod
    def of(
        cls, subjects: Iterable[str] = (), sources: Iterable[str] = (), kinds: Iterable[str] = ()
    ) -> Selection:
        """From command-line words; ValueError names an unknown kind (ids are checked later)."""
        chosen = set()
        for word in kinds:
            if word not in {str(k) for k in SHOWN_KINDS}:
                names = ", ".join(str(k) for k in SHOWN_KINDS)
                raise ValueError(f"unknown kind {word!r} (choose from {names})")
            chosen.add(Kind(word))
        return cls(frozenset(subjects), frozenset(sources), frozenset(chosen))

    def problems(self, corpus: Corpus) -> list[str]:
        """One message per subject or source id the corpus does not have, with a suggestion."""
        messages = []
        for what, wanted, known in (
            ("subject", self.subjects, corpus.subjects),
            ("source", self.sources, corpus.sources),
        ):
            for name in sorted(wanted - set(known)):
                close = difflib.get_close_matches(name, sorted(known), n=1)
                hint = f'; did you mean "{close[0]}"?' if close else ""
                messages.append(f'unknown {what} "{name}" in {corpus.path}{hint}')
        return messages

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return bool(self.subjects or self.sources or self.kinds)

    def shows(self, kind: Kind) -> bool:
        """Whether the section for findings of ``kind`` is shown."""
        return not self.kinds or kind in self.kinds

    def claim(self, claim: Claim) -> bool:
        """Whether a claim is in the selection (kinds aside)."""
        return (not self.subjects or claim.subject in self.subjects) and (
            not self.sources or claim.source in self.sources
        )

    def subject_ids(self, report: Report) -> set[str]:
        """The subjects in the selection: chosen, and spoken about by a chosen source."""
        ids = set(report.corpus.subjects)
        if self.subjects:
            ids &= self.subjects
        if self.sources:
            ids &= {
                r.claim.subject for r in report.results.values() if r.claim.source in self.sources
            }
        return ids

    def finding(self, report: Report, finding: Finding) -> bool:
        """Whether a finding is shown: of a shown kind, and involving a selected claim."""
        if not self.shows(finding.kind):
            return False
        if not finding.claims:
            return not self.subjects and not self.sources
        return any(self.claim(report.results[c].claim) for c in finding.claims)

    def findings(self, report: Report) -> list[Finding]:
        """The shown findings, in the report's order."""
        return [f for f in report.findings if self.finding(report, f)]

    def failing(self, report: Report, policy: FailPolicy | None = None) -> list[Finding]:
        """Findings of the selected subjects and sources that fail ``policy`` (default: check's).

        Kind filters only hide sections: they never hide a failure."""
        everything = Selection(self.subjects, self.sources).findings(report)
        return (policy or FailPolicy()).failing(everything)

    def summary(self, report: Report) -> dict[str, int]:
        """``Report.summary`` restricted to the selection (kind filters only drop sections)."""
        if not self.subjects and not self.sources:
            return dict(report.summary)
        claims = [r.claim for r in report.results.values() if self.claim(r.claim)]
        shown = Selection(self.subjects, self.sources).findings(report)
        return {
            "sources": len({c.source for c in claims}),
            "subjects": len({c.subject for c in claims}),
            "claims": len(claims),
            **counts(shown),
        }

    def statuses(self, report: Report) -> dict[Status, int]:
        """How many selected claims have each status, in the order of ``Status``."""
        counts = dict.fromkeys(Status, 0)
        for result in report.results.values():
            if self.claim(result.claim):
                counts[result.status] += 1
        return {status: n for status, n in counts.items() if n}

    def figures(self, report: Report) -> list[SourceFigures]:
        """Per-source consistency over the selected claims, for the selected sources."""
        if not self.subjects and not self.sources:
            return list(report.figures)
        counts: dict[str, dict[Status, int]] = {
            sid: {} for sid in report.corpus.sources if not self.sources or sid in self.sources
        }
        for result in report.results.values():
            if self.claim(result.claim):
                by_status = counts[result.claim.source]
                by_status[result.status] = by_status.get(result.status, 0) + 1
        return [
            SourceFigures(sid, sum(by_status.values()), dict(sorted(by_status.items())))
            for sid, by_status in counts.items()
        ]

    def describe(self) -> str:
        """The filters in words, e.g. ``subject ldn-dose; kind conflict`` (empty when none)."""
        parts = []
        for what, names in (
            ("subject", sorted(self.subjects)),
            ("source", sorted(self.sources)),
            ("kind", sorted(str(k) for k in self.kinds)),
        ):
            if names:
                parts.append(f"{what} {', '.join(names)}")
        return "; ".join(parts)

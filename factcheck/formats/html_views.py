"""The views the HTML page draws, computed once in Python: highlights, consensus, conflicts."""

from __future__ import annotations

from factcheck.check.anchor import claimed_spans
from factcheck.corpus.model import Claim
from factcheck.report.consensus import consensus
from factcheck.report.findings import Finding
from factcheck.report.model import Report
from factcheck.report.results import Status
from factcheck.report.specificity import specificity_key
from factcheck.rules.conflict import Disagreement, Dispute


def utf16_offset(text: str, index: int) -> int:
    """Where Python's ``text[index:]`` starts in JavaScript's string of the same text.

    JavaScript counts UTF-16 code units, so every character beyond the Basic Multilingual Plane
    (most emoji, some CJK) before ``index`` counts twice.
    """
    head = text[:index]
    if head.isascii():
        return index
    return len(head.encode("utf-16-le", "surrogatepass")) // 2


def quote_marks(quote: str, claim: Claim) -> list[int]:
    """The claimed numbers of a quote (``claimed_spans``, as the terminal lights them) as one flat
    list ``[start, end, start, end, …]`` of JavaScript string offsets into the quote."""
    return [utf16_offset(quote, at) for span in claimed_spans(quote, claim) for at in span]


def group_conflicts(report: Report) -> set[str]:
    """Ids of the value groups in conflict with another group of their subject (for summarized
    subjects, from their standings)."""
    paired = {g for r in report.relations if not r.agrees for g in (r.a, r.b)}
    return paired | {g for spread in report.spreads.values() for g in spread.disputed}


def consensus_rows(report: Report) -> dict[str, tuple[int, list[list[object]]]]:
    """Per subject id: whether it is disputed (1 or 0) and its points as ``[words, disputed]``,
    from ``factcheck.report.consensus`` (the terminal report's too, so both say the same)."""
    return {
        c.subject: (int(c.disputed), [[p.words(), int(p.disputed)] for p in c.points])
        for c in consensus(report)
    }


def conflict_reason(finding: Finding) -> str:
    """A conflict's reason in words (``lower bound 0.5 mg vs 1.5 mg``), as the page shows it under
    its subject: the relation between its two sides' value groups, without the subject's label
    that starts its message; for a summarized subject's conflict, its counts and extent."""
    reason = finding.reason
    if isinstance(reason, Dispute):
        return reason.summary()
    return reason.relation.reason if isinstance(reason, Disagreement) else finding.message


def unsupported_order(report: Report) -> list[str]:
    """Ids of the unsupported claims, most specific first (as the terminal report lists them)."""
    subjects = report.corpus.subjects
    unsupported = [r.claim for r in report.results.values() if r.status is Status.UNSUPPORTED]
    unsupported.sort(key=lambda c: specificity_key(c, subjects[c.subject]))
    return [c.id for c in unsupported]

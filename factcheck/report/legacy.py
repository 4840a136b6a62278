"""Release 0.1.0's fingerprints, frozen, so that baselines it wrote (version 1) still match.

0.1.0 hashed display text: values printed at 6 significant digits by ``describe()``. Version-2
fingerprints hash identity instead (``factcheck.rules``), so this copy of the old printing is the
only code that must never change: a version-1 baseline's entries are matched against it, and
``factcheck baseline`` rewrites the file as version 2. Kinds 0.1.0 did not have get no legacy
fingerprint (no version-1 file can record them).
"""

from __future__ import annotations

import hashlib
import json

from factcheck.corpus.model import Claim, Corpus
from factcheck.report.findings import Finding, Kind
from factcheck.report.model import Report
from factcheck.report.results import Group
from factcheck.rules.conflict import Disagreement
from factcheck.rules.untracked import Uncovered
from factcheck.rules.unused_accept import UnusedAcceptance
from factcheck.values.grammar import Qualifier
from factcheck.values.quantity import Quantity


def fingerprints(report: Report) -> tuple[str | None, ...]:
    """The fingerprint 0.1.0 gave each of the report's findings (None for kinds it did not have)."""
    groups = {g.id: g for subject_groups in report.groups.values() for g in subject_groups}
    return tuple(_fingerprint(report, f, groups) for f in report.findings)


def _fingerprint(report: Report, finding: Finding, groups: dict[str, Group]) -> str | None:
    corpus = report.corpus
    claim = report.results[finding.claims[0]].claim if finding.claims else None
    reason = finding.reason
    match finding.kind:
        case Kind.CONFLICT if isinstance(reason, Disagreement):
            a, b = groups[reason.relation.a], groups[reason.relation.b]
            unit = corpus.subjects[a.subject].unit
            substance = sorted([[(cid, _group_text(g, unit)) for cid in g.claims] for g in (a, b)])
            return _hash(Kind.CONFLICT, a.subject, substance)
        case Kind.UNANCHORED if claim is not None:
            quote = " ".join(claim.quote.split())
            return _hash(Kind.UNANCHORED, claim.id, quote, _substance(corpus, claim))
        case Kind.UNSUPPORTED if claim is not None:
            return _hash(Kind.UNSUPPORTED, claim.id, claim.subject, _substance(corpus, claim))
        case Kind.UNTRACKED if isinstance(reason, Uncovered):
            return _hash(
                Kind.UNTRACKED, reason.source, reason.number, reason.context, reason.occurrence
            )
        case Kind.UNUSED_ACCEPT if isinstance(reason, UnusedAcceptance):
            return _hash(Kind.UNUSED_ACCEPT, reason.claim, str(reason.accepted))
    return None


def _hash(kind: Kind, *parts: object) -> str:
    blob = json.dumps([str(kind), *parts], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _substance(corpus: Corpus, claim: Claim) -> str:
    if claim.quantity is None:
        return f"label:{claim.value.label}"
    return _describe(claim.quantity, corpus.subjects[claim.subject].unit)


def _group_text(group: Group, unit: str | None) -> str:
    if group.quantity is None:
        return group.label or ""
    return _describe(group.quantity, unit)


def _number_text(x: float, unit: str | None) -> str:
    text = f"{x:.6g}"
    if unit is None or unit == "dimensionless":
        return text
    return f"{text}{unit}" if unit in ("%", "‰", "°") else f"{text} {unit}"


def _describe(quantity: Quantity, unit: str | None) -> str:
    if quantity.is_range:
        text = f"{quantity.lo:.6g}-{_number_text(quantity.hi, unit)}"
    else:
        text = _number_text(quantity.lo, unit)
    return text if quantity.qualifier is Qualifier.EQ else f"{quantity.qualifier}{text}"

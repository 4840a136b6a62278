"""Findings: immutable, typed results of a check, each with a stable fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Kind(StrEnum):
    """What a finding is about."""

    INVALID = "invalid"
    UNANCHORED = "unanchored"
    CONFLICT = "conflict"
    UNSUPPORTED = "unsupported"
    UNTRACKED = "untracked"
    UNUSED_ACCEPT = "unused-accept"
    """A claim's ``accept`` entry that suppresses nothing (the finding it accepted is gone)."""


class Severity(IntEnum):
    """How bad a finding is; ordered so that ``>=`` compares levels."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()


DEFAULT_SEVERITY: dict[Kind, Severity] = {
    Kind.INVALID: Severity.ERROR,
    Kind.UNANCHORED: Severity.ERROR,
    Kind.CONFLICT: Severity.ERROR,
    Kind.UNSUPPORTED: Severity.WARNING,
    Kind.UNTRACKED: Severity.INFO,
    Kind.UNUSED_ACCEPT: Severity.WARNING,
}


class ExitCode(IntEnum):
    """Process exit codes of every command."""

    CLEAN = 0
    """Nothing at or above the fail level."""
    FINDINGS = 1
    """Findings that fail."""
    INVALID = 2
    """Invalid input or usage."""
    INTERNAL = 3
    """An internal error (a bug): a short message on stderr, the traceback only with --debug."""
    INTERRUPTED = 130
    """Interrupted (Ctrl-C, SIGINT), as shells report it: 128 + the signal's number."""


@dataclass(frozen=True)
class Location:
    """Where a finding points in a source document."""

    source: str
    """Source id."""
    path: str
    """Source path as written in the claims file (relative to it)."""
    span: tuple[int, int]
    """[start, end) character offsets in the text as factcheck reads it."""
    line: int
    """1-based line of ``span[0]``."""
    column: int
    """1-based column of ``span[0]``."""
    end_line: int
    """1-based line of the last character of the span."""
    end_column: int
    """1-based column just past the last character of the span."""


@dataclass(frozen=True)
class Finding:
    """One reportable result of a check."""

    kind: Kind
    """What the finding is about."""
    severity: Severity
    """How bad it is."""
    message: str
    """One line in words, e.g. ``lower bound 1.5 mg vs 0.5 mg``."""
    subject: str | None = None
    """Subject id, when the finding concerns a subject."""
    claims: tuple[str, ...] = ()
    """Every claim id involved, sorted."""
    sides: tuple[tuple[str, ...], ...] = ()
    """For conflicts: the two value groups in disagreement (claim ids, sorted)."""
    locations: tuple[Location, ...] = ()
    """Where it shows in the sources: the first is the primary location."""
    fingerprint: str = ""
    """Stable id: survives moved lines and reordered claims, changes with substance."""
    suppressed: str | None = None
    """Why it is suppressed (baseline or an ``accept`` note), or None."""
    extra: tuple[tuple[str, str], ...] = field(default=())
    """Kind-specific details as sorted (key, value) pairs, e.g. the closest text for drift."""


_KIND_ORDER = {kind: n for n, kind in enumerate(Kind)}


def finding_order(finding: Finding) -> tuple[object, ...]:
    """Sort key of findings in every report: by primary location, then kind, then fingerprint."""
    where = finding.locations[0] if finding.locations else None
    position = (where.path, where.line, where.column) if where else ("", 0, 0)
    return (*position, _KIND_ORDER[finding.kind], finding.fingerprint)


def fingerprint(kind: Kind, *parts: object) -> str:
    """A short stable hash of a finding's substance (never of its position)."""
    blob = json.dumps([str(kind), *parts], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

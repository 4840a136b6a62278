"""Findings: immutable, typed results of a check, each with its reason as data and a stable fingerprint."""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from factcheck._perf import quick_init


class Kind(StrEnum):
    """What a finding is about: the JSON contract's names. Each has one rule in ``factcheck.rules``
    (its severity, texts and finder); the registry refuses to load while one lacks it."""

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


@quick_init
@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points in a source document."""

    source: str
    """Source id."""
    path: str
    """Source path as written in the claims file (relative to it; with claims in several files,
    relative to where they were named from: ``Source.path``); for a location in the claims
    themselves (``source`` empty), the claims file's path."""
    span: tuple[int, int]
    """[start, end) character offsets in the text as factcheck reads it: a claim's whole quote."""
    line: int
    """1-based line of where the location points: ``focus`` when set, else ``span``."""
    column: int
    """1-based column of where the location points."""
    end_line: int
    """1-based line of the last character pointed at."""
    end_column: int
    """1-based column just past the last character pointed at."""
    focus: tuple[int, int] | None = None
    """[start, end) of the number in the quote that states the claim's value, if one does: what
    an editor is pointed at ("1984" at column 42, not the quote's start at column 1)."""

    @property
    def pointed(self) -> tuple[int, int]:
        """[start, end) of what the location points at: the number, else the whole span."""
        return self.focus if self.focus is not None else self.span


class Reason(ABC):
    """Why a finding was raised, as data. Each finding kind has its own reason type (in its module
    of ``factcheck.rules``), which also says the finding in words."""

    @abstractmethod
    def words(self) -> str:
        """The finding in one line: the JSON contract's ``message``."""

    def details(self) -> tuple[tuple[str, str], ...]:
        """Kind-specific details as sorted (key, value) pairs (the JSON ``details``); none by default."""
        return ()


class Origin(StrEnum):
    """Where a finding's suppression comes from."""

    ACCEPTED = "accepted"
    """A claim's ``accept`` list, with its note: part of the claims file (SARIF: in source)."""
    BASELINE = "baseline"
    """A baseline file (SARIF: external)."""


@dataclass(frozen=True)
class Suppression:
    """Why a finding is suppressed: who decided to live with it, and where that is written."""

    origin: Origin
    """A claim's acceptance or a baseline."""
    where: str
    """The accepting claim's id, or the baseline file as the user named it."""
    note: str = ""
    """The accepting claim's note (empty for baselines)."""

    def words(self) -> str:
        """``accepted in claim "x": why`` or ``in baseline .factcheck-baseline.json``."""
        if self.origin is Origin.BASELINE:
            return f"in baseline {self.where}"
        return f'accepted in claim "{self.where}": {self.note or "accepted"}'


@dataclass(frozen=True)
class Finding:
    """One reportable result of a check: structure only; its words come from its reason."""

    kind: Kind
    """What the finding is about."""
    severity: Severity
    """How bad it is."""
    reason: Reason
    """Why it was raised, as data of its kind (for conflicts: the relation of the two sides)."""
    subject: str | None = None
    """Subject id, when the finding concerns a subject."""
    claims: tuple[str, ...] = ()
    """Every claim id involved, sorted."""
    sides: tuple[tuple[str, ...], ...] = ()
    """For conflicts: the two value groups in disagreement (claim ids, sorted)."""
    locations: tuple[Location, ...] = ()
    """Where it shows in the sources: the first is the primary location."""
    fingerprint: str = ""
    """Stable id: a hash of the finding's identity (ids, exact numbers, unit, qualifier, context),
    never of its position or of how its values are printed."""
    suppression: Suppression | None = None
    """Why it is suppressed, or None."""

    @property
    def message(self) -> str:
        """One line in words, e.g. ``Dose: lower bound 1.5 mg vs 0.5 mg``."""
        return self.reason.words()

    @property
    def suppressed(self) -> str | None:
        """Why it is suppressed, in words (a baseline or an ``accept`` note), or None."""
        return None if self.suppression is None else self.suppression.words()

    @property
    def extra(self) -> tuple[tuple[str, str], ...]:
        """Kind-specific details as sorted (key, value) pairs, e.g. the closest text for drift."""
        return self.reason.details()


_KIND_ORDER = {kind: n for n, kind in enumerate(Kind)}


def finding_order(finding: Finding) -> tuple[object, ...]:
    """Sort key of findings in every report: by primary location, then kind, then claim ids (two
    claims quoting one sentence), then fingerprint. Claim ids come before the fingerprint so that
    a change in how fingerprints are computed never reorders a report."""
    where = finding.locations[0] if finding.locations else None
    position = (where.path, where.line, where.column) if where else ("", 0, 0)
    return (*position, _KIND_ORDER[finding.kind], finding.claims, finding.fingerprint)


def fingerprint(kind: Kind, *parts: object) -> str:
    """A short stable hash of a finding's identity (never of its position): ``parts`` are ids,
    exact numbers and words as the claims file or the source writes them, never display text."""
    blob = json.dumps([str(kind), *parts], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

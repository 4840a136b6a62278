"""Baselines: record today's findings so that a check fails only on new ones, and apply them.

A baseline file has a version: 2 records identity fingerprints (``Finding.fingerprint``); 1 was
written by release 0.1.0, whose fingerprints hashed display text, and its entries are matched on
those (``factcheck.report.legacy``) until ``factcheck baseline`` rewrites the file as version 2.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any

from factcheck.problems import InputError, Problem
from factcheck.report import legacy
from factcheck.report.findings import Finding, Kind, Origin, Suppression
from factcheck.report.model import Report

FILENAME = ".factcheck-baseline.json"
"""Where ``factcheck baseline`` writes by default (beside the claims file)."""
VERSION = 2
"""The version ``factcheck baseline`` writes: fingerprints of identity."""
LEGACY_VERSION = 1
"""Release 0.1.0's baselines: fingerprints of display text, still read."""


@dataclass(frozen=True, order=True)
class Entry:
    """One recorded finding: its fingerprint decides; the rest is there for people reading diffs."""

    kind: str
    """The finding's kind."""
    subject: str
    """Its subject id (empty when it has none)."""
    fingerprint: str
    """Its fingerprint, of the baseline's version."""
    claims: tuple[str, ...]
    """Its claim ids."""
    message: str
    """Its message when recorded."""


@dataclass(frozen=True)
class Baseline:
    """The findings a team reviewed and chose to live with, sorted."""

    entries: tuple[Entry, ...]
    """The recorded findings, sorted."""
    path: str = field(default="", compare=False)
    """The baseline file as the user named it (empty for one built in memory)."""
    version: int = VERSION
    """Which fingerprints the entries hold: ``VERSION``, or ``LEGACY_VERSION`` (0.1.0's)."""


@dataclass(frozen=True)
class BaselineOutcome:
    """What applying a baseline did to a report."""

    path: str
    """The baseline file as the user named it."""
    suppressed: int
    """Findings it suppressed."""
    stale: tuple[Entry, ...]
    """Entries no current finding matches: fixed since, or changed in substance."""


def record(findings: Iterable[Finding]) -> Baseline:
    """A baseline of every finding not already suppressed (``accept`` notes stay in the claims)."""
    entries = (
        Entry(str(f.kind), f.subject or "", f.fingerprint, f.claims, f.message)
        for f in findings
        if f.suppression is None
    )
    return Baseline(tuple(sorted(entries)))


def dumps(baseline: Baseline) -> str:
    """The baseline file: JSON with one finding per line, so that diffs show what changed."""
    lines = [
        json.dumps(
            {
                "fingerprint": e.fingerprint,
                "kind": e.kind,
                "subject": e.subject,
                "claims": list(e.claims),
                "message": e.message,
            },
            ensure_ascii=False,
            allow_nan=False,
        )
        for e in baseline.entries
    ]
    body = ",\n".join(f"    {line}" for line in lines)
    findings = f"[\n{body}\n  ]" if lines else "[]"
    return f'{{\n  "version": {baseline.version},\n  "findings": {findings}\n}}\n'


#: A baseline nests four levels (file, findings, finding, claims); anything far deeper is no
#: baseline, and the JSON reader recurses per level.
MAX_DEPTH = 32
# A string (possessive, so an unterminated one ends the text instead of backtracking).
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _too_deep(text: str, path: str) -> Problem | None:
    """Where `text` opens its (MAX_DEPTH + 1)th nested array or object, or None. Linear and
    without recursion, so it runs before the JSON reader."""
    # The brackets outside strings, found by C-level substitutions: a Python loop over every
    # string of a 100k-finding baseline would cost more than reading it.
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    if max(accumulate(map(_STEP.__getitem__, brackets)), default=0) <= MAX_DEPTH:
        return None
    depth = 0  # too deep: find where, string by string (only for files that fail)
    for match in re.finditer(f"{_JSON_STRING.pattern}|[\\[\\]{{}}]", text):
        char = text[match.start()]
        depth += 1 if char in "[{" else -1 if char in "]}" else 0
        if depth > MAX_DEPTH:
            at = match.start()
            line = text.count("\n", 0, at) + 1
            column = at - text.rfind("\n", 0, at)
            return Problem(path, line, column, f"nesting deeper than {MAX_DEPTH} levels")
    return Problem(path, 0, 0, f"nesting deeper than {MAX_DEPTH} levels")


def parse(text: str, path: str) -> Baseline:
    """Read a baseline file's text; InputError with a located problem when it is not one."""
    deep = _too_deep(text, path)
    if deep is not None:
        raise InputError([deep])
    try:
        data = json.loads(text, parse_int=_int)
    except json.JSONDecodeError as error:
        raise InputError([Problem(path, error.lineno, error.colno, error.msg)]) from None
    version = data.get("version") if isinstance(data, dict) else None
    # bool is an int to Python, and `true == 1`: only a JSON number names a version.
    if type(version) is not int or version not in (VERSION, LEGACY_VERSION):
        problem = f"not a factcheck baseline (version {VERSION}, or {LEGACY_VERSION} from 0.1.0)"
        raise InputError([Problem(path, 1, 1, problem)])
    raw = data.get("findings")
    if not isinstance(raw, list):
        raise InputError([Problem(path, 1, 1, 'a baseline needs a "findings" list')])
    entries = tuple(sorted(_entry(item, n, path) for n, item in enumerate(raw, 1)))
    return Baseline(entries, path, version)


def _int(digits: str) -> int | str:
    """A JSON integer; one of over 1,000 digits stays text (int() refuses past 4,300)."""
    return int(digits) if len(digits) <= 1000 else digits


def _entry(item: Any, number: int, path: str) -> Entry:
    if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
        raise InputError([Problem(path, 0, 0, f'finding {number} has no "fingerprint"')])
    claims = item.get("claims", [])
    return Entry(
        str(item.get("kind", "")),
        str(item.get("subject") or ""),
        item["fingerprint"],
        tuple(str(c) for c in claims) if isinstance(claims, list) else (),
        str(item.get("message", "")),
    )


def apply(report: Report, baseline: Baseline) -> Report:
    """The report with every finding the baseline records marked suppressed, and the outcome.

    Apply it after coverage (``check(corpus, coverage=True, baseline=...)`` does): entries of
    untracked numbers count as stale only when coverage was looked for. A version-1 baseline's
    entries are matched on 0.1.0's fingerprints of the findings."""
    path = baseline.path
    available = Counter(e.fingerprint for e in baseline.entries)
    keys: tuple[str | None, ...] = tuple(f.fingerprint for f in report.findings)
    if baseline.version == LEGACY_VERSION:
        keys = legacy.fingerprints(report)
    findings = []
    suppressed = 0
    for finding, key in zip(report.findings, keys, strict=True):
        if finding.suppression is None and key is not None and available[key] > 0:
            available[key] -= 1
            suppressed += 1
            finding = replace(finding, suppression=Suppression(Origin.BASELINE, path))
        findings.append(finding)
    stale = []
    for entry in baseline.entries:
        # Untracked numbers are only looked for with --coverage: absent otherwise, not stale.
        checked = entry.kind != Kind.UNTRACKED or report.coverage is not None
        if checked and available[entry.fingerprint] > 0:
            available[entry.fingerprint] -= 1
            stale.append(entry)
    outcome = BaselineOutcome(path, suppressed, tuple(stale))
    return replace(report, findings=tuple(findings), baseline=outcome)

"""Which findings fail a check (``--fail-on``, ``--strict``) and the exit code that follows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import ExitCode, Finding, Kind, Severity
from factcheck.rules import RULES

DEFAULT_FAIL_ON = frozenset(r.kind for r in RULES if r.severity >= Severity.ERROR)
"""What fails without ``--fail-on``: the kinds whose rules are errors."""
_KINDS = {str(r.kind): r.kind for r in RULES}
_LEVELS = {str(s): s for s in Severity}


@dataclass(frozen=True)
class FailPolicy:
    """The finding kinds that make ``check`` exit 1."""

    kinds: frozenset[Kind] = DEFAULT_FAIL_ON

    @classmethod
    def parse(cls, spec: str | None, *, strict: bool = False) -> FailPolicy:
        """From ``--fail-on``: kinds and/or levels, comma separated (``conflict,unsupported``,
        ``warning`` = everything at warning or above, ``none``). ValueError on unknown words."""
        kinds = set(DEFAULT_FAIL_ON) if spec is None else {Kind.INVALID}
        for word in (w.strip().lower() for w in (spec or "").split(",")):
            if not word or word == "none":
                continue
            if word in _LEVELS:
                kinds |= {r.kind for r in RULES if r.severity >= _LEVELS[word]}
            elif word in _KINDS:
                kinds.add(_KINDS[word])
            else:
                choices = ", ".join([*_KINDS, *_LEVELS, "none"])
                raise ValueError(f"unknown --fail-on value {word!r} (choose from {choices})")
        if strict:
            kinds |= {r.kind for r in RULES if r.severity >= Severity.WARNING}
        return cls(frozenset(kinds))

    def failing(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that fail: of a failing kind and not suppressed."""
        return [f for f in findings if f.kind in self.kinds and f.suppression is None]

    def exit_code(self, findings: Iterable[Finding]) -> ExitCode:
        return ExitCode.FINDINGS if self.failing(findings) else ExitCode.CLEAN

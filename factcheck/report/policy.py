"""Which findings fail a check (``--fail-on``, ``--strict``) and the exit code that follows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.report.findings import DEFAULT_SEVERITY, ExitCode, Finding, Kind, Severity

DEFAULT_FAIL_ON = frozenset({Kind.INVALID, Kind.UNANCHORED, Kind.CONFLICT})
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
                kinds |= {k for k, s in DEFAULT_SEVERITY.items() if s >= _LEVELS[word]}
            elif word in {str(k) for k in Kind}:
                kinds.add(Kind(word))
            else:
                choices = ", ".join([*(str(k) for k in Kind), *_LEVELS, "none"])
                raise ValueError(f"unknown --fail-on value {word!r} (choose from {choices})")
        if strict:
            kinds |= {k for k, s in DEFAULT_SEVERITY.items() if s >= Severity.WARNING}
        return cls(frozenset(kinds))

    def failing(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings that fail: of a failing kind and not suppressed."""
        return [f for f in findings if f.kind in self.kinds and f.suppressed is None]

    def exit_code(self, findings: Iterable[Finding]) -> ExitCode:
        return ExitCode.FINDINGS if self.failing(findings) else ExitCode.CLEAN

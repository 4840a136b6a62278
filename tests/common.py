"""Helpers that make rule tests read like the rules."""

from __future__ import annotations

import textwrap
from pathlib import Path

from factcheck.check.compare import group_claims, relate
from factcheck.corpus.model import Claim, Subject, SubjectKind
from factcheck.extract.mentions.units import UnitWords
from factcheck.values.grammar import normalize_unit, parse_value
from factcheck.values.quantity import parse_tolerance, quantify
from factcheck.values.units import Units

UNITS = Units()
WORDS = UnitWords(UNITS)
"""The unit words extraction reads, through the tests' one pint registry."""


def subject(kind: str = "value", unit: str | None = "mg", tolerance: object = 0) -> Subject:
    return Subject(
        "s",
        "S",
        normalize_unit(unit) if unit else None,
        SubjectKind(kind),
        parse_tolerance(tolerance),
    )


def claim(
    text: str,
    subj: Subject,
    cid: str = "c",
    source: str = "x",
    context: dict[str, str] | None = None,
) -> Claim:
    value = parse_value(text)
    convert = UNITS.converter(value.unit, subj.unit)
    quantity = None if value.is_label else quantify(value, convert, rounding=subj.tolerance.exact)
    ctx = tuple(sorted((context or {}).items()))
    return Claim(cid, source, subj.id, value, quantity, text, ctx)


def relation(a: str, b: str, **kwargs: object) -> tuple[bool, str] | None:
    """How two values relate in a subject: (agrees, reason), or None if they fall in one group."""
    subj = subject(**kwargs)  # type: ignore[arg-type]
    groups = group_claims(subj, [claim(a, subj, "a", "x"), claim(b, subj, "b", "y")])
    if len(groups) == 1:
        return None
    (rel,) = relate(subj, groups)
    return rel.agrees, rel.reason


def agree(a: str, b: str, **kwargs: object) -> bool:
    result = relation(a, b, **kwargs)
    return result is None or result[0]


def conflict(a: str, b: str, **kwargs: object) -> bool:
    result = relation(a, b, **kwargs)
    return result is not None and not result[0]


def write(root: Path, files: dict[str, str]) -> Path:
    """Write files (dedented) under root; return root / 'claims.yaml'."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root / "claims.yaml"

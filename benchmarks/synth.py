"""Deterministic synthetic claims corpus with planted conflicts, for scale benchmarks."""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

#: ``(subject_id, frozenset({side_a, side_b}))``; a side is the normalized value of one value
#: group: ``(low, high)`` in the subject's canonical unit for numeric subjects (a single number
#: is ``(v, v)``), or ``(label, label)`` for label subjects.
Conflict = tuple[str, frozenset[tuple[float | str, float | str]]]

_CLAIMS_PER_SOURCE = 100
_CONFLICT_SHARE = 0.05
_FILLER = (
    "Readers often ask how this compares with other treatments.",
    "The evidence base is still growing and small studies dominate it.",
    "Talk to a prescriber before changing anything about a regimen.",
    "Several clinics publish their own protocols online.",
    "Pharmacies compound the drug in capsules or liquid form.",
)
_SAFE_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .,%/()-]*")


@dataclass(frozen=True)
class Planted:
    """What `write_corpus` planted, for checking a run's findings against."""

    n_sources: int
    n_subjects: int
    n_claims: int
    conflicts: frozenset[Conflict]
    """Exactly the conflicts a correct checker must report (one per conflicted subject)."""


@dataclass(frozen=True)
class _Subject:
    id: str
    label: str
    unit: str
    kind: str
    truth: float | tuple[float, float] | str
    context: str | None


def _yaml_str(text: str) -> str:
    """A plain scalar when it is unambiguously a string, else a JSON (= YAML) double-quoted one."""
    if _SAFE_PLAIN.fullmatch(text) and text.lower() not in {"yes", "no", "true", "false", "null"}:
        return text
    return json.dumps(text, ensure_ascii=False)


def _num(v: float) -> str:
    return f"{v:g}"


def _make_subject(rng: random.Random, i: int) -> _Subject:
    kind = rng.choices(["value", "range", "label"], weights=[6, 3, 1])[0]
    sid = f"subj-{i:05d}"
    ctx = rng.choice([None, None, None, "adults", "children"])
    if kind == "label":
        return _Subject(sid, f"Timing {i}", "", kind, rng.choice(["bedtime", "morning"]), ctx)
    unit = rng.choice(["mg", "mg", "%", "weeks"])
    if kind == "range":
        low = rng.choice([0.5, 1, 1.5, 2, 3])
        high = low + rng.choice([1, 2, 3, 4.5])
        return _Subject(sid, f"Range quantity {i}", unit, kind, (float(low), float(high)), ctx)
    base = {"mg": [0.5, 1.5, 3, 4.5, 12], "%": [30, 57, 70, 12, 99], "weeks": [4, 8, 12, 16]}
    return _Subject(sid, f"Quantity {i}", unit, kind, float(rng.choice(base[unit])), ctx)


def _agreeing(rng: random.Random, s: _Subject, *, exact: bool) -> tuple[str, str]:
    """(value, quote) that agrees with the subject's truth; `exact`: same value group only."""
    if s.kind == "label":
        assert isinstance(s.truth, str)
        return s.truth, f"best taken at {s.truth} each day"
    if s.kind == "range":
        assert isinstance(s.truth, tuple)
        lo, hi = s.truth
        forms = [f"{_num(lo)}-{_num(hi)}", f"{_num(lo)} to {_num(hi)}", f"{_num(lo)}–{_num(hi)}"]
        if s.unit == "mg":
            forms.append(f"{_num(lo * 1000)}-{_num(hi * 1000)} mcg")
        form = rng.choice(forms)
        value = form if form.endswith("mcg") else f"{form} {s.unit}".replace(" %", "%")
        return value, f"usually {value}"
    assert isinstance(s.truth, float)
    v = s.truth
    unit = s.unit
    sep = "" if unit == "%" else " "
    forms = [f"{_num(v)}{sep}{unit}"]
    if unit == "mg":
        forms.append(f"{_num(v * 1000)} mcg")
    if unit == "weeks":
        forms.append(f"{_num(v * 7)} days")
    if not exact:
        forms += [f"~{_num(v)}{sep}{unit}", f">{_num(v / 2)}{sep}{unit}"]
        forms.append(f"{_num(v * 0.8)}-{_num(v * 1.25)}{sep}{unit}")
    value = rng.choice(forms)
    return value, f"a figure of {value}"


def _dissenting(s: _Subject) -> tuple[str, str, tuple[float | str, float | str]]:
    """(value, quote, normalized side) that conflicts with the subject's truth."""
    if s.kind == "label":
        other = "morning" if s.truth == "bedtime" else "bedtime"
        return other, f"best taken at {other} each day", (other, other)
    if s.kind == "range":
        assert isinstance(s.truth, tuple)
        lo, hi = s.truth
        new_lo = lo / 5
        value = f"{_num(new_lo)}-{_num(hi)}{'' if s.unit == '%' else ' '}{s.unit}"
        return value, f"usually {value}", (float(_num(new_lo)), hi)
    assert isinstance(s.truth, float)
    v = s.truth * 3
    value = f"{_num(v)}{'' if s.unit == '%' else ' '}{s.unit}"
    return value, f"a figure of {value}", (float(_num(v)), float(_num(v)))


def _truth_side(s: _Subject) -> tuple[float | str, float | str]:
    if isinstance(s.truth, tuple):
        return s.truth
    return (s.truth, s.truth)


def write_corpus(root: Path, n_claims: int, *, seed: int = 0) -> Planted:
    """Write ``root/claims.yaml`` and ``root/sources/*.txt``; return what was planted."""
    rng = random.Random(seed)
    n_sources = max(2, round(n_claims / _CLAIMS_PER_SOURCE))
    claims: list[list[str]] = [[] for _ in range(n_sources)]
    quotes: list[list[str]] = [[] for _ in range(n_sources)]
    conflicts: set[Conflict] = set()
    total = 0
    used: list[_Subject] = []
    while total < n_claims:
        s = _make_subject(rng, len(used))
        k = min(rng.randint(10, 30), n_sources, n_claims - total)
        used.append(s)
        conflicted = k >= 4 and rng.random() < _CONFLICT_SHARE
        dissenters = (
            set(rng.sample(range(k), rng.randint(1, max(1, k // 4)))) if conflicted else set()
        )
        if conflicted:
            conflicts.add((s.id, frozenset({_truth_side(s), _dissenting(s)[2]})))
        for j, src in enumerate(rng.sample(range(n_sources), k)):
            if j in dissenters:
                value, quote, _ = _dissenting(s)
            else:
                value, quote = _agreeing(rng, s, exact=conflicted)
            cid = f"{s.id}-by-{src:04d}"
            lines = [
                f"  - id: {cid}",
                f"    source: src-{src:04d}",
                f"    subject: {s.id}",
                f"    value: {_yaml_str(value)}",
                f"    quote: {_yaml_str(quote)}",
            ]
            if s.context:
                lines.append(f"    context: {{population: {s.context}}}")
            lines.append("    status: reviewed")
            claims[src].append("\n".join(lines))
            quotes[src].append(quote)
            total += 1
    _write(root, n_sources, used, claims, quotes, rng)
    return Planted(n_sources, len(used), total, frozenset(conflicts))


def _write(
    root: Path,
    n_sources: int,
    subjects: list[_Subject],
    claims: list[list[str]],
    quotes: list[list[str]],
    rng: random.Random,
) -> None:
    (root / "sources").mkdir(parents=True, exist_ok=True)
    out = ["# Synthetic corpus written by benchmarks/synth.py", "version: 1", "sources:"]
    for i in range(n_sources):
        out += [
            f"  - id: src-{i:04d}",
            f"    path: sources/src-{i:04d}.txt",
            f"    title: Synthetic article {i}",
        ]
        text = []
        for q in quotes[i]:
            text.append(f"{rng.choice(_FILLER)} In short, {q}. {rng.choice(_FILLER)}")
        (root / "sources" / f"src-{i:04d}.txt").write_text("\n\n".join(text) + "\n", "utf-8")
    out.append("subjects:")
    for s in subjects:
        out += [f"  - id: {s.id}", f"    label: {s.label}"]
        if s.unit:
            out.append(f"    unit: {_yaml_str(s.unit)}")
        out.append(f"    kind: {s.kind}")
    out.append("claims:")
    for per_source in claims:
        out += per_source
    (root / "claims.yaml").write_text("\n".join(out) + "\n", "utf-8")


def main(argv: list[str]) -> int:
    """``python benchmarks/synth.py DIR N [SEED]``: write a corpus, print what was planted."""
    if len(argv) not in (2, 3):
        print("usage: python benchmarks/synth.py DIR N_CLAIMS [SEED]", file=sys.stderr)
        return 2
    root = Path(argv[0])
    planted = write_corpus(root, int(argv[1]), seed=int(argv[2]) if len(argv) == 3 else 0)
    size = (root / "claims.yaml").stat().st_size
    print(
        f"{planted.n_claims} claims, {planted.n_sources} sources, {planted.n_subjects} subjects, "
        f"{len(planted.conflicts)} planted conflicts, claims.yaml {size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

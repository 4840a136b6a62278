"""Score the mention finder on news-style sentences: value, value+unit and value+change F1.

Each gold list (``benchmarks/data/news/*.yaml``, format in ``FORMAT.md`` there) holds sentences
and the quantities a careful reader finds in them. Every sentence goes through ``find_mentions``
on its own; a gold quantity is *found* when a free mention's span overlaps its surface (the one
that overlaps most), and then scored:

- **value**: low and high match after converting the mention's unit to the gold unit (when the
  two units do not convert, the numbers as read are compared);
- **value+unit**: the value, and the unit right too (currency codes exactly, physical units when
  pint converts one into the other and the converted value is equal; a bare number only matches
  a bare number);
- **value+change**: the value, and the change right: the direction (``up``/``down``) when the
  gold has one, else the qualifier (``=``, ``~``, ``>``, ``>=``, ``<``, ``<=``);
- **kind** and **counted** accuracy over found quantities (counted over gold counts only).

Precision counts every mention of a sentence; F1 is over gold quantities and mentions.

    python benchmarks/news_eval.py                 # the development lists, per domain and overall
    python benchmarks/news_eval.py --show          # also every miss and error
    python benchmarks/news_eval.py --heldout       # the held-out lists only (score them once)
    python benchmarks/extract_eval.py --news       # the same

Tolerances for the gold writers' differing conventions (noted in each list's header):
game and index points are ``point`` with kind ``number`` in one list and ``measure`` in another,
so a quantity in points may be either kind; a decade is 1980..1989 in one list and 1980 in
another, so a date's high end may be either; an age ("over 70", "18 to 24") is in years in the
news lists and a bare number in the project's convention (``docs/extract.md``), so either unit is
right; values match to 0.1 % (shares are kept to three figures: "two-thirds" is 66.7 %); a
count's noun is compared in the singular and by its head ("fruit fly" and "fly").
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

# Score this checkout, not an installed copy of factcheck (e.g. another worktree).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract.mentions.find import Mention, find_mentions
from factcheck.extract.mentions.units import UnitWords
from factcheck.values.units import UnitError, Units

NEWS = Path(__file__).resolve().parent / "data" / "news"
UNITS = Units()
WORDS = UnitWords(UNITS)
DOMAINS = ("finance", "property", "sports", "technology", "science", "health", "politics")
#: Units pint may not know or may know as something else: equal spellings match, nothing else.
_OWN_UNITS = frozenset({"point", "percentage_point", "share", "carry", "game", "unit"})


@dataclass(frozen=True)
class GoldQuantity:
    sentence: str
    domain: str
    span: tuple[int, int]
    surface: str
    low: float
    high: float
    unit: str
    kind: str
    counted: str | None
    direction: str | None
    qualifier: str


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    value: int = 0
    value_unit: int = 0
    value_change: int = 0
    matched: int = 0
    kind: int = 0
    counts: int = 0
    counted: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "value", "value_unit", "value_change", "matched", "kind",
                     "counts", "counted"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load(path: Path) -> list[tuple[str, str, str, list[GoldQuantity]]]:
    """(id, domain, text, quantities) of each sentence of a gold list."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    sentences = []
    for row in data["sentences"]:
        text = row["text"]
        quantities = []
        for q in row["quantities"] or []:
            surface, low, high, unit, kind, counted, direction, qualifier, *rest = q
            nth = rest[0] if rest else 0
            at = -1
            for _ in range(nth + 1):
                at = text.find(surface, at + 1)
                if at < 0:
                    sys.exit(f"{path}: {row['id']}: {surface!r} (#{nth}) not in the text")
            quantities.append(
                GoldQuantity(
                    row["id"],
                    row["domain"],
                    (at, at + len(surface)),
                    surface,
                    float(low),
                    float(high),
                    unit or "",
                    kind,
                    counted,
                    direction,
                    str(qualifier),
                )
            )
        sentences.append((row["id"], row["domain"], text, quantities))
    return sentences


def _norm(unit: str) -> str:
    return unit.replace(" ", "")


def _factor(written: str, gold: str) -> float | None:
    """How many ``gold`` one ``written`` is, or None when they do not convert. A rate's base
    that pint does not know ("share", "carry") must be the same word on both sides."""
    if _norm(written) == _norm(gold):
        return 1.0
    if not written or not gold or {written, gold} & _OWN_UNITS:
        return None
    (top, _, base), (gold_top, _, gold_base) = (
        _norm(written).partition("/"),
        _norm(gold).partition("/"),
    )
    if base in _OWN_UNITS or gold_base in _OWN_UNITS:
        if base != gold_base:
            return None
        written, gold = top, gold_top
    try:
        return UNITS.converter(written, gold)(1.0)
    except (UnitError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _close(a: float, b: float) -> bool:
    """Equal to the extractor's rounding: a share is kept to three figures ("two-thirds" is
    66.7 %, where a gold writer wrote 66.6667)."""
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _attr(mention: Mention, name: str) -> Any:
    """A news field of a mention (kind, counted, direction, unit), None where it has none."""
    return getattr(mention, name, None)


def _unit_of(mention: Mention) -> str:
    unit = _attr(mention, "unit")
    return mention.amount.unit if unit is None else unit


def _singular(noun: str | None) -> str:
    noun = (noun or "").lower()
    for plural, single in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if noun.endswith(plural):
            return noun[: -len(plural)] + single
    irregular = {"people": "person", "women": "woman", "men": "man", "children": "child"}
    if noun in irregular:
        return irregular[noun]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _kinds(gold: GoldQuantity) -> set[str]:
    """The kinds that count as right: points are a number in one list, a measure in another;
    an age is a measure in years in one list, a bare number in the project's others."""
    if gold.unit.split(" ")[0] == "point" and gold.kind in ("number", "measure"):
        return {"number", "measure"}
    if gold.unit == "year" and gold.kind == "measure":
        return {"measure", "number"}
    return {gold.kind}


def score_sentence(text: str, golds: list[GoldQuantity], sid: str) -> Tally:
    tally = Tally(gold=len(golds))
    mentions = find_mentions(text, WORDS)
    tally.found = len(mentions)
    taken: set[int] = set()
    for gold in golds:
        best = None
        for index, mention in enumerate(mentions):
            start, end = mention.span
            overlap = min(end, gold.span[1]) - max(start, gold.span[0])
            if overlap > 0 and index not in taken and (best is None or overlap > best[0]):
                best = (overlap, index)
        if best is None:
            tally.problems.append(f"MISS  {sid}: {gold.surface!r}")
            continue
        taken.add(best[1])
        mention = mentions[best[1]]
        tally.matched += 1
        unit = _unit_of(mention)
        factor = _factor(unit, gold.unit)
        low, high = mention.amount.low, mention.amount.high
        if factor is not None:
            low, high = low * factor, high * factor
        value_ok = _close(low, gold.low) and (
            _close(high, gold.high) or (gold.kind == "date" and gold.low == gold.high)
        )  # one list writes "the 1980s" as 1980, another as 1980..1989
        age = gold.unit == "year" and not unit and (mention.qualifier.bound or low != high)
        unit_ok = value_ok and (factor is not None or age)  # "over 70": an age, bare or in years
        direction = _attr(mention, "direction") or None
        if gold.direction:
            change_ok = value_ok and direction == gold.direction
        else:
            change_ok = value_ok and not direction and mention.qualifier.value == gold.qualifier
        kind = _attr(mention, "kind")
        kind_ok = kind in _kinds(gold)
        tally.value += value_ok
        tally.value_unit += unit_ok
        tally.value_change += change_ok
        tally.kind += kind_ok
        if gold.kind == "count":
            tally.counts += 1
            # "fruit fly" and "fly": the noun's head is enough (lists differ on compounds).
            counted_ok = _singular(_attr(mention, "counted")) == _singular(
                (gold.counted or "").split()[-1] if gold.counted else ""
            )
            tally.counted += counted_ok
        else:
            counted_ok = True
        if not (value_ok and unit_ok and change_ok and kind_ok and counted_ok):
            what = [
                name
                for name, ok in (
                    ("value", value_ok),
                    ("unit", unit_ok),
                    ("change", change_ok),
                    ("kind", kind_ok),
                    ("counted", counted_ok),
                )
                if not ok
            ]
            tally.problems.append(
                f"WRONG {sid}: {gold.surface!r} [{','.join(what)}] read {mention.text!r} as "
                f"{mention.qualifier.value}{mention.amount.low:g}..{mention.amount.high:g} "
                f"{unit!r} {kind} {_attr(mention, 'counted')} {direction}; gold "
                f"{gold.qualifier}{gold.low:g}..{gold.high:g} {gold.unit!r} {gold.kind} "
                f"{gold.counted} {gold.direction}"
            )
    for index, mention in enumerate(mentions):
        if index not in taken:
            tally.problems.append(f"EXTRA {sid}: {mention.text!r} ({mention.value})")
    return tally


def _f1(right: int, gold: int, found: int) -> float:
    p = right / found if found else 1.0
    r = right / gold if gold else 1.0
    return 100 * 2 * p * r / (p + r) if p + r else 0.0


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}" if b else "-"


def table(rows: Iterable[tuple[str, Tally]]) -> list[str]:
    lines = [
        f"{'domain':<11} {'gold':>5} {'found':>5} {'value F1':>9} {'+unit F1':>9} "
        f"{'+change F1':>10} {'kind %':>7} {'counted %':>9}"
    ]
    for name, t in rows:
        lines.append(
            f"{name:<11} {t.gold:>5} {t.found:>5} {_f1(t.value, t.gold, t.found):>9.1f} "
            f"{_f1(t.value_unit, t.gold, t.found):>9.1f} "
            f"{_f1(t.value_change, t.gold, t.found):>10.1f} {_pct(t.kind, t.matched):>7} "
            f"{_pct(t.counted, t.counts):>9}"
        )
    return lines


def evaluate(paths: list[Path], show: bool) -> list[str]:
    by_domain: dict[str, Tally] = defaultdict(Tally)
    problems: list[str] = []
    for path in paths:
        for sid, domain, text, golds in load(path):
            tally = score_sentence(text, golds, sid)
            by_domain[domain].add(tally)
            problems.extend(tally.problems)
    overall = Tally()
    for tally in by_domain.values():
        overall.add(tally)
    rows = [(d, by_domain[d]) for d in DOMAINS if d in by_domain] + [("overall", overall)]
    lines = table(rows)
    if show:
        lines.extend(problems)
    return lines


def lists(heldout: bool) -> list[Path]:
    prefix = "heldout-" if heldout else "dev-"
    return sorted(NEWS.glob(f"{prefix}*.yaml"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every miss and error")
    parser.add_argument(
        "--heldout", action="store_true", help="score the held-out lists (once per round)"
    )
    parser.add_argument("--only", action="append", default=[], help="a list's file stem")
    args = parser.parse_args(argv)
    paths = lists(args.heldout)
    if args.only:
        paths = [p for p in paths if p.stem in args.only]
    print("\n".join(evaluate(paths, args.show)))


if __name__ == "__main__":
    main()

"""Every key pair of the software corpora, how each side is drafted and grouped (settings26).

Over the development corpora that are software documentation (a CHANGELOG.md or a
reference.html; not the held-out round, and not mapforge and pagewright, kept unread as the
transfer test), runs zero-config extract -> check and says of each true disagreement and each
look-alike whether the check reports it, and if not why: a side with no claim ("undrafted"),
both sides under different subjects ("apart"), or under one subject and not reported
("together"); with ``--pairs``, each side's drafts (subject = value).

    python benchmarks/settings_pairs.py                 # the counts, per corpus and in all
    python benchmarks/settings_pairs.py --pairs         # also every pair and its drafts
    python benchmarks/settings_pairs.py --only postwick # some corpora
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import disagreements as bench  # noqa: E402

#: Kept unread: rounds 16-17's transfer test.
_UNREAD = ("mapforge", "pagewright")
_STATES = ("reported", "apart", "together", "undrafted")


def _software(path: Path) -> bool:
    folder = path.parent
    return (folder / "CHANGELOG.md").exists() or (folder / "reference.html").exists()


def _state(pair: bench.Pair, found: set[str], claims: dict[str, bench.Claim]) -> str:
    if pair.id in found:
        return "reported"
    first, second = ([c for c in claims.values() if bench.covers(c, s)] for s in pair.sides)
    if not first or not second:
        return "undrafted"
    return "together" if {c.subject for c in first} & {c.subject for c in second} else "apart"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="print every pair and its drafts")
    parser.add_argument("--only", action="append", default=[], help="corpus name (repeatable)")
    args = parser.parse_args(argv)
    totals: Counter[tuple[str, str]] = Counter()
    rows = ["| corpus | true: reported / apart / together / undrafted | look-alikes reported |"]
    rows.append("|---|---|---:|")
    for path in bench.DEV:
        name = path.parent.name
        if not _software(path) or name in _UNREAD or (args.only and name not in args.only):
            continue
        key = bench.load_key(path)
        with tempfile.TemporaryDirectory(prefix="settings-") as tmp:
            report, _ = bench.run_factcheck(key, Path(tmp))
            claims = bench.claims_of(report, Path(tmp))
        found: set[str] = set()
        for finding in report["findings"]:
            if finding["kind"] != "conflict" or finding.get("suppressed"):
                continue
            sides = [[claims[c] for c in side if c in claims] for side in bench.sides_of(finding)]
            found.update(
                p.id for p in key.disagreements + key.lookalikes if bench.reports(sides, p)
            )
        counts: Counter[tuple[str, str]] = Counter()
        for tag, pairs in (("true", key.disagreements), ("look-alike", key.lookalikes)):
            for pair in pairs:
                state = _state(pair, found, claims)
                counts[tag, state] += 1
                if args.pairs:
                    print(f"{name} {pair.id} [{state}] {pair.what}")
                    for side in pair.sides:
                        near = [c for c in claims.values() if bench.covers(c, side)]
                        drafts = "; ".join(f"{c.subject}={c.value}" for c in near) or "none"
                        print(f"    {side.doc}: {side.quote!r} -> {drafts}")
        totals.update(counts)
        trues = " / ".join(str(counts["true", s]) for s in _STATES)
        rows.append(f"| {name} | {trues} | {counts['look-alike', 'reported']} |")
    trues = " / ".join(str(totals["true", s]) for s in _STATES)
    rows.append(f"| **all** | {trues} | {totals['look-alike', 'reported']} |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

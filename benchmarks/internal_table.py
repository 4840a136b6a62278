"""Every one-document pair of the development keys, and how extract drafts its two sides today.

A key's pair is *internal* when both its sides quote one document: a true disagreement (a page
contradicting itself) or a look-alike (two figures of one page that are no disagreement: two
groups, two phases, a range and its bound, an example and a default). For each such pair of
every development key (the six transfer corpora of rounds 16-17 left out, unread), this runs
zero-config ``extract`` then ``check`` as ``disagreements.py`` does (cached per corpus under
``--cache``), and prints each side's drafts (subject, value, context), whether the two share a
subject, and whether a conflict reports the pair.

    python benchmarks/internal_table.py                  # the table, true pairs then look-alikes
    python benchmarks/internal_table.py --fresh          # extract again (after a change)
    python benchmarks/internal_table.py --only carpal    # one corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import (
    DEV,
    Claim,
    Key,
    Pair,
    claims_of,
    covers,
    load_key,
    reports,
    run_factcheck,
    sides_of,
)

#: Rounds 16-17, kept unread as the transfer test.
TRANSFER = frozenset({"mapforge", "rabies", "reservoir", "pagewright", "shingles", "strike"})


def checked(key: Key, cache: Path, fresh: bool) -> tuple[dict[str, Any], dict[str, Claim]]:
    """The check's JSON report of the key's corpus and its claims, extracted once into cache."""
    folder = cache / key.name
    report_file = folder / "check.json"
    if fresh or not report_file.exists():
        folder.mkdir(parents=True, exist_ok=True)
        report, _ = run_factcheck(key, folder)
        report_file.write_text(json.dumps(report), encoding="utf-8")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    return report, claims_of(report, folder)


def contexts(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c.get("context") or {} for c in report["claims"]}


def rows(key: Key, report: dict[str, Any], claims: dict[str, Claim]) -> list[str]:
    context = contexts(report)
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    found = [[[claims[c] for c in s if c in claims] for s in sides_of(f)] for f in conflicts]
    lines = []
    for label, pairs in (("TRUE", key.disagreements), ("LOOK", key.lookalikes)):
        for pair in pairs:
            if pair.kind != "internal":
                continue
            lines.append(describe(key.name, label, pair, claims, context, found))
    return lines


def describe(
    name: str,
    label: str,
    pair: Pair,
    claims: dict[str, Claim],
    context: dict[str, dict[str, Any]],
    found: list[list[list[Claim]]],
) -> str:
    drafted = [[c for c in claims.values() if covers(c, s)] for s in pair.sides]
    reported = any(reports(sides, pair) for sides in found)
    if not drafted[0] or not drafted[1]:
        state = "not-drafted"
    elif {c.subject for c in drafted[0]} & {c.subject for c in drafted[1]}:
        state = "reported" if reported else "together"
    else:
        state = "reported" if reported else "apart"
    out = [f"{label} {state:11} {name} {pair.id}: {pair.what}"]
    for side, near in zip(pair.sides, drafted, strict=True):
        told = "; ".join(
            f"{c.subject} = {c.value} {context.get(c.id) or ''}".rstrip() for c in near
        )
        out.append(f"    {side.quote!r} -> {told or 'no claim'}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/internal-table"))
    parser.add_argument("--fresh", action="store_true", help="extract again")
    parser.add_argument("--only", action="append", default=[], help="corpus name")
    args = parser.parse_args(argv)
    counts: dict[tuple[str, str], int] = {}
    for path in DEV:
        name = path.parent.name
        if name in TRANSFER or (args.only and name not in args.only):
            continue
        key = load_key(path)
        if not any(p.kind == "internal" for p in (*key.disagreements, *key.lookalikes)):
            continue
        report, claims = checked(key, args.cache, args.fresh)
        for line in rows(key, report, claims):
            print(line, flush=True)
            head = line.split()
            counts[head[0], head[1]] = counts.get((head[0], head[1]), 0) + 1
    print()
    for (label, state), n in sorted(counts.items()):
        print(f"{label} {state}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

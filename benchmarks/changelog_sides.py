"""Key pairs with a side in a CHANGELOG, by the release section that side stands in.

Over the development corpora that have a CHANGELOG.md (not the held-out round, and not mapforge
and pagewright, kept unread as the transfer test), counts the answer keys' true disagreements
and look-alikes with a changelog side by where that side stands: the newest release's section,
an older release of the newest major version, an older major version, or above the first
version heading; and whether zero-config extract -> check reports the pair today.

    python benchmarks/changelog_sides.py            # the table
    python benchmarks/changelog_sides.py --pairs    # also every pair and its drafts
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

from factcheck.extract.subjects.settings import release_at, releases  # noqa: E402
from factcheck.text.documents import Text, read_document  # noqa: E402

#: Kept unread: rounds 16-17's transfer test.
_UNREAD = ("mapforge", "pagewright")


def _where(version: str, newest: str) -> str:
    if not version:
        return "above the first heading"
    if version == newest:
        return "newest release"
    if version.split(".")[0] == newest.split(".")[0]:
        return "older release, same major"
    return "older major version"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", action="store_true", help="print every pair")
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, str, bool]] = Counter()
    for path in bench.DEV:
        if not (path.parent / "CHANGELOG.md").exists() or path.parent.name in _UNREAD:
            continue
        key = bench.load_key(path)
        changelog = (path.parent / "CHANGELOG.md").resolve()
        sections = releases(Text(read_document(changelog)).text)
        newest = sections[0][1] if sections else ""
        with tempfile.TemporaryDirectory(prefix="changelog-") as tmp:
            report, _ = bench.run_factcheck(key, Path(tmp))
            claims = bench.claims_of(report, Path(tmp))
        found: set[str] = set()
        for finding in report["findings"]:
            if finding["kind"] == "conflict":
                sides = [[claims[c] for c in s if c in claims] for s in bench.sides_of(finding)]
                pairs = [*key.disagreements, *key.lookalikes]
                found |= {p.id for p in pairs if bench.reports(sides, p)}
        for verdict, pairs in (("true", key.disagreements), ("look-alike", key.lookalikes)):
            for pair in pairs:
                side = next((s for s in pair.sides if s.file == changelog and s.span), None)
                if side is None:
                    continue
                where = _where(release_at(sections, side.span[0]), newest)
                counts[(verdict, where, pair.id in found)] += 1
                if args.pairs:
                    said = "reported" if pair.id in found else "not reported"
                    print(f"{key.name} {pair.id} ({verdict}, {where}, {said}): {side.quote!r}")
    print("| pair | changelog side in | pairs | reported |")
    print("|---|---|---:|---:|")
    for verdict in ("true", "look-alike"):
        for where in sorted({w for v, w, _ in counts if v == verdict}):
            total = counts[(verdict, where, True)] + counts[(verdict, where, False)]
            print(f"| {verdict} | {where} | {total} | {counts[(verdict, where, True)]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

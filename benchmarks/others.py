"""The conflicts no key lists: every "other" conflict of the development corpora, judged by
the corpus's gold list.

`disagreements.py` counts a conflict as true (it reports a key's disagreement), false (a key's
look-alike) or other (neither). A user reads every "other" one too, and they are of two sorts:
a real disagreement the key missed or listed with another quote of the same figure (rowwright:
the FAQ's "gives up after 50 bad rows" against the reference table's ``max_errors`` 100, where
the key quotes the prose "100 bad rows"), or a false report (a grower's age "a 58-year-old"
compared with a year). This script is a second view beside `disagreements.py`, whose counting
it leaves alone: it reruns extract and check as that benchmark does (its own functions), takes
each conflict that reports neither a disagreement nor a look-alike of the key, and places each
side's figures in the corpus's gold list (`extract_eval.GOLD`; a gold row names the quantity a
figure states):

* ``one group``: some figure of one side and some figure of the other are one gold group, so
  the conflict is a real disagreement (or the documents' figures differ in a way the gold list
  calls one quantity);
* ``two groups``: every figure of both sides is in the gold list and no two across the sides
  share a group: a false report, two quantities compared;
* ``no gold``: a side's figures are not in the gold list (no list for the corpus, or the
  figure is one the list does not count: often a figure that is no claim).

    python benchmarks/others.py                       # every development corpus
    python benchmarks/others.py --hide mapforge ...   # count these corpora, do not print them
    python benchmarks/others.py benchmarks/data/disagree-heldout25/rowwright

Prints a table of counts per corpus, then the list: per conflict its verdict, subject, message,
and each side's document, value and quote.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import (
    DEV,
    Claim,
    Key,
    claims_of,
    load_key,
    reports,
    run_factcheck,
    sides_of,
)
from benchmarks.extract_eval import GOLD, Gold, load_gold

#: The verdicts, in the table's order.
VERDICTS = ("one group", "two groups", "no gold")


@dataclass(frozen=True)
class Other:
    corpus: str
    subject: str
    message: str
    sides: tuple[tuple[Claim, ...], ...]
    groups: tuple[tuple[str | None, ...], ...]
    """Per side, per claim: the gold group its figure belongs to, None when not in the list."""
    verdict: str


def gold_rows(name: str) -> dict[Path, list[Gold]] | None:
    """The corpus's gold rows by resolved document path; None when it has no list."""
    path = GOLD.get(name)
    if path is None:
        return None
    from ruamel.yaml import YAML

    root = (path.parent / YAML(typ="safe").load(path.read_text(encoding="utf-8"))["root"]).resolve()
    golds, _ = load_gold(path)
    rows: dict[Path, list[Gold]] = {}
    for gold in golds:
        rows.setdefault((root / gold.doc).resolve(), []).append(gold)
    return rows


def group_of(
    claim: Claim, focus: tuple[int, int] | None, rows: dict[Path, list[Gold]]
) -> str | None:
    """The gold group of the row the claim's figure (its focus) overlaps most; None if none."""
    start, end = focus or claim.span
    best: tuple[int, str] | None = None
    for gold in rows.get(claim.file, []):
        overlap = min(end, gold.span[1]) - max(start, gold.span[0])
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, gold.group)
    return best[1] if best else None


def verdict(groups: Sequence[Sequence[str | None]]) -> str:
    """``one group`` when two sides share a gold group, ``two groups`` when every figure is in
    the list and none is shared, else ``no gold``. The lists put a year and the elapsed time of
    its event in two groups named alike (``programme-start-year``, ``programme-start-elapsed``):
    one event (``_event``)."""
    for i, one in enumerate(groups):
        for other in groups[i + 1 :]:
            if {_event(g) for g in one if g} & {_event(g) for g in other if g}:
                return "one group"
    if all(g is not None for side in groups for g in side):
        return "two groups"
    return "no gold"


def _event(group: str) -> str:
    """A gold group's name without the ``-year`` or ``-elapsed`` the lists end a date's with."""
    return re.sub(r"-(?:year|elapsed)$", "", group)


def others(key: Key) -> list[Other]:
    """The corpus's conflicts that report neither a disagreement nor a look-alike of its key."""
    with tempfile.TemporaryDirectory(prefix="others-") as tmp:
        workdir = Path(tmp)
        report, _ = run_factcheck(key, workdir)
        claims = claims_of(report, workdir)
    focus: dict[str, Any] = {c["id"]: c.get("focus") for c in report["claims"]}
    rows = gold_rows(key.name)
    found: list[Other] = []
    for finding in report["findings"]:
        if finding["kind"] != "conflict" or finding.get("suppressed"):
            continue
        sides = [[claims[c] for c in side if c in claims] for side in sides_of(finding)]
        pairs = [*key.disagreements, *key.lookalikes]
        if any(reports(sides, p) for p in pairs):
            continue
        groups = tuple(
            tuple(group_of(c, focus.get(c.id), rows) if rows is not None else None for c in side)
            for side in sides
        )
        found.append(
            Other(
                key.name,
                str(finding.get("subject", "")),
                finding["message"],
                tuple(tuple(side) for side in sides),
                groups,
                verdict(groups),
            )
        )
    return found


def table(names: Sequence[str], found: Sequence[Other]) -> str:
    rows = ["| corpus | other | one group | two groups | no gold |", "|---|---:|---:|---:|---:|"]
    for name in [*names, "**all**"]:
        mine = [o for o in found if name == "**all**" or o.corpus == name]
        counts = Counter(o.verdict for o in mine)
        cells = " | ".join(str(counts[v]) for v in VERDICTS)
        rows.append(f"| {name} | {len(mine)} | {cells} |")
    return "\n".join(rows)


def listing(found: Sequence[Other], hidden: set[str]) -> str:
    lines = []
    for o in found:
        if o.corpus in hidden:
            continue
        lines.append(f"[{o.verdict}] {o.corpus}: {o.subject}: {o.message}")
        for n, (side, groups) in enumerate(zip(o.sides, o.groups, strict=True)):
            for claim, group in zip(side, groups, strict=True):
                lines.append(
                    f"    {'AB'[n % 2]} {claim.file.name} [{group or '-'}]: "
                    f"{claim.value} | {claim.quote}"
                )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="folders with a KEY.yaml")
    parser.add_argument(
        "--hide", nargs="*", default=[], help="corpora to count but not list (kept unread)"
    )
    args = parser.parse_args(argv)
    paths = [p / "KEY.yaml" for p in args.corpora] if args.corpora else DEV
    keys = [load_key(p) for p in paths]
    found = [o for key in keys for o in others(key)]
    print(table([k.name for k in keys], found))
    print()
    print(listing(found, set(args.hide)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

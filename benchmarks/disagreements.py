"""Score zero-config `factcheck extract` -> `factcheck check` against answer keys of disagreements.

For each corpus folder with a ``KEY.yaml`` (format below), the benchmark runs, the way a user
would and in fresh processes, ``factcheck extract DOCS -o TMP/claims.yaml`` on the key's documents
(no declared subjects, no edits) and then ``factcheck check TMP/claims.yaml --format json``, and
counts:

- **true found**: the key's disagreements that some conflict finding reports;
- **false**: the key's look-alike pairs (figures that look alike but are no disagreement) that
  some conflict finding reports;
- **other**: conflict findings that report none of the key's pairs (neither true nor look-alike;
  read them with ``--show``: some are real disagreements the key does not list, most are joins
  of unrelated figures).

A conflict finding **reports** a key pair (two sides, each a document and a verbatim quote) when
one of the finding's sides holds a claim whose quote overlaps the first side's quote and the
other side holds a claim whose quote overlaps the second's. "Overlaps" is about places, not
words: the claim's span and the key quote's span in the same document's text (as factcheck reads
it: for HTML the visible text; the key quote is found with the anchor's normalization of white
space, quotes and dashes) share at least one character; when the key's value names a number
written once in its quote ("Turnout was 61.8%, up from 58.9% at the last election", value
"58.9% (2021)"), the claim must hold that number's place: a claim of 61.8% from the same
sentence is not that side. Every claim on one side of a finding
conflicts with every claim on the other (docs/json.md), so a finding that puts a look-alike's two
figures on its two sides reports the look-alike, even when it reports a true disagreement too. A
summarized subject's finding (``groups`` instead of ``sides``) reports a pair when two of its
groups in dispute hold the two quotes. Suppressed findings are not counted (zero-config runs have
none).

A second table counts the true disagreements found per kind (the key's ``kind``; ``internal``
when both sides are one document) and says why the others were missed: a side with no claim
("not drafted"), both sides drafted under different subjects ("apart": grouping), or under one
subject without a conflict between them ("together": their values agree, their contexts
differ).

    python benchmarks/disagreements.py                    # the development corpora
    python benchmarks/disagreements.py --show ldn         # also every finding and every miss
    python benchmarks/disagreements.py --heldout          # the held-out round (score it once)
    python benchmarks/disagreements.py path/to/corpus ... # any folders with a KEY.yaml

``KEY.yaml``::

    documents:            # name: path relative to the KEY's folder
      reference: reference.html
    disagreements:        # true disagreements: two sides each (internal ones: one document)
      - id: d1
        what: default compression level
        kind: numeric     # numeric | advice | year-vs-elapsed | internal (free text)
        sides:
          - {doc: reference, quote: "the default is 3", value: "3"}
          - {doc: changelog, quote: "Default compression level is now 5", value: "5"}
    lookalikes:           # pairs that must not be reported as a disagreement
      - id: l1
        why_not: a different quantity
        sides: [{doc: ..., quote: ...}, {doc: ..., quote: ...}]

Held-out keys are written by someone who never saw the extractor, committed before scoring;
score them once per round of changes and never tune on their misses.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

# Score this checkout, not an installed copy of factcheck (e.g. another worktree).
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.text.documents import Text, read_document  # noqa: E402

HERE = Path(__file__).resolve().parent
#: Development corpora: written for tuning, and held-out rounds once scored (round 1 was scored
#: at the start and the end of its round of changes, rounds 2 to 5 once: their RESULTS.md).
DEV = sorted(
    [
        *(HERE / "data" / "disagree-dev").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout1").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout2").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout3").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout4").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout5").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout6").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout7").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout8").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout9").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout10").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout11").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout12").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout13").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout14").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout15").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout16").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout17").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout18").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout19").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout20").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout21").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout22").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout23").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout24").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout25").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout26").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout27").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout28").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout29").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout30").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout31").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout32").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout33").glob("*/KEY.yaml"),
        *(HERE / "data" / "disagree-heldout34").glob("*/KEY.yaml"),
    ]
)
#: The held-out round not yet scored: written by a helper who never saw the extractor,
#: committed before scoring, scored once. (Rounds 6 to 34 were scored once: their RESULTS.md.
#: Round 36, disagree-heldout36, is written too: it is the round after this one, and nothing
#: runs on it either.)
HELDOUT = sorted((HERE / "data" / "disagree-heldout35").glob("*/KEY.yaml"))


@dataclass(frozen=True)
class Side:
    doc: str
    """The document's name in the key."""
    file: Path
    span: tuple[int, int] | None
    """The quote's [start, end) in the document text; None when the quote is not in it."""
    quote: str
    figure: int | None = None
    """Where in the text the key's value stands, when its number is written once in the
    quote ("Turnout was 61.8%, up from 58.9% ...", value "58.9% (2021)"): a claim covers
    the side only when it holds that figure. None: any claim overlapping the quote does."""


@dataclass(frozen=True)
class Pair:
    id: str
    what: str
    sides: tuple[Side, Side]
    kind: str = ""
    """The key's kind (numeric, advice, year-vs-elapsed, internal, ...); internal when both
    sides are one document."""


@dataclass
class Key:
    name: str
    folder: Path
    documents: dict[str, Path]
    disagreements: list[Pair]
    lookalikes: list[Pair]
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Claim:
    id: str
    file: Path
    span: tuple[int, int]
    quote: str
    value: str
    subject: str


@dataclass
class Score:
    name: str
    true_total: int
    true_found: list[str]
    false_total: int
    false_found: list[str]
    other: int
    findings: int
    drafts: int
    unsure: dict[str, int] = field(default_factory=dict)
    """Conflicts marked "grouping unsure" (a low-chance join), by verdict: true, false, other."""
    kinds: dict[str, list[int]] = field(default_factory=dict)
    """Per kind of true disagreement: [found, total]."""
    misses: dict[str, int] = field(default_factory=dict)
    """Why true disagreements were missed: a side not drafted, both drafted but under different
    subjects, or under one subject and not reported."""


def load_key(path: Path) -> Key:
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    folder = path.parent
    documents = {name: (folder / rel).resolve() for name, rel in data["documents"].items()}
    texts: dict[str, Text] = {}
    key = Key(folder.name, folder, documents, [], [])

    def side(raw: dict[str, Any]) -> Side:
        doc = raw["doc"]
        text = texts.get(doc)
        if text is None:
            text = texts[doc] = Text(read_document(documents[doc]))
        quote = str(raw["quote"])
        span = text.find(quote) or _find_rendered(text.text, quote)
        if span is None:
            key.problems.append(f"{path}: quote not in {doc}: {quote!r}")
        return Side(doc, documents[doc], span, quote, _figure(text.text, span, raw.get("value")))

    for name, kind in (("disagreements", key.disagreements), ("lookalikes", key.lookalikes)):
        for item in data.get(name) or []:
            first, second = (side(s) for s in item["sides"])
            what = str(item.get("what") or item.get("why_not"))
            told = "internal" if first.doc == second.doc else str(item.get("kind") or "numeric")
            kind.append(Pair(str(item["id"]), what, (first, second), told.split()[0]))
    return key


#: The first number of a key's value ("58.9% (2021)": 58.9).
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


#: Markdown's inline marks, which a rendered page does not show: a key's writer quotes
#: "The default rate_limit is now 1200" from "The default `rate_limit` is now 1200", and
#: "Hessock: 47% full" from "**Hessock:** 47% full".
_INLINE_MARKS = re.compile(r"`+|\*{1,3}|(?<![A-Za-z0-9])_{1,2}|_{1,2}(?![A-Za-z0-9])")


def _find_rendered(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` lies in ``text`` read without Markdown's inline marks, as offsets of
    ``text``; None if it is not there either."""
    kept: list[int] = []  # for each character kept, its offset in text
    pieces: list[str] = []
    at = 0
    for mark in _INLINE_MARKS.finditer(text):
        pieces.append(text[at : mark.start()])
        kept.extend(range(at, mark.start()))
        at = mark.end()
    if not pieces:
        return None
    pieces.append(text[at:])
    kept.extend(range(at, len(text)))
    found = Text("".join(pieces)).find(quote)
    if found is None:
        return None
    return kept[found[0]], kept[found[1] - 1] + 1


def _figure(text: str, span: tuple[int, int] | None, value: object) -> int | None:
    """Where the key value's first number stands in the quote, when written there exactly
    once (not inside a longer number); else None."""
    found = _NUMBER_RE.search(str(value or ""))
    if span is None or found is None:
        return None
    number = re.escape(found.group().rstrip(",."))
    places = list(re.finditer(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)", text[span[0] : span[1]]))
    return span[0] + places[0].start() if len(places) == 1 else None


def run_factcheck(key: Key, workdir: Path) -> tuple[dict[str, Any], int]:
    """Extract then check, zero-config, in fresh processes; the check's JSON and the drafts."""
    claims = workdir / "claims.yaml"
    documents = [str(p) for p in sorted(set(key.documents.values()))]
    command = [sys.executable, "-m", "factcheck"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [*command, "extract", *documents, "-o", str(claims)],
        check=True,
        capture_output=True,
        env=env,
        cwd=workdir,
    )
    root = os.path.commonpath(documents)
    checked = subprocess.run(
        [*command, "check", str(claims), "--format", "json", "--root", root],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
    )
    if checked.returncode not in (0, 1):
        raise RuntimeError(f"check failed ({checked.returncode}): {checked.stderr}")
    report = json.loads(checked.stdout)
    return report, len(report["claims"])


def claims_of(report: dict[str, Any], claims_dir: Path) -> dict[str, Claim]:
    files = {s["id"]: (claims_dir / s["path"]).resolve() for s in report["sources"]}
    return {
        c["id"]: Claim(
            c["id"],
            files[c["source"]],
            tuple(c["span"]),
            c["quote"],
            c["value"]["text"],
            c["subject"],
        )
        for c in report["claims"]
        if c.get("span")
    }


def sides_of(finding: dict[str, Any]) -> list[list[str]]:
    if "sides" in finding:
        return [list(side) for side in finding["sides"]]
    return [list(group["claims"]) for group in finding.get("groups", [])]


def covers(claim: Claim, side: Side) -> bool:
    if side.span is None or claim.file != side.file:
        return False
    if side.figure is not None:
        return claim.span[0] <= side.figure < claim.span[1]
    return claim.span[0] < side.span[1] and side.span[0] < claim.span[1]


def reports(sides: list[list[Claim]], pair: Pair) -> bool:
    first, second = pair.sides
    for i, one in enumerate(sides):
        for j, other in enumerate(sides):
            if (
                i != j
                and any(covers(c, first) for c in one)
                and any(covers(c, second) for c in other)
            ):
                return True
    return False


def score(key: Key, show: bool) -> Score:
    with tempfile.TemporaryDirectory(prefix="disagree-") as tmp:
        workdir = Path(tmp)
        report, drafts = run_factcheck(key, workdir)
        claims = claims_of(report, workdir)
    conflicts = [
        f for f in report["findings"] if f["kind"] == "conflict" and not f.get("suppressed")
    ]
    true_found: set[str] = set()
    false_found: set[str] = set()
    other = 0
    unsure = dict.fromkeys(("true", "false", "other"), 0)
    lines = []
    for finding in conflicts:
        sides = [[claims[c] for c in side if c in claims] for side in sides_of(finding)]
        hits = [p.id for p in key.disagreements if reports(sides, p)]
        looks = [p.id for p in key.lookalikes if reports(sides, p)]
        true_found.update(hits)
        false_found.update(looks)
        if not hits and not looks:
            other += 1
        marked = finding.get("grouping_unsure")
        if marked:
            unsure["false" if looks else "true" if hits else "other"] += 1
        if show:
            verdict = ", ".join([*(f"TRUE {h}" for h in hits), *(f"FALSE {x}" for x in looks)])
            note = f" [grouping unsure: chance {marked['chance']:.2f}]" if marked else ""
            lines.append(f"  [{verdict or 'other'}] {finding['message']}{note}")
            for n, side in enumerate(sides):
                for c in side:
                    lines.append(f"      {'AB'[n % 2]} {c.file.name}: {c.value} | {c.quote}")
    kinds: dict[str, list[int]] = {}
    for pair in key.disagreements:
        counts = kinds.setdefault(pair.kind, [0, 0])
        counts[0] += pair.id in true_found
        counts[1] += 1
    misses = dict.fromkeys(("not drafted", "apart", "together"), 0)
    for pair in key.disagreements:
        if pair.id not in true_found:
            misses[_why_missed(pair, claims)] += 1
    if show:
        print(f"== {key.name}: conflicts")
        print("\n".join(lines))
        missed = [p for p in key.disagreements if p.id not in true_found]
        print(f"== {key.name}: missed disagreements")
        for p in missed:
            print(f"  {p.id} {p.what} ({_why_missed(p, claims)})")
            for s in p.sides:
                near = [c for c in claims.values() if covers(c, s)]
                drafted = "; ".join(f"{c.subject} = {c.value}" for c in near) or "no claim"
                print(f"      {s.doc}: {s.quote!r} -> {drafted}")
    return Score(
        key.name,
        len(key.disagreements),
        sorted(true_found),
        len(key.lookalikes),
        sorted(false_found),
        other,
        len(conflicts),
        drafts,
        unsure,
        kinds,
        misses,
    )


def _why_missed(pair: Pair, claims: dict[str, Claim]) -> str:
    """``not drafted`` when a side has no claim, ``apart`` when its two sides' claims share no
    subject, else ``together`` (one subject, and no conflict between them: their values agree,
    their contexts differ, or a claim is a draft check left out)."""
    first, second = ([c for c in claims.values() if covers(c, s)] for s in pair.sides)
    if not first or not second:
        return "not drafted"
    shared = {c.subject for c in first} & {c.subject for c in second}
    return "together" if shared else "apart"


def table(scores: Sequence[Score]) -> str:
    rows = [
        "| corpus | claims | conflicts | true found | false (look-alikes) | other "
        "| grouping unsure (true/false/other) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        rows.append(
            f"| {s.name} | {s.drafts} | {s.findings} | {len(s.true_found)} of {s.true_total} | "
            f"{len(s.false_found)} of {s.false_total} | {s.other} | {_unsure(s.unsure)} |"
        )
    t_found = sum(len(s.true_found) for s in scores)
    t_total = sum(s.true_total for s in scores)
    f_found = sum(len(s.false_found) for s in scores)
    f_total = sum(s.false_total for s in scores)
    share = f" ({100 * t_found / t_total:.0f} %)" if t_total else ""
    rows.append(
        f"| **all** | {sum(s.drafts for s in scores)} | {sum(s.findings for s in scores)} | "
        f"**{t_found} of {t_total}**{share} | **{f_found} of {f_total}** | "
        f"{sum(s.other for s in scores)} | "
        f"{_unsure({k: sum(s.unsure.get(k, 0) for s in scores) for k in ('true', 'false', 'other')})} |"
    )
    return "\n".join(rows)


def _unsure(counts: dict[str, int]) -> str:
    """``3 (1/0/2)``: conflicts marked grouping unsure, and how many are true, false, other."""
    total = sum(counts.values())
    return f"{total} ({counts.get('true', 0)}/{counts.get('false', 0)}/{counts.get('other', 0)})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="folders with a KEY.yaml")
    parser.add_argument("--heldout", action="store_true", help="score the held-out round")
    parser.add_argument("--show", action="append", default=[], help="corpus name to detail")
    args = parser.parse_args(argv)
    if args.corpora:
        paths = [p / "KEY.yaml" for p in args.corpora]
    else:
        paths = HELDOUT if args.heldout else DEV
    keys = [load_key(p) for p in paths]
    for key in keys:
        for problem in key.problems:
            print(f"warning: {problem}", file=sys.stderr)
    scores = [score(key, key.name in args.show) for key in keys]
    print(table(scores))
    print()
    print(kinds_table(scores))
    return 0


def kinds_table(scores: Sequence[Score]) -> str:
    """True disagreements found per kind, and why the others were missed."""
    kinds: dict[str, list[int]] = {}
    for s in scores:
        for kind, (found, total) in s.kinds.items():
            counts = kinds.setdefault(kind, [0, 0])
            counts[0] += found
            counts[1] += total
    rows = ["| kind of disagreement | found |", "|---|---:|"]
    rows += [f"| {k} | {f} of {t} |" for k, (f, t) in sorted(kinds.items())]
    why = {k: sum(s.misses.get(k, 0) for s in scores) for k in ("not drafted", "apart", "together")}
    rows.append(
        f"\nmissed: {why['not drafted']} with a side not drafted, {why['apart']} drafted under "
        f"different subjects, {why['together']} under one subject and not reported"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main())

"""Advice as a stance on one named action (stance31): the measured table.

Over every advice pair of the development keys (the six transfer corpora of rounds 16-17 left
out) it prints each side's quote with what today's readers read in it (``polarity`` stances,
``instructions`` acts, ``statements``, ``named_actions``), whether the pair is of the form "one
action by its verb and object, do against do not" (``FORM``, read by hand from the keys), and,
given the ``--show`` output of ``disagreements.py``, whether the extractor found it. Then every
pair of named actions of two documents that ``named_actions.opposed`` relates, judged by the
keys (true, a look-alike, or a pair no key lists), and a summary.

    python benchmarks/disagreements.py --show ldn --show ... > /tmp/show.txt   # every corpus
    python benchmarks/stance31_table.py --show /tmp/show.txt > /tmp/stance31-table.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, Key, Side, load_key
from factcheck.extract.instructions import find_acts
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.named_actions import NamedAction, find_named_actions, opposed
from factcheck.extract.polarity import find_stances
from factcheck.extract.statements import find_statements
from factcheck.text.documents import Text, read_document

#: Rounds 16-17, kept unread as the transfer set.
TRANSFER = {"mapforge", "rabies", "reservoir", "pagewright", "shingles", "strike"}
#: The advice pairs of the form, read by hand from the keys' quotes: one action by its verb and
#: object (or one thing used), told to do, allowed, needed or said to help on one side and told
#: not to, not needed or said to do nothing on the other. Not: software defaults and
#: requirements, choices between named opposites (time of day, food, order, side, place,
#: manner), facts told as advice.
FORM = set(
    """
    sleepkids:d4 lenses:d3 lenses:d4 hydration:d5 bridge:d6 bridge:d11 headlice:d7 museum:d9
    breach:d6 breach:d11 snapvault:d9 ticks:d3 ticks:d7 ticks:d12 hearing:d5 heatwave:d11
    inhaler:d3 inhaler:d11 landslide:d10 landslide:d12 gout:d6 gout:d9 gout:d13 merger:d11
    migraine:d4 migraine:d9 migraine:d11 compost:d5 sunscreen:d4 sunscreen:d10 bikeshare:d8
    bikeshare:d9 bikeshare:d11 fluoride:d3 fluoride:d10 hashkit:d12 fennimatch:d10
    fennimatch:d11 heelpain:d8 heelpain:d9 meteorite:d10 meteorite:d13 caverescue:d13
    quirepress:d10 quirepress:d11 veins:d10 veins:d11 postwick:d9 postwick:d10 warts:d5
    warts:d6 whale:d10 altitude:d9 altitude:d10 shipwreck:d11 wirelark:d12 nosebleed:d3
    nosebleed:d4 rowwright:d8 balloon:d9 tenniselbow:d6 tenniselbow:d7 trawlkit:d8 lactose:d8
    mulish:d13 pigeon:d11 pigeon:d12 roadster:d10 toenail:d5 toenail:d6 wordloom:d9
    wordloom:d10 aquarium:d4 aquarium:d5 thumbwright:d4 zinc:d5 zinc:d6 chilblains:d7
    chilblains:d8 fernwatch:d10 lighthouse:d10 carpal:d10 carpal:d11 launch:d11 quilldiff:d8
    quilldiff:d9 creatine:d10 coldwater:d5 coldwater:d10 wildfire:d10 clitool:d7 radon:d5
    radon:d6
    """.split()  # noqa: SIM905
)
RECENT = {"heartburn", "wolf", "loudwick", "chilblains", "lighthouse", "fernwatch", "carpal",
          "launch", "quilldiff"}  # fmt: skip


def _missed(show: Path | None) -> tuple[set[str], set[str]]:
    """The corpora the ``--show`` output covers and the ``corpus:id`` pairs it lists as missed."""
    if show is None:
        return set(), set()
    corpora, missed, corpus = set(), set(), ""
    for line in show.read_text(encoding="utf-8").splitlines():
        if (heading := re.match(r"== (\S+): missed", line)) is not None:
            corpus = heading[1]
            corpora.add(corpus)
        elif line.startswith("== "):
            corpus = ""
        elif corpus and (pair := re.match(r"  (d\d+) ", line)) is not None:
            missed.add(f"{corpus}:{pair[1]}")
    return corpora, missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=Path, help="disagreements.py --show output of every corpus")
    args = parser.parse_args()
    shown, missed = _missed(args.show)
    texts: dict[Path, tuple[str, TextIndex, list[NamedAction]]] = {}

    def read(path: Path) -> tuple[str, TextIndex, list[NamedAction]]:
        if path not in texts:
            text = Text(read_document(path)).text
            index = TextIndex(text)
            texts[path] = (text, index, find_named_actions(text, index))
        return texts[path]

    def readings(side: Side) -> str:
        if side.span is None:
            return "quote not found"
        text, index, named = read(side.file)
        start, end = side.span
        out = [f"stance {s.label}" for s in find_stances(text, index) if _over(s.quote, start, end)]
        out += [f"act {a.label}" for a in find_acts(text, index) if _over(a.span, start, end)]
        out += [f"statement {s.label}" for s in find_statements(text, index)
                if _over(s.span, start, end)]  # fmt: skip
        out += [f"named {a.label} {a.verb} {'+'.join(sorted(a.objects))}" for a in named
                if _over(a.span, start, end)]  # fmt: skip
        return ", ".join(out) or "nothing"

    counts = {"pairs": 0, "form": 0, "form found": 0, "form recent": 0, "named true": 0,
              "named false": 0, "named other": 0}  # fmt: skip
    for path in DEV:
        key = load_key(path)
        if key.name in TRANSFER:
            continue
        for pair in key.disagreements:
            if pair.kind != "advice":
                continue
            name = f"{key.name}:{pair.id}"
            form = name in FORM
            found = "?" if key.name not in shown else "missed" if name in missed else "found"
            counts["pairs"] += 1
            counts["form"] += form
            counts["form found"] += form and found == "found"
            counts["form recent"] += form and key.name in RECENT
            print(f"## {name} [{'form' if form else 'other'}, {found}] {pair.what}")
            for side in pair.sides:
                print(f"   {side.doc}: {side.quote!r}\n      -> {readings(side)}")
        related(key, lambda path: read(path)[0], lambda path: read(path)[2], counts)
    print(counts)
    return 0


def related(
    key: Key,
    text_of: Callable[[Path], str],
    named_of: Callable[[Path], list[NamedAction]],
    counts: dict[str, int],
    prefix: str = "",
) -> None:
    """Print every pair of named actions of two of ``key``'s documents that ``opposed``
    relates, judged by the key (``_judged``), and count the verdicts in ``counts``."""
    documents = sorted(set(key.documents.values()))
    named = [(doc, action) for doc in documents for action in named_of(doc)]
    for i, (doc, action) in enumerate(named):
        for other_doc, other in named[i + 1 :]:
            if doc == other_doc or not opposed(action, other):
                continue
            verdict = _judged(key, (doc, action.span), (other_doc, other.span))
            counts[f"named {verdict.split()[0]}"] += 1
            print(f"   RELATED [{verdict}] {prefix}{doc.name}: "
                  f"{text_of(doc)[slice(*action.span)]!r} / {other_doc.name}: "
                  f"{text_of(other_doc)[slice(*other.span)]!r}")  # fmt: skip


def _over(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def _judged(key, one: tuple[Path, tuple[int, int]], two: tuple[Path, tuple[int, int]]) -> str:  # type: ignore[no-untyped-def]
    def covers(side: Side, at: tuple[Path, tuple[int, int]]) -> bool:
        return side.span is not None and side.file == at[0] and _over(at[1], *side.span)

    def listed(pairs: list) -> list[str]:  # type: ignore[type-arg]
        return [p.id for p in pairs if (covers(p.sides[0], one) and covers(p.sides[1], two))
                or (covers(p.sides[1], one) and covers(p.sides[0], two))]  # fmt: skip

    if hits := listed(key.disagreements):
        return "true " + ",".join(hits)
    if looks := listed(key.lookalikes):
        return "false " + ",".join(looks)
    return "other"


if __name__ == "__main__":
    raise SystemExit(main())

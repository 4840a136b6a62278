"""Advice said as a judgement of a named thing or action (stance33): the measured table.

Over every advice pair of the development keys (the six transfer corpora of rounds 16-17 left
out) it prints whether a side states its stance as a judgement ("X is fine", "X works", "X does
no harm", "we don't recommend X", "X can safely VERB", "X is not recommended", "X strips ...":
``JUDGEMENT``, read by hand from the keys' quotes, and which of those name one action or thing on
both sides, ``SAME``), each side's named actions (``extract.named_actions``) and, given the
``--show`` output of ``disagreements.py``, whether the pair is found. Then every look-alike of the
keys with a judgement word in a quote and what is read in it, every pair of named actions of two
documents that ``named_actions.opposed`` relates, judged by the keys (true, a look-alike, or a
pair no key lists), and a summary.

    python benchmarks/disagreements.py --show ldn --show ... > /tmp/show.txt   # every corpus
    python benchmarks/stance33_table.py --show /tmp/show.txt > /tmp/stance33-table.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, Side, load_key
from benchmarks.stance31_table import TRANSFER, _missed, _over, related
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.named_actions import NamedAction, find_named_actions
from factcheck.text.documents import Text, read_document

#: Advice pairs with a side that states its stance as a judgement of a thing or an action, not
#: as an imperative, read by hand from the keys' quotes.
JUDGEMENT = set(
    """
    sleepkids:d4 sleepkids:d9 lenses:d3 lenses:d4 heatwave:d11 landslide:d12 gout:d9
    migraine:d11 compost:d10 sunscreen:d4 bikeshare:d8 fennimatch:d11 heelpain:d8 meteorite:d10
    quirepress:d11 veins:d10 veins:d11 postwick:d9 postwick:d10 warts:d5 altitude:d9
    altitude:d10 wirelark:d12 nosebleed:d4 rowwright:d9 tenniselbow:d6 trawlkit:d8 mulish:d13
    pigeon:d11 toenail:d5 wordloom:d10 heartburn:d6 thumbwright:d4 zinc:d5 zinc:d6 chilblains:d7
    chilblains:d8 quilldiff:d9 carpal:d10 carpal:d11 layerconf:d4 layerconf:d9 dandruff:d6
    dandruff:d7 wrenflake:d6 wrenflake:d11 coldwater:d5 hearing:d5
    """.split()  # noqa: SIM905
)
#: Of those, the pairs whose two sides name one action by one verb and object (or one thing
#: used), so that a reader of a stance on one named action may relate them; the others name a
#: kind against its member ("alcohol" and "a beer"), another verb for one act, or no thing.
SAME = set(
    """
    lenses:d3 fennimatch:d11 postwick:d9 wirelark:d12 meteorite:d10 warts:d5 quilldiff:d9
    chilblains:d8 carpal:d11 layerconf:d9 dandruff:d7 wrenflake:d6 wrenflake:d11 toenail:d5
    sunscreen:d4 thumbwright:d4 postwick:d10 veins:d10
    """.split()  # noqa: SIM905
)
RECENT = {"carpal", "launch", "quilldiff", "glucosamine", "ocean-row", "layerconf", "dandruff",
          "shearing", "wrenflake"}  # fmt: skip
#: Words of a judgement in a quote (to list the look-alikes of the form).
_JUDGED = re.compile(
    r"\b(?:recommend\w*|works?|helps?|fine|safe|safely|thread-safe|harm|harmless|harmful|strips|"
    r"myth|nothing|effective|useless|pointless|way|encouraged|deprecated|supported|worse)\b",
    re.IGNORECASE,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=Path, help="disagreements.py --show output of every corpus")
    args = parser.parse_args()
    shown, missed = _missed(args.show)
    texts: dict[Path, tuple[str, list[NamedAction]]] = {}

    def read(path: Path) -> tuple[str, list[NamedAction]]:
        if path not in texts:
            text = Text(read_document(path)).text
            texts[path] = (text, find_named_actions(text, TextIndex(text)))
        return texts[path]

    def readings(side: Side) -> str:
        if side.span is None:
            return "quote not found"
        _, named = read(side.file)
        out = [f"named {a.label} {a.verb} {'+'.join(sorted(a.objects))}"
               f"{' case ' + '+'.join(sorted(a.case)) if a.case else ''}"
               for a in named if _over(a.span, *side.span)]  # fmt: skip
        return ", ".join(out) or "nothing"

    counts = {"advice pairs": 0, "judgement": 0, "judgement found": 0, "same": 0,
              "same found": 0, "judgement recent": 0, "same recent found": 0,
              "look-alikes judged": 0, "named true": 0, "named false": 0,
              "named other": 0}  # fmt: skip
    for path in DEV:
        key = load_key(path)
        if key.name in TRANSFER:
            continue
        for pair in key.disagreements:
            if pair.kind != "advice":
                continue
            name = f"{key.name}:{pair.id}"
            judged, same = name in JUDGEMENT, name in SAME
            found = "?" if key.name not in shown else "missed" if name in missed else "found"
            counts["advice pairs"] += 1
            counts["judgement"] += judged
            counts["judgement found"] += judged and found == "found"
            counts["same"] += same
            counts["same found"] += same and found == "found"
            counts["judgement recent"] += judged and key.name in RECENT
            counts["same recent found"] += same and key.name in RECENT and found == "found"
            form = "same" if same else "judgement" if judged else "other"
            print(f"## {name} [{form}, {found}] {pair.what}")
            for side in pair.sides:
                print(f"   {side.doc}: {side.quote!r}\n      -> {readings(side)}")
        for look in key.lookalikes:
            if not any(_JUDGED.search(side.quote) for side in look.sides):
                continue
            counts["look-alikes judged"] += 1
            print(f"## {key.name}:{look.id} [look-alike] {look.what}")
            for side in look.sides:
                print(f"   {side.doc}: {side.quote!r}\n      -> {readings(side)}")
        related(key, lambda path: read(path)[0], lambda path: read(path)[1], counts, f"{key.name} ")
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

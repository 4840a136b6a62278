"""Score the labels `factcheck extract` gives drafted subjects against the gold lists' group names.

A label is what a reader sees of a subject in the terminal report, the HTML page and the claims
file, so it should read like a person wrote it ("Share of MS patients with fewer relapses", not
"Ms proportion population multiple share"). The gold lists of `benchmarks/extract_eval.py` name
each group by hand (`cold-daily-dose`, `max-lozenges-per-day`); this prints, per development
gold list, over the drafts matched to a gold row (after grouping, as `extract` writes them):

- **named**: the share of labels that say a content word of the gold group's name (the Snowball
  stems meet, or one is a prefix of the other of 3 letters or more: "max" and "maximum");
- **degenerate**: the share of labels that break one of the rules below (``degenerate``), and
  the same over every distinct label drafted in the list's documents (matched to gold or not).

A label is degenerate when it is (the first rule that holds is its reason):

- ``file``: it holds a file name ("Mapforge.yaml for mapforge");
- ``clause``: a whole clause, not a name: more than 8 words, a colon inside, or it opens with a
  subordinator ("Whether access full card numbers", "Time of day: website took");
- ``one-word``: one word ("Long", "Number", "Anyone");
- ``repeated``: the same content word twice ("Size the default size limit ...");
- ``bare-verb``: a verb phrase with no noun before it, a verb's past form or a base verb first in
  a label of two words or fewer ("Set year", "Reviewed duration");
- ``dangling``: it ends in a determiner, preposition, adverb or verb ("Company's first hosepipe
  ban since", "Length of far", "Time people aged"), except a relative clause the labeller made
  on purpose, a dimension's noun and three words or more ("Time the test suite takes"), and a
  phrasal verb's particle right after its verb ("Time since version 2.0 came out"; labels25).

    python benchmarks/labels_eval.py                      # the table and totals
    python benchmarks/labels_eval.py --show               # also each degenerate or unnamed label
    python benchmarks/labels_eval.py --dump > labels.txt  # every drafted label, to diff runs

Development lists only (no held-out list is read). No timing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import snowballstemmer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import GOLD, UNITS, drafted, load_gold, match, numeric
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.lexicon import past_participle, word_set
from factcheck.extract.subjects.labelwords import verb_base, verb_like

_STEM = snowballstemmer.stemmer("english")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_FILE_RE = re.compile(
    r"\b[\w-]+\.(?:ya?ml|toml|json|md|txt|py|cfg|ini|conf|html?|csv|log|sh|lock|xml|env)\b", re.I
)
#: Words of a gold group's name that say nothing of the measure ("max-lozenges-per-day").
_GOLD_STOP = word_set(
    "a an the of per for in on at to by with and or from vs day days week weeks hour hours year "
    "years month months"
)
DETERMINERS = word_set(
    "the a an this that these those its their his her our your my each every any some all no"
)
PREPOSITIONS = word_set(
    "of in on at to for with from by into onto over under after before during per about around "
    "between against within without than via across through toward towards since until up down "
    "off out as like"
)
ADVERBS = word_set(
    "far long ago now then soon later earlier still already just only also even again back away "
    "here there instead once twice often always never ever too very much more less most least "
    "yet alone together apart else"
)
#: A phrasal verb's particle, which ends its verb's phrase right after it ("Time since version
#: 2.0 came out", "Time to carry on"); after a noun it dangles ("Length of far", "lid on").
PARTICLES = word_set("out on off up down")
#: Irregular past forms a particle follows ("came out", "went down", "took off").
PHRASAL_PASTS = word_set("came went got took ran put gave broke held kept brought set")
SUBORDINATORS = word_set("whether if when because although though while unless where which that")
#: First words of a label the labeller makes from a clause on purpose ("Time the suite takes").
MADE = word_set("time year number share cost amount size weight distance length age change")
#: Words that are verbs in the label only by the shape test but read as nouns or adjectives
#: at a label's end ("Maximum speed", "Free disk space" are fine; these are checked first).
_NOT_VERBS = word_set(
    "need use limit cost size rate run dose count share change rise fall drop increase "
    "leave range level supply report start release time stay cap return"
)


def stems(text: str) -> list[str]:
    """The Snowball stems of the words of ``text``, lowered."""
    return [
        _STEM.stemWord(w.lower().replace("’", "'").removesuffix("'s"))
        for w in _WORD_RE.findall(text)
    ]


def named(label: str, group: str) -> bool:
    """Whether ``label`` says a content word of the gold ``group``'s name."""
    wanted = [s for w in group.split("-") if w and w not in _GOLD_STOP for s in stems(w)]
    said = stems(label)
    return any(
        a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
        for a in wanted
        for b in said
    )


def _verb(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb's form: a past form ("aged", "took"), a form
    ``labelwords.verb_like`` reads as a verb ("takes", "reached"), or a listed verb's base that
    is seldom a measure's noun ("fall", "set"; not "limit", "cost")."""
    if word in _NOT_VERBS:
        return False
    return (
        past_participle(word)
        or (word.endswith("ed") and len(word) > 3)
        or verb_like(word)
        or verb_base(word) == word != ""
    )


def degenerate(label: str) -> str:
    """Why ``label`` is degenerate by the rules of the module docstring, or ""."""
    if _FILE_RE.search(label):
        return "file"
    words = label.split()
    lower = [w.lower().strip(",;.()") for w in words]
    if len(words) > 8 or ":" in label or (lower and lower[0] in SUBORDINATORS):
        return "clause"
    if len(words) == 1:
        return "one-word"
    content = [w for w in lower if w not in DETERMINERS | PREPOSITIONS | ADVERBS]
    counts = Counter(_STEM.stemWord(w) for w in content if len(w) > 2)
    if counts and max(counts.values()) > 1:
        return "repeated"
    first = lower[0]
    if len(words) <= 2 and first not in MADE and _verb(first):
        return "bare-verb"
    last = lower[-1]
    made = lower[0] in MADE and len(words) >= 4
    particle = (
        last in PARTICLES and len(lower) > 2 and (_verb(lower[-2]) or lower[-2] in PHRASAL_PASTS)
    )
    if (
        (last in DETERMINERS | PREPOSITIONS and not particle)
        or last in ADVERBS
        or last.endswith("ly")
    ):
        return "dangling"
    if not made and _verb(last) and not last.endswith("ing"):
        return "dangling"
    if lower[0] in MADE and len(words) == 3 and lower[1] != "of" and verb_base(last):
        return "dangling"  # "Share stocks fall": a clause with no subject's words around it
    return ""


def labels_of(path: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """The (label, gold group) of each draft matched to a gold row of the list at ``path``, and
    every distinct label drafted for a number in its documents."""
    golds, texts = load_gold(path)
    documents = consolidate(drafted(texts), UNITS, None)
    matches = match(golds, documents)
    drafts = {document.path: document.drafts for document in documents}
    pairs = [
        (drafts[doc][index].subject.label, gold.group) for (doc, index), gold in matches.items()
    ]
    every = {d.subject.label for ds in drafts.values() for d in ds if numeric(d)}
    return pairs, every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(GOLD), action="append", default=[])
    parser.add_argument("--show", action="store_true", help="list degenerate and unnamed labels")
    parser.add_argument("--dump", action="store_true", help="print every drafted label only")
    args = parser.parse_args()
    total = Counter[str]()
    reasons = Counter[str]()
    if not args.dump:
        print(
            f"{'gold list':<13} {'matched':>7} {'named':>7} {'degen.':>7} {'labels':>6} {'degen.':>7}"
        )
    for name, path in GOLD.items():
        if args.only and name not in args.only:
            continue
        pairs, every = labels_of(path)
        if args.dump:
            for label in sorted(every):
                print(f"{name}\t{label}\t{degenerate(label)}")
            continue
        hit = sum(named(label, group) for label, group in pairs)
        bad = sum(bool(degenerate(label)) for label, _ in pairs)
        bad_all = [label for label in every if degenerate(label)]
        reasons.update(degenerate(label) for label in bad_all)
        total.update(
            matched=len(pairs), named=hit, bad=bad, labels=len(every), bad_all=len(bad_all)
        )
        print(
            f"{name:<13} {len(pairs):>7} {hit / max(len(pairs), 1):>7.1%} "
            f"{bad / max(len(pairs), 1):>7.1%} {len(every):>6} {len(bad_all) / max(len(every), 1):>7.1%}"
        )
        if args.show:
            for label, group in sorted(set(pairs)):
                why = degenerate(label)
                if why or not named(label, group):
                    print(f"    {label!r} [{group}] {why or 'unnamed'}")
    if args.dump:
        return
    print(
        f"{'TOTAL':<13} {total['matched']:>7} {total['named'] / max(total['matched'], 1):>7.1%} "
        f"{total['bad'] / max(total['matched'], 1):>7.1%} {total['labels']:>6} "
        f"{total['bad_all'] / max(total['labels'], 1):>7.1%}"
    )
    print(
        f"matched drafts: {total['named']} of {total['matched']} named, {total['bad']} degenerate; "
        f"distinct labels: {total['bad_all']} of {total['labels']} degenerate "
        + ", ".join(f"{why} {n}" for why, n in reasons.most_common())
    )


if __name__ == "__main__":
    main()

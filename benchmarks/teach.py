"""How much a reviewed first round of documents improves the grouping of the next ones.

For every gold list (each mention mapped to its gold subject), each document in turn is the first
round: extract drafts it, and a simulated reviewer writes its claims file with each found figure
under its gold subject (id the gold group, label the group's words), `status: reviewed`, and
deletes the drafts the gold does not list. The remaining documents are then extracted into that
file as `factcheck extract` does (the file's subjects as vocabulary, its reviewed claims
teaching, see ``extract.teach``), and grouping is scored - pairwise F1 against the gold - over
the new documents' mentions and over all mentions (the first round's at their gold subjects).
Compared with:

- ``alone``: the remaining documents extracted zero-config into an empty file;
- ``at once``: every document extracted together, zero-config;
- ``vocab``: the remaining documents extracted into the reviewed file without teaching, as
  before this benchmark (the file's subjects as vocabulary only).

Per topic the median over the splits is printed; ``overall`` is the median over topics and
``pooled`` the F1 of every topic's and split's pairs together.

    python benchmarks/teach.py                 # the shipped pair model (fitted on these lists)
    python benchmarks/teach.py --loto          # each topic's pair model fitted without it
    python benchmarks/teach.py --only caffeine --show   # also the split's wrong pairs
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_eval import GOLD, UNITS, WORDS, Gold, load_gold, match, numeric
from factcheck.corpus.load import load
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping import group
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.grouping.pairmodel import PairModel, shipped
from factcheck.extract.run import vocabulary_of
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.extract.teach import learned
from factcheck.values.units import UnitError

Pairs = tuple[int, int, int]
"""True positive, false positive and false negative pairs."""
MODES = ("at once", "alone", "vocab", "taught")


@dataclass(frozen=True)
class Split:
    """One split's pairs per mode: over the new documents' mentions, and over all mentions."""

    new: dict[str, Pairs]
    all: dict[str, Pairs]
    wrong: tuple[str, ...]


def pairs(labelled: Sequence[tuple[str, str]]) -> Pairs:
    """Pairs of (gold group, subject) counted as extract_eval.py counts them."""
    tp = fp = fn = 0
    for (gold_a, pred_a), (gold_b, pred_b) in itertools.combinations(labelled, 2):
        same_gold, same_pred = gold_a == gold_b, pred_a == pred_b
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp, fp, fn


def f1(counts: Pairs) -> float:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def labelled(golds: list[Gold], documents: list[Document]) -> list[tuple[Gold, str]]:
    """Each gold mention the documents' drafts found, with the draft's subject."""
    return [(gold, draft.subject.id) for gold, draft in found(golds, documents)]


def found(golds: list[Gold], documents: list[Document]) -> list[tuple[Gold, Draft]]:
    """Each gold mention the documents' drafts found, with the draft."""
    drafts = {document.path: document.drafts for document in documents}
    matched = match([g for g in golds if g.doc in drafts], documents)
    return [(gold, drafts[doc][index]) for (doc, index), gold in matched.items()]


def draft(texts: dict[str, str], vocabulary: tuple[VocabularySubject, ...] = ()) -> list[Document]:
    return [
        Document(doc, text, tuple(draft_claims(doc, text, WORDS, vocabulary)))
        for doc, text in texts.items()
    ]


def reviewed_file(
    golds: list[Gold], first: list[Document], root: Path, folder: Path, model: PairModel
) -> str:
    """The first round's claims file as the simulated reviewer leaves it."""
    grouped = consolidate(first, UNITS, model)
    found = match([g for g in golds if g.doc in {d.path for d in first}], grouped)
    by_path = {document.path: document for document in grouped}
    sources = [
        {"id": f"s{i}", "path": os.path.relpath(root / d.path, folder)} for i, d in enumerate(first)
    ]
    source_ids = {d.path: f"s{i}" for i, d in enumerate(first)}
    subjects: dict[str, dict[str, Any]] = {}
    claims = []
    for (doc, index), gold in sorted(found.items(), key=lambda item: (item[0][0], item[0][1])):
        drafted = by_path[doc].drafts[index]
        if not numeric(drafted) or drafted.label is not None or drafted.elapsed is not None:
            continue
        unit = drafted.mention.amount.unit
        subject = subjects.setdefault(gold.group, {"id": gold.group, "label": _label(gold.group)})
        if unit and "unit" not in subject:
            subject["unit"] = unit
        elif unit and not _converts(unit, subject["unit"]):
            # The reviewer declares the rate the documents state ("15 mcg (600 IU)"), if any.
            rate = next((r for r in drafted.subject.rates if r.unit == unit), None)
            if rate is None:
                continue
            conversions = subject.setdefault("conversions", {})
            conversions[unit] = f"{rate.factor:.6g} {rate.other}"
        if not drafted.mention.amount.single:
            subject["kind"] = "range"
        claims.append(
            {
                "id": f"c{len(claims)}",
                "source": source_ids[doc],
                "subject": gold.group,
                "value": drafted.value,
                "quote": drafted.quote,
                "status": "reviewed",
            }
        )
    for subject in subjects.values():
        if subject.get("kind") == "range" and "unit" not in subject:
            subject["kind"] = "value"
    return json.dumps(
        {"version": 1, "sources": sources, "subjects": list(subjects.values()), "claims": claims}
    )


def _converts(unit: str, other: str) -> bool:
    try:
        UNITS.converter(unit, other)
    except UnitError:
        return False
    return True


def _label(group: str) -> str:
    return group.replace("-", " ").capitalize()


def split(
    golds: list[Gold], texts: dict[str, str], first: set[str], root: Path, model: PairModel
) -> Split:
    """Scores with ``first`` (document paths under ``root``) as the reviewed first round."""
    plain = draft(texts)
    rest = [d for d in plain if d.path not in first]
    news = {d.path for d in rest}
    new: dict[str, Pairs] = {}
    every: dict[str, Pairs] = {}
    wrong: list[str] = []

    def scored(mode: str, found: list[tuple[Gold, str]], reviewed: list[tuple[Gold, str]]) -> None:
        on_new = [(g.group, s) for g, s in found if g.doc in news]
        new[mode] = pairs(on_new)
        every[mode] = pairs([*reviewed, *on_new])
        if mode == "taught":
            for (ga, sa), (gb, sb) in itertools.combinations(
                [(g, s) for g, s in found if g.doc in news], 2
            ):
                if (ga.group == gb.group) != (sa == sb):
                    kind = "SPLIT" if ga.group == gb.group else "MERGED"
                    wrong.append(f"{kind} {ga.text!r} [{sa}] / {gb.text!r} [{sb}] ({ga.group})")

    at_once = labelled(golds, consolidate(plain, UNITS, model))
    scored("at once", at_once, [])
    every["at once"] = pairs([(g.group, s) for g, s in at_once])
    scored("alone", labelled(golds, consolidate(rest, UNITS, model)), [])
    first_round = [d for d in plain if d.path in first]
    with tempfile.TemporaryDirectory() as folder:
        claims = Path(folder) / "claims.yaml"
        claims.write_text(reviewed_file(golds, first_round, root, Path(folder), model), "utf-8")
        corpus = load(str(claims), documents=False)
        with contextlib.chdir(root):  # extract reads the documents under the working directory
            taught = learned(corpus, UNITS)
    reviewed = {(c.subject, c.quote) for c in corpus.claims}
    at_gold = [
        (g.group, g.group)
        for g, d in found(golds, consolidate(first_round, UNITS, model))
        if (g.group, d.quote) in reviewed
    ]
    later = {p: t for p, t in texts.items() if p in news}
    vocabulary = vocabulary_of(corpus.subjects.values(), UNITS)
    scored("vocab", labelled(golds, consolidate(draft(later, vocabulary), UNITS, model)), at_gold)
    drafted = draft(later, taught.vocabulary)
    grouped = consolidate(drafted, UNITS, model, reviewed=taught.reviewed)
    scored("taught", labelled(golds, grouped), at_gold)
    return Split(new, every, tuple(wrong))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(GOLD), action="append", default=[])
    parser.add_argument("--show", action="store_true", help="list the taught mode's wrong pairs")
    parser.add_argument("--loto", action="store_true", help="fit each topic's model without it")
    parser.add_argument("--threshold", type=float, help=f"TEACH (default {group.TEACH})")
    args = parser.parse_args()
    if args.threshold is not None:
        group.TEACH = args.threshold
    print(
        f"teach threshold {group.TEACH}; model: {'leave one topic out' if args.loto else 'shipped'}"
    )
    header = " ".join(f"{m:>8}" for m in MODES)
    print(f"{'':<11} {'new documents':^35}   {'all documents':^35}")
    print(f"{'topic':<11} {header}   {header}")
    medians: dict[str, list[float]] = {f"{s}{m}": [] for s in ("new", "all") for m in MODES}
    pooled: dict[str, list[int]] = {f"{s}{m}": [0, 0, 0] for s in ("new", "all") for m in MODES}
    topics = [name for name in GOLD if not args.only or name in args.only]
    trained = _loto(topics) if args.loto else {}
    for name in topics:
        golds, texts = load_gold(GOLD[name])
        root = GOLD[name].parent / _root(GOLD[name])
        model = trained.get(name, shipped())
        splits = [split(golds, texts, {doc}, root, model) for doc in texts]
        row = []
        for scope in ("new", "all"):
            for mode in MODES:
                scores = [f1(getattr(s, scope)[mode]) for s in splits]
                medians[f"{scope}{mode}"].append(statistics.median(scores))
                row.append(statistics.median(scores))
                for s in splits:
                    for i, count in enumerate(getattr(s, scope)[mode]):
                        pooled[f"{scope}{mode}"][i] += count
        cells = [f"{x:>8.2f}" for x in row]
        cells[MODES.index("alone") + len(MODES)] = f"{'-':>8}"  # no first round: nothing more
        print(f"{name:<11} {' '.join(cells[:4])}   {' '.join(cells[4:])}")
        if args.show:
            for s in splits:
                for line in s.wrong:
                    print("   ", line)
    keys = [f"{s}{m}" for s in ("new", "all") for m in MODES]
    cells = [f"{statistics.median(medians[k]):>8.2f}" for k in keys]
    cells[MODES.index("alone") + len(MODES)] = f"{'-':>8}"
    print(f"{'overall':<11} {' '.join(cells[:4])}   {' '.join(cells[4:])}")
    cells = [f"{f1((pooled[k][0], pooled[k][1], pooled[k][2])):>8.2f}" for k in keys]
    cells[MODES.index("alone") + len(MODES)] = f"{'-':>8}"
    print(f"{'pooled':<11} {' '.join(cells[:4])}   {' '.join(cells[4:])}")


def _root(path: Path) -> str:
    from ruamel.yaml import YAML

    return str(YAML(typ="safe").load(path.read_text(encoding="utf-8"))["root"])


def _loto(topics: list[str]) -> dict[str, PairModel]:
    """Per topic, the pair model fitted on the other gold lists (needs '.[bench]')."""
    from benchmarks import train_grouping

    model = shipped()
    loaded = [train_grouping.load(name, path) for name, path in GOLD.items()]
    c = float(json.loads(train_grouping.MODEL.read_text(encoding="utf-8"))["regularisation_c"])
    return {
        t.name: replace(
            train_grouping.as_model(
                train_grouping.fit([o for o in loaded if o is not t], c), model.join, model.link
            )
        )
        for t in loaded
        if t.name in topics
    }


if __name__ == "__main__":
    main()

"""Which context triggers keep true pairs apart: an audit of the context keys drafting assigns.

`check` compares two claims only when their contexts are the same (a key only one of them has
makes it a special case of the other's figure), so a context key that one side of a true
disagreement has and the other does not keeps the pair apart. For every context key and value
drafting assigns, and the trigger word that set it, this counts over the development gold lists
(``extract_eval.GOLD``) and the development disagreement keys (``disagreements.DEV``):

- **a** (harm): pairs that state one quantity in two documents (a gold list's same-group pair,
  a key's true disagreement) which the key separates: one side has it and the other does not,
  or their values differ;
- **b** (use): pairs of look-alikes it separates: a gold list's different-group pair of two
  documents of one dimension that share a key word (they would otherwise meet), or a key's
  look-alike pair.

**a key** and **b key** count the disagreement keys' pairs apart (what `disagreements.py`
scores; a gold list's same-group pair mostly states one value twice, no disagreement). A pair
is counted once per side that has the key, so a key whose values differ on the two sides is
counted on both. A trigger with many in **a** and few in **b** is harmful; ``--examples``
lists a row's pairs (``a``/``A``: gold/key true pairs, ``b``/``B``: look-alikes). The corpora of rounds 16 and 17
(the transfer test: mapforge, rabies, reservoir, pagewright, shingles, strike) are left out
unless ``--all`` is given, so that no rule is read off them.

The trigger is traced, not kept by drafting: the audit wraps ``propose`` to learn each draft's
sentence and clause (``Surroundings``) and reads, per key, the word of that sentence that the
key's reader acts on ("placebo", "control group", "initial", "used to", "I", ...); keys whose
value is itself the word ("population: children", "mode: dev") take the value.

    python benchmarks/contexts_audit.py                 # the top 15 rows
    python benchmarks/contexts_audit.py --top 40
    python benchmarks/contexts_audit.py --examples 'phase=starting'   # its separated pairs
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

# Audit this checkout, not an installed copy of factcheck.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import disagreements, extract_eval
from factcheck.extract import drafts as drafting
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions import news
from factcheck.extract.mentions.context import Surroundings, words
from factcheck.extract.subjects import contexts
from factcheck.extract.subjects.roles import population_words
from factcheck.text.tables import read_text

#: Rounds 16 and 17, kept unread for the transfer test.
TRANSFER = frozenset({"mapforge", "rabies", "reservoir", "pagewright", "shingles", "strike"})

#: Where each drafted figure stood: (text hash, mention span) -> its surroundings.
_WHERE: dict[tuple[int, tuple[int, int]], Surroundings] = {}


def _tracing(propose: Callable[..., object]) -> Callable[..., object]:
    """``propose`` recording the surroundings of every figure it is given."""

    def traced(text: str, mention: object, where: Surroundings, *rest: object) -> object:
        _WHERE[(hash(text), mention.span)] = where  # type: ignore[attr-defined]
        return propose(text, mention, where, *rest)

    return traced


drafting.propose = _tracing(drafting.propose)  # type: ignore[assignment]

#: Words of starting (``roles``' and ``wordings``' starting phrases), the nearest before wins.
_STARTING_RE = re.compile(
    r"\b(?:to (?:begin|start) with|at (?:the )?(?:start|outset|beginning)|in the beginning"
    r"|early on|at first|first (?:step|stage|phase|\w+)|step 1|start|starting|started|starts"
    r"|begin|beginning|begins|initial|initially)\b",
    re.IGNORECASE,
)
_ARM_RE = re.compile(r"\b(?:placebo|control)\b(?:\s+[a-z]+)?", re.IGNORECASE)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|my|mine|myself|me)\b")
_STUDY_RE = re.compile(
    r"\b(?:study|studies|trial|trials|participants|volunteers|subjects|researchers|randomi[sz]ed"
    r"|cohort)\b",
    re.IGNORECASE,
)


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int, at: int) -> str:
    """The match of ``pattern`` in ``text[start:end]`` nearest before ``at`` (else the first
    after it), lower case, or ""."""
    found = list(pattern.finditer(text, start, end))
    before = [m for m in found if m.end() <= at]
    chosen = before[-1] if before else (found[0] if found else None)
    return " ".join(chosen.group().lower().split()) if chosen else ""


def trigger(text: str, draft: Draft, key: str, value: str) -> str:
    """The word of the draft's sentence that set ``key: value`` (see the module's docstring)."""
    where = _WHERE.get((hash(text), draft.mention.span))
    span = draft.mention.span
    sentence = where.sentence if where else (max(0, span[0] - 200), span[1] + 100)
    clause = where.clause if where else sentence
    if key == "phase" and value == "starting":
        return (
            _nearest(_STARTING_RE, text, clause[0], clause[1], span[0])
            or _nearest(_STARTING_RE, text, sentence[0], sentence[1], span[0])
            or "(role phrase)"
        )
    if key == "phase" and value == "previous":
        earlier = contexts._EARLIER_RE.search(text, sentence[0], sentence[1])
        if earlier:
            return " ".join(earlier.group().lower().split())
        if contexts.comparative(text, span):
            return "(comparative in parentheses)"
        return "(release, was, table)"
    if key == "arm":
        return _nearest(_ARM_RE, text, max(sentence[0], span[0] - 60), clause[1], span[0]) or (
            "(table column)"
        )
    if key == "basis" and value == "personal":
        return _nearest(_FIRST_PERSON_RE, text, sentence[0], sentence[1], span[0]) or "(anecdote)"
    if key == "basis" and value == "study":
        return _nearest(_STUDY_RE, text, sentence[0], sentence[1], span[0]) or "(protocol)"
    if key == "basis" and value == "alternative":
        return "instead"
    if key == "population":
        said = set(words(text[sentence[0] : sentence[1]]))
        named = sorted(population_words(value) & said)
        return named[0] if named else value
    if key == "change":
        return _nearest(news._CHANGE_RE, text, clause[0], clause[1], span[0]) or "(its own words)"
    if key in ("example", "size"):
        return f"({key})"
    return value


def _sentence(text: str, draft: Draft) -> str:
    """The draft's sentence, as drafting read it."""
    where = _WHERE.get((hash(text), draft.mention.span))
    return text[where.sentence[0] : where.sentence[1]] if where else draft.quote


def _values(text: str, draft: Draft) -> dict[str, tuple[str, str]]:
    """The draft's context keys: key -> (value, trigger)."""
    return {
        key: (value, trigger(text, draft, key, value))
        for key, value in draft.subject.context.items()
    }


class Audit:
    """The counts of the table: per (key=value, trigger), pairs separated of each side."""

    def __init__(self) -> None:
        self.harm: Counter[tuple[str, str]] = Counter()
        self.use: Counter[tuple[str, str]] = Counter()
        self.keyed: Counter[tuple[str, str]] = Counter()
        self.harm_keyed: Counter[tuple[str, str]] = Counter()
        self.corpora: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self.examples: defaultdict[str, list[str]] = defaultdict(list)

    def pair(
        self,
        corpus: str,
        harmful: bool,
        one: tuple[str, Draft],
        two: tuple[str, Draft],
        *,
        keyed: bool = False,
    ) -> None:
        """Count the keys that keep two drafts (with their texts) apart; ``keyed``: a key's
        pair (a true disagreement counted in **a** and apart as **a key**, a look-alike in
        **b** and apart as **b key**)."""
        first, second = _values(*one), _values(*two)
        for key in sorted(set(first) | set(second)):
            if first.get(key, ("",))[0] == second.get(key, ("",))[0]:
                continue
            for (text, draft), said in ((one, first), (two, second)):
                if key not in said:
                    continue
                row = (f"{key}={said[key][0]}", said[key][1])
                (self.harm if harmful else self.use)[row] += 1
                (self.harm_keyed if harmful else self.keyed)[row] += keyed
                if harmful:
                    self.corpora[row].add(corpus)
                self.examples[row[0]].append(
                    f"{('A' if keyed else 'a') if harmful else 'B' if keyed else 'b'} {corpus} [{said[key][1]}] {draft.quote!r}"
                    f" in {' '.join(_sentence(text, draft).split())[:220]!r}"
                )

    def table(self, top: int) -> str:
        rows = sorted(set(self.harm) | set(self.use), key=lambda r: (-self.harm[r], self.use[r], r))
        lines = [
            f"{'key=value':<26} {'trigger':<30} {'a':>4} {'a key':>5} {'b':>4} {'b key':>5} "
            f"{'corpora':>7}"
        ]
        for row in rows[:top]:
            lines.append(
                f"{row[0][:26]:<26} {row[1][:30]:<30} {self.harm[row]:>4} {self.harm_keyed[row]:>5} "
                f"{self.use[row]:>4} "
                f"{self.keyed[row]:>5} {len(self.corpora[row]):>7}"
            )
        lines.append(f"total a {sum(self.harm.values())}, b {sum(self.use.values())}")
        return "\n".join(lines)


def _shared_word(one: Draft, two: Draft) -> bool:
    return one.mention.dimension == two.mention.dimension and bool(
        set(one.subject.keywords) & set(two.subject.keywords)
    )


def audit_gold(audit: Audit, name: str, path: Path) -> None:
    """Gold list ``name``: same-group pairs of two documents (a) and look-alikes (b)."""
    golds, texts = extract_eval.load_gold(path)
    documents = consolidate(extract_eval.drafted(texts), extract_eval.UNITS)
    found = extract_eval.match(golds, documents)
    by_doc = {document.path: document for document in documents}
    matched = [(gold, by_doc[doc].text, by_doc[doc].drafts[i]) for (doc, i), gold in found.items()]
    for (g1, t1, d1), (g2, t2, d2) in itertools.combinations(matched, 2):
        if g1.doc == g2.doc:
            continue
        if g1.group == g2.group:
            audit.pair(name, True, (t1, d1), (t2, d2))
        elif _shared_word(d1, d2):
            audit.pair(name, False, (t1, d1), (t2, d2))


def _covering(document: Document, side: disagreements.Side) -> list[Draft]:
    if side.span is None:
        return []
    return [
        draft
        for draft in document.drafts
        if draft.mention.span[0] < side.span[1]
        and side.span[0] < draft.mention.span[1]
        and (side.figure is None or draft.mention.span[0] <= side.figure < draft.mention.span[1])
    ]


def audit_key(audit: Audit, path: Path) -> None:
    """A disagreement key: its true pairs (a) and look-alike pairs (b), drafted as extract does."""
    key = disagreements.load_key(path)
    files = sorted(set(key.documents.values()))
    documents: dict[Path, Document] = {}
    for file in files:
        text, tables = read_text(file)
        documents[file] = Document(
            str(file), text, tuple(draft_claims(str(file), text, extract_eval.WORDS, tables=tables))
        )
    grouped = consolidate(list(documents.values()), extract_eval.UNITS)
    documents = {Path(document.path): document for document in grouped}
    for harmful, pairs in ((True, key.disagreements), (False, key.lookalikes)):
        for pair in pairs:
            one, two = (documents[side.file] for side in pair.sides)
            candidates = [
                (a, b)
                for a in _covering(one, pair.sides[0])
                for b in _covering(two, pair.sides[1])
                if a is not b and a.mention.dimension == b.mention.dimension
            ]
            if not candidates or any(a.subject.context == b.subject.context for a, b in candidates):
                continue
            a, b = min(
                candidates,
                key=lambda c: len(
                    set(c[0].subject.context.items()) ^ set(c[1].subject.context.items())
                ),
            )
            audit.pair(key.name, harmful, (one.text, a), (two.text, b), keyed=True)


def run(corpora: Iterable[str] | None = None, everything: bool = False) -> Audit:
    audit = Audit()
    keep = set(corpora) if corpora else None

    def wanted(name: str) -> bool:
        return (keep is None or name in keep) and (everything or name not in TRANSFER)

    for name, path in extract_eval.GOLD.items():
        if wanted(name):
            audit_gold(audit, name, path)
    for path in disagreements.DEV:
        if wanted(path.parent.name):
            audit_key(audit, path)
    return audit


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--only", action="append", default=[], help="a gold list or corpus")
    parser.add_argument("--examples", action="append", default=[], help="key=value to show")
    parser.add_argument("--all", action="store_true", help="also the transfer corpora")
    args = parser.parse_args(argv)
    audit = run(args.only, args.all)
    print(audit.table(args.top))
    for row in args.examples:
        print(f"\n{row}:")
        for line in audit.examples.get(row, []):
            print("   ", line)


if __name__ == "__main__":
    main()

"""Count subject ids and labels that no person would write, over the development corpora.

Each development corpus of ``benchmarks/disagreements.py`` (``DEV``; the transfer six of rounds
16-17 are left out unread) is drafted and grouped in-process as ``factcheck extract`` does, and
every subject written (its id, and the label of its first draft as the claims file writes it)
is put in the classes below (one subject may be in several):

- ``stem in id`` / ``stem in label``: a word of the id or label that is no word of the corpus's
  documents and no word of the ids' own vocabulary (``count``, ``duration``, ``exit``...): a stem
  cut from a word ("someth" of "something", "contex" of "context");
- ``one-word label``: "Files", "Context", "Number";
- ``verb or name label``: a label whose every word is a verb form ("Refused", "Capped"), the
  product's or a document's name, or a generic word ("Quilldiff diffs", "Higher value");
- ``key-word label``: a label that is its key words and the dimension's noun after them
  ("Identical number", "Wrong number").

    python benchmarks/subject_names.py              # the table
    python benchmarks/subject_names.py --show 5     # and up to 5 examples per class
    python benchmarks/subject_names.py --dump       # every subject: corpus, id, label, classes
    python benchmarks/subject_names.py --stems      # as grouping keys them (before names31)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.disagreements import DEV, load_key
from factcheck.extract.grouping import group
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.run import draft_documents
from factcheck.extract.subjects.labelwords import verb_like
from factcheck.extract.subjects.written import ID_WORDS
from factcheck.values.units import Units

#: The transfer test's corpora (rounds 16-17): never read here.
TRANSFER = frozenset({"mapforge", "rabies", "reservoir", "pagewright", "shingles", "strike"})
_WORD_RE = re.compile(r"[a-z0-9]+")
_DIMENSION_NOUNS = word_set(
    "number count duration time size amount data share ratio year money length weight age "
    "temperature volume distance rate level dose percentage value"
)
_GENERIC = word_set(
    "higher lower value number wrong identical default files file lines line context "
    "changelog readme faq reference docs documentation"
)


def subjects_of(key_path: Path, units: Units) -> tuple[list[tuple[str, str]], set[str], str]:
    """The corpus's (id, label) pairs as extract writes them, its documents' words, its name."""
    key = load_key(key_path)
    files = sorted({str(p) for p in key.documents.values()})
    jobs = [(file, Path(file).name, ()) for file in files]
    documents = draft_documents(jobs, units)
    seen: dict[str, str] = {}
    for document in documents:
        for draft in document.drafts:
            seen.setdefault(draft.subject.id, draft.subject.label)
    said = {w for document in documents for w in _WORD_RE.findall(document.text.lower())}
    return list(seen.items()), said, key_path.parent.name


def stems_of(text: str, said: set[str]) -> list[str]:
    """The words of ``text`` that are no word of the documents nor of the ids' vocabulary."""
    return [w for w in _WORD_RE.findall(text.lower()) if w.isalpha() and w not in said | ID_WORDS]


def classes(subject_id: str, label: str, said: set[str], corpus: str) -> list[str]:
    """The classes (see the module's docstring) a subject's id and label are in."""
    found = []
    if stems_of(subject_id, said):
        found.append("stem in id")
    words = _WORD_RE.findall(label.lower())
    if stems_of(label, said):
        found.append("stem in label")
    if len(label.split()) == 1:
        found.append("one-word label")
    names = {corpus, "changelog", "readme", "faq", "reference"}
    if words and all(
        w in names or w.rstrip("s") in names or verb_like(w) or w in _GENERIC for w in words
    ):
        found.append("verb, name or generic label")
    if len(words) >= 2 and words[-1] in _DIMENSION_NOUNS and "of" not in words:
        found.append("key words + dimension label")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--dump", action="store_true")
    parser.add_argument(
        "--stems",
        action="store_true",
        help="as before names31: ids and labels as grouping keys them",
    )
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args()
    if args.stems:
        group.written = lambda documents, kept=(): list(documents)  # type: ignore[attr-defined]
    units = Units()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    corpora: dict[str, set[str]] = defaultdict(set)
    total = 0
    for key_path in DEV:
        name = key_path.parent.name
        if name in TRANSFER or (args.corpora and name not in args.corpora):
            continue
        pairs, said, corpus = subjects_of(key_path, units)
        for subject_id, label in pairs:
            total += 1
            found = classes(subject_id, label, said, corpus)
            if args.dump:
                cut = " ".join(stems_of(f"{subject_id} {label}", said))
                print(f"{corpus}\t{subject_id}\t{label}\t{','.join(found)}\t{cut}")
            for kind in found:
                counts[kind] += 1
                corpora[kind].add(corpus)
                examples[kind].append(f"{corpus}: `{subject_id}` {label!r}")
    print(f"| class | subjects (of {total}) | corpora | examples |")
    print("|---|---:|---:|---|")
    for kind in ("stem in id", "stem in label", "one-word label", "verb, name or generic label",
                 "key words + dimension label"):  # fmt: skip
        shown = "; ".join(examples[kind][: max(args.show, 2)])
        print(f"| {kind} | {counts[kind]} | {len(corpora[kind])} | {shown} |")
    if args.show:
        for kind in counts:
            print(f"\n## {kind}")
            for line in examples[kind][: args.show]:
                print(line)


if __name__ == "__main__":
    main()

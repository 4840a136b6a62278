"""One subject for the label drafts of two documents that oppose each other: the step that
statements said and denied (``statements``: "Avoid walking barefoot" against "barefoot is
fine") and an instruction against a prohibition (``instructions``: "Gently file the wart"
against "Never rub a wart down with a file") share. Such drafts are read while grouping, not
with each document's claims: one is kept only when another document's opposes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from factcheck.extract.drafts import Document, Draft, stance_quote
from factcheck.extract.grouping.actions import shared_subjects
from factcheck.extract.ids import slug, unique
from factcheck.extract.mentions.find import Mention
from factcheck.extract.spans import Spans
from factcheck.extract.subjects.propose import ADVICE_DIMENSION, Proposal
from factcheck.text.documents import Text
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

T = TypeVar("T")
_NO_AMOUNT = Amount(0.0, 0.0, "")


class Part(Protocol):
    """A part of a sentence read as a label: a statement, an act."""

    @property
    def span(self) -> tuple[int, int]: ...

    @property
    def label(self) -> str: ...


P = TypeVar("P", bound=Part)


def part_drafts(
    document: Document, parts: Sequence[P], propose: Callable[[P], Proposal]
) -> list[tuple[P, Draft]]:
    """Each of ``parts`` of the document's text with its draft, a label claim under the subject
    ``propose`` gives it, quoting its part of a sentence (widened only where the anchor would
    find the same words earlier)."""
    if not parts:
        return []
    text = document.text
    anchor_text = Text(text)
    source = document.drafts[0].source if document.drafts else document.path
    drafted = []
    for part in parts:
        mention = Mention(part.span, text[slice(*part.span)], _NO_AMOUNT, Qualifier.EQ,
                          ADVICE_DIMENSION)  # fmt: skip
        start, end = stance_quote(text, anchor_text, part.span)
        drafted.append((part, Draft(source, mention, text[start:end], (start, end),
                                    propose(part), label=part.label)))  # fmt: skip
    return drafted


def compared_spans(documents: Sequence[Document], label: Callable[[Draft], bool]) -> list[Spans]:
    """Each document's quotes of the label drafts ``label`` picks (advice, a fact...) under a
    subject two documents share: words already compared, which no opposed pair repeats."""
    others = shared_subjects(documents, label)
    return [
        Spans([d.quote_span for d in doc.drafts if label(d) and d.subject.id in others])
        for doc in documents
    ]


def join_opposed(
    documents: Sequence[Document],
    taken: set[str],
    found: Sequence[Sequence[tuple[T, Draft]]],
    compared: Sequence[Spans],
    opposed: Callable[[T, T], set[str]],
) -> list[Document]:
    """The documents with those of their drafts ``found`` (by document, each with what it reads)
    that a draft of another document opposes added, each under one subject with those: the
    ``opposed`` words two readings of opposite labels share make the subject's id (``whether-``
    and the words). A draft whose quote overlaps ``compared`` words is left out."""
    members = [
        (number, item, draft)
        for number, pairs in enumerate(found)
        for item, draft in pairs
        if not compared[number].overlaps(*draft.quote_span)
    ]
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    shared_words: dict[int, set[str]] = {}
    for i, (number, item, draft) in enumerate(members):
        for j in range(i + 1, len(members)):
            other_number, other, other_draft = members[j]
            if other_number == number or other_draft.label == draft.label:
                continue
            words = opposed(item, other)
            if words:
                parent[root(j)] = root(i)
                shared_words.setdefault(i, set()).update(words)
    groups: dict[int, list[int]] = {}
    for i in range(len(members)):
        groups.setdefault(root(i), []).append(i)
    added: dict[int, list[Draft]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        said = sorted(set().union(*(shared_words.get(i, set()) for i in group)))
        first = members[group[0]][2].subject
        subject = replace(first, id=unique("whether-" + "-".join(slug(w) for w in said), taken))
        for i in group:
            number, _, draft = members[i]
            added.setdefault(number, []).append(replace(draft, subject=subject))
    return [
        replace(document, drafts=tuple(sorted([*document.drafts, *added[number]],
                                              key=lambda d: d.mention.span)))
        if number in added else document
        for number, document in enumerate(documents)
    ]  # fmt: skip

"""One subject for two documents' acts that are an instruction and a prohibition of the same
action on the same thing ("Gently file the wart with an emery board" against "Never rub a wart
down with a file"): ``extract.instructions``.

Read here, not drafted with each document's claims: an act is kept only when another document's
act opposes it (``instructions.opposed``), and not where its words are already compared under
another subject two documents share (advice, a fact, a statement).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.drafts import Document, Draft, stance_quote
from factcheck.extract.grouping.actions import shared_subjects
from factcheck.extract.ids import slug, unique
from factcheck.extract.instructions import INSTRUCTION, YES, Act, find_acts, opposed, propose_act
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.find import Mention
from factcheck.extract.spans import Spans
from factcheck.extract.subjects.propose import ADVICE_DIMENSION
from factcheck.text.documents import Text
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

_NO_AMOUNT = Amount(0.0, 0.0, "")


def relate_instructions(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their acts (``extract.instructions``) that an act of another document
    opposes added, each under one subject with those (``whether-`` and the words that make them
    one action on one thing)."""
    compared = _compared(documents)
    members = [
        (number, act, draft)
        for number, document in enumerate(documents)
        for act, draft in _drafted(document)
        if not compared[number].overlaps(*draft.quote_span)
    ]
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    shared_words: dict[int, set[str]] = {}
    for i, (number, act, _) in enumerate(members):
        for j in range(i + 1, len(members)):
            other_number, other, _ = members[j]
            if other_number == number or other.label == act.label:
                continue
            words = opposed(act, other) if act.label == YES else opposed(other, act)
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


def _drafted(document: Document) -> list[tuple[Act, Draft]]:
    """The document's acts with their drafts, each quoting its part of a sentence."""
    text = document.text
    acts = find_acts(text, TextIndex(text))
    if not acts:
        return []
    anchor_text = Text(text)
    source = document.drafts[0].source if document.drafts else document.path
    drafted = []
    for act in acts:
        mention = Mention(act.span, text[slice(*act.span)], _NO_AMOUNT, Qualifier.EQ,
                          ADVICE_DIMENSION)  # fmt: skip
        start, end = stance_quote(text, anchor_text, act.span)
        drafted.append((act, Draft(source, mention, text[start:end], (start, end),
                                   propose_act(act), label=act.label)))  # fmt: skip
    return drafted


def is_instruction(draft: Draft) -> bool:
    """Whether the draft is an act of ``extract.instructions``."""
    return draft.label is not None and draft.subject.family == INSTRUCTION


def _compared(documents: Sequence[Document]) -> list[Spans]:
    """Each document's quotes of words already compared with another document's: a label claim
    (advice, a fact, a statement) under a subject two documents share."""
    others = shared_subjects(documents, lambda d: d.label is not None)
    return [
        Spans([d.quote_span for d in doc.drafts
               if d.label is not None and d.subject.id in others])
        for doc in documents
    ]  # fmt: skip

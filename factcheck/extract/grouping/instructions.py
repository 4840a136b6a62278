"""One subject for two documents' acts that are an instruction and a prohibition of the same
action on the same thing ("Gently file the wart with an emery board" against "Never rub a wart
down with a file"): ``extract.instructions``.

Read here, not drafted with each document's claims: an act is kept only when another document's
act opposes it (``instructions.opposed``), and not where its words are already compared under
another subject two documents share (advice, a fact, a statement).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping.opposed import compared_spans, join_opposed, part_drafts
from factcheck.extract.instructions import INSTRUCTION, YES, Act, find_acts, opposed, propose_act
from factcheck.extract.mentions.context import TextIndex
from factcheck.values.amount import Amount

_NO_AMOUNT = Amount(0.0, 0.0, "")


def relate_instructions(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their acts (``extract.instructions``) that an act of another document
    opposes added, each under one subject with those (``whether-`` and the words that make them
    one action on one thing)."""
    compared = compared_spans(documents, lambda d: d.label is not None)
    found = [_drafted(document) for document in documents]
    return join_opposed(
        documents,
        taken,
        found,
        compared,
        lambda a, b: opposed(a, b) if a.label == YES else opposed(b, a),
    )


def _drafted(document: Document) -> list[tuple[Act, Draft]]:
    """The document's acts with their drafts, each quoting its part of a sentence."""
    return part_drafts(document, find_acts(document.text, TextIndex(document.text)), propose_act)


def is_instruction(draft: Draft) -> bool:
    """Whether the draft is an act of ``extract.instructions``."""
    return draft.label is not None and draft.subject.family == INSTRUCTION

"""One subject for two documents' stances on one named action with opposite values ("Avoid grip
exercises, such as squeezing a stress ball" against "Squeezing a soft ball ... helps
strengthen the hand"): ``extract.named_actions``.

Read here, not drafted with each document's claims: a named action is kept only when another
document's opposes it (one verb, one object within the other's, one case: ``opposed``), and not
where its words are already compared under a subject two documents share (advice, a fact, a
statement, an act).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping.opposed import compared_spans, join_opposed, part_drafts
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.named_actions import (
    NAMED_ACTION,
    NamedAction,
    find_named_actions,
    opposed,
    propose_named_action,
)


def relate_named_actions(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their named actions (``extract.named_actions``) that a named action of
    another document opposes added, each under one subject with those (``whether-`` and the
    verb and object words they share)."""
    compared = compared_spans(documents, lambda d: d.label is not None)
    found = [_drafted(document) for document in documents]
    return join_opposed(documents, taken, found, compared, opposed)


def _drafted(document: Document) -> list[tuple[NamedAction, Draft]]:
    """The document's named actions with their drafts, each quoting its part of a sentence."""
    actions = find_named_actions(document.text, TextIndex(document.text))
    return part_drafts(document, actions, propose_named_action)


def is_named_action(draft: Draft) -> bool:
    """Whether the draft is a named action of ``extract.named_actions``."""
    return draft.label is not None and draft.subject.family == NAMED_ACTION

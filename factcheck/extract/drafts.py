"""Draft claims (quote, value, subject, context) from a document's mentions; a Document holds them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from factcheck.corpus.model import CHANGE
from factcheck.extract.mentions.context import TextIndex, shortest_quote, widen
from factcheck.extract.mentions.find import Mention, find_mentions
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.subjects.propose import Proposal, VocabularySubject, propose
from factcheck.text.documents import Text

_WIDEN_TRIES = 4
#: Mentions between two progress reports.
_PROGRESS_EVERY = 256


@dataclass(frozen=True)
class Draft:
    """One draft claim read from one document."""

    source: str
    """Source id of the document."""
    mention: Mention
    """The numeric mention the claim is about."""
    quote: str
    """The shortest text around the mention that reads as the claim."""
    quote_span: tuple[int, int]
    """[start, end) of ``quote`` in the document text."""
    subject: Proposal
    """The proposed subject and context."""

    @property
    def value(self) -> str:
        """The draft value in the claims-file grammar."""
        return self.mention.value


@dataclass(frozen=True)
class Document:
    """A document and the claims drafted from it, as extraction passes it from stage to stage."""

    path: str
    """Path relative to the claims file, POSIX style (the ``path`` its source will have)."""
    text: str
    """The document text as factcheck reads it."""
    drafts: tuple[Draft, ...]
    """Its draft claims in text order (``Draft.source`` is a provisional id, replaced on merge)."""


def draft_claims(
    source: str,
    text: str,
    words: UnitWords,
    vocabulary: Sequence[VocabularySubject] = (),
    progress: Callable[[int], None] | None = None,
) -> list[Draft]:
    """Draft claims for every numeric mention of one document's text, in text order; ``words``
    are the unit words to read after numbers.

    ``progress`` is called now and then with how many characters of the text are done.
    """
    index = TextIndex(text)
    anchor_text = Text(text)
    drafts: list[Draft] = []
    for number, mention in enumerate(find_mentions(text, words)):
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(mention.span[0])
        where = index.around(mention.span)
        start, end = shortest_quote(text, mention.span, where)
        for _ in range(_WIDEN_TRIES):
            # The quote must lead the anchor back here, not to an earlier identical passage.
            found = anchor_text.find(text[start:end])
            if found is None or found[0] == start:
                break
            start, end = widen(text, start, end)
        proposal = propose(text, mention, where, vocabulary)
        if mention.direction:
            # "rose 5%" is a change, kept apart from a level of 5% (corpus.model.CHANGE)
            proposal = replace(proposal, context={**proposal.context, CHANGE: mention.direction})
        drafts.append(Draft(source, mention, text[start:end], (start, end), proposal))
    if progress is not None:
        progress(len(text))
    return drafts

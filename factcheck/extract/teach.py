"""The claims a person reviewed, drafted again from their documents for grouping to learn from."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.corpus.model import Claim, Corpus, Review, Source
from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.mentions.units import UnitWords
from factcheck.extract.run import vocabulary_of
from factcheck.extract.subjects.propose import VocabularySubject
from factcheck.text.documents import DocumentError, Text
from factcheck.text.tables import Tables, read_text
from factcheck.values.units import Units


@dataclass(frozen=True)
class Learned:
    """What a claims file teaches the drafting of new documents."""

    vocabulary: tuple[VocabularySubject, ...] = ()
    """The declared subjects no reviewed claim teaches, matched by their label and terms."""
    reviewed: tuple[Document, ...] = ()
    """The reviewed claims as drafts (``reviewed_documents``): grouping matches new drafts
    against them before proposing new subjects."""


def learned(corpus: Corpus, units: Units) -> Learned:
    """What ``corpus`` (read without its documents) teaches: a subject with reviewed claims by
    them, through the pair model; any other declared subject by its words (``vocabulary_of``).

    A subject's words alone match too eagerly to stand for reviewed claims (one word of its
    label in a sentence claims a figure): ``benchmarks/teach.py`` measures the difference.
    """
    here = Path.cwd().resolve()

    def readable(source: Source) -> bool:
        # Where `check` reads documents from (without --root): a claims file names no others.
        folder = Path(corpus.file_of(source)).resolve().parent
        return source.file.is_relative_to(folder) or source.file.is_relative_to(here)

    reviewed = reviewed_documents(corpus.claims, corpus.sources, UnitWords(units), readable)
    taught = {draft.subject.id for document in reviewed for draft in document.drafts}
    declared = [s for s in corpus.subjects.values() if s.id not in taught]
    return Learned(vocabulary_of(declared, units), tuple(reviewed))


def reviewed_documents(
    claims: Iterable[Claim],
    sources: Mapping[str, Source],
    words: UnitWords,
    readable: Callable[[Source], bool] = lambda source: True,
) -> list[Document]:
    """Each source's reviewed numeric claims as drafts of its document under their subjects:
    what ``grouping.consolidate`` matches new documents' drafts against.

    A claim is found as extract would draft it: the figure of its value inside its quote in the
    document (else in the quote alone, when the document cannot be read or is not ``readable``:
    outside the folders `check` reads from), so that it carries the words, heading and role a
    new draft is compared on. Drafts, ignored claims, label and elapsed claims, and claims whose
    figure is not found teach nothing.
    """
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.review is Review.REVIEWED and _numeric(claim) and claim.source in sources:
            by_source.setdefault(claim.source, []).append(claim)
    documents: list[Document] = []
    for source_id, taught in by_source.items():
        source = sources[source_id]
        read = _read(source) if readable(source) else None
        if read is None:
            # Moved, unreadable or elsewhere: each quote, read alone, still says what its figure
            # measures.
            for claim in taught:
                drafts = _drafts(source_id, claim.quote, [claim], words)
                if drafts:
                    documents.append(Document(source.path, claim.quote, tuple(drafts)))
            continue
        text, found = read
        drafts = _drafts(source_id, text, taught, words, found)
        if drafts:
            documents.append(Document(source.path, text, tuple(drafts)))
    return documents


def _read(source: Source) -> tuple[str, Tables | None] | None:
    try:
        return read_text(source.file)
    except DocumentError:
        return None


def _numeric(claim: Claim) -> bool:
    value = claim.value
    return value.low is not None and not value.is_label and not value.ago


def _drafts(
    source_id: str, text: str, claims: list[Claim], words: UnitWords, tables: Tables | None = None
) -> list[Draft]:
    """The drafts of ``claims`` found in ``text`` (whose tables its reader found are ``tables``),
    each under its subject, in text order."""
    found: dict[tuple[int, int], Draft] = {}
    drafted = [
        d
        for d in draft_claims(source_id, text, words, tables=tables)
        if d.label is None and d.elapsed is None
    ]
    # In text order: a quote's figures are found by bisection, not by a scan per claim (a
    # document of 100,000 reviewed figures).
    starts = [d.mention.span[0] for d in drafted]
    anchor = Text(text)
    for claim in claims:
        span = anchor.find(claim.quote)
        if span is None:
            continue
        inside = drafted[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]
        draft = _figure(claim, inside)
        if draft is None:
            continue
        # The reviewed subject, never pooled by a proposed id: the reviewer grouped it.
        subject = replace(draft.subject, id=claim.subject, pooled=False)
        found.setdefault(draft.mention.span, replace(draft, subject=subject))
    return [found[span] for span in sorted(found)]


def _figure(claim: Claim, drafts: list[Draft]) -> Draft | None:
    """The draft stating the claim's value: written alike, else with its first number, else the
    only figure of the quote."""
    value = claim.value
    for draft in drafts:
        if draft.value == value.text:
            return draft
    low = value.low.value if value.low is not None else None
    for draft in drafts:
        if draft.mention.amount.low == low:
            return draft
    return drafts[0] if len(drafts) == 1 else None

"""One subject for two documents' statements that say one thing with opposite polarity ("Avoid
walking barefoot" against "going barefoot around the house is fine"): ``extract.statements``.

Strict about what counts as the same thing: the two things must share a word that is rare in
the documents (in at most ``RARE`` of their sentences). A topic's own word is in many sentences
("tick" in a third of a page on tick bites, "dose" in a tenth of a leaflet), so "Do not smother
the tick" and "Always keep the tick in a sealed bag" share only what every sentence is about;
"magnet" and "permission" are said in a few.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping.opposed import compared_spans, join_opposed, part_drafts
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.statements import (
    CASE,
    CORE,
    NO,
    STATEMENT,
    find_statements,
    propose_statement,
)
from factcheck.extract.subjects.actions import VAGUE_VERBS, action_key, sole_action
from factcheck.values.amount import Amount

#: The most a word shared by two statements may be said in, as a share of the documents'
#: sentences, for the two to be about one thing (measured on the development keys: the words of
#: true pairs are in 0.5 % to 2.3 % of their corpus's sentences, a topic's own words in 10 % to 30 %).
RARE = 0.04
#: Sentences a word may be said in and be rare, however few the documents' sentences.
_FEWEST = 3
_NO_AMOUNT = Amount(0.0, 0.0, "")
_VAGUE = frozenset(action_key(word) for word in VAGUE_VERBS)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def relate_statements(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their statements (``extract.statements``) that the statements of
    other documents deny (say of the same thing with the other polarity, a word shared that is
    rare in the documents) added, each under one subject with those; not a statement no other
    document denies, nor one whose words are already compared under another subject (advice, a
    fact). Read here, not drafted with each document's claims: they are kept only in pairs."""
    share = _word_shares(documents)
    compared = compared_spans(documents, lambda d: d.label is not None and not is_statement(d))
    found = [[(draft, draft) for draft in _drafted(document)] for document in documents]
    return join_opposed(
        documents, taken, found, compared, lambda a, b: denied_together(a, b, share)
    )


def _drafted(document: Document) -> list[Draft]:
    """The document's statements as drafts, each quoting its part of a sentence."""
    statements = find_statements(document.text, TextIndex(document.text))
    return [draft for _, draft in part_drafts(document, statements, propose_statement)]


def is_statement(draft: Draft) -> bool:
    """Whether the draft is a statement of a polarity (``extract.statements``)."""
    return draft.label is not None and draft.subject.family == STATEMENT


def denied_together(a: Draft, b: Draft, share: dict[str, float]) -> set[str]:
    """The rare words two statements of opposite polarity share (none: another thing)."""
    if a.label == b.label:
        return set()
    cases = [_marked(d, CASE) for d in (a, b)]
    if cases[0] != cases[1] and not cases[0] & cases[1]:
        return set()  # "Avoid squats during a flare" against "Squats are fine": another case
    denied, allowed = (b, a) if b.label == NO else (a, b)
    return same_thing(
        frozenset(allowed.subject.terms),
        frozenset(denied.subject.terms),
        _marked(denied, CORE),
        share,
    )


def _marked(draft: Draft, mark: str) -> frozenset[str]:
    return frozenset(k[len(mark) :] for k in draft.subject.keywords if k.startswith(mark))


def same_thing(
    said: frozenset[str], denied: frozenset[str], core: frozenset[str], share: dict[str, float]
) -> set[str]:
    """The words that make a thing ``said`` (with ``yes``) and a thing ``denied`` (with ``no``,
    ``core`` its words before a preposition) one, or none. ``share``: each word's sentences as
    a share of the most a rare word may have (``_word_shares``). The words shared that are rare
    in the documents and no verb that says little on its own ("keep the tick", "keep a copy"),
    when

    - they hold the rarest words of the denied thing's core (all of them, when two are as
      rare): "Avoid walking barefoot" is about barefoot, its rarest word, so "Walking for daily
      tasks is fine" (walk) does not deny it and "Going barefoot around the house is fine"
      does; "You do not need a passport photo" is not "You need a passport";
    - a thing that is one verb said as a whole action (book, queue, rest: ``SOLE_ACTIONS``)
      meets that verb alone: "You must rest the meat" is not "There is no need to rest", nor
      "Never queue in the rain" "You must queue"."""
    rare = {word for word in said | denied if share.get(word, 2.0) <= 1 and word not in _VAGUE}
    shared = set(said & denied & rare)
    rarest = min((share.get(word, 2.0) for word in core), default=2.0)
    if not shared & core or any(share.get(w, 2.0) == rarest for w in core - shared):
        return set()
    if (sole_action(said) or sole_action(denied)) and (said | denied) & rare != shared:
        return set()
    return shared


def _word_shares(documents: Sequence[Document]) -> dict[str, float]:
    """Each word's share of the documents' sentences (by its stem), as a share of what ``RARE``
    allows: at most 1 for a rare word. A word said in two sentences is rare whatever the
    documents' length (two short notes that each say it once)."""
    counts: Counter[str] = Counter()
    sentences = 0
    for document in documents:
        for sentence in _SENTENCE.split(document.text):
            stems = {action_key(w.lower()) for w in _WORD.findall(sentence)}
            if stems:
                sentences += 1
                counts.update(stems)
    allowed = max(_FEWEST, RARE * sentences)
    return {word: count / allowed for word, count in counts.items()}

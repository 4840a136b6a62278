"""Subject ids and labels in the documents' own words, once grouping is done.

Drafting and grouping key subjects on stems, so that "identical" and "identically", "refused"
and "refuses" meet: an advice topic is ``they-ident``, a setting named in words
``repositori``, a key word cut to six letters ``contex``. Those keys are what grouping compares
and they stay as they are until it has compared them; what a reader sees is then written here in
whole words, each stem mapped back to the word of the documents it was cut from:
``exit-code-they-ident`` "Exit code for they ident" (from "0 when they are identical") is
written ``exit-code-they-identical`` "Exit code when they are identical", and
``exit-code-someth-went-invalid`` ("2 if something went wrong", "wrong" keyed as its synonym
"invalid") ``exit-code-something-went-wrong``.

Renaming only relabels: every draft of one subject gets the same new id, two subjects never get
one (a new id another subject or a reviewed subject has takes the next free number,
``data-memory-cost-2``), a reviewed subject's id never changes, and the same documents give the
same ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import snowballstemmer

from factcheck.extract.advice import MEANING_WORDS
from factcheck.extract.ids import unique
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.spelling import american

if TYPE_CHECKING:
    from factcheck.extract.drafts import Document, Draft

#: Words ids and labels are framed with, whether or not a document says them: a dimension
#: ("duration", "count"), a role ("maximum", "typical"), a family of advice ("exit", "code",
#: "whether"), a shape ("proportion", "change"). They are whole words and are never rewritten
#: (``count`` is no stem of the documents' "counts").
ID_WORDS = word_set(
    """
    duration count number share length year proportion age money whether maximum minimum mass
    data threshold dose volume elapsed time event cost typical advice distance amount throughput
    ratio quantity until start starting change angle phase concentration required fact writer
    activity when target temperature weight maintenance order standard speed end total day
    version code exit sound point rate since frequency price area works how often switch
    drying manner side light state route storage swallow prescription food with of see doctor
    first on a error status default previous average level size energy release placebo people
    studies trial hour days month months week weeks per limit timeout port memory value interval
    advise comes affected without venue announce needs pregnancy restart behave substance
    happens leave store applies applied adults adolescents infants ages open continue shade
    versions supported taken approve dropped where algorithm concede medicine entry handles
    """
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_ENGLISH = snowballstemmer.stemmer("english")
#: A stem cut to this many letters still names its word ("contex", "lawnmo").
_CUT = 6
#: Families of advice whose topic is what a code means: its label says the case as written.
_CODES = frozenset({"exit code", "status code", "error code"})
#: Words that open a code's case: "0 when they are identical", "2 if something went wrong".
_CASES = frozenset({"when", "if", "whenever", "once", "after", "unless"})
#: Words that open a case's noun phrase: "when the inputs differ", "if any file fails".
_DETERMINERS = frozenset({"the", "a", "an", "any", "some", "all", "no", "every", "its", "their"})
#: Two words that open with this many same letters are forms of one word ("file", "files").
_FORM = 4


def written(documents: Sequence[Document], kept: Iterable[str] = ()) -> list[Document]:
    """The documents with their subjects' ids and labels in whole words (see the module's
    docstring); the ids in ``kept`` (reviewed subjects') are never changed nor taken."""
    words = _Words(documents)
    said = words.said
    quotes: dict[str, list[str]] = {}
    for document in documents:
        for draft in document.drafts:
            quotes.setdefault(draft.subject.id, []).append(draft.quote)
    fixed = set(kept)
    ids: dict[str, str] = {}
    cut: dict[str, dict[str, str]] = {}
    taken = set(quotes) | fixed
    for old in sorted(quotes):
        if old in fixed:
            continue
        tokens = {t: _id_word(t, quotes[old], said, words) for t in old.split("-")}
        cut[old] = {t: w for t, w in tokens.items() if w != t}
        if not cut[old]:
            continue
        # (a synonym may be a word the id says already: "better-relief" of "feel better": once
        # is enough)
        new = "-".join(dict.fromkeys(tokens[t] for t in old.split("-")))
        if new in taken and all(_whole(t, said) for t in cut[old]):
            continue  # only synonyms, whole words already: the id stays as it was
        ids[old] = unique(new, taken)  # ("data-memory-cost-2" beside "data-memory-cost")
    result = []
    for document in documents:
        drafts = tuple(_rewritten(draft, ids, cut, said) for draft in document.drafts)
        changed = any(a is not b for a, b in zip(drafts, document.drafts, strict=True))
        result.append(replace(document, drafts=drafts) if changed else document)
    return result


def _id_word(token: str, quotes: Sequence[str], said: frozenset[str], words: _Words) -> str:
    """An id's word as its subject's quotes write it: a stem ("ident") as the word it was cut
    from ("identical"), a synonym drafting keyed it on ("invalid" for "wrong") as the quotes'
    word; a word the quotes or the documents say, as it is."""
    if _whole(token, frozenset()):
        return token
    quoted = {w.lower() for quote in quotes for w in _WORD_RE.findall(quote)}
    if token in quoted:
        return token
    if token in said:
        return words.synonym(token, quotes) or token
    return words.surface(token, quotes).lower()


def _rewritten(
    draft: Draft,
    ids: dict[str, str],
    cut: dict[str, dict[str, str]],
    said: frozenset[str],
) -> Draft:
    """The draft with its subject's id and label in whole words: a label says each word of the
    id as the id now does ("Whether it works: surgeri" is "Whether it works: surgery")."""
    subject = draft.subject
    words = cut.get(subject.id)
    if words is None:
        return draft  # a reviewed subject's
    label = _phrase_label(draft, said)
    if words:
        label = _WORD_RE.sub(lambda m: _as_written(m.group(), words), label)
    new_id = ids.get(subject.id, subject.id)
    if new_id == subject.id and label == subject.label:
        return draft
    return replace(draft, subject=replace(subject, id=new_id, label=label))


def _as_written(word: str, words: dict[str, str]) -> str:
    """A label's ``word`` as the id's word it is now written (its capital kept)."""
    found = words.get(word.lower())
    if found is None:
        return word
    return found[:1].upper() + found[1:] if word[:1].isupper() else found


def _phrase_label(draft: Draft, said: frozenset[str]) -> str:
    """A label of advice in words whose topic is several stems ("Exit code for they ident")
    with the topic as its quote says it, from its first word to its last ("they are
    identical"); the label as it was when the quote does not say them in that order. An exit
    (status, error) code's case says its opening word too ("Exit code when they are identical",
    "Exit code if something went wrong", was "for")."""
    label = draft.subject.label
    terms = draft.subject.terms
    if draft.label is None or len(terms) < 2 or terms[-1] not in label:
        return label
    topic = terms[-1].split()
    code = terms[0] in _CODES
    if not code and (len(topic) < 2 or all(_whole(token, said) for token in topic)):
        return label  # "word diff" of `word_diff` stays as it is
    found = list(_WORD_RE.finditer(draft.quote))
    start = 0
    spans = []
    for token in topic:
        at = next((i for i in range(start, len(found)) if _says(found[i].group(), token)), None)
        if at is None:
            return label
        spans.append(at)
        start = at + 1
    if spans[-1] - spans[0] + 1 > 2 * len(topic) + 2:
        return label  # words far apart: not one phrase
    first = spans[0]
    while code and first and found[first - 1].group().lower() in _DETERMINERS:
        first -= 1  # "when the inputs differ": the case's whole noun phrase
    phrase = " ".join(draft.quote[found[first].start() : found[spans[-1]].end()].split())
    if code and first and found[first - 1].group().lower() in _CASES:
        # an exit code's case as its sentence says it: "0 when they are identical" is *Exit
        # code when they are identical*, not "for"
        case = found[first - 1].group().lower()
        said_for = f" for {terms[-1]}"
        if label.endswith(said_for):
            return f"{label[: -len(said_for)]} {case} {phrase}"
    # (the topic as whole words of the label: "invalid argument" is not the "invalid arguments"
    # a label may already say)
    return re.sub(rf"\b{re.escape(terms[-1])}\b", lambda _: phrase, label, count=1)


def _whole(token: str, said: frozenset[str]) -> bool:
    """Whether an id's or label's word is a whole word: one of the documents' words or of the
    ids' frame, a number, or too short to say."""
    return token in said or token in ID_WORDS or not token.isalpha() or len(token) < 3


@lru_cache(maxsize=1 << 16)
def _keys(word: str) -> frozenset[str]:
    """The stems a word is keyed on by drafting (``propose.stem``: a synonym's key word, six
    letters of its Snowball stem), its full Snowball stem and its first six letters."""
    from factcheck.extract.subjects.propose import stem

    lower = word.lower()
    keys = {stem(lower), _ENGLISH.stemWord(lower), _ENGLISH.stemWord(american(lower)), lower[:_CUT]}
    meaning = MEANING_WORDS.get(lower)  # an exit code's meaning: "wrong" is ``invalid``
    return frozenset(keys if meaning is None else {*keys, meaning})


def _says(word: str, token: str) -> bool:
    """Whether ``word`` of a document is the one ``token`` (an id's word) was cut from."""
    lower = word.lower()
    # (or a word it opens: "whal" of "whale", cut where no stemmer cuts)
    return (
        lower == token or token in _keys(lower) or (len(token) >= _FORM and lower.startswith(token))
    )


class _Words:
    """The documents' words, read once: every word in lower case (``said``), and by the stems
    they are keyed on when a run needs them (``index``)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._counts = Counter(
            w.lower() for document in documents for w in _WORD_RE.findall(document.text)
        )
        self.said = frozenset(self._counts)
        """Every word of the documents, in lower case."""
        self._index: dict[str, Counter[str]] | None = None

    def surface(self, token: str, quotes: Sequence[str]) -> str:
        """The word ``token`` was cut from: the one its subject's quotes say most often (the
        first said on a tie), else the documents' commonest; ``token`` when none is."""
        said: Counter[str] = Counter()
        for quote in quotes:
            said.update(w.lower() for w in _WORD_RE.findall(quote) if _says(w, token))
        if said:
            return said.most_common(1)[0][0]
        found = self.index().get(token)
        if found:
            return min(found, key=lambda w: (-found[w], w))
        return token

    def synonym(self, token: str, quotes: Sequence[str]) -> str:
        """The quotes' word drafting keyed on ``token`` that is no form of it ("wrong" for
        ``invalid``, not "files" for ``file``), else ""."""
        for quote in quotes:
            for word in _WORD_RE.findall(quote):
                lower: str = word.lower()
                if _says(lower, token) and not lower.startswith(token[:_FORM]):
                    return lower
        return ""

    def index(self) -> dict[str, Counter[str]]:
        if self._index is None:
            index: dict[str, Counter[str]] = {}
            for word, count in self._counts.items():
                for key in _keys(word):
                    index.setdefault(key, Counter())[word] += count
            self._index = index
        return self._index

"""Group drafts of different documents that speak about the same quantity under one subject."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from factcheck.extract.context import TextIndex
from factcheck.extract.drafts import Draft
from factcheck.extract.equivalence import (
    Conversions,
    alternative_pairs,
    base_amount,
    learn,
    restated_pairs,
)
from factcheck.extract.merge import Document

#: Weighted share of key words two mentions must have in common to be one quantity.
THRESHOLD = 0.4
#: The share that is enough when both also state the same amount (400 mg, "0.4 g").
VALUE_THRESHOLD = 0.2
#: Key words in more mentions than this are too common to suggest a pair (still weighted).
_COMMON = 40
#: Average score over the pairs of two groups' drafts (of different documents) needed to join.
LINK_THRESHOLD = 0.3
#: How much a word of the sentence, not near the figure, counts against a near one.
_CONTEXT_WEIGHT = 0.5
#: A proposed subject id with at least this many words beyond the dimension is evidence.
_SAME_ID_TERMS = 2
#: What the same proposed subject id adds to a pair's score.
_SAME_ID_BONUS = 0.5

_Value = tuple[str, float, float]


@dataclass
class _Cluster:
    """Drafts joined so far, with what keeps other drafts out of them."""

    members: list[int]
    roles: set[str]
    conditions: set[str]
    populations: set[str]
    shapes: set[str]
    sentences: dict[tuple[int, tuple[int, int]], set[_Value]]


def consolidate(documents: Sequence[Document]) -> list[Document]:
    """The documents with one subject per group of drafts that speak about the same quantity.

    Joined unconditionally: a value and its restatement in another unit ("15 mcg (600 IU)"), and
    amounts with the same pooled role id (``dose-typical``). Then pairs of drafts of different
    documents with the same family (dimension, shape, arm) are joined, best score first, when their
    IDF-weighted key words overlap enough (less when they state the same amount, not at all when
    they state the same specific figure), unless the join would put different roles, different
    conditions, or two different values of one sentence under one subject.
    """
    drafts = [
        (d, i, draft) for d, doc in enumerate(documents) for i, draft in enumerate(doc.drafts)
    ]
    offsets = [0]
    for doc in documents:
        offsets.append(offsets[-1] + len(doc.drafts))
    restated = [
        (offsets[d] + a, offsets[d] + b)
        for d, doc in enumerate(documents)
        for a, b in restated_pairs(doc.text, [draft.mention for draft in doc.drafts])
    ]
    alternatives = [
        (offsets[d] + a, offsets[d] + b)
        for d, doc in enumerate(documents)
        for a, b in alternative_pairs(doc.text, [draft.mention for draft in doc.drafts])
    ]
    conversions = learn((drafts[a][2].mention, drafts[b][2].mention) for a, b in restated)
    values = [_value(draft, conversions) for _, _, draft in drafts]
    indexes = [TextIndex(doc.text) for doc in documents]
    sentences = [indexes[d].around(draft.mention.span).sentence for d, _, draft in drafts]
    clusters = {
        index: _Cluster(
            [index],
            {draft.subject.role} - {""},
            {draft.subject.condition} - {""},
            {draft.subject.population} - {""},
            {draft.subject.shape} - {""},
            {(d, sentences[index]): {values[index]}},
        )
        for index, (d, _, draft) in enumerate(drafts)
    }
    owner = list(range(len(drafts)))

    def linked(ca: _Cluster, cb: _Cluster) -> bool:
        """Average linkage: the drafts of both groups are alike on average, not just one pair."""
        total = count = 0.0
        for x in ca.members:
            for y in cb.members:
                if drafts[x][0] != drafts[y][0]:
                    total += scores.get((min(x, y), max(x, y)), 0.0)
                    count += 1
        return count == 0 or total / count >= LINK_THRESHOLD

    def join(a: int, b: int, *, checked: bool, linkage: bool = False) -> None:
        ca, cb = clusters[owner[a]], clusters[owner[b]]
        if ca is cb or (checked and not _compatible(ca, cb)) or (linkage and not linked(ca, cb)):
            return
        keep, drop = (ca, cb) if ca.members[0] < cb.members[0] else (cb, ca)
        for member in drop.members:
            owner[member] = keep.members[0]
        keep.members = sorted(keep.members + drop.members)
        keep.roles |= drop.roles
        keep.conditions |= drop.conditions
        keep.populations |= drop.populations
        keep.shapes |= drop.shapes
        for key, found in drop.sentences.items():
            keep.sentences.setdefault(key, set()).update(found)
        del clusters[drop.members[0]]

    scored = _scored_pairs(drafts, values)
    scores = {(a, b): score for score, a, b in scored}
    for a, b in [*restated, *alternatives]:
        join(a, b, checked=False)
    pooled: dict[str, int] = {}
    for index, (_, _, draft) in enumerate(drafts):
        if draft.subject.pooled:
            join(index, pooled.setdefault(draft.subject.id, index), checked=True)
    for score, a, b in scored:
        if score >= THRESHOLD:
            join(a, b, checked=True, linkage=True)
    names: dict[int, str] = {}
    taken: set[str] = set()
    for key in sorted(clusters):
        names[key] = _name([drafts[m][2] for m in clusters[key].members], taken)
        taken.add(names[key])
    regrouped: list[list[Draft]] = [[] for _ in documents]
    for index, (doc_index, _, draft) in enumerate(drafts):
        name = names[owner[index]]
        if name != draft.subject.id:
            draft = replace(draft, subject=replace(draft.subject, id=name))
        regrouped[doc_index].append(draft)
    return [replace(doc, drafts=tuple(new)) for doc, new in zip(documents, regrouped, strict=True)]


def _compatible(a: _Cluster, b: _Cluster) -> bool:
    if any(len(x | y) > 1 for x, y in _separators(a, b)):
        return False
    # Two different values of one sentence are two quantities ("start at 12 hours, last 9 days").
    return all(
        found <= b.sentences[key] or b.sentences[key] <= found
        for key, found in a.sentences.items()
        if key in b.sentences
    )


def _separators(a: _Cluster, b: _Cluster) -> list[tuple[set[str], set[str]]]:
    """What two groups must not differ in: role, condition, population and shape."""
    return [
        (a.roles, b.roles),
        (a.conditions, b.conditions),
        (a.populations, b.populations),
        (a.shapes, b.shapes),
    ]


def _name(members: list[Draft], taken: set[str]) -> str:
    """A subject id for a group that no other group has: its most frequent proposed id (ties to
    the first written), else that id with a key word of the group, else with a number."""
    ids = [draft.subject.id for draft in members]
    counts = Counter(ids)
    name = max(counts, key=lambda sid: (counts[sid], -ids.index(sid)))
    if name not in taken:
        return name
    words = Counter(w for draft in members for w in draft.subject.keywords)
    for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0])):
        candidate = f"{name}-{_slug(word)}"
        if candidate not in taken and word not in name:
            return candidate
    number = 2
    while f"{name}-{number}" in taken:
        number += 1
    return f"{name}-{number}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _value(draft: Draft, conversions: Conversions) -> _Value:
    mention = draft.mention
    amount = base_amount(mention, conversions)
    if amount is None:
        return (mention.unit, mention.low, mention.high)
    return (amount.unit, amount.low, amount.high)


def _specific(draft: Draft) -> bool:
    """A specific number ("1,683", "7.06", "17-478%"), not a round one."""
    return any(x % 5 != 0 for x in {draft.mention.low, draft.mention.high})


def _scored_pairs(
    drafts: list[tuple[int, int, Draft]], values: list[_Value]
) -> list[tuple[float, int, int]]:
    """Pairs of drafts (by index) in different documents that read as one quantity, best first."""
    frequency = Counter(
        word
        for _, _, draft in drafts
        for word in (*_key_words(draft), *draft.subject.context_words)
    )
    total = len(drafts) + 1
    weight = {word: math.log(1 + total / count) for word, count in frequency.items()}
    by_family: dict[str, list[int]] = defaultdict(list)
    for index, (_, _, draft) in enumerate(drafts):
        if draft.subject.family:
            by_family[draft.subject.family].append(index)
    scored: list[tuple[float, int, int]] = []
    for members in by_family.values():
        by_word: dict[str, list[int]] = defaultdict(list)
        for index in members:
            subject = drafts[index][2].subject
            for word in (*_key_words(drafts[index][2]), *subject.context_words):
                if frequency[word] <= _COMMON:
                    by_word[word].append(index)
            by_word[f"={values[index]}"].append(index)
            by_word[f"#{drafts[index][2].subject.id}"].append(index)
        seen: set[tuple[int, int]] = set()
        for sharing in by_word.values():
            if len(sharing) > _COMMON:
                continue  # a figure stated everywhere says nothing about which quantity
            for a, b in combinations(sharing, 2):
                if (a, b) in seen or drafts[a][0] == drafts[b][0]:
                    continue
                seen.add((a, b))
                score = _score(drafts[a][2], drafts[b][2], values[a] == values[b], weight)
                if score is not None:
                    scored.append((score, a, b))
    return sorted(scored, key=lambda item: (-item[0], item[1], item[2]))


def _score(a: Draft, b: Draft, same_value: bool, weight: dict[str, float]) -> float:
    """How surely two drafts state one quantity: the weighted share of their key words in common
    (or, if more, with the other words of their sentences at half weight), more when they state
    the same amount."""
    if a.subject.condition and b.subject.condition and a.subject.condition != b.subject.condition:
        return 0.0
    overlap = max(
        _overlap(_weighted(a, weight, context=False), _weighted(b, weight, context=False)),
        _overlap(_weighted(a, weight, context=True), _weighted(b, weight, context=True)),
    )
    same_id = a.subject.id == b.subject.id and len(a.subject.terms) >= _SAME_ID_TERMS
    score = overlap + (_SAME_ID_BONUS if same_id else 0.0)
    if same_value and (_specific(a) or _specific(b)):
        return 2.0 + score
    if same_value and score >= VALUE_THRESHOLD:
        return score + 1.0
    return score


def _overlap(words_a: dict[str, float], words_b: dict[str, float]) -> float:
    """The weight of the words in common over the weight of the smaller side's words."""
    smaller = min(sum(words_a.values()), sum(words_b.values()))
    shared = sum(min(words_a[w], words_b[w]) for w in words_a.keys() & words_b.keys())
    return shared / smaller if smaller > 0 else 0.0


def _weighted(draft: Draft, weight: dict[str, float], *, context: bool) -> dict[str, float]:
    """Key words by weight; with ``context`` also the other words of the sentence, at half."""
    found = {
        w: weight.get(w, 0.0) * _CONTEXT_WEIGHT
        for w in (draft.subject.context_words if context else ())
    }
    found.update({w: weight.get(w, 0.0) for w in _key_words(draft)})
    return found


def _key_words(draft: Draft) -> tuple[str, ...]:
    """The draft's key words, with its role and population as words of their own."""
    subject = draft.subject
    named = (f"role:{subject.role}", f"population:{subject.population}")
    return (*subject.keywords, *(w for w in named if not w.endswith(":")))

"""Group drafts of different documents that speak about the same quantity under one subject."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from factcheck.extract.drafts import Draft
from factcheck.extract.merge import Document

#: Weighted share of key words two mentions must have in common to be one quantity.
THRESHOLD = 0.4
#: Key words in more mentions than this are too common to suggest a pair (still weighted).
_COMMON = 40


def consolidate(documents: Sequence[Document]) -> list[Document]:
    """The documents with one subject per group of drafts that speak about the same quantity.

    Drafts already sharing a proposed subject stay together. Beyond that, two drafts of different
    documents join when they have the same family (dimension, shape, arm), do not name different
    conditions, and share enough rare key words (IDF-weighted overlap >= THRESHOLD).
    """
    drafts = [
        (d, i, draft) for d, doc in enumerate(documents) for i, draft in enumerate(doc.drafts)
    ]
    parent = list(range(len(drafts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_with_subject: dict[str, int] = {}
    for index, (_, _, draft) in enumerate(drafts):
        union(index, first_with_subject.setdefault(draft.subject.id, index))
    for a, b in _candidate_pairs(drafts):
        union(a, b)
    names: dict[int, str] = {}
    for index, (_, _, draft) in enumerate(drafts):
        names.setdefault(find(index), draft.subject.id)
    regrouped: list[list[Draft]] = [[] for _ in documents]
    for index, (doc_index, _, draft) in enumerate(drafts):
        name = names[find(index)]
        if name != draft.subject.id:
            draft = replace(draft, subject=replace(draft.subject, id=name))
        regrouped[doc_index].append(draft)
    return [replace(doc, drafts=tuple(new)) for doc, new in zip(documents, regrouped, strict=True)]


def _same_specific_value(a: Draft, b: Draft) -> bool:
    """The same value with a specific number ("1,683", "7.06", "17-478%"), not a round one."""
    ma, mb = a.mention, b.mention
    if (ma.low, ma.high, ma.unit, ma.qualifier) != (mb.low, mb.high, mb.unit, mb.qualifier):
        return False
    return any(x % 5 != 0 for x in {ma.low, ma.high})


def _candidate_pairs(drafts: list[tuple[int, int, Draft]]) -> list[tuple[int, int]]:
    """Pairs of drafts (by index) in different documents that read as one quantity."""
    frequency = Counter(word for _, _, draft in drafts for word in draft.subject.keywords)
    total = len(drafts) + 1
    weight = {word: math.log(1 + total / count) for word, count in frequency.items()}
    by_family: dict[str, list[int]] = defaultdict(list)
    for index, (_, _, draft) in enumerate(drafts):
        if draft.subject.family:
            by_family[draft.subject.family].append(index)
    pairs: list[tuple[int, int]] = []
    for members in by_family.values():
        by_word: dict[str, list[int]] = defaultdict(list)
        for index in members:
            for word in drafts[index][2].subject.keywords:
                if frequency[word] <= _COMMON:
                    by_word[word].append(index)
        for index in members:
            mention = drafts[index][2].mention
            if any(x % 5 for x in {mention.low, mention.high}):
                by_word[f"={mention.value}"].append(index)
        seen: set[tuple[int, int]] = set()
        for sharing in by_word.values():
            if len(sharing) > _COMMON:
                continue  # a figure stated everywhere says nothing about which quantity
            for a, b in combinations(sharing, 2):
                if (a, b) in seen or drafts[a][0] == drafts[b][0]:
                    continue
                seen.add((a, b))
                if _alike(drafts[a][2], drafts[b][2], weight):
                    pairs.append((a, b))
    return sorted(pairs)


def _alike(a: Draft, b: Draft, weight: dict[str, float]) -> bool:
    if a.subject.condition and b.subject.condition and a.subject.condition != b.subject.condition:
        return False
    if _same_specific_value(a, b):
        return True
    words_a, words_b = set(a.subject.keywords), set(b.subject.keywords)
    shared = sum(weight[w] for w in words_a & words_b)
    smaller = min(sum(weight[w] for w in words_a), sum(weight[w] for w in words_b))
    return smaller > 0 and shared / smaller >= THRESHOLD

"""One subject for the facts of different documents that say one thing happened or is so, or
not ("the ship lost power", "the ship did not lose power"): ``extract.facts``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.facts import FACT, GENERIC_SUBJECTS, OBJECT, PREDICATE, SUBJECT
from factcheck.extract.grouping.actions import keep_related
from factcheck.extract.ids import slug, unique
from factcheck.extract.subjects.actions import action_key

_GENERIC = frozenset(action_key(word) for word in GENERIC_SUBJECTS)


def relate_facts(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their facts under one subject per fact that two documents state, and
    the rest of the facts left out. Two facts are one when their predicates are one, their
    objects share a key word (or neither has one), and their subjects share one (or both are
    generic: "the group", "the company"; or one of them is a passive's, with no subject). A
    group holds facts that are pairwise so (complete linkage)."""
    members = [
        (number, index, draft)
        for number, document in enumerate(documents)
        for index, draft in enumerate(document.drafts)
        if is_fact(draft)
    ]
    groups: list[list[tuple[int, int, Draft]]] = []
    # Each group's distinct key words, and the groups by predicate: a fact is weighed only
    # against groups of its predicate, and a group's fact said a thousand times once (a long
    # page repeats one sentence; comparing every pair would take minutes).
    distinct: list[set[tuple[str, ...]]] = []
    by_predicate: dict[frozenset[str], list[int]] = {}
    for member in members:
        keywords = member[2].subject.keywords
        candidates = by_predicate.setdefault(_part(keywords, PREDICATE), [])
        fits = [n for n in candidates
                if all(facts_match(keywords, other) for other in distinct[n])]  # fmt: skip
        if fits:
            groups[fits[0]].append(member)
            distinct[fits[0]].add(keywords)
        else:
            candidates.append(len(groups))
            groups.append([member])
            distinct.append({keywords})
    renamed: dict[tuple[int, int], Draft] = {}
    for group in groups:
        if len({number for number, _, _ in group}) < 2:
            continue
        drafts = [draft for _, _, draft in group]
        first = drafts[0].subject
        said = [{k for k in d.subject.keywords if k[:2] in (SUBJECT, OBJECT)} for d in drafts]
        shared = sorted(set.intersection(*said))
        words = [first.terms[0], *(k[2:] for k in shared)][:4]
        subject = replace(first, id=unique("fact-" + "-".join(slug(w) for w in words), taken))
        for number, index, draft in group:
            renamed[(number, index)] = replace(draft, subject=subject)
    return keep_related(documents, renamed, is_fact)


def is_fact(draft: Draft) -> bool:
    """Whether the draft states a fact with a polarity (``extract.facts``)."""
    return draft.label is not None and draft.subject.family == FACT


def facts_match(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two facts' key words (``propose_fact``) say one thing (see ``relate_facts``)."""
    if _part(a, PREDICATE) != _part(b, PREDICATE):
        return False
    objects_a, objects_b = _part(a, OBJECT), _part(b, OBJECT)
    subjects_a, subjects_b = _part(a, SUBJECT), _part(b, SUBJECT)
    if bool(objects_a) != bool(objects_b) or (objects_a and not _strong(objects_a, objects_b)):
        # A passive's thing is its object; the other may say it as its subject.
        return (not subjects_a and _strong(objects_a, subjects_b)) or (
            not subjects_b and _strong(objects_b, subjects_a)
        )
    if not subjects_a or not subjects_b:
        return _strong(objects_a, objects_b)
    return _strong(subjects_a, subjects_b) or (subjects_a <= _GENERIC and subjects_b <= _GENERIC)


def _strong(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of key words share more than half of the smaller one's ("idle server
    connections" and "client connections" share only "connections")."""
    shared = a & b
    return bool(shared) and len(shared) * 2 > min(len(a), len(b))


def _part(keywords: Sequence[str], mark: str) -> frozenset[str]:
    return frozenset(k[len(mark) :] for k in keywords if k.startswith(mark))

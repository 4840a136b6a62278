"""How surely two drafts of different documents state one quantity: shared key words and amount."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations

from factcheck.extract.drafts import Draft

#: A draft's value as compared: unit (base or learned) and low and high ends.
Value = tuple[str, float, float]

#: Weighted share of key words two mentions must have in common to be one quantity.
THRESHOLD = 0.4
#: The share that is enough when both also state the same amount (400 mg, "0.4 g").
VALUE_THRESHOLD = 0.05
#: Key words in more mentions than this are too common to suggest a pair (still weighted).
_COMMON = 40
#: How much a word of the sentence, not near the figure, counts against a near one.
_CONTEXT_WEIGHT = 0.5
#: A proposed subject id with at least this many words beyond the dimension is evidence.
_SAME_ID_TERMS = 2
#: How near an approximate figure ("about 7") must be to another to state the same amount.
_CLOSE = 0.05
#: Values of one unit this many times apart (ranges not overlapping) are rarely one quantity
#: restated, and need more words in common (95 mg a cup of coffee, 2-15 mg a cup of decaf).
_FAR_RATIO = 3.0
_FAR_PENALTY = 0.2
#: The share of key words enough for values that agree without being equal, and what it adds to
#: the pair's score: one inside the other's range ("90 minutes", "1 to 2 hours") or single
#: figures within _NEAR of each other ("36%", "32%"), as one quantity often is in two documents.
_AGREE_THRESHOLD = 0.2
_AGREE_BONUS = 0.5
_NEAR = 0.15
#: What the same proposed subject id adds to a pair's score.
_SAME_ID_BONUS = 0.5


def scored_pairs(
    drafts: list[tuple[int, int, Draft]], values: list[Value]
) -> list[tuple[float, int, int]]:
    """Scored pairs of drafts (by index) of different documents in one family, best first.

    Only pairs that share a key word, a value or a proposed id are scored; ``drafts`` holds
    (document index, draft index, draft), ``values`` each draft's comparable value.
    """
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
                draft_a, draft_b = drafts[a][2], drafts[b][2]
                same = values[a] == values[b] or _close(draft_a, draft_b, values[a], values[b])
                score = _score(draft_a, draft_b, same, weight)
                if _far_apart(values[a], values[b]):
                    score -= _FAR_PENALTY
                elif (
                    not same
                    and score >= _AGREE_THRESHOLD
                    and draft_a.mention.dimension != "year"  # 2020 is no estimate of 2012-2021
                    and _agree(values[a], values[b])
                ):
                    score += _AGREE_BONUS
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
    # "trial" says a study gave the amount, not which study: no evidence of one quantity.
    role = subject.role if subject.role != "trial" else ""
    named = (f"role:{role}", f"population:{subject.population}")
    return (*subject.keywords, *(w for w in named if not w.endswith(":")))


def _specific(draft: Draft) -> bool:
    """A specific number ("1,683", "7.06", "17-478%"), not a round one."""
    return any(x % 5 != 0 for x in {draft.mention.low, draft.mention.high})


def _close(a: Draft, b: Draft, va: Value, vb: Value) -> bool:
    """An approximate figure within 5 % of the other ("about 7 minutes", "7.06 minutes")."""
    if "~" not in (a.mention.qualifier, b.mention.qualifier) or va[0] != vb[0]:
        return False
    return all(
        abs(x - y) <= 0.05 * max(abs(x), abs(y)) for x, y in ((va[1], vb[1]), (va[2], vb[2]))
    )


def _far_apart(va: Value, vb: Value) -> bool:
    """Values of one unit whose ranges do not overlap and lie _FAR_RATIO times apart or more."""
    if va[0] != vb[0] or min(va[1], vb[1]) <= 0:
        return False
    low, high = (va, vb) if va[2] < vb[1] else (vb, va)
    return low[2] < high[1] and high[1] >= _FAR_RATIO * low[2]


def _agree(va: Value, vb: Value) -> bool:
    """Values of one unit that may state one quantity: one strictly inside the other's range, or
    two single figures within _NEAR of each other."""
    if va[0] != vb[0]:
        return False
    if va[1] == va[2] and vb[1] == vb[2]:
        return abs(va[1] - vb[1]) <= _NEAR * max(abs(va[1]), abs(vb[1]))
    inner, outer = (va, vb) if va[2] - va[1] <= vb[2] - vb[1] else (vb, va)
    # Strictly inside: "200 mg" is one tablet, not the "200-400 mg" dose it starts.
    return outer[1] < inner[1] and inner[2] < outer[2]

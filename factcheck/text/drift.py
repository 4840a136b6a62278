"""Quote drift: where the closest text to a quote that is no longer found now is, and what changed."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.text.documents import Text, normalize

MIN_SIMILARITY = 60.0
"""Below this rapidfuzz partial ratio (0-100) nothing in the source counts as the quote's text."""
_SHOWN = 120
"""Characters of closest text or of one change shown in a message."""


@dataclass(frozen=True)
class Drift:
    """The text in a source that best matches a quote that is not found verbatim."""

    span: tuple[int, int]
    """[start, end) of the closest text in the source text as factcheck reads it."""
    similarity: int
    """How close it is, 0-100 (rapidfuzz ratio of the normalized texts, letter case ignored)."""
    closest: str
    """The closest text, normalized (white space collapsed)."""
    changes: tuple[str, ...]
    """What changed from the quote to the closest text, word by word, in reading order."""

    def describe(self) -> str:
        """The changes in words, e.g. ``"4.5 mg" became "5 mg"; "daily" removed``."""
        if not self.changes:
            return "only letter case or punctuation differs"
        return "; ".join(self.changes)


def find_drift(quote: str, text: Text, *, min_similarity: float = MIN_SIMILARITY) -> Drift | None:
    """The closest text to ``quote`` in ``text``, or None when nothing is similar enough."""
    needle = normalize(quote)
    haystack = text.normal
    if not needle or not haystack:
        return None
    # Lowercase copies have the same length, so the alignment's offsets hold for the originals.
    alignment = fuzz.partial_ratio_alignment(needle.lower(), haystack.lower())
    if alignment is None or alignment.score < min_similarity:
        return None
    start, end = _whole_words(haystack, alignment.dest_start, alignment.dest_end)
    if start >= end:
        return None
    start, end = _best_window(needle.lower(), haystack, start, end)
    while (
        end - start > 1 and haystack[end - 1] in ".,;:!?" and not needle.endswith(haystack[end - 1])
    ):
        end -= 1  # the sentence's punctuation, not the quote's
    closest = haystack[start:end]
    return Drift(
        span=text.original_span(start, end),
        similarity=round(fuzz.ratio(needle.lower(), closest.lower())),
        closest=closest,
        changes=_changes(needle, closest),
    )


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Snap [start, end) to the nearer word boundary at each end; drop white space at the ends."""
    start = _snap(text, start)
    end = _snap(text, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_WORD = re.compile(r"\S+")
_REACH = 3
"""Words by which each end of the aligned window may move to fit insertions and deletions."""


def _best_window(needle: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Move each end of a window over up to ``_REACH`` words to best match the needle whole."""
    starts = _boundaries(text, start, _REACH, starts=True)
    ends = _boundaries(text, end, _REACH, starts=False)
    best = (start, end, fuzz.ratio(needle, text[start:end].lower()))
    for s in starts:
        for e in ends:
            if s < e:
                score = fuzz.ratio(needle, text[s:e].lower())
                if score > best[2]:
                    best = (s, e, score)
    return best[0], best[1]


def _boundaries(text: str, at: int, reach: int, *, starts: bool) -> list[int]:
    """Word starts (or ends) near ``at``: up to ``reach`` on each side, and ``at`` itself."""
    low, high = max(0, at - 64 * reach), at + 64 * reach
    marks = [low + (m.start() if starts else m.end()) for m in _WORD.finditer(text[low:high])]
    before = [m for m in marks if m < at][-reach:]
    after = [m for m in marks if m > at][:reach]
    return [*before, at, *after]


def _snap(text: str, at: int) -> int:
    """The word boundary nearest to ``at`` (``at`` itself when it is one)."""
    left = at
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = at
    while right < len(text) and not text[right].isspace():
        right += 1
    if left == at or right == at:
        return at
    return left if at - left <= right - at else right


_PUNCTUATION = ".,;:!?()[]\"'"


def _changes(quote: str, closest: str) -> tuple[str, ...]:
    old, new = quote.split(), closest.split()
    matcher = difflib.SequenceMatcher(
        None,
        [w.strip(_PUNCTUATION).lower() for w in old],
        [w.strip(_PUNCTUATION).lower() for w in new],
        autojunk=False,
    )
    changes = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        was, now = _clip(" ".join(old[a0:a1])), _clip(" ".join(new[b0:b1]))
        if op == "replace":
            changes.append(f'"{was}" became "{now}"')
        elif op == "delete":
            changes.append(f'"{was}" removed')
        elif op == "insert":
            changes.append(f'"{now}" added')
    return tuple(changes)


def _clip(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def shown(text: str) -> str:
    """Closest text cut to a length fit for a one-line message."""
    return _clip(text)

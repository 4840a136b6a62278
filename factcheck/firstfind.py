"""The first occurrence of a quote in a long text, without scanning the text once per quote.

`extract` asks, for every figure of a document, whether its quote occurs earlier in the document
(then the quote is widened until it leads back to its own figure), and `check` anchors every
claim's quote at its first occurrence. ``str.find`` from the start costs the distance to the
first occurrence, which for a quote found only at its own figure is that figure's offset: a
document of n characters and m figures costs n x m / 2, minutes for a 1 MB document of 68,000
figures. Quotes almost always hold a figure, so an index of the text's digit runs, built once,
narrows every search to the few places where the same digits stand in the same surroundings;
each candidate is checked in full, so the answer is exactly ``str.find``'s.
"""

from __future__ import annotations

import re

#: Characters of context each index key holds (digits included).
KEY_LENGTH = 6
#: Texts shorter than this are searched with ``str.find`` alone: scanning them costs less than
#: building an index.
INDEX_FROM = 2048

_DIGITS = re.compile(r"\d+")


class FirstOccurrence:
    """``find(needle)`` is ``haystack.find(needle)``, fast for many needles holding digits.

    A needle holding a run of digits with a non-digit before it (or after it) can occur only
    where a run of digits of the haystack starts (or ends) with the same characters around it.
    The index maps each run start to the ``KEY_LENGTH`` characters from it ("S") and up to it
    ("L"), and each run end to the ``KEY_LENGTH`` characters from its last digit ("E"). A search
    looks up the rarest key the needle offers and checks those places in text order; a needle
    offering none (no digits, or too short around them) falls back to ``str.find``, memoized.
    """

    def __init__(self, haystack: str) -> None:
        self._haystack = haystack
        self._index: dict[str, list[int]] | None = None
        self._found: dict[str, int] = {}
        self.work = 0
        """Places checked plus characters scanned so far: what the searches cost (for tests)."""

    def find(self, needle: str) -> int:
        """The lowest offset of ``needle`` in the haystack, or -1."""
        found = self._found.get(needle)
        if found is not None:
            return found
        candidates = self._candidates(needle) if len(self._haystack) >= INDEX_FROM else None
        if candidates is None:
            found = self._haystack.find(needle)
            self.work += found + len(needle) if found >= 0 else len(self._haystack)
        else:
            found = -1
            places, offset = candidates
            for place in places:
                self.work += 1
                at = place - offset
                if at >= 0 and self._haystack.startswith(needle, at):
                    found = at
                    break
        self._found[needle] = found
        return found

    def _candidates(self, needle: str) -> tuple[list[int], int] | None:
        """Indexed places, ascending, and their offset into ``needle``: the needle can start only
        at a place minus the offset. None when the index cannot narrow the search down."""
        best: tuple[list[int], int] | None = None
        index = self._built()
        k = KEY_LENGTH
        size = len(needle)
        for run in _DIGITS.finditer(needle):
            start, end = run.span()
            keys = []
            if start > 0:  # a non-digit before it: a haystack run starts at the same place
                if start + k <= size:
                    keys.append(("S" + needle[start : start + k], start))
                if start - k + 1 >= 0:
                    keys.append(("L" + needle[start - k + 1 : start + 1], start))
            if end < size and end - 1 + k <= size:  # a non-digit after it: a run ends there
                keys.append(("E" + needle[end - 1 : end - 1 + k], end - 1))
            for key, offset in keys:
                places = index.get(key, [])
                if best is None or len(places) < len(best[0]):
                    best = (places, offset)
                if not places:
                    return places, offset  # the needle cannot occur at all
        return best

    def _built(self) -> dict[str, list[int]]:
        if self._index is None:
            text, k = self._haystack, KEY_LENGTH
            index: dict[str, list[int]] = {}
            for run in _DIGITS.finditer(text):
                start, end = run.span()
                # Keys cut short by either end of the text are left out: a needle's keys are
                # whole, and a needle inside the text never reaches past its ends.
                if start + k <= len(text):
                    index.setdefault("S" + text[start : start + k], []).append(start)
                if start - k + 1 >= 0:
                    index.setdefault("L" + text[start - k + 1 : start + 1], []).append(start)
                if end - 1 + k <= len(text):
                    index.setdefault("E" + text[end - 1 : end - 1 + k], []).append(end - 1)
            self._index = index
        return self._index

"""The first occurrence of a quote in a long text, without scanning the text once per quote.

`extract` asks, for every figure of a document, whether its quote occurs earlier in the document
(then the quote is widened until it leads back to its own figure), and `check` anchors every
claim's quote at its first occurrence. ``str.find`` from the start costs the distance to the
first occurrence, which for a quote found only at its own figure is that figure's offset: a
document of n characters and m figures costs n x m / 2, minutes for a 1 MB document of 68,000
figures. Quotes almost always hold a figure, so an index of the text's digit runs, built once,
narrows every search to the few places where the same digits stand in the same surroundings;
each candidate is checked in full, so the answer is exactly ``str.find``'s.

The haystack is text as ``source.normalize`` leaves it: white space is single spaces.
"""

from __future__ import annotations

import bisect
import re

#: Characters of context an index key holds (digits included): short keys fit short quotes and
#: the digits at a quote's edge ("in cohort 199"),
#: long ones tell apart figures that templated text surrounds with the same few words.
KEY_LENGTHS = (3, 6, 24)
#: Searches scan with ``str.find`` until they have scanned this many times the text's length;
#: then the index is built. Scanning a short document for its hundred claims costs less than
#: indexing it (`check` on many small sources); past this, a scan per quote would grow with the
#: square of the document, and the index pays for itself. The scanning before is bounded by this
#: many passes over the text, so the whole stays linear.
INDEX_AFTER = 64

_DIGITS = re.compile(r"\d+")
# A space-separated token holding a digit; tried at token starts only (the lookbehind) and
# without backtracking, so a long token without digits costs one pass, not one per character.
_DIGIT_TOKEN = re.compile(r"(?<![^ ])[^ \d]*+\d[^ ]*+")


class FirstOccurrence:
    """``find(needle)`` is ``haystack.find(needle)``, fast for many needles holding digits.

    The first searches scan (see ``INDEX_AFTER``); then the index is built. A needle holding a run of digits with a non-digit before it (or after it) can occur only
    where a run of digits of the haystack starts (or ends) with the same characters around it.
    The index maps each run start to the characters from it ("S") and up to it ("L"), and each
    run end to the characters from its last digit ("E"), for each of ``KEY_LENGTHS``. A search
    looks up the rarest key the needle offers and checks those places in text order.

    A needle without spaces (a bare figure: "4,523", "79p") lies inside one space-separated
    token of the haystack: for its length, a table of where each substring of the tokens that
    hold a digit first stands gives the answer at once. Other needles (no digits, or too short
    around them) fall back to ``str.find``. Every answer is memoized.
    """

    def __init__(self, haystack: str) -> None:
        self._haystack = haystack
        # Key hash -> its place, or places in text order. Hashes, not the key strings, and a lone
        # place as an int, not a list: most keys occur once, and the index would otherwise take
        # 50 times the text's size. A collision only adds a candidate, which is checked anyway.
        self._index: dict[int, int | list[int]] | None = None
        self._firsts: dict[int, dict[str, int]] = {}
        self._digit_tokens: list[tuple[int, str]] | None = None
        self._found: dict[str, int] = {}
        self._scanned = 0
        self.work = 0
        """Places checked, characters scanned and table entries made so far: what the searches
        cost (for tests)."""

    def find(self, needle: str) -> int:
        """The lowest offset of ``needle`` in the haystack, or -1."""
        found = self._found.get(needle)
        if found is not None:
            return found
        indexed = needle != "" and self._scanned >= INDEX_AFTER * len(self._haystack)
        if indexed and " " not in needle and _DIGITS.search(needle):
            found = self._firsts_of(len(needle)).get(needle, -1)
        else:
            candidates = self._candidates(needle) if indexed else None
            if candidates is None:
                found = self._haystack.find(needle)
                scanned = found + len(needle) if found >= 0 else len(self._haystack)
                self._scanned += scanned
                self.work += scanned
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
        size = len(needle)
        for run in _DIGITS.finditer(needle):
            start, end = run.span()
            keys = []
            for k in KEY_LENGTHS:
                if start > 0:  # a non-digit before it: a haystack run starts at the same place
                    if start + k <= size:
                        keys.append((f"S{k}" + needle[start : start + k], start))
                    if start - k + 1 >= 0:
                        keys.append((f"L{k}" + needle[start - k + 1 : start + 1], start))
                if end < size and end - 1 + k <= size:  # a non-digit after it: a run ends there
                    keys.append((f"E{k}" + needle[end - 1 : end - 1 + k], end - 1))
            for key, offset in keys:
                found = index.get(hash(key))
                places = [] if found is None else [found] if isinstance(found, int) else found
                if best is None or len(places) < len(best[0]):
                    best = (places, offset)
                if len(places) <= 1:
                    return places, offset  # none (the needle cannot occur) or one: enough
        return best

    def _built(self) -> dict[int, int | list[int]]:
        if self._index is None:
            text = self._haystack
            index: dict[int, int | list[int]] = {}

            def add(key: str, place: int) -> None:
                code = hash(key)
                found = index.get(code)
                if found is None:
                    index[code] = place
                elif isinstance(found, int):
                    index[code] = [found, place] if found <= place else [place, found]
                else:
                    # In text order even when two keys share a hash (one run's keys are added
                    # start first, then end): candidates are checked in order, first wins.
                    bisect.insort(found, place)

            for run in _DIGITS.finditer(text):
                start, end = run.span()
                # Keys cut short by either end of the text are left out: a needle's keys are
                # whole, and a needle inside the text never reaches past its ends.
                for k in KEY_LENGTHS:
                    if start + k <= len(text):
                        add(f"S{k}" + text[start : start + k], start)
                    if start - k + 1 >= 0:
                        add(f"L{k}" + text[start - k + 1 : start + 1], start)
                    if end - 1 + k <= len(text):
                        add(f"E{k}" + text[end - 1 : end - 1 + k], end - 1)
            self.work += len(index)
            self._index = index
        return self._index

    def _firsts_of(self, length: int) -> dict[str, int]:
        """Where each ``length``-character substring of a token holding a digit first stands."""
        table = self._firsts.get(length)
        if table is None:
            if self._digit_tokens is None:
                found = _DIGIT_TOKEN.finditer(self._haystack)
                self._digit_tokens = [(token.start(), token.group()) for token in found]
            table = {}
            for start, word in self._digit_tokens:
                for at in range(len(word) - length + 1):
                    table.setdefault(word[at : at + length], start + at)
                self.work += max(0, len(word) - length + 1)
            self._firsts[length] = table
        return table

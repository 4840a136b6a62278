"""The text around a mention: its sentence, clause, section heading and the shortest quote."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.mentions.lexicon import word_set
from factcheck.text.numbers.furniture import address_port, digits_end

# A line break ends a sentence unless the next line carries on in lower case (hard-wrapped prose).
# A line starting with a number carries on too ("rising to\n800 IU"), unless it is a list item
# ("1. The trial", "2) Dose"). A full stop inside Markdown emphasis ends its sentence too:
# "**Don't put IDs in public URLs.** An ID reveals when ..." is two sentences.
_SENTENCE_END_RE = re.compile(
    r"[.!?](?=[\s\"”’)\]]|$|[*_]+(?:\s|$))"
    r"|\n(?![ \t]*(?:[a-z(]|\d[\d,.]*(?![\d,.]*[.)](?:\s|$))))"
)
# A line break before a number carries a clause on as it does a sentence ("The default is\n3
# retries"); the colon of an address's port does too ("The default is :8088", "listen on
# 0.0.0.0:8443": ``TextIndex``).
_CLAUSE_BREAK_RE = re.compile(
    r"[,;:()\[\]—–→]|\s-\s|\n(?![ \t]*(?:[a-z(]|\d[\d,.]*(?![\d,.]*[.)](?:\s|$))))|\band\b(?=\s+\w+\s)|\bbut\b|\bwhile\b"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEADING_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+(?P<md>[^\n]+)|\*\*(?P<bold>[^\n*]{3,80})\*\*[ \t]*"
    r"|(?P<line>[A-Z][^\n.!?:;,]{2,60}))[ \t]*$",
    re.MULTILINE,
)
_REACH = 400
_QUOTE_WORDS_BEFORE = 6
_QUOTE_WORDS_AFTER = 8
_LEADING_JOINERS = word_set("and or but so then while")
_TRAILING_FILLERS = word_set(
    "a an the of to in on at by for with and or but that their its his her our your this these "
    "those as from into was were is are be had has have"
)


@dataclass(frozen=True)
class Surroundings:
    """What a mention's subject and quote are read from."""

    sentence: tuple[int, int]
    """[start, end) of the sentence holding the mention."""
    clause: tuple[int, int]
    """[start, end) of the clause holding the mention (between commas, dashes, brackets)."""
    heading: str
    """Text of the nearest heading above the mention, or ""."""
    previous: tuple[int, int] = (0, 0)
    """[start, end) of the sentence before, or (0, 0) for the first."""


class TextIndex:
    """Headings and sentence/clause breaks of one document, found once for all its mentions."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts: list[int] = []
        titles: list[str] = []
        for match in _HEADING_RE.finditer(text):
            title = match.group("md") or match.group("bold") or match.group("line") or ""
            if len(title.split()) <= 9:
                starts.append(match.start())
                titles.append(title.strip(" *#."))
        self._starts = starts
        self._titles = titles
        sentence_breaks = list(_SENTENCE_END_RE.finditer(text))
        # A sentence ends after its full stop; a line break ends it before the break.
        self._sentence_ends = [m.end() for m in sentence_breaks]
        self._sentence_starts = [m.start() for m in sentence_breaks]
        self._sentence_stops = [m.start() + (m.group() != "\n") for m in sentence_breaks]
        clause_breaks = [
            m
            for m in _CLAUSE_BREAK_RE.finditer(text)
            if m.group() != ":" or not address_port(text, m.end(), digits_end(text, m.end()))
        ]
        self._clause_ends = [m.end() for m in clause_breaks]
        self._clause_starts = [m.start() for m in clause_breaks]

    def around(self, span: tuple[int, int]) -> Surroundings:
        """The sentence, clause and heading around ``span``."""
        start, end = span
        sentence = (
            _last_before(self._sentence_ends, start),
            _first_after(self._sentence_starts, self._sentence_stops, end, len(self.text)),
        )
        clause = (
            max(sentence[0], _last_before(self._clause_ends, start)),
            min(
                sentence[1],
                _first_after(self._clause_starts, self._clause_starts, end, sentence[1]),
            ),
        )
        index = bisect.bisect_right(self._starts, start) - 1
        heading = self._titles[index] if index >= 0 else ""
        # The previous sentence's stop, before any space (no further back than a sentence
        # reaches: a page of 20,000 blank lines walked back over all of them for each, and
        # extract grew with their square).
        floor = max(0, sentence[0] - 1 - _REACH)
        last = max(floor, floor + len(self.text[floor : sentence[0]].rstrip()) - 1)
        previous = (_last_before(self._sentence_ends, last), sentence[0])
        return Surroundings(sentence, clause, heading, previous)


def _last_before(ends: list[int], pos: int) -> int:
    """The end of the last break at or before ``pos`` (0 when none), at most _REACH back."""
    index = bisect.bisect_right(ends, pos) - 1
    return max(ends[index] if index >= 0 else 0, pos - _REACH)


def _first_after(starts: list[int], stops: list[int], pos: int, default: int) -> int:
    """Where the first break starting at or after ``pos`` stops the span, at most _REACH on."""
    index = bisect.bisect_left(starts, pos)
    found = stops[index] if index < len(starts) else default
    return min(found, default, pos + _REACH)


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` (letters, apostrophes, inner hyphens)."""
    return [w.lower().strip("'’-") for w in _WORD_RE.findall(text)]


def shortest_quote(text: str, span: tuple[int, int], where: Surroundings) -> tuple[int, int]:
    """A quote that reads as the claim: the mention plus a few words of its clause either side.

    A bare parenthetical such as "(50 mg)" borrows the words before it from the sentence.
    """
    start, end = span
    before = [w for w in _WORD_RE.finditer(text, where.clause[0], start)]
    after = [w for w in _WORD_RE.finditer(text, end, where.clause[1])]
    while before and before[0].group().lower() in _LEADING_JOINERS:
        before.pop(0)
    if len(before) + len(after) < 2:
        before = list(_WORD_RE.finditer(text, where.sentence[0], start))[-4:]
    if before:
        start = before[max(0, len(before) - _QUOTE_WORDS_BEFORE)].start()
    after = after[:_QUOTE_WORDS_AFTER]
    while after and after[-1].group().lower() in _TRAILING_FILLERS:
        after.pop()
    if after:
        end = after[-1].end()
    return start, _closed(text, start, end)


def _closed(text: str, start: int, end: int) -> int:
    """``end`` past the bracket or quotation mark that closes one the quote opened: "(50 mg)",
    'Default: "03:30"', "“about 20 minutes”"."""
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        return end + 1
    if text.count("“", start, end) > text.count("”", start, end) and text[end : end + 1] == "”":
        return end + 1
    if text.count('"', start, end) % 2 and text[end : end + 1] == '"':
        return end + 1
    return end


def widen(text: str, start: int, end: int, count: int = 4) -> tuple[int, int]:
    """``[start, end)`` grown by ``count`` words on each side, across clause and sentence ends."""
    before = list(_WORD_RE.finditer(text, max(0, start - 200), start))
    after = list(_WORD_RE.finditer(text, end, min(len(text), end + 200)))
    new_start = (
        before[-count].start() if len(before) >= count else (before[0].start() if before else start)
    )
    new_end = after[count - 1].end() if len(after) >= count else (after[-1].end() if after else end)
    return new_start, new_end

"""A line that names its value before a colon: "Homes destroyed: 83", "- **Area burned:** 14,200
hectares", "| Seats won | 24 |", "Platforms - four".

Fact sheets, key-facts boxes, spec lists and key-value tables write a fact as a label, a
separator and the value. One reader serves the counted noun of a label ("Homes destroyed: 83"
counts homes), the lines of a key-facts box and a drafted claim's label (the words before the
colon); each caller bounds how many words its label may have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A line's head up to its value: indentation, a bullet or a table row's first cell, a label
#: of words (no figure: letters, apostrophes, hyphens, slashes, and a parenthesis or comma as
#: in "Area (hectares)" or "Area, total"), bold around it, a separator (a colon, a dash after a
#: space, a table's cell border) and the spaces (and the closing bold) before the value.
_HEAD_RE = re.compile(
    r"[ \t]*(?:[-*•+][ \t]+|\|[ \t]*)?(?:\*\*|__)?"
    r"(?P<label>[A-Za-z][A-Za-z'’/(),-]*(?:[ \t]+[A-Za-z(][A-Za-z'’/(),-]*)*)"
    r"(?:\*\*|__)?[ \t]*(?P<sep>:|(?<=[ \t])[-–—]|\|)(?:\*\*|__)?[ \t]*"
)
#: The words of a label that only name a figure's kind and count nothing: a word and its marks.
_PLAIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class LabelLine:
    """A line's label and where its value starts."""

    label: str
    """The words before the separator, as written ("Homes destroyed")."""
    value: int
    """Where the value starts: after the separator and the spaces after it."""

    @property
    def plain(self) -> bool:
        """Whether every word of the label is a plain word (no slash, parenthesis or comma)."""
        return all(_PLAIN_WORD_RE.fullmatch(w) for w in self.label.split())


def label_line(
    text: str, start: int, end: int | None = None, *, words: int = 6, colon: bool = False
) -> LabelLine | None:
    """The label of the line of ``text`` starting at ``start`` and of at most ``words``
    words, where the line reads "Label: value"; with ``end``, its value must start right there
    ("Homes destroyed: |83"). With ``colon``, only a colon separates the label (no dash or
    cell border: "Rest for a while - 10 minutes" is prose). None where the line is no label's."""
    head = _HEAD_RE.match(text, start) if end is None else _HEAD_RE.fullmatch(text, start, end)
    if head is None or len(head.group("label").split()) > words:
        return None
    if colon and head.group("sep") != ":":
        return None
    return LabelLine(head.group("label"), head.end())

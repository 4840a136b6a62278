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


#: A label's first word that makes the line's value a bound: "Minimum time between doses: 4
#: hours" is at least 4 hours, "Maximum daily dose: 4 g" at most 4 g.
_BOUND_LABELS = {"minimum": ">=", "min": ">=", "maximum": "<=", "max": "<="}
#: What may follow a bound label's value on its line: nothing, or a bracket or a full stop.
_LINE_END_RE = re.compile(r"[ \t]*(?:[.(;]|\r?\n|\Z)")


def label_bound(text: str, span: tuple[int, int]) -> str:
    """The bound (">=" or "<=") a line's label makes of the figure at ``span``, its line's value
    and all of it ("Minimum time between doses: 4 hours": ">="), or "": a label that opens with
    "Minimum" or "Maximum" says what the figure limits, as "at least" and "at most" do in prose."""
    if _LINE_END_RE.match(text, span[1]) is None:
        return ""
    head = label_line(text, text.rfind("\n", 0, span[0]) + 1, span[0], words=8, colon=True)
    if head is None or len(head.label.split()) < 2:
        return ""
    return _BOUND_LABELS.get(head.label.split()[0].lower().strip("*_"), "")

"""A setting's unit named in its description or its name, apart from its default (forms29).

A reference table writes "Sample rate of the output file, in Hz. Defaults to 48000" or "Bits
per sample for integer PCM output. Default: 16.": the default is a bare number, and its unit is
the description's ("in Hz", "Bits per sample"). Read bare, 48000 met nothing of a README's "44.1
kHz" (loudwick's sample rate, grouped apart). A description that opens "Number of unchanged
lines ..." makes its default a count of lines, as a README's "shows 3 lines of context" is
(round 31's quilldiff). Here a bare default takes the unit its line names,
when the line says "in <unit>" as an aside (", in Hz.", "(in seconds)") or opens with the unit
it counts ("Bits per sample", "Seconds to wait before retrying"), and the figure is the line's
default ("Defaults to 48000", "Default: 16", "The default is 30"). A setting's name may end in
its unit, as configuration names do: a bare figure in its table row's cell ("image_dpi | int |
150", a line each once read) is in that unit (150 dpi), as the row's prose says ("Images are
resampled to 150 dpi"). A configuration example ("target_lufs = -16.0") stays bare: measured,
its unit only joined it to the page's default (loudwick's grouping F1 0.67 -> 0.59).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.extract.mentions.units import Unit, UnitWords
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

if TYPE_CHECKING:
    from factcheck.extract.mentions.find import Mention

_S = r"[ \t\u00a0]+"
#: The unit a description names as an aside: ", in Hz.", "(in seconds)", "in milliseconds;".
_IN_UNIT_RE = re.compile(
    rf"(?:,|\()[ \t\u00a0]*(?:measured{_S}|given{_S}|expressed{_S})?in{_S}(?P<unit>[A-Za-z%µ]+)"
    r"[ \t\u00a0]*(?=[.,;:)]|$)",
    re.MULTILINE,
)
#: The unit a description opens with, in the plural: "Bits per sample", "Seconds to wait before
#: retrying", "Milliseconds between checks".
_OPENING_UNIT_RE = re.compile(
    rf"^[ \t\u00a0]*(?P<unit>[A-Z][a-z]+s){_S}(?:per|to|between|before|after|of){_S}",
    re.MULTILINE,
)
#: What a description counts when it opens "Number of ...": its first plural noun, past at most
#: two words that describe it ("Number of unchanged lines shown around each change", "Maximum
#: number of worker threads").
_NUMBER_OF_RE = re.compile(
    rf"^[ \t\u00a0]*(?:(?:maximum|minimum|max|min|total|default){_S})?(?:number|count){_S}of{_S}"
    rf"(?:[a-z][a-z-]*(?<!s){_S}){{0,2}}(?P<noun>[a-z]{{3,}}s)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A default right before its figure: "Defaults to", "Default:", "The default is", "default
#: value of".
_DEFAULT_BEFORE_RE = re.compile(
    rf"\bdefaults?(?:{_S}value)?(?:{_S}(?:is|to|of))?[ \t\u00a0]*[:=]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
#: Unit suffixes of setting names ("lookahead_ms", "max_image_mb", "target_lufs"), by the
#: spelling of the unit they name.
_SUFFIXES = {
    "ms": "ms", "s": "s", "sec": "s", "secs": "s", "seconds": "seconds", "minutes": "minutes",
    "mins": "minutes", "hours": "hours", "days": "days", "db": "dB", "dbtp": "dBTP",
    "dbfs": "dBFS", "lufs": "LUFS", "lu": "LU", "hz": "Hz", "khz": "kHz", "kb": "kB", "mb": "MB",
    "gb": "GB", "kib": "KiB", "mib": "MiB", "gib": "GiB", "bytes": "bytes", "dpi": "dpi",
    "pct": "%", "percent": "%", "mm": "mm", "cm": "cm", "px": "px", "pt": "pt",
}  # fmt: skip
_SUFFIX = "|".join(sorted(_SUFFIXES, key=lambda w: (-len(w), w)))
#: A table row's name cell, a line of its own: "image_dpi".
_NAME_CELL_RE = re.compile(rf"[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?P<suffix>{_SUFFIX})")
#: A row's cells between the name and the figure: its type ("int", "float").
_TYPE_CELL_RE = re.compile(r"[A-Za-z]{1,12}")
#: Dimensions a description's unit may name: none of money, shares or counts of things.
_NOT_NAMED = frozenset({"share", "money"})


def with_described_units(text: str, mentions: Sequence[Mention], words: UnitWords) -> list[Mention]:
    """``mentions`` with each bare default in the unit its line's description names: "Sample
    rate of the output file, in Hz. Defaults to 48000" gives 48000 Hz, "Bits per sample for
    integer PCM output. Default: 16." 16 bit."""
    return [_described(text, mention, words) for mention in mentions]


def _described(text: str, mention: Mention, words: UnitWords) -> Mention:
    """``mention`` in its description's unit, or as it is."""
    if mention.amount.unit or mention.noun or mention.words or mention.dimension != "number":
        return mention
    if mention.qualifier not in (Qualifier.EQ, Qualifier.APPROX):
        return mention
    start = mention.span[0]
    line_start = text.rfind("\n", 0, start) + 1
    if _DEFAULT_BEFORE_RE.search(text, max(line_start, start - 30), start):
        unit = _named_unit(text, line_start, start, words) or _unit_cell(text, line_start, words)
        counted = _NUMBER_OF_RE.match(text, line_start, start) if unit is None else None
        if counted is not None:
            # "Number of unchanged lines shown around each change. Defaults to 5.": 5 lines,
            # the README's "shows 3 lines of context" is of the same kind.
            return replace(mention, dimension="count", noun=counted["noun"].lower())
    else:
        unit = _unit_of_name(text, mention, line_start, words)
    if unit is None:
        return mention
    amount = Amount(mention.amount.low, mention.amount.high, unit.text)
    return replace(mention, amount=amount, dimension=unit.dimension)


def _unit_of_name(text: str, mention: Mention, line_start: int, words: UnitWords) -> Unit | None:
    """The unit a setting's name ends in, when the figure is its table row's cell ("image_dpi",
    "int", "150": the cells a line each). Not a configuration example's "target_lufs = -16.0":
    an example is a figure of its own, and in a unit it would join the page's default."""
    start, end = mention.span
    line_end = text.find("\n", end)
    if (
        text[line_start:start].strip()
        or text[end : len(text) if line_end < 0 else line_end].strip()
    ):
        return None  # a figure in prose, not a cell of its own
    named = _name_cell_above(text, line_start)
    if named is None:
        return None
    unit = words.read(_SUFFIXES[named["suffix"]])
    return unit if unit is not None and unit.dimension not in _NOT_NAMED else None


def _cells_above(text: str, line_start: int, most: int) -> Iterator[str]:
    """The lines above the row's cell that starts at ``line_start``, nearest first, at most
    ``most`` of them: the row's other cells, each a line of its own."""
    end = line_start - 1
    for _ in range(most):
        if end <= 0:
            return
        begin = text.rfind("\n", 0, end) + 1
        yield text[begin:end].strip()
        end = begin - 1


def _name_cell_above(text: str, line_start: int) -> re.Match[str] | None:
    """The name cell of the row whose cell starts at ``line_start``: up to two lines above, past
    type cells ("int", "float")."""
    for line in _cells_above(text, line_start, 3):
        named = _NAME_CELL_RE.fullmatch(line)
        if named is not None:
            return named
        if not _TYPE_CELL_RE.fullmatch(line):
            return None
    return None


def _unit_cell(text: str, line_start: int, words: UnitWords) -> Unit | None:
    """The unit of a table's unit column in the row whose description starts at
    ``line_start``: a cell of its own up to two lines above, past the type ("acquire_timeout",
    "float", "seconds", "How long a caller waits ... Default: 30.0." is 30 seconds)."""
    for cell in _cells_above(text, line_start, 2):
        if not _TYPE_CELL_RE.fullmatch(cell):
            return None
        unit = words.read(cell)
        if unit is not None and unit.dimension not in _NOT_NAMED:
            return unit
    return None


def _named_unit(text: str, line_start: int, start: int, words: UnitWords) -> Unit | None:
    """The unit the line before ``start`` names in its description, if one."""
    line = text[line_start:start]
    named = [m["unit"] for m in _IN_UNIT_RE.finditer(line)]
    opening = _OPENING_UNIT_RE.match(line)
    if opening is not None:
        named.insert(0, opening["unit"].lower())
    for word in named:
        unit = words.read(word)
        if unit is not None and unit.dimension not in _NOT_NAMED:
            return unit
    return None

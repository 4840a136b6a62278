"""A setting's unit named in its description, apart from its default (forms29).

A reference table writes "Sample rate of the output file, in Hz. Defaults to 48000" or "Bits
per sample for integer PCM output. Default: 16.": the default is a bare number, and its unit is
the description's ("in Hz", "Bits per sample"). Read bare, 48000 met nothing of a README's "44.1
kHz" (loudwick's sample rate, grouped apart). Here a bare default takes the unit its line names,
when the line says "in <unit>" as an aside (", in Hz.", "(in seconds)") or opens with the unit
it counts ("Bits per sample", "Seconds to wait before retrying"), and the figure is the line's
default ("Defaults to 48000", "Default: 16", "The default is 30").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
#: A default right before its figure: "Defaults to", "Default:", "The default is", "default
#: value of".
_DEFAULT_BEFORE_RE = re.compile(
    rf"\bdefaults?(?:{_S}value)?(?:{_S}(?:is|to|of))?[ \t\u00a0]*[:=]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
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
    if not _DEFAULT_BEFORE_RE.search(text, max(line_start, start - 30), start):
        return mention
    unit = _named_unit(text, line_start, start, words)
    if unit is None:
        return mention
    amount = Amount(mention.amount.low, mention.amount.high, unit.text)
    return replace(mention, amount=amount, dimension=unit.dimension)


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

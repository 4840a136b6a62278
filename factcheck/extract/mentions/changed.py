"""The two figures of one change share what they measure (settings26).

A change from one value to another writes its unit or counted noun once: "went up from two
connections to four", "raised from 30 seconds to 60". Read alone, "four" is no figure at all and
"60" a bare number, so the value a change reached, what the setting is now, could meet nothing
of another page ("It opens eight connections") while the value it replaced ("two connections",
history) did. Here the figure a change reached takes the unit or noun of the one it replaced,
and a number word after "to" is read as that figure. The replaced figure is left as written
("raised from 4 to 8 seconds": 4 stays a bare number): history is compared only with changes,
and given a unit it would draw another page's current figure to itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.text.numbers.forms import WORD_NUMBER, word_value
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

if TYPE_CHECKING:
    from factcheck.extract.mentions.find import Mention

#: "from " right before a change's first figure.
_FROM_RE = re.compile(r"\bfrom[ \t\u00a0]+\Z", re.IGNORECASE)
#: " to " between a change's two figures.
_TO_RE = re.compile(r"[ \t\u00a0]+to[ \t\u00a0]+", re.IGNORECASE)
#: A number word after " to " that ends the change: "from two connections to four." (not "to
#: four workers", a figure with its own noun, nor "to one of", a word of another use).
_TO_WORD_RE = re.compile(
    rf"[ \t\u00a0]+to[ \t\u00a0]+(?P<n>{WORD_NUMBER})"
    r"(?=[ \t\u00a0]*(?:[.,;:!?)]|\s+(?:by|in|for|and|so|when|because|as|at|on)\b|$))",
    re.IGNORECASE,
)


def _measured(mention: Mention) -> bool:
    """Whether the figure says what it measures: a unit or a counted noun."""
    return bool(mention.amount.unit or mention.noun)


def _bare(mention: Mention) -> bool:
    """A bare number, stated plainly: what a change's other figure may say the measure of."""
    return (
        mention.dimension == "number"
        and not mention.amount.unit
        and not mention.noun
        and not mention.words
        and mention.qualifier is Qualifier.EQ
    )


def _like(bare: Mention, measured: Mention) -> Mention:
    """``bare`` in the unit or of the noun of ``measured``."""
    amount = Amount(bare.amount.low, bare.amount.high, measured.amount.unit)
    return replace(
        bare,
        amount=amount,
        dimension=measured.dimension,
        noun=measured.noun,
        per=measured.per,
    )


def with_change_sides(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` (in text order, with their directions read) with the figure each change
    "from X to Y" reached in X's unit or of X's noun: "raised from 30 seconds to 60" is 60
    seconds, and "went up from two connections to four" gains the figure "four", four
    connections. Only figures a verb of change gave a direction are read ("from 9 to 5" of
    opening hours is no change)."""
    found = list(mentions)
    added: list[Mention] = []
    for n, first in enumerate(found):
        before = _FROM_RE.search(text, max(0, first.span[0] - 8), first.span[0])
        if not first.direction or before is None:
            continue
        second = found[n + 1] if n + 1 < len(found) else None
        if second is not None and _TO_RE.fullmatch(text, first.span[1], second.span[0]):
            if _measured(first) and _bare(second):
                found[n + 1] = _like(second, first)
            continue
        if not _measured(first):
            continue
        word = _TO_WORD_RE.match(text, first.span[1])
        if word is None or (second is not None and second.span[0] < word.end()):
            continue
        value = word_value(word["n"])
        # (built from the first figure: its dimension, noun, per and direction)
        added.append(
            replace(
                first,
                span=word.span("n"),
                text=word["n"],
                amount=Amount(value, value, first.amount.unit),
                qualifier=Qualifier.EQ,
                part="",
                whole=None,
                words="",
            )
        )
    return sorted([*found, *added], key=lambda m: m.span) if added else found

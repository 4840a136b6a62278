"""Exchange rates a document states: "($1 = £0.79)", "at 11.2 kronor to the euro", "one euro buys
about 11.4 Swedish kronor", "converted at 1.27 dollars to the pound", "€1 ≈ SEK 11.2", "(roughly
10.9 SEK/EUR)", "EUR/SEK at 11.2", "US$1 = A$1.52".

A stated rate is no claim of its own (its figures are not drafted) but a conversion: grouping
reads the document's amounts in one currency by it, and a subject declares it (see
``factcheck.extract.grouping.equivalence``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from factcheck.extract.mentions.money import SIGNS
from factcheck.values.spellings import UNIT_SPELLINGS
from factcheck.values.units import CURRENCIES


@dataclass(frozen=True)
class StatedRate:
    """One ``unit`` is ``factor`` ``other`` (both ISO 4217 codes), as written at ``span``."""

    span: tuple[int, int]
    unit: str
    factor: float
    other: str


_CODES = frozenset(CURRENCIES)
# Currency names, singular and plural, beside the spellings read after a number ("kronor",
# "euro", "krona": those are UNIT_SPELLINGS' own, not repeated here).
# "pound" alone is a weight as often ("$3.99 a pound"): it names sterling only after "the" in a
# rate ("1.27 dollars to the pound") or with "sterling".
_NAMES: dict[str, str] = {
    **{word: code for word, code in UNIT_SPELLINGS.items() if code in _CODES},
    "US dollar": "USD", "U.S. dollar": "USD", "U.S. dollars": "USD",
    "greenback": "USD", "greenbacks": "USD",
    "pound sterling": "GBP", "sterling": "GBP",
    "British pound": "GBP", "British pounds": "GBP", "Swedish krona": "SEK",
    "Norwegian krone": "NOK", "Danish krone": "DKK", "Swiss franc": "CHF", "franc": "CHF",
    "Japanese yen": "JPY", "Chinese yuan": "CNY", "Indian rupee": "INR", "Indian rupees": "INR",
    "peso": "MXN", "Mexican peso": "MXN", "Mexican pesos": "MXN", "rouble": "RUB",
    "ruble": "RUB", "Russian rouble": "RUB", "Russian roubles": "RUB", "real": "BRL",
    "reais": "BRL", "Brazilian real": "BRL", "Brazilian reais": "BRL", "South African rand": "ZAR",
    "Turkish lira": "TRY", "Polish zloty": "PLN", "dirham": "AED", "riyal": "SAR",
    "Australian dollar": "AUD", "Canadian dollar": "CAD", "New Zealand dollar": "NZD",
    "Hong Kong dollar": "HKD", "Singapore dollar": "SGD", "Taiwan dollar": "TWD",
    "South Korean won": "KRW", "Korean won": "KRW", "Nigerian naira": "NGN", "Thai baht": "THB",
    "Malaysian ringgit": "MYR", "Indonesian rupiah": "IDR", "Israeli shekel": "ILS",
}  # fmt: skip
# Words that name a currency only in a rate ("0.79 pounds", "to the pound").
_RATE_ONLY = {"pound": "GBP", "pounds": "GBP"}
# The rand's bare "R" and the rupee's "Rs" stand for other things beside a figure of one.
_RATE_SIGNS = {sign: code for sign, code in SIGNS.items() if sign not in ("R", "Rs", "Rs.")}


def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))


_SIGN = _alternation(_RATE_SIGNS)
# Codes as written (upper case: "a try" is no Turkish lira); names in any case.
_NAME = (
    f"(?:{_alternation({w: c for w, c in _NAMES.items() if w in _CODES})}"
    f"|(?i:{_alternation({w: c for w, c in {**_NAMES, **_RATE_ONLY}.items() if w not in _CODES})}))"
)
_CODE = "|".join(sorted(_CODES))
_NUMBER = r"\d+(?:\.\d+)?"
_APPROX = (
    r"(?i:(?:about|around|roughly|approximately|approx\.|some|nearly|almost|close\s+to|circa|"
    r"c\.|just\s+(?:over|under)|more\s+than|less\s+than|under|over)\s+|[~≈]\s*)?"
)
# No more digits and no scale after a rate's figure ("$1bn", "$1.30m" are amounts).
_NO_SCALE = r"(?![\d.,]?\d)(?![ \t\u00a0]?(?i:bn|m|k|million|billion|thousand|trillion)\b)"
# An amount: a sign or code before the figure ("£0.79", "SEK 11.2", "US$1") or a code or name
# after it ("11.2 kronor", "1.27 dollars", "0.79 pounds").
_AMOUNT = (
    rf"(?:(?<![\w$€£¥₹₪₩₦])(?P<{{n}}sign>{_SIGN})[ \t\u00a0]?(?P<{{n}}signed>{_NUMBER}){_NO_SCALE}"
    rf"|(?P<{{n}}figure>{_NUMBER})[ \t\u00a0]?(?P<{{n}}name>{_NAME})(?![\w-]))"
)
# Where an amount may start (a fast test before the many words): what is written before its
# figure ("about $1.30") is left out of the rate, and drafted by none.
_AMOUNT_FIRST = r"(?=[\d$€£¥₹₪₩₦A-Z])"
# One of a currency: "€1", "1 euro", "one euro", "a dollar", "US$1".
_ONE = (
    rf"(?:(?<![\w$€£¥₹₪₩₦.,])(?P<onesign>{_SIGN})[ \t\u00a0]?1{_NO_SCALE}"
    rf"|(?<![\d.,])\b(?i:1|one|a|an|each|every)[ \t\u00a0]+(?P<onename>{_NAME})(?![\w-]))"
)
_EQUALS = (
    r"\s*(?i:=|≈|~|:|equals|equalled|equaled|is|was|is\s+worth|was\s+worth|buys|bought|fetches|"
    r"fetched|gets(?:\s+you)?|got|trades?\s+(?:at|for)|traded\s+(?:at|for)|is\s+trading\s+at|"
    r"converts?\s+(?:in)?to|to|for)\s*"
)
# "1 euro = 11.2 kronor", "one euro buys about 11.4 Swedish kronor", "($1 = £0.79)".
_ONE_IS_RE = re.compile(rf"(?=[\d$€£¥₹₪₩₦A-Zoae]){_ONE}{_EQUALS}{_APPROX}{_AMOUNT.format(n='a')}")
# "$1.30 = £1", "SEK 11.2 ≈ €1", "11.2 kronor buys one euro": the one written last.
_IS_ONE_RE = re.compile(
    rf"{_AMOUNT_FIRST}{_AMOUNT.format(n='a')}\s*(?i:=|≈|equals|is\s+worth|was\s+worth|buys|bought|"
    rf"gets\s+you)\s*{_ONE}"
)
# "11.2 kronor to the euro", "$1.30 to the pound", "11.20 SEK per EUR".
_TO_THE_RE = re.compile(
    rf"{_AMOUNT_FIRST}{_AMOUNT.format(n='a')}\s+(?P<prep>(?i:to|per|against|for|a|an|for\s+(?:each|every|one)))"
    rf"\s+(?P<the>(?i:the|one|each|every|a|an|1)\s+)?(?P<per>{_NAME})(?![\w-])"
    # The currency ends the phrase ("to the euro.", "to the pound) and", "per euro at the time"),
    # not "$5 to the euro campaign", "€2 per euro zone transfer".
    r"(?=\s*(?:[.,;:)\]–—`\"'”’*_-]|\Z|\s(?i:at|in|on|and|or|but|as|when|while|which|so|then|now|"
    r"today|yesterday|last|this|that|from|by|with|is|was|were|are|rate|exchange|it|they|he|she|"
    r"we|the)\b))"
)
# "10.9 SEK/EUR" (kronor per euro); "EUR/SEK 11.2", "EUR/SEK at 11.2" (the market's quote: one
# euro in kronor).
_PER_CODE_RE = re.compile(
    rf"(?<![\w.])(?P<figure>{_NUMBER})[ \t\u00a0]?(?P<code>{_CODE})/(?P<per>{_CODE})\b"
)
_QUOTE_RE = re.compile(
    rf"\b(?P<base>{_CODE})/(?P<quote>{_CODE})\b\s*(?:at|of|was|is|stood\s+at|=|:)?\s*"
    rf"(?P<figure>{_NUMBER})(?![\d.]?\d)"
)
_MIXED_CASE = {name.lower(): code for name, code in {**_NAMES, **_RATE_ONLY}.items()}
_SIGNS_LOWER = {sign.lower(): code for sign, code in _RATE_SIGNS.items()}


#: More of one currency than any rate gives for one of another (a million Iranian rials to the
#: dollar is 10**6; beyond this a figure is no rate).
_LARGEST = 1e9
#: How far a rate reaches from its figure, either way (the patterns search only this near one).
_REACH = 100
# What may name a currency, a cheap first look: a sign, a code, a word for a currency (found by
# str.find, as written and capitalised: one regular expression of all of them is slow).
_SIGN_OR_CODE_RE = re.compile(r"[$€£¥₹₪₩₦]|\b[A-Z]{3}\b")
_HINT_WORDS = tuple(
    form
    for word in (
        "euro", "dollar", "pound", "sterling", "kron", "yen", "yuan", "renminbi", "rupee",
        "shekel", "franc", "won", "ringgit", "rand", "naira", "baht", "rupiah", "peso", "roub",
        "rubl", "lira", "zloty", "dirham", "riyal", "real", "reais", "greenback",
    )
    for form in (word, word.capitalize())
)  # fmt: skip


def stated_rates(text: str) -> list[StatedRate]:
    """The exchange rates ``text`` states, in text order, none overlapping another."""
    found: list[StatedRate] = []
    for start, end in _near_figures(text):
        _read(text, start, end, found)
    found.sort(key=lambda rate: rate.span)
    return found


def _near_figures(text: str) -> list[tuple[int, int]]:
    """The stretches within _REACH of two marks of currency near each other, merged: every rate
    has them, and the patterns' many words are slow to try at every character of a long text."""
    windows: list[tuple[int, int]] = []
    marks = [match.start() for match in _SIGN_OR_CODE_RE.finditer(text)]
    for word in _HINT_WORDS:
        at = text.find(word)
        while at != -1:
            marks.append(at)
            at = text.find(word, at + 1)
    marks.sort()
    for before, after in itertools.pairwise(marks):
        if after - before > _REACH:
            continue  # a rate names two currencies near each other
        start, end = max(0, before - _REACH), after + _REACH
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _read(text: str, start: int, end: int, found: list[StatedRate]) -> None:
    """Add the rates stated within ``text[start:end]`` to ``found``."""
    for match in _ONE_IS_RE.finditer(text, start, end):
        unit = _currency(match, "one", text)
        other = _currency(match, "a", text)
        figure = match.group("asigned") or match.group("afigure")
        _add(found, match.span(), unit, float(figure), other)
    for match in _IS_ONE_RE.finditer(text, start, end):
        unit = _currency(match, "one", text)
        other = _currency(match, "a", text)
        figure = match.group("asigned") or match.group("afigure")
        _add(found, match.span(), unit, float(figure), other)
    for match in _TO_THE_RE.finditer(text, start, end):
        per = match.group("per")
        if per.lower() in _RATE_ONLY and not (
            match.group("the") and match.group("the").strip().lower() == "the"
        ):
            continue  # "$3.99 a pound", "£5 per pound": a weight
        if match.group("prep").lower() in ("a", "an", "for") and not match.group("the"):
            continue  # "$5 a dollar"? too loose without an article
        other = _currency(match, "a", text)
        figure = match.group("asigned") or match.group("afigure")
        _add(found, match.span(), _MIXED_CASE.get(per.lower()), float(figure), other)
    for match in _PER_CODE_RE.finditer(text, start, end):
        _add(found, match.span(), match.group("per"), float(match.group("figure")), match["code"])
    for match in _QUOTE_RE.finditer(text, start, end):
        _add(found, match.span(), match["base"], float(match["figure"]), match["quote"])


def _currency(match: re.Match[str], name: str, text: str) -> str | None:
    sign = match.group(f"{name}sign")
    if sign is not None:
        return _RATE_SIGNS.get(sign) or _SIGNS_LOWER.get(sign.lower())
    word = match.group(f"{name}name")
    return _MIXED_CASE.get(word.lower()) if word is not None else None


def _add(
    found: list[StatedRate],
    span: tuple[int, int],
    unit: str | None,
    factor: float,
    other: str | None,
) -> None:
    """Keep a rate between two currencies that does not overlap one already found."""
    if unit is None or other is None or unit == other or not 0 < factor < _LARGEST:
        return  # no rate, or a figure no rate has ("9" * 400 is infinite as a float)
    if any(span[0] < rate.span[1] and rate.span[0] < span[1] for rate in found):
        return
    found.append(StatedRate(span, unit, factor, other))

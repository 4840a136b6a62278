"""How a number is written in prose: digits, signs, number words, fractions, scale words, shares."""

# Each form is written here once, as a regex piece and the function that reads its value;
# anchoring and highlighting (reading.py), coverage (furniture.py) and extract's mention finder
# build their patterns from these, so a form added here is read by all of them
# (tests/test_numbers.py has a row per form).

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.values.grammar import MAX_NUMBER_LENGTH

# Digits ----------------------------------------------------------------------------------------

DIGITS = r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\d.])\.\d+)"
"""A number in digits: ``25,871``, ``4.5``, ``2,000.5``, ``.5`` (commas only between thousands)."""


def digits_value(text: str) -> float:
    """The value of a number matched by ``DIGITS``."""
    return float(text.replace(",", ""))


def too_long(text: str) -> bool:
    """Whether written digits (``DIGITS``, ``FRACTION``) are too many to be a number: a run of
    over ``MAX_NUMBER_LENGTH`` characters (5,000 digits) is none, so every number read stays
    finite and bounded."""
    return len(text) > MAX_NUMBER_LENGTH


MINUS_SIGNS = "-\u2212"
"""A hyphen-minus or the minus sign ``−`` written right before the digits: ``-15 °C``."""
# Characters after which a dash joins two things ("10-15", "COVID-19", "a–-5") and is no sign.
_JOINERS = "_-\u2013\u2014\u2212.,/"
# The word "minus" before a number: "minus 233 Celsius", "minus-5 yards" (not "10 minus 3").
_MINUS_WORD_RE = re.compile(r"(?<![\w-])minus[ \t\u00a0-]\Z", re.IGNORECASE)


def minus_before(text: str, start: int) -> int | None:
    """Where a minus sign right before the number at ``start`` is ("-15", "−12", "minus 233"),
    or None; a dash after a word, a number or another dash joins them ("10-15", "COVID-19") and
    is no sign."""
    if start < 1:
        return None
    if text[start - 1] in " \t\u00a0-" and text[start - 2 : start - 1] in ("s", "S", "-"):
        word = _MINUS_WORD_RE.search(text, max(0, start - 6), start)
        if (
            word is not None
            and not text[max(0, word.start() - 2) : word.start()].strip()[-1:].isdigit()
        ):
            return word.start()
    if text[start - 1] not in MINUS_SIGNS:
        return None
    if start >= 2 and (text[start - 2].isalnum() or text[start - 2] in _JOINERS):
        return None
    return start - 1


# Powers of ten: "3e8", "2.998×10−8", "6.02 x 10^23", "1.6 × 10⁻¹⁹".
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_EXPONENT_RE = re.compile(
    r"(?:[eE](?P<e>[-+\u2212]?\d{1,3})"
    r"|[ \t\u00a0]?[×xX][ \t\u00a0]?10(?:(?:\^|\*\*)(?P<power>[-+\u2212]?\d{1,3})"
    r"|(?P<minus>[-\u2212]\d{1,3})|(?P<super>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})))(?![\w.])"
)


def exponent(text: str, pos: int, value: float) -> tuple[float, int]:
    """``value`` times the power of ten written at ``pos`` ("e8", "×10−8", "x 10^23"), and where
    it ends; ``value`` and ``pos`` when none is written there."""
    match = _EXPONENT_RE.match(text, pos)
    if match is None:
        return value, pos
    power = (
        match["e"] or match["power"] or match["minus"] or match["super"].translate(_SUPERSCRIPTS)
    )
    exponent_value = int(power.replace("\u2212", "-"))
    if abs(exponent_value) > 300:
        return value, pos  # "1e400" is no number anyone can check: read as written
    scaled_value = value * 10.0**exponent_value
    return float(f"{scaled_value:.12g}"), match.end()


# Number words ----------------------------------------------------------------------------------

ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    **{word: n for n, word in enumerate(ONES, start=1)},
    **{word: n for n, word in enumerate(TEENS, start=10)},
    **{word: 20 + 10 * n for n, word in enumerate(TENS)},
}
"""zero to nineteen and the tens; compounds such as "twenty-five" add a tens word and a one."""

WORD_NUMBER_BODY = rf"(?:{'|'.join(TENS)})(?:[-\s](?:{'|'.join(ONES)}))?|" + "|".join(
    w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if w not in TENS
)
"""A number in words without word boundaries ("ten", "Two", "twenty-five", "twenty five"),
for patterns that go on after it ("fivefold"); read it with ``word_value``."""
WORD_NUMBER = rf"\b(?:{WORD_NUMBER_BODY})\b"
"""A whole number word (case-insensitive patterns): ``WORD_NUMBER_BODY`` between word boundaries."""
WORD_INITIALS = "".join(sorted({word[0] for word in NUMBER_WORDS}))
"""The letters a number word starts with: a lookahead that lets a scan skip other words fast."""


def word_value(word: str) -> float:
    """The value of a number word matched by ``WORD_NUMBER``: "Twenty-five" is 25."""
    return float(sum(NUMBER_WORDS[part] for part in re.split(r"[-\s]+", word.lower())))


COUNT_WORDS: dict[str, float] = {"dozen": 12.0}
"""Nouns that are a number: "a dozen"."""
COUNT_WORD = "|".join(COUNT_WORDS)
"""``COUNT_WORDS`` as a pattern's alternatives (case-insensitive patterns), read by
``count_value``."""


def count_value(written: str) -> float:
    """The value of a count word matched by ``COUNT_WORD``, after an article or not: "a Dozen"
    is 12."""
    return COUNT_WORDS[written.split()[-1].lower()]


TIMES_WORDS: dict[str, float] = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
"""How many times: "twice a day", "twice as fast"."""
MULTIPLIER_WORDS: dict[str, float] = {
    "single": 1.0, "double": 2.0, "doubles": 2.0, "doubled": 2.0,
    "triple": 3.0, "triples": 3.0, "tripled": 3.0,
    "halves": 0.5, "halved": 0.5, "halving": 0.5,
}  # fmt: skip
"""Words of multiplying: "doubles the risk", "a triple dose", "halves the size"."""
FOLD = r"-?fold\b"
"""A multiplier's suffix after a number: "fivefold", "3-fold"."""

# Scale words -----------------------------------------------------------------------------------

SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12.0, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "mn": 1e6,
}  # fmt: skip
"""Words that multiply the number before them ("1.5 million", "two hundred", "4,500 crore")."""
_SCALES = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
# A scale word, or a number word after a scale word ("twenty-eight thousand six hundred
# forty-two"; "and" may stand before it: "one hundred and five").
_CHAIN_RE = re.compile(
    rf"[ \t\u00a0]+(?:(?P<scale>{_SCALES})\b|(?:and[ \t\u00a0]+)?(?P<word>{WORD_NUMBER_BODY})\b)",
    re.IGNORECASE,
)


def scaled(text: str, pos: int, value: float) -> tuple[float, int]:
    """``value`` times the scale words written at ``pos`` ("1.2 million", "4 hundred million"),
    with the number words after them ("twenty-eight thousand six hundred forty-two"), and where
    they end; ``value`` and ``pos`` when no scale word is written there."""
    total, current, end = 0.0, value, pos
    last_scale = math.inf  # number words may follow a scale word, each below it
    while (match := _CHAIN_RE.match(text, end)) is not None:
        if match["scale"]:
            factor = SCALE_WORDS[match["scale"].lower()]
            if last_scale > 100 and factor >= last_scale and last_scale is not math.inf:
                break  # "a million billion" is no way to write a number in news
            if factor <= 100:
                current *= factor
            else:
                total, current = total + current * factor, 0.0
            last_scale = factor
        else:
            word = word_value(match["word"])
            compound = text[match.end() : match.end() + 1] == "-"  # "three-year bonds"
            if last_scale is math.inf or current % 100 or word >= last_scale or compound:
                break  # "two hundred three-year bonds" stops at most after "hundred"
            current += word
        end = match.end()
    if end == pos:
        return value, pos
    return round(total + current, 6), end


SCALE_LETTERS: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9,
    "tn": 1e12, "trn": 1e12,
}  # fmt: skip
"""Letters glued to a number that scale it in news prose: "$13.6M", "25k", "$1.762bn", "$1tn"."""
_LETTER_RE = re.compile(r"(?P<letter>trn|tn|bn|mn|[kKmMbB])(?![\w\u00b2\u00b3/])")
# What follows a glued "m" that makes it metres, not millions: a race, a length's adjective, a
# singular noun ("a 20m yacht", "the 100m final", "400m hurdles", "a 5m-high wall").
_METRE_AFTER_RE = re.compile(
    r"-|[ \t\u00a0]+(?:hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|sprint|"
    r"dash|heats?|finals?|race|run|swim|event|record|title|gold|long|high|tall|deep|wide|away|"
    r"below|above|of|in|from|to|and|or|at|on|for|by|off|with|into)\b",
    re.IGNORECASE,
)
_PLURAL_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:[a-z][\w'’-]*?(?<![su'’])s|people|children|women|men|yen|yuan|won|rand|"
    r"naira|baht|kronor|kroner|ringgit|rupiah)\b"
)


def scale_letter(text: str, pos: int, money: bool) -> tuple[float, int] | None:
    """The factor of a scale letter glued at ``pos`` ("$13.6M", "25k jobs", "1.2m tons") and
    where it ends, or None. A letter scales money, and a count before a plural noun ("35m
    devices", "1.2m tons"); before anything else "m" is a metre ("a 20m yacht", "the 100m
    final", "400m hurdles") and "K" no scale ("a 4K projector"). "bn", "tn", "mn" always scale."""
    match = _LETTER_RE.match(text, pos)
    if match is None:
        return None
    letter, end = match["letter"], match.end()
    # Without money a lone letter scales only a count: "25k jobs", "35M users"; not "a 4K
    # projector", "Apt 5B", "a 5k run".
    if (
        not money
        and len(letter) == 1
        and (not _PLURAL_AFTER_RE.match(text, end) or _METRE_AFTER_RE.match(text, end))
    ):
        return None
    return SCALE_LETTERS[letter], end


# Fractions -------------------------------------------------------------------------------------

ORDINAL = r"(?:st|nd|rd|th)"
"""An ordinal's ending: the "th" of "1/5th"."""
FRACTION = rf"(?<![\d./⁄])\d+[/⁄]\d+(?={ORDINAL}?(?![\d/⁄]))"
"""A fraction in digits: ``1/5``, and the ``1/5`` of ``1/5th`` (``ORDINAL`` may follow); not a
date's or a path's ``3/1/2024``."""


def fraction_parts(text: str) -> tuple[int, int]:
    """Numerator and denominator of a fraction matched by ``FRACTION``."""
    numerator, denominator = re.findall(r"\d+", text)[:2]
    return int(numerator), int(denominator)


FRACTION_WORDS: dict[str, int] = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10,
}  # fmt: skip
"""One part of so many: "a quarter" is 1/4."""
FRACTION_PLURALS: dict[str, int] = {word + "s": n for word, n in FRACTION_WORDS.items() if n > 2}
"""Several parts: "two-thirds"; halves are left out (two halves are a whole, no fraction)."""
WORD_FRACTION = rf"\b(?:{'|'.join(ONES)})[- ](?:{'|'.join(FRACTION_PLURALS)})\b"
"""A fraction in words (case-insensitive patterns): "two-thirds", "nine tenths"."""


def fraction_value(words: str) -> float:
    """The fraction words state: "two-thirds" 2/3, "a quarter" 1/4, "the top tenth" 1/10 (a
    word before the part that is no number word counts one part)."""
    parts, part = re.split(r"[-\s]+", words.lower())[-2:]
    return NUMBER_WORDS.get(parts, 1) / FRACTION_WORDS[part.removesuffix("s")]


# Decades, shares and one of a unit -------------------------------------------------------------

DECADE_YEAR = r"1[5-9]\d0|20\d0"
"""A year that may start a decade ("the 1980s"); "1000s" are thousands, no decade."""
DECADE_SUFFIX = r"['’]?s\b"
"""What makes such a year a decade: "1980s", "1980's"."""

_WHOLE = (
    rf"[ \t\u00a0]+(?:every[ \t\u00a0]+)?(?:(?P<in_digits>{DIGITS})|(?P<in_word>{WORD_NUMBER}))"
)
_IN_WHOLE = rf"in{_WHOLE}"
IN_SHARE = rf"[ \t\u00a0]+(?:times[ \t\u00a0]+(?=out[ \t\u00a0]))?(?:in|(?P<out_of>out[ \t\u00a0]+of)){_WHOLE}"
"""The rest of a share written "1 in 4", "one in ten", "one in every five", "85 out of 100" or
"nine times out of ten", after its first number (group ``out_of``: said with "out of", which a
score or a rating says too: "Rating: 4 out of 5", "pain fell to 3.1 out of 10")."""
#: Words of a score or a rating before "N out of M": no share of anything.
SCORE_BEFORE = re.compile(
    r"\b(?:rat(?:ing|ings|ed|es)|scor(?:e|es|ed|ing)|marks?|grade[ds]?|gave\s+it|gives\s+it|"
    r"points?|stars?|level|pain)\b[^.;!?\n]{0,30}\Z",
    re.IGNORECASE,
)
#: ... and after it ("4 out of 5 stars").
SCORE_AFTER = re.compile(r"[ \t\u00a0]*(?:stars?|points?|marks?)\b", re.IGNORECASE)
_NOUN_IN_SHARE_RE = re.compile(
    rf"[ \t\u00a0]+(?P<in_noun>[A-Za-z]{{3,}})[ \t\u00a0]+{_IN_WHOLE}", re.IGNORECASE
)
#: Nouns that make "one ... in N" a span of time or a measure, no share ("one day in 2019").
_NO_SHARE_NOUNS = frozenset(
    [
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "fortnight",
        "month",
        "year",
        "decade",
        "time",
        "case",
        "way",
    ]
)


def noun_in_share(text: str, end: int, part: float) -> re.Match[str] | None:
    """The rest of a share written "one tick in four", "one adult in every five" after its
    first number ``part`` ending at ``end``: one of a thing named in the singular, then "in" and
    the whole (not "one day in five", a span of time; not "two ticks in four")."""
    if part != 1:
        return None
    match = _NOUN_IN_SHARE_RE.match(text, end)
    if match is None:
        return None
    noun = match["in_noun"].lower()
    if noun in _NO_SHARE_NOUNS or (noun.endswith("s") and not noun.endswith("ss")):
        return None
    return match


def share(part: float, whole: float) -> float | None:
    """The ratio "``part`` in ``whole``" states, or None when it is no share: both must be whole
    numbers with the part smaller, and the whole no year ("5 in 2019")."""
    if not (part.is_integer() and whole.is_integer() and 0 < part < whole):
        return None
    return None if 1800 <= whole <= 2100 else part / whole


TIME_UNITS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year")
"""Units of time that "a"/"an" counts as one of: "an hour", "a day"."""
SPAN_SIZES = (
    {"ms": 0.001, "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
     "fortnight": 1209600},
    {"month": 1, "year": 12, "decade": 120, "century": 1200},
)  # fmt: skip
"""Units of time by how many of the smallest of their kind make one: seconds, or months (a
month is no whole number of days, so the extractor reads no range of "2 weeks to 3 months")."""
WHOLE_WORDS = ("full", "whole", "entire")
"""Words between "a" and a unit of time that insist on one whole unit: "a full hour"; such an
amount is never a rate's base ("4.5 mg a day")."""
A_UNIT = rf"\ban?\s+(?:(?:{'|'.join(WHOLE_WORDS)})\s+)?(?:{'|'.join(TIME_UNITS)})\b"
"""One of a unit of time in words (case-insensitive patterns): "an hour", "a full day"."""


AND_A_HALF = r"[ \t\u00a0]+and[ \t\u00a0]+a[ \t\u00a0]+half\b(?![ \t\u00a0]+(?:of|the)\b)"
"""A half more after a whole number or one of a unit (case-insensitive patterns): "two and a
half years" is 2.5 years, "a year and a half" 1.5 years; not "and a half of the rest"."""


EQUAL_PARTS = r"\bequal[ \t\u00a0]+parts\b"
"""A ratio of one written in words (case-insensitive patterns): "equal parts sand and cement"."""

HALF_SCALES = "million|billion|trillion|thousand|dozen"
"""The scale words "half a" stands before ("half a million", "half a dozen"), as a pattern's
alternatives (case-insensitive patterns); ``SCALE_WORDS`` gives their values."""
_HALF_SCALE_RE = re.compile(
    rf"\bhalf[ \t\u00a0]+an?[ \t\u00a0]+(?P<scale>{HALF_SCALES})\b", re.IGNORECASE
)


def half_scale(text: str) -> Iterator[tuple[int, int, float]]:
    """``(start, end, value)`` of every "half a million" (half a scale word) in ``text``."""
    for match in _HALF_SCALE_RE.finditer(text):
        yield match.start(), match.end(), SCALE_WORDS[match["scale"].lower()] / 2

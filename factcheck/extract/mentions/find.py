"""Find numeric mentions in text: numbers, ranges and bounds with their units or counted nouns."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

from factcheck.extract.mentions import (
    ages,
    changed,
    counts,
    described,
    elided,
    machine,
    money,
    news,
    refusal,
    wordquant,
)
from factcheck.extract.mentions import lexicon as lx
from factcheck.extract.mentions.units import UNIT_RE, Unit, UnitWords, as_weight, family, spell
from factcheck.text.numbers.forms import (
    AND_A_HALF,
    DECADE_SUFFIX,
    DECADE_YEAR,
    DIGITS,
    FOLD,
    FRACTION,
    IN_SHARE,
    MINUS_SIGNS,
    ORDINAL,
    SCORE_AFTER,
    SCORE_BEFORE,
    SPAN_SIZES,
    WORD_INITIALS,
    WORD_NUMBER,
    WORD_NUMBER_BODY,
    digits_value,
    exponent,
    fraction_parts,
    minus_before,
    noun_in_share,
    scale_letter,
    scaled,
    share,
    word_value,
)
from factcheck.text.numbers.furniture import Furniture, in_a_name, local_port
from factcheck.values import clock
from factcheck.values.amount import Amount
from factcheck.values.grammar import MAX_NUMBER_LENGTH, Qualifier


@dataclass(frozen=True)
class Mention:
    """One numeric statement found in a text."""

    span: tuple[int, int]
    """[start, end) offsets of the surface text in the document text."""
    text: str
    """The surface text: qualifier, number(s), unit or counted noun, e.g. ``over 24%``."""
    amount: Amount
    """The number(s) and canonical unit (pint syntax, e.g. ``mg``, ``%``, ``hour``; "" for a bare
    number or a count)."""
    qualifier: Qualifier
    """How the amount relates to the quantity: stated (``=``), approximate, or a bound."""
    dimension: str
    """Kind of quantity: dose, share, duration, level, ..., count, year, number."""
    noun: str = ""
    """The counted noun for counts (``patients``), or the name of the scale a bare number is on
    ("at least SPF 30": ``spf``), lower case; "" otherwise."""
    per: str = ""
    """What the amount is per when written ("4.5 mg daily" gives ``day``, "$58.24 per barrel"
    ``barrel``, "$47.50 a share" ``share``); "" otherwise."""
    direction: str = ""
    """``up`` or ``down`` when the sentence says the quantity changed or is the result of a
    change ("rose 5% to $10", "cut to 2%", "up from 4"); "" for a level (``news.py``)."""
    part: str = ""
    """Which number of a pair the mention is: ``systolic`` or ``diastolic`` for a blood
    pressure written "135/85 mmHg" (``_blood_pressure``); "" otherwise."""
    whole: tuple[int, int] | None = None
    """For one number of a pair, the [start, end) of the pair's whole surface ("below 140/90
    mmHg"), which both numbers' subjects are proposed from; None otherwise."""
    words: str = ""
    """The value when the figure is said in words that are no number, one of
    ``values.grammar.WORD_VALUES`` ("one worker per CPU core": ``number of CPU cores``, see
    ``machine``); "" for a number."""

    @property
    def kind(self) -> str:
        """What the figure is, one of ``KINDS``: date, money, percent, ratio, count, measure,
        number or version (``news.py``)."""
        return news.kind_of(self.text, self.amount.unit, self.dimension)

    @property
    def counted(self) -> str | None:
        """The noun a count counts, in the singular ("400 patients": ``patient``); None
        for anything but a count."""
        return news.singular(self.noun) if self.dimension == "count" and self.noun else None

    @property
    def unit(self) -> str:
        """The canonical unit with the rate's base ("USD / barrel", "mg / day", "mph"): ISO 4217
        codes for money, pint's syntax otherwise; "" for a bare number or a count."""
        if not self.amount.unit or not self.per:
            return self.amount.unit
        return f"{self.amount.unit} / {news.per_unit(self.per)}"

    @property
    def value(self) -> str:
        """The value in the claims-file grammar: ``1.5-4.5 mg``, ``>24%``, ``~20 years``; a
        value in words as it is (``number of CPU cores``)."""
        if self.words:
            return self.words
        low, high, written = self.amount.low, self.amount.high, self.amount.unit
        if written == clock.UNIT:  # "22:00", "<=19:30", "07:00-21:00"
            prefix = "" if self.qualifier is Qualifier.EQ else self.qualifier.value
            shown = clock.shown(low) if low == high else f"{clock.shown(low)}-{clock.shown(high)}"
            return prefix + shown
        plural = not (low == high == 1)
        unit = spell(written, plural=plural) if written else ""
        dash = " to " if low < 0 or high < 0 else "-"  # "-20 to -5 degC"
        said = _WRITTEN_RE.findall(self.text)
        if len(said) != (1 if low == high else 2):
            said = ["", ""]
        scale = _scale_word(low, said[0], high, said[-1])
        if scale is not None:  # "€1.26 billion": 1.26 billion EUR, rounded as written
            word, first, last = scale
            number = first if low == high else f"{first}{dash}{last}"
            number = f"{number} {word}"
        else:
            first = _as_written(low, said[0])
            number = first if low == high else f"{first}{dash}{_as_written(high, said[-1])}"
        prefix = "" if self.qualifier is Qualifier.EQ else self.qualifier.value
        if not unit:
            return prefix + number
        return f"{prefix}{number}{'' if unit == '%' else ' '}{unit}"


def _fmt(x: float) -> str:
    if x.is_integer() and _MILLION <= abs(x) < 1e15:
        # "€1.26 billion" is 1.26e9, rounded to ten million as written: "1260000000" would claim
        # it to the euro, and a figure converted at a learned rate would then never agree.
        digits = str(int(abs(x)))
        kept = digits.rstrip("0")
        mantissa = kept[0] + (f".{kept[1:]}" if len(kept) > 1 else "")
        return f"{'-' if x < 0 else ''}{mantissa}e{len(digits) - 1}"
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else f"{x:.10g}"


_MILLION = 1e6
_WRITTEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
#: Scale words a value is written with, by the power of ten (values/grammar.py reads them).
_SCALE_WORDS = {6: "million", 9: "billion", 12: "trillion"}


def _scale_word(low: float, first: str, high: float, last: str) -> tuple[str, str, str] | None:
    """The scale word both ends of a figure were written with and their digits as written:
    "€1.26 billion" ("billion", "1.26", "1.26"), "$5 to 10 million" ("million", "5", "10"); None
    when the text wrote no such word ("55,931,000") or the ends have two ("$500 to 1 million")."""
    powers = set()
    for x, written in ((low, first), (high, last)):
        try:
            digits = float(written.replace(",", ""))
        except ValueError:
            return None
        power = next((p for p in _SCALE_WORDS if digits and abs(x) == digits * 10.0**p), None)
        if power is None or not math.isclose(digits * 10.0**power, abs(x)):
            return None
        powers.add(power)
    if len(powers) != 1 or low < 0 or high < 0:
        return None
    return _SCALE_WORDS[powers.pop()], first, last


def _as_written(x: float, written: str) -> str:
    """``x`` with the decimals ``written`` gives it, when ``written`` (digits as the text has
    them) is ``x``: "6.0 to 7.0" is 6.0-7.0, since 6 would stand for anything from 5.7 to 6.3
    (values/quantity.py: a number covers what rounds to it, at most 5 % of itself)."""
    decimals = written.partition(".")[2]
    if not decimals.endswith("0") or abs(x) >= _MILLION:
        return _fmt(x)
    try:
        same = float(written.replace(",", "")) == abs(x)
    except ValueError:
        same = False
    return f"{x:.{len(decimals)}f}" if same else _fmt(x)


LARGEST = 1e100
"""The largest figure drafted: what 100 digits can write, far inside the claims grammar's bound
(values/grammar.py), so that a drafted value in any unit loads."""
# The lookaheads let the engine skip most positions at once (twice as fast on prose); the first
# one holds every character a token may start with.
_TOKEN_FIRST = "".join(sorted(set("0123456789.") | set(WORD_INITIALS) | set(wordquant.INITIALS)))
_TOKEN_RE = re.compile(
    rf"(?=[{_TOKEN_FIRST}])(?:(?=\.?\d)(?:(?P<frac>{FRACTION}{ORDINAL}?)|(?P<num>{DIGITS}))"
    rf"|{wordquant.TOKEN}"
    rf"|(?=[{WORD_INITIALS}])(?P<word>{WORD_NUMBER})"
    rf"|(?=[{WORD_INITIALS}])(?P<foldword>\b(?:{WORD_NUMBER_BODY}))(?={FOLD}))",
    re.IGNORECASE,
)
_SECOND_RE = re.compile(rf"(?P<num>{DIGITS})|(?P<word>{WORD_NUMBER})", re.IGNORECASE)
_RANGE_SEP_RE = re.compile(
    r"[ \t\u00a0]*(?P<dash>[-–—−‒])[ \t\u00a0]*|\s+(?P<word>to|and|or|through|up\s+to)\s+",
    re.IGNORECASE,
)
# "X for every Y" is X per Y, also past what X is of: "1.5 litres of fluid for every kilogram".
_FOR_EVERY = (
    r"(?:[ \t\u00a0]+of[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+for[ \t\u00a0]+(?:each|every)[ \t\u00a0]+"
)
# A count or dose in one day's span is per day: "more than one tablet in 24 hours", "up to 8 in
# any 24 hours", "no more than 4 g in a day".
_IN_A_DAY_RE = re.compile(
    r"[ \t\u00a0]+(?:in|within)[ \t\u00a0]+(?:any[ \t\u00a0]+(?:one[ \t\u00a0]+)?)?"
    r"(?:24[ \t\u00a0]*(?:hours|hrs|h)\b|24-hour[ \t\u00a0]+period\b|(?:a|one)[ \t\u00a0]+day\b)",
    re.IGNORECASE,
)
_TIME_UNIT_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:seconds?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\b", re.IGNORECASE
)
_PER_RE = re.compile(
    rf"(?:\s*/\s*|\s+(?:per|a|an|each|every)\s+|{_FOR_EVERY})"
    r"(?P<per>day|d|night|week|wk|month|year|dose)\b"
    r"|\s+(?P<adv>daily|nightly|weekly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)
#: A count's season: "sees about 900 trekkers each season", "40 of his birds a season" (a
#: count only: no unit is per a season).
_A_SEASON_RE = re.compile(r"[ \t\u00a0]+(?:a|per|each|every)[ \t\u00a0]+season\b", re.IGNORECASE)
# What money and other amounts are per in news: "$58.24 per barrel", "$47.50 a share",
# "£2,150 per sq ft", "31 points a game", "40 kilometres per hour".
# Also past what the amount is of: "8 to 10 g of carbohydrate per kilogram".
_NEWS_PER_RE = re.compile(
    r"(?:[ \t\u00a0]*/[ \t\u00a0]*|(?:[ \t\u00a0]+of[ \t\u00a0]+[a-z]+)?\s+(?:per|a|an|each|every)\s+"
    rf"|{_FOR_EVERY})"
    rf"(?P<per>{news.PER_NOUNS})\b",
    re.IGNORECASE,
)
# Money for a span of time is money per that span: "10 pounds for a full week", "$40 for one day"
# (a price of a week's sessions, not of one).
_FOR_A_SPAN_RE = re.compile(
    r"[ \t\u00a0]+for[ \t\u00a0]+(?:a|an|one|each|every)[ \t\u00a0]+(?:(?:full|whole|single"
    r"|entire)[ \t\u00a0]+)?(?P<per>day|night|week|month|year)\b(?!-)"
    # A noun after it names a thing bought ("$40 for a day pass"), not a span.
    r"(?![ \t\u00a0]+(?!(?:of|and|or|in|at|on|with|from|to|if|when|while|but|so|per|each)\b)"
    r"[a-z])",
    re.IGNORECASE,
)
_ADVERB_PER = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month"}
_DECADE_RE = re.compile(DECADE_SUFFIX)
# A capitalised name right before a number ("Myth 1", "Book 14", "e-Ride 500", "UL 2849").
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Za-z][\w-]*)[ \t\u00a0]\Z")
#: A pronoun standing for a group a number word counts a part of: "four of them", "three of
#: those", "two of us" (not "one of them": one person or thing, no count).
_OF_PRONOUN_RE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:them|those|these|us|you|which|whom)\b")
_ANAPHORA_RE = re.compile(r"\b(?:these|those|both)\s+\Z", re.I)
_NAME_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-Z][a-z]+\b"
)
# "pounds" is money after a word of price in its sentence: "Sessions cost 2.50 pounds, or 10
# pounds for a full week"; "lost 10 pounds", "costs 20 pounds and weighs 40 pounds" (a word of
# weight nearer) and "lb" stay a mass.
_POUNDS_RE = re.compile(r"[ \t\u00a0]pounds?\b", re.IGNORECASE)
_PRICE_BEFORE_RE = re.compile(
    r"\b(?:costs?|costing|paid|pay|pays|paying|price[sd]?|charged?|charges|fees?|spen[dt]|"
    r"spending|worth|afford|tickets?|fares?|sells?|sold|buy|bought)\b"
    r"(?:(?!\b(?:weigh\w*|heav\w*|lost|lose|loses|losing|gain\w*|put\s+on)\b)"
    r"(?:[^.;:!?\n]|\.(?=\d)))*\Z",
    re.IGNORECASE,
)
# "in" after a number is inches only where it can be no preposition: alone in brackets ("a
# length of 60 cm (24 in)") or before a word of size ("12 in wide").
#: What a size is of, then "a second": a data rate ("roughly 45 MB of CSV a second").
_SIZE_OF_A_SECOND_RE = re.compile(
    r"[ \t\u00a0]+of(?:[ \t\u00a0]+[\w-]+){1,3}?[ \t\u00a0]+(?:a|per|each)[ \t\u00a0]+second\b",
    re.IGNORECASE,
)
#: A height in feet and inches, after the feet's number: "5ft 10in", "6'2\"", "6 feet 2 inches".
_FEET_INCHES_RE = re.compile(
    r"(?:[ \t\u00a0]?(?:ft|feet|foot)[ \t\u00a0]*|['′’])(?P<inches>\d{1,2}(?:\.\d+)?)"
    r"(?:[ \t\u00a0]?(?:in|ins|inch|inches)\b|[\"″”])"
)
_FOOT = 12
#: A round figure and a little more, as speech says it: "40-odd guests", "a 30-odd-year career".
_ODD_RE = re.compile(r"-odd\b")
_INCHES_RE = re.compile(
    r"[ \t\u00a0]in\.?(?=[ \t\u00a0]*\)|[ \t\u00a0]+(?P<size>wide|long|tall|deep|high|across|thick)\b)"
)
_AND_A_HALF_RE = re.compile(AND_A_HALF, re.IGNORECASE)
_OUT_OF_RE = re.compile(rf"[ \t\u00a0]+out[ \t\u00a0]+of[ \t\u00a0]+{DIGITS}\b")
# A product or standard's name right before a number: "Windows 11", "Wi-Fi 6", "HDMI 2.1",
# "Android 14", "iPhone 11"; a capital after a sentence's end is no name ("Some 400 people").
_PRODUCT_BEFORE_RE = re.compile(r"(?<=[\w,;(] )(?P<w>[A-Za-z][\w-]*[A-Za-z0-9])[ \t\u00a0]\Z")

_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Z]{2,6})[ \t\u00a0]\Z")


def _product_before(text: str, start: int, number: str) -> bool:
    """Whether the number at ``start`` is part of a name written before it ("Windows 11")."""
    if len(number) > 3 and "." not in number:
        return False
    name = _PRODUCT_BEFORE_RE.search(text, max(0, start - 24), start)
    if name is None:
        # An acronym names even at a sentence's start: "SPF 30 blocks about 97 percent".
        acronym = _ACRONYM_BEFORE_RE.search(text, max(0, start - 12), start)
        return acronym is not None and acronym.group("w").lower() not in {*lx.NOUN_STOP, "ok"}
    word = name.group("w")
    if word.lower() in lx.NOUN_STOP or word.lower() in lx.QUALIFIER_WORDS:
        return False
    return word[0].isupper() or any(c.isupper() for c in word[1:])


_FOLD_RE = re.compile(FOLD, re.IGNORECASE)
_COMPARATIVE_RE = re.compile(
    r"\s+(?:as\b|more\b|less\b|greater\b|higher\b|lower\b|larger\b|smaller\b|"
    r"longer\b|shorter\b|faster\b|slower\b|bigger\b|the\b|its\b|their\b|his\b|her\b|"
    r"what\b|that\s+of\b|those\s+of\b"
    r"|(?!(?:per|after|over|under|never|ever|other|order)\b)[a-z]+er\b)",  # "900,000 times stronger"
    re.IGNORECASE,
)
# Units left out of "a 20-mile run" adjectives: an "8-ounce mug" holds fluid ounces (a volume,
# not the mass "oz"), a "5-pound note" is money, and currencies are read by the money reader.
#: A first number's hyphen left hanging before "to"/"or" and the second's: "5- to 10-minute".
_SUSPENDED_RE = re.compile(
    rf"-[ \t\u00a0]+(?:to|or)[ \t\u00a0]+(?P<n>{DIGITS}|{WORD_NUMBER})-(?=[A-Za-z])",
    re.IGNORECASE,
)
_UNCLEAR_ADJECTIVES = frozenset({"oz", "lb", "point", *money.CURRENCIES})
#: What a "5-pound" adjective is money for: "a 5-pound note", "a ten-pound fine".
_MONEY_NOUN_RE = re.compile(
    r"[ \t\u00a0]+(?:notes?|coins?|bills?|fines?|fees?|prizes?|tickets?|vouchers?|bets?|"
    r"donations?|gifts?|tips?|budgets?)\b",
    re.IGNORECASE,
)
_DECADE_NUMBER_RE = re.compile(DECADE_YEAR)
_SPACES_RE = re.compile(r"\s+")
_IN_SHARE_RE = re.compile(IN_SHARE)
# A verb of change before "from": "raised absorption from 16% to 22%" is a before and an after.
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rais|increas|reduc|decreas|fell|falls?|falling|rose|rises?|rising|dropp?|climb|jump"
    r"|grew|grows?|growing|cut|lower|improv|boost|went|goes|going|chang|shift|declin|doubl|halv"
    r"|slash|push|brought|bring|mov|lift|widen|narrow|shrank|shrink|expand|charg|switch|revis"
    r"|adjust|updat|amend|bump|extend|shorten|lengthen|hike|hiking|trim)\w*"
    r"(?:\s+(?!somewhere\b|anywhere\b)[\w'’-]+){0,6}?\s+from\s+\Z",
    re.IGNORECASE,
)
_PH_BEFORE_RE = re.compile(r"(?<![\w-])pH[ \t\u00a0]+\Z")
# The word naming the scale a bare number is on, right before it: "SPF 30", "level 4".
_SCALE_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Za-z][A-Za-z-]{1,15})[ \t\u00a0]+\Z")
#: Qualifiers that only compare ("at least SPF 30", "a maximum of level 4"): "under Section
#: 230", "over Route 66", "about Type 2" use the same words as places and names.
_COMPARING_WORDS = ("least", "most", "minimum", "maximum", "than", "up to", "as ")
_THE_BEFORE_RE = re.compile(r"\b(?:the|this|these|last|its|their)\s+\Z", re.IGNORECASE)


def find_mentions(text: str, words: UnitWords) -> list[Mention]:
    """Every numeric mention in ``text``, in order of position, none overlapping; ``words`` are
    the unit words to read after numbers."""
    found: list[Mention] = []
    furniture = Furniture(text)
    consumed = 0
    ranked = [_ranked_share(text, match) for match in wordquant.ranked_shares(text)]
    next_ranked = 0  # an index, not list.pop(0): that moves every later share, per share
    for token in _TOKEN_RE.finditer(text):
        while next_ranked < len(ranked) and ranked[next_ranked].span[0] <= token.start():
            share = ranked[next_ranked]
            next_ranked += 1
            if share.span[0] >= consumed:
                found.append(share)
                consumed = share.span[1]
        if token.start() < consumed:
            continue
        pair = _blood_pressure(text, token, words) if token.group("frac") else None
        if pair is not None:
            found.extend(pair)
            consumed = pair[1].span[1]
            continue
        result = _read(text, token, words, furniture)
        if isinstance(result, int):
            consumed = max(consumed, result)
        elif result is not None and not (
            abs(result.amount.low) <= LARGEST >= abs(result.amount.high)
        ):
            consumed = result.span[1]  # "9…9 billion", 1/0: no figure anyone can check (or NaN)
        elif result is not None:
            if found:
                result = _inherit_bound(text, found[-1], result)
            found.append(result)
            consumed = result.span[1]
    found.extend(share for share in ranked[next_ranked:] if share.span[0] >= consumed)
    found = _with_core_counts(text, found)
    found = described.with_described_units(text, found, words)
    found = changed.with_change_sides(text, news.with_directions(text, found))
    return refusal.with_refused_bounds(text, found)


_ONE = Amount(1.0, 1.0, "")


def _with_core_counts(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with the figures said in words (``machine``: "one worker per CPU core", a
    default of no limit), which take the place of the numbers read inside them."""
    said = sorted([*machine.core_counts(text), *machine.unlimited_defaults(text)],
                  key=lambda c: c.span)  # fmt: skip
    if not said:
        return found
    spans = [c.span for c in said]
    kept = [m for m in found if not any(s < m.span[1] and m.span[0] < e for s, e in spans)]
    cores = [
        Mention(c.span, text[slice(*c.span)], _ONE, Qualifier.EQ,
                "count" if c.noun else "number", c.noun, words=c.words)
        for c in said
    ]  # fmt: skip
    return sorted([*kept, *cores], key=lambda m: m.span)


def _ranked_share(text: str, match: re.Match[str]) -> Mention:
    """A ranked share such as "the best tenth of homes": 10%."""
    qualifier, start, _ = _prefix(text, match.start())
    value = wordquant.part_value(match.group())
    end = match.end()
    return Mention((start, end), text[start:end], Amount(value, value, "%"), qualifier, "share")


_OPEN_BRACKET_RE = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
_CLOSE_BRACKET_RE = re.compile(r"[ \t\u00a0]*\)")


def _inherit_bound(text: str, bounded: Mention, mention: Mention) -> Mention:
    """``mention`` with the bound of the value it restates in brackets right after it:
    "<1.4 mmol/L (55 mg/dL)" makes the 55 mg/dL a bound too."""
    if not bounded.qualifier.bound or mention.qualifier is not Qualifier.EQ:
        return mention
    if not mention.amount.single or not bounded.amount.single:
        return mention
    if not (bounded.amount.unit and mention.amount.unit):
        return mention
    opened = _OPEN_BRACKET_RE.fullmatch(text, bounded.span[1], mention.span[0])
    if opened is None or _CLOSE_BRACKET_RE.match(text, mention.span[1]) is None:
        return mention
    if family(bounded.dimension) != family(mention.dimension):
        return mention  # "(at least 5 mg (2 days))": another quantity
    if bounded.amount.unit == mention.amount.unit:
        return mention  # "just over half (52%)": the brackets give the figure, not a restatement
    return replace(mention, qualifier=bounded.qualifier)


#: The groups of ``wordquant.TOKEN``: quantities in words ("a quarter", "doubles", "a pair of").
_WORD_QUANTITIES = ("part", "half", "mult", "twice", "aunit", "ameasure", "equal", "countword",
                    "pair", "single")  # fmt: skip


def _read(
    text: str, token: re.Match[str], words: UnitWords, furniture: Furniture
) -> Mention | int | None:
    """A mention starting at ``token``, or an offset to skip to, or None to skip the token."""
    start, end = token.span()
    if end - start > MAX_NUMBER_LENGTH:
        return end  # a run of 5,000 digits is no number (as in text/numbers/)
    if any(token.group(g) for g in _WORD_QUANTITIES):
        return _word_quantity(text, token, words)
    fold = _FOLD_RE.match(text, end)
    if fold is not None and not in_a_name(text, start):
        return _fold(text, token, fold.end())
    is_word = token.group("word") is not None or token.group("foldword") is not None
    currency = None if is_word else money.currency_before(text, start)
    negative = False
    if currency is None and not is_word and text[start - 1 : start] in MINUS_SIGNS:
        currency = money.currency_before(text, start - 1)  # "$-50.8bn": a sign, then a minus
        negative = currency is not None
    if currency is not None and (
        not _glued_after(text, end) or _scale_glued(text, end) or _PER_RE.match(text, end)
    ):  # "$120/night": a price per night, as "$120 a night" is
        return _money(text, token, currency, words, negative)
    power = (None, end) if is_word else exponent(text, end, 0.0)
    times = None if is_word else _TIMES_RE.match(text, end)
    if times is not None and not in_a_name(text, start):  # "5x optical zoom"
        qualifier, surface_start, _ = _prefix(text, start)
        value = digits_value(token.group())
        return Mention((surface_start, times.end()), text[surface_start : times.end()],
                       Amount(value, value, ""), qualifier, "ratio")  # fmt: skip
    worded_minus = (
        not is_word
        and text[start - 1 : start] == "-"
        and (
            minus_before(text, start) is not None
            or _GLUED_BOUND_RE.search(text, max(0, start - 6), start) is not None
        )
    )  # "minus-5 yards", "sub-300 sq m", "over-65s": no code
    if (
        power[1] == end
        and not worded_minus
        and _is_identifier(text, start, end)
        and not _scale_glued(text, end)
        and not local_port(text, start, end)
    ):
        return None
    scale = None if is_word else _scale_label(text, start)
    if not is_word and scale is None:
        # "phase 2/3" is a label before it is a fraction.
        skip = furniture.skip_to(start, end)
        if skip is not None:
            return skip
    if token.group("frac"):
        return _fraction(text, token, words)
    share = _in_share(text, token)
    if share is not None:
        return share
    low = word_value(token.group()) if is_word else digits_value(token.group())
    sign = None if is_word else minus_before(text, start)
    if sign is not None:
        low, start = -low, sign  # "-15 °C", "−12 °C", "minus 233": the sign is part of the number
    if power[1] != end:
        low, end = exponent(text, end, low)  # "3e8", "2.998×10−8"
    # "1.5 million people", "two thousand women", "35m devices": the scale is part of the number.
    low, end = _scaled(text, end, low, money=False)
    has_scale = end != token.end()
    if not has_scale and _FACTOR_OF_RE.search(text, max(0, start - 14), start):
        # "grows by a factor of two": a multiple, as "doubles" is
        return Mention((start, end), text[start:end], Amount(low, low, ""), Qualifier.EQ, "ratio")
    half = _AND_A_HALF_RE.match(text, end) if low.is_integer() and not has_scale else None
    if half is not None:
        low, end = low + 0.5, half.end()  # "two and a half years": 2.5 years
    odd = _ODD_RE.match(text, end) if not has_scale and low >= 10 and low % 10 == 0 else None
    if odd is not None:
        end = odd.end()  # "40-odd guests": some forty, the count of guests after it
    acidity = _PH_BEFORE_RE.search(text, max(0, start - 8), start)  # "below pH 4"
    label_start = acidity.start() if acidity else scale.start() if scale else start
    qualifier, surface_start, opener = _prefix(text, label_start)
    if odd is not None and qualifier is Qualifier.EQ:
        qualifier = Qualifier.APPROX
    decade = _DECADE_RE.match(text, end)
    if decade is not None and not is_word and _DECADE_NUMBER_RE.fullmatch(token.group()):
        stop = decade.end()
        # A bounded decade is one year: "after the 1980s" is >1989, "before the 1980s" <1980.
        above = qualifier in (Qualifier.GT, Qualifier.LE)  # the bound is the decade's last year
        first = low + 9 if above else low
        last = low + 9 if above or not qualifier.bound else low
        return Mention((surface_start, stop), text[surface_start:stop], Amount(first, last, ""),
                       qualifier, "year")  # fmt: skip
    unit, pos = words.at(text, end)
    feet = _FEET_INCHES_RE.match(text, end) if not is_word and low.is_integer() else None
    if feet is not None and float(feet["inches"]) < _FOOT and not has_scale:
        # "5ft 10in", "6'2\"", "6 feet 2 inches": one height, in inches
        low, unit, pos = low * _FOOT + float(feet["inches"]), words.read("inch"), feet.end()
    sized = _SIZE_OF_A_SECOND_RE.match(text, pos) if unit and unit.dimension == "data" else None
    rate = words.read(f"{unit.text}/s") if sized is not None and unit is not None else None
    if rate is not None:
        unit, pos = rate, sized.end() if sized is not None else pos  # "45 MB of CSV a second"
    if scale is not None and unit is not None:
        # "at least Vitamin 5 mg": a measure with its unit; the word before it names no scale.
        scale = None
        qualifier, surface_start, opener = _prefix(text, start)
    if unit is not None and unit.text == "point" and _percentage_points(text, start, end, low):
        # "won by 11 points, taking 37.5% of the vote", "on 31%, down four points": percentage
        # points, said short.
        unit = words.read("percentage points")
    if (
        unit is not None
        and unit.text == "point"
        and is_word
        and not _BY_BEFORE_RE.search(text, max(0, start - 4), start)
    ):
        unit, pos = None, end  # "five points" of measurement; "trail by nine points" is a score
    between = None
    if unit is None and qualifier is Qualifier.EQ and scale is None and not acidity:
        between = _bound_between(text, end, low, token.group(), words)
    if between is not None:
        # "three or more times a week", "10 or more cigarettes a day", "a 10-plus year wait"
        qualifier, unit, pos = between.qualifier, between.unit, between.end
    glued_s = unit is not None and unit.text == "second" and pos == end + 1
    age_group = (unit is None or glued_s) and _AGE_GROUP_BEFORE_RE.search(
        text, max(0, start - 16), start
    )
    if age_group:
        # "over-65s", "among under 5s": people of an age, in years as "older than 65" is (the
        # "s" is the group's plural, not seconds)
        unit = None
        pos = (
            end + 1 if text[end : end + 1] == "s" and not text[end + 1 : end + 2].isalnum() else end
        )
    life = _LIFE_DECADE_BEFORE_RE.search(text, max(0, start - 24), start) if glued_s else None
    if life is not None and low.is_integer() and low % 10 == 0 and 10 <= low <= 100:
        # "a man in his 70s", "in her early 30s": an age, the decade of a life (not 70 seconds)
        first, last = _LIFE_PART.get((life["part"] or "").lower(), (0.0, 9.0))
        life_ages = Amount(low + first, low + last, ages.YEARS_OF_AGE.text)
        return Mention((start, pos), text[start:pos], life_ages, Qualifier.EQ, ages.DIMENSION)
    if (
        unit is not None
        and unit.text == "lb"
        and _POUNDS_RE.match(text, end)
        and _PRICE_BEFORE_RE.search(text, max(0, start - 60), start)
    ):
        unit = words.read("GBP")  # "Sessions cost 2.50 pounds, or 10 pounds for a full week"
    inches = _INCHES_RE.match(text, end) if unit is None and not is_word else None
    if inches is not None and (inches["size"] or text[:start].rstrip(" \t\u00a0").endswith("(")):
        unit, pos = words.read("inch"), inches.end()  # "60 cm (24 in)", "12 in wide"
    if unit is None and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        adjective, after = words.at(text, end + 1)  # "a 12-month warranty", "a 20-mile run"
        if adjective is not None and (
            adjective.text not in _UNCLEAR_ADJECTIVES or _weighs(text, start, end, after)
        ):
            unit, pos = adjective, after
    high = low
    changed = bool(
        opener and _CHANGE_BEFORE_RE.search(text, max(0, surface_start - 60), start)
    ) or _change_not_range(text, surface_start, pos, token.group(), low, unit, words)
    ranged = None if changed or between else _range_at(text, pos, low, unit, opener, words)
    if ranged is None and unit is None and not changed and between is None:
        ranged = _suspended_range(text, end, low, words)  # "a 5- to 10-minute walk"
    if isinstance(ranged, int):
        return ranged
    if ranged is not None:
        high, unit, pos, factor = ranged
        if not has_scale and 0 < low * factor < high:
            low *= factor  # "between 1 and 2 million adults": the scale is shared
        low, high = min(low, high), max(low, high)  # "from -5 to -20 °C" is -20 to -5
        if qualifier.bound:
            qualifier = Qualifier.EQ  # "up to 4 to 6 hours": the grammar has no bounded ranges
        if unit is None:
            shares = _range_in_share(text, pos, low, high, words)
            if shares is not None:  # "between 1 and 3 in every 100 adults": 1-3 %
                low, high, pos = shares
                unit = words.read("%")
    elif opener and qualifier is Qualifier.EQ:
        surface_start = start  # "from 3 patients" is no range: the opener is ordinary prose
    if unit is not None and unit.text in _IN_YEARS:
        low, high, unit = low * _IN_YEARS[unit.text], high * _IN_YEARS[unit.text], _YEARS
    if scale is not None and pos != end:
        # "at least SPF 30 to 50": a range, read as before (the bound cannot bound a range).
        scale = None
        qualifier, surface_start, opener = Qualifier.EQ, start, False
    if unit is None and ranged is None and scale is None and _is_age(text, start, pos, low):
        # "it turned seven this year": a thing's age, the years since it began (``events``);
        # "Ilse Varga, 72," and "when your child turns 3": a person's age.
        turned = AGE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
        thing = turned and not ages.person_before(text, start)
        unit = _YEARS if thing else ages.YEARS_OF_AGE
    aged = (
        unit is None
        and scale is None
        and not acidity
        and between is None
        and (bool(age_group) or _said_as_age(text, surface_start, start, pos, low, high))
    )
    if aged:
        unit = ages.YEARS_OF_AGE  # "children aged two and over", "people over 65", "the over-65s"
    elif ages.said_as_age(text, surface_start, pos, unit) or (
        unit is not None and unit.text in ages.TIMES and _age_in_time(text, surface_start, start)
    ):  # "The 68-year-old farmer", "from six months of age", "babies under 6 months"
        assert unit is not None
        unit = ages.of_age(unit)
    noun = scale["w"].lower() if scale is not None else between.noun if between else ""
    if unit is None and not acidity and not noun:
        if is_word and _ANAPHORA_RE.search(text, max(0, start - 12), start):
            return None  # "these two responses": a reference back, not a count
        if not is_word and _product_before(text, start, token.group()):
            return None  # "Windows 11 laptops", "Android 14 phones", "HDMI 2.1 ports": names
        single = low if high == low else None
        noun, pos = counts.noun_at(text, pos, single, token.group())
        if not noun and is_word:
            # "six 200 mg tablets": the count of tablets, and the dose found after it on its own.
            noun = counts.noun_after_amount(text, pos, single, words)
        if not noun and low == high == 1:
            item, after = counts.single_item(text, pos)
            if item and _per_at(text, after, None)[0]:
                noun, pos = item, after  # "one tablet a day": a count of doses per day
        if not noun and is_word and low == high == 1 and qualifier.bound:
            noun, pos = counts.bounded_one_noun(text, pos)  # "at least one caffeinated beverage"
        if (
            not noun
            and low >= 2
            and text[pos : pos + 1] == "-"
            and words.at(text, pos + 1)[0] is None
        ):
            noun, pos = counts.hyphen_noun(text, pos)  # "a four-bedroom home", "a 42-storey tower"
        if not noun and is_word and low >= 2:
            noun = counts.noun_after_of(text, pos)  # "Seven of the nine commissioners"
        if (
            not noun
            and not is_word
            and ranged is None
            and low == high
            and low.is_integer()
            and not counts.looks_like_year(token.group(), low, high)
        ):
            noun = counts.noun_after_of(text, pos, digits=True)  # "won 24 of the 60 seats"
        if not noun and not counts.looks_like_year(token.group(), low, high):
            # "Stages: six, including the new tent": the line's label is what it counts.
            noun = counts.noun_of_label(text, surface_start, pos)
        if noun and not is_word:
            rate, after = words.at(text, pos)
            if rate is not None and rate.dimension == "rate per population":
                unit, pos = rate, after  # "12 cases per 100,000 people": a rate, not a count
        if not noun and not has_scale and ranged is None and qualifier is not Qualifier.LT:
            # "Eight cavers were trapped. Two were kept in overnight": the count of a group
            # named before, the noun left out (``elided``).
            elided_count = elided.elided_noun(text, surface_start, start, pos, low, words)
            if elided_count is not None:
                noun, pos = elided_count
        if not noun and is_word and not has_scale:
            partitive = _OF_PRONOUN_RE.match(text, pos) if high >= 2 else None
            if partitive is not None:
                pos = partitive.end()  # "four of them", "one or two of them": how many of a group
            elif not _PER_RE.match(text, pos):
                return None  # (but "five or six a week", "one a day": a count per week, per day)
        if not noun and counts.looks_like_year(token.group(), low, high):
            return Mention((surface_start, pos), text[surface_start:pos], Amount(low, high, ""),
                           qualifier, "year")  # fmt: skip
    if (
        unit is not None
        and unit.dimension == "duration"
        and qualifier is Qualifier.GT
        and not aged
        and _OVER_PERIOD_RE.fullmatch(text, surface_start, start)
        and not _LASTING_RE.search(text, max(0, surface_start - 12), surface_start)
    ):
        qualifier, surface_start = Qualifier.EQ, start  # "over five years": a period
    if unit is not None and unit.dimension == "duration" and qualifier is Qualifier.EQ:
        often = _AT_LEAST_EVERY_RE.search(text, max(0, surface_start - 20), surface_start)
        if often is not None:
            # "Reapply at least every two hours": the time between two is at most two hours.
            qualifier, surface_start = Qualifier.LE, often.start()
    per, pos = _per_at(text, pos, unit)
    if low == high and qualifier is Qualifier.EQ:
        qualifier, pos = _suffix_qualifier(text, pos, start)
        if not per and qualifier is not Qualifier.EQ:
            per, pos = _per_at(text, pos, unit)  # "15 or more a day": a rate's bound, then base
    if unit is None and not noun and not is_word and low >= 1 and _counted_day(text, start):
        unit = words.read("day")  # "on day 0 and day 7": day 7 is seven days after the first
    plain = qualifier is Qualifier.EQ
    bare = unit is None and not noun and not is_word and plain and pos == token.end()
    if scale is not None and (not qualifier.bound or pos != token.end()):
        return None  # "at least SPF 30 to 50": no one number on the scale
    if bare and surface_start == start and _named_label(text, start):
        return None  # "Myth 1", "Book 14", "UL 2849": a name, not a quantity
    if (
        bare
        and _NAME_AFTER_RE.match(text, pos)
        and not counts.looks_like_year(token.group(), low, high)
    ):
        return None  # "a 737 Max": a name
    if bare and text[pos : pos + 1].isalpha():
        return None  # "1080p video": a code glued to letters
    if bare:
        out_of = _OUT_OF_RE.match(text, pos)
        if out_of is not None:
            pos = out_of.end()  # "a rating of 9.1 out of 10": one figure
    if unit is not None:
        unit = as_weight(unit, text, surface_start, pos)  # "weighs 900 g": a weight, not a dose
    # A number on a named scale ("at least SPF 30") is no count: its noun is the scale's name;
    # nor is a negative number ("-16 LUFS"): nothing is counted below none.
    counted = noun and scale is None and low >= 0
    dimension = unit.dimension if unit else ("count" if counted else "number")
    mix = counts.parts_to(text, pos) if noun == "parts" and unit is None else None
    if mix is not None:
        # "two to three parts browns to one part greens": a ratio of browns to greens, 2-3.
        noun, pos = mix
        dimension = "ratio"
    dimension = "acidity" if acidity and not unit else dimension
    if noun == "times" and (
        _COMPARATIVE_RE.match(text, pos)
        or (not per and not (low.is_integer() and high.is_integer()))
    ):
        # "4 times higher", "four times as likely", "five times its weight": a multiplier like
        # "fourfold", not a count; so is "roughly 3.5 times" without a span it happens in (a
        # thing done 3.5 times is an average: "2.5 times a week").
        dimension, noun = "ratio", ""
    return Mention((surface_start, pos), text[surface_start:pos],
                   Amount(low, high, unit.text if unit else ""), qualifier, dimension, noun,
                   per)  # fmt: skip


#: A bound said between a number and its unit or counted noun: "three or more times a week",
#: "two or fewer puffs", "10 or so minutes", "a 10-plus year wait", "18+ years" (a bare " plus "
#: may add one amount to another: "2 plus 3 days").
_BOUND_BETWEEN_RE = re.compile(
    r"(?:[ \t\u00a0]+or[ \t\u00a0]+(?P<q>more|fewer|less|greater|higher|lower|above|below|over"
    r"|under|longer|shorter|so)\b|(?P<plus>-plus\b|\+))(?=[ \t\u00a0]+[A-Za-z])",
    re.IGNORECASE,
)
_BETWEEN_BOUNDS = {**{k[3:]: v for k, v in lx.QUALIFIER_AFTER.items() if k.startswith("or ")},
                   "so": Qualifier.APPROX}  # fmt: skip


@dataclass(frozen=True)
class _Between:
    """A bound said between a number and the unit or noun after it, and where they end."""

    qualifier: Qualifier
    unit: Unit | None
    noun: str
    end: int


def _bound_between(
    text: str, end: int, value: float, number: str, words: UnitWords
) -> _Between | None:
    """The bound and the unit or counted noun after a number ending at ``end`` when a bound
    stands between them ("three or more times a week" is as "at least three times a week"), or
    None when none does or nothing is counted after it ("aged 12 or over", "3 or more of them":
    the bound is then read after the number alone)."""
    bound = _BOUND_BETWEEN_RE.match(text, end)
    if bound is None:
        return None
    qualifier = Qualifier.GE if bound["plus"] else _BETWEEN_BOUNDS[bound["q"].lower()]
    unit, after = words.at(text, bound.end())
    if unit is not None:
        return _Between(qualifier, unit, "", after)
    # "one or more tablets": the noun is plural whatever the number
    noun, after = counts.noun_at(text, bound.end(), None if value == 1 else value, number)
    if not noun or (value == 1 and not _PER_RE.match(text, after)):
        return None  # "one or more source directories" says "some", unless how often it is
    return _Between(qualifier, None, noun, after)


_SYMBOL_BOUNDS = {"<=": Qualifier.LE, ">=": Qualifier.GE, "<": Qualifier.LT, ">": Qualifier.GT,
                  "≤": Qualifier.LE, "≥": Qualifier.GE}  # fmt: skip


#: "turned seven", "turns 40": an age reached, when the clause ends or says when after it.
AGE_BEFORE_RE = re.compile(r"\bturn(?:ed|s)[ \t\u00a0]+\Z", re.IGNORECASE)
_AGE_END_RE = re.compile(
    r"[ \t\u00a0]*(?:[.;,!?)]|\Z|\n|[ \t\u00a0]+(?:this|last|in|on|today|yesterday|recently)\b)",
    re.IGNORECASE,
)
#: The oldest age read from "turned N": "the counter turned 1000" is no age.
_OLDEST = 150


#: A person's age set after their name, as news writes it: "Corvin Mahlstedt, 52, said", "the
#: winner, Ana Ruiz Vidal, 34." (a name of two to four capitalised words, then a comma).
_NAMED_AGE_BEFORE_RE = re.compile(
    r"(?<![\w.’'-])(?:[A-Z][a-z’'-]+[ \t\u00a0]+(?:(?:de|van|der|den|von|da|di|du|le|la|del|ter)"
    r"[ \t\u00a0]+)*){1,3}[A-Z][a-z’'-]+,[ \t\u00a0]*\Z"
)  # (and a surname's particles: "Femke de Jong, 24, from Arnhem")
_NAMED_AGE_AFTER_RE = re.compile(
    r"[ \t\u00a0]*(?:,|;|\)|\.(?:\s|\Z)|\Z|[ \t\u00a0]+(?:and|who|from|of)\b)"
)


#: A capitalised name, as news writes people's: "Dassel", "O'Brien", "McAllister", "Ruiz-Vidal".
_NAME = r"(?:O['’]|Mc|Mac|D['’])?[A-Z][a-z’'-]+"
#: A title before a name: "Dr. Okafor", "Mrs Dassel".
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Rev|Capt|Sgt|Insp)\.?[ \t\u00a0]+)?"
#: A name after a verb of saying, then the age: "said Dassel, 71, who", "says Dr. Okafor, 45."
_SAID_NAME_AGE_RE = re.compile(
    r"\b(?:said|says|told|added|explained|recalled|admitted|insisted|warned|according[ \t\u00a0]+to)"
    rf"[ \t\u00a0]+{_TITLE}(?:{_NAME}[ \t\u00a0]+){{0,3}}{_NAME},[ \t\u00a0]*\Z"
)
#: One name (its title allowed) opening a sentence or a clause, then the age: "Dassel, 71, who".
_ONE_NAME_AGE_RE = re.compile(
    rf"(?:\A|[.!?]\s+|\n|[,;:(]\s*|\b(?:and|but|while|as|when)[ \t\u00a0]+|[\"“])"
    rf"{_TITLE}(?P<name>{_NAME}),[ \t\u00a0]*\Z"
)
#: A person's noun after an article or a possessive, then the age: "The pilot, 34,", "the
#: grandmother of six, 82,", "her neighbour, 67,".
_PERSON_NOUN_AGE_RE = re.compile(
    r"\b(?:the|a|an|his|her|their|our|my|its)[ \t\u00a0]+(?:[a-z][\w-]*[ \t\u00a0]+){0,2}?"
    r"(?P<noun>[a-z]+)(?:[ \t\u00a0]+of[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?[a-z]+)?,[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
#: What goes on after an age set beside a person: a clause about them ("who has raced", "said",
#: "was unhurt", "from Leeds"), or the sentence's end.
_PERSON_CLAUSE_AFTER_RE = re.compile(
    r",[ \t\u00a0]*(?:who|whose|said|says|told|added|explained|recalled|admitted|has|had|was|is"
    r"|lives|lived|keeps|kept|runs|ran|won|started|began|from|of|a|an|the|still|now|then"
    r"|remains|remained|died|survived|became|joined|will|would|can|could|may|must|should"
    r"|[a-z]{2,}ed)\b|[ \t\u00a0]*[.!?](?:\s|\Z)"
)
#: A full name, then the age in brackets: "Henrik Dassel (74) said".
_BRACKETED_AGE_RE = re.compile(
    rf"(?<![\w.’'-]){_TITLE}(?:{_NAME}[ \t\u00a0]+){{1,3}}?{_NAME}[ \t\u00a0]*\([ \t\u00a0]*\Z"
)
_BRACKET_AFTER_RE = re.compile(
    r"[ \t\u00a0]*\)[ \t\u00a0]*(?:,|[.!?](?:\s|\Z)|[ \t\u00a0]*(?:said|says|who|from|of|and|has"
    r"|had|was|is|told|added|still|now|died|won)\b)"
)
#: A name, then "now" and the age: "Dassel, now 71, still races".
_NOW_AGE_RE = re.compile(rf"(?<![\w.’'-]){_TITLE}{_NAME},[ \t\u00a0]+now[ \t\u00a0]+\Z")
#: "At 71," opening a sentence, before a name or a pronoun for a person: "At 71, Dassel still
#: races", "At 15, she left school".
_AT_AGE_RE = re.compile(r"(?:\A|[.!?]\s+|\n)At[ \t\u00a0]+\Z")
_AT_AGE_AFTER_RE = re.compile(
    rf",[ \t\u00a0]+(?:he|she|they|I|we|{_TITLE}{_NAME}[ \t\u00a0]+(?!(?:Street|Road|Avenue|Lane)\b)"
    r"(?:[A-Z][a-z’'-]+[ \t\u00a0]+)?[a-z])"
)


#: A person saying their own age, or a writer a person's, with a bare number: "I'm 54 and
#: otherwise healthy", "I have had migraines since I was 19", "my daughter is seven and", "Otto,
#: who is five,", "I'm a drummer, 27, and". The number ends the clause or "and" goes on ("I'm 54
#: years" has a unit).
_SELF_AGE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:I['’]m|I[ \t\u00a0]+(?:am|was)|I['’]m[ \t\u00a0]+an?[ \t\u00a0]+[a-z]+,|(?:[Ww]ho|[Ss]he|[Hh]e)[ \t\u00a0]+(?:is|was|'s|’s)"
    r"|(?:son|daughter|child|boy|girl|baby|toddler)[ \t\u00a0]+is)[ \t\u00a0]+\Z"
)
_SELF_AGE_AFTER_RE = re.compile(r"[ \t\u00a0]*(?:[.;,!?)]|\Z|\n|[ \t\u00a0]+and\b)")


#: An event of a life at an age: "who died at 88", "she retired at 60" (round 28's roadster read
#: the farmer's 88 as a count of the cars the sentence named).
_LIFE_EVENT_AT_RE = re.compile(
    r"\b(?:died|dies|retired|retires|married|emigrated|passed[ \t\u00a0]+away)[ \t\u00a0]+at"
    r"[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
#: A clock time's rest after its hour ("at 5.30", "at 5:30"): no age.
_CLOCK_AFTER_RE = re.compile(r"[.:]\d")


def _is_age(text: str, start: int, end: int, value: float) -> bool:
    """Whether the bare number at ``start:end`` is an age reached: "thumbwright turned seven
    this year", "the society turns 40 in May", "Corvin Mahlstedt, 52, said", "I'm 54 and
    otherwise healthy", "who died at 88"."""
    if not (value.is_integer() and 0 < value <= _OLDEST):
        return False
    if AGE_BEFORE_RE.search(text, max(0, start - 12), start) is not None:
        return _AGE_END_RE.match(text, end) is not None
    if _SELF_AGE_BEFORE_RE.search(text, max(0, start - 16), start) is not None:
        return _SELF_AGE_AFTER_RE.match(text, end) is not None
    if _LIFE_EVENT_AT_RE.search(text, max(0, start - 24), start) is not None:
        return _CLOCK_AFTER_RE.match(text, end) is None  # "who died at 88", not "at 5.30"
    if not text[start].isdigit():
        return False  # "Kessel Road Stadium, one of the oldest grounds": no age
    if _LISTED_RE.match(text, end) is not None:
        return False
    name = _NAMED_AGE_BEFORE_RE.search(text, max(0, start - 60), start)
    if name is None:
        name = _SAID_NAME_AGE_RE.search(text, max(0, start - 60), start)
    if name is not None and _NOT_A_PERSON.isdisjoint(name.group().rstrip(", \t\u00a0").split()):
        return _NAMED_AGE_AFTER_RE.match(text, end) is not None
    return _apposed_age(text, start, end)


def _apposed_age(text: str, start: int, end: int) -> bool:
    """Whether the bare number at ``start:end`` is an age set beside a person in the other ways
    news writes it: one name before a clause about them ("Dassel, 71, who has raced", "O'Brien,
    38, said"), a person's noun ("The pilot, 34, was unhurt", "the grandmother of six, 82, was
    rescued"), a name with the age in brackets ("Henrik Dassel (74) said"), "now" between
    ("Dassel, now 71, still races") and an age that opens the sentence before its person ("At
    71, Dassel still races")."""
    before = text[max(0, start - 60) : start]
    single = _ONE_NAME_AGE_RE.search(before)
    if single is not None and _NOT_A_PERSON.isdisjoint([single["name"]]):
        # (a clause about them must follow: "Hull, 9 and York, 4." is a tally)
        clause = _PERSON_CLAUSE_AFTER_RE.match(text, end)
        return clause is not None and clause.group().startswith(",")
    noun = _PERSON_NOUN_AGE_RE.search(before)
    if noun is not None and ages.person_noun(noun["noun"].lower()):
        return _PERSON_CLAUSE_AFTER_RE.match(text, end) is not None
    if _BRACKETED_AGE_RE.search(before) is not None:
        return _BRACKET_AFTER_RE.match(text, end) is not None
    if _NOW_AGE_RE.search(before) is not None:
        return text.startswith(",", end)
    if _AT_AGE_RE.search(before) is not None:
        return _AT_AGE_AFTER_RE.match(text, end) is not None
    return False


_YEARS = Unit("year", "duration")
#: Spans of years said in their own words, read in years: "two decades" is 20 years, "half a
#: century" 50, so that they compare with "20 years" and count back from a page's year as
#: years do.
_IN_YEARS = {"decade": 10.0, "century": 100.0}
#: From this figure on, a bound after people is more often a count of them than their age.
_HUNDRED = 100
#: A word of age right before a number, or in the bound before it: "aged 12 and over", "from
#: age 6", "ages 3 to 5", "the age of 16", "aged over 50", "under the age of 12", "older than
#: 65" (not "stage 4", "image 3": a word's end).
_AGE_WORD_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:aged|ages?|age[ \t\u00a0]+of)[ \t\u00a0]+\Z", re.IGNORECASE
)
_AGE_IN_BOUND_RE = re.compile(r"(?<![\w-])(?:aged?|ages|older|younger)\b", re.IGNORECASE)
#: People whose age a bare bound after them states: "children under 12", "people over 65",
#: "adults 18 and over", "women 40 to 60".
_PEOPLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:children|adults|people|patients|men|women|boys|girls|kids|babies|infants"
    r"|toddlers|teenagers|teens|adolescents|pupils|students|anyone|everyone|persons"
    r"|individuals|those"
    # "once you're past 50", "if you are over 65", "when they were under 5"
    r"|(?:you|we|they|I)(?:['’](?:re|m)|[ \t\u00a0]+(?:are|were|am)))[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
#: The bounds that state an age after whom: "children under 12", "people over 65", "you're past
#: 50".
_PEOPLE_BOUNDS = frozenset({"over", "under", "above", "below", "past"})
#: The bounds after a number that state an age after whom: "adults 18 and over".
_AGE_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?:over|older|under|younger|above|below)\b|\+(?![\w+])",
    re.IGNORECASE,
)


def _age_in_time(text: str, surface_start: int, start: int) -> bool:
    """Whether the amount in a unit of time at ``start`` (its bound from ``surface_start``) is
    an age as ``_said_as_age`` reads one: "at the age of 6 months", "children older than 2
    months", "babies aged 6 months", "babies under 6 months" (older, younger or aged after a
    word for people: "snapshots older than 14 days" is a time, "cheese aged 12 months" too)."""
    bound = _AGE_IN_BOUND_RE.search(text, surface_start, start)
    if bound is not None:
        return bound.group().lower() in ("age", "ages") or ages.person_before(text, surface_start)
    said = _AGE_WORD_BEFORE_RE.search(text, max(0, surface_start - 12), surface_start)
    if said is not None:
        return said.group().lower().strip() != "aged" or ages.person_before(text, said.start())
    # "babies under 6 months" (not "welcoming 82,000 people over three days": a period).
    return (
        text[surface_start:start].strip().lower() in _PEOPLE_BOUNDS
        and _YOUNG_BEFORE_RE.search(text, max(0, surface_start - 16), surface_start) is not None
    )


#: The young whose age a bound in a unit of time after them states: "babies under 6 months",
#: "children over 2 years".
_YOUNG_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:children|kids|babies|infants|toddlers|newborns|puppies|kittens)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


def _said_as_age(text: str, surface_start: int, start: int, end: int, low: float,
                 high: float) -> bool:  # fmt: skip
    """Whether the bare number (or range) at ``start:end``, with its bound from
    ``surface_start``, is an age: after a word of age ("aged two and over", "from age 6",
    "over the age of 2", "older than 65"), or a bound of it right after people ("children
    under 12", "adults 18 and over", "women 40 to 60")."""
    if not 0 < low <= high <= _OLDEST:
        return False
    if _AGE_IN_BOUND_RE.search(text, surface_start, start):
        return True
    if _AGE_WORD_BEFORE_RE.search(text, max(0, surface_start - 12), surface_start):
        return True
    young = _YOUNG_OF_RE.search(text, max(0, surface_start - 48), surface_start)
    if (
        young is not None
        and young["noun"].lower() in ages.LIVING
        and young["noun"].lower() not in _PARENTS
    ):
        return True  # "a young whale of perhaps three or four", "a girl of 12"
    if (
        high >= _HUNDRED
        or _PEOPLE_BEFORE_RE.search(text, max(0, surface_start - 16), surface_start) is None
        or counts.plural_next(text, end)
    ):
        return False  # "patients over 100 were enrolled", "children under 12 times a day"
    if surface_start != start:
        return text[surface_start:start].strip().lower() in _PEOPLE_BOUNDS
    return high > low or _AGE_AFTER_RE.match(text, end) is not None


#: A living thing told by its age after "of": "a young whale of perhaps three or four", "a
#: girl of 12", "a juvenile male of about five" (not "a tank of 40", "a young team of 12": no
#: living thing, ``ages.LIVING``).
_YOUNG_OF_RE = re.compile(
    r"\b(?:(?:young|juvenile|old|adult)[ \t\u00a0]+)?(?P<noun>[a-z]+)"
    r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:perhaps|maybe|probably|possibly|about|around|roughly"
    r"|some|only|just)[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: "a factor of" before a number: a multiple ("rose by a factor of three").
_FACTOR_OF_RE = re.compile(r"\ba[ \t\u00a0]+factor[ \t\u00a0]+of[ \t\u00a0]+\Z", re.IGNORECASE)
#: A decade of a person's life before its number: "in his 70s", "in her early 30s", "in their
#: mid-40s" (the part of the decade, when said, narrows it).
_LIFE_DECADE_BEFORE_RE = re.compile(
    r"(?P<in>\bin)[ \t\u00a0]+(?:his|her|their|my|your|our)[ \t\u00a0]+"
    r"(?:(?P<part>early|mid|late)[ \t\u00a0-]*)?\Z",
    re.IGNORECASE,
)
_LIFE_PART = {"early": (0.0, 3.0), "mid": (4.0, 6.0), "late": (7.0, 9.0)}
#: Parents, whose "of six" counts their children: "The grandmother of six, 82," (82 is her age).
_PARENTS = lx.word_set(
    "mother father grandmother grandfather parent parents mum dad mom grandma grandpa"
)
#: Words of names that are no person's: "Civic Union, 24" is a party's tally.
_NOT_A_PERSON = lx.word_set(
    "Party Union Club United City Council Group Park Street Road Hospital School University "
    "College Company Ltd Inc Corp Bank League Front Alliance Democrats Greens Reform Labour "
    "Conservatives Liberals Republicans Trust Board Association Society Team County Town"
)
#: A tally in a list ("Civic Union, 24, Liberal Reform, 7"): names and counts, no ages.
_LISTED_RE = re.compile(r",[ \t\u00a0]*(?:[A-Z][\w’'-]*[ \t\u00a0]*)+,[ \t\u00a0]*\d")


def _scale_label(text: str, start: int) -> re.Match[str] | None:
    """The word naming the scale of the bare number at ``start`` when a comparing bound stands
    before that word: "at least SPF 30", "a minimum of level 4", "no higher than grade 2" are
    numbers on the SPF, level and grade scales (without such a bound "SPF 30" and "Level 4" are
    names, as "Book 14" is)."""
    label = _SCALE_BEFORE_RE.search(text, max(0, start - 17), start)
    if label is None or label["w"].lower() in lx.QUALIFIER_WORDS | lx.NOUN_STOP:
        return None
    before = lx.BEFORE_RE.search(text, max(0, label.start() - 40), label.start())
    phrase = (before.group("q") or "").lower() if before is not None else ""
    if not phrase or before is None or before.group("article"):
        return None
    return label if any(word in _SPACES_RE.sub(" ", phrase) for word in _COMPARING_WORDS) else None


def _symbol_bound(text: str, start: int) -> tuple[Qualifier, int] | None:
    """A bound written as a symbol before the number ("<1.4", "≥65", ">=5", "≤ 10") and where it
    starts; not after an arrow or another symbol ("->5", "=>5"), and a spaced ASCII symbol not
    at a line's start (a Markdown quote: "> 5 mg a day, she said")."""
    glued = start
    while glued > 0 and text[glued - 1] in " \t\u00a0":
        glued -= 1
    if glued < 1 or text[glued - 1] not in "<>=≤≥":
        return None
    for symbol in ("<=", ">=", "<", ">", "≤", "≥"):
        at = glued - len(symbol)
        if at >= 0 and text.startswith(symbol, at):
            if at and not (text[at - 1].isspace() or text[at - 1] in "(["):
                return None
            if glued < start and symbol[0] in "<>" and _blank_before(text, at):
                return None
            return _SYMBOL_BOUNDS[symbol], at
    return None


def _blank_before(text: str, at: int) -> bool:
    """Whether the line holds only white space before ``at``; looks back over that white space
    only (finding the line's start costs a scan of the line, per number on a long line)."""
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


_GLUED_BOUND_RE = re.compile(r"(?<![\w-])(?P<w>sub|over|under)-\Z", re.IGNORECASE)
_GLUED_BOUNDS = {"sub": Qualifier.LT, "over": Qualifier.GT, "under": Qualifier.LT}
# An age group: "over-65s", "the over-65 population", "among under 5s" (not "in under 5s").
_AGE_GROUP_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])(?:over|under)-|\b(?:among|for|the)[ \t\u00a0]+(?:over|under)[ \t\u00a0]+)\Z",
    re.IGNORECASE,
)


#: A range of ages opened before its word of age: "between the ages of 40 and 60", "between
#: ages 3 and 5", "from the age of 6 to 11".
_AGES_OPENER_RE = re.compile(
    r"(?<![\w-])(?:between|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?ages?(?:[ \t\u00a0]+of)?"
    r"[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


def _prefix(text: str, start: int) -> tuple[Qualifier, int, bool]:
    """Qualifier, surface start and whether a range opener ("between", "from") precedes."""
    symbol = _symbol_bound(text, start)
    if symbol is not None:
        return symbol[0], symbol[1], False
    glued = (
        _GLUED_BOUND_RE.search(text, max(0, start - 6), start)
        if text[start - 1 : start] == "-"
        else None
    )
    if glued is not None:  # "sub-300 sq m", "over-65s", "under-30s"
        return _GLUED_BOUNDS[glued["w"].lower()], glued.start(), False
    ages_opener = _AGES_OPENER_RE.search(text, max(0, start - 30), start)
    if ages_opener is not None:
        return Qualifier.EQ, ages_opener.start(), True  # "between the ages of 40 and 60"
    head_start = max(0, start - 40)
    before = lx.BEFORE_RE.search(text, head_start, start)
    if before is None:
        return Qualifier.EQ, start, False
    phrase = _SPACES_RE.sub(" ", (before.group("q") or "").lower())
    opener = before.group("opener") is not None
    after_article = before.group("article") and phrase not in lx.ARTICLE_AFTER
    if after_article or (
        phrase == "past" and _THE_BEFORE_RE.search(text, head_start, before.start())
    ):
        # "over a 12-month period", "the past 10 years": a period, no bound
        return Qualifier.EQ, start, False
    qualifier = lx.QUALIFIER_BEFORE[phrase] if phrase else Qualifier.EQ
    if qualifier is Qualifier.GT and (
        _NOT_BEYOND_RE.search(text, max(0, before.start() - 60), before.start())
        or _NONE_BEYOND_RE.search(text, max(0, before.start() - 60), before.start())
    ):
        # "shouldn't exceed 25 mg", "No single wait is longer than 30 seconds": a limit, at
        # most 25 mg, 30 seconds
        qualifier = Qualifier.LE
    elif qualifier is Qualifier.LT and _NOT_FOR_UNDER_RE.search(
        text, max(0, before.start() - 80), before.start()
    ):
        qualifier = Qualifier.GE  # "not for children under 12": for those of 12 and over
    return qualifier, before.start() if (opener or phrase) else start, opener


#: A negation that makes "more than N" a limit: "shouldn't exceed", "must not be more than",
#: "do not use it for more than", "never leave it longer than", "The local cache never grows
#: beyond 512 MiB" (not "not for people over 65").
_NOT_BEYOND_RE = re.compile(
    r"(?:\bnot|n['’]t|\bnever)[ \t\u00a0]+(?:(?:be|go|goes|get|gets|rise|rises|run|runs|grow|grows"
    r"|climb|climbs)[ \t\u00a0]+|(?:use|take|"
    r"give|keep|leave|store|wear|apply|drink|eat|run|continue|stay|wait)(?:[ \t\u00a0]+[\w'’-]+)"
    r"{0,3}?[ \t\u00a0]+(?:for[ \t\u00a0]+)?)?\Z",
    re.IGNORECASE,
)


#: No one of a kind beyond a figure: "No single wait is longer than 30 seconds", "no wait is ever
#: longer than", "None of the waits lasts longer than a minute", "not one patient was older
#: than" (the most there is; up to two words of the kind, none of a clause: "no sign that").
_NONE_BEYOND_RE = re.compile(
    r"(?<![\w-])(?:no|none[ \t\u00a0]+of[ \t\u00a0]+(?:the|its|their|your|our|these|those)"
    r"|not[ \t\u00a0]+(?:a|one)(?:[ \t\u00a0]+single)?|nothing(?=[ \t\u00a0]+(?:in|on|of)\b))"
    r"(?:[ \t\u00a0]+(?!(?:that|which|if|whether|one|more|less|longer|later)\b)[a-z][\w'’-]*){1,3}?"
    r"[ \t\u00a0]+(?:is|are|was|were|lasts?|lasted|runs?|ran|takes?|took|gets?|got|grows?|grew"
    r"|weighs?|weighed|costs?|measures?|measured"
    r"|goes|went|(?:may|can|will|should|must|could|would)[ \t\u00a0]+(?:ever[ \t\u00a0]+)?be)"
    r"(?:[ \t\u00a0]+ever)?[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


#: Whom a thing is not meant for, before "under N": "not for children under 12", "should not be
#: given to babies under 6 months", "isn't suitable for anyone under 16", "not for use under the
#: age of 16" (not "it does not cause drowsiness in adults under 65": a finding about them).
_NOT_FOR_UNDER_RE = re.compile(
    r"(?:\bnot|n['’]t|\bnever)[ \t\u00a0]+(?:be[ \t\u00a0]+)?(?:suitable|recommended|licensed|"
    r"approved|intended|meant|safe|for|used?|given|give|sold|prescribed)\b(?:[ \t\u00a0]+[\w'’-]+)"
    r"{0,4}?[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


#: "day" right before a number: "on day 7", "Day 21".
_DAY_BEFORE_RE = re.compile(r"\bday[ \t\u00a0]+\Z", re.IGNORECASE)
#: A schedule counted from a day 0: "on day 0 and day 7", "(day 0)".
_DAY_ZERO_RE = re.compile(r"\bday[ \t\u00a0]+0(?![.,]?\d)", re.IGNORECASE)


def _counted_day(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a day of a schedule counted from day 0 ("two doses, on
    day 0 and day 7"; "Dose three: on day 21 or later"): the days since the first, a span of
    time. A page that counts no day 0 may start from day 1 ("starting on day three")."""
    return bool(_DAY_BEFORE_RE.search(text, max(0, start - 6), start)) and _counts_day_zero(text)


@functools.lru_cache(maxsize=8)
def _counts_day_zero(text: str) -> bool:
    """Whether ``text`` counts a day 0 anywhere, read once per text (not once per "day N")."""
    return _DAY_ZERO_RE.search(text) is not None


def _per_at(text: str, pos: int, unit: Unit | None) -> tuple[str, int]:
    """The time base of a rate written at ``pos`` ("per day", "/day", "daily"), if any."""
    match = _PER_RE.match(text, pos)
    if match is None and unit is None:
        season = _A_SEASON_RE.match(text, pos)
        if season is not None:
            return "season", season.end()  # "about 900 trekkers each season": a season's count
    if match is None and (unit is None or unit.dimension == "dose"):
        day = _IN_A_DAY_RE.match(text, pos)
        if day is not None:
            return "day", day.end()  # "more than one tablet in 24 hours": a day's most
    if match is None and unit is not None and unit.dimension == "money":
        span = _FOR_A_SPAN_RE.match(text, pos)
        if span is not None:
            return span["per"].lower(), span.end()
    if match is None and unit is not None and unit.dimension != "duration":
        wide = _NEWS_PER_RE.match(text, pos)
        if wide is not None:
            # Money's surface takes its base ("$58.24 a barrel"); a measure's keeps to its unit,
            # the words its subject is proposed from ("10-12 g" of "10-12 g per kilogram").
            end = wide.end() if unit.dimension == "money" else pos
            return news.per_noun(wide["per"]), end
    if match is None or (unit is not None and unit.dimension == "duration"):
        return "", pos
    per = match.group("per") or _ADVERB_PER.get(match.group("adv").lower(), "year")
    return {"d": "day", "wk": "week"}.get(per.lower(), per.lower()), match.end()


_ARTICLE_BEFORE_RE = re.compile(r"\b(?:an?|the)[ \t\u00a0]+\Z", re.IGNORECASE)


def _suffix_qualifier(text: str, pos: int, start: int = 0) -> tuple[Qualifier, int]:
    """A bound written after the number ("75% or more", "18+"), or "=" when there is none.
    With the figure's ``start``, an article before it makes a bare "minimum" after it the noun
    the figure sizes ("a 300 lx minimum": the minimum is 300 lx), no bound."""
    after = lx.AFTER_RE.match(text, pos)
    if after is None:
        aside = lx.ASIDE_RE.match(text, pos)
        if aside is None or (
            " " not in aside.group("q")
            and _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start)
        ):
            return Qualifier.EQ, pos
        return lx.QUALIFIER_ASIDE[_SPACES_RE.sub(" ", aside.group("q").lower())], aside.end()
    phrase = after.group("q")
    qualifier = lx.QUALIFIER_AFTER[_SPACES_RE.sub(" ", phrase.lower())] if phrase else Qualifier.GE
    return qualifier, after.end()


def _scale_glued(text: str, end: int) -> bool:
    """Whether a scale letter is glued to the number ending at ``end`` ("$13.6M", "25k")."""
    return scale_letter(text, end, money=True) is not None


def _scaled(text: str, end: int, value: float, *, money: bool) -> tuple[float, int]:
    """``value`` times the scale words or the scale letter written at ``end`` ("1.5 million",
    "$13.6M", "35m devices"; not "a 20m yacht"), and where they end."""
    letter = scale_letter(text, end, money)
    if letter is not None:
        value, end = round(value * letter[0], 6), letter[1]
    return scaled(text, end, value)


# "increased by $43.6 billion to $419.2 billion", "cut by 14 to 1,136": a change and a new level.
_BY_BEFORE_RE = re.compile(r"\bby[ \t\u00a0]+\Z", re.IGNORECASE)
#: What points of a share are said beside: a percentage in the sentence, or a word of shares
#: ("vote", "poll", "turnout", "approval", "margin of error", "interest rates").
_SHARE_SAID_RE = re.compile(
    r"\d[ \u00a0]?(?:%|per[ \u00a0]?cent\b|pc\b)|\b(?:percentage|share|shares of the vote|votes?|"
    r"voting|polls?|polled|polling|turnout|approval|unemployment|inflation|interest|rates?|"
    r"majority|swing)\b",
    re.IGNORECASE,
)
#: Points of another scale: a market index, a game's score, a test's or a rating's.
_OTHER_POINTS_RE = re.compile(
    r"\b(?:index|indices|ftse|dow|nasdaq|s&p|nikkei|dax|hang\s+seng|stocks?|scored?|scoring|"
    r"scorers?|game|games|match|matches|goals?|quarter|half-time|halftime|rebounds|assists|"
    r"iq|credit|exam|marks|grade|grades|rating|ratings|league|table|penalty|penalties|licen[cs]e|"
    r"loyalty|reward|rewards|pitch)\b",
    re.IGNORECASE,
)
#: Where a sentence ends: a stop before a space, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
#: The most a difference of two shares can be, in points.
_MOST_POINTS = 100


def _percentage_points(text: str, start: int, end: int, number: float) -> bool:
    """Whether "points" after the number at ``start:end`` are percentage points: said of shares
    (a percentage or a word of votes, polls or rates in its sentence), no more than 100, and no
    word of another scale of points (an index, a score, a rating) in the sentence."""
    if abs(number) > _MOST_POINTS:
        return False
    before = text[max(0, start - 300) : start]
    ends = list(_SENTENCE_END_RE.finditer(before))
    opening = ends[-1].end() if ends else 0
    closing = _SENTENCE_END_RE.search(text, end, end + 300)
    sentence = before[opening:] + " " + text[end : closing.start() if closing else end + 300]
    return bool(_SHARE_SAID_RE.search(sentence)) and not _OTHER_POINTS_RE.search(sentence)


# A verb of change right before the first number: "rose 42 yen to 2,918 yen", "fell $85 to $1,615".
_VERB_BEFORE_RE = re.compile(
    r"\b(?:rose|rise[sn]?|climbed|jumped|gained|grew|added|increased|raised|lifted|fell|falls?"
    r"|dropped|declined|decreased|cut|slashed|lowered|reduced|slid|slipped|lost|shed|eased"
    r"|narrowed|widened|dipped|tumbled|plunged|soared|surged)(?:[ \t\u00a0]+\w+){0,3}?[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
_OVER_PERIOD_RE = re.compile(r"over[ \t\u00a0]+", re.IGNORECASE)
_AT_LEAST_EVERY_RE = re.compile(
    r"\bat[ \t\u00a0]+least[ \t\u00a0]+(?:once[ \t\u00a0]+)?every[ \t\u00a0]+\Z", re.IGNORECASE
)
_LASTING_RE = re.compile(
    r"\b(?:for|lasting|lasts?|lasted|took|takes|after|in|little|just|well|bit|slightly)[ \t\u00a0]+\Z",
    re.I,
)
_TIMES_RE = re.compile(r"[xX×](?![\w\d.])")
_TO_AFTER_RE = re.compile(r"[ \t\u00a0]+to[ \t\u00a0]+")


#: At most this many times the first number, a second with a unit after a first without one is
#: the high end of a range ("by 1 to 2 kg"), not a new level ("by 14 to 1,136 stores").
_CLOSE = 5
_SECOND_AMOUNT_RE = re.compile(
    rf"[^\d\s]{{0,3}}(?P<n>{DIGITS})(?P<scale>[ \t\u00a0]*(?:million|billion|thousand|bn|m)\b)?"
)


def _change_not_range(
    text: str, start: int, pos: int, number: str, low: float, unit: Unit | None, words: UnitWords
) -> bool:
    """Whether "X to Y" at ``pos`` is a change and a new level, or a date and an amount, rather
    than a range: "increased by $43.6 billion to $419.2 billion", "by 14 to 1,136", "in 2018 to
    3.9 million headsets" (but "lowers it by 20% to 30%" and "go up by 1 to 2 kg" are ranges of
    changes: a first number without a unit shares the second's when the two are close in size).
    """
    to = _TO_AFTER_RE.match(text, pos)
    if to is None:
        return False
    second = _SECOND_AMOUNT_RE.match(text, to.end())
    if second is None:
        return False
    high = digits_value(second["n"])
    if _BY_BEFORE_RE.search(text, max(0, start - 4), start) or _VERB_BEFORE_RE.search(
        text, max(0, start - 40), start
    ):
        if second["scale"]:
            return True
        close = unit is None and 0 < abs(low) < abs(high) <= _CLOSE * abs(low)
        if close and words.at(text, second.end())[0] is not None:
            return False  # "go up by 1 to 2 kg": one unit written once for both ends, a range
        return 0 < 2 * abs(low) <= abs(high)
    if counts.looks_like_year(number, 1600, 2100):
        return bool(second["scale"]) or not counts.looks_like_year(second["n"], 1600, 2100)
    return False


def _is_identifier(text: str, start: int, end: int) -> bool:
    """True for numbers glued to letters or codes: TLR-4, COVID-19, D3, 25(OH)D, 1.2.3, 10:30."""
    return in_a_name(text, start) or _glued_after(text, end)


def _glued_after(text: str, end: int) -> bool:
    after = text[end : end + 2]
    if after[:1] in ("(", ":", "/") and after[1:2].isalnum():
        return True
    if after[:1] == "." and after[1:2].isdigit():
        return True
    return bool(after[:1].isalpha() and UNIT_RE.match(text, end) is None and after[:1] != "s")


def _named_label(text: str, start: int) -> bool:
    """True when a capitalised name (not a function word) stands right before the number."""
    name = _NAME_BEFORE_RE.search(text, max(0, start - 24), start)
    if name is None:
        return False
    word = name.group("w")
    if word.islower() or word.lower() in lx.NOUN_STOP:
        return False
    return word.lower() not in lx.QUALIFIER_WORDS


def _range_at(
    text: str, pos: int, low: float, unit: Unit | None, opener: bool, words: UnitWords
) -> tuple[float, Unit | None, int, float] | int | None:
    """The high end, unit, end offset and the scale word's factor ("2 million") of a range
    continuing at ``pos``, if any.

    An int is where to resume when the two numbers are no quantity at all ("9 to 5").
    """
    sep = _RANGE_SEP_RE.match(text, pos)
    if sep is None:
        return None
    word = (sep.group("word") or "").lower()
    if word == "and" and not opener:
        return None
    if unit is not None and unit.dimension == "duration" and sep.group("word"):
        one = _ONE_SPAN_RE.match(text, sep.end())
        span, after = words.at(text, one.end()) if one is not None else (None, pos)
        if span is not None and span.dimension == "duration":
            # "six months to a year", "30 minutes to an hour": one of a longer unit of time
            return _span_range(low, unit, 1.0, span, after)
    # A sign's currency ("$10 to $20"); pence and cents are written after the number like units.
    currency = unit.text if unit is not None and unit.text in money.CURRENCIES else ""
    at = money.skip_sign(text, sep.end(), currency)
    negative = not currency and text[at : at + 1] in MINUS_SIGNS and text[at + 1 : at + 2].isdigit()
    second = _SECOND_RE.match(text, at + negative)
    if second is None or (
        _glued_after(text, second.end()) and not _scale_glued(text, second.end())
    ):
        return None
    if second.group("word"):
        if negative:
            return None
        high = word_value(second.group())
    else:
        high = digits_value(second.group()) * (-1 if negative else 1)
    if currency:  # the caller scales both ends and checks their order
        return (high, unit, second.end(), 1.0) if second.group("num") else None
    raw = high
    high, second_end = scaled(text, second.end(), high)
    unit_b, end = words.at(text, second_end)
    if unit is not None and unit_b is not None and unit.dimension != unit_b.dimension:
        return None
    if unit is not None and unit_b is None:
        return None
    if unit is not None and unit_b is not None and unit.text != unit_b.text:
        # "between four hours and three days", "a week to ten days": ends in two units of time
        return _span_range(low, unit, high, unit_b, end) if raw == high else None
    if high < low < 0:
        return high, unit_b, end, high / raw if raw else 1.0  # "-5 to -20 °C": the caller orders
    if high <= low:
        # "9 to 5", "3-1": not a range, and neither number is a quantity on its own.
        bare = unit is None and unit_b is None and sep.group("word") != "or"
        return end if bare else None
    return high, unit_b, end, high / raw if raw else 1.0


#: "a"/"an" as the second end of a range of time: "six months to a year".
_ONE_SPAN_RE = re.compile(r"an?[ \t\u00a0]+(?=[a-z])", re.IGNORECASE)


def _span_range(
    low: float, unit: Unit, high: float, unit_b: Unit, end: int
) -> tuple[float, Unit, int, float] | None:
    """A range of time whose ends are written in two units, in the smaller one, as
    ``_range_at`` returns it (the factor is what the low end is multiplied by): "between four
    hours and three days" is 4-72 hours, "a week to ten days" 7-10 days, "six months to a year"
    6-12 months. None when the units do not convert exactly or the ends are out of order."""
    for sizes in SPAN_SIZES:  # a range of two units of one kind
        if unit.text in sizes and unit_b.text in sizes:
            size, size_b = sizes[unit.text], sizes[unit_b.text]
            break
    else:
        return None
    if size <= size_b:  # "four hours and three days": the high end in hours
        high, factor, span = high * size_b / size, 1.0, unit
    else:  # "a week to ten days": the low end in days
        factor, span = size / size_b, unit_b
    if not low * factor < high:
        return None
    return high, span, end, factor


def _suspended_range(
    text: str, end: int, low: float, words: UnitWords
) -> tuple[float, Unit, int, float] | None:
    """A range whose first number's unit is left for the second's hyphen to give ("a 5- to
    10-minute walk", "6- to 11-year-olds"): (high, unit, where it ends, 1), or None."""
    suspended = _SUSPENDED_RE.match(text, end)
    if suspended is None:
        return None
    adjective, after = words.at(text, suspended.end())
    if adjective is None or (
        adjective.text in _UNCLEAR_ADJECTIVES
        and not _weighs(text, end, suspended.end() - 1, after)  # "4- to 8-pound bags"
    ):
        return None
    second = suspended["n"]
    high = digits_value(second) if second[0].isdigit() else word_value(second)
    return (high, adjective, after, 1.0) if high > low else None


def _weighs(text: str, start: int, end: int, after: int) -> bool:
    """Whether a "-pound" adjective is a weight: "his 2,444-pound pumpkin", "a 300-pound
    marlin"; not "a 5-pound note" nor "a 20-pound ticket" (money), nor "lb" written in a
    compound, nor a number in a sentence of price ("sold for a 10-pound profit")."""
    return (
        text[end + 1 : after].lower() == "pound"
        and not _MONEY_NOUN_RE.match(text, after)
        and not _PRICE_BEFORE_RE.search(text, max(0, start - 60), start)
    )


def _fold(text: str, token: re.Match[str], end: int) -> Mention:
    """A multiplier such as "fivefold" or "3-fold"."""
    digits = token.group("num")
    value = digits_value(digits) if digits else word_value(token.group())
    qualifier, start, _ = _prefix(text, token.start())
    return Mention((start, end), text[start:end], Amount(value, value, ""), qualifier, "ratio")


def _fraction(text: str, token: re.Match[str], words: UnitWords) -> Mention | None:
    """A fraction such as "1/5th" read as a share: 20%; before a unit, an amount of it ("1/2
    pound", "within 1⁄32 inch")."""
    numerator, denominator = fraction_parts(token.group())
    num, den = float(numerator), float(denominator)
    if den == 0 or num >= den:
        return None
    start, end = token.span()
    qualifier, start, _ = _prefix(text, start)
    unit, after = words.at(text, end)
    if unit is not None and unit.dimension not in ("share", "money"):
        value = round(num / den, 9)
        return Mention((start, after), text[start:after], Amount(value, value, unit.text),
                       qualifier, unit.dimension)  # fmt: skip
    share = round(100 * num / den, 6)
    return Mention((start, end), text[start:end], Amount(share, share, "%"), qualifier, "share")


#: A blood pressure: systolic over diastolic, two or three digits each ("135/85", "90/60").
_PRESSURE_PAIR_RE = re.compile(r"(?P<high>[1-9]\d{1,2})[/⁄](?P<low>[1-9]\d{1,2})")
#: The unit written after a blood pressure.
_MMHG_RE = re.compile(r"[ \t\u00a0]*mm[ \t\u00a0]?Hg\b", re.IGNORECASE)
#: Words that say a figure "135/85" without its unit is a blood pressure: in its sentence or
#: the two before it (a home average, a reading, a target of a paragraph about blood pressure).
_PRESSURE_WORDS_RE = re.compile(
    r"\b(?:blood[ \t\u00a0\n-]+pressures?|BP|systolic|diastolic|hypertens\w*|hypotens\w*|"
    r"sphygmomanometer|(?:pressure|cuff|home|clinic|office|monitor|ambulatory)[ \t\u00a0\n]+"
    r"readings?)\b",
    re.IGNORECASE,
)
_READING_WORDS_RE = re.compile(r"\breadings?\b", re.IGNORECASE)
_SENTENCE_STOP_RE = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
#: How far before a pair its sentence and the two before it are looked for (and after it, its
#: sentence's end): a text without stops costs no more per pair.
_PRESSURE_REACH = 400
#: The range of a systolic pressure a reading can have, in mmHg (a diastolic is below it).
_SYSTOLIC_RANGE = (50, 300)


def _blood_pressure(
    text: str, token: re.Match[str], words: UnitWords
) -> tuple[Mention, Mention] | None:
    """A blood pressure "135/85 mmHg" as two mentions in mmHg, the systolic and the diastolic,
    when the unit follows or the passage speaks of blood pressure or a reading; a bound before
    or after the pair ("below 140/90", "180/120 mmHg or higher") bounds both. Dates ("12/05"),
    fractions ("1/2") and scores ("98/100": the first is not larger) are no pressure."""
    pair = _PRESSURE_PAIR_RE.fullmatch(token.group())
    if pair is None:
        return None
    high, low = float(pair["high"]), float(pair["low"])
    if not (_SYSTOLIC_RANGE[0] <= high <= _SYSTOLIC_RANGE[1] and high > low):
        return None
    start, end = token.span()
    unit_match = _MMHG_RE.match(text, end)
    if (
        unit_match is None
        and not _about_blood_pressure(text)
        and not _speaks_of_pressure(text, start, end)
    ):
        return None
    unit = words.read("mmHg")  # written or not ("mm Hg" is no millimetre)
    if unit is None:
        return None
    stop = unit_match.end() if unit_match is not None else end
    qualifier, surface_start, _ = _prefix(text, start)
    if qualifier is Qualifier.EQ:
        qualifier, after = _suffix_qualifier(text, stop)
        if qualifier is not Qualifier.EQ:
            stop = after
    # Two spans that do not overlap (each is one claim's place): the systolic up to its
    # number, the diastolic from its number on, the unit and a bound after it.
    middle = start + pair.end("high")
    low_start = start + pair.start("low")
    return (
        Mention((surface_start, middle), text[surface_start:middle],
                Amount(high, high, unit.text), qualifier, unit.dimension, part="systolic",
                whole=(surface_start, stop)),
        Mention((low_start, stop), text[low_start:stop], Amount(low, low, unit.text), qualifier,
                unit.dimension, part="diastolic", whole=(surface_start, stop)),
    )  # fmt: skip


@functools.lru_cache(maxsize=4)
def _about_blood_pressure(text: str) -> bool:
    """Whether a document speaks of blood pressure anywhere (its title, a heading, a sentence
    pages before): then a pair "140/90 or above" in it is a reading, even where its paragraph
    says only "a home average". Remembered for the few documents read at once."""
    return _BLOOD_PRESSURE_RE.search(text) is not None


_BLOOD_PRESSURE_RE = re.compile(
    r"\b(?:blood[ \t\u00a0\n-]+pressures?|systolic|diastolic|hypertension|hypotension)\b",
    re.IGNORECASE,
)


def _speaks_of_pressure(text: str, start: int, end: int) -> bool:
    """Whether the pair's sentence, or the two before it, speak of blood pressure, or its own
    sentence of a reading ("If any reading is 200/120 or higher")."""
    head_start = max(0, start - _PRESSURE_REACH)
    stops = [m.end() for m in _SENTENCE_STOP_RE.finditer(text, head_start, start)]
    sentence_start = stops[-1] if stops else head_start
    passage_start = stops[-3] if len(stops) >= 3 else head_start
    reach = min(len(text), end + _PRESSURE_REACH)
    tail = _SENTENCE_STOP_RE.search(text, end, reach)
    sentence_end = tail.start() if tail is not None else reach
    if _READING_WORDS_RE.search(text, sentence_start, sentence_end):
        return True
    return _PRESSURE_WORDS_RE.search(text, passage_start, sentence_end) is not None


def _in_share(text: str, token: re.Match[str]) -> Mention | None:
    """A share written "1 in 3" or "one in four", read as a percentage: 33.3%."""
    word = token.group("word")
    num = word_value(word) if word else digits_value(token.group())
    match = _IN_SHARE_RE.match(text, token.end()) or noun_in_share(text, token.end(), num)
    if match is None or token.group("foldword") or _glued_after(text, match.end()):
        return None
    if "out_of" in match.re.groupindex and match["out_of"] and _scored(text, token, match):
        return None  # "Rating: 4 out of 5", "3.1 out of 10": a score on a scale, no share
    den_word = match.group("in_word")
    den = word_value(den_word) if den_word else digits_value(match.group("in_digits"))
    ratio = share(num, den)
    if ratio is None:
        return None  # "5 in 2019": a number and a year
    if _TIME_UNIT_AFTER_RE.match(text, match.end()):
        return None  # "no more than 8 in 24 hours": a count in a span of time, no share
    qualifier, start, _ = _prefix(text, token.start())
    value = _share(ratio)
    end = match.end()
    return Mention((start, end), text[start:end], Amount(value, value, "%"), qualifier, "share")


def _range_in_share(
    text: str, pos: int, low: float, high: float, words: UnitWords
) -> tuple[float, float, int] | None:
    """A range of shares of one whole: "between 1 and 3 in every 100 adults" is 1-3 %, "2 to 3
    in 100" 2-3 % (low, high as percentages, and where the share ends), or None ("from 5 to 10
    in 2019": a year; "2 to 3 in 24 hours", "2 to 3 in 100 ml": a whole with a unit)."""
    match = _IN_SHARE_RE.match(text, pos)
    if match is None or match["out_of"] or words.at(text, match.end())[0] is not None:
        return None
    den_word = match.group("in_word")
    den = word_value(den_word) if den_word else digits_value(match.group("in_digits"))
    first, last = share(low, den), share(high, den)
    if first is None or last is None or _glued_after(text, match.end()):
        return None
    return _share(first), _share(last), match.end()


def _scored(text: str, token: re.Match[str], match: re.Match[str]) -> bool:
    """Whether "N out of M" is a score or a rating, no share: a part with decimals ("3.1 out
    of 10"), a word of rating or score just before ("Rating: 4 out of 5", "scored 7 out of
    10"), or stars or points after ("4 out of 5 stars")."""
    return (
        "." in token.group()
        or SCORE_BEFORE.search(text, max(0, token.start() - 40), token.start()) is not None
        or SCORE_AFTER.match(text, match.end()) is not None
    )


def _share(ratio: float) -> float:
    """A ratio as a percentage to three significant figures, as a writer rounds "1 in 3": 33.3."""
    percent = 100 * ratio
    return float(f"{percent:.3g}")


def _word_quantity(text: str, token: re.Match[str], words: UnitWords) -> Mention | None:
    """A share, multiplier or one time unit written in words ("about a quarter", "an hour")."""
    qualifier, start, opener = _prefix(text, token.start())
    over = text[start : token.start()].lower().split()[:1] == ["over"] and not (
        _OVER_BY_MUCH_RE.search(text, max(0, start - 12), start)
    )  # ("well over an hour", "just over a year": a bound, no period)
    if token.group("aunit") and (over or in_a_name(text, token.start())):
        return None  # "over a week": a period, no quantity
    read = wordquant.read(text, token, qualifier is not Qualifier.EQ, words)
    if read is None:
        return None
    end, value = read.end, read.value
    high = value if read.high is None else read.high
    if read.unit in _IN_YEARS:
        # "half a century": fifty years
        value, high = value * _IN_YEARS[read.unit], high * _IN_YEARS[read.unit]
        read = replace(read, unit=_YEARS.text)
    if token.group("aunit") and read.high is None and not read.loose:
        span = words.read(read.unit)
        ranged = _range_at(text, end, value, span, opener, words) if span else None
        if isinstance(ranged, tuple) and ranged[1] is not None and ranged[1] != span:
            # "hatch in a week to ten days": 7-10 days
            value, high, end = value * ranged[3], ranged[0], ranged[2]
            read = replace(read, unit=ranged[1].text)
            qualifier = Qualifier.EQ if qualifier.bound else qualifier
    if read.loose and qualifier is Qualifier.EQ:
        qualifier = _LOOSE_QUALIFIERS[read.loose]  # "a week or so", "an hour or more"
    elif high != value and qualifier.bound:
        return None  # "up to a week or two": the grammar has no bounded ranges
    elif high != value:
        qualifier = Qualifier.EQ  # "about a week or two": a range says the looseness
    return Mention((start, end), text[start:end], Amount(value, high, read.unit), qualifier,
                   read.dimension, read.noun, read.per)  # fmt: skip


_OVER_BY_MUCH_RE = re.compile(
    r"\b(?:well|just|far|slightly|little|way|comfortably|easily)[ \t\u00a0]+\Z", re.IGNORECASE
)
_LOOSE_QUALIFIERS = {"~": Qualifier.APPROX, ">=": Qualifier.GE, "<=": Qualifier.LE}


def _money(
    text: str,
    token: re.Match[str],
    currency: tuple[str, int],
    words: UnitWords,
    negative: bool = False,
) -> Mention | int:
    """An amount of money: "$50", "US$ 1,200", "€12.50 a month", "$10 to $20", "$1.2 million",
    "HK$5.4m", "$-50.8bn", "Rs 4,500 crore"."""
    code, sign_start = currency
    value = digits_value(token.group()) * (-1 if negative else 1)
    low, pos = _scaled(text, token.end(), value, money=True)
    qualifier, start, opener = _prefix(text, sign_start)
    unit = Unit(code, "money")
    changed = bool(
        opener and _CHANGE_BEFORE_RE.search(text, max(0, start - 60), sign_start)
    ) or _change_not_range(text, start, pos, token.group(), low, unit, words)
    ranged = None if changed else _range_at(text, pos, low, unit, opener, words)
    high = low
    if opener and qualifier is Qualifier.EQ:
        start = sign_start  # "cut the fee from $5 to $3": "from" is no range's, or read below
    if isinstance(ranged, tuple):
        top, end = _scaled(text, ranged[2], ranged[0], money=True)
        shared = low * top / ranged[0] if pos == token.end() and ranged[0] else low
        # "$5 to 10 million": the scale is shared when that keeps the ends in order
        for bottom in (round(shared, 6), low):
            if top > bottom:
                low, high, pos = bottom, top, end
                qualifier = Qualifier.EQ if qualifier.bound else qualifier
                start = _prefix(text, sign_start)[1]  # "from $10 to $20": the range's opener
                break
    per, pos = _per_at(text, pos, unit)
    if low == high and qualifier is Qualifier.EQ:
        qualifier, pos = _suffix_qualifier(text, pos, start)
    return Mention((start, pos), text[start:pos], Amount(low, high, code), qualifier, "money", "",
                   per)  # fmt: skip

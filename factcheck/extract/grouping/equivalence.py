"""When two written values state one amount: pint conversions and unit ratios a corpus restates."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.extract.grouping.analytes import MASS, MOLAR, Analyte
from factcheck.extract.grouping.reference import reference_rates
from factcheck.extract.mentions.find import Mention
from factcheck.extract.mentions.rates import StatedRate
from factcheck.extract.mentions.units import family
from factcheck.values.amount import Amount
from factcheck.values.grammar import read_number
from factcheck.values.units import Conversion, UnitError, Units

# "15 mcg (600 IU)", "400 IU or 10 mcg", "1.2 g / 1,200 mg": the second value restates the first.
_RESTATING_RE = re.compile(r"\A\s*(?:\(|\[|/|=|,?\s+or\s+|,\s+i\.e\.,?\s+)\s*(?:about\s+|~\s*)?\Z")
# "5 mg or even 10 mg": values offered as alternatives for one quantity.
_ALTERNATIVE_RE = re.compile(r"\A\s*,?\s+or\s+(?:even\s+|perhaps\s+|maybe\s+|sometimes\s+)?\Z")
# "In micrograms that is 15 mcg and 20 mcg": a list restating the values just before it.
_RESTATED_LIST_RE = re.compile(
    r"\b(?:that is|that's|i\.e\.|equivalent to|equals?|the same as|which is)[\s,:]*\Z", re.I
)
_LIST_JOINER_RE = re.compile(r"\A\s*(?:,|,?\s+and|,?\s+or)\s+\Z")
_SPACE_RUN = re.compile(r"\s{2,}")
_RESTATED_REACH = 40
_SIGNIFICANT = 9
#: The most a figure's rounding may stand for, relative to it ("2.5" could be 2 % off: too loose).
_ROUNDING = 0.01


@dataclass(frozen=True)
class Conversions:
    """Ratios between units pint cannot convert, read from restatements in the documents."""

    rates: tuple[Conversion, ...] = ()
    """At most one per ``unit`` (a base unit), sorted."""

    def by_unit(self) -> dict[str, Conversion]:
        """The rates by the unit each converts from."""
        return {rate.unit: rate for rate in self.rates}

    def lookup(self, unit: str) -> Conversion | None:
        """The rate from ``unit`` to another unit, if the corpus restated it in one."""
        for rate in self.rates:
            if rate.unit == unit:
                return rate
        return None


def restated_pairs(text: str, mentions: Sequence[Mention], units: Units) -> list[tuple[int, int]]:
    """Index pairs (i, i + 1) where mention i + 1 restates mention i in another unit.

    The second value follows the first directly ("15 mcg (600 IU)", "60 minutes or 1 hour") and
    either has another dimension or converts to the same amount; "5 mg or 10 mg" is no restatement.
    """
    pairs: list[tuple[int, int]] = []
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        written = first.amount.unit, second.amount.unit
        if not all(written) or written[0] == written[1]:
            continue
        if not _RESTATING_RE.search(_gap(text, first, second)):
            continue
        if _restates(first, second, units):
            pairs.append((index, index + 1))
    return pairs


def _gap(text: str, first: Mention, second: Mention) -> str:
    """The text between two mentions with each run of white space as one space. The patterns
    read white space only as runs (``\\s*``, ``\\s+``), so they match it alike; and a run of
    100,000 spaces would make a search starting at every one of them quadratic."""
    return _SPACE_RUN.sub(" ", text[first.span[1] : second.span[0]])


def _restates(first: Mention, second: Mention, units: Units) -> bool:
    """Whether ``second`` may state ``first``'s amount: in units pint cannot convert into each
    other, or converting to the same amount as far as the figures are rounded ("42.2 km, or
    26.2 miles")."""
    a, b = base_amount(first, units), base_amount(second, units)
    if a is None or b is None:
        return False
    if a.unit != b.unit:
        return True
    return within(a, b, rounded_tolerance(first, second))


def within(a: Amount, b: Amount, tolerance: float) -> bool:
    """Whether both ends of two amounts lie within ``tolerance`` (relative) of each other (their
    units are not compared)."""
    return all(
        abs(x - y) <= tolerance * max(abs(x), abs(y)) for x, y in ((a.low, b.low), (a.high, b.high))
    )


def rounded_tolerance(first: Mention, second: Mention) -> float:
    """How far apart two figures may be and still round one amount: the looser figure's
    rounding, at most _ROUNDING ("42.2 km" and "26.2 miles": 0.19 %)."""
    return min(max(rounding(first), rounding(second)), _ROUNDING)


def rounding(mention: Mention) -> float:
    """How far, relative to itself, a figure may lie from the amount it rounds: half its last
    written digit ("42.2" stands for 42.15 to 42.25, 0.12 %); 0 for a whole figure."""
    relative = 0.0
    for x in {mention.amount.low, mention.amount.high}:
        written = f"{x:g}"
        if x and "." in written and "e" not in written:
            relative = max(relative, read_number(written).half / abs(x))
    return relative


def restated_lists(text: str, mentions: Sequence[Mention], units: Units) -> list[tuple[int, int]]:
    """Index pairs where a list of values after "that is" restates, in order, as many values just
    before it in another unit: "600 IU, rising to 800 IU for people over 70. In micrograms that is
    15 mcg and 20 mcg." pairs 600 IU with 15 mcg and 800 IU with 20 mcg. The values restated are
    those of the list's family: an age between them ("for people over 70", in years) is no dose."""
    pairs: list[tuple[int, int]] = []
    with_unit: dict[str, list[int]] = {}  # by family, in order
    for i, mention in enumerate(mentions):
        if mention.amount.unit:
            with_unit.setdefault(family(mention.dimension), []).append(i)
    joined: dict[int, int] = {}  # where the list joined from a mention on ends (found once)
    for first in range(1, len(mentions)):
        start = mentions[first].span[0]
        if not mentions[first].amount.unit or not _RESTATED_LIST_RE.search(
            text[max(mentions[first - 1].span[1], start - _RESTATED_REACH) : start]
        ):
            continue
        run = list(range(first, _list_end(text, mentions, first, joined) + 1))
        # The last len(run) mentions of its family with a unit before `first` (bisected, not a
        # scan from 0).
        kin = with_unit[family(mentions[first].dimension)]
        before = bisect.bisect_left(kin, first)
        earlier = kin[max(0, before - len(run)) : before]
        run_units = {mentions[i].amount.unit for i in run}
        earlier_units = {mentions[i].amount.unit for i in earlier}
        if len(earlier) != len(run) or len(run_units) != 1 or len(earlier_units) != 1:
            continue
        if (
            run_units == earlier_units
            or start - mentions[earlier[0]].span[1] > _RESTATED_REACH * 10
        ):
            continue
        if len({family(mentions[i].dimension) for i in (*earlier, *run)}) != 1:
            continue  # "400 mg per day. That is about four cups": not the same amount restated
        if all(
            _restates(mentions[a], mentions[b], units) for a, b in zip(earlier, run, strict=True)
        ):
            pairs += zip(earlier, run, strict=True)
    return pairs


def _list_end(text: str, mentions: Sequence[Mention], first: int, joined: dict[int, int]) -> int:
    """The last mention of the list that starts at ``first`` ("15 mcg, 20 mcg and 25 mcg"),
    each joint read once however many lists run through it."""
    last = first
    walked = []
    while last not in joined and last + 1 < len(mentions):
        if not _LIST_JOINER_RE.match(_gap(text, mentions[last], mentions[last + 1])):
            break
        walked.append(last)
        last += 1
    end = joined.get(last, last)
    for index in (*walked, last):
        joined[index] = end
    return end


def alternative_pairs(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Index pairs (i, i + 1) of values in one unit offered as alternatives ("5 mg or 10 mg")."""
    return [
        (index, index + 1)
        for index in range(len(mentions) - 1)
        if mentions[index].amount.unit
        and mentions[index].amount.unit == mentions[index + 1].amount.unit
        and _ALTERNATIVE_RE.match(_gap(text, mentions[index], mentions[index + 1]))
    ]


def learn(pairs: Iterable[tuple[Mention, Mention]], units: Units) -> Conversions:
    """Unit ratios stated by restatements whose units pint cannot convert, first stated wins.

    Both directions map to the unit that sorts first, so one canonical unit names the amount.
    """
    rates: dict[str, Conversion] = {}
    for first, second in pairs:
        a, b = base_amount(first, units), base_amount(second, units)
        if a is None or b is None or a.unit == b.unit or a.low == 0:
            continue
        (low_unit, low_value), (high_unit, high_value) = sorted([(a.unit, a.low), (b.unit, b.low)])
        if high_unit not in rates:
            rates[high_unit] = Conversion(high_unit, low_value / high_value, low_unit)
    return Conversions(tuple(sorted(rates.values())))


#: How far apart (relative) two documents' rates for one pair of currencies may be and still be
#: one rate ("11.20 kronor to the euro" and "€1 ≈ SEK 11.2"); further apart, they conflict.
_SAME_RATE = 0.02


def stated(
    rates: Sequence[Sequence[StatedRate]],
    learned: Conversions,
    units: Units,
    currencies: Sequence[Iterable[str]] = (),
) -> tuple[Conversions, list[Conversions]]:
    """The corpus's conversions and each document's, from the exchange rates the documents state
    (``rates``, by document) and those ``learned`` from restatements.

    Each document reads its amounts by the rates it states itself, then by the corpus's. The
    corpus takes a stated rate when the documents stating one for that pair agree within
    _SAME_RATE (the first document's); when they conflict it takes none for the pair, not even a
    learned one, so a subject declares no rate its documents dispute. Stated rates come before
    learned ones: a rate written out is meant as one, a restatement may be rounded.

    Money in ``currencies`` (the drafts', by document) that neither relates to another currency
    of theirs then reads by the reference rate (``reference.py``), never for a pair the documents
    dispute, and not in a document that itself writes money in two currencies it relates by no
    rate: it speaks of two places ("Installed costs averaged £12,400 ... In the United States a
    whole-home installation typically costs $12,000 to $20,000"), so its amounts keep their own.
    """
    own = [_canonical(doc, units) for doc in rates]
    agreed: dict[str, Conversion] = {}
    disputed: set[str] = set()
    for doc in own:
        for unit, rate in doc.items():
            first = agreed.get(unit)
            if first is None:
                agreed[unit] = rate
            elif first.other != rate.other or not _close(first.factor, rate.factor):
                disputed.add(unit)
    corpus = {u: rate for u, rate in agreed.items() if u not in disputed}
    for rate in learned.rates:
        if rate.unit not in corpus and rate.unit not in disputed:
            corpus[rate.unit] = rate
    plain = Conversions(tuple(sorted(corpus.values())))
    reference = _reference(corpus, disputed, {code for doc in currencies for code in doc})
    corpus.update(reference)
    by_document = [
        Conversions(tuple(sorted({**corpus, **doc}.values())))
        if not reference or not _mixed(currencies[d] if d < len(currencies) else (), plain, doc)
        else Conversions(tuple(sorted({**plain.by_unit(), **doc}.values())))
        for d, doc in enumerate(own)
    ]
    return Conversions(tuple(sorted(corpus.values()))), by_document


def _reference(
    corpus: dict[str, Conversion], disputed: set[str], currencies: Iterable[str]
) -> dict[str, Conversion]:
    """Reference rates that relate the drafts' currencies where the documents relate none.

    Each currency reads in the one the corpus maps it to (its root); the roots left apart map to
    the one that sorts first, at the reference rate. A currency of a disputed pair takes none.
    """
    roots = set()
    for code in currencies:
        if code in disputed:
            continue
        mapped = corpus.get(code)
        root = mapped.other if mapped is not None else code
        if root not in disputed:
            roots.add(root)
    if len(roots) < 2:
        return {}
    target, *others = sorted(roots)
    rates = reference_rates()
    found = {}
    for root in others:
        rate = rates.rate(root, target)
        if rate is not None and root not in corpus:
            found[root] = rate
    return found


def _mixed(currencies: Iterable[str], corpus: Conversions, own: dict[str, Conversion]) -> bool:
    """Whether a document writes money in two currencies that neither its rates nor the
    corpus's relate."""
    roots = set()
    for code in currencies:
        mapped = own.get(code) or corpus.lookup(code)
        roots.add(mapped.other if mapped is not None else code)
    return len(roots) > 1


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_RATE * max(abs(a), abs(b))


def _canonical(rates: Sequence[StatedRate], units: Units) -> dict[str, Conversion]:
    """A document's stated rates as ``learn`` writes rates (to the unit that sorts first), the
    first stated for a pair."""
    found: dict[str, Conversion] = {}
    for rate in rates:
        try:
            one, unit = units.to_base(1.0, rate.unit)
            many, other = units.to_base(rate.factor, rate.other)
        except UnitError:
            continue
        if unit == other or one <= 0 or many <= 0:
            continue
        if unit > other:
            conversion = Conversion(unit, _round(many / one), other)
        else:
            conversion = Conversion(other, _round(one / many), unit)
        found.setdefault(conversion.unit, conversion)
    return found


def base_amount(
    mention: Mention,
    units: Units,
    conversions: Conversions | None = None,
    analyte: Analyte | None = None,
) -> Amount | None:
    """The mention's amount in base units (``kilogram``, ``second``), or in the unit
    ``conversions`` maps its base unit to; None without a unit or in %.

    A molar concentration of an ``analyte`` reads as a mass one through its molar mass before
    any rate the corpus learned ("360 µmol/L" of uric acid is 0.0605 kg/m³): the molar mass is
    the substance's own, a learned rate the corpus's for whichever substance it restated."""
    stated = mention.amount
    if not stated.unit or stated.unit == "%":
        return None
    try:
        low, unit = units.to_base(stated.low, stated.unit)
        high, _ = units.to_base(stated.high, stated.unit)
    except UnitError:
        return None
    factor = 1.0
    mapped = conversions.lookup(unit) if conversions else None
    if analyte is not None and analyte.grams_per_mole is not None and unit == MOLAR:
        unit, factor = MASS, units.by_molar_mass(MOLAR, MASS, analyte.grams_per_mole)(1.0)
    elif mapped is not None:
        unit, factor = mapped.other, mapped.factor
    return Amount(_round(low * factor), _round(high * factor), unit)


def _round(x: float) -> float:
    return float(f"{x:.{_SIGNIFICANT}g}")

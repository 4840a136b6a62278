"""What two drafts of different documents have in common: key words, amount, role, population."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations

from factcheck.extract.drafts import Draft
from factcheck.extract.grouping.equivalence import rounded_tolerance, within
from factcheck.extract.subjects import counted
from factcheck.extract.subjects.paraphrase import GENERIC_PEOPLE, PEOPLE_NOUNS, canonical
from factcheck.extract.subjects.propose import stem
from factcheck.extract.subjects.settings import same_setting
from factcheck.extract.subjects.spelling import american, id_key
from factcheck.extract.subjects.times import TIME_FAMILY, unread_event
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

#: Key words in more mentions than this are too common to suggest a pair (still weighted).
_COMMON = 40
#: How much a word of the sentence, not near the figure, counts against a near one.
_CONTEXT_WEIGHT = 0.5
#: A proposed subject id with at least this many words beyond the dimension is evidence.
_SAME_ID_TERMS = 2
#: How near an approximate figure ("about 7") must be to another to state the same amount.
_CLOSE = 0.05
#: Values of one unit this many times apart (ranges not overlapping) are rarely one quantity
#: restated (95 mg a cup of coffee, 2-15 mg a cup of decaf).
_FAR_RATIO = 3.0
#: Values that agree without being equal: one inside the other's range ("90 minutes", "1 to 2
#: hours") or single figures within _NEAR of each other ("36%", "32%").
_NEAR = 0.15
#: What a pair of drafts is described by, in this order (see ``pair_features``).
FEATURES: tuple[str, ...] = (
    "near_words",  # weighted share of the key words near the two figures in common
    "sentence_words",  # the same with the rest of the sentences at half weight, if more
    "shared_words",  # log(1 + number of near key words in common)
    "same_value",  # the same amount, or an approximate one within 5 %
    "same_specific_value",  # the same amount, and not a round one ("1,683", "7.06")
    "agreeing_value",  # one inside the other's range, or within 15 %
    "far_values",  # ranges apart by 3 times or more
    "same_id",  # the same proposed subject id, with two key terms or more
    "same_pooled_id",  # the same pooled subject id (dose-typical)
    "same_role",
    "other_role",
    "one_role",  # only one of the two has a role
    "same_condition",
    "other_condition",
    "same_population",
    "other_population",
    "same_shape",
    "other_shape",
    "same_bound",  # both bounds on the same side ("over 20%", "more than 25%")
    "bound_and_point",  # a bound and a single figure or range
    "shared_companions",  # a value stated beside both figures ("800 IU ... over 70")
    "years",  # both are years: word overlap says little
    "shares",  # both are shares
    "value_distance",  # |log| of the ratio of the middles of two values in one unit, up to 1
    "overlapping_ranges",  # two ranges sharing part of their span ("20-80%", "30-90%")
    "same_heading",  # weighted share of the section headings' words in common
    "other_noun",  # counts of different nouns ("2,400 homes", "16 panels")
    "close_words",  # weighted share of the words at most three words from the figures in common
    "same_measure",  # a word saying what is measured in common ("of original capacity")
    "same_noun",  # counts of one thing ("23 stations", "21 stops")
)
#: Which side of a value a bound lies on: "over 20%" and "at least 25%" both above.
_BOUND_SIDES = {Qualifier.GT: ">", Qualifier.GE: ">", Qualifier.LT: "<", Qualifier.LE: "<"}


def candidate_pairs(
    drafts: list[tuple[int, int, Draft]], values: list[Amount]
) -> tuple[list[tuple[int, int]], dict[str, float]]:
    """Pairs of drafts (by index) of different documents in one family worth comparing, sorted,
    and the IDF weight of every key word.

    Only pairs that share a key word, a value or a proposed id are compared; ``drafts`` holds
    (document index, draft index, draft), ``values`` each draft's comparable amount (in base or
    learned units, see ``group``).
    """
    frequency = word_frequency(drafts)
    total = len(drafts) + 1
    weight = {word: math.log(1 + total / count) for word, count in frequency.items()}
    by_family: dict[str, list[int]] = defaultdict(list)
    for index, (_, _, draft) in enumerate(drafts):
        if draft.subject.family:
            by_family[draft.subject.family].append(index)
    # A bare number may be a count whose noun is said elsewhere ("Seats won: 24" against "26
    # seats"): it is weighed against the counts of every class of noun too (a setting's, of
    # its setting: ``_counts_alike``).
    unset = {
        i
        for i, (_, _, d) in enumerate(drafts)
        if not (d.mention.dimension == "number" and d.mention.noun)
    }
    for family in [f for f in by_family if f.startswith("count|")]:
        arm = family.rsplit("|", 1)[1]
        numbers = [i for i in by_family.get(f"number||{arm}", []) if i in unset]
        if numbers:
            counts = [i for i in by_family[family] if i in unset]
            by_family[f"unitless{family}"] = sorted([*counts, *numbers])
    by_family.update(_timed(drafts, by_family))
    pairs: set[tuple[int, int]] = set()
    for family, members in by_family.items():
        mixed = family.startswith(("unitless", _TIMED))
        by_word: dict[str, list[int]] = defaultdict(list)
        for index in members:
            subject = drafts[index][2].subject
            for word in (*_key_words(drafts[index][2]), *subject.context_words):
                if frequency[word] <= _COMMON:
                    by_word[word].append(index)
            by_word[f"={values[index]}"].append(index)
            by_word[_rounded_key(values[index])].append(index)
            by_word[f"#{id_key(drafts[index][2].subject.id)}"].append(index)
            draft = drafts[index][2]
            if draft.mention.dimension == "count" and draft.mention.noun:
                # "61 ships" meets "74 vessels", "42,500 seats" meets "a capacity of 45,000".
                for word in _naming_stems(draft.mention.noun):
                    by_word[word].append(index)
            if mixed and draft.mention.per:
                # "five or six a week" meets "two or three sessions a week" by its span alone.
                by_word[f"{_SPAN}{draft.mention.per}"].append(index)
        for key, sharing in by_word.items():
            if len(sharing) > _COMMON:
                continue  # a figure stated everywhere says nothing about which quantity
            if len({drafts[index][0] for index in sharing}) < 2:
                continue  # one document's drafts: no pair to compare (skip listing them all)
            spans = key.startswith(_SPAN)
            pairs.update(
                (a, b)
                for a, b in combinations(sharing, 2)
                if drafts[a][0] != drafts[b][0]
                and (not mixed or _alike(drafts[a][2], drafts[b][2]))
                and (not spans or _count_and_number(drafts[a][2], drafts[b][2]))
            )
    return sorted(pairs), weight


#: Begins the key of a span of time a count or bare number is stated per ("a week").
_SPAN = "/"


def _count_and_number(a: Draft, b: Draft) -> bool:
    """Whether one of two drafts is a count and the other a bare number."""
    return {a.mention.dimension, b.mention.dimension} == {"count", "number"}


#: Begins the pool in which the times of day of every event meet (see ``_timed``).
_TIMED = "timed|"


def _timed(
    drafts: list[tuple[int, int, Draft]], by_family: dict[str, list[int]]
) -> dict[str, list[int]]:
    """The times of day of every event in one pool per arm, when some name no event: "At 11:00
    the town's mayor cut the ribbon" may time what "cut a ribbon at 11am" does (the pair model
    weighs them; ``_alike`` keeps two named events apart)."""
    pools: dict[str, list[int]] = {}
    for family, members in by_family.items():
        if family.startswith(TIME_FAMILY):
            pools.setdefault(f"{_TIMED}{family.rsplit('|', 1)[1]}", []).extend(members)
    return {
        pool: sorted(members)
        for pool, members in pools.items()
        if any(unread_event(drafts[i][2].subject.family) for i in members)
        and len({drafts[i][2].subject.family for i in members}) > 1
    }


def _alike(a: Draft, b: Draft) -> bool:
    """Whether two drafts of two families pooled together may be one quantity: a count and a
    bare number (``_counts_alike``), two times of day of which one names no event."""
    if a.subject.family.startswith(TIME_FAMILY):
        return (
            a.subject.family == b.subject.family
            or unread_event(a.subject.family)
            or unread_event(b.subject.family)
        )
    return _counts_alike(a, b)


def _counts_alike(a: Draft, b: Draft) -> bool:
    """Whether a count and a bare number may be one count: the number's words name the noun the
    count counts ("Seats won: 24" and "26 seats"), a synonym or kind of it or its total ("a
    capacity of 45,000" and "42,500 seats", "Registered electors: 1,284,600" and "1.4 million
    registered voters", "Minimum group size for fish: 10" and "at least six neons"), or it has
    no words to say otherwise (a figure alone in a table's cell), or both are of one span of
    time ("five or six a week", "two or three sessions a week"), or both say what befell the
    people counted ("23 people had died", "death toll reaches 27")."""
    dimensions = {a.mention.dimension, b.mention.dimension}
    if dimensions != {"count", "number"}:
        return True
    count, number = (a, b) if a.mention.dimension == "count" else (b, a)
    if count.subject.setting or number.subject.setting:
        return _settings_alike(count, number)
    if not number.subject.keywords:
        return True
    if number.mention.per and number.mention.per == count.mention.per:
        # "five or six a week is a good target" and "two or three sessions a week": a number of
        # a span, its noun left to the count of that span it answers.
        return True
    if counted.people_like(count.mention.noun) and _events(count) & _events(number):
        # "23 people had died" and "Heatwave death toll reaches 27": people counted by what
        # befell them, said by the count's words and by the number's.
        return True
    return bool(
        _naming_stems(count.mention.noun)
        & {*number.subject.keywords, *number.subject.context_words}
    )


def _events(draft: Draft) -> set[str]:
    """The events that happen to people its key words name ("died", "deaths": ``death``)."""
    return {counted.event_key(word) for word in draft.subject.keywords} - {""}


def _settings_alike(count: Draft, number: Draft) -> bool:
    """Whether a count and a bare number, one of them a setting's, may be one count: both of one
    setting ("maximum 10000" in ``batch_size``'s entry, "raise batch_size up to 10,000 events"),
    or the other a count whose noun the setting names ("runs one worker per CPU core by
    default", ``--workers``' "Default: 4") or a number whose words do."""
    ca, cb = count.subject, number.subject
    if any(_example(s.context) for s in (ca, cb)):
        # "--max-line-length 88" in a CI sample, "--limit-upload 2048 caps uploads": a reader's
        # choice, which no other family's figure of the setting restates.
        return False
    if ca.setting and cb.setting:
        return same_setting(
            ca.setting, cb.setting, in_words=ca.setting_in_words or cb.setting_in_words
        )
    if ca.setting:
        return _head_stem(ca.setting) in {*cb.keywords, *cb.context_words}
    return _head_stem(cb.setting) in _naming_stems(count.mention.noun)


def _example(context: dict[str, str]) -> bool:
    """Whether a figure's context makes it an example (``example``, ``basis: example``)."""
    return "example" in context or context.get("basis") == "example"


def _head_stem(setting: str) -> str:
    """The stem of the word a setting's name ends with, what its value is of (``workers``,
    ``max-workers``: ``worker``; ``replica-timeout``: a timeout, no count of replicas)."""
    return stem(setting.rsplit("-", 1)[-1])


def _naming_stems(noun: str) -> frozenset[str]:
    """The stems of the noun and of the words that may say a number counts it."""
    return frozenset(stem(w) for w in (noun.lower(), *counted.naming_words(noun)))


def word_frequency(drafts: list[tuple[int, int, Draft]]) -> Counter[str]:
    """In how many drafts each key or context word occurs."""
    return Counter(
        word
        for _, _, draft in drafts
        for word in (*_key_words(draft), *draft.subject.context_words)
    )


def _rounded_key(value: Amount) -> str:
    """A value to two significant digits: "42.2 km" and "26.2 miles" (42,165 m) meet."""
    return f"≈{value.unit}:{value.low:.2g}:{value.high:.2g}"


def pair_features(
    a: Draft, b: Draft, va: Amount, vb: Amount, weight: dict[str, float]
) -> tuple[float, ...]:
    """The pair as FEATURES: each 0 or 1 except the word measures and the values' distance."""
    sa, sb = a.subject, b.subject
    # "42,500 seats" and "a capacity of 45,000", "61 ships" and "74 vessels": the words that
    # name what a count counts meet its noun.
    said_a, said_b = _counted_as(b, a), _counted_as(a, b)
    near_a = _renamed(_weighted(a, weight, context=False), said_a)
    near_b = _renamed(_weighted(b, weight, context=False), said_b)
    near = _overlap(near_a, near_b)
    sentence = max(
        near,
        _overlap(
            _renamed(_weighted(a, weight, context=True), said_a),
            _renamed(_weighted(b, weight, context=True), said_b),
        ),
    )
    same = va == vb or _close(a, b, va, vb)
    years = a.mention.dimension == b.mention.dimension == "year"
    sides = (_BOUND_SIDES.get(a.mention.qualifier), _BOUND_SIDES.get(b.mention.qualifier))
    companions = [{w for w in s.context_words if w.startswith("=")} for s in (sa, sb)]
    # "trial" says a study gave the amount, not which study: no evidence of one quantity.
    roles = [s.role if s.role != "trial" else "" for s in (sa, sb)]
    return (
        near,
        sentence,
        math.log1p(len(near_a.keys() & near_b.keys())),
        float(same),
        float(same and (_specific(a) or _specific(b))),
        float(not same and not years and _agree(va, vb)),
        float(far_apart(va, vb)),
        float(id_key(sa.id) == id_key(sb.id) and len(sa.terms) >= _SAME_ID_TERMS),
        float(sa.pooled and sb.pooled and sa.id == sb.id),
        *_same_other(*roles),
        float(bool(roles[0]) != bool(roles[1])),
        *_same_other(sa.condition, sb.condition),
        *_same_other(sa.population, sb.population),
        *_same_other(sa.shape, sb.shape),
        float(sides[0] is not None and sides[0] == sides[1]),
        float((sides[0] is None) != (sides[1] is None)),
        float(bool(companions[0] & companions[1])),
        float(years),
        float(a.mention.dimension == b.mention.dimension == "share"),
        _distance(va, vb),
        float(_overlapping_ranges(va, vb)),
        _overlap(_by_weight(sa.heading_words, weight), _by_weight(sb.heading_words, weight)),
        float(other_nouns(a.mention.noun, b.mention.noun)),
        _overlap(_by_weight(sa.close_words, weight), _by_weight(sb.close_words, weight)),
        float(bool(set(sa.measure_words) & set(sb.measure_words))),
        float(_same_noun(a.mention.noun, b.mention.noun)),
    )


def _counted_as(count: Draft, other: Draft) -> dict[str, str]:
    """The stems of ``other``'s words that name what ``count`` counts, each to the count's
    noun's stem: empty unless ``count`` is a count and ``other`` a bare number or a count of a
    thing alike (``counted.alike``)."""
    noun = count.mention.noun
    if count.mention.dimension != "count" or not noun:
        return {}
    if other.mention.dimension == "count":
        if not other.mention.noun or not counted.alike(noun, other.mention.noun):
            return {}
    elif other.mention.dimension != "number" or other.mention.noun:
        return {}
    own = stem(noun.lower())
    return {word: own for word in _naming_stems(noun) if word != own}


def _renamed(words: dict[str, float], names: dict[str, str]) -> dict[str, float]:
    """``words`` with the words ``names`` maps renamed, each keeping its heavier weight."""
    if not names:
        return words
    renamed: dict[str, float] = {}
    for word, value in words.items():
        name = names.get(word, word)
        renamed[name] = max(value, renamed.get(name, 0.0))
    return renamed


def other_nouns(a: str, b: str) -> bool:
    """Counts of different things: "2,400 homes", "16 panels"; not "23 stations", "21 stops"."""
    if a.lower() in GENERIC_PEOPLE or b.lower() in GENERIC_PEOPLE:
        # "6,850 people" and "7,200 staff": people of some kind, counted either way.
        # "23 deaths" and "27 people had died": people, counted by what befell them.
        return (
            bool(a and b)
            and not {american(a.lower()), american(b.lower())}
            <= PEOPLE_NOUNS | counted.PEOPLE_EVENTS
        )
    return bool(a and b) and not _same_noun(a, b)


def _same_noun(a: str, b: str) -> bool:
    """Counts of one thing, in one word or its synonym ("23 stations", "21 stops", "61 ships",
    "74 vessels"), or a thing and a kind of it ("24 planes", "four large air tankers")."""
    return bool(a and b) and (_noun(a) == _noun(b) or counted.alike(a, b))


def _noun(noun: str) -> str:
    word = american(noun.lower())
    return canonical(word) or word


def _distance(va: Amount, vb: Amount) -> float:
    """How far apart two values of one unit are: |ln| of their middles' ratio, at most 1 (also
    for values in other units or of other signs)."""
    middle_a, middle_b = (va.low + va.high) / 2, (vb.low + vb.high) / 2
    if va.unit != vb.unit or middle_a <= 0 or middle_b <= 0:
        return 1.0
    return min(abs(math.log(middle_a / middle_b)), 1.0)


def _overlapping_ranges(va: Amount, vb: Amount) -> bool:
    """Two ranges in one unit sharing part of their span."""
    ranges = va.low < va.high and vb.low < vb.high
    return va.unit == vb.unit and ranges and max(va.low, vb.low) < min(va.high, vb.high)


def _same_other(x: str, y: str) -> tuple[float, float]:
    """Whether two labels, both given, are the same, and whether they differ."""
    both = bool(x and y)
    return float(both and x == y), float(both and x != y)


def _by_weight(words: tuple[str, ...], weight: dict[str, float]) -> dict[str, float]:
    """Words by IDF weight; a word no draft's key words hold (a heading's) weighs 1."""
    return {w: weight.get(w, 1.0) for w in words}


def _overlap(words_a: dict[str, float], words_b: dict[str, float]) -> float:
    """The weight of the words in common over the weight of the smaller side's words."""
    smaller = min(sum(words_a.values()), sum(words_b.values()))
    shared = sum(min(words_a[w], words_b[w]) for w in words_a.keys() & words_b.keys())
    return shared / smaller if smaller > 0 else 0.0


def _weighted(draft: Draft, weight: dict[str, float], *, context: bool) -> dict[str, float]:
    """Key words by weight; with ``context`` also the other words of the sentence, at half."""
    found = {
        w: weight.get(w, 0.0) * _CONTEXT_WEIGHT
        for w in (draft.subject.context_words if context else ())
    }
    found.update({w: weight.get(w, 0.0) for w in _key_words(draft)})
    return found


def _key_words(draft: Draft) -> tuple[str, ...]:
    """The draft's key words, with its role and population as words of their own."""
    subject = draft.subject
    # "trial" says a study gave the amount, not which study: no evidence of one quantity.
    role = subject.role if subject.role != "trial" else ""
    named = (f"role:{role}", f"population:{subject.population}")
    return (*subject.keywords, *(w for w in named if not w.endswith(":")))


def _specific(draft: Draft) -> bool:
    """A specific number ("1,683", "7.06", "17-478%"), not a round one."""
    return any(x % 5 != 0 for x in {draft.mention.amount.low, draft.mention.amount.high})


def _close(a: Draft, b: Draft, va: Amount, vb: Amount) -> bool:
    """An approximate figure within 5 % of the other ("about 7 minutes", "7.06 minutes"), or a
    figure the other rounds to ("42.2 km", "42.195 km", "26.2 miles")."""
    if va.unit != vb.unit:
        return False
    if Qualifier.APPROX in (a.mention.qualifier, b.mention.qualifier):
        tolerance = _CLOSE
    else:
        tolerance = rounded_tolerance(a.mention, b.mention)
    return within(va, vb, tolerance)


def far_apart(va: Amount, vb: Amount, ratio: float = _FAR_RATIO) -> bool:
    """Values of one unit whose ranges do not overlap and lie ``ratio`` times apart or more."""
    if va.unit != vb.unit or min(va.low, vb.low) <= 0:
        return False
    lower, upper = (va, vb) if va.high < vb.low else (vb, va)
    return lower.high < upper.low and upper.low >= ratio * lower.high


def _agree(va: Amount, vb: Amount) -> bool:
    """Values of one unit that may state one quantity: one strictly inside the other's range, or
    two single figures within _NEAR of each other."""
    if va.unit != vb.unit:
        return False
    if va.single and vb.single:
        return abs(va.low - vb.low) <= _NEAR * max(abs(va.low), abs(vb.low))
    inner, outer = (va, vb) if va.high - va.low <= vb.high - vb.low else (vb, va)
    # Strictly inside: "200 mg" is one tablet, not the "200-400 mg" dose it starts.
    return outer.low < inner.low and inner.high < outer.high

"""Word lists the mention finder reads around numbers: qualifier phrases, plurals, noun stops."""

from __future__ import annotations

import re

from factcheck.values.grammar import Qualifier


def word_set(words: str) -> frozenset[str]:
    """The set of space-separated words in ``words``."""
    return frozenset(words.split())


# Qualifier phrases written before a number, by the qualifier they mean.
_BEFORE: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.GT: ("over", "more than", "greater than", "above", "exceeding", "exceeds", "exceed",
                   "in excess of", "upwards of", "higher than", "longer than", "just over", "beyond",
                   "older than", "past", "north of",
                   "aged over", "aged more than", "over the age of", "above the age of"),
    Qualifier.GE: ("at least", "no less than", "no fewer than", "a minimum of", "minimum of",
                   "as little as", "as low as", "as few as", "as short as", "not less than",
                   "at or above", "no sooner than", "not sooner than", "no earlier than",
                   "not earlier than"),
    Qualifier.LT: ("under", "less than", "fewer than", "below", "lower than", "shorter than",
                   "just under", "younger than", "aged under", "aged less than", "under the age of",
                   "below the age of", "shy of", "just shy of"),
    Qualifier.LE: ("up to", "at most", "no more than", "not more than", "as much as", "as many as",
                   "a maximum of", "maximum of", "as high as", "as long as", "at or below",
                   "at or under", "no higher than", "not exceeding", "not to exceed", "within",
                   "within the first", "no later than", "not later than", "within the last",
                   "within the past", "by the end of"),
    Qualifier.APPROX: ("about", "around", "approximately", "approx.", "roughly", "nearly",
                       "almost", "some", "circa", "an estimated", "estimated", "close to", "near",
                       "somewhere around", "barely", "something like", "in the region of",
                       "the best part of", "the better part of", "closer to", "nearer to"),
}  # fmt: skip
#: Comparatives of size, age or amount: "no wider than 0.3 mm", "not longer than 20 minutes" is
#: at most the figure, "no smaller than 4 mm" at least (of times of day, "no later than", the
#: times' reader's).
_LARGER = ("wider", "longer", "larger", "bigger", "greater", "taller", "thicker", "deeper",
           "heavier", "older", "broader", "hotter", "warmer", "louder", "stronger", "further",
           "farther", "higher", "more")  # fmt: skip
_SMALLER = ("narrower", "shorter", "smaller", "thinner", "lighter", "lower", "younger",
            "cooler", "colder", "weaker", "less", "fewer")  # fmt: skip
for _negation in ("no", "not"):
    for _word in _LARGER:
        _BEFORE[Qualifier.LE] += (f"{_negation} {_word} than",)
    for _word in _SMALLER:
        _BEFORE[Qualifier.GE] += (f"{_negation} {_word} than",)
_AFTER: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.GE: ("or more", "or greater", "or higher", "or above", "or over", "or longer",
                   "or older", "and over", "and above", "and up", "and older", "plus", "at least",
                   "at minimum"),
    Qualifier.LE: ("or less", "or fewer", "or lower", "or under", "or below", "or younger",
                   "or shorter", "and under", "and below", "and younger", "at most", "at the most",
                   "at maximum", "tops"),
}  # fmt: skip
#: Bounds said after a figure as an aside ("4 GB of RAM at minimum", "two weeks at the latest",
#: "six at the outside"), and an approximation so said ("40 minutes, give or take"): a limit's own words, which may follow the figure's noun ("of RAM").
_ASIDE: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.GE: ("at least", "at the least", "at the very least", "at minimum", "at a minimum",
                   "at the minimum", "at the earliest", "at the soonest", "minimum", "min"),
    Qualifier.LE: ("at most", "at the most", "at the very most", "at maximum", "at a maximum",
                   "at the maximum", "at the latest", "at the outside", "at the outsides", "tops",
                   "maximum", "max"),
    # "40 minutes, give or take", "a mile or thereabouts": about the figure
    Qualifier.APPROX: ("give or take", "or thereabouts"),
}  # fmt: skip
_AFTER[Qualifier.GE] += tuple(p for p in _ASIDE[Qualifier.GE] if " " in p)
_AFTER[Qualifier.LE] += tuple(p for p in _ASIDE[Qualifier.LE] if " " in p)


def _phrase_table(table: dict[Qualifier, tuple[str, ...]]) -> dict[str, Qualifier]:
    return {phrase: qualifier for qualifier, phrases in table.items() for phrase in phrases}


QUALIFIER_BEFORE = _phrase_table(_BEFORE)
QUALIFIER_AFTER = _phrase_table(_AFTER)
#: Every word of a qualifier phrase ("about", "over", "least"), lower case.
QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIER_BEFORE for w in phrase.split())


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


#: Qualifier phrases an article may follow ("about a 25% drop", "at least a 2-fold rise"); a
#: period is no bound ("over a 12-month period", "within a 5-year plan").
ARTICLE_AFTER = frozenset(
    phrase
    for phrase, qualifier in QUALIFIER_BEFORE.items()
    if (qualifier is Qualifier.APPROX and phrase not in ("near", "some", "estimated", "circa"))
    or " " in phrase
)
#: A qualifier phrase (and/or a range opener) ending right before a number.
BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<q>{_alternation(list(QUALIFIER_BEFORE))})\s+(?P<article>an?\s+)?)?"
    r"(?:(?P<opener>between|from|anywhere\s+from|somewhere\s+from|ranging\s+from)\s+)?\Z",
    re.IGNORECASE,
)
#: What starts another figure right after a bound ("30 minutes at least five days a week": that
#: "at least" is the days'; "3 and under 10": a number of any length).
_NEXT_FIGURE = (
    r"[ \t\u00a0]+(?:an?[ \t\u00a0]+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"once|twice|every|half)\b)"
)
#: A qualifier phrase right after a number or unit; not the first word of a compound after it
#: ("£5 and under-16s free").
AFTER_RE = re.compile(
    rf"\s*\+|\s+(?P<q>{_alternation(list(QUALIFIER_AFTER))})\b(?!-|{_NEXT_FIGURE})",
    re.IGNORECASE,
)
QUALIFIER_ASIDE = _phrase_table(_ASIDE)
#: A bound said as an aside after a figure and its noun ("4 GB of RAM at minimum", "10 minutes,
#: at most", "2 hours max."): up to three words of an "of" phrase between, and nothing after it
#: that starts another figure ("30 minutes of exercise at least five days a week": that "at
#: least" is the days'). A bare "minimum" or "max" must end its clause ("4 GB minimum").
ASIDE_RE = re.compile(
    r"(?:[ \t\u00a0]+of(?:[ \t\u00a0]+(?!(?:at|or|and|to|for|if|in|on)\b)[a-z][\w-]*){1,3})?"
    rf",?[ \t\u00a0]+(?P<q>{_alternation([p for p in QUALIFIER_ASIDE if ' ' in p])}"
    rf"|(?:{_alternation([p for p in QUALIFIER_ASIDE if ' ' not in p])})(?=\s*(?:[.,;:)!?]|$)))\b"
    rf"(?!{_NEXT_FIGURE})",
    re.IGNORECASE,
)

#: Words ending in "s" that are not plural nouns.
NOT_PLURAL = word_set(
    "this has was its his hers yes does goes always perhaps whereas series species diabetes "
    "sclerosis analysis psoriasis news status virus various previous serious famous numerous "
    "continuous lupus plus thus less unless across besides sometimes afterwards towards "
    "is as us"
)
#: Plural nouns not ending in "s", each with its singular, and nouns whose plural is the
#: singular ("23 sheep", "18 aircraft").
IRREGULAR_SINGULARS: dict[str, str] = {
    "people": "person", "women": "woman", "men": "man", "children": "child", "mice": "mouse",
    "teeth": "tooth", "geese": "goose", "lice": "louse", "oxen": "ox",
    **{same: same for same in word_set(
        "staff sheep deer cattle fish salmon trout moose bison aircraft spacecraft offspring"
    )},
}  # fmt: skip
#: Plural nouns not ending in "s": a count of them is a count, as "23 goats" is.
IRREGULAR_PLURALS = frozenset(IRREGULAR_SINGULARS)
#: Words that end a counted-noun phrase before any noun is found.
NOUN_STOP = word_set(
    "of in on at to for with and or but the a an that which who whom whose were was is are "
    "be been have has had will would can could may might must should shall do did does from by "
    "per than as into over under about after before during since until while it they we he she "
    "this these those there here each every means"
)
#: Past tenses and participles of general English verbs that do not end in -ed, as the verb
#: ("The radiators need not be bled" and "bleed the radiators"; "the bridge was built").
_IRREGULAR_PAST_SAID = (
    "began:begin begun:begin bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break "
    "brought:bring built:build bought:buy caught:catch chose:choose chosen:choose cut:cut dug:dig "
    "drawn:draw drew:draw drank:drink drunk:drink driven:drive drove:drive ate:eat eaten:eat "
    "fallen:fall fell:fall fought:fight found:find flew:fly flown:fly forgot:forget "
    "forgotten:forget froze:freeze frozen:freeze gave:give given:give gone:go went:go grew:grow "
    "grown:grow hung:hang hid:hide hidden:hide hit:hit hurt:hurt held:hold kept:keep knew:know known:know "
    "laid:lay led:lead left:leave lost:lose made:make meant:mean met:meet paid:pay ridden:ride "
    "rode:ride risen:rise rose:rise ran:run saw:see seen:see sought:seek sold:sell sent:send "
    "shaken:shake shook:shake shown:show shut:shut sank:sink sunk:sink spoke:speak spoken:speak "
    "spent:spend stood:stand stole:steal stolen:steal stuck:stick struck:strike swept:sweep swam:swim "
    "swum:swim taken:take took:take taught:teach tore:tear torn:tear told:tell threw:throw "
    "thrown:throw understood:understand woke:wake woken:wake wore:wear worn:wear wept:weep "
    "won:win written:write wrote:write"
)
IRREGULAR_PAST: dict[str, str] = dict(pair.split(":") for pair in _IRREGULAR_PAST_SAID.split())


def past_participle(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a verb's past form: in -ed ("destroyed") or an
    irregular one ("won", "went", "seen")."""
    return (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PAST

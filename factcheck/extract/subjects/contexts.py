"""Whose figure and for whom: the context keys a draft gets, so special cases stay apart.

`check` compares two claims only when their contexts are the same; a key that only one of them
has makes it a special case of the other's general figure (``corpus.model.compatible``). So a
key is proposed only where the text says the figure is special:

- ``condition``: an amount or piece of advice for a condition named in its own sentence ("for
  migraine prevention, neurologists suggest 400-600 mg"; "dermatology guidance suggests 1.5-4.5
  mg"). A condition only in the section heading is left to the subject (it often names the
  whole article's topic);
- ``population``: a figure about a group other than adults in general (children, infants,
  adolescents, pregnancy, older people), named in its clause or earlier in its sentence; or about
  an age range its sentence states (``ages 6-12``: "Children aged 6 to 12 need 8 to 10 hours",
  "Ages 6 to 12: 9 to 12 hours", "Infants 4 to 12 months: 12 to 16 hours": ``ages 4-12
  months``), which says more than the group's name does;
- ``phase``: ``starting`` for a figure of the first days or weeks ("start with 100 mg");
  ``previous`` for what was said or done before and is told as such ("Back in 2015, packets
  said no more than 6 lozenges a day", "doctors used to suggest 10 mg"): no claim of today's;
- ``basis``: where the figure comes from when it is not general advice: ``study`` for advice words
  a study's participants followed ("participants took it every morning"), ``personal`` for the
  writer's own amount or habit ("I take 250 mg", "I take mine in the morning"), ``example`` for
  a value said to replace the default ("retried up to 10 times instead of the default") or told
  of an example ("In this example the project runs 8 jobs").
  An age group a sentence opens with ("Among participants over 65, ... 52%") is a
  ``population`` (``over 65``) too.

- ``mode``, ``platform``, ``environment``, ``plan``, ``place``: a figure that holds only in a
  mode ("In dev mode, max_memory defaults to 64 MiB"), on a platform ("On Windows"), in an
  environment ("in production"), on a plan ("on the free plan") or in a kind of place ("in rural
  areas"; a named place only when its sentence sets it against the general figure):
  ``special_case``.

The placebo or control arm (``arm: placebo``) is read in ``propose``.
"""

from __future__ import annotations

import functools
import re

from factcheck.extract.mentions.lexicon import IRREGULAR_PAST, word_set
from factcheck.extract.subjects.requirements import product_versions
from factcheck.extract.subjects.settings import releases

#: Populations that are a special case: adults are the general population of most figures.
_SPECIAL_POPULATIONS = frozenset(
    {"pregnancy", "infants", "adolescents", "children", "older", "women", "men"}
)
_FIRST_PERSON = word_set("i i'm i've i'd my mine myself me")
#: Phrases in the first person that say whose judgement a piece of advice is, not the writer's
#: own habit: "A short nap won't do any harm, in my experience" advises in general.
_JUDGEMENT = re.compile(
    r"\b(?:in\s+my\s+(?:experience|opinion|view|professional\s+opinion)|to\s+my\s+mind"
    r"|if\s+you\s+ask\s+me)\b"
)
_STUDY = word_set(
    "trial trials study studies participants volunteers randomised randomized researchers"
)
#: Medical specialties whose guidance is for a group of conditions: "dermatology guidance
#: suggests 1.5-4.5 mg" is a dose for skin disease.
_SPECIALTIES = {
    "dermatolog": "skin",
    "skin disease": "skin",
    "skin condition": "skin",
    "oncolog": "cancer",
    "rheumatolog": "rheumatic disease",
    "psychiatr": "mental illness",
}
_SPECIALTY_RE = re.compile(r"\b(" + "|".join(_SPECIALTIES) + ")", re.IGNORECASE)
#: Dimensions of amounts taken (doses): their condition is a special case of the general dose.
_TAKEN = frozenset({"dose", "activity"})


#: An age range: "aged 6 to 12", "Ages 3-5".
_AGES_RE = re.compile(
    r"\b(?:aged|ages?|(?:newborns?|babies|baby|infants?|toddlers?|children|kids|teenagers?|teens)"
    r"(?:\s+aged)?)\s+(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b(?:\s*(?P<months>months?)\b)?",
    re.IGNORECASE,
)


def age_range(
    text: str,
    span: tuple[int, int],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    claimed: bool = False,
) -> str:
    """The ages the figure at ``span`` is about: the nearest age range before it in its sentence
    ("toddlers aged 1 to 2 need 11 to 14 hours and teenagers aged 13 to 18 need 8 to 10 hours"),
    else one after it in its clause, as ``ages 6-12``; "" when none is stated. An age range is
    about itself: "aged 4 to 8" and "aged 9 to 13" are two groups, not two figures in dispute;
    unless it is what its clause ``claimed`` ("It most often affects people aged 25 to 45": the
    ages affected, which another page's "most common between the ages of 40 and 60" denies)."""
    own = _AGES_RE.search(text, max(sentence[0], span[0] - 16), span[1])
    if own is not None and span[0] <= own.start(1) < span[1]:
        return "" if claimed else _ages(own)
    before = list(_AGES_RE.finditer(text, sentence[0], span[0]))
    found = before[-1] if before else _AGES_RE.search(text, span[1], clause[1])
    return _ages(found) if found else ""


def _ages(found: re.Match[str]) -> str:
    """An age range as a context value: ``ages 6-12`` (years), ``ages 0-3 months``."""
    return f"ages {found[1]}-{found[2]}" + (" months" if found["months"] else "")


def specialty(sentence: str) -> str:
    """The group of conditions a medical specialty named in ``sentence`` treats, or ""."""
    match = _SPECIALTY_RE.search(sentence)
    return _SPECIALTIES[match.group(1).lower()] if match else ""


#: Words that tell what was said or done before, not what holds now: the one rule of history,
#: for figures and advice (``phase: previous``) and for a setting's default (``drafts``, which
#: then takes it out of the setting's default).
_EARLIER_RE = re.compile(
    r"\b(?:back in (?:(?:the )?(?:19|20)\d\ds?\b|the day)"
    # "Doctors used to suggest", "it used to be off"; not a use, "is used to protect", nor a
    # habit, "once you get used to it".
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bget )"
    r"(?<!\bgets )(?<!\bgot )(?<!\bgetting )(?<!\bbecome )used to\b"
    # Not a recent period: "in the past week", "in the past 10 years".
    r"|in the past\b(?!\s+(?:\d|few|several|couple|two|three|four|five|six|ten|year|month|week"
    r"|day|decade|hour))"
    # "Previously, TLS was disabled", "was formerly 3"; not "previously treated patients", nor
    # a reference back ("as previously noted").
    r"|(?:previously|formerly)\b(?!\s+[a-z]+ed\s+[a-z]+s\b)(?!\s+(?:noted|mentioned|described"
    r"|discussed|stated|said|reported|shown|explained|seen|outlined)\b)"
    r"|(?:old|older|former|earlier|previous|outdated) (?:labels?|packets?|guidance|guidelines?"
    r"|advice|recommendations?|versions?|releases?|leaflets?|booklets?|books?|editions?|guides?"
    r"|manuals?|handbooks?|textbooks?)\b"
    # A source dated by its year and told in the past: "Our 2017 leaflet said to hold stretches
    # for a full minute", "Our 2012 edition recommended 24-28 °C" (not "The 2024 guidelines
    # recommend 150 minutes", today's).
    r"|(?:19|20)\d\d (?:leaflets?|booklets?|books?|editions?|guides?|guidance|guidelines|manuals?"
    r"|handbooks?|labels?|advice|care sheets?) (?:said|recommended|advised|suggested|stated|told"
    r"|gave|listed)\b"
    r"|until (?:recently\b|(?:19|20)\d\d\b)"
    # "At the time the label said...", "back then", "in those days", "The Python SDK at this
    # point required Python 3.7" (this point in a changelog's past, a past verb right after it;
    # not an instruction, "At this point, restart the server"; nor a place, "the river, about
    # 120 metres wide at that point").
    r"|(?<!wide )(?<!deep )(?<!high )(?<!long )(?<!tall )(?<!narrow )(?<!shallow )(?<!thick )"
    r"(?<!broad )(?<!steep )at (?:that|the) point\b|back then\b"
    # ... not the moment a figure was measured: "18% had dandruff at the time they were asked",
    # "at the time of the survey".
    r"|at (?:that|the) time\b(?!\s+of\b)(?!\s+(?:they|he|she|we|you|it)\s+(?:was|were)\s+"
    r"[a-z]+ed\b)"
    r"|in those days\b"
    r"|at this point,?\s+(?:\w+\s+)?(?:was|were|had|\w+ed)\b"
    # A plan dated by its year: "The 2016 plan envisaged 12 stops".
    r"|the (?:19|20)\d\d (?:plan|proposal|estimate|forecast)s?\b"
    # What held before a release: "Before 2.0, encryption was off by default", "Prior to
    # version 3 the default was 5" (a version named so, or a number with a point and its
    # clause going on without a unit: not "before 2.5 hours").
    r"|(?:before|prior to|until) (?:this|that|the (?:current|latest|new)) (?:release|version"
    r"|update)\b"
    r"|(?:before|prior to|until) (?:(?:version |v)\d+(?:\.\d+)*\b|\d+\.\d+(?:\.\d+)*(?=[,;)]"
    r"|\s+(?:the|it|its|this|that|we|you|they|there|a|an|all|every|each|no)\b)))",
    re.IGNORECASE,
)
#: A release series told in the past tense, what it did then: "The 1.x series used port 3000",
#: "In 1.x the default was 3", "the 0.9 line had 4 modes", "v2.x releases shipped 2 presets"
#: (a series by its major number and ".x", or a dotted release before a word of a series; then
#: a past verb within four words). Not "The 2.x series uses port 4000", today's.
_SERIES_PAST_RE = re.compile(
    r"(?<![\w.])v?\d+(?:\.\d+)*\.x(?![\w*])(?:\s+(?:series|line|branch|releases?|versions?))?"
    r"|(?<![\w.])v?\d+\.\d+(?:\.\d+)*\s+(?:series|line|branch|releases?)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_PAST_VERB_RE = re.compile(
    r"\A,?(?:\s+[\w`'’-]+){0,4}?\s+(?:was|were|had|did|used|ran|shipped|kept|took|gave|set"
    r"|(?!need|bas|requir|call|nam|schedul|plann|releas|launch|publish|announc|tagg)\w+ed)\b",
    re.IGNORECASE,
)
#: Where one time gives way to another in a sentence: "now on by default; it used to be off",
#: "Before 2.0 it was 3 and now it is 5", "is now 5 (previously 3)". History words count only
#: in the figure's part of its sentence between these.
_OTHER_TIME_RE = re.compile(
    r"[;()\[\]—]|\s-\s|\b(?:but|whereas|while|although|now|today|currently|these days)\b",
    re.IGNORECASE,
)


#: A group within a study or population, named by its ages before the figure: "Among
#: participants over 65, the picture was stronger, with a 52% relative reduction".
_AMONG_AGES_RE = re.compile(
    r"\b(?:among|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:aged\s+)?(?P<side>over|under|older than|"
    r"younger than)\s+(?P<age>\d{1,3})\b",
    re.IGNORECASE,
)
#: A figure said to replace the default: "retried up to 10 times instead of the default".
_NOT_THE_DEFAULT_RE = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:instead of|rather than|in place of|overriding)\s+the\s+default\b",
    re.IGNORECASE,
)


#: A value the writer suggests for a case ("For product photos we suggest --quality 90"): an
#: example of what to set, not what a setting is unless set.
_SUGGESTED_RE = re.compile(
    r"\b(?:we|I)\s+(?:would\s+|'d\s+)?(?:suggest|recommend)\b|\b(?:try|consider)\b",
    re.IGNORECASE,
)
#: The writer telling what once happened to them ("I did a fish-in cycle and it took eight
#: weeks"): one person's experience, not what holds in general.
#: Told to the writer is advice reported, no experience: "I was told to stay at no more than
#: 3 g a day".
_ANECDOTE_RE = re.compile(
    r"\bI\s+(?:did|had|tried|kept|took|got|ran|used|went|made|found|saw|was|paid|spent|\w+ed)\b"
    r"(?<!\bwas)(?!\s+(?:told|advised|asked|instructed|warned)\b)"
    r"|\bI\s+was\b(?!\s+(?:told|advised|asked|instructed|warned)\b)"
)
#: What the writer paid, told by its cost: "The sessions cost me £90 each", "set me back $40".
_PAID_ME_RE = re.compile(r"\b(?:cost|costing|set)\s+me\b", re.IGNORECASE)


def suggested(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the sentence suggests the figure at ``span`` before stating it ("we suggest
    --quality 90", "try --jobs 8"); a sentence that opens with a code name on its own line reads
    on from the words wrapped before it, up to the last sentence end ("For product photos we
    suggest\n  --quality 90")."""
    start = sentence[0]
    before = text[max(0, start - _WRAPPED) : start]
    if before.strip() and not re.search(r"[.!?:]\s*$", before):
        start -= len(re.split(r"[.!?:]\s", before)[-1])
    return _SUGGESTED_RE.search(text, start, span[0]) is not None


#: How far before its sentence a wrapped suggestion may start.
_WRAPPED = 40


def anecdote(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told as what once happened to the writer ("I did a
    fish-in cycle and it took eight weeks"), in its part of its ``sentence`` before it. Only
    those words count: the writer's past after the figure is about something else the writer
    did with it or saw ("the £1 to £2 a day I kept seeing quoted", "The 30% federal tax credit
    came off when I filed my taxes"), and a clause of its own before a break to another case
    (``_part``: "I was just about covering that, but the doses used to bring triglycerides down
    go up to 4 g") tells of its own subject. What the writer was told is advice reported ("I was
    told to stay at no more than 3 g a day"). What it cost the writer is theirs too ("The
    sessions cost me £90 each", "I paid £216")."""
    before = text[_part(text, span, sentence)[0] : span[0]]
    return _PAID_ME_RE.search(before) is not None or any(
        _DESCRIBED_RE.search(before, 0, found.start()) is None
        for found in _ANECDOTE_RE.finditer(before)
    )


#: A noun phrase right before the writer's "I" (an article, up to three words, no comma), whose
#: relative clause the writer's past opens: "A charity leaflet I picked up at the vet's said",
#: "Every plan I looked at had", "a rule of thumb I found oddly comforting": the past tells
#: where the figure was read, not what the writer did. Not a time ("that time I did it").
_DESCRIBED_RE = re.compile(
    r"\b(?:a|an|the|every|each|any|some|one)\s+(?:[a-z][\w'-]*\s+){0,3}?"
    r"(?!(?:time|day|week|month|year|morning|evening|night|moment|point|summer|winter)s?\s)"
    r"[a-z][\w'-]*\s+\Z",
    re.IGNORECASE,
)


#: How many times, more than once: "twice", "three times", "2 to 4 times", "two or three
#: times", "once or twice", "up to four times".
_SEVERAL = r"(?:\d+|two|three|four|five|six)"
_SEVERAL_TIMES = (
    rf"(?:(?:up\s+to|as\s+many\s+as)\s+)?(?:twice|once\s+or\s+twice"
    rf"|{_SEVERAL}(?:\s*(?:to|-|–|or)\s*{_SEVERAL})?\s+times)"
)
#: An amount taken more than once a day: "the dose is 250 mg twice a day" is one dose's, half
#: of a daily 500 mg; so is "500 micrograms two to four times a day".
_PER_DOSE_RE = re.compile(
    rf"\s*(?:,\s*)?{_SEVERAL_TIMES}\s+(?:(?:a|per|each)\s+day|daily)\b",
    re.IGNORECASE,
)
#: What an amount's words may name between it and its basis: "12 g of lactose at one time",
#: "6,000 FCC units of lactase each" (up to four words, no figure, no break).
_OF_WHAT = r"(?:[ \t\u00a0]+of[ \t\u00a0]+(?:[A-Za-z][\w'’-]*[ \t\u00a0]+){0,3}?[A-Za-z][\w'’-]*)?"
#: One sitting: "up to 12 g of lactose at one time", "about 5 g in one go", "0.5 mg at a time",
#: "in a single sitting" (one dose's, never a day's).
_ONE_SITTING_RE = re.compile(
    rf"{_OF_WHAT}[ \t\u00a0]*,?[ \t\u00a0]+(?:at|in)[ \t\u00a0]+(?:one|a|a[ \t\u00a0]+single)"
    r"[ \t\u00a0]+(?:time|go|sitting)\b",
    re.IGNORECASE,
)
#: A season's count, past what it counts: "about 40 of his birds each season".
_A_SEASON_AFTER_RE = re.compile(
    rf"{_OF_WHAT}[ \t\u00a0]+(?:a|per|each|every)[ \t\u00a0]+season\b", re.IGNORECASE
)
#: Things an amount is counted in, one of which holds it: "500 mg per tablet".
_ITEMS = (
    r"(?:tablet|capsule|pill|caplet|lozenge|sachet|spray|puff|drop|gummy|gummies|softgel|chew"
    r"|pastille|patch|vial|ampoule|scoop)s?"
)
#: One item's: "Tablets ... contain 3,000 FCC units each", "500 mg per tablet", "50 micrograms
#: in each spray", "10 mg apiece".
_EACH_AFTER_RE = re.compile(
    rf"{_OF_WHAT}[ \t\u00a0]+(?:(?:each|apiece)(?=[ \t\u00a0]*(?:[.,;:!?)\n]|\Z|and\b|or\b))"
    rf"|(?:per|in[ \t\u00a0]+(?:each|every|one|a[ \t\u00a0]+single)|a|for[ \t\u00a0]+each)"
    rf"[ \t\u00a0]+{_ITEMS}\b)",
    re.IGNORECASE,
)
#: One item's, said before the amount in its clause: "Each spray delivers 50 micrograms", "each
#: capsule contains 10 billion bacteria".
_EACH_BEFORE_RE = re.compile(
    rf"\b(?:each|every|one|a[ \t\u00a0]+single)[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?{_ITEMS}\b", re.I
)
#: An item's amount in brackets right after it: "stir one level scoop (3 g) into water".
_ITEM_BRACKET_RE = re.compile(
    rf"\b(?:each|every|one|a|per)[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?{_ITEMS}[ \t\u00a0]*\([ \t\u00a0]*\Z",
    re.I,
)
#: A unit amount of what holds it: "4.8 g of lactose per 100 ml", "13 g of protein in every
#: 100 g", "per 100 kcal".
_PER_AMOUNT_RE = re.compile(
    rf"{_OF_WHAT}[ \t\u00a0]+(?:per|in[ \t\u00a0]+(?:each|every))[ \t\u00a0]+"
    r"(?P<n>100|1,?000|10)[ \t\u00a0]*(?P<u>ml|millilit(?:re|er)s?|g|grams?|kcal|calories|kj)\b",
    re.IGNORECASE,
)
_AMOUNT_UNITS = {"ml": "mL", "millilit": "mL", "g": "g", "gram": "g", "kcal": "kcal",
                 "calorie": "kcal", "kj": "kJ"}  # fmt: skip
#: Amounts whose basis a sitting, an item or a unit amount makes special; a duration "at a
#: time" is how long one session lasts, as "15 minutes, three times a day" is (round 22 veins).
_BASED = frozenset({"dose", "activity", "volume", "count", "energy"})
#: Of those, the amounts one sitting makes special (a count "at a time" is a batch's size, as
#: "hands out queries 256 at a time" is the setting's value).
_SITTING = frozenset({"dose", "activity", "volume"})


def per_dose(text: str, span: tuple[int, int]) -> bool:
    """Whether the amount at ``span`` is taken several times a day ("250 mg twice a day", "500
    micrograms two to four times a day"): the amount of one dose, not of a day."""
    return _PER_DOSE_RE.match(text, span[1]) is not None


def amount_basis(text: str, span: tuple[int, int], clause: tuple[int, int], dimension: str) -> str:
    """What the amount at ``span`` is per when its words say it is one sitting's, one item's or
    a unit amount's, else "": ``dose`` for "up to 12 g of lactose at one time" and "about 5 g in
    one go" (which meet, and never meet "up to 18 g spread across the day"); ``each`` for
    "Tablets ... usually contain 3,000 FCC units each" and "Each spray delivers 50 micrograms"
    (one tablet's, never the 6,000 to 9,000 units needed with a meal, nor a day's 200
    micrograms); ``100 mL`` for "about 4.8 g of lactose per 100 ml" (never the 12 g of a 250 ml
    glass: 4.8 g per 100 ml is those 12 g, the same milk); ``season`` for a count of a season
    past what it counts ("about 40 of his birds each season")."""
    if dimension not in _BASED:
        return ""
    amount = _PER_AMOUNT_RE.match(text, span[1])
    if amount is not None:
        unit = amount["u"].lower().rstrip("s")
        unit = _AMOUNT_UNITS.get(unit, _AMOUNT_UNITS.get(unit[:8], unit))
        return f"{amount['n'].replace(',', '')} {unit}"
    if dimension in _SITTING and _ONE_SITTING_RE.match(text, span[1]):
        return "dose"
    if dimension == "count" and _A_SEASON_AFTER_RE.match(text, span[1]):
        return "season"  # "he sends about 40 of his birds each season": never the 80 he keeps
    if _EACH_AFTER_RE.match(text, span[1]):
        return "each"
    if _ITEM_BRACKET_RE.search(text, max(0, span[0] - 40), span[0]):
        return "each"
    before = text[clause[0] : span[0]]
    if _EACH_BEFORE_RE.search(before) and not re.search(r"\d", before):
        return "each"
    return ""


def among_ages(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The age group its sentence places the figure at ``span`` in ("Among participants over
    65, ... 52%": ``over 65``), or ""."""
    found = list(_AMONG_AGES_RE.finditer(text, sentence[0], span[0]))
    if not found:
        return ""
    side = found[-1]["side"].lower()
    side = {"older than": "over", "younger than": "under"}.get(side, side)
    return f"{side} {found[-1]['age']}"


#: "instead" closing a figure's clause, no other figure between: "If your kidneys do not work
#: well, we may start at 50 mg a day instead" (an alternative to a value said elsewhere).
_INSTEAD_RE = re.compile(r"[^.;:!?\n\d]{0,40}?\binstead\b(?=\s*(?:[.;:!?,)\n]|\Z))", re.IGNORECASE)
#: What makes an alternative one for a case, not the advice itself: a condition or a permission
#: ("If your kidneys ...", "we may", "you can"); "Take 2 tablets instead." corrects advice.
_CASE_RE = re.compile(r"\b(?:if|unless|may|might|can|could|sometimes)\b", re.IGNORECASE)


def alternative(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told as an alternative for a case by "instead" closing
    its clause, a condition or a permission before it in its ``sentence`` ("If your kidneys do
    not work well, we may start at 50 mg a day instead"): a special case (``basis:
    alternative``), not the general figure ("The starting dose is 100 mg once a day")."""
    return (
        _INSTEAD_RE.match(text, span[1]) is not None
        and _CASE_RE.search(text, sentence[0], span[0]) is not None
    )


def not_the_default(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is said to replace the default ("up to 10 times instead
    of the default"): an example's value, not what the setting is."""
    return _NOT_THE_DEFAULT_RE.match(text, span[1]) is not None


def told_earlier(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure (or advice) at ``span`` is told as what was said or done before
    ("Back in 2015, packets said…", "Doctors used to suggest…", "until 2019 the label said…",
    "Before 2.0, encryption was off by default", "Previously the default port was 8420",
    "Compression is off in older versions"): words of history in its part of its sentence
    (``sentence``: its [start, end)), the words between a change of time before it and one
    after it (``_OTHER_TIME_RE``: "`--strip-metadata` is now on by default; it used to be off"
    tells today's "on", and yesterday's "off")."""
    start, end = sentence
    for other in _OTHER_TIME_RE.finditer(text, sentence[0], sentence[1]):
        if other.end() <= span[0]:
            start = other.start() if other.group().lower() in _NOW else other.end()
        elif other.start() >= span[1]:
            end = other.start()
            break
    if _EARLIER_RE.search(text, start, end) is not None:
        return True
    # A series before the figure, its verb in the past: "The 1.x series used port 3000".
    if any(
        _PAST_VERB_RE.match(text[series.end() : end]) is not None
        for series in _SERIES_PAST_RE.finditer(text, start, span[0])
    ):
        return True
    return _older_release_told(text, start, span[0], end)


def _older_release_told(text: str, start: int, figure: int, end: int) -> bool:
    """Whether the part ``text[start:end]`` tells what a release older than the newest one its
    document names did, before the figure at ``figure``: the release as what the part is about
    ("Version 2 kept 7 days of run history", "In version 2, a failed job was retried twice",
    "v2 listens on 8080; ...") or followed by a past verb ("the default in version 2 was 3"),
    in a page that names version 3 too. The newest release stays today's, whatever its tense
    ("Version 3 keeps 30 days", "In version 3 the default changed to 0"), and so does any
    release in a page that names no newer one."""
    newest = _newest_release(text)
    if newest is None:
        return False
    for named in _NAMED_RELEASE_RE.finditer(text, start, figure):
        release = _release_key(named["r"])
        if release is None or release >= newest[: len(release)]:
            continue  # today's release (3 of 3.2), or one the page names nothing newer than
        about = _ABOUT_RELEASE_RE.fullmatch(text, start, named.start()) is not None
        if about or _PAST_VERB_RE.match(text[named.end() : end]) is not None:
            return True
    return False


#: A release named as a version ("version 2", "release 2.4", "v2", "v1.x", "version 2.x series").
_NAMED_RELEASE_RE = re.compile(
    r"(?<![\w.])(?:(?:version|release)\s+v?|v)(?P<r>\d{1,4}(?:\.\d{1,4}){0,2})(?:\.[xX])?(?![\w.]|\.\d)"
    r"(?:\s+(?:series|line|branch|releases?))?",
    re.IGNORECASE,
)
#: What may come before a release that a part is about: list marks, a preposition, "the", one
#: word of a name ("In version 2,", "With cronwheel version 2", "- Version 2").
_ABOUT_RELEASE_RE = re.compile(
    r"[\s*_>#|-]*(?:(?:in|with|under|on|for)\s+)?(?:the\s+)?(?:[A-Za-z][\w-]*\s+)?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def _newest_release(text: str) -> tuple[int, ...] | None:
    """The newest release of its own that ``text`` names: a changelog's release headings and
    the releases written as versions ("version 3", "v3.2", "2.x"), not a product's ("Python
    3.11", "PostgreSQL version 12": ``requirements.product_versions``); None when it names
    fewer than two different ones, so that nothing is older than another."""
    products = product_versions(text)
    found = {_release_key(version) for _, version in releases(text)}
    for named in _NAMED_RELEASE_RE.finditer(text):
        if not any(a < named.end() and named.start() < b for a, b in products):
            found.add(_release_key(named["r"]))
    known = [key for key in found if key is not None]
    return max(known) if len(known) > 1 else None


def _release_key(written: str) -> tuple[int, ...] | None:
    """A release as a tuple of its numbers ("2.4" is (2, 4)), or None when too long."""
    parts = written.split(".")
    return tuple(int(part) for part in parts) if len(parts) <= 3 else None


#: Words of today that begin the figure's part: history words before them are another time's.
_NOW = frozenset({"now", "today", "currently", "these days"})


def context_of(
    *,
    dimension: str,
    role: str,
    sentence_condition: str,
    population: str,
    clause: list[str],
    sentence: list[str],
    label: bool = False,
    ages: str = "",
    earlier: bool = False,
    example: bool = False,
    told: bool = False,
    dose: bool = False,
) -> dict[str, str]:
    """The context keys for a figure (``label``: a piece of advice in words) of ``dimension``
    with this role, the condition its sentence names ("" if none), its population, and the words
    of its clause and sentence (lower case); ``ages``: the age range it is about, or "";
    ``earlier``: whether its sentence tells what held before (``told_earlier``); ``example``:
    whether it is said to replace the default (``not_the_default``) or suggested for a setting
    (``suggested``); ``told``: whether its sentence tells the writer's own past (``anecdote``); ``dose``: whether
    the amount is one of several doses a day (``per_dose``)."""
    context: dict[str, str] = {}
    taken = dimension in _TAKEN or label
    if sentence_condition and taken and role != "trial":
        context["condition"] = sentence_condition
    if ages:
        context["population"] = ages
    elif population in _SPECIAL_POPULATIONS:
        context["population"] = population
    if role == "starting":
        context["phase"] = "starting"
    if example:
        context["basis"] = "example"
    if earlier and dimension != "year":
        # A year dates the event it names; what held before is no figure of today's.
        context["phase"] = "previous"
    if dose and dimension in _TAKEN:
        context["per"] = "dose"
    if label and _JUDGEMENT.search(" ".join(clause)):
        clause = _JUDGEMENT.sub(" ", " ".join(clause)).split()
    if (taken and _FIRST_PERSON & set(_without_reported(clause))) or (told and dimension != "year"):
        context["basis"] = "personal"
    elif label and _STUDY & set(sentence):
        context["basis"] = "study"
    return context


#: What the writer was told, advised or warned: advice reported, no amount of the writer's own.
_REPORTED = word_set("told advised asked instructed warned")


def _without_reported(clause: list[str]) -> list[str]:
    """The words of ``clause`` without the writer's "I" that advice was reported to ("I was told
    to stay at no more than 3 g a day": what a reader is advised, not what the writer takes)."""
    return [
        word
        for index, word in enumerate(clause)
        if not (word == "i" and clause[index + 1 : index + 2] in (["was"], ["were"])
                and clause[index + 2 : index + 3] and clause[index + 2] in _REPORTED)
    ]  # fmt: skip


# --- Modes, platforms, plans and places: a figure that holds only there -----------------------
#
# "In dev mode (larderd --dev), max_memory defaults to 64 MiB" is dev mode's memory cap, not the
# default the README gives: its draft gets ``mode: dev`` and leaves the general comparison (a key
# only one claim has makes it a special case, README "How claims are compared"); two documents'
# dev-mode caps still meet. Keys: ``mode`` (a mode, a mode's flag, a feature switched on or off),
# ``platform`` (an operating system, a processor, a container runtime, the browser),
# ``environment`` (production, staging, CI), ``plan`` (a plan or tier of a product) and
# ``place`` (a kind of area, or a named place set against the general figure in its sentence).

#: Modes, as written before "mode" (value: the normal name).
_MODES = {
    "dev": "dev",
    "development": "dev",
    "developer": "dev",
    "debug": "debug",
    "debugging": "debug",
    "test": "test",
    "testing": "test",
    "safe": "safe",
    "offline": "offline",
    "online": "online",
    "low power": "low-power",
    "low-power": "low-power",
    "power saving": "power-saving",
    "power-saving": "power-saving",
    "battery saver": "battery-saver",
    "battery-saver": "battery-saver",
    "eco": "eco",
    "economy": "eco",
    "turbo": "turbo",
    "boost": "boost",
    "performance": "performance",
    "high performance": "performance",
    "high-performance": "performance",
    "maintenance": "maintenance",
    "read-only": "read-only",
    "read only": "read-only",
    "readonly": "read-only",
    "strict": "strict",
    "demo": "demo",
    "trial": "trial",
    "sandbox": "sandbox",
    "headless": "headless",
    "standalone": "standalone",
    "cluster": "cluster",
    "cluster(?:ed)?": "cluster",
    "compatibility": "compatibility",
    "legacy": "legacy",
    "airplane": "airplane",
    "aeroplane": "airplane",
    "flight": "airplane",
    "kiosk": "kiosk",
    "private": "private",
    "incognito": "private",
    "guest": "guest",
    "night": "night",
    "sleep": "sleep",
    "standby": "standby",
    "quiet": "quiet",
    "silent": "quiet",
    "verbose": "verbose",
    "lite": "lite",
    "fast": "fast",
    "sport": "sport",
    "manual": "manual",
    "automatic": "auto",
    "auto": "auto",
}
_MODE_WORDS = "|".join(
    sorted((k.replace(" ", r"[\s-]") for k in _MODES if "(" not in k), key=len, reverse=True)
)
#: Flags that switch a mode on ("when run with --dev", "in --dry-run").
_MODE_FLAGS = (
    r"dev|development|debug|test|testing|dry-run|dryrun|offline|safe(?:-mode)?|low-power|eco"
    r"|turbo|fast|quick|lite|demo|sandbox|headless|standalone|cluster|strict|read-only|readonly"
    r"|no-cache|verbose|quiet|local|release|production|prod|profile|trace"
)
#: A mode named before or after the figure: "In dev mode", "under safe mode", "when running in
#: test mode", "Dev mode limits memory to 64 MiB", "in --dry-run", "when run with --dev",
#: "with compression enabled", "when caching is turned off".
_MODE_RE = re.compile(
    rf"\b(?:(?:in|under|using|with|on|while\s+in|when\s+in|when\s+(?:running|run|started|used)"
    rf"\s+in|(?:running|run|started)\s+in)\s+(?:the\s+|its\s+|a\s+)?(?P<mode>{_MODE_WORDS})"
    rf"[\s-]mode\b"
    rf"|(?P<mode_subject>{_MODE_WORDS})[\s-]mode\s+(?:(?:also|now|still|only|then)\s+)?"
    r"(?:sets|limits|caps|lowers|raises|reduces|increases|uses|keeps|gives|allows|defaults|binds"
    r"|runs|switches|changes|turns|is|has|makes|restricts)\b"
    r"|(?:in|under|with|using|when\s+(?:you\s+)?(?:run|running|started|starting|launched|pass"
    r"|passing|invoked|called)\s+(?:it\s+|[\w-]+\s+)?with|when\s+(?:you\s+)?pass(?:ing)?|if"
    rf"\s+you\s+pass)\s+[`'\"]?(?:\w[\w.-]*\s+)?--(?P<flag>{_MODE_FLAGS})\b(?![=\s]*\d)"
    r"|\b(?:with|when|while|whenever|once|if)\s+(?:the\s+)?(?P<feature>[a-z][a-z-]{2,30}?)\s+"
    r"(?:(?:is|are)\s+(?:(?:turned|switched)\s+)?(?P<is_state>on|off)\b"
    r"|(?:(?:is|are)\s+)?(?:(?:turned|switched)\s+)?(?P<state>enabled|disabled|activated"
    r"|deactivated|active)\b|(?P<bare_state>on|off)(?=\s*[,;:.)]|\s+by\s+default\b)))",
    re.IGNORECASE,
)
#: A list item or entry that opens with the mode: "- Dev mode (`--dev`): ... 64 MiB".
_MODE_ITEM_RE = re.compile(
    rf"^[ \t]*(?:[-*•+][ \t]+)?(?P<mode_item>{_MODE_WORDS})[\s-]mode(?:\s*\([^)\n]*\))?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
#: Words that are no feature one switches: "when it is on", "once this is enabled".
_NO_FEATURE = word_set(
    "it this that they these those which everything something nothing anything all one set "
    "turned switched not also always still only now kept left there here you we he she people "
    "patients someone anyone everyone"
)
#: Platforms (case as usually written; value: lower case).
_PLATFORMS = {
    "Windows": "windows",
    "macOS": "macos",
    "MacOS": "macos",
    "Mac OS X": "macos",
    "OS X": "macos",
    "Mac": "macos",
    "Macs": "macos",
    "Linux": "linux",
    "Android": "android",
    "iOS": "ios",
    "iPadOS": "ios",
    "iPhone": "ios",
    "iPhones": "ios",
    "iPad": "ios",
    "FreeBSD": "freebsd",
    "BSD": "bsd",
    "ChromeOS": "chromeos",
    "Chromebooks?": "chromeos",
    "ARM": "arm",
    "ARM64": "arm",
    "arm64": "arm",
    "aarch64": "arm",
    "Apple Silicon": "arm",
    "Raspberry Pi": "raspberry-pi",
    "WSL": "wsl",
    "WSL2": "wsl",
    "Docker": "docker",
    "a Docker container": "docker",
    "Kubernetes": "kubernetes",
    "k8s": "kubernetes",
    "the browser": "browser",
    "browsers": "browser",
    "mobile": "mobile",
    "desktop": "desktop",
    "32-bit systems": "32-bit",
    "32-bit": "32-bit",
    "64-bit systems": "64-bit",
    "Xbox": "xbox",
    "PlayStation": "playstation",
    "Switch": "switch",
    "AWS": "aws",
    "Azure": "azure",
    "GCP": "gcp",
    "Google Cloud": "gcp",
    "Heroku": "heroku",
    "Node": "node",
    "Node.js": "node",
    "Deno": "deno",
    "PyPy": "pypy",
    "CPython": "cpython",
    "Solaris": "solaris",
}
_PLATFORM_NAMES = "|".join(
    sorted((k.replace(" ", r"\s+").replace(".", r"\.") for k in _PLATFORMS), key=len,
           reverse=True)
)  # fmt: skip
_PLATFORM_RE = re.compile(
    rf"\b(?:(?i:on|under|in|inside|within|for|with)\s+(?:(?i:the\s+|a\s+|an\s+)?"
    rf"(?P<platform>{_PLATFORM_NAMES}))"
    r"(?:\s+(?i:hosts?|machines?|systems?|devices?|phones?|tablets?|servers?|builds?"
    r"|platforms?|clusters?|nodes?|images?|apps?|clients?|browsers?))?"
    r"|(?P<platform_owner>(?:Windows|macOS|Linux|Android|iOS|ARM|Docker|Kubernetes|Mac|"
    r"iPhone|mobile|desktop)\s+(?i:users|builds|installs|devices|phones|machines|hosts"
    r"|clients|apps|versions?|images)))(?!\s*\d)(?![\w-]|\.\w)",
)
#: Environments: "in production", "on staging", "in a CI environment", "production deployments".
_ENVIRONMENTS = {
    "production": "production",
    "prod": "production",
    "staging": "staging",
    "ci": "ci",
    "development": "dev",
    "dev": "dev",
    "test": "test",
    "testing": "test",
    "qa": "test",
}
_ENVIRONMENT_RE = re.compile(
    r"\b(?:(?:in|on|for)\s+(?P<env>production|prod|staging|CI)\b"
    r"(?!\s+(?:mode|release|since|until|from|by|of|in\s+\d|for\s+\d))"
    r"|(?:in|on|for)\s+(?:a|the|your|our)\s+(?P<env_named>production|prod|staging|CI|development"
    r"|dev|test|testing|QA)\s+(?:environments?|envs?|clusters?|servers?|deployments?|setups?"
    r"|systems?|instances?)\b"
    r"|(?P<env_owner>production|staging)\s+(?:deployments|clusters|servers|instances|systems"
    r"|environments|setups|use)\b)",
    re.IGNORECASE,
)
#: Plans and tiers: "on the free plan", "Pro-tier accounts", "for Enterprise customers",
#: "paying customers", "paid users".
_PLAN_WORDS = (
    r"free|pro|professional|premium|basic|starter|plus|team|teams|business|enterprise|paid|hobby"
    r"|student|growth|ultimate|gold|silver|bronze|platinum|community"
)
_PLAN_RE = re.compile(
    rf"\b(?:(?P<plan>{_PLAN_WORDS})[\s-](?:plans?|tiers?|subscriptions?|editions?|accounts?"
    r"|licen[cs]es?|memberships?|users|customers|subscribers|workspaces|organi[sz]ations|orgs"
    r"|version)"
    r"|(?P<paying>paying|paid-up|subscribed)\s+(?:customers|users|members|subscribers|accounts)"
    r"|(?:for|to)\s+(?P<subscribers>subscribers|non-subscribers)"
    r")\b",
    re.IGNORECASE,
)
#: Parts of a land named by their lie or place (a part of the whole a general figure covers).
_LANDS = (
    r"uplands|highlands|lowlands|hills|hill\s+country|valleys?|plains?|coast(?:line)?s?"
    r"|coastal\s+(?:strip|belt|towns)|moors|moorlands?|fens|fenlands?|mountains|islands"
    r"|outskirts|suburbs|hinterland|heartlands?|borderlands?|border\s+areas?"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?=\s+of\b)"
)
#: A kind of area: "in rural areas", "in remote communities", "in cities".
_AREA_RE = re.compile(
    r"\b(?:in|across|for|among)\s+(?:the\s+|most\s+|many\s+|some\s+)?"
    r"(?:(?P<area>rural|urban|remote|coastal|inner[\s-]city|suburban|deprived|affluent|poorer"
    r"|wealthier|upland|island|mountain|northern|southern|eastern|western)\s+(?:areas?|regions?"
    r"|communities|districts|parts|towns|villages|settings|counties|neighbou?rhoods|postcodes"
    r"|households|schools|hospitals|practices)"
    r"|(?P<area_noun>cities|towns|the\s+countryside|villages|inner\s+cities))\b"
    # A part of a country or region named by its lie of the land: "In the granite uplands of
    # Kessel County, one in four homes", "Along the eastern clay plain, fewer than 2%", "on the
    # west coast", "in the river valleys".
    r"|\b(?:in|across|along|on|around|throughout|among)\s+the\s+(?:[a-z-]+\s+){0,2}"
    rf"(?P<land>{_LANDS})\b",
    re.IGNORECASE,
)
_AREA_NOUNS = {"cities": "urban", "inner cities": "urban", "towns": "towns",
               "the countryside": "rural", "villages": "rural"}  # fmt: skip
#: A named place set against the general figure in its sentence: "In Scotland the rate was 12%,
#: against 9% nationally". A news story's place alone is everyone's: no key.
_NAMED_PLACE_RE = re.compile(
    r"\b(?:[Ii]n|[Ff]or|[Aa]cross|[Aa]mong)\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\b(?!\s+(?:mode|plan|tier|edition)\b)"
)
_GENERAL_PLACE_RE = re.compile(
    r"\b(?:nationally|nationwide|national(?:ly)?\s+(?:average|figure|rate|level)|across\s+the\s+"
    r"(?:country|nation|UK|US|EU|whole\s+country)|(?:for|in)\s+the\s+(?:country|nation|UK|US"
    r"|EU|region)\s+as\s+a\s+whole|country-wide|countrywide|UK-wide|the\s+national\s+average"
    r"|the\s+average\s+across)\b",
    re.IGNORECASE,
)
#: Words that set a mode, platform or plan aside rather than name the figure's: "unlike dev
#: mode", "except on Windows", "even in dev mode" (it holds there too), "outside production",
#: "upgrade to the Pro plan" (a plan one may move to).
_SET_ASIDE_RE = re.compile(
    r"\b(?:unlike|except|excepting|other\s+than|outside(?:\s+of)?|apart\s+from|aside\s+from"
    r"|besides|but\s+not|not|never|even|including|instead\s+of|rather\s+than|unless|beyond"
    r"|upgrade\s+to|upgrading\s+to|switch\s+to|switching\s+to|move\s+to|moving\s+to|leave"
    r"|leaving|exit|exiting|disable|disabling|turn\s+off|turning\s+off|all|every|any|each|both)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: Where another case begins in a sentence: a mode named in one part is not the other part's.
_PART_BREAK_RE = re.compile(
    r"[;()\[\]—]|\s[-–]\s|\b(?:but|whereas|while(?!\s+in\b)|although|though|otherwise"
    r"|elsewhere|everywhere\s+else|so\s+that|so\s+as\s+to|in\s+order\s+to|because"
    r"|which\s+means)\b",
    re.IGNORECASE,
)
#: A figure's number, to tell whether another figure stands between it and a phrase after it.
_NUMBER_RE = re.compile(r"\d")
#: How far after the figure a phrase may name its mode or platform ("64 MiB in dev mode").
_AFTER = 40


def _part(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """The figure's part of its sentence: between breaks to another case before and after it
    (brackets only when they close after the figure: "In dev mode (larderd --dev), ... 64 MiB"
    keeps its mode)."""
    start, end = sentence
    for other in _PART_BREAK_RE.finditer(text, sentence[0], sentence[1]):
        if other.group() in "()[]":
            continue
        if other.end() <= span[0]:
            start = other.end()
        elif other.start() >= span[1]:
            end = other.start()
            break
    line = text.rfind("\n", 0, start) + 1
    if _MARKER_RE.fullmatch(text, line, start):
        start = line  # a list item's marker ("- Dev mode (`--dev`): ..."), read from its line
    return start, end


#: What may stand before a sentence on its line: a list item's marker.
_MARKER_RE = re.compile(r"[ \t]*(?:[-*•+]|\d{1,2}[.)])?[ \t]*")


def _phrases(
    pattern: re.Pattern[str], text: str, span: tuple[int, int], part: tuple[int, int]
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that name the figure's case: before it in its part, or just
    after it with no other figure between ("64 MiB in dev mode"); not one set aside ("unlike dev
    mode"), nor one that is the figure itself ("Windows 10", a flag's own value)."""
    found = []
    for match in pattern.finditer(text, part[0], part[1]):
        if match.start() < span[1] and match.end() > span[0]:
            continue
        if match.start() >= span[1]:
            between = text[span[1] : match.start()]
            if len(between) > _AFTER or _NUMBER_RE.search(between) or "," in between:
                continue
            if _PART_BREAK_RE.search(text, span[0], match.start()):
                # "always converted to sRGB so that they display correctly in browsers": a
                # purpose (or another case) inside a long span of advice.
                continue
        if _SET_ASIDE_RE.search(text, part[0], match.start()) and _SET_ASIDE_RE.search(
            text[max(part[0], match.start() - 30) : match.start()]
        ):
            continue
        found.append(match)
    return found


#: After a figure, words that make it a time since an event ("a year now", "2 years ago").
_SINCE_RE = re.compile(r"\s*(?:now|ago|already|so\s+far|to\s+date)\b", re.IGNORECASE)


#: How much of a feature's name names it again ("compress" of "compression", "compressed").
_STEM = 6


def _named_again(text: str, match: re.Match[str], part: tuple[int, int]) -> bool:
    """Whether the feature a switch names ("When compression is enabled") is named again after
    it in the figure's part ("only values of at least 1024 bytes are compressed"): the figure is
    the feature's own (its threshold, its level), not another figure in a mode of it."""
    stem = match["feature"].lower()[:_STEM]
    return (
        re.search(rf"\b{re.escape(stem)}", text[match.end() : part[1]], re.IGNORECASE) is not None
    )


def _listed(text: str, match: re.Match[str], group: str) -> bool:
    """Whether the platform ``match`` names is one of a list ("on Windows and Linux", "for
    Windows, macOS or Linux"): the platforms a thing is for, in general."""
    after = text[match.end(group) : match.end(group) + 40]
    before = text[max(0, match.start(group) - 40) : match.start(group)]
    names = rf"(?:the\s+)?(?:{_PLATFORM_NAMES})\b"
    return bool(
        re.match(rf"\s*(?:,|/|\band\b|\bor\b|&)\s*(?:\w+\s+){{0,2}}{names}", after)
        or re.search(rf"{names}\s*(?:,|/|\band\b|\bor\b|&)\s*(?:\w+\s+){{0,2}}$", before)
    )


def special_case(
    text: str, span: tuple[int, int], sentence: tuple[int, int], own: str | None = ""
) -> dict[str, str]:
    """The context keys of a figure (or advice) at ``span`` that holds only in a mode, on a
    platform, in an environment, on a plan or in a kind of place its sentence names ("In dev
    mode, max_memory defaults to 64 MiB": ``mode: dev``; "Free-plan accounts get 5 GB":
    ``plan: free``; "on Windows the cache lives ... 2 GB": ``platform: windows``), or {}.
    ``own``: the words of the figure's subject, or None for advice in words. A feature switched
    on or off ("With compression enabled, each node stores 2 GB") is a mode of a figure only, and
    not of a figure of the feature's own ("`tls_ca` is required when TLS is enabled", a subject
    of ``tls``): advice's "when" and "if" are its condition (``advice_condition``)."""
    if _SINCE_RE.match(text, span[1]):
        # "Windows builds have been available for about a year now": a time since an event,
        # which dates it as a year does; the event is no special case.
        return {}
    part = _part(text, span, sentence)
    context: dict[str, str] = {}
    for match in [
        *_phrases(_MODE_ITEM_RE, text, span, part),
        *_phrases(_MODE_RE, text, span, part),
    ]:
        named = match.groupdict().get("mode_item") or match["mode"] or match["mode_subject"]
        if named:
            word = re.sub(r"[\s-]+", " ", named.lower())
            context["mode"] = _MODES.get(word, _MODES.get(word.replace(" ", "-"), word))
        elif match["flag"]:
            flag = match["flag"].lower()
            context["mode"] = _MODES.get(flag, flag)
        elif (
            own is not None
            and match["feature"].lower() not in _NO_FEATURE
            and not _named_again(text, match, part)
            and match["feature"].lower()[:_STEM] not in own.lower()
        ):
            state = (match["state"] or match["is_state"] or match["bare_state"]).lower()
            off = state in {"disabled", "off", "deactivated"}
            context["mode"] = f"{match['feature'].lower()} {'off' if off else 'on'}"
    for match in _phrases(_PLATFORM_RE, text, span, part):
        group = "platform" if match["platform"] else "platform_owner"
        if _listed(text, match, group):
            continue
        name = match[group]
        key = name if match["platform"] else name.split()[0]
        key = re.sub(r"\s+", " ", key)
        context["platform"] = _PLATFORMS.get(key, key.lower())
    for match in _phrases(_ENVIRONMENT_RE, text, span, part):
        name = (match["env"] or match["env_named"] or match["env_owner"]).lower()
        context["environment"] = _ENVIRONMENTS.get(name, name)
    for match in _phrases(_PLAN_RE, text, span, part):
        if match["plan"]:
            context["plan"] = match["plan"].lower().replace("professional", "pro")
        else:
            context["plan"] = "non-paying" if "non" in match.group().lower() else "paid"
    for match in _phrases(_AREA_RE, text, span, part):
        if match["land"]:
            context["place"] = re.sub(r"[\s-]+", "-", match["land"].lower())
        elif match["area"]:
            context["place"] = re.sub(r"[\s-]+", "-", match["area"].lower())
        else:
            context["place"] = _AREA_NOUNS[re.sub(r"\s+", " ", match["area_noun"].lower())]
    if "place" not in context:
        place = _named_place(text, span, part, sentence)
        if place:
            context["place"] = place
    return context


def _named_place(
    text: str, span: tuple[int, int], part: tuple[int, int], sentence: tuple[int, int]
) -> str:
    """The place named before the figure at ``span`` when its sentence sets it against the
    general figure ("In Scotland the rate was 12%, against 9% nationally": ``scotland`` for 12%,
    none for 9%, which "nationally" names), else ""."""
    if _GENERAL_PLACE_RE.search(text, sentence[0], sentence[1]) is None:
        return ""
    named = list(_NAMED_PLACE_RE.finditer(text, part[0], span[0]))
    if not named or named[-1]["place"].split()[0] in _NOT_PLACES:
        return ""
    if _GENERAL_PLACE_RE.search(text, named[-1].end(), span[0]):
        return ""
    after = _GENERAL_PLACE_RE.search(text, span[1], min(part[1], span[1] + _AFTER))
    if after and not _NUMBER_RE.search(text, span[1], after.start()):
        return ""
    return named[-1]["place"].lower()


#: Capitalised words after "in" that are no place: months, days, versions, sections.
_NOT_PLACES = word_set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Version Section Chapter Table "
    "Figure Part Step Phase Stage The This That These Those Total Contrast Addition Fact "
    "General Practice Summary Short Brief Particular"
)


# --- Who says it, of what, for whom: the context a look-alike's sentence gives -----------------
#
# Four classes of figure look like another document's figure of one quantity and are not:
#
# - a suggestion (``basis: suggestion``): what someone proposes ("He suggests a passphrase of 16
#   characters or more", "a good rule of thumb is 2 litres"), not a rule a service enforces
#   ("We now require passwords of at least 10 characters") nor a fact. Two suggestions still meet;
# - the effect of a command's example value (``example: --limit-upload 2048``): "For example,
#   --limit-upload 2048 caps uploads at 2 MiB/s" tells what that value does, not the default, and
#   another value's effect ("to cap uploads at 5 MiB/s, pass --limit-upload 5120") is another
#   example. Two documents' figures for one value still meet;
# - the condition a course of treatment is for (``condition``): "Lyme arthritis is usually
#   treated for 28 days" and "Early Lyme disease is treated with antibiotics for three weeks";
# - a study's protocol (``basis: study``): "volunteers reapplied their repellent every 2 hours"
#   is what a study's participants did, not advice.

#: One person's suggestion, quoted: "He suggests", "Dr Patel proposed", "her rule of thumb".
#: Not an authority's ("paediatricians typically suggest", "Some sachet products suggest": the
#: advice of a body or a label, which meets other advice) nor "recommend" (official advice).
_SUGGESTION_RE = re.compile(
    r"\b(?:(?P<who>[Hh]e|[Ss]he|[A-Z][a-z]+)\s+(?:(?:also|now|still|personally|instead)\s+)?"
    r"(?:suggests|suggested|proposes|proposed|would\s+(?:go\s+for|opt\s+for|aim\s+for))"
    r"|(?:[Hh]is|[Hh]er|[Mm]y)\s+(?:own\s+)?(?:tip|suggestion|rule\s+of\s+thumb|preference))\b"
)
#: Who may "suggest" a fact without proposing anything: evidence ("research suggests 20%").
_EVIDENCE = word_set(
    "research evidence data study studies trial trials findings figures results analysis "
    "analyses survey surveys polls poll numbers statistics this that it which estimates models "
    "signs records tests measurements reports report"
)


def suggestion(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is what someone suggests, by words before it in its
    sentence ("He suggests a passphrase of 16 characters or more"): not a rule, not evidence
    ("Research suggests 20% ...")."""
    for match in _SUGGESTION_RE.finditer(text, sentence[0], span[0]):
        who = (match["who"] or "").lower()
        if (
            match["who"]
            and who not in {"he", "she"}
            and not re.search(r"\w[ \t]+\Z", text[sentence[0] : match.start()])
        ):
            continue  # a word opening its sentence is no name: "Studies suggest"
        if who in _EVIDENCE or (who.endswith("s") and who[:-1] in _EVIDENCE):
            continue
        if _NUMBER_RE.search(text, match.end(), span[0]):
            continue  # another figure between: the suggestion is that figure's
        return True
    return False


#: A command-line flag given with a value: "--limit-upload 2048", "--jobs=8", "-j 4".
_FLAG_VALUE_RE = re.compile(
    r"(?<![\w-])(?P<flag>--[a-z][\w-]*|-[a-zA-Z])(?:=|[ \t]+)(?P<value>\d[\d.,]*[a-zA-Z]{0,3})\b"
)


#: Words that make a flag's value one chosen for the example, not what holds unless set.
_EXAMPLE_VALUE_RE = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.\s?g\.|such\s+as|say,|instead|(?:a|any|another)"
    r"\s+(?:different|other|free|spare|unused|custom)\b|different|custom)",
    re.IGNORECASE,
)


def flag_example(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The flag and value whose effect the figure at ``span`` tells ("--limit-upload 2048 caps
    uploads at 2 MiB/s": ``--limit-upload 2048``), or "": a figure in a sentence that passes a
    flag a value other than the figure is that value's effect, an example."""
    for match in _FLAG_VALUE_RE.finditer(text, sentence[0], sentence[1]):
        if match.start() < span[1] and match.end() > span[0]:
            # The figure is the flag's own value: an example's when its sentence says it is one
            # or one to choose ("for example quill serve --port 4001", "run quill serve --port
            # 5050 instead", "use a different port, say --port 9000"), else none.
            if _EXAMPLE_VALUE_RE.search(text, sentence[0], sentence[1]):
                return f"{match['flag']} {match['value'].rstrip('.,')}"
            return ""
    found = list(_FLAG_VALUE_RE.finditer(text, sentence[0], sentence[1]))
    if len(found) != 1:
        return ""
    return f"{found[0]['flag']} {found[0]['value'].rstrip('.,')}"


#: Words of a course of treatment: the duration is how long the treated condition's course is.
_TREATED_RE = re.compile(
    r"\b(?P<cond>(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)\s+(?:is|are)\s+"
    r"(?:(?:usually|often|normally|typically|generally|commonly|mostly|then|best)\s+)?"
    r"(?:treated|managed|cured)\b"
    r"|\b(?:treat(?:s|ing)?|to\s+treat|treatment\s+(?:of|for)|therapy\s+for|course\s+for"
    r"|antibiotics\s+for|prescribed\s+for)\s+(?P<cond_after>(?:[A-Za-z][\w'-]*\s+){0,3}?"
    r"[A-Za-z][\w'-]*)(?=\s+(?:is|are|lasts?|takes?|runs?|with|for|by|usually|typically|normally)"
    r"\b|\s*[,;:.])",
    re.IGNORECASE,
)
#: Words that are no condition: determiners, pronouns, and the course's own words.
_NOT_CONDITION = word_set(
    "a an the this that these those it they which who most many some all any each your their "
    "his her its our my usually often normally typically generally infection infections "
    "patients people adults children it's one course treatment antibiotics with for"
)
#: Durations of treatment need one of these in their clause.
_COURSE_WORDS = re.compile(
    r"\b(?:treat(?:s|ed|ing|ment)?|courses?|therapy|antibiotics?|prescri\w*|regimen)\b",
    re.IGNORECASE,
)


def treated_condition(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The condition a course of treatment at ``span`` is for ("Lyme arthritis is usually treated
    for 28 days": ``lyme arthritis``), named in its sentence before it, or ""."""
    if not _COURSE_WORDS.search(text, sentence[0], span[0]):
        return ""
    found = list(_TREATED_RE.finditer(text, sentence[0], span[0]))
    if not found:
        return ""
    said = (found[-1]["cond"] or found[-1]["cond_after"]).lower().split()
    while said and said[0] in _NOT_CONDITION:
        said = said[1:]
    while said and said[-1] in _NOT_CONDITION:
        said = said[:-1]
    return " ".join(said)


#: Past forms of what participants do that the lexicon's table of irregular verbs lacks.
_PAST_MORE = word_set("sat stood lay slept spent kept wore ran swam rode took did got went")
#: A study's participants doing something (past tense): the study's protocol, not advice.
_PROTOCOL_RE = re.compile(
    r"\b(?:participants|volunteers|subjects|recruits|the\s+(?:treated|intervention|control)"
    r"\s+group|each\s+group|both\s+groups|those\s+in\s+the\s+\w+\s+group)\s+(?:(?:all|also|then"
    r"|each)\s+)?(?:(?:were\s+(?:told|asked|instructed)|had)\s+to\s+[a-z]+|\w+ed|were\s+given|"
    + "|".join(sorted({*IRREGULAR_PAST, *_PAST_MORE}, key=len, reverse=True))
    + r")\b"
    r"(?<!\baged)(?<!\bbased)(?<!\bneed)",
    re.IGNORECASE,
)


#: A sentence set in a study by its opening words, its verb in the past: "In that study, doses
#: were raised by 50 mg every week" (what the study did, not what a reader is advised).
_IN_STUDY_RE = re.compile(
    r"\s*(?:in|during)\s+(?:that|this|the|a|one|their|our|each|both)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:study|studies|trial|trials|experiment)\b[^.;:!?\n]*?\b(?:was|were|had|\w+ed)\b",
    re.IGNORECASE,
)


def protocol(
    text: str, span: tuple[int, int], clause: tuple[int, int], sentence_start: int = -1
) -> bool:
    """Whether the figure at ``span`` is what a study's participants did, told in its clause
    before it ("volunteers reapplied their repellent every 2 hours"), or in a sentence (from
    ``sentence_start``) set in a study ("In that study, doses were raised by 50 mg every
    week")."""
    if _PROTOCOL_RE.search(text, clause[0], span[0]) is not None:
        return True
    if sentence_start < 0:
        return False
    return _IN_STUDY_RE.match(text, sentence_start, span[1]) is not None


#: Events a frequency may belong to, named as nouns ("a tick check every 2 hours", "a short
#: break every hour"): how often that event happens, not how often the sentence's other action
#: is done. General English's nouns of events one repeats (not doses: "a dose every 6 hours" is
#: how often a medicine is taken, said so in most pages with "take it every 6 hours").
_EVENTS = word_set(
    "check checks inspection inspections test tests break breaks rest rests stop stops pause "
    "pauses stretch walk walks patrol patrols round rounds visit visits review reviews count "
    "counts reading readings measurement measurements scan scans sweep sweeps backup backups sync "
    "syncs snapshot snapshots refresh poll heartbeat ping meeting meetings call calls report "
    "reports update updates reminder reminders alarm alarms drill drills meal meals snack snacks "
    "feed feeds feeding feedings shower showers wash washes bath baths clean cleaning service "
    "services rotation rotations shift shifts cycle cycles session sessions lesson lessons class "
    "classes tour tours departure departures sailing sailings bus buses train trains flight "
    "flights screening screenings appointment appointments"
)
_EVENT_RE = re.compile(
    r"\b(?:a|an|one|the|your|their|our)\s+(?:[\w-]+\s+){0,2}?(?P<event>[a-z]+)\s+"
    r"(?:(?:once\s+)?every|each)?\s*\Z",
    re.IGNORECASE,
)


def frequency_event(text: str, span: tuple[int, int], clause: tuple[int, int]) -> str:
    """The event a frequency at ``span`` is of, named as a noun just before it ("stop for a tick
    check every 2 hours": ``check``), or ""."""
    start = span[0]
    opening = re.match(r"(?:once\s+)?(?:every|each)\s+", text[span[0] : span[1]], re.IGNORECASE)
    if opening is None and not re.search(r"\b(?:every|each)\s*\Z", text[clause[0] : start]):
        return ""
    found = _EVENT_RE.search(text[max(clause[0], start - 60) : start])
    if found is None or found["event"].lower() not in _EVENTS:
        return ""
    return found["event"].lower().rstrip("s") if found["event"].lower() != "bus" else "bus"


# --- A part against the whole ---------------------------------------------------------------
#
# "Marrowby Royal Infirmary alone admitted 140 patients" is one hospital's count, a part of
# "Hospitals in the city admitted 412 people": its draft gets ``part`` (what the part is), so a
# part's figure never meets the whole's, while two documents' figures of one named part still do.

#: Rooms and subdivisions of a place, named after "in the": a part of the place's whole.
#: (Not words that also name a time or a whole: "in the quarter" is a business quarter more
#: often than a district, "the largest in the region" names the whole; nor "home", "house",
#: "office", "unit", "site", "sector", said of any figure.)
_PART_PLACES = (
    r"living room|sitting room|lounge|kitchen|bedroom|bathroom|hallway|attic|loft|basement"
    r"|cellar|flat|apartment|classroom|ward|wing|department|district"
    r"|borough|neighbou?rhood|precinct|block|building|campus|suburb"
)
_PART_RE = re.compile(
    # A named thing "alone": "Marrowby Royal Infirmary alone admitted", "The NHS alone spent".
    r"(?P<alone>(?:\b[A-Z][\w'’&.-]*\s+){0,4}?\b[A-Za-z][\w'’&.-]*)\s+alone\b(?!\s+(?:or|and)\b)"
    # One of many: "at one hospital", "in a single ward", "at just one school".
    r"|\b(?:at|in|from|on|for)\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+"
    r"(?!(?:day|week|month|year|hour|minute|second|go|sitting|dose|way|case|place|time|night)s?\b)"
    r"(?P<one>[a-z]+)\b"
    # A room or subdivision: "in the living room", "in my flat", "in the north district".
    rf"|\bin\s+(?:the|my|our|his|her|their|its|one)\s+(?P<room>(?:[a-z]+\s+)?(?:{_PART_PLACES}))\b"
    # A figure counting some of a group named before: "including 12 children", "among them 40".
    r"|\b(?P<some>including|among\s+them|among\s+those|of\s+whom|of\s+which)"
    r",?\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|just)\s+)?\Z",
    re.IGNORECASE,
)
#: After a figure: "140 of them", "12 of those": some of a group named before; or, after a
#: count, "Two of the vehicles", "3 of the injured": some of a group the page counts elsewhere
#: (not "24 of the 60 seats", whose whole is given, nor a share, "40% of the patients").
_SOME_OF_RE = re.compile(
    r"\s+(?:\w+\s+)?of\s+(?:them|those|these|whom)\b"
    r"|(?<=[\da-z])\s+of\s+the\s+(?:[a-z]+\s+)?(?!(?:was|has|is|does|says|goes)\b)[a-z]+(?:s|ed)\b"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)
#: A count's own text that names the whole it is part of by its size or a pronoun: "Six of
#: the eight", "188 of them".
_OF_SIZE_RE = re.compile(
    r"\s+of\s+(?:(?:the|those|these|all)\s+(?:remaining\s+)?\w+|them|those|these|whom)\Z"
)
#: A count's own text: digits, or a number in words ("Two").
_COUNT_RE = re.compile(r"[\d,]+|[A-Za-z]+(?:-[a-z]+)?")
#: Words before "alone" that make it no part: "not alone", "left alone", a whole ("the whole
#: city alone" is no part of itself), a time ("this year alone", "in July alone").
_NOT_A_PART = frozenset(
    [
        "not",
        "left",
        "let",
        "leave",
        "leaving",
        "being",
        "be",
        "is",
        "are",
        "was",
        "were",
        "feel",
        "felt",
        "stand",
        "standing",
        "live",
        "living",
        "lives",
        "lived",
        "go",
        "went",
        "travel",
        "whole",
        "entire",
        "all",
        "every",
        "total",
        "city",
        "country",
        "nation",
        "world",
        "it",
        "this",
        "that",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "today",
        "yesterday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "summer",
        "winter",
        "autumn",
        "spring",
    ]
)


def part_of(text: str, span: tuple[int, int], clause: tuple[int, int]) -> str:
    """What part of a whole the figure at ``span`` is of, named before it in its clause ("...
    Infirmary alone admitted 140", "in the living room"), or right after it ("140 of them"), or
    "" when it is the whole's."""
    if _OF_SIZE_RE.search(text, span[0], span[1]):
        return "some"  # "Six of the eight": a part of a group named by its size (``elided``)
    some = _SOME_OF_RE.match(text, span[1])
    if some and ("of the " not in some[0].lower() or _COUNT_RE.fullmatch(text, span[0], span[1])):
        return "some"
    found = ""
    for match in _PART_RE.finditer(text, clause[0], span[0]):
        if match["alone"]:
            named = match["alone"].split()
            if named[-1].lower() in _NOT_A_PART or (
                len(named) > 1
                and named[-2].lower()
                in {
                    "whole",
                    "entire",
                }
            ):
                continue
            found = " ".join(w.lower() for w in named if w.lower() not in {"the", "a", "an"})
        elif match["one"]:
            found = match["one"].lower()
        elif match["room"]:
            found = " ".join(match["room"].lower().split())
        elif match["some"]:
            found = "some"
    if found:
        return found
    # Just after it, no comma or figure between: "it was 33 degrees in the living room".
    after = _ROOM_AFTER_RE.match(text, span[1], clause[1])
    return " ".join(after["room"].lower().split()) if after else ""


_ROOM_AFTER_RE = re.compile(
    rf"(?:\s+[a-z]+){{0,2}}?\s+in\s+(?:the|my|our|his|her|their|its|one)\s+"
    rf"(?P<room>(?:[a-z]+\s+)?(?:{_PART_PLACES}))\b",
    re.IGNORECASE,
)


# --- The size of the thing a figure is measured on ------------------------------------------
#
# "a 10,000-page site now builds in 12 seconds" and "A 1,000-page site builds in 1.5 seconds" are
# two sizes of one benchmark: the build time is the size's (``size: 10000 page``), so only times
# of one size meet; the size itself names the instance measured, no claim of its own to set
# against another instance's ("Sites with more than 50,000 pages need about 2 GB").

#: An instance named by its size: "a 10,000-page site", "an 8-bedroom house", "Sites with more
#: than 50,000 pages" (a general noun and its size; not a study's, "a 380-person trial").
_SIZED_RE = re.compile(
    r"\b(?:a|an|one|each|any|every)\s+(?P<n>\d[\d,.]*)[-\u2011](?P<unit>[a-z]+?)s?\s+"
    r"(?!(?:trial|study|pilot|survey|cohort|review|analysis|experiment)s?\b)[a-z]+"
    r"|\b[a-z]+s\s+with\s+(?P<side>more\s+than|over|under|fewer\s+than|less\s+than|up\s+to"
    r"|at\s+least)?\s*(?P<n2>\d[\d,.]*)\s+(?P<unit2>[a-z]+?)s?\b",
    re.IGNORECASE,
)
_SIDES = {"more than": ">", "over": ">", "under": "<", "fewer than": "<", "less than": "<"}
#: Another figure of the sentence: digits not glued to a name ("rfc4180", "utf8", "v2").
_FIGURE_RE = re.compile(r"(?<![\w.])\d")


def sized(
    text: str, span: tuple[int, int], sentence: tuple[int, int], *, measured: bool = False
) -> str:
    """The size of the instance the figure at ``span`` is measured on, named in its sentence
    with another figure ("a 10,000-page site now builds in 12 seconds": ``10000 page`` for both
    figures), or "". A size in a unit of measure (``measured``: "a 25-metre fishing lugger
    built in 1911") is the thing's own length, weight or volume, a claim: no size of itself."""
    for match in _SIZED_RE.finditer(text, sentence[0], sentence[1]):
        number = match["n"] or match["n2"]
        start, end = match.span("n" if match["n"] else "n2")
        itself = span[0] < end and start < span[1]
        if match.end() <= span[0] or itself:
            side = _SIDES.get(" ".join((match["side"] or "").lower().split()), "")
            if itself and (measured or not _FIGURE_RE.search(text, match.end(), sentence[1])):
                return ""  # the size alone in its sentence: what it says of itself
            unit = (match["unit"] or match["unit2"]).lower()
            return f"{side}{number.replace(',', '').rstrip('.')} {unit}"
    return ""


#: A figure as a report writes it: a number, with a currency or unit word before or after it.
_NUMBER = r"\d[\d,. ]*\d|\d"
#: The bare figure of a parenthesis: "(EUR 33.1 million)", "(40.5%)", "(SEK 2.10)".
_BARE_PAREN_RE = re.compile(
    rf"\(\s*(?P<before>[^\d()\s]{{1,4}}\s?)?(?:{_NUMBER})(?P<after>\s?[%a-zA-Z€$£]{{0,12}})\s*\)"
)


def comparative(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is the comparative figure a report writes in parentheses
    right after its own: "Gross margin improved to 41.2% (40.5%)", "EBIT of EUR 38.9 million
    (EUR 33.1 million)" (the same period a year before, as interim reports write it). The
    parenthesis holds the bare figure alone, and the figure before it is written in the same
    unit and the same way (a conversion, "20 US gallons (75 litres)", "SEK 4.62 billion (EUR 412
    million)", is no comparative)."""
    opening = text.rfind("(", max(0, span[0] - 8), span[0] + 1)
    if opening < 0:
        return False
    paren = _BARE_PAREN_RE.match(text, opening)
    if paren is None or not paren.start() <= span[0] < paren.end():
        return False
    before, after = (paren["before"] or "").strip(), paren["after"].strip()
    own = rf"{re.escape(before)}\s?" if before else ""
    # The figure just before the parenthesis, in the same unit: "EUR 38.9 million ".
    previous = re.compile(rf"{own}(?:{_NUMBER})\s?{re.escape(after)}\s*$")
    return previous.search(text, max(0, opening - 40), opening) is not None


#: A sentence that opens with the reader's own case: "If you take blood thinners such as
#: warfarin, go to A&E if bleeding lasts more than 10 minutes"; "If you are on dialysis, ...".
_READERS_CASE_RE = re.compile(
    r"[\s*_>#-]*(?:if|when)\s+you(?:\s+are|['’]re)?\s+"
    r"(?:take|taking|on|use|using|have|having)\s+(?P<what>[^,;:.!?\d]{3,40}?)\s*,",
    re.IGNORECASE,
)
#: Where the reader's case stops naming its kind: "blood thinners such as warfarin".
_CASE_END_RE = re.compile(r"\s+(?:such\s+as|like|e\.g|including|or\s+any|for)\b.*", re.I)
#: Cases that are no group of readers: the figure's own event ("If you have a nosebleed,"), or
#: any reader ("If you have time,", "If you have questions,").
_NO_CASE = word_set(
    "a an any one it this that time questions question doubts symptoms symptom problems "
    "trouble access been never needed already just ever not tried got to no"
)


def readers_case(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The group of readers a sentence's advice is for when the sentence opens with it, the
    figure after it: "If you take blood thinners such as warfarin, go to A&E if bleeding lasts
    more than 10 minutes" is ``blood thinners`` (it leaves the general figure's comparison, as
    a condition does); "" for "If you have a nosebleed, pinch for 10 minutes" (the event
    itself) or "If you have questions, call ..."."""
    found = _READERS_CASE_RE.match(text, sentence[0], sentence[1])
    if found is None or found.end() > span[0]:
        return ""
    what = _CASE_END_RE.sub("", found["what"]).strip().lower()
    what = what.removeprefix("had ")  # "If you have had shingles yourself, ..."
    what = re.sub(r"\s+(?:yourself|recently|before|already|now)$", "", what)
    words = what.split()
    if not words or words[0] in _NO_CASE or len(words) > 4:
        return ""
    return what

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
  a value said to replace the default ("retried up to 10 times instead of the default").
  An age group a sentence opens with ("Among participants over 65, ... 52%") is a
  ``population`` (``over 65``) too.

The placebo or control arm (``arm: placebo``) is read in ``propose``.
"""

from __future__ import annotations

import re

from factcheck.extract.mentions.lexicon import word_set

#: Populations that are a special case: adults are the general population of most figures.
_SPECIAL_POPULATIONS = frozenset({"pregnancy", "infants", "adolescents", "children", "older"})
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
    text: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> str:
    """The ages the figure at ``span`` is about: the nearest age range before it in its sentence
    ("toddlers aged 1 to 2 need 11 to 14 hours and teenagers aged 13 to 18 need 8 to 10 hours"),
    else one after it in its clause, as ``ages 6-12``; "" when none is stated. An age range is
    about itself: "aged 4 to 8" and "aged 9 to 13" are two groups, not two figures in dispute."""
    own = _AGES_RE.search(text, max(sentence[0], span[0] - 16), span[1])
    if own is not None and span[0] <= own.start(1) < span[1]:
        return _ages(own)
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
    r"|(?:old|older|former|earlier|previous) (?:labels?|packets?|guidance|guidelines?|advice"
    r"|recommendations?|versions?|releases?)\b"
    r"|until (?:recently\b|(?:19|20)\d\d\b)"
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
_ANECDOTE_RE = re.compile(
    r"\bI\s+(?:did|had|tried|kept|took|got|ran|used|went|made|found|saw|was|\w+ed)\b"
)


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


def anecdote(sentence: str) -> bool:
    """Whether ``sentence`` tells what once happened to the writer ("I did a fish-in cycle and
    it took eight weeks")."""
    return _ANECDOTE_RE.search(sentence) is not None


#: An amount taken more than once a day: "the dose is 250 mg twice a day" is one dose's, half
#: of a daily 500 mg.
_PER_DOSE_RE = re.compile(
    r"\s*(?:,\s*)?(?:twice|three times|four times|\d+ times)\s+(?:(?:a|per|each)\s+day|daily)\b",
    re.IGNORECASE,
)


def per_dose(text: str, span: tuple[int, int]) -> bool:
    """Whether the amount at ``span`` is taken several times a day ("250 mg twice a day"): the
    amount of one dose, not of a day."""
    return _PER_DOSE_RE.match(text, span[1]) is not None


def among_ages(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The age group its sentence places the figure at ``span`` in ("Among participants over
    65, ... 52%": ``over 65``), or ""."""
    found = list(_AMONG_AGES_RE.finditer(text, sentence[0], span[0]))
    if not found:
        return ""
    side = found[-1]["side"].lower()
    side = {"older than": "over", "younger than": "under"}.get(side, side)
    return f"{side} {found[-1]['age']}"


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
    return _EARLIER_RE.search(text, start, end) is not None


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
    if (taken and _FIRST_PERSON & set(clause)) or (told and dimension != "year"):
        context["basis"] = "personal"
    elif label and _STUDY & set(sentence):
        context["basis"] = "study"
    return context

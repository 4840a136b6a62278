"""What a figure measures, read as a key of grouping: a page's only figure of one key states the
page's one value of that quantity, which another page's only figure of the same key, in other
words and at another value, may contradict ("expects 150,000 visitors a year", "hopes to attract
250,000 visitors annually").

The key is the figure's family, its rate (``Mention.per``: "a year", "annually" and "per year"
are all ``year``), its context, and the thing measured:

- a count's counted noun: people by the noun itself ("visitors" and "volunteers" are two
  groups of people), other nouns by their singular and synonyms ("galleries", "gallery";
  "ships", "vessels");
- and whether the figure is told as the past: a figure of a time before the page's ("Before it
  closed, the museum drew about 90,000 visitors a year", "last year", "in 2019", "used to") is
  another quantity than today's, which a page may state beside it.
"""

from __future__ import annotations

import re

from factcheck.extract.grouping.twice import counted_thing
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.counted import thing
from factcheck.extract.subjects.paraphrase import PEOPLE_NOUNS
from factcheck.extract.subjects.propose import stem

#: Words before a figure in its sentence that tell it of a time before the page's: a past
#: period named ("last year", "in 2019", "a decade ago"), a time before an event ("before it
#: closed", "before the pandemic", "until last year"), or a former state ("previously",
#: "formerly", "used to", "at the time", "back then", "originally").
_PAST_RE = re.compile(
    r"\b(?:before\s+(?:it|they|the|its|their|that|this)\b|until\s+(?:last|recently)\b"
    r"|last\s+(?:year|season|month|week|summer|winter|spring|autumn|time|decade|century)\b"
    r"|(?:a|one|two|three|four|five|ten|twenty|\d+)\s+(?:years?|months?|decades?|weeks?)\s+ago\b"
    r"|previously|formerly|originally|used\s+to|at\s+the\s+time|back\s+then|back\s+in"
    r"|in\s+(?:1[89]|20)\d\d\b|in\s+the\s+(?:past|old\s+days)\b|once\s+(?:drew|had|was|were))",
    re.IGNORECASE,
)
#: Words after a figure that tell it of the past ("... a year before it closed", "in 2019").
_PAST_AFTER_RE = re.compile(
    r"^[^.;:]{0,40}?\b(?:before\s+(?:it|they|its|their)\s+clos|last\s+year|a\s+year\s+earlier"
    r"|in\s+(?:1[89]|20)\d\d\b|years?\s+ago\b)",
    re.IGNORECASE,
)


def thing_counted(noun: str) -> str:
    """The thing a count's noun counts, one key for synonyms (``counted.thing``: "visitors",
    "spectators": ``attendee``; "ships", "vessels": ``ship``), else the noun's stem; people by
    their noun too, never as people at large (a page counts many groups of people, and "1,200
    visitors" and "1,600 volunteers" are two counts); "" without a noun or for times something
    is done ("three times")."""
    last = noun.lower().strip().split()[-1] if noun.strip() else ""
    if not last:
        return ""
    if last in PEOPLE_NOUNS:
        return thing(last) or stem(last)
    return counted_thing(last)


def told_as_past(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told of a time before the page's, by words before it
    in its sentence or shortly after it."""
    before = text[sentence[0] : span[0]]
    after = text[span[1] : sentence[1]]
    return bool(_PAST_RE.search(before) or _PAST_AFTER_RE.search(after))


#: Words that open a clause before its subject ("If ringing in your ears lasts ...", "When the
#: pump runs ...").
_OPENERS = word_set(
    "if when once while whereas although though because since unless until after before and but "
    "so as where"
)
#: Determiners and possessives before a noun phrase's words.
_DETERMINERS = word_set(
    "the a an your my our their its his her this that these those each every any some most many "
    "typical average standard ordinary normal"
)
#: Prepositions that end a noun phrase's head and open its complement ("ringing in your ears",
#: "a car at full speed").
_PREPOSITIONS = word_set(
    "in on at of for from with by to into over under near inside outside during within"
)
#: Verbs that link a subject to its figure, whatever the measure: being, having, lasting,
#: running, reaching, producing, taking, needing, costing, weighing, measuring...; and the
#: auxiliaries and modals before them.
_LINKING = word_set(
    "is are was were be been being has have had does do did can could will would should may might "
    "must shall lasts last lasted runs run ran reaches reach reached produces produce produced "
    "makes make made takes take took needs need needed costs cost weighs weigh weighed measures "
    "measure measured gives give gave generates generate emits emit hits hit peaks peak peaked "
    "stays stay stayed remains remain remained lasts keeps keep kept holds hold held uses use used "
    "sits sit rises rise rose falls fall fell averages average averaged tops top topped exceeds "
    "exceed exceeded goes go went gets get got creates create puts put registers register "
    "registered blasts blast"
)
#: Adverbs that stand between a subject and its verb.
_ADVERBS = word_set(
    "often only also usually still just now even already always never sometimes typically "
    "generally normally mostly rarely seldom soon then therefore thus"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: Nouns too general to say what is measured ("it", "this", "that", "one", "level").
_VAGUE = word_set(
    "it this that one ones which who they there these those what you we i he she someone anyone "
    "everyone people level levels amount amounts "
    "number figure value total rate time times thing things"
)


def subject_noun(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The head noun of the subject of the figure's clause, when a linking verb joins the two:
    "a petrol lawnmower produces around 91 dB" and "a petrol lawnmower runs at about 98 dB at the
    operator's ear" (``lawnmower``), "If ringing in your ears lasts more than 24 hours" and "If
    the ringing is still there after three days" (``ringing``). "" when the clause before the
    figure opens with no noun phrase and verb in that order."""
    start = sentence[0]
    for match in re.finditer(r"[,;:()\u2014\u2013]|\s-\s", text[sentence[0] : span[0]]):
        start = sentence[0] + match.end()
    words = [w.lower() for w in _WORD_RE.findall(text[start : span[0]])]
    while words and words[0] in _OPENERS:
        words = words[1:]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    phrase: list[str] = []
    at = 0
    while at < len(words) and words[at] not in _LINKING and words[at] not in _PREPOSITIONS:
        phrase.append(words[at])
        at += 1
    if not phrase or len(phrase) > 3:
        return ""
    # (a complement after the head: "ringing in your ears", up to three words)
    if at < len(words) and words[at] in _PREPOSITIONS:
        rest = words[at + 1 :]
        for skip in range(min(len(rest), 4)):
            if rest[skip] in _LINKING:
                at = at + 1 + skip
                break
        else:
            return ""
    if at >= len(words) or words[at] not in _LINKING:
        return ""
    # (adverbs between the subject and its verb: "Rock concerts often reach 110 dB")
    while phrase and (phrase[-1] in _ADVERBS or phrase[-1].endswith("ly")):
        phrase.pop()
    if not phrase:
        return ""
    head = phrase[-1]
    if head in _VAGUE or head in _DETERMINERS or "'" in head:
        return ""
    return counted_thing(head) or head

"""A stance on one named action: a verb and its object, and whether the reader is told (or
allowed) to do it or told not to, or told that it helps or does nothing ("Avoid grip-strengthening
exercises, such as squeezing a stress ball" against "Squeezing a soft ball ... helps strengthen
the hand"; "Police are asking people not to park on the coast road" against "drivers may park on
the verges of the coast road"; "a single instance is safe to share between threads" against
"Sharing an instance between threads is not supported").

The readers of ``polarity``, ``statements`` and ``instructions`` match two pieces of advice by
the key words of their whole action or thing, so the same action said with one modifier more or
less ("switch to patience" and "switch to the patience algorithm", "squeezing a stress ball" and
"squeezing a soft ball") is two actions there, and some stances of general English are read by
none of them: a thing that helps or does nothing ("X helps", "X can ease the itching", "X does
nothing for chilblains"), a thing (not) supported ("Sharing an instance between threads is not
supported"), a permission or a request given to a group of readers ("drivers may park ...",
"asking people not to park ..."), an example an avoided class names ("Avoid grip exercises, such
as squeezing a stress ball").

Each **named action** is a verb lemma (the verb's stem, ``use`` for a thing said to help or do
nothing: "Calamine lotion does nothing" is about using calamine lotion) and its **object**: the
stems of the object's content words, without the adjectives of size, texture or number that do
not make another thing ("a soft ball", "a single instance", "big inputs"). Its value is ``do``
(told to, allowed, it helps, it is supported) or ``do not`` (told not to, it does nothing, it is
not supported). Its **case** is the stems of a "for" phrase of the part ("for large files", "for
future launches": "big" read as "large") and an "until" phase right after the part ("until your
symptoms settle"). ``grouping.named_actions`` relates two documents' named actions only when they
have opposite values, one verb, one object within the other's (``same_object``), and cases that
agree (``same_case``); nothing is drafted for a question, speculation, a figure, or a negation
the marker does not own.

A stance said as a judgement of the thing or the action (stance33) is the same named action:
"We don't recommend tea tree oil" (use tea tree oil, ``do not``), "Putting wrenflake IDs in public
URLs is fine" (put wrenflake IDs, ``do``), "Duct tape works", "A hot bath won't make your veins any
worse", "A Matcher is not thread-safe" (share a Matcher between threads), "Two processes can
safely share a worker ID". A condition stays the stance's case: a "while" clause, a phrase after
the judgement ("is not recommended in pregnancy"), and an "if" or "when" condition (``IF`` and its
words), which meets only a stance said "even" in that very case ("Never share a worker ID ...,
even on different machines").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.polarity import DO, DO_NOT, read_every_part
from factcheck.extract.subjects.actions import FUNCTION_WORDS, action_key
from factcheck.extract.subjects.propose import Proposal

#: The family of a named action's subject: ``grouping.named_actions`` relates these.
NAMED_ACTION = "named action"
#: What marks the words of a case and of the verb among the subject's keywords.
CASE = "@"
VERB = "!"
#: A phase that ends ("until your symptoms settle") among a case's words: the stance holds now,
#: so it meets a stance said for every case (see ``same_case``).
UNTIL = "@until"
#: A condition the stance holds under ("if they run on different machines") among a case's
#: words: it meets only a stance said "even" in that case (see ``same_case``).
IF = "@if"

_APOS = r"['’]"
_N_T = rf"(?:\s+not|n{_APOS}t)"
#: Groups of general English a notice or a report addresses ("drivers may park", "asking people
#: not to park", "Visitors are welcome to come").
_READERS = (
    r"(?:people|drivers|motorists|visitors|spectators|residents|the\s+public|members\s+of\s+the\s+"
    r"public|walkers|cyclists|users|customers|patients|parents|passengers|travellers|travelers|"
    r"everyone|anyone|fans|guests|callers|applications|programs|apps)"
)
_ASKING = (
    r"(?:ask|asks|asking|asked|urge|urges|urging|urged|tell|tells|telling|told|advise|advises|"
    r"advising|advised|warn|warns|warning|warned|remind|reminds|reminding|reminded)"
)
#: Who gives a permission or a request, before "says": "Saltness Council says drivers may park".
_ATTRIBUTION = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,4}(?:says|said|say)\s+(?:that\s+)?", re.UNICODE)
_LEAD = re.compile(
    r"(?:and|then|so|also|instead|afterwards|first|finally|please|now)\b,?\s+|"
    r"for\s+(?P<case>(?:[\w'’-]+\s+){0,3}[\w'’-]+),\s+",
    re.IGNORECASE,
)
#: Markers before the action's verb, each with its value.
_OPENERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (rf"(?:you\s+should\s+|please\s+)?(?:never|do\s+not|don{_APOS}t)\s+(?:ever\s+)?", DO_NOT),
        (rf"you\s+(?:should|must){_N_T}\s+|you\s+(?:should|must)\s+never\s+", DO_NOT),
        (r"avoid\s+", DO_NOT),
        (r"cut\s+(?:down|back)\s+on\s+|cut\s+out\s+", DO_NOT),
        (rf"{_READERS}\s+(?:should|must|may|can){_N_T}\s+|{_READERS}\s+(?:should|must)\s+never\s+",
         DO_NOT),
        (r"(?:you\s+should\s+)?always\s+", DO),
        (r"(?:you|" + _READERS + r")\s+(?:can|may)\s+(?:also\s+|safely\s+|still\s+)?"
         r"(?!see\b|find\b|expect\b|notice\b|read\b|get\b|learn\b|want\b|need\b|have\b|be\b)",
         DO),
        (r"(?:you\s+are|" + _READERS + r"\s+are)\s+(?:welcome|free|allowed)\s+to\s+", DO),
        (r"feel\s+free\s+to\s+", DO),
        (rf"it\s+is\s+(?:perfectly\s+)?(?:safe|fine|ok|okay)\s+to\s+|it{_APOS}s\s+"
         r"(?:perfectly\s+)?(?:safe|fine|ok|okay)\s+to\s+", DO),
        (r"our\s+(?:recommendation|advice)\s+is\s+(?:always\s+)?to\s+", DO),
        (r"(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:can|may)\s+safely\s+", DO),
    )
)  # fmt: skip
#: A judgement of a thing or an action said by the writer: "We don't recommend tea tree oil",
#: "We recommend turning strict mode on" (the thing is used; a gerund is the action).
_RECOMMEND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (rf"(?:we|i)\s+(?:do{_N_T}|don{_APOS}t|would{_N_T}|wouldn{_APOS}t|never|can{_N_T}|"
         rf"can{_APOS}t|cannot)\s+recommend\s+", DO_NOT),
        (r"(?:we|i)\s+(?:would\s+|strongly\s+|always\s+|do\s+)?recommend\s+(?!that\b)", DO),
    )
)  # fmt: skip
#: A request that is reported, anywhere in the part: "Police are asking people not to park".
_ASKED = re.compile(
    rf"\b{_ASKING}\s+(?:all\s+|any\s+)?{_READERS}\s+(?P<not>not\s+)?to\s+", re.IGNORECASE
)
#: Where a judgement said after its thing ends: the part, or a case ("is fine for children",
#: "is safe on babies") read as such.
_JUDGED_END = r"(?=\s*(?:[,.;:!)]|$|\s+(?:for|on|in|with|during|at)\b))"
#: Markers after the thing: it helps or does nothing, it is supported or not, it is safe to VERB.
_CLOSERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (r"\s+(?:do|does|did|will)\s+nothing\b", DO_NOT),
        (rf"\s+(?:does|do|will|did){_N_T}\s+(?:help|work)\b|\s+won{_APOS}t\s+(?:help|work)\b",
         DO_NOT),
        (rf"\s+(?:is|are){_N_T}\s+(?:officially\s+)?supported\b", DO_NOT),
        (rf"\s+(?:is|are){_N_T}\s+safe\s+to\s+(?=\w)", DO_NOT),
        (r"\s+should\s+be\s+avoided\b", DO_NOT),
        (r"\s+(?:helps|can\s+help|will\s+help)\b", DO),
        (r"\s+(?:can|will)\s+(?:ease|relieve|soothe|calm)\b|\s+(?:eases|relieves|soothes)\b", DO),
        (r"\s+(?:is|are)\s+(?:fully\s+)?supported\b", DO),
        (r"\s+(?:is|are)\s+(?:perfectly\s+)?safe\s+to\s+(?=\w)", DO),
        (r"\s+is\s+what\s+(?:sorted|fixed|cured|cleared|helped)\b", DO),
    )
)  # fmt: skip
#: Where a judgement said after its thing ends: the part, or a case ("is fine for children",
#: "is not recommended in pregnancy") read as the stance's case (``_after_case``).
_JUDGED_END = r"(?=\s*(?:[,.;:!)]|$|\s+(?:for|on|in|with|during|at)\b))"
#: A judgement of the thing after it (stance33): it is fine, safe, harmless, recommended or not,
#: it works or has not been shown to, it does no harm, it won't make things worse, it is (not)
#: thread-safe (share it between threads), it is the best way; tried after ``_CLOSERS``.
_JUDGEMENTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (rf"\s+(?:has|have){_N_T}\s+been\s+(?:shown|proven|proved)\s+to\s+(?:work|help)"
         + _JUDGED_END, DO_NOT),
        (rf"\s+(?:is|are){_N_T}\s+(?:recommended|advised|advisable)" + _JUDGED_END, DO_NOT),
        (rf"\s+(?:is|are){_N_T}\s+thread-?safe\b", DO_NOT),
        (r"\s+(?:is|are)\s+(?:unsafe|harmful|dangerous|pointless|useless|best\s+avoided|a\s+bad\s+"
         r"idea|a\s+waste\s+of\s+(?:time|money))" + _JUDGED_END, DO_NOT),
        (rf"\s+(?:is|are){_N_T}\s+(?:worth\s+(?:it|trying|the\s+money)|a\s+good\s+idea)"
         + _JUDGED_END, DO_NOT),
        (rf"\s+(?:won{_APOS}t|will\s+not|doesn{_APOS}t|does\s+not|don{_APOS}t|do\s+not)\s+"
         r"make\s+(?:[\w'’]+\s+){0,3}?(?:any\s+)?worse\b", DO),
        (r"\s+(?:is|are)\s+(?:perfectly\s+|absolutely\s+|completely\s+)?(?:fine|ok|okay|"
         r"all\s+right|harmless|safe)" + _JUDGED_END, DO),
        (rf"\s+(?:do|does|did|will\s+do)\s+no\s+harm\b|\s+(?:won{_APOS}t|will\s+not|"
         rf"doesn{_APOS}t|does\s+not|don{_APOS}t|do\s+not)\s+do\s+(?:any\s+)?harm\b", DO),
        (r"\s+(?:really\s+|actually\s+)?(?:works|(?:does|do)\s+work)(?=\s*(?:[,.;:!)]|$|\s+"
         r"(?:wonders|well|just\s+as\s+well|for\s+(?:me|many|most|a\s+lot)\b)))", DO),
        (r"\s+(?:is|are)\s+(?:recommended|encouraged|a\s+good\s+idea|(?:well\s+)?worth\s+"
         r"(?:it|trying|the\s+money))" + _JUDGED_END, DO),
        (r"\s+(?:is|are)\s+thread-?safe\b", DO),
        (r"\s+(?:is|are)\s+the\s+(?:best|quickest|easiest|simplest|safest|fastest|surest)\s+"
         r"way\b", DO),
    )
)  # fmt: skip
#: A negation before a closing marker turns it round twice; speculation and belief say no stance.
_NOT_BEFORE = re.compile(
    rf"\b(?:not|never|no|nothing|nobody|no\s+one|none|n{_APOS}t)\b", re.IGNORECASE
)
_UNSURE = word_set(
    "might could would whether perhaps possibly probably maybe myth myths claim claims claimed "
    "think thinks believe believes heard used previously formerly unless without except"
)
_FIGURE = re.compile(r"\d")
#: Where an action's object ends: a clause, a reason, a time, a case, an example.
_OBJECT_STOP = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:because|so|since|but|which|who|until|while|than|rather|and\s+can|"
    r"and\s+is|and\s+may|for|at|during|by|before|after|from|when|if|as|such\s+as|including|"
    r"every|each|several|once|twice|with|on|in|into|onto|to|against|under|over|between|across|"
    r"through|around|near|without|within|inside|outside|about|like)\b",
    re.IGNORECASE,
)
#: A preposition right after the verb is the verb's own ("park on the coast road", "switch to
#: patience", "share between threads"): the object is the noun phrase after it.
_VERB_PREPOSITION = re.compile(
    r"\s*(?:on|in|into|onto|to|against|under|over|between|across|through|around|with|off|"
    r"out|up|down|away|back)\s+",
    re.IGNORECASE,
)
#: Words of an object that name no other thing: adjectives of size, texture, number, and light
#: words ("a soft ball" is a ball, "a single instance" an instance, "big inputs" inputs).
_NOT_OBJECT = FUNCTION_WORDS | word_set(
    "soft hard small big large huge tiny little single new old gentle light heavy good bad "
    "several plain simple ordinary regular normal whole entire full also still now not no "
    "directly just between against through across around among within inside outside near "
    "about"
)
#: Adjectives of one meaning in a case ("for large files", "for big inputs").
_SAME_SIZE = {"big": "large", "huge": "large", "bigger": "large", "larger": "large"}
#: Verbs that open no action after an opener: what the reader will see or be, and the verbs that
#: turn the advice round ("don't forget the ears", "don't let the price put you off").
_NO_ACTION = word_set(
    "be is are see find expect notice feel get have need want know forget worry let hesitate "
    "panic bother assume think believe"
)
#: An object named by a pronoun: which thing ("don't stretch it beyond that").
_PRONOUN_OBJECT = re.compile(
    r"\s*(?:it|them|this|that|these|those|one|him|her)(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|"
    r"to|in|on|at|for|with|from|beyond|into|off|out|up|down|back|away|again|yourself|until|"
    r"before|after|if|when|unless)\b)",
    re.IGNORECASE,
)
#: Words that make a thing before a closing marker a clause, no noun phrase ("LDN may itself",
#: "small, steady changes are what", "lowers inflammation").
_NOT_THING = word_set(
    "may might can will would is are was were be it its itself they them this that these those "
    "what which who there here you we i he she one ones how why where whatever nothing"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|--?[a-z][\w-]*")
#: A gerund that opens a thing ("Squeezing a soft ball", "Sharing an instance"): a word in
#: -ing and then a determiner or a preposition; "Soothing lotions" is an adjective and its noun.
_GERUND = re.compile(
    r"(?P<verb>[A-Za-z]{3,}ing)\s+(?=(?:a|an|the|your|my|their|his|her|its|this|that|one|on|in|"
    r"into|to|with|off|out|up)\b)",
    re.IGNORECASE,
)
#: A gerund with no determiner after it, its object and then a preposition ("Putting wrenflake
#: IDs in public URLs is fine"), not an adjective and its noun ("Soothing lotions are fine").
_BARE_GERUND = re.compile(
    r"(?P<verb>[A-Za-z]{3,}ing)\s+(?=[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s+(?:in|into|"
    r"on|onto|between|across|under|over|through)\s)",
    re.IGNORECASE,
)
#: A time a thing is avoided for or around: "for the first two days", "after lunchtime".
_TIMED = re.compile(
    r"\b(?:for|after|before|beforehand|afterwards|until|during|within|while|when|once)\b",
    re.IGNORECASE,
)
_SUCH_AS = re.compile(
    r",?\s+(?:such\s+as|like|including)\s+(?P<example>[A-Za-z]{3,}ing\s+[^,;:.()]+)", re.I
)
_EXAMPLES = re.compile(r"\s+(?:such\s+as|like|including)\s+(?P<examples>[^,;:.()]+)", re.I)
_AND_OR = re.compile(r"\s+(?:and|or)\s+|,\s*", re.IGNORECASE)
_THING_START = re.compile(r"[,;:]|\b(?:that|and|but|says?|said)\b", re.IGNORECASE)
_FOR_CASE = re.compile(
    r"\bfor\s+(?!(?:a|an|one|about|around|up|at|several|some|the\s+first)\b)(?P<case>(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)
_TIME_WORDS = word_set(
    "minute minutes hour hours day days week weeks month months year years second seconds "
    "while ever good"
)
_ADVERB = re.compile(r"[A-Za-z]+ly\s+(?=[a-z])")
_UNTIL_AFTER = re.compile(r"\s*,?\s*until\b", re.IGNORECASE)


@dataclass(frozen=True)
class NamedAction:
    """One stance on one named action."""

    span: tuple[int, int]
    """[start, end) of the part of the sentence that says it."""
    label: str
    """``do`` or ``do not``."""
    verb: str
    """The stem of the action's verb (``squeez``, ``park``, ``use``)."""
    objects: frozenset[str]
    """Stems of the object's content words (``stress``, ``ball``), or empty for a verb alone."""
    said: str
    """The action as written, for the subject's label."""
    case: frozenset[str] = frozenset()
    """Stems of its "for" phrase and ``UNTIL`` for an "until" phase after it; ``IF`` and the
    stems of its condition for a stance under a condition."""
    even: frozenset[str] = frozenset()
    """Case words of an "even" phrase of a stance said in every case ("Never share a worker ID
    ..., even on different machines": ``@differ``, ``@machin``): the stance holds there too."""


def find_named_actions(text: str, index: TextIndex) -> list[NamedAction]:
    """Every named action in ``text``, in text order: at most one per part of a sentence with no
    condition, and one more for each action an avoided class names as its example."""
    found: list[NamedAction] = []
    for condition, reading in read_every_part(text, index, _read):
        if not condition:
            found.extend(reading)
            continue
        said = _case_words(_CONDITION_SUBJECT.sub("", condition, count=1))
        found.extend(replace(a, case=a.case | said | {IF}, even=frozenset()) for a in reading)
    return sorted(found, key=lambda a: a.span)


def _read(text: str, start: int, end: int) -> tuple[NamedAction, ...] | None:
    while start < end and not text[start].isalnum():
        start += 1
    part = text[start:end]
    if (
        not part
        or part.rstrip().endswith("?")
        or _FIGURE.search(part)
        or {w.lower() for w in _WORD.findall(part)} & _UNSURE
    ):
        return None
    until = frozenset({UNTIL}) if _UNTIL_AFTER.match(text, end) else frozenset()
    until |= _while(text, end)
    case = _case(part) | _phase(part) | until
    found = _opened(part, start, case) or _closed(part, start, until)
    even = _even(part) | _even_after(text, end)
    if even and not case:
        found = tuple(replace(a, even=even) for a in found)
    return found or None


#: A "while" clause right after the part: "Wash your hair every day ... while the flaking is bad".
_WHILE_AFTER = re.compile(r"\s*,?\s*while\s+(?P<case>[^,.;:!?()]{1,60})", re.IGNORECASE)


#: The subject and the verb that open a condition ("they run on different machines"): the
#: case is what follows ("on different machines").
_CONDITION_SUBJECT = re.compile(r"^(?:they|you|it|we|he|she|this|that|these|those)\s+\S+\s+")
#: An "even" phrase of a stance in every case: ", even on different machines", "even if ...".
_EVEN = re.compile(
    r",?\s+even\s+(?:if|when|on|in|at|for|with|during|after|before|across)\s+"
    r"(?P<case>[^,.;:!?()]{1,60})",
    re.IGNORECASE,
)


def _even(part: str) -> frozenset[str]:
    """The case words of an "even" phrase in the part ("Never share a worker ID between two
    running processes, even on different machines": ``@differ``, ``@machin``)."""
    found = _EVEN.search(part)
    return _case_words(found["case"]) if found is not None else frozenset()


def _even_after(text: str, end: int) -> frozenset[str]:
    """The case words of an "even if" or "even when" clause right after the part (a part of its
    own: ``polarity`` breaks a sentence there)."""
    found = _EVEN.match(text, end)
    return _case_words(found["case"]) if found is not None else frozenset()


def _case_words(said: str) -> frozenset[str]:
    return frozenset(
        CASE + action_key(w) for w in _words(said) if w not in _NOT_OBJECT and len(w) > 1
    )


def _while(text: str, end: int) -> frozenset[str]:
    """The stems of a "while" clause right after a part, as case words: the stance holds while
    it lasts, so it meets only a stance said for that time ("while the flaking is bad")."""
    found = _WHILE_AFTER.match(text, end)
    if found is None:
        return frozenset()
    said = _words(found["case"])
    return frozenset(CASE + action_key(w) for w in said if w not in FUNCTION_WORDS and len(w) > 1)


def _opened(part: str, offset: int, case: frozenset[str]) -> tuple[NamedAction, ...]:
    """The action after an opening marker or a reported request."""
    at = 0
    attributed = _ATTRIBUTION.match(part)
    if attributed is not None:
        at = attributed.end()
    lead = _LEAD.match(part, at)
    if lead is not None:
        at = lead.end()
    for pattern, label in _OPENERS:
        opened = pattern.match(part, at)
        if opened is not None:
            return _actions(part, offset, opened.end(), label, case)
    for pattern, label in _RECOMMEND:
        opened = pattern.match(part, at)
        if opened is not None:
            first = _WORD.match(part, opened.end())
            if first is not None and first.group().lower().endswith("ing"):
                return _actions(part, offset, opened.end(), label, case)
            return _used(part, offset, opened.end(), label, case)
    asked = _ASKED.search(part, at)
    if asked is not None and not _NOT_BEFORE.search(part, 0, asked.start()):
        return _actions(part, offset, asked.end(), DO_NOT if asked["not"] else DO, case)
    return ()


def _actions(
    part: str, offset: int, at: int, label: str, case: frozenset[str]
) -> tuple[NamedAction, ...]:
    """The action that opens ``part[at:]`` (a verb, or a gerund or a class after "avoid") and
    each action its "such as" names."""
    span = (offset, offset + len(part.rstrip()))
    rest = part[at:]
    found = []
    gerund = _GERUND.match(rest)
    first = _WORD.match(rest)
    if first is None:
        return ()
    if gerund is not None:
        verb, thing_at = gerund["verb"], gerund.end()
    elif re.search(r"(?:avoid|\bon|cut\s+out)$", part[:at].lower().rstrip()):
        verb, thing_at = "", 0  # "Avoid grip-strengthening exercises": a class, no verb
    else:
        adverb = _ADVERB.match(rest)  # "You can usually return to sport"
        verb_at = adverb.end() if adverb is not None else 0
        said = _WORD.match(rest, verb_at)
        if said is None:
            return ()
        verb, thing_at = said.group(), said.end()
    if (
        verb
        and verb.lower() not in _NO_ACTION
        and verb.lower() not in FUNCTION_WORDS
        and "not" not in _words(rest[:thing_at])
        and not _PRONOUN_OBJECT.match(rest, thing_at)
    ):
        objects = _object(rest[thing_at:])
        if objects:
            where = _place(rest[thing_at:])
            found.append(NamedAction(span, label, action_key(verb.lower()), objects,
                                     _said(rest), case | where))  # fmt: skip
    example = _SUCH_AS.search(rest)
    if example is not None:
        found.extend(_actions(example["example"], offset, 0, label, case)[:1])
        found = [NamedAction(span, a.label, a.verb, a.objects, a.said, a.case) for a in found]
    elif not verb:
        # "Avoid long hot baths and saunas": use neither (each name of an "and" or "or" apart)
        ended = _OBJECT_STOP.search(rest)
        names = rest[: ended.start()] if ended is not None else rest
        if _TIMED.search(rest, len(names)):
            return ()  # "Avoid coffee for two hours beforehand": for a time, said by no case
        for name in _AND_OR.split(names):
            objects = _object(name, stop=False)
            if objects and _names_a_thing(name):
                found.append(NamedAction(span, label, "use", objects, name.strip(" .!"),
                                         case | _place(rest)))  # fmt: skip
    return tuple(a for a in found if a.objects)


def _used(
    part: str, offset: int, at: int, label: str, case: frozenset[str]
) -> tuple[NamedAction, ...]:
    """A thing recommended or not, used ("We don't recommend tea tree oil: it can irritate the
    scalp": use tea tree oil): a noun phrase of at most four words up to where an object ends;
    none for a pronoun ("we don't recommend it")."""
    if _PRONOUN_OBJECT.match(part, at):
        return ()
    rest = part[at:]
    ended = _OBJECT_STOP.search(rest)
    name = rest[: ended.start()] if ended is not None else rest
    objects = _object(name, stop=False)
    if not objects or not _names_a_thing(name):
        return ()
    span = (offset, offset + len(part.rstrip()))
    return (NamedAction(span, label, "use", objects, name.strip(" .!"), case | _place(rest)),)


def _closed(part: str, offset: int, until: frozenset[str]) -> tuple[NamedAction, ...]:
    """The action of a thing before a closing marker ("Squeezing a soft ball ... helps",
    "Calamine lotion and witch hazel do nothing", "a single instance is safe to share"); its
    case is said before the marker ("do nothing for chilblains" names what it is for)."""
    for pattern, label in (*_CLOSERS, *_JUDGEMENTS):
        closed = pattern.search(part)
        if closed is None or _NOT_BEFORE.search(part, 0, closed.start()):
            continue
        case = _case(part[: closed.start()]) | _phase(part) | until
        if (pattern, label) in _JUDGEMENTS:
            case |= _after_case(part[closed.end() :])
        start, opener = 0, ""
        for stop in _THING_START.finditer(part, 0, closed.start()):
            if stop.group().lower() != "and":
                start, opener = stop.end(), stop.group().lower()
        if opener == "that" and "work" in closed.group():
            return ()  # "the only proof that a backup works": whether it does, no advice
        thing = part[start : closed.start()].strip()
        span = (offset, offset + len(part.rstrip()))
        if closed.group().rstrip().endswith("to"):
            # "a single instance is safe to share between threads": share the instance
            after = _WORD.match(part, closed.end())
            if after is None:
                return ()
            objects = _object(thing) | _object(part[after.end() :])
            said = f"{after.group()} {thing}"
            where = _place(thing) | _place(part[after.end() :])
            return (NamedAction(span, label, action_key(after.group().lower()), objects, said,
                                case | where),)  # fmt: skip
        if "thread" in closed.group():
            # "A Matcher is not thread-safe": sharing a Matcher between threads is not
            objects = _object(thing, stop=False)
            if not objects or not _names_a_thing(thing):
                return ()
            return (NamedAction(span, label, action_key("share"), objects | {"thread"},
                                f"share {thing} between threads", case),)  # fmt: skip
        gerund = _GERUND.match(thing) or _BARE_GERUND.match(thing)
        if gerund is not None:
            objects = _object(thing[gerund.end() :])
            if not objects:
                return ()
            verb = action_key(gerund["verb"].lower())
            where = _place(thing[gerund.end() :])
            return (NamedAction(span, label, verb, objects, _said(thing), case | where),)
        # a thing used: "Calamine lotion and witch hazel", "Soothing lotions such as calamine"
        examples = _EXAMPLES.search(thing)
        names = examples["examples"] if examples is not None else thing
        found = []
        for name in _AND_OR.split(names):
            objects = _object(name)
            if objects and _names_a_thing(name):
                found.append(NamedAction(span, label, "use", objects, name.strip(), case))
        return tuple(found)
    return ()


#: A case said after a judgement: "is fine for most gym sessions", "is not recommended in
#: pregnancy" ("for a lot of people", "for most people" say no case: ``_case``).
_AFTER_PLACE = re.compile(
    r"\s*(?:in|on|during|at|with)\s+(?P<case>[^,.;:!?()]{1,50})", re.IGNORECASE
)


_EVIDENCE = word_set("trial trials study studies research tests evidence experience practice")


def _after_case(after: str) -> frozenset[str]:
    """The case words of the phrase after a judgement: its "for" phrase (``_case``) or its
    place, time or company ("in pregnancy", "on babies of any age")."""
    placed = _AFTER_PLACE.match(after)
    if placed is None:
        return _case(after)
    said = [w for w in _words(placed["case"]) if w not in _NOT_OBJECT and len(w) > 1]
    if set(said) & _EVIDENCE:
        return frozenset()  # "has not been shown to work in good trials": where it was shown
    return frozenset(CASE + action_key(w) for w in said)


def _names_a_thing(name: str) -> bool:
    """Whether ``name`` is a noun phrase of at most four words: no clause ("LDN may itself", "it
    helps"), no gerund alone ("Stopping helps": which action), no finite verb before its object
    ("lowers inflammation": a word in -s is a phrase's last)."""
    said = _words(name)
    if (
        not said
        or len(said) > 4
        or set(said) & _NOT_THING
        or said[0].endswith("ing")
        or said[-1].endswith("ing")  # "Normal coming and going", "heavy lifting": which action
    ):
        return False
    return not any(w.endswith("s") and not w.endswith("ss") for w in said[:-1])


def _words(said: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(said)]


#: The words after an object that say among whom or what it is shared.
_SHARED_AMONG = frozenset({"between", "across", "among", "amongst"})


def _object(rest: str, stop: bool = True) -> frozenset[str]:
    """The stems of an object's content words, up to where it ends."""
    if stop:
        framed = _VERB_PREPOSITION.match(rest)
        rest = rest[framed.end() :] if framed is not None else rest
        ended = _OBJECT_STOP.search(rest)
        if ended is not None and ended.group().lower() in _SHARED_AMONG:
            # What a thing is shared between is part of the act: "share a pool across forked
            # processes" is not "share it between threads" ("The pool is thread-safe").
            among = rest[ended.end() :]
            further = _OBJECT_STOP.search(among)
            rest = rest[: ended.start()] + " " + (among[: further.start()] if further else among)
        elif ended is not None:
            rest = rest[: ended.start()]
    return frozenset(
        action_key(w)
        for w in _words(rest)
        if w not in _NOT_OBJECT and len(w) > 1 and not w.endswith("ly")
    )


#: A place or a time after the object: "on network drives", "at night", "in the sun".
_PLACE = re.compile(
    r"\b(?:on|in|at|inside|outside|near|during|under)\s+(?P<place>(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+)(?=\s*(?:[,;:.()!]|$|\s(?:for|until|because|so|but|and|or|if|when|while|with|"
    r"before|after)\b))",
    re.IGNORECASE,
)


def _place(rest: str) -> frozenset[str]:
    """The stems of the place or time phrase after an action's object, as case words: "Don't
    use the polling backend on network drives" is said for network drives only."""
    framed = _VERB_PREPOSITION.match(rest)
    start = framed.end() if framed is not None else 0
    ended = _OBJECT_STOP.search(rest, start)
    if ended is None:
        return frozenset()
    place = _PLACE.match(rest, ended.start())
    if place is None:
        return frozenset()
    return frozenset(CASE + action_key(w) for w in _words(place["place"]) if w not in _NOT_OBJECT)


def _said(rest: str) -> str:
    """The action as written: its verb and object ("park on the coast road")."""
    verb = _WORD.match(rest)
    at = verb.end() if verb is not None else 0
    framed = _VERB_PREPOSITION.match(rest, at)
    at = framed.end() if framed is not None else at
    ended = _OBJECT_STOP.search(rest, at)
    return rest[: ended.start() if ended is not None else len(rest)].strip(" .!")


def _case(part: str) -> frozenset[str]:
    """The stems of the "for" phrases of a part that name no time ("for large files", not "for a
    minute"), with sizes said as one word."""
    words: set[str] = set()
    for found in _FOR_CASE.finditer(part):
        said = [_SAME_SIZE.get(w, w) for w in _words(found["case"])]
        if set(said) & _TIME_WORDS:
            continue
        words |= {CASE + action_key(w) for w in said if w not in FUNCTION_WORDS and len(w) > 1}
    return frozenset(words)


#: A time, a phase or a place that opens the part before a comma: "After six weeks, squeezing a
#: soft ball helps", "Once your symptoms settle, ...", "On network shares, ...".
_PHASE = re.compile(
    r"\s*(?:after|once|from|during|within|by|in|on|at|over|throughout)\s+(?P<phase>[^,;:.]{1,50}),",
    re.IGNORECASE,
)


def _phase(part: str) -> frozenset[str]:
    """The stems of the phrase of time, phase or place that opens a part before a comma."""
    opened = _PHASE.match(part)
    if opened is None:
        return frozenset()
    said = [_SAME_SIZE.get(w, w) for w in _words(opened["phase"])]
    return frozenset(CASE + action_key(w) for w in said if w not in FUNCTION_WORDS and len(w) > 1)


def same_object(a: NamedAction, b: NamedAction) -> frozenset[str]:
    """The words that make two named actions one (none: another action): one verb, and all the
    object words of one among the other's ("switch to patience" and "switch to the patience
    algorithm"; "park on the coast road" and "park on the verges of the coast road"), not two
    objects that each have a word the other lacks ("use the polling backend" and "use the native
    backend")."""
    if a.verb != b.verb or not a.objects or not b.objects:
        return frozenset()
    if not (a.objects <= b.objects or b.objects <= a.objects):
        return frozenset()
    return a.objects & b.objects


def same_case(a: NamedAction, b: NamedAction) -> bool:
    """Whether two named actions hold in one case: both in every case, cases that share a word
    ("for future launches", "for the next launch"), or a phase that ends ("until your symptoms
    settle": the stance holds now) against every case; not a case against every case ("For
    large files, always switch" says nothing of small ones). A stance under a condition ("can
    safely share a worker ID if they run on different machines") meets only a stance said in
    every case "even" in that very case ("Never share a worker ID ..., even on different
    machines"), with the same words."""
    if IF in a.case or IF in b.case:
        # "Two processes can safely share a worker ID if they run on different machines" meets
        # only "Never share a worker ID ..., even on different machines"
        conditioned, other = (a, b) if IF in a.case else (b, a)
        if other.case - {UNTIL}:
            return False
        return bool(other.even) and other.even == conditioned.case - {IF}
    first, second = a.case - {UNTIL}, b.case - {UNTIL}
    if first and second:
        return bool(first & second)
    return not first and not second


def _label(action: NamedAction) -> str:
    """The subject's label, a question a person would write: "Whether to share a worker ID", a
    thing named without its verb as a thing to use ("We don't recommend tea tree oil": "Whether
    to use tea tree oil"), an action named by its gerund as advised or not ("Squeezing a stress
    ball helps": "Whether squeezing a stress ball is advised")."""
    said = action.said[:1].lower() + action.said[1:]
    first = said.split()[0] if said.split() else ""
    if first.endswith("ing") and first.startswith(action.verb):
        return f"Whether {said} is advised"
    if action.verb == "use" and first != "use":
        return f"Whether to use {said}"
    return f"Whether to {said}"


def propose_named_action(action: NamedAction) -> Proposal:
    """A named action's subject as drafted before grouping (``grouping.named_actions`` names the
    subject of the actions it relates)."""
    keys = sorted({action.verb, *action.objects})
    return Proposal(
        "whether-" + "-".join(keys)[:40],
        _label(action),
        tuple(keys),
        {},
        family=NAMED_ACTION,
        keywords=(VERB + action.verb, *sorted(action.objects), *sorted(action.case)),
    )


def opposed(a: NamedAction, b: NamedAction) -> set[str]:
    """The words two named actions of opposite values share when they are one action in one
    case; none otherwise."""
    if a.label == b.label or not same_case(a, b):
        return set()
    shared = same_object(a, b)
    return {a.verb, *sorted(shared)} if shared else set()

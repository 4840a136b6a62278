"""Counts whose noun stands earlier: "Eight cavers were trapped. Two were kept in overnight".

News counts people and things with the noun left out, named in an earlier clause or sentence:
"Two were kept in overnight", "Six of the eight were brought out by divers", "Of the 40
passengers, 12 needed treatment", "83 homes destroyed and 41 damaged", "went up from two
connections to four". A number that stands as a pronoun does, the subject of a verb with no noun
after it (or the last of a "from ... to ..." pair), counts the group named nearest before it in
its sentence or the sentence before: a number and a plural noun ("eight cavers", "the 40
passengers") or a determiner and one ("the students"). A group named by its size alone ("All
eight were taken to hospital", "Six of the eight") is the one that size was given to earlier in
the document ("the eight students trapped in the cave").

Strict on purpose: "one" (one person, no count), "the two" before a noun, a number that does not
open its clause ("aged 19 were", "Version 3 is"), years, and a number that the verb does not
follow stay out, as does any number whose group is not found.
"""

from __future__ import annotations

import re

from factcheck.extract.mentions import counts
from factcheck.extract.mentions import lexicon as lx
from factcheck.extract.mentions.units import UnitWords
from factcheck.text.numbers.forms import DIGITS, WORD_NUMBER, digits_value, word_value

_NUMBER = rf"(?:{WORD_NUMBER}|(?<![\w.,]){DIGITS}(?![\w.,]\w))"
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
_SP = r"[ \t\u00a0]+"

#: Verbs a plural subject opens its predicate with: auxiliaries, and the past tense of any verb
#: ("Two were kept", "three died", "41 damaged", "12 needed treatment"). Singular forms (was,
#: is, has) never follow a count of two or more.
_AUXILIARIES = lx.word_set(
    "were are had have remain remained will would could can may might must should did do "
    "went came got stayed survived died fled freed"
)
#: The singular auxiliaries, after "only one" or "just one" ("Only one was hurt").
_SINGULAR = lx.word_set("was is has")
#: Adverbs that may stand between the count and its verb ("two later died", "three also").
_ADVERBS = lx.word_set("also later still then now both all each eventually subsequently")
#: Participles that are adjectives before a noun, not a verb ("two registered members").
_NOT_VERBS = lx.word_set("registered used advanced limited united skilled trained red bed")

#: "Six of the eight", "three of those 12": a part of a group named by its size alone.
_OF_SIZE_RE = re.compile(
    rf"{_SP}of{_SP}(?:the|those|these|all){_SP}(?:remaining{_SP})?(?P<n>{_NUMBER})\b",
    re.IGNORECASE,
)
#: "four of them", "12 of whom": a part of the group named before.
_OF_THEM_RE = re.compile(rf"{_SP}of{_SP}(?:them|those|whom)\b", re.IGNORECASE)

#: What may stand before the count at its clause's start: "All eight", "all but three", "Only
#: two", "the other six", "the remaining four", "another 12", "a further three".
_LEAD_RE = re.compile(
    r"(?:\b(?:all(?:[ \t\u00a0]+but)?|only|just|another|a[ \t\u00a0]+further|the[ \t\u00a0]+"
    r"(?:other|remaining|last|first))[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: Where a clause opens: the text's or a line's start, a sentence's end, a semicolon or colon,
#: a comma ("Of the 40 passengers, 12 needed"), or a conjunction ("..., and three were kept").
_OPENING_RE = re.compile(
    r"(?:\A|\n|[.!?;][\"'”’)]?[ \t\u00a0]+|,[ \t\u00a0]+|\b(?:and|but|while|whereas)"
    r"[ \t\u00a0]+)[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
#: What ends a clause after a group's noun ("the students."): the group is a subject or object.
_CLAUSE_END_RE = re.compile(r"[ \t\u00a0]*(?:[.,;:!?)]|\Z)")
#: A group named by a determiner and a plural noun: "the students", "the flooded houses".
_GROUP_RE = re.compile(
    r"\b(?:the|these|those|their|its|our|all|both)(?P<words>(?:[ \t\u00a0]+[a-z][\w'’-]*){1,3})",
    re.IGNORECASE,
)
#: A group named by its size alone ("All eight were taken", "the eight", "of the eight").
_SIZE_ALONE_RE = re.compile(r"\b(?:all|the|of the)[ \t\u00a0]+\Z", re.IGNORECASE)
#: Where a sentence ends: the next one starts after it.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]?(?=\s+\S)|\n[ \t]*\n|\n#+ ")
#: How far back a group named by its size alone is looked for, in characters.
_SIZE_LOOKBACK = 6000


def elided_noun(
    text: str, surface_start: int, start: int, end: int, value: float, words: UnitWords
) -> tuple[str, int] | None:
    """The plural noun the count at ``start``-``end`` (whose surface, qualifier included, opens
    at ``surface_start``) counts when it has none of its own and stands as a pronoun, named by
    the group before it ("Eight cavers were trapped. Two were kept in overnight": cavers), and
    where its words end ("Six of the eight"); None when it does not stand so or no group is
    found."""
    if value < 1 or not value.is_integer() or counts.looks_like_year(text[start:end], value, value):
        return None
    before = text[max(0, surface_start - 40) : surface_start]
    lead = _LEAD_RE.search(before)
    opened = before[: lead.start()] if lead else before
    led = " ".join(lead[0].lower().split()) if lead else ""
    if value == 1 and led not in ("only", "just"):
        return None  # "one" alone is one person or thing ("one of the", "one was"), no count
    if not _OPENING_RE.search(opened):
        if value < 2 or not _object_of(opened, text, end):
            return None
        # "Divers brought out six on Tuesday": the verb's object, its noun left out.
        noun = _sized_group(text, start, value, words) if led == "all" else ""
        noun = noun or _nearest_group(
            text, surface_start - len(lead[0] if lead else ""), value, words
        )
        return (noun, end) if noun else None
    size = _OF_SIZE_RE.match(text, end)
    pos = end
    whole = None
    if size is not None:
        whole = _value(size["n"])
        if whole is None or whole <= value:
            return None
        pos = size.end()
    elif (them := _OF_THEM_RE.match(text, end)) is not None:
        pos = them.end()
    if not _verb_follows(text, pos, value):
        return None
    if whole is not None:
        noun = _sized_group(text, size.start("n") if size else start, whole, words)
    else:
        # "All eight were taken to hospital": the group of eight named before.
        noun = _sized_group(text, start, value, words) if led == "all" else ""
        noun = noun or _nearest_group(
            text, surface_start - len(lead[0] if lead else ""), value, words
        )
    return (noun, pos) if noun else None


#: A verb and perhaps its particle ending the words before an object: "brought out", "treated".
_VERB_BEFORE_RE = re.compile(
    r"\b(?P<verb>[a-z]+)(?:[ \t\u00a0]+(?:out|up|off|away|back))?[ \t\u00a0]+\Z"
)
#: What may follow an object count: its clause's end or a preposition.
_AFTER_OBJECT_RE = re.compile(
    r"[ \t\u00a0]*(?:[.,;:!?)]|\Z|[ \t\u00a0](?:on|in|at|by|from|to|with|after|before|during|"
    r"overnight|to|into|onto|for)\b)",
    re.IGNORECASE,
)
#: Verbs whose number is a measure, a score, a rank or a change, never a group's part: "won
#: 3", "fell 12", "turned seven", "lasted three".
_NOT_OBJECT_VERBS = lx.word_set(
    "rose fell climbed dropped gained lost jumped slipped added increased decreased grew shed "
    "cut raised lowered reached hit totalled totaled topped numbered scored turned aged lasted "
    "took spent waited ranked finished placed rated won led trailed beat defeated sold bought "
    "cost paid earned made"
)


def _object_of(before: str, text: str, end: int) -> bool:
    """Whether the count ending at ``end`` is a verb's object: a past verb (and particle) right
    before it, its clause's end or a preposition right after it ("Divers brought out six on
    Tuesday", "the hospital discharged four.")."""
    verb = _VERB_BEFORE_RE.search(before)
    if verb is None or _AFTER_OBJECT_RE.match(text, end) is None:
        return False
    word = verb["verb"].lower()
    return lx.past_participle(word) and word not in _NOT_OBJECT_VERBS | _NOT_VERBS


def _value(number: str) -> float | None:
    try:
        return word_value(number) if number[:1].isalpha() else digits_value(number)
    except (KeyError, ValueError):
        return None


def _verb_follows(text: str, pos: int, value: float) -> bool:
    """Whether a verb opens the words after ``pos`` on its line: an auxiliary (plural, or
    singular after a single one) or a past tense, perhaps after an adverb ("were kept", "later
    died", "needed treatment"; "Only one was"). A label's number ends its line ("Ballot papers
    cast: 812,430" above "Rejected ballot papers: 8,315"): what follows is no verb of it."""
    line = text.find("\n", pos, pos + 40)
    rest = text[pos : line if line >= 0 else pos + 40].split()
    auxiliaries = _AUXILIARIES | _SINGULAR if value == 1 else _AUXILIARIES
    for n, word in enumerate(rest[:2]):
        word = word.lower().strip(",;:.!?")
        if word in auxiliaries or (lx.past_participle(word) and word not in _NOT_VERBS):
            return True
        if n or word not in _ADVERBS:
            return False
    return False


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a line's start bounds it too)."""
    floor = max(0, pos - 600)
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, floor, pos)]
    return starts[-1] if starts else floor


def _nearest_group(text: str, start: int, value: float, words: UnitWords) -> str:
    """The plural noun of the group named before ``start`` in its sentence, else in the one
    before: a count of it ("eight cavers", at least ``value`` of them), a determiner and it
    opening a clause ("The students ..."), or its size alone ("All eight were taken ...": the
    group that size was given to before); "" when there is none, or two ("The ferry carried 200
    cars and 40 lorries. Six were damaged": which?)."""
    own = _sentence_start(text, start)
    found = _groups(text, own, start, value, words)
    if not found and own > 0:
        found = _groups(text, _sentence_start(text, own - 1), own, value, words)
    nouns = {noun for _, noun in found}
    return nouns.pop() if len(nouns) == 1 else ""


def _groups(
    text: str, window: int, start: int, value: float, words: UnitWords
) -> list[tuple[int, str]]:
    """The groups named between ``window`` and ``start``: where, and their plural nouns."""
    found: list[tuple[int, str]] = []
    for number in _NUMBER_RE.finditer(text, window, start):
        size = _value(number.group())
        if size is None or size < value or counts.looks_like_year(number.group(), size, size):
            continue
        noun, _ = counts.noun_at(text, number.end(), size, number.group())
        if noun and not _is_unit(noun, words):
            found.append((number.start(), noun))
        elif not noun and _SIZE_ALONE_RE.search(text, max(0, number.start() - 8), number.start()):
            sized = _sized_group(text, number.start(), size, words)
            if sized:
                found.append((number.start(), sized))
    for group in _GROUP_RE.finditer(text, window, start):
        noun = _group_noun(text, group, words)
        if noun and _OPENING_RE.search(text, max(0, group.start() - 8), group.start()):
            found.append((group.start(), noun))  # "The students ...", not "in the caves"
    return found


_WORD_RE = re.compile(r"[a-z][\w'’-]*", re.IGNORECASE)


def _group_noun(text: str, group: re.Match[str], words: UnitWords) -> str:
    """The plural noun among the words after a determiner ("eight" aside) that is the subject
    of its clause, a verb or the clause's end after it ("The students were rescued", "The
    students, ..."; not "The vessel sails under"), else ""."""
    for word in _WORD_RE.finditer(text, group.start("words"), group.end("words")):
        said = word.group().lower().rstrip("'’")
        if said in lx.NOUN_STOP or _NUMBER_RE.fullmatch(said):
            break
        if said in lx.IRREGULAR_PLURALS or counts.plural_next(f" {said}", 0):
            subject = _CLAUSE_END_RE.match(text, word.end()) or _verb_follows(text, word.end(), 2)
            return said if subject and not _is_unit(said, words) else ""
    return ""


def _sized_group(text: str, before: int, size: float, words: UnitWords) -> str:
    """The plural noun that a group of ``size`` was named by before ``before`` in the text
    ("the eight students trapped in the cave"), nearest first; else ""."""
    floor = max(0, before - _SIZE_LOOKBACK)
    for number in reversed(list(_NUMBER_RE.finditer(text, floor, before))):
        if _value(number.group()) != size:
            continue
        noun, _ = counts.noun_at(text, number.end(), size, number.group())
        if noun and not _is_unit(noun, words):
            return noun
    return ""


def _is_unit(noun: str, words: UnitWords) -> bool:
    """Whether ``noun`` is a unit ("metres", "hours"), which measures, never a group."""
    return words.at(f" {noun}", 0)[0] is not None

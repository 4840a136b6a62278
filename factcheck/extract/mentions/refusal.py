"""Caps and minimums said in negation or refusal (forms29).

"loudwick never boosts a file by more than 15 dB" states a cap, at most 15 dB, though its bound
reads "more than"; so does "loudwick refuses files with more than 6 channels" (at most 6 are
accepted) and "Files larger than 50 MB are skipped" (at most 50 MB are read). Read as ``>15 dB``
and ``>6`` they held the other pages' "Default: 20 dB" and "up to 8 channels", and the pairs
agreed. Here a bound beyond a figure becomes the cap (``<=N``) when

- a negated verb governs it: "never boosts a file by more than 15 dB", "never starts more than
  200 jobs per second", "should not have more than 110 mg", "cannot be set above 50"; the word
  before the bound is the verb itself or "by" after its object (not "We don't recommend it for
  children under 3", a group, nor "are not effective once temperatures go above 35°C");
- what is beyond it is refused: a verb of refusal before its object ("refuses files with more
  than 6 channels", "truncates any line longer than 32 KiB", "rejects anything over 100 MB"),
  or the thing beyond it is refused after ("Files larger than 50 MB are skipped", "Messages over
  1 MiB are rejected", "Anything above 20 kHz is cut", "A worker that goes over 512 MB is
  stopped"); never a count of what was refused ("More than 300 applications were rejected",
  "The council rejected more than 300").

Their mirror below a figure is the minimum: "cannot be set below 1 second", "won't start below 5
bar" are at least the figure (``>=N``); "Files shorter than 1 second are skipped", "Values below
8192 KiB are rejected" state the setting's minimum itself, the figure (``N``), as a page writes
"Minimum duration: 3.0 seconds": read as ``>=1 second`` it would hold that 3.0 and agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.values.grammar import Qualifier

if TYPE_CHECKING:
    from factcheck.extract.mentions.find import Mention

_S = r"[ \t\u00a0]+"
#: Words that open a clause or name a group, never a negated verb's object: a bound after them
#: is no limit of the verb ("are not effective once temperatures go above 35°C").
_CLAUSE = (
    r"once|when|whenever|if|unless|because|while|where|whose|who|that|which|after|before|until"
    r"|as|since|and|or|but|so|than|for|in|on|to|with|of|at|from|under|over|above|below|only"
    r"|just|even|more|less|recommend|recommended|suitable|advised|licensed|approved|meant"
    r"|intended|safe|effective"
)
#: A negated verb right before a bound, or its object and "by", "to" or "at": "never boosts a
#: file by", "never starts", "should not have", "cannot be set", "won't start", "must never be
#: filled to", "won't spin up", "don't raise your sleeping altitude by" (up to four words of object).
_NEGATED_VERB_RE = re.compile(
    rf"(?:\bnever|\bnot|n['’]t|\bcannot)(?:{_S}(?:ever|be|been|again|usually|normally))*"
    rf"{_S}(?!(?:{_CLAUSE})\b)[a-z]+(?:{_S}(?:up|down|out|off|back))?"
    rf"(?:{_S}(?:(?!(?:{_CLAUSE})\b)[\w'’-]+{_S}){{0,4}}?(?:by|to|at))?"
    rf"{_S}\Z",
    re.IGNORECASE,
)
#: A verb of refusal, active, before what it refuses.
_ACCEPTING = r"(?:accept|read|load|open|process|take|handle|support)"
_REFUSING = (
    r"refuses?|refused|rejects?|rejected|drops?|dropped|skips?|skipped|ignores?|ignored"
    r"|truncates?|truncated|discards?|discarded|blocks?|blocked|trims?|trimmed|clips?|clipped"
    rf"|evicts?|evicted|denies|denied|excludes?|excluded|(?:will|does|do|can)(?:{_S}not|n['’]t)"
    rf"{_S}{_ACCEPTING}|won['’]t{_S}{_ACCEPTING}|cannot{_S}{_ACCEPTING}"
)
#: What a refusal refuses, before the bound: "files with", "any line", "anything", "documents
#: that run to" (one to four words, the last a noun or "with", "of", "containing", "having", or
#: "that"/"which" and up to three words of its verb).
_REFUSED_OBJECT_RE = re.compile(
    rf"\b(?:{_REFUSING}){_S}(?:(?:any|all|every|each|the|a|an|whatever|its|their){_S})?"
    rf"(?:(?!(?:{_CLAUSE})\b)[A-Za-z][\w'’-]*{_S}){{0,3}}?(?!(?:{_CLAUSE})\b)[A-Za-z][\w'’-]*{_S}"
    rf"(?:(?:with|of|containing|having){_S}|(?:that|which){_S}(?:[\w'’-]+{_S}){{1,3}}?)?\Z",
    re.IGNORECASE,
)
#: What comes before a bound that a later refusal acts on: a noun ("Files", "Messages",
#: "values"), "with", "of", or "that"/"which" and its verb ("A worker that goes", "Each request
#: that takes", "Documents that would run to").
_SUBJECT_BEFORE_RE = re.compile(
    rf"(?:(?<![\w'’-])(?!(?:than|and|or|is|are|was|were|be|been|it|they|this|these|of|to|in|on"
    rf"|at|by|the|a|an|when|if|once|as|drops?|dropped|falls?|fell|rises?|rose|goes|go|went"
    rf"|gets?|got|reaches|reached|exceeds?|stays?|remains?|keeps?)\b)[A-Za-z][\w'’-]*"
    rf"|(?:with|of|containing|having)|(?:that|which){_S}(?:[\w'’-]+{_S}){{0,2}}"
    rf"[\w'’-]+){_S}\Z",
    re.IGNORECASE,
)
#: The refusal after what is beyond: "... are skipped", "... is rejected with an error", "... are
#: cut at that length", "... is stopped", "... are refused unless you raise max_pages" (within
#: the clause: no stop, semicolon or colon between).
_REFUSED_AFTER_RE = re.compile(
    rf"[^.;:!?\n]{{0,60}}?\b(?:is|are|get|gets|will{_S}be|would{_S}be|(?:is|are){_S}then)"
    rf"(?:{_S}(?:\w+ly|then|always|simply|silently|automatically))?{_S}"
    r"(?:refused|rejected|skipped|dropped|ignored|truncated|discarded|cut|clipped|trimmed"
    r"|cancell?ed|stopped|killed|evicted|removed|deleted|blocked|denied|excluded"
    rf"|thrown{_S}(?:away|out)|left{_S}out|not{_S}(?:accepted|supported|allowed|read|loaded"
    r"|processed|measured|normali[sz]ed))\b",
    re.IGNORECASE,
)
#: "more than", "fewer than" (and "less than") count what is counted: only after "with", "of",
#: "that/which ..." or a verb of refusal are they a threshold ("Files with more than 6
#: channels are refused"; not "More than 300 applications were rejected").
_COUNTING_RE = re.compile(r"(?:more|fewer|less)\b", re.IGNORECASE)
#: Comparatives the bound phrases do not hold, read as a bound only in a refusal: "Files larger
#: than 50 MB are skipped", "Images bigger than 50 MB", "files smaller than 1 KB are ignored".
_UNLISTED_COMPARATIVE_RE = re.compile(
    rf"(?P<word>larger|bigger|smaller|tinier|heavier|lighter){_S}than{_S}\Z", re.IGNORECASE
)
_UNLISTED_QUALIFIERS = {
    "larger": Qualifier.GT, "bigger": Qualifier.GT, "heavier": Qualifier.GT,
    "smaller": Qualifier.LT, "tinier": Qualifier.LT, "lighter": Qualifier.LT,
}  # fmt: skip
#: How far back a bound's verb or object is looked for (a clause's length).
_WINDOW = 80
_BEYOND = (Qualifier.GT, Qualifier.GE)
_BELOW = (Qualifier.LT, Qualifier.LE)


def with_refused_bounds(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every bound said in negation or refusal read as the cap or minimum it
    states: "never boosts a file by more than 15 dB" is ``<=15 dB``, "refuses files with more
    than 6 channels" ``<=6``, "Files larger than 50 MB are skipped" ``<=50 MB``, "cannot be set
    below 1 second" ``>=1 second``, "Files shorter than 1 second are skipped" ``1 second``."""
    return [_read(text, mention) for mention in mentions]


def _read(text: str, mention: Mention) -> Mention:
    """``mention`` as the cap or minimum its sentence states, or as it is."""
    start = mention.span[0]
    qualifier = mention.qualifier
    phrase_start = start
    if qualifier is Qualifier.EQ:
        # "refuses images larger than 50 MB"; not "Files larger than 50 MB are skipped", which
        # ``subjects.limits`` reads as the limit itself (50 MB, a maximum), as one page's
        # "The input size limit is 100 MB" is.
        unlisted = _UNLISTED_COMPARATIVE_RE.search(text, max(0, start - 20), start)
        head = max(0, start - _WINDOW)
        if unlisted is None or not _REFUSED_OBJECT_RE.search(text, head, unlisted.start()):
            return mention
        qualifier = _UNLISTED_QUALIFIERS[unlisted["word"].lower()]
        phrase_start = unlisted.start()
    elif qualifier in (Qualifier.GT, Qualifier.LT):
        counting = _COUNTING_RE.match(mention.text) is not None
        head = max(0, start - _WINDOW)
        if _NEGATED_VERB_RE.search(text, head, start):
            return replace(mention, qualifier=_flipped(qualifier))
        if not _refused(text, mention, start, counting=counting):
            return mention
    else:
        return mention
    if qualifier not in _BEYOND and qualifier not in _BELOW:
        return mention
    # beyond the figure refused: at most it; below it refused: the minimum, the figure itself
    stated = Qualifier.LE if qualifier in _BEYOND else Qualifier.EQ
    span = (min(phrase_start, start), mention.span[1])
    return replace(mention, qualifier=stated, span=span, text=text[span[0] : span[1]])


def _flipped(qualifier: Qualifier) -> Qualifier:
    """The limit a negated bound states: not beyond N is at most N, not below N at least N."""
    return Qualifier.LE if qualifier in _BEYOND else Qualifier.GE


def _refused(text: str, mention: Mention, start: int, *, counting: bool) -> bool:
    """Whether what lies beyond the bound at ``start`` is refused: a verb of refusal before its
    object ("refuses files with"), or a subject before the bound ("Files", "values", "with",
    "that goes") and a refusal after the figure ("are skipped")."""
    head = max(0, start - _WINDOW)
    if _REFUSED_OBJECT_RE.search(text, head, start):
        return not counting or _OBJECT_OPENS_RE.search(text, head, start) is not None
    subject = _SUBJECT_BEFORE_RE.search(text, max(0, start - 40), start)
    if subject is None:
        return False
    if counting and _OBJECT_OPENS_RE.search(text, max(0, start - 40), start) is None:
        return False
    return _REFUSED_AFTER_RE.match(text, mention.span[1]) is not None


#: Before "more than N": the words that make it a threshold of a thing ("with", "of", "having",
#: "containing", "that/which" and its verb).
_OBJECT_OPENS_RE = re.compile(
    rf"(?:\b(?:with|of|containing|having)|\b(?:that|which)(?:{_S}[\w'’-]+){{1,3}}){_S}\Z",
    re.IGNORECASE,
)

"""A statement's polarity over a thing: what a part of a sentence requires, recommends, allows,
forbids, makes unnecessary, or says is or is not so of an action or a thing named by content
words ("Avoid walking barefoot" against "going barefoot around the house is fine"; "Searchers
need the landowner's permission" against "no permission is needed"; "A Matcher is not
thread-safe" against "Matcher objects are safe to share across threads").

One reader of general English for every phrasing of advice and of yes/no properties that the
families of ``advice``, ``polarity`` and ``facts`` leave undrafted: a **marker** (a word or
phrase of need, permission, prohibition or of a property, with or without "not") and the
**thing** it is said of (the words after an opening marker, or before a closing one). Each
statement is ``yes`` (needed, recommended, allowed, so) or ``no`` (forbidden, unnecessary, not
so). ``grouping.statements`` puts two documents' statements under one subject only when they
say one property of one thing with opposite polarity (docs/extract.md, "One statement said and
denied").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.polarity import read_parts
from factcheck.extract.subjects.actions import FUNCTION_WORDS, action_key, sole_action
from factcheck.extract.subjects.propose import Proposal

#: The family of a statement's subject: ``grouping.statements`` relates these across documents.
STATEMENT = "statement"
YES = "yes"
NO = "no"

_APOS = r"['’]"
_NOT = rf"(?:not|n{_APOS}t|never|no\s+longer)"
_BE = r"(?:is|are|was|were)"
_BE_NOT = rf"(?:is|are|was|were)\s*(?:not|n{_APOS}t)|(?:is|are)\s+never|(?:is|are)\s+no\s+longer"
#: Predicates, each a kind of property and its own polarity: a need, a permission (fine, safe,
#: allowed), a recommendation, a thread-safety said of a thing.
_NEEDED = r"(?:needed|required|necessary|essential|compulsory|mandatory|obligatory|a\s+must)"
_FINE = (
    r"(?:fine|safe|ok|okay|allowed|permitted|harmless|acceptable|no\s+problem|a\s+good\s+idea|"
    r"recommended|encouraged|advisable|(?:the\s+)?(?:best|quickest|easiest|simplest|safest|"
    r"fastest)\s+way)"
)
#: A property of a thing said with "is" ("A Matcher is not thread-safe").
_PROPERTY = r"(?:thread[\s-]*safe|safe)"

#: Words that may come before an opening marker: "Afterwards, always finish with a rinse", "and
#: never rinse".
_LEAD = re.compile(
    r"(?:and|then|so|also|instead|afterwards|afterward|after\s+that|first|finally|please)\b,?\s+",
    re.IGNORECASE,
)
_OPENERS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind, label)
    for pattern, kind, label in (
        # "Never use a magnet", "Avoid walking barefoot", "Do not rinse".
        (rf"(?:you\s+should\s+|please\s+)?(?:never|avoid|do\s+not|don{_APOS}t)\s+", "do", NO),
        (rf"you\s+(?:should|must)\s*(?:not|n{_APOS}t|never)\s+", "do", NO),
        # "There's no need to stop", "You don't have to stop", "You don't need to normalise".
        (rf"there\s+is\s+no\s+need\s+(?:to|for)\s+|there{_APOS}s\s+no\s+need\s+(?:to|for)\s+",
         "need", NO),
        (rf"you\s+(?:do\s+not|don{_APOS}t|won{_APOS}t|will\s+not|needn{_APOS}t)\s+"
         r"(?:(?:need|have)\s+to\s+|need\s+)?", "need", NO),
        # "Always normalise Unicode yourself", "You must pass", "You need to rinse".
        (r"(?:you\s+should\s+)?always\s+", "do", YES),
        (r"you\s+(?:must|have\s+to|need\s+to|will\s+need\s+to|'ll\s+need\s+to)\s+", "need", YES),
        (r"make\s+sure\s+(?:that\s+)?(?:you\s+)?|be\s+sure\s+to\s+", "do", YES),
        (rf"it\s+is\s+{_FINE}\s+to\s+|it{_APOS}s\s+{_FINE}\s+to\s+", "do", YES),
        (rf"it\s+is\s+{_NOT}\s+{_FINE}\s+to\s+|it\s+isn{_APOS}t\s+{_FINE}\s+to\s+", "do", NO),
        (rf"it\s+is\s+{_NEEDED}\s+to\s+", "need", YES),
        (r"you\s+(?:can|may)\s+(?:safely\s+|still\s+|also\s+)?(?!see\b|find\b|expect\b|notice\b|"
         r"read\b|get\b|learn\b|check\s+whether\b)", "do", YES),
    )
)  # fmt: skip
#: Markers after the thing: "X is fine", "X is not needed", "no X is needed", "X is optional".
_CLOSERS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), kind, label)
    for pattern, kind, label in (
        (rf"\s+(?:{_BE_NOT})\s+(?:always\s+|strictly\s+)?{_NEEDED}\b", "need", NO),
        (rf"\s+{_BE}\s+(?:entirely\s+|completely\s+)?(?:optional|unnecessary)\b", "need", NO),
        (rf"\s+{_BE}\s+(?:always\s+|also\s+|still\s+)?{_NEEDED}\b", "need", YES),
        (rf"\s+(?:{_BE_NOT})\s+{_FINE}\b", "do", NO),
        (rf"\s+{_BE}\s+(?:perfectly\s+|completely\s+|also\s+)?{_FINE}\b", "do", YES),
        (rf"\s+(?:does|do|will)\s+no\s+harm\b|\s+(?:won{_APOS}t|will\s+not|does\s+not|"
         rf"doesn{_APOS}t)\s+(?:do\s+any\s+harm|hurt)\b", "do", YES),
        (r"\s+can\s+(?:safely\s+|also\s+)?go\s+(?:in|into)\b", "do", YES),
        (rf"\s+(?:{_BE_NOT})\s+{_PROPERTY}\b", "so", NO),
        (rf"\s+{_BE}\s+(?:fully\s+|completely\s+)?{_PROPERTY}\b", "so", YES),
    )
)  # fmt: skip
#: "no permission is needed": the thing after "no", then the closing need.
_NO_THING = re.compile(rf"\bno\s+(?P<thing>(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+{_BE}\s+"
                       rf"(?P<need>{_NEEDED})\b", re.IGNORECASE)  # fmt: skip
#: "Searchers also need the landowner's permission", "The scheme's rules require a helmet".
_NEEDS = re.compile(
    r"\b(?:need|needs|require|requires)\s+(?!to\b)(?P<thing>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.IGNORECASE,
)
#: What a statement's thing ends at: a reason, a contrast, a clause of its own, a condition.
_THING_STOP = re.compile(
    r"[,;:()]|\s[-–—]\s|\b(?:because|as|so|since|but|which|who|especially|even|unless|until|"
    r"and\s+may|and\s+can|and\s+is|and\s+are|or\s+it|if|when|while|whether|though|although|"
    r"than|rather)\b",
    re.IGNORECASE,
)
#: Words of a part that leave it undrafted: a question, speculation, reported belief, history,
#: a figure (compared as such), a double negative.
_UNSURE = word_set(
    "may might could would if whether perhaps possibly probably maybe myth myths claim claims "
    "claimed think thinks believe believes believed heard used previously formerly unless "
    "without except"
)
_FIGURE = re.compile(r"\d")
#: Words of a statement that are its marker's, no thing: advice words, light verbs.
_NO_THING_WORDS = FUNCTION_WORDS | word_set(
    "also still now need needs needed require requires required necessary must should "
    "completely entirely totally altogether simply certainly definitely strictly perfectly "
    "go goes going get gets getting do does doing make makes making let lets use using used "
    "have has having be is are was were can yourself themselves itself not across around"
)
#: A case a statement holds in, anywhere in its part: a time under way, a time up to which, a
#: population ("Avoid squats during a flare" says nothing against "Squats are fine").
_CASE = re.compile(
    r"\b(?:during|while|until|till|throughout|in\s+case\s+of|(?:for|in|on)\s+"
    r"(?=(?:(?:young|small|older|new)\s+)?(?:babies|baby|infants?|newborns?|children|child|kids|"
    r"toddlers|teenagers|adults|pregnant|pregnancy|elderly|women|men|dogs|cats|puppies)\b))"
    r"\s*(?P<case>(?:[\w'’-]+\s*){1,3})",
    re.IGNORECASE,
)
#: What marks a case's words and its core's among a statement's terms.
CASE = "@"
CORE = "^"
_PREPOSITION = re.compile(
    r"\b(?:in|on|at|for|with|to|from|by|around|before|after|about|over|under|into|onto|across|"
    r"through|near|inside|outside|without)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|--?[a-z][\w-]*")
_MAX_THING_WORDS = 6


@dataclass(frozen=True)
class Statement:
    """One statement of a polarity over a thing."""

    span: tuple[int, int]
    """[start, end) of the part of the sentence that says it."""
    kind: str
    """What is said of the thing: ``do`` (to do it or not, allowed or not), ``need`` (needed or
    not), ``so`` (a property it has or not). ``do`` and ``need`` meet: "you don't need to
    normalise" and "always normalise" are about one action."""
    label: str
    """``yes`` or ``no``."""
    keys: frozenset[str]
    """Stems of the thing's content words ("walk", "barefoot")."""
    said: str
    """The thing as written, for the subject's label."""
    core: frozenset[str] = frozenset()
    """The stems of its thing's words before a preposition ("use a magnet on a suspected
    meteorite": magnet; "walking barefoot": walk, barefoot): what a prohibition is about."""
    case: frozenset[str] = frozenset()
    """Stems of the case it holds in, said in its part ("during a flare": flare; "until you can
    walk": walk; "on babies": baby), each after ``CASE``; empty when it holds in every case."""


def find_statements(text: str, index: TextIndex) -> list[Statement]:
    """Every statement of a polarity in ``text`` at most one per part of a sentence, in text
    order; none in a part with a condition ("if", "when")."""
    return read_parts(text, index, statement_in)


def statement_in(text: str, start: int, end: int) -> Statement | None:
    """The statement of ``text[start:end]`` (a part of a sentence), or None."""
    while start < end and not text[start].isalnum():
        start += 1
    part = text[start:end]
    lowered = part.lower()
    if _FIGURE.search(part) or part.rstrip().endswith("?") or _ASKED.match(part):
        return None
    lead = _LEAD.match(part)
    at = lead.end() if lead is not None else 0
    for pattern, kind, label in _OPENERS:
        opened = pattern.match(part, at)
        if opened is not None:
            return _statement(part, start, opened.end(), None, kind, label)
    if (no := _NO_THING.search(part)) is not None:
        return _statement(part, start, no.start("thing"), no.end("thing"), "need", NO)
    for pattern, kind, label in _CLOSERS:
        closed = pattern.search(part)
        if closed is not None and _NOT_BEFORE.search(lowered, 0, closed.start()) is None:
            thing_end = closed.start()
            if kind == "so" or _TO_TAIL.match(part, closed.end()):
                # "safe to share across threads": the property's words are the thing's too.
                return _property(part, start, thing_end, closed, label)
            return _statement(part, start, _thing_start(part, thing_end), thing_end, kind, label)
    need = _NEEDS.search(part)
    if (
        need is not None
        and _NOT_BEFORE.search(lowered, 0, need.start()) is None
        and _SUBJECT_BEFORE.fullmatch(part[: need.start()]) is not None
    ):
        return _statement(part, start, need.start("thing"), None, "need", YES)
    return None


#: A negation before a closing marker turns the statement round twice: left undrafted.
_NOT_BEFORE = re.compile(rf"\b(?:{_NOT}|no|nothing|none|nobody|don{_APOS}t|do\s+not)\b")
#: Who needs a thing, before "need": a noun phrase of at most four words, no verb of saying.
_SUBJECT_BEFORE = re.compile(r"\s*(?:[A-Za-z'’-]+\s+){1,4}(?:also\s+|still\s+|all\s+)?")


def _thing_start(part: str, end: int) -> int:
    """Where the thing before a closing marker starts: after the last clause break before it
    ("Officials say the public is welcome..., and going barefoot is fine": "going barefoot")."""
    start = 0
    for stop in re.finditer(r"[,;:]|\b(?:that|and|but|says?|said)\b", part[:end], re.I):
        start = stop.end()
    return start


#: A question's opening: "Do I need an API key".
_ASKED = re.compile(r"(?:do|does|did|can|could|should|is|are|must|will)\s+(?:i|you|we|it|they)\b",
                    re.IGNORECASE)  # fmt: skip


def _unsure(said: str) -> bool:
    """Whether the words of a statement speculate, report a belief or turn it round twice."""
    return bool({w.lower() for w in _WORD.findall(said)} & _UNSURE)


#: A thing named only by a pronoun or a word that points back.
_PRONOUN = re.compile(r"\b(?:it|them|this|that|these|those|one)\b", re.IGNORECASE)
#: An opening marker that a verb follows ("need to", "you must", "never", "avoid", "always").
_VERB_NEXT = re.compile(
    r"(?:\bto|\bmust|\bnever|\balways|\bdo\s+not|\bdon['’]t|\bshould)\s+$", re.IGNORECASE
)


def _statement(
    part: str, offset: int, start: int, end: int | None, kind: str, label: str
) -> Statement | None:
    if end is None:
        stop = _THING_STOP.search(part, start)
        end = stop.start() if stop is not None else len(part)
    if _unsure(part[: max(end, start)]):
        return None
    said = part[start:end].strip(" .!")
    keys = _keys(said)
    if not keys or _PRONOUN.search(said):
        return None  # "You must bring it": which thing
    if len(keys) == 1 and _VERB_NEXT.search(part, 0, start) and not sole_action(keys):
        return None  # "You don't need to check": a verb alone, no whole action (book, queue)
    core = _keys(_PREPOSITION.split(said, maxsplit=1)[0]) or keys
    span = (offset, offset + len(part.rstrip()))
    return Statement(span, kind, label, keys, said, core, _case(part))


def _case(part: str) -> frozenset[str]:
    """The stems of the cases said in a part ("during a flare": flare)."""
    return frozenset(key for case in _CASE.finditer(part) for key in _keys(case["case"]))


#: What a property or a judgement is of, after its adjective: "safe to share across threads",
#: "the quickest way to test a find".
_TO_TAIL = re.compile(r"\s+to\s+\w", re.IGNORECASE)
_SAFE = re.compile(r"\bsafe\b", re.IGNORECASE)


def _property(
    part: str, offset: int, end: int, marker: re.Match[str], label: str
) -> Statement | None:
    """A property of a thing: the thing's words before it and the property's words after "is":
    "Matcher objects are safe to share across threads" is about matcher, safe, share, thread,
    as "A Matcher is not thread-safe" is about matcher, thread, safe."""
    start = _thing_start(part, end)
    stop = _THING_STOP.search(part, marker.end())
    tail = part[marker.end() : stop.start() if stop is not None else len(part)]
    thing = _keys(part[start:end])
    if not thing or _unsure(part[: marker.end() + len(tail)]):
        return None
    keys = thing | _keys(tail.replace("-", " "))
    if _SAFE.search(marker.group()):
        keys |= {"safe"} | _keys(marker.group().replace("-", " "))
    said = part[start : marker.end() + len(tail)].strip(" .!")
    span = (offset, offset + len(part.rstrip()))
    return Statement(span, "do", label, keys, said, keys, _case(part))


def _keys(said: str) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(said)]
    content = [w for w in words if w not in _NO_THING_WORDS and len(w) > 1 and not w.endswith("ly")]
    return frozenset(action_key(w.strip("'’")) for w in content[:_MAX_THING_WORDS])


def propose_statement(statement: Statement) -> Proposal:
    """A statement's subject as drafted before grouping (``grouping.statements`` names the
    subject of the statements it relates)."""
    return Proposal(
        "whether-" + "-".join(sorted(statement.keys))[:40],
        f"Whether {statement.said}",
        tuple(sorted(statement.keys)),
        {},
        family=STATEMENT,
        keywords=(
            statement.kind,
            *sorted(statement.keys),
            *sorted(CASE + key for key in statement.case),
            *sorted(CORE + key for key in statement.core),
        ),
    )

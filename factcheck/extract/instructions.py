"""An instruction against a prohibition of the same action on the same thing ("Gently file the
wart with an emery board" against "Never rub a wart down with a file"; "Use port 465 for
implicit TLS" against "Port 465 is deprecated, so don't use it"; "Duct tape works" against
"Duct tape has not been shown to work").

One reader of general English for the shape that advice in words is most often said and
denied in, and that the families of ``polarity`` and ``statements`` leave undrafted: each part of
a sentence (``polarity.read_parts``: up to a reason, contrast, condition; none with "if" or
"when") is read as an **act**, ``yes`` or ``no``, with

- its **verbs**: the stems of the action's verbs ("roll" of "should try to roll it upright",
  "move" and "roll" of "Never try to move or roll a stranded whale"; "work" of "X works");
- its **thing**: the stems of the verb's object, the words after the verbs up to a preposition
  ("a stranded whale"), a pronoun ("it", "them") read as the sentence's subject ("Port 465 is
  deprecated, so don't use it": port 465);
- its **nouns**: the stems of the words after a determiner ("with a file": file), so that a
  verb meets its noun;
- its **manner**: what a prohibition limits itself to, its phrases of how, when and where after
  the object ("with a file or pumice stone", "on an empty stomach", "during a flare") each with
  its alternatives of an "or", and its adverbs of manner ("directly");
- its **case**: the words of a phrase that opens the part before a comma ("On sunny days, ...").

``yes``: an instruction that opens a part with its verb ("Gently file the wart", "Use port
465"), "you should", "always", "make sure you", "you must (need to)", "it is best to", "be sure
(remember, try) to", "X should (try to) VERB", "X is (are) advised (urged, encouraged) to VERB",
"we recommend VERBing or X", "X should be VERBed", "X is recommended", "X works", "X won't make
Y any worse". ``no``: "never", "do not", "don't", "you should (must) not", "X should not", "it is
best not to", "it is a bad idea to", "don't bother", "there's no point in", "avoid" and a verb or
a thing, "we advise against", "we do not recommend X (it)", "X should never be VERBed", "X is not
recommended", "X is (has been) deprecated", "X is discouraged (obsolete)" (against using,
installing or enabling it), "X has not been shown to work", "X does not work", "X is not
effective". ``grouping.instructions`` relates two documents' acts only when they are opposed
(``opposed``: docs/extract.md, "An instruction against a prohibition").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.lexicon import IRREGULAR_PAST, word_set
from factcheck.extract.polarity import read_parts
from factcheck.extract.subjects.actions import FUNCTION_WORDS, action_key
from factcheck.extract.subjects.propose import Proposal

#: The family of an act's subject: ``grouping.instructions`` relates these across documents.
INSTRUCTION = "instruction"
YES = "yes"
NO = "no"

_APOS = r"['’]"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.]*")
#: What an act is said in: its part opens with words of advice, a lead, a verb.
_LEAD = re.compile(
    r"(?:(?:and|then|so|also|instead|afterwards|afterward|first|finally|please|now)\b,?\s+)+",
    re.IGNORECASE,
)
#: An adverb of manner before an instruction's verb: "Gently file the wart".
_ADVERB = re.compile(r"[A-Za-z]{3,}ly\s+", re.IGNORECASE)
#: A phrase before a comma that says what an instruction is for, not when it holds: no case.
_PURPOSE_LEAD = re.compile(
    r"(?:for\s+(?:the\s+)?best\s+results|ideally|where\s+possible|as\s+a\s+rule|in\s+general|"
    r"generally|in\s+short|in\s+practice|to\s+be\s+safe)\s*,\s*",
    re.IGNORECASE,
)
#: A phrase before a comma that opens the part: when or where the act holds ("On sunny days,").
_CASE_LEAD = re.compile(
    r"(?:on|in|at|during|after|before|for|with|throughout|over)\s+[^,;:.!?]{2,40}?,\s*",
    re.IGNORECASE,
)
#: A verb's particle, part of the verb: "rub in", "roll over".
_PARTICLE = r"(?:in|on|out|up|down|off|away|back|over)"
_TRY = r"(?:(?:try|attempt)\s+to\s+)?"
#: Opening a prohibition: "Never", "Don't", "You should not", "Avoid".
_IT_IS = rf"(?:it\s+is|it{_APOS}s)\s+"
_NEVER = re.compile(
    # "Don't bother rinsing it", "There's no point in filing it"
    rf"(?:do\s+not|don{_APOS}t)\s+bother\s+(?:to\s+)?"
    rf"|there(?:\s+is|{_APOS}s)\s+no\s+point\s+(?:in\s+)?"
    rf"|(?:you\s+should\s+|please\s+)?(?:never|do\s+not|don{_APOS}t)(?:\s+ever)?\s+{_TRY}"
    rf"|you\s+(?:should|must)\s*(?:not|n{_APOS}t|never)\s+{_TRY}"
    # "It's best not to file it", "It is not a good idea to roll it", "It's a bad idea to"
    rf"|{_IT_IS}(?:best|better|wiser|safer)\s+not\s+to\s+"
    rf"|{_IT_IS}(?:not|never)\s+(?:a\s+good\s+idea|wise|advisable)\s+to\s+"
    rf"|{_IT_IS}(?:a\s+bad\s+idea|unwise|inadvisable)\s+to\s+",
    re.IGNORECASE,
)
#: "Avoid" and the verbs of English that say it of a thing: "Skip hot drinks", "Steer clear of
#: ibuprofen", "Stay away from the cliffs", "Cut out caffeine", "Cut down on milk", "Hold off on
#: lifting".
_AVOID = re.compile(
    r"(?:you\s+should\s+)?(?:avoid|skip|steer\s+clear\s+of|stay\s+away\s+from|keep\s+away\s+"
    r"from|cut\s+out|cut\s+(?:down|back)\s+on|hold\s+off\s+(?:on\s+)?)\s+",
    re.IGNORECASE,
)
#: Opening a recommendation to the reader: "You should", "Always", "Make sure you", "It is
#: best to", "Be sure to", "Remember to", "Try to".
_OPEN_YES = re.compile(
    rf"(?:you\s+should\s+(?:always\s+)?|always\s+|just\s+|make\s+sure\s+(?:that\s+)?you\s+"
    rf"|you\s+(?:must|need\s+to|have\s+to|(?:will|{_APOS}ll)\s+(?:need|want)\s+to)\s+"
    rf"|{_IT_IS}(?:best|better|wise|a\s+good\s+idea|important|essential)\s+to\s+"
    rf"|(?:be\s+sure|remember|try)\s+to\s+){_TRY}",
    re.IGNORECASE,
)
#: Who is told, then how: "Anyone who finds a stranded whale should try to roll it",
#: "Drivers are advised to use the ring road", "Drivers should avoid the ring road".
_TOLD = re.compile(
    rf"(?P<who>(?:[A-Za-z'’-]+\s+){{1,8}}?)(?P<how>should\s*(?:not|n{_APOS}t|never)\s+{_TRY}"
    rf"|should(?:\s+always)?\s+{_TRY}"
    r"|(?:is|are)\s+(?:strongly\s+)?(?:advised|urged|encouraged)\s+to\s+)",
    re.IGNORECASE,
)
#: "We recommend the default backend", "We strongly recommend that you pin it".
_RECOMMEND = re.compile(
    rf"(?:we|i)\s+(?:would\s+)?(?:strongly\s+)?(?P<not>(?:do\s+not|don{_APOS}t)\s+)?"
    r"recommend\s+(?:that\s+(?:you\s+)?)?",
    re.IGNORECASE,
)
#: After its thing: "X is deprecated", "X is not recommended", "X works", "X does not work".
_DEPRECATED = re.compile(r"\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?deprecated\b", re.I)
#: "X is strongly recommended": using it is.
_RECOMMENDED = re.compile(
    r"\s+(?:is|are)\s+(?:strongly\s+|highly\s+|also\s+)?recommended\b", re.IGNORECASE
)
#: "X is discouraged", "X is obsolete": using it is not.
_DISCOURAGED = re.compile(
    r"\s+(?:is|are)\s+(?:now\s+|strongly\s+)?(?:discouraged|obsolete)\b", re.IGNORECASE
)
#: "The wart should be filed down", "Lenses must never be rinsed in tap water": a passive
#: instruction, its thing before it.
_PASSIVE = re.compile(
    rf"\s+(?:should|must)\s*(?P<not>not|n{_APOS}t|never)?\s+(?:always\s+)?be\s+"
    r"(?P<v>[A-Za-z]{3,}(?:ed|en))\b",
    re.IGNORECASE,
)
#: "We advise against filing it", "I'd recommend against a metal brush".
_AGAINST = re.compile(
    rf"(?:we|i)(?:\s+would|{_APOS}d)?\s+(?:strongly\s+)?(?:advise|recommend|warn)\s+against\s+",
    re.IGNORECASE,
)
_NOT_RECOMMENDED = re.compile(
    rf"\s+(?:is|are)\s*(?:not|n{_APOS}t)\s+(?:recommended|advised)\b", re.IGNORECASE
)
_WORKS = re.compile(
    r"\s+(?:really\s+|does\s+|do\s+)?(?:works?|is\s+effective|are\s+effective)\b",
    re.IGNORECASE,
)
#: "A hot bath won't make your veins any worse", "X does no harm": using it is fine.
_HARMLESS = re.compile(
    rf"\s+(?:won{_APOS}t|will\s+not|does\s*(?:not|n{_APOS}t)|do\s*(?:not|n{_APOS}t))\s+make\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:any\s+)?worse\b",
    re.IGNORECASE,
)
_NOT_WORK = re.compile(
    rf"\s+(?:(?:has|have)\s*(?:not|n{_APOS}t)\s+been\s+(?:shown|proven|proved)\s+to\s+work"
    rf"|(?:does|do)\s*(?:not|n{_APOS}t)\s+(?:really\s+)?work"
    rf"|(?:is|are)\s*(?:not|n{_APOS}t)\s+effective|(?:is|are)\s+ineffective)\b",
    re.IGNORECASE,
)
#: The verbs a thing deprecated, recommended or advised against is the object of: using it,
#: installing it, turning it on.
ADOPT = frozenset(action_key(w) for w in ("use", "install", "enable"))
WORK = action_key("work")

#: Words that are no verb of an instruction: function words and words that open a statement.
_NOT_VERBS = FUNCTION_WORDS | word_set(
    "when once after before during while with without for from about both there here what which "
    "who how why and but yet not also then now only even still perhaps maybe although though "
    "because since unless until where whether most many some all few several no nothing none "
    "please thanks yes is are was were be been being can could should will would may might must "
    "do does did have has had let lets see note remember"
)
#: Words after which a part that opens with a noun goes on as a statement: no instruction.
_FINITE = word_set(
    "is are was were be been can could should will would may might must has have had do does "
    "did helps help makes make means mean shows show works work"
)
_DETERMINERS = word_set(
    "a an the its their this that these those his her our your every each some any no"
)
_PRONOUNS = word_set("it them")
#: Who is told to do a thing that names no one: a pronoun, a question's word, first ("Who
#: should not swim in winter"; not "Anyone who finds a stranded whale should").
_NOT_TOLD = _PRONOUNS | word_set("who what which how why when where whether")
#: Where a verb's object ends: a preposition, a clause of its own, punctuation.
_OBJECT_STOP = re.compile(
    r"[,;:()!?]|\.(?:\s|$)|\s[-–—]\s|\b(?:with|without|on|in|at|for|to|from|by|before|after|"
    r"during|until|till|while|into|onto|under|over|through|throughout|across|as|so|because|"
    r"since|but|which|who|that|than|rather|instead|unless|if|when|whether|and\s+(?:keep|make|"
    r"then|leave|let|put|use|get))\b",
    re.IGNORECASE,
)
#: What a prohibition limits itself to: a phrase of how, when or where after its object.
_MANNER = re.compile(
    r"\b(?:with|without|on|in|at|during|until|till|while|before|after|under|into|onto|to|from|"
    r"near|through|around|over|straight\s+after|right\s+after)\s+(?P<m>[^,;:()!?]+?)"
    r"(?=\s*(?:[,;:()!?]|\.(?:\s|$)|$|\b(?:with|without|on|in|at|during|until|while|before|"
    r"after|under|for|because|as|so|but|which|to|from|near|through|around|over)\b))",
    re.IGNORECASE,
)
#: Words of a manner that say how sure it is, not how the act is done: "in good trials".
_EVIDENCE = word_set(
    "trial trials study studies research experience evidence test tests tested testing"
)
#: Words of a thing that are not its content: advice words, light words.
_NOT_THING = FUNCTION_WORDS | word_set(
    "also still now yourself themselves itself himself herself ourselves not upright well good "
    "little bit lot lots least new old first again instead together gently properly nothing "
    "everything something anything"
)
#: Words of a part that leave it undrafted: speculation, a reported belief, history, a double
#: negative.
_UNSURE = word_set(
    "may might could would whether perhaps possibly probably maybe myth myths claim claims claimed "
    "think thinks believe believes believed heard used previously formerly unless except"
)
#: A figure that is a name's part ("port 465", "version 3"), after a noun and before no unit.
_FIGURE = re.compile(r"\d")
_NAMED_FIGURE = re.compile(
    r"\b(?P<w>[A-Za-z]{3,})\s+\d[\d.]*(?=\s*(?:[,;:()!?]|\.(?:\s|$)|$|(?:for|to|on|in|with|or|and|"
    r"instead|unless|if|when|because|so|but|which|as|is|are|was|were|has|have|should|must|can|"
    r"will|works?)\b))",
    re.IGNORECASE,
)
_SENTENCE_SUBJECT = re.compile(
    r"\s*(?P<s>(?:[A-Za-z][\w'’-]*\s+){0,6}?[\w'’-]+)\s+(?:is|are|was|were|has|have|had|works?|"
    r"should|must|can|will|does|do)\b",
    re.IGNORECASE,
)
_MAX_THING_WORDS = 5
#: Where the clause of an act's verb ends: its phrases of how, when and where are before it.
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s|\b(?:and|then|so|but)\s+(?!or\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Act:
    """One instruction or prohibition of an action on a thing."""

    span: tuple[int, int]
    """[start, end) of the part of the sentence that says it."""
    label: str
    """``yes`` (do it, it works) or ``no`` (do not, it does not work)."""
    verbs: frozenset[str]
    """Stems of the action's verbs ("move", "roll"); ``ADOPT`` for a thing deprecated or
    recommended; ``work`` for "X works"."""
    thing: frozenset[str]
    """Stems of the verb's object's content words ("strand", "whal")."""
    said: str
    """The action as written, for the subject's label."""
    nouns: frozenset[str] = frozenset()
    """Stems of the part's words after a determiner ("with a file": file)."""
    manner: tuple[tuple[frozenset[str], ...], ...] = ()
    """The phrases of how, when or where after the object, each as the stems of its
    alternatives ("with a file or pumice stone": ({file}, {pumic, stone}); "directly": a phrase
    of one word)."""
    words: frozenset[str] = frozenset()
    """Stems of every content word of the act, adverbs too: what the instruction says."""
    case: frozenset[str] = frozenset()
    """Stems of a phrase that opens the part before a comma ("On sunny days,": sunni, day)."""


def find_acts(text: str, index: TextIndex) -> list[Act]:
    """Every act in ``text``, at most one per part of a sentence, in text order; none in a part
    with a condition ("if", "when")."""
    return read_parts(text, index, lambda t, s, e: act_in(t, s, e, index))


def act_in(text: str, start: int, end: int, index: TextIndex | None = None) -> Act | None:
    """The act of ``text[start:end]`` (a part of a sentence), or None."""
    while start < end and not text[start].isalnum():
        start += 1
    part = text[start:end]
    if not part or part.rstrip().endswith("?") or _unsure(part) or not _figures_named(part):
        return None
    sentence = index.around((start, start)).sentence if index is not None else (start, end)
    before = text[min(sentence[0], start) : start]
    if index is not None and sentence[0] > 0 and not _words(before):
        # a part that opens its sentence: a pronoun in it may name the last sentence's subject
        # ("The cairo backend is deprecated. Do not install it.")
        previous = index.around((sentence[0] - 1, sentence[0] - 1)).sentence
        if previous[1] <= sentence[0]:
            before = text[previous[0] : previous[1]] + _PREVIOUS
    at, case = _lead(part)
    said = text[sentence[0] : sentence[1]].rstrip() if index is not None else part.rstrip()
    ended = said.endswith((".", "!", ";", ":"))
    reading = _read(part, at, before, _opens_clause(before.rpartition(_PREVIOUS)[2]), ended)
    if reading is None or not reading[1] or not reading[2]:
        # "Keep them upright and tip the head back": the instruction the first leaves unread
        second = _SECOND_INSTRUCTION.search(part, at)
        if second is None or not _instructs(part[at : second.start()]):
            return None
        return act_in(text, start + second.end(), end, index)
    label, verbs, thing, thing_end = reading
    if not verbs or not thing or (label == NO and _DOUBLE_NEGATIVE.search(part)):
        return None
    rest = _CLAUSE_END.split(part[thing_end:], maxsplit=1)[0]
    span = (start, start + len(part.rstrip()))
    words = frozenset(action_key(w) for w in _words(part[at:]) if w not in _NOT_THING)
    return Act(span, label, verbs, thing, part[at:].strip(" .!"), _nouns(part[at:]),
               _manner(rest), words, case)  # fmt: skip


#: A second instruction joined by "and" to a first: "and" then a verb and a determiner ("Keep
#: them upright and tip the head back"), read when the first gives no act.
_SECOND_INSTRUCTION = re.compile(
    r"\band\s+(?=(?:then\s+)?[a-z]{3,}(?:\s+(?:in|on|out|up|down|off|away|back|over))?\s+(?:the|a|an|"
    r"your|their|its|his|her)\b)"
)


def _instructs(first: str) -> bool:
    """Whether the words before a second instruction are an instruction too: they open with a
    verb ("Keep them upright", "discard the first") and say no verb of a statement ("The joint
    is swollen", "Cells calm"), so the second shares their reader, not a statement's subject."""
    said = _words(first)
    if not said or said[0] in _NOT_VERBS or said[0] in _PREPOSITIONS:
        return False
    if said[0].endswith(("ed", "ing", "ly")) or (
        said[0].endswith("s") and not said[0].endswith("ss")
    ):
        return False
    return not any(_told(word) or word in _FINITE or word in IRREGULAR_PAST for word in said)


#: Words that open a phrase of place or time, no verb: "and around a joint".
_PREPOSITIONS = word_set(
    "around behind above below beside between beyond inside outside near under over across "
    "along through within without into onto upon among"
)


def _lead(part: str) -> tuple[int, frozenset[str]]:
    """Where the act's words start after its lead words, and the case a lead phrase says."""
    at, case = 0, frozenset[str]()
    for _ in range(3):
        for pattern in (_LEAD, _PURPOSE_LEAD, _ADVERB):
            opened = pattern.match(part, at)
            if opened is not None and (pattern is not _ADVERB or _is_adverb(opened.group())):
                at = opened.end()
                break
        else:
            opened = _CASE_LEAD.match(part, at)
            if opened is None:
                break
            case = case | _keys(opened.group())
            at = opened.end()
    return at, case


def _is_adverb(word: str) -> bool:
    """An adverb of manner, not a word that ends in -ly by chance ("Apply", "Only")."""
    word = word.strip().lower()
    return word not in word_set("apply reply supply rely only early daily family fly ally")


#: Words a part opened by is no clause of its own: a relative or subordinate clause ("which
#: widen the veins") has no instruction.
_SUBORDINATE = word_set(
    "which who whom whose that because as since while although though where than until till "
    "whereas whether once"
)


def _opens_clause(before: str) -> bool:
    """Whether a part after ``before`` (its sentence's words before it) is a clause of its own
    that may instruct: the sentence's start, after ";" ":" or a dash, "and", "then", "but"."""
    words = _words(before)
    return not words or words[-1] not in _SUBORDINATE


def _read(
    part: str, at: int, before: str, clause: bool = True, ended: bool = True
) -> tuple[str, frozenset[str], frozenset[str], int] | None:
    """The label, verbs, thing and where the thing ends of the act opened at ``part[at:]``."""
    for pattern, label in ((_NEVER, NO), (_OPEN_YES, YES)):
        opened = pattern.match(part, at)
        if opened is not None:
            return _verb_act(part, opened.end(), label, before)
    avoided = _AVOID.match(part, at) or _AGAINST.match(part, at)
    if avoided is not None:
        return _avoided(part, avoided.end(), before)
    recommended = _RECOMMEND.match(part, at)
    if recommended is not None:
        label = NO if recommended["not"] else YES
        after = recommended.end()
        verb = _verb_act(part, after, label, before)
        if verb is not None:
            return verb
        return _thing_act(part, after, label, ADOPT, before)
    passive = _PASSIVE.search(part, at)
    if passive is not None:
        label = NO if passive["not"] else YES
        participle = frozenset({action_key(passive["v"].lower())})
        return _closed(part, at, passive, label, participle, passive=True)
    told = _TOLD.match(part, at)
    if told is not None and not _NOT_TOLD & set(_words(told["who"])[:1]):
        how = told["how"].lower()
        label = NO if re.search(r"\b(?:not|n['’]t|never)\b", how) else YES
        avoided = _AVOID.match(part, told.end())
        if avoided is not None:
            return _avoided(part, avoided.end(), before) if label == YES else None
        return _verb_act(part, told.end(), label, before)
    for pattern, label, verbs in (
        (_DEPRECATED, NO, ADOPT),
        (_DISCOURAGED, NO, ADOPT),
        (_NOT_RECOMMENDED, NO, ADOPT),
        (_RECOMMENDED, YES, ADOPT),
        (_NOT_WORK, NO, frozenset({WORK})),
        (_WORKS, YES, frozenset({WORK})),
        (_HARMLESS, YES, ADOPT),
    ):
        closed = pattern.search(part, at)
        if closed is not None:
            # "Copper tape does not work on snails": where it does not work is its manner
            return _closed(part, at, closed, label, verbs, passive=WORK in verbs)
    return _imperative(part, at, before, ended) if clause else None


#: A verb of saying before the thing of an act said after it: the thing is what follows.
_REPORTED = re.compile(r"\b(?:said|says|say|told|added|explained|that)\b\s*", re.IGNORECASE)


def _closed(
    part: str, at: int, closed: re.Match[str], label: str, verbs: frozenset[str], passive: bool
) -> tuple[str, frozenset[str], frozenset[str], int] | None:
    """An act said after its thing ("Port 465 is deprecated", "Lenses must never be rinsed in
    tap water"): the thing a short noun phrase with no verb of its own. What follows a passive's
    verb or "works" is its manner ("in tap water", "on snails"); what follows a judgement of the
    thing is not ("is deprecated and will be removed in a future release")."""
    reported = list(_REPORTED.finditer(part, at, closed.start()))
    at = reported[-1].end() if reported else at  # "Dr Sallis said cases should be rinsed"
    said = _words(part[at : closed.start()])
    thing = _keys(part[at : closed.start()])
    if not thing or len(said) > _MAX_THING_WORDS or _FINITE & set(said) or _PRONOUNS & set(said):
        return None
    return label, verbs, thing, closed.end() if passive else len(part)


def _verb_act(
    part: str, at: int, label: str, before: str
) -> tuple[str, frozenset[str], frozenset[str], int] | None:
    """A verb (or verbs joined by "or", "and") at ``part[at:]`` and its object."""
    verbs = re.match(
        rf"(?P<v>[A-Za-z]{{3,}})(?:\s+(?:or|and)\s+(?P<w>[A-Za-z]{{3,}}))?(?:\s+{_PARTICLE}\b)?\s*",
        part[at:],
        re.IGNORECASE,
    )
    if verbs is None:
        return None
    said = [verbs["v"].lower()] + ([verbs["w"].lower()] if verbs["w"] else [])
    if set(said) & _NOT_VERBS:
        return None
    thing, end = _object(part, at + verbs.end(), before)
    return label, frozenset(action_key(v) for v in said), thing, end


def _avoided(
    part: str, at: int, before: str
) -> tuple[str, frozenset[str], frozenset[str], int] | None:
    """A verb said after "avoid" ("avoid VERBing X") or a thing ("avoid X": against using it)."""
    gerund = re.match(r"(?P<v>[A-Za-z]{3,}ing)\s+", part[at:], re.IGNORECASE)
    if gerund is not None:
        thing, end = _object(part, at + gerund.end(), before)
        return NO, frozenset({action_key(gerund["v"].lower())}), thing, end
    return _thing_act(part, at, NO, ADOPT, before)


def _thing_act(
    part: str, at: int, label: str, verbs: frozenset[str], before: str
) -> tuple[str, frozenset[str], frozenset[str], int]:
    thing, end = _object(part, at, before)
    return label, verbs, thing, end


def _imperative(
    part: str, at: int, before: str, ended: bool
) -> tuple[str, frozenset[str], frozenset[str], int] | None:
    """An instruction that opens with its verb: "Gently file the wart", "Use port 465",
    "Rub in a little moisturiser"; not a statement that opens with a noun ("Port 465 is
    deprecated", "Harrowfield Airport today welcomed ...", "Keep fit classes are free") nor a
    heading ("Exit codes", "Everyday Quality of Life"). An object with no determiner ("Use port
    465", "Normalize passwords") only in a sentence that ends as one (``ended``)."""
    opened = re.match(rf"(?P<v>[A-Za-z]{{3,}})(?:\s+{_PARTICLE}\b)?\s+", part[at:])
    if opened is None:
        return None
    verb = opened["v"].lower()
    if (
        opened["v"].isupper()  # "COLD WATER, WARM HEART": a heading
        or verb in IRREGULAR_PAST  # "taken in a far smaller quantity": a participle
        or verb in _NOT_VERBS
        or verb.endswith(("ed", "ing", "ly", "'s", "’s"))
        or (verb.endswith("s") and not verb.endswith("ss"))
    ):
        return None
    rest = part[at + opened.end() :]
    after = _words(rest)
    if not after or after[0] in ("of",) or _FINITE & set(after[:4]):
        return None
    clause = _words(re.split(r"[,;:(]", rest, maxsplit=1)[0])
    if any(_told(word) or word in _FINITE or word in IRREGULAR_PAST for word in clause):
        # "Harrowfield Airport today welcomed", "Bug reports and pull requests are welcome",
        # "Younger children need less": a statement
        return None
    if len(after) > 1 and after[0].endswith("s") and after[1] in _DETERMINERS:
        return None  # "Seal takes a day": a statement
    if opened["v"][0].isupper() and rest[:1].isupper():
        return None  # "Inflammatory Bowel Disease", "Sorvenne Cave": a name or a heading
    if after[0] not in _DETERMINERS | _PRONOUNS and (not ended or len(after) < 2):
        return None  # "Exit codes", "Batch compression": a heading
    thing, end = _object(part, at + opened.end(), before)
    return YES, frozenset({action_key(verb)}), thing, end


def _told(word: str) -> bool:
    """Whether a word is a verb of a statement (a past tense, a third person before its
    object): "welcomed", "applies", "replaces"."""
    return (
        (word.endswith("ed") and word not in _NOT_PAST)
        or word.endswith(("ies", "ces"))
        or word in _SAYING
    )


#: Verbs of a statement that no instruction has after its verb: saying, needing.
_SAYING = word_set("said says suggests suggest need needs needed")
#: Words that end in -ed and are no past tense.
_NOT_PAST = word_set("need seed speed bed red shed feed bleed breed weed hundred")


def _object(part: str, at: int, before: str) -> tuple[frozenset[str], int]:
    """The stems of the object at ``part[at:]`` (up to a preposition or a clause), a pronoun
    read as the sentence's subject, and where it ends."""
    stop = _OBJECT_STOP.search(part, at)
    end = stop.start() if stop is not None else len(part)
    said = part[at:end]
    words = _words(said)
    thing = _keys(said)
    if _PRONOUNS & set(words):
        subject = _subject(before + part[:at])
        thing = thing | subject if subject else frozenset()
    return thing, end


#: What ends the last sentence before a part that opens its own, for ``_subject``.
_PREVIOUS = "\n\n"
#: A prohibition that holds only without a thing: "Do not start it without asking a doctor".
_DOUBLE_NEGATIVE = re.compile(r"\bwithout\b", re.IGNORECASE)


def _subject(before: str) -> frozenset[str]:
    """The stems of the subject of the sentence that ``before`` opens ("Port 465 is deprecated,
    so": port 465; "Anyone who finds a stranded whale": stranded whale), after its last
    determiner; else of the last sentence's, when ``before`` holds it (``_PREVIOUS``); none for
    a pronoun."""
    previous, _, here = before.rpartition(_PREVIOUS)
    return _subject_of(here) or (_subject_of(previous) if previous else frozenset())


def _subject_of(sentence: str) -> frozenset[str]:
    found = _SENTENCE_SUBJECT.match(sentence.lstrip(" \t\n\"'“‘(-*"))
    if found is None:
        return frozenset()
    words = _words(found["s"])
    last = max((i for i, w in enumerate(words) if w in _DETERMINERS), default=-1)
    words = words[last + 1 :]
    if not words or set(words) & (_PRONOUNS | word_set("you we i they he she this that")):
        return frozenset()
    return _keys(" ".join(words))


def _manner(rest: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """The phrases of how, when or where in ``rest`` (after the object), each as its
    alternatives ("with a file or pumice stone"), and its adverbs of manner ("directly")."""
    found = []
    for phrase in _MANNER.finditer(rest):
        alternatives = []
        for alternative in re.split(r"\s+or\s+", phrase["m"], flags=re.IGNORECASE):
            keys = _keys(alternative) - frozenset(action_key(w) for w in _EVIDENCE)
            if keys:
                alternatives.append(keys)
        if alternatives:
            found.append(tuple(alternatives))
    for word in _words(rest):
        if word.endswith("ly") and len(word) > 4 and word not in _NOT_MANNER:
            found.append((frozenset({action_key(word)}),))
    return tuple(found)


#: Words in -ly that say no manner of the act: "Don't really need", "never actually".
_NOT_MANNER = word_set(
    "really actually simply usually generally especially certainly definitely only early "
    "normally typically ordinarily entirely completely totally"
)


def _nouns(part: str) -> frozenset[str]:
    """The stems of the words right after a determiner ("with a file": file)."""
    words = _words(part)
    return frozenset(
        action_key(w) for i, w in enumerate(words[1:], 1)
        if words[i - 1] in _DETERMINERS and w not in _NOT_THING
    )  # fmt: skip


def _figures_named(part: str) -> bool:
    """Whether every figure of the part is a name's ("port 465"), none an amount."""
    if not _FIGURE.search(part):
        return True
    named = [m for m in _NAMED_FIGURE.finditer(part) if m["w"].lower() not in _NOT_VERBS]
    return len(named) == len(re.findall(r"\d[\d.,]*", part))


#: "would" of a recommendation, no speculation: "We would recommend port 587".
_WOULD_ADVISE = re.compile(
    r"\b(?:would|[’']d)\s+(?:strongly\s+)?(?:recommend|advise|suggest)\b", re.IGNORECASE
)


def _unsure(part: str) -> bool:
    """Whether the part speculates, reports a belief, tells history or turns round twice."""
    return bool(set(_words(_WOULD_ADVISE.sub(" recommend", part))) & _UNSURE)


def _words(said: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(said)]


def _keys(said: str) -> frozenset[str]:
    words = [w for w in _words(said) if w not in _NOT_THING and len(w) > 1 and not
             (w.endswith("ly") and len(w) > 4)]  # fmt: skip
    return frozenset(action_key(w) for w in words[:_MAX_THING_WORDS])


def opposed(yes: Act, no: Act) -> set[str]:
    """The words that make an instruction ``yes`` and a prohibition ``no`` one action on one
    thing (none: not opposed), when

    - the action is one: a verb of each is one stem, or the verb of one is a noun of the other
      ("Gently file the wart" and "never rub a wart down with a file");
    - the thing is one: the thing of one holds every word of the other's ("a stranded whale"
      and "roll it upright", read as the stranded whale; "the cairo backend" and "the optional
      cairo backend", not "the default skia backend");
    - the prohibition forbids no manner the instruction does not say (of each of its phrases
      of how, when or where, one alternative said by the instruction, a verb as its noun):
      "Never take it on an empty stomach" is not "Take it with food", "Don't run during a
      flare" not "Run three times a week", "Never apply ice directly to the skin" not "Apply
      ice to the sprain";
    - their cases are one: "On sunny days, apply it" is not "Never apply it"."""
    if yes.label == no.label or yes.case != no.case:
        return set()
    verbs = yes.verbs & no.verbs or yes.verbs & no.nouns or no.verbs & yes.nouns
    if not verbs:
        return set()
    yes_thing, no_thing = yes.thing - verbs, no.thing - verbs
    if not yes_thing or not no_thing or not (yes_thing <= no_thing or no_thing <= yes_thing):
        return set()
    said = yes.thing | yes.verbs | yes.nouns | yes.words
    if not all(any(alternative <= said for alternative in phrase) for phrase in no.manner):
        return set()
    return set(verbs | (yes_thing & no_thing))


def propose_act(act: Act) -> Proposal:
    """An act's subject as drafted before grouping (``grouping.instructions`` names the subject
    of the acts it relates)."""
    keys = sorted(act.verbs | act.thing)
    first = _words(act.said)[:1]
    told = act.said[:1].lower() + act.said[1:]
    label = (
        f"Whether to {told}" if first and action_key(first[0]) in act.verbs else f"Whether {told}"
    )
    return Proposal(
        "whether-" + "-".join(keys)[:40],
        label,
        tuple(keys),
        {},
        family=INSTRUCTION,
        keywords=tuple(keys),
    )

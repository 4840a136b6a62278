"""Advice for or against an action ("Never add meat to a compost bin" vs "meat can go in any
compost bin"): where a sentence advises it, the action, and whether the reader is told to do it.

Many disagreements in words are one document telling the reader to do something and another
telling them not to. This module reads such advice part of a sentence by part of a sentence
(parts end at ``;`` ``:``, a dash and before a reason, condition or contrast), each as a
``Stance`` labelled ``do not`` ("never", "don't", "avoid", "it is best to avoid X", "X is
dangerous", "X should not be taken with Y"...) or ``do`` ("always", "just", "make sure you",
"it is fine to X", "X is fine", "X does no harm", "X can be taken with Y", and an instruction
without an advice word: a verb opening the part with its object after it). A recommendation and
a permission are both ``do``: neither tells the reader not to, so "always rinse it" and
"rinsing it is fine" agree, and either conflicts with "never rinse it" (label claims compare by
equality).

Each stance also has a strength: needed ("you must", "X is essential"), always, recommended,
allowed, unnecessary ("there's no need to", "X is optional", "one X is enough") or not always
needed ("X is only needed if...", "X is optional if..."); ``grouping.actions`` compares them within
one action (docs/extract.md, "Whether an action is needed").

The action is the rest of the part (for "X is fine", X and what follows). Precision comes
first, so some advice is left undrafted: an action that says "not", "no", "without", "unless"
(a double negative reads either way), "don't forget" and "don't worry" (they turn the advice
round), reported advice ("she told them to avoid it") and questions, a figure judged ("25% a
week is fine"), a particular thing's state ("the battery is fine"). ``subjects.actions`` keeps
the key words an action is matched on, ``grouping.actions`` puts two documents' stances about
one action under one subject. docs/extract.md, "Advice for or against an action", has the rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from factcheck.extract.ids import slug
from factcheck.extract.mentions.context import TextIndex, words
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.spans import Spans
from factcheck.extract.subjects.actions import (
    AGAIN,
    FUNCTION_WORDS,
    action_key,
    action_words,
    key_word,
    sole_action,
    subject_label,
)
from factcheck.extract.subjects.contexts import context_of
from factcheck.extract.subjects.propose import ADVICE_DIMENSION, Proposal
from factcheck.extract.subjects.roles import population_of

#: The family of a stance's subject: ``grouping.actions`` relates these across documents.
ACTION = "action"
#: What marks the words of a figure among a stance's ``figures`` and its subject's
#: ``keywords``, and those of a phrase that says how often.
FIGURE = "#"
OFTEN = "@"
#: A stance's subject's ``shape``: an instruction with an advice word, one without.
IMPERATIVE = "imperative"
PLAIN = "plain"
#: The two labels: told to do it (or that it is fine), told not to.
DO = "do"
DO_NOT = "do not"
#: How strongly a stance says it, from general English: a thing needed ("you need to", "is
#: essential", "is required"), recommended ("always", "you should", an instruction), allowed ("you
#: can", "is fine"), unnecessary ("there's no need to", "is optional", "is only needed if", "one
#: test is enough") or forbidden ("never", "is not allowed"). The label is ``do`` for the first
#: three and ``do not`` for the last two; ``grouping.actions`` leaves an allowed stance out where
#: another says the action is unnecessary (neither tells the reader to do it, and "you can" and
#: "there's no need to" agree).
NEEDED = "needed"
#: Recommended in every case: "always rinse it" (a plain "rinse it" is only ``RECOMMENDED``).
ALWAYS_DO = "always"
RECOMMENDED = "recommended"
ALLOWED = "allowed"
UNNECESSARY = "unnecessary"
#: Unnecessary in a case, so not needed in every case: "is only needed if the first result is
#: high", "you only need to rebuild it when the schema changes", "retesting is optional if the
#: gauge shows good suction", "there's no need to brine it if it is fresh". Said of the action in
#: general (the case is no condition of the stance's), it disagrees with a need or a
#: recommendation said for every case ("a follow-up test is always needed", "always brine it",
#: "is essential"), not with a plain instruction or a permission (``grouping.actions``).
SOMETIMES = "not always needed"
FORBIDDEN = "forbidden"


@dataclass(frozen=True)
class Stance:
    """One piece of advice for or against an action."""

    span: tuple[int, int]
    """[start, end) of the words that say for or against ("Never", "is fine")."""
    quote: tuple[int, int]
    """[start, end) of the advice: the part of the sentence with the action."""
    label: str
    """``do`` or ``do not``."""
    action: str
    """The action as written, without the advice words: "add meat, fish or dairy to a home
    compost bin"."""
    keys: frozenset[str]
    """Stems of the action's content words."""
    imperative: bool
    """Whether it tells the reader what to do (its action reads as an instruction), not what
    is fine: the action then names the subject best."""
    figures: frozenset[str] = frozenset()
    """The words of the figures in it, each after ``FIGURE`` (``#under months``), or after
    ``OFTEN`` for a phrase that says how often (``@twice a day``): "never feed them twice a day"
    and "always feed them once a day" advise on how often, not on one action."""
    condition: str = ""
    """The condition it holds under ("if you sleep badly"), as words, or ""."""
    strength: str = ""
    """``NEEDED``, ``ALWAYS_DO``, ``RECOMMENDED``, ``ALLOWED``, ``UNNECESSARY``, ``SOMETIMES`` or
    ``FORBIDDEN``."""
    plain: bool = False
    """An instruction without an advice word ("Run `tidy compact` on the live index"): the commonest
    form of advice, so it is about the action of other advice only when one of the two actions
    has no key word the other lacks (``grouping.actions``)."""


# "while the aura is still going on": an event under way, when the action is done, as "during
# the aura" says it; no break in the part (its noun is a key word of the action). Not a clause
# of another subject's doing ("while others wait"), a contrast or a condition.
_ONGOING = (
    r"\s+(?:the|your|an?|this|that)\s+[a-z-]{3,}\s+(?:is|are)\s+(?:still\s+)?(?:going\s+on|"
    r"happening|ongoing|under\s*way|in\s+progress|lasting|continuing)\b"
)
# Parts of a sentence: advice holds up to a reason, a condition or a contrast. Matched on the
# lower-cased text (a case-insensitive pattern of many words is several times slower).
_PART_BREAK = re.compile(
    r"[;:!?]|\s[—–-]\s|,\s+and\b|\b(?:but|even if|even when|even though|though|although|however|"
    r"because|since|so that|so|according to|rather than|"
    r"as long as|provided|unless|if|when|whenever|until|otherwise|instead|as they|as it|which|"
    rf"while(?!{_ONGOING})|whereas|where|or else|and that)\b"
)
# Where the thing said to be fine starts: after "that" or a verb of saying.
_SUBJECT_START = re.compile(
    r"\b(?:that|agreed|agree|agrees|said|say|says|felt|feel|feels|think|thinks|thought|believe|"
    r"believes|reckon|reckons|found|find|finds|view was|consensus was|advice was)\b",
    re.IGNORECASE,
)
# Marks and words before advice that change nothing: bullets, quotes, "Q:", "Please".
_LEAD = r"(?:[\s\-*•>\"“‘'(]|\b[A-Z]:|\bplease\b,?)*"
# The readers advice is given to, named as a group: visitors, guests, passengers...
_READERS = (
    r"(?:(?:all|most)\s+)?(?:visitors|guests|customers|passengers|travell?ers|tourists|drivers|"
    r"cyclists|riders|users|patients|parents|owners|residents|members|applicants|attendees|"
    r"participants|spectators|fans|ticket\s+holders|account\s+holders|cardholders|card\s+holders|"
    r"consumers|shoppers|buyers|householders|homeowners|tenants|landlords|walkers|hikers|"
    r"campers|gardeners|employees|staff|workers|pupils|students|people|everyone|everybody|"
    r"households|families|locals|businesses|schools)"
    # where they live: "households in Dunmore", "residents of Glen Road"
    r"(?:\s+(?:in|of|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)
# People of general English by age, health or activity, with "most" or "healthy" before them:
# "Healthy adults do not need daily electrolyte supplements", "Most children don't need it".
_PEOPLE = (
    r"(?:(?:most|many|all)\s+)?(?:(?:healthy|older|young|adult|pregnant|elderly|active|fit)\s+)?"
    r"(?:adults|children|kids|babies|infants|toddlers|teenagers|teens|women|men|athletes|runners|"
    r"seniors|people|pets|dogs|cats)"
)
_OPENING_NOT = re.compile(
    rf"{_LEAD}(?P<m>never\s+ever|never|(?:do\s+not|don['’]t)(?:\s+ever)?|avoid|refrain\s+from"
    r"|steer\s+clear\s+of|you\s+should\s+(?:not|never)|you\s+shouldn['’]t"
    r"|you\s+must\s+(?:not|never)|you\s+mustn['’]t|we\s+(?:do\s+not|don['’]t)\s+recommend"
    # "You're not supposed to shower in them", "you are not allowed to swim there".
    r"|you(?:\s+are|['’]re)\s+not\s+(?:supposed|allowed|meant|permitted)\s+to"
    # "There is no need to cycle off": the reader is told they need not do it.
    r"|there\s+is\s+no\s+need\s+to|there['’]s\s+no\s+need\s+to|no\s+need\s+to"
    r"|you\s+(?:do\s+not|don['’]t|won['’]t|will\s+not)\s+(?:really\s+|actually\s+)?"
    r"(?:(?:need|have)\s+to|need|require)|you\s+needn['’]t"
    # A change: "You no longer need to restart it", "you no longer have to pass --confirm".
    r"|you\s+(?:now\s+)?no\s+longer\s+(?:(?:need|have)\s+to|need|require)"
    # "Healthy adults do not need daily supplements": the thing is not needed by them.
    rf"|{_PEOPLE}\s+(?:do\s+not|don['’]t|rarely|seldom)\s+need(?!\s+to\b)"
    # "There's no need for a visa": the thing is not needed.
    r"|there\s+is\s+no\s+need\s+for|there['’]s\s+no\s+need\s+for|no\s+need\s+for"
    # "You can skip the rinse": leaving it out is fine; its action is what is skipped.
    r"|you\s+can\s+(?:safely\s+)?skip|it\s+is\s+fine\s+to\s+skip|feel\s+free\s+to\s+skip"
    # "Visitors do not need to book", "Passengers must not board".
    rf"|{_READERS}\s+(?:(?:do\s+not|don['’]t|will\s+not|won['’]t|no\s+longer)\s+(?:need|have)\s+to"
    r"|need\s+not|needn['’]t|must\s+not|mustn['’]t|should\s+not|should\s+never|shouldn['’]t))\s+",
    re.IGNORECASE,
)
# "I have my athletes cycle off ...", "we tell our clients to ...": what a coach has the people
# they advise do; advice to others, not the writer's own experience.
_COACHING = (
    r"(?:i|we)\s+(?:always\s+)?(?:have|get|make)\s+(?:my|our|all\s+my|all\s+our)\s+"
    r"(?:athletes|clients|patients|players|students|runners|lifters|customers|team)"
    r"|(?:i|we)\s+(?:always\s+)?(?:tell|advise|ask)\s+(?:my|our)\s+(?:athletes|clients|"
    r"patients|players|students|runners|lifters|customers|team)\s+to"
)
_COACH = re.compile(rf"{_LEAD}(?:{_COACHING})\s", re.IGNORECASE)
_OPENING_DO = re.compile(
    rf"{_LEAD}(?P<m>always|just|(?:we|i)\s+(?:would\s+|strongly\s+)?recommend(?:\s+that)?"
    rf"|{_COACHING}"
    r"|you\s+should\s+always|make\s+sure\s+(?:to|you|that\s+you)|be\s+sure\s+to|remember\s+to"
    # A need: "you need to retest", "you must validate", "you'll need a visa", "you should".
    r"|you(?:\s+will|['’]ll)?(?:\s+still)?\s+(?:(?:need|have)\s+to|need|require)"
    r"|you\s+must(?:\s+always|\s+still)?"
    r"|you(?:\s+have|['’]ve)\s+got\s+to|you\s+should"
    # A permission: "you can shower straight after", "feel free to add", "go ahead and prune".
    r"|you\s+(?:can|may)(?:\s+safely|\s+still)?|feel\s+free\s+to|go\s+ahead\s+and"
    r"|you(?:\s+are|['’]re)\s+(?:allowed|welcome|free|permitted)\s+to"
    # Told to a group of readers by name: "Visitors must book", "Passengers need to register".
    rf"|{_READERS}\s+(?:must|should|will\s+need\s+to|need\s+to|have\s+to|are\s+required\s+to))"
    r"\s+",
    re.IGNORECASE,
)
#: The verbs of taking or using a thing that going on with it or leaving it off takes: "keep
#: taking it", "Stop using the cream", "Continue to take your tablets".
_TAKING = r"(?:taking|take|using|use|wearing|wear|giving|give|applying|apply)"
# "Run `tidy compact` on...", "Wear it on...": a verb that opens a part, with its object after it.
# "Jump straight into a hot shower": a verb of motion, how and where to, then the object;
# "Swim fasted": a verb and the state to do it in.
_PLAIN = re.compile(
    rf"{_LEAD}(?P<m>[A-Za-z]{{3,}})\s+(?:(?:off|on|out|up|down|away|back)\s+)?"
    rf"(?P<go>(?:to\s+)?{_TAKING}\s+)?"
    r"(?:(?:(?:straight|right|directly)\s+(?:in|into|onto)|into|onto|"
    r"out\s+of)\s+)?(?=(?:a|an|the|it|them|your|each|this|these|every|any|all|both|fasted)\b|`)",
    re.IGNORECASE,
)
_IT_IS = r"(?:it\s+is|it['’]s)\s+(?:perfectly\s+|absolutely\s+|quite\s+|usually\s+)?"
# "It is fine to X", "it is best to avoid X": the action is X.
_TO_NOT = re.compile(
    rf"\b(?P<m>{_IT_IS}(?:(?:best|wise|better|safest)\s+(?:to\s+avoid|not\s+to)|(?:(?:not|never)\s+"
    r"(?:safe|a\s+good\s+idea|wise|advisable|ok|okay|acceptable)|unsafe|dangerous|a\s+bad\s+idea"
    r"|unwise|inadvisable)\s+to))\s+",
    re.IGNORECASE,
)
_TO_DO = re.compile(
    rf"\b(?P<m>{_IT_IS}(?:fine|ok|okay|safe|a\s+good\s+idea|best|wise|important|essential|"
    r"necessary|vital|crucial|mandatory|compulsory|"
    r"acceptable|allowed|permissible)\s+to"
    r"|it\s+(?:does\s+not|doesn['’]t|won['’]t)\s+hurt\s+to|there(?:\s+is|['’]s)\s+no\s+harm\s+in"
    r"|there(?:\s+is|['’]s)\s+nothing\s+wrong\s+with"
    # A permission: "residents ... can choose to stay", "you are free to skip it".
    r"|(?:can|may)\s+(?:choose|decide|opt|elect)\s+to|(?:is|are)\s+(?:free|allowed|welcome)\s+to)"
    r"\s+",
    re.IGNORECASE,
)
# "X is fine", "X does no harm", "X can go in Y": the action is X and what follows.
_BE_DONE = r"be\s+(?:added\s+to|taken|used|given|eaten|mixed\s+with|put\s+in(?:to)?)"
_AFTER_DO = re.compile(
    r"\b(?P<m>(?:is|are)\s+(?:perfectly\s+|absolutely\s+|quite\s+)?(?:fine|ok|okay|safe|"
    r"harmless|a\s+good\s+idea|recommended|allowed|permitted|acceptable|no\s+problem)"
    r"|(?:does|do)\s+no\s+harm|(?:won['’]t|will\s+not)\s+(?:do\s+(?:you\s+)?any\s+harm|hurt)"
    r"|(?:does|do)\s+not\s+do\s+(?:you\s+)?any\s+harm|(?:can|may)\s+(?:safely\s+)?"
    rf"(?:go\s+in(?:to)?|{_BE_DONE})"
    # Left out of a ban: "Paddling pools are exempt", "is exempt from the ban" (not "exempt
    # from the charge": a thing that need not be paid).
    r"|(?:is|are)\s+(?:also\s+|still\s+)?exempt(?=\s*(?:[,.;:!]|$)|\s+from\s+(?:the\s+|this\s+)?"
    r"(?:ban|restrictions?|rules?|order)\b))\b",
    re.IGNORECASE,
)
_AFTER_NOT = re.compile(
    # A ban said with a word of time or degree, or to come: "Filling paddling pools is also
    # banned", "garden watering of any kind will be banned".
    r"\b(?P<m>(?:is|are|will\s+(?:also\s+)?be)\s+(?:also\s+|now\s+|still\s+|strictly\s+|"
    r"completely\s+|totally\s+|entirely\s+)?(?:forbidden|prohibited|banned|outlawed)"
    r"|(?:is|are)\s+(?:not\s+recommended|not\s+safe|unsafe|dangerous|harmful|a\s+bad\s+"
    r"idea|best\s+avoided|not\s+(?:allowed|permitted|advisable|advised|acceptable|ok|okay|a\s+good"
    r"\s+idea)|never\s+(?:a\s+good\s+idea|safe|ok|okay|advisable|acceptable)|inadvisable)"
    r"|should\s+be\s+avoided|(?:should|must)(?:\s+not|\s+never|n['’]t)\s+"
    rf"{_BE_DONE})\b",
    re.IGNORECASE,
)
# A way or place open to its users: "the old track remains open to local traffic", "the footpath
# is still open to walkers": using it is allowed (the action is the way; a particular one).
_OPEN_TO = re.compile(
    r"\b(?P<m>(?:is|are|remains?|stays?)\s+(?:still\s+)?open\s+to)\s+(?:the\s+public|local|all|"
    r"traffic|vehicles|cars|walkers|cyclists|pedestrians|visitors|residents|everyone|drivers|"
    r"users|members)\b",
    re.IGNORECASE,
)
_OPEN_CASE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:on|until|till|between|from|during|at|after|before|in|only)\b",
    re.IGNORECASE,
)
# "A follow-up test is always needed", "Sealing the grout is a must": the action is needed.
_NEED_WORDS = (
    r"(?:needed|required|necessary|essential|mandatory|compulsory|obligatory|vital|a\s+must)"
)
_AFTER_NEED = re.compile(
    r"\b(?P<m>(?:is|are)\s+(?:always\s+|absolutely\s+|really\s+|still\s+|strictly\s+)?"
    rf"{_NEED_WORDS})\b",
    re.IGNORECASE,
)
# "A follow-up test is not needed", "is optional", "is only needed if...": not needed (in
# general: "only" keeps the need to a case, so it is no condition of the stance's).
_AFTER_UNNEEDED = re.compile(
    r"\b(?P<m>(?:is|are)(?:\s+not|n['’]t|\s+never)\s+(?:always\s+|really\s+|strictly\s+|"
    rf"absolutely\s+|actually\s+|usually\s+)?{_NEED_WORDS}|(?:is|are)\s+(?:usually\s+)?(?:unnecessary|"
    r"optional|pointless|superfluous|overkill|not\s+worth\s+it|a\s+waste\s+of\s+time|only\s+"
    rf"(?:{_NEED_WORDS}|worth\s+it|recommended|advised|advisable)))\b",
    re.IGNORECASE,
)
# "The ticket must be validated", "the rice doesn't need to be rinsed", "the dough doesn't need
# resting": a thing done to something, needed or not; the verb after them stays in the action.
_PARTICIPLE = (
    r"(?=\s+(?!(?:avoided|banned|forbidden|prohibited|discouraged|allowed|permitted|advised|"
    r"recommended|encouraged|required|needed)\b)(?=[a-z]{3,}\b)[a-z]*(?:ed|en|wn|ung|ept|elt|ilt|"
    r"ut|et)\b)"
)
_PASSIVE_NEED = re.compile(
    r"\b(?P<m>(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+(?:always\s+|still\s+)?be"
    rf"{_PARTICIPLE})",
    re.IGNORECASE,
)
_PASSIVE_UNNEEDED = re.compile(
    r"\b(?P<m>(?:(?:does|do)(?:\s+not|n['’]t)\s+(?:really\s+|actually\s+)?(?:need|have)\s+to|"
    rf"need\s+not|needn['’]t)\s+be{_PARTICIPLE}|(?:does|do)(?:\s+not|n['’]t)\s+"
    r"(?:really\s+|actually\s+)?need(?=\s+[a-z]{3,}ing\b))",
    re.IGNORECASE,
)
# "One test is enough", "a single coat is sufficient": doing it again is not needed.
_AFTER_ENOUGH = re.compile(
    r"\b(?P<m>(?:is|are)\s+(?:usually\s+|generally\s+|normally\s+)?(?:enough|sufficient|"
    r"plenty|all\s+you\s+need))\b",
    re.IGNORECASE,
)
_ONE = re.compile(
    r"\s*(?P<one>(?:just\s+|only\s+)?(?:one|a\s+single|the\s+first))\s+", re.IGNORECASE
)
# "No follow-up test is needed": the thing after "no" is not needed.
_NO_THING = re.compile(r"\s*no\s+", re.IGNORECASE)
# Advice the writer reports as a myth or as others' claim: "Some say...", "It's a myth that...",
# "You may have heard that...", "my neighbour insists that..." (not what people agreed: "members
# agreed cooked leftovers can go in any bin" is the writer's report of advice, as the writer's).
_REPORTED = re.compile(
    r"\b(?:myths?|misconceptions?|heard|insists?|insisted|claims?|claimed|supposedly|rumou?rs?|"
    r"folklore|old\s+wives|some(?:\s+people)?\s+(?:say|said|claim|believe|think|insist|swear)|"
    r"many\s+people\s+(?:say|believe|think|insist|swear))\b",
    re.IGNORECASE,
)
# "The battery is fine", "my knee is fine": a thing's state, said of a particular one.
_STATE = re.compile(r"\s*(?:the|my|our|his|her|their|its|this|that)\b", re.IGNORECASE)


#: Openings whose action is a thing or a gerund, not a verb ("avoid citrus juice").
_THING_OPENINGS = ("avoid", "refrain", "steer")
#: Openings whose action may be a thing: "you need a visa", "there's no need for a visa".
_THING_NEEDS = ("skip", "need", "require", "for")
# "You only need to retest if the level is high", "only rebuild the index when the schema
# changes": needed only in a case, so not needed in general (with a condition after it).
_ONLY = re.compile(
    rf"{_LEAD}(?P<m>(?:you\s+(?:will\s+|['’]ll\s+)?)?only(?:\s+(?:(?:need|have)\s+to|need|should"
    r"|must))?)\s+",
    re.IGNORECASE,
)
# "On overcast days, you can skip sunscreen", "During the test, you must keep the windows shut":
# when or where, before the advice of the reader's; its words are the action's. Not with a figure
# ("In 2019, you could...": history) nor a word of history ("In older versions, ...").
_CIRCUMSTANCE = re.compile(
    rf"{_LEAD}(?:on|in|during|after|before|for|at|throughout|over)\s+(?P<c>[^,;:.!?\d]{{2,50}}?),"
    r"\s*(?:(?:though|however|instead|otherwise),\s*)?(?=you\b|never\b|always\b|there\b|don['’]t\b|do\s+not\b|only\b)",
    re.IGNORECASE,
)
_HISTORY = word_set("older earlier previous past former formerly old before used")
# "Even with a spacer, rinse your mouth", "Even after a mild bite, you should...": a case the
# advice holds in too, so every case; the advice starts after its comma.
_EVEN_WITH = re.compile(
    rf"{_LEAD}even\s+(?:with|without|after|for|on|in|at|during)\s+[^,;:.!?\d]{{2,50}}?,\s*",
    re.IGNORECASE,
)
# "Since 2.0, ...", "As of version 3, ...", "Starting with v1.4, ...": a change that holds now.
_RELEASE = r"(?:version\s+|release\s+|v)?\d+(?:\.\d+)*(?:\s+onwards?|\s+on)?\s*,\s*"
_SINCE_RELEASE = re.compile(
    rf"{_LEAD}(?:since|as\s+of|from|starting\s+(?:with|from|in))\s+{_RELEASE}", re.IGNORECASE
)
_RELEASE_LEAD = re.compile(rf"\s*{_RELEASE}", re.IGNORECASE)
# Words of contrast set off by commas as an aside ("On overcast days, though, you can skip it",
# "Pharmacists, however, say..."): they join the part to what came before, no break in it.
_ASIDES = ("though", "however", "instead", "otherwise")
_ASIDE = re.compile(r",\s*(?:though|however|instead|otherwise)\s*,")
#: Verbs after "you should", "you must" or "you need" that say what the reader will see, be or
#: know: no advice ("You should see a difference", "you should be fine").
_NO_ADVICE = word_set(
    "see find notice expect read hear feel imagine be have experience develop lose gain know also "
    "still now then only even already"
)
_ALLOWING = re.compile(
    r"\b(?:you\s+(?:can|may)|feel|go\s+ahead|you(?:\s+are|['’]re)|fine|ok|okay|safe|acceptable|allowed"
    r"|permissible|permitted|harmless|no\s+problem|no\s+harm|nothing\s+wrong|hurt|harm|choose|decide|exempt"
    r"|opt|elect|free|welcome|open|go\s+in|be\s+(?:added|taken|used|given|eaten|mixed|put))\b",
)
_NEEDING = re.compile(
    r"need|have\s+to|must|got\s+to|require|essential|necessary|vital|crucial|mandatory|compulsory"
)


def _strength(opening: str, label: str) -> str:
    """How strongly advice words say their stance (see ``NEEDED``...), from the lower-case words
    that say it ("you must", "there's no need to", "is fine")."""
    if label == DO_NOT:
        unneeded = _NEEDING.search(opening) and not re.search(r"\bmust\b", opening)
        return UNNECESSARY if unneeded or opening.endswith("skip") else FORBIDDEN
    if _NEEDING.search(opening):
        return NEEDED
    if re.match(r"(?:you\s+should\s+)?always\b", opening):
        return ALWAYS_DO
    return ALLOWED if _ALLOWING.search(opening) else RECOMMENDED


#: Verbs after "you can" or "you may" that say what the reader will see or find, or words that
#: are no verb: no permission ("You can see the results in the log").
_NO_PERMISSION = word_set(
    "see find notice expect read learn tell hear feel imagine say call think contact reach "
    "visit download buy order get also still now then only always usually even easily just "
    "need want wish be have experience develop lose gain save help"
)
#: Words after "don't" that turn the advice round or are no action.
_TURNING = word_set(
    "be forget worry hesitate fail neglect fear panic stress believe assume expect think miss "
    "let get"
)
#: "get" moving into a place is an action ("Never get into a hot shower straight after"), not
#: a state ("don't get discouraged") or a phrase ("don't get me wrong").
_GET_INTO = re.compile(
    r"\s*get\s+(?:in|into|onto|out\s+of)\s+(?:a|an|the|your|any)\b", re.IGNORECASE
)
#: Words in the action that make its polarity unclear.
_NEGATIONS = word_set("not no never without unless except nor cannot can't won't whether unsure if")
_MIN_ACTION_WORDS = 2
#: Particles that make a verb another action: "cycle off", "switch on", "wash out".
_PARTICLES = word_set("off on out up down away back")
#: How far before a quote a figure overlapping it may start (figures are short).
_FIGURE_REACH = 200
# "Do not start it unless your doctor agrees": a part that a negative condition ends.
_DOUBLE_NEGATIVE = re.compile(r"\s*(?:unless|except|without)\b", re.IGNORECASE)
#: First words of a part that are no instruction: "Most of the", "Then the", "Here the".
_NOT_VERBS = word_set(
    "when once after before during while with without for from about around both there here "
    "what which who how why and but yet not also then now only even still perhaps maybe "
    "although though because since unless until where whether across among amongst between "
    "despite today tonight yesterday tomorrow almost together within through throughout toward "
    "towards along against behind beside besides beyond inside outside upon unlike like via per "
    "plus every each most many some all few several"
)
_NOT_VERB_ENDINGS = ("ing", "ly", "'s", "’s")


def find_stances(
    text: str,
    index: TextIndex,
    figures: Sequence[tuple[int, int]] = (),
    often: Sequence[tuple[int, int]] = (),
) -> list[Stance]:
    """Every piece of advice for or against an action in ``text``, in text order (one per part
    of a sentence). ``figures`` are the spans of the numbers and of the other advice in words:
    "25% a week is fine", "once a day is fine" judge an amount or a time, no action; ``often``
    those of the phrases that say how often, advice or not ("once a day")."""
    figures = [*figures, *often]
    found: dict[tuple[int, int], Stance] = {}
    parts = _parts(text, index)
    for stance in _openings(text, parts):
        found.setdefault(stance.quote, stance)
    taken, said_figures = Spans(list(found)), Spans(list(figures))
    for stance in _judged(text, parts):
        if said_figures.overlaps(stance.quote[0], stance.span[0]):
            continue
        if not taken.overlaps(*stance.quote):
            found[stance.quote] = stance
            taken.add(*stance.quote)
    spans = sorted(set(figures))
    starts = [start for start, _ in spans]
    how = set(often)
    kept = {}
    for quote, stance in found.items():
        # A figure's words name no action: "do not exceed 25 mg a day" and "take 40 mg a day"
        # share "mg" and "day" only.
        inside = spans[bisect.bisect_left(starts, quote[0] - _FIGURE_REACH) :
                       bisect.bisect_left(starts, quote[1])]  # fmt: skip
        # (not the words that judge it: "is optional" is no figure of "sealing the grout")
        said = [(start, end) for start, end in inside
                if _overlap((start, end), quote) and not _overlap((start, end), stance.span)]  # fmt: skip
        keys = stance.keys - {
            action_key(word) for start, end in said for word in action_words(text[start:end])
        }
        # (one key word: a verb that is a whole action, or a thing needed, ``_stance``)
        if len(keys) >= _MIN_ACTION_WORDS or sole_action(keys) or len(stance.keys) == 1:
            figured = frozenset(
                (OFTEN if span in how else FIGURE) + " ".join(words(text[span[0] : span[1]]))
                for span in said
            )
            kept[quote] = replace(stance, keys=keys, figures=figured)
    for quote, stance in kept.items():
        if (treated := _treated(stance)) is not None:
            kept[quote] = treated
        elif (going_on := _going_on(stance)) is not None:
            kept[quote] = going_on
    for quote, stance in kept.items():
        if stance.strength == UNNECESSARY and stance.condition:
            # "Retesting is optional if the gauge shows good suction": not needed in every case
            kept[quote] = replace(stance, strength=SOMETIMES, condition="")
    return sorted(kept.values(), key=lambda s: s.span)


# Making a thing safe before it is used: "Boil all tap water before drinking it", "filter
# stream water before you drink it", "disinfect the bottles before using them" say not to use
# it as it is, against "tap water is safe to drink" (the use's verb and the thing are the
# action). Verbs of making safe in general English, not of preparing (cook, wash, peel).
_TREATED = re.compile(
    r"(?:boil|filter|purify|treat|sterili[sz]e|disinfect|chlorinate)\s+(?P<thing>[\w\s'’-]{2,60}?)"
    r"\s+before\s+(?:you\s+)?(?P<use>drinking|drink|eating|eat|using|use|consuming|consume)"
    r"(?:\s+(?:it|them))?",
    re.IGNORECASE,
)
_USE_VERB = {"drinking": "drink", "eating": "eat", "using": "use", "consuming": "consume"}


def _treated(stance: Stance) -> Stance | None:
    """An instruction to make a thing safe before using it, as one against using it as it is
    (a need to, "you must boil it", is left to meet "there's no need to boil it")."""
    treated = _TREATED.fullmatch(stance.action)
    if treated is None or stance.strength not in (RECOMMENDED, ALWAYS_DO):
        return None  # "you must boil it" meets "there's no need to boil it" as it is
    use = treated["use"].lower()
    action = f"{_USE_VERB.get(use, use)} {treated['thing']}"
    keys = frozenset(action_key(word) for word in action_words(action) if key_word(word))
    if len(keys) < _MIN_ACTION_WORDS:
        return None
    return replace(stance, label=DO_NOT, action=action, keys=keys, strength=FORBIDDEN)


# Going on with a thing the reader already takes or uses: "If you already take allopurinol,
# keep taking it during a flare" is about allopurinol ("it" is the thing the condition names),
# and the condition is what going on with it takes for granted, no case of its own: against
# "stop your allopurinol during a flare" (``subjects.actions``: continue against stop).
_GO_ON = re.compile(
    rf"(?P<verb>(?:keep|carry\s+on|continue)\s+(?:on\s+|to\s+)?{_TAKING})\s+(?P<it>it|them)\b"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_ALREADY = re.compile(
    r"you\s+(?:already\s+|currently\s+|still\s+|now\s+|regularly\s+)?(?:take|use|wear|are\s+"
    r"(?:on|taking|using|wearing))\s+(?P<thing>[\w'’ -]{2,40})",
    re.IGNORECASE,
)
_GO_ON_START = re.compile(r"(?:keep|carry\s+on|continue)\b", re.IGNORECASE)


def _going_on(stance: Stance) -> Stance | None:
    """A stance to go on with a thing its condition says the reader already takes or uses, the
    thing named for a pronoun and the condition dropped ("If you already take allopurinol, keep
    taking it during a flare": keep taking allopurinol during a flare); None for other stances."""
    already = _ALREADY.fullmatch(stance.condition.strip())
    if already is None or not _GO_ON_START.match(stance.action):
        return None
    thing = already["thing"].strip()
    action = stance.action
    if (pronoun := _GO_ON.fullmatch(action)) is not None:
        action = f"{pronoun['verb']} {thing}{pronoun['rest']}"
    elif not {action_key(word) for word in action_words(thing)} <= stance.keys:
        return None  # "If you take iron, keep taking vitamin C": another thing
    named = frozenset(action_key(word) for word in action_words(thing) if key_word(word))
    return replace(stance, action=action, keys=stance.keys | named, condition="")


@dataclass(frozen=True)
class _Part:
    """A part of a sentence advice may be said in, with the condition it holds under."""

    start: int
    end: int
    condition: str
    """The words of an "if" or "when" clause before it ("If you sleep badly, never...") or
    right after it ("never drink coffee after lunch if you sleep badly"), or ""."""
    every: bool = False
    """Whether a concession opens its sentence ("Even though I was vaccinated, you'll still
    need...", "Even with a spacer, rinse..."): the advice holds in that case too, so in every
    case."""


_CONDITIONS = word_set("if when whenever")
#: Words that open a clause of reason or concession before the advice of its sentence, after a
#: comma: "Because you have had the full course, you will not need immunoglobulin", "Even though
#: I was vaccinated, you'll still need it". The clause is no condition: the advice holds.
_LEADS = frozenset({"because", "since", "although", "though", "even though", "even if",
                    "even when"})  # fmt: skip
_CONCESSIONS = frozenset({"although", "though", "even though", "even if", "even when"})
_CONDITION_WORDS = 6


_Reading = TypeVar("_Reading")


def read_parts(
    text: str, index: TextIndex, read: Callable[[str, int, int], _Reading | None]
) -> list[_Reading]:
    """What ``read(text, start, end)`` finds in each part of a sentence of ``text`` that holds
    under no condition ("if", "when"), in text order: at most one reading per part (the facts
    and the statements of a polarity are read so)."""
    return [reading for _, reading in _read_each_part(text, index, read, conditioned=False)]


def read_every_part(
    text: str, index: TextIndex, read: Callable[[str, int, int], _Reading | None]
) -> list[tuple[str, _Reading]]:
    """What ``read(text, start, end)`` finds in each part of a sentence of ``text``, in text
    order, with the condition the part holds under, its first words ("Two processes can safely
    share a worker ID if they run on different machines": "they run on different machines"),
    or "" for none."""
    return list(_read_each_part(text, index, read, conditioned=None))


def _read_each_part(
    text: str,
    index: TextIndex,
    read: Callable[[str, int, int], _Reading | None],
    conditioned: bool | None,
) -> Iterator[tuple[str, _Reading]]:
    """``read``'s readings of the parts under a condition (``conditioned`` True), under none
    (False) or all (None), each with its part's condition."""
    for part in _parts(text, index):
        if conditioned is not None and bool(part.condition) != conditioned:
            continue
        reading = read(text, part.start, part.end)
        if reading is not None:
            yield part.condition, reading


def _parts(text: str, index: TextIndex) -> list[_Part]:
    """The parts of every sentence of ``text`` but questions, split at ``_PART_BREAK``."""
    lower = text.lower()
    pieces: list[tuple[int, int, str]] = []
    position = 0
    while position < len(text):
        sentence = index.around((position, position)).sentence
        piece, opener = max(sentence[0], position), ""
        position = max(sentence[1], position) + 1
        if text[piece : sentence[1]].rstrip().endswith("?"):
            continue
        for match in _PART_BREAK.finditer(lower, piece, sentence[1]):
            comma = lower.rfind(",", piece, match.start())
            if (
                match.group() in _ASIDES
                and comma >= 0
                and _ASIDE.match(lower, comma, match.end() + 3)
            ):
                continue  # "On overcast days, though, you can skip it": an aside, no break
            pieces.append((piece, match.start(), opener))
            piece, opener = match.end(), match.group().strip()
        pieces.append((piece, sentence[1], opener))
    parts = []
    for number, (start, end, opener) in enumerate(pieces):
        condition, every = "", False
        if opener == "however" and _HOWEVER.match(text, start, end):
            continue  # "however well it seems": no advice of its own (the one before holds)
        if number + 1 < len(pieces) and pieces[number + 1][2] == "however":
            # "Do not release a found pigeon, however well it seems": in every case
            every = _HOWEVER.match(text, pieces[number + 1][0], pieces[number + 1][1]) is not None
        if opener in _LEADS and not words(text[pieces[number - 1][0] : pieces[number - 1][1]]):
            # "Because you have had the full course, you will not need ...": the advice after
            # the clause that opens its sentence (no comma: the clause itself)
            comma = text.find(",", start, end)
            if comma < 0:
                continue
            start, every = comma + 1, opener in _CONCESSIONS
        elif opener in _CONDITIONS:
            comma = text.find(",", start, end)
            if comma < 0:
                continue  # the condition itself
            condition, start = text[start:comma], comma + 1
        elif (on := _ON_THING_CASE.match(text, start, end)) is not None and _on_thing_case(
            text, pieces, number, on
        ):
            # "If you get an attack while on allopurinol, stop your allopurinol": the case is
            # the attack; being on the thing the advice names is what it takes for granted
            previous = pieces[number - 1]
            condition, start = text[previous[0] : previous[1]], on.end()
        elif number + 1 < len(pieces) and pieces[number + 1][2] in _CONDITIONS:
            following = pieces[number + 1]
            if lower[end : following[0]].strip() in _CONDITIONS:  # right after it, no comma
                condition = text[following[0] : following[1]]
        if text[start:end].strip():
            said = " ".join(words(condition)[:_CONDITION_WORDS])
            parts.append(_Part(start, end, said, every))
    return parts


#: What follows "however" in a clause of concession: "however well it seems", "however mild they
#: seem", "however fit they are" (the advice before it holds in every such case).
_HOWEVER = re.compile(
    r"\s*[a-z]+\s+(?:it|they|you|he|she|this|that|these|those|we)\s+(?:seems?|looks?|feels?|"
    r"appears?|is|are|gets?|may\s+(?:seem|feel|look))\b",
    re.IGNORECASE,
)
#: The rest of an "if" clause after "while": being on (taking, using) a thing, then the advice
#: after a comma ("If you get an attack while on allopurinol, stop your allopurinol").
_ON_THING_CASE = re.compile(
    r"\s*(?:you\s+are\s+|you['’]re\s+)?(?:on|taking|using)\s+(?P<thing>[^,.;:]{2,40}),",
    re.IGNORECASE,
)


def _on_thing_case(
    text: str, pieces: list[tuple[int, int, str]], number: int, on: re.Match[str]
) -> bool:
    """Whether the piece ``number`` of a sentence, opened by "while" right after an "if" or
    "when" clause with no comma, is being on a thing the advice after it names (see
    ``_ON_THING_CASE``)."""
    _, end, opener = pieces[number]
    if opener != "while" or number == 0 or pieces[number - 1][2] not in _CONDITIONS:
        return False
    previous = pieces[number - 1]
    if "," in text[previous[0] : previous[1]]:
        return False
    named = {action_key(word) for word in action_words(on["thing"]) if key_word(word)}
    advice = {action_key(word) for word in action_words(text[on.end() : end]) if key_word(word)}
    return bool(named) and named <= advice


# "Take your lenses out before any sleep", "remove your rings before kneading dough", "take off
# your shoes before entering": a thing taken off or out before an activity is not to be worn then.
_THING = r"(?:your|the|any|all|each)\s+[^,.;:()]{1,40}?"
_REMOVAL = re.compile(
    rf"{_LEAD}(?:(?:always|just|please)\s+)?(?P<m>(?:take|get)\s+(?P<a>{_THING})\s+(?:out|off)"
    rf"|(?:take|get)\s+(?:out|off)\s+(?P<b>{_THING})|remove\s+(?P<c>{_THING}))\s+before\s+"
    r"(?P<y>[^,.;:()]{2,60})",
    re.IGNORECASE,
)
# "Take the strap off at night", "remove your rings during the day": a thing taken off or out at
# a time of day is not to be worn then (against "Wear the strap at night, too"). The time is
# said as one word of it, so that "overnight" and "at bedtime" meet "at night".
_REMOVAL_AT = re.compile(
    rf"{_LEAD}(?:(?:always|just|please)\s+)?(?P<m>(?:take|get)\s+(?P<a>{_THING})\s+(?:out|off)"
    rf"|(?:take|get)\s+(?:out|off)\s+(?P<b>{_THING})|remove\s+(?P<c>{_THING}))\s+(?P<t>at\s+"
    r"night|overnight|during\s+the\s+(?:night|day)|at\s+bedtime|in\s+bed|for\s+sleep|while\s+you"
    r"\s+sleep|in\s+the\s+daytime|in\s+the\s+evenings?)(?=\s*(?:[,.;:!()]|$|\b(?:and|as|because|"
    r"so|but|to|when|if|unless)\b))",
    re.IGNORECASE,
)
#: The time of day each time phrase of ``_REMOVAL_AT`` says (by a word of it), as words.
_TIMES_OFF = {"night": "at night", "overnight": "at night", "bedtime": "at night",
              "bed": "at night", "sleep": "at night", "day": "during the day",
              "daytime": "during the day", "evening": "in the evening",
              "evenings": "in the evening"}  # fmt: skip
#: What may follow "before" as the activity: a clause of the reader's ("you shower"), a gerund
#: ("swimming"), a noun after "any", "a", "each" ("any sleep"), or a noun alone ("bed").
_ACTIVITY_DETERMINERS = word_set("any a an each every")
_ACTIVITY_WORDS = 4


def _removal(text: str, part: _Part) -> Stance | None:
    """Advice against doing an activity with a thing on or in, said as taking it off or out
    first ("Take your lenses out before any sleep": do not sleep in your lenses), or at a time
    of day ("Take the strap off at night": do not wear it at night), or None."""
    match = _REMOVAL.match(text, part.start, part.end)
    if match is None:
        return _removal_at(text, part)
    thing = next(match[g] for g in "abc" if match[g])
    said = words(match["y"])
    if said[:1] == ["you"]:
        said = said[1:]  # "before you shower"
    elif said[:1] and said[0] in _ACTIVITY_DETERMINERS:
        said = said[1:]  # "before any sleep"
    elif len(said) > 1 and not said[0].endswith("ing"):
        return None  # "before the lorry comes": a clause of another's, no activity of the reader's
    if not said or len(said) > _ACTIVITY_WORDS or not key_word(said[0]):
        return None
    activity = " ".join(said)
    keys = frozenset(action_key(w) for w in action_words(f"{activity} {thing}") if key_word(w))
    if len(keys) < _MIN_ACTION_WORDS or _NEGATIONS & set(said):
        return None
    quote = (match.start("m"), _trim(text, match.start("m"), part.end))
    return Stance(match.span("m"), quote, DO_NOT, f"{activity} with {thing}", keys, True,
                  condition=part.condition, strength=FORBIDDEN)  # fmt: skip


def _removal_at(text: str, part: _Part) -> Stance | None:
    """Advice against wearing a thing at a time of day, said as taking it off or out then ("Take
    the strap off at night": wear the strap at night, ``do not``), or None."""
    match = _REMOVAL_AT.match(text, part.start, part.end)
    if match is None:
        return None
    thing = next(match[g] for g in "abc" if match[g])
    time = next(_TIMES_OFF[w] for w in reversed(words(match["t"])) if w in _TIMES_OFF)
    action = f"wear {' '.join(thing.split())} {time}"
    keys = frozenset(action_key(w) for w in action_words(action) if key_word(w))
    if len(keys) < _MIN_ACTION_WORDS + 1 or _NEGATIONS & set(words(thing)):
        return None  # (the verb, the time and at least one word of the thing)
    quote = (match.start("m"), _trim(text, match.start("m"), part.end))
    return Stance(match.span("m"), quote, DO_NOT, action, keys, True,
                  condition=part.condition, strength=FORBIDDEN)  # fmt: skip


# Advice reported as an adviser's, told to the readers by name: "security experts urge all
# customers to change their password", "doctors advise parents not to give aspirin", "banks say
# customers should cancel the card". Verbs of advising in general English, with the readers (or
# "you", "people", "the public") as their object; "warn ... not to" and "not to" forbid.
_ADVISING = (
    r"urge|urges|urged|urging|advise|advises|advised|advising|recommend|recommends|recommended|"
    r"recommending|encourage|encourages|encouraged|encouraging|tell|tells|told|telling|remind|"
    r"reminds|reminded|reminding|ask|asks|asked|asking|warn|warns|warned|warning|instruct|"
    r"instructs|instructed|instructing|call\s+on|calls\s+on|called\s+on|calling\s+on|implore|"
    r"implores|implored|imploring|beg|begs|begged|begging|order|orders|ordered|ordering|direct|"
    r"directs|directed|directing"
)
_ADDRESSED = (
    rf"(?:(?:all|any|every|affected|existing|worried|concerned|online)\s+)*"
    rf"(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{_READERS}|you|the\s+public|anyone|those)"
)
_REPORTED_TELLING = re.compile(
    rf"\b(?P<m>(?:{_ADVISING})\s+{_ADDRESSED}(?:\s+who\s+[^,;:]{{1,60}}?)?\s+"
    r"(?:(?P<not>not|never)\s+)?to)\s+(?=[a-z])",
)
# "Two lenders said customers should cancel the card", "experts say you must not...": what an
# adviser says the readers should do, with "that" or none.
_SAYING = (
    r"say|says|said|saying|advise|advises|advised|recommend|recommends|recommended|agree|agrees|"
    r"agreed|stress|stresses|stressed|insist|warn|warns|warned|suggest|suggests|suggested"
)
_REPORTED_SHOULD = re.compile(
    rf"\b(?:{_SAYING})\s+(?:that\s+)?(?P<m>{_ADDRESSED}(?:\s+who\s+[^,;:]{{1,60}}?)?\s+"
    r"(?:should|must|ought\s+to|need\s+to)(?P<not>\s+not|\s+never|n['’]t)?)\s+(?=[a-z])",
)
# "Drivers are advised to use the ring road", "customers are being urged to change their
# password", "residents were told not to drink the tap water": the readers told, in the passive.
_PASSIVE_TOLD = (
    r"advised|urged|told|asked|encouraged|reminded|warned|instructed|ordered|directed|"
    r"recommended|called\s+on|implored|begged"
)
_ADDRESSED_OPENING = (
    r"(?:(?i:all|any|every|affected|existing|worried|concerned|online)\s+)*"
    rf"(?:(?!(?:Not|No|Never|Nobody|None|Neither|Nor|If|Whether|Some)\b)[A-Z][\w'’-]*\s+){{0,2}}"
    rf"(?i:{_READERS}|you|the\s+public|anyone|those)"
)
_REPORTED_PASSIVE = re.compile(
    rf"(?P<m>{_ADDRESSED_OPENING}\s+(?:are|is|were|was|have\s+been|has\s+been|are\s+being|were\s+being|"
    r"will\s+be)\s+(?:(?:strongly|again|also|now|still|being)\s+)*(?:"
    rf"{_PASSIVE_TOLD})\s+(?:(?P<not>not|never)\s+)?to)\s+(?=[a-z])"
)
# "Drivers should avoid the ring road", "urge walkers to steer clear of the cliffs": advice to
# do without a thing, against doing it (its action is the thing: "use the ring road" names it).
_AVOID = re.compile(
    r"(?:avoid|avoiding|steer\s+clear\s+of|stay\s+away\s+from|keep\s+away\s+from|"
    r"refrain\s+from|keep\s+clear\s+of|shun)\s+(?=\S)",
    re.IGNORECASE,
)
#: Words before reported advice that deny or doubt the report ("nobody is urging customers to",
#: "did not tell them to", "may advise"): no advice.
_DENIED = word_set(
    "not no never nobody none neither nor n't don't doesn't didn't isn't aren't wasn't weren't "
    "won't may might could would if whether unless some myth myths claim claims claimed rumour "
    "rumours heard"
)


def _reported(text: str, part: _Part) -> Stance | None:
    """Advice an adviser gives the readers, reported in ``part``: "experts urge all customers to
    change their password", "lenders said customers should cancel the card" (None for a denied
    or doubted report: "nobody is urging customers to...", "some claim you should...")."""
    for pattern in (_REPORTED_TELLING, _REPORTED_SHOULD, _REPORTED_PASSIVE):
        match = pattern.search(text, part.start, part.end)
        if match is None:
            continue
        before = words(text[part.start : match.start()])
        if _DENIED & set(before) or "n't" in text[part.start : match.start()]:
            return None
        if pattern is _REPORTED_SHOULD and "some" in before[:1]:
            return None
        said = words(text[match.end() : part.end])
        if not said or said[0] in FUNCTION_WORDS or said[0] in _TURNING or said[0] in _NO_ADVICE:
            return None  # "customers should see a refund": what they will see, no advice
        label = DO_NOT if match["not"] else DO
        action_start, avoided = _avoided(text, match.end(), part.end, label)
        stance = _stance(text, match.span("m"), (match.start("m"), part.end), action_start,
                         part.end, DO_NOT if avoided else label, imperative=not avoided)  # fmt: skip
        if stance is None:
            return None
        if avoided:
            return replace(stance, condition=part.condition, strength=FORBIDDEN)
        strength = FORBIDDEN if label == DO_NOT else RECOMMENDED
        if pattern is _REPORTED_SHOULD and re.search(r"must|need", match["m"].lower()):
            strength = FORBIDDEN if label == DO_NOT else NEEDED
        return replace(stance, condition=part.condition, strength=strength)
    return None


def _avoided(text: str, start: int, end: int, label: str) -> tuple[int, bool]:
    """Where an action told to be done starts, and whether it is one to do without ("should
    avoid the ring road": the ring road, against): ``start`` and False but for "avoid", "steer
    clear of", "stay away from", "refrain from"... after advice for (``DO``)."""
    if label != DO:
        return start, False
    match = _AVOID.match(text, start, end)
    return (match.end(), True) if match is not None else (start, False)


# The writer's own habit told to the reader as advice: "I cut all three out completely and I
# think you should too", "I avoid it and so should you": what the writer does, recommended.
_TOO = re.compile(
    rf"{_LEAD}(?P<m>i)\s+(?!think\b|believe\b|feel\b|know\b|would\b|am\b|was\b|have\b|had\b)"
    r"(?P<act>[^,;:]{3,80}?)\s+and\s+(?:i\s+(?:think|believe|reckon|would\s+say|feel)\s+"
    r"(?:that\s+)?)?(?:you|everyone|everybody)\s+should(?:\s+do\s+the\s+same|\s+too|\s+as\s+"
    r"well)+[\s.!]*$|"
    rf"{_LEAD}(?P<m2>i)\s+(?P<act2>[^,;:]{{3,80}}?)\s+and\s+so\s+should\s+you[\s.!]*$",
    re.IGNORECASE,
)


def _too(text: str, part: _Part) -> Stance | None:
    """The writer's habit recommended to the reader in ``part`` ("I cut all three out completely
    and I think you should too": cut them out), or None."""
    match = _TOO.match(text, part.start, part.end)
    if match is None:
        return None
    act = "act" if match["act"] is not None else "act2"
    opening = "m" if match["m"] is not None else "m2"
    stance = _stance(text, match.span(opening), (match.start(opening), part.end),
                     match.start(act), match.end(act), DO, imperative=True)  # fmt: skip
    if stance is None:
        return None
    return replace(stance, condition=part.condition, strength=RECOMMENDED)


def _openings(text: str, parts: list[_Part]) -> list[Stance]:
    """Advice said at the opening of a part of a sentence: "Never add...", "Just rinse..."."""
    found = []
    for part in parts:
        start, end = part.start, part.end
        removal = _removal(text, part)
        if removal is not None:
            found.append(removal)
            continue
        too = _too(text, part)
        if too is not None:
            found.append(too)
            continue
        reported = _reported(text, part)
        if reported is not None:
            found.append(reported)
            continue
        since = _SINCE_RELEASE.match(text, start, end)
        if since is None and text[max(0, start - 6) : start].lower().endswith("since"):
            since = _RELEASE_LEAD.match(text, start, end)  # the part starts after "since"
        if since is not None:
            start = since.end()  # "Since 2.0, you no longer need to...": today's advice
        even = _EVEN_WITH.match(text, start, end)
        if even is not None:
            start = even.end()  # "Even with a spacer, rinse your mouth ...": in that case too
        every = part.every or even is not None
        lead = _CIRCUMSTANCE.match(text, start, end)
        if lead is not None and _HISTORY & set(words(lead["c"])):
            lead = None
        at = lead.end() if lead is not None else start
        for pattern, label in ((_OPENING_NOT, DO_NOT), (_ONLY, DO_NOT), (_OPENING_DO, DO)):
            match = pattern.match(text, at, end)
            if match is None:
                continue
            if pattern is _ONLY and not part.condition:
                break  # "Only use filtered water": which thing, not when it is needed
            action_start = match.end()
            said = words(text[action_start:end])
            # "Avoid citrus juice", "you can skip the rinse", "you need a visa": its action is a
            # thing, no instruction to name a subject by.
            opening = " ".join(match.group("m").lower().split())
            thing = (
                opening.endswith(_THING_NEEDS) or opening.startswith(_THING_OPENINGS)
            ) and pattern is not _ONLY
            verb = not opening.startswith(_THING_OPENINGS) and not thing
            strength = SOMETIMES if pattern is _ONLY else _strength(opening, label)
            seeing = _NO_PERMISSION if strength == ALLOWED else _NO_ADVICE
            if label == DO and opening.startswith("you") and said and said[0] in seeing:
                break  # "You can see the results", "you may notice redness", "you should be fine"
            turning = (
                bool(said)
                and said[0] in _TURNING
                and not _GET_INTO.match(text, action_start)
                and (label == DO_NOT or said[0] != "get")
            )  # "you should get a booster"
            if not said or turning or (not thing and said[0] in FUNCTION_WORDS):
                break
            action_start, avoided = _avoided(text, action_start, end, label)
            if avoided:  # "you should avoid the ring road": against using it
                label, strength, verb = DO_NOT, FORBIDDEN, False
            stance = _stance(text, match.span("m"), (match.start("m"), end), action_start, end,
                             label, imperative=verb,
                             extra=lead["c"] if lead is not None else "",
                             one_thing=thing and strength in (NEEDED, UNNECESSARY))  # fmt: skip
            if stance is not None:
                # "only ... if": the need holds in a case, no condition of the stance's
                condition = "" if pattern is _ONLY else part.condition
                strength = ALWAYS_DO if every and strength == RECOMMENDED else strength
                found.append(replace(stance, condition=condition, strength=strength))
            break
        else:
            plain = _plain(text, start, end)
            if plain is not None:
                strength = ALWAYS_DO if every else RECOMMENDED
                found.append(replace(plain, condition=part.condition, strength=strength))
    return found


# "Wear sunscreen on cloudy days", "Keep windows and doors shut", "Retest after any renovation":
# a verb that is seldom a noun in general English, opening a part with any object or none.
_BARE = re.compile(rf"{_LEAD}(?P<m>[A-Za-z]{{3,}})\s+(?=[A-Za-z`])")
_BARE_VERBS = word_set(
    "wear drink eat keep add rinse shut retest recheck reapply remove apply soak boil stir "
    "carry bring validate replace seal restart reboot install uninstall disable enable ask feed "
    "freeze thaw reheat refrigerate chop slice bleed descale sift preheat sterilise "
    "sterilize discard delete unplug fasten tighten loosen lubricate bake fry wipe rewash scrub "
    "ventilate insulate unscrew shake swallow chew crush"
)
_DETERMINERS = word_set("a an the its their this that these those his her our your every each")
#: Words after which a part opening with a noun goes on as a statement ("Keep fit classes are
#: free"): no instruction.
_FINITE = word_set(
    "is are was were be been can could should will would may might must has have had do does did "
    "helps help makes make means mean shows show"
)


#: The verbs and particles of ``_GIVE_UP`` that say giving a thing up.
_GIVING_UP = frozenset({("cut", "out"), ("give", "up")})
#: Verbs of going on with a thing or leaving it off, which an instruction may open with before
#: the verb of taking it: "Stop using the cream", "Continue to take your tablets", "Carry on
#: using it" (``subjects.actions``: continue against stop).
_GOING_ON_VERBS = word_set("keep continue carry stop quit")


# "Cut dairy out completely", "give sugar up for a month", "Cut out caffeine": a thing given up,
# told with no article before the thing (``subjects.actions`` reads both orders as giving it up;
# "cut the rind off" and "give up the seat" are other acts, read by ``_PLAIN``), the thing between
# the verb and its particle or after them ("cut X up" chops it: no giving up).
_GIVE_UP = re.compile(
    rf"{_LEAD}(?:(?P<m>cut|give)\s+(?!(?:it|them|this|that|these|those|me|us|him|her|a|an|the|"
    r"back|down|off|in|out|up)\b)(?:[a-z][\w'’-]*,?\s+){1,4}?(?P<p>out|up)\b(?!\s+(?:of|on|to|"
    r"with)\b)|(?P<m2>cut\s+out|give\s+up)\s+(?!(?:a|an|the|on|of|to|with|and|or|it|them|this|"
    r"that|these|those|your|my|our|their|his|her)\b)(?=[a-z]))",
    re.IGNORECASE,
)


def _plain(text: str, start: int, end: int) -> Stance | None:
    """An instruction without an advice word at ``text[start:end]``, or None."""
    given_up = _GIVE_UP.match(text, start, end)
    if given_up is not None and (
        given_up["m2"] or (given_up["m"].lower(), given_up["p"].lower()) in _GIVING_UP
    ):
        said = given_up.span("m2" if given_up["m2"] else "m")
        given = _stance(text, said, (said[0], end), said[0], end, DO, imperative=True)
        return replace(given, plain=True) if given is not None else None
    match = _PLAIN.match(text, start, end)
    if match is None:
        bare = _BARE.match(text, start, end)
        if bare is None or bare.group("m").lower() not in _BARE_VERBS:
            return None
        after = words(text[bare.end() : end])
        if _FINITE & set(after[:4]) or (
            len(after) > 1 and after[0].endswith("s") and after[1] in _DETERMINERS
        ):
            return None  # "Keep fit classes are free", "Seal takes a day": a statement
        match = bare
    verb = match.group("m").lower()
    if verb in FUNCTION_WORDS or verb in _NOT_VERBS or verb.endswith(_NOT_VERB_ENDINGS):
        return None
    if match.groupdict().get("go") and verb not in _GOING_ON_VERBS:
        return None  # "Try using the spray": only going on or leaving off takes the verb after
    if verb.endswith("ed") and not verb.endswith("eed"):
        return None  # "Added the...": a past tense ("Feed the fish", "Seed the lawn" instruct)
    if verb.endswith("s") and not verb.endswith("ss"):
        return None  # "Photos the", "Transfers that": a noun or a verb with its subject
    stance = _stance(text, match.span("m"), (match.start("m"), end), match.start("m"), end, DO,
                     imperative=True)  # fmt: skip
    return replace(stance, plain=True) if stance is not None else None


def _judged(text: str, parts: list[_Part]) -> list[Stance]:
    """Advice that judges an action: "X is fine", "it is fine to X", "it is best to avoid X",
    "X is not recommended", "X should be avoided", "X is needed", "X is optional", "one X is
    enough"."""
    found = []
    for part in parts:
        start, end = part.start, part.end
        said_to = [(m, label) for pattern, label in ((_TO_NOT, DO_NOT), (_TO_DO, DO))
                   for m in [pattern.search(text, start, end)] if m is not None]  # fmt: skip
        if said_to:
            to, label = said_to[0]
            if _REPORTED.search(text, start, to.start()):
                continue  # "Some say it is essential to...": others' advice, or a myth
            # "It is fine to rinse it" instructs; "it is best to avoid rinsing it" names a thing.
            verb = to.group("m").lower().endswith(" to")
            stance = _stance(text, to.span("m"), (to.start("m"), end), to.end(), end, label,
                             imperative=verb)  # fmt: skip
            if stance is not None:
                strength = FORBIDDEN if label == DO_NOT else _strength(to.group("m").lower(), DO)
                found.append(replace(stance, condition=part.condition, strength=strength))
            continue
        for pattern, label in _JUDGEMENTS:
            match = pattern.search(text, start, end)
            if match is None:
                continue
            starts = [m.end() for m in _SUBJECT_START.finditer(text, start, match.start())]
            first = starts[-1] if starts else start
            if _REPORTED.search(text, start, first):
                break  # "Many people believe that X is essential", "it's a myth that..."
            if pattern is _OPEN_TO:
                # "For those who need to get to Ardlow, the old track remains open to local
                # traffic": the way after the last comma, up to "open to"
                comma = text.rfind(", ", start, match.start())
                first = comma + 2 if comma >= first else first
                if _OPEN_CASE.match(text, match.end(), end):
                    break  # "open to the public on Sundays (until May)": a case, not the way
            elif pattern not in _NEEDS and _STATE.match(text, first):
                break  # "My knee is fine", "The battery is fine": how a thing is, no advice.
            judged = " ".join(match.group("m").lower().split())
            unneeded = pattern in (_AFTER_UNNEEDED, _PASSIVE_UNNEEDED)
            strength = UNNECESSARY if unneeded else _strength(judged, label)
            condition = part.condition
            action_end = match.start() if pattern is _OPEN_TO else end
            if pattern is _AFTER_ENOUGH:
                # "One test is enough": doing it again is not needed.
                one = _ONE.match(text, first)
                if one is None:
                    break
                first, strength = one.end(), UNNECESSARY
                said_one = (one.start("one"), match.end("m"))
            elif pattern is _AFTER_NEED and (no := _NO_THING.match(text, first)) is not None:
                # "No follow-up test is needed": the thing after "no" is not needed.
                first, label, strength = no.end(), DO_NOT, UNNECESSARY
            if " only " in f" {judged} ":
                condition, strength = "", SOMETIMES  # "is only needed if...": not always
            if pattern in (_PASSIVE_NEED, _PASSIVE_UNNEEDED) and (
                _CLAUSE_WORDS & set(words(text[first : match.start()]))
            ):
                break  # "a debate about how the forests should be managed": no advice
            enough = pattern is _AFTER_ENOUGH
            stance = _stance(text, match.span("m"), (first, action_end), first, action_end, label,
                             imperative=False, cut=match.span("m"), again=enough)  # fmt: skip
            if stance is not None:
                if enough:
                    # (its span from "one": the count is the advice, no figure of the action)
                    stance = replace(stance, span=said_one)
                found.append(replace(stance, condition=condition, strength=strength))
            break
    return found


#: Judgements said after the action, tried in this order: "is not needed" before "is needed".
_JUDGEMENTS = (
    (_PASSIVE_UNNEEDED, DO_NOT),
    (_PASSIVE_NEED, DO),
    (_AFTER_UNNEEDED, DO_NOT),
    (_AFTER_ENOUGH, DO_NOT),
    (_AFTER_NEED, DO),
    (_AFTER_DO, DO),
    (_AFTER_NOT, DO_NOT),
    (_OPEN_TO, DO),
)
#: Words before "must be done" that make it part of a statement ("It has revived a debate about
#: how the forests should be managed").
_CLAUSE_WORDS = word_set(
    "how what whether why which who where has have had is are was were said says about"
)
#: Judgements of whether a thing is needed: said of a particular one too ("The ticket must be
#: validated"; "the battery is fine" is a state).
_NEEDS = (_PASSIVE_UNNEEDED, _PASSIVE_NEED, _AFTER_UNNEEDED, _AFTER_ENOUGH, _AFTER_NEED)


def _stance(
    text: str,
    span: tuple[int, int],
    quote: tuple[int, int],
    start: int,
    end: int,
    label: str,
    *,
    imperative: bool,
    cut: tuple[int, int] | None = None,
    again: bool = False,
    extra: str = "",
    one_thing: bool = False,
) -> Stance | None:
    """The stance whose action is ``text[start:end]`` without the advice words at ``cut`` (with
    ``AGAIN`` after it when ``again``, and the words of ``extra``, when or where it is done, after
    it); None when the action is unclear or says too little. A thing needed or not (``one_thing``:
    "you will not need immunoglobulin") may be one word: what is needed is said."""
    if _DOUBLE_NEGATIVE.match(text, end):
        return None
    if cut is None:
        action = text[start:end]
    else:
        action = f"{text[start : cut[0]].rstrip()} {text[cut[1] : end].strip()}"
    action = " ".join(action.split()).strip(" ,.\"'”’*")
    action = _EITHER_WAY.sub("", action).rstrip(" ,")  # "banned, whether with a hose or a tap"
    action = _label_named(text, quote[0], action)
    if again:
        action = f"{action} {AGAIN}"  # "one test is enough": testing again is not needed
    if extra:
        action = f"{action} {' '.join(extra.split())}"  # "on overcast days, you can skip it"
    said = words(action)
    if _NEGATIONS & set(said) or "n't" in action.lower() or "n’t" in action.lower():
        return None
    keys = frozenset(action_key(word) for word in action_words(action) if key_word(word))
    said_words = action_words(action)
    if len(said_words) > 1 and key_word(said_words[0]) and said_words[1] in _PARTICLES:
        # "cycle off", "turn on": the verb with its particle is an action of its own.
        keys |= {f"{action_key(said_words[0])}-{said_words[1]}"}
    alone = len([word for word in said_words if key_word(word)]) == 1
    if len(keys) < _MIN_ACTION_WORDS and not ((sole_action(keys) or one_thing) and alone):
        # (a verb that is a whole action, alone: "there is no need to book"; a thing needed)
        return None
    first = quote[0]
    while first < quote[1] and text[first].isspace():
        first += 1
    quote = (first, _trim(text, first, quote[1]))
    return Stance(span, quote, label, action, keys, imperative)


# A label that opens a line of a list, before a colon: "- **Caffeine:** avoid it entirely",
# "Chocolate, aged cheese and red wine: I cut all three out": what the line's pronoun names.
_LINE_LABEL = re.compile(
    r"[ \t]*(?:[-*•+]|\d+[.)])?[ \t]*(?:\*\*|__)?(?P<label>[A-Z][\w'’ ,-]{1,60}?)(?:\*\*|__)?:"
    # (the advice after the writer's "I": "Caffeine: I avoid it and so should you")
    r"(?:\*\*|__)?[ \t]*(?:I[ \t]+)?$"
)
_LABEL_PRONOUN = re.compile(
    r"\b(?:all\s+(?:two|three|four|five|of\s+them)|both(?:\s+of\s+them)?|them|it)\b",
    re.IGNORECASE,
)
#: One-word labels that name no thing: "Note: do not run it on production".
_NO_LABELS = word_set(
    "note notes tip tips warning important caution example answer question q a update summary "
    "verdict advice step important reminder remember"
)
_LABEL_WORDS = 6


def _label_named(text: str, start: int, action: str) -> str:
    """``action`` with its first pronoun ("it", "them", "all three", "both") as the label that
    opens its line before a colon, when the advice starts right after it ("- **Caffeine:** avoid
    it entirely": avoid Caffeine entirely); else as it is."""
    line = text.rfind("\n", 0, start) + 1
    label = _LINE_LABEL.fullmatch(text, line, start)
    if label is None:
        return action
    named = label["label"].strip(" ,")
    said = words(named)
    if not said or len(said) > _LABEL_WORDS or (len(said) == 1 and said[0] in _NO_LABELS):
        return action
    return _LABEL_PRONOUN.sub(named, action, count=1)


#: A clause after the action that says it holds either way: ", whether with a hose or a tap",
#: ", whether or not you feel ill" (the advice holds in every case, so the words say no "not").
_EITHER_WAY = re.compile(
    r",\s*whether\s+(?:or\s+not\b[^,;:]*|[^,;:]+?\s+or\s+[^,;:]+)$", re.IGNORECASE
)


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space and closing punctuation."""
    while end > start and text[end - 1] in " \t\n,;:—–-":
        end -= 1
    return end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def propose_stance(text: str, stance: Stance, index: TextIndex) -> Proposal:
    """A stance's subject as drafted before grouping (``grouping.actions`` names the subject of
    the stances it relates): its action's words, and the context keys advice gets (a condition
    said with "if" or "when", a special population, the writer's own experience)."""
    where = index.around(stance.quote)
    sentence = words(text[where.sentence[0] : where.sentence[1]])
    said = words(stance.action)
    before = words(text[where.sentence[0] : stance.quote[0]])
    context = context_of(
        dimension=ADVICE_DIMENSION,
        role="",
        sentence_condition=stance.condition,
        population=population_of(said, before),
        clause=words(text[stance.quote[0] : stance.quote[1]]),
        sentence=sentence,
        label=True,
    )
    if _COACH.match(text, stance.quote[0]) or _TOO.match(text, stance.quote[0], stance.quote[1]):
        context = {key: value for key, value in context.items() if key != "basis"}
    return Proposal(
        f"whether-{slug(stance.action)[:40].strip('-')}",
        subject_label(stance.action),
        tuple(action_words(stance.action)),
        context,
        family=ACTION,
        keywords=tuple(sorted(stance.keys)) + tuple(sorted(stance.figures)),
        shape=PLAIN if stance.plain else IMPERATIVE if stance.imperative else "",
        role=stance.strength,
    )

"""Advice in words: when, how often, with or without food and how a thing is taken, and, in
software documentation, what is on by default and what is required. Each is a label claim.

Articles disagree in words too ("take it at bedtime" vs "pick the time that suits you"). This
module reads the families such documents state in words, each phrase as one canonical label:

| family | labels |
|---|---|
| ``time`` (time of day) | ``morning``, ``evening`` (bedtime, at night), ``any time`` |
| ``frequency`` | ``once a day``, ``twice a day``, ``three times a day``..., ``every other day``, ``once a week``, ``every two weeks``, ``once a month``, ``after every <event>`` (``after every backup``), ``as needed`` |
| ``food`` | ``with food``, ``without food`` (on an empty stomach), ``with or without food`` |
| ``route`` | ``by mouth``, ``under the tongue``, ``injection``, ``on the skin``, ``nasal``, ``inhaled`` |
| ``storage`` | ``refrigerated``, ``not refrigerated`` |
| ``swallow`` | ``whole``, ``chewed or crushed`` |
| ``ask first`` (see a doctor before starting) | ``see one first``, ``no need`` |
| ``prescription`` | ``over the counter``, ``prescription only`` |
| ``default`` (a setting) | ``on``, ``off``, or the word a setting written as code defaults to (``session``) |
| ``required`` (a setting) | ``required``, ``optional`` |
| ``light`` (where to put a thing) | ``sun``, ``shade`` |
| ``wetness`` (the state a surface is applied in: ``state-hair``) | ``dry``, ``wet`` |
| ``price`` (whether entry is free: ``price-entry``) | ``free``, ``paid`` |
| ``order`` (which of two actions first: ``order``) | ``measure first``, ``medicine first``... |
| ``exit code`` (what an exit code means: ``exit-code-partial-backup``; ``status code``, ``error code``) | ``code three``... |
| ``side`` (which side to lie on: ``side-sleep``) | ``left``, ``right``, ``back``, ``front``, ``either side`` |
| ``manner`` (how to behave on meeting a thing: ``manner-noise``, ``manner-movement``) | ``make noise``, ``stay quiet``; ``stay still``, ``move away`` |
| ``drying`` (how to dry a thing once washed) | ``in the air``, ``with a cloth`` |

Health advice counts only in a sentence about taking something (take, use, dose, drink,
absorbed... or the answer to such a question), so "in the evening I like a bath" is none. A
sentence that gives both a morning and an evening ("some take it at night, others in the
morning") says any time. Numeric counts of times ("twice a day", "two or three times a day",
read by the mention finder) in such a sentence become frequency labels; everything else here is
read from words the mention finder leaves alone. How often to follow an instruction ("Turn the
heap once a week", "Run `snapvault prune` after every backup", or the answer to "How often
should I run prune?") is a subject per verb (per command, for "run"). Sun or shade is said of
the thing placed ("Put your bin in a sunny spot", "a shady corner is best for a compost bin":
one subject per thing, ``light-bin``), only where the sentence places it or judges the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import snowballstemmer

from factcheck.extract.behaviour import (
    default_cells,
    default_choices,
    named_behaviour,
    on_signal,
)
from factcheck.extract.ids import slug
from factcheck.extract.mentions.context import TextIndex, words
from factcheck.extract.mentions.find import Mention
from factcheck.extract.mentions.lexicon import NOUN_STOP, word_set
from factcheck.extract.order import find_orders
from factcheck.extract.subjects.settings import type_cell
from factcheck.extract.worddefaults import word_defaults


@dataclass(frozen=True)
class Advice:
    """One piece of advice in words."""

    span: tuple[int, int]
    """[start, end) of the words that say it in the document text."""
    text: str
    family: str
    """``time``, ``frequency``, ``food``, ``route``, ``storage``, ``swallow``, ``ask first``,
    ``prescription``, ``default``, ``required``, ``light``, ``wetness``, ``price``, ``order``,
    ``exit code``, ``status code``, ``error code``, ``works``, ``event`` (what the program does
    on a signal), ``switch``, ``side``, ``manner`` or ``drying``."""
    label: str
    """The canonical label: ``evening``, ``with food``, ``on``..."""
    topic: str = ""
    """What a setting's advice is about (``compression``, ``api-key``); "" for health advice."""
    mention: int | None = None
    """Index of the numeric mention it replaces (a count of times), or None."""
    condition: str = ""
    """The case it holds in, said by its family's own words ("once temperatures go above
    35°C" for whether a thing works), or "": then the sentence's "if" or "when" clause."""


def _phrases(table: dict[str, str]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<g{n}>{pattern})" for n, pattern in enumerate(table))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


_TIME = {
    r"at bed ?time|at bedtime|before (?:going to )?bed(?:time)?|at night(?:-?time)?|in the "
    r"(?:late )?evenings?|(?:each|every) (?:evening|night)|nightly|before sleep(?:ing)?|"
    r"last thing at night|before (?:you )?(?:go(?:ing)? to (?:bed|sleep)|turn in|sleep)|"
    r"(?:with|after) (?:your |the )?evening meal": "evening",
    r"(?:first thing )?in the (?:early )?mornings?|(?:each|every) morning|on waking|when you "
    r"(?:wake(?: up)?|get up)|as soon as you (?:wake(?: up)?|get up)|on (?:rising|getting up)|"
    r"at the start of (?:the|your) day|first thing(?= *[.,;!]| +(?:before|with|after|when|on|"
    r"each|every)\b)|with (?:your |a )?morning (?:coffee|tea|meal)|(?:before|with|after|over) "
    r"(?:your |a |the )?breakfast": "morning",
    r"(?:at )?any time of (?:the )?day|at any time|whenever (?:it )?suits you|whenever is "
    r"convenient|(?:the )?time that suits you|no (?:single )?(?:right|best) time|(?:it )?(?:does "
    r"not|doesn't|won't|will not) matter (?:what|which) time(?: of (?:the )?day)?|no matter what "
    r"time(?: of (?:the )?day)?|(?:the )?time of (?:the )?day (?:makes|has) (?:little|no) "
    r"(?:real )?(?:difference|effect)|(?:it )?(?:does not|doesn't) matter when you take|"
    r"time of day (?:does not|doesn't) matter|whenever (?:it )?fits (?:in(?:to)? )?(?:your|the) "
    r"(?:day|schedule|routine)|timing (?:makes|has) (?:little|no) (?:real )?(?:difference|"
    r"effect)|(?:the )?timing (?:does not|doesn't) matter|(?:morning|day) or (?:evening|night)|"
    r"(?:evening|night) or (?:morning|day)|whatever time (?:suits|works for) you|whenever "
    r"(?:you like|you want|is easiest|you remember)": "any time",
    r"(?:straight |right |just |immediately )?after (?:training|(?:your |a )?workouts?|"
    r"exercis(?:e|ing)|(?:your |a )?training sessions?|the gym)|post-workout": "after exercise",
}  # fmt: skip
_FREQUENCY = {
    r"once (?:a|per|each|every) day|once daily|every single day|once every day": "once a day",
    r"every other day|on alternate days|every second day": "every other day",
    r"once (?:a|per|each|every) week|once weekly": "once a week",
    r"once (?:a|per|each|every) fortnight|(?:once )?every (?:two|2|other) weeks|every "
    r"fortnight|fortnightly": "every two weeks",
    r"once (?:a|per|each|every) month|once monthly": "once a month",
    r"as needed|when needed|as required|only when you need it|(?:as and |only )?when required|"
    r"as necessary|when necessary|on demand|as and when (?:needed|"
    r"required|necessary)": "as needed",
}
#: A bare "daily", "weekly" or "monthly" as how often ("Take it daily"), not an adjective before
#: a noun ("a daily dose") nor a count's base ("twice daily", "2 g daily": the mention's).
_BARE_EVERY = {
    r"(?<!once )(?<!twice )(?<!times )(?<!\d )(?<![a-z]g )daily(?= *(?:[.,;:!?)]|$| +(?:with|at|in|"
    r"for|until|and|or|before|after|on|during|from|unless|if|when)\b))": "once a day",
    r"(?<!once )(?<!twice )(?<!times )weekly(?= *(?:[.,;:!?)]|$| +(?:with|at|in|for|until|and|"
    r"or|before|after|on|during|from|unless|if|when)\b))": "once a week",
    r"(?<!once )(?<!twice )(?<!times )monthly(?= *(?:[.,;:!?)]|$| +(?:with|at|in|for|until|and|"
    r"or|before|after|on|during|from|unless|if|when)\b))": "once a month",
}
#: The first of what is eaten or drunk at a meal: "with the first bite or sip".
_MOUTHFUL = r"(?:bite|mouthful|sip|spoonful|forkful|swallow)s?"
_FOOD = {
    r"with or without (?:food|meals?|eating)|(?:food|meals) (?:does not|doesn't|do not|don't) "
    r"matter|whether or not you(?:'ve| have)? eaten|(?:regardless|irrespective) of (?:food|meals|"
    r"mealtimes)|on a full or (?:an )?empty stomach|on an empty or (?:a )?full stomach":
        "with or without food",
    r"with (?:(?:some|a little) )?(?:food|a meal|meals|your (?:main )?meals?|breakfast|lunch|"
    r"dinner|supper|(?:a |some )?(?:light )?snacks?)|(?:with or )?after (?:a |your )?"
    r"(?:meals?|food)|after eating|on a full stomach|alongside (?:food|a meal|meals)|at meal ?times|"
    r"during (?:a |your )?meals?|with or (?:just )?after (?:food|meals)|"
    # the meal's start, said as its first mouthful: "with the first bite or sip of the food"
    rf"with (?:the|your) (?:very )?first {_MOUTHFUL}(?: or {_MOUTHFUL})?|as you (?:start|begin) "
    r"(?:eating|to eat|your meal)|at the (?:start|beginning) of (?:a|your|the) meal|while "
    r"(?:you(?:'re| are) )?eating|while you eat|in the middle of (?:a|your|the) meal": "with food",
    r"on an empty (?:stomach|tummy)|without food|before (?:a |your )?meals?|before (?:eating|"
    r"food|you eat)|before breakfast|between meals|away from food|(?:at least )?(?:an?|one|two|"
    r"three|half an?|\d+) (?:hours?|minutes?|mins?) (?:before|after) (?:eating|food|"
    r"(?:a |your )?meals?)|(?:an?|one|two|three|half an?|\d+) (?:hours?|minutes?|mins?) before "
    r"you eat|on an empty stomach": "without food",
}  # fmt: skip
_ROUTE = {
    r"by mouth|orally|as an? (?:tablet|capsule|pill|liquid|syrup)s?": "by mouth",
    r"under (?:the|your) tongue|sublingual(?:ly)?": "under the tongue",
    r"by injection|as an (?:injection|injectable)|injected|intravenous(?:ly)?|as a (?:shot|jab)|"
    r"intramuscular(?:ly)?|subcutaneous(?:ly)?": "injection",
    r"as a (?:cream|gel|lotion|patch)|topical(?:ly)?|(?:applied|apply(?: it)?|rub(?:bed)?(?: it)?|"
    r"spread(?: it)?|massaged?(?: it)?) (?:directly |gently )?(?:to|on(?:to)?|into) (?:the|your) "
    r"skin|transdermal(?:ly)?": "on the skin",
    r"nasal spray|intranasal(?:ly)?|(?:in|into) (?:the|your|each) nos(?:e|tril)": "nasal",
    r"inhaled|by inhal(?:ation|er)|(?:with|using|through|from|via) an? inhaler|as an inhaler":
        "inhaled",
}  # fmt: skip
#: Where to store it: in the fridge or not. A leaflet's "does not need refrigeration" says the
#: second label, so these phrases carry their own "not" (read only in a sentence about storing).
_STORAGE = {
    r"(?:(?:does|do|did) not|doesn't|don't|need not|needn't) (?:need|have|require)? ?(?:to be "
    r")?(?:refrigerat\w*|kept in (?:the|a) fridge|chilled)|(?:no|without) (?:need (?:for|to) )?"
    r"refrigerat\w*|(?:do not|don't|never|no need to) (?:refrigerate|(?:store|keep|put) (?:it |"
    r"them |the \w+ )?in (?:the|a) (?:fridge|refrigerator))|at room temperature|in a "
    r"cool,? dry place|out of the fridge|shelf-stable": "not refrigerated",
    r"in (?:the|a|your) (?:fridge|refrigerator)|refrigerat(?:e|ed|ion)|chilled": "refrigerated",
}
_STORAGE_RE = _phrases(_STORAGE)
#: A sentence about storing something.
_STORING = word_set(
    "store stored stores storing storage keep kept keeps keeping refrigerate refrigerated "
    "refrigeration put left leave"
)
#: How to swallow it: whole, or chewed, crushed or opened (a tablet, a capsule).
_SWALLOW = {
    r"swallow(?:ed)? (?:(?:it|them|the \w+|each \w+|your \w+) )?whole|(?:do not|don't|never|"
    r"must not|should not) (?:be )?(?:chew|crush|break|split|open|bite)\w*(?: (?:or|and) "
    r"(?:chew|crush|break|split|open|bite)\w*)*(?: (?:it|them|the \w+))?": "whole",
    r"(?:can|may|could) (?:be )?(?:chew|crush|break|split|open|dissolv|sprinkl)\w*|chew "
    r"(?:it|them|the \w+|each \w+)(?! whole)|crush (?:it|them|the \w+)": "chewed or crushed",
}
_SWALLOW_RE = _phrases(_SWALLOW)

_PROFESSIONAL = (
    r"(?:(?:a|an|your|the|their)\s+)?(?:(?:child|baby|son|daughter|family|own)(?:'s|’s)?\s+)?"
    r"(?:doctor|gp|pharmacist|physician|midwife|nurse|vet|paediatrician|pediatrician|"
    r"specialist|health\s?care\s+(?:provider|professional)|health\s+professional)"
)
#: Asking one: "talk to", "check with", "consult", "see"; said as the verb's base or -ing form.
_CONSULT = (
    r"(?:talk(?:ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)|check(?:ing)?\s+with|"
    r"consult(?:ing)?|ask(?:ing)?|see(?:ing)?|get(?:ting)?\s+advice\s+from)"
)
#: Having asked one: "once you have talked to", "after speaking to".
_CONSULTED = (
    r"(?:(?:you(?:'ve|’ve|\s+have)\s+)?(?:talked|spoken|checked|consulted|asked|seen)|talking|"
    r"speaking|checking|consulting|asking|seeing)(?:\s+(?:to|with))?"
)
#: Starting the thing: "before giving", "without taking", "before you try".
_START = r"(?:start|starting|take|taking|use|using|give|giving|try|trying|begin|beginning)"
#: A doctor's word for it: "your GP's approval", "a doctor's advice".
_SAY_SO = r"(?:advice|approval|ok|okay|go-ahead|blessing|permission|say-so)"
#: Whether to see a doctor first: "Talk to your doctor before taking it", "Do not start it
#: without speaking to your child's doctor", "Only give it once you have talked to a doctor"
#: (yes); "you don't need to see a doctor before you start", "it is fine to try a low dose
#: before seeing a doctor", "you can start it without seeing a doctor" (no). Only before
#: starting: "see a doctor if it persists" is what to do then, not a step before using it.
_ASK_FIRST = {
    rf"(?:no\s+need|(?:do\s+not|don't|needn't|need\s+not)\s+(?:need|have)\s+to|needn't|not\s+"
    rf"necessary)\s+(?:to\s+)?{_CONSULT}\s+{_PROFESSIONAL}"
    rf"(?:\s+(?:first|beforehand|before\s+(?:(?:you|they)\s+)?{_START}))?": "no need",
    rf"(?:fine|safe|ok|okay|alright|all\s+right|reasonable|free)\s+to\s+(?:safely\s+)?{_START}\b"
    rf"[^.;:!?\n]{{0,40}}?\s+(?:before|without)\s+(?:you\s+)?(?:{_CONSULT}|{_CONSULTED})\s+"
    rf"{_PROFESSIONAL}": "no need",
    rf"(?:can|may)\s+(?:safely\s+)?{_START}\b[^.;:!?\n]{{0,30}}?\s+(?:without|before)\s+"
    rf"(?:{_CONSULTED}\s+{_PROFESSIONAL}|{_PROFESSIONAL}(?:'s|’s)\s+{_SAY_SO})": "no need",
    rf"(?:do\s+not|don't|needn't)\s+(?:need|require)\s+{_PROFESSIONAL}(?:'s|’s)\s+"
    rf"{_SAY_SO}": "no need",
    rf"{_CONSULT}\s+{_PROFESSIONAL}\s+(?:first|beforehand|before\s+(?:(?:you|they)\s+)?{_START})":
        "see one first",
    rf"(?:do\s+not|don't|never|must\s+not|should\s+not)\s+{_START}\b[^.;:!?\n]{{0,40}}?\s+"
    rf"without\s+(?:first\s+)?{_CONSULTED}\s+{_PROFESSIONAL}": "see one first",
    rf"only\s+(?:be\s+)?(?:{_START}|used|given|taken|started)\b[^.;:!?\n]{{0,30}}?\s+(?:after|"
    rf"once)\s+{_CONSULTED}\s+{_PROFESSIONAL}": "see one first",
    rf"get\s+{_PROFESSIONAL}(?:'s|’s)\s+{_SAY_SO}\s+(?:first|before)": "see one first",
    rf"{_PROFESSIONAL}\s+should\s+be\s+consulted\s+(?:first|before)": "see one first",
}  # fmt: skip
_ASK_FIRST_RE = _phrases(_ASK_FIRST)
#: Whether it needs a prescription: "available over the counter", "without a prescription"
#: (over the counter); "prescription-only", "you need a prescription" (prescription only).
_PRESCRIPTION = {
    r"(?:available|sold|bought|buy|get|obtain(?:ed|able)?|purchased?)\s+(?:\w+\s+)?over[ -]the[ -]"
    r"counter|without\s+(?:a|any)\s+prescription|(?:does\s+not|doesn't|do\s+not|"
    r"don't)\s+(?:need|require)\s+a\s+prescription|no\s+prescription\s+(?:is\s+)?(?:needed|"
    r"required)|off\s+the\s+shelf": "over the counter",
    r"prescription[ -]only|(?:on|by|with)\s+prescription(?:\s+only)?(?![ -](?:drugs?|"
    r"medicines?|medications?|painkillers?|strength|pills?|charges?|costs?|forms?))|(?:need|needs|require|"
    r"requires)\s+a\s+prescription(?![ -](?:treatment|drug|medicine|medication|painkiller|"
    r"strength|form|product|version)s?\b)|only\s+(?:available\s+)?(?:on|with|by)\s+(?:a\s+)?"
    r"prescription": "prescription only",
}
_PRESCRIPTION_RE = _phrases(_PRESCRIPTION)

#: How often to follow an instruction, said as a base ("turn the heap every day"): after an
#: amount the same words are a rate's base ("how much to drink each day"), so only instructions
#: read them (``_instructed``).
_EVERY = {r"every day|each day": "once a day", r"every week|each week": "once a week"}
_EVERY_RE = _phrases(_EVERY)
_FREQUENCY_RE = _phrases(_FREQUENCY)
#: Lower case only: "The Orchard Weekly" names a paper.
_BARE_EVERY_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{n}>{pattern})" for n, pattern in enumerate(_BARE_EVERY)) + r")\b"
)
#: How often, said as the event it goes with ("after every backup", "before each release"):
#: the label names the event, so "after every backup" and "once a week" disagree.
_EVENT_RE = re.compile(
    r"\b(?P<when>after|before)\s+(?:every|each)\s+(?!(?:other|single|time|day|week|month|year|"
    r"night|morning|evening|hour|minute|one|two|three|four|five|six)\b)(?P<noun>[a-z][a-z-]{2,})\b"
    r"(?:\s+(?P<more>[a-z][a-z-]{2,})\b)?",
    re.IGNORECASE,
)
#: A span of time right before "after each" makes it a gap, not how often: "Take the
#: probiotic at least two hours after each antibiotic dose".
_GAP_BEFORE_RE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|mins?|hrs?|h)\s+\Z", re.IGNORECASE
)
#: Words after the event's first word that end its name ("after every backup so the ...").
_EVENT_STOP = NOUN_STOP | word_set("so then you your if when unless because once just")
#: The question a passage answers about how often to do something: "How often should I run
#: prune?", "How often do you water seedlings?" (a line ending in "?" at most this far back).
_HOW_OFTEN_RE = re.compile(
    r"\bhow\s+often\s+(?:should|do|must|can|would|to)\s+(?:(?:I|you|we|one)\s+)?"
    r"(?P<rest>[^?\n]{3,80})\?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUESTION_REACH = 300
_HEALTH = (("time", _phrases(_TIME), list(_TIME.values())),
           ("frequency", _FREQUENCY_RE, list(_FREQUENCY.values())),
           ("food", _phrases(_FOOD), list(_FOOD.values())),
           ("route", _phrases(_ROUTE), list(_ROUTE.values())))  # fmt: skip
_TAKING = word_set(
    "take takes taken taking took use uses used using dose doses dosed dosing apply applies "
    "applied give given administer administered swallow swallowed drink drinks drinking sip "
    "absorbed absorption absorb"
)
#: Putting a thing on the skin is using it: "put a fresh patch on in the evening", "stick the
#: new patch on", "put on a fresh patch"; not "put the lid on the bin", where "on" places it.
_PUT_ON_RE = re.compile(
    r"\b(?:put|puts|putting|stick|sticks|sticking)\s+(?:on\s+(?:a|an|the|your|it|each)\b|"
    r"(?:(?:a|an|the|your|it|each|one|new|fresh|clean)\s+){1,3}(?:\w+\s+)?on\b"
    r"(?!\s+(?:the|a|an|your|its|their|top|to|with)\b))",
    re.IGNORECASE,
)
#: Taking a thing off ("Take a 16-hour patch off", "take it off"), which is no use of it.
_TAKE_OFF_RE = re.compile(
    r"\b(?:take|takes|taking|took|taken)\s+(?:[\w-]+\s+){0,3}?off\b", re.IGNORECASE
)
# "Some take it at night, others in the morning": either time, as each reader likes.
_CHOICE = word_set("some others other either whichever prefer prefers or whenever")
_MORNING = word_set("morning mornings breakfast waking")
_EVENING = word_set("evening evenings night nights bedtime bed")

_ON = word_set("on enabled true yes active")  # and "opt-out": on unless the reader opts out
#: What a reader does to switch a setting: "unless you enable it", "unless you pass --encrypt".
_SWITCH_VERBS = "enable|disable|turn|switch|set|configure|pass|add|use|give|specify|supply"
_OFF = word_set("off disabled false no inactive")
_DEFAULT_RES = (
    re.compile(
        r"\b(?:is|are|was|be|stays?)\s+(?:now\s+|still\s+|always\s+)?(?P<not>not\s+)?(?P<v>on|"
        r"off|enabled|disabled|(?:turned|switched) (?:on|off)|active|inactive|auto|automatic|"
        r"set to (?:on|off|auto|always|never|true|false))\s+(?:by default|out of the box)\b",
        re.IGNORECASE,
    ),
    # "Telemetry ships enabled", "Compression ships disabled".
    re.compile(
        r"\b(?:ships?|comes?|is shipped|are shipped)\s+(?P<v>enabled|disabled|turned on|"
        r"turned off|switched on|switched off)\b",
        re.IGNORECASE,
    ),
    # "Compression is opt-in" (off until the reader opts in), "Telemetry is opt-out" (on).
    re.compile(
        r"\b(?:is|are)\s+(?:now\s+|still\s+|strictly\s+|entirely\s+)?(?P<v>opt-in|opt-out)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bdefaults?\s+to\s+[`\"']?(?P<v>on|off|true|false|enabled|disabled|auto|automatic|always|"
        r"never)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bdefault(?:\s+value)?\s*(?:[:=]|is)\s*[`\"']?(?P<v>on|off|true|false|enabled|disabled)"
        r"\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bby default,?\s+(?P<np>[^.;:\n]{1,60}?)\s+(?:is|are)\s+(?P<v>on|off|enabled|disabled|"
        r"auto|automatic)\b",
        re.IGNORECASE,
    ),
    # A reference entry that opens with it: "Off by default." (the entry's name before it);
    # "Off unless enabled.", "Disabled unless set;", "On unless disabled": off (on) until the
    # reader switches it.
    re.compile(
        r"(?:^|(?<=[.!]\s))[ \t]*(?P<v>On|Off|Enabled|Disabled)\s+(?:by\s+default\b|(?:unless|until)"
        r"\s+(?:(?:explicitly|you)\s+)?(?:enabled|disabled|set|configured|turned\s+(?:on|off)|"
        r"switched\s+(?:on|off)|requested|enable|disable|set\s+it|turn\s+it\s+(?:on|off))\b)",
        re.MULTILINE,
    ),
    # "Compression is off unless you enable it", "Encryption is off unless you pass --encrypt":
    # off until the reader turns it on.
    re.compile(
        r"\b(?:is|are|stays?|remains?)\s+(?P<v>on|off|enabled|disabled)\s+(?:unless|until)\s+you\s+"
        rf"(?:{_SWITCH_VERBS})\b",
        re.IGNORECASE,
    ),
)
#: A reference entry's default that is one of the choices it lists, one of which is none:
#: "Body compression, gzip or none. Default: gzip." (on), "gzip or none. Default: none." (off).
_DEFAULT_CHOICE = re.compile(
    r"\bDefault:\s*[`\"']?(?P<v>[A-Za-z][\w-]{0,30})[`\"']?[ \t]*(?:[.;]|$)", re.MULTILINE
)
_NONE_CHOICES = word_set("none off disabled no never")
#: A feature the reader has to switch on (off) themselves: off (on) by default. "Compression must
#: be enabled explicitly", "has to be turned on manually".
_EXPLICITLY = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?P<v>enabled|turned\s+on|switched\s+on|"
    r"activated|disabled|turned\s+off|switched\s+off|deactivated)\s+(?:explicitly|manually|"
    r"by\s+hand)\b",
    re.IGNORECASE,
)
#: A thing said to be used only once the reader sets it: off by default ("the disk queue is only
#: used if you set this to disk", "Compression is enabled only when you pass --compress").
_ONLY_IF_SET = re.compile(
    r"\b(?:is|are)\s+(?:only\s+(?:used|enabled|active|applied|turned\s+on|switched\s+on|on|"
    r"started|loaded)|(?:used|enabled|active|applied|turned\s+on|switched\s+on|on|started|"
    r"loaded)\s+only)\s+(?:if|when|once|after)\s+you\s+(?:explicitly\s+)?(?:set|enable|pass|"
    r"turn|switch|configure|choose|select|ask|opt|add|give|specify|supply|provide|request|list|"
    r"install)\b",
    re.IGNORECASE,
)
#: Words of a mode that say it as on, off or automatic.
_MODES = {"auto": "auto", "automatic": "auto", "always": "on", "never": "off"}
#: A thing done unless the reader passes the flag that turns it off: "snapback verifies every
#: snapshot after writing it unless you pass --no-verify" (verify: on); or not done unless the
#: flag that turns it on is passed: "It does not compress unless you pass --compress" (off).
_UNLESS_FLAG = re.compile(
    rf"\b(?:unless|until)\s+you\s+(?:{_SWITCH_VERBS})\s+[`\"']?--(?P<no>no-)?(?P<flag>[a-z][\w-]*)",
    re.IGNORECASE,
)
#: The same, the flag named in words: "Drafts are never included unless you pass the drafts
#: flag" (drafts: off).
_UNLESS_NAMED_FLAG = re.compile(
    rf"\b(?:unless|until)\s+you\s+(?:{_SWITCH_VERBS})\s+the\s+[`\"']?(?P<flag>[a-z][\w-]*)[`\"']?"
    r"\s+(?:flag|option|switch)\b",
    re.IGNORECASE,
)
#: A thing a program shows (includes, lists...) by default, named by what it shows: "The
#: development server shows drafts by default" (drafts: on); "does not list hidden files by
#: default" (off). Verbs of putting a thing in the output, or leaving it out (hide, exclude).
_SHOWN_BY_DEFAULT = re.compile(
    r"\b(?P<not>(?:does|do)\s+not\s+|(?:doesn|don)['’]t\s+|never\s+)?(?P<verb>show|shows|include|"
    r"includes|display|displays|list|lists|render|renders|publish|publishes|hide|hides|exclude|"
    r"excludes|skip|skips)\s+(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+by\s+default\b",
    re.IGNORECASE,
)
_LEAVES_OUT = word_set("hide hides exclude excludes skip skips")
#: The part of a program a default is said of: "The development server (quill serve) shows
#: drafts by default" (the subject, a noun phrase of lower-case words), "Drafts are never
#: included unless ..., and that goes for the development server as well" (said after it).
_PART_AFTER = re.compile(
    r"^[^.;:!?]{0,20}?\b(?:that|this)\s+(?:goes|holds|applies)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?P<part>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s+(?:as\s+well|too|also)\b|[,.;:]|$)",
)
_PART_DETERMINERS = word_set("the a an its your our this that")


def _part_of_program(text: str, start: int, before: int, after: int) -> str:
    """The part of a program a default at ``text[before:after]`` is said of (see
    ``_PART_AFTER``), from the words from ``start`` (its clause) to it, or said after it; ""
    for the program itself (a name with a capital, a pronoun) or none."""
    said = _PART_AFTER.match(text[after : after + 120])
    if said is not None:
        return " ".join(words(said["part"]))
    subject = re.sub(r"\([^)]*\)", " ", text[start:before])
    named = words(subject)
    while named and named[0] in _PART_DETERMINERS:
        named = named[1:]
    if not 1 < len(named) <= 3 or (subject.strip()[:1].isupper() and len(named) == 1):
        return ""
    if not all(w.isalpha() and w not in NOUN_STOP for w in named):
        return ""
    written = subject.split()
    if any(w[:1].isupper() for w in written[1:]):
        return ""  # "Quill Serve shows ...": the program by name
    return " ".join(named)


_UNLESS_YOU = re.compile(r"\b(?:unless|until)\s+you\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|doesn't|don't|won't|isn't|aren't)\b", re.IGNORECASE)
#: A feature said as what is done by default: "Batches are compressed with gzip by default"
#: (on), "Responses are not cached by default" (off). The feature is the verb's stem
#: ("compress"), which names it as its noun does ("Compression is off ...").
_DONE_BY_DEFAULT = re.compile(
    r"\b(?:is|are)\s+(?P<not>not\s+)?(?P<verb>[a-z]{3,}ed)\b(?P<rest>[^.;:\n]{0,40}?)\s+"
    r"by\s+default\b",
    re.IGNORECASE,
)
#: Participles that do not end in "-ed", with their verb: "missed runs are caught up".
_IRREGULAR = {
    "caught": "catch", "kept": "keep", "sent": "send", "built": "build", "rebuilt": "rebuild",
    "shown": "show", "written": "write", "rewritten": "rewrite", "taken": "take", "made": "make",
    "held": "hold", "brought": "bring", "thrown": "throw", "run": "run", "rerun": "rerun",
    "drawn": "draw", "split": "split", "shut": "shut", "spun": "spin", "swept": "sweep",
}  # fmt: skip
#: A feature said as what happens of itself: "missed runs are caught up automatically when
#: cronwheel starts again" (on: what the program does unless told otherwise, so a reference's
#: ``catch_up`` "Off by default" disagrees), "Old logs are not rotated automatically" (off). The
#: feature is the verb's stem with its particle ("caught up": ``catch-up``), as a setting's code
#: name writes it.
_DONE_AUTOMATICALLY = re.compile(
    rf"\b(?:is|are)\s+(?P<not>not\s+)?(?P<verb>[a-z]{{3,}}ed|{'|'.join(_IRREGULAR)})"
    r"(?:\s+(?P<part>up|out|back|down|over))?\s+automatically\b",
    re.IGNORECASE,
)
#: Words before it that make it a case the reader sets up: "If you enable catch-up, ...",
#: "When `catch_up` is on, ...".
_SET_UP_BEFORE = re.compile(
    r"\byou\b|\b(?:enabled?|turned\s+on|switched\s+on|configured|set|is\s+on|are\s+on)\b|"
    r"`|(?<![\w-])--?[a-z]|\b[a-z]\w*_\w",
    re.IGNORECASE,
)
#: A thing said to be always done: "CMYK JPEGs are always converted to sRGB" (on). Its topic is
#: ``ALWAYS`` and the verb's stem: a setting only where another document names a setting whose
#: words it says ("--to-srgb", ``grouping.actions.relate_settings``), else left out, since what is
#: always done for one kind of input ("file outputs are always compressed") is often no default.
_ALWAYS_DONE = re.compile(
    r"\b(?:is|are)\s+always\s+(?P<verb>[a-z]{3,}ed)\b(?P<rest>[^.;:,\n]{0,40})", re.IGNORECASE
)
ALWAYS = "always-"
#: Words after a participle that say how often, how much or when ("flushed every 10 seconds").
_HOW_OR_WHEN = re.compile(r"\d|\b(?:every|each|after|before|when|once|twice|per|until)\b", re.I)
#: A setting's default that is a word: "The default pool_mode is session.", "Default `--format`
#: is now json (was text).", "`log.level` defaults to warn." The setting is written as code (a
#: word with "_" or ".", a flag, or in backticks) and the word ends the clause, so that "the
#: default mode is used when..." says no value.
_SETTING_CODE = r"`[^`\n]{1,60}`|--?[a-z][\w-]*|[a-z]\w*[_.][\w.]+"
_DEFAULT_WORD_RES = (
    re.compile(
        rf"\bdefault\s+(?P<np>{_SETTING_CODE})\s+(?:is|was|has\s+been|becomes)\s+"
        r"(?:now\s+|still\s+)?[`\"']?(?P<v>[A-Za-z][\w-]{1,30})[`\"']?(?=\s*(?:[.;,(]|$))",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(
        rf"(?P<np>{_SETTING_CODE})\s+defaults\s+to\s+[`\"']?(?P<v>[A-Za-z][\w-]{{1,30}})[`\"']?"
        r"(?=\s*(?:[.;,(]|$))",
        re.IGNORECASE | re.MULTILINE,
    ),
)
#: Words after "the default X is" that judge the default, not state it.
_NO_VALUE = word_set(
    "recommended fine sensible safe good best usually correct ok okay unchanged deprecated "
    "ignored used set required optional mandatory unset empty none null different the a an"
)
#: Verbs of giving a setting a value: "pass `--config`", "set `api_key`".
_GIVE = "pass|set|specify|provide|give|supply|use|include|configure|add"
_REQUIRED_RES = (
    # "`--config` is optional", "is entirely optional", "isn't required" (optional), "is not
    # optional" (required): a "not" before the word turns it.
    re.compile(
        r"\b(?:is|are)(?P<neg>\s+not|n['’]t|\s+no\s+longer)?\s+(?:always\s+|now\s+|entirely\s+|completely\s+|"
        r"strictly\s+|absolutely\s+|totally\s+|purely\s+)?(?P<v>required|optional|mandatory|"
        r"compulsory)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\((?P<v>required|optional)\)", re.IGNORECASE),
    re.compile(
        r"\b(?:must|has to|have to|needs? to)\s+(?:always\s+)?be\s+(?P<v>set|given|provided|specified|"
        r"supplied|configured|passed)\b",
        re.IGNORECASE,
    ),
    # "`region` is a required field", "`tags` is an optional setting".
    re.compile(
        r"\b(?:is|are)\s+(?:an?\s+)?(?P<v>required|optional|mandatory)\s+(?:field|setting|option|"
        r"parameter|argument|flag|key|value)s?\b",
        re.IGNORECASE,
    ),
    # "The `api_key` setting can be omitted", "`region` may be left empty".
    re.compile(
        r"\b(?:can|may)(?P<neg>not|n?['’]t|\s+not)?\s+(?:safely\s+)?be\s+(?P<v>omitted|left out|"
        r"left empty|left blank|"
        r"left unset|skipped)\b",
        re.IGNORECASE,
    ),
    # "The `api_key` setting is not needed".
    re.compile(r"\b(?:is|are)\s+(?P<v>not needed|not necessary|unnecessary)\b", re.IGNORECASE),
    # A reference entry that opens with the word: "Required when TLS is enabled.", "Optional;
    # without it ...": the setting is the identifier on a line of its own before it.
    re.compile(
        r"(?:^|(?<=[.!]\s))[ \t]*(?P<v>Required|Optional)\b(?=[ \t]*[;:,.]|[ \t]+(?:when|if|"
        r"unless|for|only|in)\b)",
        re.MULTILINE,
    ),
    # An entry that opens with the word before what the setting holds: "Optional path to a
    # configuration file.", "Required API key for private feeds." (a noun phrase, no verb).
    re.compile(
        r"(?:^|(?<=[.!]\s))[ \t]*(?P<v>Required|Optional)[ \t]+(?=(?:[\w-]+[ \t]+){0,3}?[\w-]+"
        r"(?:[ \t]*[.;:]|[ \t]+(?:to|for|of|that|which|used|with)\b))(?![^.\n]*\b(?:is|are|was|"
        r"were|be)\b)",
        re.MULTILINE,
    ),
    # "It is mandatory to set `region`", "It is optional to pass `--tag`".
    re.compile(
        r"\bit\s+is\s+(?P<v>mandatory|required|compulsory|optional|not required|not necessary)"
        rf"\s+to\s+(?:{_GIVE})\s+(?:the\s+)?(?P<np>{_SETTING_CODE})",
        re.IGNORECASE,
    ),
)
#: A setting that may be left out, since a default is used then: "If you leave out the
#: repository option, snapback uses a default repository", "If you omit `--config`, the tool
#: falls back to the built-in defaults". The setting is what is left out.
_LEFT_OUT = re.compile(
    r"\b(?:if|when)\s+you\s+(?:leave\s+out|omit|skip|do\s+not\s+(?:set|pass|give|specify)|"
    r"don't\s+(?:set|pass|give|specify))\s+(?P<np>[^,.;:\n]{1,50}?)\s*,\s*"
    r"(?P<rest>[^.;:\n]{0,60}?\b(?:uses?|falls?\s+back\s+to|picks?)\s+(?:a|the|its)\s+"
    r"(?:[\w-]+\s+)?defaults?\b)",
    re.IGNORECASE,
)
#: A flag that may be left out, whatever is done then: "If you leave out `--out`, files are
#: optimized in place". Unless leaving it out is an error ("If you omit --out, it exits with an
#: error": required, said otherwise).
_LEFT_OUT_FLAG = re.compile(
    r"\b(?:if|when)\s+you\s+(?:leave\s+out|omit|skip|do\s+not\s+(?:set|pass|give|specify)|"
    r"don't\s+(?:set|pass|give|specify))\s+(?:the\s+)?(?P<np>`--?[a-z][\w-]*`|--?[a-z][\w-]*)"
    r"(?:\s+(?:option|flag))?\s*,\s*(?P<rest>[^.;:\n]{1,80})",
    re.IGNORECASE,
)
#: A setting written as code that the reader is told may go unsaid: "You can omit `region`",
#: "you do not need to set `api_key`" (optional).
_MAY_OMIT = re.compile(
    r"\byou\s+(?:can|may)\s+(?:safely\s+)?(?:omit|leave\s+out|skip)\s+(?:the\s+)?"
    rf"(?P<np>{_SETTING_CODE})|\byou\s+(?:do\s+not|don't|needn't)\s+(?:need\s+|have\s+)?(?:to\s+)?"
    rf"(?:set|specify|provide|pass|give|configure)\s+(?:the\s+)?(?P<np2>{_SETTING_CODE})",
    re.IGNORECASE,
)
#: Told to give a setting, or that there is no need to: "You must pass `--config`", "Always set
#: `api_key`", "you need to specify `--env`" (required); "No need to pass `--config`", "There is
#: no need to set `api_key`" (optional).
_TOLD_TO_GIVE = re.compile(
    r"\b(?:you\s+(?:must|need\s+to|have\s+to|always\s+need\s+to|should\s+always|must\s+always)|"
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*always|(?P<no>(?:there\s+is\s+)?no\s+need))\s+(?:to\s+)?"
    rf"(?:{_GIVE})\s+(?:the\s+)?(?P<np>{_SETTING_CODE})",
    re.IGNORECASE | re.MULTILINE,
)
#: A value after the setting: "set `timeout` to 30 s", "pass --jobs 4", "--level=high".
_VALUE_AFTER = re.compile(r"[`\"']?(?:\s*=|\s+to\b|\s+\d|\s+[`\"'<])")
#: What a document does without a setting: "Without `--config`, lintkit looks for lintkit.toml"
#: (optional), "Without it, lintkit refuses to start" (required).
_WITHOUT = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*Without\s+(?:(?:the\s+)?(?P<np>`[^`\n]{1,60}`|--?[a-z][\w-]*"
    r"|[a-z]\w*[_.][\w.]+)(?:\s+(?:option|flag|setting))?|(?P<it>it|one|this\s+(?:option|flag|"
    r"setting)))\s*,\s*(?P<rest>[^.;\n]{1,80})",
    re.MULTILINE,
)
#: A tool that will not start without a setting: "lintkit refuses to start without `--config`",
#: "The command fails without `--config`".
_FAILS_WITHOUT = re.compile(
    r"\b(?:refuses?\s+to\s+(?:start|run|work)|fails?|will\s+not\s+(?:start|run|work)|won['’]t\s+"
    r"(?:start|run|work)|cannot\s+(?:start|run)|can['’]t\s+(?:start|run)|exits?\s+with\s+an\s+"
    rf"error|errors?\s+out)\s+without\s+(?:a\s+|an\s+|the\s+)?(?P<np>{_SETTING_CODE})",
    re.IGNORECASE,
)
#: A setting said to be needed, with what fails without it in the same sentence or the next:
#: "Every input needs a tag; logskiff refuses to start without one" (required).
_START = r"(?:start|run|work|load|join|launch|boot|connect)"
_NEEDS_ONE = re.compile(
    r"\b(?:needs|requires|must\s+have|has\s+to\s+have)\s+(?:a|an)\s+"
    r"(?P<np>(?:[\w`-]+\s+){0,2}?[\w`-]+)\s*(?:[;,]\s*(?:and\s+)?|\.\s+|\s+and\s+)"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:refuses?\s+to\s+{_START}|fails?(?:\s+to\s+{_START})?|"
    rf"will\s+not\s+{_START}|won['’]t\s+{_START}|cannot\s+{_START}|can['’]t\s+{_START}|"
    r"exits?\s+with\s+an\s+error|errors?\s+out|aborts?|(?:is|are)\s+rejected|rejects?)"
    r"(?:\s+(?:it|them|requests))?\s+without\s+(?:one|it)\b",
    re.IGNORECASE,
)
#: What leaving a flag out leads to when it is required.
_FAILS = word_set(
    "error errors fail fails failure refuse refuses exit exits abort aborts stop stops cannot "
    "can't won't will not complain complains rejected reject rejects"
)
#: Told to the reader: "you must configure a result backend (...)." The setting is a short noun
#: phrase that ends the clause, so "you must set the timeout to 30 s" says a value; not under a
#: condition said before it ("If you want TLS, you must provide a certificate").
_MUST_GIVE = re.compile(
    r"\byou\s+(?:must|need\s+to|have\s+to)\s+(?:configure|set|set\s+up|specify|provide|give|"
    r"pass)\s+(?P<np>(?:a|an|the)\s+(?:[\w`-]+\s+){0,2}[\w`-]+)(?=\s*(?:[.;:,(]|$))",
    re.IGNORECASE | re.MULTILINE,
)
#: A next sentence that says what fails without the setting: "Workers refuse to start without
#: one."
_WITHOUT_ONE = re.compile(
    r"[.!]?[ \t]+(?:[A-Z]\w*\s+){1,3}(?:refuse|refuses|fail|fails|will\s+not|won't|cannot|can't)"
    r"\s+(?:to\s+)?(?:start|run|work)\s+without\s+(?:one|it)\b"
)
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|unless|whenever|only|for)\b", re.IGNORECASE)
_REQUIRED = {"required": "required", "mandatory": "required", "set": "required",
             "given": "required", "provided": "required", "specified": "required",
             "supplied": "required", "configured": "required", "passed": "required",
             "optional": "optional", "not required": "optional", "omitted": "optional",
             "left out": "optional", "left empty": "optional", "left blank": "optional",
             "left unset": "optional", "skipped": "optional", "not needed": "optional",
             "not necessary": "optional", "unnecessary": "optional",
             "compulsory": "required"}  # fmt: skip
# Words of a setting's noun phrase that name no setting: "This setting is required".
_VAGUE = word_set(
    "the a an this that it its these those setting settings option options flag flags field "
    "fields parameter parameters key value values now also still always by default"
)
_PREPOSITION = re.compile(r"\s(?:for|of|in|on|to|with|when|if|from|at|under)\s", re.IGNORECASE)
_CODE = re.compile(r"`([^`\n]{1,60})`|(?<![\w-])(--?[a-z][\w-]*)|\b([a-z]\w*[_.][\w.]+)\b")
#: A reference entry's name on a line of its own: "tls_ca", "`api_key`", "--config FILE",
#: "--verify / --no-verify".
_IDENTIFIER_LINE = re.compile(
    r"^[ \t]*`?(--?[\w-]+|[a-z][\w.-]*)`?(?:[ \t=]+<?(?P<arg>[A-Z][A-Z_]*)>?)?"
    r"(?:[ \t]*/[ \t]*`?--?no-[\w-]+`?)?(?:[ \t]+\((?P<which>[a-z][a-z0-9 _-]{0,20})\))?[ \t]*$",
    re.MULTILINE,
)
#: Lines of a reference's table that give a value, not a name ("none", "false").
_VALUE_LINES = word_set(
    "none null nil true false on off yes no unset empty auto default n a required optional"
)
#: A setting said to have no default value, the entry's last word on it: required ("`--env`
#: has no default.", an entry's "There is no default."). Not with what happens without it after
#: it ("There is no default; no proxy is used", "no default, so ... is disabled").
_NO_DEFAULT = re.compile(
    r"\b(?:there\s+is\s+no|(?:has|have)\s+no|with\s+no|without\s+a|no)\s+default(?:\s+value)?"
    r"(?=[ \t]*\.?[ \t]*(?:\n|$))",
    re.IGNORECASE,
)
_NUMBER_WORDS = ("", "once", "twice", "three times", "four times", "five times", "six times")
_PER = {"day": "a day", "night": "a night", "week": "a week", "month": "a month"}
_IF = re.compile(r"\b(?:if|when|whenever|unless)\s+(?P<rest>[^.;,:\n]+)", re.IGNORECASE)


def find_advice(text: str, index: TextIndex, mentions: Sequence[Mention]) -> list[Advice]:
    """Every piece of advice in words in ``text``, in text order (at most one label per family
    and sentence: the first), with the counts of times among ``mentions`` that become labels."""
    found: list[Advice] = []
    for family, pattern, labels in _HEALTH:
        for match in pattern.finditer(text):
            group = next(n for n, value in enumerate(match.groups()) if value is not None)
            found.append(Advice(match.span(), match.group(), family, labels[group]))
    ends = {mention.span[1] for mention in mentions}
    for match in _BARE_EVERY_RE.finditer(text):
        if not ends & set(range(match.start() - 2, match.start() + 1)):
            # "Take it daily"; not "500 mg daily", whose "daily" is the amount's base.
            group = next(n for n, value in enumerate(match.groups()) if value is not None)
            found.append(Advice(match.span(), match.group(), "frequency",
                                list(_BARE_EVERY.values())[group]))  # fmt: skip
    every = [
        Advice(m.span(), m.group(), "frequency", list(_EVERY.values())[group])
        for m in _EVERY_RE.finditer(text)
        for group in [next(n for n, value in enumerate(m.groups()) if value is not None)]
    ] + [
        _event(m)
        for m in _EVENT_RE.finditer(text)
        if not _GAP_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
    ]
    for number, mention in enumerate(mentions):
        label = _times(mention)
        if label:
            found.append(Advice(mention.span, mention.text, "frequency", label, mention=number))
    health = []
    for advice in found:
        if _not_advised(text, index, advice.span):
            continue
        if _about_taking(text, index, advice.span):
            health.append(advice)
            continue
        verb = (
            _instructed(text, index, advice.span, bare=advice.family == "time")
            if advice.family in ("frequency", "time")
            else ""
        )
        verb = verb or (_asked(text, index, advice.span) if advice.family == "frequency" else "")
        if verb:
            health.append(replace(advice, topic=verb))
    for advice in every:
        verb = _instructed(text, index, advice.span) or _asked(text, index, advice.span)
        if verb and not _not_advised(text, index, advice.span):
            # "Take it every day": how often to take it, the family's subject of its own.
            health.append(replace(advice, topic="" if verb in _TAKING else verb))
    settings = (
        _settings(text, index)
        + _light(text, index)
        + _kept(text, index)
        + _wetness(text, index)
        + _prices(text, index)
        + _works(text, index)
        + _switched(text, index)
        + _codes(text, index)
        + _sides(text, index)
        + _manners(text, index)
        + _drying(text, index)
    )
    orders = [
        Advice(o.span, text[o.span[0] : o.span[1]], "order", o.label, o.topic)
        for o in find_orders(text, index)
    ]
    # The order of two actions spans both, so it takes no other family's place in its sentence
    found = _one_per_sentence(text, index, _either_time(text, index, health) + settings)
    return sorted(found + orders, key=lambda advice: advice.span)


def how_often(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of every phrase in ``text`` that says how often ("once a week", "every day",
    "after every backup", "twice a day" among ``mentions``), advice or not."""
    patterns = (_FREQUENCY_RE, _EVERY_RE, _EVENT_RE, _BARE_EVERY_RE)
    spans = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    return spans + [mention.span for mention in mentions if _times(mention)]


def _event(match: re.Match[str]) -> Advice:
    """ "after every backup", "before each water change": how often, as the event it goes with."""
    more = match["more"]
    if more is None or more.lower() in _EVENT_STOP or more.lower().endswith("ly"):
        span = (match.start(), match.end("noun"))
        named = match["noun"].lower()
    else:
        span, named = match.span(), f"{match['noun']} {more}".lower()
    label = f"{match['when'].lower()} every {named}"
    return Advice(span, match.string[span[0] : span[1]], "frequency", label)


def _times(mention: Mention) -> str:
    """``twice a day`` for a count of times with a base; "" for other mentions."""
    amount = mention.amount
    if mention.noun != "times" or mention.per not in _PER or amount.unit:
        return ""
    low, high = amount.low, amount.high
    if not (low.is_integer() and high.is_integer() and 1 <= low <= high < len(_NUMBER_WORDS)):
        return ""
    if low == high:
        return f"{_NUMBER_WORDS[int(low)]} {_PER[mention.per]}"
    first = _NUMBER_WORDS[int(low)].removesuffix(" times").replace("once", "one")
    first = first.replace("twice", "two")
    return (
        f"{first} or {_NUMBER_WORDS[int(high)].replace('twice', 'two times')} {_PER[mention.per]}"
    )


def _about_taking(text: str, index: TextIndex, span: tuple[int, int]) -> bool:
    """Whether the sentence around ``span`` (or the question it answers) is about taking or
    absorbing something."""
    where = index.around(span)
    # "Take a 16-hour patch off at bedtime" removes it: when to take it off is no time to use it.
    sentence = _TAKE_OFF_RE.sub(" ", text[where.sentence[0] : where.sentence[1]])
    if _TAKING & set(words(sentence)) or _PUT_ON_RE.search(sentence):
        return True
    question = text[where.previous[0] : where.previous[1]].strip()
    return question.endswith("?") and bool(_TAKING & set(words(question)))


def _instructed(text: str, index: TextIndex, span: tuple[int, int], bare: bool = False) -> str:
    """The verb of an instruction the words at ``span`` say how often (or when) to follow ("Turn
    the heap once a week", "you need to water seedlings every day"): the sentence opens with a
    verb and its object, or tells the reader to do it; "" when it does neither. ``bare`` (a time
    of day): only a verb the words follow right after it, the sentence's or a colon's first word
    ("Water early in the morning", "My one tip: water in the evening"); with an object between
    them the time is the case of advice about the object ("Discontinue the splint at night"
    against "keep wearing the splint at night": ``polarity``), so it is left to that."""
    sentence = index.around(span).sentence
    if bare:
        return _bare_verb(text, sentence[0], span[0])
    found = _IMPERATIVE.match(text, sentence[0], span[0])
    if found is None or found["verb"].lower() in _NOT_VERBS or found["verb"].endswith("ing"):
        # "Adding lemon to your water each day may help": a gerund names, it does not instruct.
        found = _TOLD.search(text, sentence[0], span[0])
    if found is None or found["verb"].lower() in _NOT_VERBS:
        return ""
    return _topic(found["verb"], found["code"] or "")


#: A verb alone before the words that say when to follow it, opening its sentence or the words
#: after a colon: "Water early in the morning", "My one tip: water in the evening".
_BARE_VERB = re.compile(
    r"(?:^|(?<=:))\s*(?:[-•\"'(*_]\s*)?(?P<verb>[A-Za-z]{3,})\s+(?:(?:only|early|late|just|always)"
    r"\s+)?$",
    re.IGNORECASE,
)
#: Words that open a sentence before a time of day without being a verb that instructs.
_NOT_BARE = word_set(
    "best better worse ideally preferably usually mostly often sometimes never always only early "
    "late later earlier once twice daily nightly take taken taking dose doses the a an my your "
    "its their first one"
)


def _bare_verb(text: str, start: int, end: int) -> str:
    """The verb at ``text[start:end]`` (or after its last colon) that the words at ``end`` say
    when to follow ("Water early in the morning": water), or ""."""
    colon = text.rfind(":", start, end)
    found = _BARE_VERB.search(text[max(start, colon + 1) : end])
    if found is None:
        return ""
    verb = found["verb"].lower()
    if verb in _NOT_VERBS or verb in _NOT_BARE or verb.endswith("ing"):
        return ""
    if (verb.endswith("ed") and not verb.endswith("eed")) or (
        verb.endswith("ly") and not verb.endswith("ply")
    ):
        return ""  # "Used in the evening", "Ideally in the morning"; not "Feed", "Apply"
    if verb.endswith("s") and not verb.endswith("ss"):
        return ""  # "Sessions in the evening", "Pharmacies at night": a noun
    return verb


def _asked(text: str, index: TextIndex, span: tuple[int, int]) -> str:
    """The verb of the "How often should I ...?" question the sentence at ``span`` answers (the
    last question line shortly before it: an FAQ's "Q:" line or a heading), or ""."""
    sentence = index.around(span).sentence
    asked = list(_HOW_OFTEN_RE.finditer(text, max(0, sentence[0] - _QUESTION_REACH), sentence[0]))
    if not asked:
        return ""
    said = words(asked[-1]["rest"])
    if not said or said[0] in _NOT_VERBS:
        return ""
    return _topic(said[0], " ".join(said[1:]))


def _topic(verb: str, thing: str) -> str:
    """What an instruction's frequency is about: its verb ("turn", "water"), or for a verb that
    only says to carry something out ("run `snapvault prune`", "run prune") the last word of
    the command it names."""
    named = words(thing)
    if verb.lower() in _CARRY_OUT and named:
        return named[-1]
    return verb.lower()


#: Verbs that only say to carry out what their object names: how often to "run prune" is how
#: often to prune.
_CARRY_OUT = word_set("run runs execute call invoke perform schedule trigger")
_OBJECT = (
    r"(?P<verb>[A-Za-z]{3,})\s+(?:(?:a|an|the|it|them|your|each|this|these|every)\b"
    r"|`(?P<code>[^`\n]{1,60})`)"
)
#: An instruction: a verb that opens the sentence with its object after it ("Turn a", "Water
#: the", "Reapply it"), or one the reader is told to follow ("you need to turn a").
_IMPERATIVE = re.compile(rf"\s*(?:[\"'(*_]\s*)?{_OBJECT}", re.IGNORECASE)
_TOLD = re.compile(
    rf"\b(?:you|we)\s+(?:(?:need|have|ought)\s+to|should|must)\s+{_OBJECT}", re.IGNORECASE
)
#: Words that open a sentence before an object without being an instruction ("Most of the",
#: "Only a", "Then the").
_NOT_VERBS = word_set(
    "most many some all only then when once after before during while with without for from "
    "about around just even also both each every this that there here what which who how why "
    "our their its his her and but yet not never always usually often sometimes"
)


def _not_advised(text: str, index: TextIndex, span: tuple[int, int]) -> bool:
    """Whether the words at ``span`` advise no time, frequency...: their clause says before them
    that it is what not to do ("avoid large drinks in the two hours before bed", "rather than
    catching up in the evening", "not at night") or a circumstance ("If you get up at night to
    pass urine"). A label cannot say "not": no label is better than the opposite one."""
    clause = index.around(span).clause
    return _NOT_ADVICE.search(text, clause[0], span[0]) is not None


_NOT_ADVICE = re.compile(
    r"\b(?:avoid|avoiding|never|not|rather\s+than|instead\s+of|don't|doesn't|do\s+not|if)\b"
    r"|n't\b",
    re.IGNORECASE,
)


#: Of two labels offered as choices in one sentence, the label that leaves the choice open.
_EITHER = {"time": ({"morning", "evening"}, "any time", _MORNING | _EVENING),
           "food": ({"with food", "without food"}, "with or without food",
                    word_set("food meal meals stomach eating breakfast"))}  # fmt: skip
_WORD_SPAN = re.compile(r"[A-Za-z]+")


def _either_time(text: str, index: TextIndex, found: list[Advice]) -> list[Advice]:
    """A sentence that offers a morning and an evening as choices ("some take it at night,
    others choose the morning") says ``any time``; with and without food, either. The advice
    then spans from its first phrase to the last word of the other choice."""
    offered: dict[tuple[str, tuple[int, int]], set[str]] = {}
    for advice in found:
        sentence = index.around(advice.span).sentence
        offered.setdefault((advice.family, sentence), set()).add(advice.label)
    result: list[Advice] = []
    for advice in found:
        either = _EITHER.get(advice.family)
        if either is not None and advice.label in either[0]:
            choices, label, named = either
            sentence = index.around(advice.span).sentence
            said = words(text[sentence[0] : sentence[1]])
            both = offered[(advice.family, sentence)] >= choices or (
                advice.family == "time" and set(said) & _MORNING and set(said) & _EVENING
            )
            if both and set(said) & _CHOICE:
                ends = [m.end() for m in _WORD_SPAN.finditer(text, advice.span[1], sentence[1])
                        if m.group().lower() in named]  # fmt: skip
                span = (advice.span[0], max([advice.span[1], *ends]))
                advice = Advice(span, text[span[0] : span[1]], advice.family, label)
        result.append(advice)
    return result


#: A meal says both when in the day and with or without food: "Take it before breakfast" is
#: a morning dose on an empty stomach, against "It doesn't matter what time of day you take it"
#: and against "Take it with food" alike.
_MEAL_AND_TIME = frozenset({"time", "food"})


def _one_per_sentence(text: str, index: TextIndex, found: list[Advice]) -> list[Advice]:
    """One label per family and sentence (how often: one per label, as "twice a day if it upsets
    your stomach; otherwise once a day" gives two): the first said in a clause about taking."""
    kept: dict[tuple[str, str, str, tuple[int, int]], Advice] = {}
    for advice in sorted(found, key=lambda a: (not _clause_takes(text, index, a), a.span)):
        where = index.around(advice.span)
        label = advice.label if advice.family == "frequency" else ""
        key = (advice.family, advice.topic, label, where.sentence)
        if key not in kept and not any(
            _overlap(advice, other) and {advice.family, other.family} != _MEAL_AND_TIME
            for other in kept.values()
        ):
            kept[key] = advice
    return sorted(kept.values(), key=lambda a: a.span)


_PLACE = r"(?:spot|place|position|corner|site|area|location|part\s+of\s+the\s+garden)"
#: Sun or shade as where to put a thing: "in a sunny spot", "in full sun", "a shady corner",
#: "out of direct sunlight".
_LIGHT_RE = _phrases(
    {
        rf"(?:in\s+)?(?:a|the|your)\s+(?:sunny|sunlit|sunniest)\s+{_PLACE}|in\s+(?:full|direct)"
        r"\s+sun(?:light|shine)?|in\s+the\s+sun(?:shine)?": "sun",
        rf"(?:in\s+)?(?:a|the|your)\s+(?:shady|shaded|shadiest)\s+{_PLACE}|in\s+(?:the\s+|"
        r"partial\s+|full\s+|light\s+|dappled\s+)?shade|out\s+of\s+(?:direct\s+|the\s+)?"
        r"sun(?:light|shine)?": "shade",
    }
)
#: What the thing placed is: the object of a verb that places it ("Put your bin in ...").
_PLACED_RE = re.compile(
    r"\b(?:put|place|site|position|locate|stand|set|keep|move)\s+(?:(?:a|an|the|your|it|its"
    r"|them|their)\s+)?(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?=(?:in|out|on|at|into)\b)"
    r"|\b(?P<placed>[a-z]{3,})\s+(?:is|are|should\s+be|must\s+be)\s+(?:best\s+)?"
    r"(?:placed|put|sited|positioned|located|kept)\b",
    re.IGNORECASE,
)
#: The thing a place is judged best for: "a shady corner is best for a compost bin".
_BEST_FOR_RE = re.compile(
    r"\b(?:is|are|works?)\s+(?:best|ideal|better|perfect)\s+for\s+(?:(?:a|an|the|your)\s+)?"
    r"(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b(?=\s*(?:[.,;:!?]|$|\s+(?:and|but|as|"
    r"because|since|so)\b))",
    re.IGNORECASE | re.MULTILINE,
)
_PRONOUNS = word_set("it them this that these those one")


def _light(text: str, index: TextIndex) -> list[Advice]:
    """Sun or shade as where to put a thing, in a sentence that places it ("Put your bin in a
    sunny spot") or judges the place best for it ("a shady corner is best for a compost bin"):
    the thing's head noun, stemmed, is the topic; none when the sentence names no thing."""
    found = []
    for match in _LIGHT_RE.finditer(text):
        label = "sun" if match["g0"] is not None else "shade"
        sentence = index.around(match.span()).sentence
        placed = _PLACED_RE.search(text, sentence[0], sentence[1])
        best = _BEST_FOR_RE.search(text, match.end(), sentence[1])
        if placed is not None:
            thing = placed["thing"] or placed["placed"]
        elif best is not None:
            thing = best["thing"]
        else:
            continue
        head = words(thing)[-1:] if thing else []
        if not head or head[0] in _PRONOUNS or head[0] in NOUN_STOP:
            continue
        found.append(Advice(match.span(), match.group(), "light", label, topic=_stem(head[0])))
    return [a for a in found if not _not_advised(text, index, a.span)]


#: The state a surface must be in when a thing is applied to it, in general English: dry, or
#: wet (damp, moist, towel-dried, wet). One label for damp and wet: "apply to wet hair" and "to
#: damp hair" are one instruction as leaflets write it.
_WET = r"(?:damp|moist|wet|towel[\s-]*dried|towel[\s-]*dry|dampened|wetted|slightly\s+(?:damp|wet))"
_DRY = r"(?:(?:(?:completely|fully|thoroughly|totally)\s+|bone[\s-]*)?dry|dried)"
#: Surfaces things are applied to: hair, skin, a wall, wood...
_SURFACES = (
    r"hair|scalp|skin|face|hands?|feet|nails?|body|lips|beard|surfaces?|walls?|wood|timber|"
    r"plaster|concrete|brick(?:work)?|floors?|metal|fabric|clothes|clothing|lenses|teeth|gums|"
    r"wounds?|area|fur|coat|leaves|soil|compost"
)
_WETNESS_RE = re.compile(
    rf"\b(?:to|on|onto|into|over|through)\s+(?:(?:the|a|an|your|their|his|her|clean|freshly"
    rf"\s+washed|washed)\s*,?\s+)*(?:(?P<wet>{_WET})|(?P<dry>{_DRY}))(?:\s*,\s*(?:clean|"
    rf"{_WET}|{_DRY}))?\s+(?P<thing>{_SURFACES})\b"
    # the surface ends its noun phrase ("a dry wound dressing" is a dressing)
    r"(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|with|before|after|for|then|to|from|only|until|as|so|"
    r"but|rather|instead|in|on|at|using|once|while|when|if|first|straight|right|daily|every|"
    r"each|evenly|gently|well|too|again|working|leaving|massaging|combing)\b))",
    re.IGNORECASE,
)
#: Verbs that apply a thing to a surface, as an instruction or its passive.
_APPLYING = word_set(
    "apply applied applying put use used using spread rub rubbed massage massaged smooth "
    "smoothed work comb combed brush brushed paint painted spray sprayed dab dabbed pour "
    "poured wipe wiped style styled lather sprinkle sprinkled"
)
#: Words before a state in its clause that say it is no instruction: a condition, a contrast,
#: a population ("for dry hair": a product's audience), history.
_NOT_STATE = re.compile(
    r"\b(?:if|when|unless|whether|for|rather\s+than|instead\s+of|not|never|avoid|don't|"
    r"do\s+not|was|were|used\s+to|had)\b|n't\b",
    re.IGNORECASE,
)


def _wetness(text: str, index: TextIndex) -> list[Advice]:
    """The state a surface must be in when a thing is applied to it ("Apply the lotion to dry
    hair" against "Apply it to damp, towel-dried hair"): ``dry`` or ``wet``, one subject per
    surface (``state-hair``), only in a clause that applies something (apply, put, use, comb,
    paint...) and says no condition, contrast, audience or history before the state ("for dry
    hair" names a product's users, "rather than soaking-wet hair" what not to do)."""
    found = []
    for match in _WETNESS_RE.finditer(text):
        where = index.around(match.span())
        clause = where.clause
        before = text[clause[0] : match.start()]
        if not set(words(before)) & _APPLYING or _NOT_STATE.search(before):
            continue
        if "?" in text[match.end() : where.sentence[1]]:
            continue
        label = "wet" if match["wet"] is not None else "dry"
        thing = match["thing"].lower()
        topic = _stem(thing.rstrip("s") if thing not in _PLURAL_SURFACES else thing)
        found.append(Advice(match.span(), match.group(), "wetness", label, topic))
    return found


_PLURAL_SURFACES = {"lips", "clothes", "lenses", "leaves", "feet", "teeth", "gums"}

#: A charge in money: "£8", "€12.50", "8 pounds", "$20".
_MONEY = (
    r"(?:[£€$]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:pounds|euros?|dollars|p\b|"
    r"GBP|EUR|USD))"
)
#: What a visitor pays to get in: entry, admission, entrance, tickets, one word for the price.
_ENTRY = r"(?:entry|admission|entrance|tickets?|general\s+admission|access)"
_IS_NOW = (
    r"(?:is|are|remains|remain|will\s+remain|will\s+be|will\s+stay|stays|stay|is\s+still|"
    r"are\s+still|will\s+continue\s+to\s+be|continues\s+to\s+be)"
)
_PRICE_RE = re.compile(
    rf"\b(?:(?P<fthing>{_ENTRY})(?:\s+(?:to|for)\s+(?:the\s+)?(?P<fto>[a-z][\w-]*))?\s+"
    rf"{_IS_NOW}\s+(?:(?:completely|entirely|totally|always|also)\s+)?free(?:\s+of\s+charge)?"
    rf"|(?P<fbox>entry|admission|entrance)\s*:\s*free"
    rf"|(?:there\s+is\s+)?no\s+(?:entry|admission|entrance)\s+(?:fee|charge)"
    rf"|(?P<fcost>entry|admission|entrance)\s+costs\s+nothing"
    rf"|(?:it\s+is|it['’]s|is|are)\s+free\s+to\s+(?:visit|enter|get\s+in|go\s+in)"
    rf"|(?P<pthing>{_ENTRY})(?:\s+(?:to|for)\s+(?:the\s+)?(?P<pto>[a-z][\w-]*))?\s+"
    rf"(?:costs?|will\s+cost|is|are|will\s+be|is\s+priced\s+at|are\s+priced\s+at)\s+"
    rf"(?:(?:just|only|now|about|around)\s+)?{_MONEY}"
    rf"|(?P<pbox>entry|admission|entrance|tickets)\s*:\s*{_MONEY}"
    rf"|(?P<pfee>(?:an?\s+)?(?:entry|admission|entrance)\s+(?:fee|charge)\s+(?:of|is)\s+"
    rf"{_MONEY})"
    rf"|(?P<pnot>entry|admission|entrance)\s+(?:is|will\s+be)\s+(?:no\s+longer|not)\s+free)",
    re.IGNORECASE,
)
#: After a price, words that make it a case: a day, a group, a condition ("free on Mondays",
#: "free for members", "free with a pass", "£5 for children").
_PRICE_CASE = re.compile(
    r"\s*(?:on|after|before|until|till|between|during|for|with|except|at|in|every|each|if|"
    r"when|unless|only|from|per|to|this|next|last|until)\b",
    re.IGNORECASE,
)
#: Before a price in its clause: a condition, history, a question or a report.
_NOT_PRICE = re.compile(
    r"\b(?:if|when|unless|whether|was|were|used\s+to|had|until|before|previously|formerly|"
    r"once|may|might|could|would|not|no\s+longer|rumou?red|claimed)\b",
    re.IGNORECASE,
)
#: Whose tickets: a group of visitors, not everyone ("Children's tickets cost £4").
_GROUPS_BEFORE = re.compile(
    r"\b(?:child|children|children['’]s|kids?|student|students|senior|seniors|concession|"
    r"concessions|member|members|family|group|under-\d+s?|over-\d+s?|vip|season|annual)\s*$",
    re.IGNORECASE,
)


#: Words right before "tickets" that leave them tickets of entry ("Adult tickets", "Standard
#: tickets"); any other word names another ticket ("Concert tickets", "Parking tickets").
_TICKET_OF_ENTRY = word_set(
    "the a an adult adults standard general full price full-price entry admission entrance "
    "day our your visitor visitors"
)


#: Whether a thing works or is enough, said of the thing in general English ("Cotton wool offers
#: almost no protection and should not be relied on" against "a twist of cotton wool in each ear
#: will do"; "Electric fans are not effective once indoor temperatures go above 35°C" against "a
#: fan is the cheapest and most effective way to stay cool"): efficacy words, each with its label.
_WORKS_RE = re.compile(
    r"\b(?:(?P<no>(?:is|are)\s+(?:not|never|hardly|rarely|seldom)\s+(?:(?:very|really|particularly|"
    r"especially|that|an?|the|always)\s+)*(?:effective|useful|reliable|enough|sufficient|worth\s+it"
    r"|a\s+(?:good|reliable|safe|useful)\s+(?:way|option|choice|substitute))"
    r"|(?:is|are)\s+(?:(?:largely|completely|totally|pretty|quite|almost)\s+)?(?:ineffective|useless"
    r"|unreliable|worthless|no\s+good|no\s+use|of\s+no\s+use|no\s+substitute\s+for)"
    r"|(?:does|do)(?:\s+not|n['’]t)\s+(?:really\s+|actually\s+)?(?:work|help|protect)"
    r"|(?:will\s+not|won['’]t|never)\s+(?:work|help|protect)"
    r"|(?:offers?|gives?|provides?)\s+(?:almost\s+|virtually\s+|next\s+to\s+|little\s+or\s+)?"
    r"(?:no|little|hardly\s+any|zero)\s+(?:real\s+|useful\s+|meaningful\s+)?protection"
    r"|(?:should|must|can)(?:\s+not|\s+never|n['’]t)\s+be\s+(?:relied|depended)\s+(?:on|upon)"
    r"|(?:does|do)\s+(?:little|nothing)\s+to)"
    r"|(?P<yes>(?:is|are)\s+(?:(?:the|an?|very|highly|really|quite|extremely|remarkably|still)\s+|"
    r"(?:\w+est|cheapest|simplest|easiest|best)\s+(?:and\s+)?)*(?:most\s+)?(?:effective|reliable)"
    r"(?!\s+(?:than|as)\b)"
    r"|(?:really\s+|actually\s+|does\s+)?works?(?=\s*(?:[.,;!]|well\b|fine\b|wonders\b|$))"
    r"|(?:really\s+|does\s+|do\s+)?helps?(?=\s*(?:[.,;!]|a\s+lot\b|below\b|above\b|once\b|$))"
    r"|will\s+do(?=\s*(?:[.,;!]|until\b|for\s+now\b|in\s+a\s+pinch\b|at\s+a\s+push\b|fine\b|"
    r"the\s+(?:job|trick)\b|$))"
    r"|(?:does|do)\s+the\s+(?:job|trick)"
    r"|(?:offers?|gives?|provides?)\s+(?:good|real|excellent|adequate|enough|decent|reliable|"
    r"effective|solid|full)\s+protection"
    r"|can\s+be\s+(?:relied|depended)\s+(?:on|upon)))\b",
    re.IGNORECASE,
)
#: "Do not rely on a fan", "never rely on cotton wool": the thing after it does not work.
_RELY_NOT_RE = re.compile(
    r"\b(?:do\s+not|don['’]t|never|you\s+should\s+not|you\s+shouldn['’]t)\s+(?:rely|depend)\s+"
    r"(?:on|upon)\s+(?P<thing>[^,.;:!?]{2,40}?)(?=\s+(?:to|for|as|when|if|in|on|at)\b|[,.;:!?]|$)",
    re.IGNORECASE,
)
#: Words of a comparison or a doubt before the efficacy words: no claim of the thing's own.
_WORKS_NOT_SAID = re.compile(
    r"\b(?:myths?|misconceptions?|heard|claims?|claimed|supposedly|believe|believes|think|thinks|"
    r"may|might|could|would|whether|if|unless|more|less|as|than|some\s+say)\b|\?",
    re.IGNORECASE,
)
#: A comparison after the efficacy words: "doesn't work as well as it used to".
_COMPARED_AFTER = re.compile(r"\s+(?:as\b|better\b|worse\b|than\b|more\b|less\b)", re.I)
#: Words of a clause, a possessive or a number before the efficacy words: no thing of its own
#: ("when to seek help", "Their earlier work", "is doing a lot of the work").
_NO_THING_WORDS = word_set(
    "is are was were be been being has have had do does did doing can will would should may "
    "might must their his her our my its your to when what how who which where one two three "
    "four five six seven eight nine ten"
)
_NOT_THING_BEFORE = word_set(
    "seek get ask need find want call offer give for with the a an this that of more extra "
    "any no some"
)
_THING_WORDS = 8
#: "a twist of cotton wool", "a pair of ear plugs": the thing is what follows "of".
_PARTITIVE = word_set(
    "twist piece pieces bit bits pair pairs layer layers ball balls wad wads couple handful "
    "sheet sheets strip strips scrap type types kind kinds sort sorts set sets"
)
_THING_LEAD = word_set(
    "a an the your any one some most many all basic simple ordinary standard cheap plain "
    "but and so also just even still then however electric"
)
_THING_END = word_set("in on at for with from to of by into during under over inside outside")
#: A thing said to work whatever the case: compared with another document's case.
UNIVERSAL_RE = re.compile(
    r"\b(?:whatever\s+the\s+\w+|regardless\s+of|no\s+matter\s+(?:how|what)|in\s+(?:any|all)\s+"
    r"(?:weather|conditions|circumstances|cases)|at\s+any\s+(?:temperature|time|level))\b",
    re.IGNORECASE,
)
#: The condition of a thing said to work (or not) whatever the case, until grouping gives it the
#: case another document says (``grouping.actions.universal_works``).
IN_EVERY_CASE = "in every case"
#: A case the efficacy holds in, after it: "once indoor temperatures go above 35°C", "below
#: 35°C", "if the air is humid".
_WORKS_CASE_RE = re.compile(
    r"^\s*,?\s*(?P<case>(?:once|when|whenever|if|above|below|over|under|in)\s+[^,.;:!?]{2,60})",
    re.IGNORECASE,
)


def _works(text: str, index: TextIndex) -> list[Advice]:
    """Whether a thing works (is effective, will do, protects) or not, said of the thing as the
    subject of its clause: ``works`` or ``does not work``, one subject per thing (its head
    noun, stemmed: ``works-fan``). None for a pronoun, a comparison, a doubt, a myth or a
    question; a case after it ("once temperatures go above 35°C", "below 35°C") is its
    condition; a document that says both of one thing says neither."""
    found: list[Advice] = []
    for match in _WORKS_RE.finditer(text):
        where = index.around(match.span())
        start = max(where.sentence[0], text.rfind(",", where.sentence[0], match.start()) + 1)
        if text[where.sentence[0] : where.sentence[1]].rstrip().endswith("?"):
            continue
        segment = text[start : match.start()]
        said = words(segment)
        if (
            _COMPARED_AFTER.match(text, match.end())
            or re.search(r"\d", segment)
            or _NO_THING_WORDS & set(said)
            or len(said) > _THING_WORDS
            or (said and said[-1] in _NOT_THING_BEFORE)
        ):
            continue  # "works as well as", "four servers per directory", "is doing the work"
        thing = _thing([w for w in said if not w.endswith("ly")])
        if not thing or _WORKS_NOT_SAID.search(text, where.sentence[0], match.start()):
            continue
        label = "does not work" if match["no"] else "works"
        found.append(_works_advice(text, match.span(), thing, label, where.sentence[1]))
    for match in _RELY_NOT_RE.finditer(text):
        where = index.around(match.span())
        thing = _thing(words(match["thing"]))
        if re.match(r"\s+to\b", text[match.end() :]):
            continue  # "Do not rely on a fan to cool a vulnerable person": one use of it
        if thing and not _WORKS_NOT_SAID.search(text, where.sentence[0], match.start()):
            found.append(
                _works_advice(text, match.span(), thing, "does not work", where.sentence[1])
            )
    labels: dict[str, set[str]] = {}
    for advice in found:
        labels.setdefault(advice.topic, set()).add(advice.label)
    return [advice for advice in found if len(labels[advice.topic]) == 1]


def _works_advice(text: str, span: tuple[int, int], thing: str, label: str, end: int) -> Advice:
    """The advice that ``thing`` works or not, with the case after ``span`` as its condition,
    or ``IN_EVERY_CASE`` when its sentence (up to ``end``) says it holds whatever the case."""
    case = _WORKS_CASE_RE.match(text[span[1] : span[1] + 80])
    condition = " ".join(case["case"].lower().split()[:6]) if case else ""
    if not condition and UNIVERSAL_RE.search(text, span[1], end):
        condition = IN_EVERY_CASE
    return Advice(span, text[span[0] : span[1]], "works", label, topic=thing,
                  condition=condition)  # fmt: skip


def _thing(said: list[str]) -> str:
    """The head noun of the thing a clause is about, stemmed ("Electric fans": ``fan``; "a
    twist of cotton wool in each ear": ``wool``), or "" when it names none (a pronoun, a long
    clause)."""
    while said and said[0] in _THING_LEAD:
        said = said[1:]
    if len(said) > 2 and said[0] in _PARTITIVE and said[1] == "of":
        said = said[2:]
    for number, word in enumerate(said):
        if word in _THING_END:
            said = said[:number]
            break
    if not said or len(said) > 3 or not all(w.isalpha() for w in said):
        return ""
    head = said[-1]
    if head in _PRONOUNS or head in NOUN_STOP or head in FUNCTION_WORDS_WORKS:
        return ""
    return _stem(head)


#: Heads that name no thing: "this", "nothing", "what", "everything".
FUNCTION_WORDS_WORKS = word_set(
    "this that nothing something anything everything what which who it they one none neither "
    "either both each all way option approach method"
)


def _prices(text: str, index: TextIndex) -> list[Advice]:
    """Whether getting in is free or paid ("Entry will remain free" against "Adult tickets cost
    £8"): ``free`` or ``paid``, one subject per thing entered (``price-entry``, or the place
    "entry to the garden" names: ``price-entry-garden``). Only said of everyone today: not of a
    group ("children's tickets", "under-16s free"), a case after it ("free on Mondays", "free for
    members"), history, a condition or a question."""
    found = []
    for match in _PRICE_RE.finditer(text):
        where = index.around(match.span())
        before = text[where.clause[0] : match.start()]
        if _NOT_PRICE.search(text, where.sentence[0], match.start()) or _GROUPS_BEFORE.search(
            before
        ):
            continue
        if "?" in text[match.end() : where.sentence[1]]:
            continue
        said = words(before)
        if (
            re.match(r"tickets?\b", match.group(), re.IGNORECASE)
            and said[-1:]
            and (said[-1] not in _TICKET_OF_ENTRY)
        ):
            continue  # "Concert tickets cost £30": a ticket of another thing
        free = all(match[g] is None for g in ("pthing", "pbox", "pnot", "pfee"))
        after = text[match.end() : where.clause[1]]
        if (
            free
            and _PRICE_CASE.match(after)
            and not re.match(
                r"\s*for\s+(?:all|everyone|everybody|all\s+visitors)\b", after, re.IGNORECASE
            )
        ):
            continue
        place = match["fto"] or match["pto"]
        if place and _GROUPS_BEFORE.search(place):
            continue  # "Tickets for under-16s will cost £10": a group's price
        topic = "entry" + (f"-{_stem(place)}" if place else "")
        found.append(
            Advice(match.span(), match.group(), "price", "free" if free else "paid", topic)
        )
    return found


#: A sentence about swallowing a dose: taking it, or a tablet, capsule or pill.
_DOSE_FORMS = _TAKING | word_set(
    "tablet tablets capsule capsules pill pills caplet caplets lozenge lozenges swallow swallowing"
)


#: A feature's state the reader is told to give it: the feature between a verb of switching and
#: "on" or "off" ("turning strict mode on", "leave strict mode off", "Keep pings on"), not how
#: long a thing is left on ("leave the lotion on for 8 hours"). "Switch
#: off the heating" and "Disable X" are stances (``polarity``), read there. What the verb is told
#: with is read by ``_TOLD_SWITCH``.
_FEATURE = r"(?P<thing>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
_SWITCH_RE = re.compile(
    rf"\b(?P<verb>turn|turning|switch|switching|keep|keeping|leave|leaving|have|having)\s+"
    rf"(?:(?:the|your)\s+)?{_FEATURE}\s+(?P<state>on|off)\b"
    # "on the hair": a place; "leave the lotion on for 8 hours": how long, no state
    r"(?!\s+(?:the|a|an|your|overnight|until|till)\b|\s+for\s+(?:\d|(?:a|an|about|around|"
    r"several|one|two|three|four|five|six|ten|twelve|at\s+least|up\s+to)\b))",
    re.IGNORECASE | re.MULTILINE,
)
#: What comes before a verb of switching in its clause when it tells the reader to: nothing (an
#: instruction), a case ("In production,"), "we recommend", "you should", "always", "to".
_TOLD_SWITCH = re.compile(
    r"(?:[-•*]\s*)?(?:(?:in|on|for|during|with)\s+[^,;:.!?]{2,40}?,\s*)?(?:(?:so|then|and|also|"
    r"instead|just|please|always)\s+)*(?:(?:we|i)\s+(?:would\s+|strongly\s+)*(?:recommend|"
    r"suggest|advise)\s+(?:that\s+you\s+)?|(?:you\s+)?(?:should|must|need\s+to|have\s+to|"
    r"ought\s+to)\s+(?:always\s+)?|(?:it\s+is|it's)\s+(?:best|better|safer|wise)\s+to\s+)?$",
    re.IGNORECASE,
)
#: Words a switched feature is not named by: a pronoun, a figure's words, light words.
_NOT_FEATURE = word_set(
    "it them this that these those everything anything something all one lights light "
    "tap taps heat power phone device computer tv television"
)


def _switched(text: str, index: TextIndex) -> list[Advice]:
    """A feature the reader is told to have on or off ("We recommend turning strict mode on in
    production", "In production, leave strict mode off", "Keep pings on"): ``on`` or
    ``off``, one subject per feature (its words, stemmed: ``switch-strict-mode``). Only an
    instruction: its clause opens with the verb, a case, or words that tell the reader to;
    "The server keeps the cache on" says what it does, and "never" before it drops it
    (``_not_advised``)."""
    found = []
    for match in _SWITCH_RE.finditer(text):
        clause = index.around(match.span()).clause
        start = max(clause[0], text.rfind(":", clause[0], match.start()) + 1)
        told = _TOLD_SWITCH.match(text[start : match.start()].lstrip())
        if told is None or (match["verb"].lower().endswith("ing") and not told.group().strip()):
            continue  # "Switching the receptors off prompts the body to...": a gerund names it
        thing = match["thing"]
        said = words(thing)
        if not said or set(said) & (_NOT_FEATURE | NOUN_STOP) or any(c.isdigit() for c in thing):
            continue
        state = match["state"].lower()
        topic = "-".join(_stem(word) for word in said)
        found.append(Advice(match.span(), match.group(), "switch", state, topic=topic))
    return [a for a in found if not _not_advised(text, index, a.span)]


#: Which side to lie on, as a choice between named opposites: "Sleeping on your left side can
#: help", "lie on your back", "The right side is the one that keeps the acid down" (a verb of
#: lying in its sentence or the one before: "The side you sleep on matters"); "it doesn't matter
#: which side", "either side is fine" leave the choice open. Not "the left side of the chest".
_SIDE_RE = re.compile(
    r"\b(?:(?:on|onto)\s+(?:your|their|his|her|the|one's|a)\s+(?:(?P<left>left)|(?P<right>right))"
    r"(?:[\s-]+hand)?\s+side|(?:on|onto)\s+(?:your|their|his|her|the|one's)\s+(?:(?P<back>back)|"
    r"(?P<front>front|stomach|tummy|belly))|(?P<named>the\s+(?:(?P<left2>left)|(?P<right2>right))"
    r"(?:[\s-]+hand)?\s+side)|(?:(?P<left3>left)|(?P<right3>right))[\s-]+side\s+sleeping|"
    r"(?P<either>(?:it\s+)?(?:does\s+not|doesn't|does\s+n't)\s+matter\s+which\s+side|either"
    r"\s+side\s+(?:is|will\s+do|works)|whichever\s+side\s+(?:is|feels|you\s+find)))"
    r"(?!\s+of\b)(?![\w-])",
    re.IGNORECASE,
)
#: Words of lying down to rest or sleep: what a side is chosen for.
_LYING = word_set(
    "sleep sleeps sleeping slept asleep sleeper sleepers lie lies lying lay laying nap naps "
    "napping rest resting bed"
)
_SIDES = {"left": "left", "right": "right", "back": "back", "front": "front", "left2": "left",
          "right2": "right", "left3": "left", "right3": "right", "either": "either side"}  # fmt: skip


def _sides(text: str, index: TextIndex) -> list[Advice]:
    """Which side to lie on (``side-sleep``): ``left``, ``right``, ``back``, ``front`` or
    ``either side``, in a sentence with a verb of lying down ("Sleeping on your left side can
    help", "Put babies to sleep on their back"), or, for "the right side" named alone, one whose
    sentence before speaks of the side slept on ("The side you sleep on matters more than I
    expected. The right side is the one that keeps the acid down"). "Avoid sleeping on your
    back", "If you sleep on your left side" advise no side (``_not_advised``)."""
    found = []
    for match in _SIDE_RE.finditer(text):
        where = index.around(match.span())
        said = set(words(text[where.sentence[0] : where.sentence[1]]))
        before = set(words(text[where.previous[0] : where.previous[1]]))
        if not said & _LYING and not (
            (match["named"] or match["either"]) and "side" in before and before & _LYING
        ):
            continue
        label = next(_SIDES[name] for name in _SIDES if match[name])
        found.append(Advice(match.span(), match.group(), "side", label, topic="sleep"))
    return [a for a in found if not _not_advised(text, index, a.span)]


#: How to behave on meeting a thing, as choices between named opposites: make noise or stay
#: quiet, stay still or move away. "stand tall, make noise and back away slowly" against "stay
#: quiet and still".
_MANNER_RE = re.compile(
    r"\b(?:(?P<noise>make\s+(?:(?:a\s+lot\s+of|lots\s+of|plenty\s+of|some|a)\s+)?(?:noise|din|"
    r"racket)|shout|yell|clap\s+your\s+hands|be\s+loud)|(?P<still_or_quiet>(?:stay|keep|remain|"
    r"stand|be)\s+(?:(?:calm|very|perfectly|completely),?\s+)*(?P<q1>quiet|silent|still)(?:,?\s+"
    r"(?:and\s+)?(?P<q2>quiet|silent|still))?)|(?P<away>back\s+(?:away|off)|move\s+away|walk\s+"
    r"away|retreat))\b",
    re.IGNORECASE,
)
#: An encounter the manner is advice for: "If you meet the wolf", "anyone who meets a bear",
#: "when you come across a cow".
_ENCOUNTER = re.compile(
    r"\b(?:if|when|whenever|who|anyone\s+who)\s+(?:you\s+)?(?:meets?|encounters?|comes?\s+"
    r"across|comes?\s+face\s+to\s+face\s+with|sees?|spots?|runs?\s+into|bumps?\s+into)\s+"
    r"(?:(?:a|an|the|this|that|one|any)\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
#: Words that end the thing met: "If you meet the wolf, do not run".
_ENCOUNTER_STOP = word_set("do don't to and or on in at while with is are")
#: A verb of telling before the advice: "advise anyone who meets the wolf to stay quiet".
_TOLD_TO = re.compile(r"\b(?:to|should|must|please|always|:|,|and)\s*$|^\s*$", re.IGNORECASE)


def _manners(text: str, index: TextIndex) -> list[Advice]:
    """How to behave on meeting a thing (``manner-noise``, ``manner-movement``), in a sentence
    that names the encounter ("If you meet the wolf, ... make noise", "advise anyone who meets
    the wolf to stay quiet and still"): ``make noise`` or ``stay quiet``, ``stay still`` or
    ``move away``, the thing met as its condition (``meet wolf``), so that advice for meeting a
    dog and for meeting a bear stay apart. Only an instruction (the words open their clause, a
    list after a colon, or follow "to", "should"...); "never" or "do not" before drops it."""
    found = []
    for match in _MANNER_RE.finditer(text):
        where = index.around(match.span())
        met = None
        for encounter in _ENCOUNTER.finditer(text, where.sentence[0], match.start()):
            met = encounter
        if met is None:
            continue
        said = [w for w in words(met["thing"]) if w not in _ENCOUNTER_STOP][:1]
        if not said or said[0] in _PRONOUNS:
            continue
        start = max(where.clause[0], met.end())
        if not _TOLD_TO.search(text[start : match.start()]):
            continue
        condition = f"meeting {said[0]}"
        if match["noise"]:
            found.append(Advice(match.span(), match.group(), "manner", "make noise", "noise",
                                condition=condition))  # fmt: skip
        elif match["away"]:
            found.append(Advice(match.span(), match.group(), "manner", "move away", "movement",
                                condition=condition))  # fmt: skip
        else:
            # "stay quiet and still": each state its own label, on its own words
            for name in ("q1", "q2"):
                if match[name] is None:
                    continue
                span = (match.start(), match.end(name)) if name == "q1" else match.span(name)
                state = match[name].lower()
                label, topic = (
                    ("stay still", "movement") if state == "still" else ("stay quiet", "noise")
                )
                found.append(Advice(span, text[span[0] : span[1]], "manner", label, topic,
                                    condition=condition))  # fmt: skip
    return [a for a in found if not _not_advised(text, index, a.span)]


#: How to dry a thing once washed, as a choice between named opposites: left to dry in the air
#: ("leave it to drip-dry", "let it air-dry", "allow it to dry naturally") or dried by hand with a
#: cloth ("dry it thoroughly with a clean tea towel", "pat it dry", "towel-dry it").
_DRYING_RE = re.compile(
    r"\b(?:(?P<air>(?:leave|let|allow)\s+(?:it|them|the\s+\w+)\s+(?:to\s+)?(?:(?:drip|air)[\s-]+dry|"
    r"dry\s+(?:naturally|in\s+the\s+(?:open\s+)?air|on\s+its\s+own|by\s+itself))|(?:drip|air)-dry\s+"
    r"(?:it|them))|(?P<cloth>(?:dry|wipe|rub)\s+(?:it|them|the\s+\w+)\s+(?:(?:thoroughly|well|"
    r"carefully|gently|completely)\s+)?with\s+(?:a|an|the|your)\s+(?:clean\s+|dry\s+|soft\s+)*"
    r"(?:tea\s+)?(?:towel|cloth|tissue)|pat\s+(?:it|them|the\s+\w+)\s+dry|towel[\s-]+dry\s+(?:it|"
    r"them)))\b",
    re.IGNORECASE,
)


def _drying(text: str, index: TextIndex) -> list[Advice]:
    """How to dry a thing once washed (``drying``): ``in the air`` ("leave it to drip-dry")
    or ``with a cloth`` ("dry it thoroughly with a clean tea towel", "pat it dry"); "never" or
    "do not" before it in its clause drops it."""
    found = [
        Advice(m.span(), m.group(), "drying", "in the air" if m["air"] else "with a cloth")
        for m in _DRYING_RE.finditer(text)
    ]
    return [a for a in found if not _not_advised(text, index, a.span)]


def _kept(text: str, index: TextIndex) -> list[Advice]:
    """Where to store it ("Keep the capsules in the fridge", "does not need refrigeration") in a
    sentence about storing, and how to swallow it ("swallow it whole", "can be chewed") in one
    about taking: each phrase says its label with its own "not", so only a "not" before it in
    its clause drops it ("never store it at room temperature")."""
    found = []
    for family, pattern, table, needed in (("storage", _STORAGE_RE, _STORAGE, _STORING),
                                           ("swallow", _SWALLOW_RE, _SWALLOW, _DOSE_FORMS),
                                           ("ask first", _ASK_FIRST_RE, _ASK_FIRST, None),
                                           ("prescription", _PRESCRIPTION_RE, _PRESCRIPTION,
                                            None)):  # fmt: skip
        labels = list(table.values())
        for match in pattern.finditer(text):
            sentence = index.around(match.span()).sentence
            said = set(words(text[sentence[0] : sentence[1]]))
            if (needed is not None and not said & needed) or _not_advised(
                text, index, match.span()
            ):
                continue
            group = next(n for n, value in enumerate(match.groups()) if value is not None)
            found.append(Advice(match.span(), match.group(), family, labels[group]))
    return found


def _clause_takes(text: str, index: TextIndex, advice: Advice) -> bool:
    where = index.around(advice.span)
    return bool(_TAKING & set(words(text[where.clause[0] : where.clause[1]])))


def _overlap_span(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlap(a: Advice, b: Advice) -> bool:
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


def _settings(text: str, index: TextIndex) -> list[Advice]:
    """Software settings on or off by default, required or optional."""
    found: list[Advice] = []
    for family, patterns in (("default", _DEFAULT_RES), ("required", _REQUIRED_RES)):
        for pattern in patterns:
            for match in pattern.finditer(text):
                value = match.group("v").lower()
                if family == "default":
                    on = value.split()[-1] in _ON or value in ("turned on", "opt-out")
                    label = "on" if on != bool(match.groupdict().get("not")) else "off"
                    label = _MODES.get(value.split()[-1], label)
                else:
                    label = _REQUIRED[value]
                    if match.groupdict().get("neg"):
                        label = "optional" if label == "required" else "required"
                where = index.around(match.span())
                named = match.groupdict().get("np")
                before = named or text[where.clause[0] : match.start()]
                if family == "required" and _IF_BEFORE.search(
                    text, where.sentence[0], match.start()
                ):
                    continue  # "If you want encryption, a passphrase is required"
                if family == "required" and re.match(r"\s*no\s", before, re.IGNORECASE):
                    label = "optional" if label == "required" else label  # "No token is required"
                topic = _setting(text, before, where.sentence[0])
                if family == "default" and pattern is _DEFAULT_RES[-1]:
                    topic = _set_by_name(text, match.end(), topic)
                if not topic and _ANAPHOR.match(_CONJUNCTION.sub("", before)):
                    # "The flag is still accepted, but it is optional now": the flag named before
                    topic = _referent(text, index, match.start(), where.previous)
                if not topic:
                    continue
                found.append(Advice(match.span(), match.group(), family, label, topic))
    for match in _DEFAULT_CHOICE.finditer(text):
        value = match["v"].lower()
        line_start = text.rfind("\n", 0, match.start()) + 1
        listed = text[line_start : match.start()]
        none, choice = "|".join(sorted(_NONE_CHOICES)), re.escape(value)
        if value in _NONE_CHOICES:
            choice = r"[a-z][\w-]*"  # "none or zstd. Default: none.": none is one of two
        choices = re.search(
            rf"\b(?:{choice}\s*(?:,|or|/)\s*(?:{none})|(?:{none})\s*(?:,|or|/)\s*{choice})\b",
            listed,
            re.IGNORECASE,
        )
        if choices is None:
            continue  # a value of its own ("Default: lru"), or no "none" among the choices
        topic = _setting(text, "", line_start)
        if topic:
            label = "off" if value in _NONE_CHOICES else "on"
            found.append(Advice(match.span(), match.group(), "default", label, topic))
    for match in _NO_DEFAULT.finditer(text):
        where = index.around(match.span())
        if _CONDITION_BEFORE.search(text, where.sentence[0], match.start()):
            continue  # "If you use a proxy, there is no default": a case
        topic = _setting(text, text[where.clause[0] : match.start()], where.sentence[0])
        if topic:
            found.append(Advice(match.span(), match.group(), "required", "required", topic))
    for match in _EXPLICITLY.finditer(text):
        where = index.around(match.span())
        topic = _setting(text, text[where.clause[0] : match.start()], where.sentence[0])
        if topic:
            label = (
                "off" if match["v"].split()[-1].lower() in ("enabled", "on", "activated") else "on"
            )
            found.append(Advice(match.span(), match.group(), "default", label, topic))
    for match in _ONLY_IF_SET.finditer(text):
        where = index.around(match.span())
        topic = _setting(text, text[where.clause[0] : match.start()], where.sentence[0])
        if topic:
            found.append(Advice(match.span(), match.group(), "default", "off", topic))
    for match in _LEFT_OUT.finditer(text):
        topic = _setting(text, match.group("np"), match.start())
        if topic:
            found.append(Advice(match.span(), match.group(), "required", "optional", topic))
    for match in _MUST_GIVE.finditer(text):
        where = index.around(match.span())
        if _CONDITION_BEFORE.search(text, where.sentence[0], match.start()):
            continue
        topic = _setting(text, match.group("np"), match.start())
        if not topic:
            continue
        span = match.span()
        said = _WITHOUT_ONE.match(text, where.sentence[1])
        if said is not None:
            span = (span[0], said.end())  # the next sentence says why: it is the same advice
        found.append(Advice(span, text[span[0] : span[1]], "required", "required", topic))
    for match in _NEEDS_ONE.finditer(text):
        where = index.around(match.span())
        if _CONDITION_BEFORE.search(text, where.sentence[0], match.start()):
            continue  # "If you use routing, every input needs a tag; ..."
        topic = _setting(text, match.group("np"), match.start())
        if topic:
            found.append(Advice(match.span(), match.group(), "required", "required", topic))
    for match in _MAY_OMIT.finditer(text):
        topic = _setting(text, match.group("np") or match.group("np2"), match.start())
        if topic and not _CONDITION_BEFORE.search(text, index.around(match.span()).sentence[0],
                                                  match.start()):  # fmt: skip
            found.append(Advice(match.span(), match.group(), "required", "optional", topic))
    for match in _TOLD_TO_GIVE.finditer(text):
        where = index.around(match.span())
        if _CONDITION_BEFORE.search(text, where.sentence[0], match.start()) or _VALUE_AFTER.match(
            text, match.end()
        ):
            continue  # "If you want TLS, you must pass --ca"; "you must set `timeout` to 30 s"
        label = "optional" if match["no"] else "required"
        found.append(Advice(match.span(), match.group(), "required", label,
                            _setting(text, match["np"], match.start())))  # fmt: skip
    for match in _WITHOUT.finditer(text):
        named = match["np"] or ""
        if not named and not match["it"]:
            continue
        topic = _setting(text, named, index.around(match.span()).sentence[0])
        rest = match["rest"].lower()
        fails = bool(_FAILS & set(words(rest)) or _NEGATED.search(rest))
        if topic and (match["np"] or not fails):
            # "Without `--config`, lintkit refuses to start" (required); "Without it, lintkit
            # looks for lintkit.toml" (optional: the entry's own setting, said as "it")
            label = "required" if fails else "optional"
            found.append(Advice(match.span(), match.group(), "required", label, topic))
    for match in _FAILS_WITHOUT.finditer(text):
        topic = _setting(text, match["np"], match.start())
        if topic:
            found.append(Advice(match.span(), match.group(), "required", "required", topic))
    for match in _LEFT_OUT_FLAG.finditer(text):
        rest = match.group("rest").lower()
        # "If you omit --out, shrinkwell exits with an error": leaving it out fails, required
        fails = (
            bool(_FAILS & set(words(rest)))
            or re.search(r"\b(?:will|does|do) not\b|n['’]t\b", rest) is not None
        )
        topic = _setting(text, match.group("np"), match.start())
        if topic and not any(_overlap_span(match.span(), f.span) for f in found):
            label = "required" if fails else "optional"
            found.append(Advice(match.span(), match.group(), "required", label, topic))
    for match in [*_UNLESS_FLAG.finditer(text), *_UNLESS_NAMED_FLAG.finditer(text)]:
        where = index.around(match.span())
        before = text[where.clause[0] : match.start()]
        negated = _NEGATED.search(before) is not None
        if bool(match.re is _UNLESS_FLAG and match.group("no")) == negated or not words(before):
            continue  # "is off unless you pass --no-x" says nothing clear; "--port": a value
        start = where.clause[0] + len(before) - len(before.lstrip())
        label = "off" if negated else "on"
        topic = slug(match.group("flag"))
        part = "" if match.re is _UNLESS_FLAG else _part_of_program(text, start, start, match.end())
        found.append(
            Advice((start, match.end()), text[start : match.end()], "default", label, topic,
                   condition=part)
        )  # fmt: skip
    for match in _DONE_BY_DEFAULT.finditer(text):
        verb = match.group("verb").lower()
        rest = match.group("rest")
        if verb in _NOT_FEATURES or _CODE.search(rest) or _HOW_OR_WHEN.search(rest):
            continue  # "are flushed every 10 seconds by default": how often, no feature
        label = "off" if match.group("not") else "on"
        found.append(Advice(match.span(), match.group(), "default", label, _stem(verb)))
    for match in _DONE_AUTOMATICALLY.finditer(text):
        verb = match["verb"].lower()
        if verb in _NOT_FEATURES:
            continue
        where = index.around(match.span())
        if _SET_UP_BEFORE.search(text, where.sentence[0], match.start()):
            continue  # "When catch_up is on, missed runs are caught up automatically": a case
        rest = re.split(r"[.;:!?\n]", text[match.end() : where.sentence[1]], maxsplit=1)[0]
        if re.search(r"\b(?:if|unless)\b", rest, re.IGNORECASE) or _SET_UP_BEFORE.search(rest):
            continue  # "... automatically if you enable catch_up": the reader's case
        # "when cronwheel starts again": the moment it happens, no case of the default's
        span = (match.start(), match.end() + len(rest.rstrip(" ,")))
        feature = _stem(_IRREGULAR.get(verb, verb))
        if match["part"]:
            feature = f"{feature}-{match['part'].lower()}"
        label = "off" if match["not"] else "on"
        found.append(Advice(span, text[span[0] : span[1]], "default", label, feature))
    for match in _SHOWN_BY_DEFAULT.finditer(text):
        shown = words(match["obj"])
        if not shown or shown[-1] in _PRONOUNS or shown[-1] in NOUN_STOP:
            continue  # "shows it by default": which thing is not said here
        left_out = match["verb"].lower() in _LEAVES_OUT
        label = "off" if bool(match["not"]) != left_out else "on"
        sentence = index.around(match.span()).sentence
        opens = max(sentence[0], *(text.rfind(c, sentence[0], match.start()) + 1 for c in ",;:"))
        part = _part_of_program(text, opens, match.start(), match.end())
        found.append(Advice(match.span(), match.group(), "default", label, slug(shown[-1]),
                            condition=part))  # fmt: skip
    for match in _ALWAYS_DONE.finditer(text):
        verb = match.group("verb").lower()
        if verb in _NOT_FEATURES or _HOW_OR_WHEN.search(match.group("rest")):
            continue
        found.append(Advice(match.span(), match.group(), "default", "on", ALWAYS + _stem(verb)))
    found += _said_in_words(text, index, found)
    for pattern in _DEFAULT_WORD_RES:
        for match in pattern.finditer(text):
            value = match.group("v").lower()
            if value in _NO_VALUE:
                continue
            label = "on" if value in _ON else "off" if value in _OFF else value
            topic = _setting(text, match.group("np"), match.start())
            if topic:
                found.append(Advice(match.span(), match.group(), "default", label, topic))
    return found + _behaviour(text, index, found)


def _behaviour(text: str, index: TextIndex, found: list[Advice]) -> list[Advice]:
    """Defaults said as behaviour (see ``extract.behaviour``): a default choice among a
    setting's named values, where no other default is drafted in its sentence, and what the
    program does on a signal."""
    taken = [index.around(a.span).sentence for a in found if a.family == "default"]
    more = [
        Advice(span, text[span[0] : span[1]], "default", label, family)
        for span, family, label in default_choices(text, index)
        if index.around(span).sentence not in taken
        and not any(_overlap_span(span, a.span) for a in found)
    ]
    drafted = {(a.topic, index.around(a.span).sentence) for a in found if a.family == "default"}
    defaults = [a.span for a in found if a.family == "default"]
    more += [
        Advice(span, text[span[0] : span[1]], "default", label, setting)
        for span, setting, label in default_cells(text, defaults) + named_behaviour(text, index)
        if (setting, index.around(span).sentence) not in drafted
        and not any(_overlap_span(span, a.span) for a in found if a.family == "default")
    ]
    taken += [index.around(a.span).sentence for a in more]
    more += [
        Advice(span, text[span[0] : span[1]], "default", label, setting)
        for span, setting, label in word_defaults(text, index)
        if index.around(span).sentence not in taken
        and not any(_overlap_span(span, a.span) for a in found if a.family == "default")
    ]
    more += [
        Advice(span, text[span[0] : span[1]], "event", label, signal)
        for span, signal, label in on_signal(text, index)
    ]
    return more


_NAMED_AFTER = re.compile(rf"\s+(?:the\s+)?(?P<np>{_SETTING_CODE})")


def _set_by_name(text: str, at: int, topic: str) -> str:
    """The setting the reader switches at ``at`` by its full name, when its last part is the
    feature ``topic`` names ("Compression is off unless you set output.compression to gzip":
    ``output-compression``), else ``topic``."""
    named = _NAMED_AFTER.match(text, at)
    if named is None or not topic:
        return topic
    code = slug(named["np"].strip("`"))
    return code if code != topic and _stem(code.rsplit("-", 1)[-1]) == topic else topic


def _setting(text: str, phrase: str, sentence_start: int) -> str:
    """The setting a phrase names: a code-like word in it, else its head noun; for "This setting"
    the identifier on a line of its own just before the sentence (a reference's entry)."""
    code = _CODE.search(phrase)
    if code:
        return slug(next(g for g in code.groups() if g))
    head = _PREPOSITION.split(f" {phrase} ")[0]
    named = [w for w in words(head) if w not in _VAGUE and len(w) > 1]
    if len(named) > 1 and named[-1] in GENERIC_HEADS:
        return slug(" ".join(named[-2:]))  # "A config file", "The API key": config-file, api-key
    if named:
        return _stem(named[-1])
    lines = [
        line
        for line in _IDENTIFIER_LINE.finditer(text, max(0, sentence_start - 300), sentence_start)
        # Nor a reference table's type cell ("string", "integer"), a line of its own in a page.
        if line.group(1).lower() not in _VALUE_LINES and not type_cell(text, line.start())
    ]
    if not lines:
        return ""
    name, kind = lines[-1].group(1), (lines[-1].group("arg") or "").lower()
    if lines[-1].group("which"):
        name = f"{name} {lines[-1].group('which')}"  # "path (file)": the file inputs' path
    if kind in GENERIC_HEADS and not name.lower().endswith(kind):
        name = f"{name.lstrip('-')} {kind}"  # "--config FILE": the config file
    return slug(name)


#: Head nouns that name a setting only with the word before them: a config file, an API key.
GENERIC_HEADS = word_set("file path directory dir key token port host url address name mode")


_ENGLISH = snowballstemmer.stemmer("english")
#: Participles before "by default" that say where or how something is, not a feature that is
#: on: "Files are stored in /var by default", "Settings are read from ... by default".
_NOT_FEATURES = word_set(
    "used based located stored saved placed named listed set called defined included required "
    "limited capped bound configured considered treated assumed expected allowed scheduled "
    "enabled disabled turned switched activated deactivated"
)


def _stem(word: str) -> str:
    """A feature's name as its stem, so that its noun and its verb name it alike
    ("compression", "compressed": ``compress``), spelt as code names are ("Colour" meets
    ``--color``)."""
    return slug(_ENGLISH.stemWord(_AMERICAN.sub("or", word.lower())))


#: The British ending that code names write the American way: colour, behaviour (``--color``).
_AMERICAN = re.compile(r"(?<=[a-z]{3})our(?=s?$)")


def advice_condition(text: str, index: TextIndex, span: tuple[int, int], topic: str = "") -> str:
    """The condition under which advice holds when its clause says ("twice a day when the cramps
    are bad"): the words after if/when up to a ";" or ":", or "" when there is none, when they
    explain the advice ("optional and only needed if ...") or when they only say that the
    feature a setting (``topic``) belongs to is on ("tls_ca: required when TLS is enabled")."""
    where = index.around(span)
    after = re.split(r"[;:]", text[span[1] : where.sentence[1]], maxsplit=1)[0]
    clause = _IF.search(after)
    if clause is None or _UNLESS_YOU.search(text, span[0], span[1]):
        return ""  # "off unless you pass --encrypt when you create it": when to pass the flag
    if after[: clause.start()].rstrip().lower().endswith("even"):
        return ""  # "always on, even when output goes to a file": concessive, it holds anyway
    if _EXPLAINED & set(words(after[: clause.start()])):
        return ""  # "is optional and only needed if you ...": why it is optional, no condition
    if _PURPOSE & set(words(after[: clause.start()])):
        return ""  # "in the evening, so there's nicotine in your blood when you wake up": why
    said = words(clause.group("rest"))
    named = set(words(topic.replace("-", " ")))
    if named and said[:1] and said[0] in named and set(said[1:]) <= _SWITCHED:
        return ""  # "tls_ca: required when TLS is enabled": the setting's own feature
    return " ".join(said[:6])


#: Words between advice and an "if" that make the "if" explain the advice ("only needed if").
_EXPLAINED = word_set("needed necessary useful used relevant matters")
#: Words between advice and an "if" or "when" that open its purpose or reason, which the "when"
#: belongs to ("put a fresh patch on in the evening, so there's nicotine when you wake up").
_PURPOSE = word_set("so because")
#: What a condition says of a feature that a setting of that feature needs anyway.
_SWITCHED = word_set("is are enabled on used turned switched in use active configured set")


# --- Required, optional and off by default, said in other words ------------------------------
#
# Software docs say whether a thing is required, optional or off by default in many more words
# than "is required" and "by default": "You can skip the passphrase", "no longer asks for
# --confirm", "refuses to run unless you pass --confirm", "fails if `region` is missing",
# "account holders must turn it on themselves". Written from general English and the way
# READMEs, references, FAQs and changelogs put it; a thing named in plain words (not as code)
# only when it is one a program asks its user to supply (a passphrase, a token, a region...).

#: What a program asks its user to supply, in general English: named in plain words, such a
#: thing may be required or optional ("You can skip the passphrase"); "You can skip breakfast"
#: is no setting.
SUPPLIED = word_set(
    "passphrase passphrases password passwords passcode pin secret token key certificate cert "
    "username login email address name label tag path file directory folder url uri endpoint "
    "host hostname port region zone bucket account id identifier flag option argument "
    "parameter setting variable header field config configuration profile domain server "
    "database schema namespace project workspace repository repo branch credential "
    "credentials signature licence license keyfile salt seed confirmation description "
    "message title comment reason"
)
_NP = r"(?:`[^`\n]{1,60}`|--?[a-z][\w-]*|(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
_DET = r"(?:(?:the|a|an|your|any|their)\s+)?"
_END = r"(?=\s*(?:[.,;:!)]|$|\s+(?:and|or|if|when|entirely|altogether|completely|now|at\s+all)\b))"
_GIVE_WORDS = (
    r"(?:set|enter|type|give|provide|supply|choose|pick|create|specify|pass|use|add|include)"
)
_STARTS = r"(?:start|run|work|continue|proceed|launch|create\s+(?:a|an|the)\s+\w+)"
#: (pattern, family, label): optional, required, off by default.
_IN_WORDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE | re.MULTILINE), family, label)
    for pattern, family, label in (
        # optional: "You can skip the passphrase", "you may leave out `--tag`"
        (rf"\byou\s+(?:can|may|could)\s+(?:safely\s+|just\s+|simply\s+|also\s+)?(?:skip|omit|"
         rf"leave\s+out|do\s+without|go\s+without)\s+{_DET}(?P<np>{_NP}){_END}",
         "required", "optional"),
        (rf"\byou\s+(?:can|may|could)\s+(?:safely\s+|just\s+|simply\s+)?leave\s+{_DET}"
         rf"(?P<np>{_NP})\s+(?:empty|blank|unset|out)\b", "required", "optional"),
        # "No passphrase is needed", "No `--tag` is required"
        (rf"\bno\s+(?P<np>{_NP})\s+is\s+(?:needed|required|necessary)\b", "required",
         "optional"),
        # "You don't need to enter a passphrase" (code names: ``_MAY_OMIT``)
        (rf"\byou\s+(?:do\s+not|don't|don’t|needn't|need\s+not)\s+(?:need\s+|have\s+)?(?:to\s+)?"
         rf"{_GIVE_WORDS}\s+(?:a|an|the|any|your)\s+(?P<np>{_NP}){_END}", "required", "optional"),
        # A change said as today's state: "no longer asks for --confirm", "no longer needs a
        # passphrase", "does not require `--region` any more"
        (rf"\bno\s+longer\s+(?:asks?\s+for|requires?|needs?|insists?\s+on|demands?|expects?|"
         rf"prompts?\s+for)\s+{_DET}(?P<np>{_NP}){_END}", "required", "optional"),
        (rf"\b(?:does\s+not|doesn't|doesn’t|do\s+not|don't|don’t)\s+(?:require|need|ask\s+for|"
         rf"insist\s+on|prompt\s+for)\s+{_DET}(?P<np>{_NP}){_END}", "required", "optional"),
        # "You must enter a passphrase", "you have to choose a region"
        (rf"\byou\s+(?:must|need\s+to|have\s+to)\s+(?:enter|type|choose|pick|supply|create|add|"
         rf"include)\s+(?:a|an|the|your)\s+(?P<np>{_NP}){_END}", "required", "required"),
        # required: "Prune requires --confirm"
        (r"\b(?:requires?|demands?|insists?\s+on)\s+(?:the\s+)?(?P<np>`[^`\n]{1,60}`|--[a-z][\w-]*)"
         rf"(?:\s+(?:flag|option))?{_END}", "required", "required"),
        # "refuses to run unless you pass --confirm", "will not start unless `api_key` is set"
        (rf"\b(?:refuses?\s+to\s+{_STARTS}|will\s+not\s+{_STARTS}|won't\s+{_STARTS}|won’t\s+"
         rf"{_STARTS}|does\s+not\s+{_STARTS}|doesn't\s+{_STARTS}|cannot\s+{_STARTS}|can't\s+"
         rf"{_STARTS}|fails?)\s+unless\s+(?:you\s+{_GIVE_WORDS}\s+{_DET}(?P<np>{_NP}){_END}|"
         rf"{_DET}(?P<np2>{_NP})\s+(?:is|are|has\s+been)\s+(?:set|given|passed|provided|"
         r"supplied|specified|configured|present)\b)", "required", "required"),
        # "fails if `region` is missing", "exits with an error when no token is given"
        (r"\b(?:fails?|errors?\s+out|aborts?|exits?\s+with\s+an?\s+error|refuses?\s+to\s+\w+|"
         r"stops?|complains?)\s+(?:if|when)\s+(?:(?:the|a|an)\s+)?(?P<np>" + _NP + r")\s+"
         r"(?:is|are)\s+(?:missing|not\s+set|not\s+given|not\s+provided|not\s+passed|absent|"
         r"omitted|left\s+out|empty)\b", "required", "required"),
        (r"\b(?:if|when)\s+(?:(?:the|a|an)\s+)?(?P<np>" + _NP + r")\s+(?:is|are)\s+(?:missing|"
         r"not\s+set|not\s+given|not\s+provided|not\s+passed|absent|omitted|left\s+out)\s*,\s*"
         r"(?:[\w'’-]+\s+){0,3}?(?:fails?|errors?\s+out|aborts?|exits?\s+with\s+an?\s+error|"
         r"refuses?\s+to|will\s+not|won't|cannot|stops?)\b", "required", "required"),
        # "`name` cannot be empty", "The passphrase must not be left blank"
        (r"\b(?:cannot|can't|can’t|must\s+not|may\s+not)\s+be\s+(?:left\s+)?(?:empty|blank|"
         r"unset)\b", "required", "required"),
        # off by default: "account holders must turn it on themselves", "you have to enable
        # two-step verification yourself", "has to be switched on in the settings"
        (r"\b(?:must|has\s+to|have\s+to|need\s+to|needs\s+to)\s+(?:(?:turn|switch)\s+"
         r"(?:(?P<it>it|them|this)|(?P<np2>" + _NP + r"))\s+on|(?:(?:turn|switch)\s+on|"
         r"enable|activate|opt\s+in(?:\s*to)?)\s+(?P<np>" + _NP + r"))\s+(?:themselves|"
         r"yourself|yourselves|himself|herself|manually|explicitly|by\s+hand|in\s+(?:the|their|"
         r"your|its)\s+(?:account\s+)?(?:settings|preferences|options|config(?:uration)?)|"
         r"first)\b", "default", "off"),
        (r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:enabled|turned\s+on|switched\s+"
         r"on|activated)\s+(?:by\s+(?:the\s+|each\s+|every\s+)?(?:user|users|account\s+holders?"
         r"|customers?|admins?|administrators?|operators?)|in\s+(?:the|their|your)\s+(?:account"
         r"\s+)?(?:settings|preferences|options|config(?:uration)?))\b", "default", "off"),
        # "X stays disabled unless an administrator turns it on", "remains opt-in"
        (r"\b(?:is|are|stays?|remains?)\s+(?:off|disabled|inactive|(?:turned|switched)\s+off)\s+"
         r"(?:unless|until)\s+(?:the\s+|an?\s+|each\s+)?(?:user|users|account\s+holders?|"
         r"customers?|admins?|administrators?|operators?|owners?)\s+(?:explicitly\s+)?(?:"
         + _SWITCH_VERBS + r"|opts?|turns?|enables?|switch(?:es)?|sets?|configures?)\b",
         "default", "off"),
        (r"\b(?:stays?|remains?|is\s+still|are\s+still)\s+(?:an?\s+)?(?:strictly\s+|purely\s+)?"
         r"opt-in\b", "default", "off"),
        (r"\bis\s+(?:an?\s+)?opt-in\s+(?:feature|setting|option)\b", "default", "off"),
    )
)  # fmt: skip
#: A pronoun or a plain word for the setting named before: "The flag is still accepted, but it
#: is optional now" (the flag: ``--confirm`` of the sentence before).
_ANAPHOR = re.compile(
    r"^\s*(?:it|they|them|this|that|(?:the|this|that)\s+(?:flag|option|setting|switch|"
    r"parameter|argument|feature|field|value))\s*$",
    re.IGNORECASE,
)
#: The subject of a clause: "two-step verification remains" (the head is its last word).
_SUBJECT = re.compile(
    r"(?P<np>(?:[\w`-]+\s+){0,3}?[\w`-]+)\s+(?:is|are|remains|remain|stays|stay|was|were)\b"
)
_IF_BEFORE = re.compile(r"\b(?:if|when|unless|whenever)\b", re.IGNORECASE)
_CONJUNCTION = re.compile(r"^\s*(?:but|and|so|yet|however|though|now)\b,?\s*", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"^\s*(?:to|for|in\s+order\s+to)\s", re.IGNORECASE)


def _referent(text: str, index: TextIndex, at: int, previous: tuple[int, int]) -> str:
    """What "it" (or "the flag") at ``at`` names: the one code name said before it in its
    sentence, else the one the sentence before names; else the subject of an earlier clause of
    its sentence ("two-step verification remains optional: holders must turn it on")."""
    sentence = index.around((at, at)).sentence
    for start, end in ((sentence[0], at), previous):
        names = {slug(next(g for g in m.groups() if g)) for m in _CODE.finditer(text, start, end)}
        if len(names) == 1:
            return names.pop()
        if names:
            return ""
    subjects = [m for m in _SUBJECT.finditer(text, sentence[0], at) if m.end() < at]
    if not subjects:
        return ""
    return _setting(text, subjects[-1]["np"], sentence[0])


def _said_in_words(text: str, index: TextIndex, found: list[Advice]) -> list[Advice]:
    """Required, optional and off by default in other words (``_IN_WORDS``): none under a
    condition or purpose said before it in its sentence, in a question, nor where another phrase
    already said the family's label."""
    said: list[Advice] = []
    for pattern, family, label in _IN_WORDS:
        for match in pattern.finditer(text):
            where = index.around(match.span())
            sentence = text[where.sentence[0] : where.sentence[1]]
            if "?" in sentence or _CONDITION_BEFORE.search(text, where.sentence[0], match.start()):
                continue
            if _PURPOSE_BEFORE.match(sentence):
                continue  # "To use webhooks, you have to enable ..."
            groups = match.groupdict()
            phrase = groups.get("it") or groups.get("np") or groups.get("np2") or ""
            if not phrase:
                phrase = text[where.clause[0] : match.start()]
            if _ANAPHOR.match(phrase) or not words(phrase):
                topic = _referent(text, index, match.start(), where.previous)
                code = True
            else:
                topic = _setting(text, phrase, where.sentence[0])
                code = _CODE.search(phrase) is not None
            named = words(phrase)
            if not topic or (
                not code
                and family == "required"
                and not _ANAPHOR.match(phrase)
                and not (named and {named[-1], named[-1].rstrip("s")} & SUPPLIED)
            ):
                continue
            advice = Advice(match.span(), match.group(), family, label, topic)
            if any(_overlap(advice, other) for other in found + said) or any(
                other.family == family and index.around(other.span).sentence == where.sentence
                for other in found
            ):
                continue  # one label per family and sentence: the first phrase's

            said.append(advice)
    return said


# --- What an exit code (status code, error code) means -------------------------------------
#
# "3: partial backup; the snapshot was written, but ..." (under "Exit codes") against "Exit code
# 2 means a partial backup": one label claim per meaning, whose value is the code (``code 3``),
# so that two documents that give one meaning two codes disagree. A meaning is its key words
# (``_meaning``); a document that gives one meaning two codes says nothing clear of either.

_CODE_NUMBER = r"`?(?P<n>\d{1,3})`?"
_MEANING = r"(?P<m>[^.;:,(\n]{3,80}?)(?=\s*(?:[.;:,(\n]|$|\s+(?:and|so|because|but)\b))"
_KIND = r"(?P<kind>exit|return|status|error)"
_CODE_RES = tuple(
    re.compile(pattern, re.IGNORECASE | re.MULTILINE)
    for pattern in (
        # "Exit code 2 means a partial backup", "An exit status of 3 indicates ..."
        rf"\b{_KIND}\s+(?:code|status|value)\s+(?:of\s+)?{_CODE_NUMBER}\s+(?:means|indicates|"
        rf"signals|signifies|stands\s+for|is\s+(?:returned|used|given)\s+(?:when|if|on|for|"
        rf"after))\s+{_MEANING}",
        # "lintkit exits with 0 when ...", "returns exit code 3 if ...", "and with 1 when ..."
        rf"(?:\bexit(?:s|ed)?\s+with\s+(?:(?:an?\s+)?(?:(?P<kind>exit|return)\s+)?(?:code|status|"
        rf"value)\s+(?:of\s+)?)?|\b(?:returns?|ends?|terminates?)\s+(?:with\s+)?(?:an?\s+)?"
        rf"(?:(?P<kind2>exit|return)\s+)?(?:code|status)\s+(?:of\s+)?|(?P<cont>(?:,|\band)\s+"
        rf"(?:with\s+)?))"
        rf"{_CODE_NUMBER}\s+(?:when|if|on|after|whenever|once)\s+{_MEANING}",
        # "If only warnings are found, lintkit exits with code 0"
        # (A run of blank lines is no part of a sentence's start: "\s*" there scanned each
        # run from each of its line starts, and a page of blank lines took its square.)
        r"(?:^|(?<=[.!?]\s))[ \t]*(?:If|When|Whenever)\s+(?P<m>[^,;.\n]{3,80}),\s+(?:[\w`'’-]+\s+)"
        r"{0,3}?(?:exits?|returns?|ends?)\s+with\s+(?:(?:an?\s+)?(?:(?P<kind>exit|return)\s+)?"
        rf"(?:code|status)\s+)?{_CODE_NUMBER}\b",
        # "Warnings make lintkit exit with status 1"
        r"(?:^|(?<=[.!?]\s))[ \t]*(?P<m>[A-Z][^,;.\n]{2,60}?)\s+(?:make|makes|made)\s+[\w`-]+\s+exit"
        rf"\s+with\s+(?:(?:an?\s+)?(?:(?P<kind>exit|return)\s+)?(?:code|status)\s+)?"
        rf"{_CODE_NUMBER}\b",
    )
)
#: A line of a list or sentence in an exit codes section: "0: success", "- `2` — usage error",
#: "1 means at least one image failed".
_CODE_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?`?(?P<n>\d{1,3})`?[ \t]*(?::|=|—|–|[ \t]-[ \t])[ \t]*"
    r"(?P<m>[^;:(\n.]{3,80}?)[ \t]*(?=[;:(.\n]|$)",
    re.MULTILINE,
)
_CODE_MEANS = re.compile(
    r"(?:^|(?<=[,;])[ \t]*(?:and\s+)?|(?<=\band)\s)[ \t]*`?(?P<n>\d{1,3})`?\s+(?:means|indicates|"
    r"signals|is\s+returned\s+(?:when|if|on))\s+(?P<m>[^,;.(\n]{3,80}?)(?=\s*(?:[,;.(\n]|$|\s+"
    r"and\b))",
    re.MULTILINE | re.IGNORECASE,
)
#: What names a section of exit codes: its heading or the sentence that opens it.
_CODES_SECTION = re.compile(r"\b(?:exit|return)\s+(?:codes?|status(?:es)?|values?)\b", re.I)
_SECTION_LINES = 6
#: Words of a meaning that say nothing of which meaning it is.
_MEANING_FILLER = word_set(
    "a an the was were is are be been being has have had it its there this that which who "
    "when if on after because so only some all any at least one of for with by to in and or "
    "but then still also just found occurs occurred happens happened means mean indicates "
    "run runs finished finishes completed complete ends ended exits exit code status "
    "program command process tool whenever once every too again instead"
)
MEANING_WORDS = {
    "succeeded": "success", "successful": "success", "successfully": "success",
    "ok": "success", "okay": "success", "warning": "warn", "warnings": "warn",
    "errors": "error", "errored": "error", "failed": "fail", "failure": "fail",
    "failures": "fail", "fails": "fail", "failing": "fail", "bad": "invalid",
    "malformed": "invalid", "wrong": "invalid", "arguments": "argument", "args": "argument",
    "options": "argument", "flags": "argument", "parameters": "argument",
    "cancelled": "interrupt", "canceled": "interrupt", "aborted": "interrupt",
    "interrupted": "interrupt", "skipped": "skip", "partially": "partial",
}  # fmt: skip
#: Words that say no meaning by themselves: "2 when it is not" (not what).
_NO_MEANING = {"", "not", "no", "none", "otherwise", "els"}
CODE_FAMILIES = {"exit": "exit code", "return": "exit code", "status": "status code",
                 "error": "error code"}  # fmt: skip


def _meaning(phrase: str) -> str:
    """A meaning's key words, in order, synonyms as one ("failed", "failure": ``fail``), at most
    four; "" when none is left."""
    said = []
    for word in words(phrase):
        if word in _MEANING_FILLER:
            continue
        key = MEANING_WORDS.get(word) or _stem(word)
        if key not in said:
            said.append(key)
    return "-".join(said[:4]) if said and len(said) <= 4 else ""


def _codes(text: str, index: TextIndex) -> list[Advice]:
    """What exit codes (status codes, error codes) mean, as said in a sentence ("Exit code 2
    means a partial backup", "exits with 1 when some files were skipped", "If only warnings are
    found, lintkit exits with code 0") or in a section of exit codes ("0: success", "2 means
    invalid arguments"): one per meaning, ``code N``; a document that gives one meaning two
    codes, or the code of a meaning in a question, drafts none of them."""
    found: list[tuple[tuple[int, int], str, str, str]] = []
    for pattern in _CODE_RES:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("cont") is not None:
                # ", 1 when some files were skipped": only after an exit code in its sentence
                sentence = index.around(match.span()).sentence
                if not re.search(r"\bexit", text[sentence[0] : match.start()], re.IGNORECASE):
                    continue
            kind = (groups.get("kind") or groups.get("kind2") or "exit").lower()
            found.append((match.span(), match["n"], match["m"], CODE_FAMILIES[kind]))
    for line in (_CODE_LINE, _CODE_MEANS):
        for match in line.finditer(text):
            if _in_codes_section(text, match.start()):
                found.append((match.span(), match["n"], match["m"], "exit code"))
    codes: dict[tuple[str, str], set[str]] = {}
    advice: list[Advice] = []
    for span, number, meaning, family in sorted(found):
        key = _meaning(meaning)
        where = index.around(span)
        if (
            not set(key.split("-")) - _NO_MEANING
            or "?" in text[where.sentence[0] : where.sentence[1]]
        ):
            continue
        if any(_overlap_span(span, other.span) for other in advice):
            continue
        codes.setdefault((family, key), set()).add(number)
        label = f"code {_spelt(number)}"
        advice.append(Advice(span, text[span[0] : span[1]], family, label, key))
    return [a for a in advice if len(codes[(a.family, a.topic)]) == 1]


#: Numbers as words: a label holds no digits ("code three").
_NUMBER_NAMES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]  # fmt: skip


def _spelt(number: str) -> str:
    """A code as a label says it: "three" for 3, digit by digit past twenty ("four zero four")."""
    value = int(number)
    if value < len(_NUMBER_NAMES):
        return _NUMBER_NAMES[value]
    return " ".join(_NUMBER_NAMES[int(digit)] for digit in number)


def _in_codes_section(text: str, position: int) -> bool:
    """Whether the line at ``position`` is in a section of exit codes: a line above it, past
    the section's other entries and blank lines, names exit codes ("Exit codes", "snapvault
    backup ends with one of these exit codes:")."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if _CODES_SECTION.search(text, start, len(text) if end < 0 else end):
        return True
    for _ in range(_SECTION_LINES):
        if start <= 0:
            return False
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if _CODES_SECTION.search(line):
            return True
        if line.strip() and not _CODE_LINE.match(line) and not _CODE_MEANS.search(line):
            return False
        start = above
    return False

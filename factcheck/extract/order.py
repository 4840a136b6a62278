"""The order of two actions in advice: "Take your reading before you take any tablets" vs "take
your tablets first, then measure".

Health leaflets, guides and software docs order two steps in a handful of ways, each read here:

- "A before B", "A before you B", "A before B-ing", "A after B" (B, said by a verb or by an
  event's noun: "after a meal", "before breakfast"); "Before B, A" and "After B, A";
- "A first, then B", "First A, then B", "A, then B", "A and then B", "A first and B after";
- "Do not B until you have A", "Never B until after A", "Wait (an hour) after A before B".

Each action is read as one key word: its verb, or for a verb that says little by itself (take,
have, use, run...) its object's head noun ("take your tablets": ``medicine``), with a small
table of words that name one action (a reading, a measurement, to check or to measure:
``measure``; a meal, breakfast, food, to eat: ``eat``). The advice is a label claim whose topic
names the two keys in alphabetical order and whose label is the key that comes first
(``measure first``), so that two documents ordering the same two actions oppositely disagree.

Only instructions count: the first action opens its clause with a verb ("Take", "measure"), or
follows "you should", "make sure you", "it is best to"; "The nurse checks it before..." tells,
it does not advise. Advice against an order ("Don't measure straight after a bath") says how
near two actions may be, not which comes first, and is left alone; "do not B until A" orders
them. An action whose object is a pronoun ("take it before meals") names no action of its own
(the with-food family reads that advice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import snowballstemmer

from factcheck.extract.mentions.context import TextIndex, words
from factcheck.extract.mentions.lexicon import word_set


@dataclass(frozen=True)
class Order:
    """Two actions in the order advice puts them."""

    span: tuple[int, int]
    """[start, end) of the words that order them."""
    first: str
    """The key of the action to do first (``measure``)."""
    then: str
    """The key of the action to do after it (``medicine``)."""

    @property
    def topic(self) -> str:
        """The two keys in alphabetical order: one subject whichever a document names first."""
        return "-".join(sorted((self.first, self.then)))

    @property
    def label(self) -> str:
        return f"{self.first} first"


#: Words that name one action, each with its key: general words for the steps that leaflets,
#: guides and docs put in order (not the words of one document).
_SAME = {
    "measure": "measure measures measuring measured measurement measurements reading readings "
    "pressure sugar glucose pulse temperature",
    "medicine": "tablet tablets pill pills capsule capsules medicine medicines medication "
    "medications meds dose doses drug drugs lozenge lozenges jab injection injections",
    "eat": "eat eats eating ate eaten meal meals food breakfast lunch dinner supper snack snacks",
    "drink": "drink drinks drinking drank drunk",
    "exercise": "exercise exercises exercising workout workouts training train gym",
    "wash": "shower showers showering bath baths bathe bathing wash washing",
    "swim": "swim swims swimming swam swum dip",
    "sleep": "sleep sleeping bed bedtime",
    "backup": "backup backups",
    "test": "tests suite suites check checks checkup checkups check-up check-ups exam exams "
    "examination examinations screening screenings",
    # the day's activity: a shift, a working day ("at the end of a shift", "first thing in the
    # morning, before any noise exposure that day")
    "day": "shift shifts workday workdays",
    "upgrade": "upgrade upgrades upgrading upgraded update updates updating",
    "migrate": "migrate migrating migrated migration migrations",
    "deploy": "deploy deploys deploying deployed deployment deployments",
    "moisturise": "moisturise moisturiser moisturize moisturizer moisturising moisturizing",
    "sunscreen": "sunscreen sunscreens suncream sunblock spf",
    "repellent": "repellent repellents",
}
_KEY = {word: key for key, said in _SAME.items() for word in said.split()}
#: Verbs that say little by themselves: the action is their object ("take your tablets").
_LIGHT = word_set(
    "take takes taking taken took have has having had do does doing did done get gets getting "
    "got use uses using used run runs running ran make makes making made give gives giving "
    "given apply applies applying applied put puts putting try trying go goes going went "
    "perform performing install installs installing installed check checks checking checked "
    "test tests testing tested monitor monitoring record recording book books booking booked "
    "schedule schedules arrange arranges"
)
#: Words that open a clause without being its verb: determiners, pronouns, conjunctions.
_NOT_VERB = word_set(
    "the a an this that these those your my our their his her its some any all most many each "
    "every no it they he she we i there here what which who how why when while if unless "
    "because so and but or not never also only just then first once as with without for from "
    "about around after before during until is are was were be been will would can could may "
    "might should must shall one two people patients doctors nurses whatever whenever wherever "
    "however good great fine"
)
#: Words that end an action's object: prepositions, adverbs of time and place, conjunctions.
_OBJECT_END = word_set(
    "about around at in on for with to from by into onto of after before until then first "
    "later again and or but so because when while if as straight right immediately directly "
    "soon least once every each today tonight tomorrow hour hours minute minutes up out off is "
    "are was were"
)
_DETERMINERS = word_set(
    "a an the your my our their his her its any all some each every this that these those two "
    "three both one another more fresh new"
)
#: Words before an action's verb that tell the reader to do it ("you should", "make sure you").
_TELLS = word_set(
    "you should must always please just need needs to have ought it's it is best better "
    "make sure remember try i'd recommend we suggest first"
)
_PRONOUNS = word_set("it them this that these those one something anything")
#: Verbs that make a clause a statement: an instruction opens with its verb and has no other.
_FINITE = word_set("will would is are was were can could may might does did has")
#: Auxiliaries before a participle ("until you have eaten").
_PERFECT = word_set("have has having had you've i've we've")
_NEGATION = re.compile(r"\b(?:not|never|don't|do\s+not|avoid|no)\b|n't\b", re.IGNORECASE)
_ENGLISH = snowballstemmer.stemmer("english")

#: An action's words, on one line or on lines a plain-text file wraps ("then run "cronwheel
#: migrate-config" to convert\nyour old configuration file"), not across a blank line.
_ACTION = r"(?:[^.;:!?\n]|\n(?![ \t]*\n)){2,80}?"
_CLAUSE_END = r"(?=\s*(?:[.;:!?)]|,\s|$|\n\s*\n|\s(?:so|because|since|as)\b))"
#: "A before B" (B after "before" or "after"): A opens its clause.
_RELATIVE = re.compile(
    rf"(?P<a>{_ACTION})\s+(?P<rel>before|after)\s+(?P<b>{_ACTION}){_CLAUSE_END}",
    re.IGNORECASE,
)
#: "Before B, A": the condition first.
_LEADING = re.compile(
    rf"^(?P<rel>before|after)\s+(?P<b>[^,.;:!?\n]{{2,60}}),\s*(?P<a>{_ACTION}){_CLAUSE_END}",
    re.IGNORECASE,
)
#: "A first, then B", "First A, then B", "A, then B", "A and then B", "A first and B after".
_THEN = re.compile(
    rf"(?:^|(?<=\s))(?:first,?\s+)?(?P<a>{_ACTION})(?:\s+first)?(?:,\s*|\s+)(?:and\s+)?"
    rf"(?:then|afterwards|only\s+then)\s+(?P<b>{_ACTION}){_CLAUSE_END}",
    re.IGNORECASE,
)
#: "A first and B afterwards", "A first, B later".
_FIRST_LATER = re.compile(
    rf"(?P<a>{_ACTION})\s+first,?\s+(?:and\s+)?(?P<b>{_ACTION})\s+(?:afterwards|after|later|"
    rf"next|last|second|over\s+the\s+top|on\s+top|over\s+(?:it|them)){_CLAUSE_END}",
    re.IGNORECASE,
)
#: "A first and finish with B", "A first, then finish off with B": B comes last.
_FIRST_FINISH = re.compile(
    rf"(?P<a>{_ACTION})\s+first,?\s+(?:and\s+|then\s+)?(?:finish|end|top\s+up)\s+(?:off\s+|up\s+)?"
    rf"with\s+(?P<b>{_ACTION}){_CLAUSE_END}",
    re.IGNORECASE,
)
_FINISH_WITH = re.compile(r"\s*(?:finish|end|top\s+up)\s+(?:off\s+|up\s+)?with\s+", re.IGNORECASE)
#: "Do not B until (you have) A", "Never B until after A".
_UNTIL = re.compile(
    rf"\b(?:do\s+not|don't|never|not)\s+(?P<b>{_ACTION})\s+until\s+(?:after\s+)?"
    rf"(?P<a>{_ACTION}){_CLAUSE_END}",
    re.IGNORECASE,
)
#: "Wait (an hour) after A before B", "wait until after A to B".
_WAIT = re.compile(
    rf"\bwait\b[^.;:!?\n]{{0,40}}?\b(?:after|until\s+after)\s+(?P<a>{_ACTION})\s+"
    rf"(?:before|to)\s+(?P<b>{_ACTION}){_CLAUSE_END}",
    re.IGNORECASE,
)
#: An action told before the day's activity or after it, said by the time of day: "Book your
#: test first thing in the morning, before any noise exposure that day" (before it), "Have your
#: hearing check at the end of a shift" (after it). The morning counts only with "before" after
#: it ("Take it first thing in the morning" is a time of day, the time family's).
_DAY_FIRST = re.compile(
    rf"^(?P<a>{_ACTION})\s+first\s+thing\s+in\s+the\s+morning,?\s+before\s+(?:any|your|you|the"
    r"|starting|work)\b",
    re.IGNORECASE,
)
_DAY_LAST = re.compile(
    rf"^(?P<a>{_ACTION})\s+(?:at\s+the\s+end\s+of\s+(?:a|the|your)\s+(?:shift|working\s+day|"
    rf"work\s*day|school\s+day)|after\s+(?:your|a|the)\s+shift|after\s+work){_CLAUSE_END}",
    re.IGNORECASE,
)
#: The key of the day's activity.
_DAY = "day"
#: An "if" or "when" clause, or a list marker, before the instruction ("If you take tablets, ").
_LEAD_IN = re.compile(
    r"\s*(?:[QA]:\s+)?(?:(?:\d+[.)]|[-*•])\s+)?(?:(?:(?:if|when|whenever|once|each|every|in|on|at|for|during|"
    r"as|to|where|with)\b[^,.;:!?\n]{0,60}|[a-z]+ly|please),\s*)?(?:please\s+)?",
    re.IGNORECASE,
)


#: A question of order: "Should I normalise before or after encoding to MP3?"
_WHICH_ORDER = re.compile(
    rf"\b(?:should|do|must|can)\s+(?:i|you|we)\s+(?P<a>{_ACTION})\s+(?:before\s+or\s+after|after"
    rf"\s+or\s+before)\s+(?P<b>{_ACTION})\s*\?",
    re.IGNORECASE,
)
#: How far an answer may lie after its question.
_ANSWER_REACH = 200


def find_orders(text: str, index: TextIndex) -> list[Order]:
    """Every order of two actions advised in ``text``, in text order."""
    found: list[Order] = []
    seen: set[tuple[int, int]] = set()
    for marker in re.finditer(r"\b(?:before|after|then|afterwards|until|first|end)\b", text, re.I):
        sentence = index.around(marker.span()).sentence
        if sentence in seen:
            continue
        seen.add(sentence)
        found.extend(_orders_in(text, sentence))
    found.extend(_answered(text, index))
    return sorted(found, key=lambda order: order.span)


def _answered(text: str, index: TextIndex) -> list[Order]:
    """The order an answer gives to a question of order by the state of what it acts on: "Should
    I normalise before or after encoding to MP3? Run loudwick on the final encoded files, not on
    your masters" (the files already encoded: encode first). The answer is the next sentence;
    the second action's past participle in it, with no "not" before it in its clause, puts that
    action first ("Normalise the encoded files"); none when the answer names no participle."""
    found = []
    for question in _WHICH_ORDER.finditer(text):
        first = _action(words(question["a"]), opens=True)
        then = _action(words(question["b"]), opens=False)
        if not first or not then or first == then:
            continue
        answer = index.around((question.end() + 1, question.end() + 1)).sentence
        start = answer[0]
        while start < answer[1] and (text[start].isspace() or text[start] in "AQ:"):
            start += 1  # "A: Run loudwick ...": the answer's marker
        if start - question.end() > _ANSWER_REACH or start >= answer[1]:
            continue
        for word in re.finditer(r"[A-Za-z]+ed\b", text[start : answer[1]]):
            clause = text[start : start + word.start()].split(",")[-1]
            if _stem(word.group().lower()) == then and not _NEGATION.search(clause):
                found.append(Order((start, answer[1]), then, first))
                break
    return found


def _orders_in(text: str, sentence: tuple[int, int]) -> list[Order]:
    lead_in = _LEAD_IN.match(text, sentence[0], sentence[1])
    start = lead_in.end() if lead_in else sentence[0]
    said = text[start : sentence[1]]
    if said.rstrip().endswith("?"):
        return []  # "Did you take your lenses out before swimming?": asked, not advised
    if not said.lstrip()[:1].isalpha():
        return []  # "## Water before meals" (a heading), "--timeout SECONDS How long ..."
    titled = said.rstrip()[-1:] not in (".", "!", ")")
    found: list[Order] = []
    said_orders: set[tuple[str, str]] = set()
    for pattern in (_DAY_FIRST, _DAY_LAST):
        match = pattern.search(said)
        if match is None or _NEGATION.search(match["a"]) or ", " in match["a"]:
            continue
        said_a = words(match["a"])
        if said_a[:1] in (["have"], ["get"]):
            said_a = ["take", *said_a[1:]]  # "Have your hearing check": a light verb
        action = _action(said_a, opens=True)
        if action and action != _DAY:
            first, then = (action, _DAY) if pattern is _DAY_FIRST else (_DAY, action)
            span = (start + match.start(), start + match.end())
            found.append(Order(span, first, then))
            said_orders.update({(first, then), (then, first)})
    for pattern, told in ((_WAIT, False), (_UNTIL, False), (_LEADING, True), (_THEN, True),
                          (_FIRST_LATER, True), (_FIRST_FINISH, True),
                          (_RELATIVE, True)):  # fmt: skip
        match = pattern.search(said)
        if match is None:
            continue
        a_text, b_text = match["a"], match["b"]
        if told:
            if match.start() != 0:
                continue  # the instruction opens its clause
            if _NEGATION.search(a_text) or _NEGATION.search(b_text):
                continue  # "Don't measure straight after a bath": how near, not which first
        if pattern is _RELATIVE and ", " in a_text:
            continue  # "Whatever the label says, reapply after swimming": no one instruction
        a_words, b_words = words(a_text), words(b_text)
        if pattern is _THEN and (finish := _FINISH_WITH.match(b_text)) is not None:
            b_words = words(b_text[finish.end() :])  # "then finish with sunscreen": B last
        if pattern is _RELATIVE or pattern is _LEADING:
            a_key, b_key = _action(a_words, opens=True), _action(b_words, opens=False)
            first, then = (a_key, b_key) if match["rel"].lower() == "before" else (b_key, a_key)
        elif pattern in (_THEN, _FIRST_LATER, _FIRST_FINISH):
            first, then = _action(a_words, opens=True), _action(b_words, opens=True)
            if first and not then and a_words[0] in _LIGHT and _noun_phrase(b_words):
                # "Put your make-up on first, then your lenses": the verb said once
                then = _action([a_words[0], *b_words], opens=True)
        elif pattern is _UNTIL:
            first, then = _action(a_words, opens=False), _action(b_words, opens=True)
        else:
            first, then = _action(a_words, opens=False), _action(b_words, opens=False)
        if titled and len(a_words) < 2:
            continue  # "Water before meals" on a line of its own: a heading, no instruction
        if first and then and first != then and (first, then) not in said_orders:
            # "Run quill clean before upgrading, then install the new release": each order
            # the sentence says (grouping keeps those another document orders too)
            span = (start + match.start(), start + match.end())
            found.append(Order(span, first, then))
            said_orders.add((first, then))
            said_orders.add((then, first))
    if not found and (series := _SERIES.match(said)) is not None:
        # "Stop the server, run tallyq migrate before upgrading, and then install the new
        # binary": a series of instructions, each of which opens its own clause
        said_first = words(series["first"])
        if said_first[0] not in _NOT_VERB and not said_first[0].endswith("ing"):
            told = said_first[0] in _NO_ACTION or bool(_action(said_first, opens=True))
            if told and not _FINITE & set(said_first[1:]):
                return _orders_in(text, (start + series.end(), sentence[1]))
    return found


#: The first of a series of instructions: "Stop the server, ..." (a verb and a short object).
_SERIES = re.compile(r"\s*(?P<first>[A-Za-z]+(?:\s+[\w`'-]+){1,5}),\s+(?:and\s+)?(?=[a-z])")


def _action(said: list[str], *, opens: bool) -> str:
    """The key of an action said in ``said``: an instruction's words when ``opens`` ("take
    your tablets", "you should measure"), else what follows "before" or "after" ("you take any
    tablets", "eating", "a meal"); "" when the words name no action."""
    rest = list(said)
    if opens:
        while rest and rest[0] in _TELLS and len(rest) > 1:
            rest.pop(0)
    else:
        clause = rest[:1] in (["you"], ["i"], ["we"])
        if clause:
            rest.pop(0)
        if rest[:1] and rest[0] in _PERFECT:
            rest.pop(0)
        if clause and rest[:2] == ["back", "up"]:
            return "backup"
        if clause and rest and rest[0] not in _NOT_VERB and rest[0] not in _LIGHT:
            # "before you unplug it", "after you switch it off": a clause's verb is its action
            particle = _particle(rest)
            if particle and rest[0] not in _KEY:
                return f"{_stem(rest[0])}-{particle}"
            return _KEY.get(rest[0], _stem(rest[0]))
    while rest and rest[0] in _PERFECT and len(rest) > 1:
        rest.pop(0)
    if not rest:
        return ""
    head = rest[0]
    if head in _NOT_VERB - _DETERMINERS or (opens and head in _DETERMINERS):
        return ""
    if opens and _FINITE & set(rest[1:]):
        return ""  # "Orientation tags are applied and then removed": told, not advised
    if opens and head.endswith("ing"):
        return ""  # "Taking it before bed helps": a gerund names, it does not instruct
    if head in _NO_ACTION:
        if opens and "then" in rest:
            return _action(rest[rest.index("then") + 1 :], opens=True)  # "wait, then measure"
        return ""
    if head == "back" and rest[1:2] == ["up"]:
        return "backup"
    particle = _particle(rest)
    if head in _LIGHT or head in _REMOVE:
        # "put on your moisturiser", "put your moisturiser on": the particle is no object
        noun = _object(rest[2:] if rest[1:2] and rest[1] in _PARTICLES else rest[1:])
        if not noun or noun in _PRONOUNS:
            return ""
        key = _KEY.get(noun, _stem(noun))
        if head in _INSTALL and (noun in _NEW_VERSION or _names_version(rest[1:], noun)):
            key = "upgrade"  # "install the new version (release, binary)": an upgrade
        if head in _REMOVE or particle in _OFF:
            # "take your lenses out", "take off your watch", "remove your lenses": taking a
            # thing off is another action than putting it in or on
            return f"{key}-off"
        return key
    if particle and head not in _KEY and not head.endswith("ing"):
        # "switch off the router", "top the tank up": the verb with its particle is one action
        return f"{_stem(head)}-{particle}"
    if not opens and (head in _DETERMINERS or head not in _KEY or head in _NOUNS):
        # "after a meal", "before insect repellent", "before breakfast": an event's noun
        noun = _object(rest)
        if noun in _KEY:
            return _KEY[noun]
        if head in _KEY or not head.endswith(("ing", "ed")):
            return _KEY.get(head, "")  # "before 2.0", "after the meeting": no action known
    return _KEY.get(head, _stem(head))


#: Installing a new version of a program is upgrading it ("after installing the new release").
_INSTALL = word_set("install installs installing installed")
_NEW_VERSION = word_set("version versions release releases binary binaries build builds")
_VERSION_NUMBER = re.compile(r"v?\d+(?:\.\d+)*")


def _names_version(said: list[str], noun: str) -> bool:
    """Whether the object before its head noun ``noun`` names a version of what is installed:
    "install the version 3 package", "install the v3 package", "install the 3.0 binary" (an
    upgrade, as "install the new version" is); "install the package" names none."""
    before = said[: said.index(noun)] if noun in said else []
    return any(word in _NEW_VERSION or _VERSION_NUMBER.fullmatch(word) for word in before)


#: Words of ``_SAME`` that only name a thing, never the verb of an action.
_NOUNS = word_set(
    "measurement measurements reading readings tablet tablets pill pills capsule capsules "
    "medicine medicines medication medications meds dose doses drug drugs lozenge lozenges jab "
    "injection injections meal meals food breakfast lunch dinner supper snack snacks workout "
    "workouts gym bed bedtime backups migration migrations installation deployment deployments "
    "moisturiser moisturizer sunscreen sunscreens suncream sunblock spf repellent repellents"
)


def _object(said: list[str]) -> str:
    """The head noun of the object at the start of ``said`` ("your morning reading about an hour
    later": reading), or ""."""
    noun: list[str] = []
    if said[:1] and said[0] in _PRONOUNS:
        return said[0]  # "take it half an hour before eating": no action of its own
    for word in said:
        if word in _OBJECT_END or word.endswith("ly") or (noun and word in _TIMES):
            break  # "your tablets morning and evening"; but "your morning reading"
        if word in _DETERMINERS:
            if noun:
                break  # "another reading a minute later"
            continue
        noun.append(word)
        if len(noun) > 4:
            return ""
    return noun[-1] if noun else ""


_TIMES = word_set("morning mornings evening evenings night nights day days week weeks")


#: Particles that make a verb another action ("put in", "take out", "top up", "switch off").
_PARTICLES = word_set("in on out off up down away back over")
#: Particles that take a thing off or out ("take your lenses out", "take off your watch").
_OFF = word_set("out off away")
#: Particles that are no preposition right after a verb ("take out", "top up").
_ADVERB_PARTICLES = word_set("out off up down away back")
#: Verbs of taking a thing off or out: "remove your lenses" is "take your lenses out".
_REMOVE = word_set("remove removes removing removed")
#: Words after which a particle ends an object ("put your lenses in before").
_PARTICLE_REACH = 5


def _noun_phrase(said: list[str]) -> bool:
    """Whether ``said`` is only a determiner and a short noun phrase ("your lenses")."""
    return (
        0 < len(said) <= _PARTICLE_REACH
        and (said[0] in _DETERMINERS or (len(said) == 1 and said[0] in _KEY))
        and said[-1] not in _PRONOUNS
        and not any(w in _OBJECT_END or w in _NOT_VERB - _DETERMINERS for w in said[1:])
    )


def _particle(said: list[str]) -> str:
    """The particle of the verb that opens ``said``, right after it ("take out your lenses",
    "switch off the router") or after its object and before the clause goes on ("put your
    lenses in before...", "top the tank up"), or ""; "in the morning" is a place in time."""
    if len(said) > 1 and said[1] in _ADVERB_PARTICLES:
        return said[1]
    for position, word in enumerate(said[1:_PARTICLE_REACH], start=1):
        if word in _PARTICLES:
            between, after = said[1:position], said[position + 1 : position + 2]
            ends = not after or after[0] in _OBJECT_END or after[0].endswith("ly")
            # "put your lenses in", "top it up"
            one = len(between) == 1
            named = bool(between) and (
                between[0] in _DETERMINERS or (one and between[0] in _PRONOUNS)
            )
            if named and ends:
                return word
            return ""
        if word in _OBJECT_END:
            return ""
    return ""


#: Verbs that order nothing of their own: "After a big meal, wait at least an hour" says how long.
_NO_ACTION = word_set("wait waiting rest resting stop stopping start starting begin continue")


def _stem(word: str) -> str:
    return str(_ENGLISH.stemWord(word))

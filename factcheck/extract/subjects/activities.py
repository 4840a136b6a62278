"""The activity a duration measures: the verb and its object that the span of time governs.

A page states many durations, and the words near two pages' figures of one quantity overlap
weakly: "Adults should wear soft lenses for no more than 12 hours a day" and "never wear your
lenses longer than 14 hours"; "leave the lotion on for 8 hours" and "Four hours is plenty for the
dimeticone lotion"; "Avoid caffeine for 30 minutes before you measure" and "Avoid coffee, tea and
cola for at least two hours beforehand". What they share is the activity: a verb, said in one of
general English's words for it (``_VERBS``: wear, leave on, soak, wait, avoid, use, start, stay
in, cook, store, take), its object's stems (``propose.stem``; a few drinks and habits read as
what they are instances of, ``_KINDS``), and whether the span comes before or after something.
"N takes", "N is plenty for the lotion" name no verb of their own: they say how long the object
takes, whatever is done to it (``ANY``).

A verb no class names is read as itself (``OWN``, ``_own_verb``): "Raise your legs above the
level of your heart for 15 minutes" on two pages is one activity, ``=raise`` on the legs, and "get
a new spacer" is to replace it; "every N" is how often and "after N" how late, directions of
their own. A distance told kept "away", "back" or "clear" after a verb of staying is the class
``AWAY`` ("Stay at least 100 metres away from the whale", "keep 50 metres back"), and the time to
try a treatment before judging it is the class ``TRY`` ("give it six weeks", "Keep going for 12
weeks before deciding", "if it hasn't made a difference within two weeks").

Figures that only look alike get no activity: a phase ("for the first week", "after that"), a
study's protocol ("participants wore ..."), history ("In 2012 the label said ..."), an example
("for example"). The recency window of a history question ("a heart attack in the past 4 weeks",
"in the last three months") is an activity of its own (``RECENT``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.mentions.lexicon import IRREGULAR_PAST, word_set
from factcheck.extract.subjects.actions import FUNCTION_WORDS
from factcheck.extract.subjects.labelwords import verb_base
from factcheck.extract.subjects.propose import stem

#: The verb class of "N takes", "N is plenty for X": how long the object takes, whatever is done.
ANY = "*"
#: The verb class of a recency window ("a heart attack in the past 4 weeks").
RECENT = "recent"

#: Verb classes, each the general-English words for one activity (base forms; -s, -ed, -ing
#: and irregular past forms are read as their base). A particle after the object ("leave the
#: lotion on") is written after a space.
_VERBS_SAID: dict[str, str] = {
    "wear": "wear",
    "on": "leave~on leave~in keep~on keep~in stay~on sit~on apply",
    "out": "leave~out put~out expose place deploy",
    "soak": "soak steep brew infuse marinate marinade brine",
    "wait": "wait rest pause hold~off let~stand let~sit let~cool leave~it",
    "avoid": "avoid skip cut~out abstain refrain stay~off go~without stop discontinue",
    "use": "use continue",
    "start": "start begin commence",
    "immerse": "stay~in swim dip immerse submerge plunge bathe",
    "cook": "cook boil bake roast simmer fry grill steam microwave heat toast",
    "store": "store refrigerate freeze chill",
    "charge": "charge recharge",
    "sleep": "sleep nap",
    "exercise": "exercise walk jog train",
    "fast": "fast",
    "limit": "limit restrict",
    # Telling someone of something: a regulator, customers, the police.
    "notify": "notify inform tell alert warn report~to",
    # Drying: "Tumble-dry clothes on high heat", "put the clothes in a hot dryer" (``_DRYER_RE``).
    "dry": "dry tumble-dry tumble~dry",
    # A span before something was found: "the attackers went undetected for three weeks"
    # (``_UNTIL_FOUND_RE``: "the access lasted 11 days before it was detected").
    "undetected": "go~undetected go~unnoticed go~unseen remain~undetected remain~unnoticed "
    "stay~undetected stay~hidden",
    ANY: "take last require need complete finish do~in",
}
#: Nouns that name an activity themselves ("limit their first dips to 2 minutes").
_NOUN_ACTIVITIES = {
    "dip": "immerse",
    "swim": "immerse",
    "plunge": "immerse",
    "bath": "immerse",
    "soak": "soak",
    "nap": "sleep",
    "workout": "exercise",
    "session": "exercise",
    "course": "use",
}
#: Things read as what they are instances of: "Avoid coffee, tea and cola" avoids caffeine.
_KINDS_SAID = {
    "caffeine": "coffee coffees tea teas cola colas espresso espressos caffeinated",
    "smoking": "smoke smokes cigarette cigarettes cigar cigars vaping vape tobacco",
    "alcohol": "beer beers wine wines spirits alcoholic booze",
}
_KINDS_SAID["regulator"] = (
    "regulator regulators authority authorities watchdog watchdogs commissioner commissioners "
    "ombudsman supervisor supervisors"
)
_KINDS = {word: kind for kind, said in _KINDS_SAID.items() for word in said.split()}

#: Words that are no object: qualifiers, pronouns, time words and adverbs of manner.
_NO_OBJECT = FUNCTION_WORDS | word_set(
    "least most up about around roughly approximately nearly almost over under longer shorter "
    "less usually normally typically generally ideally comfortably easily can should must may "
    "is are was were be been being do does did not don't never no it them yourself time times "
    "have has had "
    "day days hour hours minute minutes week weeks month months year years second seconds "
    "morning evening night while whatever however wherever if when where whether"
)
#: Words after a figure that say the span comes before or after something.
_BEFORE_RE = re.compile(r"\s*(?:before|beforehand|prior\s+to|in\s+advance|ahead\s+of)\b", re.I)
_AFTER_RE = re.compile(r"\s*(?:after|afterwards?|later|following)\b", re.I)
#: A figure said as the subject: "Four hours is plenty for the lotion".
_SUBJECT_RE = re.compile(
    r"\s*(?:is|are|should\s+be|will\s+be|would\s+be)\s+(?:usually\s+|generally\s+|more\s+than\s+)?"
    r"(?:plenty|enough|fine|ample|sufficient|adequate|long\s+enough|the\s+(?:limit|maximum|"
    r"minimum)|a\s+(?:\w+\s+)?(?:ceiling|limit|maximum|minimum))"
    r"(?:\s+(?:for|of|with)\s+(?P<object>[^.,;:!?()]{1,60}))?",
    re.I,
)
#: A recency window: "in the past 4 weeks", "within the last three months".
_RECENT_RE = re.compile(
    r"\b(?:in|within|during|over)\s+the\s+(?:past|last|previous|preceding)\s+\Z", re.I
)
_HAD_RE = re.compile(r"\b(?:had|have|has|'ve|experienced|suffered)\s+(?P<object>[^.,;:]+)\Z", re.I)
#: A phase of a plan: "for the first week", "after that", "thereafter".
_PHASE_RE = re.compile(
    r"\bthe\s+(?:first|next|following|final|last|second|third)\s+\Z|\bafter\s+that\b|\bthereafter\b|"
    r"\bfrom\s+then\s+on\b|\bafter\s+the\s+first\b|\bto\s+begin\s+with\b|\bat\s+first\b",
    re.I,
)
_PHASE_WORD_RE = re.compile(r"\b(?:first|next|following|final|last)\b", re.I)
#: A study's protocol, an example or history: no advice of how long to do a thing.
_ASIDE_RE = re.compile(
    r"\b(?:participants?|volunteers|trial|randomi[sz]ed|placebo|study|studies|researchers|"
    r"groups?|cohorts?|arms?|the\s+other\s+half|median|average|surveyed|survey|respondents|"
    r"for\s+example|for\s+instance|e\.g\.|such\s+as|used\s+to|(?:19|20)\d\d)\b",
    re.I,
)
#: Where a clause starts, reading back from a figure.
_CLAUSE_START_RE = re.compile(
    r"[;:!?]|\s[-\u2013\u2014]\s|\b(?:but|while|whereas|although)\b", re.I
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: How many words before a figure its verb may stand.
_REACH = 10
_BE = word_set("is are was were be been being")
#: Verbs of being before a participle that make it a present passive ("is repeated"), not a
#: past ("was repeated").
_PRESENT_BE = word_set("is are be being isn't aren't")
#: A span a verb governs: "for 8 hours", "to 2 minutes", "in under a minute".
_GOVERNED_RE = re.compile(
    r"\b(?:for|to|in|within)\s+(?:(?:up\s+to|at\s+(?:least|most)|(?:no|not)\s+(?:more|longer)\s+"
    r"than|more\s+than|less\s+than|longer\s+than|about|around|roughly|approximately|nearly|"
    r"almost|just|only|over|under|well|a|an|another|the|good|full|solid|whole|"
    r"a\s+count\s+of)\s+)*\Z",
    re.I,
)
#: The verb class of the time to try a treatment before judging it ("give it six weeks").
TRY = "try"
_SPAN_WORDS = (
    r"(?:(?:up\s+to|at\s+(?:least|most)|about|around|roughly|a\s+good|a\s+full|another|"
    r"a\s+further|the\s+full)\s+)?"
)
#: "give it six weeks", "give a preventive medicine at least 8 to 12 weeks": the figure right
#: after what is given the time.
_GIVEN_RE = re.compile(
    r"\bgive\s+(?P<object>it|them|this|that|(?:the|a|an|your|each|any)\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+)?)\s+" + _SPAN_WORDS + r"\Z",
    re.I,
)
#: "if a preventive hasn't made a difference within two weeks", "if the cream has not helped
#: after 4 weeks", "If your skin is no better after 6 weeks".
_UNCHANGED_RE = re.compile(
    r"\bif\s+(?P<object>[\w'’ -]{1,40}?)\s+(?:has|have|is|are|does|do)(?:n't|\s+not)?\s+"
    r"(?:(?:not|yet|really)\s+)?(?:improved|changed|cleared|helped|worked|made\s+(?:a|any|much)\s+"
    r"difference|(?:any|no)\s+better|(?:gone|cleared)\s+away)\s+(?:after|within|by|in)\s+"
    + _SPAN_WORDS
    + r"\Z",
    re.I,
)
#: "Keep going for 12 weeks", "Stick with it for a month", "persevere for 3 months".
_KEPT_GOING_RE = re.compile(
    r"\b(?:keep\s+(?:going|at\s+it|trying|using\s+it|with\s+it)|stick\s+(?:with|at)\s+it|"
    r"persevere|persist|carry\s+on)\s+(?:with\s+(?:it|this|the\s+\w+)\s+)?for\s+"
    + _SPAN_WORDS
    + r"\Z",
    re.I,
)
#: A span before judging whether a treatment works: "before deciding the treatment has failed",
#: "before you decide whether it works", "before giving up".
_JUDGED_RE = re.compile(
    r"\s*(?:at\s+(?:a|the)\s+[\w\s]{1,20}?\s+)?before\s+(?:you\s+|we\s+)?(?:decid|judg|"
    r"conclud|giv(?:e|ing)\s+up|switch|assess|declar)",
    re.I,
)
#: The mark of a verb no class names, before its base form ("=raise"): ``_own_verb``.
OWN = "="
#: The verb class of a distance kept from a thing ("Stay at least 100 metres away").
AWAY = "away"
#: What governs a span of a verb no class names: "for", "within", "every" (how often), "after"
#: (how long after): "to" and "in" say a new value or a speed ("cut it to 5 minutes").
_OWN_GOVERNED_RE = re.compile(
    r"\b(?P<how>for|within|every|after)\s+(?:(?:up\s+to|at\s+(?:least|most)|(?:no|not)\s+"
    r"(?:more|longer)\s+than|more\s+than|less\s+than|longer\s+than|about|around|roughly|"
    r"approximately|nearly|almost|just|only|over|under|well|a|an|the|good|full|solid|whole|"
    r"a\s+count\s+of)\s+)*\Z",
    re.I,
)
#: Words that govern a span, passed over reading back to its verb.
_OWN_GOVERNING = word_set("for within every after least most than good full solid whole")
#: Verbs of being, having, saying, seeming and other verbs that say no action of their own: no
#: figure's verb ("had a heart attack in the past 4 weeks", "we expect ...", "back at work").
_NO_OWN_VERB = word_set(
    "be become get go come make have let need seem say tell know think believe hope expect "
    "want wish like love hate mean matter help try find see feel look back happen include "
    "average total cost count number estimate report suggest recommend advise ask allow"
)
#: A span that holds "every" itself: "at least every 3 months", "once every 2 weeks".
_EVERY_RE = re.compile(r"(?:(?:at\s+(?:least|most)|about|around|roughly|once)\s+)?every\s", re.I)
#: Verbs that replace a thing with "a new" one: "get a new spacer", "buy a fresh case".
_RENEWING = word_set("get buy fit use open start put")
_RENEWED_RE = re.compile(r"\s+(?:(?:a|an|yourself\s+a|them\s+a|it\s+a)\s+)?(?:new|fresh)\b", re.I)
#: Words before a verb's form that make it a noun: a determiner, possessive or preposition.
_OWN_NOUN_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|your|my|our|their|his|her|its|this|that|each|every|per|of|at|on|in|"
    r"from|with|by|after|before|during|high|low|full|long|short|quick|gentle|daily)\s+\Z",
    re.I,
)
#: Words reading back from a span that end the search for its verb: a subordinating word
#: opens another clause ("..., which is why", "so that").
_OWN_STOP = word_set("which who that because so if when unless until whether than")
#: "away", "back" or "clear" after a distance; and a verb of staying before it.
_AWAY_RE = re.compile(r"\s*(?:away|back|clear)\b", re.I)
_KEEP_RE = re.compile(
    r"\b(?:stay|keep|remain|stand|move)\b(?P<who>(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:(?:at\s+least|at\s+most|about|around|roughly|some|a\s+good|well\s+over|over|"
    r"more\s+than|no\s+less\s+than)\s+)?\Z",
    re.I,
)
#: Verb classes of what a person does, which take no object (and a thing's going unnoticed), and
#: a distance kept away, whoever keeps it.
_PERSONAL = frozenset({"immerse", "sleep", "fast", "exercise", "undetected", AWAY, TRY})
#: A span up to a finding: "lasted 11 days before it was detected", "went undetected for almost
#: three weeks before the security staff noticed": how long it went unnoticed.
_UNTIL_FOUND_RE = re.compile(
    r"\s*(?:before|until)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:was|were|is|are|being|got|had\s+been)\s+)?"
    r"(?:detected|discovered|noticed|spotted|caught|uncovered|identified|found\s+out)\b",
    re.I,
)
#: A wait before doing a thing is how long the thing took: "waited five days before telling the
#: regulator" (against "informed the regulator within 72 hours of detecting").
_BEFORE_DOING_RE = re.compile(r"\s*before\s+(?P<verb>[a-z]+ing)\b(?P<rest>[^.;:!?]*)", re.I)
#: Verb classes whose delay ("waited five days before telling") is how long doing it took (not a
#: wait before applying or taking a thing, which is advice of its own).
_DONE_LATE = frozenset({"notify"})
#: Words before a verb's form that make it a noun: "on high heat", "a steady boil".
_NOUN_BEFORE_RE = re.compile(
    r"\b(?:high|low|medium|moderate|gentle|full|steady|rolling|the|a|an)\s+\Z", re.I
)
#: Drying in a dryer: "Put your walking clothes in a hot dryer for a full hour".
_DRYER_RE = re.compile(
    r"\b(?:put|place|pop|throw|toss|run)\s+(?P<object>[^.;:!?]{1,40}?)\s+(?:in|into|through)\s+"
    r"(?:a|the|your)\s+(?:[\w-]+\s+){0,2}?(?:tumble[\s-]?)?dryer\b[^.;:!?]*\Z",
    re.I,
)
_QUANTIFIERS = word_set("a an the few several many some more most")
_PREPOSITIONS = word_set("with of in on for from at")


@dataclass(frozen=True)
class Activity:
    """What a duration measures."""

    verb: str
    """The verb class (``_VERBS_SAID``), ``ANY`` or ``RECENT``."""
    objects: frozenset[str]
    """The stems of its object's words (empty: not said, or a pronoun)."""
    direction: str = ""
    """"before" or "after" when the span comes before or after something, else ""."""


def _base(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    return word


def _forms(base: str) -> str:
    """A regular expression for a verb's forms."""
    irregular = [past for past, b in IRREGULAR_PAST.items() if b == base]
    irregular += {"do": ["done", "did"]}.get(base, [])
    stemmed = base[:-1] if base.endswith("e") else base
    double = base + base[-1] if re.search(r"[^aeiou][aeiou][bdgmnpt]\Z", base) else base
    alternatives = {
        base,
        base + "s",
        base + "es",
        stemmed + "ed",
        stemmed + "ing",
        double + "ed",
        double + "ing",
        *irregular,
    }
    if re.search(r"[^aeiou]y\Z", base):
        alternatives |= {base[:-1] + "ied", base[:-1] + "ies"}  # notified, dries
    return "|".join(sorted(alternatives, key=len, reverse=True))


def _verb_pattern(said: str) -> str:
    verb, _, particle = said.partition("~")
    pattern = rf"\b(?:{_forms(verb)})\b"
    if particle:
        pattern += rf"(?P<between>(?:\s+[\w'’-]+){{0,3}}?)\s+{particle}\b"
    return pattern


_VERBS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(_verb_pattern(said), re.I))
    for name, forms in _VERBS_SAID.items()
    for said in forms.split()
]


def _objects(phrase: str) -> frozenset[str]:
    found = set()
    for word in _WORD_RE.findall(phrase):
        lower = word.lower().replace("’", "'")
        if lower in _NO_OBJECT or lower.endswith("ly") or len(lower) < 3:
            continue
        found.add(stem(_KINDS.get(lower, lower)))
    return frozenset(found)


def _subject_before(text: str) -> frozenset[str]:
    """The noun phrase a verb's clause opens with: "Short-term kits are left out", "Fishless
    cycling usually takes"."""
    words = _WORD_RE.findall(text)[-8:]
    while words and (words[-1].lower() in _NO_OBJECT or words[-1].lower().endswith("ly")):
        words.pop()
    phrase: list[str] = []
    for word in reversed(words):
        if word.lower() in _NO_OBJECT:
            break
        phrase.insert(0, word)
    rest = [w.lower() for w in words[: len(words) - len(phrase)]]
    while rest and rest[-1] in _QUANTIFIERS:
        rest.pop()
    if phrase and rest and rest[-1] in _PREPOSITIONS and len(rest) > 1:
        # "projects with a few thousand files finish": the head is before the preposition.
        return _subject_before(" ".join(rest[:-1]))
    return _objects(" ".join(phrase[-3:]))


def activity(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> Activity | None:
    """The activity the duration at ``span`` of ``text`` measures, read in its ``sentence``; None
    when its clause names none, or it is a phase, a study's, an example or history."""
    start, end = sentence
    before = text[start : span[0]]
    opened = [m.end() for m in _CLAUSE_START_RE.finditer(before)]
    if opened:
        before = before[opened[-1] :]
    after = text[span[1] : end]
    # (a list's items are clauses: "...in the past 4 weeks; a skin condition such as eczema")
    closed = re.search(r"[;!?]|:\s", after)
    if _ASIDE_RE.search(before + " " + (after[: closed.start()] if closed else after)):
        return None
    figure = text[span[0] : span[1]]
    # The figure may hold the window's words itself ("past 4 weeks").
    lead = re.match(r"(?:the\s+)?(?:past|last|previous|preceding)\s+", figure, re.I)
    recent = _RECENT_RE.search(before + (lead.group(0) if lead else ""))
    if recent:
        had = _HAD_RE.search(before[: recent.start()])
        objects = _objects(had.group("object")) if had else frozenset()
        return Activity(RECENT, objects, "") if objects else None
    if _PHASE_RE.search(before) or _PHASE_RE.match(after) or _PHASE_WORD_RE.search(figure):
        return None
    kept = _kept_away(before, after)
    if kept is not None:
        return kept
    if _UNTIL_FOUND_RE.match(after):
        return Activity("undetected", frozenset(), "")
    tried = _tried(before, figure, after)
    if tried is not None:
        return tried
    dried = _DRYER_RE.search(before)
    if dried:
        objects = _objects(dried.group("object"))
        return Activity("dry", objects, "") if objects else None
    doing = _BEFORE_DOING_RE.match(after)
    if doing and re.search(r"\b(?:wait|waited|waiting|waits|took|takes|take)\b", before, re.I):
        done = _done(doing.group("verb"), doing.group("rest"))
        if done is not None:
            return done
    direction = "before" if _BEFORE_RE.match(after) else "after" if _AFTER_RE.match(after) else ""
    as_subject = _SUBJECT_RE.match(after)
    if as_subject and not _WORD_RE.search(before.replace("Up to", "").replace("up to", "")):
        objects = _objects(as_subject.group("object") or "")
        return Activity(ANY, objects, direction) if objects else None
    words = list(_WORD_RE.finditer(before))
    if not words:
        return None
    reach = words[-_REACH].start() if len(words) >= _REACH else 0
    best: tuple[int, str, re.Match[str]] | None = None
    for name, pattern in _VERBS:
        for match in pattern.finditer(before, reach):
            if _NOUN_BEFORE_RE.search(before[: match.start()]):
                continue  # "on high heat": a noun
            if best is None or match.start() > best[0]:
                best = (match.start(), name, match)
    if best is None:
        return _own_verb(before, figure, direction)
    _, name, match = best
    # "Avoid caffeine, smoking and exercise for 30 minutes": a verb's noun in a list is its object.
    if re.search(r"(?:,|\band|\bor)\s*\Z", before[: match.start()]):
        earlier = [
            (m.start(), n, m)
            for n, pattern in _VERBS
            for m in pattern.finditer(before, reach, match.start())
        ]
        if earlier:
            _, name, match = min(earlier, key=lambda item: item[0])
    tail = before[match.end() :]
    between = match.groupdict().get("between") or ""
    objects = _objects(between + " " + re.split(r"\b(?:for|to|in|on|within|at)\b", tail)[0])
    if name == "limit":
        nouns = {_NOUN_ACTIVITIES.get(word) for word in objects}
        nouns.discard(None)
        if len(nouns) != 1:
            return Activity(name, objects, direction) if objects else None
        return Activity(str(nouns.pop()), objects, direction)
    if name == ANY and objects:
        # "take zinc for 14 days", "take a course for 5 days": using it, not how long it takes.
        name = "use"
    passive = bool(_BE & {w.lower() for w in _WORD_RE.findall(before[: match.start()])[-2:]})
    if not objects and (name in (ANY, "out", "store", "cook", "soak", "on") or passive):
        objects = _subject_before(before[: match.start()])
    governed = _GOVERNED_RE.search(before) or re.match(r"(?:within|for)\s", figure, re.I)
    if name not in (ANY, "start") and not governed:
        # "don't use the same spot two days running": a streak, not how long to use it.
        return None
    if name in (ANY, "avoid") and not objects:
        # "shivering stops after 25 minutes": to stop is to avoid only a thing.
        return None
    return Activity(name, objects, direction)


def _own_verb(before: str, figure: str, direction: str) -> Activity | None:
    """The activity of a span whose verb no class names: the verb itself (its base form, as
    ``labelwords.verb_base`` reads it, marked ``OWN``) and its object, when the span is governed
    ("Raise your legs above the level of your heart for 15 minutes", "Hold the stretch for half
    a minute", "Repeat the treatment after 7 days", "repeat it 10 days later"). The verb is the
    word nearest before the span in its clause that is a verb's form; a word after a determiner,
    a possessive or a preposition is a noun ("back at work within two days": none), and so are
    the verbs of being, having and saying (``_NO_OWN_VERB``). "every N" is how often it is done,
    "after N" how long after something: each its own direction, so that a span of doing a thing
    never meets how often or how late it is done."""
    governed = _OWN_GOVERNED_RE.search(before)
    how = governed.group("how").lower() if governed else ""
    if _EVERY_RE.match(figure):
        how = "every"  # the figure holds it: "at least every 3 months"
    if not how and not direction:
        return None
    if how in ("every", "after"):
        if direction:
            return None  # "after 5 minutes before ...": two readings
        direction = how
    words = list(_WORD_RE.finditer(before))
    for match in reversed(words[-_REACH:]):
        word = match.group().lower().replace("’", "'")
        if word in _OWN_STOP:
            return None
        if word in _NO_OBJECT or word.endswith("ly") or word in _OWN_GOVERNING:
            continue
        base = verb_base(word)
        tail = before[match.end() :]
        renewed = _RENEWED_RE.match(tail)
        if base in _RENEWING and renewed:
            # "get a new spacer every six months": to replace it.
            base, tail = "replace", tail[renewed.end() :]
        if not base or base in _NO_OWN_VERB:
            continue
        if _OWN_NOUN_BEFORE_RE.search(before[: match.start()]):
            return None  # "at work", "your rest": a noun
        if word != base and _told_as_past(word, before[: match.start()]):
            return None  # "The meeting ran for 2 hours": what happened once
        if word.endswith("s") and not _WORD_RE.search(before[: match.start()]):
            return None  # "Uploads time out after 30 seconds": a verb in -s has a subject
        objects = _objects(re.split(r"\b(?:for|to|in|on|within|at|every|after)\b", tail)[0])
        passive = bool(_BE & {w.lower() for w in _WORD_RE.findall(before[: match.start()])[-2:]})
        if not objects and (passive or word.endswith("s")):
            # "The dressing is changed every 3 days", "An aura normally runs for two hours": what
            # is done is said before the verb (an instruction has no subject: "pull your toes
            # back and hold for 15 seconds" holds no toes).
            objects = _subject_before(before[: match.start()])
        return Activity(OWN + base, objects, direction)
    return None


def _tried(before: str, figure: str, after: str) -> Activity | None:
    """How long to try a treatment before judging it (``TRY``): "give it six weeks", "give a
    preventive medicine at least 8 to 12 weeks ... before deciding whether it works", "Keep going
    for 12 weeks before deciding the treatment has failed", "if a preventive hasn't made a
    difference within two weeks". What is given the time is the object ("a preventive"); "give it
    30 minutes before bedtime" (a time to give a dose) and "give your ears 18 hours of quiet" (a
    rest) are not trials."""
    judged = bool(_JUDGED_RE.match(after))
    if not judged and re.match(r"\s*(?:before|after|later|earlier)\b", after, re.I):
        return None
    given = _GIVEN_RE.search(before)
    if given and not re.match(r"\s*of\b", after):
        return Activity(TRY, _objects(given.group("object")), "")
    # The figure may hold its preposition: "within two weeks".
    lead = re.match(r"(?:after|within|by|in)\s+", figure, re.I)
    unchanged = _UNCHANGED_RE.search(before + (lead.group(0) if lead else ""))
    if unchanged:
        return Activity(TRY, _objects(unchanged.group("object")), "")
    if judged and _KEPT_GOING_RE.search(before):
        return Activity(TRY, frozenset(), "")
    return None


def _told_as_past(word: str, before: str) -> bool:
    """Whether a verb's form tells what happened once: a past tense ("ran", "raised") or a
    passive after "was", "were", "been" ("was raised"); not a present passive ("is repeated")."""
    if word not in IRREGULAR_PAST and not word.endswith("ed"):
        return False
    said = [w.lower() for w in _WORD_RE.findall(before)[-2:]]
    return not (_PRESENT_BE & set(said))


def _kept_away(before: str, after: str) -> Activity | None:
    """The distance one is told to keep from a thing: "Stay at least 100 metres away from the
    whale", "keep 50 metres back from the water's edge" (a verb of staying in its base form, an
    instruction or what one is asked or must do, right before the distance, "away", "back" or
    "clear" after it; "The house stands 200 metres away" says where a thing is). What it is kept
    from is left out: a scene is named in many ways (the whale, the water's edge); who keeps it,
    said between the verb and the figure ("keep your dog 10 metres back"), is its object."""
    if not _AWAY_RE.match(after):
        return None
    kept = _KEEP_RE.search(before)
    if kept is None:
        return None
    return Activity(AWAY, _objects(kept.group("who")), "")


def _done(gerund: str, rest: str) -> Activity | None:
    """The activity of "before telling the regulator" (``gerund`` and the words after it), when
    the verb is one of a class that says what is done to an object (not waiting again)."""
    for name, pattern in _VERBS:
        if name not in _DONE_LATE or not pattern.fullmatch(gerund):
            continue
        named = re.split(r"[,(]|\b(?:for|to|in|on|within|at|about|of|that)\b", rest)[0]
        objects = _objects(named)
        return Activity(name, objects, "") if objects else None
    return None


def same_activity(a: Activity, b: Activity) -> bool:
    """Whether two durations measure one activity: one verb class (or one of them ``ANY``), one
    direction, and one object named as fully or more by either (or left unsaid by one)."""
    if a.direction != b.direction:
        return False
    if a.verb != b.verb and ANY not in (a.verb, b.verb):
        return False
    if RECENT in (a.verb, b.verb) and a.verb != b.verb:
        return False
    if not a.objects and not b.objects and (a.verb.startswith(OWN) or b.verb.startswith(OWN)):
        # A verb no class names says what is done only with its object: "drink every 15 minutes"
        # and "drink 100 mL every 20 minutes" may be a runner's and a child's.
        return False
    if not a.objects and not b.objects:
        # What a person does needs no object ("Fast for 8 hours", "stay in for five minutes");
        # a program's waits do ("The first retry waits 2 seconds", "waits up to 30 seconds to
        # acquire a lock"), unless before or after a thing.
        return a.verb == b.verb and (a.verb in _PERSONAL or bool(a.direction))
    if AWAY in (a.verb, b.verb):
        # "keep your dog 10 metres back" and "stay 100 metres away": two who keep away.
        return a.verb == b.verb and a.objects == b.objects
    if not a.objects or not b.objects:
        return a.verb == b.verb and a.verb not in (ANY, RECENT, "limit")
    return a.objects <= b.objects or b.objects <= a.objects

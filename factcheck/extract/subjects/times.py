"""What a time of day times: the event of its clause ("counting began at 22:00" times the count's
start, "polls closed at 9pm" the polls' close, "take it before 10 am" taking it).

An event is a thing and an action: the action a verb of a class of synonyms (start: begin,
start, commence, kick off; close: close, shut; ...), the thing the first word of the noun
phrase before the verb, stemmed ("Polling stations closed", "Polls were open": ``poll``;
"Counting began", "the count began": ``count``). Two documents' times of one event share a
subject; different events never do ("polls opened at 7am" is no "polls closed at 10pm").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import snowballstemmer

from factcheck.extract.ids import slug
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.propose import Proposal

_STEMMER = snowballstemmer.stemmer("english")

_ACTION_WORDS = {
    "open": "open opens opened opening reopen reopens reopened reopening staffed manned "
    "attended available answered",
    "close": "close closes closed closing shut shuts shutting",
    "start": "start starts started starting begin begins began begun beginning commence "
    "commences commenced commencing kick kicks kicked kickoff underway effective",
    "end": "end ends ended ending finish finishes finished finishing conclude concludes "
    "concluded concluding",
    "leave": "leave leaves left leaving depart departs departed departing departure castoff "
    "sail sails sailed",
    "ground": "aground grounded",
    "arrive": "arrive arrives arrived arriving arrival",
    "return": "return returns returned returning",
    "announce": "declare declares declared declaring announce announces announced announcing "
    "confirm confirms confirmed confirming",
    "concede": "concede concedes conceded conceding",
    "take": "take takes took taken taking",
    "apply": "apply applies applied applying",
    "eat": "eat eats ate eaten eating",
    "drink": "drink drinks drank drunk drinking",
    "wake": "wake wakes woke woken waking wake-up wakeup getup",
    "sleep": "asleep",
    "bedtime": "bed bedtime bedtimes",
    "serve": "serve serves served serving",
    "run": "run runs ran running operate operates operated operating scheduled written "
    "performed executed triggered fires fired happens happen occurs occur",
    "hold": "held hold holds holding",
    "publish": "publish publishes published publishing release releases released releasing",
    "strike": "strike strikes struck hit hits",
    "due": "due deadline deadlines",
    "collect": "collect collects collected collecting collection pickup",
    "deliver": "deliver delivers delivered delivering delivery",
}
ACTIONS = {word: action for action, forms in _ACTION_WORDS.items() for word in forms.split()}
"""Each verb form's action: "began" is ``start``, "shut" ``close``."""
#: Opening is starting and closing is ending: "polls opened at 7am", "voting started at 07:00";
#: an event named at its time ("the briefing at 10:00", action ``on``) starts then.
_PHASES = {"open": "start", "close": "end", "on": "start"}
#: Stems of things that name one thing, by the thing's key (general English: a poll and a
#: vote, a shop and a store, a dose and a tablet).
_THING_WORDS = {
    "poll": "poll vote ballot",
    "count": "count talli",
    "shop": "shop store",
    # A venue and its parts: the doors, gates, entrance or building of a museum open when it does.
    "venue": "venu door gate entranc build site premis museum galleri librari zoo aquarium "
    "castl theatr cinema attract park garden",
    "match": "match game kickoff kick-off",
    "dose": "dose tablet pill capsul medicin medic",
    "flight": "flight plane",
    "show": "show perform concert gig",
    "train": "train servic",
    "ship": "ship vessel boat freighter tanker liner",
    "backup": "backup snapshot dump",
    "line": "line helplin hotlin phonelin",
    "job": "job task",
    # Industrial action: "the stoppage started at 06:00", "the walkout started at 5am".
    "strike": "strike stoppag walkout",
    # A ban is a restriction: "the hosepipe ban comes into force", "the restrictions take effect".
    "ban": "ban restrict prohibit",
}
#: Stems of scheduled jobs of software and operations, whose time is when they run, said as
#: running or as starting alike ("the backup runs nightly at 02:30", "the scheduled backup
#: starts at 3:00 AM"); general English of admin guides, not one program's words.
_JOB_WORDS = (
    "backup snapshot dump job task cron cronjob cleanup sync synchronisation synchronization "
    "scan export import rotation compaction vacuum prune purge reindex refresh renewal "
    "digest report check update"  # not "build": its stem is a building's
)
_THINGS = {stem: key for key, stems in _THING_WORDS.items() for stem in stems.split()}
_JOBS = frozenset({_THINGS.get(s, s) for s in map(_STEMMER.stemWord, _JOB_WORDS.split())})
#: A person's routine: whose it is (pupils, teenagers, "you") is a population, not the event.
_ROUTINES = frozenset({"bedtime", "sleep", "wake"})
#: Verbs that carry no event: "was", "will be", "has".
_AUXILIARIES = word_set(
    "was were is are be been being will would has have had did does do can could should must "
    "may might not also then usually normally typically generally always often still only "
    "just already finally officially"
)
_FUNCTION = word_set(
    "the a an of in on at to for with and or but that which who its their his her our your my "
    "this these those it they we you he she i by from as into than then so any all some each "
    "every no there here until till before after around about between since per local time "
    "shortly roughly approximately nearly almost later earlier than up"
)
#: Order and kind words that begin a noun phrase without naming its thing ("the final result").
_ORDER = word_set(
    "final first last new main full official latest next early late free daily nightly weekly "
    "hourly regular usual normal scheduled automatic automated public local national"
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d:.]*|[,;:()\[\]—–|·•*]")
_MAX_REACH = 10
_CHARS_REACH = 160
_POSSESSIVE_RE = re.compile(r"['’]s?\Z")
_PHRASES_RE = re.compile(
    r"\b(under)[ \t\u00a0]+(way)\b|\b(kick(?:s|ed)?)[ \t\u00a0]+off\b"
    r"|\b(?:get|gets|got|getting|be|is|are|was|were|being)[ \t\u00a0]+(up)\b(?![ \t\u00a0]+to\b)"
    r"|\b(?:take|takes|took|taken|taking)[ \t\u00a0]+(place)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Event:
    """What a time of day times."""

    thing: str
    """Stem of the thing the event happens to ("poll", "count"), or "", after the word that
    tells it from others of its kind ("last train", "eastbound carriageway")."""
    action: str
    """The action's class ("start", "close"), or ""."""
    words: tuple[str, ...]
    """The words as written that name it ("Counting began")."""

    @property
    def key(self) -> str:
        """``count-start``, ``poll-end`` ("polls closed", "voting ended"); "" when neither is
        known. A thing's synonyms are one thing, and opening is starting, closing ending."""
        which, _, stem = self.thing.rpartition(" ")
        thing = _THINGS.get(stem, stem)
        phase = _PHASES.get(self.action, self.action)
        if stem in _EVENT_NOUNS and self.action in ("run", "hold"):
            phase = "start"  # "the maintenance takes place at 2am", "the vigil is held at 8pm"
        elif thing in _JOBS and self.action in ("start", "on"):
            phase = "run"  # a scheduled job runs when it starts: "the backup starts at 3:00 AM"
        return "-".join(p for p in (which, thing, phase) if p)


def _tokens(text: str) -> list[str]:
    """Words, numbers and clause marks; "under way", "kicked off" and "comes into force" as one
    word each."""
    text = _EFFECT_RE.sub("effective", text)
    return _WORD_RE.findall(_VOYAGES_RE.sub(_voyage, _PHRASES_RE.sub(_phrase, text)))


#: A rule's or a law's start in words: "comes into force", "came into effect", "takes effect"
#: (not a dose taken: "take it at 9pm").
_EFFECT_RE = re.compile(
    r"\b(?:(?:come|comes|came|coming)[ \t\u00a0]+into[ \t\u00a0]+(?:force|effect)"
    r"|(?:take|takes|took|taken|taking)[ \t\u00a0]+effect)\b",
    re.IGNORECASE,
)


#: A vessel's departure and grounding in words: "cast off", "set sail", "ran aground".
_VOYAGES_RE = re.compile(
    r"\b(?P<leave>(?:cast|casts|casting|set|sets|setting)[ \t\u00a0]+(?:off|sail))\b"
    r"|\b(?P<ground>(?:run|runs|ran|running|went|go|goes|gone|going)[ \t\u00a0]+aground)\b",
    re.IGNORECASE,
)


def _voyage(match: re.Match[str]) -> str:
    """One word for a vessel's phrasal verb: "castoff" (leaving), "aground" (grounding)."""
    return "castoff" if match["leave"] else "aground"


def _phrase(match: re.Match[str]) -> str:
    """One word for a phrasal verb: "underway", "kicked", "getup" (out of bed)."""
    if match.group(4) is not None:
        return "getup"
    if match.group(5) is not None:
        return "happens"  # "takes place"
    return "".join(g or "" for g in match.groups())


def event_of(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> Event:
    """The event the time at ``span`` times, read from its clause in ``sentence``: the nearest
    action before it (else right after it) and the thing before that action (else between the
    action and the time: "take melatonin at 9 pm")."""
    # A few words either side are read, never a long sentence per time (quadratic).
    start = max(sentence[0], span[0] - _CHARS_REACH)
    backwards = _tokens(text[start : span[0]])[::-1]
    before = _clause_words(backwards)[::-1][-_MAX_REACH:]
    following = _tokens(text[span[1] : min(sentence[1], span[1] + _CHARS_REACH)])
    if all(w.lower() in _FUNCTION for w in before) and following[:1] == [","]:
        following = following[1:]  # "At 9pm, polls closed."
    after = _clause_words(following)[:_MAX_REACH]
    lowered = [w.lower().strip("'’") for w in before]
    at = next((i for i in range(len(lowered) - 1, -1, -1) if lowered[i] in ACTIONS), None)
    if at is not None:
        action = ACTIONS[lowered[at]]
        if action in _ROUTINES:
            return Event("", action, (before[at],))
        thing, named = _thing(before[:at])
        taken = _taken_object(action, before[at + 1 :])
        if taken[0]:
            # "Quillmart took its website offline at 6am": the website is taken, Quillmart
            # takes it; "we took the website offline at 04:40" is the same event.
            thing, named = taken
        if not thing:
            # "the Radon Helpline, which is staffed from 9am": the noun the clause is about.
            thing, named = _thing(_antecedent(backwards, len(before)))
        if not thing:
            thing, named = _thing_after(_object(action, before[at + 1 :]))
        if not thing:
            # "The count took 3 hours and began at 22:00": the sentence's subject.
            opening = _tokens(text[sentence[0] : min(span[0], sentence[0] + _CHARS_REACH)])
            thing, named = _thing_after(_clause_words(opening), named=True)
        return Event(thing, action, (*named, before[at]))
    low_after = [w.lower() for w in after]
    at = next((i for i, w in enumerate(low_after) if w in ACTIONS), None)
    if at is not None:
        action = ACTIONS[low_after[at]]
        thing, named = _thing(after[:at])
        return Event(thing, action, (*named, after[at]))
    if len(before) <= 1 and not any(w.lower() in ACTIONS for w in after):
        # A reference's entry: "... at which the daily snapshot is written. Default: 03:00."
        told = _told_before(text, start if before else span[0], sentence)
        if told is not None:
            return told
    thing, named = _thing(before)
    if thing in _EVENT_NOUNS:
        # "a short maintenance every Sunday at 3am", "the briefing at 10:00": it begins then.
        return Event(thing, "on", named)
    return Event(thing, "", named)


#: Stems of events named without a verb, which happen at their time ("the press briefing at
#: 10:00", "a maintenance window from 02:00 to 03:00"): general English of news, services,
#: schools, sport and software operations.
_EVENT_NOUNS = frozenset(
    _STEMMER.stemWord(w)
    for w in word_set(
        "maintenance outage downtime meeting briefing bulletin conference ceremony parade "
        "match game kickoff kick-off concert performance gig screening session class lesson "
        "lecture talk webinar appointment tour breakfast lunch dinner supper mass assembly "
        "rehearsal training workout rally protest march vigil auction launch deployment "
        "upgrade migration hearing debate speech fireworks procession reboot restart "
        "shutdown standup stand-up"
    )
)


_RELATIVE = frozenset({"which", "who", "that"})
_DEFAULT_WORDS = frozenset({"default", "defaults", "default:"})


def _antecedent(backwards: list[str], kept: int) -> list[str]:
    """The words before ", which" (``backwards`` the tokens running away from the time, the
    first ``kept`` of them the clause's): the noun phrase a relative clause is about."""
    rest = backwards[kept:]
    if len(rest) >= 2 and rest[0].lower() in _RELATIVE and rest[1] == ",":
        return _clause_words(rest[2:])[::-1]
    return []


def _told_before(text: str, at: int, sentence: tuple[int, int]) -> Event | None:
    """The event of a bare default ("Default: 03:00") read from the sentence before it, when
    that one names an action ("Time of day at which the daily snapshot is written.")."""
    said = text[sentence[0] : at].strip(" \t\n\"'`").lower().rstrip(":")
    if said not in ("", "default", "defaults to", "default value", "by default"):
        return None
    stop = sentence[0]
    while stop > 0 and text[stop - 1] in " .\t\n\u00a0":
        stop -= 1
    begin = max(text.rfind(".", max(0, stop - _CHARS_REACH), stop), stop - _CHARS_REACH) + 1
    words = [w for w in _tokens(text[begin:stop]) if not w[:1].isdigit()]
    lowered = [w.lower() for w in words]
    at_action = next((i for i in range(len(words) - 1, -1, -1) if lowered[i] in ACTIONS), None)
    if at_action is None:
        return _time_for(text[max(begin, text.rfind("\n", 0, stop) + 1) : stop])
    if ACTIONS[lowered[at_action]] in _ROUTINES:
        return None
    clause = _clause_words(words[:at_action][::-1])[::-1]
    thing, named = _thing(clause)
    if not thing:
        return None
    return Event(thing, ACTIONS[lowered[at_action]], (*named, words[at_action]))


#: A reference entry's description that names what its time is for, with no verb: "Time of
#: day for the nightly cleanup of old history and temp files", "Hour at which backups run".
_TIME_FOR_RE = re.compile(
    r"^\W*(?:the\s+)?(?:time|hour)(?:\s+of\s+(?:the\s+)?day)?\s+(?:for|of)\s+(?P<np>[^.;:]+)",
    re.IGNORECASE,
)


def _time_for(description: str) -> Event | None:
    """The event of an entry's time told as what it is for ("Time of day for the nightly cleanup
    of old history and temp files. Default: "03:30"."): the job named runs then, as "The
    nightly cleanup runs at 4:30 am" says (``cleanup``, ``run``)."""
    match = _TIME_FOR_RE.match(description)
    if match is None:
        return None
    phrase = []
    for word in _tokens(match["np"]):
        if word.lower() in _PREPOSITIONS or word.lower() in ("and", "or") or word[:1].isdigit():
            break
        phrase.append(word)
    thing, named = _thing(phrase)
    return Event(thing, "run", named) if thing else None


def _clause_words(tokens: list[str]) -> list[str]:
    """The words up to the first clause break (``tokens`` run away from the time)."""
    kept = []
    for token in tokens:
        if token in ",;:()[]—–|·•*" or token.lower() in ("and", "but", "while", "when", "which"):
            break
        if token[:1].isdigit():
            continue
        kept.append(token)
    return kept


def _thing(words: list[str]) -> tuple[str, tuple[str, ...]]:
    """The thing a noun phrase right before a verb names: its head, stemmed ("the cable-stayed
    bridge over the Velde River": ``bridg``; "a short maintenance every Sunday": ``mainten``),
    a compound's first word where its head is a generic one ("Polling stations", "the
    maintenance window")."""
    at = len(words)
    while at and (
        words[at - 1].lower() in _AUXILIARIES | _TIME_PREPOSITIONS or _skipped(words, at - 1)
    ):
        at -= 1  # "The weekly standup is at 9:30"
    phrase, at = _phrase_before(words, at)
    # "the bridge over the river", "polls in the north": the head is before the preposition.
    for _ in range(2):
        back = at
        while back and words[back - 1].lower() in _DETERMINERS:
            back -= 1
        if not back or words[back - 1].lower() not in _PREPOSITIONS:
            break
        if words[back - 1].lower() == "of" and _quantity(words, back - 1):
            break  # "most of the shops": the shops
        outer, before = _phrase_before(words, back - 1)
        if not outer or _STEMMER.stemWord(outer[-1].lower()) in _ACTIVITIES:
            break  # "Work on the tunnel began": the tunnel's
        phrase, at = outer, before
    # "The shop's sale": the possessor is not the thing.
    content = [w for w in phrase if w.lower() not in _ORDER and not _POSSESSIVE_RE.search(w)]
    content = content or [w for w in phrase if w.lower() not in _ORDER]
    content = [w for w in content if not _adverb(w)] or content
    if not content:
        return "", tuple(phrase)
    # "the last train", "the eastbound carriageway": the word that tells it from others.
    which = next((w.lower() for w in phrase[:-1] if w.lower() in _WHICH), "")
    which = f"{which} " if which else ""
    stems = [_STEMMER.stemWord(w.lower().strip("'’")) for w in content]
    if any(stem in _THINGS and _THINGS[stem] != "venue" for stem in stems[:-1]):
        # "Polling stations", "the vote count": a known thing in the compound names it.
        known = next(stem for stem in stems if stem in _THINGS and _THINGS[stem] != "venue")
        return which + known, tuple(phrase)
    head = len(stems) - 1
    while head and stems[head] in _GENERIC_HEADS:
        head -= 1  # "the maintenance window", "the booking slot"
    return which + stems[head], tuple(phrase)


#: Words before a head that tell one of a kind from another: the first and the last train, the
#: morning and the evening surgery, the eastbound and the westbound carriageway.
_WHICH = word_set(
    "first last second third morning afternoon evening night overnight early late "
    "northbound southbound eastbound westbound inbound outbound upstream downstream upper lower "
    "north south east west northern southern eastern western"
)


#: Heads that name no thing of their own: "the maintenance window" is the maintenance's.
_GENERIC_HEADS = frozenset(
    _STEMMER.stemWord(w)
    for w in word_set(
        "window windows slot slots period station stations job jobs task tasks service hours "
        "time times"
    )
)
#: Work done on a thing, whose time is the thing's: "work on the tunnel", "repairs to the pier".
_ACTIVITIES = frozenset(
    _STEMMER.stemWord(w)
    for w in word_set(
        "work works construction building repair repairs demolition renovation refurbishment "
        "installation rebuilding inspection inspections"
    )
)
_TIME_PREPOSITIONS = word_set("at by around about from until till")
_DETERMINERS = word_set("the a an this that these those its their his her our your my")
_PREPOSITIONS = word_set(
    "of over across in on at near along under beside through into around outside inside "
    "within behind between from to"
)
_QUANTITIES = word_set(
    "most many some half all none one two three several rest majority number bulk each any few"
)
#: Words of days and times a noun phrase can end with ("a maintenance every Sunday").
_DAY_WORDS = re.compile(
    rf"(?:{_DAY}s?|weekdays?|weekends?|daily|nightly|every|each|morning|evening|night|today"
    r"|tonight|tomorrow|now|soon|currently|again|temporarily)\Z",
    re.IGNORECASE,
)
#: -ly words that are nouns, not adverbs ("the supply", "the rally").
_LY_NOUNS = word_set("supply family assembly rally reply anomaly july italy ally monopoly fly")


def _skipped(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a day or time word a phrase may end with ("every Sunday")."""
    return bool(_DAY_WORDS.match(words[at])) or _adverb(words[at])


def _adverb(word: str) -> bool:
    """Whether ``word`` is an adverb of manner or time ("now", "temporarily")."""
    low = word.lower()
    if _DAY_WORDS.match(low) and low not in ("morning", "evening", "night"):
        return True
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def _quantity(words: list[str], at: int) -> bool:
    """Whether the word before ``of`` at ``at`` counts the thing after it ("most of")."""
    return at > 0 and words[at - 1].lower() in _QUANTITIES


def _phrase_before(words: list[str], at: int) -> tuple[list[str], int]:
    """The up to three content words before ``at`` (days and adverbs skipped), and where they
    begin."""
    phrase: list[str] = []
    while at and len(phrase) < 3:
        word = words[at - 1]
        if word.lower() in _FUNCTION | _AUXILIARIES:
            if word.lower() in ("every", "each") and not phrase:
                at -= 1
                continue
            break
        if not (_adverb(word) or (not phrase and _skipped(words, at - 1))):
            phrase.insert(0, word)
        at -= 1
    return phrase, at


def _thing_after(words: list[str], named: bool = False) -> tuple[str, tuple[str, ...]]:
    """The object between a verb and its time ("take melatonin at 9 pm"); with ``named``, a
    sentence's subject, whose name's last word is its head ("The Aldersund Bridge": ``bridg``)."""
    content = [
        w for w in words if w.lower() not in _FUNCTION | _AUXILIARIES | _ORDER and w not in ACTIONS
    ]
    if not content:
        return "", ()
    first = 0
    if named and content[0][:1].isupper():
        # A proper name before a common head is no thing: "The Calderbridge Maritime Museum".
        run = 1
        while run < len(content) and content[run][:1].isupper() and run < 4:
            run += 1
        if run > 1 and words.index(content[run - 1]) - words.index(content[0]) == run - 1:
            first = run - 1
    word = content[first]
    return _STEMMER.stemWord(word.lower().strip("'’")), (word,)


#: Actions done to a thing by someone, whose object (not their subject, who does it) is the
#: thing: "Quillmart took its website offline", "the council published the report", "we ran
#: the backup", "the firm closed its offices". Not leaving, arriving or returning (their object
#: is a place), striking (a storm strikes a coast), a routine or a deadline.
_TRANSITIVE = frozenset(
    {"take", "apply", "eat", "drink", "serve", "publish", "collect", "deliver", "run", "start",
     "end", "open", "close", "announce", "hold"}
)  # fmt: skip
#: Words that open an object's noun phrase right after its verb ("took its website").
_OBJECT_OPENERS = word_set("the a an these those its their his her our your my")


def _taken_object(action: str, words: list[str]) -> tuple[str, tuple[str, ...]]:
    """The thing a transitive action is done to, when its object follows the verb opened by a
    determiner or possessive ("took its website offline": ``websit``), else ""; never a venue's
    doors or gates ("the museum opens its doors": the museum's opening)."""
    if action not in _TRANSITIVE or not words or words[0].lower() not in _OBJECT_OPENERS:
        return "", ()
    said = _object(action, words)
    thing, named = _thing_after(said)
    if not thing or _THINGS.get(thing) == "venue" or _adverb(named[0] if named else ""):
        return "", ()
    # "served the first meals", "ran the last backup": the word that tells it from others.
    which = next((w.lower() for w in said[: said.index(named[0])] if w.lower() in _WHICH), "")
    return f"{which} {thing}" if which else thing, named


#: Who may use what opens or closes, not what does: "closed to traffic", "open to the public".
_USERS_AFTER = frozenset({"to", "for"})


def _object(action: str, words: list[str]) -> list[str]:
    """The words after an action that may name its thing: after opening or closing, none from
    "to" or "for" on ("was closed to traffic at 06:00", "opens to visitors at 10")."""
    if action not in ("open", "close"):
        return words
    cut = next((i for i, w in enumerate(words) if w.lower() in _USERS_AFTER), len(words))
    return words[:cut]


#: Days a time recurs on, a case of its own: "on Saturdays", "every Sunday", "Monday to Friday",
#: "weekdays", "at weekends", "on school nights", "bank holidays", a listing's "Saturday, 9 am
#: to 12 noon". A single day ("began at 22:00 on Sunday") dates one event and is no case.
_DAYS_RE = re.compile(
    rf"\b(?P<span>{_DAY}s?[ \t\u00a0]*(?:-|–|to|through|until)[ \t\u00a0]*{_DAY}s?)\b"
    rf"|\b(?:every|each)[ \t\u00a0]+(?P<every>{_DAY}|weekday|weekend|night|morning|evening)\b"
    rf"|\b(?P<plural>{_DAY}s|weekdays?|weekends?|week[ \t\u00a0]?nights|school[ \t\u00a0]"
    r"(?:nights?|days?)|(?:bank|public|school)[ \t\u00a0]+holidays?|holidays)\b"
    rf"|\b(?P<listed>{_DAY})(?=[ \t\u00a0]*[,:][ \t\u00a0]*(?:\d|\Z))",
    re.IGNORECASE,
)
_DAYS_REACH = 60


def days_of(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The days the time at ``span`` recurs on (``saturdays``, ``monday-friday``,
    ``school nights``), nearest before it in its sentence, else after it up to a semicolon; ""
    when it names none."""
    before = text[max(sentence[0], span[0] - _DAYS_REACH) : span[0]]
    found = list(_DAYS_RE.finditer(before))
    if not found:
        after = text[span[1] : min(sentence[1], span[1] + _DAYS_REACH)]
        after = re.split(r"[;\n]|\d", after, maxsplit=1)[0]
        found = list(_DAYS_RE.finditer(after))[:1]
    if not found:
        return ""
    match = found[-1]
    said = next(g for g in match.groups() if g)
    said = re.sub(r"[ \t\u00a0]*(?:-|–|to|through|until)[ \t\u00a0]*", "-", said.lower())
    said = " ".join(said.split())
    singular = {"weekday": "weekdays", "weekend": "weekends", "holiday": "holidays"}
    if match["listed"] or match["every"]:
        said = singular.get(said, said if said.endswith("s") else said + "s")
    return singular.get(said, said)


TIME_FAMILY = "time_of_day|"
"""How the family of every time of day begins (``time_of_day|count-start|False``)."""
UNREAD = "~"
"""Begins the event of a time's family when its clause names neither a thing nor an action ("At
11:00 the town's mayor cut the ribbon", a reference's bare "03:30":
``time_of_day|~when-town-s-mayor-time|False``): it may time any family's event."""


def unread_event(family: str) -> bool:
    """Whether ``family`` is a time's whose clause names no event (see ``UNREAD``)."""
    return family.startswith(TIME_FAMILY + UNREAD)


#: Actions whose range is a span of opening: "open from 07:00 to 21:00" opens at 07:00 and
#: closes at 21:00, as another page's "closed at 9pm" says.
_SPANS = frozenset({"open", "run", "serve", "on"})
_HOURS_WORDS = frozenset({"hours", "opening", "open", "window", "slot"})


def splits(event: Event) -> bool:
    """Whether a range timing ``event`` is an opening and a closing time."""
    return event.action in _SPANS or bool(_HOURS_WORDS & {w.lower() for w in event.words})


def ended(event: Event, end: str) -> Event:
    """The event of one end of a split range: its opening (``start``) or closing (``end``)."""
    named = tuple(w for w in event.words if w.lower() not in ACTIONS)
    if end == "start":
        return Event(event.thing, "open", (*named, "open"))
    return Event(event.thing, "close", (*named, "close"))


def time_proposal(proposal: Proposal, event: Event, days: str = "") -> Proposal:
    """``proposal`` (made for the time as for any figure: its contexts, arm, population) as a
    time of day's: its subject the event it times, in a family of its own per event, pooled
    across documents when the clause names an action; never a setting or a limit."""
    key = event.key
    parts = ["when", key] if key else ["when", *proposal.terms[-2:], "time"]
    subject_id = slug("-".join(p for p in parts if p))
    said = " ".join(event.words).lower()
    label = f"Time of day: {said}" if said else "Time of day"
    arm = "placebo" in proposal.terms
    context = {**proposal.context, "days": days} if days else proposal.context
    if key.endswith("-start") and context.get("phase") == "starting":
        # "a stoppage starting at 06:00": the start word says which event is timed (its
        # start), not a starting phase apart from another page's "the walkout started at 5am".
        context = {k: v for k, v in context.items() if k != "phase"}
    return replace(
        proposal,
        context=context,
        id=subject_id,
        label=label,
        terms=tuple(p for p in (event.thing, event.action) if p) or proposal.terms,
        family=f"{TIME_FAMILY}{key or UNREAD + subject_id}|{arm}",
        role="",
        shape="",
        pooled=bool(event.action) and event.action not in _ROUTINES,
        setting="",
        bound_is_value=False,
        setting_in_words=False,
    )


DAY_SUBJECT = "day-{}"
"""The subject of the day an event happens on (``day-campsit-start``): a label, the day's name."""
#: A single day an event is said to happen on: "on Friday", "on Friday morning", "on the
#: afternoon of Friday 27 November", "at noon on Thursday 23 July"; not a recurring day ("on
#: Fridays") nor one of several ("on Friday or Saturday", "on Friday to Sunday").
_ON_DAY_RE = re.compile(
    r"\bon[ \t\u00a0]+(?:the[ \t\u00a0]+(?:morning|afternoon|evening|night)[ \t\u00a0]+of"
    rf"[ \t\u00a0]+)?(?P<day>{_DAY})\b(?!['’]?s\b)"
    rf"(?![ \t\u00a0]*(?:[,/&][ \t\u00a0]*{_DAY}|-|–|—|to\b|through\b|until\b|till\b|and\b"
    r"|or\b|&|/))",
    re.IGNORECASE,
)
#: A sentence that says what may or might happen, or under a condition: no day an event has.
_UNSURE_RE = re.compile(
    r"\b(?:if|unless|whether|(?-i:may)|might|could|would|should|expect(?:s|ed)?|likely|possibly"
    r"|perhaps|plans?|planned|hopes?|hoped|permitting|usually|normally|typically|often"
    r"|sometimes|always|never)\b",
    re.IGNORECASE,
)


#: Stems of words of a time, which name no thing an event happens to.
_TIME_WORDS = frozenset(
    _STEMMER.stemWord(w)
    for w in word_set(
        "noon midday midnight morning afternoon evening night dawn dusk lunchtime am pm "
        "o'clock day today tonight week weekend"
    )
)


_DAY_NAME_RE = re.compile(rf"\b{_DAY}\b", re.IGNORECASE)
#: Stems of a page's date line's verbs ("Published on Monday", "Updated on Friday").
_DATELINE_STEMS = frozenset(
    _STEMMER.stemWord(w)
    for w in word_set("published updated posted released modified edited revised")
)


@dataclass(frozen=True)
class EventDay:
    """A day an event is said to happen on."""

    span: tuple[int, int]
    """[start, end) of the words that say it ("on Friday morning")."""
    day: str
    """The day's name in lower case (``friday``)."""
    event: Event
    """The event it dates (``campsit-start``)."""


def event_days(
    text: str, sentence_of: Callable[[tuple[int, int]], tuple[int, int]]
) -> list[EventDay]:
    """The days ``text`` says its events happen on, one per event: the day after "on" that
    dates a thing's action ("The campsites opened on Friday morning", "Campsites opened at noon
    on Thursday 23 July"), read in its sentence (``sentence_of`` a span). A sentence that
    names recurring days ("on Saturdays", "every Friday"), a condition or a chance says none; an
    event a document dates on two different days is a recurring or multi-day one: none."""
    found: list[EventDay] = []
    for match in _ON_DAY_RE.finditer(text):
        sentence = sentence_of(match.span())
        said = text[sentence[0] : sentence[1]]
        if _UNSURE_RE.search(said) or _DAYS_RE.search(said):
            continue
        if _other_day(text, match, sentence):
            continue  # "opened on Friday at 10:00 and on Saturday at 9:00": a day each
        event = event_of(text, match.span(), sentence)
        if not event.thing or event.action in _ROUTINES or event.action in ("", "on"):
            continue
        if event.thing in _TIME_WORDS or event.thing[:1].isdigit():
            continue  # "closed at midday on Monday": the time, not the thing that closed
        if event.thing in _DATELINE_STEMS:
            continue  # "Published on Monday 2 March": a page's date line, no event's thing
        found.append(EventDay(match.span(), match["day"].lower(), event))
    days: dict[str, set[str]] = {}
    for dated in found:
        days.setdefault(dated.event.key, set()).add(dated.day)
    return [d for d in found if len(days[d.event.key]) == 1]


_CLAUSE_MARK_RE = re.compile(r"[;()\[\]—–]|[,:](?!\d)")


def _other_day(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """Whether the clause of the day ``match`` reads (up to a comma, colon, bracket or dash)
    names another day: the event is then on several days."""
    start = max(
        (m.end() for m in _CLAUSE_MARK_RE.finditer(text, sentence[0], match.start())),
        default=sentence[0],
    )
    mark = _CLAUSE_MARK_RE.search(text, match.end(), sentence[1])
    end = mark.start() if mark else sentence[1]
    named = {d.lower() for d in _DAY_NAME_RE.findall(text, start, end)}
    return len(named) > 1


def day_proposal(event: Event) -> Proposal:
    """The subject of the day ``event`` happens on: one per event in every document, a label."""
    said = " ".join(event.words).lower()
    return Proposal(
        DAY_SUBJECT.format(event.key),
        f"Day: {said}" if said else "Day",
        ("day", *(p for p in (event.thing, event.action) if p)),
        pooled=True,
    )

"""What a piece of advice for or against an action is about: the key words its action is matched
on (``extract.polarity``, ``grouping.actions``) and the label of its subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.mentions.lexicon import IRREGULAR_PAST, word_set
from factcheck.extract.subjects.propose import stem

#: Verbs that say little about which action on their own: "use sunscreen" is about sunscreen.
_VAGUE_VERBS = word_set(
    "use uses using used take takes taking taken put puts putting make makes making get gets "
    "getting do does doing done go goes going keep keeps keeping kept run runs running try tries "
    "trying give gives giving have has having be is are was were been let lets can could may "
    "might should must will would need needs jump jumps hop hops attempt attempts attempting"
)
#: The verbs of ``_VAGUE_VERBS``, for other modules.
VAGUE_VERBS = _VAGUE_VERBS
#: Words that name no action.
FUNCTION_WORDS = word_set(
    "the a an of in on at to for with and or by from into onto over under up down out off as "
    "it its it's them they their this that these those there here your you yours we our us i "
    "me my he she his her who whom which what any all every each some most more much many "
    "few other another same such just also too very only even really quite properly then "
    "than so way thing things one ones right yourself yourselves members people everyone "
    "anyone somebody someone always never often usually generally fine ok okay safe harmless "
    "harm recommend recommended advice after before during above below regardless including "
    "afterwards afterward beforehand straight immediately "
    "once twice two three four five six seven eight nine ten half"
)
#: Words this short keep their final letters ("tree", "dose").
_SHORT = 4
_LABEL_WORDS = 12


def key_word(word: str) -> bool:
    """Whether a word of an action (see ``action_words``) is one of its key words."""
    return word not in FUNCTION_WORDS and word not in _VAGUE_VERBS and len(word) > 1


_CODE = re.compile(r"--?[a-z][\w-]*|[A-Za-z][A-Za-z'’-]*")


#: Phrases that say one state as another form does, written as that form: "Don't swim on an
#: empty stomach" and "Swim fasted" are about one action.
SAME_STATES = {"on an empty stomach": "fasted", "on a full stomach": "fed"}
_SAME_STATES = re.compile("|".join(SAME_STATES).replace(" ", r"\s+"), re.IGNORECASE)


#: Doing a thing once more, said as "again" after its verb or noun: "retest", "test again", "a
#: follow-up test", "a second test", "repeat the test" are one action (and "one test is enough"
#: says that it is not needed, see ``polarity``). General English, not one domain's words.
AGAIN = "again"
_AGAIN_WORDS = re.compile(
    r"\b(?:follow[\s-]*up|second|another|repeat|repeats|repeated|repeating)\b", re.IGNORECASE
)
#: Verbs whose "re-" says "again" (a small table: "rebuild", "return", "reduce" are other verbs).
_RE_VERBS = re.compile(
    r"\bre-?(test|check|appl|run|tak|install|measur|dos|wash|seal|paint|submit|book)"
    r"(?:y|ies|ied|ying|e|es|ed|ing|s|ning|ting|en)?\b",
    re.IGNORECASE,
)
_RE_BASE = {"appl": "apply", "tak": "take", "measur": "measure", "dos": "dose"}

#: Verbs of taking or using a thing that "keep", "carry on", "continue" and "stop" go on or
#: leave off with ("keep taking it", "stop using the cream", "continue to take your tablets").
_GOING_ON = r"(?:tak(?:e|ing)|us(?:e|ing)|wear(?:ing)?|giv(?:e|ing)|apply(?:ing)?|drink(?:ing)?)\b"
#: Giving a thing up for good ("give up", "cut out"), as one key word.
GIVE_UP = "giveup"
#: The thing a page's advice takes or uses named by a pronoun ("Do not take it during the
#: aura"): the page's own thing, a key word ``grouping.actions`` reads as the thing another
#: page's stance names (see ``GENERIC_THINGS``).
PAGE_THING = "it-thing"
_PRONOUN_TAKEN = re.compile(
    r"\b(?P<verb>take|takes|taking|use|uses|using|give|gives|giving|apply|applying|swallow|"
    r"swallowing)\s+(?:it|them)\b",
    re.IGNORECASE,
)
#: A verb with its particle said as one verb of one meaning: "turn off", "switch off", "shut off"
#: as "disable"; "turn on", "switch on" as "enable"; "throw away (out)" as "discard".
_PHRASAL = [
    (re.compile(r"\b(?:turn|switch|shut)(?:s|ed|ing|ting|ching|ches)?\s+off\b", re.IGNORECASE),
     "disable"),
    (re.compile(r"\b(?:turn|switch)(?:s|ed|ing|ches|ching)?\s+on\b", re.IGNORECASE), "enable"),
    (re.compile(r"\b(?:throw|throws|threw|thrown|throwing)\s+(?:away|out)\b", re.IGNORECASE),
     "discard"),
    # going on with a thing one already takes or uses, and leaving it off: "keep taking it",
    # "carry on using the cream", "continue to take your tablets" (continue); "stop taking
    # your tablets" (stop): the verb of taking says nothing the thing does not
    (re.compile(rf"\b(?:(?:keep|keeps|kept|keeping)\s+(?:on\s+)?|(?:carry|carries|carried|"
                rf"carrying)\s+on\s+|continu(?:e|es|ed|ing)\s+(?:to\s+)?){_GOING_ON}", re.I),
     "continue"),
    (re.compile(rf"\b(?:stop|stops|stopped|stopping)\s+{_GOING_ON}", re.IGNORECASE), "stop"),
    # giving a thing up for good, in other words: "give up chocolate", "cut out caffeine", "cut
    # all three out completely" (one verb, ``GIVE_UP``); cutting down is reducing it
    (re.compile(r"\b(?:give|gives|gave|given|giving)\s+up\b|\b(?:cut|cuts|cutting)\s+out\b",
                re.IGNORECASE), GIVE_UP),
    (re.compile(r"\b(?:cut|cuts|cutting)\s+(?:down|back)\s+on\b", re.IGNORECASE), "reduce"),
]  # fmt: skip
#: "cut all three out", "cut it out": the thing between the verb and its particle.
_CUT_THING_OUT = re.compile(
    r"\b(?:cut|cuts|cutting)\s+(?P<thing>(?:[A-Za-z'’-]+,?\s+){1,6}?)out\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: "give sugar up": the thing between the verb and its particle, as "cut it out" has it.
_GIVE_THING_UP = re.compile(
    r"\b(?:give|gives|giving|gave)\s+(?P<thing>(?:[A-Za-z'’-]+,?\s+){1,6}?)up\b"
    r"(?!\s+(?:on|to)\b)",
    re.IGNORECASE,
)


#: Brand names of common household and pharmacy products in general English, each with the
#: generic name leaflets also use: "dab it with Vaseline" and "do not smother it with petroleum
#: jelly" are about one thing. Only well-known names whose generic is one product.
BRANDS = {
    "vaseline": "petroleum jelly",
    "tylenol": "paracetamol",
    "panadol": "paracetamol",
    "calpol": "paracetamol",
    "acetaminophen": "paracetamol",
    "advil": "ibuprofen",
    "nurofen": "ibuprofen",
    "motrin": "ibuprofen",
    "aleve": "naproxen",
    "benadryl": "antihistamine",
    "piriton": "antihistamine",
    "claritin": "antihistamine",
    "zyrtec": "antihistamine",
    "imodium": "loperamide",
    "gaviscon": "antacid",
    "rennie": "antacid",
    "tums": "antacid",
    "savlon": "antiseptic",
    "dettol": "antiseptic",
    "germolene": "antiseptic",
    "listerine": "mouthwash",
    "kleenex": "tissue",
    "q-tip": "cotton bud",
    "q-tips": "cotton buds",
    "band-aid": "plaster",
    "band-aids": "plasters",
    "elastoplast": "plaster",
    "sellotape": "sticky tape",
    "clingfilm": "cling film",
    "saran wrap": "cling film",
    "domestos": "bleach",
    "clorox": "bleach",
    "vicks": "vapour rub",
    "vaporub": "vapour rub",
    "bonjela": "teething gel",
}
_BRANDS = re.compile(
    r"\b(?:" + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in BRANDS) + r")(?!\w)",
    re.IGNORECASE,
)


#: An event under way, said as the time the action is done: "take the tablet while the aura is
#: still going on" is taking it during the aura ("Do not take a triptan during the aura").
_WHILE_ONGOING = re.compile(
    r"\bwhile\s+(?:the|your|an?|this|that)\s+(?P<event>[A-Za-z-]{3,})\s+(?:is|are)\s+"
    r"(?:still\s+)?(?:going\s+on|happening|ongoing|under\s*way|in\s+progress|lasting|"
    r"continuing)\b",
    re.IGNORECASE,
)


def action_words(action: str) -> list[str]:
    """The lower-case words of ``action``, a command-line option (``--strip-metadata``) as one,
    a phrase of ``SAME_STATES`` as the form it says, an event under way as the time it is done
    ("while the aura is still going on": during the aura), a thing done once more with ``AGAIN``
    ("retest": test again; "a follow-up test": again test), a verb with its particle of
    ``_PHRASAL`` as its one verb ("switch off": disable), a brand of ``BRANDS`` as its generic
    name ("Vaseline": petroleum jelly)."""
    action = _SAME_STATES.sub(lambda m: SAME_STATES[" ".join(m.group().lower().split())], action)
    action = _WHILE_ONGOING.sub(lambda m: f"during the {m['event']}", action)
    action = _BRANDS.sub(lambda m: BRANDS[" ".join(m.group().lower().split())], action)
    action = _RE_VERBS.sub(lambda m: f"{_RE_BASE.get(m[1].lower(), m[1])} {AGAIN}", action)
    action = _AGAIN_WORDS.sub(AGAIN, action)
    action = _CUT_THING_OUT.sub(lambda m: f"{GIVE_UP} {m['thing']}", action)
    action = _GIVE_THING_UP.sub(lambda m: f"{GIVE_UP} {m['thing']}", action)
    action = _PRONOUN_TAKEN.sub(lambda m: f"{m['verb']} {PAGE_THING}", action)
    for pattern, verb in _PHRASAL:
        action = pattern.sub(verb, action)
    return [t.lower().strip("'’-") if not t.startswith("-") else t.lower()
            for t in _CODE.findall(action)]  # fmt: skip


#: Words of one meaning in general English, each with the word it is matched as: "a short nap
#: in lenses" and "never sleep in your lenses" are about one action.
_SAME_MEANING = {
    "sleep": "sleep sleeps sleeping slept asleep nap naps napping napped doze dozes dozing dozed "
    "snooze snoozes snoozing snoozed kip",
    "cloudy": "cloudy overcast cloud clouds",
    "baby": "baby babies infant infants newborn newborns",
    "child": "child children kid kids youngster youngsters",
    "doctor": "doctor doctors gp gps physician physicians",
    "fridge": "fridge fridges refrigerator refrigerators",
    "restart": "restart restarts restarting restarted reboot reboots rebooting rebooted",
    "day": "day days daytime daytimes",
    "night": "night nights nighttime night-time overnight",
    "config": "config configs configuration configurations conf settings",
    # verbs of one meaning in general English
    "close": "close closes closing closed shut shuts shutting",
    "disable": "disable disables disabling disabled deactivate deactivates deactivating "
    "deactivated",
    "enable": "enable enables enabling enabled activate activates activating activated",
    "discard": "discard discards discarding discarded",
    "buy": "buy buys buying bought purchase purchases purchasing purchased",
    "start": "start starts starting started begin begins beginning began",
    "stop": "stop stops stopping stopped quit quits quitting discontinue discontinues "
    "discontinuing discontinued cease ceases ceasing ceased",
    "fix": "fix fixes fixing fixed repair repairs repairing repaired",
    "finish": "finish finishes finishing finished complete completes completing",
    "check": "check checks checking checked inspect inspects inspecting inspected",
}
_MEANING = {word: key for key, said in _SAME_MEANING.items() for word in said.split()}


def action_key(word: str) -> str:
    """The stem an action's word is matched on: an option as written, other words stemmed so
    that "pruning" meets "prune" and "babies" meets "baby", and a word of ``_SAME_MEANING`` as
    the word it is matched as ("nap": sleep)."""
    if word.startswith("-"):
        return word
    word = IRREGULAR_PAST.get(word, word)
    word = _MEANING.get(word, word)
    if word.endswith("ies") and len(word) > _SHORT:
        word = word[:-3] + "y"
    key = stem(word)
    return key[:-1] if key.endswith("e") and len(key) > _SHORT else key


#: Verbs that are a whole action by themselves in general English, with no object needed to say
#: what is done: booking, registering, queueing, paying to get in, tipping, fasting, stretching
#: ("there is no need to book" and "visitors must book timed tickets" are about booking). An
#: action of one key word is drafted only when it is one of these (see ``sole_action``).
_SOLE_SAID = (
    "book prebook pre-book reserve register preregister pre-register enrol enroll sign-up queue "
    "pay tip haggle fast stretch rest warm-up vaccinate quarantine rsvp"
)


def sole_action(keys: frozenset[str]) -> bool:
    """Whether ``keys`` (an action's key words) are one verb that is a whole action by itself
    ("book", "register", "queue": see ``_SOLE_SAID``)."""
    return len(keys) == 1 and next(iter(keys)) in SOLE_ACTIONS


def subject_label(action: str) -> str:
    """The label of a subject of stances: the action with a capital, "Rinse the sponge under the
    tap" (at most twelve words)."""
    shown = " ".join(action.split()[:_LABEL_WORDS])
    return shown[:1].upper() + shown[1:]


SOLE_ACTIONS = frozenset(action_key(word) for word in _SOLE_SAID.split())


#: Verbs (and the states they leave a thing in) of opposite actions on one thing, in general
#: English: each pair's second side undoes the first ("Keep the windows closed during the day"
#: and "Open your windows in the daytime" advise opposite actions on the windows). The first
#: side is the one a pair of stances is compared as; the second turns the stance round
#: (``grouping.actions``). Only verbs whose two sides say one act on one thing and its undoing.
_OPPOSITE_SAID = (
    ("open opens opening opened", "close closes closing closed shut shuts shutting"),
    ("enable enables enabling enabled activate activates activated",
     "disable disables disabling disabled deactivate deactivates deactivated"),
    ("lock locks locking locked", "unlock unlocks unlocking unlocked"),
    ("plug plugs plugging plugged", "unplug unplugs unplugging unplugged"),
    ("connect connects connecting connected", "disconnect disconnects disconnecting disconnected"),
    ("cover covers covering covered", "uncover uncovers uncovering uncovered"),
    ("fasten fastens fastening fastened", "unfasten unfastens unfastening unfastened"),
    ("tie ties tying tied", "untie unties untying untied"),
    ("wrap wraps wrapping wrapped", "unwrap unwraps unwrapping unwrapped"),
    ("mount mounts mounting mounted", "unmount unmounts unmounting unmounted"),
    ("install installs installing installed", "uninstall uninstalls uninstalling uninstalled"),
    ("include includes including included", "exclude excludes excluding excluded"),
    # going on with a thing one takes or does, and leaving it off ("keep taking your tablets
    # during a flare", "stop your tablets until the attack has settled")
    ("continue continues continuing continued",
     "stop stops stopping stopped quit quits quitting discontinue discontinues discontinuing "
     "discontinued cease ceases ceasing ceased"),
    ("show shows showing showed shown", "hide hides hiding hid hidden"),
    ("allow allows allowing allowed", "block blocks blocking blocked"),
    ("raise raises raising raised", "lower lowers lowering lowered"),
    ("increase increases increasing increased", "decrease decreases decreasing decreased"),
)  # fmt: skip
#: Each second side's word, with the key of its first side (words, not keys: the keys of one
#: meaning join "fallen" to "decrease", which is no undoing of an act).
OPPOSITE_WORDS = {
    word: action_key(first.split()[0])
    for first, second in _OPPOSITE_SAID
    for word in second.split()
}
#: Words of a time of day or of the year: two opposite actions are opposite advice only at one
#: time ("open the windows at night" and "keep them closed during the day" agree).
_TIMES_SAID = word_set(
    "day days daytime night nights morning mornings evening evenings afternoon afternoons summer "
    "winter spring autumn weekend weekends weekday weekdays"
)
TIME_KEYS = frozenset(action_key(word) for word in _TIMES_SAID)


#: Words after which a word of ``OPPOSITE_WORDS`` is a noun or an adjective, not the act: "Raise
#: the head end of your bed on blocks" blocks nothing, "Take a lower dose" lowers nothing.
_NOUN_AFTER = word_set(
    "a an the your my our their his her its this that these those some any each every on in "
    "under with of for by from at into onto over between"
)


def facing(keys: frozenset[str], said: Sequence[str]) -> tuple[frozenset[str], bool]:
    """An action's key words (``keys``, of its words ``said``) with the key of each second side
    of ``OPPOSITE_WORDS`` as its first side's, and whether that turned the action round (an odd
    number of them): "keep windows closed" is "open windows", turned. A word after an article, a
    possessive or a preposition is a noun or an adjective ("on blocks", "your lower back") and
    turns nothing."""
    turned = False
    faced = set(keys)
    for number, word in enumerate(said):
        first = OPPOSITE_WORDS.get(word.lower())
        if number and said[number - 1].lower() in _NOUN_AFTER:
            continue
        if first is not None:
            faced.discard(action_key(word.lower()))
            faced.add(first)
            turned = not turned
    return frozenset(faced), turned


#: Nouns that name the page's own product or medicine without naming which ("the tablet", "this
#: medicine", "the app"): a leaflet's "You can take the tablet while the aura is still going on"
#: is about the triptan it describes, which another page names ("Do not take a triptan during
#: the aura"). ``grouping.actions`` reads such a noun as the other stance's thing when the page
#: names that thing too.
_GENERIC_SAID = word_set(
    "tablet tablets pill pills capsule capsules caplet caplets lozenge lozenges medicine "
    "medicines medication medications app device"
)
GENERIC_THINGS = frozenset(action_key(word) for word in (*_GENERIC_SAID, PAGE_THING))

"""Statements of fact with a polarity ("the ship lost power" vs "the ship did not lose power",
"a pilot was on board" vs "no pilot was on board", "the group will continue its buyback" vs
"the company had paused the buyback"): what a sentence says happened or is so, and whether it
says yes or no.

Each ``Fact`` has a predicate (a verb's stem, or a state from ``STATES`` with its antonyms
written from general knowledge: continue/pause/suspend/stop, open/closed, approved/rejected,
confirmed/denied, on board/absent), the key words of its subject (the words before the verb)
and of its object (the words after it; for a passive or a state, the subject's words: "the
buyback was paused" is about the buyback as "paused the buyback" is), and a label, ``yes`` or
``no``. Precision comes first: a part of a sentence that asks, supposes ("if", "may have",
"could"), plans ("will", "expects to"), reports what others claimed ("reports that"), tells
history ("in 2019", "years ago"), says "not only" or negates twice is left undrafted.
``grouping.facts`` puts two documents' facts under one subject only when their predicates are
one and their key words match (docs/extract.md, "Facts stated yes or no").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.lexicon import IRREGULAR_PAST, word_set
from factcheck.extract.polarity import read_parts
from factcheck.extract.subjects.actions import FUNCTION_WORDS, action_key
from factcheck.extract.subjects.propose import Proposal

#: The family of a fact's subject: ``grouping.facts`` relates these across documents.
FACT = "fact"
YES = "yes"
NO = "no"
#: What marks a fact's predicate, subject and object words among its subject's ``keywords``.
PREDICATE = "="
SUBJECT = "s:"
OBJECT = "o:"

#: State verbs by stem: the state they say and whether they say it is so. "paused" says the
#: programme does not continue, "reopened" that the road is open.
_VERB_STATES = {
    "continue": ("continue", True), "resume": ("continue", True), "proceed": ("continue", True),
    "pause": ("continue", False), "suspend": ("continue", False), "halt": ("continue", False),
    "stop": ("continue", False), "cancel": ("continue", False), "scrap": ("continue", False),
    "shelve": ("continue", False), "abandon": ("continue", False), "freeze": ("continue", False),
    "open": ("open", True), "reopen": ("open", True), "close": ("open", False),
    "shut": ("open", False),
    "approve": ("approve", True), "reject": ("approve", False), "veto": ("approve", False),
    "refuse": ("approve", False),
    "confirm": ("confirm", True), "deny": ("confirm", False),
    # Data (or a thing) reached by someone who should not have it, in general English of
    # breaches and leaks: "obtained the card numbers", "No passwords were accessed".
    "access": ("access", True), "obtain": ("access", True), "steal": ("access", True),
    "copy": ("access", True), "download": ("access", True), "exfiltrate": ("access", True),
    "leak": ("access", True), "expose": ("access", True), "compromise": ("access", True),
    "acquire": ("access", True), "harvest": ("access", True), "scrape": ("access", True),
    "view": ("access", True),
    # Harm done, or none: "No homes were damaged" vs "the fire destroyed homes"; "no one was
    # hurt" vs "the blast injured passers-by"; "no flights were affected" vs "disrupted flights".
    "damage": ("damage", True), "destroy": ("damage", True),
    "injure": ("injure", True), "hurt": ("injure", True), "wound": ("injure", True),
    "harm": ("injure", True),
    "affect": ("affect", True), "disrupt": ("affect", True), "impact": ("affect", True),
}  # fmt: skip
#: States said after "was", "is", "remained": where someone was, how a thing stands.
_PLACE_STATES = (
    (r"on\s+board|aboard|on\s+the\s+bridge|at\s+the\s+helm|present|on\s+site", "aboard", True),
    (r"absent|ashore", "aboard", False),
    (r"open|in\s+place|under\s+way|underway|in\s+force", "open", True),
    (r"closed|shut|on\s+hold", "open", False),
)
_NEGATIVE = (
    r"did\s+not|didn['’]t|had\s+not|hadn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|never"
)
_BE = r"was|were|is|are|remained|remains|stayed|stays|had\s+been|has\s+been|have\s+been"
_BE_NOT = (
    r"was\s+not|wasn['’]t|were\s+not|weren['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t|"
    r"had\s+not\s+been|has\s+not\s+been|never\s+was|was\s+never"
)
_WORD = r"[A-Za-z][A-Za-z'’-]*"
# "No pilot was on board": the subject is said not to be so.
_NO_SUBJECT = re.compile(rf"\bno\s+(?P<s>(?:{_WORD}\s+){{0,2}}{_WORD})\s+(?:was|were)\s+", re.I)
_AUX_NOT = re.compile(rf"\b(?P<neg>{_BE_NOT})\s+", re.IGNORECASE)
_AUX_BE = re.compile(rf"\b(?:{_BE})\s+", re.IGNORECASE)
_AUX_DID_NOT = re.compile(rf"\b(?P<neg>{_NEGATIVE})\s+(?:(?:yet|once|even)\s+)?", re.IGNORECASE)
_TOKEN = re.compile(_WORD)

#: Words that leave a part undrafted: it asks, supposes, plans, or reports a claim.
_UNSURE = word_set(
    "may might could would should can cannot can't couldn't if whether unless perhaps possibly "
    "probably likely unlikely reportedly allegedly rumour rumours rumor rumors speculation "
    "expect expects expected intend intends intended hope hopes want wants "
    "wanted believe believed suspect suspected seem seems seemed appear appears appeared "
    "wrong false untrue claim claims claimed suggest suggests suggested whenever"
)
#: Words that say a part tells history.
_HISTORY = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|years?\s+ago|in\s+the\s+past|used\s+to|previously|formerly|"
    r"historically|at\s+one\s+time|not\s+only|once\s+again|plann?(?:ed|ing|s)?\s+to)\b",
    re.IGNORECASE,
)
_FUTURE = word_set("will won't shall going")
#: Subjects that name the one speaking or the reader: advice or a story, no fact to compare.
_PERSONS = word_set("i you we me us my your our")
#: Words that end a subject looking back from the verb: what reports it ("the Coast Guard
#: said the ship lost power": the ship).
_SUBJECT_STOPS = word_set(
    "that said says say indicates indicate indicated shows show showed found find finds "
    "according told reported reports confirmed added noted"
)
#: Words that end an object: when, where and why it happened.
_OBJECT_STOPS = word_set(
    "moments minutes hours days weeks months years before after when while at on in during "
    "since until by because as following amid despite to for from with without and but or "
    "shortly just soon later earlier yesterday today tonight tomorrow then"
)
_KEY_WORDS = 3
#: Adverbs between the auxiliary and the verb that change nothing.
_ADVERBS = word_set("also already yet ever actually really in fact formally officially")
#: Generic names for an organisation or a person: "the group" and "the company" may be one.
GENERIC_SUBJECTS = word_set(
    "company group firm board it they he she management business chain operator owner "
    "government council authority authorities agency ministry department spokesman "
    "spokeswoman spokesperson executive executives officials official"
)


@dataclass(frozen=True)
class Fact:
    """One statement that something happened or is so, or not."""

    span: tuple[int, int]
    """[start, end) of the words that say it (the verb, with "not" or "no")."""
    quote: tuple[int, int]
    """[start, end) of the part of the sentence that states it."""
    predicate: str
    """A verb's stem ("lose") or a state ("continue", "aboard", "open")."""
    label: str
    """``yes`` or ``no``."""
    subject: frozenset[str]
    """Stems of the subject's key words (empty for a passive: its thing is the object)."""
    object: frozenset[str]
    """Stems of the object's key words ("power" of "lost power")."""
    said: str
    """The subject and the predicate as words, for the subject's label."""


def find_facts(text: str, index: TextIndex) -> list[Fact]:
    """Every statement of fact with a polarity in ``text``, at most one per part of a
    sentence, in text order."""
    return read_parts(text, index, fact_in)


def fact_in(text: str, start: int, end: int) -> Fact | None:
    """The fact stated in ``text[start:end]`` (a part of a sentence), or None."""
    piece = text[start:end]
    said = [w.lower() for w in _TOKEN.findall(piece)]
    behaviour = _behaviour(text, start, end, said)
    if behaviour is not None:
        return behaviour
    if not said or _UNSURE & set(said) or _HISTORY.search(piece):
        return None
    if any(character.isdigit() for character in piece) or _NUMBER_WORDS & set(said):
        return _owners_counted(text, start, end)
    negations = sum(w in {"not", "never", "no", "nor", "neither"} or w.endswith(("n't", "n’t"))
                    for w in said)  # fmt: skip
    if negations > 1:
        return None  # a double negative reads either way
    future = bool(_FUTURE & set(said))
    for finder in (_no_subject, _negated, _state, _past):
        fact = finder(text, start, end)
        if fact is not None:
            if future and fact.predicate != "continue":
                return None  # a plan, not what happened ("will continue" states a course)
            if fact.subject & _PERSONS_KEYS:
                return None
            return fact
    return None


_PERSONS_KEYS = frozenset(action_key(w) for w in _PERSONS)
# "obtained the card numbers of around 40,000 customers": the figure counts whose the thing is.
_OF_FIGURE = re.compile(
    r"\s+(?:of|from|belonging\s+to)\s+(?:(?:around|about|some|nearly|almost|roughly|more\s+than|"
    r"over|up\s+to|at\s+least|an\s+estimated)\s+)?\d",
    re.IGNORECASE,
)


def _owners_counted(text: str, start: int, end: int) -> Fact | None:
    """A thing said to be accessed (obtained, stolen, leaked...) whose only figure counts its
    owners after "of" ("obtained the card numbers of around 40,000 customers"): the fact of the
    part before the figure (any other figure is the claim, compared as such: None)."""
    match = _OF_FIGURE.search(text, start, end)
    if match is None:
        return None
    cut = match.start()
    piece = text[start:cut]
    said = [w.lower() for w in _TOKEN.findall(piece)]
    if any(c.isdigit() for c in piece) or _NUMBER_WORDS & set(said) or _UNSURE & set(said):
        return None
    for finder in (_no_subject, _negated, _state, _past):
        fact = finder(text, start, cut)
        if fact is not None:
            if fact.predicate != "access":
                return None
            return replace(fact, quote=_part_quote(text, start, end))  # with its owners' figure
    return None


def _no_subject(text: str, start: int, end: int) -> Fact | None:
    """ "No pilot was on board": a state said of no one; "No card numbers were accessed",
    "no stores were closed": a state verb's participle said of nothing (its object)."""
    match = _NO_SUBJECT.search(text, start, end)
    if match is None:
        return None
    state = _place_state(text, match.end(), end)
    if state is None:
        verb = _verb_at(text, match.end(), end, participle=True)
        if verb is None or verb[0] not in _VERB_STATES:
            return None
        predicate, positive = _VERB_STATES[verb[0]]
        return _fact(text, (match.start(), verb[1]), start, end, predicate, not positive, [],
                     _TOKEN.findall(match.group("s")))  # fmt: skip
    predicate, _, stop = state
    subject = _keys(_TOKEN.findall(match.group("s")))
    if not subject:
        return None
    return Fact((match.start(), stop), (start, end), predicate, NO, frozenset(), subject,
                f"{match.group('s')} {predicate}")  # fmt: skip


def _negated(text: str, start: int, end: int) -> Fact | None:
    """ "The ship did not lose power", "the buyback was not paused", "X was not on board"."""
    for pattern in (_AUX_DID_NOT, _AUX_NOT):
        match = pattern.search(text, start, end)
        if match is None:
            continue
        subject_words = _subject_words(text, start, match.start())
        if not subject_words:
            return None  # "Never add...": advice, not a fact
        after = match.end()
        if pattern is _AUX_NOT:
            state = _place_state(text, after, end)
            if state is not None:
                predicate, positive, stop = state
                return _fact(text, (match.start(), stop), start, end, predicate,
                             not positive, [], subject_words)  # fmt: skip
        verb = _verb_at(text, after, end, participle=pattern is _AUX_NOT)
        if verb is None:
            return None
        lemma, verb_end = verb
        passive = pattern is _AUX_NOT
        predicate, positive = _VERB_STATES.get(lemma, (lemma, True))
        if passive and lemma not in _VERB_STATES:
            return None
        object_words = subject_words if passive else _object_words(text, verb_end, end)
        subject_said = [] if passive else subject_words
        return _fact(text, (match.start(), verb_end), start, end, predicate, not positive,
                     subject_said, object_words)  # fmt: skip
    return None


def _state(text: str, start: int, end: int) -> Fact | None:
    """ "A pilot was on the bridge", "the buyback was paused", "the road remained closed"."""
    match = _AUX_BE.search(text, start, end)
    if match is None:
        return None
    subject_words = _subject_words(text, start, match.start())
    if not subject_words:
        return None
    state = _place_state(text, match.end(), end)
    if state is not None:
        predicate, positive, stop = state
        return _fact(text, (match.start(), stop), start, end, predicate, positive, [],
                     subject_words)  # fmt: skip
    verb = _verb_at(text, match.end(), end, participle=True)
    if verb is None or verb[0] not in _VERB_STATES:
        return None
    predicate, positive = _VERB_STATES[verb[0]]
    return _fact(text, (match.start(), verb[1]), start, end, predicate, positive, [],
                 subject_words)  # fmt: skip


def _past(text: str, start: int, end: int) -> Fact | None:
    """ "The ship lost power", "the company had paused the buyback", "the group will continue
    its buyback": a verb in the past (or a state verb) with its subject before it."""
    for token in _TOKEN.finditer(text, start, end):
        if token.group()[0].isupper():
            continue  # a heading's word ("Frequently Asked Questions") or a name
        word = token.group().lower()
        lemma = _past_lemma(word)
        future = False
        if lemma is None and word in _BASE_STATES:
            before = text[max(start, token.start() - 6) : token.start()].lower().split()
            future = bool(before) and before[-1] == "will"
            lemma = _BASE_STATES[word] if future else None
        if lemma is None:
            continue
        head = token.start()
        lead = re.search(r"(?:\b(?:had|has|have|will)\s+)$", text[start:head], re.IGNORECASE)
        if lead is not None:
            head = start + lead.start()
        previous = text[start:head].split()
        last = previous[-1].lower().strip(",;:") if previous else ""
        if last in {"was", "were", "is", "are", "been", "be", "not"}:
            return None  # a passive
        if last in FUNCTION_WORDS and last not in _PRONOUNS:
            continue  # an adjective ("the proposed plan", "a cup of brewed coffee")
        subject_words = _subject_words(text, start, head)
        if not subject_words:
            continue
        predicate, positive = _VERB_STATES.get(lemma, (lemma, True))
        object_words = _object_words(text, token.end(), end)
        return _fact(text, (head, token.end()), start, end, predicate, positive,
                     subject_words, object_words)  # fmt: skip
    return None


# How software behaves, yes or no: whether changes apply without a restart (``reload``),
# whether a thing is supported (``support``), whether a program runs in the background
# (``background``). Each pattern says where the thing it is said of is: the words after the
# verb (``t`` group), the subject before it (``before``), or the words after it as for
# "after changing the config" (``after``). Written from how docs, READMEs and FAQs put it.
_RESTART = r"(?:a\s+|any\s+|the\s+)?(?:full\s+)?(?:restart(?:ing)?|reboot(?:ing)?)"
_NOT = r"(?:not|never|no\s+longer)|\w+n['’]t|cannot"
_THING_WORDS = r"(?P<t>[\w'’.-]+(?:\s+[\w'’.-]+){0,4})"
_BEHAVIOURS: tuple[tuple[re.Pattern[str], str, bool, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), predicate, positive, where)
    for pattern, predicate, positive, where in (
        # "You don't (no longer) need to restart the server": no restart needed, reloaded
        (r"\b(?:no\s+longer|(?:do|does|did|will)\s*(?:not|n['’]t)|won['’]t|never)\s+(?:need|have)"
         r"\s+to\s+(?:be\s+)?restart(?:ed)?\b|\bneedn['’]t\s+(?:be\s+)?restart(?:ed)?\b", "reload",
         True, "after"),
        # a restart needed: no reload
        (rf"\b(?:{_NOT})\s+(?:re-?read|reload|re-?load|pick\s+up)s?\s+{_THING_WORDS}", "reload",
         False, "t"),
        (r"\b(?:can\s*not|can['’]t|cannot|is\s+not|are\s+not|isn['’]t|aren['’]t)\s+(?:be\s+)?"
         r"(?:re-?read|reloaded|hot-reloaded)\b", "reload", False, "before"),
        (r"\b(?:not|n['’]t)\s+picked\s+up\b", "reload", False, "before"),
        (rf"\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:need|require)\s+{_RESTART}\b", "reload", True,
         "before"),
        (rf"\b(?:need|needs|require|requires|required|demand|demands)\s+{_RESTART}\b", "reload",
         False, "before"),
        (rf"^\s*no\s+{_RESTART}\s+(?:is\s+)?(?:needed|required|necessary)\b", "reload", True,
         "after"),
        (r"^\s*(?:there\s+is\s+|there['’]s\s+)?no\s+need\s+to\s+restart\b", "reload", True,
         "after"),
        (rf"\b{_RESTART}\s+is\s+(?:needed|required|necessary)\b", "reload", False, "after"),
        (r"\b(?:must|need\s+to|have\s+to|has\s+to)\s+(?:be\s+)?restart(?:ed)?\b", "reload", False,
         "after"),
        (r"^\s*(?:please\s+|always\s+)?restart\s+(?:the|your|it)\b[^,;]*?\b(?:after|for|to\s+apply|"
         r"when(?:ever)?\s+you)\b", "reload", False, "after"),
        (r"\b(?:is|are)\s+(?:only\s+)?read\s+(?:once\s+)?(?:,\s*)?(?:at|on|during)\s+"
         r"(?:start-?up|launch|start)\b", "reload", False, "before"),
        (rf"\btakes?\s+effect\s+(?:only\s+)?(?:after|on|upon|at)\s+(?:the\s+next\s+)?{_RESTART}",
         "reload", False, "before"),
        (r"\bonly\s+takes?\s+effect\s+(?:after|on|upon|at)\b", "reload", False, "before"),
        # no restart needed: reloaded
        (r"\btakes?\s+effect\s+(?:immediately|at\s+once|straight\s+away|right\s+away|"
         rf"on\s+the\s+fly|live|without\s+{_RESTART})", "reload", True, "before"),
        (r"\b(?:is|are|can\s+be|gets|get)\s+(?:re-?read|reloaded|hot-reloaded|picked\s+up|"
         r"applied)\s+(?:automatically|immediately|on\s+the\s+fly|live|on\s+sighup|without)\b",
         "reload", True, "before"),
        (r"\b(?:is|are|can\s+be|gets|get)\s+(?:re-?read|reloaded|hot-reloaded)\b", "reload", True,
         "before"),
        (rf"\b(?:hot-)?reload(?:s|ing)?\s+{_THING_WORDS}", "reload", True, "t"),
        (rf"\bwithout\s+{_RESTART}\b", "reload", True, "before"),
        # supported or not
        (rf"\b(?:{_NOT})\s+support\s+{_THING_WORDS}", "support", False, "t"),
        (r"\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:officially\s+|fully\s+)?supported\b",
         "support", False, "before"),
        (r"\b(?:is|are)\s+unsupported\b", "support", False, "before"),
        (rf"\bno\s+support\s+for\s+{_THING_WORDS}", "support", False, "t"),
        (rf"\b(?:has|have|offers?)\s+no\s+{_THING_WORDS}\s+support\b", "support", False, "t"),
        (r"\b(?:is|are)\s+(?:fully\s+|officially\s+)?supported\b", "support", True, "before"),
        (rf"\b(?:fully\s+)?supports\s+{_THING_WORDS}", "support", True, "t"),
        # in the background or the foreground
        (rf"\b(?:{_NOT})\s+(?:daemoni[sz]e|detach|fork)", "background", False, "before"),
        (r"\b(?:runs?|stays?|remains?)\s+in\s+the\s+foreground\b", "background", False, "before"),
        (r"\b(?:runs?|stays?|remains?|goes|forks?|moves?)\s+(?:in|into)\s+the\s+background\b",
         "background", True, "before"),
        (r"\bdaemoni[sz]es\b", "background", True, "before"),
    )
)  # fmt: skip
#: A word one of ``_BEHAVIOURS`` needs (a superset of them, checked first to skip the rest).
_BEHAVIOUR_WORDS = re.compile(
    r"re-?read|re-?load|picked?\s+up|restart|reboot|\bread\b|effect|applied|support|daemoni|"
    r"detach|fork|foreground|background",
    re.IGNORECASE,
)
#: Words that leave a part undrafted as behaviour: it asks, supposes, plans or reports.
_UNSURE_BEHAVIOUR = (_UNSURE - word_set("can cannot can't")) | word_set(
    "say says said think thinks thought planned plan plans nice wish roadmap"
)
#: Words of a thing that say nothing of which thing: "changes to the configuration" is about
#: the configuration.
_THING_STOPS = word_set(
    "change changes changing changed edit edits editing edited update updates new any its their "
    "own file files the a an to of your this that it sighup restart restarting reboot "
    "after for when once only is are be can by on in at also"
)
#: Where the words of the thing after a restart start: "after editing the configuration".
_THING_AFTER = re.compile(
    r"\b(?:after|for|to\s+apply|when(?:ever)?\s+you)\s+(?:(?:changing|editing|updating|"
    r"modifying|any|new)\s+)?(?P<t>[^,;.]{1,50})",
    re.IGNORECASE,
)


def _behaviour(text: str, start: int, end: int, said: list[str]) -> Fact | None:
    """How software behaves, said in ``text[start:end]``: changes applied without a restart or
    not (``reload``), supported or not, in the background or not; None when the part states no
    such thing or asks, supposes, plans, reports or tells history."""
    piece = text[start:end]
    if _BEHAVIOUR_WORDS.search(piece) is None:
        return None  # no word any of _BEHAVIOURS needs: most parts of most pages
    if not said or _UNSURE_BEHAVIOUR & set(said) or _HISTORY.search(piece):
        return None
    if _FIGURE.search(piece) or _HISTORY_WORDS.search(piece):
        return None  # "before 2.0", "in older versions"
    for pattern, predicate, positive, where in _BEHAVIOURS:
        match = pattern.search(piece)
        if match is None:
            continue
        if where == "before":
            # the subject: the words before its first auxiliary ("Settings can be changed")
            thing: list[str] = []
            for word in _THING_TOKEN.findall(piece[: match.start()]):
                if word.lower() in _AUXILIARIES and thing:
                    break
                thing.append(word)
            thing = thing[-_KEY_WORDS:]
        else:
            if where == "t":
                said_thing = match["t"]
            else:
                after = _THING_AFTER.search(piece, match.start())
                said_thing = after["t"] if after else ""
            thing = []
            for word in _THING_TOKEN.findall(said_thing):
                if word.lower() in _OBJECT_STOPS:
                    break  # "its configuration on SIGHUP", "configuration changes to take effect"
                thing.append(word)
            thing = thing[:_KEY_WORDS]
        keys = frozenset(
            action_key(w.lower()) for w in thing
            if w.lower() not in _THING_STOPS and w.lower() not in _PERSONS and len(w) > 1
            and not (w[:1].isupper() and w.lower() in _VERB_OPENINGS)
        )  # fmt: skip
        if not keys:
            return None
        span = (start + match.start(), start + match.end())
        quote = (start, end)
        while quote[0] < quote[1] and text[quote[0]].isspace():
            quote = (quote[0] + 1, quote[1])
        while quote[1] > quote[0] and text[quote[1] - 1] in " \t\n,;:.":
            quote = (quote[0], quote[1] - 1)
        shown = " ".join(w.lower() for w in thing if w.lower() not in _DETERMINERS)
        return Fact(span, quote, predicate, YES if positive else NO, frozenset(), keys,
                    f"{shown} {_SAID[predicate]}")  # fmt: skip
    return None


#: A number of its own (not a name's digits: "IPv6", "ARM64", "S3").
_FIGURE = re.compile(r"(?<![A-Za-z0-9])\d")
_THING_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_HISTORY_WORDS = re.compile(
    r"\b(?:older|earlier|previous|old|legacy)\s+(?:versions?|releases?)\b", re.IGNORECASE
)
#: How each behaviour reads in a subject's label: "Whether configuration applies without a
#: restart".
_SAID = {
    "reload": "applies without a restart",
    "support": "is supported",
    "background": "runs in the background",
}
_DETERMINERS = word_set("the a an its their your this that any")
_AUXILIARIES = word_set(
    "does do did is are was were can cannot has have will must need needs require requires "
    "take takes only doesn't don't isn't aren't can't"
)
#: A capitalised first word that is a verb: "Send SIGHUP to reload" names no thing by "send".
_VERB_OPENINGS = word_set("send run use restart please always")


_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion dozen dozens half"
)
_PRONOUNS = word_set("it they he she")
_BASE_STATES = {word: word for word in ("continue", "resume", "proceed")}


def _past_lemma(word: str) -> str | None:
    """The stem-ready base form of a verb in the past tense, or None."""
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        for base in (word[:-1], word[:-2], word[:-3] if word[-3] == word[-4] else None,
                     word[:-3] + "y" if word.endswith("ied") else None):  # fmt: skip
            if base and base in _VERB_STATES:
                return base
        return word
    return None


def _place_state(text: str, start: int, end: int) -> tuple[str, bool, int] | None:
    for said, predicate, positive in _PLACE_STATES:
        match = re.compile(rf"\s*(?:still\s+)?(?:{said})\b", re.IGNORECASE).match(text, start, end)
        if match is not None:
            return predicate, positive, match.end()
    return None


def _verb_at(
    text: str, start: int, end: int, *, participle: bool = False
) -> tuple[str, int] | None:
    """The verb at ``start`` (after adverbs) as a base form ready for ``_VERB_STATES``, and
    where it ends; with ``participle``, only a past participle ("were closed", not "are close
    enough")."""
    for token in _TOKEN.finditer(text, start, end):
        word = token.group().lower()
        if word in _ADVERBS:
            continue
        if word in FUNCTION_WORDS:
            return None
        if participle and not word.endswith("ed") and word not in IRREGULAR_PAST:
            return None
        lemma = _past_lemma(word) or word
        for base in (lemma, lemma.removesuffix("d"), lemma.removesuffix("ed")):
            if base in _VERB_STATES:
                return base, token.end()
        return lemma, token.end()
    return None


def _subject_words(text: str, start: int, stop: int) -> list[str]:
    """The subject's words before ``stop``: back to a comma or a word of reporting."""
    said: list[str] = []
    for word in reversed(_TOKEN.findall(text[start:stop])):
        lowered = word.lower()
        if lowered in _SUBJECT_STOPS or len(said) >= 6:
            break
        said.append(lowered)
    tail = text[start:stop].rsplit(",", 1)
    if len(tail) == 2:
        kept = [w.lower() for w in _TOKEN.findall(tail[1])]
        said = said[: len(kept)]
    return list(reversed(said))


def _object_words(text: str, start: int, end: int) -> list[str]:
    said: list[str] = []
    for word in _TOKEN.findall(text[start:end]):
        lowered = word.lower()
        if lowered in _OBJECT_STOPS:
            break  # "developed in 11% of the group": no object, where it happened
        said.append(lowered)
        if len(said) >= 6:
            break
    return said


def _keys(said: list[str]) -> frozenset[str]:
    content = [
        w.lower()
        for w in said
        if w.lower() not in FUNCTION_WORDS and len(w) > 1 and not w.lower().endswith("ly")
    ]  # an adverb ("frequently asked") names nothing
    return frozenset(action_key(w) for w in content[-_KEY_WORDS:])


def _fact(
    text: str,
    span: tuple[int, int],
    start: int,
    end: int,
    predicate: str,
    positive: bool,
    subject_words: list[str],
    object_words: list[str],
) -> Fact | None:
    if _TIMED.match(text, span[1], end):
        return None  # "closed at 9pm", "open from 07:00": a time, compared as such
    if predicate not in _STATE_NAMES:
        predicate = action_key(predicate)  # "signed" and "sign" are one verb
    subject, thing = _keys(subject_words), _keys(object_words)
    if not subject and not thing:
        return None
    if predicate not in _STATE_NAMES and (not subject or not thing):
        return None  # a bare verb ("the ship sank") says too little to match on
    quote = _part_quote(text, start, end)
    said = " ".join([*subject_words[-_KEY_WORDS:], predicate, *object_words[:_KEY_WORDS]])
    return Fact(span, quote, predicate, YES if positive else NO, subject, thing, said)


def _part_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the spaces and marks at its ends."""
    quote = (start, end)
    while quote[0] < quote[1] and text[quote[0]].isspace():
        quote = (quote[0] + 1, quote[1])
    while quote[1] > quote[0] and text[quote[1] - 1] in " \t\n,;:.":
        quote = (quote[0], quote[1] - 1)
    return quote


# A time or a span of time right after the predicate: "closed at 9pm", "open for 14 hours".
_TIMED = re.compile(
    r"\s*(?:(?:at|from|until|till|between|for|by|after|before|around|about)\s+)?\d", re.I
)
_STATE_NAMES = frozenset(
    {state for state, _ in _VERB_STATES.values()}
    | {"aboard", "open", "reload", "support", "background"}
)


def propose_fact(fact: Fact) -> Proposal:
    """A fact's subject as drafted before grouping (``grouping.facts`` names the subject of the
    facts it relates)."""
    keywords = (
        f"{PREDICATE}{fact.predicate}",
        *sorted(SUBJECT + key for key in fact.subject),
        *sorted(OBJECT + key for key in fact.object),
    )
    return Proposal(
        f"whether-{fact.predicate}",
        f"Whether {fact.said}",
        (fact.predicate, *sorted(fact.subject | fact.object)),
        {},
        family=FACT,
        keywords=keywords,
    )

"""Bounds that state a limit or a threshold: the bound is then the figure's value.

"Files larger than 64 GiB are skipped" does not say a quantity is over 64 GiB: it says the
size limit is 64 GiB. "A sports drink is only worthwhile for sessions longer than 90 minutes"
says the session length from which it is worthwhile is 90 minutes. Writers state limits and
thresholds this way, as the bound of what a rule applies to; a bound that says how large a
quantity is ("more than 20% of patients improved", "drink at least 1.5 litres") stays a bound.

- a **limit**: a noun bounded by the figure, then refused ("are rejected", "is dropped", "are
  skipped", "cannot be stored", "are abandoned", "time out", "return 404"): ``maximum`` for a lower bound ("larger than"), ``minimum``
  for an upper one ("passwords shorter than 8 characters are rejected");
- a **threshold**: "for <noun> longer than N" or "for <noun> N or longer" - what a piece of
  advice applies to - in a unit ("for people over 70" is an age group);
- a **condition's threshold**: the figure of a when/whenever/if/once clause, bounded or after a
  verb of reaching ("whenever the UV index is 3 or above", "once the heap reaches 60°C", "once
  losses exceed 3 percent", "is abandoned if rendering takes longer than 30 seconds"): the point
  from which the advice or the rule applies;
- an **effect's threshold**: a noun bounded by the figure, then a verb of harm or effect ("a
  fluid deficit greater than 2 percent of body mass impairs performance");
- a **limit to keep**: an instruction to keep something on one side of the figure ("store it
  below 30°C" is a maximum of 30°C, "keep the tank above 18°C" a minimum), or not to let it
  pass the figure ("don't leave it above 86°F" is a maximum of 86°F too).
"""

from __future__ import annotations

import re

from factcheck.extract.mentions.find import Mention
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.paraphrase import PEOPLE_NOUNS
from factcheck.text.numbers.forms import NUMBER_WORDS
from factcheck.values.grammar import Qualifier

_ABOVE = r"(?:longer|larger|greater|bigger|heavier|higher|older|more)\s+than|(?:at\s+or\s+)?(?:over|above)"
_BELOW = (
    r"(?:shorter|smaller|lighter|lower|younger|less|fewer)\s+than|(?:at\s+or\s+)?(?:under|below)"
)
_COMPARATIVE_RE = re.compile(rf"(?P<above>{_ABOVE})|(?P<below>{_BELOW})", re.IGNORECASE)
_COMPARATIVE_BEFORE_RE = re.compile(
    rf"\b(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\s+\Z", re.IGNORECASE
)
_REFUSED_RE = re.compile(
    r"[^.;:\n]{0,40}?\b(?:(?:is|are|will\s+be|get|gets)\s+(?:\w+\s+)?(?:rejected|skipped|"
    r"dropped|refused|truncated|ignored|blocked|discarded|denied|abandoned|aborted|cancell?ed|"
    r"killed|terminated|evicted|throttled|closed|disconnected|deleted|removed|purged|stopped|"
    r"suspended|paused)|cannot\s+be|can't\s+be|"
    r"(?:is|are)\s+not\s+(?:allowed|accepted|supported|stored)|"
    # "requests above zoom 18 return 404", "jobs longer than an hour time out"
    r"(?:return|returns|get|gets)\s+(?:an?\s+)?(?:[45]\d\d|errors?)|time\s+out|times\s+out|"
    r"gives?\s+up|expires?)\b",
    re.IGNORECASE,
)
#: A verb of harm or effect after a bounded noun's figure: "... of body mass (measurably)
#: impairs", "... is enough to cause".
_EFFECT_RE = re.compile(
    r"(?:\s+(?:of\s+)?[\w-]+){0,3}?\s+(?:(?:\w+ly\s+)?(?:impairs?|harms?|damages?|hurts?|"
    r"triggers?|causes?)\b"
    # A call to act or a class the figure puts a thing in: "anything at or above 4 pCi/L needs
    # fixing", "over 38 °C in a baby should be seen", "above 140 mmHg is classed as high".
    r"|(?:needs?|requires?|warrants?|merits?|calls?\s+for)\s+(?:\w+\s+)?"
    r"(?:fixing|action|treatment|attention|mitigation|repair|remediation|a\s+fix|care)\b"
    r"|(?:should|must|ought\s+to)\s+(?:\w+\s+)?be\s+(?:fixed|treated|reported|mitigated|"
    r"seen|checked|acted\s+on|investigated|remediated|repaired)\b"
    r"|(?:is|are)\s+(?:\w+\s+)?(?:classed|classified|considered|regarded|defined|counted)\s+as\b)",
    re.IGNORECASE,
)
#: Words right before a bound that make it a quantity's size, not a rule's scope: "a rise of
#: more than 5%", "lost more than four hours", "drink at least", "is over 20%".
_NOT_NOUNS = frozenset(
    [
        "of",
        "by",
        "to",
        "with",
        "from",
        "than",
        "lost",
        "gained",
        "took",
        "take",
        "takes",
        "taking",
        "drink",
        "drinks",
        "need",
        "needs",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "reach",
        "reached",
        "reaches",
        "spend",
        "spent",
        "cost",
        "costs",
        "weigh",
        "weighs",
        "sleep",
        "slept",
        "run",
        "ran",
        "get",
        "got",
        "the",
        "a",
        "an",
        "and",
        "or",
        "at",
        "in",
        "on",
    ]
)
_WORD_RE = re.compile(r"[a-z][a-z'-]*")
#: A lower bound said after the figure: "a month or longer", "an hour or more".
_OR_MORE_RE = re.compile(
    r"\bor\s+(?:more|longer|over|above|greater|higher|older)\s*\Z", re.IGNORECASE
)
#: A clause that tells the reader to keep something on one side of the bound after it: "Store
#: it", "Keep the bottle", "Don't leave your sunscreen", "Never let the water".
_KEEP_RE = re.compile(
    r"\s*(?P<not>(?:do\s+not|don['’]t|never)\s+)?(?:store|keep|leave|let|hold)"
    r"(?:\s+[\w'’-]+){0,3}?\s+\Z",
    re.IGNORECASE,
)


#: Words that open a relative clause after its noun: "A worker that goes over 512 MB".
_RELATIVES = frozenset({"that", "which", "who"})
#: Words that end a verb group: a determiner or pronoun starts a noun phrase of its own ("a file
#: that holds the 2 GB limit").
_NOUN_STARTS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "your",
        "our",
        "my",
    }
)


def _relative_verbs(before: list[str]) -> int:
    """Where the relative clause opened by "that"/"which"/"who" among the last four words
    stands, when its words up to the figure are a verb group ("that goes over", "that would run
    to more than"); 0 otherwise."""
    for back in range(2, 6):
        if len(before) < back + 1:
            return 0
        if before[-back] in _RELATIVES:
            if any(w in _NOUN_STARTS for w in before[-back + 1 :]):
                return 0
            return len(before) - back
    return 0


def bound_role(text: str, mention: Mention, clause: tuple[int, int], sentence_end: int) -> str:
    """``maximum`` or ``minimum`` when the figure's bound is a limit, ``threshold`` when it is a
    threshold, else ""."""
    start = mention.span[0]
    if _conditional(text, mention, clause):
        return "threshold"
    if _EXCEEDS_RE.match(mention.text) and _NOT_TO_RE.search(text, clause[0], start):
        # "adults shouldn't exceed 25 mg a day": a limit of 25 mg.
        return "maximum"
    if mention.qualifier in (Qualifier.GT, Qualifier.GE, Qualifier.LT, Qualifier.LE):
        comparative = _COMPARATIVE_RE.match(mention.text)
    elif mention.qualifier is Qualifier.EQ:
        # "Files larger than 64 GiB": the comparative is not read as the figure's bound; "Files
        # shorter than 1 second are skipped" holds it in its text, read as the minimum itself
        # (``mentions.refusal``).
        comparative = _COMPARATIVE_RE.match(mention.text)
        if comparative is None:
            comparative = _COMPARATIVE_BEFORE_RE.search(text, clause[0], start)
            start = comparative.start() if comparative else start
    else:
        return ""
    if comparative is None:
        # "for anyone staying a month or longer", "for sessions of an hour or more": a bound said
        # after the figure of what a piece of advice applies to is a threshold too.
        if not _OR_MORE_RE.search(mention.text) or not mention.amount.unit:
            return ""
        before = _WORD_RE.findall(text[clause[0] : start].lower())
        if (
            before[-1:]
            and before[-1] not in _NOT_NOUNS
            and "for" in before[-3:-1]
            and not _population(before, text[clause[0] : start])
        ):
            return "threshold"
        return ""
    keep = _KEEP_RE.fullmatch(text, clause[0], start)
    if keep is not None:
        # "Store it below 30°C" keeps it under 30°C; "don't leave it above 86°F" too.
        return "maximum" if bool(comparative["below"]) != bool(keep["not"]) else "minimum"
    before = _WORD_RE.findall(text[clause[0] : start].lower())
    if before[-2:-1] in (["that"], ["which"]) and before[-1] in _NOT_NOUNS:
        # "Jobs that run longer than 2 hours are killed": the relative clause's noun is bounded.
        before = before[:-2]
    relative = _relative_verbs(before)
    if relative and _REFUSED_RE.match(text, mention.span[1], sentence_end):
        # "A worker that goes over 512 MB is stopped", "Documents that would run to more than
        # 500 pages are refused": a verb group of its own between the noun and the comparison.
        before = before[:relative]
    if not before or before[-1] in _NOT_NOUNS:
        return ""
    if _REFUSED_RE.match(text, mention.span[1], sentence_end):
        return "maximum" if comparative["above"] else "minimum"
    if _EFFECT_RE.match(text, mention.span[1], sentence_end):
        # "a fluid deficit greater than 2 percent of body mass impairs performance": the point
        # from which the effect holds.
        return "threshold"
    # A bare number after "for people over" is an age group (a population), no threshold, and
    # so is an age in years beside the clause's figure ("800 IU for people over 70": ``find``
    # reads it as one).
    if _population(before, text[clause[0] : start]):
        return ""
    return "threshold" if "for" in before[-3:-1] and mention.amount.unit else ""


#: Words right before an age's bound: "for adults aged 65 or older", "for people over 70".
_AGE_WORDS = frozenset({"aged", "age", "ages"})
_DIGIT_RE = re.compile(r"\d")


def _population(before: list[str], clause: str) -> bool:
    """Whether a bounded figure after whom or "aged" (its ``before`` words) is the age group
    another figure of its ``clause`` is for ("800 IU for people over 70"), no threshold of the
    advice; alone in its clause it is one ("not recommended for children under 3")."""
    if not before or (before[-1] not in PEOPLE_NOUNS and before[-1] not in _AGE_WORDS):
        return False
    return _DIGIT_RE.search(clause) is not None


#: A clause that says when advice applies ("whenever the UV index is", "once the heap
#: reaches", "if the tank drops below"): the figure in it is the point from which it applies.
_WHEN_CLAUSE_RE = re.compile(
    r"\b(?:when|whenever|if|once|as\s+soon\s+as)\s+(?:the\s+|your\s+|its\s+|it\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?P<reach>reaches|reach|hits|exceeds|tops|passes|pass)|is|are|gets|rises|"
    r"climbs|falls|drops|goes|takes|take|lasts|last|runs|run)\s+(?:(?:to|above|below|over|under)\s+)?\Z",
    re.IGNORECASE,
)


#: A when-clause whose verb of reaching is the figure's own bound: "once losses exceed 3
#: percent".
_WHEN_BOUND_RE = re.compile(
    r"\b(?:when|whenever|if|once|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){1,3}?\Z", re.IGNORECASE
)
#: Told not to pass the figure: "shouldn't", "should not", "must never", "do not".
_NOT_TO_RE = re.compile(
    r"\b(?:(?:should|must|do|does|can|may)(?:\s+not|n['’]t)|never)\s+(?:\w+\s+)?\Z", re.IGNORECASE
)
_EXCEEDS_RE = re.compile(r"(?:exceeds?|tops?|pass(?:es)?)\b", re.IGNORECASE)


#: A bound said as a comparison, which a condition's quantity crosses: "grows past 50 MB", "go
#: above 35°C", "lasts more than 24 hours", "measures more than 32 cm", "drops below 22°C".
_CROSSED_RE = re.compile(rf"(?:{_ABOVE}|{_BELOW}|past|beyond|in\s+excess\s+of)\s", re.IGNORECASE)
#: A condition's opening up to such a bound: its subject and verb in up to five words ("when a
#: log file grows", "If ringing in your ears lasts", "If you smoke").
_WHEN_WORDS_RE = re.compile(
    r"\b(?:when|whenever|if|once|as\s+soon\s+as)\s+(?P<words>(?:[\w'’-]+\s+){1,5}?)\Z",
    re.IGNORECASE,
)
#: Past verbs, which tell of one event rather than a condition: "when the storm killed more than
#: 300 people", "when it hit over 40°C last July", "once it was above 10%".
_PAST_WORDS = word_set(
    "was were had did hit went rose fell grew got made took saw came ran kept left reached"
)
_PAST_RE = re.compile(r"[a-z]{2,}[^e]ed$")
#: A figure that ends in its number, no unit written: "past 50", "over fifty".
_BARE_NUMBER_END_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))\Z", re.IGNORECASE
)


def _crossed(text: str, mention: Mention, head: int) -> bool:
    """Whether the figure is a bound said as a comparison that a condition's quantity crosses,
    the condition opened by when, whenever, if, once or as soon as and its verb in the present
    ("Keep in mind that rotation happens when a log file grows past 50 MB": rotation at 50 MB,
    which "The access log is rotated when it reaches 100 MB" contradicts; "If ringing in your
    ears lasts more than 24 hours, see your GP"; "If you smoke more than 10 cigarettes a day,
    start on the 21 mg patch"). Not an event told in the past ("when the storm killed more than
    300 people"), nor an age ("once you're past 50": a bare number of years)."""
    if _CROSSED_RE.match(mention.text) is None:
        return False
    if mention.dimension in ("duration", "age") and _BARE_NUMBER_END_RE.search(mention.text):
        return False  # "past 50": an age read from a bare number ("on more than two days" is not)
    found = _WHEN_WORDS_RE.search(text, head, mention.span[0])
    if found is None:
        return False
    said = found["words"].lower().split()
    return not any(w in _PAST_WORDS or _PAST_RE.search(w) for w in said)


def _conditional(text: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """Whether the figure is the point from which a condition holds: "Use sun protection
    whenever the UV index is 3 or above", "when the UV index reaches 6", "once the heap
    reaches 60°C", "if the tank drops below 22°C" (bounded, or after a verb of reaching), "once
    losses exceed 3 percent" (the verb read as the figure's bound), "when a log file grows past
    50 MB" (a comparison after any verb in the present: ``_crossed``)."""
    head = max(clause[0], mention.span[0] - 80)
    if _EXCEEDS_RE.match(mention.text) and _WHEN_BOUND_RE.search(text, head, mention.span[0]):
        return True
    if mention.qualifier.bound and _crossed(text, mention, head):
        return True
    found = _WHEN_CLAUSE_RE.search(text, head, mention.span[0])
    if found is None:
        return False
    return bool(found["reach"]) or mention.qualifier.bound

"""One action on one object stated twice in a page: the words a figure's clause shares.

A page that says how long to do one thing says the same action and object both times: "hold
your breath for up to 10 seconds" and "Hold your breath for 5 seconds after each puff"; "The
state file is flushed to disk every 5 seconds" and "the last flush of the state file, which
happens every 15 seconds"; "comb every 3 days" and "comb every four days". ``frame`` reads the
content words of a figure's clause near it (stemmed); ``distinct`` weighs the words two figures
share by how rare they are among the page's sentences (a page about inhalers says "inhaler"
everywhere, "breath" in a few places). ``group._acted_twice`` joins two figures of one page
whose frames share rare words and that nothing sets apart (see its docstring).

What tells two such figures apart is read by class, from general English, not from any one
page: ``twice.CONTRAST`` near the figure (a change, another time, a supposition or an example,
a part, a plan, a phase, another owner, size or place, generality), and besides it a population
or a condition of the clause ("for children", "if", "when", "with a spacer"), a per-unit base
("per file", "for each key"), a bound of the other direction ("at least" against "up to",
"longer than" against "shorter than"), or a range's end ("between", "from ... to"). A word both
clauses say sets neither apart ("before the first reading", "before starting").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from factcheck.extract.grouping.twice import CONTRAST, CONTRAST_CLASSES
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.actions import FUNCTION_WORDS
from factcheck.extract.subjects.propose import stem

#: Words of a clause that say nothing of what is done to what: verbs of being and having,
#: modal verbs, pronouns, units of time and size, vague nouns.
_EMPTY = FUNCTION_WORDS | word_set(
    "is was are were be been being am has have had having do does did doing will would can "
    "could should shall may might must not no don't doesn't isn't it's you're we're let lets "
    "make makes made get gets got need needs needed try tries keep keeps kept take takes took "
    "taking about around roughly approximately nearly almost least up until till within "
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks "
    "month months year years night nights time times moment moments "
    "byte bytes kb mb gb tb kib mib gib tib percent per cent "
    "metre metres meter meters cm mm km mile miles foot feet inch inches "
    "page guide note notes step tip tips please ok "
    "default defaults value setting set sets option options"
)
#: Words of a clause that set a figure against another of its kind besides ``twice.CONTRAST``:
#: a population or a condition ("for children", "when", "with a spacer"), a per-unit base ("per
#: file", "for each key"), a bound ("at least", "longer than") read by its direction, a
#: range's ends ("between 5 and 10"), an old or a new value ("now", "currently").
_CONDITION = word_set(
    "when whenever while unless until children child kids baby babies adults adult elderly "
    "older younger teenagers infants pregnant patients beginners experienced"
)
_PER = word_set("per")
_NEGATION = word_set("not never don't doesn't didn't no avoid")
#: Words of sequence: "rest before the reading", "hold your breath after each puff". Only one
#: against the other sets two figures apart ("30 minutes before", "2 hours after").
_SEQUENCE = ("before", "after")
_LOWER_BOUND = word_set("least minimum min more longer over above exceeds exceed exceeding")
_UPPER_BOUND = word_set("most maximum max less shorter under below up within")
_OTHER_VALUE = word_set("old new now current currently between range ranges median mean")
#: Words anywhere before a figure in its sentence that set it apart: another time ("The last
#: serious grounding on the river, in 2019, closed the channel for almost a week"), a
#: supposition or a condition ("If you get a reading of 180/120 or higher, rest for five
#: minutes"), a statistic of a group ("The median dog was walked for 48 minutes a day").
_WHOLE = CONTRAST_CLASSES["supposition"] | word_set(
    "ago previously formerly originally historically once unless when whenever "
    "median average mean typical typically"
)
#: Words read before the figure and after it, within its sentence and clause.
BEFORE = 8
AFTER = 5
#: Words right before the figure, and right after it, in which another-value words count.
NEAR = 4
SOON = 2
_YEAR = re.compile(r"(?:19|20)\d\d")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?")
#: Punctuation that ends a clause for the frame: what stands past it speaks of another thing.
_CLAUSE_END = re.compile(r"[;:()\[\]\u2013\u2014|]| - |\n")


def _tokens(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _plain(text: str, first: bool) -> list[str]:
    """The words of ``text`` in lower case, but "" for a word of a name: a capitalised word that
    does not open the sentence ("to Old Harbour"); ``first`` when ``text`` opens it."""
    found: list[str] = []
    for word in _WORD.findall(text):
        if word[0].isupper() and not (first and not found) and not word.isupper():
            found.append("")
        else:
            found.append(word.lower().replace("’", "'"))
    return found


def around(
    text: str, span: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[str], list[str]]:
    """The words of the figure's clause before it (at most ``BEFORE``) and after it (at most
    ``AFTER``), in lower case."""
    head = _CLAUSE_END.split(text[sentence[0] : span[0]])[-1]
    tail = _CLAUSE_END.split(text[span[1] : sentence[1]], maxsplit=1)[0]
    # (A comma ends the clause after the figure: "every 15 seconds, so a crash loses ...".)
    tail = tail.split(",", 1)[0]
    return _tokens(head)[-BEFORE:], _tokens(tail)[:AFTER]


def near(
    text: str, span: tuple[int, int], sentence: tuple[int, int]
) -> tuple[list[str], list[str]]:
    """``around``'s words with "" for each word of a name ("from Kessel Park to Old Harbour":
    "old" there is no other time), for ``apart_words``."""
    whole = text[sentence[0] : span[0]]
    head = _CLAUSE_END.split(whole)[-1]
    opens = not whole[: len(whole) - len(head)].strip()
    tail = _CLAUSE_END.split(text[span[1] : sentence[1]], maxsplit=1)[0].split(",", 1)[0]
    return _plain(head, first=opens)[-BEFORE:], _plain(tail, first=False)[:AFTER]


def frame(before: Iterable[str], after: Iterable[str]) -> frozenset[str]:
    """The stems of the content words around a figure: what is done, to what."""
    return frozenset(
        stem(w) for w in (*before, *after) if w not in _EMPTY and not w[0].isdigit() and len(w) > 2
    )


def sentence_stems(text: str) -> frozenset[str]:
    """The stems of a sentence's content words (for the page's rarity of each)."""
    return frozenset(stem(w) for w in _tokens(text) if w not in _EMPTY and len(w) > 2)


def distinct(shared: Iterable[str], rarity: dict[str, int], sentences: int) -> float:
    """How distinctive the words two figures share are: the sum of each one's rarity among the
    page's ``sentences`` (log of sentences over the sentences that say it)."""
    return sum(math.log(max(sentences, 1) / max(rarity.get(w, 1), 1)) for w in shared)


def apart_words(before: list[str], after: list[str], qualifier: str = "=") -> frozenset[str]:
    """The words near a figure that set it against another value of its kind (see the module's
    docstring), each as it stands, a bound as ``>`` or ``<`` (also its ``qualifier``'s: "at
    least 2 hours" is one figure)."""
    found: set[str] = {qualifier[0]} if qualifier[0] in "<>" else set()
    near = before[-NEAR:]
    for word in (*near, *after[:SOON]):
        if (
            word in _SEQUENCE
            or word in CONTRAST
            or word in _OTHER_VALUE
            or word in _CONDITION
            or _YEAR.fullmatch(word)
        ):
            found.add(word)
    for word in before:
        if word in _CONDITION or word == "if":
            found.add(word)
        # "Never charge it for more than 4 hours" against "Charge it for at least 2 hours".
        if word in _NEGATION:
            found.add("not")
    if any(w in _LOWER_BOUND for w in near[-3:]) or any(w in _LOWER_BOUND for w in after[:1]):
        found.add(">")
    if any(w in _UPPER_BOUND for w in near[-3:]) or any(w in _UPPER_BOUND for w in after[:1]):
        found.add("<")
    if any(w in _PER for w in after[:2]):
        found.add("per")
    return frozenset(found)


def set_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures' ``apart_words`` set them apart: a word one says and the other does
    not, bounds of the two directions, or one before and the other after."""
    differ = a ^ b
    if {">", "<"} <= differ or {"before", "after"} <= differ:
        return True
    return bool(differ - {">", "<", "before", "after"})


def whole(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """A word before the figure in its sentence that sets it apart wherever it stands (a year,
    "ago", "if", "median": ``_WHOLE``), or ""."""
    for word in _plain(text[sentence[0] : span[0]], first=True):
        if word in _WHOLE or _YEAR.fullmatch(word):
            return word
    return ""


def head(before: list[str]) -> str:
    """The stem of the content word nearest before the figure in its clause, past adverbs in
    -ly and bounds ("rest quietly for five minutes": ``rest``), or ""."""
    for word in reversed(before):
        if word in _EMPTY or word[0].isdigit() or len(word) <= 2 or word.endswith("ly"):
            continue
        if word in _LOWER_BOUND or word in _UPPER_BOUND:
            continue
        return str(stem(word))
    return ""

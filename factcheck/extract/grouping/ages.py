"""Whose age a figure is: one person's ages on two pages are one quantity.

News names a person once and then calls them by what they do: "KELVBRUNN - Ilse Varga has
fielded calls ... The 68-year-old farmer was at home", against another paper's "found by Ilse
Varga, 72, who has farmed the land". Both are Varga's age: the age right after a name is that
person's ("Ilse Varga, 72,", "Tom Reilly, aged 61,"), and an age said of a role ("The
68-year-old farmer", "the 45-year-old deckhand") is the person's the text named last before it,
within a few sentences. Two pages' ages of one surname are one subject (each page's one age of
that person), whatever their values: "72" and "the 68-year-old farmer" conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.mentions.ages import MOST_AFFECTED, most_affected
from factcheck.extract.mentions.lexicon import word_set

#: A person's name right before their age: "Ilse Varga, 72", "Tom Reilly, aged 61", "Mrs
#: Varga, 72" (two to four capitalised words, or a title and a surname).
_NAMED_RE = re.compile(
    r"(?<![\w.’'-])(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?[ \t\u00a0]+|(?:[A-Z][a-z’'-]+[ \t\u00a0]+){1,3})"
    r"(?P<surname>[A-Z][a-z’'-]+),?[ \t\u00a0]*(?:\(|aged[ \t\u00a0]+)?\Z"
)
#: An age said of a role, the person's the text named before: "The 68-year-old farmer", "the
#: 45-year-old deckhand" (the age's surface ends at "year").
_ROLE_RE = re.compile(r"-olds?[ \t\u00a0]+[a-z]", re.IGNORECASE)
#: A possessive right before an age said of a role: "Her 47-year-old captain went down with the
#: ship" is the ship's captain, not the person the text named last ("said Ilse Marren, the
#: group's founder"), as "The 24-year-old from Garnet Falls" after "Caleb Worthing says" is.
_POSSESSIVE_RE = re.compile(r"\b(?:her|his|its|their|our|my|your)[ \t\u00a0]+\Z", re.IGNORECASE)
#: A person's name in running text: a first name and a surname, or a title and a surname.
_PERSON_RE = re.compile(
    r"(?<![\w.’'-])(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?[ \t\u00a0]+|[A-Z][a-z’'-]+[ \t\u00a0]+)"
    r"(?P<surname>[A-Z][a-z’'-]+)\b(?![ \t\u00a0]+[A-Z])"
)
#: How far before an age said of a role its person may have been named.
_REACH = 400
#: Words that begin a sentence or name no one: "Scientists From", "The Ostra".
_NOT_NAMES = word_set(
    "The A An This That These Those It Its In On At By For From Of And But Or As After Before "
    "When While Since Until If Officials Scientists Police"
)


def whose_age(text: str, span: tuple[int, int]) -> str:
    """The surname of the person whose age stands at ``span`` ("Varga"), or "" when the text
    does not say whose it is."""
    start, end = span
    named = _NAMED_RE.search(text, max(0, start - 60), start)
    if named is not None and named["surname"] not in _NOT_NAMES:
        return named["surname"]
    if _ROLE_RE.match(text, end) is None or _POSSESSIVE_RE.search(text, max(0, start - 12), start):
        return ""
    people = [
        found["surname"]
        for found in _PERSON_RE.finditer(text, max(0, start - _REACH), start)
        if found["surname"] not in _NOT_NAMES
        and found.group().split()[0] not in _NOT_NAMES
        and not _CAPITALISED_BEFORE_RE.search(text, max(0, found.start() - 30), found.start())
    ]
    return people[-1] if people else ""


#: A capitalised word right before a name's first word: "the Ostra Planetary Science Group" is
#: no person "Science Group".
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*[ \t\u00a0]+\Z")


def age_key(text: str, span: tuple[int, int], sentence_start: int) -> str:
    """Whose ages the age at ``span`` is: its person's surname ("Varga"), the ages a condition
    affects most ("it is most common between the ages of 40 and 60", "It most often affects
    people aged 25 to 45": ``MOST_AFFECTED``), or the youngest or oldest of a group ("The
    youngest, a 19-year-old" against "The youngest of the group, aged 22": ``the youngest``),
    else ""."""
    if most_affected(text, span[0], sentence_start):
        return MOST_AFFECTED
    named = _NAMED_RE.search(text, max(0, span[0] - 60), span[0])
    superlative = _SUPERLATIVE_RE.search(text, max(sentence_start, span[0] - 80), span[0])
    if superlative and (named is None or named["surname"] in _NOT_NAMES):
        # "The youngest, a 19-year-old first-year student": the youngest, not the person the
        # text named last.
        return f"the {superlative['which'].lower()}"
    return whose_age(text, span)


#: A person picked out by a superlative of age, in the age's sentence before it: "The youngest,
#: a 19-year-old first-year student", "The youngest of the group, aged 22".
_SUPERLATIVE_RE = re.compile(r"\bthe\s+(?P<which>youngest|oldest)\b", re.IGNORECASE)


#: What says that an age bound is the youngest (or oldest) a product or treatment is for:
#: "DEET products are safe for children older than 2 months", "We don't recommend DEET for
#: children under 3", "suitable for adults and children from age 6", "licensed from six months".
_FOR_AGES_RE = re.compile(
    r"\b(?:safe|suitable|licensed|licenced|recommend(?:ed)?|approved|allowed|permitted|"
    r"intended|designed)\b",
    re.IGNORECASE,
)
YOUNGEST = "Youngest age"


def for_ages(sentence: str) -> bool:
    """Whether the sentence of an age bound says whom a product or treatment is for ("DEET
    products are safe for children older than 2 months")."""
    return _FOR_AGES_RE.search(sentence) is not None


def same_person(ages: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Pairs of ages of different documents of one person or one group: ``ages`` holds each
    age's index, its document and whose it is (``age_key``; "" for no one known). A page that
    gives one person two ages (then and now) has none to join."""
    by_page: dict[tuple[str, int], list[int]] = {}
    for index, document, surname in ages:
        if surname:
            by_page.setdefault((surname, document), []).append(index)
    sole = [
        (surname, document, members[0])
        for (surname, document), members in by_page.items()
        if len(members) == 1
    ]
    return [
        (a, b)
        for i, (surname, document, a) in enumerate(sole)
        for other, other_document, b in sole[i + 1 :]
        if surname == other and document != other_document
    ]


#: One animal or person named by a definite noun and then said to be of an age in apposition:
#: "The wolf, a two-year-old male known to researchers as Ruvo" (the wolf's age).
_APPOSED_RE = re.compile(
    r"(?<![\w’'-])[Tt]he[ \t\u00a0]+(?P<noun>[a-z]+),[ \t\u00a0]+an?[ \t\u00a0]+\Z"
)
#: An age in a definite phrase of one animal or person: "the 18-month-old wolf", "The
#: 68-year-old farmer" (what follows the age's surface, "18-month").
_DEFINITE_BEFORE_RE = re.compile(r"(?<![\w’'-])[Tt]he[ \t\u00a0]+\Z")
_OLD_NOUN_RE = re.compile(r"-old[ \t\u00a0]+(?P<noun>[a-z]+)\b")
#: A person's given name or title before their surname: "Tom Pennock, 34", "Mr Pennock, 38".
_GIVEN_RE = re.compile(
    r"(?P<given>[A-Z][a-z’'-]+)\.?[ \t\u00a0]+[A-Z][a-z’'-]+,?[ \t\u00a0]*(?:\(|aged[ \t\u00a0]+)?\Z"
)
#: Titles that say a man or a woman: "Mr Pennock" is not "Mrs Pennock".
_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def individual(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """Whose age one page states at ``span``, as (who, how): a person by their surname right
    before the age, with the given name or title that tells them from their family ("Tom Pennock,
    34": ("Pennock", "Tom"); "Mr Pennock, 38": ("Pennock", "Mr")), one animal or person a
    definite noun names in apposition ("The wolf, a two-year-old male": ("the wolf", "apposed"))
    or in a definite phrase ("the 18-month-old wolf": ("the wolf", "the")); ("", "") when the
    text names no single one. A plural ("the two-year-old cubs") names several."""
    start, end = span
    named = _NAMED_RE.search(text, max(0, start - 60), start)
    if named is not None and named["surname"] not in _NOT_NAMES:
        given = _GIVEN_RE.search(text, max(0, start - 60), start)
        return named["surname"], given["given"] if given else ""
    apposed = _APPOSED_RE.search(text, max(0, start - 40), start)
    if apposed is not None and not apposed["noun"].endswith("s"):
        return f"the {apposed['noun']}", "apposed"
    old = _OLD_NOUN_RE.match(text, end)
    if (
        old is not None
        and _DEFINITE_BEFORE_RE.search(text, max(0, start - 8), start)
        and not old["noun"].endswith("s")
    ):
        return f"the {old['noun']}", "the"
    return "", ""


def one_individual(first: str, second: str) -> bool:
    """Whether two ways ``individual`` read a page's two ages of one name or noun may name one
    individual: not a man and a woman ("Mr", "Mrs"), nor two given names ("Tom", "Arthur"), nor
    two definite phrases of one noun ("the 3-year-old mare", "the 5-year-old mare": two of its
    kind)."""
    if first == second == "the":
        return False
    sex = {_TITLES[g] for g in (first, second) if g in _TITLES}
    if len(sex) > 1:
        return False
    names = {g for g in (first, second) if g and g not in _TITLES and g not in ("the", "apposed")}
    return len(names) <= 1

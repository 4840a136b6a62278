"""A figure in a definite noun phrase: a page referring back to a thing it has already measured.

English marks a thing already spoken of with a definite determiner or a possessive, and a page
that names such a thing by its measure puts the figure between them and the noun: "Those of us
who heard the 5.15am slide" (the slide the page reported "came down shortly after 4:40am"),
"Sunday's 37.8°C peak" (the temperatures that "peaked at 38.4°C ... on Sunday"). The phrase
presupposes the thing and states its measure again, so its figure and the page's other figure
of that thing are one quantity stated twice; two values are the page contradicting itself.

``referred`` reads the noun of such a phrase; ``group._referred_twice`` joins the phrase's figure
with the page's one other figure whose clause says that noun (see its docstring for the rest of
the rule). An indefinite phrase refers to nothing ("a 15-minute walk": any walk), and two
definite phrases of one noun name two of its kind ("the 16-hour patch", "the 24-hour patch").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.grouping.acted import BEFORE, frame
from factcheck.extract.mentions.lexicon import word_set

#: Determiners of a thing already spoken of (a possessive is read apart: "Sunday's"). Not
#: "that", which before a figure mostly opens a clause ("a survey found that 61% reported").
_DEFINITE = word_set("the this these those its their our his her")
#: Words after a figure that are no noun it qualifies: verbs, prepositions, conjunctions.
_NO_NOUN = word_set(
    "is was are were be been has have had will would can could should may might must do does "
    "did and or but nor of to in on at for by from with as than into onto per a an the "
    "that which who whom whose this these those it its"
)


@dataclass(frozen=True)
class Reference:
    """A definite noun phrase around a figure: its noun, and its owner when it is possessive."""

    noun: str
    """The noun, in lower case ("peak")."""
    owner: str
    """The possessive's word, in lower case and without "'s" ("sunday"), or ""."""


NONE = Reference("", "")


def referred(
    text: str, span: tuple[int, int], sentence: tuple[int, int], counted: str = ""
) -> Reference:
    """The definite noun phrase the figure at ``span`` stands in: the noun it qualifies ("the
    5.15am slide": ``slide``; "Sunday's 37.8°C peak": ``peak`` of ``sunday``; "the ferry's
    15-minute crossing": ``crossing`` of ``ferry``; a count's own noun, ``counted``: "The 60
    staff at Mill Lane": ``staff``), or ``NONE`` when it stands in none ("a 15-minute walk",
    "peaked at 38.4°C")."""
    before = text[sentence[0] : span[0]]
    # The determiner stands right before the figure, one space between: "the 5.15am slide".
    found = re.search(r"([A-Za-z][A-Za-z'’-]*) \Z", before)
    if not found:
        return NONE
    last = found.group(1)
    owner = last.endswith(("'s", "’s")) and len(last) > 2
    if not owner and last.lower() not in _DEFINITE:
        return NONE
    whose = re.sub(r"['’]s$", "", last).lower() if owner else ""
    if counted:
        return Reference(counted.lower(), whose)
    # The noun follows the figure, one space between: "Sunday's 37.8°C peak was".
    noun_found = re.match(r" ([A-Za-z][A-Za-z-]*)\b", text[span[1] : sentence[1]])
    if not noun_found:
        return NONE
    noun = noun_found.group(1).lower()
    if noun in _NO_NOUN or noun.endswith("ly") or not frame([noun], []):
        return NONE
    return Reference(noun, whose)


#: A capitalised word: a word of a name when it does not open its sentence.
_CAPITAL = re.compile(r"[A-Z][A-Za-z'’-]*")
#: What ends the clause before a figure and after it; after it a comma ends it too (what follows
#: speaks of another thing: "Halberd's superstore, which has 140 staff, is four times the size
#: of the Mill Lane shop").
_CLAUSE_END = re.compile(r"[;:()\[\]\u2013\u2014|.!?]| - |\n")


def names_near(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> frozenset[str]:
    """The words of names in the figure's clause (``acted.BEFORE`` words before it, and after it
    up to a comma): capitalised words that do not open the sentence, possessives as the name
    ("The Mill Lane store employs 85 people": {"Mill", "Lane"})."""
    whole = text[sentence[0] : span[0]]
    head = _CLAUSE_END.split(whole)[-1]
    opens = not whole[: len(whole) - len(head)].strip()
    words = head.split()[-BEFORE:]
    tail = _CLAUSE_END.split(text[span[1] : sentence[1]], maxsplit=1)[0].split(",", 1)[0]
    found = set()
    for n, word in enumerate([*words, *tail.split()]):
        if n == 0 and opens and len(words) == len(head.split()):
            continue
        if _CAPITAL.fullmatch(word.strip(",")) and not word.isupper():
            found.add(re.sub(r"['’]s$", "", word.strip(",")))
    return frozenset(found)

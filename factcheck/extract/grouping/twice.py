"""One count of one thing stated twice in a document: the words that set two counts apart.

A page that counts one thing twice ("spread across six stages", "Acts across its seven
stages") states one quantity twice, and two values are the page contradicting itself. Most
pairs of one page's counts of one noun are two quantities, though, and the words that say so
stand near the figures: a change or a replacement ("three smaller meals instead of the usual
two", "raised from 4 to 8"), another time ("previously", "last year", "originally"), a
supposition or an example ("if you run 6 workers", "for example"), a part of a whole or more of
it ("another 3 stops", "including 2 extra rooms"), a plan or an expectation ("plans 12 more
branches"). ``contrasted`` reads them; ``group._counted_twice`` joins a page's two counts of
one thing that no such word sets apart (see its docstring for the rest of the rule). The table
is written from general English, not from any one document.
"""

from __future__ import annotations

import re

from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.counted import thing
from factcheck.extract.subjects.paraphrase import PEOPLE_NOUNS
from factcheck.extract.subjects.propose import stem

#: Words that set a figure against another value of its kind, by class.
CONTRAST_CLASSES: dict[str, frozenset[str]] = {
    "change": word_set(
        "instead rather replace replaced replaces replacing change changed changes raise raised "
        "raises lowered lowers increase increased increases decrease decreased decreases "
        "reduce reduced reduces rose rises fell falls dropped grew removed doubled halved tripled "
        "swapped switched moved upgraded downgraded"
    ),
    "comparison": word_set("compared versus vs against whereas unlike"),
    "another time": word_set(
        "previously formerly former previous prior originally original earlier later ago last "
        "next usual usually normally before after initially eventually"
    ),
    "supposition": word_set(
        "example instance e.g eg say suppose supposing imagine if unless would could might "
        "hypothetical"
    ),
    "part or more": word_set(
        "among including another other others extra additional further more fewer less "
        "remaining total altogether overall"
    ),
    "plan": word_set(
        "plan plans planned planning expect expects expected expecting propose proposed "
        "proposes target targets aim aims hope hopes hoped will"
    ),
    "phase": word_set("phase phases step steps first second third fourth final"),
    "another owner": word_set(
        "rival rivals competitor competitors neighbouring neighboring sister partner partners"
    ),
    "another size": word_set("larger smaller bigger largest smallest biggest"),
    "another place": word_set(
        "north south east west northern southern eastern western upper lower inner outer left "
        "right front rear"
    ),
    "in general": word_set("average typical typically"),
}
CONTRAST = frozenset().union(*CONTRAST_CLASSES.values())
#: Words either side of a figure, within its sentence, that ``contrasted`` reads; a year among
#: them ("in 2019", "by 2030") dates the figure to another time too.
WINDOW = 6

_WORD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+\.?)?|\b(?:19|20)\d\d\b")


def contrasted(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The first word of ``CONTRAST`` or year within ``WINDOW`` words of the figure at ``span``
    in its sentence (lower case), or "": "three smaller meals instead of the usual two" ->
    "instead"."""
    before = _WORD.findall(text[sentence[0] : span[0]])[-WINDOW:]
    after = _WORD.findall(text[span[1] : sentence[1]])[:WINDOW]
    for found in (*reversed(before), *after):
        word = str(found).lower().replace(".", "")
        if word in CONTRAST or word.isdigit():
            return word
    return ""


#: Counts of how often something is done, no thing counted: "twice a day" and "three times a
#: day" on one page are the frequencies of two actions (a walk, a dose).
_OCCURRENCES = frozenset({"time", "times", "occasion", "occasions"})


def counted_thing(noun: str) -> str:
    """What a count of ``noun`` counts, one key for synonyms ("ships", "vessels": "ship"), or ""
    for people (a page counts many groups of people: residents, evacuees, visitors) and for
    times something is done (``_OCCURRENCES``)."""
    noun = noun.lower()
    if not noun or noun in PEOPLE_NOUNS or noun in _OCCURRENCES:
        return ""
    counted: str = thing(noun) or stem(noun)
    return counted

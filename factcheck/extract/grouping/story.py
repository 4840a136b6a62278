"""One measure of the thing a story is about: its length, height, weight or age on two pages.

News about one thing (a stranded whale, a ship, a meteorite) gives its measures in a sentence
that opens with the thing and puts the figure in an aside: "The whale, which measured 11 metres
from nose to tail", "The animal, nearly 14 metres long, was found on Sunday morning", "The
whale, a juvenile male estimated at 25 tonnes", "The whale, about 36 feet long and weighing some
40 tons", "Rescuers say it was a young whale of perhaps three or four". Each page names the
thing by a noun or by a general word for it (the whale, the animal, the creature); a general
word stands for the animal the page names most, and a made thing by its kind ("the ship", "the
vessel"). Two pages' only figures of one measure of one thing are one quantity, whatever their
values.

A species' or a class's general figure is no measure of this thing: "adult humpbacks can weigh
30 tonnes or more and reach 15 metres in length" opens with no definite thing, so it has no
key; its claim gets the context ``class`` (``general_class``), so that ``check`` never sets it
against the thing's own figure.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.extract.mentions.ages import ANIMALS, LIVING
from factcheck.extract.mentions.units import WEIGHT
from factcheck.extract.subjects.paraphrase import AGED_THING_KIND

#: The dimensions whose figures measure a thing's size, weight or age.
MEASURED = frozenset({"length", WEIGHT, "age"})
#: General words for a living thing: they stand for the animal the page names most.
_GENERAL = frozenset({"animal", "creature", "mammal", "beast", "it"})
#: A sentence opening with a definite thing and an aside or a verb: "The whale, which
#: measured", "The animal, nearly 14 metres long", "This humpback was"; or with "It".
_OPENER_RE = re.compile(
    r"\W*(?:(?:The|This|That)[ \t\u00a0]+(?:[a-z-]+[ \t\u00a0]+){0,2}?(?P<noun>[a-z]+)"
    r"(?:,|[ \t\u00a0]+(?:was|is|had|has|which|that|measured|measures|weighed|weighs))"
    r"|(?P<it>It)[ \t\u00a0]+(?:was|is|had|has|measured|measures|weighed|weighs)\b)"
)
#: A living thing told by its age after "of": "it was a young whale of perhaps three or four".
_YOUNG_OF_RE = re.compile(
    r"\b(?:young|juvenile|adult|old)[ \t\u00a0]+(?P<noun>[a-z]+)[ \t\u00a0]+of[ \t\u00a0]+"
    r"(?:[a-z]+[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
#: Which measure of length a figure gives, by the word right after it...
_LENGTH_AFTER = {
    "length": re.compile(r"[ \t\u00a0]+(?:long\b|in[ \t\u00a0]+length\b|from[ \t\u00a0]+nose)"),
    "height": re.compile(r"[ \t\u00a0]+(?:tall|high)\b|[ \t\u00a0]+in[ \t\u00a0]+height\b"),
    "width": re.compile(r"[ \t\u00a0]+(?:wide|across|in[ \t\u00a0]+width)\b"),
    "depth": re.compile(r"[ \t\u00a0]+(?:deep|in[ \t\u00a0]+depth)\b"),
}
#: ... or right before it ("which measured 11 metres", "a length of 11 m").
_LENGTH_BEFORE_RE = re.compile(
    r"\b(?:measur(?:ed|es|ing)|(?:a|its|total)[ \t\u00a0]+length[ \t\u00a0]+of)[ \t\u00a0]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)


def measure_of(text: str, span: tuple[int, int], dimension: str) -> str:
    """Which measure of a thing the figure at ``span`` gives: ``length``, ``height``,
    ``width``, ``depth`` (by the words beside a length), ``weight`` or ``age``; "" for a length
    no word says the measure of ("lying about 8 km from the river mouth")."""
    if dimension == WEIGHT:
        return "weight"
    if dimension == "age":
        return "age"
    for measure, after in _LENGTH_AFTER.items():
        if after.match(text, span[1]):
            return measure
    if _LENGTH_BEFORE_RE.search(text, max(0, span[0] - 40), span[0]):
        return "length"
    return ""


def said_of(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The noun of the definite thing the figure at ``span`` measures: its sentence's opening
    thing ("The whale, which measured 11 metres": ``whale``; "It was ...": ``it``) or the
    living thing told by its age ("a young whale of perhaps three or four"); "" else."""
    young = _YOUNG_OF_RE.search(text, max(sentence[0], span[0] - 40), span[0])
    if young is not None and young["noun"].lower() in LIVING:
        return young["noun"].lower()
    opener = _OPENER_RE.match(text, sentence[0], span[0])
    if opener is None or _OF_AFTER_RE.match(text, span[1]):
        return ""  # "The ship was carrying 2,100 tons of fuel": the fuel's weight
    noun = "it" if opener["it"] else opener["noun"]
    near = text[max(0, span[0] - _NAMED_AGAIN) : span[1] + _NAMED_AGAIN]
    if noun not in _GENERAL and (noun.endswith("est") or len(re.findall(rf"\b{noun}\b", near)) < 2):
        # "The largest by far is ...", "The youngest, a 19-year-old": no thing; a thing the
        # story is about is named again (near it: a long page costs no more).
        return ""
    # "The whale, a juvenile male estimated at 25 tonnes": the figure in the opening aside,
    # or in the clause that the opening thing is the subject of (no other clause's subject
    # between: "The animal, nearly 14 metres long, was found").
    if _OTHER_SUBJECT_RE.search(text, opener.end(), span[0]):
        return ""
    return noun


#: A clause with a subject of its own between the opening thing and the figure: "The whale was
#: refloated, and rescuers said the tide was 4 metres".
_OTHER_SUBJECT_RE = re.compile(
    r"[;:]|,[ \t\u00a0]+(?:and|but|while|as)[ \t\u00a0]+(?:the|a|an|its|their|they|we|he|she)\b"
    r"|\b(?:said|says|told|added|each|every)\b"
)
#: How far either side of a figure its thing must be named again.
_NAMED_AGAIN = 5000
#: "of" after a figure: the measure of what follows ("2,100 tons of fuel").
_OF_AFTER_RE = re.compile(r"[ \t\u00a0]+of\b")


def page_thing(text: str) -> str:
    """The animal a page names most ("whale" on a page of "the whale" and "the animal"), for
    its general words to stand for; "" when it names none."""
    counts = Counter(
        word
        for word in re.findall(r"[a-z]+", text.lower())
        if word in ANIMALS and word not in _GENERAL and word not in _SEXES
    )
    if not counts:
        return ""
    return _singular(counts.most_common(1)[0][0])


#: Words of an animal's sex or stage, which say nothing of which animal it is.
_SEXES = frozenset(
    {"male", "males", "female", "females", "juvenile", "juveniles", "calf", "calves", "pet"}
)


def thing_key(noun: str, page: str) -> str:
    """The key of the thing ``noun`` names on a page whose main animal is ``page``: a general
    word's page animal, a made thing's kind ("ship", "vessel": ``vessel``), else the noun."""
    noun = noun.lower()
    if noun in _GENERAL or noun in _SEXES:
        return page
    kind = AGED_THING_KIND.get(noun)
    return kind or _singular(noun)


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


#: A species' or class's general figure: a bare plural (with up to two words before it) that
#: can, may or typically does something, before the figure in its sentence: "adult humpbacks
#: can weigh 30 tonnes or more", "Males typically reach 16 metres", "humpbacks grow to 15 m".
_GENERAL_RE = re.compile(
    r"(?:^|[,;:(][ \t\u00a0]*|\b(?:comparison|general|contrast|average),?[ \t\u00a0]+)"
    r"(?P<class>(?:[a-z]+[ \t\u00a0]+){0,2}?[a-z]+s)[ \t\u00a0]+"
    # ... and a verb of measure, perhaps after a modal or an adverb ("can weigh", "typically
    # reach"; not "Visitors can climb aboard the 62-foot lugger": what visitors do)
    r"(?:(?:can|could|may|might|typically|usually|often|generally|normally|commonly"
    r"|tend[ \t\u00a0]+to)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?)?"
    r"(?:grow|reach|weigh|measure|live|stand|span|top)\b",
    re.IGNORECASE,
)


def general_class(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The class a general figure of size, weight or age holds for, said before it in its
    sentence ("For comparison, adult humpbacks can weigh 30 tonnes or more and reach 15 metres
    in length": ``adult humpbacks``); "" for a figure of one thing."""
    said = list(_GENERAL_RE.finditer(text[sentence[0] : span[0]]))
    if not said:
        return ""
    found = said[-1]
    name = " ".join(found["class"].lower().split())
    if name.split()[-1] in _NOT_CLASSES or _DETERMINERS.intersection(name.split()):
        return ""  # "The first ones usually fall out around age 6": these, not a class
    return name


#: Words that make a noun phrase definite: a class is named by a bare plural.
_DETERMINERS = frozenset({"the", "this", "these", "those", "its", "their", "our", "your", "my"})


#: Plural-looking words that name no class: "its", "this", "was", "has", "is".
_NOT_CLASSES = frozenset({"its", "this", "was", "has", "is", "as", "us", "yes", "gas", "bus"})

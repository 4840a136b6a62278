"""A person's age, and the ages of a group, as a measure of their own (dimension ``age``).

News gives people's ages ("Ilse Varga, 72, who has farmed the land", "The 68-year-old farmer",
"a man aged 61"), health pages the ages a condition affects ("It most often affects people aged
25 to 45", "it is most common between the ages of 40 and 60") or a medicine is for ("children
aged 12 and over", "licensed from six months of age"). Such an age is drafted in the unit
``year_of_age`` (``month_of_age``, ...; "72 years old" in a claims file): it compares with ages
only, so "72" and "the 68-year-old farmer" conflict, and an age never meets a duration ("72
hours", "for 25 years"). A thing's age stays a time since it began ("the twelve-year-old
vessel", "the bridge is nearly 90 years old": ``grouping.events``).
"""

from __future__ import annotations

import re

from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.mentions.units import Unit
from factcheck.extract.subjects.paraphrase import AGED_BODIES, AGED_THING_KIND

#: The unit of age for each unit of time an age is said in.
_OF_AGE = {unit: f"{unit}_of_age" for unit in ("year", "month", "week", "day")}
#: The units of time an age is said in.
TIMES = frozenset(_OF_AGE)
DIMENSION = "age"
YEARS_OF_AGE = Unit("year_of_age", DIMENSION)

#: "-year-old", "-month-olds" right after the unit: an age written as an adjective or a noun.
_HYPHEN_OLD_RE = re.compile(r"-olds?\b(?:[ \t\u00a0]+(?P<noun>[A-Za-z][\w-]*))?", re.IGNORECASE)
#: "7 years old", "six months of age": an age said after its unit.
_OLD_RE = re.compile(r"[ \t\u00a0]+old\b", re.IGNORECASE)
_OF_AGE_RE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+age\b", re.IGNORECASE)
#: Who "N years old" is said of when it is a person's age: pronouns and nouns for people.
_PERSONS = word_set(
    "i i'm we you you're he he's she she's they they're him her them your his their child "
    "children kid kids baby babies toddler toddlers son sons daughter daughters boy boys girl "
    "girls teen teens teenager teenagers person people patient patients adult adults man men "
    "woman women respondent respondents participant participants mother father grandmother "
    "grandfather wife husband pupil pupils student students infant infants"
)
_WORD_RE = re.compile(r"[a-z][a-z'’]*")
#: Animals, and words for any living thing, whose "N years old" is an age as a person's is
#: ("The whale ... is thought to be about 8 years old", "Dogs had to be at least 2 years old");
#: a made thing's or a body's dates its making ("the bridge is nearly 90 years old").
ANIMALS = word_set(
    "animal animals creature creatures mammal mammals beast beasts pet pets whale whales "
    "humpback humpbacks orca orcas dolphin dolphins porpoise porpoises seal seals shark sharks "
    "fish turtle turtles tortoise tortoises bird birds eagle eagles owl owls parrot parrots "
    "dog dogs puppy puppies cat cats kitten kittens horse horses pony ponies foal cow cows "
    "calf calves bull bulls sheep lamb lambs goat goats pig pigs deer stag fox foxes bear bears "
    "elephant elephants lion lions tiger tigers wolf wolves otter otters ape apes gorilla "
    "gorillas chimpanzee chimpanzees monkey monkeys male males female females juvenile "
    "juveniles cub cubs"
)
#: Every living thing whose years are an age: people and animals.
LIVING = _PERSONS | ANIMALS


def of_age(unit: Unit) -> Unit:
    """The unit of age a unit of time names when an age is said in it ("6 months of age")."""
    return Unit(_OF_AGE.get(unit.text, unit.text), DIMENSION)


def said_as_age(text: str, start: int, end: int, unit: Unit | None) -> bool:
    """Whether the amount in ``unit`` at ``start:end`` is an age said with its unit of time: a
    hyphenated age of anyone but a thing or a body ("The 68-year-old farmer", "My four-year-old",
    "6- to 11-year-olds"; not "the twelve-year-old vessel", "The 90-year-old chain": their
    making or founding dates them), "N years of age", or "N years old" said of a person ("until
    they are at least 7 years old"; not "guidance that is nearly ten years old")."""
    if unit is None or unit.text not in TIMES:
        return False
    hyphen = _HYPHEN_OLD_RE.match(text, end)
    if hyphen is not None:
        noun = (hyphen["noun"] or "").lower()
        following = _WORD_RE.findall(text[hyphen.end() : hyphen.end() + 40].lower())
        named = [noun, *following[:2]]
        return not any(
            (word in AGED_THING_KIND or word in AGED_BODIES) and not _agent(named[i + 1 : i + 2])
            for i, word in enumerate(named[:2])
        )
    if _OF_AGE_RE.match(text, end):
        return True
    if _OLD_RE.match(text, end):
        return person_before(text, start) or living_before(text, start)
    return False


#: People's nouns beyond the pronouns and family words: whose age news sets after them ("The
#: pilot, 34, was unhurt").
_PEOPLE_NOUNS = word_set(
    "pilot victim suspect officer nurse doctor surgeon chef cook pensioner veteran mum dad "
    "grandmother grandfather grandmother grandma grandpa granny widow widower neighbour neighbor "
    "resident tenant owner cyclist motorist pedestrian passenger climber hiker swimmer diver "
    "walker rider jockey captain skipper coach athlete striker goalkeeper midfielder defender "
    "candidate mayor councillor senator chairman chairwoman chair founder director boss "
    "employee worker farmer fisherman teacher student pupil baker builder carpenter mechanic"
)


def person_noun(word: str) -> bool:
    """Whether ``word`` (lower case) names a person: "pilot", "grandmother", "driver", "sailor"
    (not "bridge", "water"): whose age a bare number set after it may be."""
    return word in _PERSONS or word in _PEOPLE_NOUNS or _agent([word])


#: Endings of a noun for who does a thing ("driver", "sailor", "florist", "librarian").
_AGENT_RE = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)s?")
#: Words of those endings that are no one: "the 90-year-old bridge after the storm".
_NO_AGENTS = word_set(
    "after over under other others never ever either neither rather whether later together "
    "however water waters winter summer number numbers floor floors door doors motor motors"
)


def _agent(word: list[str]) -> bool:
    """Whether the word after a thing's name makes a person of it: "a 61-year-old retired bus
    driver", "the 40-year-old boat builder" (not "the 90-year-old bridge collapsed", nor "the
    twelve-year-old cargo freighter", a thing's name itself)."""
    if not word:
        return False
    head = word[0]
    if head in _PERSONS:
        return True
    return (
        _AGENT_RE.fullmatch(head) is not None
        and head not in _NO_AGENTS
        and head not in AGED_THING_KIND
        and head not in AGED_BODIES
    )


#: Where a sentence ends, looking back from a figure.
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
#: How far back in its sentence the thing an age is said of may stand.
_REACH = 200


def living_before(text: str, start: int) -> bool:
    """Whether "N years old" at ``start`` is said of a living thing: the nearest word before
    it in its sentence that names a person, an animal or a made thing names a living one ("The
    whale, a juvenile male estimated at 25 tonnes, is thought to be about 8 years old", "Dogs
    had to be at least 2 years old"; not "Cars more than 5 years old", "an online forum, now ten
    years old": their making dates them, ``grouping.events``)."""
    before = text[max(0, start - _REACH) : start]
    ends = list(_SENTENCE_END_RE.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    for word in reversed(_WORD_RE.findall(before.lower())):
        if word in LIVING:
            return True
        if word in AGED_THING_KIND or word in AGED_BODIES:
            return False
    return False


def person_before(text: str, start: int) -> bool:
    """Whether a pronoun or a noun for people stands among the five words before ``start``
    ("when your child turns 3", "until they are at least 7 years old", "once he turns 18"): the
    age is a person's, not the years since a thing began ("the society turns 40 in May")."""
    before = _WORD_RE.findall(text[max(0, start - 40) : start].lower())[-5:]
    return bool(_PERSONS.intersection(before))


#: A digit, or a number in words, of another figure.
_FIGURE_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|twice)\b",
    re.IGNORECASE,
)


def claimed(
    text: str, span: tuple[int, int], where: tuple[tuple[int, int], tuple[int, int]]
) -> bool:
    """Whether the age at ``span`` is what its clause claims, not the group another figure is
    about: "It most often affects people aged 25 to 45" (no other figure in its clause before it
    nor in its sentence after it), not "Children aged 4 to 8 need about 1.2 litres", "For
    children aged 2 to 5, a nap of 1 to 2 hours" nor a line's label ("Ages 3 to 5: 10 to 13
    hours"). ``where`` is the age's clause and sentence."""
    (clause_start, _), (_, sentence_end) = where
    start, end = span
    if text[end:].lstrip(" \t\u00a0")[:1] == ":":
        return False
    return not (
        _FIGURE_RE.search(text, clause_start, start) or _FIGURE_RE.search(text, end, sentence_end)
    )


#: What says that the ages after it are the ones a condition affects most: "it is most common
#: between the ages of 40 and 60", "It most often affects people aged 25 to 45", "usually
#: starts in people over 50", "peaks in children under 5".
_MOST_AFFECTED_RE = re.compile(
    r"\b(?:(?:most|mainly|mostly|usually|typically|commonly|chiefly|predominantly|generally)"
    r"(?:[ \t\u00a0]+(?:often|commonly|frequently))?[ \t\u00a0]+(?:common|affects?|affected|"
    r"seen|occurs?|diagnosed|found|develops?|strikes?|starts?|appears?|begins?)|peaks?)\b"
    r"[^.;:!?]{0,40}\Z",
    re.IGNORECASE,
)
MOST_AFFECTED = "Ages most often affected"


def most_affected(text: str, start: int, sentence_start: int) -> bool:
    """Whether the age at ``start`` is of those a condition affects most, said in its clause
    before it ("it is most common between the ages of 40 and 60")."""
    return _MOST_AFFECTED_RE.search(text, max(sentence_start, start - 80), start) is not None

"""A drafted subject's label in its sentence's own words: the noun phrase naming the measure.

The rule, in order (the first that finds a noun phrase wins):

1. "57% **of MS patients** had fewer relapses", "2 GB **of free disk space**": the phrase after
   "of" names what the figure is a part or an amount of; for a share the words after it say which
   part ("Share of MS patients with fewer relapses").
2. A count names its noun ("**four core maintainers**"), an attributive figure the noun it
   qualifies ("a 2 TB **repository**", "a 10-minute **walk to the bus stop**").
3. "**Default compression level** is now 5", "**the read timeout** defaults to 60 seconds",
   "**room temperature** of about 18 degrees": the phrase the figure is said of, before a linking
   verb; before another verb, the clause reads as a relative ("Time **the test suite takes**").

Qualifiers the sentence gives that the phrase lacks follow it: the role ("Typical ..."), the
condition ("for MS"), the population ("for children"). Words keep the writer's capitals (MS,
LDN, GiB); only the first letter is raised. Labels are display text: subject ids do not read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.grouping import story
from factcheck.extract.mentions import ages
from factcheck.extract.mentions.labelline import label_line
from factcheck.extract.mentions.lexicon import past_participle, word_set
from factcheck.extract.mentions.news import plural, singular
from factcheck.extract.mentions.units import WEIGHT
from factcheck.extract.subjects.labelwords import (
    CONTAINERS,
    MEASURE_NOUNS,
    NOT_NOUNS,
    THING_NOUNS,
    verb_base,
    verb_like,
)
from factcheck.extract.subjects.paraphrase import AGED_THING_KIND
from factcheck.extract.subjects.roles import ROLE_WORDS, population_words
from factcheck.extract.subjects.settings import table_row
from factcheck.values.spellings import canonical_unit

_TOKEN_RE = re.compile(
    r"[A-Z]{2,}(?:/[A-Z]{2,})+|[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]"
)
#: ("HIV/AIDS" is one word)
_MAX_WORDS = 7
#: A figure joined to its unit by a hyphen: "160-hectare", "12-week".
_HYPHENATED = re.compile(r"\d[\d.,]*-[A-Za-z]")
_MAX_CLAUSE = 10
# Words that never belong to a noun phrase naming a measure.
_DETERMINERS = word_set(
    "the a an this that these those its their his her our your my each every any some all both "
    "either no another such"
)
_PREPOSITIONS = word_set(
    "of in on at to for with from by into onto over under after before during per about around "
    "between against within without than via across through toward towards up down off out"
)
_FUNCTION = (
    _DETERMINERS
    | _PREPOSITIONS
    | word_set(
        "and or but nor so yet if when while where whereas because although though as which who whom "
        "whose what it they them we us you he she i me him one ones there here then now just only "
        "also even still already usually typically often generally normally roughly approximately "
        "nearly almost around about some least most more less very quite rather somewhere closer "
        "close just up back again ideally always never not n't once twice"
    )
)
_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen dozens half quarter third tenth"
)
_PRONOUNS = word_set("i we you he she it they me us him them this that there")
# "New York City reported that ...": who said it, not what it measures.
# Words in -ly that are no adverbs ("a daily dose").
_ADJECTIVES_LY = word_set("daily early weekly monthly yearly hourly nightly only family ally")
_AUXILIARIES = word_set(
    "is are was were be been being has have had can could may might will would should must shall "
    "do does did"
)
_REPORTING = word_set("reported report reports said say says showed show shows found find finds")
_LINKING = word_set(
    "is are was were be been being becomes become became remains remain stays stay equals "
    "defaults set sits stands lies ranges range runs run averages averaged averaging "
    "reached reaches hit hits totalled totaled totals measured measures comes came amounts "
    "amounted stood"
)
_VERBS = _LINKING | word_set(
    "has have had take takes took taken taking need needs needed give gives gave given "
    "used get gets got see sees saw seen make makes made keep keeps kept do does did can could "
    "may might will would should must shall raised raise raises lowered cut cuts reduced "
    "increased rose fell dropped grew listens listen allow allows allowed hold holds held "
    "includes include included reported report reports said say says showed show shows found "
    "find finds experienced noticed felt feel feels lasts last lasted costs cost spend spent "
    "recommend recommends recommended suggest suggests suggested start starts started began "
    "begin begins retried retries accepted released published shipped peaked drink drank "
    "waits wait aim aims expose exposes exposed respond exceed exceeds go goes went "
    "come comes came add adds added lifted live lives lived"
)
_HAVE = word_set("has have had experienced saw reported got noticed")
_PEOPLE = word_set(
    "patients participants people adults subjects volunteers women men children persons users "
    "respondents parents members readers teenagers babies infants kids pupils those doctors"
)
# Words naming a rate after a figure ("4.5 mg a day", "each night"), not what is measured.
_RATE_WORDS = word_set("day days night nights week weeks month months year years hour hours")
_DIMENSION_NOUNS = {
    "share": "Share",
    "count": "Number",
    "duration": "Time",
    "age": "Age",
    "year": "Year",
    "data": "Size",
    "volume": "Amount",
    "length": "Distance",
    "money": "Cost",
    "dose": "Amount",
    "mass": "Weight",
}
#: A thing's weight said by its verb, whatever the unit's dimension ("weighs 1.4 kg").
_WEIGHS = word_set("weigh weighs weighed weighing")
#: Verbs that say the dimension's noun themselves ("will cost", "weighs").
_VERBS_OF = {"money": frozenset({"cost", "costs"}), "mass": frozenset({"weigh", "weighs"})}
_ROLE_ADJECTIVES = {
    "typical": "Typical",
    "standard": "Standard",
    "starting": "Starting",
    "maximum": "Maximum",
    "minimum": "Minimum",
    "toxic": "Toxic",
    "average": "Average",
    "target": "Target",
    "default": "Default",
    "threshold": "Threshold",
    "trial": "Trial",
}
# One word that names no measure alone ("The default is 300 seconds": the key words say
# *Default duration*; "Children aged 9 to 13": an age, not children).
_NAMES_NOTHING = (
    ROLE_WORDS
    | _PEOPLE
    | word_set(
        "first next same last am pm cannot contains well extra remaining initial age aged ages "
        "newborns teenagers number value values"
    )
)
_ACRONYMS = word_set("ms hiv aids covid ptsd adhd pots copd ibs")
_CONDITIONS = {"crohn": "Crohn's disease", "alzheimer": "Alzheimer's", "parkinson": "Parkinson's",
               "hashimoto": "Hashimoto's", "long covid": "long COVID"}  # fmt: skip
_POPULATION_WORDS = {
    "pregnancy": "in pregnancy",
    "infants": "for infants",
    "adolescents": "for adolescents",
    "children": "for children",
    "older": "for older people",
    "women": "for women",
    "men": "for men",
    "adults": "for adults",
}


@dataclass(frozen=True)
class _Token:
    text: str
    start: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def word(self) -> bool:
        return self.text[0].isalpha()


@dataclass(frozen=True)
class Naming:
    """What a label is made of, besides the text: the figure's kind and what its words said."""

    dimension: str
    role: str = ""
    condition: str = ""
    population: str = ""
    placebo: bool = False


def subject_label(
    text: str,
    span: tuple[int, int],
    where: tuple[tuple[int, int], tuple[int, int]],
    naming: Naming,
    fallback: str,
) -> str:
    """The label for the figure at ``span`` of ``text`` read from its clause and sentence
    (``where``), or ``fallback`` (the label made of key words) when its words name no measure."""
    clause, sentence = where
    if naming.dimension == ages.DIMENSION and ages.most_affected(text, span[0], sentence[0]):
        return ages.MOST_AFFECTED  # "It most often affects people aged 25 to 45"
    aged = _aged(text, span[1]) if naming.dimension in ("duration", "age") else ""
    if aged:
        return f"Age of the {aged}"
    whose = _age_of(text, span, naming.dimension)
    if whose:
        return f"Age of {whose}"
    if naming.dimension in story.MEASURED:
        # "The whale, which measured 11 metres from nose to tail": "Length of the whale".
        measure = story.measure_of(text, span, naming.dimension)
        thing = story.said_of(text, span, sentence) if measure else ""
        if thing and thing != "it":
            return f"{measure.capitalize()} of the {thing}"
    person = _PERSON_AGED_RE.search(text, max(0, span[0] - 80), span[0])
    if (
        person
        and naming.dimension in ("duration", "number", "age")
        and text[span[0] : span[1]].isdigit()
        and text[span[1] : span[1] + 1] == ","
    ):
        # "Margaret Oyelaran, 67, has lived": a bare figure after a person's name is their age.
        return f"Age of {person.group(1)}"
    row = table_row(text, span[0])
    if row is not None and row.column > 0 and row.role:
        # A reference table's "score_cutoff | int | 80" under "Default": the setting's role and
        # its name as the page writes it, "Default score_cutoff", never its type ("Cutoff int").
        return f"{row.role.capitalize()} {text[row.name.start('name') : row.name.end('name')]}"
    prior = _BRACKETED_RE.search(text, max(0, span[0] - 60), span[0])
    if prior and text[span[1] :].lstrip(" \t").startswith(")"):
        # "final cost is $1.36 billion (EUR 1.26 billion)", "230 °C (450 °F)", "41.2% (40.5%)":
        # a figure in brackets after another says the same quantity again, in another unit or
        # as it was: it takes that figure's label (was *Money*, *Temperature*, *Share*).
        start, end = prior.span("figure")
        opens = max(where[1][0], *(text.rfind(mark, 0, start) + 1 for mark in ";:\n"))
        return subject_label(text, (start, end), ((opens, end), where[1]), naming, fallback)
    boxed = label_line(text, text.rfind("\n", 0, span[0]) + 1, span[0], colon=True)
    rest = text[span[1] : (text.find("\n", span[1]) + 1 or len(text) + 1) - 1].strip()
    if (
        boxed
        and boxed.label.lower() not in _NAMES_NOTHING | _NOT_FACTS
        and (not rest or rest[0] in "(.;,")
    ):
        # A fact box's line, "- Area burned: 14,200 hectares": the words before its colon.
        return _capitalised(_qualified(boxed.label, naming))
    before = _tokens(text, clause[0], span[0])
    if not before:
        # "the connect timeout is\n5 seconds": a line break inside a sentence of a page.
        before = _tokens(text, _line_before(text, clause[0]), span[0])
    inside = _tokens(text, span[0], span[1])
    after = _tokens(text, span[1], clause[1])
    following = _tokens(text, span[1], sentence[1])
    preceding = _tokens(text, sentence[0], span[0])
    phrase = _phrase(before, inside, after, naming, following, preceding)
    if not phrase and naming.dimension == "share":
        # "Of 400 MS patients, 99% had fewer attacks", "354 patients were followed up; more than
        # 24% of them had seen their tumours shrink": the people the sentence counted.
        people = _people(preceding)
        told = after[2:] if [t.lower for t in after[:1]] == ["of"] and after[1:2] and (
            after[1].lower in _PARTITIVE) else after  # fmt: skip
        which = _which(told, "") if people else ""
        phrase = f"Share of {people} {which}" if which else ""
        if not phrase and not any(map(_content, before)):
            # A list's line "- 80% had milder symptoms": the share is its clause's subject.
            which = _which(told, "")
            phrase = f"Share {which}" if which else ""
    if following and following[0].lower == "ago":
        phrase = _since(preceding, phrase, duration=naming.dimension == "duration")
    if following and following[0].lower == "away" and naming.dimension == "length":
        phrase = _away(before) or phrase
    phrase = _measured(_undangled(phrase), naming.dimension)
    if not phrase or (" " not in phrase and phrase.lower() in _NAMES_NOTHING):
        return _key_words(fallback)
    if " " not in phrase:
        phrase = _owned(phrase, before, after) or phrase
    return _capitalised(_qualified(phrase, naming))


#: Verbs by which a thing has a measure: "The ground will have a capacity of 45,000".
_HAS = word_set("has have had carries carry carried offers offer offered comes come")


def _owned(noun: str, before: list[_Token], after: list[_Token]) -> str:
    """A one-word measure's noun with the thing the clause says has it: "The new ground will have
    a capacity of 45,000" is *Capacity of the new ground* (was *Capacity*), "Replacement
    batteries carry a 12-month warranty" *Warranty of replacement batteries*; "" when the
    clause is no such sentence, or its subject is a pronoun ("Ours has ...")."""
    words = [t.lower for t in before]
    lowered = noun.lower()
    if words[-2:] == [lowered, "of"]:
        at = len(words) - 2  # "a capacity of 45,000"
    elif [t.lower for t in after[:1]] == [lowered] and words:
        at = len(words)  # "a 12-month warranty"
    else:
        return ""
    if at < 3 or words[at - 1] not in ("a", "an") or words[at - 2] not in _HAS:
        return ""
    end = at - 2
    while end > 0 and (words[end - 1] in _BETWEEN or words[end - 1].endswith("ly")):
        end -= 1  # "will have", "typically has"
    thing = _noun_tail(before[:end]) if end and _content(before[end - 1]) else ""
    if not thing or thing.split()[0].lower() in _PRONOUNS | _POSSESSIVES:
        return ""
    return f"{noun} of {_lowered(thing)}"


#: The writer giving their age: "I'm 27", "I was 52 when", "I'm a drummer, 27," (a bare whole
#: number that ends its clause).
_WRITER_AGED_RE = re.compile(
    r"\bI(?:'m|’m|[ \t]+am|[ \t]+was)[ \t]+(?:an?[ \t]+[a-z]+(?:[ \t]+[a-z]+)?,[ \t]*)?\Z"
)
#: A bound on people's age after the people: "patients older than 65", "children under 3".
_AGE_BOUND_RE = re.compile(r"(?:older|younger)[ \t]+than[ \t]+|under[ \t]+|over[ \t]+", re.I)
#: Nouns of people an age bound may follow ("lifters", "customers"; not "doses over 60").
_AGED_PEOPLE_RE = re.compile(
    r"\b(?P<who>(?:[a-z]+[ \t]+)?(?:patients|people|adults|children|kids|babies|infants|"
    r"teenagers|women|men|customers|lifters|runners|users|players|participants|smokers|"
    r"drivers|swimmers|athletes|employees|workers|residents))[ \t]+\Z",
    re.I,
)


def _age_of(text: str, span: tuple[int, int], dimension: str) -> str:
    """Whose age a bare figure is, or "": the writer's ("Q: I'm 27 and I wear lenses": *Age of
    the writer*, was *Number*), or the people an age bound follows ("In patients older than 65":
    *Age of patients*, was *Duration*; "customers under 18" *Age of customers*)."""
    figure = text[span[0] : span[1]]
    following = text[span[1] : span[1] + 2]
    if (
        dimension in ("number", "count", ages.DIMENSION)  # "I'm 27" is read as an age now
        and figure.isdigit()
        and 0 < int(figure) < 120
        and (not following or following[0] in ",.;:!?)" or following.startswith((" a", " w")))
        and _WRITER_AGED_RE.search(text, max(0, span[0] - 40), span[0])
    ):
        return "the writer"
    bound = _AGE_BOUND_RE.match(figure)
    if dimension not in ("duration", "number", ages.DIMENSION) or bound is None:
        return ""
    rest = figure[bound.end() :].strip()
    if not rest.isdigit() or not 0 < int(rest) < 120:
        return ""  # "over 50 minutes": a time, not an age
    people = _AGED_PEOPLE_RE.search(text, max(0, span[0] - 40), span[0])
    if people is None:
        return ""
    who = people.group("who")
    first = who.split()[0].lower()
    if first in _FUNCTION or first in _POSSESSIVES:
        who = who.split(None, 1)[1]
    return who[:1].lower() + who[1:] if who[:1].isupper() and who[1:2].islower() else who


#: Key words that name nothing in a label: an adverb of time or place, a pronoun written short
#: ("I'm number", "Ago duration", "Instead number").
_NOT_KEY_WORDS = word_set(
    "instead later earlier sooner ahead since until till ago unless anyone anything everyone "
    "everything someone something nobody nothing away apart aside whichever whatever"
)


#: A figure, its unit of two words at most, and an opening bracket ending right before another
#: figure: "$1.36 billion (", "230 °C (", "£2 million (about ".
_BRACKETED_RE = re.compile(
    r"(?<![\w.,])(?P<figure>(?:(?i:below|above|under|over|about|around|roughly|nearly|almost|"
    r"approximately|up[ \t]to|at[ \t]least|at[ \t]most|more[ \t]than|less[ \t]than)[ \t]+)?"
    r"(?:[$€£]|(?:EUR|USD|GBP)[ \t])?\d[\d.,]*"
    r"(?:[ \t]*[A-Za-z°%][\w°%/]*){0,2})"
    r"[ \t]*\([ \t]*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|~)[ \t]*)?\Z"
)


def _key_words(fallback: str) -> str:
    """The key-word label ``fallback`` without the words that name nothing in it, an adverb of
    time or a pronoun written short ("I'm number" is *Number*, "Ago duration" *Duration*);
    acronyms in capitals ("MS")."""
    words = fallback.split()
    kept = [
        w for w in words[:-1] if w.lower() not in _NOT_KEY_WORDS and "'" not in w.replace("’", "'")
    ]
    words = [*kept, *words[-1:]]
    return _capitalised(" ".join(w.upper() if w.lower() in _ACRONYMS else w for w in words))


#: Words that leave a label dangling at its end: what they lead to is not in it ("Cost of
#: total", "Water change straight away", "Legal requirement for new home chargers since").
_DANGLING = (
    _DETERMINERS
    | _PREPOSITIONS
    | word_set("her his its their our your my")
    | word_set(
        "since until till ago away straight around much far long later earlier again back "
        "instead yet else"
    )
) - word_set("on off in out up down over")
"""(not a particle, which ends its verb's phrase: "Time the loaf bakes with the lid on")"""


def _undangled(phrase: str) -> str:
    """``phrase`` without the words that leave it dangling at its end: "Water change straight
    away" is *Water change*; a year "since" which a clause holds is the year from which it does
    ("Warmwell has fitted heat pumps since 2009": *Year from which Warmwell has fitted heat
    pumps*); "" when nothing is left but the dimension's noun ("Temperature of much")."""
    words = phrase.split()
    if len(words) > 2 and words[0] == "Year" and words[-1].lower() == "since":
        done = words[1:-1]
        if done[0].lower() not in _RELATIVES | _PRONOUNS:
            return " ".join(["Year from which", *done])
        return ""
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if len(words) == 1 and words[0] in _MADE:
        return ""
    return " ".join(words)


def _measured(phrase: str, dimension: str) -> str:
    """``phrase`` as the name of a measure: "" for a lone word that names no thing (a verb,
    "Instead", "October"); a thing's phrase with the dimension's noun ("the route" for a
    length: *Length of the route*; "water" for a volume: *Amount of water*); else as it is,
    without the determiner ``_said_of`` keeps for the thing's phrase."""
    words = phrase.split()
    determiner = ""
    if len(words) > 1 and words[0].lower() in _DETERMINERS | _POSSESSIVES:
        determiner, words = words[0].lower(), words[1:]
    if not words:
        return ""
    if len(words) == 1 and words[0].lower() in _NAMES_NOTHING:
        return ""
    if len(words) == 1 and (words[0].lower().replace("’", "'") in NOT_NOUNS or verb_like(words[0])):
        # "Reach", "Instead", "Later": a fragment, no name: the key words and the dimension's
        # noun name the figure instead.
        return ""
    if len(words) > 1 and words[0] in _MADE:
        return " ".join(words)  # "Share who went into remission", "Time the suite takes"
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i and (_past(w) or (w.lower() in NOT_NOUNS and w.lower().endswith("er")))
        ),
        None,
    )
    words = words[:cut]  # "files larger", "ship ran aground": the thing, not what it did
    noun = THING_NOUNS.get(dimension)
    named = []
    for word in words:
        if word.lower() in _LINKS:
            break
        named.append(word.lower())
    if (
        not noun
        or (named and named[-1] in NOT_NOUNS)
        or any(
            part in MEASURE_NOUNS or singular(part) in MEASURE_NOUNS
            for w in named
            for part in (w, w.split("-")[-1])
        )
    ):
        return " ".join(words)
    if named and (named[-1] in _PEOPLE or named[-1] in _KIN):
        return f"{noun} for {_lowered(' '.join(words))}"  # "Amount for breastfeeding mothers"
    if named and named[-1] in CONTAINERS and dimension == "volume":
        noun = "Volume"
    if determiner in ("a", "an", "this", "that", "these", "those"):
        determiner = "the"
    return " ".join([noun, "of", *([determiner] if determiner else []), _lowered(" ".join(words))])


def _past(word: str) -> bool:
    """Whether ``word`` is a verb's past form, no noun ("ran", "skipped"; not "monitoring")."""
    return verb_like(word) and not word.endswith(("ing", "s")) and verb_base(word) != word.lower()


#: The first words of a label this module made ("Share of", "Time until", "Year").
_MADE = frozenset({*_DIMENSION_NOUNS.values(), *THING_NOUNS.values(), "Change", "Age", "Volume"})
#: Words after a thing's head noun that go on to name something else ("walk to the bus stop").
_LINKS = word_set("of to for in on at with from by")
_POSSESSIVES = word_set("her his its their our your my")
_KIN = word_set("mothers fathers girls boys toddlers athletes runners smokers workers residents")


#: A person's name and a comma just before a figure ("Derek Polwyn, 81, has been").
_PERSON_AGED_RE = re.compile(r"\b([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)+),[ \t]*\Z")
#: Words before a colon that open a note, not name a figure ("Note: 5 mg is the usual dose").
_NOT_FACTS = word_set("note tip warning update example answer q a important caution nb see")
#: Words between a participle and "N years ago" that say nothing of it ("published just").
_AGO_ADVERBS = word_set("just only some about around nearly almost over more than barely roughly")


def _since(before: list[_Token], phrase: str, *, duration: bool) -> str:
    """The label of an elapsed time ("three years ago") after the sentence's words ``before``
    it, as "Time since ...": what its clause did ("the plant closed"), a participle after its
    noun ("the Hartley study, published just three years ago": "Time since the Hartley study was
    published"), else the time ``phrase`` read from the clause, counted since ("the Brenmoor
    study, which began nearly six years ago": "Time the Brenmoor study began" is "Time since the
    Brenmoor study began"). Only a ``duration``'s words are read again."""
    if duration:
        before = before[:]
        while before and before[-1].lower in _AGO_ADVERBS:
            before.pop()
        if len(before) >= 3 and _participle(before[-1]) and before[-2].text == ",":
            noun = _noun_tail(before[:-2])
            if noun:
                return f"Time since {noun} was {before[-1].text}"
        else:
            done = _clause_before(before) or _release_came(before)
            if done:
                return f"Time since {done}"
    if phrase.startswith("Time "):
        return "Time since " + phrase.removeprefix("Time ").removeprefix("until ")
    return phrase


#: Words between a verb and a distance "away" that say only how far ("as far as", "up to").
_HOW_FAR = word_set("as far up to about around nearly almost some over more than roughly")


def _away(before: list[_Token]) -> str:
    """The label of a distance "away" told by the clause before it as a relative: "The fireball
    was seen as far as 400 km away" is *Distance the fireball was seen* (was *Length*); "" when
    the clause does not end on its verb ("heard by someone 2 metres away")."""
    end = len(before)
    while end > 0 and before[end - 1].lower in _HOW_FAR:
        end -= 1
    if end == 0:
        return ""
    if before[end - 1].lower in _AUXILIARIES | _LINKING:
        # "the nearest dock can still be 2 km away": the distance to the thing, not its length
        while end > 0 and (before[end - 1].lower in _BETWEEN | _LINKING):
            end -= 1
        thing = _noun_tail(before[:end]) if end and _content(before[end - 1]) else ""
        return f"Distance to {thing}" if thing else ""
    if not (_verb(before, end - 1) or _participle(before[end - 1])):
        return ""
    done = _clause_before(before[:end])
    return f"Distance {done}" if done else ""


def _release_came(before: list[_Token]) -> str:
    """What came out or was released, told before an elapsed time through a relative or a
    release's number between commas: "The 3.0 release, which came out" is "the 3.0 release
    came out", "The first stable release, 1.0, came out" "the first stable release came out";
    "" when the words before are no such clause."""
    verb = len(before)
    if verb and before[verb - 1].lower in _PARTICLES:
        verb -= 1  # "came out"
    if verb < 2 or not (_participle(before[verb - 1]) or before[verb - 1].lower in _VERBS):
        return ""
    subject = verb - 1
    if before[subject - 1].lower in _RELATIVES and subject >= 2 and before[subject - 2].text == ",":
        subject -= 2  # "The 3.0 release, which came out"
    elif (
        subject >= 3
        and before[subject - 1].text == ","
        and _release_number(before[subject - 2])
        and before[subject - 3].text == ","
    ):
        subject -= 3  # "The first stable release, 1.0, came out"
    else:
        return ""
    noun = _noun_tail(before[:subject])
    if not noun or noun.split()[0].lower() in _PRONOUNS:
        return ""
    return f"{noun} {_join(before[verb - 1 :], first=False)}"


_SINCE = word_set("since until till")
#: A release's number as it names the release: "1.0", "2.4.1", "v3" ("Version 2.0").
_RELEASE_RE = re.compile(r"v?\d+(?:\.\d+)+|v\d+")


def _release_number(token: _Token) -> bool:
    """Whether ``token`` is a release's number, a name inside a noun phrase ("Snapback 1.0")."""
    return bool(_RELEASE_RE.fullmatch(token.text))


def _noun_tail(tokens: list[_Token]) -> str:
    """The noun phrase ``tokens`` end with, with its determiner: "the Hartley Screens study"."""
    start = len(tokens)
    while (
        start > 0
        and (_content(tokens[start - 1]) or _release_number(tokens[start - 1]))
        and tokens[start - 1].lower not in _SINCE  # "stable since version 1.0"
        and len(tokens) - start < _MAX_WORDS
    ):
        start -= 1
    if start == len(tokens):
        return ""
    if start > 0 and tokens[start - 1].lower in _DETERMINERS:
        start -= 1
    linked = start
    if linked > 1 and tokens[linked - 1].lower in ("of", "from", "on", "in"):
        linked -= 1  # "shuttle buses from the station": the noun the phrase qualifies
        while (
            linked > 0
            and _content(tokens[linked - 1])
            and not _past(tokens[linked - 1].text)
            and len(tokens) - linked < _MAX_WORDS
        ):
            linked -= 1
        if linked < start - 1:
            if linked > 0 and tokens[linked - 1].lower in _DETERMINERS:
                linked -= 1
            start = linked
    return _join(tokens[start:], first=False)


#: An age written before what it is the age of: "a 45-year-old deckhand", "the twelve-year-old
#: container ship" (the words after it up to a thing aged, else the first).
_AGED_RE = re.compile(r"-old[ \t]+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)")


def _aged(text: str, end: int) -> str:
    """What the age ending at ``end`` is of ("deckhand", "container ship"), or ""."""
    found = _AGED_RE.match(text, end)
    if found is None:
        return ""
    names = found.group(1).split()
    if len(names) > 1 and names[1] in AGED_THING_KIND:
        return " ".join(names)
    return names[0] if names[0] not in _FUNCTION else ""


def _line_before(text: str, start: int) -> int:
    """Where the line before ``start`` starts when a line break, not a stop, ends it there."""
    end = len(text[:start].rstrip(" \t"))
    if not text[:end].endswith("\n"):
        return start
    line = text[:end].rstrip()
    if not line or not line[-1].isalpha():
        return start
    return max(line.rfind("\n") + 1, end - 80)


def role_label(naming: Naming) -> str:
    """The label of an amount named by its role: "Typical dose", "Trial dose for fibromyalgia"."""
    return _capitalised(_qualified(naming.dimension, naming, role=True))


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(m.group(), start + m.start()) for m in _TOKEN_RE.finditer(text[start:end])]


def _phrase(
    before: list[_Token],
    inside: list[_Token],
    after: list[_Token],
    naming: Naming,
    sentence_after: list[_Token],
    sentence_before: list[_Token],
) -> str:
    """The noun phrase for the figure by the rule of the module docstring, or "" (``after`` is the
    rest of the figure's clause, ``sentence_after`` the rest of its sentence, ``sentence_before``
    its sentence up to the figure)."""
    rest = _skip_rate(after)
    if rest[:1] and rest[0].lower == "of":
        noun = _noun_phrase(rest[1:])
        if noun:
            if naming.dimension == "share":
                return f"Share of {noun} {_which(rest[1:], noun)}".strip()
            return noun
    if naming.dimension == "count":
        rate = next((i for i, t in enumerate(inside) if t.lower in ("a", "an", "per")), None)
        counted = _counted_noun([t for t in inside[:rate] if _content(t)], after[:1])
        if [t.lower for t in counted] in (["times"], ["time"]):
            # "uploads are retried 3 times": how often the clause before says it happens.
            done = _clause_before(before)
            return f"Number of times {done}" if done else ""
        if counted and inside[0].lower in ("one", "1", "a", "an", "single"):
            # "one very small trial": a count of one names its noun in the plural.
            counted[-1] = _Token(plural(counted[-1].text), counted[-1].start)
        noun = _join(counted)
        if noun:
            return f"Number of {noun}"
    if naming.dimension == "year":
        # "Naltrexone first received FDA approval in 1984": the year of what the clause says,
        # without the rest of its date ("opened to traffic in June 1987", "in late 2017").
        end = len(before)
        while end > 0 and (
            before[end - 1].lower in _DATE_WORDS
            or before[end - 1].text.isdigit()
            or (before[end - 1].text in ",-" and end > 1 and before[end - 2].text.isdigit())
        ):
            end -= 1
        done = _clause_before(before[:end])
        while end > 0 and not _content(before[end - 1]):
            end -= 1
        first = before[0].lower if end else ""
        if not done and end <= _MAX_CLAUSE and (first.endswith("ed") or first in _PARTICIPLES):
            # A fact box's line: "Opened to traffic in June 1987", "Built in 2009".
            done = _join(before[:end])
            done = done[:1].lower() + done[1:]
        if not done and not any(map(_content, before[:end])):
            # "Back in 1985, a doctor in New York used it for HIV": the clause after the year.
            done = _clause_after(sentence_after)
        if done:
            return f"Year {done}"
    # "a 2 TB repository", "a 10-minute walk", "on the 160-hectare site": the figure qualifies
    # the noun after it (a figure joined to its unit by a hyphen after any determiner).
    attributive = bool(before) and (
        before[-1].lower in ("a", "an")
        or (before[-1].lower in _DETERMINERS and any(_HYPHENATED.match(t.text) for t in inside))
    )
    if attributive:
        noun = _noun_phrase(after, skip_determiners=False)
        if noun:
            return f"{before[-1].lower} {noun}" if before[-1].lower in ("a", "an") else noun
    if naming.dimension == "duration" and inside[:1] and inside[0].lower in ("for", "within"):
        # "usually within a week": the figure's own preposition says what the time is of.
        before, sentence_before = before + inside[:1], sentence_before + inside[:1]
    return _said_of(before, naming, sentence_before)


def _counted_noun(counted: list[_Token], following: list[_Token]) -> list[_Token]:
    """The counted noun's words without the clause's verb the figure's words ran on into: a
    last word in -s right after a plural, before a determiner or an adverb (``following``), is
    a verb agreeing with the sentence's subject, no noun ("The default of 10 candidates suits a
    pick list": *Number of candidates*, was *Number of candidates suits*; "256 characters fits
    even long addresses"; not "12 sales reps.")."""
    if len(counted) < 2 or not following:
        return counted
    previous, word, next_word = counted[-2].lower, counted[-1].lower, following[0].lower
    if (
        _plural_s(previous)
        and _plural_s(word)
        and counted[-1].text.islower()
        and word not in MEASURE_NOUNS
        and (next_word in _DETERMINERS | _POSSESSIVES or next_word in _VERB_ADVERBS)
    ):
        return counted[:-1]
    return counted


#: Adverbs that come between a verb and its object ("fits even long addresses").
_VERB_ADVERBS = word_set("even only just easily comfortably well nicely most all")


def _plural_s(word: str) -> bool:
    """Whether ``word`` ends as a plural or a verb's -s form does ("candidates", "suits")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: Past participles not ending in -ed that start a fact box's line ("Built in 2009").
_PARTICIPLES = word_set("built begun made sold won run held set shut rebuilt founded")
#: Words of a date before its year: the month, the season, the part of the year.
_DATE_WORDS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter early "
    "mid late end start beginning middle half first second third fourth quarter q1 q2 q3 q4 "
    "the of mid-"
)


def _clause_before(before: list[_Token]) -> str:
    """The clause before a figure as a relative ("uploads are retried", "naltrexone first
    received FDA approval") when it has a verb and is short, else ""."""
    end = len(before)
    while end > 0 and not _content(before[end - 1]) and not _verb(before, end - 1):
        if end > 1 and before[end - 1].lower in _PARTICLES and _verb(before, end - 2):
            break  # "Version 2.0 came out": the particle ends its verb's phrase
        end -= 1
    start = end
    while start > 0 and _named(before, start - 1) and end - start < _MAX_CLAUSE:
        start -= 1
    if start > 0 and _named(before, start - 1):
        return ""  # longer than a label
    words = before[start:end]
    if words and words[0].lower in _CONJUNCTIONS:
        words = words[1:]  # "..., and its first stable release came out": the clause after it
    if not any(_verb(words, i) for i in range(len(words))) or not any(map(_content, words)):
        return ""
    if words[0].lower in _PRONOUNS - {"i", "we", "you"}:
        return ""
    return _join(words, first=False)


#: Words that join a clause to the one before ("and its first release came out").
_CONJUNCTIONS = word_set("and but or")


def _named(tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a word, or a release's number after a name ("Version 2.0",
    "Snapback 1.0", "Python 3.9"), a word of the clause's noun phrase."""
    token = tokens[index]
    if token.word or index == 0:
        return token.word
    previous = tokens[index - 1]
    return (_release_number(token) and previous.text[:1].isupper()) or (
        token.text.isdigit() and previous.lower in _RELEASE_WORDS
    )


#: Words a release's number follows ("Version 2", "release 3").
_RELEASE_WORDS = word_set("version release v")


def _clause_after(after: list[_Token]) -> str:
    """The clause after a year that opens its sentence ("In 1985, a doctor reported ...") up to
    its verb and what the verb takes, when short: "a doctor in New York used it for HIV"."""
    words = after[1:] if after[:1] and after[0].text == "," else after
    verb = next((i for i in range(len(words)) if _verb(words, i) or _participle(words[i])), None)
    if verb is None or verb == 0 or not any(map(_content, words[:verb])):
        return ""
    if not all(t.word for t in words[:verb]):
        return ""  # "In 2021, 45% of adults said ...": another figure's sentence
    end = verb + 1
    while end < len(words) and words[end].word and words[end].lower not in _CLAUSE_ENDS:
        end += 1
    if verb >= _MAX_CLAUSE:
        return ""
    end = min(end, _MAX_CLAUSE)
    while end > verb + 1 and words[end - 1].lower in _FUNCTION - _PRONOUNS:
        end -= 1
    return _join(words[:end], first=False)


#: Words that end a clause's object: what follows says something else.
_CLAUSE_ENDS = word_set("that which who whom whose because although while whereas and but so as")
#: What a reporting verb says a report with: "showed that", "found how".
_REPORTED = _PRONOUNS | word_set("that how what whether why when if no")
#: "24% of them": the people named before the share, not a noun of its own.
_PARTITIVE = word_set("them those these us")


def _participle(token: _Token) -> bool:
    """Whether ``token`` is a word in a verb's past form (-ed, or an irregular one: "went")."""
    return token.word and past_participle(token.lower)


def _skip_rate(after: list[_Token]) -> list[_Token]:
    """``after`` without a rate just after the figure ("a day", "each night", "per week")."""
    rate = len(after) >= 2 and after[0].lower in ("a", "an", "each", "every", "per")
    if rate and after[1].lower in _RATE_WORDS:
        return after[2:]
    return after


def _noun_tokens(tokens: list[_Token], skip_determiners: bool = True) -> list[_Token]:
    """The noun phrase ``tokens`` start with: content words, with "of", "to" and "for" phrases
    that go on naming it ("walk to the bus stop")."""
    words: list[_Token] = []
    index = 0
    while skip_determiners and index < len(tokens) and tokens[index].lower in _DETERMINERS:
        index += 1
    while index < len(tokens) and len(words) < _MAX_WORDS:
        token = tokens[index]
        if _content(token) or (token.text == "-" and words):
            words.append(token)
            index += 1
            continue
        following = tokens[index + 1 : index + 3]
        if words and token.lower in ("of", "to", "for", "in", "on") and following:
            nxt = [t for t in following if t.lower not in _DETERMINERS]
            if nxt and _content(nxt[0]):
                words.append(token)
                words += [t for t in following if t.lower in _DETERMINERS]
                index += 1 + sum(1 for t in following if t.lower in _DETERMINERS)
                continue
        break
    while words and not _content(words[-1]):
        words.pop()
    return words


def _noun_phrase(tokens: list[_Token], skip_determiners: bool = True) -> str:
    return _join(_noun_tokens(tokens, skip_determiners))


def _people(tokens: list[_Token]) -> str:
    """The last plural of people in ``tokens`` with the words naming them ("MS patients")."""
    for end in range(len(tokens), 0, -1):
        if tokens[end - 1].lower in _PEOPLE:
            start = end - 1
            while start > 0 and end - start < 4 and _content(tokens[start - 1]):
                start -= 1
            return _join(tokens[start:end], first=False)
    return ""


def _which(tokens: list[_Token], noun: str) -> str:
    """What a share's part did, from the words after its noun phrase: "with fewer relapses"."""
    count = len(noun.split())
    index = 0
    seen = 0
    while index < len(tokens) and seen < count:
        if tokens[index].word and tokens[index].lower not in _DETERMINERS:
            seen += 1
        index += 1
    rest = tokens[index:]
    if not rest or not rest[0].word or not (rest[0].lower in _VERBS or _participle(rest[0])):
        return ""
    verb = rest[0].lower
    if verb in _REPORTING and (len(rest) < 2 or rest[1].lower in _REPORTED):
        return ""  # "showed that ...", not "showed less inflammation"
    tail = [t for t in rest[1:5] if t.word]
    stops = _PRONOUNS | {"and", "but", "than", "while"}
    cut = next((i for i, t in enumerate(tail) if t.lower in stops), None)
    tail = tail[:cut]
    while tail and tail[-1].lower in _FUNCTION:
        tail.pop()
    if not tail:
        return ""
    if verb in _HAVE and not _participle(tail[0]):
        return "with " + _join(tail)
    last = (noun.split() or ["patients"])[-1]
    who = "who" if last.lower() in _PEOPLE or last[:1].isupper() else "that"
    return f"{who} {rest[0].text} {_join(tail)}"


def _said_of(before: list[_Token], naming: Naming, sentence: list[_Token]) -> str:
    """The phrase before the figure that it is said of: "Default compression level is now"
    (``sentence`` is the figure's sentence up to it, ``before`` its clause)."""
    end = len(sentence)
    if end > 2 and sentence[-1].lower in _SPAN_ORDINALS and sentence[-2].lower == "the":
        end -= 2  # "Stay on the 21 mg patch for the first 6 weeks"
    elif end > 2 and sentence[-1].lower in _MORE and sentence[-2].lower in ("a", "an"):
        end -= 2  # "carry on for a further three months": the time of what is carried on
    elif end > 1 and sentence[-1].lower == "another":
        end -= 1
    told = sentence[end - 1].lower if end else ""
    if naming.dimension == "duration" and told in ("for", "within"):
        # "has lived in Pine Hollow for 31 years", "participants took 5 g a day for 12 weeks":
        # the time of what the clause says was done; "Four core maintainers review pull
        # requests, usually within a week": the time until it is.
        stop = end - 1
        while stop > 0 and (sentence[stop - 1].lower in _USUALLY or sentence[stop - 1].text == ","):
            stop -= 1
        obliged = _obliged(sentence[:stop]) if told == "within" else ""
        if obliged:
            return f"Time {obliged}"
        done = _done(sentence, stop, stop)
        if done and told == "within":
            return f"Time until {done}" if not done.startswith("to ") else ""
        if done:
            return f"Time {done}"
    spends = _VERBS_OF.get(naming.dimension, frozenset())
    noun = _DIMENSION_NOUNS.get(naming.dimension)
    if (
        noun
        and len(sentence) > 2
        and sentence[-2].lower == "and"
        and _verb_said(sentence, len(sentence) - 1)
        and sentence[-1].lower not in _LINKING
    ):
        # "Her restoration alone took 14 months and cost about €2.3 million": the cost of what
        # the sentence's subject names; "The study began in 2021 and took more than three
        # years": the time it took.
        breaks = [i for i, t in enumerate(sentence) if t.text in ";:"]
        subject = _subject_of(sentence[breaks[-1] + 1 if breaks else 0 :])
        if subject and sentence[-1].lower in spends:
            return f"{noun} of {subject}"
        return f"{noun} {_lowered(subject)} {sentence[-1].text}" if subject else ""
    index = len(before)
    verb = -1
    preposition = ""
    while index > 0:
        token = before[index - 1]
        if _verb_said(before, index - 1):
            if verb >= 0 and before[verb].lower not in _LINKING and token.lower not in _AUXILIARIES:
                return ""  # "it can take": a second verb before the phrase
            verb = index - 1 if verb < 0 else verb
        elif _content(token):
            break
        elif (
            token.lower == "and"
            and verb == index
            and before[verb].lower in _VERBS_OF.get(naming.dimension, ())
        ):
            # "Her restoration alone took 14 months and cost about €2.3 million": the cost of
            # what the clause's subject names.
            subject = _subject_of(before[: index - 1])
            return f"{_DIMENSION_NOUNS[naming.dimension]} of {subject}" if subject else ""
        elif (
            token.lower in ("i", "we")
            and verb == index
            and before[verb].lower not in _LINKING | _REPORTING | _HAVE | {"stick"}
            and naming.dimension in _DIMENSION_NOUNS
        ):
            # "I take 250 mg": what the writer does, "Amount I take".
            said = _join(before[index - 1 : verb + 1], first=False)
            return f"{_DIMENSION_NOUNS[naming.dimension]} {said}"
        elif token.lower in _PRONOUNS or token.text[0].isdigit() or token.text in ".;!?":
            return ""
        elif verb < 0 and not preposition and token.lower in _PREPOSITIONS:
            preposition = token.lower
        index -= 1
    end = index
    while index > 0 and end - index < _MAX_WORDS:
        if _content(before[index - 1]) and not _verb_said(before, index - 1):
            index -= 1
        elif (
            index >= 2
            and before[index - 1].lower in ("of", "for", "on", "with")
            and _content(before[index - 2])
            and before[index - 2].lower not in _RATE_WORDS
        ):
            index -= 1  # "magnesium for migraine"
        elif (
            index >= 3
            and before[index - 1].lower in _DETERMINERS
            and before[index - 2].lower in ("of", "on", "in")
            and _content(before[index - 3])
        ):
            index -= 2  # "backups of the same directory"
        else:
            break
    phrase = before[index:end]
    noun = _DIMENSION_NOUNS.get(naming.dimension)
    if (
        not phrase
        and verb > 0
        and before[0].lower in _RELATIVES
        and before[verb].lower not in (_REPORTING)
    ):
        # "the in-memory buffer, which is capped at 128 MB": what "which" stands for.
        earlier = sentence[: len(sentence) - len(before)]
        while earlier and not earlier[-1].word:
            earlier = earlier[:-1]
        antecedent = _noun_tail(earlier) if earlier and _content(earlier[-1]) else ""
        if any(t.text in "_`" for t in earlier[-4:]):
            return ""  # "retry_backoff_max, which defaults to": a setting, named by its key
        if antecedent and before[verb].lower in _LINKING:
            return antecedent
        rest = _join(before[1 : verb + 1], first=False)
        if antecedent and noun and len(antecedent.split()) + verb <= _MAX_CLAUSE:
            return f"{noun} {antecedent[:1].lower() + antecedent[1:]} {rest}"
        return ""
    if not phrase:
        return ""
    determiner = before[index - 1 : index] if index > 0 else []
    if determiner and determiner[0].lower not in _DETERMINERS | _POSSESSIVES:
        determiner = []
    if (
        noun
        and len(phrase) == 1
        and phrase[0].lower in NOT_NOUNS
        and index > 1
        and before[index - 1].lower in _LINKING
    ):
        # "a hot heap is ready in 6 to 8 weeks": the time until it is; "our pharmacists are
        # available 9am to 6pm": the time they are.
        subject = _subject_of(before[: index - 1], tail=True)
        if subject:
            said = f"{subject} {before[index - 1].text} {phrase[0].text}"
            if naming.dimension == "duration" and preposition in ("in", "within"):
                return f"Time until {said}"
            return f"{noun} {said}"
    if verb < 0 or before[verb].lower in _LINKING:
        return _join(determiner + phrase, first=False) if determiner else _join(phrase)
    if naming.dimension == "share" and before[-1:] and before[-1].lower == "by":
        return f"Change in {_join(phrase, first=False)}"  # "pain scores fell by 30%"
    if before[verb].lower in _REPORTING:
        return ""
    # "the test suite takes about 6 minutes": the clause from its subject to its verb.
    start = index - len(determiner)
    if before[verb + 1 : verb + 2] and before[verb + 1].lower in _PARTICLES:
        verb += 1  # "Uploads time out after 30 seconds"
    clause = before[start : verb + 1]
    if noun is None or len(clause) > _MAX_CLAUSE:
        return _join(phrase)
    if before[verb].lower in _WEIGHS and naming.dimension in ("dose", WEIGHT):
        # "The piece in Mrs Varga's barn weighs 1.4 kg": the weight of the thing, with the
        # place it is named by ("Weight of the piece in Mrs Varga's barn"), whatever the unit's
        # dimension (a kilogram is a dose's unit too); was "Amount Mrs Varga's barn weighs".
        thing = _noun_tail(before[:verb]) or _join(before[start:index] + phrase, first=False)
        return f"Weight of {_lowered(thing)}"
    if before[verb].lower in _VERBS_OF.get(naming.dimension, ()):
        # "The project will cost €1.2 billion": the cost of the project, not "Cost the project
        # will cost".
        return f"{noun} of {_join(before[start:index] + phrase, first=False)}"
    clause = [
        t
        for i, t in enumerate(clause)
        if t.text != "," and not (t.lower in _RELATIVES and i and clause[i - 1].text == ",")
    ]
    if (
        naming.dimension == "duration"
        and preposition in ("in", "within", "after")
        and before[verb + 1 : verb + 2]
        and before[verb + 1].lower == preposition
    ):
        # "the fizzing stops after about 15 minutes": the time until it happens.
        return f"Time until {_join(clause, first=False)}"
    return f"{noun} {_join(clause, first=False)}"


#: A phrasal verb's particle: "time out", "add up", "wind down".
_PARTICLES = word_set("out up down off")
#: Words of a span added to one before: "for a further three months", "an extra 10 minutes".
_MORE = word_set("further additional extra")
#: Words of a span's place in a course: "for the first 6 weeks".
_SPAN_ORDINALS = word_set("first next last final following")
#: Adverbs of habit between a clause and its time ("review pull requests, usually within").
_USUALLY = word_set("usually typically normally generally often mostly always")
#: Words that open a relative clause, standing for the noun phrase before them.
_RELATIVES = word_set("which who that")
#: Words between a subject and its verb that the clause keeps ("has", "been", "usually").
_BETWEEN = _AUXILIARIES | word_set("never not also still already just only now always")


def _done(before: list[_Token], start: int, end: int) -> str:
    """The clause whose object ends at ``end`` (``start`` where the object starts) as a
    relative: "Margaret Oyelaran has lived in Pine Hollow", "participants took 5 g a day"; an
    instruction as what to do: "to put your clothes in a hot dryer"; "" when none is short."""
    at = start
    if at > 0 and before[at - 1].lower in _PREPOSITIONS:
        at -= 1  # "lived in Pine Hollow"
    skipped = 0
    while at > 0 and not _verb_said(before, at - 1) and skipped < 8:
        token = before[at - 1]
        if not (token.word or token.text[0].isdigit()) or token.lower in _CLAUSE_ENDS:
            return ""
        at -= 1  # "took 5 g a day": the amount between the verb and the object
        skipped += 1
    if at == 0 or not _verb_said(before, at - 1):
        return ""
    if before[at - 1].lower in _LINKING - _AUXILIARIES and at > 1 and before[at - 2].word:
        return ""  # "is 5 for": said of a value, no action ("Stay on the patch for" is one)
    verb = at - 1
    subject_end = verb
    while subject_end > 0 and (
        before[subject_end - 1].lower in _BETWEEN or before[subject_end - 1].lower.endswith("ly")
    ):
        subject_end -= 1
    if (
        subject_end >= 3
        and before[subject_end - 1].text == ","
        and (before[subject_end - 2].text.isdigit() and before[subject_end - 3].text == ",")
    ):
        # "Margaret Oyelaran, 67, has lived": the person, without their age.
        kept = before[subject_end:end]
        subject_end -= 3
    else:
        kept = before[subject_end:end]
    if subject_end > 1 and before[subject_end - 1].lower in _RELATIVES:
        subject_end -= 1  # "a round trip to the port that used to take": what "that" is
        if before[subject_end - 1].text == ",":
            subject_end -= 1  # "The museum, which has existed"
    subject = subject_end
    while (
        subject > 0
        and subject_end - subject < 6
        and (
            _content(before[subject - 1])
            or before[subject - 1].lower in _DETERMINERS
            or (before[subject - 1].lower in _LINKS and subject > 1 and subject < subject_end)
        )
    ):
        subject -= 1
    while (
        subject < subject_end
        and not _content(before[subject])
        and (before[subject].lower not in _DETERMINERS | _POSSESSIVES)
    ):
        subject += 1  # "to the port", not "port to the port"
    named = before[subject:subject_end]
    if any(map(_content, named)) and len(named) + len(kept) <= _MAX_CLAUSE:
        return _join(named + kept, first=False)
    imperative = subject_end == verb and (
        subject == 0 or not before[subject - 1].word or before[subject - 1].lower == "then"
    )
    if imperative and before[verb].lower == verb_base(before[verb].lower):
        return f"to {_join(before[verb:end], first=False)}" if end - verb <= 8 else ""
    if named == [] and subject > 0 and before[subject - 1].lower in ("i", "we", "he", "she"):
        words = before[subject - 1 : end]
        return _join(words, first=False) if len(words) <= _MAX_CLAUSE else ""
    return ""


#: Words of a duty before "be" and a participle: "must be reported", "has to be replaced".
_MUST = word_set("must should shall")
_MUST_TO = word_set("has have need needs ought")


def _obliged(tokens: list[_Token]) -> str:
    """A duty told in the passive up to a time "within" or "for" which it is done, as what to
    do: "every find must be reported to the geological survey" is "to report a find to the
    geological survey" (*Time to report a find to the geological survey*, was *Geological
    survey*); "" when ``tokens`` end in no such clause or it is long."""
    be = next(
        (
            i
            for i in range(len(tokens) - 2, 0, -1)
            if tokens[i].lower == "be"
            and (
                tokens[i - 1].lower in _MUST
                or (tokens[i - 1].lower == "to" and i > 1 and tokens[i - 2].lower in _MUST_TO)
            )
        ),
        None,
    )
    if be is None:
        return ""
    base = verb_base(tokens[be + 1].lower) if _participle(tokens[be + 1]) else ""
    modal = be - 1 if tokens[be - 1].lower in _MUST else be - 2
    rest = tokens[be + 2 :]
    if not base or not all(t.word for t in rest) or len(rest) > 6:
        return ""
    start = modal
    while (
        start > 0
        and modal - start < 4
        and (
            _content(tokens[start - 1])
            # "every find": a word after a determiner is a noun, though "find" may be a verb
            or (start > 1 and tokens[start - 1].word and tokens[start - 2].lower in _DETERMINERS)
        )
    ):
        start -= 1
    if start == modal:
        return ""
    thing = _join(tokens[start:modal], first=False)
    determiner = tokens[start - 1].lower if start > 0 else ""
    if determiner in ("every", "each", "any", "a", "an"):
        thing = f"{'an' if thing[:1].lower() in 'aeiou' else 'a'} {thing}"
    elif determiner in _DETERMINERS | _POSSESSIVES:
        thing = f"{determiner} {thing}"
    return " ".join(["to", base, thing, *(_join(rest, first=False).split() if rest else [])])


def _instructs(tokens: list[_Token]) -> bool:
    """Whether ``tokens`` open with a verb that instructs: its object's determiner or an
    adverb follows it ("Put your", "Sit quietly"), not a noun ("Slow clients are")."""
    following = tokens[1].lower if len(tokens) > 1 else ""
    return following in _DETERMINERS | _POSSESSIVES | _PREPOSITIONS or following.endswith("ly")


def _subject_of(tokens: list[_Token], *, tail: bool = False) -> str:
    """The noun phrase that opens ``tokens`` when a verb follows it: "Her restoration alone";
    with ``tail``, the one that ends them ("Done right, a hot heap")."""
    if tail:
        return _noun_tail(tokens) if tokens and _content(tokens[-1]) else ""
    end = 1 if tokens[:1] and tokens[0].lower in _DETERMINERS | _POSSESSIVES else 0
    while end < len(tokens) and end < _MAX_WORDS and _content(tokens[end]):
        if _verb_said(tokens, end):
            break
        end += 1
    if end == len(tokens) or not _verb_said(tokens, end) or not any(map(_content, tokens[:end])):
        return ""
    return _join(tokens[:end], first=False)


def _verb_said(tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a verb by ``_verb``, or a verb's form that names no thing
    ("reached", "finish", "grows") when no determiner makes it a noun ("the estimated cost")."""
    if _verb(tokens, index):
        return True
    token = tokens[index]
    if not token.word or (index > 0 and tokens[index - 1].lower in _DETERMINERS | _POSSESSIVES):
        return False
    previous = tokens[index - 1].lower if index > 0 else ""
    if token.lower.endswith("s") and not token.lower.endswith("ss"):
        # "the fizzing stops after", "the server closes idle connections": a listed verb in -s
        # after a singular noun, with no verb after it ("chunk uploads are" is a noun).
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if index > 1 and (previous in _USUALLY or previous in ("never", "still", "now")):
            previous = tokens[index - 2].lower  # "My own shivering usually stops"
            index -= 1
        return (
            bool(verb_base(token.lower))
            and index > 0
            and _content(tokens[index - 1])
            and not verb_base(previous)
            and not previous.endswith("s")
            and following not in _AUXILIARIES | _LINKING
        )
    if token.lower.endswith("ing"):
        # "has been going", "keeps flushing"; not "Fishless cycling usually takes".
        return verb_like(token.text) and (
            previous in _AUXILIARIES or previous in _PRONOUNS or bool(verb_base(previous))
        )
    if verb_base(token.lower) == token.lower:
        # "they reach", "usually finish"; not "the upstream fetch timeout".
        return (
            verb_like(token.text)
            and (
                # "Put your walking clothes in a dryer", "- sit quietly", "then carry on for a
                # further three months": an instruction
                (previous in ("", "-", "*", "•", "then") and _instructs(tokens[index:]))
                or previous in _PRONOUNS
                or previous in _AUXILIARIES
                or previous.endswith("ly")
            )
        ) or (
            # "Four core maintainers review pull requests": after a plural subject
            _content(tokens[index - 1])
            and previous.endswith("s")
            and previous[-2:] != "ss"
            and previous not in _RATE_WORDS
        )
    return verb_like(token.text)


def _content(token: _Token) -> bool:
    """Whether ``token`` may be a word of a noun phrase (no function word, verb, number)."""
    return (
        token.word
        and token.lower not in _FUNCTION
        and token.lower not in _VERBS
        and not all(part in _NUMBER_WORDS for part in token.lower.split("-"))  # "twenty-one"
        and not token.text[0].isdigit()
        and canonical_unit(token.text) is None
        and not (token.lower.endswith("ly") and token.lower not in _ADJECTIVES_LY)
    )


def _verb(tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a verb: listed, or a past form after a noun ("port changed")."""
    token = tokens[index]
    if token.lower in _VERBS:
        return True
    return (
        token.lower.endswith("ed")
        and index > 0
        and _content(tokens[index - 1])
        and not tokens[index - 1].lower.endswith("ed")
    )


def _join(tokens: list[_Token], *, first: bool = True) -> str:
    text = ""
    for token in tokens:
        glued = token.text == "-" or text.endswith("-")
        text += token.text if glued or not text else f" {token.text}"
    if not first and tokens and _sentence_case(tokens):
        text = text[:1].lower() + text[1:]  # "The test suite" inside a label
    return text


def _sentence_case(tokens: list[_Token]) -> bool:
    """Whether the first word is capitalised only as a sentence's first ("Failed chunk
    uploads"), not as a name or acronym ("MS", "New York")."""
    first = tokens[0].text
    if not first[:1].isupper() or first[1:] != first[1:].lower():
        return False
    if first.lower().replace("’", "'").split("'")[0] == "i":
        return False  # "I've coached", "I"
    if (
        len(tokens) > 1
        and _release_number(tokens[1])
        and first.lower() not in _RELEASE_WORDS | _FUNCTION
    ):
        return False  # "Snapback 1.0": a name and its release
    return first.lower() in _FUNCTION or not (len(tokens) > 1 and tokens[1].text[:1].isupper())


def _qualified(phrase: str, naming: Naming, *, role: bool = False) -> str:
    """``phrase`` with the condition, population and arm the sentence gave and it lacks, and
    with ``role`` its role (other figures' role words are too loose to name them)."""
    lower = phrase.lower()
    adjective = _ROLE_ADJECTIVES.get(naming.role, "") if role else ""
    if adjective and adjective.lower() not in lower:
        phrase = f"{adjective} {_lowered(phrase)}"
    condition = naming.condition
    if (
        condition
        and condition.lower() not in lower
        and not (condition == "ms" and "multiple sclerosis" in lower)
    ):
        shown = (
            condition.upper() if condition in _ACRONYMS else _CONDITIONS.get(condition, condition)
        )
        phrase += f" for {shown}"
    population = _POPULATION_WORDS.get(naming.population, "")
    named = population_words(naming.population) | {naming.population}
    if population and not named & set(re.findall(r"[a-z]+", lower)):
        phrase += f" {population}"
    if naming.placebo and "placebo" not in lower:
        phrase += " on placebo"
    return phrase


def _lowered(phrase: str) -> str:
    """``phrase`` with its first letter lowered unless its first word is an acronym or name."""
    first = phrase.split(" ", 1)[0]
    if first[:2].isupper() or first[1:] != first[1:].lower():
        return phrase
    return phrase[:1].lower() + phrase[1:]


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


#: What a counted noun is of, after it: "3 lines of context", "16 members of the society".
_COUNTED_OF_RE = re.compile(
    r"[ \t]+of[ \t]+(?:(the|their|his|her|its|our|your)[ \t]+)?([a-z][a-z'-]*)"
    r"(?:[ \t]+([a-z][a-z-]*))?"
)
#: How often a count of times is: "four or five times a week", "twice per day".
_COUNTED_PER_RE = re.compile(
    r"[ \t]+(a|an|per|each|every)[ \t]+(day|night|week|month|year|hour|season)\b", re.I
)
#: Words between a count's figure and its noun that leave the sentence ("2. Lines").
_SENTENCE_BREAK_RE = re.compile(r"[.;:!?\n]")
#: A label longer than this many words is cut at its first "and" that joins clauses.
_MAX_LABEL_WORDS = 8


def counted_label(text: str, span: tuple[int, int], noun: str, label: str) -> str:
    """A count's label that says what is counted, in the document's words, when ``label`` does
    not name the counted ``noun``: "The diff shows 3 lines of context" is *Number of lines of
    context* (was *Context*), "two kinds of patch" *Number of kinds of patch* (was *Patch*),
    "with 16 members of the society" *Number of members of the society*, "I run four or five
    times a week" *Number of times a week* (was *Times count*); ``label`` as it is when it
    names the noun ("Homes destroyed", "Number of seats") or the noun is not written after the
    figure in its sentence ("10,000-line files": a hyphen joins it to the figure)."""
    noun = noun.lower()
    if (
        not noun.isalpha()
        or (noun == singular(noun) and noun != "times")
        or label.startswith("Number of ")
        or re.search(rf"\b{re.escape(singular(noun))}", label, re.I)
    ):
        return label  # "Number of adult teeth" says it already
    found = re.compile(rf"(?<![\w-]){re.escape(noun)}\b", re.I).search(
        text, span[0], min(len(text), span[1] + 40)
    )
    if found is None or _SENTENCE_BREAK_RE.search(text, span[0], found.start()):
        return label
    words = [found.group()]
    of = _COUNTED_OF_RE.match(text, found.end())
    per = _COUNTED_PER_RE.match(text, found.end())
    last = of.group(3) if of else None
    ends = not last or last.lower() in _FUNCTION or verb_like(last)
    if of and of.group(2).lower() not in _FUNCTION and not verb_like(of.group(2)) and ends:
        # (not "six sugar cubes of free sugars": the noun phrase runs on past one word)
        words += ["of", *filter(None, [of.group(1)]), of.group(2)]
    elif per:
        words += [per.group(1).lower(), per.group(2).lower()]
    return " ".join(["Number of", *words[: _MAX_LABEL_WORDS - 2]])


def setting_label(label: str, keywords_label: str, setting: str, near: str = "") -> str:
    """A setting's label that names its setting: the setting's role and words
    (``keywords_label``, "Default flush interval", "Max pages") for a label of one word that is
    a part of the setting's name ("The default `flush_interval` is now 5s" was *Interval*,
    "max_pages=50" *Pages*, "Default --retention-days is now 14" *Retention-days*, "qkd listens
    on port 7240" *Port*), when the setting is written ``near`` the figure (its clause and the
    line before it); not a label of another word ("port = 7500 max_memory": *Environment
    port*), which a setting read wrongly would otherwise hide."""
    parts = re.findall(r"[a-z0-9]+", setting.lower())
    if not re.search(r"[-_. ]?".join(map(re.escape, parts)), near, re.I):
        return label  # the setting is not written by the figure: "port = 7500 max_memory"
    named = {w[:4] for w in parts}
    said = {w[:4] for w in re.findall(r"[a-z0-9]+", label.lower())}
    if " " in label.strip() or not said or not said <= named:
        return label  # a label of its own ("Number of worker processes"), or another thing's
    return keywords_label or label


def cut_label(label: str) -> str:
    """A label of more than eight words cut before its first "and" that opens a second clause,
    three words in or more: "Year we rewrote the matching core and roughly halved memory use" is
    *Year we rewrote the matching core*; a label of eight words or fewer, or whose "and" joins
    two nouns the cut would leave dangling, as it is."""
    words = label.split()
    if len(words) <= _MAX_LABEL_WORDS:
        return label
    for i, word in enumerate(words[3:], start=3):
        if word == "and" and words[i - 1].lower().strip(",") not in _DANGLING:
            return " ".join(words[:i]).rstrip(",")
    return label


#: Whom a clause is about when it opens with a pronoun: "we answer within 48 hours".
_DOERS = word_set("we they you i he she")
_WHEN_WORDS = word_set("last next ago today yesterday tomorrow")
_CLAUSE_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9,'’.-]*[A-Za-z0-9]|[A-Za-z]")


def duration_label(text: str, opens: int, span: tuple[int, int], label: str) -> str:
    """A duration's label of one word said as what takes or lasts that long, the clause's words
    before the figure (without the words that lead to it: "for", "within", "at least"):
    "quilldiff diffs two 10,000-line files in about 40 ms" is *Time quilldiff diffs two
    10,000-line files* (was *Files*), "we answer within 48 hours" *Time we answer* (was
    *Answer*), "Cover the wart for six days at a time" *Time to cover the wart* (was *Wart*);
    ``label`` as it is when the clause opens otherwise or says more than six words before it,
    or ``opens`` (the clause's start) is no start of a sentence for a command."""
    if " " in label.strip():
        return label
    words = _CLAUSE_WORD_RE.findall(text[opens : span[0]])
    if re.search(r",\s|[;:()\n]", text[opens : span[0]]) or re.match(
        r"[ \t]+(?:before|after|ago|earlier|later)\b", text[span[1] :]
    ):
        return label  # a list, or a lead time: "60 minutes before bed"

    while words and (words[-1].lower() in _FUNCTION | _DANGLING):
        words.pop()
    if not 2 <= len(words) <= 6:
        return label
    first, second = words[0], words[1].lower()
    if any(w.lower() in _RATE_WORDS | _WHEN_WORDS for w in words) or (
        second in _LINKING and len(words) < 4
    ):
        return label  # "They are totals", "I got back last week": no doing that lasts
    if first.lower() in _DOERS and second.isalpha() and second not in _FUNCTION:
        return " ".join(["Time", first if first == "I" else first.lower(), *words[1:]])
    if (
        second.endswith("s")
        and not second.endswith("ss")
        and (verb_base(second) or (first.islower() and len(words) > 2))
        and second not in _FUNCTION | _AUXILIARIES | _LINKING
        and first.lower() not in _FUNCTION
    ):
        return " ".join(["Time", first, *words[1:]])  # "quilldiff diffs two ... files"
    if (
        first[:1].isupper()
        and verb_base(first) == first.lower()
        and first.lower() not in _FUNCTION
        and not text[max(0, opens - 2) : opens]
        .strip(" \t")
        .endswith(tuple("abcdefghijklmnopqrstuvwxyz,"))
    ):
        return " ".join(["Time to", first.lower(), *words[1:]])  # a command: "Cover the wart"
    return label

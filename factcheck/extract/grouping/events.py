"""Years and elapsed time: "it has been nearly 20 years since researchers started" and "in 1985
a physician reported" date one event, given the document's date.

An elapsed time in years or decades before the document's date ("nearly 20 years ago", "two
decades since", "for the past 15 years" after has/have) is drafted as ``~20 years ago``: a
calendar year to `check`, counted back from the source's ``date``. It then joins the subject of
the year that dates the same event, in its own document or another: a year whose sentence names
the same kind of event (research: a study, a trial, a report; a release; an approval; a
founding; a discovery; a short sentence's one year dates its sentence's kind too), unless one is a first one and the other one of a version ("first
released" is not "when 2.0 shipped"), a single year before a decade ("in 1985" before "since the 1980s"), the
earliest year when the elapsed time counts since something started or was first done ("since
researchers started" is not "a 2025 review"), then the most key words in common, then its own
document. Without such a year it keeps a subject of
its own. Documents without a date keep their elapsed times as durations.

An age ("it turned seven this year", "is 90 years old") is the time since the thing began: it
joins the year of that thing's first release or founding when the two share a key word.

The origin of a thing is one event across its wordings ("Greenwick, founded in 1921", "The
90-year-old chain", "has been around since 2017", "first released twelve years ago", "has been
used to treat gout for more than 70 years"), but only of one owner: the name a sentence begins
with ("Halberd, which opened its first shop 68 years ago" is not Greenwick's founding).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.ids import slug
from factcheck.extract.mentions.context import TextIndex, words
from factcheck.extract.mentions.find import AGE_BEFORE_RE
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.paraphrase import AGED_BODIES, AGED_THING_KIND, AGED_THINGS
from factcheck.extract.subjects.propose import stem
from factcheck.text.dates import MONTH_NAMES, WEEKDAY_NAMES

#: "ago" after the time, on the same line or the next: plain text wraps its lines anywhere
#: ("launched twelve years\nago"); a blank line ends the paragraph.
_OLD = re.compile(r"[ \t]+old\b", re.IGNORECASE)
#: "-old" after an age, then the thing (after at most two words: "twelve-year-old container
#: ship", "40-year-old steel bridge").
_THING_OLD = re.compile(r"-old[ \t]+((?:[\w-]+[ \t]+){0,2}[\w-]+)", re.IGNORECASE)
_AGO = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?(?:ago|since|before\s+now)\b", re.IGNORECASE)
#: An approximation right before an elapsed time's figure: "for nearly", "started some", "for
#: more than".
_ABOUT = r"(?:nearly\s+|almost\s+|about\s+|around\s+|over\s+|more\s+than\s+|some\s+)?"
#: A thing that has existed for a time: "has been going for", "have been running for", "has
#: been open for" (the life of a society, a shop, a project), "has been on pharmacy shelves
#: for" (a product's), not what someone has been doing.
_GOING_FOR = re.compile(
    r"\b(?:(?:has|have|'ve|'s)\s+been\s+(?:going|running|open|around|operating|active|trading|"
    r"in\s+business|in\s+operation|in\s+existence|(?:available|sold|on\s+sale)"
    r"(?:\s+[\w'’-]+){0,4}?|"
    r"on\s+(?:the\s+)?(?:\w+\s+)?(?:market|shelves))|(?:has|have|'ve)\s+existed)\s+"
    rf"(?:now\s+)?for\s+{_ABOUT}\Z",
    re.IGNORECASE,
)
#: What an organisation has kept doing, up to how long: "The clinic has run its lice service
#: for", "has offered free screening for nearly": it began that long ago (not "I have run
#: marathons for", a person's doing, nor "has taken the tablets for").
_KEPT_DOING_FOR = re.compile(
    r"(?P<who>\b[\w'’-]+\s+)(?:has|have)\s+(?:run|operated|offered|provided|published|"
    r"organised|organized|hosted|held|produced|made|sold|supplied|served|managed|staged|"
    r"been\s+(?:running|operating|offering|providing|publishing|organising|organizing|hosting|"
    r"holding|producing|making|selling|supplying|serving|managing|staging|doing|performing))\s+"
    rf"(?:[\w'’-]+\s+){{1,5}}?for\s+{_ABOUT}\Z",
    re.IGNORECASE,
)
#: A span counted to a time ahead: "which would mark 117 years since the lugger was launched",
#: "will be 50 years since".
_WILL_MARK_RE = re.compile(
    r"\b(?:will|would|shall|'ll)\s+(?:mark|be|celebrate)\s+(?:\w+\s+){0,2}?\Z", re.IGNORECASE
)
#: How long a record stood before it fell: "A record that stood for five years has fallen", "beating
#: Jodie Farrant's mark, which had stood for seven years" (set that long before it was broken,
#: which is what the page tells).
_RECORD_STOOD_RE = re.compile(
    r"\b(?:record|records|mark|best)\b[^.;:!?\n]{0,60}?\b(?:stood|lasted|survived)\s+for\s+"
    rf"{_ABOUT}\Z",
    re.IGNORECASE,
)
#: How long a thing has been in use: "Allopurinol has been used to treat gout for more than",
#: "has been prescribed for", "have been in use for": it was first used that long ago (a
#: bound when "more than" says so), not "I have been prescribed it for" (a person's).
_USED_FOR = re.compile(
    r"(?P<who>\b[\w'’-]+\s+)(?:has|have)\s+been\s+(?:used|prescribed|in\s+use|in\s+service)\s+"
    r"(?:[\w'’-]+\s+){0,4}?for\s+(?:nearly\s+|almost\s+|about\s+|around\s+|over\s+|"
    r"more\s+than\s+|some\s+|well\s+over\s+)?\Z",
    re.IGNORECASE,
)
#: Bodies whose age ("the 90-year-old chain", "a century-old family firm") is the time since
#: their founding, as a built thing's (``AGED_THINGS``) is since its making.
_BODIES = AGED_BODIES
#: Who a body's age may name instead: "a 30-year-old shop assistant" is a person.
_PERSON_NOUNS = word_set(
    "assistant assistants worker workers owner owners manager managers member members "
    "employee employees boss founder chef keeper clerk clerks teller secretary volunteer "
    "volunteers player players supporter supporters fan fans director leader trainee cashier"
)
#: Context keys of where a value holds (``contexts.special_case``), which no date of an event has.
_HOLDS_IN = frozenset({"mode", "platform", "environment", "plan"})
#: Who did it when it is a person: "I have run marathons for ten years".
_PEOPLE_WHO = word_set("i we you he she they who")
_GOING_BARE = re.compile(
    rf"\b(?:going|running|open|around|operating|trading)\s+for\s+{_ABOUT}\Z",
    re.IGNORECASE,
)
_NOW_WRAPPED = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?(?<=\s)now\b", re.IGNORECASE)
_FOR_THE_PAST = re.compile(r"\bfor\s+(?:the\s+)?(?:past|last)\s+$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
_NOW = re.compile(r"[ \t]+now\b", re.IGNORECASE)
_PERFECT = word_set("has have had 've 's")
_YEAR_UNITS = {"year": "years", "decade": "decades"}
#: Years before the page's date from which on an elapsed time dates no calendar year a page's
#: events are told in: the age of rocks, of the solar system, of a species.
_PREHISTORY = 10_000
_DECADE_NOUNS = word_set("decade decades")
_EVENTS: dict[str, frozenset[str]] = {
    "research": word_set(
        "research researcher researchers researched study studies studied trial trials report "
        "reported reports published paper papers investigated investigation experiment "
        "experiments examined tested looking found findings issued"
    ),
    "release": word_set("released release launched launch introduced shipped debuted"),
    "approval": word_set(
        "approved approval approve licensed authorised authorized authorisation authorization"
    ),
    # (A recurring event's first edition begins it too: ``_FIRST_EDITION_RE``.)
    "founding": word_set("founded founding established incorporated opened"),
    "construction": word_set("construction constructed built groundbreaking"),
    "discovery": word_set(
        "discovered discovery isolated identified invented invention synthesised synthesized"
    ),
}
#: Fewest key words in common that relate a year and an elapsed time with no kind of event.
_MIN_SHARED = 2
#: Most years weighed for one elapsed time (per kind of event or key word, and in all).
_CANDIDATES = 2000


#: How well a year fits an elapsed time: the same owner, the same kind of event, a single year,
#: the earliest (for a start), key words of the two figures' own clauses in common, a thing's
#: life since a year for its life for a time, key words of their sentences in common, one page.
_Score = tuple[bool, bool, bool, float, int, bool, int, bool]


@dataclass(frozen=True)
class _Place:
    document: int
    draft: int


def elapsed_value(text: str, draft: Draft) -> str | None:
    """``~20 years ago`` when the draft is an elapsed time before the document's date; else
    None."""
    mention = draft.mention
    if draft.label is not None:
        return None
    unit = _YEAR_UNITS.get(mention.amount.unit) if mention.amount.unit else None
    if unit is None and not mention.amount.unit and mention.noun in _DECADE_NOUNS:
        unit = "decades"
    if unit is None or not mention.amount.single:
        return None
    if mention.amount.high * (10 if unit == "decades" else 1) >= _PREHISTORY:
        return None  # "since the solar system formed about 4.6 billion years ago": no year's
    start, end = mention.span
    if _age(text, draft):
        return f"{mention.value.split(' ')[0]} {unit} ago"  # "it turned seven this year"
    first_in = _FIRST_IN_RE.search(text, max(0, start - 80), start)
    if (
        first_in
        and not (_FUTURE & set(words(first_in.group())))
        and not _TIME_AFTER.match(text, end)
    ):
        # "the party's first win in a dozen years": the one before it was that long ago.
        return f"{mention.value.split(' ')[0]} {unit} ago"
    if _RECORD_STOOD_RE.search(text, max(0, start - 100), start):
        # "a record that had stood for four years" (broken now): it was set that long ago.
        return f"{mention.value.split(' ')[0]} {unit} ago"
    kept = _KEPT_DOING_FOR.search(text, max(0, start - 100), start)
    if kept and words(kept["who"])[-1:] != [] and words(kept["who"])[-1] not in _PEOPLE_WHO:
        # "The clinic has run its lice service for nearly 30 years": it began that long ago.
        return f"{mention.value.split(' ')[0]} {unit} ago"
    if not _AGO.match(text, end):
        before = text[max(0, start - 40) : start]
        clause = words(text[max(0, start - 120) : start])
        since = _FOR_THE_PAST.search(before) or (
            _FOR.search(before) and _NOW.match(text, end)  # "for 12 years now"
        )
        if not (since and _PERFECT & set(clause)):
            return None
    elif _WILL_MARK_RE.search(text, max(0, start - 60), start):
        return None  # "an exhibition in 2028, which would mark 117 years since": then, not now
    number = mention.value.split(" ")[0]
    return f"{number} {unit} ago"


def _age(text: str, draft: Draft) -> bool:
    """Whether the draft is an age reached or held ("turned seven", "is 31 years old", "has
    been going for 31 years", "has been open for 12 years now"): the years since the thing
    began."""
    start, end = draft.mention.span
    if AGE_BEFORE_RE.search(text, max(0, start - 12), start) or _OLD.match(text, end):
        return not _persons_age(text, start)
    if _thing_aged(text, draft):
        return True
    if _GOING_FOR.search(text, max(0, start - 60), start) or _body_aged(text, draft):
        return True
    used = _USED_FOR.search(text, max(0, start - 100), start)
    if used and (who := words(used["who"])) and who[-1] not in _PEOPLE_WHO:
        return True  # "Allopurinol has been used to treat gout for more than 70 years"
    # "the Northmere club, going for almost 12 years now": its age, said without "has been".
    return bool(
        _GOING_BARE.search(text, max(0, start - 40), start) and _NOW_WRAPPED.match(text, end)
    )


def _persons_age(text: str, start: int) -> bool:
    """Whether the age at ``start`` is a person's, said of them a few words before ("when your
    child turns 3", "until they are at least 7 years old", "once he turns 18"): an age a person
    reaches or holds, not the years since a thing began ("the society turns 40 in May")."""
    before = words(text[max(0, start - 40) : start])[-5:]
    return bool(_PERSONS & set(before))


#: Who an age is said of when it is a person's: pronouns and nouns for people by age or kin.
_PERSONS = word_set(
    "i we you he she they him her them your his their child children kid kids baby babies "
    "toddler toddlers son sons daughter daughters boy boys girl girls teen teens teenager "
    "teenagers person people patient patients adult adults"
)


def _body_aged(text: str, draft: Draft) -> bool:
    """Whether the draft is the age of a body, which its founding dates: "The 90-year-old
    chain is joining forces" (not "a 30-year-old shop assistant", a person)."""
    found = _THING_OLD.match(text, draft.mention.span[1])
    said = words(found.group(1)) if found is not None else []
    if said[:1] and said[0] in _BODIES:
        return not (said[1:2] and said[1] in _PERSON_NOUNS)
    return len(said) > 1 and said[1] in _BODIES and said[0] not in _PERSON_NOUNS


def _existed(text: str, draft: Draft) -> bool:
    """Whether the draft is how long a thing has existed ("has been around for six years
    now", "has existed for 20 years"), not a person's or an object's age ("The typical
    respondent was 34 years old")."""
    start = draft.mention.span[0]
    return bool(_GOING_FOR.search(text, max(0, start - 60), start))


def _thing_aged(text: str, draft: Draft) -> str:
    """The kind of thing an age names ("the twelve-year-old vessel": ``vessel``; "The bridge's
    main span ... has carried traffic for 45 years": ``structure``), or ""."""
    start, end = draft.mention.span
    found = _THING_OLD.match(text, end)
    if found is not None:
        return _kind_of_thing(words(found.group(1)))
    served = _SERVED_FOR.search(text, max(0, start - 60), start)
    if served is None:
        return ""
    sentence = _SENTENCE_START.split(text[max(0, served.start() - 200) : served.start()])[-1]
    # The sentence's subject is what has done it: "The bridge's main span, which gives ships a
    # clearance of 138 feet, has carried traffic" (the span), not "The ship's Dutch operator,
    # Van Aalst Lijnen, has operated ships" (the operator), nor "she has run the engine room".
    for part in reversed(_PARTS.split(sentence)):
        said = words(part)
        if said and said[0] not in _RELATIVE:
            return _kind_of_thing(said[-1:])
    return ""


def _kind_of_thing(said: list[str]) -> str:
    """The kind of the first thing ``said`` names (``AGED_THINGS``), or ""."""
    return next((AGED_THING_KIND[word] for word in said if word in AGED_THING_KIND), "")


#: What a thing has done since it was made or opened, up to its age: "has carried traffic for",
#: "has served the town for nearly", "have stood on the quay for".
_SERVED_FOR = re.compile(
    r"\b(?:has|have)\s+(?:carried|served|stood|operated|run|linked|connected|sailed|flown|"
    r"worked|supplied|powered|handled|housed|hosted|guarded|spanned|crossed)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?for\s+{_ABOUT}\Z",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?;]\s|\n\s*\n")
#: The parts of a sentence before its verb, the last of which not a relative clause ends with
#: its subject.
_PARTS = re.compile(r",(?!\d)|[();:]")
_RELATIVE = word_set("which that who whom whose where")


def relate_elapsed(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their elapsed drafts (``Draft.elapsed``) under the subject of the year
    of the same event, or one of their own; ``taken`` holds the subject ids in use."""
    indexes = [TextIndex(doc.text) for doc in documents]
    names, topic = _names(documents)
    years: list[tuple[_Place, Draft, frozenset[str], frozenset[str], str]] = []
    elapsed: list[tuple[_Place, Draft, frozenset[str], frozenset[str], str]] = []
    origins: set[_Place] = set()  # elapsed times since something started
    ages: set[_Place] = set()  # "it turned seven": years since the thing began
    things: dict[_Place, str] = {}  # "the twelve-year-old vessel": the kind of thing aged
    named: list[frozenset[str]] = []  # for each year, the kinds of thing its sentence names
    made: list[int] = []  # (in order) the years a thing's making or opening dates ("built in 2009")
    # Figures whose own clause tells that something began: "which began recruiting in 2022",
    # "It started recruiting nearly six years ago", "has been developed since 2019".
    starts: set[_Place] = set()
    # "It has been developed since 2019": the years since a thing's life began; "The project
    # started nearly four years ago": an elapsed time since something began, naming nothing else.
    lives: list[Draft] = []
    # "The project has been around since 2017": the year a thing's existence began, which its
    # first release or founding dates too (not "has been developed since 2019", work on it).
    life_places: set[_Place] = set()
    bare: set[_Place] = set()
    # Whose beginning each figure dates: "Halberd, which opened its first shop 68 years ago"
    # (Halberd), "The 90-year-old chain" after "staff at Greenwick" (Greenwick, said before).
    owners: dict[_Place, tuple[str, bool] | None] = {}
    clauses: dict[_Place, frozenset[str]] = {}
    for d, document in enumerate(documents):
        dated = Counter(
            indexes[d].around(draft.mention.span).sentence
            for draft in document.drafts
            if _is_year(draft)
        )
        for i, draft in enumerate(document.drafts):
            said = _sentence(document.text, indexes[d], draft)
            # "approved in 2017, and construction began in 2019": each year's own clause names
            # its event; a clause that is only the date ("In 1985, a physician found ...")
            # dates its sentence's, and so does an elapsed time's ("The trial, which started
            # seven years ago, is ...").
            own = _own_clause(document.text, indexes[d], draft)
            named_since = (
                _SINCE_THE_RE.search(document.text, own[0], draft.mention.span[0])
                if draft.elapsed is not None
                else None
            )
            if named_since is not None:
                # "Since the rewrite three years ago it has had a release every few months":
                # the figure dates the rewrite, not what the rest of the clause tells.
                own = (named_since.start(), draft.mention.span[1])
            clause = words(document.text[own[0] : own[1]])
            kinds = _kinds(clause)
            if _REACHED_RE.search(document.text, own[0], own[1]):
                # "kilnhash reached 1.0 three years ago": a release, which ``_which`` names.
                kinds = kinds | {"release"}
            if named_since is not None:
                pass
            elif not kinds and (draft.elapsed is not None or len(clause) <= _DATE_ONLY):
                kinds = _kinds(words(said))
            elif (
                _is_year(draft)
                and dated[indexes[d].around(draft.mention.span).sentence] == 1
                and len(words(said)) <= _ONE_THING
            ):
                # The one year of a short sentence dates what the sentence tells up to its
                # clause as well ("First stable release, published on 2 March 2021 after a
                # year of public betas": a release).
                sentence_start = indexes[d].around(draft.mention.span).sentence[0]
                kinds |= _kinds(words(document.text[sentence_start : own[1]]))
            if _is_year(draft) and "record" not in kinds:
                # "The old record of 1,042 kg was set in 2021": the record the sentence opens
                # with, though another figure's clause comes between.
                sentence_start = indexes[d].around(draft.mention.span).sentence[0]
                if "record" in _kinds(words(document.text[sentence_start : own[1]])):
                    kinds = kinds | {"record"}
            # Which release the words up to the figure name: "The 3.x series ..., released a
            # year and a half ago; ... read the notes first" dates a version, not the first.
            where = indexes[d].around(draft.mention.span)
            upto = document.text[where.sentence[0] : draft.mention.span[1]]
            figure = len(upto) - (draft.mention.span[1] - draft.mention.span[0])
            if _FIRST_IN_RE.search(upto, 0, figure) or (
                _is_year(draft) and _FIRST_SINCE_RE.search(upto, 0, figure)
            ):
                # "first win in a dozen years", "the first time the party has topped the poll
                # since 2011": when the same thing last happened before.
                kinds = kinds | {"previous"}
            entry = (_Place(d, i), draft, kinds, _keys(draft), _which(upto))
            # The words of the figure's own clause, its event's verb and object: "first spotted
            # the wreck on sonar two years ago" (spot, wreck, sonar).
            clauses[entry[0]] = frozenset(stem(word) for word in clause) & entry[3]
            owners[entry[0]] = _owner(
                document.text, where.sentence[0], draft.mention.span[0], names, topic
            )
            took_up = _TOOK_UP_RE.search(document.text, own[0], own[1])
            if (
                _ORIGIN_WORDS & set(clause)
                or took_up
                or (
                    _is_year(draft)
                    and (
                        _SINCE_YEAR_RE.search(document.text, own[0], draft.mention.span[0])
                        or _FIRST_DID_RE.search(document.text, own[0], draft.mention.span[0])
                    )
                )
            ):
                starts.add(entry[0])
            if _is_year(draft) and _LIFE_SINCE_RE.search(
                document.text, own[0], draft.mention.span[0]
            ):
                lives.append(draft)
            if _is_year(draft) and _AROUND_SINCE_RE.search(
                document.text, own[0], draft.mention.span[0]
            ):
                life_places.add(entry[0])
            elif draft.elapsed is not None and _BARE_START_RE.search(
                document.text, own[0], draft.mention.span[0]
            ):
                bare.add(entry[0])
            if draft.elapsed is not None and _age(document.text, draft):
                # An age dates the start of what it names, whatever else its sentence says
                # ("guidance that is nearly ten years old ... nobody found anything newer").
                entry = (entry[0], draft, frozenset(), entry[3], "")
                ages.add(entry[0])
                if thing := _thing_aged(document.text, draft):
                    things[entry[0]] = thing
            if draft.elapsed is not None:
                elapsed.append(entry)
                if _ORIGIN_WORDS & set(words(said)) or took_up:
                    origins.add(entry[0])
            elif _is_year(draft):
                years.append(entry)
                said_words = set(words(said))
                named.append(
                    frozenset(kind for kind, members in AGED_THINGS.items() if members & said_words)
                )
                if "construction" in kinds or ("founding" in kinds and _OPENED & said_words):
                    made.append(len(years) - 1)
    # Candidates by kind of event and by key word, so that each elapsed time weighs only the
    # years that may date its event (at most _CANDIDATES of them), not every year of the corpus.
    by_kind: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    by_owner: dict[str, list[int]] = {}
    for n, (other_place, _, other_kinds, other_keys, _) in enumerate(years):
        if (held := owners.get(other_place)) is not None:
            by_owner.setdefault(held[0], []).append(n)
        for kind in other_kinds:
            by_kind.setdefault(kind, []).append(n)
        for key in other_keys:
            by_key.setdefault(key, []).append(n)
    # The years of a start that names no kind of event ("Development began in 2017"), of
    # which a corpus with one has one start an elapsed start may count from.
    bare_starts = [year for place, year, kinds, _, _ in years if place in starts and not kinds]
    # The years of a first release or a founding: what an age naming no key word of theirs
    # counts from when the corpus dates one beginning only ("mapforge has been around for six
    # years now" and a changelog's "First public release, in May 2017").
    beginnings = [
        year for _, year, kinds, _, which in years if which == "first" or "founding" in kinds
    ]
    changed: dict[_Place, Draft] = {}
    # For each elapsed time that took a year's subject: the key words it shares with that
    # year and how well it fits otherwise (``score``), and its kinds of event.
    chosen: dict[_Place, tuple[tuple[object, ...], frozenset[str]]] = {}
    for place, draft, kinds, keys, which in elapsed:
        # "It has been 20 years since researchers started": the start of a kind of event is
        # its earliest year, not a later study that the same pages name ("a 2025 review").
        origin = which == "first" or place in origins
        best: tuple[_Score, Draft] | None = None
        found = {n for kind in kinds for n in by_kind.get(kind, ())[:_CANDIDATES]}
        found |= {n for key in keys for n in by_key.get(key, ())[:_CANDIDATES]}
        thing = things.get(place, "")
        if thing:
            found |= set(made[:_CANDIDATES])
        # The beginning of a thing (founded, first released, its age) and the years of the
        # same owner's beginnings.
        beginning = place in ages or (origin and bool(kinds & _ORIGIN_KINDS))
        owner = owners.get(place)
        if beginning and owner is not None:
            found |= set(by_owner.get(owner[0], ())[:_CANDIDATES])
        existed = place in ages and _existed(documents[place.document].text, draft)
        for n in sorted(found)[:_CANDIDATES]:
            other_place, year, other_kinds, other_keys, other_which = years[n]
            if _two_releases(which, other_which):
                continue  # "first released in 2019" and "when 2.0 shipped": two releases
            if _present(year, documents[place.document]):
                # "Brackenfield 2026" names this year's edition: what a page of 2026 says
                # happened "12 years ago" is another event.
                continue
            shared = len(keys & other_keys)
            same_kind = bool(kinds & other_kinds)
            # An age counts from the start of the thing it names: the year of that thing's first
            # release or founding ("thumbwright turned seven" and "first released in 2016,
            # thumbwright").
            began = (
                other_which == "first"
                or bool(other_kinds & _BEGINNINGS)
                or other_place in life_places
            )
            # Whose beginning: "Greenwick, founded in 1921" is not Halberd's "first shop 68
            # years ago"; one owner named in either sentence (the other's may be said before).
            whose = _same_owner(owner, owners.get(other_place)) if beginning and began else None
            if whose is False:
                continue
            if beginning and began and not thing and (shared or whose):
                same_kind = True  # "first released twelve years ago", "around since 2017"
            if thing and n in made and (thing in named[n] or len(made) == 1 or shared):
                # "The twelve-year-old vessel" and "The Kestrel Meridian was built in 2009": the
                # year a thing of its kind was made or opened, named so or the corpus's only one.
                same_kind = True
            # One start told by synonymous verbs ("began recruiting in 2022", "started
            # recruiting nearly six years ago"): a start of the same thing, named by a key word
            # both sentences share.
            if place in starts and other_place in starts and shared and not kinds & other_kinds:
                same_kind = not (kinds and other_kinds)
            if kinds & other_kinds == {"previous"} and not shared:
                continue  # the last time of what? A key word in common says of the same thing
            if not same_kind and shared < _MIN_SHARED:
                continue
            if (
                not same_kind
                and other_kinds
                and not kinds
                and place not in ages
                and not (place in origins and other_which == "first")
            ):
                # "ten years ago, most of us told patients to wait" names no event; a year that
                # dates one ("a trial published in January 2025") is another time.
                continue
            # The same event's own clauses before their sentences: "first spotted the wreck on
            # sonar" and "first picked up a ship-shaped outline on sonar" (wreck, sonar), not the
            # sinking the sentence also names; a thing sold for six years, the year it is sold
            # since.
            score: _Score = (
                bool(whose),
                same_kind,
                year.mention.amount.single,
                -year.mention.amount.low if origin and same_kind else 0.0,
                len(clauses[place] & clauses[other_place]),
                existed and other_place in life_places,
                shared,
                other_place.document == place.document,
            )
            if best is None or score > best[0]:
                best = (score, year)
        if best is None and place in origins and not kinds and len(bare_starts) == 1:
            # "snapvault started six years ago" and the corpus's one start told of nothing
            # else ("Development began in 2017 as a weekend project"): one start.
            best = ((False, False, True, 0.0, 0, False, 0, False), bare_starts[0])
        if best is None and (place in bare or place in ages) and len(lives) == 1:
            # The one start of a thing's life the corpus dates ("has been developed since
            # 2019") is what a start naming nothing else counts from ("The project started
            # nearly four years ago").
            best = ((False, False, True, 0.0, 0, False, 0, False), lives[0])
        if (
            best is None
            and len(beginnings) == 1
            and place in ages
            and _existed(documents[place.document].text, draft)
        ):
            best = ((False, False, True, 0.0, 0, False, 0, False), beginnings[0])
        if best is not None:
            year = best[1]
            # When a thing began holds in every mode, environment, platform or plan its
            # sentence names ("has been around for over eight years and runs in production").
            # Nor does a personal account's: "I went to the clinic in Marlhaven, which has been
            # doing nail surgery for twelve years" tells the clinic's history, not the writer's.
            context = {
                k: v
                for k, v in draft.subject.context.items()
                if k not in _HOLDS_IN and (k, v) != ("basis", "personal")
            }
            if beginning:
                # ... and whatever it has been used for since ("Allopurinol has been used to
                # treat gout for more than 70 years" dates allopurinol, not gout).
                context = dict(year.subject.context)
            subject = replace(year.subject, context=context, link_chance=None, rates=())
            chosen[place] = ((best[0][6], *best[0]), kinds)
        else:
            name = _own_name(kinds, taken)
            label = f"Year of the {min(kinds)}" if kinds else "Year of the event"
            subject = replace(
                draft.subject, id=name, label=label, terms=tuple(sorted(kinds)), link_chance=None
            )
        changed[place] = replace(draft, subject=subject)
    for place in _one_page_twice(changed, chosen):
        draft = changed[place]
        kinds = chosen[place][1]
        label = f"Year of the {min(kinds)}" if kinds else "Year of the event"
        subject = replace(
            draft.subject, id=_own_name(kinds, taken), label=label, terms=tuple(sorted(kinds))
        )
        changed[place] = replace(draft, subject=subject)
    return [
        replace(
            document,
            drafts=tuple(
                changed.get(_Place(d, i), draft) for i, draft in enumerate(document.drafts)
            ),
        )
        for d, document in enumerate(documents)
    ]


def _one_page_twice(
    changed: dict[_Place, Draft], chosen: dict[_Place, tuple[tuple[object, ...], frozenset[str]]]
) -> list[_Place]:
    """The elapsed times that took a year's subject beside another elapsed time of their own
    page that took it too with another value, all but the one sharing the most key words with
    the year (then the likeliest): a page tells two times since two events, not one event
    twice. radon's inspector page said the programme "has been running for 28 years" and "Its
    first national map came out 17 years ago", and both had taken the survey's "launched in
    1991" (the programme's, sharing its key words); gatekeep's FAQ, "around for eight years"
    and "Its first stable release came out four years ago". (No development key holds two
    elapsed times of one event, on one page or two.)"""
    by_subject: dict[tuple[int, str], list[_Place]] = {}
    for place in chosen:
        by_subject.setdefault((place.document, changed[place].subject.id), []).append(place)
    dropped: list[_Place] = []
    for places in by_subject.values():
        amounts = {(changed[p].mention.amount.low, changed[p].mention.amount.high) for p in places}
        if len(amounts) < 2:
            continue
        kept = max(places, key=lambda p: (chosen[p][0], -p.draft))
        dropped += [p for p in places if p != kept]
    return dropped


def _names(documents: Sequence[Document]) -> tuple[frozenset[str], frozenset[str]]:
    """The proper names of the corpus (capitalised words never written in lower case, and
    capitalised once inside a sentence, not months or days: "Greenwick", "Halberd", "Mill"; not
    a sentence's first word "Engineers" or "First"), and those of them that two or more of its
    documents name (the topic's: "Greenwick", not the regional paper's "Mill Lane")."""
    lower = {w for doc in documents for w in _LOWER_WORD_RE.findall(doc.text)}
    inside = {w for doc in documents for w in _INSIDE_NAME_RE.findall(doc.text)}
    found = [
        {w for w in _NAME_RE.findall(doc.text) if w.lower() not in lower and w in inside}
        - _CALENDAR
        for doc in documents
    ]
    counts = Counter(name for names in found for name in names)
    return frozenset(counts), frozenset(n for n, c in counts.items() if c >= 2)


def _owner(
    text: str, sentence: int, figure: int, names: frozenset[str], topic: frozenset[str]
) -> tuple[str, bool] | None:
    """Whose the figure is: the name its sentence begins with, its subject ("Halberd, which
    opened its first shop 68 years ago": Halberd; "The Mill Lane store ... since it opened in
    1987": Mill), with True; when the figure is in a definite subject ("The 90-year-old chain
    is joining forces"), the topic's name said last in the ``_LOOK_BACK`` characters before the
    sentence ("staff at Greenwick on Mill Lane": Greenwick), with False; else None (a name
    later in the sentence may not be whose: "the Morwenna, the 62-foot fishing lugger that has
    been the museum's pride since it was founded in 1958")."""
    head = text[sentence:figure]
    subject = _SUBJECT_NAME_RE.match(head)
    if subject is not None and subject.group(1) in names:
        return subject.group(1), True
    if not _DEFINITE_HEAD_RE.fullmatch(head):
        return None
    before = _NAME_RE.findall(text[max(0, sentence - _LOOK_BACK) : sentence])
    said = [w for w in before if w in topic]
    return (said[-1], False) if said else None


def _same_owner(one: tuple[str, bool] | None, other: tuple[str, bool] | None) -> bool | None:
    """Whether two figures date one owner's beginning (None when not known: an owner missing,
    or both only said before their sentences)."""
    if one is None or other is None or not (one[1] or other[1]):
        return None
    return one[0] == other[0]


#: How far before its sentence the thing an age or a beginning names may be said.
_LOOK_BACK = 300
_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b")
#: A capitalised word after a word or a comma in its sentence: a name, not a sentence's start.
_INSIDE_NAME_RE = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b")
#: A sentence's subject that is a name: "Halberd, which", "The Mill Lane store".
_SUBJECT_NAME_RE = re.compile(r"[\s*#>_-]*(?:The[ \t]+)?([A-Z][a-z]+(?:['’-][A-Za-z]+)*)\b")
#: The words before a figure in a definite subject: "The " of "The 90-year-old chain".
_DEFINITE_HEAD_RE = re.compile(r"[\s*#>_-]*(?:The|This|That|Its)[ \t]+(?:[\w-]+[ \t]+){0,2}")
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z]+(?:['’-][A-Za-z]+)*\b")
_CALENDAR = frozenset(w.capitalize() for w in (*MONTH_NAMES, *WEEKDAY_NAMES))
#: Kinds of event that begin a thing, whose owner a year and an elapsed time must share.
_ORIGIN_KINDS = frozenset({"release", "founding", "approval"})


def _present(year: Draft, document: Document) -> bool:
    """Whether the year is the page's own year or later: now or ahead of what the page dates
    years ago."""
    return document.date is not None and year.mention.amount.low >= document.date.year


def _is_year(draft: Draft) -> bool:
    return draft.mention.dimension == "year" and draft.label is None and draft.elapsed is None


def _sentence(text: str, index: TextIndex, draft: Draft) -> str:
    where = index.around(draft.mention.span)
    return text[where.sentence[0] : where.sentence[1]]


def _own_clause(text: str, index: TextIndex, draft: Draft) -> tuple[int, int]:
    """Where the figure's clause is, without a subordinate clause after the figure that tells
    another event ("It was raised to 10 mg in 2019 after pharmacists reported ...": a change of
    dose, not research)."""
    start, end = index.around(draft.mention.span).clause
    after = _SUBORDINATE_RE.search(text, draft.mention.span[1], end)
    return start, after.start() if after else end


_SUBORDINATE_RE = re.compile(r"\b(?:after|before|because|until|once|while|when)\b", re.I)


def _kinds(sentence: list[str]) -> frozenset[str]:
    said = set(sentence)
    kinds = {kind for kind, members in _EVENTS.items() if members & said}
    if _WORK & said and _ORIGIN_WORDS & said:
        kinds.add("construction")  # "since work started four years ago"
    joined = " ".join(sentence)
    if _CAME_OUT_RE.search(joined):
        kinds.add("release")  # "Snapback 1.0 came out almost seven years ago"
    if _PUT_IN_PLACE_RE.search(joined):
        kinds.add("release")  # "a payment system that was put in place nine years ago"
    if _SET_UP_RE.search(joined):
        kinds.add("founding")  # "the charity was set up 40 years ago", "created in 1985"
    if _FIRST_EDITION_RE.search(joined):
        kinds.add("founding")  # "When we first held the festival in 2011", "since its debut"
    if _RECORDS & said and _SET_OR_STOOD & said and _BEATEN & said:
        # "The previous record of 437 was set in 2019", "a record that had stood for four
        # years": the setting of the record now broken (not "holds the lamb record, set in 2023").
        kinds.add("record")
    if "published" in said and _FIRST_WORD_RE.search(joined):
        kinds.add("release")  # "rowwright was first published on PyPI in 2019": its first release
    return frozenset(kinds)


#: A record and what sets it or how long it stood, and the words that say it has been beaten.
_RECORDS = word_set("record records mark")
_SET_OR_STOOD = word_set("set stood stand standing lasted survived")
_BEATEN = word_set(
    "previous old former stood lasted survived beat beaten beating beats broke broken breaking "
    "breaks fallen fell falls surpassed eclipsed bettered"
)


def _which(sentence: str) -> str:
    """Which of a kind of event a sentence dates: ``first`` ("first released", "the initial
    release"), ``version X`` (a later one it names, the last it names: "when 2.0 shipped",
    "reached 2.0"), or "". A first one since another ("Version 3 is the first major release
    since version 2, released in 2021") begins nothing: the versions it names say which."""
    if _FIRST_WORD_RE.search(_FIRST_SINCE_PHRASE_RE.sub(" ", sentence)):
        return "first"
    versions = list(_VERSION_RE.finditer(sentence))
    if not versions:
        return ""
    # The version named last, nearest the figure: "Version 3 is the first major release since
    # version 2, released in 2021" dates version 2, not a first release.
    if _FIRST_VERSION_RE.fullmatch(versions[-1][0]):
        return "first"  # "Snapback 1.0 came out": version 1 is the first release
    # Not "version 1.0": "stable since version 1.0, released five years ago" in a page whose
    # first public release was a 0.x.
    return f"version {_release_number(versions[-1])}"


def _release_number(found: re.Match[str]) -> str:
    """The release a version names, written one way: "version 2", "v2" and "2.0" are all "2";
    "3.2.0" is "3.2". A series stays one ("1.x": "The 1.x series reached end of life")."""
    number = (found["named"] or found["dotted"]).lower()
    return re.sub(r"(?:\.0)+$", "", number)


def _two_releases(which: str, other: str) -> bool:
    """Whether two sentences date different releases: a first one and a version, or two
    versions ("3.0, released a year and a half ago" and "Current release: 3.2.0 (October
    2026)")."""
    kinds = {which.partition(" ")[0], other.partition(" ")[0]}
    return kinds == {"first", "version"} or (kinds == {"version"} and which != other)


#: Kinds of event that begin a thing's life, which its age counts from.
_BEGINNINGS = frozenset({"release", "founding"})
#: A founding that opens a built thing ("the bridge opened in 1987"), not a company's.
_OPENED = word_set("opened opening open")
_WORK = word_set("work works")
#: Most words of a clause that only gives a date ("Back in 1985", "In March 2019").
_DATE_ONLY = 4
_FIRST_WORD_RE = re.compile(r"\b(?:first|initial|initially|original|originally)\b", re.I)
_ORIGIN_WORDS = word_set("start started starting began begun begin beginning")
#: "the party's first win in a dozen years": a first one for that long, before the figure.
#: A first or a superlative: "first", "largest", "worst", "deadliest".
_RANK = (
    r"(?:first|most|least|fewest|largest|biggest|greatest|smallest|highest|lowest|worst|best|"
    r"strongest|weakest|longest|shortest|hottest|coldest|warmest|wettest|driest|\w{3,}iest)"
)
#: "the party's first win in a dozen years", "the region's worst fire in nearly 40 years": the
#: first one for that long (or the worst), before the figure.
_FIRST_IN_RE = re.compile(
    rf"\b{_RANK}\b[^.;:!?\n]{{0,50}}?\bin\s+(?:(?:nearly|almost|about|over|more\s+than)\s+)?\Z",
    re.IGNORECASE,
)
#: Words that put "the first payment in two years" ahead of now, not before it ("is due in
#: two years", "will open in two years' time").
_FUTURE = word_set("will would could should may might due expected expects planned scheduled")
_TIME_AFTER = re.compile(r"['’]?\s*time\b|\s+from\s+now\b", re.IGNORECASE)
#: "the first time the party has topped the poll since 2011", "the largest fire in the Brennan
#: Ranges since 1998".
_FIRST_SINCE_RE = re.compile(rf"\b{_RANK}\b[^.;:!?\n]{{0,60}}?\bsince\s+(?:\w+\s+)?\Z", re.I)
#: "has been developed since 2019", "has existed since 2019": a thing's life since the year.
_LIFE_SINCE_RE = re.compile(
    r"\b(?:has|have|'ve)\s+(?:been\s+\w+ed|existed|been\s+around)\s+since\s+(?:\w+\s+)?\Z", re.I
)
#: "has been around since 2017", "has existed since 1921": a thing's existence since the year.
_AROUND_SINCE_RE = re.compile(
    r"\b(?:has|have|'ve)\s+(?:existed|been\s+(?:around|going|running|open|operating|trading|"
    r"in\s+business|in\s+existence|(?:available|sold|on\s+sale)(?:\s+[\w'’-]+){0,4}?))\s+since\s+"
    r"(?:\w+\s+)?\Z",
    re.I,
)
#: "Since the rewrite three years ago": the thing named between "since" and the figure.
_SINCE_THE_RE = re.compile(
    r"\bsince\s+(?:the|its|their|his|her|our|my|your)\s+(?:[\w'’.-]+\s+){1,4}?"
    rf"{_ABOUT}\Z",
    re.IGNORECASE,
)
#: "Isla took up rowing only six years ago": a start of a pursuit.
_TOOK_UP_RE = re.compile(r"\b(?:took|take|takes|taken|taking)\s+up\b", re.IGNORECASE)
#: "she first rowed competitively in 2009": the year a pursuit began, the verb after "first".
_FIRST_DID_RE = re.compile(r"\bfirst\s+[a-z]+ed\b(?![^.;:!?\n]*\bsince\b)", re.IGNORECASE)
#: "The project started nearly four years ago": a start with no object between.
_BARE_START_RE = re.compile(
    rf"\b(?:started|began|begun)\s+{_ABOUT}\Z",
    re.I,
)
#: "has been developed since 2019": a year after "since" in a perfect clause starts a span.
_SINCE_YEAR_RE = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+\s+){0,3}since\s+(?:\w+\s+)?\Z", re.I)
_FIRST_VERSION_RE = re.compile(r"1\.0|v1", re.IGNORECASE)
_VERSION_RE = re.compile(
    r"(?:\bversion\s+v?|\bv)(?P<named>\d+(?:\.(?:\d+|x))*)\b|\b(?P<dotted>\d+\.(?:\d+|x)(?:\.\d+)?)\b",
    re.IGNORECASE,
)
#: "the first major release since version 2": the first one after another, not the first one.
_FIRST_SINCE_PHRASE_RE = re.compile(r"\bfirst\b[^.;:!?\n]{0,40}?\bsince\b", re.IGNORECASE)
#: Most words of a sentence that tells one thing, which its one year dates.
_ONE_THING = 15
#: A body brought into being, as "founded" says: "set up", "created", "formed".
_SET_UP_RE = re.compile(r"\b(?:was|were|been|first)\s+(?:set\s+up|created|formed)\b")
#: A software release reached: "reached 1.0", "hit version 2.0" (the release, which
#: ``_which`` reads, named right after it; numbers are no words of ``_kinds``).
_REACHED_RE = re.compile(
    r"\b(?:reached|reaches|reach|hit|hits)\s+(?:version\s+|v)?\d+\.(?:\d+|x)\b(?!\.\d|\s*%)",
    re.IGNORECASE,
)
_CAME_OUT_RE = re.compile(r"\b(?:came|comes|come|coming)\s+out\b|\bwent\s+live\b")
#: A system or rule brought into use, as "introduced" says: "put in place", "rolled out",
#: "brought in", "went into service".
_PUT_IN_PLACE_RE = re.compile(
    r"\b(?:put|putting|puts)\s+in\s+place\b|\brolled\s+out\b|\b(?:brought|bring|brings)\s+in\b"
    r"|\b(?:went|came|come|comes|go|goes)\s+into\s+(?:service|use|force|operation)\b"
)
#: The first edition of a recurring event, which begins it: "first held", "was first staged",
#: "first took place", "since its debut", "the inaugural race", "premiered" - not a person's
#: ("made his debut": a player's first game).
_FIRST_EDITION_RE = re.compile(
    r"\bfirst\s+(?:held|staged|hosted|organised|organized|run|ran|took\s+place|went\s+ahead)\b"
    r"|(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\byour )(?<!\btheir )(?<!\bour )"
    r"\b(?:debut|debuted|inaugural|inaugurated|premiere|premiered)\b"
)


def _keys(draft: Draft) -> frozenset[str]:
    """Key words of a draft's sentence, without the words of time ("years", "ago")."""
    subject = draft.subject
    found = {*subject.keywords, *subject.context_words}
    return frozenset(w for w in found if not w.startswith("=") and w not in _TIME_WORDS)


_TIME_WORDS = frozenset(
    {
        "year",
        "ago",
        "since",
        "decad",
        "first",
        "began",
        "begun",
        "begin",
        "start",
        "back",
        "past",
        "last",
    }
)


def _own_name(kinds: frozenset[str], taken: set[str]) -> str:
    base = slug(f"year-{min(kinds)}") if kinds else "year-elapsed"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    taken.add(name)
    return name

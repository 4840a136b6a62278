"""Group drafts of different documents that speak about the same quantity under one subject."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping import acted, ages, frames, story
from factcheck.extract.grouping.actions import (
    is_stance,
    relate_actions,
    relate_settings,
    shared_additions,
    shared_orders,
    shared_subjects,
    universal_works,
)
from factcheck.extract.grouping.alignment import FLOOR, mutual_best
from factcheck.extract.grouping.analytes import MASS, MOLAR, Analyte, analytes_of, one
from factcheck.extract.grouping.boxes import (
    another,
    bound_words,
    box_labels,
    boxed_counts,
    label_measure,
    long_label,
    measure_words,
    says_measure,
)
from factcheck.extract.grouping.conceded import conceded
from factcheck.extract.grouping.equivalence import (
    Conversions,
    alternative_pairs,
    base_amount,
    learn,
    restated_lists,
    restated_pairs,
    stated,
)
from factcheck.extract.grouping.events import elapsed_value, relate_elapsed
from factcheck.extract.grouping.facts import relate_facts
from factcheck.extract.grouping.headcount import head_count
from factcheck.extract.grouping.instructions import relate_instructions
from factcheck.extract.grouping.measured import measured, set_apart
from factcheck.extract.grouping.measures import measures
from factcheck.extract.grouping.named_actions import relate_named_actions
from factcheck.extract.grouping.pairmodel import PairModel, shipped
from factcheck.extract.grouping.referred import Reference, names_near, referred
from factcheck.extract.grouping.rows import Deictic, deictic, restates
from factcheck.extract.grouping.similarity import (
    candidate_pairs,
    far_apart,
    other_nouns,
    pair_features,
    word_frequency,
)
from factcheck.extract.grouping.statements import relate_statements
from factcheck.extract.grouping.things import subject_noun, thing_counted, told_as_past
from factcheck.extract.grouping.twice import CONTRAST_CLASSES, contrasted, counted_thing
from factcheck.extract.grouping.windows import timed, told_at, window_of
from factcheck.extract.ids import slug, unique
from factcheck.extract.mentions.ages import DIMENSION as AGE
from factcheck.extract.mentions.ages import LIVING
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.find import Mention
from factcheck.extract.mentions.rates import stated_rates
from factcheck.extract.spans import Spans
from factcheck.extract.subjects.activities import ANY, AWAY, Activity, activity, same_activity
from factcheck.extract.subjects.concepts import PREFIX as CONCEPT_PREFIX
from factcheck.extract.subjects.concepts import named_by, opposed, specific
from factcheck.extract.subjects.examples import CHOSEN_VALUE_RE
from factcheck.extract.subjects.propose import Proposal, content_stems, setting_stems, stem
from factcheck.extract.subjects.settings import previous, same_setting
from factcheck.extract.subjects.spelling import id_key
from factcheck.extract.subjects.times import TIME_FAMILY, unread_event
from factcheck.extract.subjects.trials import enrolled, named_before, trial_names
from factcheck.extract.subjects.unitkinds import one_unit_kind
from factcheck.extract.subjects.wordings import IDEA_CLASSES
from factcheck.extract.subjects.written import written
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier
from factcheck.values.units import CURRENCIES, Units

#: Populations that lie inside a broader one: a figure about "adults aged 55 and over" and one
#: about "older adults" may state one quantity ("children from 3 months", "babies from 3
#: months" too); one about children and one about adults, or infants and teenagers, not.
_INSIDE = {
    "older": "adults",
    "women": "adults",
    "men": "adults",
    "infants": "children",
    "adolescents": "children",
}
#: Bases of an amount by body weight ("mg per kilogram").
_BODY_WEIGHT = frozenset({"kilogram", "pound"})
#: The measure a comparative compares by, as stems: "longer than 512 characters" is a length.
_COMPARED_MEASURES = {
    "longer": "length",
    "shorte": "length",
    "larger": "size",
    "bigger": "size",
    "smalle": "size",
    "wider": "width",
    "narrow": "width",
    "heavie": "weight",
    "lighte": "weight",
}
#: Stems of setting names that say which kind of value, not which setting ("chunk size").
_GENERIC_SETTING_WORDS = frozenset(
    {"size", "time", "limit", "max", "min", "maximu", "minimu", "level", "count", "number",
     "value", "default", "period", "length", "timeou", "interv"}
)  # fmt: skip
#: Distinctive words of a setting's name that name it in prose without its generic ones.
_DISTINCTIVE = 2
#: Families of figures without a unit: a setting's default is one quantity in either.
_UNITLESS = ("number|", "count|")


#: The chance two figures of one document need to be joined as one quantity stated twice:
#: chosen leave one topic out on the pairs of one document of the development gold lists
#: (``benchmarks/within_document.py``: with the pair model fitted on all 49 lists every topic
#: chooses 0.87, 15 true joins, 0 false; 0.86 makes 2 false, 0.85 3. The model fitted on 22
#: lists chose 0.85. On the 61 lists of today the same model joins 42 true and 1 false at 0.87,
#: rabies' "two doses" / "two further doses", already one subject by another rule; 0.88
#: changes radon alone in extract_eval.py, grouping F1 0.79 -> 0.74: kept.)
WITHIN = 0.87

#: The chance a draft needs with its likeliest reviewed claim to join that claim's subject
#: (chosen with ``benchmarks/teach.py``).
TEACH = 0.5


@dataclass
class _Cluster:
    """Drafts joined so far, with what keeps other drafts out of them."""

    members: list[int]
    """Draft indexes, in no particular order."""
    roles: set[str]
    conditions: set[str]
    populations: set[str]
    shapes: set[str]
    kinds: set[str]
    """Kinds the members' clauses name in quotes ("water resistant", "very water resistant")."""
    settings: set[tuple[str, bool]]
    """Software settings the members are values of, each with whether it is named in words
    (one setting, or names of one: ``settings.same_setting``)."""
    sentences: dict[tuple[int, tuple[int, int]], set[Amount]]
    """Values stated per (document, sentence span)."""
    documents: set[int]
    """Documents of the members."""
    first: int = 0
    """The lowest member index: groups are named in this order."""
    reviewed: set[str] = field(default_factory=set)
    """The subjects of its reviewed members (see ``consolidate``'s ``reviewed``): at most one."""
    concepts: set[str] = field(default_factory=set)
    """The measure concepts its members' words name (``~lasts``): no figure of an opposite
    concept joins it (``concepts.opposed``)."""
    windows: set[str] = field(default_factory=set)
    """The time windows its shares and counts are told within (``windows.window_of``: "within
    6 months"): no figure told within another joins it."""
    persons: set[str] = field(default_factory=set)
    """Whose ages its ages are (``ages.age_key``: "Varga", "the youngest"): no age of another
    person joins it."""
    tallies: set[str] = field(default_factory=set)
    """``count`` when its members count things, ``measured`` when a bare number of them is
    written with a decimal point (``_tally``): "Add six fish" is no pH of "6.0 to 7.0"."""


@dataclass(frozen=True)
class _Corpus:
    """All documents' drafts in one list, with what grouping reads from their texts."""

    drafts: list[tuple[int, int, Draft]]
    """(document index, draft index, draft) for every draft, in document order."""
    sentences: list[tuple[int, tuple[int, int]]]
    values: list[Amount]
    """Each draft's amount as compared: in base units, or the unit a learned rate maps them to."""
    restated: list[tuple[int, int]]
    alternatives: list[tuple[int, int]]
    conversions: Conversions
    """Unit ratios the documents' restatements state ("15 mcg (600 IU)")."""
    texts: list[str]
    """Each document's text."""
    kinds: list[str]
    """The kind each draft's clause names in quotes before it, or "" (``_quoted_kind``)."""
    analytes: list[frozenset[Analyte]]
    """The analytes each concentration's sentence names (else the sentence before, its heading
    or its page's title: ``analytes.analytes_of``); none for other drafts."""
    side_by_side: Counter[tuple[tuple[int, tuple[int, int]], str]]
    """How many figures of each dimension each sentence holds: a sentence of two sets them side
    by side ("confirmed 83 homes destroyed and 41 damaged"), as two quantities."""
    windows: list[str] = field(default_factory=list)
    """The time window each share or count is told within, or "" (``windows.window_of``)."""
    persons: list[str] = field(default_factory=list)
    """Whose age each age is, or "" (``ages.age_key``; "" for every other figure)."""


def consolidate(
    documents: Sequence[Document],
    units: Units,
    model: PairModel | None = None,
    reviewed: Sequence[Document] = (),
) -> list[Document]:
    """The documents with one subject per group of drafts that speak about the same quantity.

    Joined unconditionally: a value and its restatement in another unit ("15 mcg (600 IU)") or its
    alternative in the same unit ("5 mg or 10 mg"). Then pairs of drafts of different documents in
    one family (dimension, arm), likeliest first, when ``model`` (by default the shipped one)
    gives them a good chance of stating one quantity and the two groups are alike on average
    (average linkage) - unless the join would put different roles, conditions, populations or
    shapes, two different values of one sentence, or two figures of one document under one
    subject. Then pairs below the join chance whose figures are each other's likeliest partner
    in the other's document by a clear margin (``alignment``), under the same checks. Last, each
    subject keeps one kind of unit, declaring the rates the documents state (see
    ``unitkinds``).

    ``reviewed`` holds the claims a person reviewed, as drafts of their documents under their
    subjects (see ``teach``). Before any learned join, each draft joins the reviewed subject of
    its likeliest reviewed claim when that chance reaches ``TEACH`` and their units convert
    (``teach``); the rest are grouped as above (a reviewed subject's claims count in the
    average), never two reviewed subjects into one, and a new subject never takes a reviewed
    subject's id. Only ``documents`` are returned, their subjects' ids and labels in the
    documents' whole words (``subjects.written``: "exit-code-they-ident", a key of stems, is
    written ``exit-code-they-identical``).
    """
    documents = shared_orders(relate_settings([_with_elapsed(doc) for doc in documents]))
    documents = shared_additions(documents)
    documents = universal_works(documents)
    numeric = [replace(doc, drafts=tuple(filter(_numeric, doc.drafts))) for doc in documents]
    teachers = [replace(doc, drafts=tuple(filter(_numeric, doc.drafts))) for doc in reviewed]
    grouped = _consolidate(numeric, units, model or shipped(), teachers)
    merged = _set_aside(documents, grouped)
    taken = {draft.subject.id for doc in merged for draft in doc.drafts if not is_stance(draft)}
    merged = relate_actions(merged, taken)
    # Each adds subjects: the ids taken are read again before the next.
    for relate in (
        relate_facts,
        relate_elapsed,
        relate_statements,
        relate_instructions,
        relate_named_actions,
    ):
        merged = relate(merged, {draft.subject.id for doc in merged for draft in doc.drafts})
    # Ids and labels in whole words, once nothing compares their stems any more.
    kept = {draft.subject.id for document in reviewed for draft in document.drafts}
    return written(told_at(conceded(_compared_labels(merged))), kept)


def _compared_labels(documents: Sequence[Document]) -> list[Document]:
    """The documents without the advice in words no other document speaks of where the same
    words of the document are also drafted under a subject another document shares: "see your GP
    after every tick bite" as a stance another page opposes, not a lone how-often."""
    shared = shared_subjects(documents, lambda draft: draft.label is not None)
    kept = []
    for document in documents:
        compared = Spans([d.mention.span for d in document.drafts
                          if d.label is not None and d.subject.id in shared])  # fmt: skip
        drafts = tuple(d for d in document.drafts
                       if d.label is None or d.subject.id in shared
                       or not compared.overlaps(*d.mention.span))  # fmt: skip
        kept.append(
            replace(document, drafts=drafts) if len(drafts) < len(document.drafts) else document
        )
    return kept


def _numeric(draft: Draft) -> bool:
    """Whether the pair model groups the draft: not advice in words, nor an elapsed time, nor a
    product's version (joined by its product and role: ``subjects.requirements``)."""
    return draft.label is None and draft.elapsed is None and draft.version is None


def _with_elapsed(document: Document) -> Document:
    """The document with its elapsed times before its date drafted as such (``events``)."""
    if document.date is None:
        return document
    drafts = []
    for draft in document.drafts:
        elapsed = elapsed_value(document.text, draft)
        drafts.append(draft if elapsed is None else replace(draft, elapsed=elapsed))
    return replace(document, drafts=tuple(drafts))


def _set_aside(documents: Sequence[Document], grouped: list[Document]) -> list[Document]:
    """The grouped documents with the drafts set aside put back in text order. Advice in words
    needs no model: every document's advice of one family (one setting's, in software
    documentation) is one subject, whose id only changes when a numeric group already took it.
    Elapsed times are related to years afterwards (``events``)."""
    taken = {draft.subject.id for doc in grouped for draft in doc.drafts}
    result = []
    for document, numeric in zip(documents, grouped, strict=True):
        others = iter(numeric.drafts)
        drafts = []
        for draft in document.drafts:
            if _numeric(draft):
                drafts.append(next(others))
                continue
            if draft.label is not None and draft.subject.id in taken:
                subject = replace(draft.subject, id=f"{draft.subject.id}-advice")
                draft = replace(draft, subject=subject)
            drafts.append(draft)
        result.append(replace(document, drafts=tuple(drafts)))
    return result


def _consolidate(
    documents: Sequence[Document],
    units: Units,
    model: PairModel,
    reviewed: Sequence[Document] = (),
) -> list[Document]:
    # The reviewed claims come first: a subject's first unit written is its reviewed one.
    corpus = _corpus([*reviewed, *documents], units)
    taught = sum(len(doc.drafts) for doc in reviewed)
    corpus = replace(corpus, drafts=_sole_concept_words(corpus, taught))
    scored = sorted(
        ((model.chance(features), a, b) for a, b, features in _described(corpus)),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    # Pairs of one page's figures that may be one quantity, with their chance (``WITHIN``).
    within = [
        (a, b, model.chance(features))
        for a, b, features, allowed in _within_document(corpus)
        if allowed
    ]
    # A page's figure and its restatement (one value, alike as a join of two pages' figures
    # must be) may both join one subject; two values of one page never do (``restating``).
    restating = {
        frozenset((a, b))
        for a, b, chance in within
        if corpus.values[a] == corpus.values[b]
        and corpus.drafts[a][2].subject.context == corpus.drafts[b][2].subject.context
        and chance >= model.join
    }
    chances = {(a, b): chance for chance, a, b in scored}
    groups = _Groups(corpus, chances, model.link, taught, restating)
    firsts: dict[str, int] = {}
    for index, (_, _, draft) in enumerate(corpus.drafts[:taught]):
        groups.join(firsts.setdefault(draft.subject.id, index), index, checked=False)
    for a, b in [*corpus.restated, *corpus.alternatives]:
        groups.join(a, b, checked=False)
    # There is one typical dose of a drug, whatever else its sentences speak of.
    pooled: dict[str, int] = {}
    for index, (_, _, draft) in enumerate(corpus.drafts[taught:], taught):
        if draft.subject.pooled:
            # One time of one event per document: a page's second time of it is another day's
            # or place's ("Polls opened at 7am in the east", "and at 8am in the west").
            timed = draft.subject.family.startswith(TIME_FAMILY)
            first = pooled.setdefault(draft.subject.id, index)
            groups.join(index, first, checked=True, apart=timed)
    # A setting has one default, whichever document states it ("--jobs N ... The default is 4",
    # "Default --jobs raised from 4 to 8"), in one kind of unit.
    defaults: dict[tuple[str, str], int] = {}
    in_words: set[str] = set()
    for index, (_, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if subject.setting and subject.role == "default":
            # A bare number and a count ("The default is 1000", "up to 500 events") are both
            # without a unit.
            key = (subject.setting, _kind(subject.family))
            groups.join(index, defaults.setdefault(key, index), checked=True)
            groups.ruled.add(index)
            if subject.setting_in_words:
                in_words.add(subject.setting)
    for (setting, kind), index in defaults.items():
        for (other, other_kind), other_index in defaults.items():
            loose = setting in in_words or other in in_words
            if (
                kind == other_kind
                and setting != other
                and same_setting(setting, other, in_words=loose)
            ):
                groups.join(index, other_index, checked=True)
    _join_restated_defaults(corpus, groups, taught)
    _join_named_settings(corpus, groups, defaults, taught)
    _join_deictic_rows(corpus, groups, defaults, taught)
    taught_pairs = [
        (chance, *((b, a) if a < taught else (a, b)))
        for chance, a, b in scored
        if chance >= TEACH and (a < taught) != (b < taught)
    ]
    _teach_pools(groups, corpus, taught_pairs)
    for _, new, old in taught_pairs:
        groups.teach(new, old)
    # Pages' figures of one trial, measure, concept or activity, in that order: joins by rule.
    for same in (
        _same_person,
        _same_trial,
        _same_thing,
        _same_measure,
        _same_concept,
        _same_activity,
    ):
        for a, b in same(corpus, taught):
            groups.join(a, b, checked=True, apart=True)
            groups.ruled.update((a, b))
    # A page's only figure under a proposed id of two key terms or more, and another page's:
    # before the pair model's joins, which may pair either with a rival of its page first.
    for a, b in _sole_of_id(corpus, taught):
        groups.join(a, b, checked=True, apart=True)
    # A page's only figure of a thing measured, and another page's: "expects 150,000 visitors a
    # year", "hopes to attract 250,000 visitors annually".
    for a, b in _sole_of_thing(corpus, taught):
        groups.join(a, b, checked=True, apart=True)
    # A key-facts box's line and the figure of another page's prose that says its label's
    # measure in its own words: "Detour for drivers: 40 miles", "a signed diversion ... 38 km".
    for a, b in _boxed_measures(corpus, taught):
        groups.join(a, b, checked=True, apart=True)
    # One measure of a page stated twice ("The crossing takes eight minutes", "the ferry's
    # 15-minute crossing"): before the pair model's joins, which may set either beside another
    # page's figure of another quantity (the courier's "42 minutes from end to end" beside the
    # release's bus trip of 55 minutes) and so keep the page's own two apart. (Not when the join
    # would bring two of another page's figures together: a rule above may have joined them.)
    for a, b in _measured_twice(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    # One action on one object stated twice: "hold your breath for up to 10 seconds", "Hold
    # your breath for 5 seconds after each puff" (``acted``).
    for a, b in _acted_twice(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    # A thing the page refers back to by its measure: "The slide came down shortly after
    # 4:40am", "Those of us who heard the 5.15am slide" (``referred``).
    for a, b in _referred_twice(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    # One person's or animal's age stated twice: "Tom Pennock, 34", "Mr Pennock, 38"; "The wolf,
    # a two-year-old male", "the 18-month-old wolf" (``ages.individual``).
    for a, b in _aged_twice(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    # One organisation's head count stated twice: "The company employs 140 people", "This is a
    # win for all 180 of our staff" (``headcount``).
    for a, b in _staffed_twice(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    # One referral told twice with two age thresholds: "See a GP ... if you are aged 55 or over
    # and your heartburn is new", "anyone over 45 with new heartburn should see a doctor".
    for a, b in _referral_ages(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    # A key-facts line whose label names a measure in words and the page's prose figure whose
    # clause says them: "Construction jobs at the peak of the works: 1,600", "will create 2,100
    # construction jobs at the peak of the works" (``boxes.label_measure``).
    for a, b in _boxed_lines(corpus, taught):
        groups.join(a, b, checked=True, page=corpus.drafts[a][0])
    for chance, a, b in scored:
        if chance >= model.join:
            groups.join(a, b, checked=True, linkage=True)
    # Below the join chance, relative evidence: each other's likeliest partner (``alignment``).
    # Not years: a year dates an event, and two pages' years of unrelated events are often each
    # other's likeliest.
    documents_of = [document for document, _, _ in corpus.drafts]
    for a, b in mutual_best(
        documents_of,
        scored,
        model.join,
        lambda i: i >= taught and corpus.drafts[i][2].mention.dimension != "year",
    ):
        # Counts of two kinds of things ("1,200 visitors", "1,600 volunteers") are no one count
        # on relative evidence alone, nor are the times of two events.
        da, db = corpus.drafts[a][2], corpus.drafts[b][2]
        if not other_nouns(da.mention.noun, db.mention.noun) and not _two_events(da, db):
            groups.join(a, b, checked=True, linkage=True, link=FLOOR)
    # Each other's likeliest with no margin, when their frames differ in one word: "relief that
    # lasts 30 to 60 minutes", "their effect lasts for two to three hours" (``frames``).
    for a, b in frames.mutual_likeliest(
        documents_of, scored, model.join, lambda a, b: _one_frame(corpus, taught, a, b)
    ):
        groups.join(a, b, checked=True, linkage=True, link=FLOOR)
    for a, b in _stated_twice(corpus):
        groups.join(a, b, checked=True)
    # Two pages' only figures of a rare dimension, if the pair model weighed them at all: "water
    # at 50°C" to soak combs and "hats at 60 °C" in the wash share nothing but the dimension.
    for a, b in _sole_of_dimension(corpus, taught):
        if chances.get((min(a, b), max(a, b)), 0.0) >= _SOLE_FLOOR:
            groups.join(a, b, checked=True, apart=True)
    # One quantity stated twice in one document in other words ("children aged 12 and over",
    # "children 12 and over: 10 mg once a day"): the pair model, fitted on pairs of different
    # documents, is sure of it (see ``WITHIN``).
    for a, b, chance in within:
        if a >= taught and chance >= WITHIN:
            groups.join(a, b, checked=True)
    for a, b in _boxed(corpus, taught):
        groups.join(a, b, checked=True)
    for a, b in _counted_twice(corpus, taught):
        groups.join(a, b, checked=True)
    names, rates = one_unit_kind(
        groups.names(),
        [draft for _, _, draft in corpus.drafts],
        corpus.conversions,
        units,
        corpus.analytes,
    )
    links = groups.link_chances(names)
    thresholds = _threshold_subjects(corpus, taught, names)
    regrouped: list[list[Draft]] = [[] for _ in documents]
    for index, (doc_index, _, draft) in enumerate(corpus.drafts[taught:], taught):
        name = names[index]
        bound = (
            draft.subject.bound_is_value
            or index in groups.bound_values
            or (name in thresholds and _bound_of_threshold(draft))
        )
        if (
            name != draft.subject.id
            or name in rates
            or links[index] is not None
            or bound != draft.subject.bound_is_value
        ):
            subject = replace(
                draft.subject,
                id=name,
                rates=rates.get(name, ()),
                link_chance=links[index],
                bound_is_value=bound,
            )
            draft = replace(draft, subject=subject)
        regrouped[doc_index - len(reviewed)].append(draft)
    return [replace(doc, drafts=tuple(new)) for doc, new in zip(documents, regrouped, strict=True)]


def _pages(corpus: _Corpus, taught: int, keep: Callable[[Draft], bool]) -> dict[int, list[int]]:
    """The indexes of each document's drafts (of those after the ``taught`` ones) that ``keep``
    keeps, by document."""
    by_document: dict[int, list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        if keep(draft):
            by_document.setdefault(document, []).append(index)
    return by_document


def _box_lines(corpus: _Corpus, text: str, members: list[int]) -> list[tuple[str, list[int]]]:
    """Each key-facts box line of ``text`` (``boxes.box_labels``) with its label and the
    ``members`` whose figure stands on it."""
    return [
        (label, [i for i in members if start <= corpus.drafts[i][2].mention.span[0] < end])
        for start, end, label in box_labels(text)
    ]


def _boxable(draft: Draft) -> bool:
    """Whether a draft's figure may be a box line's or the measure a label names: no setting's
    value, not of a dimension a label never names (``_NO_BOXED``)."""
    return not draft.subject.setting and draft.mention.dimension not in _NO_BOXED


def _boxed(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of counts of one page, a key-facts box's line and the body's only count of the
    thing its label names ("Aircraft in use: 24 planes and helicopters", "18 aircraft are
    supporting ground crews"; see ``boxes``): one quantity, stated twice."""
    pairs = []
    for document, members in _pages(corpus, taught, lambda _: True).items():
        text = corpus.texts[document]
        if ":" not in text:
            continue
        mentions = [
            draft.mention
            if draft.label is None
            and not draft.subject.setting
            and draft.subject.family.startswith(_UNITLESS)
            else None
            for draft in (corpus.drafts[i][2] for i in members)
        ]
        for box, body in boxed_counts(text, mentions):
            if len(body) != 1:
                continue
            a, b = members[box], members[body[0]]
            # A box's total and the body's part ("Valid votes: 804,115", "188,430 votes") lie
            # further apart than one count stated twice.
            if _near_count(corpus.values[a], corpus.values[b]):
                pairs.append((a, b))
    return pairs


def _boxed_measures(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of a key-facts box line's figure (its line's only value, see ``boxes``) and the
    figure of another page that states the measure its label names ("Road buried: nearly half
    a mile", "burying about 250 metres of the carriageway"; "Estimated repair bill: about $2.9
    million", "the cost of clearing the slide and rebuilding the road at €3.8 million"): of its
    dimension and rate, in a sentence that says every measure word of the label in one of its
    forms (``boxes.measure_words``), the one of its page that says the most of them (none on a
    tie of two values), not ``_BOXED_FAR`` times apart where their units are one."""
    by_document = _pages(corpus, taught, _boxable)
    boxed: list[tuple[int, list[frozenset[str]]]] = []
    on_boxes: set[int] = set()
    for document, members in by_document.items():
        text = corpus.texts[document]
        if ":" not in text:
            continue
        for label, on_line in _box_lines(corpus, text, members):
            on_boxes.update(on_line)
            words = measure_words(label)
            if words and on_line and len({corpus.values[i] for i in on_line}) == 1:
                boxed.append((on_line[0], words))
    stems: dict[int, frozenset[str]] = {}
    pairs = []
    for box, words in boxed:
        mention = corpus.drafts[box][2].mention
        for document, members in by_document.items():
            if document == corpus.drafts[box][0]:
                continue  # two lines of one box are two measures
            scored: dict[int, list[int]] = {}
            for index in members:
                other = corpus.drafts[index][2].mention
                if (
                    index in on_boxes
                    or other.dimension != mention.dimension
                    or other.per != mention.per
                ):
                    continue
                if index not in stems:
                    start, end = corpus.sentences[index][1]
                    stems[index] = content_stems(corpus.texts[document][start:end])
                said = says_measure(words, stems[index])
                if said:
                    scored.setdefault(said, []).append(index)
            if not scored:
                continue
            best = scored[max(scored)]
            if len({corpus.values[i] for i in best}) == 1 and not far_apart(
                corpus.values[box], corpus.values[best[0]], _BOXED_FAR
            ):
                pairs.append((box, best[0]))
    return pairs


def _boxed_lines(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of one page's figures: a key-facts box line's (its line's only value, under a label
    of two to eight words: ``boxes.long_label``) and the page's prose figure that says every
    measure word of the label (``boxes.label_measure``; a bound says its "Minimum" or
    "Maximum"): "Construction jobs at the peak of the works: 1,600", "Building the runway will
    create 2,100 construction jobs at the peak of the works"; "Minimum time between doses: 4
    hours", "a second tablet, at least 2 hours after the first one". The line restates the
    body's figure: two values are the page contradicting itself. The prose figure is of the
    line's dimension and rate (a bare number's line, of a count whose noun the label says), the
    one of the page that says the most of the label (none on a tie of two values), in a
    sentence that states the line's value at no other figure ("Homes damaged: 41", "confirmed
    83 homes destroyed and 41 damaged"), not
    ``_BOXED_FAR`` times apart, allowed by the within checks (``_may_be_one``), and its clause
    gives no other year, place, phase or time than the label (``boxes.another``: "1,200 jobs in
    the first phase"). Not years or dates (of events)."""
    # A sentence of two figures says which of them the label's words are of only by its syntax
    # ("confirmed 83 homes destroyed and 41 damaged" says "Homes damaged" of the 83 too): the
    # one of the line's value is the line's.
    by_sentence: dict[tuple[int, tuple[int, int]], list[int]] = {}
    for index, placed in enumerate(corpus.sentences):
        by_sentence.setdefault(placed, []).append(index)
    pairs = []
    prose_or_line = _pages(corpus, taught, lambda draft: draft.label is None and _boxable(draft))
    for document, members in prose_or_line.items():
        text = corpus.texts[document]
        if ":" not in text:
            continue
        lines = _box_lines(corpus, text, members)
        on_boxes = {i for _, on_line in lines for i in on_line}
        body = [i for i in members if i not in on_boxes]
        stems: dict[int, frozenset[str]] = {}
        for label, on_line in lines:
            if not on_line or not long_label(label) or len({corpus.values[i] for i in on_line}) > 1:
                continue
            box = on_line[0]
            mention = corpus.drafts[box][2].mention
            words = label_measure(label, mention.dimension)
            if words is None:
                continue
            scored: dict[int, list[int]] = {}
            for index in body:
                other = corpus.drafts[index][2].mention
                if other.per != mention.per or not _boxed_dimension(mention, other, words):
                    continue
                if index not in stems:
                    start, end = corpus.sentences[index][1]
                    stems[index] = content_stems(text[start:end])
                bound = bound_words(other.qualifier.value)
                said = says_measure(words, stems[index] | bound, every=True)
                if said:
                    scored.setdefault(said, []).append(index)
            if not scored:
                continue
            best = scored[max(scored)]
            prose = best[0]
            span, sentence = corpus.drafts[prose][2].mention.span, corpus.sentences[prose][1]
            before, after = acted.around(text, span, sentence)
            if (
                len({corpus.values[i] for i in best}) == 1
                and not any(
                    corpus.values[i] == corpus.values[box]
                    for i in by_sentence[corpus.sentences[prose]]
                    if i != prose
                )
                and not far_apart(corpus.values[box], corpus.values[prose], _BOXED_FAR)
                and not another(label, " ".join((*before, *after)))
                and _may_be_one(corpus, box, prose)
            ):
                pairs.append((box, prose))
    return pairs


def _boxed_dimension(box: Mention, prose: Mention, words: list[frozenset[str]]) -> bool:
    """Whether a prose figure may be what a box line's figure measures: of one dimension, or a
    count whose noun the label says beside the line's bare number ("Construction jobs at the peak
    of the works: 1,600", "2,100 construction jobs")."""
    if box.dimension == prose.dimension:
        return True
    if box.dimension == "number" and prose.dimension == "count" and prose.noun:
        noun = stem(prose.noun.split()[-1].lower())
        return any(noun in forms for forms in words)
    return False


#: Dimensions a box's label does not say the measure of: years and dates (of events).
_NO_BOXED = frozenset({"year", "date", "day", "time_of_day"})
#: How far apart a box's figure and prose's may lie in one unit: "nearly half a mile" and
#: "about 250 metres" are 3 times apart; 5 times is another quantity.
_BOXED_FAR = 5.0


#: How far apart one count stated twice may lie, at most (larger over smaller).
_BOX_RATIO = 1.5


def _near_count(a: Amount, b: Amount) -> bool:
    low, high = sorted(((a.low + a.high) / 2, (b.low + b.high) / 2))
    return low > 0 and high <= _BOX_RATIO * low


def _same_person(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of ages of different documents of one person ("found by Ilse Varga, 72," and "The
    68-year-old farmer" after "Ilse Varga has fielded calls") or of the group a condition
    affects most ("most common between the ages of 40 and 60", "most often affects people aged
    25 to 45"; see ``ages``)."""
    keyed: list[tuple[int, int, str]] = []
    youngest: list[tuple[int, int, frozenset[str]]] = []
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        if draft.mention.dimension != AGE or draft.label is not None:
            continue
        text, (start, end) = corpus.texts[document], corpus.sentences[index][1]
        keyed.append((index, document, ages.age_key(text, draft.mention.span, start)))
        if draft.mention.qualifier.bound and ages.for_ages(text[start:end]):
            youngest.append((index, document, content_stems(text[start:end])))
    # The youngest age one product is for: two pages' only such ages whose sentences share a
    # key word ("DEET products are safe for children older than 2 months", "We don't
    # recommend DEET for children under 3").
    pages = Counter(document for _, document, _ in youngest)
    sole = [(i, d, stems) for i, d, stems in youngest if pages[d] == 1]
    return ages.same_person(keyed) + [
        (a, b)
        for n, (a, doc_a, stems_a) in enumerate(sole)
        for b, doc_b, stems_b in sole[n + 1 :]
        if doc_a != doc_b and stems_a & stems_b - _PEOPLE_STEMS
    ]


#: Stems of words for people, which every two sentences about whom a product is for share.
_PEOPLE_STEMS = frozenset(
    stem(word)
    for word in ("child", "children", "adult", "adults", "baby", "babies", "people", "infant")
)


def _same_trial(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of counts of different documents that are the size of one trial: how many people
    a trial enrolled, in sentences that share a name of it ("The LOZ-COLD trial, run by the
    Halvard Institute, enrolled 412 adults", "the 380-person Halvard trial"); see ``trials``."""
    sizes: list[tuple[int, int, frozenset[str]]] = []
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        if draft.mention.dimension != "count" or draft.label is not None:
            continue
        text, sentence = corpus.texts[document], corpus.sentences[index][1]
        if enrolled(text, draft.mention.span, sentence):
            # "The trial enrolled 264 children" takes the names of the sentence before it.
            names = trial_names(text, sentence) or named_before(text, sentence)
            sizes.append((index, document, names))
    return [
        (a, b)
        for i, (a, doc_a, names_a) in enumerate(sizes)
        for b, doc_b, names_b in sizes[i + 1 :]
        if doc_a != doc_b and names_a & names_b
    ]


def _same_thing(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of different documents that give one measure of the thing the story is
    about ("The whale, which measured 11 metres from nose to tail", "The animal, nearly 14
    metres long"; see ``story``): each page's only figure of that measure of that thing."""
    found: dict[tuple[str, str], dict[int, list[int]]] = {}
    pages: dict[int, str] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        dimension = draft.mention.dimension
        if dimension not in story.MEASURED or draft.label is not None:
            continue
        text, sentence = corpus.texts[document], corpus.sentences[index][1]
        measure = story.measure_of(text, draft.mention.span, dimension)
        noun = story.said_of(text, draft.mention.span, sentence) if measure else ""
        if not noun or (measure == "age" and ages.age_key(text, draft.mention.span, sentence[0])):
            continue  # (a person's age is ``_same_person``'s: "The stone ... by Ilse Varga, 72")
        if document not in pages:
            pages[document] = story.page_thing(text)
        thing = story.thing_key(noun, pages[document])
        if thing and (measure != "age" or thing in LIVING):
            found.setdefault((thing, measure), {}).setdefault(document, []).append(index)
    return _sole_pairs(corpus, found)


#: The dimensions whose figures ``measures`` reads.
_MEASURED = frozenset({"duration", "share", "count", "percentage_point"})


def _same_measure(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of different documents, of one family, that a phrase of one idea says
    they measure ("typically live 5 to 8 years", "they usually live only 2 to 3 years"; see
    ``measures``): when each is the only figure of its document that the phrase says of."""
    by_sentence: dict[tuple[int, tuple[int, int]], list[int]] = {}
    for index, (_, _, draft) in enumerate(corpus.drafts[taught:], taught):
        # Every idea of ``measures`` is a span of time or a change in per cent ("12 popular
        # breeds" beside "lived" is no lifespan).
        if draft.label is None and draft.mention.dimension in _MEASURED:
            by_sentence.setdefault(corpus.sentences[index], []).append(index)
    found: dict[tuple[str, str], dict[int, list[int]]] = {}
    for (document, (start, end)), members in by_sentence.items():
        spans = [corpus.drafts[i][2].mention.span for i in members]
        said = measures(
            corpus.texts[document][start:end],
            [(a - start, b - start) for a, b in spans],
            [corpus.drafts[i][2].mention.dimension for i in members],
        )
        for index, measure in zip(members, said, strict=True):
            subject = corpus.drafts[index][2].subject
            if measure and not subject.setting:
                key = (measure, subject.family)
                found.setdefault(key, {}).setdefault(document, []).append(index)
    return _sole_pairs(corpus, found)


def _sole_concept_words(corpus: _Corpus, taught: int) -> list[tuple[int, int, Draft]]:
    """The corpus's drafts with a measure concept's key word (``~distance``) kept only on its
    page's one figure of that family naming it, and not on one its sentence sets beside another
    of its family: "The new ground is 2.5 km from the centre. The training ground is 3 km from
    the centre" says which distance another page's "4 km" is no more than "every 6 minutes at
    peak times and every 10 minutes off-peak" says which interval a Sunday's "every 8 minutes"
    is. Reviewed drafts (the first ``taught``) keep theirs."""
    drafts = corpus.drafts
    crowded = _crowding(corpus)
    # (one value said twice, in a list and in prose, is still the page's only one)
    named = {
        (document, d.subject.family, concept, d.mention.value)
        for document, _, d in drafts[taught:]
        for concept in d.subject.concepts
    }
    naming = Counter((document, family, concept) for document, family, concept, _ in named)
    result = list(drafts[:taught])
    for index, (document, i, draft) in enumerate(drafts[taught:], taught):
        subject = draft.subject
        shared = {
            CONCEPT_PREFIX + c
            for c in subject.concepts
            if naming[document, subject.family, c] > 1 or _crowded(crowded, corpus, index, c)
        }
        if shared:
            keywords = tuple(w for w in subject.keywords if w not in shared)
            draft = replace(draft, subject=replace(subject, keywords=keywords))
        result.append((document, i, draft))
    return result


def _same_concept(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of different documents, of one family, whose words name one measure
    concept in other words ("one tablet covers about 16 hours", "keeps working for up to 24
    hours"; see ``concepts``): when each is the only figure of its document of that family
    naming it, and it names no other."""
    found: dict[tuple[str, str], dict[int, list[int]]] = {}
    # A sentence that sets two figures of a family side by side ("every 6 minutes at peak times
    # and every 10 minutes off-peak") is a timetable: which one another page gives is not for
    # the concept to say.
    crowded = _crowding(corpus)
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if draft.label is not None or subject.setting or not subject.family:
            continue
        named = specific(subject.concepts)
        if len(named) == 1:
            concept = named.pop()
            if _crowded(crowded, corpus, index, concept):
                continue
            key = (concept, subject.family)
            found.setdefault(key, {}).setdefault(document, []).append(index)
    # (values 3 times apart or more are rarely one quantity: a ticket's cost, the stadium's)
    return _sole_pairs(corpus, found, near=True)


#: The concepts of each figure of a sentence, by the sentence and the figure's family.
_Crowding = dict[tuple[tuple[int, tuple[int, int]], str], list[frozenset[str]]]


def _crowding(corpus: _Corpus) -> _Crowding:
    """The concepts of each figure of a sentence, by the sentence and the figure's family."""
    found: _Crowding = {}
    for i, (_, _, d) in enumerate(corpus.drafts):
        key = (corpus.sentences[i], d.subject.family)
        found.setdefault(key, []).append(frozenset(d.subject.concepts))
    return found


def _crowded(
    crowding: _Crowding,
    corpus: _Corpus,
    index: int,
    concept: str,
) -> bool:
    """Whether the sentence of draft ``index`` sets it beside another figure of its family that
    may be of ``concept`` too ("every 6 minutes at peak times and every 10 minutes off-peak"): a
    figure its words name as an opposite measure is not one ("Gout affects about 2.5% of adults
    in the UK, rising to around 7% of men over 65": 7% is a share of a group, not of people at
    large, and leaves 2.5% the sentence's one share of people with gout). Only for a measure: a
    kind of value's opposite is another value of the same measure ("before they drop to 80%"
    beside the capacity that remains), and crowds it."""
    family = corpus.drafts[index][2].subject.family
    beside = crowding[corpus.sentences[index], family]
    if not specific((concept,)):
        return len(beside) > 1
    return sum(1 for names in beside if not opposed(names, (concept,))) > 1


#: How far apart two durations of one activity may lie: pages advise 30 minutes against 2 hours
#: (4x), 4 weeks against 3 months, but a rest of 20 minutes is no course of two years.
_ACTIVITY_FAR = 10.0


def _same_activity(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of durations of different documents, of one family, that measure one activity (the
    verb and its object the span governs: "leave the lotion on for 8 hours", "Four hours is plenty
    for the dimeticone lotion"; see ``activities``): when each is the only value of its document
    that measures the other's."""
    found: list[tuple[int, int, str, Activity]] = []
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        dimension = draft.mention.dimension
        if draft.label is not None or subject.setting or dimension not in ("duration", "length"):
            continue
        measured = activity(corpus.texts[document], draft.mention.span, corpus.sentences[index][1])
        # A length is a distance kept away or nothing: "walk 5 km" is how far, not how long.
        if measured is not None and (dimension == "duration") != (measured.verb == AWAY):
            found.append((index, document, subject.family, measured))
    by_document: dict[int, list[tuple[int, Activity]]] = {}
    # Only durations of one direction and of one verb class, or of the class of any verb
    # (``same_activity``), may measure one activity: each is weighed against those alone.
    by_verb: dict[str, dict[str, list[int]]] = {}
    for n, (index, document, _, measured) in enumerate(found):
        by_document.setdefault(document, []).append((index, measured))
        by_verb.setdefault(measured.direction, {}).setdefault(measured.verb, []).append(n)
    sole_memo: dict[tuple[int, Activity], bool] = {}

    def sole(document: int, other: Activity) -> bool:
        key = (document, other)
        if key not in sole_memo:
            values = {
                corpus.values[i] for i, measured in by_document[document]
                if same_activity(measured, other)
            }  # fmt: skip
            sole_memo[key] = len(values) == 1
        return sole_memo[key]

    pairs = []
    for n, (a, document_a, family_a, measured_a) in enumerate(found):
        verbs = by_verb[measured_a.direction]
        weighed = (
            [m for members in verbs.values() for m in members]
            if measured_a.verb == ANY
            else [*verbs[measured_a.verb], *verbs.get(ANY, ())]
        )
        for m in sorted(m for m in weighed if m > n):
            b, document_b, family_b, measured_b = found[m]
            if (
                document_a != document_b
                and family_a == family_b
                and same_activity(measured_a, measured_b)
                and not far_apart(corpus.values[a], corpus.values[b], _ACTIVITY_FAR)
                and sole(document_a, measured_b)
                and sole(document_b, measured_a)
            ):
                pairs.append((a, b))
    return pairs


def _sole_pairs(
    corpus: _Corpus, found: dict[tuple[str, str], dict[int, list[int]]], *, near: bool = False
) -> list[tuple[int, int]]:
    """For each key's figures by document, the pairs of pages' only ones (one value said twice,
    in a list and in prose, is still the page's only one); with ``near``, not 3 times apart."""
    pairs = []
    for by_document in found.values():
        sole = [
            members[0]
            for members in by_document.values()
            if len({corpus.values[i] for i in members}) == 1
        ]
        pairs += [
            (a, b)
            for i, a in enumerate(sole)
            for b in sole[i + 1 :]
            if not (near and far_apart(corpus.values[a], corpus.values[b]))
        ]
    return pairs


def _stated_twice(corpus: _Corpus) -> list[tuple[int, int]]:
    """Pairs of figures of one document, in different sentences, proposed under one subject id
    of two terms or more ("share-elemental-magnesium"): one quantity stated twice."""
    tied = {frozenset(pair) for pair in (*corpus.restated, *corpus.alternatives)}
    by_id: dict[tuple[int, str], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts):
        subject = draft.subject
        if (
            len(subject.terms) >= 2
            and not subject.setting
            and draft.label is None
            and not _ATTRIBUTIVE.search(draft.mention.text)
        ):
            by_id.setdefault((document, subject.id), []).append(index)
    # A sentence that states two figures of one family ("The final cost of €1.26 billion is 34%
    # above the original budget of €940 million") may say its words of either.
    crowded = Counter(
        (corpus.sentences[i], d.subject.family) for i, (_, _, d) in enumerate(corpus.drafts)
    )
    # Two sentences that each set two figures of a kind side by side ("Bloating was reported by
    # 9% of the probiotic group and 7% of the placebo group", "Diarrhoea developed in 11% of the
    # probiotic group, against 18% of the placebo group") compare groups on two measures: the
    # words they share name the groups, not one quantity.

    def compares(index: int) -> bool:
        dimension = corpus.drafts[index][2].mention.dimension
        return corpus.side_by_side[corpus.sentences[index], dimension] > 1

    pairs = [
        (a, b)
        for members in by_id.values()
        for i, a in enumerate(members)
        for b in members[i + 1 :]
        if frozenset((a, b)) not in tied
        and corpus.sentences[a] != corpus.sentences[b]
        and not (compares(a) and compares(b))
    ]
    # One figure's key terms, two or more, and one word more ("share-proportion-uvb",
    # "share-proportion-uvb-rays"), of one role, shape, condition and population: the same
    # quantity said again with a word added ("about 97 percent of UVB", "around 93 percent of
    # UVB rays").
    # (Looked up by the terms less one word: a long page has thousands of subject ids.)
    by_terms: dict[tuple[int, frozenset[str]], list[int]] = {}
    for (document, _), [first, *_] in by_id.items():
        terms = frozenset(corpus.drafts[first][2].subject.terms)
        by_terms.setdefault((document, terms), []).append(first)
    for (document, terms), longer in by_terms.items():
        for word in terms if len(terms) > _SAID_AGAIN else ():
            for a in by_terms.get((document, terms - {word}), []):
                pairs += [
                    (a, b)
                    for b in longer
                    if _said_again(corpus.drafts[a][2].subject, corpus.drafts[b][2].subject)
                    and frozenset((a, b)) not in tied
                    and corpus.sentences[a] != corpus.sentences[b]
                    and not (compares(a) and compares(b))
                ]
    # The same value said again in other words ("The final cost is €1.26 billion", "The final
    # cost of €1.26 billion is 34% above the original budget"): every key word of one, two or
    # more, is a key word of the other.
    by_value: dict[tuple[int, str, Amount], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts):
        if (
            draft.label is None
            and not draft.subject.setting
            and draft.subject.family
            and crowded[corpus.sentences[index], draft.subject.family] == 1
        ):
            key = (document, draft.subject.family, corpus.values[index])
            by_value.setdefault(key, []).append(index)
    for members in by_value.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                words = sorted((set(corpus.drafts[x][2].subject.keywords) for x in (a, b)), key=len)
                if (
                    corpus.sentences[a] != corpus.sentences[b]
                    and len(words[0]) >= _SAID_AGAIN
                    and words[0] <= words[1]
                ):
                    pairs.append((a, b))
    return pairs


#: Dimensions prose seldom states more than once or twice a page: a page's only area, distance,
#: volume, temperature, energy or power is what the page says of its one such thing (a site's
#: area, a place's distance). Not counts, shares, money, durations, years nor masses (doses).
_RARE_DIMENSIONS = frozenset({"area", "length", "volume", "temperature", "energy", "power"})
#: Base units of speeds, which mentions file under "quantity" (km/h, mph, knots).
_SPEED_UNITS = frozenset({"meter / second"})
#: How far apart two pages' only figures of a dimension may lie and still be one quantity.
_SOLE_RATIO = 3.0


#: The least pair chance two pages' only figures of a dimension need to join (dev: 0.005 and
#: 0.02 drop headlice's "water at 50°C" for combs against "hats at 60 °C" and lose no true
#: disagreement; 0.05 loses one).
_SOLE_FLOOR = 0.02


def _sole_of_dimension(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of different documents that are each their page's only figure of a
    dimension rare in prose (``_RARE_DIMENSIONS``, or a speed), within ``_SOLE_RATIO`` of each
    other once converted: "spread across six stages on the 160-hectare site", "Site: the
    250-acre Hollins Park Farm". A page's figure stated twice (the same value) is still its only
    one; a page with two values of the dimension ("burned 14,200 hectares", "the 1998 fire
    burned 31,000 hectares") has none. The join is checked (role, condition, population and
    shape must agree)."""
    by_page: dict[tuple[int, str], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        value = corpus.values[index]
        dimension = draft.mention.dimension
        if dimension not in _RARE_DIMENSIONS and value.unit not in _SPEED_UNITS:
            continue
        if draft.label is not None or draft.subject.setting:
            continue
        by_page.setdefault((document, value.unit), []).append(index)
    sole: dict[tuple[str, str], list[int]] = {}
    for (_, unit), members in by_page.items():
        # "about 20 km a week" and "a peak of 52 km" are two figures of a distance; a page's
        # only one is of a rate ("a week") or not, as the other page's must be.
        if len({(corpus.values[i], corpus.drafts[i][2].mention.per) for i in members}) == 1:
            sole.setdefault((unit, corpus.drafts[members[0]][2].mention.per), []).append(members[0])
    # Only when every page's only figure lies within _SOLE_RATIO of every other's: "four miles"
    # of traffic and "12 miles from Castlemere" on two pages, "20 miles outside" on a third, are
    # no one distance.
    return [
        (a, b)
        for members in sole.values()
        if len(members) > 1 and _near_enough([corpus.values[i] for i in members])
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    ]


def _sole_of_id(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of different documents proposed under one subject id of two key terms
    or more ("length-fishing-lugger": "the 62-foot fishing lugger", "a 25-metre fishing
    lugger"), each its page's only value under that id, within ``_SOLE_RATIO`` of each other
    once converted and of one context. Every page's only figure under the id must lie within
    the ratio of every other's; a page that states two values under it ("eight stages" this
    year, "six stages" last year) has none. The join is checked (role, condition, population
    and shape must agree)."""
    by_page: dict[tuple[object, ...], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if (
            len(subject.terms) < _SAME_ID_TERMS
            or draft.label is not None
            or subject.setting
            or subject.pooled
            or not subject.family
            or draft.mention.dimension in _MANY_OF_A_KIND
        ):
            continue
        # ("count-centres" and "count-centers" are one id: ``spelling.id_key``.)
        by_page.setdefault((subject.family, id_key(subject.id), document), []).append(index)
    pairs: list[tuple[int, int]] = []
    for members in _sole_of_pages(corpus, by_page):
        values = [corpus.values[i] for i in members]
        contexts = {_context(corpus.drafts[i][2].subject) for i in members}
        if len({v.unit for v in values}) > 1 or len(contexts) > 1 or not _near_enough(values):
            continue
        pairs += itertools.combinations(members, 2)
    return pairs


def _sole_of_pages(
    corpus: _Corpus, by_page: dict[tuple[object, ...], list[int]]
) -> list[list[int]]:
    """The figures of ``by_page`` (keyed by a key and, last, the document) that are their page's
    only value of their key, by key, where two pages or more have one: a page that states two
    values of a key has none."""
    sole: dict[tuple[object, ...], list[int]] = {}
    for page_key, members in by_page.items():
        if len({corpus.values[i] for i in members}) == 1:
            sole.setdefault(page_key[:-1], []).append(members[0])
    return [members for members in sole.values() if len(members) >= 2]


def _sole_of_thing(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of different documents that are each their page's only figure of one
    thing measured (``things``: a count's counted noun, people by any noun, at one rate: "expects
    150,000 visitors a year", "hopes to attract 250,000 visitors annually"), of one context,
    population and condition, and within ``_THING_RATIO`` of each other. A figure told of the
    past ("Before it closed, the museum drew about 90,000 visitors a year") is of another key
    than today's. Every page's only figure of the key must lie within the ratio of every
    other's; a page that states two values of it has none. The join is checked."""
    by_page: dict[tuple[object, ...], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject, mention = draft.subject, draft.mention
        if (
            draft.label is not None
            or subject.setting
            or subject.pooled
            or not subject.family
            or mention.dimension in _NO_THING
        ):
            continue
        sentence = corpus.sentences[index][1]
        if mention.dimension == "count":
            thing = thing_counted(mention.noun)
        else:
            thing = subject_noun(corpus.texts[document], mention.span, sentence)
        if not thing:
            continue
        past = told_as_past(corpus.texts[document], mention.span, sentence)
        by_page.setdefault((subject.family, thing, mention.per, past, document), []).append(index)
    pairs: list[tuple[int, int]] = []
    for members in _sole_of_pages(corpus, by_page):
        values = [corpus.values[i] for i in members]
        contexts = {
            (_context(s), s.population, s.condition)
            for s in (corpus.drafts[i][2].subject for i in members)
        }
        if len({v.unit for v in values}) > 1 or len(contexts) > 1:
            continue
        if values[0].unit == "dimensionless" and all(
            corpus.drafts[i][2].mention.dimension == "sound" for i in members
        ):
            # (levels in decibels: a tenfold power is 10 dB more, a level of another thing)
            values = [_decibels(v) for v in values]
        if not _near_enough(values, _THING_RATIO):
            continue
        pairs += itertools.combinations(members, 2)
    return pairs


#: Dimensions whose figures no subject noun says the thing of: shares and changes in points
#: (of what, not whose: ``_MANY_OF_A_KIND``), years and times of day (dates of events).
_NO_THING = frozenset({"share", "percentage_point", "year", "time_of_day", "date", "day"})
#: How far apart two pages' only figures of one thing may lie and still be one quantity.
#: (dev: 2x joins museum's 150,000 and 250,000 visitors a year and hayfever's 6 and under 12;
#: 3x joins no true one more and one unrelated pair more, in wildfire)
_THING_RATIO = 2.0


#: A proposed subject id of this many key terms or more names one quantity on two pages.
_SAME_ID_TERMS = 2
#: Shares and changes in points: a page's words name what they are a share of ("of the vote",
#: "sales growth"), not whose or of which period (one party's, the full year's), which a page
#: with one of them may leave to its sentence before.
_MANY_OF_A_KIND = frozenset({"share", "percentage_point"})


def _decibels(value: Amount) -> Amount:
    """A sound level's power ratio in decibels."""
    low, high = (10 * math.log10(max(x, 1.0)) for x in (value.low, value.high))
    return replace(value, low=low, high=high)


def _near_enough(values: list[Amount], ratio: float = _SOLE_RATIO) -> bool:
    """Amounts of one unit whose middles lie within ``ratio`` of each other; a
    temperature's in degrees Celsius above freezing (kelvins put every weather a few per cent
    apart)."""
    offset = 273.15 if values[0].unit == "kelvin" else 0.0
    middles = [(x.low + x.high) / 2 - offset for x in values]
    if min(middles) <= 0:
        return False
    return max(middles) <= ratio * min(middles)


def _said_again(a: Proposal, b: Proposal) -> bool:
    """Whether two subjects of one page agree in family, role, shape, condition and population
    (their terms differ by one word)."""
    return (a.family, a.role, a.shape, a.condition, a.population) == (
        b.family,
        b.role,
        b.shape,
        b.condition,
        b.population,
    )


#: The fewest key words of a figure that another of its page, of the same value, must hold.
_SAID_AGAIN = 2


#: A figure joined to its unit by a hyphen qualifies a noun ("a 220-litre bin", "a 10-minute
#: walk"): it names a kind of thing, and a page names many kinds.
_ATTRIBUTIVE = re.compile(r"\d-[^\W\d]")


def _join_named_settings(
    corpus: _Corpus, groups: _Groups, defaults: dict[tuple[str, str], int], taught: int
) -> None:
    """Join a figure of prose that names a setting in words to that setting's default: "tidepool
    retries a failed upload 5 times" states the default of ``retries`` ("The default is 3
    retries") when its document states no other default of it. The longest setting name whose
    every word is a key word of the figure wins ("metrics port" over "port"), and keeps the
    figure from other settings' groups even without a default to join. A default in prose may
    name fewer words of its setting (see below)."""
    # Every setting the documents name, defaults or not: "metrics port" is no "port".
    # A setting only ever named in words ("the server listens on port 8088") names too little
    # to claim other prose: "exposes metrics on port 9188" is no figure of it.
    settings = {
        draft.subject.setting for _, _, draft in corpus.drafts if not draft.subject.setting_in_words
    } - {""}
    names = {setting: setting_stems(setting) for setting in settings}
    described = _descriptions(corpus, taught)
    heads = _description_heads(corpus, taught)
    modal = {
        draft.subject.setting
        for _, _, draft in corpus.drafts[taught:]
        if draft.subject.setting and draft.subject.per_mode
    }
    unstated: dict[tuple[str, str], int] = {}
    # The values each page states as a setting's default: its prose may restate them.
    stated: dict[tuple[int, str, str], set[Amount]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        if draft.subject.setting and draft.subject.role == "default" and not draft.subject.context:
            key = (document, draft.subject.setting, _kind(draft.subject.family))
            stated.setdefault(key, set()).add(corpus.values[index])
    restated = False
    kinds: dict[str, set[str]] = {}
    for setting, kind in defaults:
        kinds.setdefault(setting, set()).add(kind)
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if subject.setting or subject.role not in _NAMED_ROLES or subject.context:
            continue
        restated = False
        # A threshold or a total ("The file is rotated when it reaches 10 MB", "30 seconds in
        # total to finish") is a setting's value only where it restates its page's row.
        restating = subject.role in _RESTATING_ROLES
        start, end = corpus.sentences[index][1]
        sentence = corpus.texts[document][start:end]
        if (
            CHOSEN_VALUE_RE.search(sentence)
            or _USED_FOR_RE.search(sentence)
            or previous(corpus.texts[document], draft.mention.span, start)
        ):
            # "For example, to keep only 7 snapshots", "In our benchmark we ran it with 16
            # parallel jobs", "went from 4 to 8": a value someone chose, or one a change
            # replaced, is no setting's default.
            continue
        implied = _implied(draft, sentence, corpus.texts[document][start : draft.mention.span[0]])
        keywords = set(subject.keywords) | implied
        # The idea its words name ("is cancelled", "waits up to": ``~timeout``) is a word of a
        # setting's name with others: "any statement still running after 120 seconds is
        # cancelled" names ``statement_timeout`` (not ``timeout``: an idea alone names none).
        ideas = setting_stems("-".join(k[1:] for k in subject.keywords if k.startswith("~")))
        if draft.mention.dimension == "duration" and _EVERY_RE.search(
            corpus.texts[document], max(start, draft.mention.span[0] - 12), draft.mention.span[0]
        ):
            # "send a heartbeat every 15 seconds": how often, a setting's interval.
            ideas |= {"interv"}
        if draft.mention.dimension == "duration" and _WITHIN_RE.search(
            corpus.texts[document],
            max(start, draft.mention.span[0] - 12),
            draft.mention.span[0] + 7,
        ):
            # "If the server doesn't answer a ping within 20 seconds": how long it waits, a
            # setting's timeout (``ping_timeout``).
            ideas |= {"timeou"}
        kind = _kind(subject.family)
        # "Idle server connections are closed after 5 minutes" names ``server_idle_timeout`` by
        # its two distinctive words; one ("pool" of ``pool_size``) is too little.
        # A setting whose default is of another kind of unit is not the one a figure states
        # ("sent in batches of 1,000 events by default, or sooner if the flush interval passes").
        # "Each attachment can be at most 10 MB" names ``max_attachment_mb``: the unit a setting's
        # name ends in is said by a figure in a unit of its kind, and names no setting alone.
        units = _UNIT_NAME_STEMS.get(draft.mention.dimension, frozenset())
        named = [
            s
            for s, stems in ((s, _less_units(s, n, units)) for s, n in names.items())
            if kinds.get(s, {kind}) & {kind}
            and not _rate_in(s, units)
            and (
                _said(stems, keywords)
                or (bool(stems & ideas) and bool(stems - ideas) and _said(stems - ideas, keywords))
                or (
                    len(stems - _GENERIC_SETTING_WORDS) >= _DISTINCTIVE
                    and _said(stems - _GENERIC_SETTING_WORDS, keywords)
                )
                or (kind == "number" and _counts_capped(stems, draft, keywords))
            )
        ]
        if not named and subject.role == "default":
            # "... which is why mulish has a retry budget. By default up to 10% of requests can
            # be retries": a default that names no setting is of the one the sentence before
            # names in words, two of its own or more.
            named = _named_just_before(corpus.texts[document], start, names, kinds, kind)
        if restating:
            named = []
        # "No single wait is longer than 30 seconds" below ``max_delay`` | "Upper bound for any
        # single wait", "It opens up to 16 connections at once across all hosts" of
        # ``concurrency`` | "Connections open at once across all hosts": a bound whose words
        # restate a cap's row is the cap's value (see ``_restated_bound``).
        bounded = (
            not named
            and subject.role in ("", "maximum")
            and draft.mention.qualifier in _BOUND_STEMS
        )
        # A question states no value: "Can two copies of the same job run at once?"
        asked = sentence.rstrip().endswith("?")
        # "snapvault can upload up to 20 chunks in parallel": what may be set, not what is.
        capable = bounded and _CAN_RE.search(sentence) is not None
        if (
            not named
            and (
                subject.role == "default"
                or restating
                or (not subject.role and draft.mention.qualifier not in _BOUND_STEMS)
                or bounded
            )
            and not _ASSIGNED_RE.search(corpus.texts[document], start, draft.mention.span[0])
        ):
            # "snapvault renders pages on 8 worker threads by default" of ``jobs``, "Number of
            # worker threads used to render pages": the setting whose description shares the
            # most key words with the figure's, two or more, and has a default of its kind (not
            # a value given to a name: "Cache-Control: max-age=3600"). It comes before a word
            # close to the figure.
            text = corpus.texts[document]
            # (the words it says, not those its form implies: "a 16-byte salt ... for every
            # password" restates no "Longest password accepted, in bytes")
            left, right = _clause(text, draft.mention.span, start, end)
            clause_said = (
                content_stems(text[left : draft.mention.span[0]])
                | content_stems(text[draft.mention.span[1] : right])
                # (a count's own words say what it counts: "5 failed checks")
                | (content_stems(draft.mention.text) if draft.mention.noun else set())
                | ideas
            )
            said = keywords | clause_said
            named = [
                s
                for s in _described_as(described, said, draft, defaults)
                if s not in modal
                and (not bounded or _restated_bound(s, names, described, heads, said, capable))
                and _per_agrees(s, heads, draft, text)
            ]
            if not named and not asked:
                # "By default the breaker opens after 10 failures in a row" restates
                # ``failure_threshold``'s row ("Consecutive failures that open the breaker"),
                # though "breaker" and "open" are words of other rows too.
                named = [
                    s
                    for s in _restated_as(
                        described, names, heads, clause_said, draft, defaults, text
                    )
                    if s not in modal
                    and (not bounded or _restated_bound(s, names, described, heads, said, capable))
                ]
            headed = False
            if not named and subject.heading_words and not bounded:
                # Below a heading of a reference page's notes that names the setting ("Error
                # log" / "The file is rotated when it reaches 10 MB" of ``error_log_max`` | "10
                # MB" | "Size at which the error log is rotated"), only to restate its row.
                said |= set(subject.heading_words)
                named = [
                    s for s in _described_as(described, said, draft, defaults) if s not in modal
                ]
                headed = bool(named)
            if (
                named
                and subject.role != "default"
                and document in groups.documents_of(defaults[(named[0], kind)])
            ):
                # Its own page's prose: perhaps another value of the setting, unless it
                # restates the value the page's row gives ("rowwright stops reading and raises
                # TooManyErrors once 100 bad rows have been recorded" below ``max_errors`` |
                # 100 | "Bad rows tolerated before TooManyErrors is raised").
                restated = corpus.values[index] in stated.get((document, named[0], kind), ())
                if not restated:
                    continue
            if headed and not restated:
                continue
            # A threshold or a total of another page whose words restate a row ("a wrapped
            # function is attempted up to 4 times in total" of ``max_attempts`` | "Total number
            # of attempts, including the first call") states the row's value there, as a
            # default of prose does; on the row's own page only when it says the row's value.
        if not named and subject.role == "default":
            # "Partial batches are flushed every 10 seconds by default": a default of prose
            # naming one distinctive word of the only setting with a default of its kind
            # ("flush_interval", 5 seconds; not "batch_size", a number).
            # The word stands by the figure ("sent in batches of 1,000 events by default"), not
            # anywhere in its sentence ("With the default of 8, a batch is sent at most 9 times").
            close = set(subject.close_words)
            named = [
                s
                for s, stems in names.items()
                if (s, kind) in defaults and (stems - _GENERIC_SETTING_WORDS) & close
            ]
            named = named if len(named) == 1 else []
            if not named and kind != "number":
                named = _sole_of_kind(
                    corpus.texts[document], draft, defaults, described, kind, (start, end)
                )
        # A count of other things than a row's default says it counts names no such row:
        # "shows 3 lines of context" is no ``max_line_length`` of "10,000 characters" (its
        # description says "Lines longer than this many characters"), but ``context_lines``,
        # "Number of unchanged lines shown around each change".
        named = [
            s
            for s in named
            if not _counts_other(
                draft, corpus, defaults.get((s, kind)), described.get(s, (frozenset(),) * 2)[1]
            )
        ]
        if not named:
            continue
        longest = max(len(names[s]) for s in named)
        chosen = [s for s in named if len(names[s]) == longest]
        if len(chosen) != 1 or chosen[0] in modal:
            # A setting whose default differs by mode ("5432 / 3306") has no one default a
            # figure of prose states ("For a MySQL URL without a port it connects to 3306").
            continue
        # A figure that says it is the default ("By default ferrypool listens on port 6432")
        # states the default, even when its page gives another (a self-contradiction). So does
        # one that says it is the cap a setting named by its cap holds ("The backoff caps at 60
        # seconds" of ``retry_backoff_max``; "An agent message larger than 2 MiB is dropped" of
        # ``max_message_size``).
        capped = bool(_CAP_STEMS & names[chosen[0]]) and (
            _CAPS_RE.search(sentence) is not None or subject.role == "maximum"
        )
        if bounded:
            # The bound is the value of the cap its words restate.
            capped = True
            groups.as_default(index)
            groups.bound_values.add(index)
        if subject.role == "maximum":
            if not capped:
                continue  # a maximum of a setting not named by its bound: one of its values
            groups.as_default(index)
        # The figure is of that setting, whether or not it joins its default.
        groups.name_setting(index, chosen[0])
        if names[chosen[0]] & implied & {"max", "min"} or (
            subject.role == "default" and draft.mention.qualifier is Qualifier.LE
        ):
            # "Lines up to 64 KiB are accepted": the bound is what max_line_bytes holds; "Each
            # worker can use up to 512 MB of memory by default": what memory_per_worker holds
            # unless set (a bound said to be the default is the default's value).
            groups.bound_values.add(index)
        target = defaults.get((chosen[0], kind))
        if target is None:
            # No document gives the setting's default: figures of prose that name it meet each
            # other ("cached thumbnails expire after 604800 seconds" by default, "Cache entries
            # live for 24 hours": ``cache_ttl``).
            target = unstated.setdefault((chosen[0], kind), index)
            if target != index and document not in groups.documents_of(target):
                groups.join(index, target, checked=True)
                groups.ruled.update((index, target))
            continue
        if target is not None and (
            document not in groups.documents_of(target)
            or subject.role == "default"
            or capped
            # Its own page's prose restating the row's value ("for up to 3 retries" below
            # ``retries`` | 3).
            or restated
            or corpus.values[index] in stated.get((document, chosen[0], kind), ())
            # Prose of its own page that names a setting of two words or more and states a
            # value plainly states what it holds ("Workers send a heartbeat to the server every
            # 15 seconds" below ``heartbeat_interval`` 10 s); one word ("port") names too little,
            # and a sentence that sets or supposes a value may give any.
            or (len(names[chosen[0]]) >= 2 and not _SET_HERE_RE.search(sentence))
        ):
            if restating:
                groups.as_default(index, subject.role)
                if draft.mention.qualifier in (Qualifier.LE, Qualifier.LT) and _restated_bound(
                    chosen[0], names, described, heads, keywords
                ):
                    groups.bound_values.add(index)  # "up to 4 times in total": the cap's value
            groups.join(index, target, checked=True)
            groups.ruled.add(index)


def _counts_other(
    draft: Draft, corpus: _Corpus, row: int | None, description: frozenset[str]
) -> bool:
    """Whether the default ``row`` (a draft's index, or None) counts other things than
    ``draft``, whose noun its row's ``description`` (stems) names as what is not counted:
    "Lines longer than this many characters ... Defaults to 10,000 characters" against "3
    lines". Not when the row names the draft's noun nowhere ("5 failed checks" against
    "Consecutive failed probes ... Default: 3 probes": other words for one thing), nor when the
    row's noun is only its description's ("Number of retries ... Defaults to 3"), nor for
    "times", which counts anything done ("retries a failed upload 5 times")."""
    if row is None or not draft.mention.noun:
        return False
    default = corpus.drafts[row][2].mention
    nouns = {draft.mention.noun.lower(), default.noun.lower()}
    return (
        default.noun in default.text
        and not nouns & {"times", "time"}
        and stem(draft.mention.noun.lower()) in description
        and other_nouns(draft.mention.noun, default.noun)
    )


def _sole_of_kind(
    text: str,
    draft: Draft,
    defaults: dict[tuple[str, str], int],
    described: dict[str, tuple[frozenset[str], frozenset[str]]],
    kind: str,
    sentence: tuple[int, int],
) -> list[str]:
    """The only setting with a default of a default's kind of unit (not a bare number), when the
    figure's clause in ``text`` says a word of its row's description that is its own: "Output
    is written at 44.1 kHz unless you ask for something else" of ``sample_rate`` | "Sample rate
    of the output file, in Hz" (no other setting is a frequency); [] otherwise."""
    sole = [s for s, k in defaults if k == kind]
    if len(sole) != 1 or sole[0] not in described:
        return []
    left, right = _clause(text, draft.mention.span, *sentence)
    said = content_stems(text[left:right]) - _GENERIC_SETTING_WORDS
    return sole if described[sole[0]][0] & said else []


def _named_just_before(
    text: str,
    start: int,
    names: dict[str, frozenset[str]],
    kinds: dict[str, set[str]],
    kind: str,
) -> list[str]:
    """The one setting with a default of ``kind`` whose name's words, two or more less generic
    ones, the sentence before ``start`` says as written, in its paragraph and with no figure of its own:
    "They can, which is why mulish has a retry budget." names ``retry_budget`` for the default
    after it; [] when it names none or several."""
    before = text[max(0, start - _BEFORE_CHARS) : start]
    before = before[before.rfind("\n\n") + 1 :].rstrip()
    if not before.endswith((".", "!", "?")):
        return []  # the figure's sentence opens its paragraph
    ends = list(_SENTENCE_CUT_RE.finditer(before, 0, len(before) - 1))
    previous = before[ends[-1].end() if ends else 0 : -1]
    if re.search(r"\d", previous):
        return []  # the sentence before has a figure of its own, which it names
    # As written, not by stems: "budget" and "cap" share one ("retry budget" is no
    # ``retry_after_cap``).
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", previous)}
    said |= {w[:-1] for w in said if w.endswith("s")}
    named = []
    for setting in names:
        own = [w for w in setting.split("-") if setting_stems(w) - _GENERIC_SETTING_WORDS]
        if kind in kinds.get(setting, set()) and len(own) >= _DISTINCTIVE and set(own) <= said:
            named.append(setting)
    return named if len(named) == 1 else []


#: How far back the sentence before a figure is looked for.
_BEFORE_CHARS = 240
#: The end of a sentence: its stop and the space after it.
_SENTENCE_CUT_RE = re.compile(r"[.!?]\s+")


#: Roles of a figure of prose that may state a setting's value (``_join_named_settings``).
_NAMED_ROLES = frozenset({"", "default", "maximum", "threshold", "total"})
#: Roles of a figure that states a setting's value only by restating its page's row.
_RESTATING_ROLES = frozenset({"threshold", "total"})
#: A value the reader is told to use for a purpose: "Use port 25 only for server-to-server
#: relay", "Use port 465 for implicit TLS"; a choice for one case, not what holds unless set.
_USED_FOR_RE = re.compile(
    r"^\W*(?:A:\s*)?use\s+(?:[a-z]+\s+){0,2}\d[\d,.]*\s+(?:only\s+)?(?:for|when|if)\b",
    re.IGNORECASE,
)
#: In how many settings' descriptions a word is common to them.
_COMMON = 3
#: A value given to a name right before the figure: "max-age=", "keep = ".
_ASSIGNED_RE = re.compile(r"[\w.-]+\s*=\s*\Z")
#: The fewest key words a figure shares with a setting's description to be that setting's.
_DESCRIBED = 2
#: Words of descriptions that say which kind of value, not which setting.
_DESCRIPTION_GENERIC = frozenset(setting_stems(
    "number-amount-value-default-defaults-option-setting-used-use-uses-set-time-times-many-much-"
    "long-how-each-every-given-this-that-when-after-before-without-within-allowed-maximum-"
    "minimum-limit-size-seconds-second-minutes-hours-days-bytes"
))  # fmt: skip


#: Where a clause ends: a comma, a semicolon, a colon or a dash.
_CLAUSE_END_RE = re.compile(r"[,;:\u2013\u2014]")


def _clause(text: str, span: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of the sentence ``start``-``end`` between the punctuation either side of the
    figure at ``span``: "a single run is stopped after 10 minutes" of "Each file has its own
    time limit, and a single run is stopped after 10 minutes"."""
    before = [m.end() for m in _CLAUSE_END_RE.finditer(text, start, span[0])]
    after = _CLAUSE_END_RE.search(text, span[1], end)
    return (before[-1] if before else start, after.start() if after else end)


def _descriptions(corpus: _Corpus, taught: int) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """The key words of the description of each setting named by its code in a reference entry
    (``Proposal.description``), less those of its kind of value: those that tell it from
    the others (less the words of three descriptions or more), and all of them."""
    found: dict[str, frozenset[str]] = {}
    for _, _, draft in corpus.drafts[taught:]:
        subject = draft.subject
        if not subject.setting or subject.setting_in_words:
            continue
        if subject.description:
            stems = content_stems(subject.description) - _DESCRIPTION_GENERIC
            found[subject.setting] = found.get(subject.setting, frozenset()) | stems
    # A word of three descriptions or more says what the program is about ("client connection"
    # of a server's options), not which setting.
    counts = Counter(word for stems in found.values() for word in stems)
    common = {word for word, n in counts.items() if n >= _COMMON}
    return {setting: (stems - common, stems) for setting, stems in found.items()}


def _described_as(
    described: dict[str, tuple[frozenset[str], frozenset[str]]],
    keywords: set[str],
    draft: Draft,
    defaults: dict[tuple[str, str], int],
) -> list[str]:
    """The one setting with a default of the draft's kind whose description shares the most
    key words, at least ``_DESCRIBED``, with ``keywords``; none on a tie (two rows of one table
    are two settings). A count of things is of a setting whose description names them ("8
    worker threads" of "Number of worker threads used to render pages"; not "3 writes" of "A
    replica that misses heartbeats for this many seconds"), or whose name does ("5 failed
    checks" of ``health_check.unhealthy_threshold``, "Consecutive failed probes before an
    upstream is removed")."""
    kind = _kind(draft.subject.family)
    noun = stem(draft.mention.noun.lower()) if draft.mention.noun else ""
    shared = sorted(
        (
            (len(stems & keywords), s)
            for s, (stems, every) in described.items()
            if (s, kind) in defaults and (not noun or noun in every | setting_stems(s))
        ),
        reverse=True,
    )
    if (
        not shared
        or shared[0][0] < _DESCRIBED
        or (len(shared) > 1 and shared[1][0] == shared[0][0])
    ):
        return []
    return [shared[0][1]]


def _restated_as(
    described: dict[str, tuple[frozenset[str], frozenset[str]]],
    names: dict[str, frozenset[str]],
    heads: dict[str, frozenset[str]],
    keywords: frozenset[str] | set[str],
    draft: Draft,
    defaults: dict[tuple[str, str], int],
    text: str,
) -> list[str]:
    """The one setting with a default of the draft's kind whose reference row the figure's words
    restate, when no description shares ``_DESCRIBED`` words that are its own: the words of the
    row's description and of the setting's name (less generic ones) that ``keywords`` hold, two
    or more, each weighed by how few rows of the draft's kind of value hold it (a word of one
    such row weighs 1), the best weight at least ``_RESTATED``, more than any other row's and
    more than ``_MARGIN`` times that of any other row that shares two words; among them a word
    of the setting's name or of the description's head (``_head_stems``), which says what the
    row is of. "By default the breaker opens after 10 failures in a row" restates
    ``failure_threshold`` | "Consecutive failures that open the breaker" (failures, of that row
    alone, with open and breaker, of three rows), not ``reset_timeout`` | "How long the breaker
    stays open before it goes half-open" (open and breaker only); "mulish stops retrying once
    90 seconds have passed since the first call" is no ``base_delay`` | "Wait before the first
    retry" (no wait is said). A count of times counts what the sentence's verb does ("is
    attempted up to 4 times in total": ``max_attempts``), no noun of the row."""
    kind = _kind(draft.subject.family)
    noun = draft.mention.noun.lower() if draft.mention.noun else ""
    noun = "" if noun in ("time", "times") else stem(noun) if noun else ""
    rows = {
        s: (every | names.get(s, setting_stems(s))) - _GENERIC_SETTING_WORDS
        for s, (_, every) in described.items()
        if (s, kind) in defaults
    }
    # A word weighs by how few rows of the figure's kind of value hold it: "total" of a count
    # is ``max_attempts``' alone when the other row that says it, ``total_timeout``, is of time.
    held = Counter(word for stems in rows.values() for word in stems)
    scored = sorted(
        (
            (sum(1 / held[w] for w in stems & keywords), len(stems & keywords), s)
            for s, stems in rows.items()
            if not noun or noun in stems
        ),
        reverse=True,
    )
    if not scored or scored[0][1] < _DESCRIBED or scored[0][0] < _RESTATED:
        return []
    setting = scored[0][2]
    if not _per_agrees(setting, heads, draft, text):
        return []
    said_kind = keywords & _KIND_IDEAS
    named_kind = names.get(setting, frozenset()) & _KIND_IDEAS
    if said_kind and named_kind and not said_kind & named_kind:
        # "logs the cache hit rate every 10 minutes" says an interval: no ``cache_ttl``.
        return []
    if noun == "" and draft.mention.noun and not set(draft.subject.close_words) & rows[setting]:
        # "retry three times" counts retries, no "simultaneous client connections": the verb
        # a count of times counts is the row's.
        return []
    # A bound says a cap's head by its form: "No single wait is longer than 30 seconds" says
    # the "Upper bound" of "Upper bound for any single wait".
    said = keywords | (_CAP_DESCRIPTION if draft.mention.qualifier in _BOUND_STEMS else set())
    if (
        not (rows[setting] & names.get(setting, frozenset()) | heads.get(setting, frozenset()))
        & said
    ):
        return []
    best = scored[0][0]
    if any(w >= best or (n >= _DESCRIBED and w * _MARGIN >= best) for w, n, _ in scored[1:]):
        return []  # another row restated about as well: its words may be the figure's too
    return [scored[0][2]]


def _per_agrees(setting: str, heads: dict[str, frozenset[str]], draft: Draft, text: str) -> bool:
    """Whether the span of time a figure is per is the one its row's description says, if both
    say one: "up to 6,000 requests a minute" is no figure of "Requests per second allowed from a
    single client"."""
    per = {w for w in heads.get(setting, frozenset()) if w.startswith("per:")}
    said = draft.mention.per
    if not said:
        after = _PER_AFTER_RE.match(text, draft.mention.span[1])
        said = after[1].lower() if after else ""
    return not (said and per and f"per:{said}" not in per)


#: A span of time right after a figure that says what it is per: "6,000 requests a minute".
_PER_AFTER_RE = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b", re.IGNORECASE
)


def _description_heads(corpus: _Corpus, taught: int) -> dict[str, frozenset[str]]:
    """The stems of the head of each setting's description (``_head_stems``), and the span of
    time it says its figure is per ("Requests per second allowed from a single client":
    ``per:second``)."""
    heads: dict[str, frozenset[str]] = {}
    for _, _, draft in corpus.drafts[taught:]:
        subject = draft.subject
        if subject.setting and subject.description:
            spans = {f"per:{m[1].lower()}" for m in _PER_SPAN_RE.finditer(subject.description)}
            cap = {"cap:"} if _CAP_WORDS_RE.search(subject.description) else set()
            heads[subject.setting] = _head_stems(subject.description) | spans | cap
    return heads


#: Words of a description that say its setting is a cap: "Upper bound for any single wait",
#: "Longest Retry-After value that is honoured", "Largest share of calls".
_CAP_WORDS_RE = re.compile(
    r"\b(?:upper\s+bound|upper\s+limit|largest|longest|highest|at\s+most|maximum|max|limit|cap|ceiling)\b",
    re.IGNORECASE,
)
#: A span of time a description says its figure is per: "per second", "a minute", "each hour".
_PER_SPAN_RE = re.compile(
    r"\b(?:per|a|an|each|every)\s+(second|minute|hour|day|week|month|year)\b", re.IGNORECASE
)


#: Where a description's head ends: a preposition, a relative word, a participle that says
#: what is done with it, or punctuation.
_HEAD_END_RE = re.compile(
    r"\b(?:of|for|to|in|on|at|by|from|with|within|before|after|between|per|across|that|which|"
    r"who|when|while|if|unless|until|during|applied|used|allowed|is|are)\b|[,.;:()]",
    re.IGNORECASE,
)


def _head_stems(description: str) -> frozenset[str]:
    """The stems of a description's words before its first preposition or relative word, what
    the row is of ("Wait before the first retry": wait; "Upper bound for any single wait":
    bound; "Connections open at once across all hosts": connection, open), and of the
    noun after "of" when the head is a count or share ("Total number of attempts": total,
    attempts), less generic words."""
    first = description.strip().split("\n")[0]
    end = _HEAD_END_RE.search(first)
    stems = content_stems(first[: end.start()] if end else first)
    if end is not None and end[0].lower() == "of":
        rest = first[end.end() :]
        after = _HEAD_END_RE.search(rest)
        stems |= content_stems(rest[: after.start()] if after else rest)
    return frozenset(stems - _DESCRIPTION_GENERIC - _GENERIC_SETTING_WORDS)


#: What one can do: "can upload up to 20 chunks", "you could run up to 8".
_CAN_RE = re.compile(r"\b(?:can|could|able\s+to)\b", re.IGNORECASE)
#: The kinds of wait a figure's words and a setting's name may say: an interval ("every"), a
#: timeout ("gives up"), a lifetime ("expires after").
_KIND_IDEAS = frozenset({"interv", "timeou", "ttl"})
#: The least weight of a row's words a figure restates (a word of one row alone weighs 1).
_RESTATED = 1.0
#: How many times the next row's weight the restated row's must pass.
_MARGIN = 1.5
#: Words of a description that say its setting is a cap: "Upper bound for any single wait",
#: "Longest Retry-After value that is honoured", "Largest share of calls".
_CAP_DESCRIPTION = frozenset(
    setting_stems("upper-bound-largest-longest-most-max-maximum-limit-cap-ceiling-highest")
)
#: The least share of a row's own words a bound restates to be the value of a row that says
#: no cap ("Connections open at once across all hosts").
_WHOLE_ROW = 0.75


def _restated_bound(
    setting: str,
    names: dict[str, frozenset[str]],
    described: dict[str, tuple[frozenset[str], frozenset[str]]],
    heads: dict[str, frozenset[str]],
    said: set[str],
    capable: bool = False,
) -> bool:
    """Whether a bound ("up to 16 connections", "no single wait is longer than 30 seconds")
    restating ``setting``'s row states the setting's value: the setting is a cap by its name
    (``max_delay``, ``retry_after_cap``) or its description ("Upper bound for any single
    wait"), or the bound says nearly every word of its description ("It opens up to 16
    connections at once across all hosts" of "Connections open at once across all hosts"). A
    bound of another setting ("It can be at most 10,000 events" of ``batch_size`` | "Number of
    events per upload") is one of the values it may take."""
    every = described.get(setting, (frozenset(), frozenset()))[1]
    if names.get(setting, frozenset()) & _CAP_DESCRIPTION or "cap:" in heads.get(setting, ()):
        return True
    # (a bound of what one can do says what may be set: "snapvault can upload up to 20
    # chunks in parallel" is no value of "Number of chunks uploaded in parallel")
    return not capable and bool(every) and len(every & said) >= _WHOLE_ROW * len(every)


#: "within" before a span of time: how long something is waited for ("within 20 seconds").
_WITHIN_RE = re.compile(r"\bwithin\b", re.IGNORECASE)
#: "every" right before a span of time: how often something is done.
_EVERY_RE = re.compile(r"\bevery\s+\Z", re.IGNORECASE)
#: A sentence that sets a value or supposes one: "set it to 30 seconds", "if you raise it",
#: "for example", "with --timeout 60" - its figure may be any value of the setting.
_SET_HERE_RE = re.compile(
    r"\b(?:if|when|whenever|unless|set|sets|setting|raise|raising|lower|lowering|increase|"
    r"decrease|change|changing|try|example|instance|here|e\.g|say|suppose|with|now|was|were|"
    r"previously|before|after|instead|than|up\s+to|at\s+most|at\s+least|more|less|longer|"
    r"shorter)\b|--|=",
    re.IGNORECASE,
)


def _join_restated_defaults(corpus: _Corpus, groups: _Groups, taught: int) -> None:
    """Join a figure of prose to the default its own page gives a setting, when it restates that
    value and says which: a distinctive word of the setting's name among its key words ("a batch
    is sent as soon as it holds 500 events" below ``batch_size`` 500), or "default" in its
    sentence and no other default of the page has that value ("With the defaults, ... or 5
    seconds after its first event arrives": ``flush_interval`` 5s)."""
    stated: dict[tuple[int, str, Amount], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if subject.setting and subject.role == "default" and not subject.context:
            key = (document, _kind(subject.family), corpus.values[index])
            stated.setdefault(key, []).append(index)
    described = _descriptions(corpus, taught)
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if subject.setting or subject.role not in ("", "default") or subject.context:
            continue
        same = stated.get((document, _kind(subject.family), corpus.values[index]), [])
        settings = {corpus.drafts[i][2].subject.setting: i for i in same}
        keywords = set(subject.keywords)
        named = [s for s in settings if (setting_stems(s) - _GENERIC_SETTING_WORDS) & keywords]
        start, end = corpus.sentences[index][1]
        text = corpus.texts[document]
        said = keywords | content_stems(text[slice(*_clause(text, draft.mention.span, start, end))])
        shared = [
            s
            for s in settings
            if len(described.get(s, (frozenset(), frozenset()))[0] & said) >= _DESCRIBED
        ]
        if len(shared) == 1:
            # A row's description the figure's words say, two of its words or more, names it
            # better than one word of another's name: "closes the connection if no pong comes
            # back within 10 seconds" restates ``ping_timeout``'s 10 ("Time to wait for a pong
            # before the connection is treated as dead"), not the 10 of ``close_timeout``.
            named = shared
        if (
            not named
            and len(settings) == 1
            and _DEFAULT_WORD_RE.search(corpus.texts[document], start, end)
        ):
            named = list(settings)
        if len(named) == 1:
            groups.join(index, settings[named[0]], checked=True)
            groups.ruled.add(index)


def _join_deictic_rows(
    corpus: _Corpus, groups: _Groups, defaults: dict[tuple[str, str], int], taught: int
) -> None:
    """Join a figure of prose to the default of the one reference row whose description it
    restates with the figure where "this" stands (``rows``): "Files shorter than 1 second are
    skipped" of ``min_duration_s`` | "Files shorter than this are skipped without being
    measured. Default: 3.0 seconds". The figure is then that setting's default (a bound, its
    value: "shorter than 1 second" says 1 second); on the row's own page only when it says the
    row's value."""
    rows: dict[tuple[str, str], Deictic] = {}
    for _, _, draft in corpus.drafts[taught:]:
        subject = draft.subject
        if subject.setting and subject.description and not subject.setting_in_words:
            for kind in (k for s, k in defaults if s == subject.setting):
                row = deictic(subject.description)
                if row is not None:
                    rows[(subject.setting, kind)] = row
    if not rows:
        return
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        subject = draft.subject
        if subject.setting or subject.context or subject.role not in _DEICTIC_ROLES:
            continue
        if groups.settings_of(index):
            continue  # named already (``_join_named_settings``)
        text = corpus.texts[document]
        start, end = corpus.sentences[index][1]
        sentence = text[start:end]
        if (
            CHOSEN_VALUE_RE.search(sentence)
            or _USED_FOR_RE.search(sentence)
            or previous(text, draft.mention.span, start)
        ):
            continue
        # (its clause before the figure, its sentence after it: "matches scoring below 75 are
        # dropped, so you only see plausible candidates")
        left, _ = _clause(text, draft.mention.span, start, end)
        figure = re.search(r"\d", draft.mention.text)
        inside = draft.mention.span[0] + (figure.start() if figure else 0)
        before, after = text[left:inside], text[draft.mention.span[1] : end]
        kind = _kind(subject.family)
        found = [
            key
            for key, row in rows.items()
            # (a multiplier is a ratio: "1.5 times longer" of "this many times longer")
            if (key[1] == kind or (kind.startswith("ratio|") and key[1] == "number" and row.times))
            and restates(row, before, after)
        ]
        if len(found) != 1:
            continue
        target = defaults[found[0]]
        if (
            document in groups.documents_of(target)
            and corpus.values[index] != corpus.values[target]
        ):
            continue  # its own page's prose: perhaps another value of the setting
        if subject.role != "default":
            groups.as_default(index, subject.role)
        groups.name_setting(index, found[0][0])
        if draft.mention.qualifier is not Qualifier.EQ:
            groups.bound_values.add(index)
        groups.join(index, target, checked=True)
        groups.ruled.add(index)


#: Roles of a figure of prose that may restate a row whose description says "this": a bound
#: ("shorter than 1 second") is a minimum or maximum.
_DEICTIC_ROLES = frozenset({"", "default", "minimum", "maximum", "threshold"})


#: Words of a setting's name a figure says by its form: an upper bound a maximum ("Lines up to
#: 64 KiB": ``max_line_bytes``), an amount of data bytes, a wait before giving up a timeout
#: ("gives up connecting after 15 seconds": ``connect_timeout``).
_BOUND_STEMS = {Qualifier.LT: "max", Qualifier.LE: "max", Qualifier.GT: "min", Qualifier.GE: "min"}
_UNIT_STEMS = {"data": "byte"}
#: A noun of a cap right before the figure it holds: "the recipient cap to 500", "a limit of
#: 50", "the upload ceiling is now 2 GB".
_CAP_NOUN_RE = re.compile(
    r"\b(?:cap|limit|ceiling|maximum)\s+(?:(?:is|was|of|to|at|now|set|raised|lowered)\s+){0,3}\Z",
    re.IGNORECASE,
)
#: Words a figure's kind of unit says: an amount of data is a size.
_SIZE_STEMS = {"data": "size"}
#: The units a setting's name may end in, by the kind of unit that says them
#: (``max_attachment_mb``, ``timeout_ms``, ``retention_days``); not "min", a minimum's.
_UNIT_NAME_STEMS = {
    "data": setting_stems("kb-mb-gb-tb-kib-mib-gib-bytes-kilobytes-megabytes-gigabytes"),
    "duration": setting_stems(
        "ms-millis-milliseconds-msec-sec-secs-seconds-minutes-hours-hrs-days-weeks"
    ),
}
#: A verb that says a figure is a cap: "The backoff caps at 60 seconds".
_CAPS_RE = re.compile(r"\bcap(?:s|ped)\s+(?:\w+\s+)?at\b", re.IGNORECASE)
#: How long something lives before it expires: its time to live ("ttl").
_LIVES_RE = re.compile(r"\bliv(?:e|es|ed)\s+for\b|\bexpires?\s+after\b", re.IGNORECASE)
#: Giving up on a wait: "gives up connecting after 15 seconds", "are reported as timed out".
_GIVE_UP_RE = re.compile(
    r"\b(?:gives?|giving|gave)\s+up\b|\btim(?:e|es|ed|ing)\s+out\b", re.IGNORECASE
)
#: Stems of setting names that name a cap: a limit, a maximum, and a timeout (the longest wait
#: allowed: "Files that take longer than 30 seconds are skipped and reported as timed out" is
#: the cap ``timeout`` holds).
_CAP_STEMS = frozenset({"max", "limit", "cap", "timeou"})


def _rate_in(setting: str, units: frozenset[str]) -> bool:
    """Whether ``setting`` is a rate per a unit of the kind ``units`` are
    (``requests-per-second`` of durations): no figure of that kind states it ("time out after
    60 seconds" says "second" but is no rate)."""
    *rest, last = setting.split("-")
    return rest[-1:] == ["per"] and bool(setting_stems(last) & units)


def _less_units(setting: str, stems: frozenset[str], units: frozenset[str]) -> frozenset[str]:
    """A setting name's stems less the unit it ends in when a figure's kind of unit says it
    (``max-attachment-mb`` of "10 MB": max, attach), unless that leaves none; a rate's unit
    stays (``requests-per-second``: no duration's)."""
    *rest, last = setting.split("-")
    unit = setting_stems(last)
    if rest[-1:] == ["per"] or not unit or not unit <= units:
        return stems
    return stems - unit or stems


def _counts_capped(stems: frozenset[str], draft: Draft, keywords: set[str]) -> bool:
    """Whether a count counts what a setting named by its cap and one other word caps: its
    noun is that word ("Defaults to 5 retries": ``max_retries``), or it counts times and that
    word is a key word ("When a job fails, tallyq retries it 3 times"; the cap is how many are
    done unless it is set). Not a count said as an adjective ("a 20-page report" is no value
    of ``max_pages``), nor a number with no noun ("2: invalid command line" of
    ``max_line_length``)."""
    counted = stems - _GENERIC_SETTING_WORDS
    noun = stem(draft.mention.noun.lower()) if draft.mention.noun else ""
    if (
        not stems & _COUNT_CAP_STEMS
        or len(counted) != 1
        or not noun
        or _ADJECTIVE_COUNT_RE.search(draft.mention.text)
    ):
        return False
    return counted == {noun} or (noun == "time" and counted <= keywords)


#: A count said as an adjective of what it describes: "a 20-page report" counts no pages
#: ``max_pages`` caps.
_ADJECTIVE_COUNT_RE = re.compile(r"\w-[a-z]+\Z")
#: Words of a setting's name that say it caps a count: ``max_retries``, ``retry_limit``.
_COUNT_CAP_STEMS = frozenset({"max", "maximu", "limit"})


def _said(stems: frozenset[str], keywords: set[str]) -> bool:
    """Whether every stem of a setting's name is among the key words, or abbreviates one of at
    least four letters ("conn" of ``max_client_conn``, "connections")."""
    return all(
        stem in keywords
        or (len(stem) >= _ABBREVIATION and any(word.startswith(stem) for word in keywords))
        for stem in stems
    )


#: The fewest letters of a word of a setting's name that abbreviate a longer word.
_ABBREVIATION = 4


def _implied(draft: Draft, sentence: str, before: str = "") -> set[str]:
    """Stems of setting names the figure's form and its ``sentence`` say (see above), and the
    words of its own text ("up to 500 client connections"); ``before`` is its sentence's text
    before it."""
    mention = draft.mention
    found = {
        _BOUND_STEMS.get(mention.qualifier, ""),
        _UNIT_STEMS.get(mention.dimension, ""),
        _SIZE_STEMS.get(mention.dimension, ""),
    }
    found |= setting_stems("-".join(re.findall(r"[^\W\d_]{3,}", mention.text.lower())))
    if mention.dimension == "duration" and _GIVE_UP_RE.search(sentence):
        found.add("timeou")
    if _CAPS_RE.search(sentence) or draft.subject.role == "maximum":
        found.add("max")
    # "Strings longer than 512 characters are truncated": a bound said by a comparative names
    # its measure (the length of ``max_length``, the size of ``max_image_size``).
    found |= {_COMPARED_MEASURES[w] for w in found & _COMPARED_MEASURES.keys()}
    if _CAP_NOUN_RE.search(before):
        # "Raised the per-message recipient cap to 500": the cap is the maximum of
        # ``max_recipients``.
        found.add("max")
    if mention.dimension == "duration" and _LIVES_RE.search(sentence):
        found.add("ttl")
    return found - {""}


#: "default", "defaults", "by default" in a sentence.
_DEFAULT_WORD_RE = re.compile(r"\bdefaults?\b", re.IGNORECASE)


def _two_events(a: Draft, b: Draft) -> bool:
    """Whether two times of day are proposed under two events (one of them naming no action, as
    ``similarity`` lets them meet): "wide awake at 11 pm" and "a bedtime between 8:00 and 8:30
    pm" are each other's likeliest, and no one time."""
    families = (a.subject.family, b.subject.family)
    return families[0] != families[1] and all(f.startswith(TIME_FAMILY) for f in families)


def _one_frame(corpus: _Corpus, taught: int, a: int, b: int) -> bool:
    """Whether drafts ``a`` and ``b`` (not reviewed, not years, one family) have frames one
    word apart (``frames.one_frame``) and are not counts of two things nor times of two events."""
    da, db = corpus.drafts[a][2], corpus.drafts[b][2]
    return (
        min(a, b) >= taught
        and da.subject.family == db.subject.family
        and da.mention.dimension != "year"
        and frames.one_frame(da.subject.close_words, db.subject.close_words)
        and not other_nouns(da.mention.noun, db.mention.noun)
        and not _two_events(da, db)
    )


def _kind(family: str) -> str:
    """A family, with a bare number's and a count's as one: both have no unit."""
    return "number" if family.startswith(_UNITLESS) else family


def _teach_pools(groups: _Groups, corpus: _Corpus, pairs: list[tuple[float, int, int]]) -> None:
    """Draw each pool of typical doses into the reviewed subject most of its doses would join
    (their likeliest reviewed claims, ties to the likeliest pair): a reviewer may have put one
    of the documents' doses under a special case ("1.5-4.5 mg for skin conditions"), which must
    not take the pool."""
    votes: dict[int, Counter[str]] = {}
    first: dict[tuple[int, str], tuple[int, int]] = {}
    voted: set[int] = set()
    for _, new, old in pairs:  # likeliest first: each dose's first pair is its likeliest
        if new in voted or not corpus.drafts[new][2].subject.pooled:
            continue
        voted.add(new)
        root, subject = groups.root(new), corpus.drafts[old][2].subject.id
        votes.setdefault(root, Counter())[subject] += 1
        first.setdefault((root, subject), (new, old))
    for root, counts in votes.items():
        subject = max(counts, key=lambda s: counts[s])  # ties to the first counted
        groups.teach(*first[root, subject], pool=True)


def described_pairs(
    documents: Sequence[Document], units: Units
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[float, ...]]]:
    """The pairs of drafts ``consolidate`` weighs, as ((document, draft), (document, draft),
    features) - what a model is fitted on."""
    corpus = _corpus(documents, units)
    return [
        (corpus.drafts[a][:2], corpus.drafts[b][:2], features)
        for a, b, features in _described(corpus)
    ]


def within_document_candidates(
    documents: Sequence[Document], units: Units
) -> list[tuple[tuple[int, int], tuple[int, int], tuple[float, ...], bool]]:
    """The pairs of drafts of ONE document that ``_restated_in_document`` weighs, as ((document,
    draft), (document, draft), features, allowed): ``allowed`` tells whether its checks let the
    pair through before the chance is weighed (``benchmarks/within_document.py`` fits on them)."""
    corpus = _corpus(documents, units)
    weighed = _within_document(corpus)
    return [
        (corpus.drafts[a][:2], corpus.drafts[b][:2], features, allowed)
        for a, b, features, allowed in weighed
    ]


def _within_document(corpus: _Corpus) -> list[tuple[int, int, tuple[float, ...], bool]]:
    """Pairs of figures of one document and one family, in different sentences, that share a
    distinctive key word, with their pair features and whether they may be one quantity at all:
    of no differing role, condition, population, shape or setting, no count of another thing,
    not a figure naming a kind ("a 220-litre bin"), and not both in sentences that set figures
    side by side. A pair that may not has no features (an empty tuple)."""
    frequency = word_frequency(corpus.drafts)
    total = len(corpus.drafts) + 1
    weight = {word: math.log(1 + total / count) for word, count in frequency.items()}
    tied = {frozenset(pair) for pair in (*corpus.restated, *corpus.alternatives)}
    by_word: dict[tuple[int, str, str], list[int]] = {}
    plain = [_without_concepts(draft) for _, _, draft in corpus.drafts]
    for index, (document, _, draft) in enumerate(corpus.drafts):
        if draft.label is None and draft.subject.family:
            for word in set(plain[index].subject.keywords):
                key = (document, draft.subject.family, word)
                by_word.setdefault(key, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in by_word.values():
        if len(members) <= _WITHIN_COMMON:
            pairs.update(itertools.combinations(members, 2))
    found = []
    for a, b in sorted(pairs):
        if corpus.sentences[a] == corpus.sentences[b] or frozenset((a, b)) in tied:
            continue
        da, db = plain[a], plain[b]
        allowed = _may_be_one(corpus, a, b)
        # (Features only for the pairs that may be one quantity: a long page has thousands.)
        features = (
            pair_features(da, db, corpus.values[a], corpus.values[b], weight) if allowed else ()
        )
        found.append((a, b, features, allowed))
    return found


def _may_be_one(
    corpus: _Corpus,
    a: int,
    b: int,
    *,
    definite: bool = False,
) -> bool:
    """Whether two figures of one page may be one quantity stated twice: of no differing role,
    condition, population, shape, context or setting, neither naming a kind ("a 220-litre bin"),
    and not both in sentences that set figures of their dimension side by side."""
    da, db = corpus.drafts[a][2], corpus.drafts[b][2]
    sa, sb = da.subject, db.subject
    compares = all(
        corpus.side_by_side[corpus.sentences[i], corpus.drafts[i][2].mention.dimension] > 1
        for i in (a, b)
    )
    return not (
        compares
        # Two rows of one table are two things ("Civic Union" and "Green Alliance"'s shares).
        or (
            sa.table_row
            and sb.table_row
            and sa.table_row[0] == sb.table_row[0]
            and sa.table_row != sb.table_row
        )
        or any(x and y and x != y for x, y in _labels(sa, sb))
        or sa.setting != sb.setting
        or (not definite and _ATTRIBUTIVE.search(da.mention.text))
        or (not definite and _ATTRIBUTIVE.search(db.mention.text))
    )


def _counted_twice(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of counts of one page that count one thing ("six stages", "seven stages"; synonyms
    alike: "61 ships", "74 vessels", ``twice.counted_thing``): one quantity stated twice, and two
    values are the page contradicting itself. Only when the page counts that thing with exactly
    two values (a third says it counts several groups of it), in different sentences, within
    ``_BOX_RATIO`` of each other, that the within checks allow (``_may_be_one``) and that no
    word within a few of either figure sets apart (``twice.contrasted``: "instead of the usual
    two", "another 3", "last year"). Not people: a page counts many groups of them; nor a thing
    counted more than ``_WITHIN_COMMON`` times on the page (a list or a table of it)."""
    by_thing: dict[tuple[int, str, str], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention, subject = draft.mention, draft.subject
        if draft.label is not None or mention.dimension != "count" or subject.setting:
            continue
        counted = counted_thing(mention.noun)
        if counted and subject.family:
            by_thing.setdefault((document, subject.family, counted), []).append(index)
    pairs = []
    for members in by_thing.values():
        # (A page that counts a thing more often than this is a list or a table of it.)
        if len(members) > _WITHIN_COMMON or len({corpus.values[i] for i in members}) != 2:
            continue
        plain = [i for i in members if not _contrasted(corpus, i)]
        for i, a in enumerate(plain):
            for b in plain[i + 1 :]:
                if (
                    corpus.values[a] != corpus.values[b]
                    and corpus.sentences[a] != corpus.sentences[b]
                    and _near_count(corpus.values[a], corpus.values[b])
                    and _may_be_one(corpus, a, b)
                ):
                    pairs.append((a, b))
    return pairs


#: How far apart one measure stated twice may lie, at most (larger over smaller).
_MEASURE_RATIO = 2.5
#: The dimensions a noun of measure governs (``measured``): spans of time, lengths, sizes,
#: money and shares.
_MEASURE_DIMENSIONS = frozenset({"duration", "length", "data", "money", "share"})


def _measured_twice(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of one page, one family and dimension, that one noun of measure governs
    ("The crossing takes eight minutes", "the ferry's 15-minute crossing"; ``measured``), or
    that are both a page's cap (a ``maximum`` said as a bound with no noun of measure, "Files
    larger than 50 MB are skipped", measures a ``limit`` as "The input size limit is 100 MB"
    does): one measure stated twice, and two values are the page contradicting itself. Only when
    the page gives that measure exactly two values (a third says it measures several things), of
    no two kinds ("the car journey", "the bus journey": ``measured.measured``), in different
    sentences, within ``_MEASURE_RATIO`` of each other, that the within checks allow
    (``_may_be_one``, but for a definite thing's attributive figure) and that no word within a
    few of either figure sets apart (``measured.set_apart``: "instead", "the old limit", "last
    year"; not a change's own words: "fell 12%")."""
    by_thing: dict[tuple[int, str, str, str], list[tuple[int, str, bool]]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention, subject = draft.mention, draft.subject
        if draft.label is not None or mention.dimension not in _MEASURE_DIMENSIONS:
            continue
        if not subject.family:
            continue
        text, sentence = corpus.texts[document], corpus.sentences[index][1]
        length = mention.dimension == "length"
        thing, kind = measured(text, mention.span, sentence, mention.text, length=length)
        if not thing and subject.role == "maximum" and _bounded(text, mention):
            # A cap said by what happens past it ("Files larger than 50 MB are skipped") is the
            # limit a page names in other places ("The input size limit is 100 MB per file").
            thing = "limit"
        if thing:
            key = (document, subject.family, mention.dimension, thing)
            apart = bool(set_apart(text, mention.span, sentence, thing))
            by_thing.setdefault(key, []).append((index, kind, apart))
    pairs = []
    for found in by_thing.values():
        members = [index for index, _, _ in found]
        if len(members) > _WITHIN_COMMON or len({corpus.values[i] for i in members}) != 2:
            continue
        plain = [(index, kind) for index, kind, apart in found if not apart]
        for i, (a, kind_a) in enumerate(plain):
            for b, kind_b in plain[i + 1 :]:
                # "The car journey", "the bus journey": two of its kind.
                if kind_a and kind_b and kind_a != kind_b:
                    continue
                if (
                    corpus.values[a] != corpus.values[b]
                    and corpus.sentences[a] != corpus.sentences[b]
                    and _near_ratio(corpus.values[a], corpus.values[b], _MEASURE_RATIO)
                    and _may_be_one(corpus, a, b, definite=True)
                ):
                    pairs.append((a, b))
    return pairs


#: A comparative right before a figure: "larger than 50 MB", "longer than 30 seconds".
_THAN_BEFORE_RE = re.compile(r"\bthan\s+\Z", re.IGNORECASE)


def _bounded(text: str, mention: Mention) -> bool:
    """Whether the figure is said as a bound ("up to 100 MB", "larger than 50 MB"), not as a
    plain figure that a word of its sentence calls a maximum ("65-75% of maximum heart rate")."""
    if mention.qualifier in _BOUND_STEMS:
        return True
    return _THAN_BEFORE_RE.search(text, max(0, mention.span[0] - 8), mention.span[0]) is not None


#: How far apart one action's measure stated twice may lie, at most (larger over smaller).
_ACTED_RATIO = 3.0
#: How distinctive the words two figures' clauses share must be, at least (``acted.distinct``).
_ACTED_DISTINCT = 1.5
#: How many words two figures' clauses share, at least, when neither hangs on one of them.
_ACTED_WORDS = 3
#: The dimensions of a measure of doing something: how long, how often, how far, how much.
_ACTED_DIMENSIONS = frozenset({"duration", "frequency", "length", "data", "throughput", "speed"})
#: The concept of a person's or thing's age (``subjects.concepts``).
_AGE_CONCEPT = "age"
_PAGE_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _how_often(mention: Mention) -> bool:
    """Whether a count is how often something is done: a count of times with its base ("Do the
    nerve glides 3 times a day", "Nerve glides five times a day": the leaflet's one exercise
    told twice, internal31), a measure of doing as a duration is."""
    return mention.dimension == "count" and mention.noun == "times" and bool(mention.per)


def _acted_twice(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """``_acted_scored``'s pairs whose shared words weigh ``_ACTED_DISTINCT`` or more."""
    return [(a, b) for a, b, score in _acted_scored(corpus, taught) if score >= _ACTED_DISTINCT]


def _acted_scored(corpus: _Corpus, taught: int) -> list[tuple[int, int, float]]:
    """Pairs of figures of one page, one family and dimension, whose clauses share the page's
    distinctive words for an action and its object ("hold your breath for up to 10 seconds",
    "Hold your breath for 5 seconds after each puff"; ``acted``): one measure stated twice, and
    two values are the page contradicting itself. Only when the words they share weigh
    ``_ACTED_DISTINCT`` or more by their rarity among the page's sentences, no other figure of
    the page's family says all of them with a third value, they stand in different sentences,
    within ``_ACTED_RATIO``, the within checks allow them (``_may_be_one``), and no word of one
    sets it apart that the other does not say too (``acted.apart_words``: a change, another
    time, an example, a condition, a per-unit base, a bound of the other direction)."""
    by_page: dict[tuple[int, str, str], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention, subject = draft.mention, draft.subject
        if draft.label is not None or not (
            mention.dimension in _ACTED_DIMENSIONS or _how_often(mention)
        ):
            continue
        if _AGE_CONCEPT in subject.concepts:
            continue  # an age limits whom ("children aged 12 and over"), no act's measure
        if subject.family and not subject.setting:
            by_page.setdefault((document, subject.family, mention.dimension), []).append(index)
    rarities: dict[int, tuple[dict[str, int], int]] = {}
    pairs = []
    for (document, _, _), members in by_page.items():
        if len(members) < 2:
            continue
        text = corpus.texts[document]
        if document not in rarities:
            said: Counter[str] = Counter()
            pieces = [p for p in _PAGE_SENTENCE.split(text) if p.strip()]
            for piece in pieces:
                said.update(acted.sentence_stems(piece))
            rarities[document] = (dict(said), len(pieces))
        rarity, count = rarities[document]
        frames: dict[int, frozenset[str]] = {}
        aparts: dict[int, frozenset[str]] = {}
        heads: dict[int, str] = {}
        for index in members:
            span, sentence = corpus.drafts[index][2].mention.span, corpus.sentences[index][1]
            before, after = acted.around(text, span, sentence)
            frames[index] = acted.frame(before, after)
            heads[index] = acted.head(before)
            whole = acted.whole(text, span, sentence)
            qualifier = corpus.drafts[index][2].mention.qualifier.value
            aparts[index] = acted.apart_words(*acted.near(text, span, sentence), qualifier) | (
                {whole} if whole else set()
            )
        # (Only pairs that share a word held by at most ``_WITHIN_COMMON`` figures of the page's
        # family: a word more figures say is no evidence, and a long page has thousands.)
        holders: dict[str, list[int]] = {}
        for index in members:
            for word in frames[index]:
                holders.setdefault(word, []).append(index)
        candidates: set[tuple[int, int]] = set()
        for held in holders.values():
            if len(held) <= _WITHIN_COMMON:
                candidates.update(itertools.combinations(held, 2))
        for a, b in sorted(candidates):
            va, vb = corpus.values[a], corpus.values[b]
            if va == vb or corpus.sentences[a] == corpus.sentences[b]:
                continue
            shared = frames[a] & frames[b]
            if not shared:
                continue
            # What both figures hang on ("rest for five minutes", "rest quietly for three
            # minutes"), or two words and one of them the word either hangs on ("hold your
            # breath for 5 seconds"), or three words anywhere near them (what is done, to what).
            hung = {heads[a], heads[b]} & shared
            if not (
                (heads[a] == heads[b] and hung)
                or (len(shared) >= 2 and hung)
                or len(shared) >= _ACTED_WORDS
            ):
                continue
            score = acted.distinct(shared, rarity, count)
            if not _near_ratio(va, vb, _ACTED_RATIO):
                continue
            if acted.set_apart(aparts[a], aparts[b]):
                continue
            # A range against a figure of one number: a span and a typical value or a limit
            # ("spread over 2 to 4 hours", "at least four hours before exercise").
            if va.single != vb.single:
                continue
            saying = {corpus.values[i] for i in members if shared <= frames[i]}
            if len(saying) != 2:
                continue
            if _may_be_one(corpus, a, b):
                pairs.append((a, b, score))
    return pairs


def _referred_twice(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of figures of one page, one family and dimension: a figure in a definite noun
    phrase ("Those of us who heard the 5.15am slide", "Sunday's 37.8°C peak"; ``referred``) and
    the page's other figure whose clause says that noun ("The slide came down shortly after
    4:40am", "Temperatures peaked at 38.4°C ... on Sunday"). The phrase refers back to the thing
    and states its measure again: one quantity stated twice, and two values are the page
    contradicting itself. Only when the figures whose clauses say the noun (or the measure it
    names: "The 60 staff", "employs 85 people"; ``_saying``) hold exactly two values (a third says
    the page measures several of the thing), the other figure is no definite phrase of the noun
    itself ("the 16-hour patch", "the 24-hour patch": two of its kind), they
    stand in different sentences, within ``_BOX_RATIO``, the within checks allow them
    (``_may_be_one``), nothing near either sets it apart that the other does not say too
    (``acted.set_apart``: a change, another time, a condition, a bound of the other
    direction), and nothing before the other figure in its sentence does (``acted.whole``: "If",
    "ago", a year). Not years: a year dates an event, and a page dates many."""
    by_page: dict[tuple[int, str, str], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention, subject = draft.mention, draft.subject
        if draft.label is not None or mention.dimension == "year" or subject.setting:
            continue
        # (A time of day's family names its event; a time whose clause names none may time any.)
        family = TIME_FAMILY if subject.family.startswith(TIME_FAMILY) else subject.family
        if family:
            by_page.setdefault((document, family, mention.dimension), []).append(index)
    pairs = []
    for (document, _, _), members in by_page.items():
        if len(members) < 2:
            continue
        text = corpus.texts[document]
        frames: dict[int, frozenset[str]] = {}
        nouns: dict[int, Reference] = {}
        aparts: dict[int, frozenset[str]] = {}
        for index in members:
            mention = corpus.drafts[index][2].mention
            span, sentence = mention.span, corpus.sentences[index][1]
            frames[index] = acted.frame(*acted.around(text, span, sentence))
            counted = mention.noun if mention.dimension == "count" else ""
            nouns[index] = referred(text, span, sentence, counted)
            aparts[index] = acted.apart_words(
                *acted.near(text, span, sentence), mention.qualifier.value
            )
        for index in members:
            noun, owner = nouns[index].noun, nouns[index].owner
            if not noun:
                continue
            said = {i for i in members if stem(noun) in frames[i]}
            holders = _saying(corpus, index, noun, members, said)
            if len(holders) > _WITHIN_COMMON or len({corpus.values[i] for i in holders}) != 2:
                continue
            for other in holders:
                va, vb = corpus.values[index], corpus.values[other]
                if va == vb or nouns[other].noun == noun or not _one_event(corpus, index, other):
                    continue
                # "Sunday's 37.8°C peak" is the peak the page gave for Sunday, not another
                # day's or place's ("the city centre's 39.1°C peak").
                if owner and stem(owner) not in frames[other]:
                    continue
                span, sentence = corpus.drafts[other][2].mention.span, corpus.sentences[other][1]
                if (
                    corpus.sentences[index] != corpus.sentences[other]
                    and _near_ratio(va, vb, _BOX_RATIO)
                    and not acted.set_apart(aparts[index], aparts[other])
                    and not acted.whole(text, span, sentence)
                    and _may_be_one(corpus, index, other, definite=True)
                ):
                    pairs.append((min(index, other), max(index, other)))
    return sorted(set(pairs))


def _staffed_twice(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of counts of one page that each state an organisation's whole head count
    (``headcount.head_count``: "The company employs 140 people", "This is a win for all 180 of
    our staff"; "24 passengers and a crew of 17", "all of them from the crew of 19"). An
    organisation has one head count when the page is written, so two values are the page
    contradicting itself (``_told_twice``)."""
    by_page: dict[int, list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention = draft.mention
        if draft.label is not None or mention.dimension not in _HEAD_COUNTED:
            continue
        if draft.subject.setting or mention.qualifier.bound:
            continue
        if head_count(corpus.texts[document], mention.span, corpus.sentences[index][1]):
            by_page.setdefault(document, []).append(index)
    return _told_twice(corpus, by_page.values())


#: The dimensions a head count is drafted in: a count ("140 people") or a bare number ("a crew
#: of 17").
_HEAD_COUNTED = frozenset({"count", "number"})


def _aged_twice(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of ages of one page that one individual's are (``ages.individual``): a person the
    page names right before each ("Tom Pennock, 34", "Mr Pennock, 38"), or one animal or person
    a definite noun names ("The wolf, a two-year-old male", "the 18-month-old wolf"). One
    individual has one age when the page is written, so two values are the page contradicting
    itself (``_told_twice``), when the two may name one individual (not "Mr" and "Mrs", nor two
    given names, nor two definite phrases of one noun: ``ages.one_individual``)."""
    by_who: dict[tuple[int, str], list[int]] = {}
    how: dict[int, str] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention = draft.mention
        if draft.label is not None or mention.dimension != AGE or mention.qualifier.bound:
            continue
        who, how[index] = ages.individual(corpus.texts[document], mention.span)
        if who:
            by_who.setdefault((document, who), []).append(index)
    return _told_twice(corpus, by_who.values(), lambda a, b: ages.one_individual(how[a], how[b]))


def _told_twice(
    corpus: _Corpus,
    told: Iterable[list[int]],
    one: Callable[[int, int], bool] = lambda a, b: True,
) -> list[tuple[int, int]]:
    """Pairs of figures of each group of ``told``: one page's figures of one thing that has one
    value when the page is written (an individual's age, an organisation's head count), so that
    two values are the page contradicting itself. Only when the group holds exactly two values
    (a third says it is told at several times, or of several things), in different sentences,
    within ``_BOX_RATIO``, that ``one`` allows, that the within checks allow (``_may_be_one``)
    and that nothing near either sets apart (``acted.set_apart``: another time, a change, a
    plan, another owner)."""
    pairs = []
    for members in told:
        if len({corpus.values[i] for i in members}) != 2:
            continue
        aparts = {
            i: acted.apart_words(
                *acted.near(
                    corpus.texts[corpus.drafts[i][0]],
                    corpus.drafts[i][2].mention.span,
                    corpus.sentences[i][1],
                ),
                corpus.drafts[i][2].mention.qualifier.value,
            )
            for i in members
        }
        for a, b in itertools.combinations(members, 2):
            if (
                corpus.values[a] != corpus.values[b]
                and corpus.sentences[a] != corpus.sentences[b]
                and one(a, b)
                and _near_ratio(corpus.values[a], corpus.values[b], _BOX_RATIO)
                and not acted.set_apart(aparts[a], aparts[b])
                and _may_be_one(corpus, a, b, definite=True)
            ):
                pairs.append((a, b))
    return pairs


#: Advice to see someone who can examine the reader: "See a GP", "should see a doctor",
#: "talk to your pharmacist".
_REFERRAL_RE = re.compile(
    r"\b(?:see|consult|speak\s+to|talk\s+to|contact|ask)\s+(?:(?:a|an|your|the)\s+)?"
    r"(?:doctor|GP|pharmacist|nurse|midwife|dentist|specialist|optician)s?\b",
    re.IGNORECASE,
)


#: An age said as the youngest a thing is for: "licensed from six months of age".
_FROM_RE = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
#: How far apart one threshold of ages told twice may lie: a page may say "six months" where it
#: meant "two years" (a product licensed from six months, and only for children aged two and
#: over), but not "18" where it meant "65".
_THRESHOLD_RATIO = 5.0
#: Contrast words a threshold of advice says anyway ("if you are aged 55 or over"), and none.
_CONDITIONAL = CONTRAST_CLASSES["supposition"] | {""}


def _referral_ages(corpus: _Corpus, taught: int) -> list[tuple[int, int]]:
    """Pairs of age thresholds of one page whose sentences both tell the reader to see a doctor
    (``_REFERRAL_RE``), one side of the threshold in both ("if you are aged 55 or over and your
    heartburn is new", "anyone over 45 with new heartburn should see a doctor"), and whose
    clauses share a content word (what the threshold is of: "heartburn"): one referral's age told
    twice, and two values are the page contradicting itself. Only when the page's referrals give
    exactly two such ages (a third says it refers several groups), in different sentences,
    within ``_THRESHOLD_RATIO``, that the within checks allow (``_may_be_one``), and with no year
    or word of another time or a change before either in its sentence (``contrasted``: "Before
    2014 the advice was..."; a threshold is a condition, so "if" sets none apart). Also two
    thresholds of whom one product is for, told twice (``ages.for_ages``): "The lotion is
    licensed from six months of age", "licensed only for children aged two and over"."""
    by_page: dict[tuple[int, str, str], list[int]] = {}
    for index, (document, _, draft) in enumerate(corpus.drafts[taught:], taught):
        mention = draft.mention
        if draft.label is not None or mention.dimension != AGE:
            continue
        text = corpus.texts[document]
        start, end = corpus.sentences[index][1]
        if mention.qualifier.bound:
            direction = ">" if mention.qualifier.value.startswith(">") else "<"
        elif _FROM_RE.search(text, max(start, mention.span[0] - 8), mention.span[0]):
            direction = ">"  # "licensed from six months of age"
        else:
            continue
        # (Only the words before the threshold may set it in another time: "Before 2014 the
        # advice for under-3s was ..."; what follows it is the advice, "so ask your pharmacist
        # before using it".)
        if contrasted(text, mention.span, (start, mention.span[1])) not in _CONDITIONAL:
            continue
        if _REFERRAL_RE.search(text, start, end) is not None:
            by_page.setdefault((document, "referral", direction), []).append(index)
        if ages.for_ages(text[start:end]):
            by_page.setdefault((document, "for", direction), []).append(index)
    pairs = []
    for (document, _, _), members in by_page.items():
        if len({corpus.values[i] for i in members}) != 2:
            continue
        text = corpus.texts[document]
        frames = {
            i: acted.frame(
                *acted.around(text, corpus.drafts[i][2].mention.span, corpus.sentences[i][1])
            )
            for i in members
        }
        for a, b in itertools.combinations(members, 2):
            if (
                corpus.values[a] != corpus.values[b]
                and corpus.sentences[a] != corpus.sentences[b]
                and frames[a] & frames[b]
                and _near_ratio(corpus.values[a], corpus.values[b], _THRESHOLD_RATIO)
                and _may_be_one(corpus, a, b, definite=True)
            ):
                pairs.append((a, b))
    return sorted(set(pairs))


def _saying(
    corpus: _Corpus, index: int, noun: str, members: list[int], said: set[int]
) -> list[int]:
    """The figures of ``members`` (one page's, of one family) that speak of the thing the
    definite phrase of ``index`` names by ``noun``: ``said`` (those whose clauses say it), and
    those a measure concept that ``noun`` names speaks of ("staff": "employs 85 people" speaks
    of the staff too); of them, when they hold more than two values, those whose clauses share a name with
    the phrase's ("The 60 staff at Mill Lane", "The Mill Lane store employs 85 people", and
    another store's "140 staff")."""
    document, _, draft = corpus.drafts[index]
    named = named_by(noun)
    holders = [i for i in members if i in said or named & set(corpus.drafts[i][2].subject.concepts)]
    if len({corpus.values[i] for i in holders}) <= 2:
        return holders
    text = corpus.texts[document]
    names = names_near(text, draft.mention.span, corpus.sentences[index][1])
    return [
        i
        for i in holders
        if names & names_near(text, corpus.drafts[i][2].mention.span, corpus.sentences[i][1])
    ]


def _one_event(corpus: _Corpus, a: int, b: int) -> bool:
    """Whether two figures of one family may time one event: any two but times of day, whose
    families name their events, unless one's clause names none ("the 5.15am slide")."""
    fa, fb = (corpus.drafts[i][2].subject.family for i in (a, b))
    return fa == fb or unread_event(fa) or unread_event(fb)


def _near_ratio(a: Amount, b: Amount, ratio: float) -> bool:
    """Whether two amounts' middles lie within ``ratio`` of each other (both above 0)."""
    low, high = sorted(((a.low + a.high) / 2, (b.low + b.high) / 2))
    return low > 0 and high <= ratio * low


def _contrasted(corpus: _Corpus, index: int) -> str:
    document, _, draft = corpus.drafts[index]
    return contrasted(corpus.texts[document], draft.mention.span, corpus.sentences[index][1])


#: The key words of ideas a phrase says (``wordings.IDEA_CLASSES``), which one page's figures
#: have always shared.
_IDEAS = frozenset(CONCEPT_PREFIX + idea.name for idea in IDEA_CLASSES)


def _without_concepts(draft: Draft) -> Draft:
    """The draft without its measure concepts' key words: one page names a measure in several
    places around figures of other quantities ("The final cost is €1.26 billion", "the final cost
    of €1.26 billion is 34% above the original budget of €940 million"), so they are no evidence
    of one quantity stated twice (``WITHIN`` was chosen without them)."""
    extra = {CONCEPT_PREFIX + name for name in draft.subject.concepts} - _IDEAS
    if not extra & set(draft.subject.keywords):
        return draft
    keywords = tuple(w for w in draft.subject.keywords if w not in extra)
    return replace(draft, subject=replace(draft.subject, keywords=keywords))


def _labels(a: Proposal, b: Proposal) -> list[tuple[str, str]]:
    return [
        (a.role, b.role),
        (a.condition, b.condition),
        (a.population, b.population),
        (a.shape, b.shape),
        (_context(a), _context(b)),
    ]


def _context(subject: Proposal) -> str:
    """A subject's context (arm, group) as one label, or "" without one."""
    return ";".join(f"{key}={value}" for key, value in sorted(subject.context.items()))


#: Key words shared by more figures of one document and family than this say too little.
_WITHIN_COMMON = 12


def _corpus(documents: Sequence[Document], units: Units) -> _Corpus:
    drafts = [
        (d, i, draft) for d, doc in enumerate(documents) for i, draft in enumerate(doc.drafts)
    ]
    offsets = [0]
    for doc in documents:
        offsets.append(offsets[-1] + len(doc.drafts))
    restated: list[tuple[int, int]] = []
    alternatives: list[tuple[int, int]] = []
    for d, doc in enumerate(documents):
        mentions = [draft.mention for draft in doc.drafts]
        restated += [
            (offsets[d] + a, offsets[d] + b)
            for a, b in [
                *restated_pairs(doc.text, mentions, units),
                *restated_lists(doc.text, mentions, units),
            ]
        ]
        alternatives += [
            (offsets[d] + a, offsets[d] + b) for a, b in alternative_pairs(doc.text, mentions)
        ]
    learned = learn([(drafts[a][2].mention, drafts[b][2].mention) for a, b in restated], units)
    currencies: list[set[str]] = [set() for _ in documents]
    for d, _, draft in drafts:
        amount = base_amount(draft.mention, units)
        if amount is not None and amount.unit in CURRENCIES:
            currencies[d].add(amount.unit)
    conversions, by_document = stated(
        [stated_rates(doc.text) for doc in documents], learned, units, currencies
    )
    indexes = [TextIndex(doc.text) for doc in documents]
    around = [indexes[d].around(draft.mention.span) for d, _, draft in drafts]
    sentences = [(d, place.sentence) for (d, _, _), place in zip(drafts, around, strict=True)]
    texts = [doc.text for doc in documents]
    analytes = [
        analytes_of(texts[d], place, documents[d].title)
        if _concentration(draft, units)
        else frozenset()
        for (d, _, draft), place in zip(drafts, around, strict=True)
    ]
    values = [
        _value(draft, by_document[d], units, one([named]))
        for (d, _, draft), named in zip(drafts, analytes, strict=True)
    ]
    drafts = _with_companions(drafts, sentences, values)
    kinds = [
        _quoted_kind(texts[d], draft.mention.span, sentences[n][1])
        for n, (d, _, draft) in enumerate(drafts)
    ]
    side_by_side = Counter(
        (sentences[i], draft.mention.dimension) for i, (_, _, draft) in enumerate(drafts)
    )
    windows = [
        window_of(texts[d], draft.mention.span, place) if timed(draft) else ""
        for (d, _, draft), place in zip(drafts, around, strict=True)
    ]
    persons = [
        _whose_age(texts[d], draft, place.sentence[0])
        for (d, _, draft), place in zip(drafts, around, strict=True)
    ]
    return _Corpus(
        drafts,
        sentences,
        values,
        restated,
        alternatives,
        conversions,
        texts,
        kinds,
        analytes,
        side_by_side,
        windows,
        persons,
    )


def _whose_age(text: str, draft: Draft, sentence_start: int) -> str:
    """Whose age a person's age is ("The youngest of the group, aged 22": ``the youngest``;
    "Caleb Worthing ... The 24-year-old from Garnet Falls": ``Worthing``), "" for any other
    figure. Two people's ages are two quantities: round 22's caverescue had compared the
    youngest caver's 22 with another caver's 24 because both were ages in one story."""
    if draft.mention.dimension != AGE or draft.label is not None:
        return ""
    return ages.age_key(text, draft.mention.span, sentence_start)


def _concentration(draft: Draft, units: Units) -> bool:
    """Whether the draft is a molar or a mass concentration ("360 µmol/L", "5 mg/dL"), of which
    an analyte's molar mass converts one into the other."""
    amount = base_amount(draft.mention, units)
    return amount is not None and amount.unit in (MOLAR, MASS)


#: A name in quotes: 'A "water resistant" claim covers 40 minutes'.
_QUOTED_RE = re.compile(r"[\"“]([^\"“”\n]{2,40})[\"”]")


def _quoted_kind(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The kind of thing a figure's clause names in quotes before it ('A "water resistant"
    claim covers 40 minutes', 'The "very water resistant" ones last 80 minutes'), lower case, or
    "": two kinds so named are two things, whatever else their words share."""
    found = list(_QUOTED_RE.finditer(text, sentence[0], span[0]))
    if not found or re.search(r"[,;:]", text[found[-1].end() : span[0]]):
        return ""
    return " ".join(found[-1].group(1).lower().split())


def _described(corpus: _Corpus) -> list[tuple[int, int, tuple[float, ...]]]:
    pairs, weight = candidate_pairs(corpus.drafts, corpus.values)
    drafts, values = corpus.drafts, corpus.values
    return [
        (a, b, pair_features(drafts[a][2], drafts[b][2], values[a], values[b], weight))
        for a, b in pairs
    ]


class _Groups:
    """Groups of drafts (by index), joined step by step (union-find keeping each group's data)."""

    def __init__(
        self,
        corpus: _Corpus,
        chances: dict[tuple[int, int], float],
        link: float,
        reviewed: int = 0,
        restating: set[frozenset[int]] | None = None,
    ) -> None:
        drafts, sentences, values = corpus.drafts, corpus.sentences, corpus.values
        self._drafts = drafts
        self._values = values
        self._chances = chances
        # The document and table row of each draft in a table's row (most pages have none).
        self._rows = {
            index: (document, draft.subject.table_row)
            for index, (document, _, draft) in enumerate(drafts)
            if draft.subject.table_row is not None
        }
        self._link = link
        # Union-find over draft indexes; a group's data lives at its root. Joins move the smaller
        # group's data into the larger one's, so that pooling thousands of drafts of one document
        # (a typical dose) stays near-linear instead of copying a growing group at every join.
        self._parent = list(range(len(drafts)))
        # Where each draft stands in its group's members, and its scored pairs: average linkage
        # visits the scored pairs between two groups instead of every pair of their members
        # (quadratic when a group of thousands, such as a pooled typical dose, meets others).
        self._position = [0] * len(drafts)
        self._scored: list[list[tuple[int, float]]] = [[] for _ in drafts]
        # Each draft's likeliest chance with a draft of each other document (``_restated_by``).
        self._likeliest: dict[tuple[int, int], float] = {}
        for (a, b), chance in chances.items():
            self._scored[a].append((b, chance))
            self._scored[b].append((a, chance))
            for x, y in ((a, b), (b, a)):
                key = (x, drafts[y][0])
                if chance > self._likeliest.get(key, 0.0):
                    self._likeliest[key] = chance
        self._clusters = {
            index: _Cluster(
                [index],
                {draft.subject.role} - {""},
                {draft.subject.condition} - {""},
                {draft.subject.population} - {""},
                {draft.subject.shape} - {""},
                {corpus.kinds[index]} - {""},
                {(draft.subject.setting, draft.subject.setting_in_words)} - {("", False)},
                {sentences[index]: {values[index]}},
                {d},
                index,
                {draft.subject.id} if index < reviewed else set(),
                set(draft.subject.concepts),
                {corpus.windows[index]} - {""},
                {corpus.persons[index]} - {""} if corpus.persons else set(),
                {_tally(draft.mention)} - {""},
            )
            for index, (d, _, draft) in enumerate(drafts)
        }
        self._reviewed = reviewed
        self.bound_values: set[int] = set()
        """Drafts whose bound is their value: the limit a setting named by its bound holds."""
        self.ruled: set[int] = set()
        """Drafts joined by a rule of settings (one default per setting): no learned chance, as
        for a pooled typical dose."""
        self._taught: set[int] = set()
        """Drafts a reviewed claim drew into its subject (with their group): a learned join,
        whose chance is shown even for a typical dose (pooled by rule otherwise)."""
        self._restating = restating or set()
        """Pairs of one document's figures that state one value alike: a restatement, which
        may join one subject (see ``_shared_document``)."""

    def root(self, index: int) -> int:
        """The index that stands for the group of draft ``index``."""
        return self._root(index)

    def _root(self, index: int) -> int:
        parent = self._parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]  # path halving
            index = parent[index]
        return index

    def join(
        self,
        a: int,
        b: int,
        *,
        checked: bool,
        linkage: bool = False,
        apart: bool = False,
        link: float | None = None,
        page: int | None = None,
    ) -> None:
        """Join the groups of drafts ``a`` and ``b``; when ``checked`` only if compatible, with
        ``linkage`` only if alike on average (at least ``link``, by default the model's link
        chance), with ``apart`` only if they share no document, with ``page`` (two figures of
        that document) only if they share no other one."""
        root_a, root_b = self._root(a), self._root(b)
        ca, cb = self._clusters[root_a], self._clusters[root_b]
        if ca is cb or len(ca.reviewed | cb.reviewed) > 1 or (checked and not _compatible(ca, cb)):
            return
        if self._other_rows(ca, cb):
            return  # two rows of one table are two things, whatever joined them
        if apart and self._shared_document(ca, cb):
            return
        if page is not None and self._shared_document(ca, cb, besides=page):
            return
        if linkage and (
            self._shared_document(ca, cb, restated=self._restated_by(a, b))
            or not self._linked(root_a, root_b, link)
        ):
            return
        self._merge(root_a, root_b)

    def _restated_by(self, a: int, b: int) -> bool:
        """Whether the learned pair (a, b) may bring a page's figure beside its restatement in
        one subject: the pair is the likeliest partner of one of its two figures in the other's
        document, so the page's second figure of that value joins on its own best evidence
        (a council's "Over the nine days" beside a news page's "lasted nine days", whose group
        already holds the council's "nine consecutive days above 30°C"), not only as the
        runner-up of a figure the group took first."""
        chance = self._chances.get((min(a, b), max(a, b)), 0.0)
        da, db = self._drafts[a][0], self._drafts[b][0]
        return chance >= self._likeliest.get((a, db), 1.0) or chance >= self._likeliest.get(
            (b, da), 1.0
        )

    def teach(self, new: int, reviewed: int, *, pool: bool = False) -> None:
        """Join draft ``new`` (with its group: restatements, alternatives) to the reviewed
        subject of claim ``reviewed``, their likeliest pair: unless the group already joined a
        reviewed subject, their units do not convert, the subject already holds a figure of its
        document (unless the group is a ``pool`` of typical doses), or a sentence of both would
        state two values. Roles, conditions and the like are the pair model's to weigh: a
        reviewer may put what the drafts tell apart together."""
        root_new, root_reviewed = self._root(new), self._root(reviewed)
        group, subject = self._clusters[root_new], self._clusters[root_reviewed]
        if group.reviewed or self._values[new].unit != self._values[reviewed].unit:
            return
        drafts = {self._drafts[m][0] for m in subject.members if m >= self._reviewed}
        if not (pool or drafts.isdisjoint(group.documents)):
            return
        if not _one_value_per_sentence(group, subject):
            return
        self._taught.update(group.members)
        self._merge(root_reviewed, root_new)

    def _merge(self, root_a: int, root_b: int) -> None:
        """Move the group of ``root_b`` into the group of ``root_a`` (or the other way round)."""
        ca, cb = self._clusters[root_a], self._clusters[root_b]
        if len(ca.members) < len(cb.members):
            root_a, root_b, ca, cb = root_b, root_a, cb, ca
        keep, drop = ca, cb
        self._parent[root_b] = root_a
        offset = len(keep.members)
        for position, member in enumerate(drop.members):
            self._position[member] = offset + position
        keep.members += drop.members
        keep.first = min(keep.first, drop.first)
        keep.roles |= drop.roles
        keep.conditions |= drop.conditions
        keep.populations |= drop.populations
        keep.shapes |= drop.shapes
        keep.kinds |= drop.kinds
        keep.concepts |= drop.concepts
        keep.windows |= drop.windows
        keep.persons |= drop.persons
        keep.tallies |= drop.tallies
        keep.settings |= drop.settings
        keep.documents |= drop.documents
        keep.reviewed |= drop.reviewed
        for key, found in drop.sentences.items():
            kept = keep.sentences.get(key)
            if kept is None:
                keep.sentences[key] = found
            else:
                kept |= found
        del self._clusters[root_b]

    def as_default(self, index: int, role: str = "maximum") -> None:
        """Record that draft ``index``'s maximum (or ``role``) is the default of a setting
        named by its cap (or whose row it restates)."""
        roles = self._clusters[self._root(index)].roles
        roles.discard(role)
        roles.add("default")

    def settings_of(self, index: int) -> set[tuple[str, bool]]:
        """The settings draft ``index``'s group is of, each with whether named in words."""
        return self._clusters[self._root(index)].settings

    def name_setting(self, index: int, setting: str) -> None:
        """Record that draft ``index``'s group is of ``setting`` (by its code name)."""
        self._clusters[self._root(index)].settings.add((setting, False))

    def documents_of(self, index: int) -> set[int]:
        """The documents of the drafts in draft ``index``'s group."""
        return self._clusters[self._root(index)].documents

    def names(self) -> list[str]:
        """The subject id of every draft's group, unique per group, by draft index."""
        names: dict[int, str] = {}
        # A reviewed subject keeps its id, which no other group takes.
        taken = {subject for cluster in self._clusters.values() for subject in cluster.reviewed}
        tried: dict[str, int] = {}
        for root, cluster in sorted(self._clusters.items(), key=lambda item: item[1].first):
            if cluster.reviewed:
                names[root] = next(iter(cluster.reviewed))
                continue
            members = [self._drafts[m][2] for m in sorted(cluster.members)]
            names[root] = _name(members, taken, tried)
            taken.add(names[root])
        return [names[self._root(index)] for index in range(len(self._drafts))]

    def link_chances(self, names: list[str]) -> list[float | None]:
        """Each draft's likeliest chance of stating one quantity with a draft of another document
        under the same name; a restatement takes its partner's. None for a draft whose name no
        other document shares, or one pooled by its role (a typical dose) or joined by a rule of
        settings (``ruled``) that no reviewed claim drew into its subject."""
        documents: dict[str, set[int]] = {}
        for index, name in enumerate(names):
            documents.setdefault(name, set()).add(self._drafts[index][0])
        # Only scored pairs have a chance above 0: visit those, not every pair under one name
        # (quadratic when thousands of drafts share one).
        best: dict[int, float] = {}
        for (a, b), chance in self._chances.items():
            if names[a] == names[b] and self._drafts[a][0] != self._drafts[b][0]:
                best[a] = max(best.get(a, 0.0), chance)
                best[b] = max(best.get(b, 0.0), chance)
        own: list[float | None] = []
        for index, (_, _, draft) in enumerate(self._drafts):
            pooled = (draft.subject.pooled or index in self.ruled) and index not in self._taught
            if len(documents[names[index]]) < 2 or pooled:
                own.append(None)  # no draft of another document under its name
            else:
                own.append(best.get(index, 0.0))
        per_document: dict[tuple[str, int], float] = {}
        for index, (document, _, _) in enumerate(self._drafts):
            key = (names[index], document)
            per_document[key] = max(per_document.get(key, 0.0), own[index] or 0.0)
        links: list[float | None] = []
        for index, (document, _, _) in enumerate(self._drafts):
            # A restatement takes its partner's chance: the best of its document under the name.
            link = None if own[index] is None else per_document[(names[index], document)]
            links.append(None if link is None else round(link, 2))
        return links

    def _shared_document(
        self, ca: _Cluster, cb: _Cluster, besides: int | None = None, *, restated: bool = False
    ) -> bool:
        """Whether both groups hold a draft of one document (but ``besides``) with another
        value: a document rarely states one quantity twice, other than restating it, so two of
        its figures are two quantities - unless they are one value ("7kW" in a page's table and
        "7 kW" in its text, a restatement). With ``restated`` (a learned join on a pair's own
        best evidence, ``_restated_by``), every two figures of the page that state one value in
        one context, and are no counts of different things, are such a restatement: "24" in
        a results table and "24 seats" in its prose, "nine days" and "nine consecutive days";
        not "two inhalers" and "two puffs"."""
        for document in ca.documents & cb.documents:
            if document == besides:
                continue
            if len(_document_values(ca, document) | _document_values(cb, document)) > 1:
                return True
            of_a = [m for m in ca.members if self._drafts[m][0] == document]
            of_b = [m for m in cb.members if self._drafts[m][0] == document]
            if restated and all(self._restates(x, y) for x in of_a for y in of_b):
                continue
            if not any(frozenset((x, y)) in self._restating for x in of_a for y in of_b):
                return True
        return False

    def _restates(self, x: int, y: int) -> bool:
        """Whether two figures of one value of one page may be one quantity said twice: of one
        context, and no counts of different things."""
        dx, dy = self._drafts[x][2], self._drafts[y][2]
        return dx.subject.context == dy.subject.context and not other_nouns(
            dx.mention.noun, dy.mention.noun
        )

    def _other_rows(self, ca: _Cluster, cb: _Cluster) -> bool:
        """Whether the groups hold figures of one table of one document in different rows
        (``Proposal.table_row``): "Food blender" and "Petrol lawnmower"'s safe times."""
        if not self._rows or ca.documents.isdisjoint(cb.documents):
            return False
        rows = {self._rows[m] for m in ca.members if m in self._rows}
        if not rows:
            return False
        tables = {(document, row[0]) for document, row in rows}
        return any(
            (document, row[0]) in tables and (document, row) not in rows
            for document, row in (self._rows[m] for m in cb.members if m in self._rows)
        )

    def _linked(self, root_a: int, root_b: int, link: float | None = None) -> bool:
        """Average linkage: the drafts of both groups are alike on average, not just one pair.

        Every pair of their members counts; a pair that was not scored has chance 0, and so
        has a page's figure and its restatement (``_shared_document``): a page's second figure
        of a value joins a group that holds its first only on strong evidence of its own ("800
        IU" for care homes, at 0.32 beside the same page's "800 IU" for people over 70, does
        not). The scored pairs between them are summed in the order of a loop over the first
        group's members, then the second's, so that the average is the same float as that
        loop's, to the last bit."""
        ca, cb = self._clusters[root_a], self._clusters[root_b]
        small, other = (root_a, root_b) if len(ca.members) <= len(cb.members) else (root_b, root_a)
        position = self._position
        found: list[tuple[int, int, float]] = []
        for x in self._clusters[small].members:
            for y, chance in self._scored[x]:
                if self._root(y) == other:
                    a, b = (x, y) if small == root_a else (y, x)
                    found.append((position[a], position[b], chance))
        total = 0.0
        for _, _, chance in sorted(found):
            total += chance
        threshold = self._link if link is None else link
        return total / float(len(ca.members) * len(cb.members)) >= threshold


def _document_values(cluster: _Cluster, document: int) -> set[Amount]:
    """The values a group's drafts of one document state."""
    return {
        value
        for (found, _), values in cluster.sentences.items()
        if found == document
        for value in values
    }


def _compatible(a: _Cluster, b: _Cluster) -> bool:
    if any(len(x | y) > 1 for x, y in _separators(a, b)):
        return False
    if opposed(a.concepts, b.concepts):
        return False  # how long an effect lasts is not how long it takes to start
    settings = a.settings | b.settings
    if not all(
        same_setting(x, y, in_words=x_words or y_words)
        for x, x_words in settings
        for y, y_words in settings
    ):
        return False
    populations = a.populations | b.populations
    if len(populations - {_INSIDE[p] for p in populations if p in _INSIDE}) > 1:
        return False
    if (_setting_default(a) and _ranges(b)) or (_setting_default(b) and _ranges(a)):
        # A setting's default is one value: "Quality values from 10 to 95 are accepted" is the
        # range it may take, not its default of 85.
        return False
    return _one_value_per_sentence(a, b)


#: A number written with a decimal point: "6.0", "5.5".
_DECIMAL_RE = re.compile(r"\d\.\d")


def _tally(mention: Mention) -> str:
    """``count`` for a count of things ("six fish"), ``measured`` for a bare number written with
    a decimal point ("a pH of 6.0 to 7.0", "a score of 4.5"), which no count of whole things is;
    "" for any other figure."""
    if mention.dimension == "count":
        return "count"
    if mention.dimension == "number" and _DECIMAL_RE.search(mention.text):
        return "measured"
    return ""


def _setting_default(cluster: _Cluster) -> bool:
    return "default" in cluster.roles and bool(cluster.settings)


def _ranges(cluster: _Cluster) -> bool:
    return any(v.low < v.high for found in cluster.sentences.values() for v in found)


def _one_value_per_sentence(a: _Cluster, b: _Cluster) -> bool:
    """Two different values of one sentence are two quantities ("start at 12 hours, last 9
    days")."""
    # (Symmetric: look up the smaller group's sentences in the larger's.)
    small, large = sorted((a.sentences, b.sentences), key=len)
    return all(
        found <= large[key] or large[key] <= found for key, found in small.items() if key in large
    )


def _separators(a: _Cluster, b: _Cluster) -> list[tuple[set[str], set[str]]]:
    """What two groups must not differ in: role, condition, shape, a kind named in quotes, the
    time window of a share or count, the person whose age an age is, and whether they count
    whole things or measure (populations and settings apart)."""
    return [
        (a.roles, b.roles),
        (a.conditions, b.conditions),
        (a.shapes, b.shapes),
        (a.kinds, b.kinds),
        (a.windows, b.windows),
        (a.persons, b.persons),
        (a.tallies, b.tallies),
    ]


def _name(members: list[Draft], taken: set[str], tried: dict[str, int] | None = None) -> str:
    """A subject id for a group that no other group has: its most frequent proposed id (ties to
    the first written), else that id with a key word of the group, else with a number."""
    ids = [draft.subject.id for draft in members]
    counts = Counter(ids)
    first: dict[str, int] = {}
    for index, sid in enumerate(ids):
        first.setdefault(sid, index)
    name = max(counts, key=lambda sid: (counts[sid], -first[sid]))
    if name not in taken:
        return name
    words = Counter(w for draft in members for w in draft.subject.keywords)
    for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0])):
        candidate = f"{name}-{slug(word)}"
        if candidate not in taken and word not in name:
            return candidate
    return unique(name, taken, tried)


def _with_companions(
    drafts: list[tuple[int, int, Draft]],
    sentences: list[tuple[int, tuple[int, int]]],
    values: list[Amount],
) -> list[tuple[int, int, Draft]]:
    """The drafts with the other values of their sentence as key words: two documents that write
    "800 IU for people over 70" state one quantity though they share no other word."""
    # The value words of each sentence, once: a sentence's drafts share them (a table row of
    # hundreds of figures would otherwise cost hundreds of steps per figure).
    by_sentence: dict[tuple[int, tuple[int, int]], set[str]] = {}
    for index, sentence in enumerate(sentences):
        by_sentence.setdefault(sentence, set()).add(_value_word(values[index]))
    result = []
    for index, (d, i, draft) in enumerate(drafts):
        companions = sorted(by_sentence[sentences[index]] - {_value_word(values[index])})
        if companions:
            context = tuple(sorted({*draft.subject.context_words, *companions}))
            draft = replace(draft, subject=replace(draft.subject, context_words=context))
        result.append((d, i, draft))
    return result


def _value_word(value: Amount) -> str:
    unit, low, high = value.unit, value.low, value.high
    return f"={unit}:{low:g}" if low == high else f"={unit}:{low:g}-{high:g}"


def _value(
    draft: Draft, conversions: Conversions, units: Units, analyte: Analyte | None = None
) -> Amount:
    """The draft's amount in base units; as written when it has none (a count, a share). An
    amount per unit of body weight keeps its base: "1.5 litres for every kilogram lost" is no
    "1.5 litres a day", and a dose by weight is never written without its base (while "a day",
    "an hour" or "a mile" are often left to the rest of the sentence: "each mile costs 7p").
    A value in words ("number of CPU cores") is its words: the same as no number."""
    if draft.mention.words:
        return Amount(0.0, 0.0, f"'{draft.mention.words}'")
    amount = base_amount(draft.mention, units, conversions, analyte)
    amount = amount if amount is not None else draft.mention.amount
    per = draft.mention.per
    if per in _BODY_WEIGHT:
        amount = Amount(amount.low, amount.high, f"{amount.unit}/{per}")
    return amount


def _threshold_subjects(corpus: _Corpus, taught: int, names: Sequence[str]) -> set[str]:
    """The subjects that hold a condition's threshold drafted as its value (``limits``: "If you
    use your reliever more than five times a week, your asthma is not well controlled" is 5)."""
    return {
        names[index]
        for index, (_, _, draft) in enumerate(corpus.drafts[taught:], taught)
        if draft.subject.bound_is_value and draft.subject.role == "threshold"
    }


def _bound_of_threshold(draft: Draft) -> bool:
    """Whether a draft joined to a condition's threshold states a threshold too with its bound:
    "You need your reliever three or more times a week" (a sign that asthma needs review) beside
    "If you use your reliever more than five times a week" says the line is at 3, which
    disagrees with 5 (inhaler d4; read as ``>=3`` it would hold 5). Not an estimate's top, a
    setting's value or a figure with another role."""
    subject = draft.subject
    return (
        draft.mention.qualifier.bound
        and draft.label is None
        and draft.version is None
        and draft.elapsed is None
        and not subject.estimate_top
        and not subject.setting
        and subject.role in ("", "threshold")
    )

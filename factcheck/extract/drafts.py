"""Draft claims (quote, value, subject, context) from a document's mentions; a Document holds them."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from factcheck.corpus.model import CHANGE
from factcheck.extract.advice import find_advice, how_often
from factcheck.extract.facts import find_facts, propose_fact
from factcheck.extract.mentions.context import Surroundings, TextIndex, shortest_quote, widen
from factcheck.extract.mentions.find import Mention, find_mentions
from factcheck.extract.mentions.intervals import find_intervals
from factcheck.extract.mentions.labelline import label_bound
from factcheck.extract.mentions.news import changed_after, reached
from factcheck.extract.mentions.rates import stated_rates
from factcheck.extract.mentions.relative import BASELINE, as_change, baseline, repeated
from factcheck.extract.mentions.times import DIMENSION as TIME_OF_DAY
from factcheck.extract.mentions.times import find_times
from factcheck.extract.mentions.units import Unit, UnitWords
from factcheck.extract.polarity import find_stances, propose_stance
from factcheck.extract.subjects.cells import in_heading
from factcheck.extract.subjects.changelog import (
    added_entries,
    lifecycles,
    release_headings,
    release_years,
)
from factcheck.extract.subjects.contexts import told_earlier
from factcheck.extract.subjects.examples import status_code, status_phrase_after
from factcheck.extract.subjects.propose import (
    ADVICE_DIMENSION,
    Proposal,
    VocabularySubject,
    propose,
    propose_advice,
)
from factcheck.extract.subjects.requirements import (
    Requirement,
    find_requirements,
    product_versions,
)
from factcheck.extract.subjects.settings import (
    entry_units,
    fraction_of_whole,
    page_unit,
    release_at,
    releases,
    table_row,
)
from factcheck.extract.subjects.times import (
    Event,
    day_proposal,
    days_of,
    ended,
    event_days,
    event_of,
    splits,
    time_proposal,
)
from factcheck.text.documents import Text
from factcheck.text.tables import Tables, reading, tables_of
from factcheck.values import versions
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

#: The dimension of a mention that is advice in words, not a number (see ``advice``).
ADVICE = ADVICE_DIMENSION
_NO_AMOUNT = Amount(0.0, 0.0, "")

_WIDEN_TRIES = 4
#: What a setting's name may say its bare numbers are in: a time, a size, a share.
_SETTING_UNIT_DIMENSIONS = frozenset({"duration", "data", "share"})
#: What a newer release's line says when it changes a setting's value, in any words: "The
#: default flush_interval is now 5s (was 10s)", "max_retries raised to 8".
_RESTATED_RE = re.compile(
    r"\b(?:defaults?|defaulting|now|was|were|from|raised|lowered|increased|reduced|changed"
    r"|bumped|set\s+to|no\s+longer|(?:en|dis)abled|on|off)\b",
    re.IGNORECASE,
)
#: What a newer release's line says when it changes a default in words: it says a default or
#: on and off again, not only "now" ("Memory accounting now counts compressed values" leaves
#: "Compression is now off by default" of an older release standing).
_RESTATED_WORDED_RE = re.compile(
    r"\b(?:defaults?|defaulting|no\s+longer|(?:en|dis)abled?|on|off|turned)\b", re.IGNORECASE
)
#: "to" right before a figure: the level a change brings ("raised ... to 16384 px").
_TO_BEFORE_RE = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+)?\Z", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n")
#: A cheap test that a text may hold a time of day before reading it for them.
#: A release a change is dated by, with no product named ("Before 2.0 the default was 3", "since
#: 1.4", "as of 3.2.1", "removed in 2.0"): a version, not a quantity (a number with a unit or a
#: counted noun after it is measured and stays, "after 1.5 hours"). Written with a dot, so that a
#: year ("before 2019") or a bare count is not one.
_TOLD_RELEASE_RE = re.compile(
    r"\b(?:before|since|after|until|till|prior\s+to|as\s+of|starting\s+(?:with|from|in)"
    r"|(?:introduced|added|removed|deprecated|changed|fixed|dropped|deleted|renamed|arrived"
    r"|landed|shipped|appeared|debuted)\s+in)"
    r"\s+(?:v(?:ersion\s+)?)?(?P<release>\d+\.\d+(?:\.\d+)*)(?![\d.]*\s*%|\.\d|\w)",
    re.IGNORECASE,
)
_TIME_HINT_RE = re.compile(r"\d:\d|\d\s?[ap]\.?m|noon|midday|midnight|past|clock|\dh\d|Uhr", re.I)
#: A cheap test that a text may name a day an event happens on ("on Friday").
_DAY_HINT_RE = re.compile(r"\bon\s.{0,30}day\b", re.IGNORECASE)
#: The edge of a span a time names: "open until 10pm", "open from 9am".
_SPAN_EDGE_RE = re.compile(r"(?:(?P<end>until|till|til)|from)\s", re.IGNORECASE)
#: Mentions between two progress reports.
_PROGRESS_EVERY = 256


@dataclass(frozen=True)
class Draft:
    """One draft claim read from one document."""

    source: str
    """Source id of the document."""
    mention: Mention
    """The numeric mention the claim is about."""
    quote: str
    """The shortest text around the mention that reads as the claim."""
    quote_span: tuple[int, int]
    """[start, end) of ``quote`` in the document text."""
    subject: Proposal
    """The proposed subject and context."""
    elapsed: str | None = None
    """For an elapsed time before the document's date ("nearly 20 years ago", "two decades
    since"): the value drafted, ``~20 years ago``, a calendar year to `check` (see
    ``grouping.events``); None otherwise."""
    version: str | None = None
    """For a product's version a document requires, supports or was tested on ("Python 3.9
    or newer"): the value drafted, ``>=v3.9`` (see ``subjects.requirements``); None otherwise."""
    label: str | None = None
    """For advice in words (a label claim, see ``advice``): the label, e.g. ``evening``; the
    mention is then the count of times it was read from ("twice a day"), or the words
    themselves (dimension ``advice``, no amount). None for numeric claims."""

    @property
    def value(self) -> str:
        """The draft value in the claims-file grammar."""
        if self.label is not None:
            return self.label
        if self.version is not None:
            return self.version
        if self.elapsed is not None:
            return self.elapsed
        if self.subject.bound_is_value:
            return replace(self.mention, qualifier=Qualifier.EQ).value
        if self.subject.estimate_top:
            # "up to 1,400 jobs are expected to go": the estimate's figure, about 1,400.
            return replace(self.mention, qualifier=Qualifier.APPROX).value
        return self.mention.value


@dataclass(frozen=True)
class Document:
    """A document and the claims drafted from it, as extraction passes it from stage to stage."""

    path: str
    """Path relative to the claims file, POSIX style (the ``path`` its source will have)."""
    text: str
    """The document text as factcheck reads it."""
    drafts: tuple[Draft, ...]
    """Its draft claims in text order (``Draft.source`` is a provisional id, replaced on merge)."""
    date: datetime.date | None = None
    """When the document was written (its dateline, else its file's date): what "20 years ago"
    counts back from; None when unknown (then elapsed times stay durations)."""
    title: str | None = None
    """Its title as a person names it (``text.titles``), written as its source's ``title``."""


def draft_claims(
    source: str,
    text: str,
    words: UnitWords,
    vocabulary: Sequence[VocabularySubject] = (),
    progress: Callable[[int], None] | None = None,
    tables: Tables | None = None,
) -> list[Draft]:
    """Draft claims for every numeric mention of one document's text, in text order; ``words``
    are the unit words to read after numbers.

    ``progress`` is called now and then with how many characters of the text are done.
    ``tables`` are the document's tables as its reader found them (an HTML page's:
    ``tables.page_text``); None: those the text writes (Markdown pipe tables).
    """
    with reading(text, tables):
        return _drafted(source, text, words, vocabulary, progress)


def _drafted(
    source: str,
    text: str,
    words: UnitWords,
    vocabulary: Sequence[VocabularySubject],
    progress: Callable[[int], None] | None,
) -> list[Draft]:
    """``draft_claims`` with the document's tables read (``tables.reading``)."""
    index = TextIndex(text)
    anchor_text = Text(text)
    drafts: list[Draft] = []
    mentions = _with_intervals(text, [_label_bounded(text, m) for m in find_mentions(text, words)])
    if _FIRST_RELEASE_HINT_RE.search(text):
        # "## [1.0.0] - 2019-06-03" over "- First public release": the year of that release,
        # in place of the heading's year read alone ("v1.0 — June 2019").
        first = release_years(text)
        spans = [m.span for m in first]
        kept = [m for m in mentions if not _overlaps_any(m.span, spans)]
        mentions = sorted([*kept, *first], key=lambda m: m.span)
    events: dict[tuple[int, int], tuple[Event, str]] = {}
    if _TIME_HINT_RE.search(text):
        mentions = _with_times(text, index, mentions, events)
    # A product's release ("Python 3.10") is a version, never a quantity; but a number with a
    # unit or a counted noun after a product's name is one ("Redis 2 GB", "Kafka 3 brokers").
    measured = [m.span for m in mentions if m.amount.unit or m.dimension == "count"]
    products = [span for span in product_versions(text) if not _overlaps_any(span, measured)]
    required = [
        r
        for r in find_requirements(text)
        if not any(_overlaps_any(s, measured) for s in r.releases)
    ]
    products += [span for r in required for span in r.releases]
    told = [m.span("release") for m in _TOLD_RELEASE_RE.finditer(text)]
    products += [span for span in told if not _overlaps_any(span, measured)]
    if products:
        mentions = [m for m in mentions if not _overlaps_any(m.span, products)]
    # A stated exchange rate ("at 11.2 kronor to the euro") converts the document's amounts; its
    # figures are no claims of their own.
    rates = [rate.span for rate in stated_rates(text)]
    if rates:
        mentions = [m for m in mentions if not _overlaps_any(m.span, rates)]
    # "rejected with 401", "Requests above it return 404", "exits with status 2": a status or
    # exit code names an outcome, no quantity ("401" and "404" are two outcomes, not two
    # values): drafted under its own code, so that two codes never meet; "404s", read as
    # seconds, is no claim.
    codes = {m.span for m in mentions if _status_code(text, m)}
    mentions = [m for m in mentions if m.span not in codes or m.text[-1:].isdigit()]
    # "about 4.8 g of lactose per 100 ml", "40 MB per 100,000 queued URLs": the amount the
    # figure before is per, no claim of its own.
    mentions = [m for m in mentions if not _denominator(text, m)]
    advice = find_advice(text, index, mentions)
    replaced = {a.mention: a for a in advice if a.mention is not None}
    for number, mention in enumerate(mentions):
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(mention.span[0])
        if in_heading(text, mention.span):
            continue  # "Q3 2025", "Children 7-11" over a table's column: whose figures they are
        where = index.around(mention.span)
        start, end = _quote(text, anchor_text, mention.span, where)
        said = replaced.get(number)
        if said is not None:
            proposal = propose_advice(text, said, index)
            drafts.append(
                Draft(source, mention, text[start:end], (start, end), proposal, label=said.label)
            )
            continue
        if mention.direction and repeated(text, mention):
            # "the delay triples each time": a growth factor (x3), no rise of the delay
            mention = replace(mention, direction="")
        said_as = mention
        changed = as_change(text, mention)
        if changed is not None:
            # "nearly double those in an ordinary July week" is a rise of 100%, as "35% higher
            # than in a normal July week" is one of 35%: one form, so the two meet.
            mention = changed
        proposal = _proposal(text, mention, where, vocabulary)
        if mention.span in events and mention.dimension == TIME_OF_DAY:
            proposal = time_proposal(proposal, *events[mention.span])
            drafts.append(Draft(source, mention, text[start:end], (start, end), proposal))
            continue
        named = _unit_of_setting(text, mention, proposal.setting, words)
        if named is not None:
            mention = named
            proposal = propose(text, mention, where, vocabulary)
        level = proposal.bound_is_value or (proposal.setting and proposal.role == "default")
        if mention.direction and not level and _newest_release_level(text, mention.span[0]):
            level = True
        if (
            mention.direction
            and not level
            and changed is None
            and reached(text, mention)
            and not releases(text)
        ):
            # "Operating profit rose to EUR 38.9m": the level the change reached, in prose (in a
            # changelog, only its newest release's, above); "fell to a third" stays the change
            # it says (``as_change``).
            level = True
        if mention.direction and not level and changed_after(text, said_as):
            # "Revenue of EUR 412.6 million, up 7.4% on the same quarter last year": the level
            # now, compared with other documents' levels; the 7.4% stays a change.
            level = True
        if mention.direction and not level:
            # ("Default --jobs raised from 4 to 8": 8 is the setting's value, no change; nor is
            # "longer than" of "for sessions longer than 90 minutes", a threshold.)
            # "rose 5%" is a change, kept apart from a level of 5% (corpus.model.CHANGE)
            context = {**proposal.context, CHANGE: mention.direction}
            against = baseline(text, mention)
            if against:
                # "35% higher than in a normal July week" and "a third higher than a normal
                # summer day" are changes from two baselines, never compared.
                context[BASELINE] = against
            proposal = replace(proposal, context=context)
        if mention.span in codes:
            proposal = replace(proposal, context={**proposal.context, "code": mention.text})
        drafts.append(Draft(source, mention, text[start:end], (start, end), proposal))
    for said in advice:
        if said.mention is None:
            mention = Mention(said.span, said.text, _NO_AMOUNT, Qualifier.EQ, ADVICE)
            start, end = _quote(text, anchor_text, said.span, index.around(said.span))
            proposal = propose_advice(text, said, index)
            drafts.append(
                Draft(source, mention, text[start:end], (start, end), proposal, label=said.label)
            )
    if _DAY_HINT_RE.search(text):
        for dated in event_days(text, lambda span: index.around(span).sentence):
            # "The campsites opened on Friday morning": the day of the campsites' opening.
            mention = Mention(
                dated.span, text[slice(*dated.span)], _NO_AMOUNT, Qualifier.EQ, ADVICE
            )
            start, end = _quote(text, anchor_text, dated.span, index.around(dated.span))
            drafts.append(
                Draft(source, mention, text[start:end], (start, end), day_proposal(dated.event),
                      label=dated.day)
            )  # fmt: skip
    # (the order of two actions leaves the sentence's advice for or against an action alone)
    figures = [m.span for m in mentions] + [a.span for a in advice if a.family != "order"]
    for stance in find_stances(text, index, figures, how_often(text, mentions)):
        mention = Mention(stance.span, text[slice(*stance.span)], _NO_AMOUNT, Qualifier.EQ, ADVICE)
        start, end = stance_quote(text, anchor_text, stance.quote)
        proposal = propose_stance(text, stance, index)
        drafts.append(
            Draft(source, mention, text[start:end], (start, end), proposal, label=stance.label)
        )
    # A sentence with a figure is compared by its figure ("The pharmacy is open until 10pm").
    figured = {index.around(m.span).sentence for m in mentions}
    for fact in find_facts(text, index):
        if index.around(fact.span).sentence in figured and not (
            fact.predicate == "access" and not _overlaps_any(fact.span, [m.span for m in mentions])
        ):
            continue  # (a thing accessed of "40,000 customers": its figure counts the owners)
        # "The ship lost power", "no pilot was on board": a fact stated yes or no.
        mention = Mention(fact.span, text[slice(*fact.span)], _NO_AMOUNT, Qualifier.EQ, ADVICE)
        start, end = stance_quote(text, anchor_text, fact.quote)
        drafts.append(
            Draft(source, mention, text[start:end], (start, end), propose_fact(fact),
                  label=fact.label)
        )  # fmt: skip
    if required:
        drafts = [d for d in drafts if not _said_of_requirement(text, d, required)]
    drafts.extend(_requirement_drafts(source, text, anchor_text, index, required))
    if _LIFECYCLE_HINT_RE.search(text):
        drafts.extend(_lifecycle_drafts(source, text, anchor_text, index))
    drafts.sort(key=lambda draft: draft.mention.span)
    drafts = _history(text, drafts)
    drafts = _figures_restated(text, drafts)
    drafts = _older_majors(text, drafts)
    drafts = _said_as_past(drafts)
    if progress is not None:
        progress(len(text))
    return drafts


#: The last term of a changelog entry's addition (``changelog.added_entries``): such a draft is
#: kept only where another document drafts the same thing's release (``grouping.actions.
#: shared_additions``).
CHANGELOG_ENTRY = "changelog entry"
#: Words of a release a thing of the code is removed, deprecated or added in, or a changelog's
#: entry of what a release added ("- Added: word-level diffs", "### Added").
_LIFECYCLE_HINT_RE = re.compile(
    r"(?im)\b(?:removed|deleted|dropped|deprecated|added|introduced|arrived|landed|shipped"
    r"|appeared|debuted|available|new)\s+(?:in|since|as\s+of)\s+(?:the\s+)?"
    r"(?:version\s+|release\s+|v)?\d"
    r"|^[ \t]*(?:[-*+][ \t]+(?:\*\*|__)?(?:added|new)\b|#{3,6}[ \t]+(?:added|new)\b)"
    r"|\(\s*since\s+(?:version\s+|v)?\d"
)
#: Words of a changelog entry that names its release ("First public release", "Initial release").
_FIRST_RELEASE_HINT_RE = re.compile(r"(?i)\b(?:first|initial)\s+(?:\w+\s+)?release\b")


def _with_times(
    text: str,
    index: TextIndex,
    mentions: list[Mention],
    events: dict[tuple[int, int], tuple[Event, str]],
) -> list[Mention]:
    """``mentions`` with the times of day of ``text`` (``mentions.times``) in text order, the
    event each times and the days it recurs on in ``events`` by span; a range of opening hours
    is two times, the opening and the closing. Numbers inside a time ("between 7 and 8 pm")
    give way to it."""
    timed: list[Mention] = []
    for found in find_times(text):
        sentence = index.around(found.mention.span).sentence
        event = event_of(text, found.mention.span, sentence)
        days = days_of(text, found.mention.span, sentence)
        if found.ends is not None and splits(event):
            for end, part in zip(found.ends, ("start", "end"), strict=True):
                timed.append(end)
                events[end.span] = (ended(event, part), days)
        else:
            mention = found.mention
            edge = _SPAN_EDGE_RE.match(mention.text)
            if edge is not None and splits(event):
                # "The pharmacy is open until 10pm": it closes at 22:00; "open from 9am": opens.
                event = ended(event, "end" if edge["end"] else "start")
                mention = replace(mention, qualifier=Qualifier.EQ)
            timed.append(mention)
            events[mention.span] = (event, days)
    if not timed:
        return mentions
    spans = sorted(m.span for m in timed)
    kept = [m for m in mentions if not _overlaps(m.span, spans)]
    return sorted([*kept, *timed], key=lambda m: m.span)


def _label_bounded(text: str, mention: Mention) -> Mention:
    """``mention`` as the bound its line's label makes of it (``labelline.label_bound``):
    "Minimum time between doses: 4 hours" is at least 4 hours, which "a second tablet, at least
    2 hours after the first one" contradicts. Only a single figure stated as it is."""
    if mention.qualifier is not Qualifier.EQ or not mention.amount.single or ":" not in text:
        return mention
    bound = label_bound(text, mention.span)
    return replace(mention, qualifier=Qualifier(bound)) if bound else mention


def _with_intervals(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a schedule's intervals in words ("every half hour", "hourly", "twice an
    hour": ``mentions.intervals``), which take the place of a number read inside them ("half an
    hour" in "every half an hour")."""
    intervals = find_intervals(text)
    if not intervals:
        return mentions
    spans = sorted(m.span for m in intervals)
    kept = [m for m in mentions if not _overlaps_any(m.span, spans)]
    return sorted([*kept, *intervals], key=lambda m: m.span)


#: "per" right after a figure and up to four words of what it is of: "4.8 g of lactose per ",
#: "40 MB per " (not across a break or another clause: "costs $5; per 100 g it is").
_PER_AFTER_FIGURE_RE = re.compile(
    r"\d(?:[ \t\u00a0]*[%\w.µ]+)?(?:[ \t\u00a0]+[\w'’-]+){0,4}?[ \t\u00a0]+(?:per|in[ \t\u00a0]+every"
    r"|for[ \t\u00a0]+every)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


#: Words after a unit amount that end it ("per 100 ml of milk", "per 100 g and"): no portion.
_AFTER_A_BASE = frozenset(
    ["of", "and", "or", "in", "on", "at", "for", "to", "with", "is", "are", "was", "were", "but"]
)
#: The word right after a figure.
_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]+(?P<word>[A-Za-z][\w'’-]*)")


def _denominator(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the unit amount another figure is per ("about 4.8 g of lactose per
    100 ml", "Around 40 MB per 100,000 queued URLs", "13 g of protein in every 100 g"): a
    denominator, no claim of its own. Not a bound or a range ("per 2 to 3 people"), a figure
    after "per" with no figure before it in its clause ("per 100 ml, the drink holds"), nor a
    portion the measure names ("95 mg per 8-ounce cup": the cup's size is a figure)."""
    if mention.qualifier is not Qualifier.EQ or mention.amount.low != mention.amount.high:
        return False
    if not mention.text[:1].isdigit():
        return False
    before = text[max(0, mention.span[0] - 60) : mention.span[0]]
    if _PER_AFTER_FIGURE_RE.search(before) is None:
        return False
    if mention.dimension == "count":
        return True  # "per 100,000 queued URLs": what is counted is the base
    # "95 mg per 8-ounce cup", "80 mg per 250 mL can": a portion named, a figure of its own
    if re.match(r"-[A-Za-z]", text[mention.span[1] : mention.span[1] + 2]):
        return False  # "per 8-ounce cup"
    portion = _WORD_AFTER_RE.match(text, mention.span[1])
    return portion is None or portion["word"].lower() in _AFTER_A_BASE


def _status_code(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is a status or exit code (``examples.status_code``): a bare
    number, or one read with a plural's "s" as seconds ("404s")."""
    digits = re.match(r"\d+", mention.text)
    if digits is None:
        return False
    if mention.dimension == "count":
        # "A 429 Too Many Requests response": the code and its reason, no 429 requests
        code_end = mention.span[0] + digits.end()
        return status_phrase_after(text, code_end) and status_code(
            text, (mention.span[0], code_end)
        )
    rest = mention.text[digits.end() :]
    if rest not in ("", "s") and mention.amount.unit:
        return False
    return status_code(text, (mention.span[0], mention.span[0] + digits.end()))


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps one of the sorted, disjoint ``spans`` (those starting before
    its end, the last two of them: a number is never longer than two times)."""
    at = bisect.bisect_left(spans, (span[1], span[1]))
    return any(s < span[1] and span[0] < e for s, e in spans[max(0, at - 2) : at])


def _overlaps_any(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of ``spans``, in any order."""
    return any(start < span[1] and span[0] < end for start, end in spans)


def _said_of_requirement(text: str, draft: Draft, required: list[Requirement]) -> bool:
    """Whether a draft of advice in words says what a requirement right before it already says
    ("Python 3.9 or newer is required": "required" of "newer")."""
    if draft.label is None:
        return False
    start = draft.mention.span[0]
    return any(r.span[1] <= start and not text[r.span[1] : start].strip(" \t,") for r in required)


def _requirement_drafts(
    source: str, text: str, anchor_text: Text, index: TextIndex, found: list[Requirement]
) -> list[Draft]:
    """A draft per product version the text requires, supports or was tested on, under the
    product's subject of that role (``python-minimum-version``): one quantity in every
    document. In a changelog, one stated in an older release's section that a newer section
    states again (that product's version of that role) is that release's (``phase:
    previous``); one no newer section changes still holds ("## 1.4.0 ... a static binary for
    Windows 10 and newer"), unlike a setting's default of an older major version
    (``_history``): a changelog says when a requirement changes."""
    drafts = []
    sections = releases(text) if found else []
    at = [release_at(sections, r.span[0]) for r in found]
    for requirement, release in zip(found, at, strict=True):
        span = requirement.span
        amount = Amount(requirement.low, requirement.high, versions.UNIT)
        mention = Mention(span, text[slice(*span)], amount, requirement.qualifier, "version")
        start, end = _quote(text, anchor_text, span, index.around(span))
        restated = any(
            _restates(other, requirement) and other.span[0] < span[0] and seen != release
            for other, seen in zip(found, at, strict=True)
        )
        # Or told as what held then: "The Python SDK at this point required Python 3.7".
        old = (bool(release) and restated) or told_earlier(text, span, index.around(span).sentence)
        proposal = Proposal(
            requirement.subject_id,
            requirement.label,
            terms=(requirement.product, requirement.role, "version"),
            context={"phase": "previous"} if old else {},
        )
        quote = text[start:end]
        drafts.append(
            Draft(source, mention, quote, (start, end), proposal, version=requirement.value)
        )
    return drafts


def _lifecycle_drafts(source: str, text: str, anchor_text: Text, index: TextIndex) -> list[Draft]:
    """A draft per release the text says a thing of the code is removed, deprecated or added
    in (``changelog.lifecycles``), as a version under the thing's subject of that event:
    "`quick_ratio()` ... will be removed in 3.0" in a changelog and "quick_ratio() was removed
    in 2.3" in a reference are ``quick-ratio-removed-version`` = ``v3.0`` and ``v2.3``, which
    conflict (round 21's fennimatch d13); a deprecation is another event, another subject. A
    changelog's entries that say what a release added (``changelog.added_entries``) are
    additions in that release (round 31's quilldiff d12)."""
    drafts = []
    told = lifecycles(text)
    spans = [t.span for t in told]
    # A changelog's "- Added: word-level diffs" under "## 2.4.0": the release it was added in.
    told += [e for e in added_entries(text) if not _overlaps_any(e.span, spans)]
    for said in told:
        key = versions.key(versions.release(said.release))
        amount = Amount(key, key, versions.UNIT)
        mention = Mention(said.span, text[slice(*said.span)], amount, Qualifier.EQ, "version")
        start, end = _quote(text, anchor_text, said.span, index.around(said.span))
        terms: tuple[str, ...] = (said.thing, said.event, "version")
        if said.heading >= 0:  # "## 2.4.0 ... - Added: word-level diffs": the quote says both
            start = min(start, said.heading)
            terms = (*terms, CHANGELOG_ENTRY)  # kept where another page says it (grouping)
        proposal = Proposal(said.subject_id, said.label, terms=terms, context={})
        drafts.append(
            Draft(
                source, mention, text[start:end], (start, end), proposal, version=f"v{said.release}"
            )
        )
    return drafts


def _restates(newer: Requirement, older: Requirement) -> bool:
    """Whether a newer changelog section's requirement ``newer`` changes what ``older`` said:
    the same product's version of the same role, or a version of it dropped ("## [2.3.0] ...
    Dropped support for Python 3.8" above "## [1.4.0] ... Supports Python 3.7 and newer": the
    oldest Python is no longer 3.7; round 21's fennimatch l4)."""
    if newer.subject_id == older.subject_id:
        return True
    return newer.product == older.product and newer.role == "dropped" != older.role


def _history(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts with a setting's defaults in older releases' sections as history: a changelog
    lists the newest release first, so a newer release that speaks of the setting again states
    its current default ("## [3.0.0] ... Default --jobs raised from 4 to 8" above "## [2.0.0]
    ... Default --jobs is now 4": 4 is the previous default); an older major version's default
    ("## [1.4.0] ... Raised the default max_client_conn from 100 to 200" below "## [3.0.0]") is
    that release's, which later ones may have changed without saying so in those words. A
    default set in the newest major version that no newer release changes ("## [3.0.0] ...
    Batches are compressed with gzip by default" below "## [3.2.0]", which only adds "zstd as a
    value for compression") is still the current one."""
    sections: list[tuple[int, str]] | None = None
    result = []
    for draft in drafts:
        subject = draft.subject
        # A default in words ("Default pool_mode is now session") too: its family is "default".
        worded = draft.label is not None and subject.terms[:1] == ("default",)
        if (subject.setting and subject.role == "default") or worded:
            sections = releases(text) if sections is None else sections
            version = release_at(sections, draft.mention.span[0])
            names = subject.terms[1:] if worded else (subject.setting,)
            if (
                version
                and version != sections[0][1]
                and (
                    _major(version) != _major(sections[0][1])
                    or _restated_later(
                        text,
                        sections,
                        draft.mention.span[0],
                        names,
                        _RESTATED_WORDED_RE if worded else _RESTATED_RE,
                    )
                )
            ):
                context = {**subject.context, "phase": "previous"}
                subject = replace(subject, setting="", role="", context=context)
                draft = replace(draft, subject=subject)
        result.append(draft)
    return result


def _figures_restated(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts with a figure in an older release's section of a changelog as history
    (``phase: previous``) when a newer release's section states a figure of the same measure
    (one subject, one context) again: "## 2.3.0 ... a 10,000-page site now builds in 12 seconds"
    above "## 2.0.0 ... a 10,000-page site builds in 20 seconds" tells one page's history, and
    the newest figure is the one to meet a README's. A figure no newer section states again
    still holds, as a requirement does (``_requirement_drafts``). Settings' defaults are
    ``_history``'s; advice in words and versions are left alone."""
    sections: list[tuple[int, str]] | None = None
    newest: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}
    result = []
    for draft in drafts:
        subject = draft.subject
        if draft.label is not None or draft.version or subject.setting:
            result.append(draft)
            continue
        sections = releases(text) if sections is None else sections
        if len(sections) < 2:
            return drafts
        release = release_at(sections, draft.mention.span[0])
        if not release or subject.context.get("phase"):
            result.append(draft)
            continue
        key = (subject.id, tuple(sorted(subject.context.items())))
        first = newest.setdefault(key, release)
        if first != release:
            context = {**subject.context, "phase": "previous"}
            draft = replace(draft, subject=replace(subject, context=context))
        result.append(draft)
    return result


def _older_majors(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts with a figure in an older major version's section of a changelog as that
    release's (``phase: previous``), as ``_history`` takes an older major version's default:
    "## 0.9.0 ... First public release, with a default rate of 5 jobs per second" below "##
    2.4.0" tells what 0.9 had, not what a reference's "The default is 20 jobs per second" says
    of today (round 15's tallyq l2). Left alone: a year, which dates its event whatever the
    release; an elapsed time; the figures of a change ("raised from 128 to 256"), compared only
    with changes; advice in words; versions, which ``_requirement_drafts`` reads; and every
    figure of the newest major version, whose older releases' entries the answer keys read as
    current unless a newer one changes them (``_figures_restated``)."""
    sections: list[tuple[int, str]] | None = None
    result = []
    for draft in drafts:
        subject = draft.subject
        if (
            draft.label is not None
            or draft.version
            or draft.mention.dimension == "year"
            or draft.elapsed is not None
            or subject.context.get("phase")
            or subject.context.get(CHANGE)
        ):
            result.append(draft)
            continue
        # (Release headings only: "7.4 kW" opening a table cell's line is no release.)
        sections = release_headings(text) if sections is None else sections
        if len(sections) < 2:
            return drafts
        release = release_at(sections, draft.mention.span[0])
        if release and _major(release) != _major(sections[0][1]):
            context = {**subject.context, "phase": "previous"}
            draft = replace(draft, subject=replace(subject, setting="", role="", context=context))
        result.append(draft)
    return result


def _said_as_past(drafts: list[Draft]) -> list[Draft]:
    """The drafts with a setting's default that the one rule of history
    (``contexts.told_earlier``) said was so before some version or time ("Before 2.0,
    encryption was off by default", "Previously the default port was 8420"), taken out of the
    setting's default, as ``_history`` takes an older release's: what held before is not what
    the setting is unless set."""
    result = []
    for draft in drafts:
        subject = draft.subject
        worded = draft.label is not None and subject.terms[:1] == ("default",)
        earlier = subject.context.get("phase") == "previous"
        if earlier and ((subject.setting and subject.role == "default") or worded):
            subject = replace(subject, setting="", role="")
            draft = replace(draft, subject=subject)
        result.append(draft)
    return result


def _newest_release_level(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the level a change in a changelog's newest release
    brings ("## [2.6.0] ... Raised the maximum output dimension to 16384 px": what 2.6.0 has,
    as a reference page states it), not a change. An older release's "to" figure stays a
    change, since later releases may have changed it again."""
    if _TO_BEFORE_RE.search(text, max(0, start - 16), start) is None:
        return False
    sections = releases(text)
    return bool(sections) and release_at(sections, start) == sections[0][1]


def _major(version: str) -> str:
    """The major version of a release's version: "3" for "3.2.0"."""
    return version.split(".", 1)[0]


def _restated_later(
    text: str,
    sections: list[tuple[int, str]],
    position: int,
    names: Sequence[str],
    restated: re.Pattern[str],
) -> bool:
    """Whether a release above the one holding ``position`` names the setting ``names`` (a code
    name such as ``max-retries``, or a feature's stem such as ``compress``) in a sentence that
    states or changes a value."""
    held = max(start for start, _ in sections if start <= position)
    patterns = [
        re.compile(r"\b" + r"[-_\s]?".join(map(re.escape, re.split(r"[-_\s]+", name))), re.I)
        for name in names
        if name
    ]
    newer = text[sections[0][0] : held]
    return any(
        any(pattern.search(sentence) for pattern in patterns) and restated.search(sentence)
        for sentence in _SENTENCE_END_RE.split(newer)
    )


def _unit_of_setting(text: str, mention: Mention, setting: str, words: UnitWords) -> Mention | None:
    """A bare number of a setting whose name ends in a unit (``retention-days``,
    ``timeout-seconds``, ``max-size-mb``) read in that unit: "Default --retention-days is now
    14" is 14 days; else of a setting whose reference entry names one unit
    (``settings.entry_units``). None when neither gives a unit, or the number has a unit or a
    noun. A bare four-digit number read as a year is that unit too when the name ends in one:
    ``timeout_ms`` | int | 2000 is 2000 ms, not the year 2000."""
    year = mention.dimension == "year" and mention.text.isdigit()
    if year and not setting:
        row = table_row(text, mention.span[0])
        setting = "" if row is None else row.setting(text)
    if not setting or mention.noun:
        return None
    if not year and (mention.amount.unit or mention.dimension != "number"):
        return None
    low, high = mention.amount.low, mention.amount.high
    if "." in mention.text and 0 < low <= high < 1 and fraction_of_whole(text, mention.span):
        # ``retry_budget`` | 0.2 | "Largest share of calls that may be retries": 20 % of calls,
        # as prose says it ("at most 20% of calls may be retries").
        amount = Amount(round(low * 100, 9), round(high * 100, 9), "%")
        return replace(mention, amount=amount, dimension="share")
    unit = words.read(setting.rsplit("-", 1)[-1])
    if unit is None or unit.dimension not in _SETTING_UNIT_DIMENSIONS:
        # Else the unit its reference entry names: "--timeout SECONDS ... Default: 60",
        # "--max-size PX: Longest edge in pixels. Default: 2560" (a year keeps its reading).
        unit = None if year else _entry_unit(text, mention, words)
        if unit is None:
            return None
    amount = Amount(mention.amount.low, mention.amount.high, unit.text)
    return replace(mention, amount=amount, dimension=unit.dimension)


def _entry_unit(text: str, mention: Mention, words: UnitWords) -> Unit | None:
    """The one unit the reference entry of the figure names (``settings.entry_units``), else
    the one its page says its kind of setting is in (``settings.page_unit``), or None when it
    names none or several."""
    said = [words.read(w) or words.read(w.lower()) for w in entry_units(text, mention.span)]
    units = [u for u in said if u is not None]
    if not units:
        # The unit its page says all times (or sizes) are in: "All times are in seconds".
        unit = words.read(page_unit(text, mention.span))
        units = [] if unit is None else [unit]
    return units[0] if units and len({u.text for u in units}) == 1 else None


def _proposal(
    text: str, mention: Mention, where: Surroundings, vocabulary: Sequence[VocabularySubject]
) -> Proposal:
    """``propose``'s subject for a mention; for one number of a pair ("135/85 mmHg") the pair's
    subject, proposed from its whole surface, made that number's own (``_of_part``)."""
    if mention.whole is None:
        return propose(text, mention, where, vocabulary)
    whole = replace(mention, span=mention.whole, text=text[slice(*mention.whole)])
    return _of_part(propose(text, whole, where, vocabulary), mention.part)


def _of_part(proposal: Proposal, part: str) -> Proposal:
    """The subject of one number of a pair ("135/85 mmHg": ``part`` is ``systolic`` or
    ``diastolic``): its own subject, its own context, so that the two never compare. Its bound
    stays a bound ("180/120 or higher" is >=180 mmHg, as written), whatever words of a limit
    are near: a reading of 200 then agrees with a line drawn at 180 or higher, and two lines
    drawn at 180 and 200 or higher disagree."""
    return replace(
        proposal,
        bound_is_value=False,
        id=f"{proposal.id}-{part}",
        label=f"{proposal.label} ({part})",
        terms=(*proposal.terms, part),
        context={**proposal.context, "part": part},
    )


def stance_quote(text: str, anchor_text: Text, span: tuple[int, int]) -> tuple[int, int]:
    """The quote of advice for or against an action: the advice itself, widened only when the
    anchor would find the same words earlier in the text."""
    return _leading_here(text, anchor_text, span)


def _quote(
    text: str, anchor_text: Text, span: tuple[int, int], where: Surroundings
) -> tuple[int, int]:
    """The shortest quote around ``span`` that leads the anchor back to this very passage. A
    figure alone in a table's cell is quoted from its row's first cell ("memory_cost 65536 KiB",
    "timeout_ms int 2000"): the words either side of it are other cells and other rows'."""
    return _leading_here(
        text, anchor_text, _row_quote(text, span) or shortest_quote(text, span, where)
    )


#: The most words a cell may have for its figure to be quoted with its row's name: a value cell
#: ("65536 KiB", "4 lanes"), not a description whose sentence names its own figures.
_VALUE_CELL_WORDS = 4


def _row_quote(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """[start, end) from the first cell of the table row whose short cell holds ``span`` to that
    cell's end; None outside a table, in the row's first cell, or in a long cell."""
    placed = tables_of(text).at(span[0])
    if placed is None or placed.column == 0 or len(placed.cell.text.split()) > _VALUE_CELL_WORDS:
        return None
    first = placed.row_span[0]
    if first >= placed.cell.start:
        return None
    return first, max(placed.cell.end, span[1])


def _leading_here(text: str, anchor_text: Text, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` widened until the anchor finds its words here, not at an earlier identical
    passage (at most _WIDEN_TRIES times)."""
    start, end = span
    for _ in range(_WIDEN_TRIES):
        found = anchor_text.find(text[start:end])
        if found is None or found[0] == start:
            break
        start, end = widen(text, start, end)
    return start, end

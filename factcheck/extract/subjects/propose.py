"""Propose a subject for a mention: the same quantity across documents gets the same subject."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import snowballstemmer

from factcheck.extract.advice import Advice, advice_condition
from factcheck.extract.grouping import story
from factcheck.extract.ids import slug
from factcheck.extract.mentions import ages
from factcheck.extract.mentions.context import Surroundings, TextIndex, words
from factcheck.extract.mentions.find import Mention
from factcheck.extract.mentions.lexicon import past_participle, word_set
from factcheck.extract.mentions.units import family as unit_family
from factcheck.extract.subjects import counted
from factcheck.extract.subjects.cells import reading_of
from factcheck.extract.subjects.concepts import PREFIX as CONCEPT_PREFIX
from factcheck.extract.subjects.concepts import concepts, keyworded
from factcheck.extract.subjects.contexts import (
    age_range,
    alternative,
    among_ages,
    amount_basis,
    anecdote,
    comparative,
    context_of,
    flag_example,
    frequency_event,
    not_the_default,
    part_of,
    per_dose,
    protocol,
    readers_case,
    sized,
    special_case,
    specialty,
    suggested,
    suggestion,
    told_earlier,
    treated_condition,
)
from factcheck.extract.subjects.estimates import estimate_top
from factcheck.extract.subjects.examples import (
    accepted_bound,
    how_to_example,
    in_code_sample,
    in_example,
)
from factcheck.extract.subjects.labelwords import verb_like
from factcheck.extract.subjects.limits import bound_role
from factcheck.extract.subjects.naming import (
    Naming,
    counted_label,
    cut_label,
    duration_label,
    role_label,
    setting_label,
    subject_label,
)
from factcheck.extract.subjects.paraphrase import PEOPLE_NOUNS, canonical
from factcheck.extract.subjects.roles import POOLED_ROLES, ROLE_WORDS, population_of, role_of
from factcheck.extract.subjects.settings import (
    adjusted_next,
    column_role,
    entry_description,
    in_default_column,
    labelled_default,
    listen_port,
    named_before,
    previous,
    restates_default,
    served_at,
    setting_of,
    several_defaults,
    sole_in_row,
    table_row,
)
from factcheck.extract.subjects.spelling import american, american_words
from factcheck.extract.subjects.trials import enrolled
from factcheck.extract.subjects.wordings import idea_phrase, role_phrase
from factcheck.text.numbers.forms import WHOLE_WORDS
from factcheck.text.tables import tables_of
from factcheck.values.grammar import Qualifier
from factcheck.values.units import Conversion

#: The words of a setting's name that say it holds a limit of that kind ("max_line_bytes").
_BOUND_NAMES: dict[str, frozenset[str]] = {
    # (a timeout is the longest a thing may take: "raised if the whole document takes longer than
    # 60 seconds ... raise render_timeout")
    "maximum": frozenset({"max", "maximum", "limit", "cap", "timeout"}),
    "minimum": frozenset({"min", "minimum"}),
    "threshold": frozenset({"threshold", "timeout"}),
}
# Amounts taken or measured: their subjects are told apart by role (typical, standard, ...).
_DOSES = frozenset({"dose", "activity"})
_LEVELS = frozenset({"level", "concentration"})
_AMOUNTS = _DOSES | _LEVELS
_KEYWORD_WINDOW = 8
_CLOSE_WINDOW = 3
_STEM_LENGTH = 6
_MIN_KEYWORDS = 3
_NOUN_CLASSES = {
    **dict.fromkeys(PEOPLE_NOUNS, "people"),
    **dict.fromkeys(word_set("trials studies reviews analyses experiments"), "studies"),
}  # fmt: skip
_TRIAL_WORDS = word_set("trial trials study studies studied randomised randomized experiment")
_ADULTS = word_set("adult adults")
_STUDY_WORDS = word_set("trial trials study studies took taking participants")
_COMPARISON_WORDS = word_set("than vs versus compared over")
_CONDITION_RE = re.compile(
    r"\b(?:[a-z]+(?:itis|algia|osis|pathy|emia|oma|phrenia))\b|\bmultiple sclerosis\b|"
    r"\b(?:long covid|cancer|tumou?rs?|diabetes|depression|anxiety|migraine|obesity|asthma|"
    r"insomnia|dementia|alzheimer'?s?|parkinson'?s?|lupus|eczema|autism|alcoholism|crohn'?s|"
    r"hashimoto'?s|stroke|epilepsy|pain)\b|"
    # Acronyms only in capitals: "ms" is milliseconds and "pots" are pots.
    r"\b(?-i:MS|HIV|AIDS|COVID|PTSD|ADHD|POTS|COPD|IBS)\b",
    re.IGNORECASE,
)
_CONDITION_ALIASES = {"multiple sclerosis": "ms", "tumor": "cancer", "tumors": "cancer",
                      "tumour": "cancer", "tumours": "cancer"}  # fmt: skip
_FUNCTION_WORDS = word_set(
    "the a an of in on at to for with and or but that which who were was is are be been have "
    "has had will would can could may might their its his her they them it this these those "
    "by from as into than then so such also only just even about over under after before "
    "during per each every while when where there here some any all most more less very "
    "experienced reported showed saw seen said noticed went did do does got get people patients "
    "participants adults subjects women men children on average between against you your we "
    "our us now well still yet around roughly nearly approximately almost least"
)
_NOT_MEASURE = word_set("mg daily day week weeks percent")
#: A clause that opens with its verb has no subject of its own: "Turnout, measured as ballot
#: papers cast, was 63.2%", "The final bill, officials said on Monday, came to €41 million". Its
#: subject is the sentence's opening phrase, before the aside.
_VERB_FIRST_RE = re.compile(
    r"\s*(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be|now|then|finally|eventually|"
    r"stood\s+at|stands\s+at|came\s+to|comes\s+to|amounted\s+to|amounts\s+to|totall?ed|"
    r"reached|reaches|hit|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to|put\s+at|"
    r"estimated\s+at|about|around|roughly|nearly|almost|some|just|only|over|under)\s+)+\Z",
    re.IGNORECASE,
)
#: The longest opening phrase read as such a subject, in words: a noun phrase, not a clause.
_SUBJECT_WORDS = 5
_ASIDE_RE = re.compile(r"[,;:(\u2013\u2014]|\s-\s")
#: The dimension of advice in words (a label claim, see ``extract.advice``).
ADVICE_DIMENSION = "advice"


@dataclass(frozen=True)
class Proposal:
    """A proposed subject for one mention."""

    id: str
    """Subject id, e.g. ``dose-typical`` or ``share-fibromyalgia-significant-drop``."""
    label: str
    """Readable label for the claims file."""
    terms: tuple[str, ...] = ()
    """Key words that led to the proposal (written as the subject's ``terms``)."""
    context: dict[str, str] = field(default_factory=dict)
    """Context keys for the claim (``arm: placebo``)."""
    family: str = ""
    """Mentions of the same family in different documents may be grouped by their key words
    (see ``grouping``); "" for subjects that must stay as proposed (declared ones, amounts)."""
    condition: str = ""
    """The condition the figure is about, or ""."""
    keywords: tuple[str, ...] = ()
    """Stems of the content words around the mention, sorted."""
    context_words: tuple[str, ...] = ()
    """Stems of the other content words of its sentence, sorted (weaker evidence)."""
    population: str = ""
    """Who the figure is about when its clause says so (pregnancy, children, adults...), or ""."""
    role: str = ""
    """Which value of the quantity the words around it name (typical, maximum, toxic...), or ""."""
    shape: str = ""
    """How a share or count is stated: ``proportion`` ("57% of"), ``change`` ("by 30%"), the
    counted noun's class for counts, or ""."""
    pooled: bool = False
    """Mentions with this subject id are one quantity in every document (a typical dose)."""
    heading_words: tuple[str, ...] = ()
    """Stems of the content words of the section heading above it, sorted."""
    close_words: tuple[str, ...] = ()
    """Stems of the content words at most three words from the mention in its clause, sorted."""
    measure_words: tuple[str, ...] = ()
    """Stems of up to two words saying what is measured: after the number, else before it."""
    rates: tuple[Conversion, ...] = ()
    """Unit rates the subject declares (one IU is 0.025 µg), set by grouping."""
    setting: str = ""
    """The software setting whose value the figure states (``retention-days``, see
    ``settings``), or "": figures of two settings are never one quantity."""
    bound_is_value: bool = False
    """Whether the figure's bound is its value: a limit or threshold written as a bound ("files
    larger than 64 GiB are skipped" is a limit of 64 GiB; see ``limits``)."""
    estimate_top: bool = False
    """Whether the figure's upper bound is the top of an estimate, drafted as an approximation
    of its number ("up to 1,400 jobs are expected to go": ``~1400``; see ``estimates``)."""
    setting_in_words: bool = False
    """Whether the setting is named in words ("Default compression level"), not by its code
    name: such a name may be another's last words ("server port", ``port``)."""
    link_chance: float | None = None
    """The pair model's chance that the figure states the same quantity as its likeliest partner
    of another document under the same subject, set by grouping; None when no learned join put
    it beside another document's figure (alone, declared, or joined by a rule)."""
    concepts: tuple[str, ...] = ()
    """The measure concepts its words name (``subjects.concepts``), each also one of its key
    words (``~lasts``); no figure of an opposite concept joins it."""
    table_row: tuple[int, int] | None = None
    """The table of its document (counted in text order) and the row the figure's cell is in
    (``text.tables``), or None outside tables: two rows of one table are two things."""
    description: str = ""
    """The description of the reference entry its setting is named by its code in
    (``settings.entry_description``: a table row's description cell, the lines below a name
    line), or "": read while drafting, where the document's tables are known, for grouping."""
    per_mode: bool = False
    """Whether its setting's table row has two figures or more in its default cell, a default
    for each mode ("5432 / 3306" of PostgreSQL and MySQL: ``settings.several_defaults``)."""


@dataclass(frozen=True)
class VocabularySubject:
    """A subject already declared in a claims file, as the matcher needs it."""

    id: str
    label: str
    dimension: str
    terms: tuple[str, ...]


#: Spans of time money may be per whose price is a special case of a price ("10 pounds for a
#: full week" is no price of a session). A month's or a year's is how rents, subscriptions,
#: salaries and yearly events are priced bare too ("worth £14m a year" and "generated €21
#: million" of an annual festival), and stays general.
_SPANS = frozenset({"day", "night", "week"})


#: Spans of time a count may be per that make it a rate, never the count at one moment ("around
#: 40 ships a week" is no "31 ships were waiting at anchor") nor a count per another span
#: (periods are not converted: "up to 1,200 visitors a day" is a busy day's, no 365th of "250,000
#: visitors annually"). A year's is how counts of visitors, cases or passengers are told bare
#: ("80,000 visitors" of a museum's attendance), and stays general, as a year's price does.
_COUNT_SPANS = _SPANS | {"month", "season"}


def _count_per_span(mention: Mention) -> bool:
    """Whether ``mention`` is a count (or a bare number) per a span of ``_COUNT_SPANS``: "1,200
    containers a day", "40 cases per month", "take 2 a day"; not how often something is done
    ("three times a day", a label of its own), nor a number on a named scale."""
    if mention.per not in _COUNT_SPANS or mention.amount.unit:
        return False
    if mention.dimension == "count":
        return mention.noun.lower() not in _TIMES
    return mention.dimension == "number" and not mention.noun


#: Counted nouns of how often something is done: a frequency, not a count of things.
_TIMES = frozenset({"times", "time"})


def propose(
    text: str,
    mention: Mention,
    where: Surroundings,
    vocabulary: Sequence[VocabularySubject] = (),
) -> Proposal:
    """The subject for ``mention``: a declared one when the vocabulary fits, else a new one."""
    placed = tables_of(text).at(mention.span[0])
    cell = (
        reading_of(placed)
        if placed is not None and table_row(text, mention.span[0]) is None
        else None
    )
    if placed is not None and cell is not None:
        own = (placed.cell.start, placed.cell.end)
        rest = text[own[0] : mention.span[0]] + " " + text[mention.span[1] : own[1]]
        if any(_is_content(w) for w in words(rest)):
            # "1,200 spaces next to the east stand": a cell that names its figure in its own
            # words is read as a sentence is; only its column's context is the table's.
            cell = replace(cell, named="", measured="")
        else:
            # A bare figure ("€36.8m") is a clause of its own, its row a sentence, named by its
            # row's and column's headers.
            where = Surroundings(placed.row_span, own, where.heading, where.previous)
    # A phrase of a role or an idea reads a cell with its row before it ("Maintenance" / "3 to
    # 5 g a day").
    phrase_clause = (
        (where.sentence[0], where.clause[1]) if cell is not None and cell.named else where.clause
    )
    sentence = text[where.sentence[0] : where.sentence[1]]
    clause_before = text[where.clause[0] : mention.span[0]]
    opening = (
        cell.named
        if cell is not None and cell.named
        else _opening_subject(text, where, clause_before)
    )
    if opening:
        clause_before = f"{opening} {clause_before}"
    clause_after = text[mention.span[1] : where.clause[1]]
    # A group named after a later figure is that figure's ("4% of people on the drug and 3% of
    # those on placebo": 3% is the placebo's).
    later = _DIGIT.search(text, mention.span[1], where.clause[1])
    arm_end = later.start() if later else where.clause[1]
    # ... and one named after an earlier figure it is compared with is that figure's ("5.2 days,
    # against 7.4 days in the placebo group, cutting the average cold by 2.2 days").
    arm_start = max(
        mention.span[0] - 60, _after_compared_group(text, where.sentence[0], mention.span[0])
    )
    arm = _arm(words(text[arm_start:arm_end]), words(text[mention.span[1] : arm_end]))
    if cell is not None and "arm" in cell.context:
        arm = {"arm": "placebo"}  # the column of the placebo or control group
    declared = _match_vocabulary(mention, sentence, vocabulary)
    if declared is not None:
        return Proposal(declared.id, declared.label, declared.terms, arm)
    keywords = _keywords(text, mention.span, where.clause)
    if len(keywords) < _MIN_KEYWORDS:
        keywords = _keywords(text, mention.span, where.sentence)
    if opening:
        keywords = tuple(sorted({*keywords, *(_stem(w) for w in words(opening) if _is_content(w))}))
    if mention.noun and _is_content(mention.noun.lower()):
        # What a count counts is inside its own span ("23 stations"): its first key word.
        keywords = tuple(sorted({*keywords, _stem(mention.noun.lower())}))
    sentence_before = text[where.sentence[0] : mention.span[0]]
    # The surface's own words count too: "doses as low as 0.1 mg".
    # The answer to "How much should an adult take each day?" is about dosing too.
    question = text[where.previous[0] : where.previous[1]].strip()
    surface = words(mention.text)
    if mention.dimension == "duration":
        # "a full hour": the word says one whole unit, no standard amount ("a full dose").
        surface = [w for w in surface if w not in WHOLE_WORDS]
    role = role_of(
        words(sentence)
        + (words(question) if question.endswith("?") else [])
        + (words(cell.headers) if cell is not None and cell.named else []),
        # (a table's cell: its row's and column's headers before it, "Maintenance", "Maximum")
        words(
            f"{cell.ordered} {text[where.clause[0] : mention.span[0]]}"
            if cell and cell.named
            else text[where.clause[0] : mention.span[0]]
        )
        + surface,
        words(sentence_before),
        words(clause_after),
    )
    # "Files larger than 64 GiB are skipped": a limit of 64 GiB, whatever the words say.
    limit = bound_role(text, mention, where.clause, where.sentence[1])
    role = limit or role
    # "10 weeks in total", "for 8 weeks to begin with": a role said in other words (an upper
    # bound on an amount is still its maximum: "raise the daily total to as much as 3,200 mg").
    phrased = (
        ""
        if limit
        else role_phrase(text, mention.span, (phrase_clause, where.sentence[0]), mention.dimension)
    )
    upper = mention.qualifier in (Qualifier.LT, Qualifier.LE)
    # A study's amount is what it gave, whatever phase: "After that, participants took 5 g a day".
    studied_amount = mention.dimension in _AMOUNTS and bool(
        (_STUDY_WORDS | _TRIAL_WORDS) & set(words(sentence))
    )
    if phrased == "total" and role == "starting":
        role = phrased  # "from start to finish", "from beginning to end": a total's phrase
    elif not (upper and mention.dimension in _AMOUNTS) and not studied_amount:
        if phrased == "starting" and role in ("", "starting") and mention.dimension == "duration":
            # "for the first 6 weeks", "for 8 weeks to begin with" (a phrase with a role word):
            # how long the first phase lasts, not when something starts ("starting within 48
            # hours").
            role = "first-phase"
        role = role or phrased
    if (
        role == "starting"
        and mention.dimension == "money"
        and _PRICES_FROM_RE.search(clause_before)
    ):
        # "Season tickets will start from £395": the cheapest of the prices on offer, where
        # their range begins, not the price of a first phase ("start on the 21 mg patch" is).
        role = ""
    if role == "starting" and mention.dimension == "duration" and _initial_thing(clause_before):
        # "Its initial review lasts 30 working days": how long the first phase lasts, as
        # "Phase 1 review lasts up to 40 working days" says (``first-phase``).
        role = "first-phase"
    # "waits up to 30 seconds", "4 hours apart": what kind of span of time, in other words.
    idea = idea_phrase(text, mention.span, (phrase_clause, where.sentence[0]), mention.dimension)
    if idea:
        keywords = tuple(sorted({*keywords, f"~{idea}"}))
    # "covers about 16 hours", "keeps working for up to 24 hours": one measure in other words.
    concept_names = concepts(
        text, mention.span, (phrase_clause, where.sentence[0]), mention.dimension
    )
    if concept_names:
        keywords = tuple(
            sorted({*keywords, *(CONCEPT_PREFIX + c for c in keyworded(concept_names))})
        )
    condition = _condition(sentence, where.heading)
    # A condition named in the figure's own sentence makes an amount a special case of the
    # general one ("for migraine, 400-600 mg"); one only in the heading does not, nor pain, which
    # most doses of a pain killer are for.
    said_condition = _condition(sentence, "")
    said_condition = (said_condition if said_condition != "pain" else "") or specialty(sentence)
    parts: list[str] = [mention.dimension]
    shape = ""
    if mention.dimension == "count":
        parts += [condition, mention.noun]
        # People and studies are never the same count; other nouns ("2,400 homes", "2,400
        # rooftops") are told apart by the pair model, which weighs the nouns (counted_noun).
        shape = _NOUN_CLASSES.get(mention.noun, "") or (
            "people" if counted.people_like(mention.noun) else ""
        )
    elif mention.dimension == "year":
        parts += [condition, *_measure(words(clause_before), words(clause_after))[:1]]
    elif mention.dimension in _AMOUNTS:
        if mention.dimension in _LEVELS:
            # "below 20 ng/mL counts as deficiency", "at least 20 ng/mL is adequate", "a
            # threshold of 20 ng/mL": a bound on a measured level is one cut-off, whichever side.
            if role in ("minimum", "maximum") or (not role and mention.qualifier.bound):
                role = "threshold"
        else:
            # "under 200 mg a day", "no more than 400 mg", "guidance allowed up to 10,000 IU": an
            # upper bound on an amount is a limit, even where the sentence speaks of advice.
            if mention.qualifier in (Qualifier.LT, Qualifier.LE) and role in ("", "typical"):
                role = "maximum"
        studied = bool(_STUDY_WORDS & set(words(sentence)))
        if role in ("", "typical") and studied and condition:
            parts += [condition, "trial"]
            role = "trial"
        elif not role and _TRIAL_WORDS & set(words(sentence)):
            # "In a sleep-lab study, 400 mg ...": the amount a study gave, not a limit or a dose
            # to take.
            role = "trial"
            parts += _measure(words(clause_before), [])
        elif role:
            parts.append(role)
        else:
            parts += [condition] if condition else _measure(words(clause_before), [])
    elif mention.dimension == "duration" and condition and _STUDY_WORDS & set(words(sentence)):
        parts += [condition, "trial"]
    else:
        after = words(clause_after)
        before = words(clause_before)
        if mention.dimension == "share":
            # "57% of patients ..." (a proportion) vs "fell by 30%" (a change): other measures.
            shape = (
                "proportion" if after[:1] == ["of"] else "change" if before[-1:] == ["by"] else ""
            )
        # A number on a named scale ("at least SPF 30") measures what the scale's name says,
        # and its bound is a cut-off on that scale, as a level's is (whichever side); a mix
        # ("two parts browns to one part greens") measures the ratio of the two things.
        measured = [mention.noun] if mention.noun else _measure(before, after)
        if cell is not None and not mention.noun and _measure(words(cell.measured), []):
            # "Total cost | £610 million, including the river wall": the row names the figure.
            measured = _measure(words(cell.measured), [])
        if mention.dimension == "number" and mention.noun and role in ("minimum", "maximum", ""):
            role = "threshold"
        if mention.dimension == "ratio" and mention.noun:
            role = ""  # a mix's two names say what it is: "aim for" or "the rule" alike
        parts += [condition, role, shape, *(w for w in measured if w != role)]
    setting, in_words = (
        ("", False)
        if mention.dimension == "year"
        else setting_of(text, mention.span, where.clause, where.sentence)
    )
    # "`max_retries` does not count the first attempt. With the default of 8, ...": an unnamed
    # default is of the one setting the sentence before names, in its paragraph.
    if (
        not setting
        and role == "default"
        and mention.dimension != "year"
        and "\n\n" not in text[where.previous[0] : where.sentence[0]]
    ):
        setting = named_before(text, where.previous)
    if setting and role and not limit:
        # "The default max_packet_size is 256 MB", "the default packet limit is 1 GB": a role
        # word inside the setting's name names the setting, not which of its values is meant.
        named = set(setting.split("-"))
        role = role_of(
            *(
                [w for w in said if w not in named]
                for said in (
                    words(sentence) + (words(question) if question.endswith("?") else []),
                    words(text[where.clause[0] : mention.span[1]]),
                    words(sentence_before),
                    words(clause_after),
                )
            )
        )
    if setting and limit and _BOUND_NAMES.get(limit, frozenset()) & set(setting.split("-")):
        # "Lines longer than 32 KB are truncated ... raise max_line_bytes": the limit is what the
        # setting named by its bound holds unless changed, its default, not one of its values.
        role = "default"
    if setting and (restates_default(text, mention.span) or in_default_column(text, mention.span)):
        # "Lines longer than 100 characters are reported" in the row whose default cell is 100;
        # "4 MiB on average per chunk" in the default column: what the setting holds unless set.
        role = "default"
    if mention.dimension == "number" and listen_port(text, mention.span, setting, where.sentence):
        # "--listen ADDR: ... The default is :8088": the port the server listens on.
        setting, in_words = "port", True
    served = mention.dimension != "year" and served_at(text, mention.span, where.sentence)
    if served and "port" not in setting.split("-"):
        # "starts a preview server at http://localhost:8080", "listens on port 8088 unless you
        # pass a different port": the server's port (not a setting the next sentence names)...
        setting, in_words = "port", True
    if served and not role:
        role = "default"  # ... what it is unless changed
    served = served and in_words
    replaced = previous(text, mention.span, where.sentence[0])
    if replaced:
        # "now 5 (was 3)": the setting's history, not its value.
        setting, role = "", ""
    if setting and not role and not replaced:
        # "Default: 4"; "| `--jobs` | 4 |" under "| Option | Default |".
        role = (
            "default" if labelled_default(text, mention.span) else column_role(text, mention.span)
        )
    if (
        setting
        and not role
        and not replaced
        and not mention.direction
        and sole_in_row(text, mention.span)
    ):
        # "| history_days | Run history is kept for 14 days, then removed |": a reference row's
        # only figure, stated plainly, is what the setting holds unless changed (not a change
        # the row tells: "it doubles on each further attempt" is no default of 100 %).
        role = "default"
    if setting and not role and not replaced and adjusted_next(text, where.sentence[1]):
        # "Transfers that make no progress for 120 seconds are aborted. Raise --io-timeout": what
        # the setting does unless changed is its default.
        role = "default"
    if mention.words and not role and not replaced:
        # "runs one worker per CPU core": what is done unless changed, a setting's default.
        role = "default"
    if not role and not replaced and mention.dimension != "year" and _UNSET_RE.search(sentence):
        # "60 seconds unless you set it", "If you leave the statement timeout unset, ... after
        # 120 seconds": what holds while nobody sets the value is its default.
        role = "default"
    if setting and _ALWAYS_RE.search(text, where.clause[0], mention.span[0]):
        # "Bits per sample for integer PCM output. Default: 16. Float output is always written
        # as 32-bit float": a value that holds whatever the setting is, no value of it.
        role = "fixed"
    if setting:
        # A setting's figures are told apart by the setting and their role, not their words.
        parts = [mention.dimension, role, setting]
        # (a port the sentence names by its server is no word of it: "metrics on port 9188"
        # shares no key word with "serve listens on 8088 by default")
        keywords = tuple(sorted({*keywords, *([] if served else setting_stems(setting))}))
    if arm:
        parts.append("placebo")
    parts = [p for p in parts if p]
    subject_id = slug("-".join(parts))
    # A setting names its measure ("Default retry initial backoff", "Max retries"); other key
    # words take the dimension's word ("Crohn remission share").
    named_as = " ".join(parts[1:] if setting else [*parts[1:], mention.dimension]).split("-")
    keywords_label = " ".join(dict.fromkeys(" ".join(named_as).split())).capitalize()
    clause = words(text[where.clause[0] : where.clause[1]])
    # A trial's size counts whom it took: of children and adults ("followed 240 children and
    # adults") it is no children's figure, and meets another page's "in 310 patients".
    trial_size = mention.dimension == "count" and enrolled(text, mention.span, where.sentence)
    # The group right after a share is its own ("22% of men and 14% of women": the men's).
    after = words(text[mention.span[1] : mention.span[1] + 40])[:3]
    own_group = population_of(after[1:], []) if after[:1] == ["of"] else ""
    population = (
        ""
        if trial_size and _ADULTS & set(words(sentence))
        else own_group or population_of(clause, words(sentence_before))
    )
    if cell is not None:
        population = cell.population or population
    naming = Naming(mention.dimension, role, condition, population, bool(arm))
    if mention.dimension in _AMOUNTS and role:
        # A typical, maximum or trial dose is one quantity across documents: named by its role.
        label = role_label(naming)
    else:
        label = subject_label(
            text, mention.span, (where.clause, where.sentence), naming, keywords_label
        )
        # What a reader reads first: a count says what it counts, a setting names its setting,
        # a long label ends with its first clause (labels31; ids and grouping do not read it).
        if mention.dimension == "count" and not setting:
            label = counted_label(text, mention.span, mention.noun, label)
        if mention.dimension == "duration" and not setting:
            opens = where.clause[0]
            if text[opens - 2 : opens + 1][:1].isdigit() and text[opens : opens + 1].isdigit():
                opens = where.sentence[0]  # a clause cut at the comma of "10,000-line files"
            label = duration_label(text, opens, mention.span, label)
        if setting:
            line = text.rfind("\n", 0, mention.span[0]) + 1
            near = text[min(line, where.clause[0]) : where.clause[1]]
            label = setting_label(label, keywords_label, setting, near)
        label = cut_label(label)
    # A count's class of noun splits families outright; a share's shape ("57% of", "by 30%") is only
    # kept apart from another shape, not from a share written without one ("9% faster").
    family_shape = shape if mention.dimension == "count" else ""
    family = f"{unit_family(mention.dimension)}|{family_shape}|{bool(arm)}"
    pooled = mention.dimension in _AMOUNTS and role in POOLED_ROLES and parts[-1] == role
    context = context_of(
        dimension=mention.dimension,
        role=role,
        sentence_condition=said_condition,
        population=population,
        clause=clause,
        sentence=words(sentence),
        # "enrolled 186 lifters aged 18 to 45": the ages say whom a trial took, not a group in it.
        ages=""
        if trial_size
        else age_range(
            text,
            mention.span,
            where.clause,
            where.sentence,
            claimed=mention.dimension == ages.DIMENSION
            and ages.claimed(text, mention.span, (where.clause, where.sentence)),
        )
        or among_ages(text, mention.span, where.sentence),
        earlier=told_earlier(text, mention.span, where.sentence),
        example=not_the_default(text, mention.span)
        or in_example(text, mention.span, where.sentence)
        or (bool(setting) and role != "default" and suggested(text, mention.span, where.sentence)),
        told=anecdote(text, mention.span, where.sentence),
        dose=per_dose(text, mention.span),
    )
    if "basis" not in context and alternative(text, mention.span, where.sentence):
        # "If your kidneys do not work well, we may start at 50 mg a day instead": one case's.
        context["basis"] = "alternative"
    if replaced or (mention.dimension != "year" and comparative(text, mention.span)):
        # "EBIT of EUR 38.9 million (EUR 33.1 million)": the same period a year before.
        context["phase"] = "previous"
    if cell is not None and "phase" in cell.context:
        context["phase"] = cell.context["phase"]
    if context.get("basis") != "example" and (
        in_code_sample(text, mention.span) or how_to_example(text, mention.span, where.sentence)
    ):
        # A README's configuration sample, "to serve on port 9000, set ...", "Here we stop at
        # zoom 16": one reader's choice, kept apart from the default and from another example.
        context["example"] = " ".join(mention.text.split())
    if accepted_bound(text, mention.span):
        # "A `max_zoom` above 22 is now rejected": the range a setting accepts, not its value.
        context["accepted"] = "bound"
    if mention.dimension != "year":
        # "In dev mode, max_memory defaults to 64 MiB": dev mode's figure, not the default.
        context.update(special_case(text, mention.span, where.sentence, subject_id))
        context.update(_look_alike(text, mention, where, role, context))
        part = part_of(text, mention.span, where.clause)
        if part and not setting:
            # "Marrowby Royal Infirmary alone admitted 140 patients": one part's, not the whole's.
            context["part"] = part
        size = sized(text, mention.span, where.sentence, measured=bool(mention.amount.unit))
        if size:
            # "a 10,000-page site now builds in 12 seconds": that size's time, and the size.
            context["size"] = size
    if mention.dimension in story.MEASURED:
        general = story.general_class(text, mention.span, where.sentence)
        if general:
            # "adult humpbacks can weigh 30 tonnes or more and reach 15 metres in length": the
            # species' figure, never a measure of the one animal the story is about.
            context["class"] = general
    if mention.dimension == "money" and mention.per in _SPANS:
        # "10 pounds for a full week", "£15 a day": the price of a span, never of one of
        # what it buys ("Sessions cost 2.50 pounds").
        context["per"] = mention.per
    basis = amount_basis(text, mention.span, where.clause, mention.dimension)
    if basis and "per" not in context and not mention.per:
        # "up to 12 g of lactose at one time", "3,000 FCC units each", "4.8 g of lactose per
        # 100 ml": one sitting's, one item's, a unit amount's; never a day's or a meal's.
        context["per"] = basis
    if _count_per_span(mention):
        # "around 40 ships a week" is a rate: never the count at one moment ("31 ships were
        # waiting at anchor"), nor a count per another span ("40 cases per month").
        context["per"] = mention.per
    on_scale = mention.dimension == "number" and bool(mention.noun)
    measured_words = (
        [mention.noun] if on_scale else _measure(words(clause_before), words(clause_after))
    )
    return Proposal(
        subject_id,
        label,
        tuple(parts[1:]),
        {**context, **arm},
        family,
        condition,
        keywords,
        _context_words(text, where, question, keywords),
        population,
        role,
        shape,
        pooled,
        tuple(sorted({_stem(w) for w in words(where.heading) if _is_content(w)})),
        _keywords(text, mention.span, where.clause, _CLOSE_WINDOW),
        tuple(sorted({_stem(w) for w in measured_words})),
        setting=setting,
        setting_in_words=in_words,
        concepts=tuple(concept_names),
        table_row=None if placed is None or cell is None else (placed.number, placed.row),
        description=entry_description(text, mention.span[0]) if setting and not in_words else "",
        per_mode=bool(setting) and several_defaults(text, mention.span[0]),
        # "At least SPF 30": a bound on a named scale is the cut-off, the figure's value.
        bound_is_value=((bool(limit) or on_scale) and mention.qualifier is not Qualifier.EQ)
        or _cap_by_default(text, mention, where, role),
        estimate_top=estimate_top(text, mention, where, role, setting),
    )


#: "Up to 8 jobs run in parallel by default", "at most 4 retries by default": a cap said with
#: what holds unless changed.
_CAP_SAID_RE = re.compile(
    r"^(?:up\s+to|at\s+most|(?:longer|more|larger|bigger|greater|higher|heavier)\s+than)\b",
    re.IGNORECASE,
)
_BY_DEFAULT_RE = re.compile(r"\bby\s+default\b", re.IGNORECASE)


def _cap_by_default(text: str, mention: Mention, where: Surroundings, role: str) -> bool:
    """Whether an upper bound is the value of a cap the software holds by default: "Up to 8
    jobs run in parallel by default; further jobs wait in a queue" states that the cap is 8 (a
    reference's "Maximum number of jobs that may run at the same time. Default: 4" disagrees),
    not a range of counts that 4 lies in; so does "By default no single field may be longer
    than 131,072 characters" (a limit said of none, against a FAQ's "defaults to 65,536
    characters"). The bound opens the figure ("up to", "at most", "longer than" read as at
    most) and its clause says "by default"."""
    return (
        role == "default"
        and mention.qualifier is Qualifier.LE
        and _CAP_SAID_RE.match(mention.text) is not None
        and _BY_DEFAULT_RE.search(text, where.clause[0], where.clause[1]) is not None
    )


def _opening_subject(text: str, where: Surroundings, clause_before: str) -> str:
    """The sentence's opening phrase when the figure's clause opens with its verb after an
    aside ("Turnout, measured as ..., was 63.2%": "Turnout"), else ""."""
    if where.clause[0] <= where.sentence[0] or not _VERB_FIRST_RE.match(clause_before):
        return ""
    aside = _ASIDE_RE.search(text, where.sentence[0], where.clause[0])
    if aside is None:
        return ""
    opening = text[where.sentence[0] : aside.start()]
    said = words(opening)
    if not said or len(said) > _SUBJECT_WORDS or _DIGIT.search(opening):
        return ""
    return opening


def _context_words(
    text: str, where: Surroundings, question: str, keywords: tuple[str, ...]
) -> tuple[str, ...]:
    """Stems of the other content words of the sentence; in a short answer to a question ("How
    long does it stay in the body? Roughly 40 minutes.") also of the question."""
    sentence = text[where.sentence[0] : where.sentence[1]]
    found = {_stem(w) for w in american_words(words(sentence)) if _is_content(w)}
    if len(found) < _MIN_KEYWORDS and question.endswith("?"):
        found |= {_stem(w) for w in words(question) if _is_content(w)}
    return tuple(sorted(found - set(keywords)))


def _keywords(
    text: str, span: tuple[int, int], within: tuple[int, int], window: int = _KEYWORD_WINDOW
) -> tuple[str, ...]:
    """Stems of the content words within ``window`` words of the mention, inside ``within``."""
    # (American "meter" of a device and "program" of software keyed apart: see ``spelling``.)
    before = american_words(words(text[max(within[0], span[0] - 80) : span[0]]))
    after = american_words(words(text[span[1] : min(within[1], span[1] + 80)]))
    chosen = {_stem(w) for w in (*before[-window:], *after[:window])
              if _is_content(w) or _CONDITION_RE.fullmatch(w)}  # fmt: skip
    return tuple(sorted(chosen))


#: Words before a condition that make it a harm, not what an amount is for.
_HARM_RE = re.compile(
    r"\b(?:cause[sd]?|causing|lead\s+to|leads\s+to|led\s+to|risk\s+of|trigger[s]?)\s+"
    r"(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


def _condition(sentence: str, heading: str) -> str:
    """The condition a figure is about: specific names first, sentence before heading."""
    found = [
        m.group().lower()
        for text in (sentence, heading)
        for m in _CONDITION_RE.finditer(text)
        # "too much zinc can cause anaemia": a harm the amount risks, not what it is for.
        if not _HARM_RE.search(text, max(0, m.start() - 30), m.start())
    ]
    specific = [f for f in found if f != "pain"] or found
    if not specific:
        return ""
    name = specific[0].replace("’", "'").removesuffix("'s").removesuffix("'")
    return _CONDITION_ALIASES.get(name, name)


def _look_alike(
    text: str, mention: Mention, where: Surroundings, role: str, context: dict[str, str]
) -> dict[str, str]:
    """The context a figure's sentence gives that sets it apart from a look-alike (``contexts``):
    a suggestion, a flag's example value, the condition a course treats, a study's protocol."""
    found: dict[str, str] = {}
    if "basis" not in context:
        if mention.dimension in _PROTOCOL_DIMENSIONS and protocol(
            text, mention.span, where.clause, where.sentence[0]
        ):
            found["basis"] = "study"
        elif suggestion(text, mention.span, where.sentence):
            found["basis"] = "suggestion"
    flag = "" if role == "default" else flag_example(text, mention.span, where.sentence)
    if flag:
        found["example"] = flag
    event = frequency_event(text, mention.span, where.clause)
    if event and mention.dimension == "duration":
        found["event"] = event
    if "condition" not in context and mention.dimension == "duration":
        condition = treated_condition(text, mention.span, where.sentence)
        if condition:
            found["condition"] = condition
    if "condition" not in context and "condition" not in found and "population" not in context:
        case = readers_case(text, mention.span, where.sentence)
        if case:
            found["condition"] = case  # "If you take blood thinners, ... 10 minutes"
    return found


#: Dimensions of what a study's participants did (how often, how long, how much).
_PROTOCOL_DIMENSIONS = frozenset({"duration", "dose", "activity", "number"})


def _measure(before: list[str], after: list[str]) -> list[str]:
    """Up to two content words saying what is measured: after the number first, else before."""
    after_words = after
    if after_words[:1] == ["of"]:
        # "57% of fibromyalgia patients had a significant drop": skip the population.
        after_words = after_words[1:]
    content_after = [w for w in after_words if _is_content(w)]
    if content_after:
        return content_after[:2]
    content_before = [w for w in before if _is_content(w)]
    return content_before[-2:]


@lru_cache(maxsize=1 << 16)
def _is_content(word: str) -> bool:
    return (
        len(word) > 2
        and word not in ROLE_WORDS
        and word not in _FUNCTION_WORDS
        and word not in _NOT_MEASURE
        and not _CONDITION_RE.fullmatch(word)
    )


#: Words between a figure and "placebo" after it that make the figure a comparison with the
#: placebo group ("fell by 18% compared with the control group"), not that group's figure.
_AFTER_COMPARISON = frozenset({"than", "versus", "vs", "compared", "against"})
_DIGIT = re.compile(r"\d")
#: A value that holds whatever is set: "is always written as 32-bit float".
_ALWAYS_RE = re.compile(r"\b(?:is|are)\s+always\b", re.IGNORECASE)
#: What says a value holds while nobody sets it: "unless you set it", "unless you pass a
#: different port", "unless you ask for something else", "unless configured otherwise", "if
#: you leave it unset", "when omitted".
_UNSET_RE = re.compile(
    r"\bunless\s+(?:you\s+|it\s+is\s+|it's\s+)?(?:set|change|override|configure|specify|pass|"
    r"give|provide|choose|select|raise|lower|ask\s+for|request)(?:s|d|n|ed)?\b"
    r"|\bunless\s+(?:set|configured|overridden|changed|specified)\s+otherwise\b"
    r"|\b(?:leave|leaves|left)\s+(?:\S+\s+){0,4}?unset\b"
    r"|\b(?:if|when|while)\s+(?:(?:\S+\s+){0,3}?(?:is|are)\s+|it's\s+)?(?:unset|"
    r"not\s+set|omitted|left\s+out|not\s+specified)\b",
    re.IGNORECASE,
)


def _arm(context: list[str], after: list[str]) -> dict[str, str]:
    """``{"arm": "placebo"}`` when the figure belongs to a placebo or control group; ``after``
    are the words of its clause after it, up to the next figure (``context`` too ends there)."""
    for index, word in enumerate(after):
        # "8 minutes faster than those on placebo", "fell by 18% compared with the control
        # group": the figure compares with placebo.
        if word in ("placebo", "control") and _AFTER_COMPARISON & set(after[:index]):
            return {}
    for index, word in enumerate(context):
        if word == "control" and not _control_arm(context, index):
            continue
        if word in ("placebo", "control") and (
            index == 0 or context[index - 1] not in _COMPARISON_WORDS
        ):
            if index >= 2 and context[index - 2] in ("compared", "than"):
                continue
            if _alternative(context, index):
                continue
            return {"arm": "placebo"}
    return {}


def _initial_thing(clause_before: str) -> bool:
    """Whether the last word of starting before a duration in its clause is "initial" before a
    noun ("Its initial review lasts", "an initial course of"): the first phase of a thing, whose
    length the duration is, not when something starts ("starting within 48 hours")."""
    said = words(clause_before)
    starts = [i for i, word in enumerate(said) if word in _STARTING_WORDS]
    return bool(starts) and said[starts[-1]] == "initial" and starts[-1] + 1 < len(said)


_STARTING_WORDS = word_set("start starting begin beginning initial initially")
#: A price's range said by where it starts, right before the price: "will start at £28",
#: "start from £395", "starting at $9 a month".
_PRICES_FROM_RE = re.compile(
    r"\b(?:start|starts|starting|begin|begins|beginning)\s+(?:at|from)\s+(?:just\s+|only\s+)?\Z",
    re.IGNORECASE,
)
#: Nouns after "control" that make it a trial's arm: "the control group", "control patients".
_GROUP_NOUNS = word_set(
    "group groups arm arms participants patients subjects volunteers cohort condition"
)


def _control_arm(context: list[str], index: int) -> bool:
    """Whether the "control" at ``index`` names a trial's control arm ("in the control group",
    "5.1 kg on control"), not a verb or another noun: "Together the two companies would control
    a combined 22% of the national grocery market", "remains out of control", "Cache-Control:
    max-age=3600"."""
    following = context[index + 1 : index + 2]
    return bool(following and following[0] in _GROUP_NOUNS) or context[index - 1 : index] == ["on"]


def _alternative(context: list[str], index: int) -> bool:
    """Whether the placebo at ``index`` is one of the two things a trial gave ("randomised ...
    to 60 mg of iron daily or a placebo for 12 weeks", "to placebo or 40 mg"): it names both
    arms, and the dose and the trial's length beside it are no placebo group's."""
    before = context[max(0, index - 2) : index]
    return (
        before[-1:] == ["or"] or before == ["or", "a"] or context[index + 1 : index + 2] == ["or"]
    )


#: A figure compared with one named after it as the placebo or control group's, up to the end
#: of its clause: "against 7.4 days in the placebo group,", "compared with 0.5 kg on placebo;".
_COMPARED_GROUP_RE = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|than)\s+[^,;\d]{0,20}\d[^,;]*?"
    r"\b(?:placebo|control)\b[^,;]*[,;]",
    re.IGNORECASE,
)


def _after_compared_group(text: str, start: int, at: int) -> int:
    """Where the words that may name a figure's group begin: ``start`` (its sentence's), or
    after the last clause before ``at`` in which an earlier figure, compared with, is named the
    placebo's
    ("1.9 kg in the creatine group against 0.5 kg in the placebo group, a difference of 1.4
    kg": the difference is the trial's, not the placebo group's)."""
    found = [m.end() for m in _COMPARED_GROUP_RE.finditer(text, start, at)]
    return found[-1] if found else start


def _match_vocabulary(
    mention: Mention, sentence: str, vocabulary: Sequence[VocabularySubject]
) -> VocabularySubject | None:
    """The declared subject of the same dimension sharing the most key words, if any."""
    if not vocabulary:
        return None
    present = {_stem(w) for w in words(sentence)}
    best: tuple[int, str] | None = None
    chosen = None
    for subject in vocabulary:
        if subject.dimension != mention.dimension:
            continue
        score = len(_subject_keys(subject) & present)
        if score and (best is None or (score, subject.id) > best):
            best, chosen = (score, subject.id), subject
    return chosen


@lru_cache(maxsize=1 << 12)
def _subject_keys(subject: VocabularySubject) -> frozenset[str]:
    """Stems of a declared subject's terms and label: once per subject, not once per mention."""
    return frozenset(_stem(w) for text in (*subject.terms, subject.label) for w in words(text))


@lru_cache(maxsize=1 << 16)
def setting_stems(setting: str) -> frozenset[str]:
    """The key-word stems of a setting's name (``retention-days``: ``retent``, ``day``); its
    prepositions and articles are no key words (``memory-per-worker``: ``memori``, ``worker``'s
    stem), as they are none of prose."""
    return frozenset(_stem(w) for w in setting.split("-") if w and w not in _NAME_FUNCTION_WORDS)


#: Words of a setting's name that say nothing of which setting: "per" of ``memory-per-worker``.
_NAME_FUNCTION_WORDS = frozenset({"per", "of", "for", "to", "in", "on", "by", "the", "a", "an"})


def content_stems(text: str) -> frozenset[str]:
    """The key-word stems of ``text``'s content words: a reference entry's description ("Number
    of chunks uploaded in parallel": ``chunk``, ``upload``, ``parallel``)."""
    return frozenset(_stem(w) for w in american_words(words(text)) if _is_content(w))


def stem(word: str) -> str:
    """The stem key words are matched on (see ``_stem``)."""
    return _stem(word)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A stem so that "typically", "typical" and "starting", "start" meet; generic measurement
    words meet their synonyms ("eased", "relief")."""
    same = canonical(word)
    if same is not None:
        return same
    # "centres" and "centers", "hospitalised" and "hospitalized": one word in two spellings.
    word = american(word)
    same = canonical(word)
    if same:
        return same
    # "died" and "deaths" meet on their event's key word, stemmed as any word is: "booked" and
    # "bookings" (key "booking") still meet "book".
    word = counted.event_key(word) or word
    # "pregnancy"/"pregnant", "caffeinated"/"caffeine" meet on 6 letters of their stems.
    stem: str = _ENGLISH.stemWord(word)
    return stem[:_STEM_LENGTH]


#: The Snowball English (Porter 2) stemmer: suffixes by the rules of English words, so that
#: "reapply" keeps its "-ly" and "opened" meets "open".
_ENGLISH = snowballstemmer.stemmer("english")


#: Subject ids and labels of advice in words, by family (see ``extract.advice``); settings' ids
#: and labels name the setting.
_ADVICE_SUBJECTS = {
    "time": ("time-of-day", "Time of day to take it"),
    "frequency": ("how-often", "How often to take it"),
    "food": ("with-food", "With or without food"),
    "route": ("route", "How it is taken"),
    "storage": ("storage", "Where to store it"),
    "swallow": ("swallow", "How to swallow it"),
    "ask first": ("see-a-doctor-first", "Whether to see a doctor before starting"),
    "prescription": ("prescription", "Whether it needs a prescription"),
    "default": ("default-{}", "Default of {}"),
    "required": ("required-{}", "Whether {} is required"),
    "light": ("light-{}", "Sun or shade for the {}"),
    "wetness": ("state-{}", "Dry or damp {} when applied"),
    "price": ("price-{}", "Whether {} is free"),
    "order": ("order-{}", "Which comes first: {}"),
    "exit code": ("exit-code-{}", "Exit code for {}"),
    "status code": ("status-code-{}", "Status code for {}"),
    "error code": ("error-code-{}", "Error code for {}"),
    "works": ("works-{}", "Whether it works: {}"),
    "switch": ("switch-{}", "Whether to have {} on or off"),
    "event": ("on-{}", "What it does with work in hand on {}"),
    "side": ("side-{}", "Which side to lie on: {}"),
    "manner": ("manner-{}", "How to behave: {}"),
    "drying": ("drying", "How to dry it"),
}


#: Families whose topic is a word of plain English, not a setting's name: a capital is the
#: sentence's, not the word's.
_PLAIN_WORDS = frozenset(
    {
        "price",
        "wetness",
        "light",
        "exit code",
        "status code",
        "error code",
        "works",
        "switch",
        "side",
        "manner",
    }
)
#: Families whose advice holds no condition: what an exit code means says when it is given, and
#: what a signal does is said of the signal ("lets running jobs finish before it exits").
_NO_CONDITION = frozenset({"exit code", "status code", "error code", "event"})
#: A pack's state that storage advice holds for: "once opened", "after opening", "unopened".
_OPENED = re.compile(
    r"\b(?:(?:once|after|when|since)\s+(?:(?:it|they|the\s+\w+)\s+(?:is|are|has\s+been|have\s+"
    r"been)\s+)?(?P<o1>open(?:ed|ing)?)|(?P<o2>unopened|in\s+use))\b",
    re.IGNORECASE,
)


def _done_by_default(shown: str) -> bool:
    """Whether a default's topic as written is a verb's past form ("refused", "stripped"), one
    word, not a setting's or feature's name ("compression", "TLS")."""
    return shown.isalpha() and past_participle(shown.lower()) and verb_like(shown)


def propose_advice(text: str, advice: Advice, index: TextIndex) -> Proposal:
    """The subject and context of a piece of advice in words: one subject per family (per
    setting in software documentation), so that every document's advice of one family is
    compared; special cases get context keys as figures do (see ``contexts``), and advice that
    holds only "when" or "if" something is so gets that as its condition."""
    where = index.around(advice.span)
    sentence = text[where.sentence[0] : where.sentence[1]]
    clause = words(text[where.clause[0] : where.clause[1]])
    before = words(text[where.sentence[0] : advice.span[0]])
    subject_id, label = _ADVICE_SUBJECTS[advice.family]
    if advice.family == "frequency" and advice.topic:
        # How often to follow an instruction is one quantity per verb ("turn", "water").
        subject_id, label = "how-often-{}", "How often to {}"
    if advice.family == "time" and advice.topic:
        # When in the day to follow an instruction is one per verb ("water in the evening").
        subject_id, label = "time-of-day-{}", "Time of day to {}"
    topic = advice.topic.replace("-", " ")
    # The setting as the sentence writes it ("TLS", not "tls"), in the label only.
    # (a feature's stem names it: "compress" is written "Compression")
    written = re.search(rf"\b{re.escape(topic)}\w*", sentence, re.IGNORECASE) if topic else None
    shown = written.group() if written and advice.family != "frequency" else topic
    if advice.family in _PLAIN_WORDS and shown[1:].islower():
        shown = shown.lower()  # "Entry will remain free": "Whether entry is free"
    if advice.family == "order":
        shown = " or ".join(advice.topic.split("-", 1))  # "measure or medicine"
    if advice.family == "default" and _done_by_default(shown):
        # "Inputs larger than 64 MiB are refused by default": what is done, not a setting's
        # name (*Refused by default*, was *Default of refused*)
        subject_id, label, shown = "default-{}", "{} by default", shown[:1].upper() + shown[1:]
    said_condition = _condition(sentence, "")
    said_condition = (said_condition if said_condition != "pain" else "") or specialty(sentence)
    if advice.family == "storage":
        # "Refrigerate after opening", "once the pack is open": how to keep an opened pack.
        opened = _OPENED.search(sentence)
        state = "" if opened is None else "unopened" if opened["o2"] == "unopened" else "opened"
        said_condition = said_condition or state
    if advice.family in _NO_CONDITION:
        said_condition = ""
    if advice.family == "default" and advice.condition:
        # "The development server shows drafts by default": the default of that part
        said_condition = advice.condition
    if advice.family in ("works", "manner"):
        # "not effective once indoor temperatures go above 35°C": the case it is said in
        said_condition = advice.condition
    context = context_of(
        dimension=ADVICE_DIMENSION,
        role="",
        sentence_condition=said_condition
        or (
            ""
            if advice.family in _NO_CONDITION
            else advice_condition(text, index, advice.span, advice.topic)
        ),
        population=population_of(clause, before),
        clause=clause,
        sentence=words(sentence),
        label=True,
        # "Before 2.0, encryption was off by default": history, not today's default.
        earlier=told_earlier(text, advice.span, where.sentence),
    )
    # "In dev mode persistence is off": dev mode's, not the default.
    context.update(special_case(text, advice.span, where.sentence, None))
    return Proposal(
        subject_id.format(advice.topic),
        label.format(shown),
        (advice.family, *([topic] if topic else [])),
        context,
        pooled=True,
    )

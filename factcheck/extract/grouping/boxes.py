"""A page's key-facts box and its body: one count stated in both.

News pages and incident updates often open with a box of facts, one "Label: value" a line
("At a glance / Area burned: 14,200 hectares / Homes destroyed: 83 / Aircraft in use: 24 planes
and helicopters"), which the body states again in prose ("18 aircraft are supporting ground
crews"). A box line's count and the body's count of the thing its label names are one quantity:
the same value is a restatement, another value the page contradicting itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from factcheck.extract.grouping.twice import CONTRAST_CLASSES
from factcheck.extract.mentions.find import Mention
from factcheck.extract.mentions.labelline import label_line
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.propose import stem

#: The most words of a box line's label ("Ballot papers cast at polling stations and by post").
_LABEL_WORDS = 10
#: Lines of a box, one after the other: fewer is a label or two in prose ("Note: ...").
_BOX_LINES = 3
#: Words of a label that name no thing counted.
_LABEL_STOP = frozenset(
    {"in", "on", "of", "the", "a", "an", "and", "or", "at", "to", "for", "by", "from", "under",
     "over", "per", "use", "total", "number", "current", "latest", "so", "far"}
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")


def box_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of the page's key-facts boxes, as (start, end, the stem of the label's head,
    its first word that names a thing, or ""): runs of ``_BOX_LINES`` or more "Label: value"
    lines, one after the other."""
    return [(start, end, _head(label)) for start, end, label in box_labels(text)]


def box_labels(text: str) -> list[tuple[int, int, str]]:
    """The lines of the page's key-facts boxes (see ``box_lines``), as (start, end, the label as
    written: "Detour for drivers")."""
    runs: list[list[tuple[int, int, str]]] = []
    for start, end in _lines(text):
        head = label_line(text, start, words=_LABEL_WORDS, colon=True)
        if head is None or not head.label[0].isupper() or not text[head.value : end].strip():
            # A box's label is capitalised (a config file's "port: 5514" is no fact box).
            head = None
            if not _FIGURED_LABEL.match(text, start, end):
                continue
        # A label with a figure ("Maximum in 24 hours: 200 mg") is a line of the box too, though
        # its own label is no measure's name in words.
        line = (start, end, head.label if head else "")
        if runs and text[runs[-1][-1][1] : line[0]].strip("\r") == "\n":
            runs[-1].append(line)
        else:
            runs.append([line])
    return [line for run in runs if len(run) >= _BOX_LINES for line in run if line[2]]


#: A box line whose label holds a figure: "Maximum in 24 hours: 200 mg", "- Cost in 2024: £3m".
_FIGURED_LABEL = re.compile(
    r"[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?[A-Z][A-Za-z'’/(), -]*\d[\w'’/(), .-]*"
    r"(?:\*\*|__)?:(?:\*\*|__)?[ \t]+\S"
)


def _lines(text: str) -> list[tuple[int, int]]:
    """Where each line of ``text`` starts and ends (its line break or the text's end)."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    return [
        (start, nxt - 1) for start, nxt in zip(starts, [*starts[1:], len(text) + 1], strict=True)
    ]


def _head(label: str) -> str:
    """The stem of a label's head: "Aircraft in use" aircraft, "Votes cast at polling stations"
    vote (not station: the label counts votes)."""
    for word in _WORD.findall(label):
        if len(word) > 2 and word.lower() not in _LABEL_STOP:
            return stem(word.lower())
    return ""


def _counted(text: str, mention: Mention) -> str:
    """The stem of the noun a figure counts: its counted noun, else the word right after it
    ("18 aircraft are supporting")."""
    if mention.noun:
        return stem(mention.noun.split()[-1].lower())
    after = (
        _WORD.match(text, mention.span[1] + 1)
        if text[mention.span[1] : mention.span[1] + 1] == " "
        else None
    )
    return stem(after.group(0).lower()) if after else ""


def boxed_counts(text: str, mentions: Sequence[Mention | None]) -> list[tuple[int, list[int]]]:
    """Each count of a box line that is its line's only one, with the counts of the page's
    body (outside every box) of the thing its label names: (box figure, body figures), by
    index in ``mentions``. ``None`` stands for a figure that is no count (not weighed)."""
    lines = box_lines(text)
    if not lines:
        return []
    starts = [start for start, _, _ in lines]

    def line_of(mention: Mention) -> int | None:
        """The index of the box line the figure stands on (lines in text order)."""
        at = bisect_right(starts, mention.span[0]) - 1
        return at if at >= 0 and mention.span[0] < lines[at][1] else None

    on_line: dict[int, list[int]] = {}
    by_noun: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention is None:
            continue
        line = line_of(mention)
        if line is None:
            by_noun.setdefault(_counted(text, mention), []).append(index)
        else:
            on_line.setdefault(line, []).append(index)
    # A head two lines share does not say which line a body's count restates ("Homes
    # destroyed: 83", "Homes damaged: 41").
    heads = Counter(head for _, _, head in lines)
    return [
        (figures[0], by_noun.get(lines[line][2], []))
        for line, figures in on_line.items()
        if len(figures) == 1 and lines[line][2] and heads[lines[line][2]] == 1
    ]


#: Words news pages and fact sheets use for one measure or its thing, in a box's label and in
#: prose (general English, not one page's): a box's "Detour for drivers" is prose's "diversion"
#: for "traffic", "Repair bill" the "cost of rebuilding". Each set is one measure word.
_MEASURE_SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "detour detours diversion diversions diverted rerouted reroute bypass",
        "bill bills cost costs costing price priced expense expenses outlay tab charge",
        "repair repairs repaired rebuild rebuilding rebuilt reconstruction restore "
        "restoration fix fixing clearing clean-up cleanup",
        "buried bury burying covered covering smothered blocked swamped engulfed",
        "road roads carriageway roadway highway motorway route street lane",
        "driver drivers motorist motorists traffic vehicles cars motoring",
        "toll deaths death dead killed fatalities fatality died lives",
        "injured injuries injury hurt wounded casualties",
        "turnout voters voter voted ballots cast",
        "home homes house houses dwellings properties property buildings",
        "destroyed razed flattened wrecked demolished lost",
        "damaged damage",
        "evacuated evacuees evacuation evacuations displaced",
        "wind winds gust gusts",
        "peak highest maximum top strongest",
        "rain rainfall precipitation downpour",
        "burned burnt scorched charred blackened",
        "debris rock rocks mud soil spoil rubble material",
        "staff workers employees crew crews personnel firefighters",
        "aircraft planes helicopters",
        "fine fines penalty penalties",
        "residents inhabitants population locals people",
        "visitors attendance crowd spectators attendees fans",
        "missing unaccounted",
        "rescued saved",
        "jobs posts positions roles",
        "funding grant grants aid",
        "closure closed shut",
        "height tall high",
        "depth deep",
        "length long",
        "width wide across",
        "area acreage",
        "speed fast",
        "distance away far",
        "dose doses dosing tablet tablets pill pills capsule capsules puff puffs",
        "minimum least lowest",
    )
)
#: Each measure word's stem, to the stems of its set.
_SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _MEASURE_SYNONYMS:
    _stems = frozenset(stem(w) for w in _group)
    for _word in _stems:
        _SYNONYMS[_word] = _SYNONYMS.get(_word, frozenset()) | _stems
#: Words of a label that name no measure: how sure ("Estimated"), how counted ("Total").
_LABEL_GENERIC = _LABEL_STOP | frozenset(
    {"estimated", "estimate", "approximate", "approx", "overall", "expected", "reported",
     "official", "initial", "about", "with", "all", "its", "their", "our", "between", "after",
     "before", "into", "within", "each", "every"}
)  # fmt: skip
#: Labels of a part of another line's whole ("Of which children:", "Including minors:") or of
#: one period among others ("This year:", "Last season:"): which prose figure they restate is
#: not for their words to say.
_PART_OR_PERIOD = re.compile(
    r"^(?:of\s+(?:which|whom|them|these)|including|incl|among\s+them|excluding|plus)\b|"
    r"\b(?:year|years|month|months|week|weeks|season|seasons|last|previous|prior|next|former|"
    r"yesterday|today|tomorrow|annual|annually|daily|weekly|monthly)\b",
    re.IGNORECASE,
)


def measure_words(label: str) -> list[frozenset[str]] | None:
    """The measure words of a box line's label, each as the stems it may be written with:
    "Detour for drivers" the detour's and the drivers' sets. None for a label of a part or of
    one period, or with no measure word."""
    if _PART_OR_PERIOD.search(label):
        return None
    found = []
    for word in _WORD.findall(label):
        lower = word.lower()
        if len(lower) < 3 or lower in _LABEL_GENERIC:
            continue
        key = stem(lower)
        found.append(_SYNONYMS.get(key, frozenset({key})))
    return found or None


def says_measure(words: list[frozenset[str]], stems: frozenset[str], every: bool = False) -> int:
    """How many of a label's measure words ``stems`` (of a clause of prose) says, in any of their
    forms; 0 unless it says them all (one word more than two may go unsaid: "Homes destroyed"
    is no "homes damaged", but a long label's prose may leave a word out; not with ``every``:
    a page's "construction jobs over the four years of works" is not its box's "Construction
    jobs at the peak of the works")."""
    said = sum(1 for forms in words if forms & stems)
    needed = len(words) - 1 if len(words) > 2 and not every else len(words)
    return said if said >= needed else 0


#: Words of a label that name the kind of its value's unit, not a thing the prose must say: a
#: "Minimum time between doses" is said by a duration ("at least 2 hours after the first one").
_UNIT_KIND_WORDS: dict[str, frozenset[str]] = {
    "duration": frozenset(
        stem(w)
        for w in word_set("time times interval intervals gap gaps wait duration period delay")
    ),
}
#: Words near a figure of prose that give another year's, place's or phase's figure than a box
#: line's (unless its label says them too): "Construction jobs: 1,600" is not "1,200 jobs in
#: the first phase" nor "2,000 jobs at the old site".
_ANOTHER = frozenset(
    (CONTRAST_CLASSES["another time"] - {"before", "after", "later", "next"})
    | {"old", "existing"}
    | CONTRAST_CLASSES["another place"]
    | CONTRAST_CLASSES["another owner"]
    | CONTRAST_CLASSES["change"]
    | CONTRAST_CLASSES["comparison"]
    | {"phase", "phases", "stage", "stages", "part", "parts", "each", "per"}
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def long_label(label: str) -> bool:
    """Whether a box line's label is a noun phrase of ``_LONG_WORDS`` words (2 to 8): one that
    names a measure in words ("Construction jobs at the peak of the works", "Minimum time
    between doses"), not a bare noun ("Aircraft", read by ``boxed_counts``)."""
    return _LONG_WORDS[0] <= len(label.split()) <= _LONG_WORDS[1]


_LONG_WORDS = (2, 8)


def label_measure(label: str, dimension: str) -> list[frozenset[str]] | None:
    """A box label's measure words (``measure_words``) that prose must say of a figure of
    ``dimension``: without the words that name the dimension's kind of unit ("time" of a
    duration). None where ``measure_words`` gives none or only such words remain."""
    words = measure_words(label)
    if words is None:
        return None
    kind = _UNIT_KIND_WORDS.get(dimension, frozenset())
    kept = [forms for forms in words if not forms & kind]
    return kept or None


def another(label: str, clause: str) -> str:
    """A word of a prose figure's clause that gives another year's, place's, phase's or owner's
    figure than a box line of ``label`` ("in 2019", "the old site", "the first phase", "rival"),
    unless the label says it too; or ""."""
    said = {w.lower() for w in _WORD.findall(label)} | set(_YEAR.findall(label))
    for year in _YEAR.findall(clause):
        if year not in said:
            return str(year)
    for word in _WORD.findall(clause):
        lower = word.lower()
        if lower in _ANOTHER and lower not in said:
            return str(lower)
    return ""


#: Label words a bound says: "at least 2 hours" says a "Minimum time", "no more than 200 mg" a
#: "Maximum dose".
_BOUND_WORDS = {
    ">": frozenset(stem(w) for w in ("minimum", "least", "lowest")),
    "<": frozenset(stem(w) for w in ("maximum", "highest", "most")),
}


def bound_words(qualifier: str) -> frozenset[str]:
    """The stems of the label words a figure's bound says (``qualifier`` as written: ">=", "<"),
    or none."""
    return _BOUND_WORDS.get(qualifier[:1], frozenset())

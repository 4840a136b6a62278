"""Roles and phases said in other words: the English ways of naming one value of a quantity.

Writers seldom name a role with the one word ``roles`` reads ("total", "initial", "timeout"):
"That makes 10 weeks in total" and "So the whole thing takes 12 weeks" both state a total; "for
the first 6 weeks" and "for 8 weeks to begin with" both a starting phase; "waits up to 30
seconds to acquire a lock" and "the lock timeout is 10 seconds" both a timeout. Each class below
lists the phrases of one role or idea, written from general English, not from any one document:

- a **role** (which value of a quantity the figure is) takes the figure's role slot when no role
  word of ``roles`` names one, and counts as that role does (in the subject id, the pair
  features, the pooled amounts, the ``phase: starting`` context);
- an **idea** (what kind of span of time the figure is: a timeout, how long
  something lasts, a gap between two things, a delay) is one key word of the figure, so two
  documents' figures that say one idea in other words share it.

A phrase counts when it stands in the figure's clause within ``_REACH`` characters of it with no
other figure between; a ``before`` phrase only right before the figure ("for the first 6
weeks", "waits for 30 seconds", "leave 2 hours"), with at most a qualifier between ("leave at
least 2 hours", "waits up to 30 seconds"). An interval class ("every 2 hours") was tried and
left out: a page that states one interval usually states several (docs/extract.md).
``speaking`` gives every class a phrase of which speaks of a figure, not only the nearest: the
measure concepts of ``concepts`` are read with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: How far (in characters) a phrase may stand from the figure in its clause.
_REACH = 40
#: What may stand between a ``before`` phrase and its figure: a qualifier or an article.
_BETWEEN_RE = re.compile(
    r"\s*(?:(?:up\s+to|at\s+(?:least|most)|about|around|roughly|approximately|some|"
    r"nearly|almost|just|only|over|under|more\s+than|less\s+than|a|an|the|for)\s+)*\Z",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
#: A sentence's opening words up to a comma, short enough to be one phrase ("At first,").
_OPENER_RE = re.compile(r"\s*(?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+,\s*\Z")
#: A clause end after a phrase that must close its clause ("in all." but not "in all patients").
_END = r"(?=\s*(?:[,.;:)!?\n]|\Z))"


@dataclass(frozen=True)
class PhraseClass:
    name: str
    dimensions: frozenset[str]
    """The dimensions whose figures it may describe (empty: any)."""
    near: re.Pattern[str] | None
    before: re.Pattern[str] | None


def _pattern(*phrases: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b(?:{p})" for p in phrases), re.IGNORECASE)


_DURATION = frozenset({"duration"})
_WHOLE_THINGS = (
    r"thing|course|programme|program|process|plan|project|treatment|taper|journey|trip|route|"
    r"ride|run|job|build|cycle|regime|regimen|schedule|works|lot|stretch|scheme"
)
#: Roles said in other words, by the role they name.
ROLE_CLASSES: tuple[PhraseClass, ...] = (
    PhraseClass(
        "total",
        frozenset(),
        _pattern(
            r"in\s+total\b",
            rf"in\s+all{_END}",
            r"all\s+told\b",
            r"all\s+in\s+all\b",
            r"altogether\b",
            rf"overall{_END}",
            rf"combined{_END}",
            r"(?:from\s+)?start\s+to\s+finish\b",
            r"(?:from\s+)?beginning\s+to\s+end\b",
            r"(?:from\s+)?end[\s-]+to[\s-]+end\b",
            rf"(?:the\s+)?(?:whole|entire|complete|full)\s+(?:{_WHOLE_THINGS})\b",
            r"totals?\b|totall?ing\b|totall?ed\b",
            r"adds?\s+up\s+to\b|added\s+up\b",
            r"grand\s+total\b|in\s+sum\b|cumulative(?:ly)?\b",
        ),
        None,
    ),
    PhraseClass(
        "starting",
        frozenset(),
        _pattern(
            r"to\s+(?:begin|start)\s+with\b",
            # (a role word of ``roles`` too, which reads no opening phrase: "Initially, ...")
            r"initially\b",
            r"at\s+(?:first|the\s+start|the\s+outset|the\s+beginning)\b",
            r"in\s+the\s+beginning\b",
            r"early\s+on\b",
            r"for\s+starters\b",
            r"(?:the\s+)?(?:first|opening|initial)\s+(?:phase|stage|step)\b",
            r"(?:step|stage|phase)\s+(?:1|one)\b(?!\s*\d)",
            r"starter\s+(?:dose|phase|pack)\b",
            r"kick\s+off\s+with\b|begin\s+on\b|start\s+(?:off\s+)?on\b",
        ),
        None,
    ),
    # How long the first phase lasts: "for the first 6 weeks", "the opening weeks take 2 weeks";
    # for an amount "in the first week" says when, not a starting dose.
    PhraseClass(
        "starting",
        _DURATION,
        _pattern(
            r"(?:the\s+)?(?:first|opening|early|initial)\s+(?:few\s+)?(?:days?|weeks?|months?|"
            r"fortnight)\b",
            r"week\s+(?:1|one)\b(?!\s*\d)",
        ),
        _pattern(r"(?:for|in|during|over)\s+the\s+first(?:\s+few)?"),
    ),
    PhraseClass(
        "maintenance",
        frozenset(),
        _pattern(
            r"maintenance\b",
            r"(?:to\s+)?maintain(?:s|ed|ing)?\b",
            r"(?:to\s+)?keep\s+(?:\w+\s+)?(?:up|topped\s+up)\b|keeping\s+(?:\w+\s+)?up\b",
            r"top(?:ped)?\s+up\b",
            r"after\s+that\b|thereafter\b|from\s+then\s+on\b|from\s+there\s+on\b",
            r"afterwards?\b|after\s+(?:the\s+)?loading\b|once\s+loaded\b",
        ),
        None,
    ),
)
#: Ideas of a span of time said in other words: one key word each.
IDEA_CLASSES: tuple[PhraseClass, ...] = (
    PhraseClass(
        "timeout",
        _DURATION,
        _pattern(
            r"time[\s-]?outs?\b|times\s+out\b|timed\s+out\b|timing\s+out\b",
            r"(?:waits?|waiting|waited)\s+(?:for\s+)?(?:up\s+to|at\s+most|no\s+(?:more|longer)\s+"
            r"than)\b",
            r"(?:gives?|giving|gave)\s+up\b",
            r"stops?\s+waiting\b|(?:aborts?|aborted|aborting)\b",
            r"(?:is|are|gets?)\s+(?:cancell?ed|killed|abandoned)\b",
            r"deadline\b",
        ),
        _pattern(r"(?:waits?|waiting|wait)(?:\s+for)?"),
    ),
    PhraseClass(
        "gap",
        _DURATION,
        _pattern(
            rf"apart{_END}",
            r"gap\b|gaps\b",
            r"(?:space|spaced|spacing|separate|separated)\b",
            r"between\s+(?:the\s+)?(?:two|doses|them|each)\b",
        ),
        _pattern(r"(?:leave|allow|wait)(?:\s+at\s+least)?"),
    ),
    PhraseClass(
        "lasts",
        _DURATION,
        _pattern(
            r"(?:lasts?|lasted|lasting)\b(?!\s+(?:year|month|week|time)\b)",
            r"life\s*spans?\b|life\s+expectancy\b|lifetime\b|(?:service|useful|working)\s+life\b",
            r"keeps?\s+working\b|stays?\s+(?:effective|active|working)\b",
            r"wears?\s+off\b|wore\s+off\b",
            r"(?:effect|protection|relief|cover)\s+(?:lasts|holds)\b",
        ),
        None,
    ),
    PhraseClass(
        "delay",
        _DURATION,
        _pattern(
            r"behind\s+schedule\b",
            r"later\s+than\s+(?:first\s+|originally\s+|initially\s+)?(?:planned|scheduled|"
            r"promised|expected)\b",
            r"(?:delayed|postponed|pushed\s+back|set\s+back|slipped)\s+by\b",
            r"delays?\b|overdue\b|late\b",
        ),
        None,
    ),
)


def role_phrase(
    text: str, span: tuple[int, int], where: tuple[tuple[int, int], int], dimension: str
) -> str:
    """The role a phrase of ``ROLE_CLASSES`` names for the figure at ``span`` of a ``dimension``;
    ``where`` is the figure's clause and its sentence's start; or ""."""
    return _found(ROLE_CLASSES, text, span, where, dimension)


def idea_phrase(
    text: str, span: tuple[int, int], where: tuple[tuple[int, int], int], dimension: str
) -> str:
    """The idea a phrase of ``IDEA_CLASSES`` names for the figure at ``span`` (as
    ``role_phrase``), or ""."""
    return _found(IDEA_CLASSES, text, span, where, dimension)


def speaking(
    classes: tuple[PhraseClass, ...],
    text: str,
    span: tuple[int, int],
    where: tuple[tuple[int, int], int],
    dimension: str,
) -> list[str]:
    """The names of every class of ``classes`` a phrase of which speaks of the figure at ``span``
    (as ``role_phrase``, but all of them, not only the nearest)."""
    clause = _clause(text, where)
    return [
        found.name
        for found in classes
        if not (found.dimensions and dimension not in found.dimensions)
        and _gap(found, text, span, clause) is not None
    ]


def _clause(text: str, where: tuple[tuple[int, int], int]) -> tuple[int, int]:
    """The clause a phrase must stand in: the figure's, or its sentence's from the start when
    the sentence opens with a short phrase set off by a comma."""
    clause, sentence_start = where
    # "At first, use it for 6 weeks", "All told, that is 10 weeks": an opening phrase set off
    # by a comma speaks of its sentence's first clause.
    opener = _OPENER_RE.match(text, sentence_start, clause[0])
    if opener and text[sentence_start : clause[0]].count(",") == 1:
        return (sentence_start, clause[1])
    return clause


def _found(
    classes: tuple[PhraseClass, ...],
    text: str,
    span: tuple[int, int],
    where: tuple[tuple[int, int], int],
    dimension: str,
) -> str:
    """The class of the nearest phrase that speaks of the figure at ``span``, or ""."""
    clause = _clause(text, where)
    best: tuple[int, str] | None = None
    for found in classes:
        if found.dimensions and dimension not in found.dimensions:
            continue
        gap = _gap(found, text, span, clause)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, found.name)
    return best[1] if best else ""


def _gap(
    found: PhraseClass, text: str, span: tuple[int, int], clause: tuple[int, int]
) -> int | None:
    """How far the nearest phrase of ``found`` that speaks of the figure stands from it."""
    start, end = span
    if found.before is not None:
        window_start = max(clause[0], start - _REACH)
        for match in found.before.finditer(text, window_start, end):
            # (the figure's own words may hold it: "every two hours" read as one duration)
            if match.start() >= start or (
                match.end() <= start and _BETWEEN_RE.match(text, match.end(), start)
            ):
                return 0
    if found.near is None:
        return None
    nearest: int | None = None
    # (the whole clause is searched, so that a phrase that must close its clause sees its end)
    for match in found.near.finditer(text, clause[0], clause[1]):
        if match.end() <= start:
            between = text[match.end() : start]
        elif match.start() >= end:
            between = text[end : match.start()]
        else:
            between = ""  # inside the figure's own words
        if _DIGIT_RE.search(between) or len(between) > _REACH:
            continue
        if nearest is None or len(between) < nearest:
            nearest = len(between)
    return nearest

"""An upper bound that is the top of an estimate, not a limit (upto23).

"Up to 1,400 head office jobs are expected to go" tells how many jobs one event will cost, and
its figure is 1,400: the writer's estimate, said as its upper end. Read as the bound ``<=1400``
it would agree with any smaller figure, so another page's "around 900 head-office roles" would
lie inside it; the keys' readers count the two as a disagreement (so do "the Phase 1 review
lasts up to 40 working days" against "Its initial review lasts 30 working days", "One tablet
keeps working for up to 24 hours" against "only covers you for about 16 hours", "as many as one
tick in four carries Lyme" against "Around 4% of ticks"), and "Up to a third of users get some
redness" against "31% of participants" as an agreement. Such a figure is drafted as an
approximation of its number (``~1400``), which a point near it agrees with and one further off
contradicts.

A bound stays a bound when it says what may or can be (a permission or a capacity: "they can
live up to 8 years", "Flag keys may be up to 64 characters", "able to carry up to 280
passengers", "payloads of up to 256 KiB are accepted"), when its words are those of a limit
("no more than", "at most", "a maximum of", "capped at"), when its role is a limit or a
setting's value (an amount's maximum, "take up to 4.5 mg a day"; a total, a threshold, a
default), for a software setting or a size in bytes, and for a change ("rose as much as 6.2% in
early trading").
"""

from __future__ import annotations

import re

from factcheck.extract.mentions.context import Surroundings
from factcheck.extract.mentions.find import Mention
from factcheck.values.grammar import Qualifier

#: The words that open an estimate's top: "up to", "as many as", "as much as".
_TOP_RE = re.compile(r"^(?:up\s+to|as\s+many\s+as|as\s+much\s+as)\b", re.IGNORECASE)
#: Before the figure in its clause, what may or can be, or a limit named: a permission or a
#: capacity ("can live up to", "may be up to", "is allowed up to", "a limit of up to").
_PERMITTED_BEFORE_RE = re.compile(
    r"\b(?:can|cannot|can['’]t|may|able|allow(?:s|ed|ing)?|let(?:s|ting)?|permit(?:s|ted)?|"
    r"accept(?:s|ed|ing)?|limit(?:s|ed)?|max|maximum|cap(?:s|ped)?|ceiling|capacity|safe|"
    r"include(?:s|d)?|including)\b",
    re.IGNORECASE,
)
#: A verb of capacity right before the figure: "The stadium holds up to 50,000", "seats up to
#: 120" (not "hold your breath for up to 10 seconds").
_CAPACITY_RE = re.compile(
    r"\b(?:hold(?:s|ing)?|carr(?:y|ies|ying)|seat(?:s|ing)?|fit(?:s|ting)?|"
    r"accommodat(?:e|es|ing)|sleep(?:s|ing)?|store(?:s)?)\s+\Z",
    re.IGNORECASE,
)
#: After the figure in its clause: "Task payloads up to 1 MB are accepted", "Up to 8 jobs can
#: run in parallel" (not "may have", an estimate: "up to 200 homes may have been flooded").
_PERMITTED_AFTER_RE = re.compile(
    r"\b(?:can|cannot|can['’]t|may(?!\s+have\b)|accepted|allowed|permitted|supported|"
    r"available|fine|safe|ok|okay|limit|maximum|max|cap)\b",
    re.IGNORECASE,
)
#: Room for a count of things: "a multi-purpose area for up to 4 bicycles", "$49 per month for
#: up to 10 seats" (not a verb's "keeps working for up to 70 washes").
_ROOM_FOR_RE = re.compile(r"\b(?![a-z]+ing\b)[a-z]+\s+for\s+\Z", re.IGNORECASE)
#: A question of what can be, which a short answer's figure answers: "How many outputs can one
#: host run? Up to 4."
_CAN_QUESTION_RE = re.compile(r"\b(?:can|could|may)\b[^?]*\?[\s*_]*\Z", re.IGNORECASE)
#: Roles of a limit or of a setting's value, which their bound states ("take up to 4.5 mg a
#: day" is a maximum; "up to six puffs in total" a total).
_LIMIT_ROLES = frozenset({"maximum", "minimum", "threshold", "default", "total", "target", "toxic"})
#: Sizes in bytes are limits of software ("Lines up to 64 KiB are accepted as they are").
_LIMIT_DIMENSIONS = frozenset({"data"})


def estimate_top(text: str, mention: Mention, where: Surroundings, role: str, setting: str) -> bool:
    """Whether the figure's upper bound is the top of an estimate of one quantity ("up to 1,400
    head office jobs are expected to go"): drafted as ``~1400``, not ``<=1400`` (see the
    module's docstring for what stays a bound)."""
    if (
        mention.qualifier is not Qualifier.LE
        or _TOP_RE.match(mention.text) is None
        or mention.direction
        or setting
        or role in _LIMIT_ROLES
        or mention.dimension in _LIMIT_DIMENSIONS
    ):
        return False
    start, end = where.clause
    if (
        _PERMITTED_BEFORE_RE.search(text, start, mention.span[0])
        or _CAPACITY_RE.search(text, start, mention.span[0])
        or (mention.dimension == "count" and _ROOM_FOR_RE.search(text, start, mention.span[0]))
        or _PERMITTED_AFTER_RE.search(text, mention.span[1], end)
    ):
        return False
    opens = not text[where.sentence[0] : mention.span[0]].strip(" \t\n*_")
    asked = text[where.previous[0] : where.previous[1]]
    return not (opens and _CAN_QUESTION_RE.search(asked))

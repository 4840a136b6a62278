"""A relative change said as a multiple, drafted in the one form a percentage says it in.

"Ambulance calls were 35% higher than in a normal July week" and "were nearly double those in
an ordinary July week" state one quantity, the change from a baseline: the first is drafted as
``35%`` with the context ``change: up`` (``news.py``'s direction). A multiple that says a change
is drafted the same way, as the percent change it is, its direction kept:

- a multiple said as a change ("doubled", "tripled", "rose sixfold", "a fourfold increase") or
  as a comparison with a baseline ("nearly double those in an ordinary week", "twice as many",
  "eight times the risk", "three times higher than"): the multiple ``m`` is a rise of
  ``(m - 1) * 100 %`` (doubled is ``100%`` up, "sixfold" ``500%`` up);
- a fall said as a multiple ("halved", "fell threefold", "three times lower"): what is left is
  ``1 / m`` of the baseline (or ``m`` when below 1), a fall of the rest (halved is ``50%``
  down, "fell threefold" ``66.7%`` down);
- a fall *to* a fraction in words ("fell to a third of its level", "cut to half"): ``66.7%``
  and ``50%`` down, where "fell by a third" stays the ``33.3%`` it says.

A multiple that is no change of a measure stays a ratio: "twice a day" (a count), "double the
dose", "eight times the daily requirement" (an amount named by another, no baseline word), and
so does a share ("35% of patients"), a bound of a range ("up to 40%") and percentage points.
What the change is measured against (the baseline, "than last year", "the 2019 figure") stays
in the sentence's words, which name the subject and group it (``subjects``, ``grouping``).
`check` reads the multiple back from the quote (``check.anchor``, ``as_change``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.mentions.find import Mention
from factcheck.values.amount import Amount

#: Comparatives that say a multiple is more of the baseline ("three times higher", "twice as
#: many", "five times more likely"), and those that say it is less ("three times lower").
_MORE = (
    r"more|higher|greater|larger|bigger|longer|faster|heavier|stronger|costlier|dearer|"
    r"commoner|likelier|wider|taller|older|louder|busier|hotter|warmer|brighter|deeper"
)
_LESS = r"less|lower|fewer|smaller|shorter|slower|lighter|weaker|cheaper|narrower|quieter|cooler"
_AS = r"as\s+(?:many|much|likely|high|large|big|great|long|fast|often|common|frequent|heavy|" + (
    r"strong|expensive|costly|wide|deep|hot|loud|busy|bright)"
)
#: A baseline a multiple is compared with: a pronoun standing for it ("double those in an
#: ordinary week", "twice that of 2019") or a noun of a measure of general English ("eight
#: times the risk", "double the number of", "triple the rate", "twice the national average").
_BASELINE_NOUNS = (
    r"risk|rate|odds|chance|chances|likelihood|number|numbers|level|levels|amount|figure|"
    r"figures|total|average|size|volume|count|share|proportion|incidence|price|cost|value|"
    r"speed|pace|frequency|output|demand|population"
)
_COMPARED_RE = re.compile(
    rf"\s+(?:(?P<less>{_LESS})\b|(?:{_MORE})\b|{_AS}\b|(?:those|that|what)\b|"
    rf"the\s+(?:(?:19|20)\d\d\s+|year's\s+|previous\s+year's\s+)?(?:(?:usual|normal|typical|average|national|previous|global|overall|expected|"
    rf"daily|weekly|monthly|annual|yearly)\s+)?(?:{_BASELINE_NOUNS})\b)",
    re.I,
)
#: "to" right before a fraction a fall leaves ("fell to a third", "cut to half").
_TO_BEFORE_RE = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)
_DIGIT_RE = re.compile(r"\d")
#: What comes before the multiple and makes it no change: "up to twice", "up to three times".
_BOUND_RE = re.compile(r"\bup\s+to\s+$|up\s+to\b", re.I)


#: A multiple said again and again, a growth factor of a sequence (a retry's wait, a
#: generation), not one change: "the delay triples each time", "doubles after each attempt",
#: "halves with every success", "each wait is twice as long as the one before", "doubles the
#: wait on every retry" (an object of up to three words may stand between).
_REPEATED_RE = re.compile(
    r"(?:\s+(?:the|its|their|your|this|that)(?:\s+[a-z][\w-]*){1,2}?)?"
    r"(?:\s+as\s+[a-z]+\s+as|\s+(?:" + _MORE + "|" + _LESS + r")\s+than)?"
    r"\s+(?:each\s+time|every\s+time|(?:after|with|on|at|for|in)\s+(?:each|every)\s+[a-z]+"
    r"|per\s+(?:attempt|retry|try|step|round|cycle|iteration|generation)"
    r"|each\s+(?:attempt|retry|try|step|round|cycle|iteration|generation)"
    r"|the\s+(?:one|wait|delay|interval|step|value)\s+(?:before|preceding)"
    r"|the\s+(?:previous|last|preceding)\s+(?:one|wait|delay|interval|step|value)"
    r"|from\s+one\s+[a-z]+\s+to\s+the\s+next)\b",
    re.IGNORECASE,
)


def repeated(text: str, mention: Mention) -> bool:
    """Whether the multiple ``mention`` is a growth factor said of each step of a sequence
    ("the delay triples each time", "each wait is twice the one before it": ``x3``, ``x2``), no
    change of one quantity from a baseline (``_REPEATED_RE``)."""
    return (
        mention.dimension == "ratio"
        and not mention.amount.unit
        and _REPEATED_RE.match(text, mention.span[1]) is not None
    )


def as_change(text: str, mention: Mention) -> Mention | None:
    """``mention`` as a percent change (``share``, ``%``, with its direction) when it is a
    multiple or a fraction that says a relative change; None when it is none (a growth factor
    of each step, ``repeated``, is none)."""
    amount = mention.amount
    if not amount.single or amount.low <= 0 or repeated(text, mention):
        return None
    multiple = amount.low
    start, end = mention.span
    if mention.dimension == "ratio" and not amount.unit:
        if _BOUND_RE.match(mention.text) or _BOUND_RE.search(text, max(0, start - 8), start):
            return None
        direction = mention.direction
        if not direction:
            compared = _COMPARED_RE.match(text, end)
            if compared is None or multiple == 1:
                return None
            direction = "down" if compared.group("less") or multiple < 1 else "up"
        if direction == "up":
            if multiple <= 1:
                return None
            change = (multiple - 1) * 100
        else:
            change = (1 - (1 / multiple if multiple > 1 else multiple)) * 100
    elif (
        mention.direction == "down"
        and amount.unit == "%"
        and mention.dimension == "share"
        and multiple < 100
        and not _DIGIT_RE.search(mention.text)
        and "%" not in mention.text
        and "cent" not in mention.text.lower()
        and _TO_BEFORE_RE.search(text, max(0, start - 16), start)
    ):
        direction = "down"
        change = 100 - multiple
    elif (
        mention.dimension == "share"
        and amount.unit == "%"
        and multiple < 100
        and not mention.direction
        and not _DIGIT_RE.search(mention.text)
        and "%" not in mention.text
        and re.match(rf"\s+{_AS}\b", text[end : end + 40], re.I)
    ):
        # "half as many melanomas", "a third as likely": a fall of the rest.
        direction = "down"
        change = 100 - multiple
    else:
        return None
    change = round(change, 1)
    return replace(
        mention, amount=Amount(change, change, "%"), dimension="share", direction=direction
    )


BASELINE = "baseline"
"""The context key of what a change is measured against, by its period: ``week`` for "35%
higher than in a normal July week" and "nearly double those in an ordinary July week", ``day``
for "a third higher than a normal summer day", ``year`` for "up 7.4% on the same quarter last
year", ``2019`` for "double the 2019 figure". Two changes from different baselines are never
compared, nor one that names a baseline with one that names none (``corpus.model.compatible``)."""

#: Words that bring what a change is compared with, after the figure and its comparative.
_AGAINST_RE = re.compile(
    r"\b(?:than|on|over|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|against|"
    r"from|(?:those|that|levels?|figures?)\s+(?:in|of|for|seen\s+in|recorded\s+in)|"
    r"(?P<named>the|its|their))\s+",
    re.I,
)
#: A period of time that names a baseline, or a year.
_PERIOD_RE = re.compile(
    r"\b(?:(?P<period>day|week|month|year|quarter|season|summer|winter|spring|autumn|weekend|"
    r"decade|night|fortnight)s?|(?P<year>(?:19|20)\d\d))\b",
    re.I,
)
#: Where the phrase of a baseline ends: a mark, or a word that opens another clause.
_PHRASE_END_RE = re.compile(
    r"[.;,:!?()\n]|\b(?:and|but|according|as|because|when|while|after|before|during|since|"
    r"which|who|with|where|despite|although)\b",
    re.I,
)
_FIGURE_RE = re.compile(r"[\d£$€¥]")
_CLAUSE_END_RE = re.compile(r"[.;,:!?()\n]")
_REACH = 60


def baseline(text: str, mention: Mention) -> str:
    """The period a change's figure is compared with (``BASELINE``), or "" when its clause
    names none."""
    end = mention.span[1]
    stop = _CLAUSE_END_RE.search(text, end, end + _REACH)
    limit = stop.start() if stop is not None else min(len(text), end + _REACH)
    against = _AGAINST_RE.search(text, end, limit)
    if against is not None and against.group("named") and text[end : against.start()].strip():
        # "double the 2019 figure" names its baseline right after the multiple; "put on 5
        # pounds of water weight in the first week" names the change's time, no baseline.
        against = None
    if against is None:
        return ""
    stop = _PHRASE_END_RE.search(text, against.end(), limit)
    limit = stop.start() if stop is not None else limit
    found = ""
    for period in _PERIOD_RE.finditer(text, against.end(), limit):
        if _FIGURE_RE.search(text, against.end(), period.start()):
            break  # "up 14.5% from £165 in 2025": the level before, not a baseline
        found = (period.group("period") or period.group("year")).lower()
    return found

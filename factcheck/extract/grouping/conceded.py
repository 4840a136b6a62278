"""Advice said to hold however long it has been, against advice another page gives for a delay.

"There is no need to start the course again, however long it has been since your first
injection" and "If more than a year passes between the two doses, you will need to start the
course again" disagree: the first page concedes every delay, the year-long one included. The
second page's advice is drafted with its condition (``condition: more than a year passes
between``), a special case that check compares only with claims of that condition (README, "How
claims are compared"), so the first page's advice, said for every delay, never met it. A
concession clause over time ("however long", "no matter how late", "whatever the gap") makes the
general advice also the advice under a condition of time: the draft takes that condition when
its subject holds exactly one such condition from other documents, and no claim of another
document that it would leave by taking it (its general comparison is then empty anyway).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.drafts import Document, Draft
from factcheck.extract.mentions.context import TextIndex

#: A concession over time: the advice holds however long, late or much time it has been
#: ("however long it has been", "no matter how late", "regardless of the gap", "whatever the
#: delay"). Only time: "however much you weigh" concedes no delay.
_CONCESSION_RE = re.compile(
    r"\b(?:however|no\s+matter\s+how|regardless\s+of\s+how)\s+"
    r"(?:long|late|much\s+time|many\s+(?:days|weeks|months|years))\b"
    r"|\b(?:whatever|regardless\s+of)\s+(?:the\s+|how\s+long\s+the\s+)?"
    r"(?:gap|delay|interval|wait|time\s+(?:since|between))\b",
    re.IGNORECASE,
)
#: Words that make a condition one of time (a delay, a gap, a time passing), which a concession
#: over time covers: "more than a year passes between", "if the second dose is late".
_TIME_CONDITION_RE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|fortnights?|late|later|long|"
    r"longer|gap|delay(?:ed)?|pass(?:es|ed)?|elapsed?|overdue|missed)\b",
    re.IGNORECASE,
)


def conceded(documents: Sequence[Document]) -> list[Document]:
    """The documents with each piece of advice said under a concession over time given the one
    condition of time other documents' advice of its subject names (module docstring)."""
    conditions = _time_conditions(documents)
    result = []
    for index, document in enumerate(documents):
        index_of_text: TextIndex | None = None
        drafts = []
        for draft in document.drafts:
            condition = conditions.get(draft.subject.id, {}).get(index)
            if condition is None or "condition" in draft.subject.context:
                drafts.append(draft)
                continue
            if _stays_compared(documents, index, draft):
                drafts.append(draft)
                continue
            index_of_text = index_of_text or TextIndex(document.text)
            start, end = index_of_text.around(draft.mention.span).sentence
            if _CONCESSION_RE.search(document.text, start, end) is None:
                drafts.append(draft)
                continue
            context = {**draft.subject.context, "condition": condition}
            drafts.append(replace(draft, subject=replace(draft.subject, context=context)))
        result.append(replace(document, drafts=tuple(drafts)))
    return result


def _time_conditions(documents: Sequence[Document]) -> dict[str, dict[int, str]]:
    """For each subject of advice, for each document, the one condition of time that the other
    documents' advice of that subject names (subjects or documents with none or several are
    left out)."""
    named: dict[str, dict[int, set[str]]] = {}
    for index, document in enumerate(documents):
        for draft in document.drafts:
            condition = draft.subject.context.get("condition", "")
            if draft.label is not None and _TIME_CONDITION_RE.search(condition):
                named.setdefault(draft.subject.id, {}).setdefault(index, set()).add(condition)
    result: dict[str, dict[int, str]] = {}
    for subject, by_document in named.items():
        for index in range(len(documents)):
            others = {c for i, found in by_document.items() if i != index for c in found}
            if len(others) == 1:
                result.setdefault(subject, {})[index] = next(iter(others))
    return result


def _stays_compared(documents: Sequence[Document], index: int, draft: Draft) -> bool:
    """Whether another document has a claim of the draft's subject and context: taking a
    condition would take the draft out of that comparison."""
    return draft.label is None or any(
        other.subject.id == draft.subject.id and other.subject.context == draft.subject.context
        for i, document in enumerate(documents)
        if i != index
        for other in document.drafts
    )

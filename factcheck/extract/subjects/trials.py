"""A trial's size: how many people a named trial enrolled, and the names the trial goes by.

Articles about one trial state its size in several ways: "The LOZ-COLD trial, run by the Halvard
Institute, enrolled 412 adults", "the 380-person Halvard trial". Such a count is the trial's
size, whoever the people are ("enrolled 186 lifters aged 18 to 45": the ages say whom the trial
took, not a group within it), and two documents' sizes of trials that share a name (a
capitalised word other than the sentence's first, not an institution's generic word) are one
quantity.
"""

from __future__ import annotations

import re

#: A verb of enrolling right before the figure: "enrolled 412 adults", "recruited only 48".
_ENROLLED_RE = re.compile(
    r"\b(?:enrol(?:l?ed|ling)|recruited|randomi[sz]ed)\s+"
    r"(?:(?:only|just|about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?\Z",
    re.IGNORECASE,
)
#: A size written before the trial it qualifies: "the 380-person Halvard trial".
_SIZED_RE = re.compile(
    r"[\d,]+-(?:person|people|patient|participant|subject|volunteer|adult|women|men|woman|man"
    r"|child|children|kid|infant|baby|babies|pupil|student|teen|teenager|adolescent|runner"
    r"|athlete|smoker|user|worker|resident|mother|parent|family|families|household|case)s?"
    r"\s+(?:[\w-]+\s+){0,3}?(?:trial|study|pilot)\b",
    re.IGNORECASE,
)
#: A capitalised word or an acronym with digits ("Halvard", "LOZ-COLD", "CREST-12").
_NAME_RE = re.compile(r"\b[A-Z][\w-]*[\w]")
#: Capitalised words that name no trial: institutions' generic words and common capitals.
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Yes",
        "No",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "And",
        "But",
        "Or",
        "I",
        "We",
        "Our",
        "Institute",
        "Institutes",
        "University",
        "College",
        "School",
        "Hospital",
        "Centre",
        "Center",
        "Department",
        "Health",
        "Science",
        "Sciences",
        "Research",
        "Sport",
        "Medicine",
        "Medical",
        "National",
        "Journal",
        "Society",
        "Foundation",
        "Trial",
        "Study",
        "Professor",
        "Dr",
    ]
)


#: A verb a study's sentence states its size with, right before the figure: "The Brennock
#: study ... followed 240 children and adults", "the survey included 1,200 parents".
_STUDIED_RE = re.compile(
    r"\b(?:followed|included|involved|studied|tracked|surveyed|tested|treated)\s+"
    r"(?:(?:only|just|about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?\Z",
    re.IGNORECASE,
)
#: "in 310 patients" closing a study's sentence of what it did: "It compared salicylic acid,
#: freezing and no treatment in 310 patients".
_IN_PEOPLE_RE = re.compile(
    r"\b(?:compared|tested|studied|assessed|examined|evaluated|looked\s+at|followed|measured)"
    r"\b[^.;:!?]*?\bin\s+(?:(?:only|just|about|around|roughly|some|nearly|almost|over"
    r"|more\s+than)\s+)?\Z",
    re.IGNORECASE,
)
#: A word that says its sentence speaks of a study.
_STUDY_WORD_RE = re.compile(r"\b(?:trial|study|survey|pilot)\b", re.IGNORECASE)
#: A people-like noun after the figure ("240 children", "310 patients", "1,200 adults").
_PEOPLE_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?(?:people|persons|patients|participants|subjects"
    r"|volunteers|adults|children|kids|infants|babies|women|men|pupils|students|runners"
    r"|athletes|smokers|users|workers|residents|mothers|parents|families|households|teenagers"
    r"|adolescents|lifters|cases)\b",
    re.IGNORECASE,
)


def enrolled(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the count at ``span`` is how many people a trial enrolled: "enrolled 412
    adults", "the 380-person Halvard trial"; or, of people, how many a study followed or ran
    its comparison in, in a sentence that speaks of a study ("The Brennock study, published in
    2018, followed 240 children and adults") or of one named before it ("The Brennock study
    ... is the largest trial of wart treatments. It compared salicylic acid, freezing and no
    treatment in 310 patients")."""
    if _ENROLLED_RE.search(text, sentence[0], span[0]) is not None:
        return True
    if _SIZED_RE.match(text, span[0], sentence[1]) is not None:
        return True
    said = _STUDIED_RE.search(text, sentence[0], span[0]) or _IN_PEOPLE_RE.search(
        text, sentence[0], span[0]
    )
    return (
        said is not None
        and _people_counted(text, span)
        and (
            _STUDY_WORD_RE.search(text, sentence[0], sentence[1]) is not None
            or _PRONOUN_RE.match(text, sentence[0], span[0]) is not None
        )
    )


#: A sentence whose subject is "It" (the study the sentence before named).
_PRONOUN_RE = re.compile(r"\W*It\b")


def _people_counted(text: str, span: tuple[int, int]) -> bool:
    """Whether the count at ``span`` counts people: a noun for people right after its number
    ("240 children and adults", "some 310 patients"), one word between allowed ("240 young
    adults")."""
    number = _DIGITS_RE.search(text, span[0], span[1]) or _LAST_WORD_RE.search(
        text, span[0], span[1]
    )
    return number is not None and _PEOPLE_AFTER_RE.match(text, number.end()) is not None


#: The number of a count in digits, or else its span's first word ("forty patients").
_DIGITS_RE = re.compile(r"\d[\d,.]*")
_LAST_WORD_RE = re.compile(r"\w+")


def trial_names(text: str, sentence: tuple[int, int]) -> frozenset[str]:
    """The names a sentence gives: its capitalised words, the first one aside, without generic
    ones ("The LOZ-COLD trial, run by the Halvard Institute": LOZ-COLD, Halvard)."""
    found = list(_NAME_RE.finditer(text, sentence[0], sentence[1]))
    first = re.match(r"\W*", text[sentence[0] : sentence[1]])
    start = sentence[0] + (first.end() if first else 0)
    return frozenset(m.group() for m in found if m.start() != start and m.group() not in _NOT_NAMES)


#: A sentence that speaks of a trial named before it: "The trial enrolled 264 children".
_DEFINITE_RE = re.compile(r"\b(?:the|this|that)\s+(?:trial|study|pilot)\b", re.IGNORECASE)
#: How far back the sentence before may start.
_REACH = 600


def named_before(text: str, sentence: tuple[int, int]) -> frozenset[str]:
    """The names of a trial a sentence speaks of as "the trial" without naming it, from the
    sentence before it, in its paragraph or the one before (news opens a paragraph with "The
    trial" after the lead named it: "... in a trial run by the Brennvik Community Clinic,
    researchers reported this week." then "The trial enrolled 264 children": Brennvik,
    Community, Clinic); none when the sentence speaks of no trial so."""
    if (
        _DEFINITE_RE.search(text, sentence[0], sentence[1]) is None
        and _PRONOUN_RE.match(text, sentence[0], sentence[1]) is None
    ):
        return frozenset()
    start = max(0, sentence[0] - _REACH)
    before = text[start : sentence[0]].rstrip()
    cut = max(before.rfind(mark, 0, len(before) - 1) for mark in (". ", "! ", "? ", "\n"))
    return trial_names(text, (start + cut + 1, start + len(before)))

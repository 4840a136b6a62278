"""Counted nouns after numbers: "400 patients", "six 200 mg tablets", "at least one beverage"."""

from __future__ import annotations

import re

from factcheck.extract.mentions import lexicon as lx
from factcheck.extract.mentions.labelline import label_line
from factcheck.extract.mentions.units import UnitWords
from factcheck.text.numbers.forms import DIGITS
from factcheck.text.tables import written_tables

_WORD_RE = re.compile(r"[ \t\u00a0]+(?P<w>[A-Za-z][\w'’-]*)")
# A word after a space or one line break of hard-wrapped text ("take one\ntablet a day").
_WRAPPED_WORD_RE = re.compile(r"(?:[ \t\u00a0]+|[ \t]*\r?\n[ \t]*)(?P<w>[A-Za-z][\w'’-]*)")
_SINGULAR_COUNTED = lx.word_set("patient person participant study trial woman man child")
_SINGLE_ITEMS = lx.word_set("tablet capsule pill caplet sachet dose injection patch")
_RATE_ADVERBS = lx.word_set("daily nightly weekly monthly yearly annually")
_AMOUNT_RE = re.compile(rf"[ \t\u00a0]+{DIGITS}(?![\d.,/])")


def noun_at(text: str, pos: int, value: float | None, number: str) -> tuple[str, int]:
    """The counted noun within the next few words ("400 Multiple Sclerosis patients")."""
    cursor = pos
    for step in range(4):
        match = _WORD_RE.match(text, cursor)
        if match is None and step == 0 and value != 1:
            # hard-wrapped text: "forty\nvolunteer households", "take three\n   readings" (not a
            # capitalised word, which may start a heading or a sentence)
            match = _WRAPPED_WORD_RE.match(text, cursor)
            if match is not None and not match.group("w")[:1].islower():
                match = None
        if match is None:
            return "", pos
        word = match.group("w").lower().rstrip("'’")
        if word in lx.NOUN_STOP:
            return "", pos
        cursor = match.end()
        if value == 1:
            if word in _SINGULAR_COUNTED:
                return word, cursor
            continue
        if word in lx.IRREGULAR_PLURALS or _is_plural(word):
            return _head(text, word, cursor)
        if len(number) == 4 and number.isdigit():
            # "A 2023 case series": a year is followed by its noun, not by a plural right away.
            return "", pos
    return "", pos


def noun_after_amount(text: str, pos: int, value: float | None, words: UnitWords) -> str:
    """The noun a number word counts across an amount ("six 200 mg tablets"), else ""."""
    amount = _AMOUNT_RE.match(text, pos)
    if amount is None:
        return ""
    unit, after = words.at(text, amount.end())
    if unit is None:
        return ""
    if value == 1:
        word = _WORD_RE.match(text, after)
        noun = word.group("w").lower() if word else ""
        return noun if noun in _SINGLE_ITEMS else ""
    noun, _ = noun_at(text, after, value, "")
    return noun


def single_item(text: str, pos: int) -> tuple[str, int]:
    """The dose form right after a "one" ("one tablet", "1 capsule") and where it ends."""
    match = _WRAPPED_WORD_RE.match(text, pos)
    if match is None or match.group("w").lower() not in _SINGLE_ITEMS:
        return "", pos
    return match.group("w").lower(), match.end()


def bounded_one_noun(text: str, pos: int) -> tuple[str, int]:
    """The last word of the noun phrase after a bounded "one", and where it ends."""
    noun, end = "", pos
    for _ in range(3):
        match = _WORD_RE.match(text, end)
        if match is None:
            break
        word = match.group("w").lower().rstrip("'’")
        if word in lx.NOUN_STOP or word in _RATE_ADVERBS:
            break
        noun, end = word, match.end()
    return noun, end


#: Nouns that measure what follows them ("two parts browns to one part greens", "three
#: servings vegetables"): they are what is counted, not the first noun of a compound.
_MEASURE_NOUNS = lx.word_set("parts times units doses servings portions cups slices pieces")


def _head(text: str, word: str, cursor: int) -> tuple[str, int]:
    """The head of a compound whose first noun looks plural: "contact lens wearers", "sales
    figures" count wearers and figures; else ``word``, ending at ``cursor``."""
    match = _WORD_RE.match(text, cursor)
    if match is None or word in _MEASURE_NOUNS:
        return word, cursor
    after = match.group("w").lower().rstrip("'’")
    if after not in lx.NOUN_STOP and (after in lx.IRREGULAR_PLURALS or _is_plural(after)):
        return after, match.end()
    return word, cursor


def plural_next(text: str, pos: int) -> bool:
    """Whether the word right after ``pos`` reads as a plural noun: what a number before it
    counts ("under 12 times a day", "over 65 cases"), so that the number is no age."""
    match = _WORD_RE.match(text, pos)
    if match is None:
        return False
    word = match.group("w").lower()
    return word not in lx.NOUN_STOP and (word in lx.IRREGULAR_PLURALS or _is_plural(word))


def _is_plural(word: str) -> bool:
    if len(word) < 3 or not word.endswith("s") or word in lx.NOT_PLURAL:
        return False
    return not word.endswith(("ss", "us", "is", "'s", "’s"))


def looks_like_year(number: str, low: float, high: float) -> bool:
    return bool(re.fullmatch(r"1[6-9]\d\d|20\d\d", number)) and 1600 <= low <= high <= 2100


_HYPHEN_NOUN_RE = re.compile(r"-(?P<w>[A-Za-z]{3,})\b(?!-)")
_NOT_COUNTED = lx.word_set(
    "fold odd something plus old off way time times thirds quarters fifths phase pin wheel point "
    "star speed stroke step"
)


def hyphen_noun(text: str, pos: int) -> tuple[str, int]:
    """The noun a number counts as an adjective ("a four-bedroom home", "a 620-patient trial")
    and where it ends; ("", pos) when there is none."""
    match = _HYPHEN_NOUN_RE.match(text, pos)
    word = match.group("w").lower() if match else ""
    if match is None or word in _NOT_COUNTED or word.endswith(("th", "ths")):
        return "", pos
    return match.group("w").lower(), match.end()


_OF_NOUN_RE = re.compile(
    r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|their|its|his|her|our|those|these|all)[ \t\u00a0]+)?"
    rf"(?:(?:[a-z]+|{DIGITS})[ \t\u00a0]+){{0,2}}?(?P<w>[a-z][a-z'’-]*)\b"
)


#: A number in digits counts a share of a whole written right after it: "won 24 of the 60
#: seats", "3 of 10 patients", "12 of its 40 stores" (a noun right after "of", its determiner
#: and the whole's number; not "2 of the most common ...", "4 of 12", "10 of them").
_OF_WHOLE_RE = re.compile(
    r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|their|its|his|her|our|those|these|all)[ \t\u00a0]+)?"
    rf"(?:{DIGITS}[ \t\u00a0]+)?(?P<w>[a-z][a-z'’-]*)\b(?!-)"
)


def noun_after_of(text: str, pos: int, *, digits: bool = False) -> str:
    """The plural noun a number word counts across "of" ("Seven of the nine commissioners",
    "eight of their past 10 games"), or with ``digits`` a number in digits across "of" and the
    whole ("24 of the 60 seats"), else ""."""
    match = (_OF_WHOLE_RE if digits else _OF_NOUN_RE).match(text, pos)
    if match is None:
        return ""
    word = match.group("w")
    if word in lx.NOUN_STOP:
        return ""
    return word if word in lx.IRREGULAR_PLURALS or _is_plural(word) else ""


#: What may follow a label's number: the line, cell or clause ends ("six, including ...").
_LABEL_VALUE_END_RE = re.compile(r"[ \t]*(?:[,;.:)(|]|\r?\n|\Z)")
#: Plural words that label a line without counting a thing: "Notes: two", "Details: ...".
_NOT_COUNTING_LABELS = lx.word_set(
    "notes details results findings comments remarks contents contacts credits thanks "
    "ratings scores points marks odds totals numbers figures stats statistics answers "
    "options settings values terms keywords tags requirements prerequisites dates times ages "
    "prices costs fees sizes dimensions doses hours days weeks months years minutes seconds "
    "versions pages chapters sections steps levels grades"
)


def noun_of_label(text: str, start: int, end: int) -> str:
    """The plural noun a line's label names, which the number after it counts ("Stages: six,
    including ...": ``stages``), or a Markdown table's column heading above it, else "". The
    number must end its line, cell or clause; the label (of three words at most) opens its line,
    list item or table row ("Stages: six", "- Rooms - twelve", "| Screens | two |",
    "**Speakers:** 24")."""
    if _LABEL_VALUE_END_RE.match(text, end) is None:
        return ""
    head = label_line(text, text.rfind("\n", 0, start) + 1, start, words=_LONG_LABEL)
    noun = "" if head is None else _label_noun(_label_head(head.label.lower().split()))
    # A table's row label names the row ("| Civic Union | 24 |"); its column's heading may name
    # what the cell counts ("| Seats |").
    return noun or _column_noun(text, start)


#: The most words of a label whose head names what its number counts: "Construction jobs at
#: the peak of the works: 1,600" counts jobs, "Residents under evacuation orders: 6,500"
#: residents.
_LONG_LABEL = 8
#: Prepositions that end a label's head: what follows qualifies the thing counted.
_LABEL_PREPOSITIONS = lx.word_set(
    "at of on in for under from with by to between during over across into within after before"
)


def _label_head(words: list[str]) -> list[str]:
    """A label's words up to its first preposition ("construction jobs at the peak of the
    works": construction jobs), or none when that head is longer than three words."""
    cut = next((n for n, w in enumerate(words) if w in _LABEL_PREPOSITIONS), len(words))
    return words[:cut] if 0 < cut <= 3 else []


def _label_noun(words: list[str]) -> str:
    """The plural noun a label of ``words`` (lower case) names, else ""."""
    if not words:
        return ""
    if len(words) > 1 and lx.past_participle(words[-1]):
        # "Homes destroyed: 83", "Seats won: 24", "Accounts affected: 3.1 million": the noun
        # before the participle is what is counted.
        words = words[:-1]
    last = words[-1].rstrip("'’")
    if {*words} & lx.NOUN_STOP or last in _NOT_COUNTING_LABELS:
        return ""
    return last if last in lx.IRREGULAR_PLURALS or _is_plural(last) else ""


def _column_noun(text: str, start: int) -> str:
    """The plural noun a Markdown table's column heading names, which the number at ``start`` in
    its cell counts ("| Party | Seats |" above "| Civic Union | 24 |"; "| Homes destroyed |"),
    else "": read where the text writes it, as the row's label is. (An HTML table's cells are
    named by their headers, ``cells``; counting them by their column's noun as well drafted a
    results table's cells apart from the same page's prose of the same figures.)"""
    placed = written_tables(text).at(start)
    heading = "" if placed is None else placed.column_header
    words = [w.strip("*_`").lower() for w in heading.split()]
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return ""
    return _label_noun(words)


# "two to three parts browns to one part greens": what the parts are of, and of what one part is.
_PARTS_TO_RE = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<x>[a-z][\w-]*)[ \t\u00a0]+to[ \t\u00a0]+(?:one|a|1)"
    r"[ \t\u00a0]+part[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<y>[a-z][\w-]*)\b",
    re.IGNORECASE,
)
# "equal parts browns and greens": the two things mixed one to one.
_PARTS_AND_RE = re.compile(
    r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?P<x>[a-z][\w-]*)[ \t\u00a0]+and[ \t\u00a0]+"
    r"(?P<y>[a-z][\w-]*)\b",
    re.IGNORECASE,
)


def parts_to(text: str, pos: int, equal: bool = False) -> tuple[str, int] | None:
    """After "N parts" at ``pos``, the mix it states as a ratio to one part of another thing
    ("browns to one part greens"; after "equal parts", "browns and greens"): the two things'
    names joined by "-to-" and where the words end, or None."""
    match = (_PARTS_AND_RE if equal else _PARTS_TO_RE).match(text, pos)
    if match is None or {match["x"].lower(), match["y"].lower()} & lx.NOUN_STOP:
        return None
    return f"{match['x'].lower()}-to-{match['y'].lower()}", match.end()

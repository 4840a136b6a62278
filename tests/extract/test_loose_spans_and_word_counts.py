"""Figures said in words that drafted nothing before: a loose span of time ("a week or two", "a
year or so", "an hour or more", "well over an hour"), a number word counting part of a group a
pronoun stands for ("four of them", "one or two of them") and a number word with a rate's base
("five or six a week", "one a day"). A phrase table from general English, with the same words
where they say no figure (a rate's base, one person, a period). Measured with ``python
benchmarks/extract_eval.py`` and ``python benchmarks/disagreements.py``.
"""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.mentions.units import UnitWords
from factcheck.values.units import Units

WORDS = UnitWords(Units())

SAID: list[tuple[str, str, str]] = [
    # loose spans of time
    ("Most labs reply in a week or two.", "a week or two", "1-2 weeks"),
    ("Let it cure for a month or two before use.", "a month or two", "1-2 months"),
    ("It fades in a day or two.", "a day or two", "1-2 days"),
    ("Wait a minute or two, then stir.", "a minute or two", "1-2 minutes"),
    ("We lost power for an hour or two.", "an hour or two", "1-2 hours"),
    ("It takes about a week or two.", "about a week or two", "1-2 weeks"),
    ("The sale closes in a year or two.", "a year or two", "1-2 years"),
    ("This is a treatment for a week or so.", "a week or so", "~1 week"),
    ("The paint dries in an hour or so.", "an hour or so", "~1 hour"),
    ("It lasts a year or so in the fridge.", "a year or so", "~1 year"),
    ("Rest for a day or so after the jab.", "a day or so", "~1 day"),
    ("Those walked for an hour or more were leaner.", "an hour or more", ">=1 hour"),
    ("It can take a week or longer to settle.", "a week or longer", ">=1 week"),
    ("Most colds clear in a week or less.", "a week or less", "<=1 week"),
    ("Her journey now takes well over an hour.", "over an hour", ">1 hour"),
    ("We stayed just over a week.", "just over a week", ">1 week"),
    ("The repair took far over a month.", "over a month", ">1 month"),
    # a number word counting part of a group
    ("Six volunteers dropped out, four of them because of the cold.", "four of them", "4"),
    ("corrosion in 7 of the 48 cables, three of them on the downstream side.", "three of them",
     "3"),
    ("Most migrations need only one or two of them.", "one or two of them", "1-2"),
    ("I asked three of them and all said no.", "three of them", "3"),
    ("Two of us went to the shop.", "Two of us", "2"),
    ("We had five entries, two of which won.", "two of which", "2"),
    ("Ten staff, nine of whom were nurses.", "nine of whom", "9"),
    ("We picked ten of those for the final.", "ten of those", "10"),
    ("Seven of these were rejected.", "Seven of these", "7"),
    # a number word with a rate's base
    ("Daily dips are fine, and five or six a week is a good target.", "five or six a week", "5-6"),
    ("For three days take two sachets; after that, one a day.", "one a day", "1"),
    ("Most people need two a day.", "two a day", "2"),
    ("Aim for three or four a week.", "three or four a week", "3-4"),
    ("We post one a month.", "one a month", "1"),
    # a counted noun on the next line of hard-wrapped text
    ("in which forty\nvolunteer households kept records", "forty\nvolunteer households", "40"),
    ("Each morning, take three\n   readings, one minute apart.", "three\n   readings", "3"),
    ("It is normally laid in two\nlayers: a 100mm layer first.", "two\nlayers", "2"),
    ("still using bottles from two or three\nsummers ago.", "from two or three\nsummers", "2-3"),
]  # fmt: skip

NOT_SAID: list[str] = [
    "Take it twice a week or more.",  # how often: no span of time
    "Once a week or so I check it.",
    "Wait up to a day or two.",  # a bounded range the grammar cannot write
    "Over a year, the heap shrinks.",  # a period
    "One of them said no.",  # one person, no count
    "Either of them will do.",
    "Both of them came.",
    "One of the best days of the year.",
    "He wanted a second opinion.",
    "Two is company.",
    "It is one or the other.",
    "We met five\nPatients first came in.",  # a capitalised word on the new line: no noun
    "We counted five\n\nfiles later.",  # a blank line ends it
]


@pytest.mark.parametrize(("sentence", "text", "value"), SAID)
def test_said(sentence: str, text: str, value: str) -> None:
    found = [(m.text, m.value) for m in find_mentions(sentence, WORDS)]
    assert (text, value) in found, found


@pytest.mark.parametrize("sentence", NOT_SAID)
def test_not_said(sentence: str) -> None:
    found = [(m.text, m.value) for m in find_mentions(sentence, WORDS)]
    spans = [v for t, v in found if " or " in t or " of " in t or t.lower().startswith("one")]
    assert spans == [], found

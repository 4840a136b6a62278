"""What a changelog's dated version headings say of the entries under them, and the releases
a document says a thing of the code is removed, deprecated or added in (changelog25).

A version heading's date is that release's date ("## [1.0.0] - 2019-06-03", "## 1.0.0
(2019-06-03)", "v1.0 — June 2019"), so an entry under it that names the event without a date of
its own ("- First public release, with the match and ratio functions") dates that event: the
first public release was in 2019, which a FAQ's "The first public release was four years ago"
may contradict (round 21's fennimatch d8). Only entries that say which release they are (a first
or initial release, public or stable) are read; "Fixed a crash" dates nothing a reader compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.ids import slug
from factcheck.extract.mentions.find import Mention
from factcheck.extract.subjects.settings import releases
from factcheck.values.amount import Amount
from factcheck.values.grammar import Qualifier

#: A version heading that gives its release's year: "## [1.0.0] - 2019-06-03", "## 1.0.0
#: (2019-06-03)", "## 3.2.0 — 2026-10-06", "v2.3 — June 2025", "Version 1.0 (March 2020)".
_DATED_HEADING_RE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?\[?(?:version[ \t]+|v)?\d+\.\d+(?:\.\d+)*\]?[ \t]+"
    r"[-–—(:]*[ \t]*(?:-+[ \t]*)?(?:\w+[ \t]+)?(?:\d{1,2}[ \t]+)?(?:\w+[ \t]+)?"
    r"(?P<year>(?:19|20)\d\d)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: An entry that names the release it is: "- First public release, with ...", "Initial
#: release.", "* First stable release after sixteen months of public betas".
_FIRST_ENTRY_RE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?P<said>(?:the[ \t]+)?(?:first|initial)[ \t]+"
    r"(?:(?:public|stable|open[- ]source)[ \t]+)?release)\b(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: A year the entry's own sentence gives, which is drafted as written instead.
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


#: What may follow a version on a line of its own that heads a release: nothing, a date after a
#: dash, a colon or a bracket ("## [2.3.0] - 2025-06-02", "## 2.3.0 (2025-06-02)", "v2.3 —
#: June 2025"); not a unit or a word ("7.4 kW" in a table's cell, "4.3 and January ..." in
#: wrapped prose).
_HEADING_REST_RE = re.compile(r"[ \t]*(?:$|[-–—(:|])", re.MULTILINE)


def release_headings(text: str) -> list[tuple[int, str]]:
    """``settings.releases`` that head a release: a Markdown heading, or a version alone on its
    line or followed by a date, in text order. A page whose lines begin with a decimal ("2.3
    kW", a table's cells) has none."""
    headings = []
    for start, version in releases(text):
        line_end = text.find("\n", start)
        line = text[start : len(text) if line_end < 0 else line_end]
        if line.lstrip().startswith("#"):
            headings.append((start, version))
            continue
        after = line.find(version) + len(version)
        if _HEADING_REST_RE.match(line.replace("]", " ", 1), after):
            headings.append((start, version))
    return headings


def release_years(text: str) -> list[Mention]:
    """A year mention for each entry that names its release ("First public release") under a
    version heading that dates it, from the heading's year to the entry's words, in text order: "## [1.0.0] -
    2019-06-03" over "- First public release, with the match and ratio functions" is 2019, the
    year of the first public release. None for an entry whose sentence gives a year itself
    ("First stable release, published in June 2021": that year is drafted)."""
    found = []
    starts = [start for start, _ in releases(text)]
    for heading in _DATED_HEADING_RE.finditer(text):
        section_end = next((s for s in starts if s > heading.start()), len(text))
        entry = _FIRST_ENTRY_RE.search(text, heading.end(), section_end)
        if entry is None:
            continue
        sentence = re.split(r"(?<=[.!?])\s", entry["rest"], maxsplit=1)[0]
        if _YEAR_RE.search(sentence):
            continue
        # From the heading's year to the entry's words: the quote says both.
        span = (heading.start("year"), entry.end("said"))
        year = float(heading["year"])
        found.append(
            Mention(span, text[slice(*span)], Amount(year, year, ""), Qualifier.EQ, "year")
        )
    return found


@dataclass(frozen=True)
class Lifecycle:
    """The release in which a named thing of the code is (or is to be) removed, deprecated or
    added: "`quick_ratio()` is deprecated ... and will be removed in 3.0"."""

    span: tuple[int, int]
    """[start, end) from the thing's name to the release."""
    thing: str
    """The thing as written, without backticks: ``quick_ratio()``, ``--fast``."""
    event: str
    """``removed``, ``deprecated`` or ``added``."""
    release: str
    """The release as written: ``3.0``, ``2.3.1``."""

    @property
    def subject_id(self) -> str:
        return f"{slug(self.thing.removesuffix('()'))}-{self.event}-version"

    @property
    def label(self) -> str:
        return f"Release in which {self.thing} is {self.event}"


#: What an event of a thing's life in a release is called: "removed in 3.0", "deprecated since
#: 1.2.0", "was added in version 2.4", "introduced in v2".
_LIFECYCLE_RE = re.compile(
    r"\b(?P<verb>removed|deleted|dropped|deprecated|added|introduced)[ \t]+(?:in|since)[ \t]+"
    r"(?:version[ \t]+|release[ \t]+|v)?(?P<release>\d+\.\d+(?:\.\d+)?)(?![\d.]*\d|\.\d|\w|%)",
    re.IGNORECASE,
)
_EVENTS = {"deleted": "removed", "dropped": "removed", "introduced": "added"}
#: A thing of the code, named as code: "`quick_ratio()`", "`output.legacy_mode`",
#: "quick_ratio()", "Matcher.score()", "--fast".
_THING_RE = re.compile(
    r"`(?P<quoted>[^`\n]{1,60})`|(?<![\w.])(?P<call>[A-Za-z_][\w.]{0,60}\(\))|(?<![\w-])(?P<flag>--[a-z][\w-]{0,40})"
)
#: The end of a sentence or an entry: what separates a thing from another sentence's release.
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def lifecycles(text: str) -> list[Lifecycle]:
    """The releases ``text`` says a thing of the code is removed, deprecated or added in, in
    text order: the thing is its sentence's first one named as code, before the verb
    ("`quick_ratio()` is deprecated in favour of `Matcher.score()` and will be removed in 3.0"
    is quick_ratio()'s removal, not Matcher.score()'s); a release with no such thing before it
    ("a regression introduced in 3.1.0", "Support for Python 3.8 was dropped in 2.3") is none."""
    found = []
    for event in _LIFECYCLE_RE.finditer(text):
        start = event.start()
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - 300), start)]
        sentence = ends[-1] if ends else max(0, start - 300)
        thing = _THING_RE.search(text, sentence, start)
        if thing is None:
            continue
        name = (thing["quoted"] or thing["call"] or thing["flag"]).strip()
        if not re.search(r"[A-Za-z]", name):
            continue
        verb = event["verb"].lower()
        found.append(
            Lifecycle(
                (thing.start(), event.end()),
                name,
                _EVENTS.get(verb, verb),
                event["release"],
            )
        )
    return found

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
    """[start, end) from the thing's name to the release; for a changelog's entry under its
    release's heading (``added_entries``), from the entry's first word to the thing's end."""
    thing: str
    """The thing as written, without backticks: ``quick_ratio()``, ``--fast``."""
    event: str
    """``removed``, ``deprecated`` or ``added``."""
    release: str
    """The release as written: ``3.0``, ``2.3.1``."""
    heading: int = -1
    """Where the release stands in its heading, for an entry under it (``added_entries``): the
    quote runs from there, so that it says the release; -1 when the span says it."""

    @property
    def subject_id(self) -> str:
        return f"{slug(self.thing.removesuffix('()'))}-{self.event}-version"

    @property
    def label(self) -> str:
        return f"Release in which {self.thing} is {self.event}"


#: What an event of a thing's life in a release is called: "removed in 3.0", "deprecated since
#: 1.2.0", "was added in version 2.4", "introduced in v2"; a thing's arrival in other words:
#: "arrived in version 2.4", "have been available since version 2.1", "first shipped in 2.0",
#: "new in 2.4" (round 31's quilldiff d12); a reference's "`word_diff` (since 2.1)".
_LIFECYCLE_RE = re.compile(
    r"(?:\b(?P<verb>removed|deleted|dropped|deprecated|added|introduced|arrived|landed|shipped"
    r"|appeared|debuted|available|new)[ \t]+(?:in|since|as[ \t]+of)|(?P<paren>\()[ \t]*since)"
    r"[ \t]+(?:the[ \t]+)?"
    r"(?:version[ \t]+|release[ \t]+|v)?(?P<release>\d+\.\d+(?:\.\d+)?)(?![\d.]*\d|\.\d|\w|%)"
    r"(?(paren)[ \t]*\))",
    re.IGNORECASE,
)
_EVENTS = {"deleted": "removed", "dropped": "removed", "introduced": "added"}
#: Verbs of an arrival that say only that a thing is there: they need a thing named in words or
#: as code before them in their own clause ("Word-level diffs have been available since 2.1"),
#: never a release alone ("Yes, since 1.4").
_ARRIVALS = frozenset({"arrived", "landed", "shipped", "appeared", "debuted", "available", "new"})
#: A thing named in words at the start of its sentence, before its verb: a noun phrase of at
#: most five words after list marks and a reply's "Yes," ("Word-level diffs", "Support for
#: side-by-side output", "The HTML output"); what follows it is the verb's auxiliary.
_WORDS_THING_RE = re.compile(
    r"[\s>*_#|-]*(?:(?:yes|no|added|new|note)[,:][ \t]+)?(?:the[ \t]+)?(?:support[ \t]+for[ \t]+)?"
    r"(?P<thing>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,4}?)"
    r"(?:[ \t]+(?:first|only|also))?"
    r"(?:[ \t]+(?:was|were|is|are|has|have|had)(?:[ \t]+been)?)?(?:[ \t]+(?:first|only|also))?[ \t]+\Z",
    re.IGNORECASE,
)
#: First words that make no thing: pronouns, the documented tool's clauses, a product's name
#: with a release ("Python 3.8": a requirement's), a question's.
_NOT_THINGS = frozenset({
    "it", "this", "that", "these", "those", "they", "we", "you", "which", "what", "when",
    "there", "here", "everything", "nothing", "something", "all", "most", "some", "each",
    "if", "how", "why", "where", "who", "since", "in", "before", "after", "as", "a", "an",
})  # fmt: skip
#: A word that makes the words before a verb no noun phrase: an article inside it ("Fixed a
#: crash introduced in 2.1.3" is a changelog entry's verb and its object), a verb's past.
_NOT_IN_THING_RE = re.compile(r"\b(?:a|an|the|and|or)\b|^[a-z]+(?<!e)ed\b", re.IGNORECASE)
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
    is quick_ratio()'s removal, not Matcher.score()'s), else the noun phrase that opens the
    sentence and is the verb's subject ("Word-level diffs arrived in version 2.4",
    "Word-level diffs have been available since version 2.1": the release word-level diffs
    were added in, which conflict); a release with no such thing before it ("a regression
    introduced in 3.1.0", "Support for Python 3.8 was dropped in 2.3", "Yes, since 1.4") is
    none."""
    found = []
    for event in _LIFECYCLE_RE.finditer(text):
        start = event.start()
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, start - 300), start)]
        sentence = ends[-1] if ends else max(0, start - 300)
        verb = (event["verb"] or "available").lower()
        thing = _THING_RE.search(text, sentence, start)
        if event["paren"] and thing is not None:
            # "(since 2.1)" is said of the thing right before it, not of one earlier.
            last = list(_THING_RE.finditer(text, sentence, start))[-1]
            thing = last if not text[last.end() : start].strip() else None
        if thing is not None:
            name = (thing["quoted"] or thing["call"] or thing["flag"]).strip()
            begin = thing.start()
        else:
            worded = _WORDS_THING_RE.fullmatch(text, sentence, start)
            if worded is None or _not_a_thing(worded["thing"]):
                continue
            name, begin = _singular(worded["thing"]), worded.start("thing")
        if not re.search(r"[A-Za-z]", name):
            continue
        found.append(
            Lifecycle(
                (begin, event.end()),
                name,
                "added" if verb in _ARRIVALS else _EVENTS.get(verb, verb),
                event["release"],
            )
        )
    return found


def _singular(phrase: str) -> str:
    """A noun phrase with its last word singular and in lower case, so that "Word-level diffs"
    and "word-level diff" name one thing ("policies": policy); a word ending "ss" or "us"
    stays."""
    words = phrase.lower().split()
    last = words[-1]
    if len(last) > 4 and last.endswith("ies"):
        words[-1] = last[:-3] + "y"
    elif len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        words[-1] = last[:-1]
    return " ".join(words)


#: A changelog entry that says what a release added: "- Added: word-level diffs
#: (`word_diff=True`), off by default.", "* **New:** side-by-side output", "- Added the
#: histogram algorithm"; ``rest`` is what follows the word.
_ADDED_ENTRY_RE = re.compile(
    r"^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?:added|new)(?:\*\*|__)?(?::(?:\*\*|__)?[ \t]*|[ \t]+)"
    r"(?P<rest>[^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)
#: A subheading of a release's section that makes each entry under it an addition ("### Added",
#: the Keep a Changelog style), and the entries under it.
_ADDED_HEADING_RE = re.compile(r"^[ \t]*#{3,6}[ \t]+(?:added|new|new features)[ \t]*$", re.I | re.M)
_ENTRY_RE = re.compile(r"^[ \t]*[-*+][ \t]+(?P<rest>[^\n]+)", re.MULTILINE)
_NEXT_HEADING_RE = re.compile(r"^[ \t]*#", re.MULTILINE)
#: How far below its heading an entry may stand: its quote runs from the heading's release.
_ENTRY_REACH = 1000
#: What an entry's thing named in words is: a noun phrase of one to five words up to the first
#: mark of punctuation or the entry's end, after an article or "support for" ("the histogram
#: algorithm, a good middle ground ..." is the histogram algorithm).
_ENTRY_THING_RE = re.compile(
    r"(?:(?:the|a|an|new|support[ \t]+for)[ \t]+)*"
    r"(?P<thing>[A-Za-z][\w-]*(?:\.[A-Za-z_][\w-]*)*(?:[ \t]+[A-Za-z][\w-]*){0,4})"
    r"[ \t]*(?:$|[,;:(]|\.(?:\s|$))",
    re.IGNORECASE,
)


def added_entries(text: str) -> list[Lifecycle]:
    """The things a changelog's entries say a release added, as that release's additions: "##
    2.4.0 — 2023-06-14" over "- Added: word-level diffs (`word_diff=True`), off by default."
    is word-level diffs added in 2.4.0, which a FAQ's "Word-level diffs have been available
    since version 2.1" contradicts (round 31's quilldiff d12); an entry under a "### Added"
    subheading too. The thing is the entry's first one named as code when it opens the entry
    ("Added: `dir_timeout` for directory comparisons"), else its opening noun phrase up to a
    mark of punctuation (five words at most, no digits: "Added support for Python 3.12" is a
    requirement's); only in a page with two release headings or more."""
    headings = release_headings(text)
    if len(headings) < 2:
        return []
    entries = [(m.start(), m.start("rest"), m["rest"]) for m in _ADDED_ENTRY_RE.finditer(text)]
    for sub in _ADDED_HEADING_RE.finditer(text):
        following = _NEXT_HEADING_RE.search(text, sub.end())
        stop = following.start() if following else len(text)
        for entry in _ENTRY_RE.finditer(text, sub.end(), stop):
            entries.append((entry.start(), entry.start("rest"), entry["rest"]))
    found = []
    seen = set()
    for start, at, rest in sorted(entries):
        if start in seen:
            continue  # "- New quill deploy command" under "### Added": one entry
        seen.add(start)
        heading, release = next(((s, v) for s, v in reversed(headings) if s < start), (0, ""))
        if not release:
            continue
        code = _THING_RE.match(rest)
        if code is not None:
            name = (code["quoted"] or code["call"] or code["flag"]).strip()
            end = at + code.end()
        else:
            worded = _ENTRY_THING_RE.match(rest)
            if worded is None or _not_a_thing(worded["thing"]):
                continue
            name, end = _singular(worded["thing"]), at + worded.end("thing")
        if re.search(r"[A-Za-z]", name):
            told = text.index(release, heading)
            if start - told <= _ENTRY_REACH:
                found.append(Lifecycle((start, end), name, "added", release, told))
    return found


def _not_a_thing(words: str) -> bool:
    """Whether words that open a sentence or an entry name no thing: a pronoun or an article
    first, an article or a verb's past inside ("Fixed a crash"), or a release itself ("First
    public release": ``release_years`` dates it)."""
    split = words.lower().split()
    return (
        split[0] in _NOT_THINGS
        or split[-1] in ("release", "releases", "version", "versions")
        or _NOT_IN_THING_RE.search(words) is not None
    )

"""Which software setting a figure is the value of, and whether it is a value a change replaced.

Software documentation states a setting's value in three ways: in a reference entry, the
setting's name on a line of its own above its description ("--jobs N" / "Number of parallel
upload workers. The default is 4"); with the setting's code name in the sentence ("Batches hold
up to 500 events by default; raise `batch_size`"); or with its name in words after "default"
("Default compression level is now 5", "The read timeout defaults to 60 seconds"). Figures of
one setting state one quantity, figures of two settings never do.

A changelog also states the value a change replaced ("now 5 (was 3)", "raised from 4 to 8"):
that is the setting's history, not what the setting is (``previous``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from factcheck.extract.ids import slug
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.examples import PASSES_OR_GIVES_EXAMPLE_RE
from factcheck.text.numbers.furniture import address_port
from factcheck.text.tables import Cell, Table, Tables, tables_of

#: A code name: in backticks, a long option ("--retention-days"), or a snake_case name.
_CODE_RE = re.compile(
    r"`(?P<tick>-{0,2}[A-Za-z][\w.\[\]-]{0,40})`"
    r"|(?<![\w/-])(?P<flag>--[a-z][a-z0-9-]*[a-z0-9])"
    r"|\b(?P<snake>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b"
)
#: A value right after an option: "--workers 2", "`--jobs=8`".
_OWN_VALUE_RE = re.compile(r"`?(?:[ \t]+|=)\d")
#: A code name, then an opening bracket and perhaps "default" right before a figure.
_AFTER_CODE_RE = re.compile(
    "(?:" + _CODE_RE.pattern + r")\s*\(\s*(?:default(?:s\s+to)?\s*[:=]?\s*)?\Z", re.IGNORECASE
)
#: A reference entry's name line: the name (a key of a list's items too: "upstreams[].timeout"),
#: perhaps its argument in capitals ("--jobs N", "--repo PATH|URL") or its negation ("--tls /
#: --no-tls").
_ENTRY_RE = re.compile(
    r"[ \t]*(?:`?-[A-Za-z]`?,[ \t]*)?`?(?P<name>--[a-z][a-z0-9-]*|[a-z][a-z0-9]*(?:[_.][a-z0-9]+|\[\])*)`?"
    r"(?:[ \t]+(?P<metavar>[A-Z][A-Z0-9_|]*))?(?:[ \t]*/[ \t]*`?--[a-z][\w-]*`?)?"
    r"(?:[ \t]+\((?P<which>[a-z][a-z0-9 _-]{0,20})\))?[ \t]*"
)
#: A reference table's type column, between a setting's name and its description ("port
#: (syslog)" | "integer" | "UDP port to listen on. Default: 5514."): the kind of value, not the
#: setting's name (``type_cell``: "path" is a name on a line of its own).
TYPE_WORDS = word_set(
    "string str integer int uint float double number boolean bool duration size bytes path "
    "list array map dict object enum regex url time"
)
_DEFAULT_LABEL_RE = re.compile(r"\bdefault(?:\s+value)?\s*[:=]\s*[`*_]*\Z", re.IGNORECASE)
#: A Markdown heading that is a code name: "### `--jobs`", "## batch_size".
_HEADING_ENTRY_RE = re.compile(
    r"[ \t]*#{1,6}[ \t]+(?:" + _CODE_RE.pattern + r")(?:[ \t]+`?[A-Z][A-Z0-9_|]*`?)?[ \t]*#*[ \t]*"
)
#: The setting named in words after "default", before its verb ("Default compression level is
#: now 5", "the default port is 8126", "The default pool size went up from two connections to
#: four"), or before "defaults to" ("The read timeout defaults to"); not after "by default",
#: whose next words are the clause's subject ("By default a call is attempted 5 times" names no
#: setting "call").
_DEFAULT_NAME_RE = re.compile(
    r"(?<!\bby\s)\bdefault\s+(?P<after>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:is|are|was|has\s+been|"
    r"changed|raised|lowered|increased|reduced|set|went|goes|rose|grew|fell|dropped|doubled|"
    r"halved|moved|switched)\b"
    r"|(?P<before>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+defaults?\s+to\b",
    re.IGNORECASE,
)
#: The setting named in words after "default", right before its figure: "The default port,
#: 587", "the default connect timeout of 30 seconds" (not "the default of 1 thread": no name).
_APPOSED_RE = re.compile(
    r"\bdefault\s+(?P<name>(?!of\b)[a-z][a-z-]*(?:\s+(?!of\b)[a-z][a-z-]*){0,2}?)"
    r"(?:\s*,|\s+of)\s*\Z",
    re.IGNORECASE,
)
#: The setting named as its clause's subject, before a phrase that says what it is between or
#: for, and then "defaults to": "The retry delay between attempts to upload a chunk now defaults
#: to 5 seconds" (the retry delay's, not the chunk's).
_HEAD_DEFAULTS_TO_RE = re.compile(
    r"[\W_]*(?:the\s+)?(?P<head>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+"
    r"(?:between|for|per|during|after|before|when|while)\s[^.;:\n]*?\bdefaults?\s+to\b",
    re.IGNORECASE,
)
#: The setting named between "defaults to" and the figure ("JPEG output defaults to quality 85").
_DEFAULTS_TO_RE = re.compile(r"\bdefaults?\s+to\s+(?P<to>[a-z][a-z-]*)\s+(?=\d)", re.IGNORECASE)
#: Words of a setting's name that say which kind of value it is, not which setting.
_KIND_WORDS = frozenset(
    {"max", "maximum", "min", "minimum", "limit", "size", "default", "value"}
    # the unit a code name ends in: ``retention_days``, ``timeout_seconds``, ``max_size_mb``
    | {"days", "hours", "minutes", "mins", "seconds", "secs", "ms", "bytes", "kb", "mb", "gb"}
)
_NOT_NAMES = frozenset(
    {"the", "a", "an", "this", "that", "it", "its", "value", "setting", "option"}
    # adverbs between a name and "defaults to": "The retry delay now defaults to 5 seconds"
    | {"now", "still", "also", "always", "currently", "already", "usually", "normally"}
)
#: Words before a figure that make it the value a change replaced: "(was 3)", "raised from 4",
#: "shortened the cache lifetime from 30 days", and with what the two figures are between "from"
#: and the figure ("moved from port 9000", then "to" after it: ``previous``).
_PREVIOUS_RE = re.compile(
    r"(?:\(\s*(?:was|were)|\b(?:previously|formerly)|\bthe\s+(?:old|former)|\b(?:changed|raised|lowered|increased|"
    r"reduced|bumped|moved|went|gone|switched|shifted|revised|updated|adjusted|cut|dropped|"
    r"decreased|extended|shortened|lengthened|hiked|slashed|trimmed|lifted)"
    r"(?:\s+[\w`-]+){0,6}?\s+from"
    r"(?P<named>(?:\s+(?!(?:to|in|on|at|by|for|of|since|after|before|until|the|a|an)\b)"
    r"[A-Za-z][\w-]*){1,2})?"
    # "now measured over the rolling window instead of a fixed 10-second window"
    r"|\binstead\s+of(?:\s+(?:a|an|the))?(?:\s+[a-z]+)?)\s*\Z",
    re.IGNORECASE,
)
#: "to" after the figure a change replaced: "moved from port 9000 to port 9901".
_TO_AFTER_RE = re.compile(r"[ \t\u00a0]+to\b", re.IGNORECASE)
#: The next sentence, on the same line: what a figure's setting may be named in.
#: A hard-wrapped line (a FAQ.txt's "or you can raise\n   render_timeout.") goes on; a blank line,
#: a list item, a heading, a table's row or a question's "Q:" does not.
_BREAK = r"\n(?=[ \t]*(?:\n|$|[-*+#|>]|\d+[.)][ \t]|[A-Z]:))"
_NEXT_SENTENCE_RE = re.compile(
    rf"[ \t]*(?P<s>(?:(?!{_BREAK})[\s\S]){{1,200}}?)(?:[.!?](?=\s|$)|{_BREAK}|$)"
)
#: Two settings weighed against each other: "--timeout rather than --connect-timeout",
#: "`pool_size` instead of `max_connections`".
_CONTRASTED_RE = re.compile(
    "(?:"
    + _CODE_RE.pattern
    + r")\s*,?\s+(?:rather\s+than|instead\s+of|not)\s+(?:"
    + _CODE_RE.pattern.replace("?P<tick>", "?:")
    .replace("?P<flag>", "?:")
    .replace("?P<snake>", "?:")
    + ")",
    re.IGNORECASE,
)
#: Telling the reader to change a setting by its code name: "raise `timeout`", "lower --jobs".
_ADJUST_RE = re.compile(
    r"\b(?:raise|increase|lower|reduce|decrease|set|change|adjust|tune)\s+(?:"
    + _CODE_RE.pattern
    + ")",
    re.IGNORECASE,
)
#: A column heading's words that give its cells a role ("Default", "Max", "Minimum version"), the
#: first role that fits.
_COLUMN_ROLES = (
    ("default", frozenset({"default", "defaults"})),
    ("maximum", frozenset({"max", "maximum"})),
    ("minimum", frozenset({"min", "minimum"})),
)
_VERSION_HEADING_RE = re.compile(
    r"^[ \t]*(?P<marked>#{1,6}[ \t]*)?(?P<bracket>\[)?(?P<named>version[ \t]+|v)?"
    r"(\d+\.\d+(?:\.\d+)*)\]?(?=[ \t]|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: What may follow a bare version that heads a release's section: nothing, a date, a bracket or
#: a dash ("2.1.0", "1.4 (2023-06-05)", "0.9 - 2019-01-04", "2.0.0 — 14 March 2024"), not a
#: unit ("0.5 s" in a settings table's cell).
_AFTER_BARE_VERSION_RE = re.compile(
    r"[ \t]*(?:$|[(\[:\-\u2013\u2014]|\d{4}|\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d)",
    re.MULTILINE,
)
#: The heading of a table's name column: "Option", "Setting", "Name", "Parameter", "Key".
_HEADING_CELL_RE = re.compile(r"(?i)option|setting|name|parameter|key|flag|variable|field")
#: A name line of several options: "--width N, --height N".
_SEVERAL_RE = re.compile(
    r"[ \t]*`?--[a-z][\w-]*`?(?:[ \t]+[A-Z][A-Z0-9_|]*)?[ \t]*,[ \t]*`?--[a-z]"
)
#: How many lines above a figure its reference entry's name may stand.
_ENTRY_LINES = 6


def setting_of(
    text: str, span: tuple[int, int], clause: tuple[int, int], sentence: tuple[int, int]
) -> tuple[str, bool]:
    """The setting (a slug: ``retention-days``, ``batch-size``) whose value the figure at
    ``span`` states, and whether it is named in words: a code name in its clause, else in its
    sentence, else named after "default" in its clause (in words), else its reference entry's
    name; "" when none is named."""
    row = table_row(text, span[0])
    if row is not None:
        # Every figure of a reference table's row is a value of the row's setting.
        return row.setting(text), False
    # "`--cache-max` (default 2 GiB)": a figure in brackets right after a code name is its.
    bracketed = _AFTER_CODE_RE.search(text, max(sentence[0], span[0] - 60), span[0])
    if bracketed is not None:
        return _name(next(g for g in bracketed.groups() if g)), False
    for start, end in (clause, sentence):
        code = _setting_code(text, start, end, span[1])
        # Another clause's option given its own value names that value's setting: "Each worker
        # can use up to 512 MB of memory by default, so ... use --workers 2".
        while (
            code is not None
            and not clause[0] <= code.start() < clause[1]
            and (_OWN_VALUE_RE.match(text, code.end()))
        ):
            code = _setting_code(text, code.end(), end, span[1])
        if code is not None and not _bracketed_after_another(text, span, code.start()):
            return _name(next(g for g in code.groups() if g)), False
    entry = _entry(text, span[0])
    # "The default port, 587, expects STARTTLS", "the default timeout of 30 seconds": the
    # setting named in words right before its figure, whatever the next sentence tells one to
    # change.
    apposed = _APPOSED_RE.search(text, max(sentence[0], span[0] - 60), span[0])
    if apposed is not None:
        phrase = _named_words(apposed["name"].lower().split())
        if phrase:
            words = slug("-".join(phrase))
            # In the entry of ``--score-cutoff``, "the default cutoff of 80" names it in short.
            if entry and same_setting(entry, words, in_words=True):
                return entry, False
            return words, True
    # "defaults to quality 85" names the setting right before the figure, whatever the clause
    # said first ("JPEG output defaults to").
    found = [
        *_DEFAULTS_TO_RE.finditer(text, clause[0], clause[1]),
        *filter(None, [_HEAD_DEFAULTS_TO_RE.match(text, clause[0], clause[1])]),
        *_DEFAULT_NAME_RE.finditer(text, clause[0], clause[1]),
    ]
    for named in found:
        phrase = next(g for g in named.groups() if g).lower().split()
        phrase = _named_words(phrase)
        if phrase:
            words = slug("-".join(phrase))
            # In the entry of ``--quality``, "The default quality is 82" names it by its code.
            return (entry, False) if entry == words else (words, True)
    if entry:
        return entry, False
    return _adjusted_next(text, sentence[1]), False


#: A code name that is no setting: a class or an exception ("`FetchError`", "`TooManyErrors`"),
#: in upper camel case.
_CLASS_NAME_RE = re.compile(r"`?[A-Z][a-z0-9]+[A-Z]\w*`?\Z")
#: A code name called right after it: "iter_chunks()", "`send()`" - a function, no setting.
_CALLED_RE = re.compile(r"`?\(")


def _setting_code(text: str, start: int, end: int, after: int) -> re.Match[str] | None:
    """The first code name between ``start`` and ``end`` that may name a setting: not a class
    or exception ("rowwright retries a failed download two more times before raising
    `FetchError`" names no setting ``fetcherror``), nor a function called ("By default
    rowwright yields chunks of 5,000 rows from iter_chunks(); set chunk_rows to change this"
    names ``chunk_rows``), nor a setting the sentence compares the figure with after it
    (``after``: "up to 120 seconds, so a server can ask for a much longer pause than max_delay
    would allow"; not "longer than max_field_size, which defaults to 65,536 characters")."""
    for code in _CODE_RE.finditer(text, start, end):
        if _CLASS_NAME_RE.match(code[0]) or _CALLED_RE.match(text, code.end()):
            continue
        if code.start() >= after and _THAN_RE.search(
            text, max(start, code.start() - 12), code.start()
        ):
            continue  # "a much longer pause than max_delay would allow": another quantity
        return code
    return None


#: A comparison right before a code name: the setting it names is what the figure is weighed
#: against, not the figure's own ("It honours a Retry-After header up to 120 seconds, so a server
#: can ask for a much longer pause than max_delay would allow").
_THAN_RE = re.compile(r"\bthan\s+(?:the\s+)?`?\Z", re.IGNORECASE)


def _named_words(phrase: list[str]) -> list[str]:
    """The words of a setting named in words, less those that name none ("the", "now") and a
    count's "number of" ("The default number of retries went from 1 to 3" names ``retries``)."""
    kept = [w for w in phrase if w not in _NOT_NAMES]
    if len(kept) > 2 and kept[0] in ("number", "amount", "count") and kept[1] == "of":
        kept = kept[2:]
    return kept


def _bracketed_after_another(text: str, span: tuple[int, int], code: int) -> bool:
    """Whether the code name at ``code`` is in brackets after another figure than the one at
    ``span``: "accepts up to 500 client connections and keeps at most 100 server connections
    (max_db_connections)" names the setting of 100, not of 500."""
    return (
        code > span[1]
        and text[:code].rstrip("`").endswith("(")
        and re.search(r"\d", text[span[1] : code]) is not None
    )


#: A link to this machine right before its port: "http://localhost:", "http://127.0.0.1:".
_LOCAL_LINK_RE = re.compile(
    r"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):\Z", re.IGNORECASE
)
#: A server said to be there: "starts a preview server at", "listens", "is served at" (not
#: "the dashboard is available at", which may be another program's).
_SERVED_RE = re.compile(r"\b(?:listen(?:s|ing)?|serve[sd]?|serving|server)\b", re.IGNORECASE)


def served_at(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is the port a server listens on unless told otherwise,
    its default: a port right after "listens on" in a sentence that says so ("The server
    listens on port 8088 unless you pass a different port", "serve listens on 8088 by
    default"), or the port of a link to this machine in a sentence that says a server is there
    ("`shrinkwell serve` starts a preview server at http://localhost:8080", "point the proxy
    at http://127.0.0.1:8080, which is where it listens"), the only such link there. A
    sentence that passes an option
    ("run it with --port 9000 and open http://localhost:9000") or gives an example ("Here it
    listens on port 6432", "for example") is none."""
    said = text[sentence[0] : sentence[1]]
    if PASSES_OR_GIVES_EXAMPLE_RE.search(said):
        return False
    if _LISTENS_ON_RE.search(text, max(sentence[0], span[0] - 30), span[0]) is not None:
        return _UNLESS_CHANGED_RE.search(said) is not None
    if _LOCAL_LINK_RE.search(text, max(sentence[0], span[0] - 30), span[0]) is None:
        return False
    # Two local links in one sentence are two servers ("Grafana at http://localhost:3000 and
    # Prometheus at http://localhost:9090"): which is whose is not said.
    links = len(re.findall(r"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]):", said))
    return links == 1 and _SERVED_RE.search(said) is not None


#: "listens on port ", "listening on ", "listens on TCP port ", "listens on 0.0.0.0:", "listens
#: on :": the port follows.
_LISTENS_ON_RE = re.compile(
    r"\blisten(?:s|ing)?\s+on\s+(?:(?:TCP|UDP|HTTPS?)\s+)?"
    r"(?:port\s+|`?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\]|\*)?:)?\Z",
    re.IGNORECASE,
)
#: The words of a setting's name that say it is the address a server listens on: ``--listen``,
#: ``bind_address``, ``listen_addr``, ``port``.
_LISTEN_WORDS = frozenset({"listen", "bind", "addr", "address", "host", "port"})


def listen_port(text: str, span: tuple[int, int], setting: str, sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is the port of the address a server listens on, written
    with its colon (``furniture.address_port``): "The default is :8088, which listens on all
    interfaces" in the entry of ``--listen ADDR`` is the server's port, 8088, what another page
    says as "listens on port 8080 by default". The setting it is named by, if any, is one of
    listening (``--listen``, ``bind_address``: not ``--admin`` or ``metrics_listen``, another
    server's) or, with none, its sentence says a server listens ("Set it to listen on
    0.0.0.0:8443"); and its sentence passes no option nor gives an example ("for example
    `--listen :9090`")."""
    if not address_port(text, span[0], span[1]):
        return False
    said = text[sentence[0] : sentence[1]]
    if setting and not set(setting.split("-")) <= _LISTEN_WORDS:
        return False
    if not setting and _SERVED_RE.search(said) is None:
        return False
    return PASSES_OR_GIVES_EXAMPLE_RE.search(said) is None


#: What says a value holds unless changed: "by default", "unless you pass a different port".
_UNLESS_CHANGED_RE = re.compile(r"\bby\s+default\b|\bunless\b", re.IGNORECASE)


def named_before(text: str, previous: tuple[int, int]) -> str:
    """The setting the sentence before names, when it names one only, by its code name:
    "`max_retries` does not count the first attempt. With the default of 8, ..." (what an
    unnamed default is the default of), or ""."""
    names = {
        _name(next(g for g in code.groups() if g))
        for code in _CODE_RE.finditer(text, previous[0], previous[1])
        if not _names_a_thing(text, code.start(), code.end())
    }
    return next(iter(names)) if len(names) == 1 else ""


#: An article, then a code name and one word ending its phrase: "adds a job to the `emails`
#: queue, and ..." names a queue (a thing of the program's), no setting; not "the `workers`
#: setting", "the `timeout` applies to".
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+\Z", re.IGNORECASE)
_THING_AFTER_RE = re.compile(
    r"[ \t]+(?!(?:setting|option|flag|parameter|key|variable|field|value|default|argument)\b)"
    r"[a-z]+(?=\s*(?:[,.;:)]|\band\b|\bor\b))"
)


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the code name at ``start``-``end`` names a thing by an article and the noun after
    it ("the `emails` queue,")."""
    return (
        text[start] == "`"
        and _ARTICLE_BEFORE_RE.search(text, max(0, start - 8), start) is not None
        and _THING_AFTER_RE.match(text, end) is not None
    )


def adjusted_next(text: str, sentence_end: int) -> bool:
    """Whether the sentence after the one ending at ``sentence_end`` says which setting to
    change ("Transfers that make no progress for 120 seconds are aborted. Raise --io-timeout")."""
    return bool(_adjusted_next(text, sentence_end))


def _adjusted_next(text: str, sentence_end: int) -> str:
    """The setting the next sentence tells the reader to change, or ""."""
    after = _NEXT_SENTENCE_RE.match(text, sentence_end)
    if after is None:
        return ""
    said = after.group("s")
    if _CONTRASTED_RE.search(said):
        # "raise --timeout rather than --connect-timeout": the sentence weighs two settings
        # against each other, not the one the figure before is the value of.
        return ""
    adjust = _ADJUST_RE.search(said)
    if adjust is None or _OWN_FIGURE_RE.search(said, 0, adjust.start()):
        # "Delays ... double after each failed attempt, up to a ceiling of 2 minutes. By default
        # it gives up after 10 attempts; raise max_reconnects if ...": the setting is the next
        # sentence's own figure's, not the 2 minutes'.
        return ""
    return _name(next(g for g in adjust.groups() if g))


#: A figure of the next sentence's own, before the setting it tells the reader to change.
_OWN_FIGURE_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|sixty|"
    r"hundred|thousand)\b",
    re.IGNORECASE,
)


def labelled_default(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` follows a "Default:" label ("Default: 4", "default value =
    `30`")."""
    return _DEFAULT_LABEL_RE.search(text, max(0, span[0] - 30), span[0]) is not None


def column_role(text: str, span: tuple[int, int]) -> str:
    """The role a table's column heading gives the figure at ``span`` in its cell ("| Option |
    Default | Maximum |" above "| `--jobs` | 4 | 32 |"; "| Dependency | Minimum version |"):
    ``default``, ``maximum``, ``minimum``, or ""."""
    row = table_row(text, span[0])
    if row is not None:
        return row.role
    placed = tables_of(text).at(span[0])
    return "" if placed is None else _heading_role(placed.column_header)


def _heading_role(heading: str) -> str:
    """The role a column's heading gives its cells' figures: ``default`` under "Default" or
    "Default value", ``maximum`` under "Max", ``minimum`` under "Minimum version"; none under a
    description's heading that names them too ("Description, default and limits": its cells say
    which figure is which in words) nor under other words ("Minutes")."""
    heading = heading.lower()
    if _DESCRIPTION_HEADING_RE.search(heading):
        return ""
    said = set(re.findall(r"[a-z]+", heading))
    return next((role for role, names in _COLUMN_ROLES if said & names), "")


def releases(text: str) -> list[tuple[int, str]]:
    """Where each release's section starts and its version: the headings that name one ("##
    [3.0.0] - 2025-11-03", "Version 2.6", a line "2.1.0 (2026-04-14)"), in text order. A bare
    number at a line's start heads nothing when a unit follows it or a table's cell holds it: an
    HTML settings table renders "0.5 s" and "2.0" as lines of their own, and read as releases
    they made every figure below them an older release's (round 27's mulish)."""
    tables = tables_of(text)
    return [
        (match.start(), match[4])
        for match in _VERSION_HEADING_RE.finditer(text)
        if match["marked"] or match["bracket"] or match["named"] or _bare_heading(match, tables)
    ]


def _bare_heading(match: re.Match[str], tables: Tables) -> bool:
    """Whether a version that opens a line with no mark of a heading (``releases``) heads a
    section: what follows it on its line is a date or nothing, and no table cell holds it."""
    return (
        _AFTER_BARE_VERSION_RE.match(match.string, match.end()) is not None
        and tables.at(match.start(4)) is None
    )


def release_at(sections: list[tuple[int, str]], position: int) -> str:
    """The version of the release section (``releases``) that holds ``position``, or ""."""
    at = bisect.bisect_right(sections, (position, "")) - 1
    return sections[at][1] if at >= 0 else ""


def previous(text: str, span: tuple[int, int], sentence_start: int) -> bool:
    """Whether the figure at ``span`` is the value a change replaced: "(was 3)", "The old
    20-second value kept dead connections open", "instead of a fixed 10-second window", "raised from 4 to 8", "went from 1 to 3", "switched from 8420", "The admin API moved from port 9000 to port
    9901" (the words that name both figures between "from" and the first, then "to" after it;
    without "to", "moved from London in 2019" is no change of a value)."""
    found = _PREVIOUS_RE.search(text, max(sentence_start, span[0] - 60), span[0])
    if found is None:
        return False
    return not found["named"] or _TO_AFTER_RE.match(text, span[1]) is not None


def same_setting(a: str, b: str, *, in_words: bool) -> bool:
    """Whether two setting names may name one setting: equal; or, when one of them is named in
    words ("Default server port ..."), one the other's last words ("port" and "server-port"; not
    "read-timeout" and "connect-timeout"), or the same words but for those of a bound or size
    ("packet-limit" and "max-packet-size"). Two code names are two settings ("--port",
    "--metrics-port", "max-size", "min-size")."""
    shorter, longer = sorted((a, b), key=len)
    if longer == shorter:
        return True
    if not in_words:
        return False
    # "packet limit" and ``max_packet_size``: words that say which kind of bound or value
    # ("max", "limit", "size") differ between a name in words and a code name.
    named = [set(name.split("-")) - _KIND_WORDS for name in (shorter, longer)]
    return longer.endswith(f"-{shorter}") or (bool(named[0]) and named[0] == named[1])


def _name(code: str) -> str:
    """The slug of a code name: ``--retention-days``, ``retention_days`` and
    ``upstreams[].timeout`` (a key of each item of a list) are ``retention-days`` and
    ``upstreams-timeout``."""
    return slug(code.strip("`").lstrip("-").replace("[]", "").replace("_", "-").replace(".", "-"))


def type_cell(text: str, start: int) -> bool:
    """Whether the text at ``start`` is a reference table's type cell: a type's name ("integer",
    "size", "path") in the cell right after a setting's name."""
    placed = tables_of(text).at(start)
    if placed is None or placed.column == 0 or placed.cell.text.lower() not in TYPE_WORDS:
        return False
    name = placed.table.rows[placed.row][placed.column - 1]
    return name is not None and _ENTRY_RE.fullmatch(name.text) is not None


def entry_name(text: str, position: int) -> str:
    """The setting of the reference entry that holds ``position`` (its table row's, or its name
    line's above): ``timezone`` for "Default: "UTC"" in that row; "" outside an entry."""
    return _entry(text, position)


def _entry(text: str, position: int) -> str:
    """The name of the reference entry the text at ``position`` describes: a name line a few
    lines above, with only its description between (lines of prose, not a heading or a blank),
    or a Markdown heading that is a code name ("### `--jobs`"), blank lines between too."""
    found = _entry_line(text, position)
    if found is None:
        return ""
    entry, _ = found
    if isinstance(entry, str):
        return entry
    # "retry.max_attempts (kafka)": the setting for one kind of output, not the other's.
    which = f"-{entry['which']}" if entry["which"] else ""
    return _name(entry["name"] + which)


def _entry_line(text: str, position: int) -> tuple[str | re.Match[str], int] | None:
    """The name line of ``_entry`` (its match, or a heading's name) and where it ends: the name
    cell of the table row that holds ``position`` (``table_row``), else a name line above."""
    row = table_row(text, position)
    if row is not None:
        return (row.setting(text) if row.repeated else row.name), row.name.end()
    end = text.rfind("\n", 0, position)
    blank = False
    for _ in range(_ENTRY_LINES):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        heading = _HEADING_ENTRY_RE.fullmatch(line)
        if heading is not None:
            return _name(next(g for g in heading.groups() if g)), end
        if _row_on_line(text, start, end):
            return None  # a table's cell: the text below the table is in no entry of its
        entry = _ENTRY_RE.fullmatch(line)
        if entry is not None and not blank and type_cell(text, start):
            end = start - 1  # the type column: the name is the line above
            continue
        if entry is not None and not blank:
            return entry, end
        if _SEVERAL_RE.match(line):
            return None  # "--width N, --height N": an entry of two settings, neither alone
        if not line.strip():
            blank = True
        elif line.lstrip().startswith("#") or not re.search(r"[.,;:!?]", line):
            return None  # a heading: the figure is in no entry
        end = start - 1
    return None


#: A figure's number: "100", "0.5", "1,000".
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def in_default_column(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is in a reference table's default column ("4 MiB on
    average per chunk" under "Default"), whatever role its words give."""
    row = table_row(text, span[0])
    return row is not None and row.role == "default"


def restates_default(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` stands in a table row's other cell than its default
    column and restates the number of its default cell: "Lines longer than 100 characters are
    reported" in the row of ``--max-line-length`` whose default cell is "100" states what the
    setting holds unless changed, whichever bound its words give."""
    row = table_row(text, span[0])
    if row is None or row.role == "default":
        return False
    defaults = [n for n, h in enumerate(row.headings) if _heading_role(h) == "default"]
    own = _NUMBER_RE.search(text, *span)
    if len(defaults) != 1 or own is None or defaults[0] >= len(row.cells):
        return False
    first = _NUMBER_RE.search(text, *row.cells[defaults[0]])
    return first is not None and first[0].replace(",", "") == own[0].replace(",", "")


def sole_in_row(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is the only figure of its reference table row, past the
    name cell, stated in a sentence of its description: "Run history is kept for 14 days, then
    removed by the nightly cleanup" in the row of ``history_days`` (not "Default: 1800 seconds.
    Set to 0 to disable.", two figures, nor "Set to 0 to disable metrics", a value the reader
    is told to give)."""
    row = table_row(text, span[0])
    if row is None or row.column == 0:
        return False
    if _CHOSEN_BEFORE_RE.search(text, max(0, span[0] - 20), span[0]):
        return False  # "Set to 0 to disable metrics": a value one chooses, for a purpose
    cell = text[slice(*row.cells[row.column])]
    if len(re.findall(r"[A-Za-z]{2,}", cell)) < _STATED_WORDS:
        return False  # a bare value under a heading that names no role ("Type") says none
    return sum(len(_NUMBER_RE.findall(text, *cell)) for cell in row.cells[1:]) == 1


#: The fewest words of a description cell that states its row's figure in a sentence.
_STATED_WORDS = 3
#: A value the reader is told to give: "Set to 0 to disable", "set it to 1", "use 2".
_CHOSEN_BEFORE_RE = re.compile(r"\b(?:set(?:\s+it)?\s+to|use|pass|give)\s+\Z", re.IGNORECASE)


#: A description that says its row holds a share of a whole: "Largest share of calls that may
#: be retries", "Random spread applied to each wait, as a fraction of the wait".
_SHARE_DESCRIPTION_RE = re.compile(
    r"\b(?:share|fraction|proportion|percentage)\s+of\b", re.IGNORECASE
)


def fraction_of_whole(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` stands in a reference table's row whose description says
    it holds a share of a whole: ``retry_budget`` | float | 0.2 | "Largest share of calls that
    may be retries" holds 20 % of calls, which prose says as "at most 20% of calls" (the
    caller reads only a decimal fraction so: ``drafts._unit_of_setting``)."""
    row = table_row(text, span[0])
    return row is not None and _SHARE_DESCRIPTION_RE.search(row.description(text)) is not None


def several_defaults(text: str, position: int) -> bool:
    """Whether ``position`` is in a table row whose default cell holds two figures or more: a
    default for each mode ("5432 / 3306" of PostgreSQL and MySQL)."""
    row = table_row(text, position)
    if row is None:
        return False
    return any(
        len(_NUMBER_RE.findall(text, *cell)) > 1
        for cell, heading in zip(row.cells, row.headings, strict=False)
        if _heading_role(heading) == "default"
    )


def entry_description(text: str, position: int) -> str:
    """The description of the reference entry that holds ``position``: its table row's
    description cell (``Row.description``), or the lines between its name line and the line of
    ``position``; "" outside an entry."""
    row = table_row(text, position)
    if row is not None:
        return row.description(text)
    found = _entry_line(text, position)
    if found is None or not isinstance(found[0], re.Match):
        return ""
    stop = text.find("\n", position)
    return text[found[1] : len(text) if stop < 0 else stop]


def entry_units(text: str, span: tuple[int, int]) -> list[str]:
    """Words that may say the unit of the bare figure at ``span`` in a reference entry, best
    first: the placeholder of its name line ("--timeout SECONDS", "--max-size PX"), then the
    units its description names ("in pixels", "Seconds to keep computed checksums"): the
    description is the entry's lines down to the figure's, and, for a figure alone on its line
    (a default on the line after its name line), the line below it."""
    row = table_row(text, span[0])
    if row is not None:
        # A table's row: its name cell's placeholder, its type cell's unit ("integer (s)"), the
        # units its other cells name.
        words = [row.name["metavar"]] if row.name["metavar"] else []
        for a, b in row.cells[1:]:
            words += _TYPE_UNIT_RE.findall(text, a, b)
            words += [next(g for g in m.groups() if g) for m in _IN_UNIT_RE.finditer(text, a, b)]
        return words
    found = _entry_line(text, span[0])
    if found is None:
        return []
    entry, end = found
    words = [entry["metavar"]] if not isinstance(entry, str) and entry["metavar"] else []
    stop = text.find("\n", span[1])
    stop = len(text) if stop < 0 else stop
    line_start = text.rfind("\n", 0, span[0]) + 1
    if not text[line_start:stop].strip(" \t`*_.").replace(text[span[0] : span[1]], "", 1).strip():
        below = text.find("\n", stop + 1)
        stop = len(text) if below < 0 else below
    description = text[end:stop]
    words += [next(g for g in m.groups() if g) for m in _IN_UNIT_RE.finditer(description)]
    return words


#: A page's word for the unit of all its settings of a kind: "All times are in seconds and all
#: sizes in bytes unless stated otherwise", "Durations are in seconds unless a setting says
#: otherwise".
_PAGE_UNIT_RE = re.compile(
    r"\b(?P<kind>times|durations|timeouts|delays|intervals|sizes)\s+(?:are\s+)?"
    r"(?:(?:given|expressed|measured|written)\s+)?in\s+(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
#: Words of a setting's name, or of its description's first two, that say it holds a time or
#: a size: ``open_timeout``, ``reconnect_max_delay``, "Delay before the first reconnect
#: attempt", ``max_size``, "Outgoing data buffered before send() waits" (not "Random spread
#: applied to each delay": a fraction).
_KIND_OF_ROW = {
    "time": word_set(
        "time timeout delay interval ttl backoff wait duration period lifetime expiry"
    ),
    "size": word_set("size bytes data memory"),
}


#: The units a page may say all its times or sizes are in.
_PAGE_UNITS = {
    "time": word_set("seconds milliseconds minutes"),
    "size": word_set("bytes kilobytes megabytes kib mib kb mb"),
}


def page_unit(text: str, span: tuple[int, int]) -> str:
    """The unit of the bare figure at ``span`` in a reference table's row that its page says
    all its settings of the row's kind are in ("All times are in seconds and all sizes in
    bytes unless stated otherwise": ``ping_timeout`` | float | 10 | "Time to wait for a pong"
    is 10 seconds), or ""; for a row whose own cells name no unit (``entry_units``)."""
    row = table_row(text, span[0])
    if row is None:
        return ""
    kind = _kind_of_row(row.setting(text), row.description(text))
    return page_units(text).get(kind, "") if kind else ""


@functools.lru_cache(maxsize=8)
def page_units(text: str) -> dict[str, str]:
    """The unit a page says all its settings of a kind are in (``time``: ``seconds``,
    ``size``: ``bytes``), from a sentence such as "All times are in seconds and all sizes in
    bytes unless stated otherwise"; only a kind that one unit is said for."""
    said: dict[str, set[str]] = {}
    for found in _PAGE_UNIT_RE.finditer(text):
        kind = "size" if found["kind"].lower() == "sizes" else "time"
        unit = found["unit"].lower()
        # "Page sizes are in millimetres": paper, not data.
        if unit in _PAGE_UNITS[kind]:
            said.setdefault(kind, set()).add(unit)
    return {kind: next(iter(units)) for kind, units in said.items() if len(units) == 1}


def _kind_of_row(setting: str, description: str) -> str:
    """``time`` or ``size`` when the setting's name or its description's first two words say
    it holds one (``_KIND_OF_ROW``), else ""; "" when they say both."""
    said = set(setting.split("-")) | {w.lower() for w in description.split()[:2]}
    kinds = [kind for kind, words in _KIND_OF_ROW.items() if said & words]
    return kinds[0] if len(kinds) == 1 else ""


#: A type cell's unit in brackets: "integer (s)", "duration (ms)".
_TYPE_UNIT_RE = re.compile(r"^[ \t]*[a-z]+[ \t]*\(([a-z]{1,12})\)[ \t]*$", re.MULTILINE)
#: A description naming the unit of its entry's figures: "in pixels", "Seconds to keep", "(in
#: seconds)", "measured in milliseconds"; a plural opening its description, what is counted
#: ("Seconds allowed for a remote file to finish downloading", "Milliseconds spent waiting").
_IN_UNIT_RE = re.compile(
    r"\bin\s+([a-z]+)\b|^[ \t]*([A-Z][a-z]+)\s+(?:to|of|before|after|between)\b"
    r"|^[ \t]*([A-Z][a-z]+s)\s+(?=[a-z])",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Row:
    """A row of a reference table whose name column holds a setting's name."""

    name: re.Match[str]
    """The name cell, matched by ``_ENTRY_RE`` (its name, metavar and which)."""
    cells: tuple[tuple[int, int], ...]
    """Where each of the row's cells stands in the text, name cell first."""
    headings: tuple[str, ...]
    """The heading of each cell's column, lower case."""
    column: int
    """The cell that holds the position asked about."""
    repeated: bool = False
    """Whether another row of the table has the same name: a row for each mode ("--workers" of
    "thumbwright batch" and of "thumbwright serve"), two settings."""

    def setting(self, text: str) -> str:
        """The setting the row is of: its name, with its next cell when the name repeats
        (``workers-thumbwright-serve``)."""
        name = self.name["name"] + (f"-{self.name['which']}" if self.name["which"] else "")
        if self.repeated and len(self.cells) > 1:
            name += "-" + text[slice(*self.cells[1])]
        return _name(name)

    def description(self, text: str) -> str:
        """The row's description cell: the one under a heading that says so, else its longest
        cell of words other than the name."""
        cells = range(1, len(self.cells))
        said = [i for i in cells if _DESCRIPTION_HEADING_RE.search(self.headings[i])]
        pick = said or [i for i in cells if _heading_role(self.headings[i]) != "default"]
        pick = pick or list(cells)
        best = max(pick, key=lambda i: len(text[slice(*self.cells[i])].split()))
        return text[slice(*self.cells[best])]

    @property
    def heading(self) -> str:
        """The heading of the column of the position asked about."""
        return self.headings[self.column]

    @property
    def role(self) -> str:
        """The role its column's heading gives the figure at the position asked about
        (``default`` in a "Default" column)."""
        return _heading_role(self.heading)


#: The heading of a table's description column: "Description", "Meaning", "What it does".
_DESCRIPTION_HEADING_RE = re.compile(
    r"descri|meaning|what\b|purpose|detail|notes?\b|explanation|effect|summary|usage"
)
#: A heading cell: a few words, no figure ("Default", "What it does", "Type").
_HEADING_WORDS_RE = re.compile(r"[ \t]*[A-Za-z][A-Za-z ()/-]{0,30}[ \t]*")


def table_row(text: str, position: int) -> Row | None:
    """The row of a reference table (``text.tables``: an HTML page's ``<table>``, a Markdown pipe
    table) whose cell holds ``position``, when the table's name column (its first, under
    "Option", "Setting", "Name", ...) holds a setting's name in every row down to this one
    ("| Option | Default | Description |" above "| `--jobs N` | 4 | Number of chunks uploaded
    in parallel |"). Every figure of the row is a value of that setting; None elsewhere."""
    found = tables_of(text)
    placed = found.at(position)
    if placed is None:
        return None
    row = _reference_rows(text, found, placed.number).get(placed.row)
    return None if row is None else replace(row, column=placed.column)


def _row_on_line(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) is (in) a reference table's row: its first cell's text, past
    a pipe table's bar, is in one."""
    first = start + len(text[start:end]) - len(text[start:end].lstrip(" \t|"))
    return first < end and table_row(text, first) is not None


@functools.lru_cache(maxsize=16)
def _reference_rows(text: str, found: Tables, number: int) -> dict[int, Row]:
    """The rows of the ``number``-th table of ``found`` that are a reference table's (see
    ``table_row``), by row number, each asked about its name cell; read once per table."""
    table = found.tables[number]
    top = _heading_depth(table)
    width = max((len(row) for row in table.rows), default=0)
    if not top or width < 2:
        return {}
    headings = tuple(
        " ".join(dict.fromkeys(c.text for row in table.rows[:top] if (c := _cell(row, n)))).lower()
        for n in range(width)
    )
    if not _HEADING_CELL_RE.search(headings[0]):
        return {}
    named: dict[int, re.Match[str]] = {}
    for r in range(top, len(table.rows)):
        first = _cell(table.rows[r], 0)
        name = None if first is None else _ENTRY_RE.fullmatch(text, first.start, first.end)
        if first is None or not first.text or name is None:
            break  # the table's name column ends: no setting's rows below
        named[r] = name
    # A name in two rows is two settings: one for each mode ("--workers" of "batch", of "serve").
    seen = Counter((name["name"], name["which"]) for name in named.values())
    rows = {}
    for r, name in named.items():
        cells = _spans(table.rows[r])
        if len(cells) < 2:
            continue  # a name and no value
        rows[r] = Row(
            name,
            cells,
            (headings + ("",) * len(cells))[: len(cells)],
            0,
            seen[name["name"], name["which"]] > 1,
        )
    return rows


def _heading_depth(table: Table) -> int:
    """How many rows at the top of ``table`` are its heading: its header rows (``<th>``, a pipe
    table's first), else its first row when that is a few words a cell ("Option", "Default",
    "Description" written as ``<td>``); 0 when none."""
    if table.heading_rows:
        return table.heading_rows
    first = [cell for cell in table.rows[0] if cell is not None] if table.rows else []
    if first and all(_HEADING_WORDS_RE.fullmatch(cell.text) for cell in first):
        return 1
    return 0


def _cell(row: tuple[Cell | None, ...], column: int) -> Cell | None:
    return row[column] if column < len(row) else None


def _spans(row: tuple[Cell | None, ...]) -> tuple[tuple[int, int], ...]:
    """Where each cell of a table's row stands in the text, up to its last cell; a column the
    row has no cell in stands empty where the cell before it ends."""
    last = max((n for n, cell in enumerate(row) if cell is not None), default=-1)
    spans: list[tuple[int, int]] = []
    for cell in row[: last + 1]:
        at = spans[-1][1] if spans else 0
        spans.append((at, at) if cell is None else (cell.start, cell.end))
    return tuple(spans)

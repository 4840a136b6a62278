"""What software does by default, said as behaviour rather than as "X is on by default".

Two classes of claim that reference pages, READMEs and FAQs write in plain present-tense prose:

* **A default choice among a setting's named values.** A policy, format, algorithm or level is
  named by one of its values, and the values say which setting they belong to: LRU and LFU are
  eviction policies, gzip and zstd compression algorithms, json and yaml output formats. "Larder
  evicts the least recently used keys first (LRU) by default" and "the default LFU policy" are
  the label claims ``default-eviction`` = ``lru`` and ``lfu``, and two values conflict. A value
  is the default only where the clause binds it to the default ("the default X", "defaults to
  X", "X ... by default", "out of the box"); a list of choices, a value the reader switches to
  ("set it to lfu", "instead of gzip"), one that was the default ("was gzip") and a capability
  ("supports zstd") say none.
* **What the program does on a signal.** "SIGTERM stops running jobs immediately" and "It stops
  accepting new jobs and lets the jobs that are already running finish" (after "Send SIGTERM ...
  to stop tallyq gracefully") are the label claims ``on-sigterm`` = ``stop`` and ``finish``.
  The signal is named in the sentence or, for a sentence that names none, in the one before it;
  advice on how to get the other behaviour ("To let them finish instead, run drain first") and
  questions say none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.settings import table_row
from factcheck.text.tables import Cell, tables_of

#: Values that name the setting they belong to, by family (the subject's topic), each with its
#: canonical label. Written from general knowledge of software settings, not from one corpus.
_VALUES: dict[str, dict[str, str]] = {
    "eviction-policy": {
        "lru": "lru",
        "least[\\s-]+recently[\\s-]+used": "lru",
        "lfu": "lfu",
        "least[\\s-]+frequently[\\s-]+used": "lfu",
        "fifo": "fifo",
        "first[\\s-]+in,?[\\s-]+first[\\s-]+out": "fifo",
        "mru": "mru",
        "arc": "arc",
    },
    "compression-algorithm": {
        "gzip": "gzip",
        "zstd": "zstd",
        "zstandard": "zstd",
        "lz4": "lz4",
        "snappy": "snappy",
        "brotli": "brotli",
        "bzip2": "bzip2",
        "xz": "xz",
        "lzma": "lzma",
        "zlib": "zlib",
        "deflate": "deflate",
    },
    "output-format": {
        "json": "json",
        "ndjson": "ndjson",
        "jsonl": "ndjson",
        "json\\s+lines": "ndjson",
        "yaml": "yaml",
        "toml": "toml",
        "csv": "csv",
        "tsv": "tsv",
        "xml": "xml",
        "logfmt": "logfmt",
        "msgpack": "msgpack",
        "protobuf": "protobuf",
        "parquet": "parquet",
    },
    "hash-algorithm": {
        "sha-?256": "sha256",
        "sha-?512": "sha512",
        "sha-?1": "sha1",
        "md5": "md5",
        "blake2b?": "blake2",
        "blake3": "blake3",
        "crc32c?": "crc32",
        "xxhash(?:64)?": "xxhash",
    },
    "retry-backoff": {
        "exponential(?=\\s+(?:backoff|back-off|delay|retr))": "exponential",
        "linear(?=\\s+(?:backoff|back-off|delay|retr))": "linear",
        "constant(?=\\s+(?:backoff|back-off|delay|retr))": "constant",
        "fixed(?=\\s+(?:backoff|back-off|delay|retr))": "constant",
    },
    "isolation-level": {
        "read\\s+committed": "read committed",
        "read\\s+uncommitted": "read uncommitted",
        "repeatable\\s+read": "repeatable read",
        "serializable": "serializable",
        "snapshot\\s+isolation": "snapshot",
    },
    "load-balancing": {
        "round[\\s-]+robin": "round robin",
        "least[\\s-]+connections?": "least connections",
        "ip[\\s-]+hash": "ip hash",
    },
    "line-ending": {"crlf": "crlf", "lf(?=\\s+line)": "lf"},
    "text-encoding": {
        "utf-?8": "utf-8",
        "utf-?16": "utf-16",
        "latin-?1": "latin-1",
        "iso-8859-1": "latin-1",
        "ascii": "ascii",
    },
    "log-level": {
        "debug": "debug",
        "trace": "trace",
        "info": "info",
        "warn(?:ing)?": "warn",
        "error": "error",
    },
}
#: Each family's topic is two words, so that a family's choice never meets a feature switched on
#: or off under its one word ("Compression is on by default": ``default-compress``): "gzip" is
#: no answer to whether compression is on. The nouns that may follow a value said right after
#: "default" ("the default LFU policy"); another noun makes the value a modifier of another
#: setting ("The default zstd level": the level's).
_FAMILY_NOUNS = re.compile(
    r"\s*[`\"')]?\s*(?:(?:policy|policies|algorithm|codec|compression|format|hash|hashing|"
    r"strategy|mode|eviction|backoff|back-off|encoding|isolation|setting|choice|option|method|"
    r"scheme|output|logs?)\b|[^\w\s-]|$)",
    re.IGNORECASE,
)
#: Families whose values are common words: their value counts only as code (backticks, a
#: capital-free word set off) with "level" or "log" in the clause.
_NEEDS_LEVEL = frozenset({"log-level"})
_LEVEL_WORDS = re.compile(r"\b(?:log|logs|logging|level|verbosity)\b", re.IGNORECASE)

_VALUE_RES = {
    family: [
        (re.compile(rf"(?<![\w./-]){pattern}(?![\w/-]|\.\w)", re.IGNORECASE), label)
        for pattern, label in table.items()
    ]
    for family, table in _VALUES.items()
}


def canonical_value(value: str) -> str:
    """A value as the family that knows it writes it ("warning": ``warn``, "Zstandard":
    ``zstd``), or "" when no family knows it."""
    for patterns in _VALUE_RES.values():
        for pattern, label in patterns:
            if pattern.fullmatch(value):
                return label
    return ""


#: The clause binds the value to the default: "the default LFU policy", "the default is zstd",
#: "defaults to json", "Default: lru" (the value within a few words after).
_DEFAULT_BEFORE = re.compile(
    r"\b(?:the\s+|its\s+|a\s+)?default(?:s\s+to|\s+is(?:\s+now)?|\s+(?:\w+\s+){0,2}is(?:\s+now)?"
    r"|\s*:|\s+(?:setting|choice|value)\s+is)?\s*[`\"'(]?$",
    re.IGNORECASE,
)
#: "X ... by default", "out of the box", "with no options set": said of the clause's value.
_BY_DEFAULT = re.compile(
    r"\bby\s+default\b|\bout\s+of\s+the\s+box\b|\bwith\s+no\s+(?:options|settings|flags|"
    r"configuration)\s+(?:set|given)\b|\bwith\s+the\s+default\s+(?:settings|options|"
    r"configuration)\b|\bunless\s+(?:you|configured)\b|\bif\s+(?:you\s+)?"
    r"(?:do\s+not|don't)\s+(?:set|pass|choose|configure|specify)\b",
    re.IGNORECASE,
)
#: Words before a value that make it no default: one switched to, replaced or past.
_NOT_THE_DEFAULT_BEFORE = re.compile(
    r"(?:\b(?:to|from|was|were|previously|formerly|instead\s+of|rather\s+than|than|replaces|"
    r"replaced|or|and|either|like|such\s+as|e\.g\.|vs\.?|versus)\s+(?:the\s+)?[`\"'(]?|=\s*"
    r"[`\"']?|[,/|]\s*[`\"']?)$",
    re.IGNORECASE,
)
#: A value listed with another after it: "JSON or plain text", "gzip, none".
_LISTED_AFTER = re.compile(r"[`\"')]?\s*(?:or|and|/|,\s*(?:or\s+)?[`\"']?\w+\s*(?:or|,))\s", re.I)
#: A clause of capability, choice or change, not of what happens unless changed.
_NOT_DEFAULT_CLAUSE = re.compile(
    r"\b(?:can|could|may|might|supports?|supported|available|optional(?:ly)?|switch(?:es|ing)?|"
    r"instead|choose|select|prefer|rather|override|if\s+you\s+(?:want|need|prefer|would)|"
    r"before\s+\d|previously|formerly|used\s+to)\b|\?",
    re.IGNORECASE,
)


#: A sentence that opens with the case it holds in: a platform, kind or mode ("On PostgreSQL",
#: "For Kafka outputs", "In development mode") or a condition ("When output is piped").
_CASE_OPENING = re.compile(
    r"^\W*(?:(?i:on|for|under|in|with)\s+(?:the\s+)?(?:[A-Z][\w.-]*|\w+\s+mode\b)|"
    r"(?i:when|if|whenever|while|once)\b)"
)


def _code_or_capital(text: str, start: int, end: int) -> bool:
    said = text[start:end]
    return said.isupper() or (text[start - 1 : start] == "`" and text[end : end + 1] == "`")


def default_choices(text: str, index: TextIndex) -> list[tuple[tuple[int, int], str, str]]:
    """Each value of a setting's family bound to the default in its clause, as (span of the
    clause up to the value, family, label), at most one per family and clause."""
    found: list[tuple[tuple[int, int], str, str]] = []
    seen: set[tuple[str, tuple[int, int]]] = set()
    for family, patterns in _VALUE_RES.items():
        hits = sorted(
            (
                (m.start(), m.end(), label)
                for pattern, label in patterns
                for m in pattern.finditer(text)
            ),
            key=lambda hit: hit[:2],
        )
        for start, end, label in hits:
            clause = _clause(text, index, start, end)
            key = (family, clause)
            if key in seen:
                continue
            said = text[clause[0] : clause[1]]
            labels = {
                lab
                for pattern, lab in patterns
                for m in pattern.finditer(text, clause[0], clause[1])
            }
            if len(labels) > 1 or _NOT_DEFAULT_CLAUSE.search(said):
                continue  # a list of choices, or a capability or change
            if family in _NEEDS_LEVEL and not (
                _LEVEL_WORDS.search(said) and _code_or_capital(text, start, end)
            ):
                continue
            before = text[clause[0] : start]
            if _NOT_THE_DEFAULT_BEFORE.search(before) or _LISTED_AFTER.match(text, end):
                continue  # "listens for newline-delimited JSON or plain text": a choice listed
            # "Out of the box, checksums use SHA-256": the sentence's opening says it too.
            opening = text[index.around((start, end)).sentence[0] : clause[1]]
            if _CASE_OPENING.match(opening):
                continue  # "On PostgreSQL, ...", "When output is a terminal, ...": one case's
            bound = _DEFAULT_BEFORE.search(before[-40:])
            if bound and re.search(r"default\s*$", bound.group(), re.IGNORECASE):
                level = family in _NEEDS_LEVEL and re.match(r"\s*[`\"']?\s*level\b", text[end:])
                if not (level or _FAMILY_NOUNS.match(text, end)):
                    continue  # "The default zstd level": zstd's level, not the choice
            if not (bound or _BY_DEFAULT.search(opening)):
                continue
            seen.add(key)
            opens = clause[0] + len(said) - len(said.lstrip())
            found.append(((opens, max(end, _end_of(said, clause[0]))), family, label))
    return sorted(found)


#: Where a clause of its own ends: a semicolon or colon, or a comma outside brackets.
_CLAUSE_BREAK = re.compile(r"[;]|,(?![^()]*\))")


def _clause(text: str, index: TextIndex, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start``..``end`` within its sentence, brackets kept inside it ("keys
    first (LRU) by default"), cut at semicolons and at commas outside brackets."""
    sentence = index.around((start, end)).sentence
    opens, closes = sentence
    for brk in _CLAUSE_BREAK.finditer(text, sentence[0], sentence[1]):
        if brk.end() <= start:
            opens = brk.end()
        elif brk.start() >= end:
            closes = brk.start()
            break
    return opens, closes


def _end_of(said: str, at: int) -> int:
    """The end of the clause's words, without its closing stop or space."""
    return at + len(said.rstrip(" .;:,\n"))


#: Signals by name (Ctrl-C sends SIGINT). SIGKILL is left out: it cannot be handled, so no
#: document's default is in question.
_SIGNAL = re.compile(
    r"\b(?:SIG(?P<sig>TERM|INT|HUP|QUIT|USR1|USR2)|(?P<ctrl>Ctrl[\s+-]?C)|(?P<bare>TERM|INT|HUP)"
    r"(?=\s+signal))\b"
)
#: Letting the work in hand finish: "lets the jobs that are already running finish", "waits for
#: in-flight requests to complete", "drains the queue", "shuts down gracefully".
_FINISH = re.compile(
    r"\b(?:lets?|allows?)\s+(?:[\w-]+\s+){0,8}?(?:finish|complete)\b|\bwaits?\s+for\s+(?:[\w-]+\s+)"
    r"{0,6}?to\s+(?:finish|complete|drain)\b|\bfinish(?:es)?\s+(?:the\s+|its\s+|any\s+|all\s+)?"
    r"(?:current|running|in-flight|in-progress|active|pending|outstanding)\b|\bdrains?\b|"
    r"\bgraceful(?:ly)?\b",
    re.IGNORECASE,
)
#: Stopping the work in hand at once: "stops running jobs immediately", "kills in-flight
#: requests", "exits immediately".
_STOP = re.compile(
    r"\b(?:stops?|kills?|aborts?|cancels?|terminates?|interrupts?|exits?|quits?)\s+(?:\w+\s+)"
    r"{0,4}?(?:immediately|at\s+once|right\s+away|straight\s+away|without\s+waiting)\b|"
    r"\bimmediately\s+(?:stops?|kills?|aborts?|cancels?|terminates?|exits?|quits?)\b|"
    r"\b(?:kills?|aborts?|cancels?|terminates?|interrupts?)\s+(?:all\s+|any\s+|the\s+)?"
    r"(?:running|in-flight|in-progress|active|current)\s+\w+",
    re.IGNORECASE,
)
#: A sentence that tells how to get the other behaviour ("To let them finish instead, ...").
_ADVISED = re.compile(r"^\W*(?:to|if|in\s+order\s+to)\b|\binstead\b|\?", re.IGNORECASE)
_CAPABILITY = re.compile(r"\b(?:can|could|may|might)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _signal_of(said: str) -> str:
    match = _SIGNAL.search(said)
    if match is None:
        return ""
    if match["ctrl"]:
        return "sigint"
    return "sig" + (match["sig"] or match["bare"]).lower()


def on_signal(text: str, index: TextIndex) -> list[tuple[tuple[int, int], str, str]]:
    """What the program does with the work in hand on a signal, as (span, signal, label):
    ``finish`` or ``stop``, one per sentence that says only one of them."""
    found = []
    for pattern, label in ((_FINISH, "finish"), (_STOP, "stop")):
        for match in pattern.finditer(text):
            where = index.around(match.span())
            sentence = text[where.sentence[0] : where.sentence[1]]
            other = _STOP if label == "finish" else _FINISH
            if _ADVISED.search(sentence) or other.search(sentence):
                continue
            if _CAPABILITY.search(text, where.clause[0], match.start()):
                continue
            signal = _signal_of(sentence)
            if not signal:
                # "Send SIGTERM to stop tallyq gracefully. It stops accepting new jobs and lets
                # the jobs that are already running finish": the signal of the sentence before.
                # "Q: What happens on SIGTERM? A: The server waits ...": the question's.
                signal = _signal_of(text[where.previous[0] : where.previous[1]])
            if signal:
                opens = where.sentence[0] + len(sentence) - len(sentence.lstrip())
                found.append(((opens, match.end()), signal, label))
    return found


#: A default cell's word and its label: on, off or a mode.
_CELL_WORDS = {
    "on": "on",
    "enabled": "on",
    "true": "on",
    "yes": "on",
    "always": "on",
    "off": "off",
    "disabled": "off",
    "false": "off",
    "no": "off",
    "never": "off",
    "auto": "auto",
    "automatic": "auto",
}
#: The words that switch a feature on or off (or to auto), as a default cell or in prose.
SWITCH_WORDS = frozenset(_CELL_WORDS)
#: A cell that is such a word, perhaps in backticks ("`auto`"), perhaps saying it is the
#: default ("Off by default", "`false` (default)").
_CELL_WORD_RE = re.compile(
    rf"`?(?P<v>{'|'.join(_CELL_WORDS)})`?(?:\s+by\s+default|\s*\(default\))?\.?", re.IGNORECASE
)
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]?")


def default_cells(
    text: str, drafted: Sequence[tuple[int, int]] = ()
) -> list[tuple[tuple[int, int], str, str]]:
    """A reference table's Default cell that is a word ("--color WHEN | auto | auto, always or
    never. With auto, colour is used only when writing to a terminal."), as (span, setting,
    label): the cell, through the description's first sentence that names the value again (it
    says what the default does), for the row's setting; none in a row where a default is
    ``drafted`` already ("false" beside "... Off by default.": that sentence's, with its case)."""
    found = []
    for cell in _cells(text):
        match = _CELL_WORD_RE.fullmatch(cell.text)
        if match is None:
            continue
        row = table_row(text, cell.start)
        if row is None or row.role != "default" or row.column == 0:
            continue
        if any(row.cells[0][0] <= at < row.cells[-1][1] for at, _ in drafted):
            continue
        value = match["v"].lower()
        end = cell.end
        for later in row.cells[row.column + 1 :]:
            for sentence in _SENTENCE_RE.finditer(text, later[0], later[1]):
                if re.search(rf"\b(?:with|in|when)\s+`?{value}`?\b", sentence.group(), re.I):
                    end = sentence.end()
                    break
            else:
                continue
            break
        found.append(((cell.start, end), row.setting(text), _CELL_WORDS[value]))
    return found


def _cells(text: str) -> Iterator[Cell]:
    """The cells of the text's tables (``tables_of``), in text order, each once."""
    for table in tables_of(text).tables:
        seen: set[int] = set()
        for row in table.rows:
            for cell in row:
                if cell is not None and cell.start < cell.end and id(cell) not in seen:
                    seen.add(id(cell))
                    yield cell


#: A default said by its trigger at the opening of a sentence: "By default, ...", "Out of the
#: box, ...", "With no options set, ...", "Unless you pass --execute, ...".
_TRIGGER_OPENING = re.compile(
    r"^\W*(?:by\s+default|out\s+of\s+the\s+box|with\s+no\s+(?:options|settings|flags|"
    r"configuration)(?:\s+(?:set|given))?|with\s+the\s+default\s+(?:settings|options|"
    r"configuration)|unless\s+(?:you\s+\w+|configured)\s+[^,;]{1,40}|if\s+you\s+(?:do\s+not|"
    r"don't)\s+\w+\s+[^,;]{1,40})\s*,?\s",
    re.IGNORECASE,
)
#: The behaviour just told named as a feature: "; this dry run protects you from surprises".
_THIS_FEATURE = re.compile(
    r"[;,.]\s*(?:this|that)\s+(?P<f>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)(?:\s+mode)?\s+(?:protects|"
    r"keeps|prevents|guards|saves|stops|avoids|ensures|means|lets|gives|makes)\b",
    re.IGNORECASE,
)
#: Words after "this" that name no feature: the sentence's default, a way, a change.
_NO_FEATURE = word_set(
    "behaviour behavior default defaults setting settings option options way approach change "
    "choice value mode rule design one is"
)
_NOT = re.compile(r"\b(?:not|never|no|doesn't|don't|won't|isn't|aren't|cannot|can't)\b", re.I)


def named_behaviour(text: str, index: TextIndex) -> list[tuple[tuple[int, int], str, str]]:
    """A default told by what the program does, in a sentence opened by a trigger, where the
    sentence itself then names the behaviour as a feature ("By default, `schemaferry apply`
    only prints the plan and changes nothing; this dry run protects you from surprises"), as
    (span, feature, ``on``)."""
    found = []
    for named in _THIS_FEATURE.finditer(text):
        where = index.around(named.span())
        opening = text[where.sentence[0] : named.start()]
        if not _TRIGGER_OPENING.match(opening) or _NOT.search(opening):
            continue
        feature = named["f"].lower().split()
        if feature[-1] in _NO_FEATURE or feature[0] in _NO_FEATURE:
            continue
        start = where.sentence[0] + len(opening) - len(opening.lstrip())
        found.append(((start, named.end("f")), "-".join(feature), "on"))
    return found

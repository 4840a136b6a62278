"""Figures said in words that are no number: counts said as the machine's size ("one worker per
CPU core", "as many threads as there are cores", "Defaults to the number of CPU cores",
"Default: `os.cpu_count()`") and a setting's default that is no limit ("Default: unlimited",
"Retries are unlimited by default").

Software documents give a default of how many workers, processes, threads or jobs run at once
as the machine's number of processors rather than a number. Such a figure is one value in words,
``number of CPU cores`` (``values.grammar.WORD_VALUES``): it conflicts with a fixed default such
as "Default: 4" and agrees with itself, however each document words it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.mentions.news import plural

#: The value in words every such figure is drafted with (``values.grammar.WORD_VALUES``).
CPU_CORES = "number of CPU cores"
#: The value in words of a default that is no limit.
UNLIMITED = "unlimited"
#: A setting's default said to be no limit: "Default: unlimited", "defaults to no limit",
#: "the default is infinite", "is unlimited by default", "By default there is no limit".
_UNLIMITED_RES = (
    re.compile(
        r"\b(?:defaults?(?:\s+value)?(?:\s+(?:is|to)\s+|\s*[=:]\s*)|defaulting\s+to\s+)[`*_]*"
        r"(?P<value>unlimited|no\s+limit|infinite|unbounded)\b(?!\s+(?:for|on|to)\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:is|are)\s+(?P<value>unlimited|unbounded)\s+by\s+default\b", re.IGNORECASE),
    re.compile(
        r"\bby\s+default,?\s+there\s+is\s+(?P<value>no\s+limit)\b"
        r"|\b(?:there\s+is\s+)?(?P<after>no\s+limit)\s+by\s+default\b",
        re.IGNORECASE,
    ),
)

#: What a machine has as many of: cores, CPUs, processors, hardware threads.
_CORE = (
    r"(?:(?:available|logical|physical|online|usable)\s+)?"
    r"(?:(?:CPU|processor)\s+(?:cores?|threads?)|vCPUs?|CPUs?|cores?|processors?"
    r"|hardware\s+threads?)\b"
)
#: What runs at once, one per core: the nouns of concurrency in software documents.
_RUNNER = (
    r"(?:(?:worker|parallel|concurrent|background|child|build|compile|test|render)\s+)?"
    r"(?P<noun>workers?|process(?:es)?|threads?|jobs?|tasks?|goroutines?|executors?|forks?"
    r"|shards?|partitions?|instances?|replicas?|runners?|consumers?|lanes?)"
)
#: "one worker per CPU core", "a single thread for each core", "1 job per available CPU".
_ONE_PER_RE = re.compile(
    rf"\b(?:one|a\s+single|a|1)\s+{_RUNNER}\s+"
    rf"(?:per|for\s+each|for\s+every|on\s+each|on\s+every|to\s+each)\s+{_CORE}",
    re.IGNORECASE,
)
#: "as many worker processes as there are CPU cores", "as many threads as the machine has cores".
_AS_MANY_RE = re.compile(
    rf"\bas\s+many\s+{_RUNNER}\s+as\s+(?:there\s+are\s+|you\s+have\s+"
    r"|(?:the|your)\s+(?:machine|host|system|computer|server|node)\s+has\s+)?"
    rf"{_CORE}",
    re.IGNORECASE,
)
#: "the number of CPU cores", and the calls that count them ("os.cpu_count()", "nproc").
_COUNT_OF_CORES = (
    rf"(?:the\s+)?(?:total\s+)?number\s+of\s+{_CORE}(?:\s+(?:available|on\s+the\s+"
    r"(?:machine|host|system|computer|server|node)))?"
    r"|`?(?:os\.cpu_count\(\)|multiprocessing\.cpu_count\(\)|runtime\.NumCPU\(\)|nproc"
    r"|num_cpus::get\(\)|Environment\.ProcessorCount|navigator\.hardwareConcurrency)`?"
)
#: A count of cores given as a setting's default: "Defaults to the number of CPU cores",
#: "Default: number of CPUs", "the default is `os.cpu_count()`", "is set to ... by default".
_DEFAULT_CORES_RE = re.compile(
    r"\b(?:defaults?(?:\s+value)?(?:\s+(?:is|to)\s+|\s*[=:]\s*)|defaulting\s+to\s+)"
    rf"(?P<value>{_COUNT_OF_CORES})",
    re.IGNORECASE,
)
#: "is set to the number of cores by default", "equals the number of CPUs unless ...".
_EQUALS_CORES_RE = re.compile(
    r"\b(?:is|are)\s+(?:set\s+to|equal\s+to|matched\s+to)\s+"
    rf"(?P<value>{_COUNT_OF_CORES})(?=[^.;\n]*\b(?:by\s+default|unless)\b)",
    re.IGNORECASE,
)
#: A sentence that recommends or asks for the count, not one that states what is done: "we
#: recommend one worker per core", "set --jobs to the number of cores".
_ADVICE_RE = re.compile(
    r"\b(?:recommend\w*|suggest\w*|should|advis\w+|ideal\w*|best|consider|try|aim\s+for"
    r"|set\s+(?:it|this|the\s+\w+|`?--?[\w-]+`?)\s+to|at\s+most|up\s+to|no\s+more\s+than"
    r"|at\s+least|maximum|minimum|limit(?:s|ed)?)\b",
    re.IGNORECASE,
)
#: A sentence that recommends a value rather than stating the default.
_RECOMMEND_RE = re.compile(
    r"\b(?:recommend\w*|suggest\w*|should|advis\w+|ideal\w*|consider|try|if|unless|when)\b",
    re.IGNORECASE,
)
_SENTENCE_START_RE = re.compile(r"[.!?](?=\s)|\n")


@dataclass(frozen=True)
class CoreCount:
    """A figure said in words: a count said as the machine's number of cores, or no limit."""

    span: tuple[int, int]
    """[start, end) of the words that say it."""
    noun: str
    """What is counted, plural (``workers``), or "" for a setting's default in words."""
    words: str = CPU_CORES
    """The value in words (``CPU_CORES`` or ``UNLIMITED``)."""


def unlimited_defaults(text: str) -> Iterator[CoreCount]:
    """Every setting's default ``text`` says is no limit, in text order."""
    lowered = text.lower()
    if "limit" not in lowered and "infinite" not in lowered and "unbounded" not in lowered:
        return
    found = sorted(
        (match.span(next(g for g in ("value", "after") if match.groupdict().get(g))))
        for pattern in _UNLIMITED_RES
        for match in pattern.finditer(text)
    )
    end = -1
    for span in found:
        if span[0] >= end and not _advice(text, span[0], span[1], bounds=False):
            yield CoreCount(span, "", UNLIMITED)
            end = span[1]


def core_counts(text: str) -> Iterator[CoreCount]:
    """Every count ``text`` gives as the machine's number of cores, in text order."""
    if "core" not in text.lower() and "cpu" not in text.lower() and "processor" not in text:
        return
    found: list[CoreCount] = []
    for pattern in (_ONE_PER_RE, _AS_MANY_RE):
        for match in pattern.finditer(text):
            if not _advice(text, match.start(), match.end()):
                found.append(CoreCount(match.span(), plural(match["noun"].lower())))
    for pattern in (_DEFAULT_CORES_RE, _EQUALS_CORES_RE):
        for match in pattern.finditer(text):
            if not _advice(text, match.start(), match.end()):
                found.append(CoreCount(match.span("value"), ""))
    found.sort(key=lambda c: c.span)
    end = -1
    for count in found:
        if count.span[0] >= end:
            yield count
            end = count.span[1]


def _advice(text: str, start: int, end: int, *, bounds: bool = True) -> bool:
    """Whether the sentence around [start, end) recommends, asks for or (with ``bounds``)
    bounds the count."""
    before = max(
        (m.end() for m in _SENTENCE_START_RE.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    after = _SENTENCE_START_RE.search(text, end)
    stop = after.start() if after else len(text)
    advice = (_ADVICE_RE if bounds else _RECOMMEND_RE).search(text, before, stop)
    return advice is not None

"""A software setting's default that is a word or a quoted string, not a number.

Reference pages, READMEs and FAQs state such defaults in a few fixed forms:

* **A reference entry's default** (a table row or a name line with its description below):
  ``log_level`` | "One of debug, info, warn, error. The default is info." and ``timezone`` |
  "Time zone used to interpret all schedules. Default: "UTC", whatever the host's own zone."
  are the label claims ``default-log-level`` = ``info`` and ``default-timezone`` = ``utc``: the
  entry names the setting.
* **A default named in words in prose**: "the default log level is warn", "The output format
  defaults to yaml" are ``default-log-level`` = ``warn`` and ``default-output-format`` = ``yaml``:
  the words before the verb name the setting, and a code name spelt with "_" or "." meets them
  (``log_level`` is ``log-level``).

The value is one word, or a short quoted string without a digit (a figure such as "03:30" is
drafted as a number), and it ends the clause, so that "the default mode is used when ..." says
no value; one said with what it replaced ("is now yaml (was json)") is a change, left out. A
value that only judges the default ("is recommended", "is fine") is none. A value one of
``behaviour``'s families knows is written as that family writes it ("warning" is ``warn``), so
that two documents that spell one value differently agree.
"""

from __future__ import annotations

import re

from factcheck.extract.behaviour import SWITCH_WORDS, canonical_value
from factcheck.extract.ids import slug
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.settings import TYPE_WORDS, entry_name

#: The value: a quoted string without a digit, or one word; it ends the clause.
_VALUE = (
    r"(?:\"(?P<q>[^\"\d\n]{1,40})\"|`(?P<b>[^`\d\n]{1,40})`|'(?P<s>[^'\d\n]{1,40})'|"
    r"(?P<w>[A-Za-z][A-Za-z-]{1,30}))(?=\s*(?:[.;,(]|$))(?!\s*\((?:was|previously|formerly)\b)"
)
#: An entry's own default: "Default: "UTC"", "The default is info.", "Defaults to json."
_ENTRY_DEFAULT_RES = (
    re.compile(rf"\bDefault:[ \t]*{_VALUE}", re.MULTILINE),
    re.compile(
        rf"(?:^|(?<=[.;]\s))[ \t]*(?:The\s+default\s+(?:value\s+)?is|Defaults\s+to)\s+"
        rf"(?:now\s+)?{_VALUE}",
        re.MULTILINE,
    ),
)
#: A default named in words: "the default log level is warn", "The output format defaults to
#: yaml" (up to three lower-case words name the setting).
_NAMED = r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
_PROSE_DEFAULT_RES = (
    re.compile(rf"\b[Tt]he\s+default\s+{_NAMED}\s+(?:is|was)\s+(?:now\s+|still\s+)?{_VALUE}", re.M),
    re.compile(rf"\b[Tt]he\s+{_NAMED}\s+defaults\s+to\s+{_VALUE}", re.MULTILINE),
)
#: Values that judge or leave out the default rather than state it.
_NO_VALUE = word_set(
    "recommended fine sensible safe good best usually correct ok okay unchanged deprecated "
    "ignored used set required optional mandatory unset empty null different the a an this "
    "that it applied shown given listed below above same platform system none"
)
#: Words that name no setting: "the default value is", "the default one is".
_NO_NAME = word_set(
    "value values setting settings option options one behaviour behavior choice answer case "
    "way configuration config mode"
)


def word_defaults(text: str, index: TextIndex) -> list[tuple[tuple[int, int], str, str]]:
    """Each setting's default in words, as (span, setting, label): an entry's ("Default:
    "UTC"" under ``timezone``: ``timezone``, ``utc``) and one named in words in prose ("the
    default log level is warn": ``log-level``, ``warn``)."""
    found: list[tuple[tuple[int, int], str, str]] = []
    for pattern in _ENTRY_DEFAULT_RES:
        for match in pattern.finditer(text):
            label = _label(match)
            setting = _entry_setting(text, match.start()) if label else ""
            if setting:
                found.append((match.span(), setting, label))
    for pattern in _PROSE_DEFAULT_RES:
        for match in pattern.finditer(text):
            label = _label(match)
            named = [w for w in match["np"].split() if w not in _NO_NAME]
            if not label or not named or len(named) < len(match["np"].split()):
                continue
            setting = slug("-".join(named))
            start = index.around(match.span()).clause[0]
            opens = (
                start + len(text[start : match.start()]) - len(text[start : match.start()].lstrip())
            )
            found.append(((min(opens, match.start()), match.end()), setting, label))
    return found


def _label(match: re.Match[str]) -> str:
    """The value's label, or "" for a value that is none (a judgement, on or off)."""
    value = next(g for g in (match["q"], match["b"], match["s"], match["w"]) if g is not None)
    value = " ".join(value.split()).lower()
    # On and off are left to the readers of features switched on or off (``advice``).
    if not value or value in _NO_VALUE or value in SWITCH_WORDS:
        return ""
    return canonical_value(value) or value


def _entry_setting(text: str, position: int) -> str:
    """The setting of the entry that holds ``position``; past a type line between the name and
    the description ("log_level" / "string" / "debug, info, warn or error. Default: info."), the
    name above it."""
    name = entry_name(text, position)
    if name not in TYPE_WORDS:
        return name
    line = text.rfind("\n", 0, position)
    return entry_name(text, text.rfind("\n", 0, line) + 1) if line > 0 else ""

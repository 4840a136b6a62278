"""The precise YAML path: libyaml events to plain data, every structural problem, node positions."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from factcheck.problems import Problem, YamlPath

MAX_DEPTH = 32
MAX_INT_DIGITS = 1000
"""An integer scalar of more digits stays a string: Python cannot even print an int of over
4,300 digits, and no claims file needs one (values are bounded far below; see values/grammar)."""
BIG_INT = 10**MAX_INT_DIGITS

#: (value line, value column, key line, key column), 1-based; key == value outside mappings.
Position = tuple[int, int, int, int]

# YAML 1.2.2 core schema (section 10.3.2): the only implicit types we give plain scalars.
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_TAB_INDENT = re.compile(r"^ *\t[ \t]*\S", re.MULTILINE)
# Line breaks in YAML 1.1 (libyaml), ordinary characters in YAML 1.2: ambiguous, so refused.
_OLD_BREAKS = re.compile("[\x85\u2028\u2029]")
_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


_TYPED_START = frozenset("0123456789+-.~nNtTfF")


def resolve_plain(text: str) -> Any:
    """The value of a plain (unquoted, untagged) scalar under the YAML 1.2 core schema."""
    if text and text[0] not in _TYPED_START:  # most scalars: ids, words, quotes
        return text
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT10.fullmatch(text):
        digits = text.lstrip("+-").lstrip("0")
        if len(digits) > MAX_INT_DIGITS:
            return text  # see MAX_INT_DIGITS
        return int(text[0] + (digits or "0") if text[0] in "+-" else digits or "0", 10)
    if _INT8.fullmatch(text) or _INT16.fullmatch(text):
        number = int(text[2:], 8 if text[1] == "o" else 16)  # linear time in these bases
        return number if abs(number) < BIG_INT else text
    if _FLOAT.fullmatch(text):
        return float(text)
    if _NAN.fullmatch(text):
        return float("nan")
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    return text


EMPTY = "the claims file is empty (draft one with `factcheck extract DOCS -o FILE`)"
"""The one problem of a claims file that holds nothing: no bytes, comments, a bare ``---``."""


@dataclass(frozen=True)
class Walked:
    """What the precise path found in one YAML text."""

    data: Any
    """Plain data (meaningful only when `problems` is empty)."""
    problems: list[Problem]
    """Every structural problem, located."""
    positions: dict[YamlPath, Position] = field(repr=False)
    """Where each node (and, in mappings, its key) starts."""


def _show(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    short = text if len(text) <= 60 else text[:57] + "..."
    return json.dumps(short, ensure_ascii=False)


def _tag_text(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


class _BadKey:
    """Stands in for a mapping key that was itself a mapping or sequence."""


@dataclass(slots=True)
class _Frame:
    container: dict[Any, Any] | list[Any]
    path: YamlPath
    keys: dict[Any, tuple[int, int]] = field(default_factory=dict)
    key: Any = None
    key_at: tuple[int, int] | None = None
    in_key: bool = False
    is_map: bool = False


class _Walker:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.positions: dict[YamlPath, Position] = {}
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.deep_reported = False
        # Collections open beyond MAX_DEPTH: skipped unbuilt, since each deeper node would copy
        # a longer path (quadratic in the depth: libyaml allows 1,000 levels).
        self.skipping = 0

    def problem(self, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, col, message))

    def node_marks(self, event: Any, line: int, col: int) -> None:
        if event.anchor is not None:
            self.problem(line, col, f"YAML anchor &{_show(event.anchor)[1:-1]} is not allowed")
        if event.tag is not None:
            self.problem(line, col, f"YAML tag {_show(_tag_text(event.tag))[1:-1]} is not allowed")

    def add(self, value: Any, line: int, col: int) -> YamlPath | None:
        """Attach a finished node (or a new container) to its parent; return its path."""
        if not self.stack:
            self.root = value
            self.positions[()] = (line, col, line, col)
            return ()
        top = self.stack[-1]
        if top.in_key:
            return None
        container = top.container
        if not top.is_map:
            assert isinstance(container, list)
            path = (*top.path, len(container))
            container.append(value)
            self.positions[path] = (line, col, line, col)
            return path
        if top.key_at is None:
            self.set_key(top, value, line, col)
            return None
        key, (kline, kcol) = top.key, top.key_at
        top.key_at = None
        assert isinstance(container, dict)
        if isinstance(key, _BadKey) or key in container:
            return None
        container[key] = value
        path = (*top.path, key)
        self.positions[path] = (line, col, kline, kcol)
        return path

    def set_key(self, top: _Frame, key: Any, line: int, col: int) -> None:
        top.key, top.key_at = key, (line, col)
        if key in top.keys:
            first_line, first_col = top.keys[key]
            self.problem(
                line,
                col,
                f"duplicate key {_show(key)} (first defined at line {first_line}, "
                f"column {first_col})",
            )
        else:
            top.keys[key] = (line, col)

    def start(self, event: Any, container: dict[Any, Any] | list[Any]) -> None:
        line, col = _at(event)
        self.node_marks(event, line, col)
        if len(self.stack) >= MAX_DEPTH:
            if not self.deep_reported:
                self.deep_reported = True
                self.problem(line, col, f"nesting deeper than {MAX_DEPTH} levels")
            # The parent still gets a value, so that its keys and values stay paired.
            self.add(None, line, col)
            self.skipping = 1
            return
        top = self.stack[-1] if self.stack else None
        path: YamlPath | None = None
        if top is not None and isinstance(top.container, dict) and top.key_at is None:
            if not top.in_key:
                self.problem(line, col, "mapping keys must be plain scalars, not collections")
            top.key, top.key_at = _BadKey(), (line, col)
        elif top is None or not top.in_key:
            path = self.add(container, line, col)
        in_key = path is None and top is not None
        self.stack.append(
            _Frame(container, path or (), in_key=in_key, is_map=type(container) is dict)
        )

    def scalar(self, event: Any) -> None:
        mark = event.start_mark
        line, col = mark.line + 1, mark.column + 1
        if event.anchor is not None or event.tag is not None:
            self.node_marks(event, line, col)
        style = event.style
        plain = (style is None or style == "") and event.tag is None
        self.add(resolve_plain(event.value) if plain else event.value, line, col)


def _events(text: str) -> Iterator[Any]:
    return yaml.parse(text, Loader=_LOADER)


def _at(event: Any) -> tuple[int, int]:
    """1-based (line, column) where an event starts."""
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def index_positions(text: str) -> dict[YamlPath, Position]:
    """Where each node and key starts, for a text `walk` found valid: no data, no checks."""
    positions: dict[YamlPath, Position] = {}
    # A frame: [path (None inside a key), is mapping, next index | key, key line, key column,
    # awaiting a key].
    stack: list[list[Any]] = []
    scalar, mapping, sequence = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    nodes = (scalar, mapping, sequence, yaml.AliasEvent)
    try:
        for event in _events(text):
            cls = type(event)
            if cls in ends:
                stack.pop()
                continue
            if cls not in nodes:
                continue
            mark = event.start_mark
            line, col = mark.line + 1, mark.column + 1
            path: YamlPath | None = ()
            if stack:
                frame = stack[-1]
                if frame[0] is None:
                    path = None
                elif not frame[1]:
                    path = (*frame[0], frame[2])
                    frame[2] += 1
                    positions[path] = (line, col, line, col)
                elif frame[5]:
                    frame[5] = False
                    frame[3], frame[4] = line, col
                    if cls is scalar:
                        plain = event.style in (None, "") and event.tag is None
                        frame[2] = resolve_plain(event.value) if plain else event.value
                    path = None
                else:
                    frame[5] = True
                    path = (*frame[0], frame[2])
                    positions[path] = (line, col, frame[3], frame[4])
            else:
                positions[()] = (line, col, line, col)
            if cls is mapping:
                stack.append([path, True, None, 0, 0, True])
            elif cls is sequence:
                stack.append([path, False, 0, 0, 0, False])
    except yaml.YAMLError:
        # Only reachable if yaml-rs accepted text libyaml rejects: keep what was indexed, and
        # `locate` falls back to the nearest ancestor found.
        pass
    return positions


def nesting_problem(text: str, file: str) -> Problem | None:
    """Where `text` nests collections deeper than MAX_DEPTH, or None (also for text libyaml
    cannot parse: the caller's own parser reports that).

    For callers about to hand the text to a parser that recurses per level (ruamel.yaml): libyaml
    reads events without recursion and this stops at the first level too deep.
    """
    depth = 0
    starts = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    try:
        for event in _events(text):
            if isinstance(event, starts):
                depth += 1
                if depth > MAX_DEPTH:
                    line, col = _at(event)
                    return Problem(file, line, col, f"nesting deeper than {MAX_DEPTH} levels")
            elif isinstance(event, ends):
                depth -= 1
    except yaml.MarkedYAMLError as err:
        if "nesting depth" in str(err.problem):
            mark = err.problem_mark or err.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            return Problem(file, line, col, f"nesting deeper than {MAX_DEPTH} levels")
    except yaml.YAMLError:
        pass
    return None


def _line_col(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def walk(text: str, file: str) -> Walked:
    """Parse `text` event by event: data, every structural problem, node positions."""
    w = _Walker(file)
    tab_lines = set()
    for m in _TAB_INDENT.finditer(text):
        line, _ = _line_col(text, m.start())
        tab_lines.add(line)
        w.problem(line, m.group().index("\t") + 1, "tab character in indentation (use spaces)")
    for m in _OLD_BREAKS.finditer(text):
        line, col = _line_col(text, m.start())
        w.problem(
            line,
            col,
            f"character U+{ord(m.group()):04X} is not allowed (some YAML tools read it as a "
            "line break); write it as an escape in a double-quoted string",
        )
    documents = 0
    try:
        scalar, mapping, sequence = (
            yaml.ScalarEvent,
            yaml.MappingStartEvent,
            yaml.SequenceStartEvent,
        )
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        for event in _events(text):
            cls = type(event)
            if w.skipping:
                if cls is mapping or cls is sequence:
                    w.skipping += 1
                elif cls in ends:
                    w.skipping -= 1
                continue
            if cls is scalar:
                w.scalar(event)
            elif cls in ends:
                w.stack.pop()
            elif cls is mapping:
                w.start(event, {})
            elif cls is sequence:
                w.start(event, [])
            elif isinstance(event, yaml.AliasEvent):
                line, col = _at(event)
                w.problem(line, col, f"YAML alias *{_show(event.anchor)[1:-1]} is not allowed")
                w.add(None, line, col)
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents == 2:
                    w.problem(*_at(event), "only one YAML document is allowed")
                    break
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"YAML syntax error: {err.problem or err.context}"
        if err.context and err.context_mark and err.problem:
            message += f" ({err.context} started at line {err.context_mark.line + 1})"
        reported = False
        if "nesting depth" in str(err.problem):
            # libyaml stops at 1,000 levels, sometimes before handing over the 33rd (it looks
            # ahead for flow keys); say it in our words, once.
            message = f"nesting deeper than {MAX_DEPTH} levels"
            reported = w.deep_reported
        if line not in tab_lines and not reported:
            w.problem(line, col, message)
    except yaml.reader.ReaderError as err:
        # libyaml gives a byte offset; the first occurrence of the character is the culprit.
        found = text.find(chr(err.character))
        line, col = _line_col(text, found if found >= 0 else err.position)
        w.problem(line, col, f"character U+{err.character:04X} is not allowed in YAML")
    else:
        if w.root is None:
            w.problem(1, 1, EMPTY)
        elif not isinstance(w.root, dict):
            w.problem(1, 1, "the top level must be a mapping (version:, sources:, ...)")
    return Walked(w.root, sorted(w.problems), w.positions)

"""Reading claims.yaml bytes into plain data: a fast Rust parse, a precise located fallback.

Chosen by measurement (``python benchmarks/yaml_loaders.py``; numbers and reasons in
docs/yaml-loader.md). Valid files go through yaml-rs: YAML 1.2 core typing, duplicate keys
rejected, 0.4-2 s and 275 MB on a 100k-claim (16 MB) file where PyYAML's C loader takes
14-30 s and 780 MB. yaml-rs silently accepts tags, anchors and aliases, so a conservative
pre-scan sends any text that could hold one (or a tab indent, a forbidden character, or a
number spelling yaml-rs types differently) to the precise path, as does any yaml-rs error. The
precise path (``factcheck.corpus.yamlprecise``, libyaml events) finds every problem with its line and
column and gives the same data; `YamlDoc.locate` builds its index only on its first call.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import yaml_rs

from factcheck import files
from factcheck.corpus import native
from factcheck.corpus.yamlprecise import BIG_INT, EMPTY, MAX_DEPTH, Position, index_positions, walk
from factcheck.problems import InputError, Problem, YamlPath

__all__ = ["MAX_BYTES", "MAX_DEPTH", "YamlDoc", "read_yaml"]

MAX_BYTES = files.DEFAULT_MAX_BYTES
"""The default size limit; the environment variable FACTCHECK_MAX_BYTES changes it."""

# The pre-scan may send valid text to the precise path (only slower), never let a tag, anchor,
# alias, tab indent or differently-typed scalar through. One cheap character scan finds the
# candidates; each is then checked against its surroundings.
_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029"
_CANDIDATE = re.compile(f"[&*!\t_{_FORBIDDEN}]")
_NUMBERISH = frozenset("0123456789abcdefABCDEFxXoObB_.+-")
_BEFORE_SCALAR = frozenset(" \t\r\n[{,:")
_AFTER_SCALAR = frozenset(" \t\r\n,]}#:")
# Base prefixes yaml-rs reads as numbers but the core schema does not: signed, upper-case, binary.
# (A literal-led pattern: far faster to scan for than one starting with an alternation.)
_BASE_PREFIX = re.compile(r"0[xXoObB]")
#: yaml-rs builds block collections recursively and crashes the process (SIGSEGV, exit 139)
#: somewhere past 10,000 levels; its flow collections stop at 256 levels with an error. A block
#: collection nested in another starts further right, except a sequence directly under a mapping
#: key, so a text whose lines all start with fewer than this many characters of indentation and
#: compact indicators ("- ", "? ", ": ") nests block collections at most about twice as deep.
#: Past it the precise path (libyaml events, no recursion) reads the file and reports the depth.
_DEEP_COLUMNS = 512
# A deep line: at the start of the text, or after a line break (two patterns: one led by a
# character set scans far faster than one led by the alternation "\A|[\r\n]").
_DEEP_FIRST_LINE = re.compile(rf"[ ?:-]{{{_DEEP_COLUMNS}}}")
_DEEP_LINE = re.compile(rf"[\r\n][ ?:-]{{{_DEEP_COLUMNS}}}")


def _is_scalar_token(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone, as a whole plain scalar would."""
    return (start == 0 or text[start - 1] in _BEFORE_SCALAR) and (
        end == len(text) or text[end] in _AFTER_SCALAR
    )


def _numberish_token(text: str, at: int) -> tuple[bool, int]:
    """Whether the `_` at `at` sits in a number-like token such as ``1_000`` or ``+_2``, and where
    that token ends (every `_` before the end belongs to the same token: one scan serves all)."""
    start, end = at, at + 1
    while start > 0 and text[start - 1] in _NUMBERISH:
        start -= 1
    while end < len(text) and text[end] in _NUMBERISH:
        end += 1
    token = text[start:end].lstrip("+-")
    numberish = token[:1] in ("0123456789._") and token != "" and _is_scalar_token(text, start, end)
    return numberish, end


def _at_node_start(text: str, at: int) -> bool:
    """Whether a node may start at `at`: after the line's indentation, after "- ", ": " or "? ",
    or after a flow indicator. Looks back over the blanks only, so that a line of 80,000 `*` costs
    one step per `*`, not one scan of the line per `*`."""
    before = at
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] == "\n":
        return True
    previous = text[before - 1]
    return previous in "[{," or (previous in "-:?" and before < at)


# Byte-level screens run before the patterns above, which scan a character at a time (most
# claims files have neither a deep line nor a candidate: 0.15 s of a 16 MB file's pre-scan). In
# UTF-8 an ASCII byte only ever stands for its character.
_NOT_INDENT = bytes(0 if byte in b" ?:-" else 1 for byte in range(256))
"""Bytes mapped to 0 if they may make up a deep line's indentation, else 1."""
_DEEP_RUN = bytes(_DEEP_COLUMNS)
_ORDINARY = bytes(range(0x20, 0x7F)).translate(None, b"&*!_") + b"\n\r" + bytes(range(0x80, 0x100))
"""Bytes that stand for no `_CANDIDATE` character, or for one from U+0080 up only with the
bytes after them (looked for on their own)."""
_FORBIDDEN_UTF8 = (b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xef\xbf\xbe", b"\xef\xbf\xbf")
"""U+2028, U+2029, U+FFFE and U+FFFF in UTF-8."""
_FORBIDDEN_RANGES = (
    (b"\xc2", re.compile(rb"\xc2[\x80-\x9f]")),
    (b"\xed", re.compile(rb"\xed[\xa0-\xbf]")),
)
"""U+0080-009F, and surrogates (which only a text given without its UTF-8 can hold), in UTF-8:
their lead byte, then the pattern looked for where it occurs."""


def _may_be_deep(body: bytes) -> bool:
    """Whether a line of ``body`` may start with `_DEEP_COLUMNS` indentation characters: it
    holds a run of that many (a byte translation and a substring search, both C loops)."""
    return _DEEP_RUN in body.translate(_NOT_INDENT)


def _may_hold_candidate(body: bytes) -> bool:
    """Whether ``body`` may hold a `_CANDIDATE` character."""
    return (
        bool(body.translate(None, _ORDINARY))
        # A lone byte is looked for first: a memchr, where a three-byte search is ten times slower.
        or any(sequence[:1] in body and sequence in body for sequence in _FORBIDDEN_UTF8)
        or any(lead in body and pattern.search(body) for lead, pattern in _FORBIDDEN_RANGES)
    )


def _needs_precise(text: str, body: bytes | None = None) -> bool:
    """Whether `text` might hold something yaml-rs would accept or type unlike the core schema,
    or nest deeper than yaml-rs survives. Linear in the text's length. ``body``: the text in
    UTF-8 when at hand."""
    if text.startswith("%") or "\n%" in text:  # a directive (%TAG defines tag shorthands)
        return True
    if body is None:
        body = text.encode("utf-8", "surrogatepass")
    if _may_be_deep(body) and (_DEEP_FIRST_LINE.match(text) or _DEEP_LINE.search(text)):
        return True
    token_end = 0  # end of the last number-like token checked for `_`
    for m in _CANDIDATE.finditer(text) if _may_hold_candidate(body) else ():
        char, at = m.group(), m.start()
        if char in "&*!":
            if _at_node_start(text, at):
                return True
        elif char == "\t":  # libyaml refuses some tabs yaml-rs takes (e.g. after "- ")
            return True
        elif char == "_":
            if at >= token_end:
                numberish, token_end = _numberish_token(text, at)
                if numberish:
                    return True
        else:  # a character YAML forbids; yaml-rs lets some through
            return True
    scanned = 0  # end of the last number-like run scanned after a prefix
    for m in _BASE_PREFIX.finditer(text):
        start, end = m.start(), m.end()
        if start < scanned:
            # Inside a run already scanned: a number-like character precedes it, so it cannot
            # start a scalar (and scanning the run again would make "0X0X0X..." quadratic).
            continue
        signed = start > 0 and text[start - 1] in "+-"
        if not signed and m.group() in ("0x", "0o"):
            continue
        while end < len(text) and text[end] in _NUMBERISH:
            end += 1
        scanned = end
        if _is_scalar_token(text, start - signed, end):
            return True
    return False


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


@dataclass(frozen=True)
class YamlDoc:
    """A parsed claims file: plain data plus a lazily built locator for error messages."""

    data: Any
    """Plain Python: dict/list/str/int/float/bool/None only."""
    body: bytes = field(repr=False, compare=False)
    """The file's bytes the data came from (BOM removed), valid UTF-8: kept rather than the
    text, which takes up to four times the space and is needed only to locate a problem."""
    file: str = field(repr=False, compare=False)
    packed: bool = field(default=False, repr=False, compare=False)
    """Whether ``body`` is zlib-compressed (``without_data``)."""

    @cached_property
    def text(self) -> str:
        """The decoded text (BOM removed) the data came from."""
        return (zlib.decompress(self.body) if self.packed else self.body).decode("utf-8")

    @cached_property
    def _positions(self) -> dict[YamlPath, Position]:
        return index_positions(self.text)

    def without_data(self) -> YamlDoc:
        """This document for locating only: its data dropped (once a corpus is built from a
        large file, its parsed data is most of the memory), the locator kept if built, else
        its bytes compressed until a finding needs a place in it (a million claims' 166 MB of
        YAML take 19 MB and 0.6 s to pack; most checks locate nothing in the claims file)."""
        if "_positions" in self.__dict__:
            located = YamlDoc(None, self.body, self.file, self.packed)
            for built in ("text", "_positions"):
                if built in self.__dict__:
                    located.__dict__[built] = self.__dict__[built]
            return located
        return YamlDoc(None, self.body if self.packed else _packed(self.body), self.file, True)

    def locate(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the node at `path`, or of its mapping key with `key=True`.

        A path that does not exist locates its deepest existing ancestor.
        """
        positions = self._positions
        for end in range(len(path), -1, -1):
            found = positions.get(path[:end])
            if found is not None:
                line, col, key_line, key_col = found
                if key and end == len(path):
                    return key_line, key_col
                return line, col
        return 1, 1


def _packed(body: bytes) -> bytes:
    """``body`` compressed, fast (level 1). A compressor object, unlike ``zlib.compress``,
    releases the GIL while it works: on a thread (``load``), the packing of a large file then
    costs the loading next to it no time."""
    packer = zlib.compressobj(1)
    return packer.compress(body) + packer.flush()


_BOM = b"\xef\xbb\xbf"


def _decode(raw: bytes, file: str) -> str:
    body = raw[3:] if raw.startswith(_BOM) else raw
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        line_start = body.rfind(b"\n", 0, err.start) + 1
        line = body.count(b"\n", 0, err.start) + 1
        col = len(body[line_start : err.start].decode("utf-8")) + 1
        bad = body[err.start]
        raise InputError([Problem(file, line, col, f"not UTF-8 (byte 0x{bad:02x})")]) from None


def _is_plain(root: Any) -> bool:
    """True if `root` holds only plain scalars and str keys, nested at most MAX_DEPTH deep
    (walked in C where the extension is built: corpus/native.py)."""
    answer = native.plain(root, MAX_DEPTH, BIG_INT)
    return _is_plain_python(root) if answer is None else answer


def _is_plain_python(root: Any) -> bool:
    """``_is_plain``, the reference."""
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if type(node) is dict:
            for key in node:  # a loop, not any(): one generator per mapping costs more
                if type(key) is not str:
                    return False
            values: Any = node.values()
        else:
            values = node
        for value in values:
            kind = type(value)
            if kind is str:
                # yaml-rs reads an empty block scalar (`note: >` and nothing) as "\n"; the
                # spec and libyaml say "". Leading-newline strings are rare: let the precise
                # path decide them.
                if value[:1] == "\n":
                    return False
            elif kind is dict or kind is list:
                stack.append((value, depth + 1))
            elif kind is int and not -BIG_INT < value < BIG_INT:
                return False  # the precise path keeps it a string (yamlprecise.MAX_INT_DIGITS)
            elif kind not in _SCALAR_TYPES:
                return False
    return True


def _fast(text: str, body: bytes | None = None) -> dict[str, Any] | None:
    """The data if the fast path can vouch for it, else None (take the precise path)."""
    if _needs_precise(text, body):
        return None
    try:
        data = yaml_rs.loads(text, parse_datetime=False)
    except yaml_rs.YAMLDecodeError:
        return None
    return data if type(data) is dict and _is_plain(data) else None


class EmptyClaimsFile(InputError):
    """A claims file that holds nothing (no bytes, comments, a bare ``---``): invalid for `check`,
    a new file for `extract -o`, as its message invites."""


def read_yaml(raw: bytes, file: str, *, max_bytes: int | None = None) -> YamlDoc:
    """Parse a claims file's bytes; raise `InputError` with every structural problem found.

    `max_bytes` defaults to `files.max_bytes` (FACTCHECK_MAX_BYTES, else MAX_BYTES).
    """
    limit = files.max_bytes(file) if max_bytes is None else max_bytes
    if len(raw) > limit:
        raise InputError([Problem(file, 0, 0, files.too_large(limit, len(raw)))])
    text = _decode(raw, file)
    body = raw[3:] if raw.startswith(_BOM) else raw
    data = _fast(text, body)
    if data is not None:
        return YamlDoc(data, body, file)
    walked = walk(text, file)
    if [p.message for p in walked.problems] == [EMPTY]:
        raise EmptyClaimsFile(walked.problems)
    if walked.problems:
        raise InputError(walked.problems)
    doc = YamlDoc(walked.data, body, file)
    doc.__dict__["_positions"] = walked.positions  # already built: seed the cache
    return doc

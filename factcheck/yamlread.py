"""Reading claims.yaml bytes into plain data: a fast Rust parse, a precise located fallback.

Measured choice (``python benchmarks/yaml_loaders.py``, see docs/yaml-loader.md): valid files
go through yaml-rs (Rust, YAML 1.2 core typing, rejects duplicate keys), about 1.2 s and 280 MB
for a 100k-claim, 16 MB file. yaml-rs silently accepts tags, anchors and aliases, so a cheap
conservative pre-scan sends any text that could hold one (or a tab in indentation, or a
number-like scalar whose typing yaml-rs does differently) to the precise path instead, as does
any yaml-rs error. The precise path (``factcheck.yamlprecise``) walks libyaml's events: every
problem with its line and column, the same core-schema typing, and node positions for
`YamlDoc.locate`, which builds them only on its first call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import yaml_rs

from factcheck.problems import InputError, Problem, YamlPath
from factcheck.yamlprecise import MAX_DEPTH, Position, walk

__all__ = ["MAX_BYTES", "MAX_DEPTH", "YamlDoc", "read_yaml"]

MAX_BYTES = 64 * 1024 * 1024

# Where a node may start: line start (after indentation), after "- ", ": ", "? ", or a flow
# indicator. Matching more than needed only costs time, matching less would be a hole.
_NODE_START = r"(?:^[ \t]*|[-:?][ \t]+|[\[{,][ \t]*)"
_SUSPICIOUS = re.compile(
    "|".join(
        [
            _NODE_START + r"[&*!]",  # anchor, alias, tag
            r"^ *\t",  # tab in indentation
            r"^%",  # directive (%TAG can define tag shorthands)
            # Characters YAML forbids (libyaml rejects them, yaml-rs lets some through).
            "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]",
            # Number-like plain scalars yaml-rs types differently from the 1.2 core schema:
            # digit-group underscores, signed or upper-case or binary base prefixes.
            r"(?<![^\s\[{,:])[-+]?[0-9._][0-9a-fA-FxXoObB_.+-]*_[0-9a-fA-FxXoObB_.+-]*(?![^\s,\]}#:])",
            r"(?<![^\s\[{,:])(?:[-+]0[xXoObB]|0[XOBb])",
        ]
    ),
    re.MULTILINE,
)
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


@dataclass(frozen=True)
class YamlDoc:
    """A parsed claims file: plain data plus a lazily built locator for error messages."""

    data: Any
    """Plain Python: dict/list/str/int/float/bool/None only."""
    text: str = field(repr=False, compare=False)
    """The decoded text (BOM removed) the data came from."""
    file: str = field(repr=False, compare=False)

    @cached_property
    def _positions(self) -> dict[YamlPath, Position]:
        return walk(self.text, self.file).positions

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


def _decode(raw: bytes, file: str) -> str:
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        line_start = body.rfind(b"\n", 0, err.start) + 1
        line = body.count(b"\n", 0, err.start) + 1
        col = len(body[line_start : err.start].decode("utf-8")) + 1
        bad = body[err.start]
        raise InputError([Problem(file, line, col, f"not UTF-8 (byte 0x{bad:02x})")]) from None


def _is_plain(root: Any) -> bool:
    """True if `root` holds only plain scalars and str keys, nested at most MAX_DEPTH deep."""
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if type(node) is dict:
            if any(type(k) is not str for k in node):
                return False
            values: Any = node.values()
        else:
            values = node
        for value in values:
            kind = type(value)
            if kind is dict or kind is list:
                stack.append((value, depth + 1))
            elif kind not in _SCALAR_TYPES:
                return False
    return True


def _fast(text: str) -> dict[str, Any] | None:
    """The data if the fast path can vouch for it, else None (take the precise path)."""
    if _SUSPICIOUS.search(text):
        return None
    try:
        data = yaml_rs.loads(text, parse_datetime=False)
    except yaml_rs.YAMLDecodeError:
        return None
    return data if type(data) is dict and _is_plain(data) else None


def read_yaml(raw: bytes, file: str, *, max_bytes: int = MAX_BYTES) -> YamlDoc:
    """Parse a claims file's bytes; raise `InputError` with every structural problem found."""
    if len(raw) > max_bytes:
        message = f"file is {len(raw)} bytes, over the limit of {max_bytes} bytes"
        raise InputError([Problem(file, 0, 0, message)])
    text = _decode(raw, file)
    data = _fast(text)
    if data is not None:
        return YamlDoc(data, text, file)
    walked = walk(text, file)
    if walked.problems:
        raise InputError(walked.problems)
    doc = YamlDoc(walked.data, text, file)
    doc.__dict__["_positions"] = walked.positions  # already built: seed the cache
    return doc

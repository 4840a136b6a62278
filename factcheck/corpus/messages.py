"""Structural problems in words: pydantic's validation errors as located, actionable messages."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.problems import YamlPath


def suggest(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' — did you mean "{close[0]}"?' if close else ""


_TYPE_NAMES = {
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    list: "a list",
    dict: "a mapping",
    type(None): "empty",
}


def type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


_EXPECTED = {
    "string_type": "a string",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}


def structure_issues(
    at: YamlPath, item: Any, model: type[BaseModel], error: ValidationError
) -> list[tuple[YamlPath, str, bool]]:
    """Pydantic's errors for one item as (path, message, at the key) triples, one per problem."""
    issues: list[tuple[YamlPath, str, bool]] = []
    what = _describe(at, item)
    seen: set[YamlPath] = set()
    for err in error.errors():
        loc = tuple(err["loc"])
        field = str(loc[0]) if loc else ""
        kind = err["type"]
        if kind == "extra_forbidden":
            fields = list(model.model_fields)
            issues.append(
                ((*at, field), f'unknown key "{field}" in {what}{suggest(field, fields)}', True)
            )
            continue
        if kind == "missing":
            issues.append((at, f'missing required key "{field}" in {what}', False))
            continue
        if not loc:
            issues.append((at, f"{what} must be a mapping, not {type_name(item)}", False))
            continue
        # Keep the part of the location that exists in the data (unions add member names).
        path = _existing(item, loc)
        if path in seen:
            continue
        seen.add(path)
        issues.append((at + path, _message(path, kind, err, what), False))
    return issues


def _message(path: YamlPath, kind: str, err: Any, what: str) -> str:
    name = ".".join(str(p) for p in path)
    given = err.get("input")
    if kind == "string_pattern_mismatch":
        return (f'{name} "{given}" has bad characters: use lowercase letters, digits, ".", "_" '
                f'or "-", starting with a letter or digit')  # fmt: skip
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"{name}: unknown {name.split('.')[-1]} {given!r} in {what} (expected {expected})"
    if kind == "string_too_short":
        return f"{name} in {what} must not be empty"
    if kind in _EXPECTED or kind.endswith("_type"):
        if path and path[-1] == "value":
            expected = "a number or a string such as '4.5 mg'"
        elif path and path[-1] == "tolerance":
            expected = "a number or a percentage such as '5%'"
        else:
            expected = _EXPECTED.get(kind, "another type")
        return f"{name} in {what} must be {expected}, not {type_name(given)}"
    return f"{name} in {what}: {err['msg']}"


def _existing(item: Any, loc: tuple[Any, ...]) -> YamlPath:
    path: list[str | int] = []
    node = item
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            node = node[part]
        else:
            break
        path.append(part)
    return tuple(path)


def _describe(at: YamlPath, item: Any) -> str:
    section, index = at[0], at[1]
    noun = "rejection" if section == "rejected" else str(section)[:-1]
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f'{noun} "{item["id"]}"'
    return f"{noun} #{int(index) + 1}"

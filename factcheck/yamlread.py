"""TEMPORARY dev stand-in (not committed): replaced by the yaml branch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML

from factcheck.problems import InputError, Problem, YamlPath

MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class YamlDoc:
    data: Any
    _rt: Any

    def locate(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        node = self._rt
        pos = (1, 1)
        for i, part in enumerate(path):
            try:
                if isinstance(part, int):
                    line, col = node.lc.item(part)
                else:
                    if part not in node:
                        return pos
                    line, col = (
                        node.lc.key(part) if (key and i == len(path) - 1) else node.lc.value(part)
                    )
                node = node[part]
                pos = (line + 1, col + 1)
            except Exception:
                return pos
        return pos


def _plain(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, str):
        return str(x)
    return x


def read_yaml(raw: bytes, file: str, *, max_bytes: int = MAX_BYTES) -> YamlDoc:
    try:
        rt = YAML(typ="rt").load(raw.decode("utf-8-sig"))
    except Exception as e:
        raise InputError([Problem(file, 1, 1, str(e).splitlines()[0])]) from None
    if not isinstance(rt, dict):
        raise InputError([Problem(file, 1, 1, "top level must be a mapping")])
    return YamlDoc(_plain(rt), rt)

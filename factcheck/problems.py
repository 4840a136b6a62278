"""Located input problems: what is wrong, and where in which file."""

from __future__ import annotations

from dataclasses import dataclass

#: A path into the loaded YAML document, e.g. ``("claims", 3, "value")``.
YamlPath = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    file: str
    """Path of the file as the user named it (claims file or source document)."""
    line: int
    """1-based line; 0 when the problem concerns the whole file."""
    column: int
    """1-based column; 0 when the problem concerns the whole file or line."""
    message: str
    """What is wrong, in words a user can act on."""

    def __str__(self) -> str:
        if self.line == 0:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class InputError(Exception):
    """Raised by ``factcheck.load``: carries every located problem found in one run."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

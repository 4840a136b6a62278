"""Words for counts in messages: ``1 source``, ``2 sources``."""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """``1 source``, ``2 sources``; ``many`` for nouns whose plural is not ``noun + "s"``."""
    return f"{n} {noun}" if n == 1 else f"{n} {many or noun + 's'}"

"""Ids drafted into a claims file: slugs of words, made unique against those taken."""

from __future__ import annotations

import re


def slug(text: str) -> str:
    """Lower-case letters and digits joined by "-": "Original capacity" -> "original-capacity"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def unique(base: str, taken: set[str]) -> str:
    """``base``, else ``base-2``, ``base-3``... the first not in ``taken``, which it joins."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate

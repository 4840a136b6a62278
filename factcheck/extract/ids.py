"""Ids drafted into a claims file: slugs of words, made unique against those taken."""

from __future__ import annotations

import re


def slug(text: str) -> str:
    """Lower-case letters and digits joined by "-": "Original capacity" -> "original-capacity"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def unique(base: str, taken: set[str], tried: dict[str, int] | None = None) -> str:
    """``base``, else ``base-2``, ``base-3``... the first not in ``taken``, which it joins.

    ``tried`` (one dict per ``taken``, kept by the caller) remembers where the search for each
    base stopped. Ids are never given back, so everything before that point is still taken:
    the next search resumes there, and 10,000 ids on one base cost 10,000 steps, not 50 million.
    """
    number = tried.get(base, 2) if tried is not None else 2
    candidate = base if number == 2 else f"{base}-{number - 1}"
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    if tried is not None:
        tried[base] = number
    return candidate

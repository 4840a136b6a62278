"""The claims loader's common case in C: ``factcheck._loadspeedups``, an optional extension.

``pip install`` builds it where a C compiler and Python's headers are found (setup.py marks it
optional). When it is built, the loader asks it first:

- ``yamlread._is_plain`` (the walk that vouches for yaml-rs's data) is walked in C; an int too
  large for C to compare is left to the Python walk.
- ``documents.Text``'s line index and normalized copy of a source (``load._Builder._sources``)
  are made in C when the text's only white space other than single spaces is line breaks and
  every other character is printable (``documents._collapsible``'s common case).
- ``load._Builder._claims``: a chunk of raw claims that the extension finds valid as it is
  (exact types, ids as ``ID_PATTERN`` in ASCII, no ``cites`` or ``accept``: stricter than
  ``ClaimModel``) skips pydantic, and each of its claims whose source and subject are known and
  whose value is already in the loader's cache of valid values is made in C, as ``_claim``
  makes it. Any other chunk goes to pydantic, and any other claim (rejected, an unknown
  reference, a value seen for the first time) to ``_claim``, which reports its problems: the
  claims and the located errors are the same either way (tests/test_native_load.py).

``FACTCHECK_PURE_PYTHON=1`` in the environment, or ``enabled = False`` here, turns it off (as
it does the anchoring extension, factcheck/check/native.py).
"""

from __future__ import annotations

import dataclasses
import types
from array import array
from typing import Any, Final

from factcheck.corpus.model import Claim
from factcheck.extensions import DISABLE as DISABLE  # read by tests and callers
from factcheck.extensions import extension, turned_on
from factcheck.text.documents import Text, _plain
from factcheck.text.firstfind import FirstOccurrence

_loadspeedups: Any = extension("_loadspeedups")

available: Final = _loadspeedups is not None
"""Whether the extension is built and importable."""
enabled = available and turned_on()
"""Whether the loader asks the extension first (tests switch it)."""

LARGEST: Final = 1 << 62
"""Ints the extension compares itself (with ``BIG_INT``) lie within ±this."""


def plain(root: Any, max_depth: int, big: int) -> bool | None:
    """``_is_plain(root)`` from C, or None when Python must walk (off, or an int it cannot
    compare)."""
    if not enabled:
        return None
    answer: bool | None = _loadspeedups.plain(root, max_depth, min(big, LARGEST))
    return answer


CLAIM_FIELDS: Final = (
    "id", "source", "subject", "value", "quantity", "quote", "context", "cites", "review",
    "note", "accept", "index", "claims_file", "link_chance",
)  # fmt: skip
"""``Claim``'s fields in the order the extension hands them over."""


_IN_ORDER: Final = tuple(f.name for f in dataclasses.fields(Claim)) == CLAIM_FIELDS
"""Whether the extension may make claims (else every chunk goes to pydantic and Python)."""


def _setters() -> tuple[Any, ...] | None:
    """``Claim``'s slots' descriptors, by which the extension stores a claim's fields as
    ``_perf.quick_init``'s ``__init__`` does; None (the extension calls ``Claim``) if they are
    not plain slots."""
    setters = tuple(Claim.__dict__.get(name) for name in CLAIM_FIELDS)
    plain = Claim.__new__ is object.__new__ and "__init__" in Claim.__dict__
    if plain and all(type(s) is types.MemberDescriptorType for s in setters):
        return setters
    return None


_SETTERS: Final = _setters()


def simple_claims(part: list[Any]) -> bool:
    """Whether ``ClaimModel`` takes every raw claim of ``part`` as it is, in the shapes the
    extension makes claims of (False when it is off)."""
    return enabled and _IN_ORDER and bool(_loadspeedups.simple_claims(part))


def claim_state(
    known_sources: set[Any],
    known_subjects: set[Any],
    sources: dict[str, Any],
    source_ids: dict[str, str],
    subjects: dict[str, Any],
    valid: dict[Any, Any],
    shapes: dict[str, int],
    reviews: dict[str, Any],
    context_text: Any,
    file: int,
) -> tuple[Any, ...]:
    """What ``claims`` reads: the loader's references, caches and makers for one claims file."""
    return (
        known_sources, known_subjects, sources, source_ids, subjects, valid, Claim, reviews,
        context_text, file, _SETTERS, shapes,
    )  # fmt: skip


def ids(items: list[Any]) -> list[str]:
    """The str ids of the mappings among ``items``, in order."""
    found: list[str] | None = _loadspeedups.ids(items) if enabled else None
    if found is None:
        found = [
            i for item in items if isinstance(item, dict) and isinstance(i := item.get("id"), str)
        ]
    return found


def claims(
    part: list[Any], position: int, out: list[Any], state: tuple[Any, ...], start: int
) -> int:
    """The claims of ``part`` from ``position`` made in C, appended to ``out``, up to the first
    one Python must handle: its position (``len(part)`` when none)."""
    done: int = _loadspeedups.claims(part, position, out, state, start)
    return done


_TEXT_FIELDS: Final = (
    "text",
    "_line_starts",
    "_normal",
    "_break_normal",
    "_break_original",
    "_search",
)
_TEXT_IN_ORDER: Final = tuple(f.name for f in dataclasses.fields(Text)) == _TEXT_FIELDS
"""Whether ``Text``'s fields are those ``text`` fills (else every text is made by ``Text``)."""


def text(content: str) -> Text:
    """``Text(content)``, its index made in C where it can be."""
    made = _loadspeedups.text_index(_plain(content)) if enabled and _TEXT_IN_ORDER else None
    if made is None:
        return Text(content)
    starts, normal, break_normal, break_original = made
    # Text's own __post_init__ stores its fields so (a frozen dataclass).
    indexed = object.__new__(Text)
    object.__setattr__(indexed, "text", content)
    object.__setattr__(indexed, "_line_starts", array("q", starts))
    object.__setattr__(indexed, "_normal", normal)
    object.__setattr__(indexed, "_break_normal", array("q", break_normal))
    object.__setattr__(indexed, "_break_original", array("q", break_original))
    object.__setattr__(indexed, "_search", FirstOccurrence(normal))
    return indexed

"""Drafts a reviewer rejected or deleted: recognised on the next `extract`, and kept out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.extract.drafts import Draft
from factcheck.extract.spans import Spans
from factcheck.text.documents import Text, normalize

# On the line of each key (a comment above it would belong to the last claim and stay with it
# when claims are added after it).
REJECTED_COMMENT = "# drafts rejected or deleted: not drafted again (delete an entry to undo)"
DRAFTED_COMMENT = "# written by factcheck extract: its drafts, so that one you delete stays deleted"


def draft_key(quote: str, value: object) -> str:
    """A draft's key in ``drafted:``: 12 hex digits of a hash of its quote (white space and
    typography normalized) and value."""
    data = f"{normalize(quote)}\0{_value_text(value)}"
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


def _value_text(value: object) -> str:
    return " ".join(str(value).split()).casefold()


class Rejected:
    """A source's rejections (``rejected:`` entries, or claims with ``status: rejected``, as
    written: source, quote and an optional value), asked whether a draft is one of them: the
    same quote and value, or a quote found in the document around the draft's figure with the
    same value (or none: every figure of the quote is rejected)."""

    def __init__(self, entries: Iterable[Mapping[str, Any]], text: Text) -> None:
        self._quotes: set[tuple[str, str | None]] = set()
        spans: dict[str | None, list[tuple[int, int]]] = {}
        for entry in entries:
            quote = entry.get("quote")
            if not isinstance(quote, str) or not quote:
                continue
            raw = entry.get("value")
            value = None if raw is None else _value_text(raw)
            self._quotes.add((normalize(quote), value))
            span = text.find(quote)
            if span is not None:
                spans.setdefault(value, []).append(span)
        self._found = {value: Spans(found) for value, found in spans.items()}

    def rejects(self, draft: Draft) -> bool:
        quote, value = normalize(draft.quote), _value_text(draft.value)
        if (quote, value) in self._quotes or (quote, None) in self._quotes:
            return True
        start, end = draft.mention.span
        return any(
            spans.overlaps(start, end)
            for spans in (self._found.get(value), self._found.get(None))
            if spans is not None
        )

"""Large HTML pages: the first screen's data in full, the rest packed for the page to unpack."""

from __future__ import annotations

import base64
import json
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from factcheck.formats.html_page import CLAIM_FIELDS

#: Past this many claims the page is split: what it shows first is embedded as plain JSON, the
#: rest packed (deflate, then base64) and unpacked only when a section that needs it is reached.
LAZY_CLAIMS = 15_000

#: On a split page, the most specific unsupported numbers (and the first unanchored claims) that
#: are shown in full at once; the rest are in searchable tables.
SHOWN_IN_FULL = 200

_F = {name: i for i, name in enumerate(CLAIM_FIELDS)}
#: Claim fields the packed rows leave out: the text around each quote is kept only for the
#: claims shown in full (it would be as large as the quotes themselves).
_CONTEXT_FIELDS = ("before", "after")


@dataclass(frozen=True)
class SplitPage:
    """A page's data in two parts."""

    first: dict[str, Any]
    """What the page draws at once: the summary, every conflict with the claims, subjects,
    sources and value groups it shows, the most specific unsupported numbers, the first
    unanchored claims, and counts of the rest (``lazy``). Claims, subjects, sources and groups
    are objects from index (as text) to row, with the indices of the complete data."""
    rest: dict[str, Any]
    """The complete data, for the sections drawn on demand: claims as columns (no context
    around the quotes), subjects, sources, groups, edges, every unsupported and unanchored
    claim."""


def _pick(rows: list[Any], indices: Iterable[int]) -> dict[str, Any]:
    return {str(i): rows[i] for i in sorted(set(indices))}


def split_page(page: dict[str, Any], shown: int = SHOWN_IN_FULL) -> SplitPage:
    """Split ``page_data``'s page into what is drawn at once and the rest (see ``SplitPage``);
    ``shown`` (at least 1) unsupported numbers and unanchored claims are drawn at once."""
    if shown < 1:
        raise ValueError(f"shown must be at least 1, not {shown}")
    claims: list[list[Any]] = page["claims"]
    groups: list[dict[str, Any]] = page["groups"]
    spreads: list[list[Any]] = page.get("spreads", [])
    unsupported: list[int] = page["unsupported"]
    unanchored: list[list[Any]] = page["unanchored"]

    # Each side of a conflict shows its first quote, and says how many sources hold it.
    conflicts = []
    featured: list[int] = []
    for subject, reason, side_a, side_b, *counts_and_drafts in page["conflicts"]:
        featured += [side_a[0], side_b[0]]
        conflicts.append([subject, reason, side_a, side_b, *counts_and_drafts])
    disputed = [g for spread in spreads for g in spread[2]]
    featured += [groups[g]["claims"][0] for g in disputed if groups[g]["claims"]]
    featured += unsupported[:shown]
    featured += [u[0] for u in unanchored[:shown]]

    subjects = [c[0] for c in conflicts] + [s[0] for s in spreads]
    subjects += [claims[i][_F["subject"]] for i in featured]
    sources = [claims[i][_F["source"]] for i in featured]
    statuses = Counter(row[_F["status"]] for row in claims)
    first: dict[str, Any] = {
        "summary": page["summary"],
        "claimFields": page["claimFields"],
        "claims": _pick(claims, featured),
        "subjects": _pick(page["subjects"], (s for s in subjects if s >= 0)),
        "sources": _pick(page["sources"], (s for s in sources if s >= 0)),
        "groups": _pick(groups, disputed),
        "conflicts": conflicts,
        "unsupported": unsupported[:shown],
        "unanchored": unanchored[:shown],
        "lazy": {
            "claims": len(claims),
            "subjects": len(page["subjects"]),
            "sources": len(page["sources"]),
            "unsupported": len(unsupported),
            "unanchored": len(unanchored),
            "statuses": dict(sorted(statuses.items())),
        },
    }
    if spreads:
        first["spreads"] = spreads
    columns = {
        name: [row[i] for row in claims] for name, i in _F.items() if name not in _CONTEXT_FIELDS
    }
    rest = {
        "claimColumns": columns,
        "subjects": page["subjects"],
        "sources": page["sources"],
        "groups": groups,
        "edges": page["edges"],
        "unsupported": unsupported,
        "unanchored": unanchored,
    }
    return SplitPage(first, rest)


def packed(data: Any) -> str:
    """JSON packed for the page: deflated (zlib format, which ``DecompressionStream("deflate")``
    reads) and base64-encoded, so the text holds only ``A-Z a-z 0-9 + / =`` and can sit in a
    ``<script>`` element as it is. The JSON inside needs no escapes: it is never parsed as HTML."""
    text = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")

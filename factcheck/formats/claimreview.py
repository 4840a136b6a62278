"""schema.org ClaimReview (JSON-LD) for each contradicted or unsupported claim."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from factcheck.formats.base import Formatter
from factcheck.formats.escape import script_json_text
from factcheck.problems import Problem
from factcheck.report.model import Report

#: The textual verdict of each reviewed status and its place on a 1 (worst) to 5 scale.
RATINGS: dict[str, tuple[int, str]] = {
    "contradicted": (1, "Contradicted by other sources"),
    "unsupported": (2, "Unsupported: no other source corroborates it"),
}


def _explanations(report: Mapping[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for finding in report.get("findings", []):
        for claim in finding.get("claims", []):
            out.setdefault(claim, []).append(finding.get("message", ""))
    return out


def claim_reviews(
    report: Mapping[str, Any], review_url: str | None = None, publisher: str | None = None
) -> list[dict[str, Any]]:
    """One ClaimReview per contradicted or unsupported claim of a report dict, in claim order.

    ``review_url`` is where the published review lives (each item gets ``REVIEW_URL#claim-ID``);
    ``publisher`` names the organisation publishing it (the review's ``author``).
    """
    sources = {s["id"]: s for s in report.get("sources", [])}
    labels = {s["id"]: s.get("label") or s["id"] for s in report.get("subjects", [])}
    explanations = _explanations(report)
    items = []
    for claim in report.get("claims", []):
        if claim.get("status") not in RATINGS:
            continue
        value, verdict = RATINGS[claim["status"]]
        source = sources.get(claim["source"], {})
        appearance: dict[str, Any] = {
            "@type": "CreativeWork",
            "name": source.get("title") or claim["source"],
        }
        if source.get("url"):
            appearance["url"] = source["url"]
        said = (claim.get("value") or {}).get("text", "")
        item: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": f"{labels.get(claim['subject'], claim['subject'])}: {said}",
            "itemReviewed": {
                "@type": "Claim",
                "text": claim.get("quote", ""),
                "appearance": appearance,
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "worstRating": 1,
                "bestRating": 5,
                "alternateName": verdict,
                "ratingExplanation": "; ".join(sorted(set(explanations.get(claim["id"], [])))),
            },
        }
        if review_url:
            item["url"] = f"{review_url}#claim-{claim['id']}"
        if publisher:
            item["author"] = {"@type": "Organization", "name": publisher}
        items.append(item)
    return items


class ClaimReviewFormatter(Formatter):
    """A JSON-LD list of ClaimReview items: what fact-checkers publish and search engines read;
    ``<``, ``>`` and ``&`` are ``\\u`` escapes, so it can be pasted into a
    ``<script type="application/ld+json">`` element as is."""

    def __init__(self, review_url: str | None = None, publisher: str | None = None) -> None:
        self.review_url = review_url
        self.publisher = publisher

    def format(self, report: Report) -> str:
        items = claim_reviews(report.to_dict(), self.review_url, self.publisher)
        text = json.dumps(items, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
        return script_json_text(text) + "\n"

    def format_problems(self, problems: Sequence[Problem]) -> str:
        return "[]\n"

"""Hand-made report dicts (REPORT_DATA.md shape) for renderer tests: small, and at scale."""

from __future__ import annotations

import copy
from typing import Any

HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def _claim(
    cid: str,
    source: str,
    subject: str,
    value: dict[str, Any],
    quote: str,
    status: str,
    group: str | None,
    line: int,
    before: str = "Earlier text. ",
    after: str = " Later text.",
) -> dict[str, Any]:
    return {
        "id": cid,
        "source": source,
        "subject": subject,
        "value": value,
        "quote": quote,
        "span": [line * 40, line * 40 + len(quote)],
        "line": line,
        "column": 1,
        "status": status,
        "group": group,
        "context": {},
        "cites": [],
        "review": "reviewed",
        "excerpt": {"before": before, "after": after},
    }


def _mg(text: str, low: float, high: float, qualifier: str = "=") -> dict[str, Any]:
    return {"text": text, "low": low, "high": high, "unit": "mg", "qualifier": qualifier}


def _pct(text: str, low: float, high: float) -> dict[str, Any]:
    return {"text": text, "low": low, "high": high, "unit": "%", "qualifier": "="}


def small_report() -> dict[str, Any]:
    """Four sources on LDN: a dose-range conflict, an agreement, two unsupported statistics."""
    dose = "ldn-typical-daily-dose"
    ms = "ms-patients-improved"
    fda = "fda-approval-year"
    claims = [
        _claim(
            "clinic-dose",
            "clinic-faq",
            dose,
            _mg("1.5-4.5 mg", 1.5, 4.5),
            "typically between 1.5 mg and 4.5 mg",
            "contradicted",
            f"{dose}#1",
            3,
        ),
        _claim(
            "guide-dose",
            "wellness-guide",
            dose,
            _mg("0.5-4.5 mg", 0.5, 4.5),
            "typically between 0.5 mg and 4.5 mg daily",
            "contradicted",
            f"{dose}#2",
            5,
        ),
        _claim(
            "blog-dose",
            "pharmacy-blog",
            dose,
            _mg("0.5-4.5 mg", 0.5, 4.5),
            "about 0.5–4.5 mg",
            "contradicted",
            f"{dose}#2",
            7,
            before=HOSTILE,
            after=" & more <b>bold</b>",
        ),
        _claim(
            "blog-ms",
            "pharmacy-blog",
            ms,
            _pct("99%", 99, 99),
            "99% of 400 MS patients",
            "unsupported",
            f"{ms}#1",
            9,
        ),
        _claim(
            "clinic-fda",
            "clinic-faq",
            fda,
            {"text": "1984", "low": 1984, "high": 1984, "unit": None, "qualifier": "="},
            "approved naltrexone in 1984",
            "corroborated",
            f"{fda}#1",
            11,
        ),
        _claim(
            "guide-fda",
            "wellness-guide",
            fda,
            {"text": "1984", "low": 1984, "high": 1984, "unit": None, "qualifier": "="},
            "in 1984 " + HOSTILE,
            "corroborated",
            f"{fda}#1",
            13,
        ),
        _claim(
            "guide-low",
            "wellness-guide",
            "ldn-lowest-dose",
            _mg("0.1 mg", 0.1, 0.1, "<="),
            "as little as 0.1 mg",
            "unsupported",
            "ldn-lowest-dose#1",
            15,
        ),
        _claim(
            "trial-dose",
            "trial-abstract",
            dose,
            _mg("4.5 mg", 4.5, 4.5),
            "4.5 mg nightly",
            "reference",
            f"{dose}#3",
            2,
        ),
    ]
    sources = [
        ("clinic-faq", "article", "LDN questions answered", "https://example.org/ldn"),
        ("pharmacy-blog", "article", HOSTILE, None),
        ("trial-abstract", "reference", "A pilot trial", None),
        ("wellness-guide", "article", "A wellness guide", "https://example.org/guide"),
    ]
    source_rows = []
    for sid, kind, title, url in sources:
        mine = [c for c in claims if c["source"] == sid]
        row: dict[str, Any] = {
            "id": sid,
            "path": f"docs/{sid}.md",
            "kind": kind,
            "title": title,
            "url": url,
            "claims": len(mine),
        }
        for status in ("corroborated", "contradicted", "unsupported", "verified", "cited"):
            row[status] = sum(1 for c in mine if c["status"] == status)
        row["unanchored"] = 0
        source_rows.append(row)

    def groups(subject: str) -> list[dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for c in claims:
            if c["subject"] != subject:
                continue
            g = out.setdefault(
                c["group"],
                {"id": c["group"], "value": c["value"], "context": {}, "claims": [], "sources": []},
            )
            g["claims"].append(c["id"])
            if c["source"] not in g["sources"]:
                g["sources"].append(c["source"])
        for g in out.values():
            g["claims"].sort()
            g["sources"].sort()
        return [out[k] for k in sorted(out)]

    subjects = [
        {"id": fda, "label": "Year the FDA approved naltrexone", "unit": None, "kind": "value"},
        {"id": "ldn-lowest-dose", "label": "Lowest effective dose", "unit": "mg", "kind": "value"},
        {"id": dose, "label": "Typical daily LDN dose", "unit": "mg", "kind": "range"},
        {"id": ms, "label": "MS patients who improved", "unit": "%", "kind": "value"},
    ]
    for s in subjects:
        s["tolerance"] = "0"
        s["groups"] = groups(s["id"])

    by_id = {c["id"]: c for c in claims}

    def loc(cid: str) -> dict[str, Any]:
        c = by_id[cid]
        return {
            "source": c["source"],
            "path": f"docs/{c['source']}.md",
            "span": c["span"],
            "line": c["line"],
            "column": 1,
            "end_line": c["line"],
            "end_column": 1 + len(c["quote"]),
        }

    findings = [
        {
            "kind": "conflict",
            "severity": "error",
            "subject": dose,
            "claims": ["blog-dose", "clinic-dose", "guide-dose"],
            "sides": [["clinic-dose"], ["blog-dose", "guide-dose"]],
            "message": "lower bound 1.5 mg vs 0.5 mg",
            "fingerprint": "aaaa000000000001",
            "locations": [loc("clinic-dose"), loc("blog-dose"), loc("guide-dose")],
        },
        {
            "kind": "unsupported",
            "severity": "warning",
            "subject": "ldn-lowest-dose",
            "claims": ["guide-low"],
            "sides": [],
            "message": "no other source gives this number",
            "fingerprint": "aaaa000000000002",
            "locations": [loc("guide-low")],
        },
        {
            "kind": "unsupported",
            "severity": "warning",
            "subject": ms,
            "claims": ["blog-ms"],
            "sides": [],
            "message": "no other source gives this number",
            "fingerprint": "aaaa000000000003",
            "locations": [loc("blog-ms")],
        },
    ]
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    for c in claims:
        nodes.append(
            {
                "id": f"claim:{c['id']}",
                "type": "claim",
                "label": c["id"],
                "source": c["source"],
                "subject": c["subject"],
                "value": c["value"]["text"],
                "status": c["status"],
            }
        )
        edges.append(
            {"source": f"claim:{c['id']}", "target": f"group:{c['group']}", "relation": "member"}
        )
    for s in subjects:
        for g in s["groups"]:
            nodes.append(
                {
                    "id": f"group:{g['id']}",
                    "type": "group",
                    "label": g["value"]["text"],
                    "subject": s["id"],
                    "size": len(g["claims"]),
                }
            )
    edges += [
        {
            "source": f"group:{dose}#1",
            "target": f"group:{dose}#2",
            "relation": "conflicts",
            "reason": "lower bound 1.5 mg vs 0.5 mg",
        },
        {
            "source": f"group:{dose}#2",
            "target": f"group:{dose}#3",
            "relation": "agrees",
            "reason": "4.5 mg within 0.5-4.5 mg",
        },
        {
            "source": f"group:{dose}#1",
            "target": f"group:{dose}#3",
            "relation": "agrees",
            "reason": "4.5 mg within 1.5-4.5 mg",
        },
    ]
    nodes.sort(key=lambda n: n["id"])
    edges.sort(key=lambda e: (e["source"], e["target"]))
    claims.sort(key=lambda c: c["id"])
    return {
        "version": 1,
        "summary": {
            "sources": 4,
            "subjects": 4,
            "claims": len(claims),
            "conflicts": 1,
            "unsupported": 2,
            "unanchored": 0,
        },
        "sources": source_rows,
        "subjects": subjects,
        "claims": claims,
        "findings": findings,
        "graph": {"nodes": nodes, "edges": edges},
    }


def scaled_report(n_claims: int, per_subject: int = 50) -> dict[str, Any]:
    """A synthetic report of ``n_claims`` claims: every subject has two conflicting value groups
    and a few unsupported outliers; quotes and excerpts are of realistic length."""
    n_sources = max(2, n_claims // 20)
    n_subjects = max(1, n_claims // per_subject)
    claims: list[dict[str, Any]] = []
    subjects: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    counts: dict[str, dict[str, int]] = {}
    filler = "Patients in the study were followed closely by their doctors. " * 3
    for s in range(n_subjects):
        sid = f"subject-{s:04d}"
        members: dict[int, list[str]] = {1: [], 2: [], 3: []}
        for i in range(per_subject):
            k = s * per_subject + i
            if k >= n_claims:
                break
            src = f"source-{k % n_sources:05d}"
            gi = 1 if i % 2 == 0 else 2
            if i % 25 == 24:
                gi = 3
            low, high = {1: (1.5, 4.5), 2: (0.5, 4.5), 3: (9.0, 9.0)}[gi]
            status = "unsupported" if gi == 3 else "contradicted"
            text = f"{low}-{high} mg" if low != high else f"{low} mg"
            cid = f"c{k:06d}"
            members[gi].append(cid)
            claims.append(
                _claim(
                    cid,
                    src,
                    sid,
                    _mg(text, low, high),
                    f"a daily dose of {text} is what most people take",
                    status,
                    f"{sid}#{gi}",
                    k % 500 + 1,
                    before=filler,
                    after=filler,
                )
            )
            row = counts.setdefault(src, {"claims": 0, "contradicted": 0, "unsupported": 0})
            row["claims"] += 1
            row[status] += 1
        groups = []
        for gi, ids in members.items():
            if not ids:
                continue
            srcs = sorted({c["source"] for c in claims[-per_subject:] if c["id"] in set(ids)})
            value = claims[[c["id"] for c in claims].index(ids[0])]["value"]
            groups.append(
                {
                    "id": f"{sid}#{gi}",
                    "value": value,
                    "context": {},
                    "claims": ids,
                    "sources": srcs,
                }
            )
            nodes.append(
                {
                    "id": f"group:{sid}#{gi}",
                    "type": "group",
                    "label": value["text"],
                    "subject": sid,
                    "size": len(ids),
                }
            )
        subjects.append(
            {
                "id": sid,
                "label": f"Synthetic subject {s}",
                "unit": "mg",
                "kind": "range",
                "tolerance": "0",
                "groups": groups,
            }
        )
        if members[1] and members[2]:
            findings.append(
                {
                    "kind": "conflict",
                    "severity": "error",
                    "subject": sid,
                    "claims": sorted(members[1] + members[2]),
                    "sides": [members[1], members[2]],
                    "message": "lower bound 1.5 mg vs 0.5 mg",
                    "fingerprint": f"{s:016x}",
                    "locations": [],
                }
            )
            edges.append(
                {
                    "source": f"group:{sid}#1",
                    "target": f"group:{sid}#2",
                    "relation": "conflicts",
                    "reason": "lower bound 1.5 mg vs 0.5 mg",
                }
            )
        for cid in members[3]:
            findings.append(
                {
                    "kind": "unsupported",
                    "severity": "warning",
                    "subject": sid,
                    "claims": [cid],
                    "sides": [],
                    "message": "no other source gives this number",
                    "fingerprint": f"u{cid}",
                    "locations": [],
                }
            )
    for c in claims:
        nodes.append(
            {
                "id": f"claim:{c['id']}",
                "type": "claim",
                "label": c["id"],
                "source": c["source"],
                "subject": c["subject"],
                "value": c["value"]["text"],
                "status": c["status"],
            }
        )
        edges.append(
            {"source": f"claim:{c['id']}", "target": f"group:{c['group']}", "relation": "member"}
        )
    sources = [
        {
            "id": src,
            "path": f"docs/{src}.md",
            "kind": "article",
            "title": f"Article {src}",
            "url": None,
            "claims": row["claims"],
            "corroborated": 0,
            "contradicted": row["contradicted"],
            "unsupported": row["unsupported"],
            "verified": 0,
            "cited": 0,
            "unanchored": 0,
        }
        for src, row in sorted(counts.items())
    ]
    return copy.deepcopy(
        {
            "version": 1,
            "summary": {
                "sources": len(sources),
                "subjects": len(subjects),
                "claims": len(claims),
                "conflicts": sum(1 for f in findings if f["kind"] == "conflict"),
                "unsupported": sum(1 for f in findings if f["kind"] == "unsupported"),
                "unanchored": 0,
            },
            "sources": sources,
            "subjects": subjects,
            "claims": claims,
            "findings": findings,
            "graph": {"nodes": nodes, "edges": edges},
        }
    )

"""The sections of the terminal report under its summary: conflicts side by side, consensus,
unsupported numbers most specific first, other findings listed (unanchored claims), and per-source
consistency."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import zip_longest

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factcheck.formats.quotes import quoted, safe
from factcheck.formats.rich_look import Look, plural
from factcheck.report.consensus import consensus
from factcheck.report.findings import Finding
from factcheck.report.model import Report
from factcheck.report.results import Status
from factcheck.report.specificity import specificity, specificity_key
from factcheck.rules.conflict import Disagreement, Dispute

Render = Callable[[Report, list[Finding], Look], Iterator[RenderableType]]
"""A section's renderer: the report, the section's shown findings, and the look."""


def conflicts(report: Report, findings: list[Finding], look: Look) -> Iterator[RenderableType]:
    """Grouped by subject in file order; past ``limit``, the conflicts of most sources."""
    shown = findings
    if 0 < look.options.limit < len(findings):
        sources = {cid: r.claim.source for cid, r in report.results.items()}
        rank = {id(f): n for n, f in enumerate(findings)}
        shown = sorted(findings, key=lambda f: -len({sources[c] for c in f.claims}))
        shown = sorted(shown[: look.options.limit], key=lambda f: rank[id(f)])
    order = {sid: n for n, sid in enumerate(report.corpus.subjects)}
    by_subject: dict[str, list[Finding]] = {}
    for finding in shown:
        by_subject.setdefault(finding.subject or "", []).append(finding)
    for n, subject_id in enumerate(sorted(by_subject, key=lambda s: order.get(s, len(order)))):
        subject = report.corpus.subjects[subject_id]
        if n:
            yield Text("")
        yield Text.assemble(
            (safe(subject.label), look.style("source")),
            (f"  [{safe(subject_id)}]", look.style("dim")),
        )
        for finding in by_subject[subject_id]:
            yield Padding(_conflict(report, finding, look), (0, 0, 0, 2))
    if len(findings) > len(shown):
        yield look.more(len(findings) - len(shown), "involving fewer sources")


def _conflict(report: Report, finding: Finding, look: Look) -> RenderableType:
    """The reason in words over a two-column table: each side's value, sources and quotes."""
    if isinstance(finding.reason, Dispute):
        return _dispute(report, finding, finding.reason, look)
    assert isinstance(finding.reason, Disagreement)
    relation = finding.reason.relation
    groups = {g.id: g for g in report.groups.get(finding.subject or "", ())}
    side_groups = [groups[relation.a], groups[relation.b]]
    table = Table(box=look.box, expand=True, padding=(0, 1))
    for group in side_groups:
        context = ", ".join(f"{k}={v}" for k, v in group.context)
        header = Text.assemble(
            (safe(group.text), look.style("conflict")),
            f" ({safe(context)})" if context else "",
            f", {plural(len(group.sources), 'source')}",
        )
        table.add_column(header, ratio=1, overflow="fold")
    columns = [_side(report, side, look) for side in finding.sides]
    for row in zip_longest(*columns, fillvalue=Text("")):
        table.add_row(*row)
    head = Text.assemble(("conflict: ", look.style("conflict")), safe(relation.reason))
    if finding.suppression is not None:
        suppressed = safe(finding.suppression.words())
        head.append(f" (suppressed: {suppressed})", style=look.style("dim"))
    _mark_drafts(report, finding, head, look)
    return Group(head, table)


def _mark_drafts(report: Report, finding: Finding, head: Text, look: Look) -> None:
    """Mark a finding that rests on drafts ("rests on 2 drafts"): nobody has reviewed them."""
    drafts = len(report.drafts_of(finding))
    if drafts:
        head.append(f" (rests on {plural(drafts, 'draft')})", style=look.style("dim"))
    unsure = report.unsure_grouping(finding)
    if unsure is not None:  # maybe two quantities grouped as one: read it before believing it
        head.append(f" ({unsure.words()})", style=look.style("unsupported"))


def _dispute(report: Report, finding: Finding, dispute: Dispute, look: Look) -> RenderableType:
    """A summarized subject's conflict: the reason in words over a table of its value groups in
    dispute, with their claims and sources; past ``limit``, the groups of most sources."""
    groups = list(dispute.groups)
    limit = look.options.limit
    shown = groups
    if 0 < limit < len(groups):
        rank = {g.id: n for n, g in enumerate(groups)}
        shown = sorted(groups, key=lambda g: -len(g.sources))[:limit]
        shown.sort(key=lambda g: rank[g.id])
    table = Table(box=look.box, expand=True, padding=(0, 1))
    table.add_column("value group", ratio=2, overflow="fold")
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("sources", ratio=3, overflow="fold")
    sample = look.options.sample
    for group in shown:
        context = ", ".join(f"{k}={v}" for k, v in group.context)
        ids = group.sources if sample <= 0 else group.sources[:sample]
        more = len(group.sources) - len(ids)
        named = [report.corpus.sources.get(i) for i in ids]
        names = [
            look.short(s.title or s.id, 24) if s is not None else i
            for s, i in zip(named, ids, strict=True)
        ]
        table.add_row(
            Text.assemble(
                (safe(group.text), look.style("conflict")), f" ({safe(context)})" if context else ""
            ),
            str(len(group.claims)),
            Text.assemble(
                (safe(", ".join(names)), look.style("source")),
                (f" + {more} more" if more else "", look.style("dim")),
            ),
        )
    head = Text.assemble(("conflict: ", look.style("conflict")), safe(dispute.summary()))
    if finding.suppression is not None:
        suppressed = safe(finding.suppression.words())
        head.append(f" (suppressed: {suppressed})", style=look.style("dim"))
    parts: list[RenderableType] = [head, table]
    if len(groups) > len(shown):
        parts.append(look.more(len(groups) - len(shown), "value groups backed by fewer sources"))
    return Group(*parts)


def _side(report: Report, claims: Sequence[str], look: Look) -> list[Text]:
    """One cell per shown claim (source, line, quote), padded to the longer side."""
    sample = look.options.sample
    rows = len(claims) if sample <= 0 else min(len(claims), sample)
    cells = []
    for claim_id in claims[:rows]:
        result = report.results[claim_id]
        source = report.corpus.sources[result.claim.source]
        where = f", line {result.location.line}" if result.location else ""
        # Its title on at most two lines of the side's column (two sides, borders, padding).
        room = 2 * max(8, (look.options.width - 11) // 2) - len(where)
        cell = Text.assemble(
            (look.short(safe(source.title or source.id), room), look.style("source")),
            (where, look.style("dim")),
            "\n",
        )
        cell.append_text(
            quoted(
                result,
                source,
                look.style("number"),
                around=look.options.around,
                context=look.style("dim"),
                ellipsis=look.ellipsis,
            )
        )
        cells.append(cell)
    if len(claims) > rows:
        rest = sorted({report.results[c].claim.source for c in claims[rows:]})
        more = f"+ {plural(len(claims) - rows, 'more claim')} from {plural(len(rest), 'source')}"
        cells.append(Text(more, style=look.style("dim")))
    return cells


def consensus_lines(report: Report, _: list[Finding], look: Look) -> Iterator[RenderableType]:
    """Subjects that several sources speak about (or dispute), with their consensus in words."""
    wanted = look.options.selection.subject_ids(report)
    everything = [c for c in consensus(report) if c.subject in wanted]
    several = [c for c in everything if len(c.sources) > 1 or c.disputed]
    shown = several
    if 0 < look.options.limit < len(several):
        rank = {c.subject: n for n, c in enumerate(several)}
        shown = sorted(several, key=lambda c: (not c.disputed, -len(c.sources)))
        shown = sorted(shown[: look.options.limit], key=lambda c: rank[c.subject])
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 0))
    table.add_column(ratio=2, overflow="fold")
    table.add_column(ratio=3, overflow="fold")
    # A label on at most two lines of its column's share of the width, cut past them.
    room = 2 * max(12, (look.options.width * 2) // 5 - 2)
    for item in shown:
        label = look.short(safe(report.corpus.subjects[item.subject].label), room)
        words = Text()
        for n, point in enumerate(item.points):
            style = look.style("conflict" if point.disputed else "agreed")
            words.append("\n" if n else "").append(safe(point.words()), style=style)
        table.add_row(Text(label, style=look.style("source")), words)
    if shown:
        yield table
    if len(several) > len(shown):
        yield look.more(len(several) - len(shown), "agreed or less backed subjects")
    if single := len(everything) - len(several):
        subjects = plural(single, "more subject")
        yield Text(f"{subjects} stated by one source only.", style=look.style("dim"))


def unsupported(report: Report, findings: list[Finding], look: Look) -> Iterator[RenderableType]:
    """Unsupported numbers by specificity class, most specific first (``factcheck.report.specificity``)."""
    subjects = report.corpus.subjects
    claims = [(report.results[f.claims[0]], f) for f in findings]
    claims.sort(key=lambda rf: specificity_key(rf[0].claim, subjects[rf[0].claim.subject]))
    limit = look.options.limit
    shown = claims if limit <= 0 else claims[:limit]
    # One value width for every class's table, so that their columns line up.
    value_width = min(12, max((len(safe(r.claim.value.text)) for r, _ in shown), default=6))
    current = None
    table = None
    for result, finding in shown:
        claim = result.claim
        rank = specificity(claim, subjects[claim.subject])
        if rank is not current:
            if table is not None:
                yield table
            current = rank
            yield Text(rank.title, style=look.style("class"))
            table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 2))
            table.add_column(width=max(6, value_width), overflow="fold")
            table.add_column(ratio=1, min_width=16, overflow="fold")
            table.add_column(max_width=21, overflow="fold")
        assert table is not None
        source = report.corpus.sources[claim.source]
        what = Text(safe(subjects[claim.subject].label) + "\n")
        what.append_text(quoted(result, source, look.style("number")))
        if finding.suppression is not None:
            suppressed = safe(finding.suppression.words())
            what.append(f"\nsuppressed: {suppressed}", style=look.style("dim"))
        where = f"line {result.location.line}" if result.location else ""
        table.add_row(
            Text(safe(claim.value.text), style=look.style("unsupported")),
            what,
            Text.assemble(
                (look.short(safe(source.title or source.id), 40), look.style("source")),
                "\n",
                (where, look.style("dim")),
            ),
        )
    if table is not None:
        yield table
    if len(claims) > len(shown):
        yield look.more(len(claims) - len(shown), "less specific")


def listed(report: Report, findings: list[Finding], look: Look) -> Iterator[RenderableType]:
    """Each finding (an unanchored claim, ...) with its claim, where it points, and its message."""
    for finding in findings:
        where = finding.locations[0] if finding.locations else None
        place = f"  {safe(where.path)}:{where.line}:{where.column}" if where else ""
        name = finding.claims[0] if finding.claims else ""
        yield Text.assemble((safe(name), look.style("source")), (place, look.style("dim")))
        message = Text(safe(finding.message), style=look.kind(str(finding.kind)))
        if finding.suppression is not None:
            suppressed = safe(finding.suppression.words())
            message.append(f" (suppressed: {suppressed})", look.style("dim"))
        yield Padding(message, (0, 0, 0, 2))


def sources(report: Report, _: list[Finding], look: Look) -> Iterator[RenderableType]:
    """Per-source consistency: shares of corroborated, contradicted and unsupported claims."""
    table = Table(box=look.box, expand=True, padding=(0, 1))
    table.add_column("source", ratio=1, overflow="fold")
    shares = (Status.CORROBORATED, Status.CONTRADICTED, Status.UNSUPPORTED)
    # Below 80 columns the full words leave the source names no room.
    short = look.options.width < 80
    table.add_column("n" if short else "claims", justify="right", no_wrap=True)
    for status in shares:
        name = f"{str(status)[:6]}." if short else str(status)
        table.add_column(name, justify="right", no_wrap=True)
    # The source's title on at most two lines of what the figures' columns leave.
    room = 2 * max(12, look.options.width - (36 if short else 60))
    for figures in look.options.selection.figures(report):
        source = report.corpus.sources.get(figures.source)
        name = (source.title if source is not None else None) or figures.source
        cells: list[RenderableType] = [
            Text(look.short(safe(name), room), style=look.style("source")),
            str(figures.claims),
        ]
        for status in shares:
            count = figures.counts.get(status, 0)
            style = look.status(status) if count else ""
            cells.append(Text(f"{count} {figures.share(status):4.0%}", style=style))
        table.add_row(*cells)
    yield table

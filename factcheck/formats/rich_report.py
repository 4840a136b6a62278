"""The readable terminal report (rich): summary, conflicts side by side, consensus, unsupported
numbers most specific first, and per-source consistency, rendered to a string."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.consensus import consensus
from factcheck.findings import Finding, Kind
from factcheck.formats.base import Formatter
from factcheck.formats.quotes import quoted, safe
from factcheck.formats.text import TextFormatter
from factcheck.problems import Problem
from factcheck.report import Report, Status
from factcheck.selection import Selection
from factcheck.specificity import specificity, specificity_key

_STYLES = {
    "conflict": "bold red",
    "unsupported": "yellow",
    "unanchored": "magenta",
    "agreed": "green",
    "number": "bold black on yellow",
    "source": "bold",
    "dim": "dim",
    "heading": "bold cyan",
}
_WEB_FONT = re.compile(r',\s*url\("https?://[^"]*"\) format\("[^"]*"\)')

_STATUS_STYLES = {
    Status.CONTRADICTED: "red",
    Status.UNSUPPORTED: "yellow",
    Status.UNANCHORED: "magenta",
    Status.CORROBORATED: "green",
    Status.VERIFIED: "green",
}


def plural(n: int, noun: str) -> str:
    """``1 source``, ``2 sources``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass(frozen=True)
class TerminalOptions:
    """How to render: width, colour, filters and how much of long lists to show."""

    width: int = 80
    color: bool = False
    """ANSI colour and Unicode boxes; without it, plain text with ASCII tables only."""
    selection: Selection = field(default_factory=Selection)
    limit: int = 20
    """Items shown per section (0 shows all): the conflicts involving most sources, disputed and
    most-backed subjects of the consensus, the most specific unsupported numbers."""
    sample: int = 3
    """Quotes shown per side of a conflict; the rest are counted."""
    around: int = 30
    """Characters of the quote's line shown around each quote of a conflict (whole words)."""


class RichFormatter(Formatter):
    """Renders a Report as the terminal report; the same input gives byte-identical output."""

    def __init__(self, options: TerminalOptions | None = None) -> None:
        self.options = options or TerminalOptions()
        self._box = box.ROUNDED if self.options.color else box.ASCII

    def format(self, report: Report) -> str:
        console = self._console(record=False)
        for part in self.renderables(report):
            console.print(part)
        out = console.file
        assert isinstance(out, io.StringIO)
        if self.options.color:
            return out.getvalue()
        # Rich pads lines to the full width; plain output should not carry trailing blanks.
        return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())

    def svg(self, report: Report, title: str) -> str:
        """The report as an SVG picture of a terminal (for docs and sharing), fetching nothing:
        rich's web-font links are dropped for the local Fira Code or any monospace font."""
        console = self._console(record=True)
        for part in self.renderables(report):
            console.print(part)
        return _WEB_FONT.sub("", console.export_svg(title=title))

    def format_problems(self, problems: Sequence[Problem]) -> str:
        return TextFormatter().format_problems(problems)

    def _console(self, *, record: bool) -> Console:
        color = self.options.color
        return Console(
            file=io.StringIO(),
            width=self.options.width,
            color_system="standard" if color else None,
            force_terminal=color,
            record=record,
            markup=False,
            emoji=False,
            highlight=False,
            legacy_windows=False,
            _environ={},  # no COLUMNS, NO_COLOR or TERM from the environment: output is ours alone
        )

    def _style(self, name: str) -> str:
        return _STYLES[name] if self.options.color else ""

    def _heading(self, title: str, count: int | None = None) -> Rule:
        label = title if count is None else f"{title} ({count})"
        characters = "─" if self.options.color else "-"
        heading = Text(label, style=self._style("heading"))
        return Rule(heading, align="left", characters=characters, style=self._style("dim"))

    def renderables(self, report: Report) -> list[RenderableType]:
        """The report's sections, in reading order."""
        selection = self.options.selection
        findings = selection.findings(report)
        parts: list[RenderableType] = [self._summary(report)]
        sections = [
            (Kind.CONFLICT, "Conflicts", self._conflicts),
            (None, "Consensus", self._consensus),
            (Kind.UNSUPPORTED, "Unsupported numbers, most specific first", self._unsupported),
            (Kind.UNANCHORED, "Unanchored claims", self._unanchored),
            (None, "Consistency by source", self._sources),
        ]
        for kind, title, render in sections:
            if kind is None and selection.kinds:
                continue
            chosen = [f for f in findings if f.kind is kind]
            if kind is not None and not (selection.shows(kind) and chosen):
                continue
            body = list(render(report, chosen))
            if body:
                parts += [Text(""), self._heading(title, len(chosen) if kind else None), *body]
        return parts

    def _summary(self, report: Report) -> RenderableType:
        selection = self.options.selection
        s = selection.summary(report)
        lines = [
            Text.assemble(("factcheck report: ", self._style("source")), safe(report.corpus.path)),
            Text(", ".join(plural(s[key], key[:-1]) for key in ("sources", "subjects", "claims"))),
            Text(", ").join(
                Text(words, style=self._style(kind) if n else "")
                for n, kind, words in (
                    (s["conflicts"], "conflict", plural(s["conflicts"], "conflict")),
                    (s["unsupported"], "unsupported", f"{s['unsupported']} unsupported"),
                    (s["unanchored"], "unanchored", f"{s['unanchored']} unanchored"),
                )
            ),
        ]
        statuses = selection.statuses(report)
        if statuses:
            line = Text("claims: ")
            for n, (status, count) in enumerate(statuses.items()):
                style = _STATUS_STYLES.get(status, "") if self.options.color else ""
                line.append(", " if n else "").append(f"{count} {status}", style=style)
            lines.append(line)
        lines.append(self._verdict(selection.failing(report)))
        if selection.active:
            lines.append(Text(f"filter: {safe(selection.describe())}", style=self._style("dim")))
        table = Table(box=self._box, show_header=False, expand=True, padding=(0, 1))
        table.add_column(overflow="fold")
        table.add_row(Text("\n").join(lines))
        return table

    def _more(self, n: int, which: str) -> Text:
        text = f"{n} more {which} not shown (--limit 0 shows all)."
        return Text(text, style=self._style("dim"))

    def _verdict(self, failing: list[Finding]) -> Text:
        """Whether ``factcheck check`` passes on what is shown, and what makes it fail."""
        if not failing:
            return Text.assemble("check: ", ("passes", self._style("agreed")))
        counts = Counter(f.kind for f in failing)
        names = {Kind.CONFLICT: "conflict", Kind.UNANCHORED: "unanchored claim"}
        reasons = [plural(counts[k], names.get(k, f"{k} finding")) for k in Kind if counts[k]]
        return Text.assemble(
            "check: ", ("fails", self._style("conflict")), f" on {' and '.join(reasons)}"
        )

    def _conflicts(self, report: Report, findings: list[Finding]) -> Iterator[RenderableType]:
        """Grouped by subject in file order; past ``limit``, the conflicts of most sources."""
        shown = findings
        if 0 < self.options.limit < len(findings):
            sources = {cid: r.claim.source for cid, r in report.results.items()}
            rank = {id(f): n for n, f in enumerate(findings)}
            shown = sorted(findings, key=lambda f: -len({sources[c] for c in f.claims}))
            shown = sorted(shown[: self.options.limit], key=lambda f: rank[id(f)])
        order = {sid: n for n, sid in enumerate(report.corpus.subjects)}
        by_subject: dict[str, list[Finding]] = {}
        for finding in shown:
            by_subject.setdefault(finding.subject or "", []).append(finding)
        for n, subject_id in enumerate(sorted(by_subject, key=lambda s: order.get(s, len(order)))):
            subject = report.corpus.subjects[subject_id]
            if n:
                yield Text("")
            yield Text.assemble(
                (safe(subject.label), self._style("source")),
                (f"  [{safe(subject_id)}]", self._style("dim")),
            )
            for finding in by_subject[subject_id]:
                yield Padding(self._conflict(report, finding), (0, 0, 0, 2))
        if len(findings) > len(shown):
            yield self._more(len(findings) - len(shown), "involving fewer sources")

    def _conflict(self, report: Report, finding: Finding) -> RenderableType:
        groups = {g.id: g for g in report.groups.get(finding.subject or "", ())}
        side_groups = [groups[report.results[side[0]].group or ""] for side in finding.sides]
        ids = {g.id for g in side_groups}
        reason = next(r.reason for r in report.relations if {r.a, r.b} == ids)
        table = Table(box=self._box, expand=True, padding=(0, 1))
        for group in side_groups:
            context = ", ".join(f"{k}={v}" for k, v in group.context)
            header = Text.assemble(
                (safe(group.text), self._style("conflict")),
                f" ({safe(context)})" if context else "",
                f", {plural(len(group.sources), 'source')}",
            )
            table.add_column(header, ratio=1, overflow="fold")
        columns = [self._side(report, side) for side in finding.sides]
        for row in zip_longest(*columns, fillvalue=Text("")):
            table.add_row(*row)
        head = Text.assemble(("conflict: ", self._style("conflict")), safe(reason))
        if finding.suppressed:
            head.append(f" (suppressed: {safe(finding.suppressed)})", style=self._style("dim"))
        return Group(head, table)

    def _side(self, report: Report, claims: Sequence[str]) -> list[Text]:
        """One cell per shown claim (source, line, quote), padded to the longer side."""
        sample = self.options.sample
        rows = len(claims) if sample <= 0 else min(len(claims), sample)
        cells = []
        for claim_id in claims[:rows]:
            result = report.results[claim_id]
            source = report.corpus.sources[result.claim.source]
            where = f", line {result.location.line}" if result.location else ""
            cell = Text.assemble(
                (safe(source.id), self._style("source")), (where, self._style("dim")), "\n"
            )
            cell.append_text(
                quoted(
                    result,
                    source,
                    self._style("number"),
                    around=self.options.around,
                    context=self._style("dim"),
                    ellipsis="…" if self.options.color else "...",
                )
            )
            cells.append(cell)
        if len(claims) > rows:
            rest = sorted({report.results[c].claim.source for c in claims[rows:]})
            more = (
                f"+ {plural(len(claims) - rows, 'more claim')} from {plural(len(rest), 'source')}"
            )
            cells.append(Text(more, style=self._style("dim")))
        return cells

    def _consensus(self, report: Report, _: list[Finding]) -> Iterator[RenderableType]:
        wanted = self.options.selection.subject_ids(report)
        everything = [c for c in consensus(report) if c.subject in wanted]
        several = [c for c in everything if len(c.sources) > 1 or c.disputed]
        shown = several
        if 0 < self.options.limit < len(several):
            rank = {c.subject: n for n, c in enumerate(several)}
            shown = sorted(several, key=lambda c: (not c.disputed, -len(c.sources)))
            shown = sorted(shown[: self.options.limit], key=lambda c: rank[c.subject])
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 0))
        table.add_column(ratio=2, overflow="fold")
        table.add_column(ratio=3, overflow="fold")
        for item in shown:
            label = safe(report.corpus.subjects[item.subject].label)
            words = Text()
            for n, point in enumerate(item.points):
                style = self._style("conflict" if point.disputed else "agreed")
                words.append("\n" if n else "").append(safe(point.words()), style=style)
            table.add_row(Text(label, style=self._style("source")), words)
        if shown:
            yield table
        if len(several) > len(shown):
            yield self._more(len(several) - len(shown), "agreed or less backed subjects")
        if single := len(everything) - len(several):
            subjects = plural(single, "more subject")
            yield Text(f"{subjects} stated by one source only.", style=self._style("dim"))

    def _unsupported(self, report: Report, findings: list[Finding]) -> Iterator[RenderableType]:
        subjects = report.corpus.subjects
        claims = [(report.results[f.claims[0]], f) for f in findings]
        claims.sort(key=lambda rf: specificity_key(rf[0].claim, subjects[rf[0].claim.subject]))
        limit = self.options.limit
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
                yield Text(rank.title, style="italic" if self.options.color else "")
                table = Table(box=None, show_header=False, expand=True, padding=(0, 1, 0, 2))
                table.add_column(width=max(6, value_width), overflow="fold")
                table.add_column(ratio=1, min_width=16, overflow="fold")
                table.add_column(max_width=21, overflow="fold")
            assert table is not None
            source = report.corpus.sources[claim.source]
            what = Text(safe(subjects[claim.subject].label) + "\n")
            what.append_text(quoted(result, source, self._style("number")))
            if finding.suppressed:
                what.append(f"\nsuppressed: {safe(finding.suppressed)}", style=self._style("dim"))
            where = f"line {result.location.line}" if result.location else ""
            table.add_row(
                Text(safe(claim.value.text), style=self._style("unsupported")),
                what,
                Text.assemble(
                    (safe(source.id), self._style("source")), "\n", (where, self._style("dim"))
                ),
            )
        if table is not None:
            yield table
        if len(claims) > len(shown):
            yield self._more(len(claims) - len(shown), "less specific")

    def _unanchored(self, report: Report, findings: list[Finding]) -> Iterator[RenderableType]:
        for finding in findings:
            where = finding.locations[0] if finding.locations else None
            place = f"  {safe(where.path)}:{where.line}:{where.column}" if where else ""
            yield Text.assemble(
                (safe(finding.claims[0]), self._style("source")), (place, self._style("dim"))
            )
            message = Text(safe(finding.message), style=self._style("unanchored"))
            if finding.suppressed:
                message.append(f" (suppressed: {safe(finding.suppressed)})", self._style("dim"))
            yield Padding(message, (0, 0, 0, 2))

    def _sources(self, report: Report, _: list[Finding]) -> Iterator[RenderableType]:
        table = Table(box=self._box, expand=True, padding=(0, 1))
        table.add_column("source", ratio=1, overflow="fold")
        shares = (Status.CORROBORATED, Status.CONTRADICTED, Status.UNSUPPORTED)
        # Below 80 columns the full words leave the source names no room.
        short = self.options.width < 80
        table.add_column("n" if short else "claims", justify="right", no_wrap=True)
        for status in shares:
            name = f"{str(status)[:6]}." if short else str(status)
            table.add_column(name, justify="right", no_wrap=True)
        for figures in self.options.selection.figures(report):
            cells: list[RenderableType] = [
                Text(safe(figures.source), style=self._style("source")),
                str(figures.claims),
            ]
            for status in shares:
                count = figures.counts.get(status, 0)
                style = _STATUS_STYLES.get(status, "") if self.options.color and count else ""
                cells.append(Text(f"{count} {figures.share(status):4.0%}", style=style))
            table.add_row(*cells)
        yield table

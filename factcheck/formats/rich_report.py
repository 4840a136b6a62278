"""The readable terminal report (rich): summary, conflicts side by side, consensus, unsupported
numbers most specific first, and per-source consistency, rendered to a string."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from factcheck.formats import rich_sections as sections
from factcheck.formats.base import Formatter
from factcheck.formats.quotes import safe
from factcheck.formats.rich_look import Look, TerminalOptions, plural
from factcheck.formats.text import TextFormatter
from factcheck.problems import Problem
from factcheck.report.findings import Finding, Kind
from factcheck.report.model import Report
from factcheck.rules import RULES, SHOWN, section

__all__ = ["RichFormatter", "TerminalOptions"]

_WEB_FONT = re.compile(r',\s*url\("https?://[^"]*"\) format\("[^"]*"\)')
"""Rich's links to web fonts in its SVG: dropped, so the picture fetches nothing."""

_RENDER: dict[Kind, sections.Render] = {
    Kind.CONFLICT: sections.conflicts,
    Kind.UNSUPPORTED: sections.unsupported,
}
"""Sections drawn their own way; other kinds with a section are listed (``sections.listed``)."""
_CONSENSUS = 20
"""Place of the consensus among the sections (finding kinds' places are in ``factcheck.rules``)."""
_SOURCES = 90
"""Place of per-source consistency among the sections."""


class RichFormatter(Formatter):
    """Renders a Report as the terminal report; the same input gives byte-identical output."""

    def __init__(self, options: TerminalOptions | None = None) -> None:
        self.options = options or TerminalOptions()
        self._look = Look(self.options)

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

    def renderables(self, report: Report) -> list[RenderableType]:
        """The report's sections, in reading order."""
        selection = self.options.selection
        findings = selection.findings(report)
        parts: list[RenderableType] = [self._summary(report)]
        placed: list[tuple[int, Kind | None, str, sections.Render]] = [
            (_CONSENSUS, None, "Consensus", sections.consensus_lines),
            (_SOURCES, None, "Consistency by source", sections.sources),
        ]
        for shown in SHOWN:
            where = section(shown)
            render = _RENDER.get(shown.kind, sections.listed)
            placed.append((where.place, shown.kind, where.title, render))
        placed.sort(key=lambda p: p[0])
        for _, kind, title, render in placed:
            if kind is None and selection.kinds:
                continue
            chosen = [f for f in findings if f.kind is kind]
            if kind is not None and not (selection.shows(kind) and chosen):
                continue
            body = list(render(report, chosen, self._look))
            if body:
                heading = self._look.heading(title, len(chosen) if kind else None)
                parts += [Text(""), heading, *body]
        return parts

    def _summary(self, report: Report) -> RenderableType:
        selection = self.options.selection
        s = selection.summary(report)
        counted = []
        for shown in SHOWN:
            n = s[section(shown).counted]
            style = self._look.kind(shown.kind) if n else ""
            counted.append(Text(section(shown).count(n), style=style))
        lines = [
            Text.assemble(
                ("factcheck report: ", self._look.style("source")), safe(report.corpus.path)
            ),
            Text(", ".join(plural(s[key], key[:-1]) for key in ("sources", "subjects", "claims"))),
            Text(", ").join(counted),
        ]
        drafts = sum(
            1 for c in report.corpus.claims if c.id in report.drafts and selection.claim(c)
        )
        if drafts:  # how much nobody has reviewed: findings resting on drafts say "draft"
            lines[1].append(f" ({plural(drafts, 'draft')}, not reviewed)", self._look.style("dim"))
        lines += []
        statuses = selection.statuses(report)
        if statuses:
            line = Text("claims: ")
            for n, (status, count) in enumerate(statuses.items()):
                line.append(", " if n else "").append(
                    f"{count} {status}", self._look.status(status)
                )
            lines.append(line)
        lines.append(self._verdict(selection.failing(report)))
        if selection.active:
            lines.append(
                Text(f"filter: {safe(selection.describe())}", style=self._look.style("dim"))
            )
        table = Table(box=self._look.box, show_header=False, expand=True, padding=(0, 1))
        table.add_column(overflow="fold")
        table.add_row(Text("\n").join(lines))
        return table

    def _verdict(self, failing: list[Finding]) -> Text:
        """Whether ``factcheck check`` passes on what is shown, and what makes it fail."""
        if not failing:
            return Text.assemble("check: ", ("passes", self._look.style("agreed")))
        counts = Counter(f.kind for f in failing)
        reasons = [plural(counts[r.kind], r.noun) for r in RULES if counts[r.kind]]
        return Text.assemble(
            "check: ", ("fails", self._look.style("conflict")), f" on {' and '.join(reasons)}"
        )

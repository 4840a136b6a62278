"""How the terminal report looks: its options, and the styles and boxes with or without colour."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich import box
from rich.box import Box
from rich.cells import cell_len
from rich.rule import Rule
from rich.text import Text

from factcheck.report.filters import Selection
from factcheck.report.results import Status
from factcheck.words import plural as plural  # the report's words and the CLI's agree

_STYLES = {
    "conflict": "bold red",
    "unsupported": "yellow",
    "unanchored": "magenta",
    "agreed": "green",
    "number": "bold black on yellow",
    "source": "bold",
    "dim": "dim",
    "heading": "bold cyan",
    "class": "italic",
}
_STATUS_STYLES = {
    Status.CONTRADICTED: "red",
    Status.UNSUPPORTED: "yellow",
    Status.UNANCHORED: "magenta",
    Status.CORROBORATED: "green",
    Status.VERIFIED: "green",
}


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


@dataclass(frozen=True)
class Look:
    """Styles, boxes and stock phrases for the options: plain ASCII when colour is off."""

    options: TerminalOptions

    def style(self, name: str) -> str:
        """The rich style of a role (``conflict``, ``number``, ``dim`` ...), none without colour."""
        return _STYLES[name] if self.options.color else ""

    def kind(self, kind: str) -> str:
        """The style of a finding kind's words (none for kinds without a style of their own)."""
        return _STYLES.get(kind, "") if self.options.color else ""

    def status(self, status: Status) -> str:
        """The style of a claim status."""
        return _STATUS_STYLES.get(status, "") if self.options.color else ""

    @property
    def box(self) -> Box:
        return box.ROUNDED if self.options.color else box.ASCII

    @property
    def ellipsis(self) -> str:
        return "…" if self.options.color else "..."

    def short(self, text: str, cells: int) -> str:
        """``text`` in at most ``cells`` terminal cells: whole, or cut (at a word when one ends
        past half way) and ended with the ellipsis."""
        if cell_len(text) <= cells:
            return text
        room = max(1, cells - cell_len(self.ellipsis))
        cut, used = "", 0
        for char in text:
            used += cell_len(char)
            if used > room:
                break
            cut += char
        space = cut.rfind(" ")
        if space > room // 2:
            cut = cut[:space]
        return cut.rstrip(" ,.;:|-\u2013\u2014") + self.ellipsis

    def heading(self, title: str, count: int | None = None) -> Rule:
        """A section heading: the title (and count) on a rule across the width."""
        label = title if count is None else f"{title} ({count})"
        characters = "─" if self.options.color else "-"
        heading = Text(label, style=self.style("heading"))
        return Rule(heading, align="left", characters=characters, style=self.style("dim"))

    def more(self, n: int, which: str) -> Text:
        """What ``--limit`` left out."""
        return Text(f"{n} more {which} not shown (--limit 0 shows all).", style=self.style("dim"))

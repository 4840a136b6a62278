"""Read a document's visible text for extraction (placeholder until the core reader lands)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path


class _Visible(HTMLParser):
    _HIDDEN = frozenset({"script", "style", "head", "template", "noscript"})
    _BLOCK = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "ul",
                        "ol", "article", "section", "header", "footer", "nav", "main", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def read_document(path: Path) -> str:
    """The text of a .txt/.md document, or the visible text of an .html one."""
    raw = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() not in (".html", ".htm"):
        return raw
    parser = _Visible()
    parser.feed(raw)
    parser.close()
    text = "".join(parser.parts)
    return html.unescape(re.sub(r"[ \t]*\n\s*", "\n", text)).strip()

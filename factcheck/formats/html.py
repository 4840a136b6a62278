"""The self-contained HTML report: jinja2 template, inline assets and data, CSP by hash."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

from factcheck.formats.base import Formatter
from factcheck.formats.escape import script_json_text
from factcheck.formats.html_page import page_data
from factcheck.formats.html_scale import LAZY_CLAIMS, SHOWN_IN_FULL, packed, split_page
from factcheck.problems import Problem
from factcheck.report.model import Report


@dataclass(frozen=True)
class HtmlAssets:
    """The packaged files the page inlines."""

    template: str
    """The jinja2 page template."""
    css: str
    """The page's stylesheet."""
    script: str
    """The page's own script (renders the sections from the embedded data)."""
    graph_library: str
    """The vendored graph library (cytoscape, minified)."""
    graph_library_version: str
    """One line naming the vendored library, its version and licence."""

    @classmethod
    def packaged(cls) -> HtmlAssets:
        """Read the assets shipped in ``factcheck/data``."""
        data = resources.files("factcheck") / "data"

        def read(name: str) -> str:
            return (data / name).read_text(encoding="utf-8")

        return cls(
            template=read("report.html.j2"),
            css=read("report.css"),
            script=read("report.js"),
            graph_library=read("cytoscape.min.js"),
            graph_library_version=read("cytoscape.VERSION").strip(),
        )


def script_json(value: Any) -> str:
    """JSON text that is safe to place verbatim inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes so that ``</script>`` or ``<!--`` in article
    text cannot end the element; U+2028/2029 are escaped for older JavaScript parsers.
    """
    text = json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return script_json_text(text)


def csp_hash(text: str) -> str:
    """The CSP source expression (``'sha256-…'``) allowing an inline element with this text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: list[str], styles: list[str]) -> str:
    """A policy that loads nothing from anywhere and runs only the given inline scripts."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(s) for s in scripts),
            "style-src " + " ".join(csp_hash(s) for s in styles),
            "img-src data:",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def _trusted_code(text: str, what: str) -> Markup:
    # Our own and vendored code goes in verbatim; make sure it cannot close its element early.
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise ValueError(f"{what} contains text that would end its inline element")
    return Markup(text)


class HtmlFormatter(Formatter):
    """One self-contained HTML page: data, script, styles and graph library inline."""

    def __init__(
        self,
        title: str = "factcheck report",
        assets: HtmlAssets | None = None,
        excerpt_chars: int = 160,
        lazy_above: int = LAZY_CLAIMS,
        shown_in_full: int = SHOWN_IN_FULL,
    ) -> None:
        self._title = title
        self._assets = assets or HtmlAssets.packaged()
        self._excerpt_chars = excerpt_chars
        self._lazy_above = lazy_above
        self._shown_in_full = shown_in_full
        env = jinja2.Environment(
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
        self._template = env.from_string(self._assets.template)

    def format(self, report: Report) -> str:
        """The page for a report, as text (write it as UTF-8).

        Past ``lazy_above`` claims the page shows every conflict and the ``shown_in_full`` most
        specific unsupported numbers at once and packs the rest, which it unpacks when a section
        needs it (``factcheck.formats.html_scale``).
        """
        assets = self._assets
        page = page_data(report, self._excerpt_chars)
        lazy = None
        if len(page["claims"]) > self._lazy_above:
            split = split_page(page, self._shown_in_full)
            data, lazy = script_json(split.first), packed(split.rest)
        else:
            data = script_json(page)
        scripts = [assets.graph_library, assets.script]
        csp = content_security_policy(scripts, [assets.css])
        return self._template.render(
            title=self._title,
            csp=csp,
            css=_trusted_code(assets.css, "stylesheet"),
            data=Markup(data),
            lazy=Markup(lazy) if lazy is not None else None,
            graph_library=_trusted_code(assets.graph_library, "graph library"),
            graph_library_version=assets.graph_library_version,
            script=_trusted_code(assets.script, "page script"),
            summary={**report.summary, "drafts": len(report.drafts)},
        )

    def format_problems(self, problems: Sequence[Problem]) -> str:
        """A bare page listing why the input is invalid."""
        items = "".join(f"<li>{escape(str(p))}</li>" for p in problems)
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
            f"<title>{escape(self._title)}: invalid input</title></head>"
            f"<body><h1>Invalid input</h1><ul>{items}</ul></body></html>\n"
        )

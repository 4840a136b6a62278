"""Render the HTML report of a claims file and keep screenshots of it for the docs.

Run from the repository root: python scripts/screenshot_html.py [CLAIMS] [--out docs]
Writes OUT/report-html.png (summary, conflicts, first charts) and OUT/report-html-graph.png
(the claim graph with the first conflicting claim clicked). Needs /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import factcheck
from factcheck.formats.html import HtmlFormatter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", nargs="?", default="claims.yaml")
    parser.add_argument("--out", default="docs", type=Path)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    html = HtmlFormatter().format(factcheck.check(factcheck.load(args.claims)))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = Path(tmp) / "report.html"
        page_file.write_text(html, encoding="utf-8")
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 1500})
        page.goto(page_file.as_uri())
        page.wait_for_selector("#graph-canvas[data-laid-out]")
        page.screenshot(path=str(args.out / "report-html.png"))
        graph = page.locator("#graph")
        graph.scroll_into_view_if_needed()
        page.evaluate(
            """() => { const n = window.factcheckGraph.nodes("[kind = 'claim']")
              .filter(n => n.data('color') === '#b3261e')[0]; if (n) { n.select(); n.emit('tap'); } }"""
        )
        graph.screenshot(path=str(args.out / "report-html-graph.png"))
        browser.close()
    print(f"wrote {args.out / 'report-html.png'} and {args.out / 'report-html-graph.png'}")


if __name__ == "__main__":
    main()

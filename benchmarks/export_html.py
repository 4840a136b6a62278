"""How big and how fast the HTML export is at 10,000 and 100,000 claims (medians of runs).

Run: python benchmarks/export_html.py [--runs 3] [--sizes 10000,100000] [--corpus synth|scaled]

The corpus is benchmarks/synth.py's (1,000 sources at 100,000 claims, planted conflicts) or, with
``--corpus scaled``, the tests' ``write_scaled_corpus`` (every subject in conflict, one claim in
25 an unsupported statistic). Columns:

- check s: load and check, one run (not part of the export);
- export s: ``HtmlFormatter.format`` (page data; past 15,000 claims also the split and packing);
- page MB: the file; first MB: the data drawn at once; packed MB: the rest, packed;
- usable s: from loading the file in headless chromium (/usr/bin/chromium) until the page has
  drawn what it shows at once, every control live (``body[data-ready]``);
- search s: on a split page, from scrolling to the "All claims" table (which unpacks the rest)
  until a search for the last claim shows it;
- conflicts: whether the page's data holds every conflict the check found, and (synth) every
  planted one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Run from a checkout: the package and the corpus writers come from this repository.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import factcheck
from benchmarks.synth import write_corpus
from factcheck.formats.html import HtmlFormatter
from factcheck.report.findings import Kind
from tests.corpus import write_scaled_corpus

CHROMIUM = Path("/usr/bin/chromium")


def _block(page: str, element_id: str) -> str:
    start = page.find(f'id="{element_id}"')
    if start < 0:
        return ""
    start = page.index(">", start) + 1
    return page[start : page.index("</script>", start)]


def _browser_times(page_file: Path, last_claim: str, runs: int) -> tuple[float, float | None]:
    """Medians of: seconds until the page is usable; seconds to find the last claim by search
    in the "All claims" table (None when the page has no such table)."""
    from playwright.sync_api import sync_playwright

    usable, search = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.set_offline(True)
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)
            usable.append(time.perf_counter() - start)
            if page.locator("#claims").count():
                start = time.perf_counter()
                page.locator("#claims").scroll_into_view_if_needed()
                page.locator("#claims input[type=search]").fill(last_claim, timeout=120_000)
                page.wait_for_selector(f"#claims tr[data-claim='{last_claim}']", timeout=120_000)
                search.append(time.perf_counter() - start)
            context.close()
        browser.close()
    return statistics.median(usable), statistics.median(search) if search else None


def _conflicts_held(page: str, report: factcheck.Report, planted: set[str] | None) -> str:
    data = json.loads(_block(page, "factcheck-data"))
    subjects = data["subjects"]
    if isinstance(subjects, dict):
        shown = [subjects[str(c[0])]["id"] for c in [*data["conflicts"], *data.get("spreads", [])]]
    else:
        shown = [subjects[c[0]]["id"] for c in [*data["conflicts"], *data.get("spreads", [])]]
    found = [f for f in report.findings if f.kind is Kind.CONFLICT]
    held = len(shown) == len(found) and set(shown) == {f.subject for f in found}
    if planted is not None:
        held = held and set(shown) == planted
    return f"{'yes' if held else 'NO'} ({len(shown)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--corpus", choices=["synth", "scaled"], default="synth")
    args = parser.parse_args()
    formatter = HtmlFormatter()
    print(f"corpus {args.corpus}, medians of {args.runs}, load average {os.getloadavg()[0]:.1f}")
    print(
        f"{'claims':>8} {'check s':>8} {'export s':>9} {'page MB':>8} {'first MB':>9}"
        f" {'packed MB':>10} {'usable s':>9} {'search s':>9}  conflicts"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            root = Path(tmp) / str(size)
            planted: set[str] | None = None
            if args.corpus == "synth":
                planted = {subject for subject, _ in write_corpus(root, size).conflicts}
                claims = root / "claims.yaml"
            else:
                claims = write_scaled_corpus(root, size)
            start = time.perf_counter()
            report = factcheck.check(factcheck.load(claims))
            checked = time.perf_counter() - start
            exports = []
            for _ in range(args.runs):
                start = time.perf_counter()
                page = formatter.format(report)
                exports.append(time.perf_counter() - start)
            page_file = Path(tmp) / f"report-{size}.html"
            page_file.write_text(page, encoding="utf-8")
            last_claim = list(report.results)[-1]
            usable, search = (
                _browser_times(page_file, last_claim, args.runs)
                if CHROMIUM.exists()
                else (None, None)
            )

            def mb(text: str) -> float:
                return len(text.encode("utf-8")) / 1e6

            def seconds(value: Any) -> str:
                return f"{value:>9.2f}" if value is not None else f"{'-':>9}"

            print(
                f"{size:>8} {checked:>8.1f} {statistics.median(exports):>9.2f} {mb(page):>8.2f}"
                f" {mb(_block(page, 'factcheck-data')):>9.2f}"
                f" {mb(_block(page, 'factcheck-lazy')):>10.2f} {seconds(usable)} {seconds(search)}"
                f"  {_conflicts_held(page, report, planted)}",
                flush=True,
            )


if __name__ == "__main__":
    main()

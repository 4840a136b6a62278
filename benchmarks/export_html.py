"""How big and how fast the HTML export is, from 1,000 to 10,000 claims (medians of runs).

Run: python benchmarks/export_html.py [--runs N] [--sizes 1000,10000]
"open s" is the time from loading the file in headless chromium (/usr/bin/chromium, when there)
until every section is drawn and the graph laid out.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Run from a checkout: the package and the test corpus writer come from this repository.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import factcheck
from factcheck.formats.html import HtmlFormatter
from tests.corpus import write_scaled_corpus


def _open_seconds(page_file: Path, runs: int) -> float | None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        return None
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_selector("#graph-canvas[data-laid-out]", timeout=120_000)
            times.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000")
    args = parser.parse_args()
    formatter = HtmlFormatter()
    print(
        f"{'claims':>8} {'load+check s':>13} {'render s':>9} {'page MB':>8} {'data MB':>8}"
        f" {'open s':>7}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            claims = write_scaled_corpus(Path(tmp) / str(size), size)
            checks, renders = [], []
            for _ in range(args.runs):
                start = time.perf_counter()
                report = factcheck.check(factcheck.load(claims))
                checked = time.perf_counter()
                page = formatter.format(report)
                renders.append(time.perf_counter() - checked)
                checks.append(checked - start)
            page_file = Path(tmp) / f"report-{size}.html"
            page_file.write_text(page, encoding="utf-8")
            opened = _open_seconds(page_file, args.runs)
            size_mb = len(page.encode("utf-8")) / 1e6
            start = page.index('id="factcheck-data">')
            data_mb = len(page[start : page.index("</script>", start)].encode("utf-8")) / 1e6
            print(
                f"{size:>8} {statistics.median(checks):>13.2f} {statistics.median(renders):>9.2f}"
                f" {size_mb:>8.2f} {data_mb:>8.2f}"
                + (f" {opened:>7.2f}" if opened is not None else f" {'-':>7}")
            )


if __name__ == "__main__":
    main()

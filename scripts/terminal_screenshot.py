"""Render the terminal report of a claims file as docs/report-terminal.svg and .png.

    python scripts/terminal_screenshot.py [CLAIMS] [--out docs/report-terminal]

The SVG comes from rich (a recorded console, 100 columns, colour); the PNG is the SVG as headless
chromium draws it (``/usr/bin/chromium``; ``apt-get install -y chromium`` if missing).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

from factcheck import check, load
from factcheck.formats.rich_report import RichFormatter, TerminalOptions

CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", nargs="?", default="claims.yaml")
    parser.add_argument("--out", default="docs/report-terminal", help="path without suffix")
    parser.add_argument("--width", type=int, default=100)
    args = parser.parse_args()
    report = check(load(args.claims))
    formatter = RichFormatter(TerminalOptions(width=args.width, color=True))
    svg = formatter.svg(report, title=f"factcheck report {args.claims}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".svg").write_text(svg, encoding="utf-8")
    match = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
    assert match is not None, "rich's SVG has a viewBox"
    width, height = (round(float(x)) for x in match.groups())
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(f"<!doctype html><style>body{{margin:0}}</style>{svg}", encoding="utf-8")
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--screenshot={out.with_suffix('.png').resolve()}",
             f"--window-size={width},{height}", page.as_uri()],
            check=True, capture_output=True,
        )  # fmt: skip
    print(f"wrote {out.with_suffix('.svg')} and {out.with_suffix('.png')} ({width}x{height})")


if __name__ == "__main__":
    main()

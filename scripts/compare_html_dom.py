"""Compare what two HTML report pages show in a real browser: text of every section, highlights.

Run: python scripts/compare_html_dom.py OLD.html NEW.html
Opens both pages offline in headless Debian chromium (/usr/bin/chromium) and walks each one the
same way: the body's text as loaded; every section page by page with every "show the other"
opened; the subjects under "only disputed"; the graph for every subject choice, with each node
tapped. It prints the differences in the text, then in the highlighted strings (<mark>) per
quote: new, lit wider, lit narrower, or gone. Exit 0 when the text is the same and every old
highlight is still lit (new and wider ones are what a better highlighter adds), 1 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SECTIONS = ["conflicts", "subjects", "unsupported", "sources", "unanchored"]

# In the page: a block's text, and its highlights keyed by the claim (or graph node) they are in.
_COLLECT = """([selector, where]) => {
  const root = document.querySelector(selector);
  if (!root) { return {text: "", marks: []}; }
  const marks = Array.from(root.querySelectorAll("mark")).map(m => {
    const owner = m.closest("[data-claim]");
    return [where + (owner ? " " + owner.getAttribute("data-claim") : ""), m.textContent];
  });
  return {text: root.innerText, marks: marks};
}"""
# Open every closed <details> in a section (their content is drawn on the first toggle).
_OPEN = """(selector) => {
  let opened = 0;
  document.querySelectorAll(selector + " details:not([open])").forEach(d => { d.open = true; opened++; });
  return opened;
}"""
# The section's own pager (not one inside an opened side): its "Next" button, when enabled.
_NEXT = """(selector) => {
  const pagers = Array.from(document.querySelectorAll(selector + " .pager"))
    .filter(p => !p.closest("details"));
  const next = pagers.length ? Array.from(pagers[0].querySelectorAll("button"))
    .find(b => b.textContent === "Next") : null;
  if (!next || next.disabled) { return false; }
  next.click();
  return true;
}"""
_GRAPH = """() => window.factcheckGraph ? window.factcheckGraph.elements().map(e => {
  const d = e.data();
  return [d.id, d.label || "", d.color || "", d.relation || "", d.kind || ""].join(" | ");
}).sort() : []"""


class Snapshot:
    """What one page shows: named text blocks and (where, highlighted text) pairs."""

    def __init__(self) -> None:
        self.blocks: dict[str, str] = {}
        self.marks: list[tuple[str, str]] = []

    def add(self, name: str, collected: dict[str, Any]) -> None:
        self.blocks[name] = collected["text"]
        self.marks.extend((where, text) for where, text in collected["marks"])


def _settle(page: Any) -> None:
    # Toggle events and re-draws run as tasks after the click: let them run.
    page.wait_for_timeout(30)


def snapshot(browser: Any, path: Path) -> Snapshot:
    """Walk one page and collect everything it shows."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    url = path.resolve().as_uri()
    context.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=60_000)
    snap = Snapshot()
    snap.add("body", page.evaluate(_COLLECT, ["body", "body"]))
    for section in SECTIONS:
        selector = f"#{section} .body"
        for n in range(1, 10_000):
            while page.evaluate(_OPEN, selector):
                _settle(page)
            snap.add(f"{section} page {n}", page.evaluate(_COLLECT, [selector, section]))
            if not page.evaluate(_NEXT, selector):
                break
            _settle(page)
    if page.locator("#subjects input[type=checkbox]").count():
        page.locator("#subjects input[type=checkbox]").check()
        snap.add("subjects only disputed", page.evaluate(_COLLECT, ["#subjects .body", "-"]))
    options = page.locator("#graph select option")
    for value in [options.nth(i).get_attribute("value") for i in range(options.count())]:
        page.locator("#graph select").select_option(value)
        page.wait_for_selector("#graph-canvas[data-laid-out]", timeout=60_000)
        snap.blocks[f"graph {value} elements"] = "\n".join(page.evaluate(_GRAPH))
        ids = page.evaluate("() => window.factcheckGraph.nodes().map(n => n.id()).sort()")
        for node in ids:
            # Braces: emit() returns the cytoscape collection, which must not be sent back.
            page.evaluate("(id) => { window.factcheckGraph.getElementById(id).emit('tap'); }", node)
            snap.add(
                f"graph {value} node {node}",
                page.evaluate(_COLLECT, ["#graph-detail", f"graph node {node}"]),
            )
    snap.blocks["graph options"] = "\n".join(options.all_inner_texts())
    context.close()
    return snap


def _mark_differences(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> list[str]:
    """Per place: highlights only in the new page (+), only in the old (-), or the same number
    lit wider (>, "6" -> "6 hours") or narrower (<); a line seen several times is counted."""
    lines: list[str] = []
    places = sorted({w for w, _ in old} | {w for w, _ in new})
    for place in places:
        before = Counter(t for w, t in old if w == place)
        after = Counter(t for w, t in new if w == place)
        gone = list((before - after).elements())
        added = list((after - before).elements())
        wider: list[str] = []  # new highlights that took in old ones ("1" and "5" in "1/5")
        for text in list(gone):
            partner = next((a for a in added + wider if text in a), None)
            sign = ">"
            if partner is None:
                partner, sign = next((a for a in added if a in text), None), "<"
            if partner is None:
                continue
            gone.remove(text)
            if partner in added:
                added.remove(partner)
                if sign == ">":
                    wider.append(partner)
            lines.append(f"{sign} {place}: {text!r} -> {partner!r}")
        lines.extend(f"- {place}: {text!r}" for text in gone)
        lines.extend(f"+ {place}: {text!r}" for text in added)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        old, new = snapshot(browser, args.old), snapshot(browser, args.new)
        browser.close()
    text_differs = False
    for name in sorted(old.blocks.keys() | new.blocks.keys()):
        a, b = old.blocks.get(name), new.blocks.get(name)
        if a == b:
            continue
        text_differs = True
        print(f"== text differs: {name}")
        a_lines = a.splitlines() if a is not None else ["<missing>"]
        b_lines = b.splitlines() if b is not None else ["<missing>"]
        for line in difflib.unified_diff(a_lines, b_lines, "old", "new", n=1, lineterm=""):
            print(line)
    marks = Counter(_mark_differences(old.marks, new.marks))
    for line, times in sorted(marks.items(), key=lambda item: (item[0][0], item[0])):
        print(line + (f"  (x{times})" if times > 1 else ""))
    count = Counter(line[0] for line in marks.elements())
    print(
        f"{len(old.blocks)} text blocks compared: "
        + ("some differ" if text_differs else "all identical")
        + f"; highlights: {len(old.marks)} old, {len(new.marks)} new: {count['+']} new,"
        + f" {count['>']} lit wider, {count['<']} lit narrower, {count['-']} gone"
    )
    return 1 if text_differs or count["-"] or count["<"] else 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared fixtures: a headless Debian chromium driven by playwright, pages opened from disk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: run scripts/ci_browser.sh")
        pytest.skip("chromium is missing: run scripts/ci_browser.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class OpenedPage:
    """A report page loaded in the browser, with everything it asked for and complained about."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """Write HTML to a file, open it offline, and record every request and console error."""
    contexts = []

    def _open(html: str, name: str = "report.html") -> OpenedPage:
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page=page, url=path.as_uri())

        def _route(route: Any) -> None:
            opened.requests.append(route.request.url)
            if route.request.url == opened.url:
                route.continue_()
            else:
                route.abort()

        context.route("**/*", _route)
        context.set_offline(True)
        page.on(
            "console",
            lambda m: opened.errors.append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(opened.url)
        page.wait_for_selector("body[data-ready=true]", timeout=60_000)
        return opened

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The checked small LDN corpus (with a hostile source)."""
    import factcheck
    from tests.corpus import write_small_corpus

    return factcheck.check(factcheck.load(write_small_corpus(tmp_path_factory.mktemp("small"))))


@pytest.fixture(scope="session")
def small_html(small_report: Any) -> str:
    from factcheck.formats.html import HtmlFormatter

    return HtmlFormatter().format(small_report)

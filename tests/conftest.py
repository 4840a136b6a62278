"""Shared fixtures: CLI runs on a fresh copy of the CI test corpus, the SARIF schema, a clean CI
environment, and a headless Debian chromium driven by playwright for HTML pages opened from disk."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from factcheck.cli import main
from tests.ci_corpus import write_corpus

DATA = Path(__file__).parent / "data"

# No test may depend on wall-clock speed: a busy 2-core CI machine must not fail hypothesis's
# default 200 ms deadline. Every @settings(...) in the suite inherits this profile.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose the CI environment themselves (the suite may run inside GitHub Actions)."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test corpus in a fresh folder, which is also the working directory."""
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path)


Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """Run ``factcheck ARGS...`` in-process; stdout and stderr kept apart."""

    def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def sarif_validator() -> jsonschema.protocols.Validator:
    """A validator for the official SARIF 2.1.0 schema shipped as test data."""
    schema = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def valid_sarif(validator: jsonschema.protocols.Validator, text: str) -> dict[str, Any]:
    """Parse SARIF text and assert that it validates; the parsed log."""
    log: dict[str, Any] = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    return log


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
    from playwright.sync_api import expect, sync_playwright

    # A busy CI machine can take longer than playwright's 5 s default to lay out a graph or
    # render a section; waiting longer costs nothing when the page is quick.
    expect.set_options(timeout=30_000)
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

    def _open(html: str, name: str = "report.html", before: str | None = None) -> OpenedPage:
        """``before``: a script run in the page before its own (to take a feature away)."""
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
        if before is not None:
            page.add_init_script(before)
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

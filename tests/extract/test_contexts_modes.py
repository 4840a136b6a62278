"""Tests for the context keys of a figure that holds only in a mode, on a platform, in an
environment, on a plan or in a kind of place (``contexts.special_case``): such a figure leaves the
general comparison (a key only one claim has), and two of one mode still meet."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.check import check
from factcheck.cli.extract import extract
from factcheck.corpus.load import load
from factcheck.extract.drafts import draft_claims
from factcheck.report.findings import Kind
from tests.common import WORDS

#: The keys this rule proposes (other keys, such as ``phase``, are other rules' business).
KEYS = ("mode", "platform", "environment", "plan", "place")


def special(text: str, figure: str) -> dict[str, str]:
    """The mode, platform, environment, plan and place keys of the draft whose mention is
    ``figure``'s place in ``text``."""
    at = text.index(figure)
    for draft in draft_claims("doc", text, WORDS):
        start, end = draft.mention.span
        if start <= at < end or at <= start < at + len(figure):
            context = draft.subject.context
            return {key: context[key] for key in KEYS if key in context}
    raise AssertionError(f"no draft of {figure!r} in {text!r}")


# fmt: off
PHRASES = [
    # Modes, named before the figure, after it, or as the subject of its verb.
    ("In dev mode (larderd --dev), max_memory defaults to 64 MiB.", "64 MiB", {"mode": "dev"}),
    ("In development mode the cache holds 100 entries.", "100", {"mode": "dev"}),
    ("In developer mode the server keeps 20 connections open.", "20", {"mode": "dev"}),
    ("max_memory defaults to 64 MiB in dev mode.", "64 MiB", {"mode": "dev"}),
    ("Dev mode limits memory to 64 MiB.", "64 MiB", {"mode": "dev"}),
    ("Debug mode sets the log buffer to 10 MB.", "10 MB", {"mode": "debug"}),
    ("In debug mode, requests time out after 300 seconds.", "300 seconds", {"mode": "debug"}),
    ("When running in test mode the worker pool has 2 threads.", "2 threads", {"mode": "test"}),
    ("Under safe mode, only 3 plugins load.", "3 plugins", {"mode": "safe"}),
    ("In offline mode the app keeps 500 messages.", "500 messages", {"mode": "offline"}),
    ("In low-power mode the screen refreshes at 30 Hz.", "30 Hz", {"mode": "low-power"}),
    ("In low power mode the phone checks mail every 60 minutes.", "60 minutes",
     {"mode": "low-power"}),
    ("In eco mode the heater runs at 45 degrees.", "45 degrees", {"mode": "eco"}),
    ("In turbo mode the fan spins at 4000 rpm.", "4000", {"mode": "turbo"}),
    ("In maintenance mode the site serves at most 10 requests per second.", "10",
     {"mode": "maintenance"}),
    ("In read-only mode the pool shrinks to 4 connections.", "4 connections",
     {"mode": "read-only"}),
    ("In performance mode the battery lasts 6 hours.", "6 hours", {"mode": "performance"}),
    ("In airplane mode the battery lasts 40 hours.", "40 hours", {"mode": "airplane"}),
    ("In power saving mode the battery lasts 30 hours.", "30 hours", {"mode": "power-saving"}),
    ("In strict mode the parser allows 64 levels of nesting.", "64 levels", {"mode": "strict"}),
    ("In cluster mode each node uses 8 shards.", "8 shards", {"mode": "cluster"}),
    ("In headless mode the renderer uses 256 MB of memory.", "256 MB", {"mode": "headless"}),
    ("In sport mode the car reaches 100 km/h in 5 seconds.", "5 seconds", {"mode": "sport"}),
    ("The demo mode allows 5 projects.", "5 projects", {"mode": "demo"}),
    ("- Dev mode (`--dev`): binds to localhost, limits memory to 64 MiB.", "64 MiB",
     {"mode": "dev"}),
    ("Safe mode: plugins are off and the cache holds 16 entries.", "16 entries",
     {"mode": "safe"}),
    ("When run with --dev, the server binds to port 7401.", "7401", {"mode": "dev"}),
    ("When started with `--debug`, the log keeps 1000 lines.", "1000 lines", {"mode": "debug"}),
    ("In --dry-run, at most 50 files are listed.", "50 files", {"mode": "dry-run"}),
    ("With --offline the client retries 0 times.", "0 times", {"mode": "offline"}),
    ("If you pass --fast, only 2 passes are made.", "2 passes", {"mode": "fast"}),
    ("With compression enabled, each node stores 2 GB.", "2 GB", {"mode": "compression on"}),
    ("When caching is turned off, a page takes 800 ms to load.", "800 ms",
     {"mode": "caching off"}),
    ("With encryption on, throughput drops to 40 MB/s.", "40 MB", {"mode": "encryption on"}),
    ("When replication is enabled the write timeout is 30 seconds.", "30 seconds",
     {"mode": "replication on"}),
    # Platforms and environments.
    ("On Windows, the cache lives in a 2 GB file.", "2 GB", {"platform": "windows"}),
    ("The default cache size is 512 MB on macOS.", "512 MB", {"platform": "macos"}),
    ("On Linux the daemon opens 1024 file handles.", "1024", {"platform": "linux"}),
    ("On Android the app uses 150 MB of storage.", "150 MB", {"platform": "android"}),
    ("On iOS the app uses 90 MB of storage.", "90 MB", {"platform": "ios"}),
    ("On ARM the build takes 40 minutes.", "40 minutes", {"platform": "arm"}),
    ("On Apple Silicon the encoder runs 3 times faster.", "3 times", {"platform": "arm"}),
    ("On a Raspberry Pi, allow 25 minutes for the first build.", "25 minutes",
     {"platform": "raspberry-pi"}),
    ("In Docker, the default memory limit is 256 MiB.", "256 MiB", {"platform": "docker"}),
    ("Inside a Docker container the cache holds 128 MiB.", "128 MiB", {"platform": "docker"}),
    ("On Kubernetes the probe runs every 10 seconds.", "10 seconds",
     {"platform": "kubernetes"}),
    ("In the browser, uploads are capped at 10 MB.", "10 MB", {"platform": "browser"}),
    ("Under WSL the test suite takes 12 minutes.", "12 minutes", {"platform": "wsl"}),
    ("Windows users get a 4 GB cache by default.", "4 GB", {"platform": "windows"}),
    ("On 32-bit systems the limit is 2 GB.", "2 GB", {"platform": "32-bit"}),
    ("In production, max_memory should be at least 2 GiB.", "2 GiB",
     {"environment": "production"}),
    ("On staging the cluster runs 3 nodes.", "3 nodes", {"environment": "staging"}),
    ("In a CI environment the test timeout is 600 seconds.", "600 seconds",
     {"environment": "ci"}),
    ("In the test environment the pool has 2 connections.", "2 connections",
     {"environment": "test"}),
    ("Production deployments keep 30 days of logs.", "30 days",
     {"environment": "production"}),
    # Plans and tiers.
    ("On the free plan you get 5 GB of storage.", "5 GB", {"plan": "free"}),
    ("The Pro plan includes 100 GB of storage.", "100 GB", {"plan": "pro"}),
    ("Enterprise customers get 99.99% uptime.", "99.99%", {"plan": "enterprise"}),
    ("Free-tier accounts are limited to 3 projects.", "3 projects", {"plan": "free"}),
    ("On the basic plan, exports are limited to 10 a month.", "10 a month", {"plan": "basic"}),
    ("Paying customers can store 50 GB.", "50 GB", {"plan": "paid"}),
    ("For subscribers, delivery takes 2 days.", "2 days", {"plan": "paid"}),
    ("Premium users can keep 30 days of history.", "30 days", {"plan": "premium"}),
    ("Team workspaces hold up to 25 members.", "25 members", {"plan": "team"}),
    ("With a Business licence you can install it on 50 machines.", "50 machines",
     {"plan": "business"}),
    ("The community edition supports 3 nodes.", "3 nodes", {"plan": "community"}),
    # Places: a kind of area, or a named place set against the general figure.
    ("In rural areas, an ambulance takes 25 minutes to arrive.", "25 minutes",
     {"place": "rural"}),
    ("In urban areas the response time is 8 minutes.", "8 minutes", {"place": "urban"}),
    ("In remote communities, waiting lists run to 40 weeks.", "40 weeks", {"place": "remote"}),
    ("In deprived areas, 32% of children are affected.", "32%", {"place": "deprived"}),
    ("In cities the average commute is 45 minutes.", "45 minutes", {"place": "urban"}),
    ("In Scotland the rate was 12%, against 9% nationally.", "12%", {"place": "scotland"}),
    ("In Wales, waiting times averaged 14 weeks, compared with 11 weeks across the UK.",
     "14 weeks", {"place": "wales"}),
    # A part of a land, named by its lie: the whole's figure is another.
    ("In the granite uplands of Kessel County, one in four homes was above the action level.",
     "one in four", {"place": "uplands"}),
    ("Along the eastern clay plain, fewer than 2% of homes were above it.", "fewer than 2%",
     {"place": "plain"}),
    ("On the west coast, rainfall reaches 1,800 mm a year.", "1,800 mm", {"place": "coast"}),
    ("In the river valleys frost comes 10 days earlier.", "10 days", {"place": "valleys"}),
    ("In the north of the country, 40% of homes heat with oil.", "40%", {"place": "north"}),
]

NEGATIVES = [
    # The general figure, with a mode named elsewhere or set aside.
    ("By default Larder caps memory at 512 MiB.", "512 MiB"),
    ("Unlike dev mode, production keeps 512 MiB.", "512 MiB"),
    ("Except in dev mode, max_memory defaults to 512 MiB.", "512 MiB"),
    ("Outside dev mode, max_memory defaults to 512 MiB.", "512 MiB"),
    ("Even in safe mode, the server keeps 10 connections.", "10 connections"),
    ("max_memory defaults to 512 MiB; in dev mode it is lower.", "512 MiB"),
    ("max_memory defaults to 512 MiB, or 64 MiB in dev mode.", "512 MiB"),
    ("max_memory defaults to 512 MiB, but dev mode lowers it.", "512 MiB"),
    ("Dev mode disables persistence. The cache holds 512 MiB.", "512 MiB"),
    ("The default mode keeps 512 MiB.", "512 MiB"),
    ("In normal mode the fan spins at 2000 rpm.", "2000"),
    ("Run with --jobs 8 to build faster.", "8"),
    ("Set --retries 5 when the network is slow.", "5"),
    ("Once it is enabled, the cache holds 512 MiB.", "512 MiB"),
    # A platform as what a thing runs on or is for, or the platform's own version.
    ("Larder works on Windows and Linux and needs 512 MiB of memory.", "512 MiB"),
    ("It runs on Windows, macOS or Linux with 2 GB of memory.", "2 GB"),
    ("Requires Windows 10 or later.", "10"),
    ("The app needs Android 12 or newer.", "12"),
    ("On all platforms the cache holds 512 MiB.", "512 MiB"),
    ("Apply the cream to the skin on your arm 2 times a day.", "2 times"),
    ("Open http://localhost:8080 in your browser.", "8080"),
    # A plan one may move to, all plans, or no plan at all.
    ("Upgrade to the Pro plan to store more than 5 GB.", "5 GB"),
    ("All plans include 5 GB of storage.", "5 GB"),
    ("Free shipping on orders over 50 dollars.", "50 dollars"),
    ("The trial lasts 14 days.", "14 days"),
    ("The standard dose is 200 mg.", "200 mg"),
    ("The standard plan uses a 24-hour patch.", "24-hour"),
    ("Family members should keep at least 2 metres apart.", "2 metres"),
    ("It is fine for personal projects of up to 5 users.", "5 users"),
    # A news story's place is everyone's; a test or a study is no mode.
    ("In Scotland, turnout was 61%.", "61%"),
    ("In the UK, 4 million people are affected.", "4 million"),
    ("In 2019 the rate was 12%.", "12%"),
    ("In Scotland the rate was 12%, against 9% nationally.", "9%"),
    ("In this test the server handled 500 requests.", "500 requests"),
    ("In tests, the drug cut symptoms by 30%.", "30%"),
    ("In production since 2019, the bridge carries 40,000 cars a day.", "40,000"),
    ("The house on the hill uses 3,000 kWh a year.", "3,000 kWh"),
    ("In the north-facing room the temperature stays at 18 °C.", "18 °C"),
    # A switch of the figure's own feature, a purpose, a time since, a switch that is no switch.
    ("When compression is enabled, only values of at least 1024 bytes are compressed.",
     "1024 bytes"),
    ("Images are resized to 2048 pixels so that they load quickly in browsers.", "2048"),
    ("Windows builds have been available for about a year now.", "about a year"),
    ("The ground holds up to 50,000 with standing on the pitch.", "50,000"),
    ("If you are on treatment, we aim for home readings below 135 mmHg.", "135"),
    ("Wheels are available for Linux and macOS, and for Windows at 12 MB each.", "12 MB"),    ("When TLS is enabled, `tls_port` defaults to 8443.", "8443"),
    ("Soup kept in containers of 5 litres lasts 3 days.", "3 days"),
    ("The report, published on the web, found that 40% agreed.", "40%"),
    ("In production of the vaccine, 2 doses are made per egg.", "2 doses"),
]
# fmt: on


@pytest.mark.parametrize(("text", "figure", "context"), PHRASES)
def test_a_figure_of_a_mode_platform_plan_or_place(
    text: str, figure: str, context: dict[str, str]
) -> None:
    assert special(text, figure) == context


@pytest.mark.parametrize(("text", "figure"), NEGATIVES)
def test_a_general_figure_gets_no_such_key(text: str, figure: str) -> None:
    assert special(text, figure) == {}


def test_the_table_is_large_enough() -> None:
    assert len(PHRASES) >= 60 and len(NEGATIVES) >= 25


def _conflicts(tmp_path: Path, docs: dict[str, str]) -> list[str]:
    """The conflicts ``check`` reports on a fresh ``extract`` of ``docs`` (a claims file of its
    own: ``extract`` merges into an existing one)."""
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"claims-{len(docs)}.yaml"
    result = CliRunner().invoke(extract, [*(str(tmp_path / n) for n in docs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [f.message for f in check(load(out)).findings if f.kind is Kind.CONFLICT]


def test_a_key_only_one_claim_has_leaves_the_general_comparison(tmp_path: Path) -> None:
    """Dev mode's memory cap is no disagreement with the README's default (a key only one claim
    has: the contract's special case); the reference's general default still disagrees with the
    README's, and two pages' dev-mode caps disagree with each other."""
    docs = {
        "README.md": "# Larder\n\nBy default max_memory is 512 MiB.\n",
        "reference.md": "# Reference\n\nIn dev mode (larderd --dev), max_memory defaults to "
        "64 MiB and persistence is disabled.\n",
    }
    assert _conflicts(tmp_path, docs) == []
    docs["FAQ.md"] = "# FAQ\n\nBy default max_memory is 1 GiB.\n"
    assert len(_conflicts(tmp_path, docs)) == 1
    docs["CHANGELOG.md"] = "# Changelog\n\nIn dev mode (larderd --dev), max_memory defaults to "
    docs["CHANGELOG.md"] += "128 MiB.\n"
    conflicts = _conflicts(tmp_path, docs)
    assert len(conflicts) == 2, conflicts


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("In dev mode, persistence is off by default.", {"mode": "dev"}),
        ("On Windows, colour is off by default.", {"platform": "windows"}),
        ("Persistence is off by default.", {}),
        ("CMYK JPEGs are always converted to sRGB so that they display correctly in browsers.", {}),
        # Advice's "when" is its condition's business, not a mode's.
        ("`tls_ca` is now required when TLS is enabled.", {}),
    ],
)
def test_advice_in_words_gets_the_keys_too(text: str, context: dict[str, str]) -> None:
    (draft,) = draft_claims("doc", text, WORDS)
    assert {k: v for k, v in draft.subject.context.items() if k in KEYS} == context

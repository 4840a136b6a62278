"""Examples in software documents (``subjects.examples``): a README's configuration sample, a
how-to's chosen value and a status code are not the program's values. Positives and look-alikes
from real-looking README, FAQ, reference and changelog text."""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects.examples import (
    accepted_bound,
    how_to_example,
    in_code_sample,
    status_code,
)
from tests.common import WORDS

README = """# tilecache

## A minimal configuration

`tilecache init` writes a starting configuration. A trimmed example for a small city:

```yaml
listen_port: 8090
max_zoom: 16
workers: 4
```

Here we stop at zoom 16 because a city extract has little to show beyond that.

## Defaults

The defaults are:

```toml
listen_port = 8085
max_zoom = 18
```

## Tuning

```ini
workers = 8        ; default
queue_depth = 64
```
"""


def _span(text: str, figure: str, after: str = "") -> tuple[int, int]:
    start = text.index(figure, text.index(after) if after else 0)
    return start, start + len(figure)


@pytest.mark.parametrize(
    ("figure", "after", "example"),
    [
        ("8090", "", True),  # a trimmed example's configuration
        ("16", "max_zoom: ", True),
        ("4", "workers: ", True),
        ("8085", "The defaults are", False),  # the block is said to be the defaults
        ("18", "The defaults are", False),
        ("8", "workers = ", False),  # its own line says "default"
        ("64", "queue_depth", True),
        ("16", "Here we stop", False),  # prose, not a code sample
    ],
)
def test_a_code_sample_is_an_example_unless_said_to_be_the_defaults(
    figure: str, after: str, example: bool
) -> None:
    assert in_code_sample(README, _span(README, figure, after)) is example


def test_a_block_that_overrides_the_defaults_is_an_example() -> None:
    text = "To override the defaults, put this in `app.yaml`:\n\n```\nport: 9090\n```\n"
    assert in_code_sample(text, _span(text, "9090"))
    reference = (
        "### listen_port\n\nThe port to serve tiles on. Default:\n\n```\nlisten_port: 8085\n```\n"
    )
    assert not in_code_sample(reference, _span(reference, "8085"))
    unclosed = "Default configuration:\n\n```\nport: 8080\n"
    assert not in_code_sample(unclosed, _span(unclosed, "8080"))


def _how_to(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return how_to_example(sentence, (start, start + len(figure)), (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "figure", "example"),
    [
        (
            "Publish whatever port you configure: for example, to serve on port 9000, set it.",
            "9000",
            True,
        ),
        ("To serve on port 9000, set listen_port: 9000 in the config.", "9000", True),
        ("To allow 50 connections, raise max_connections.", "50", True),
        ("Here we stop at zoom 16 because a city extract has little to show.", "16", True),
        ("In this walk-through we use 4 workers.", "4", True),
        ("If you want 8 workers, pass --workers.", "8", True),
        ("Pick a spare port, e.g. 9090.", "9090", True),
        # Look-alikes: the program's own values told in a sentence.
        ("By default mapforge listens on port 8080 on all interfaces.", "8080", False),
        ("The server listens on port 8080 by default.", "8080", False),
        ("The limit was raised to 16 in 2.0, so set it lower if needed.", "16", False),
        ("Workers default to 4; to change it, set workers.", "4", False),
        ("If you prefer the yeast type, take 1 g a day.", "1 g", False),
        ("A seeding job can render up to 1 million tiles before it stops.", "1 million", False),
        # An instance of other words, set off before the figure; an organisation's practice.
        (
            "People with a weakened immune system, for example because of cancer treatment, "
            "should have three doses instead.",
            "three doses",
            False,
        ),
        ("The standard course we give is three doses of vaccine.", "three doses", False),
        ("Here we set four render workers for a small VPS.", "four", True),
    ],
)
def test_a_how_to_sentence_gives_an_example(sentence: str, figure: str, example: bool) -> None:
    assert _how_to(sentence, figure) is example


@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        ("Requests without a valid key are rejected with 401.", "401", True),
        ("Requests above it return 404.", "404", True),
        ("Why are there 404s above zoom 18?", "404", True),
        ("The proxy answers with a 503 response while it starts.", "503", True),
        ("It returns HTTP 429 when the limit is hit.", "429", True),
        ("The command exits with status 2 on a bad config.", "2", True),
        ("It fails with exit code 3.", "3", True),
        # Look-alikes: amounts.
        ("The search returns 200 results per page.", "200", False),
        ("Requests above zoom 18 are slow.", "18", False),
        ("A client may make up to 600 requests per minute.", "600", False),
        ("The cache holds 512 entries.", "512", False),
    ],
)
def test_a_status_code_is_no_quantity(text: str, figure: str, code: bool) -> None:
    start = text.index(figure)
    assert status_code(text, (start, start + len(figure))) is code


FAQ = """Q: Is there an official Docker image?
A: Yes. Publish whatever port you configure: for example, to serve on port 9000, set
   listen_port: 9000 in the config and run the container with -p 9000:9000.

Q: Which port does it use?
A: By default mapforge listens on port 8080 on all interfaces.

Q: Do clients need an API key?
A: Yes. Requests without a valid key are rejected with 401.
"""


def test_drafts_of_a_faq_keep_examples_and_status_codes_apart() -> None:
    drafts = [(d.mention.text, d.subject.context) for d in draft_claims("faq", FAQ, WORDS)]
    # The code is drafted under its own code: 401 never meets another code or a quantity.
    assert [c.get("code") for text, c in drafts if text == "401"] == ["401"]
    assert [c.get("example") for text, c in drafts if text == "8080"] == [None]
    # "to serve on port 9000, set listen_port: 9000": a how-to's value (its sentence passes
    # "-p 9000", whose value ``contexts.flag_example`` names), never the default's.
    examples = [c.get("example") for text, c in drafts if text == "9000"]
    assert examples and all(examples)


def test_drafts_of_a_readme_sample_are_examples_and_its_defaults_are_not() -> None:
    drafts = [(d.mention.text, d.subject.context) for d in draft_claims("readme", README, WORDS)]
    contexts = {text: context for text, context in drafts}
    assert contexts["8090"].get("example") == "8090"
    assert contexts["8085"].get("example") is None


@pytest.mark.parametrize(
    ("text", "figure", "bound"),
    [
        ("A `max_zoom` above 22 is now rejected at startup with a clear error.", "22", True),
        ("A worker_count over 64 is an error.", "64", True),
        ("Setting `retries` above 10 is refused.", "10", True),
        # Look-alikes: a thing's limit is the maximum the program applies (tidepool d9,
        # thumbwright d2).
        ("Messages over 1 MiB are rejected.", "1 MiB", False),
        (
            "Inputs larger than 200 MB are rejected with an error before decoding starts.",
            "200 MB",
            False,
        ),
        # Look-alikes: a changelog's new default, a limit the program applies.
        ("The default `rate_limit` is now 1200 requests per minute per client.", "1200", False),
        ("Requests above 600 per minute are slowed down.", "600", False),
        ("Tiles above zoom 18 are rendered on demand.", "18", False),
    ],
)
def test_a_bound_of_accepted_values_is_no_default(text: str, figure: str, bound: bool) -> None:
    start = text.index(figure)
    assert accepted_bound(text, (start, start + len(figure))) is bound


CHANGELOG = """## 3.2.0

- A `max_zoom` above 22 is now rejected at startup with a clear error.
- The default `rate_limit` is now 1200 requests per minute per client.
"""


def test_a_changelog_keeps_its_new_default_and_sets_its_accepted_bound_apart() -> None:
    contexts = {d.mention.text: d.subject.context for d in draft_claims("c", CHANGELOG, WORDS)}
    assert contexts["above 22"].get("accepted") == "bound"
    assert "accepted" not in contexts["1200 requests"]
    assert "example" not in contexts["1200 requests"]

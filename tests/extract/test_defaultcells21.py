"""A Markdown options table's Default cell that says it is the default in words."""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS

README = """# tool

## Options

| Option | Default | Description |
|---|---|---|
| `catch_up` | off | Make up missed runs at start. |
| `verbose` | Off by default | Print more. |
| `color` | `auto` (default) | When to colour the output. |
| `workers` | 4 | Worker processes. |
"""


def test_a_default_cell_that_says_by_default_is_the_settings_default() -> None:
    labels = {
        draft.subject.id: draft.label
        for draft in draft_claims("README.md", README, WORDS)
        if draft.label is not None
    }
    assert labels["default-catch-up"] == "off"
    assert labels["default-verbose"] == "off"
    assert labels["default-color"] == "auto"


def test_a_cell_of_other_words_is_no_default() -> None:
    text = README.replace("Off by default", "Off unless a terminal")
    ids = {draft.subject.id for draft in draft_claims("README.md", text, WORDS)}
    assert "default-verbose" not in ids

"""Whether a setting is required or optional, in the words software docs use (``required-``
subjects of ``factcheck.extract.advice``), and the same words that say nothing of the kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice

#: (sentence, subject, label): written from how READMEs, references and FAQs usually put it.
PHRASINGS = [
    # required
    ("You must pass `--config`.", "required-config", "required"),
    ("You must pass --config with the path to your lintkit.toml.", "required-config",
     "required"),
    ("You must set `api_key`.", "required-api-key", "required"),
    ("You need to pass `--region`.", "required-region", "required"),
    ("You have to specify `--env` on every run.", "required-env", "required"),
    ("Always pass `--config`.", "required-config", "required"),
    ("Always set `api_key` in the config file.", "required-api-key", "required"),
    ("`--config` is mandatory.", "required-config", "required"),
    ("`--config` is compulsory.", "required-config", "required"),
    ("`api_key` is required.", "required-api-key", "required"),
    ("The `--config` flag is required.", "required-config", "required"),
    ("`region` must be set.", "required-region", "required"),
    ("`api_key` must always be provided.", "required-api-key", "required"),
    ("`--out` cannot be omitted.", "required-out", "required"),
    ("`--out` can't be left out.", "required-out", "required"),
    ("`api_key` is not optional.", "required-api-key", "required"),
    ("`api_key` isn't optional.", "required-api-key", "required"),
    ("Passing `--config` is required.", "required-config", "required"),
    ("Setting `api_key` is mandatory.", "required-api-key", "required"),
    ("It is mandatory to set `region`.", "required-region", "required"),
    ("lintkit refuses to start without `--config`.", "required-config", "required"),
    ("The command fails without `--config`.", "required-config", "required"),
    ("The tool will not run without `--config`.", "required-config", "required"),
    ("`api_key` needs to be set.", "required-api-key", "required"),
    ("`--repo` must be given.", "required-repo", "required"),
    # optional
    ("`--config` is optional.", "required-config", "optional"),
    ("`--config` is entirely optional.", "required-config", "optional"),
    ("`api_key` is not required.", "required-api-key", "optional"),
    ("`api_key` isn't required.", "required-api-key", "optional"),
    ("`--env` is not mandatory.", "required-env", "optional"),
    ("You can omit `--config`.", "required-config", "optional"),
    ("You don't need to pass `--config`.", "required-config", "optional"),
    ("You do not have to specify `--region`.", "required-region", "optional"),
    ("You needn't set `api_key`.", "required-api-key", "optional"),
    ("There is no need to set `api_key`.", "required-api-key", "optional"),
    ("No need to pass `--config`.", "required-config", "optional"),
    ("`--config` can be left out.", "required-config", "optional"),
    ("`--out` may be omitted.", "required-out", "optional"),
    ("Passing `--config` is optional.", "required-config", "optional"),
    ("Setting `region` is optional.", "required-region", "optional"),
    ("`--config` is an optional flag.", "required-config", "optional"),
    ("`--env` is optional and defaults to development.", "required-env", "optional"),
    ("If you omit `--config`, the tool falls back to built-in defaults.", "required-config",
     "optional"),
    ("Without `--config`, lintkit looks for lintkit.toml in the current folder.",
     "required-config", "optional"),
    ("--config PATH\nOptional path to a configuration file.", "required-config-path",
     "optional"),
    ("api_key\nOptional API key for private feeds.", "required-api-key", "optional"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "label"), PHRASINGS)
def test_a_phrasing_says_whether_a_setting_is_required(text: str, subject: str, label: str) -> None:
    assert (subject, label) in advice(text)


@pytest.mark.parametrize(
    "text",
    [
        # A value to give it, not whether to give it.
        "You must set `timeout` to 30 seconds.",
        "You must pass --jobs 4 to use four workers.",
        # Something else to do about a setting.
        "You must restart the server after changing `port`.",
        "Always check `api_key` before sharing your config.",
        # "optional" of something that is no setting.
        "Optional extras are listed below.",
        # A failure said of something other than leaving the setting out.
        "The command fails when `--config` points to a missing file.",
    ],
)
def test_words_that_say_no_setting_is_required(text: str) -> None:
    said = [(s, v) for s, v in advice(text) if s.startswith("required-")]
    assert said == []


def test_two_docs_that_say_it_in_other_words_disagree(tmp_path: Path) -> None:
    docs = {
        "reference.md": "# Options\n\n--config PATH\nOptional path to a configuration file. "
        "Without it, lintkit looks for lintkit.toml.\n",
        "FAQ.txt": "Q: Do I need a configuration file?\nA: Yes. You must pass --config with the "
        "path to your lintkit.toml; lintkit will not run without one.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    # the flag named alone joins the entry that names its argument (``relate_settings``)
    assert messages == ["Whether config path is required: optional vs required"]

"""How software behaves, yes or no (``factcheck.extract.facts``): whether changes apply without
a restart ("reloads its configuration on SIGHUP" vs "configuration changes need a restart"),
whether a thing is supported, whether a program runs in the background. Phrasings written from
how software docs, READMEs and FAQs put it, not from any corpus, and the same words where
nothing is stated."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.facts import FACT, OBJECT, PREDICATE, SUBJECT
from factcheck.extract.subjects.actions import action_key
from tests.common import WORDS, extract_and_check


def facts(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(predicate, label, key words of what it is said of) of each fact drafted from ``text``."""
    found = []
    for draft in draft_claims("doc", text, WORDS):
        if draft.label and draft.subject.family == FACT:
            said = draft.subject.keywords
            predicate = next(k[1:] for k in said if k.startswith(PREDICATE))
            things = frozenset(k[2:] for k in said if k.startswith((SUBJECT, OBJECT)))
            found.append((predicate, str(draft.value), things))
    return found


#: (sentence, predicate, label, a word of what it is said of). ``reload``: changes apply
#: without a restart (yes) or need one (no).
PHRASINGS = [
    ("logskiff reloads its configuration on SIGHUP.", "reload", "yes", "configuration"),
    ("You can reload the configuration without a restart by sending SIGHUP.", "reload", "yes",
     "configuration"),
    ("Send SIGHUP to reload the config file.", "reload", "yes", "config"),
    ("The configuration is reloaded automatically on every change.", "reload", "yes",
     "configuration"),
    ("Configuration changes take effect immediately.", "reload", "yes", "configuration"),
    ("Changes to the settings take effect without a restart.", "reload", "yes", "settings"),
    ("Settings can be changed at runtime without restarting the server.", "reload", "yes",
     "settings"),
    ("No restart is needed after editing the configuration.", "reload", "yes", "configuration"),
    ("There is no need to restart the daemon after changing the config.", "reload", "yes",
     "config"),
    ("The server hot-reloads its configuration.", "reload", "yes", "configuration"),
    ("Edits to the config file are picked up automatically.", "reload", "yes", "config"),
    ("Config changes do not require a restart.", "reload", "yes", "config"),
    ("Configuration changes need a restart.", "reload", "no", "configuration"),
    ("Changes to the configuration require a restart.", "reload", "no", "configuration"),
    ("Any change to the settings requires restarting the service.", "reload", "no",
     "settings"),
    ("You must restart the server for configuration changes to take effect.", "reload", "no",
     "configuration"),
    ("Restart the daemon after editing the config file.", "reload", "no", "config"),
    ("The configuration is only read at startup.", "reload", "no", "configuration"),
    ("The config file is read once at startup.", "reload", "no", "config"),
    ("The configuration cannot be reloaded while the agent runs.", "reload", "no",
     "configuration"),
    ("logskiff does not reload its configuration on SIGHUP.", "reload", "no", "configuration"),
    ("A restart is required to apply configuration changes.", "reload", "no", "configuration"),
    ("New settings only take effect after a restart.", "reload", "no", "settings"),
    ("Configuration changes are not picked up until the next restart.", "reload", "no",
     "configuration"),
    ("SIGHUP does not reload the configuration.", "reload", "no", "configuration"),
    # supported or not
    ("snapback supports S3-compatible storage.", "support", "yes", "storage"),
    ("Windows is supported.", "support", "yes", "windows"),
    ("Windows is not supported.", "support", "no", "windows"),
    ("snapback does not support Windows.", "support", "no", "windows"),
    ("There is no support for Windows.", "support", "no", "windows"),
    ("Windows is unsupported.", "support", "no", "windows"),
    ("IPv6 is fully supported.", "support", "yes", "ipv6"),
    ("The agent has no IPv6 support.", "support", "no", "ipv6"),
    ("The driver doesn't support prepared statements.", "support", "no", "statements"),
    ("Prepared statements are supported in transaction mode.", "support", "yes", "statements"),
    ("ARM64 builds are not officially supported.", "support", "no", "builds"),
    ("ferrypool fully supports prepared statements.", "support", "yes", "statements"),
    # in the background or the foreground
    ("The agent runs in the background.", "background", "yes", "agent"),
    ("By default the daemon detaches and runs in the background.", "background", "yes",
     "daemon"),
    ("The server stays in the foreground.", "background", "no", "server"),
    ("The serve command runs in the foreground.", "background", "no", "serve"),
    ("The agent does not daemonize.", "background", "no", "agent"),
    ("The agent daemonizes on start.", "background", "yes", "agent"),
    ("The process does not fork into the background.", "background", "no", "process"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "predicate", "label", "thing"), PHRASINGS)
def test_software_behaviour_yes_or_no(text: str, predicate: str, label: str, thing: str) -> None:
    found = [(p, value, things) for p, value, things in facts(text) if p == predicate]
    assert [(p, value) for p, value, _ in found] == [(predicate, label)]
    assert action_key(thing) in found[0][2]


#: The same words where nothing is stated: a question, a condition, history, speculation, a
#: third party's claim, a plan, an adjective, no thing named.
NONE = [
    "Does logskiff reload its configuration on SIGHUP?",
    "If you change the configuration, restart the agent.",
    "Before 2.0 the configuration was only read at startup.",
    "In older versions a restart was required for configuration changes.",
    "Restart the agent.",
    "Some users claim the configuration is reloaded on SIGHUP.",
    "Windows support may come later.",
    "Should the agent run in the background?",
    "It would be nice if the agent supported Windows.",
    "Support for Windows is planned.",
    "Supported platforms are listed below.",
    "Check the supported versions page.",
    "Restarting the server clears the cache.",
    "The restart took ten minutes.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_behaviour_stated(text: str) -> None:
    assert [f for f in facts(text) if f[0] in ("reload", "support", "background")] == []


def test_reload_without_a_restart_and_a_restart_needed_disagree(tmp_path: Path) -> None:
    docs = {
        "readme.md": "# logskiff\n\nYou can reload the configuration without a restart by "
        "sending the process SIGHUP.\n",
        "faq.md": "# FAQ\n\nConfiguration changes need a restart; SIGHUP only reopens the "
        "agent's own log file.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert len(conflicts) == 1
    assert conflicts[0]["message"] == "Whether configuration applies without a restart: no vs yes"

"""A setting said to be needed, with what fails without it, is required (``required-``
subjects of ``factcheck.extract.advice``): "Every input needs a tag; logskiff refuses to start
without one" against "Optional; if omitted, the input's type is used as its tag". Phrasings
written from how READMEs, references and FAQs put it, not from any corpus, and the same words
where nothing is required."""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS


def required(text: str) -> list[tuple[str, str]]:
    """(subject, label) of each required-or-optional label drafted from ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(d.subject.id, str(d.value)) for d in drafts
            if d.label and d.subject.id.startswith("required-")]  # fmt: skip


#: (sentence, the setting's subject): each required.
PHRASINGS = [
    ("Every input needs a tag; logskiff refuses to start without one.", "required-tag"),
    ("Each job needs a name; the scheduler will not start without one.", "required-name"),
    ("A queue requires a name, and the broker refuses to start without one.", "required-name"),
    ("Every output needs a URL; the agent fails without one.", "required-url"),
    ("The server needs a certificate; it will not start without one.", "required-certif"),
    ("Each worker needs a broker. Workers refuse to start without one.", "required-broker"),
    ("The agent needs an API token and won't run without one.", "required-api-token"),
    ("Every repository needs a password; snapback exits with an error without one.",
     "required-password"),
    ("Each site needs a root directory; the server cannot start without one.",
     "required-root-directory"),
    ("Your project needs a config file; lintkit refuses to run without one.",
     "required-config-file"),
    ("Every pipeline must have an owner; the runner fails without one.", "required-owner"),
    ("Every bucket requires a region, and uploads fail without one.", "required-region"),
    ("Each listener needs a port; the proxy won't start without one.", "required-port"),
    ("The daemon needs a socket path. It refuses to start without one.",
     "required-socket-path"),
    ("Every task needs a timeout; the runner errors out without one.", "required-timeout"),
    ("Every service needs a health check; the orchestrator will not run it without one.",
     "required-check"),
    ("Each migration needs a version; migrator aborts without one.", "required-version"),
    ("Each database needs a connection string; the app fails to start without one.",
     "required-string"),
    ("A webhook needs a secret; deliveries are rejected without one.", "required-secret"),
    ("Every client needs an ID; the server rejects requests without one.", "required-id"),
    ("The cluster needs a seed node; it cannot start without one.", "required-node"),
    ("Every input requires a format; the parser fails without one.", "required-format"),
    ("Every channel needs a topic; the bot refuses to join without one.", "required-topic"),
    ("The exporter needs a target. It exits with an error without one.", "required-target"),
    ("A backend needs a storage class; the operator will not run without one.",
     "required-class"),
    ("Every schedule needs a time zone; the scheduler refuses to start without one.",
     "required-zone"),
    ("Each volume needs a mount point; the container fails to start without one.",
     "required-point"),
    ("Each user needs an email address; signup fails without one.", "required-email-address"),
    ("Every route needs a handler; the router will not start without one.", "required-handler"),
    ("Each feed needs a URL, and the reader won't run without one.", "required-url"),
    ("Every sink must have a name; logskiff refuses to start without one.", "required-name"),
    ("The build needs a target platform; the compiler fails without one.", "required-platform"),
    ("Each printer needs a driver; the spooler won't start without one.", "required-driver"),
    ("Every plugin needs a manifest; the host refuses to load it without one.",
     "required-manifest"),
    ("Each index needs a shard count; the store cannot run without one.", "required-count"),
    ("Each tenant requires a quota; the gateway refuses to start without one.",
     "required-quota"),
    ("Every device needs a token; the hub rejects it without one.", "required-token"),
    ("The proxy needs an upstream; it will not start without one.", "required-upstream"),
    ("Every model needs a schema; the loader fails without one.", "required-schema"),
    ("The mailer needs an SMTP host; it won't run without one.", "required-smtp-host"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject"), PHRASINGS)
def test_needed_and_failing_without_is_required(text: str, subject: str) -> None:
    assert required(text) == [(subject, "required")]


#: The same words where nothing is required: no failure said, a condition, a question, not
#: needed, a person's need.
NONE = [
    "Every input needs a tag.",
    "Every adult needs a vitamin D supplement in winter.",
    "Does every input need a tag?",
    "If you use routing, every input needs a tag; logskiff refuses to start without one.",
    "The input does not need a tag; logskiff starts fine without one.",
    "Every plant needs a pot; it will not grow well without one.",
]


@pytest.mark.parametrize("text", NONE)
def test_nothing_required(text: str) -> None:
    # ("does not need a tag" says it is optional: ``test_advice_other_words``)
    assert [said for said in required(text) if said[1] == "required"] == []

"""A feature said to be used only once the reader sets it is off by default (``default-``
subjects of ``factcheck.extract.advice``): "the disk queue is only used if you set this to
disk" against "The disk queue is enabled by default". Phrasings written from how references,
READMEs and FAQs put it, not from any corpus, and the same words where no default is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, extract_and_check


def defaults(text: str) -> list[tuple[str, str]]:
    """(subject, label) of each default in words drafted from ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(d.subject.id, str(d.value)) for d in drafts
            if d.label and d.subject.id.startswith("default-")]  # fmt: skip


#: (sentence, the subject's word): each is off by default.
PHRASINGS = [
    ("The disk queue is only used if you set this to disk.", "queue"),
    ("Compression is enabled only when you pass --compress.", "compress"),
    ("The cache is only used if you set cache_dir.", "cach"),
    ("Encryption is only enabled if you pass --encrypt.", "encrypt"),
    ("Compression is only applied when you enable it.", "compress"),
    ("TLS is only used when you configure a certificate.", "tls"),
    ("Telemetry is only turned on if you opt in.", "telemetri"),
    ("Autofix is only applied when you pass --fix.", "autofix"),
    ("The proxy is used only if you set HTTPS_PROXY.", "proxi"),
    ("Colour is only used when you ask for it with --color.", "color"),
    ("The read cache is enabled only if you give it a size.", "cach"),
    ("Plugins are only loaded if you list them in plugins.toml.", "plugin"),
    ("The swap file is only used when you enable it in the settings.", "swap-file"),
    ("Debug logging is only switched on if you pass --debug.", "log"),
    ("Strict mode is only on if you set strict to true.", "mode"),
    ("Dark mode is only active when you select it.", "mode"),
    ("The JSON API is only started when you pass --api.", "api"),
    ("Rate limiting is only applied if you configure a limit.", "limit"),
    ("The metrics endpoint is only started if you set metrics.port.", "endpoint"),
    ("Compression is used only once you enable it.", "compress"),
    ("Encryption is active only if you supply a key.", "encrypt"),
    ("The disk buffer is only used when you explicitly enable it.", "buffer"),
    ("The watchdog is only started if you request it.", "watchdog"),
    ("Checksum verification is only enabled if you pass --verify.", "verif"),
    ("Compression is only enabled when you turn it on.", "compress"),
    ("Batching is only used if you set a batch size.", "batch"),
    ("Sandboxing is only enabled if you install the helper.", "sandbox"),
    ("The web UI is only started when you pass --ui.", "ui"),
    ("Retries are only enabled if you set max_retries.", "retri"),
    ("HTTP/2 is only used if you enable it.", "http"),
    ("Prefetching is only switched on when you ask for it.", "prefetch"),
    ("The audit log is only enabled if you set audit.path.", "log"),
    ("Login alerts are only active if you switch them on.", "alert"),
    ("Deduplication is only applied if you choose it at setup.", "dedupl"),
    ("Auto-update is only enabled if you opt in.", "auto-upd"),
    ("The query cache is only used when you configure one.", "cach"),
    ("Spell checking is only active if you add a dictionary.", "check"),
    ("Tracing is only turned on if you set TRACE=1.", "trace"),
    ("Compression is off unless you enable it.", "compress"),
    ("Compression stays off until you enable it.", "compress"),
]


@pytest.mark.parametrize(("text", "word"), PHRASINGS)
def test_used_only_once_set_is_off_by_default(text: str, word: str) -> None:
    found = defaults(text)
    assert [label for _, label in found] == ["off"]
    assert found[0][0].endswith(word)


#: The same words where no default is said: used only under a condition of the program's, a
#: question, history, no "only", the reader told what to do.
NONE = [
    "The disk queue is only used when the memory buffer is full.",
    "Is the disk queue only used if you set it?",
    "Before 2.0, compression was only enabled if you passed --compress.",
    "The cache is used if you set cache_dir.",
    "You only need the cache if you set cache_dir.",
    "Only use the disk queue if you set this to disk.",
    "The swap file is only used when memory runs out.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_default_said(text: str) -> None:
    assert defaults(text) == []


def test_on_by_default_against_used_only_once_set_disagree(tmp_path: Path) -> None:
    docs = {
        "readme.md": "# logskiff\n\nThe disk queue is enabled by default, so nothing is lost if "
        "the process restarts.\n",
        "reference.md": "# Reference\n\n## buffer.type\n\nmemory or disk. Default: memory; the "
        "disk queue is only used if you set this to disk.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = [f for f in report["findings"]
                 if f["kind"] == "conflict" and f["subject"] == "default-queue"]  # fmt: skip
    assert len(conflicts) == 1

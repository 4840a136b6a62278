"""Required, optional, off by default and what an exit code means, said in other words
(``factcheck.extract.advice``: ``_IN_WORDS``, ``_codes``). Each table was written from general
English and the way READMEs, references, FAQs and changelogs put it, with look-alikes in the
same words that must draft nothing: questions, conditions, examples, history, another product's
requirement, a thing no program asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice


def said(text: str, prefix: str) -> list[tuple[str, str]]:
    return [(s, v) for s, v in advice(text) if s.startswith(prefix)]


#: Optional, in other words: (text, subject).
OPTIONAL = [
    ("You can skip the passphrase.", "required-passphras"),
    ("You can skip the passphrase: if you leave it empty, init creates an unencrypted vault.",
     "required-passphras"),
    ("You may skip the token entirely.", "required-token"),
    ("You can safely omit the region.", "required-region"),
    ("You can leave out the description.", "required-descript"),
    ("You can leave the password empty.", "required-password"),
    ("You can leave the comment field blank.", "required-comment"),
    ("You can simply skip `--tag`.", "required-tag"),
    ("You can do without a licence key.", "required-licenc"),
    ("No passphrase is needed.", "required-passphras"),
    ("No API token is required.", "required-api-token"),
    ("No `--config` is needed.", "required-config"),
    ("You don't need to enter a password.", "required-password"),
    ("You do not have to provide a username.", "required-usernam"),
    ("You needn't choose a region.", "required-region"),
    ("snapvault prune no longer asks for --confirm.", "required-confirm"),
    ("The installer no longer requires a licence key.", "required-licenc"),
    ("Uploads no longer need a token.", "required-token"),
    ("The CLI no longer prompts for a passphrase.", "required-passphras"),
    ("The init command does not require a passphrase.", "required-passphras"),
    ("The server doesn't need a certificate.", "required-certif"),
    ("The flag is still accepted, but `--confirm` is no longer required.", "required-confirm"),
    ("--confirm\nThe flag is still accepted, but it is optional now.", "required-confirm"),
    ("Pass --force to overwrite.\nThe option is optional.", "required-force"),
]  # fmt: skip

#: Required, in other words: (text, subject).
REQUIRED = [
    ("Prune refuses to run without --confirm.", "required-confirm"),
    ("Prune refuses to run unless you pass --confirm.", "required-confirm"),
    ("The agent will not start unless you set a token.", "required-token"),
    ("The server won't start unless `api_key` is set.", "required-api-key"),
    ("The upload fails unless a region is given.", "required-region"),
    ("The command fails if `--region` is missing.", "required-region"),
    ("The import aborts when the token is not set.", "required-token"),
    ("lintkit exits with an error if the config file is missing.", "required-config-file"),
    ("If the passphrase is missing, init refuses to continue.", "required-passphras"),
    ("If `--out` is not given, shrinkwell exits with an error.", "required-out"),
    ("If you omit --out, shrinkwell exits with an error.", "required-out"),
    ("`name` cannot be empty.", "required-name"),
    ("The password must not be left blank.", "required-password"),
    ("`--confirm` is no longer optional.", "required-confirm"),
    ("Prune requires --confirm.", "required-confirm"),
    ("The delete command insists on `--force`.", "required-force"),
    ("You must enter a passphrase.", "required-passphras"),
    ("You have to choose a region.", "required-region"),
]  # fmt: skip

#: The same words that say nothing of a setting being required or optional.
NEITHER = [
    "Do I have to set a passphrase?",
    "Can I skip the passphrase?",
    "If you want encryption, a passphrase is required.",
    "If you only back up to a local disk, you can skip the passphrase.",
    "When you use SFTP, you can omit the region.",
    "For example, you can skip the tutorial.",
    "You can skip breakfast if you are not hungry.",
    "You can skip this step.",
    "You can skip the next section.",
    "In 1.x a passphrase was required.",
    "Before 2.0, --confirm was required.",
    "The old tool used to require a licence key.",
    "The server fails if the disk is full.",
    "The build fails if a test is missing its fixture?",
    "Docker requires a Linux kernel of 3.10 or newer.",
    "Prune no longer deletes snapshots younger than a day.",
    "The installer does not require a restart.",
    "You don't need to restart the service.",
    "The upload fails unless the network is up.",
    "To use TLS, you must enter a certificate.",
    "The tool requires Python 3.10.",
    "Passwords cannot be recovered.",
]


@pytest.mark.parametrize(("text", "subject"), OPTIONAL)
def test_optional_in_other_words(text: str, subject: str) -> None:
    assert said(text, "required-") == [(subject, "optional")]


@pytest.mark.parametrize(("text", "subject"), REQUIRED)
def test_required_in_other_words(text: str, subject: str) -> None:
    assert said(text, "required-") == [(subject, "required")]


@pytest.mark.parametrize("text", NEITHER)
def test_neither_required_nor_optional(text: str) -> None:
    assert said(text, "required-") == []


#: Off by default, in other words: (text, subject).
OFF = [
    ("Two-step verification remains optional: account holders must turn it on themselves.",
     "default-verif"),
    ("Account holders must turn two-step verification on themselves.", "default-verif"),
    ("You have to enable compression yourself.", "default-compress"),
    ("Users must enable telemetry manually.", "default-telemetri"),
    ("You need to switch on encryption explicitly.", "default-encrypt"),
    ("Customers have to activate notifications in their account settings.",
     "default-notif"),
    ("Encryption is available, but you must turn it on yourself.", "default-encrypt"),
    ("Admins need to turn on audit logging by hand.", "default-log"),
    ("Compression must be enabled by the user.", "default-compress"),
    ("Dark mode has to be switched on in the settings.", "default-dark-mode"),
    ("Auto-update must be turned on in your preferences.", "default-auto-upd"),
    ("Two-factor login stays disabled unless an administrator turns it on.", "default-login"),
    ("Telemetry remains off until the user opts in.", "default-telemetri"),
    ("Sync is off unless customers enable it.", "default-sync"),
    ("Crash reporting remains opt-in.", "default-report"),
    ("Usage statistics stay strictly opt-in.", "default-statist"),
    ("Analytics is an opt-in feature.", "default-analyt"),
    ("Compression is opt-in.", "default-compress"),
    ("Encryption is off unless you pass --encrypt.", "default-encrypt"),
    ("Compression must be enabled explicitly.", "default-compress"),
]  # fmt: skip

#: On by default, and words of switching on that say no default.
NOT_OFF = [
    ("Two-step verification is now switched on by default for all accounts.",
     [("default-verif", "on")]),
    ("To use webhooks, you have to enable the API yourself.", []),
    ("If you want fewer emails, you must turn digests on yourself.", []),
    ("Two-factor login must be enabled for every admin account.", []),
    ("You must enable JavaScript to view this page.", []),
    ("Do I have to turn it on myself?", []),
    ("Turn on dark mode in the settings.", []),
    ("Encryption used to be opt-in.", []),
    ("Before 3.0, users had to enable compression themselves.", []),
    ("The lights are off unless someone is in the room.", []),
    ("Turn it on yourself if you like.", []),
    ("Telemetry is opt-out.", [("default-telemetri", "on")]),
    ("You can turn it on yourself.", []),
    ("Enable it first, then restart.", []),
    ("It is switched off until the user logs in.", []),
    ("In the settings page, account holders must turn it on themselves?", []),
    ("Opt-in rates were low.", []),
    ("Customers who opted in must turn it off themselves.", []),
    ("Admins can enable audit logging by hand.", []),
    ("For production, you must enable TLS explicitly.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject"), OFF)
def test_off_by_default_in_other_words(text: str, subject: str) -> None:
    assert said(text, "default-") == [(subject, "off")]


@pytest.mark.parametrize(("text", "expected"), NOT_OFF)
def test_not_off_by_default(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, "default-") == expected


#: What an exit code means: (text, [(subject, label)]).
CODES = [
    ("Exit code 2 means a partial backup: the snapshot was saved.",
     [("exit-code-partial-backup", "code two")]),
    ("Exit codes\n0: success\n1: fatal error; no snapshot was written.\n3: partial backup; "
     "the snapshot was written.",
     [("exit-code-success", "code zero"), ("exit-code-fatal-error", "code one"),
      ("exit-code-partial-backup", "code three")]),
    ("snapvault ends with one of these exit codes:\n- `0` — success\n- `4` — partial backup",
     [("exit-code-success", "code zero"), ("exit-code-partial-backup", "code four")]),
    ("Exit status\n0 means success, 1 means at least one image failed, and 2 means invalid "
     "arguments.",
     [("exit-code-success", "code zero"), ("exit-code-imag-fail", "code one"),
      ("exit-code-invalid-argument", "code two")]),
    ("lintkit exits with 0 when no errors were found and with 1 when at least one error was "
     "found.", [("exit-code-no-error", "code zero"), ("exit-code-error", "code one")]),
    ("If only warnings are found, lintkit exits with code 0.", [("exit-code-warn", "code zero")]),
    ("Warnings make lintkit exit with status 1.", [("exit-code-warn", "code one")]),
    ("The tool exits with code 3 when a network failure occurs.",
     [("exit-code-network-fail", "code three")]),
    ("An exit code of 4 indicates an interrupted run.", [("exit-code-interrupt", "code four")]),
    ("Exit status 5 means the lock is held by another process.",
     [("exit-code-lock-held-anoth", "code five")]),
    ("Return code 1 signals a configuration error.",
     [("exit-code-configur-error", "code one")]),
    ("The run returns exit code 2 if some files were skipped.",
     [("exit-code-file-skip", "code two")]),
    ("Status code 429 means too many requests.",
     [("status-code-mani-request", "code four two nine")]),
    ("Error code 17 means the disk is full.", [("error-code-disk-full", "code seventeen")]),
    ("It exits with 2 when the command line is invalid.",
     [("exit-code-line-invalid", "code two")]),
    ("When the vault is locked, snapvault exits with code 6.",
     [("exit-code-vault-lock", "code six")]),
    ("Exit codes\n\n* 0 = success\n* 1 = failure", [("exit-code-success", "code zero"),
                                                   ("exit-code-fail", "code one")]),
    ("0 means success, 1 means failure (exit codes).",
     [("exit-code-success", "code zero"), ("exit-code-fail", "code one")]),
    ("An exit code of 3 means the backup succeeded.", [("exit-code-backup-success", "code three")]),
    ("The exit code 130 means the run was interrupted.",
     [("exit-code-interrupt", "code one three zero")]),
]  # fmt: skip

#: Numbers and codes that say no meaning, or say it unclearly.
NO_CODES = [
    "What does exit code 2 mean?",
    "Version 2: partial backups\nThe release adds partial backups.",
    "Steps\n1: install the tool\n2: run init",
    "0: success\n1: failure",
    "We retried 3 times when the network failed.",
    "The tool exits with code 2.",
    "Exit code 2 means a partial backup, and exit code 3 means a partial backup too.",
    "Exit codes are listed below.",
    "The test suite had 2 failures when run on Windows.",
    "Port 8080 means the default web server.",
    "Chapter 3 means a lot to me.",
    "Exit code 2 means something went wrong, and exit code 3 means something went wrong.",
    "It exits quickly when the network fails.",
    "A score of 2 means mild symptoms.",
    "Level 3 means the highest compression.",
    "1 in 3 runs exit with an error when the disk is full.",
    "Exit codes\n2026: first release",
    "The room holds 40 when full.",
    "Q: Why does it exit with code 1 when warnings are found?",
    "Returns 200 when healthy.",
    "Exit codes\n3: when it is not",
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_what_an_exit_code_means(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(said(text, "")) == sorted(expected)


@pytest.mark.parametrize("text", NO_CODES)
def test_no_exit_code_meaning(text: str) -> None:
    assert [s for s in said(text, "") if "code" in s[0].split("-")[:2]] == []


def test_two_docs_give_a_meaning_two_codes(tmp_path: Path) -> None:
    docs = {
        "reference.md": "# Exit codes\n\nsnapvault backup ends with one of these exit codes:\n\n"
        "- 0: success; every file was backed up.\n- 3: partial backup; the snapshot was "
        "written, but some files could not be read.\n",
        "FAQ.txt": "Q: My cron job reports exit code 2. What happened?\n\nA: Exit code 2 means a "
        "partial backup: the snapshot was saved, but some files could not be read.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Exit code for partial backup: code three vs code two"]


def test_a_command_named_as_the_occasion_meets_the_general_statement(tmp_path: Path) -> None:
    docs = {
        "README.md": "A passphrase is required when you run snapvault init.\n",
        "FAQ.txt": "Q: Do I have to set a passphrase?\n\nA: No. You can skip the passphrase: if "
        "you leave it empty, init creates an unencrypted vault.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Whether passphrase is required: optional vs required"]


def test_a_flag_of_one_command_and_of_another_stay_apart(tmp_path: Path) -> None:
    docs = {
        "reference.md": "`--force` is required when you run snapvault delete.\n",
        "FAQ.txt": "`--force` is optional when you run snapvault restore.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert [f for f in report["findings"] if f["kind"] == "conflict"] == []


def test_a_change_said_as_today_and_a_refusal_disagree(tmp_path: Path) -> None:
    docs = {
        "reference.md": "snapvault prune [OPTIONS]\nDeletes snapshots. Prune refuses to run "
        "without --confirm, because deleted snapshots cannot be recovered.\n",
        "CHANGELOG.md": "## 3.1.0\n\n- snapvault prune no longer asks for --confirm. The flag is "
        "still accepted, but it is optional now.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Whether confirm is required: optional vs required"]

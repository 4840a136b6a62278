"""Tests for factcheck.extract.advice: advice in words drafted as label claims that group and
conflict like numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.extract.drafts import Draft, draft_claims
from factcheck.extract.polarity import ACTION
from factcheck.text.tables import Tables
from tests.common import WORDS, extract_and_check


def advice_drafts(text: str, tables: Tables | None = None) -> list[Draft]:
    """The drafts of every piece of advice in words of the families drafted from ``text``
    (whose tables, an HTML page's, are ``tables``: ``page_text``) (advice for or against an
    action: ``test_advice_polarity``; the order of two actions: ``test_advice_order``)."""
    drafts = draft_claims("doc", text, WORDS, tables=tables)
    return [
        d
        for d in drafts
        if d.label and d.subject.family != ACTION and d.subject.terms[:1] != ("order",)
    ]


def advice(text: str, tables: Tables | None = None) -> list[tuple[str, str]]:
    """(subject, label) of each of ``advice_drafts``."""
    return [(d.subject.id, d.value) for d in advice_drafts(text, tables)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take it at bedtime.", [("time-of-day", "evening")]),
        ("LDN is usually taken in the evening.", [("time-of-day", "evening")]),
        ("Take your magnesium first thing in the morning.", [("time-of-day", "morning")]),
        ("You can take it at any time of day.", [("time-of-day", "any time")]),
        # Offered as choices, a morning and a night leave the time open.
        ("Some people take it at night, while others choose the morning.",
         [("time-of-day", "any time")]),
        # The answer to a question about taking it is about taking it.
        ("What time should I take it?\nPick the time that suits you.",
         [("time-of-day", "any time")]),
        # Putting a patch on is using it; taking one off, or a lid put on a bin, is not.
        ("Put a fresh patch on in the evening before bed.", [("time-of-day", "evening")]),
        ("Take a 16-hour patch off at bedtime.", []),
        ("Put the lid on the bin in the evening.", []),
        # Not about taking anything.
        ("In the evening I like a warm bath.", []),
        ("Take it once a day.", [("how-often", "once a day")]),
        ("Take it twice a day.", [("how-often", "twice a day")]),
        ("Take iron two or three times a day.", [("how-often", "two or three times a day")]),
        ("Take 3 times a day.", [("how-often", "three times a day")]),
        ("Use it every other day.", [("how-often", "every other day")]),
        ("Take one dose once a week.", [("how-often", "once a week")]),
        ("Take it only as needed.", [("how-often", "as needed")]),
        # A count of times outside advice stays a number.
        ("Strength training twice a week helps.", []),
        ("Take magnesium with food.", [("with-food", "with food")]),
        ("It is best absorbed on an empty stomach.", [("with-food", "without food")]),
        ("On an empty stomach it upsets the gut, so take it with food.",
         [("with-food", "with food")]),
        ("You can take it with or without food.", [("with-food", "with or without food")]),
        ("It is taken by mouth.", [("route", "by mouth")]),
        ("Some take it under the tongue.", [("route", "under the tongue")]),
        ("Compression is on by default.", [("default-compress", "on")]),
        ("TLS is now enabled by default for serve.", [("default-tls", "on")]),
        ("TLS for serve connections is off by default.", [("default-tls", "off")]),
        ("The `api_key` setting is optional.", [("required-api-key", "optional")]),
        ("api_key\nThe key the collector checks. This setting is required.",
         [("required-api-key", "required")]),
        ("`--verbose` defaults to false.", [("default-verbose", "off")]),
        # A feature said as done by default: its stem names it as its noun does.
        ("Batches are compressed with gzip by default.", [("default-compress", "on")]),
        ("Responses are not cached by default.", [("default-cach", "off")]),
        ("Compression is off unless you enable it.", [("default-compress", "off")]),
        # A default told as behaviour with the flag that changes it.
        ("Encryption is off unless you pass --encrypt when you create the repository.",
         [("default-encrypt", "off")]),
        ("snapback verifies every snapshot after writing it unless you pass --no-verify.",
         [("default-verify", "on")]),
        ("It does not compress chunks unless you pass --compress.", [("default-compress", "off")]),
        ("The server listens on port 7430 unless you pass --port.", []),
        ("Encryption is on unless you pass --no-encrypt.", [("default-encrypt", "on")]),
        ("You may pass --no-verify unless you need it.", []),
        ("--verify / --no-verify\nRead back every chunk after writing it. Off by default.",
         [("default-verify", "off")]),
        # A setting left out for a default is optional.
        ("If you omit --config, the tool falls back to the built-in defaults.",
         [("required-config", "optional")]),
        ("If you leave out the repository option, snapback uses a default repository.",
         [("required-repositori", "optional")]),
        ("If you leave out the salt, the bread tastes flat.", []),
        # A flag left out, whatever is done then, is optional; required when leaving it out fails.
        ("If you leave out `--out`, files are optimized in place.", [("required-out", "optional")]),
        ("If you omit --out, shrinkwell exits with an error.", [("required-out", "required")]),
        ("If you skip --out, it won't start.", [("required-out", "required")]),
        # Told to give a setting: required; not a value it is set to, nor under a condition.
        ("Before starting workers, you must configure a result backend (see below).",
         [("required-backend", "required")]),
        ("You must set the timeout to 30 seconds.", []),
        ("If you want TLS, you must provide a certificate.", []),
        # A span of time before "after each" is a gap, not how often.
        ("Take the probiotic at least two hours after each antibiotic dose.", []),
        ("Take the probiotic after each antibiotic dose.", [("how-often", "after every antibiotic dose")]),
        ("Files are stored in /var/lib by default.", []),
        ("Partial batches are flushed every 10 seconds by default.", []),
        ("--one-file-system\nDo not cross mount points. Off by default.",
         [("default-one-file-system", "off")]),
        ("Nothing is done here. Off by default, in fact.", []),
        # A reference entry that opens with Required or Optional: the entry's name.
        ("tls_ca\nnone\nCA bundle for clients. Required when TLS is enabled; it refuses to start.",
         [("required-tls-ca", "required")]),
        ("Optional extras make it nicer.", []),
        # A generic head noun names a setting with the word before it; a flag's FILE argument
        # names it so too.
        ("A config file is required: the tool will not start without one.",
         [("required-config-file", "required")]),
        ("--config FILE\nOptional; without it the tool reads the environment.",
         [("required-config-file", "optional")]),
        ("--password-file FILE\nOptional. Read the passphrase from FILE.",
         [("required-password-file", "optional")]),
        # Any time, or a time of its own: after training.
        ("Timing makes little difference, so take it whenever it fits into your day.",
         [("time-of-day", "any time")]),
        ("Take it straight after training, and never first thing in the morning.",
         [("time-of-day", "after exercise")]),
        ("I read the news after training.", []),
        # Sun or shade for the thing a sentence places, or judges a place best for.
        ("Put your bin in a sunny spot on bare soil.", [("light-bin", "sun")]),
        ("Most members felt a shady corner is best for a compost bin.", [("light-bin", "shade")]),
        ("Keep the aquarium out of direct sunlight, as algae thrive.",
         [("light-aquarium", "shade")]),
        ("Do not put the tank in direct sunlight.", []),
        ("I sat in the sun all day.", []),
        ("Put it in a sunny spot.", []),
    ],
)  # fmt: skip
def test_advice_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert advice(text) == expected


def test_conditional_advice_is_a_special_case() -> None:
    text = (
        "Split the dose and take it twice a day if a single dose upsets your stomach; otherwise "
        "once a day is fine."
    )
    drafts = advice_drafts(text)
    assert [(d.value, d.subject.context) for d in drafts] == [
        ("twice a day", {"condition": "a single dose upsets your stomach"}),
        ("once a day", {}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "only needed if" says why a setting is optional, not when.
        ("`tls_ca` is optional and only needed if you verify client certificates.",
         ("optional", {})),
        # A condition that only says the setting's own feature is on is no condition.
        ("tls_ca\nCA bundle. Required when TLS is enabled; it refuses to start without it.",
         ("required", {})),
        # Other conditions stay, and end at a ";".
        ("`api_key` is required when the proxy is enabled; set it first.",
         ("required", {"condition": "the proxy is enabled"})),
        ("`tls_cert` is required; add `tls_ca` if you verify clients.", ("required", {})),
        # When to pass the flag that changes a default is no condition of the default.
        ("Encryption is off unless you pass --encrypt when you create the repository.",
         ("off", {})),
    ],
)  # fmt: skip
def test_the_condition_of_a_setting(text: str, expected: tuple[str, dict[str, str]]) -> None:
    drafts = advice_drafts(text)
    assert (drafts[0].value, drafts[0].subject.context) == expected


def test_whose_advice(tmp_path: Path) -> None:
    personal, study = (
        draft_claims("doc", text, WORDS)[-1]
        for text in ("I take mine in the morning.", "Participants took it every morning.")
    )
    assert personal.subject.context == {"basis": "personal"}
    assert study.subject.context == {"basis": "study"}


def test_advice_in_words_is_a_label_claim_that_conflicts(tmp_path: Path) -> None:
    data, report = extract_and_check(
        tmp_path,
        {
            "a.md": "# Guide\n\nTake it at bedtime, with food.\n",
            "b.txt": "What time of day should I take it?\nThere is no single right answer: pick "
            "the time that suits you. Take it with a meal.\n",
        },
        exit_code=1,
    )
    subjects = {s["id"]: s for s in data["subjects"]}
    assert subjects["time-of-day"]["kind"] == "label"
    assert "unit" not in subjects["time-of-day"]
    (conflict,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert conflict["subject"] == "time-of-day"
    assert conflict["message"] == "Time of day to take it: any time vs evening"
    food = [c for c in report["claims"] if c["subject"] == "with-food"]
    assert {c["status"] for c in food} == {"corroborated"}
    docs = [str(tmp_path / "a.md"), str(tmp_path / "b.txt")]
    jsonl = CliRunner().invoke(main, ["extract", *docs, "--format", "jsonl"])
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    bedtime = next(r for r in records if r["value"] == "evening")
    assert (bedtime["low"], bedtime["high"], bedtime["unit"]) == (None, None, None)
    assert bedtime["text"] == "at bedtime"


def test_a_patch_put_on_in_the_evening_disagrees_with_one_applied_in_the_morning(
    tmp_path: Path,
) -> None:
    docs = {
        "leaflet.md": "# Using the patch\n\nApply a new patch in the morning, as soon as you get "
        "up. Take a 16-hour patch off at bedtime.\n",
        "blog.txt": "My top tip: put a fresh patch on in the evening before bed, so there's "
        "nicotine in your blood when you wake up.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    times = [c for c in report["claims"] if c["subject"] == "time-of-day"]
    # The "when" of "so there's nicotine ... when you wake up" says why, not a condition.
    assert sorted((c["value"]["text"], c.get("context", {})) for c in times) == [
        ("evening", {}),
        ("morning", {}),
    ]
    (conflict,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert conflict["message"] == "Time of day to take it: evening vs morning"


@pytest.mark.parametrize(
    "text",
    [
        "Spread drinks through the day rather than catching up in the evening.",
        "If you get up at night to pass urine, avoid large drinks in the two hours before bed.",
        "Do not take it at night.",
    ],
)
def test_what_not_to_do_and_circumstances_are_no_advice(text: str) -> None:
    assert advice(text) == []


def test_the_advised_choice_beside_a_refused_one_stays() -> None:
    assert [label for _, label in advice("Take it in the morning, not at night.")] == ["morning"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How often to follow an instruction: one subject per verb.
        ("Water the tomato seedlings every day in a heatwave.",
         [("how-often-water", "once a day")]),
        ("Check the tyre pressure once a week.", [("how-often-check", "once a week")]),
        ("In a dry spell you should mow the lawn every week.", [("how-often-mow", "once a week")]),
        ("Feed it twice a day while it is growing.", [("how-often-feed", "twice a day")]),
        # A taking verb is the family's own subject.
        ("Take it every day with a glass of water.", [("how-often", "once a day")]),
        # A rate's base, a gerund, a sentence that opens with no verb: no instruction.
        ("How much should I drink each day?", []),
        ("Adding salt to the pot every day does no harm.", []),
        ("Most of the allotment holders water it every day.", []),
        ("Never water the seedlings every day.", []),
    ],
)  # fmt: skip
def test_how_often_to_follow_an_instruction(text: str, expected: list[tuple[str, str]]) -> None:
    assert advice(text) == expected


# Two documents that disagree on how often to do it: the one conflict's subject and message.
@pytest.mark.parametrize(
    ("docs", "subject", "message"),
    [
        pytest.param(
            {
                "leaflet.md": "# Keeping a wormery\n\nFeed the worms once a week with a handful "
                "of peelings.\n",
                "blog.txt": "For the fastest results you need to feed the worms every day, a "
                "little at a time.\n",
            },
            "how-often-feed",
            "How often to feed: once a day vs once a week",
            id="two_periods",
        ),
        # An event and a period.
        pytest.param(
            {
                "README.md": "## Upkeep\n\nRun `tilebake compact` after every import to keep the "
                "archive small.\n",
                "FAQ.txt": "Q: How often should I run compact?\n\nA: Once a week is plenty for "
                "most archives.\n",
            },
            "how-often-compact",
            "How often to compact: after every import vs once a week",
            id="an_event_and_a_period",
        ),
    ],
)
def test_two_documents_disagree_on_how_often_to_do_it(
    tmp_path: Path, docs: dict[str, str], subject: str, message: str
) -> None:
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    (conflict,) = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert conflict["subject"] == subject
    assert conflict["message"] == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How often, said as the event it goes with: the label names the event.
        ("Clean the grinder after every batch of beans.", [("how-often-clean", "after every batch")]),
        ("Rinse the filter after each water change.",
         [("how-often-rinse", "after every water change")]),
        ("Sharpen the chain before every job so it cuts cleanly.",
         [("how-often-sharpen", "before every job")]),
        # A verb that only says to carry out a command: how often to do what the command names.
        ("Run `tilebake compact` after every import.", [("how-often-compact", "after every import")]),
        # What not to do is no advice.
        ("Never oil the hinge after every use.", []),
    ],
)  # fmt: skip
def test_how_often_as_the_event_it_goes_with(text: str, expected: list[tuple[str, str]]) -> None:
    assert advice(text) == expected


def test_the_answer_to_a_how_often_question_says_how_often_to_do_it() -> None:
    faq = (
        "Q: How often should I run compact?\n\n"
        "A: Not after every import; once a month is enough for a small archive.\n"
    )
    assert advice(faq) == [("how-often-compact", "once a month")]
    # No question before it: "once a month is enough" instructs nobody.
    assert advice("Once a month is enough for a small archive.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A default that is a word: a label of the setting, written as code.
        ("The default cache_policy is lru.", [("default-cache-policy", "lru")]),
        ("Default `--format` is now json (was text).", [("default-format", "json")]),
        ("`log.level` defaults to warn.", [("default-log-level", "warn")]),
        ("The default sync_mode is disabled.", [("default-sync-mode", "off")]),
        # A judgement of the default, a word that goes on, a setting in plain words: no value.
        ("The default cache_policy is recommended for most sites.", []),
        ("The default cache_policy is used when none is given.", []),
        ("The default mode is strict.", []),
        # ... unless the value names its setting's family (``extract.behaviour``).
        ("The default policy is lru.", [("default-eviction-policy", "lru")]),
    ],
)
def test_a_default_that_is_a_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert advice(text) == expected


def test_a_changelogs_older_default_in_words_is_history() -> None:
    changelog = (
        "# Changelog\n\n## [4.0.0] - 2026-03-01\n- Default cache_policy is now lfu (was lru).\n\n"
        "## [3.0.0] - 2025-02-01\n- Default cache_policy is now lru.\n"
    )
    drafts = [d for d in draft_claims("log", changelog, WORDS) if d.label]
    assert [(d.value, d.subject.context) for d in drafts] == [
        ("lfu", {}),
        ("lru", {"phase": "previous"}),
    ]


def test_a_newer_release_that_only_mentions_the_feature_leaves_its_default_standing() -> None:
    """A newer release's line that names the feature without saying a default, on or off
    ("now counts compressed values") does not make an older release's default history; one
    that says it is turned on again does."""
    changelog = (
        "# Changelog\n\n## 3.4.1 -- 2026-10-14\n- Memory accounting now counts compressed "
        "values at their compressed size.\n\n## 3.0.0 -- 2024-03-11\n- Compression is now off "
        "by default. Turn it on with `compression = true`.\n"
    )
    drafts = [
        d for d in draft_claims("log", changelog, WORDS) if d.subject.id == "default-compress"
    ]
    assert [(d.value, d.subject.context) for d in drafts] == [("off", {})]
    turned = changelog.replace("counts compressed values at their compressed size", "turns "
                               "compression on by default again")  # fmt: skip
    drafts = [d for d in draft_claims("log", turned, WORDS) if d.subject.id == "default-compress"]
    assert ("off", {"phase": "previous"}) in [(d.value, d.subject.context) for d in drafts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A default its own sentence says was so before a version or time: history.
        ("Encryption is now on by default. Before 2.0, encryption was off by default.",
         [("on", {}), ("off", {"phase": "previous"})]),
        ("Previously, TLS was disabled by default.", [("off", {"phase": "previous"})]),
        # "Before you start" names no version: the default is the current one.
        ("Before you start, note that compression is off by default.", [("off", {})]),
    ],
)  # fmt: skip
def test_a_default_said_as_past_is_history(
    text: str, expected: list[tuple[str, dict[str, str]]]
) -> None:
    drafts = advice_drafts(text)
    assert [(d.value, d.subject.context) for d in drafts] == expected


def test_a_flag_named_alone_meets_the_entry_that_names_its_argument(tmp_path: Path) -> None:
    docs = {
        "README.md": "If you leave out `--out`, files are optimized in place.\n",
        "reference.md": "--out DIR\nDirectory for the optimized files. This option is required."
        "\n\n--cache-dir\nWhere thumbnails go. Optional.\n",
    }
    data, report = extract_and_check(tmp_path, docs)
    values = sorted((c["subject"], c["value"]) for c in data["claims"] if "value" in c and
                    c["subject"].startswith("required-"))  # fmt: skip
    assert values == [("required-cache-dir", "optional"), ("required-out-dir", "optional"),
                      ("required-out-dir", "required")]  # fmt: skip
    subjects = [f["subject"] for f in report["findings"] if f["kind"] == "conflict"]
    assert subjects == ["required-out-dir"]


def _setting_claims(tmp_path: Path, docs: dict[str, str]) -> list[tuple[str, str, object]]:
    """(source file, subject, value) of the setting labels ``extract`` writes for ``docs``."""
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    paths = [str(tmp_path / name) for name in docs]
    assert CliRunner().invoke(main, ["extract", *paths, "-o", str(claims)]).exit_code == 0
    data = yaml.safe_load(claims.read_text(encoding="utf-8"))
    files = {s["id"]: Path(s["path"]).name for s in data["sources"]}
    return sorted((files[c["source"]], c["subject"], c["value"]) for c in data["claims"]
                  if c["subject"].startswith("default-"))  # fmt: skip


def test_a_thing_always_done_is_on_for_the_setting_whose_words_it_says(tmp_path: Path) -> None:
    claims = _setting_claims(tmp_path, {
        "README.md": "CMYK JPEGs are always converted to sRGB so that they display well.\n",
        "reference.md": "--to-srgb\nConvert CMYK images to sRGB. Off by default.\n",
    })  # fmt: skip
    # (PyYAML reads the YAML 1.2 strings on and off as YAML 1.1 booleans.)
    assert claims == [("README.md", "default-to-srgb", True),
                      ("reference.md", "default-to-srgb", False)]  # fmt: skip
    # What is always done for one kind of output names no setting of two words: left out.
    claims = _setting_claims(tmp_path, {
        "FAQ.md": "Compression is enabled by default for every output.\n",
        "reference.md": "compress\nCompression is off by default for HTTP outputs; file outputs "
                        "are always compressed.\n",
    })  # fmt: skip
    assert ("reference.md", "default-compress", True) not in claims
    assert ("FAQ.md", "default-compress", True) in claims


def test_the_next_sentence_saying_what_fails_without_it_is_part_of_the_advice() -> None:
    text = "You must configure a result backend. Workers refuse to start without one.\n"
    # (the need of an action is drafted beside it, ``polarity``: "you must configure...")
    (draft,) = [d for d in draft_claims("doc", text, WORDS) if d.label and _setting(d)]
    assert (draft.subject.id, draft.value) == ("required-backend", "required")
    assert draft.quote.endswith("Workers refuse to start without one")
    text = "You must configure a result backend. Workers start in a second.\n"
    (draft,) = [d for d in draft_claims("doc", text, WORDS) if d.label and _setting(d)]
    assert draft.quote == "You must configure a result backend"


def _setting(draft: Draft) -> bool:
    return draft.subject.id.startswith(("required-", "default-"))


def test_a_setting_named_by_its_word_meets_the_flag_that_cuts_it_short(tmp_path: Path) -> None:
    readme = "If you leave out the repository option, snapback uses a default repository.\n"
    reference = "--repo PATH\nLocation of the repository. This option is required.\n"
    (tmp_path / "README.md").write_text(readme, encoding="utf-8")
    (tmp_path / "reference.md").write_text(reference, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    docs = [str(tmp_path / "README.md"), str(tmp_path / "reference.md")]
    assert CliRunner().invoke(main, ["extract", *docs, "-o", str(claims)]).exit_code == 0
    data = yaml.safe_load(claims.read_text(encoding="utf-8"))
    assert sorted(c["value"] for c in data["claims"] if c["subject"] == "required-repo-path") == [
        "optional", "required"
    ]  # fmt: skip
    # Another word is another setting.
    (tmp_path / "README.md").write_text(readme.replace("repository", "archive"), encoding="utf-8")
    claims = tmp_path / "other.yaml"
    assert CliRunner().invoke(main, ["extract", *docs, "-o", str(claims)]).exit_code == 0
    data = yaml.safe_load(claims.read_text(encoding="utf-8"))
    # (the id says the word, "archive", not the stem grouping keyed it on: names31)
    assert sorted(c["subject"] for c in data["claims"] if c["subject"].startswith("required")) == [
        "required-archive", "required-repo-path"
    ]  # fmt: skip


def test_a_setting_named_by_its_word_cut_short_is_the_same_setting(tmp_path: Path) -> None:
    """ "Auth is optional" and "Authentication is required" say whether one thing is required:
    one subject, one conflict."""
    data, report = extract_and_check(
        tmp_path,
        {
            "README.md": (
                "# larder\n\nAuthentication is required: the server refuses to start unless a "
                "password is set.\n"
            ),
            "FAQ.txt": (
                "Q: Do clients need a password?\n"
                "A: Auth is optional. By default, anyone who can reach the port can connect.\n"
            ),
        },
    )
    required = {c["subject"] for c in data["claims"] if c["subject"].startswith("required-")}
    assert len(required) == 1
    conflicts = [f for f in report["findings"] if f["kind"] == "conflict"]
    assert len(conflicts) == 1

"""Advice in words, by class: the many ways health leaflets, pharmacy guides and blogs say when,
how often, with or without food and by which route to take something, each drafted as the
family's one canonical label, and told apart from the same words that advise nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.common import extract_and_check
from tests.extract.test_advice import advice

#: (phrase, subject, label): "Take it {phrase}." drafts the label.
PHRASINGS = [
    # time of day
    ("before bed", "time-of-day", "evening"),
    ("before bedtime", "time-of-day", "evening"),
    ("an hour before bedtime", "time-of-day", "evening"),
    ("last thing at night", "time-of-day", "evening"),
    ("just before you go to sleep", "time-of-day", "evening"),
    ("before you go to bed", "time-of-day", "evening"),
    ("with your evening meal", "time-of-day", "evening"),
    ("in the late evening", "time-of-day", "evening"),
    ("first thing", "time-of-day", "morning"),
    ("first thing in the morning", "time-of-day", "morning"),
    ("in the early morning", "time-of-day", "morning"),
    ("on waking", "time-of-day", "morning"),
    ("when you get up", "time-of-day", "morning"),
    ("as soon as you wake up", "time-of-day", "morning"),
    ("at the start of the day", "time-of-day", "morning"),
    ("whenever you like", "time-of-day", "any time"),
    ("at whatever time suits you", "time-of-day", "any time"),
    # with or without food
    ("after food", "with-food", "with food"),
    ("with or after food", "with-food", "with food"),
    ("with some food", "with-food", "with food"),
    ("with a light snack", "with-food", "with food"),
    ("at mealtimes", "with-food", "with food"),
    ("during a meal", "with-food", "with food"),
    ("with your main meal", "with-food", "with food"),
    ("with supper", "with-food", "with food"),
    ("on an empty tummy", "with-food", "without food"),
    ("30 minutes before food", "with-food", "without food"),
    ("half an hour before eating", "with-food", "without food"),
    ("at least 1 hour before meals", "with-food", "without food"),
    # a span of time after eating is an empty stomach again
    ("two hours after eating", "with-food", "without food"),
    ("whether or not you have eaten", "with-food", "with or without food"),
    ("regardless of meals", "with-food", "with or without food"),
    # how often
    ("daily", "how-often", "once a day"),
    ("weekly", "how-often", "once a week"),
    ("monthly", "how-often", "once a month"),
    ("fortnightly", "how-often", "every two weeks"),
    ("every two weeks", "how-often", "every two weeks"),
    ("once a fortnight", "how-often", "every two weeks"),
    ("every second day", "how-often", "every other day"),
    ("when required", "how-often", "as needed"),
    ("as necessary", "how-often", "as needed"),
    ("on demand", "how-often", "as needed"),
    ("as and when required", "how-often", "as needed"),
    # route
    ("as a tablet", "route", "by mouth"),
    ("as a liquid", "route", "by mouth"),
    ("as a shot", "route", "injection"),
    ("subcutaneously", "route", "injection"),
    ("as a gel", "route", "on the skin"),
    ("through an inhaler", "route", "inhaled"),
    ("by inhalation", "route", "inhaled"),
]


@pytest.mark.parametrize(("phrase", "subject", "label"), PHRASINGS)
def test_a_phrasing_drafts_its_familys_label(phrase: str, subject: str, label: str) -> None:
    assert (subject, label) in advice(f"Take it {phrase}.")


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # An adjective before a noun, or an amount's base, is no "how often".
        ("A daily dose of 200 mg is typical, taken as one capsule.", "how-often"),
        ("Take 500 mg daily.", "how-often"),
        # A paper's name.
        ("Take it, says The Orchard Weekly.", "how-often"),
        # A condition is not "as needed".
        ("Keep using patches for up to 9 months if needed.", "how-often"),
        # What not to do is no label.
        ("Do not take it after food.", "with-food"),
        ("Never take it before bed.", "time-of-day"),
        # An idiom: no time of day.
        ("At the end of the day, taking it is your choice.", "time-of-day"),
        # Not about taking anything.
        ("Weekly meetings start when you get up to speed.", "time-of-day"),
    ],
)
def test_the_same_words_that_advise_nothing(text: str, unwanted: str) -> None:
    assert unwanted not in {subject for subject, _ in advice(text)}


@pytest.mark.parametrize(
    ("one", "other", "message"),
    [
        ("last thing at night", "first thing", "Time of day to take it: evening vs morning"),
        ("when you get up", "before you go to bed", "Time of day to take it: evening vs morning"),
        ("after food", "on an empty tummy", "With or without food: with food vs without food"),
        ("at mealtimes", "30 minutes before food",
         "With or without food: with food vs without food"),
        ("daily", "every other day", "How often to take it: every other day vs once a day"),
        ("fortnightly", "weekly", "How often to take it: every two weeks vs once a week"),
        ("as a tablet", "as a shot", "How it is taken: by mouth vs injection"),
    ],
)  # fmt: skip
def test_two_leaflets_that_say_it_in_other_words_disagree(
    tmp_path: Path, one: str, other: str, message: str
) -> None:
    docs = {
        "leaflet.md": f"# How to use it\n\nTake one capsule {one}.\n",
        "blog.txt": f"My advice: take it {other}, it works better for me that way.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == [message]


def test_the_same_advice_in_other_words_agrees(tmp_path: Path) -> None:
    docs = {
        "leaflet.md": "# How to use it\n\nTake one capsule daily, last thing at night, after "
        "food.\n",
        "blog.txt": "Take it once a day at bedtime with a light snack.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert not [f for f in report["findings"] if f["kind"] == "conflict"]
    said = {(c["subject"], c["value"]["text"]) for c in report["claims"]}
    assert {("how-often", "once a day"), ("time-of-day", "evening"),
            ("with-food", "with food")} <= said  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keep it in the fridge.", [("storage", "refrigerated")]),
        ("Insulin pens must be kept refrigerated.", [("storage", "refrigerated")]),
        ("Store the drops in a refrigerator.", [("storage", "refrigerated")]),
        ("Store at room temperature.", [("storage", "not refrigerated")]),
        ("Store in a cool, dry place.", [("storage", "not refrigerated")]),
        ("This product does not need refrigeration.", [("storage", "not refrigerated")]),
        ("Do not refrigerate.", [("storage", "not refrigerated")]),
        ("Do not store it in the fridge.", [("storage", "not refrigerated")]),
        # Said not to do, or no storing at all: none.
        ("Never store it at room temperature.", []),
        ("Let it warm to room temperature before you use it.", []),
        # Warming it is no way to store it: the fridge is.
        (
            "Let it come to room temperature, and store the rest in the fridge.",
            [("storage", "refrigerated")],
        ),
        ("The fridge is a good place for leftovers.", []),
        ("Swallow the tablets whole.", [("swallow", "whole")]),
        ("Do not chew or crush the tablets.", [("swallow", "whole")]),
        ("The tablets can be crushed and mixed with food.", [("swallow", "chewed or crushed")]),
        ("Chew the tablet before swallowing.", [("swallow", "chewed or crushed")]),
        # A product's form, or no dose named: none.
        ("Chewable tablets are available.", []),
        ("Do not crush them.", []),
    ],
)
def test_where_to_store_it_and_how_to_swallow_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert advice(text) == expected


def test_storage_once_opened_is_not_compared_with_storage_in_general(tmp_path: Path) -> None:
    docs = {
        "leaflet.md": "# Storage\n\nStore unopened packs at room temperature. Once opened, keep "
        "the bottle in the fridge.\n",
        "pharmacy.txt": "Keep the bottle in the fridge.\n",
        "blog.txt": "Store it at room temperature.\n",
    }
    data, report = extract_and_check(tmp_path, docs, exit_code=1)
    stored = sorted(
        (c["source"], c["value"], c.get("context", {}).get("condition", ""))
        for c in data["claims"]
        if c["subject"] == "storage"
    )
    assert stored == [
        ("blog", "not refrigerated", ""),
        ("leaflet", "not refrigerated", "unopened"),
        ("leaflet", "refrigerated", "opened"),
        ("pharmacy", "refrigerated", ""),
    ]
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Where to store it: not refrigerated vs refrigerated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Compression is enabled out of the box.", ("default-compress", "on")),
        ("Compression is on out of the box.", ("default-compress", "on")),
        ("Compression ships disabled.", ("default-compress", "off")),
        ("Telemetry ships enabled.", ("default-telemetri", "on")),
        ("Compression is opt-in.", ("default-compress", "off")),
        ("Telemetry is opt-out.", ("default-telemetri", "on")),
        ("Compression is not enabled by default.", ("default-compress", "off")),
        ("Caching is switched on by default.", ("default-cach", "on")),
        ("Caching is active by default.", ("default-cach", "on")),
        ("`region` must be specified.", ("required-region", "required")),
        ("`region` needs to be set.", ("required-region", "required")),
        ("`region` is a required field.", ("required-region", "required")),
        ("`region` is an optional field.", ("required-region", "optional")),
        ("`region` may be omitted.", ("required-region", "optional")),
        ("`region` can be left empty.", ("required-region", "optional")),
        ("The `api_key` setting is not needed.", ("required-api-key", "optional")),
        ("You can omit `region`.", ("required-region", "optional")),
        ("You do not need to set `api_key`.", ("required-api-key", "optional")),
        # a reference entry that opens with the word before what the setting holds
        (
            "--config PATH\n    Optional path to a configuration file.",
            ("required-config-path", "optional"),
        ),
        ("`--tags`\n\nOptional list of tags for the run.", ("required-tags", "optional")),
        ("`--token`\n\nRequired token for the API.", ("required-token", "required")),
        ("`--name`\n\nOptional name for the job.", ("required-name", "optional")),
        # an option the reader is told to pass, written as code
        ("You must pass --config with the path to your file.", ("required-config", "required")),
        ("You must pass `--token`.", ("required-token", "required")),
        ("You need to pass --region on every call.", ("required-region", "required")),
    ],
)
def test_a_settings_default_and_need_in_the_words_docs_use(
    text: str, expected: tuple[str, str]
) -> None:
    assert advice(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The order ships on Monday.",  # a delivery, no setting
        "The light comes on at dusk.",
        "If you use TLS, you can omit `ca_file`.",  # under a condition said before it
        "If you use TLS, you must pass --cert with the file.",
        "You must pass --jobs 4 on CI.",  # a value, not whether the option is needed
        "Optional extras are sold separately.",
    ],
)
def test_words_of_shipping_and_omitting_that_say_no_default(text: str) -> None:
    assert advice(text) == []


def test_two_docs_that_say_a_default_in_other_words_disagree(tmp_path: Path) -> None:
    docs = {
        "README.md": "# Options\n\nCompression is enabled out of the box.\n",
        "CHANGELOG.md": "# 2.0\n\nCompression is now opt-in.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    messages = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert messages == ["Default of Compression: off vs on"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talk to your doctor before taking it.", [("see-a-doctor-first", "see one first")]),
        ("Check with your GP first.", [("see-a-doctor-first", "see one first")]),
        ("Ask a pharmacist before you start.", [("see-a-doctor-first", "see one first")]),
        (
            "You do not need to see a doctor before starting it.",
            [("see-a-doctor-first", "no need")],
        ),
        ("There is no need to see a doctor first.", [("see-a-doctor-first", "no need")]),
        # What to do if something happens is no step before starting.
        ("Speak to your pharmacist if it persists.", []),
        ("It is available over the counter.", [("prescription", "over the counter")]),
        (
            "You can buy it over the counter at any pharmacy.",
            [("prescription", "over the counter")],
        ),
        ("It is available without a prescription.", [("prescription", "over the counter")]),
        ("You need a prescription for it.", [("prescription", "prescription only")]),
        ("It is prescription-only in the UK.", [("prescription", "prescription only")]),
        # Other medicines named by how they are sold: none.
        ("Over-the-counter painkillers such as paracetamol are fine.", []),
        ("It interacts with prescription drugs.", []),
        ("Some people need a prescription treatment.", []),
    ],
)
def test_whether_to_see_a_doctor_first_and_whether_it_needs_a_prescription(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert advice(text) == expected


def test_asking_a_doctor_first_in_pregnancy_is_for_pregnancy(tmp_path: Path) -> None:
    docs = {
        "leaflet.md": "# Before you start\n\nIf you are pregnant, ask your doctor before taking "
        "it.\n",
        "blog.txt": "There is no need to see a doctor first.\n",
    }
    data, report = extract_and_check(tmp_path, docs)
    first = [c for c in data["claims"] if c["subject"] == "see-a-doctor-first"]
    assert sorted((c["value"], c.get("context", {})) for c in first) == [
        ("no need", {}),
        ("see one first", {"population": "pregnancy"}),
    ]
    assert not [f for f in report["findings"] if f["kind"] == "conflict"]

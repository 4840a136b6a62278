"""Disagreements whose one side was never drafted, by the kind of statement that side is
(``extract.facts``, ``extract.polarity``, ``extract.advice``): whether a thing was accessed
("No full card numbers were accessed" vs "obtained the card numbers of around 40,000
customers") or harmed ("No homes were damaged" vs "the fire destroyed homes"); advice told to readers in the passive ("Drivers are advised to use the ring road")
and advice to avoid a thing ("Drivers should avoid the ring road"); an aside of contrast (", though,")
inside advice; a setting with no default (required); a reference entry that opens "Off unless
enabled"; an entry's "Default: X" among choices with none; and a feature off unless the reader
sets it by its full name. Written from general English of news, health, travel and software docs,
with look-alikes that must stay apart: hedges, questions, conditions, denied reports, other
objects, values of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.text.tables import Tables, page_text
from tests.common import conflicting_values, extract_and_check
from tests.extract.test_advice import advice
from tests.extract.test_advice_need import verdict
from tests.extract.test_facts import _disagree, _fact

#: Facts of access that disagree: a thing reached (obtained, stolen, leaked, exposed...) or not.
ACCESS_DISAGREE = [
    (
        "No full card numbers were accessed.",
        "Hackers obtained the full card numbers of around 40,000 customers.",
    ),
    ("No passwords were stolen.", "The attackers stole customer passwords."),
    ("Customer passwords were not accessed.", "Hackers accessed customer passwords."),
    ("No customer data was leaked.", "The gang leaked customer data of 2,000 users."),
    ("No medical records were exposed.", "The breach exposed medical records of patients."),
    ("Payment details were not compromised.", "The intruders copied payment details."),
    ("No email addresses were downloaded.", "The attackers downloaded email addresses."),
    # harm done or none, the same way
    ("No homes were damaged.", "The fire destroyed homes in the village."),
    ("No passers-by were hurt.", "The blast injured passers-by."),
    ("No flights were affected.", "The strike disrupted flights at the airport."),
    ("Trains were not affected by the storm.", "The storm disrupted trains."),
]
#: Look-alikes: another thing, a hedge, a condition, a figure that is the claim, a report.
ACCESS_APART = [
    ("No passwords were stolen.", "The attackers stole payment card numbers."),
    ("No card numbers were accessed.", "Hackers may have accessed card numbers."),
    ("No card numbers were accessed.", "If hackers accessed card numbers, banks will call you."),
    ("No card numbers were accessed.", "Hackers obtained 40,000 card numbers."),
    ("No card numbers were accessed.", "Some claim that hackers obtained card numbers."),
    ("No stores were closed.", "The firm closed the stores of 40 towns."),
    ("No homes were damaged.", "The fire damaged the school."),
    ("No one was hurt.", "Two people were injured."),
]

#: Advice pairs that give one action opposite stances.
ADVICE_DISAGREE = [
    # told in the passive
    ("Drivers are advised to use the ring road.", "Drivers should not use the ring road."),
    (
        "Customers are being urged to change their passwords.",
        "Customers do not need to change their passwords.",
    ),
    ("Residents were told not to drink the tap water.", "It is safe to drink the tap water."),
    (
        "Passengers are asked to check in online before travelling.",
        "There's no need to check in online before travelling.",
    ),
    ("Parents are encouraged to vaccinate their children.", "Never vaccinate your children."),
    (
        "All Quillmart customers are being urged to reset their passwords.",
        "Customers needn't reset their passwords.",
    ),
    # advice to avoid a thing: against it
    (
        "Drivers should avoid the ring road, which is already congested.",
        "Drivers are advised to use the ring road.",
    ),
    ("Avoid the ring road.", "Use the ring road."),
    (
        "You should steer clear of the cliff path after rain.",
        "Walkers are encouraged to use the cliff path after rain.",
    ),
    (
        "Walkers should stay away from the quarry edge.",
        "You can walk along the quarry edge.",
    ),
    # an aside of contrast inside advice
    (
        "On overcast days, though, you can skip sunscreen and just wear a hat.",
        "Wear sunscreen on overcast days.",
    ),
    (
        "At weekends, however, you don't need to set an alarm.",
        "At weekends, you must set an alarm.",
    ),
    # a change: no longer needed, now or since a release
    (
        "Since 2.0, you no longer have to pass --confirm to prune.",
        "You must pass --confirm to prune.",
    ),
    (
        "As of version 3, you no longer need to restart the agent after editing its config.",
        "You must restart the agent after editing its config.",
    ),
    ("You no longer need to book a slot at the tip.", "You must book a slot at the tip."),
    ("Visitors no longer need to book a slot.", "Visitors must book a slot."),
    # people by age, health or kind who need no thing
    (
        "Healthy adults do not need daily electrolyte supplements.",
        "Everyone should take daily electrolyte supplements.",
    ),
    ("Dogs do not need a winter coat.", "Always put a winter coat on your dog."),
]
#: Look-alikes: a denied or doubted report, a question, a condition, another thing.
ADVICE_APART = [
    ("Not all drivers are advised to use the ring road.", "Drivers should not use the ring road."),
    ("Some drivers are told to use the ring road.", "Drivers should not use the ring road."),
    (
        "If drivers are told to use the ring road, they will.",
        "Drivers should not use the ring road.",
    ),
    (
        "Are customers being advised to change their passwords?",
        "Customers do not need to change their passwords.",
    ),
    (
        "Nobody is being told to change their passwords.",
        "Customers do not need to change their passwords.",
    ),
    ("Avoid the ring road.", "Use the northern bypass."),
    ("Drivers should avoid the ring road.", "Drivers should avoid the ring road at rush hour."),
    ("You no longer need to book a slot at the tip.", "You must book a table at the cafe."),
    (
        "Healthy adults do not need daily electrolyte supplements.",
        "Athletes should take electrolyte tablets during long races.",
    ),
    (
        "Do healthy adults need daily electrolyte supplements?",
        "Everyone should take daily electrolyte supplements.",
    ),
    (
        "Some say healthy adults do not need daily electrolyte supplements.",
        "Everyone should take daily electrolyte supplements.",
    ),
    (
        "In older versions, you had to pass --confirm to prune.",
        "You no longer need to pass --confirm to prune.",
    ),
]

#: Whether changes apply without a restart, said with a need denied.
RESTART_DISAGREE = [
    (
        "You don't need to restart the server after editing the config.",
        "You must restart the server after editing the config.",
    ),
    (
        "You no longer have to restart the daemon after changing the configuration.",
        "Restart the daemon after changing the configuration.",
    ),
]

#: (text, subject, label) of settings said in other words.
SETTINGS = [
    (
        "--env\nrequired\nThe environment to migrate: development, staging or production. "
        "There is no default.",
        "required-env",
        "required",
    ),
    ("The `--env` flag has no default.", "required-env", "required"),
    ("region\nThe cloud region to deploy to. No default.", "required-region", "required"),
    (
        "compression\nCompress large values in memory. Off unless enabled; turning it on costs CPU.",
        "default-compression",
        "off",
    ),
    ("--verify\nOn unless disabled.", "default-verify", "on"),
    ("telemetry\nDisabled unless you set it.", "default-telemetry", "off"),
    (
        # A reference table's row: the type cell ("string") is no setting's name.
        "<table><tr><th>Setting</th><th>Type</th><th>Description</th></tr>"
        "<tr><td>output.compression</td><td>string</td><td>Body compression for HTTP outputs, "
        "gzip or none. Default: gzip.</td></tr></table>",
        "default-output-compression",
        "on",
    ),
    ("--codec\nnone or zstd. Default: none.", "default-codec", "off"),
    ("--codec\nThe codec, none or zstd. Default: zstd.", "default-codec", "on"),
    (
        "Compression is off unless you set output.compression to gzip.",
        "default-output-compression",
        "off",
    ),
    ("Colour is off unless you set `ui.colour` to always.", "default-ui-colour", "off"),
    # A default choice among named values is the setting's label (behaviour19).
    ("eviction_policy\nEither lru or lfu. Default: lru.", "default-eviction-policy", "lru"),
]
#: Words that say no such setting: a condition, what happens without it, a value of its own.
NO_SETTING = [
    "--proxy URL\nThe proxy to use. There is no default; no proxy is used.",
    "If you use TLS, there is no default.",
    "--theme\nThe colour theme. There is no default theme, so pick one.",
    "The casino default.",
    "Off unless you like it.",
]


@pytest.mark.parametrize(("a", "b"), ACCESS_DISAGREE)
def test_facts_of_access_disagree(a: str, b: str) -> None:
    assert _disagree(a, b)
    assert _disagree(b, a)


@pytest.mark.parametrize(("a", "b"), ACCESS_APART)
def test_facts_of_access_kept_apart(a: str, b: str) -> None:
    assert not _disagree(a, b)


def test_a_figure_of_owners_stays_in_the_quote() -> None:
    sentence = "Hackers obtained the full card numbers of around 40,000 customers, police said."
    fact = _fact(sentence)
    assert fact is not None and fact.label == "yes"
    assert "40,000 customers" in sentence[slice(*fact.quote)]


@pytest.mark.parametrize(("a", "b"), RESTART_DISAGREE)
def test_a_restart_not_needed_is_a_reload(a: str, b: str) -> None:
    fact = _fact(a)
    assert fact is not None and (fact.predicate, fact.label) == ("reload", "yes")
    assert _disagree(a, b)


@pytest.mark.parametrize(("a", "b"), ADVICE_DISAGREE)
def test_advice_in_other_forms_disagrees(a: str, b: str) -> None:
    assert verdict(a, b) == "conflict"


@pytest.mark.parametrize(("a", "b"), ADVICE_APART)
def test_advice_look_alikes_do_not(a: str, b: str) -> None:
    assert verdict(a, b) != "conflict"


@pytest.mark.parametrize(("text", "subject", "label"), SETTINGS)
def test_settings_said_in_other_words(text: str, subject: str, label: str) -> None:
    assert (subject, label) in advice(*_read(text))


def _read(document: str) -> tuple[str, Tables | None]:
    """A case's document as extract reads it: an HTML page with its tables, or plain text."""
    return page_text(document) if document.startswith("<") else (document, None)


@pytest.mark.parametrize("text", NO_SETTING)
def test_words_that_say_no_setting(text: str) -> None:
    said = [(s, v) for s, v in advice(text) if s.startswith(("required-", "default-"))]
    assert said == []


def test_tables_are_large_enough() -> None:
    cases = ACCESS_DISAGREE + ACCESS_APART + ADVICE_DISAGREE + ADVICE_APART + RESTART_DISAGREE
    assert len(cases) + len(SETTINGS) + len(NO_SETTING) >= 40


def test_a_reference_and_a_faq_disagree_on_a_default(tmp_path: Path) -> None:
    docs = {
        "reference.md": "# Output\n\noutput.compression\nBody compression for HTTP outputs, "
        "gzip or none. Default: gzip.\n",
        "FAQ.txt": "Q: Is compression on?\nA: Compression is off unless you set "
        "output.compression to gzip.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert conflicting_values(report) == [("off", "on")]


def test_a_reference_without_a_default_and_a_faq_disagree(tmp_path: Path) -> None:
    docs = {
        "reference.md": "# Options\n\n--env\nThe environment to migrate. There is no default.\n",
        "FAQ.txt": "--env is optional and defaults to development.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert conflicting_values(report) == [("optional", "required")]

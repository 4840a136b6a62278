"""Permission against prohibition of one action (``factcheck.extract.polarity``,
``subjects.actions``): the ways health leaflets, guides, news and software docs say an action is
allowed ("you can", "it's OK to", "won't do any harm", "is permitted") or ruled out ("you must
never", "refrain from", "is not allowed", "take your lenses out before any sleep"), written from
general usage, not from any corpus; words of one meaning in general English ("nap", "doze",
"sleep") meet; and the same words where nothing is advised."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.polarity import ACTION
from factcheck.extract.subjects.actions import action_key
from tests.common import WORDS, extract_and_check


def stances(text: str) -> list[tuple[str, frozenset[str]]]:
    """(label, key words) of each piece of advice for or against an action in ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(str(d.value), frozenset(d.subject.keywords)) for d in drafts
            if d.label and d.subject.family == ACTION]  # fmt: skip


def keys(said: str) -> frozenset[str]:
    return frozenset(action_key(word) for word in said.split())


#: (sentence, label, words its action is matched on, at least).
PHRASINGS = [
    # permission
    ("You can shower straight after a cold swim.", "do", "shower cold swim"),
    ("You may drink coffee while you are breastfeeding.", "do", "drink coffee"),
    ("It's OK to nap in daily lenses.", "do", "sleep lenses"),
    ("It is acceptable to freeze cooked rice once.", "do", "freeze cooked rice"),
    ("It's perfectly safe to swim after eating.", "do", "swim eating"),
    ("There is nothing wrong with feeding bread to ducks.", "do", "feeding bread ducks"),
    ("There's nothing wrong with a later bedtime at weekends.", "do", "later bedtime"),
    ("Feeding bread to ducks won't do any harm.", "do", "feeding bread ducks"),
    ("A short nap in daily lenses won't do any harm.", "do", "sleep lenses"),
    ("Rinsing the sponge under the tap will not do any harm.", "do", "rinsing sponge tap"),
    ("Swimming in the lake is allowed.", "do", "swimming lake"),
    ("Cycling on the towpath is permitted.", "do", "cycling towpath"),
    ("Using tap water to rinse the case is acceptable.", "do", "tap water rinse case"),
    ("Drinking a little alcohol with ibuprofen is OK.", "do", "drinking alcohol ibuprofen"),
    ("Feel free to add coffee grounds to the compost.", "do", "add coffee grounds compost"),
    ("You are allowed to stay and defend your home.", "do", "stay defend home"),
    ("You're welcome to bring your own food into the park.", "do", "bring food park"),
    ("Go ahead and prune the roses in autumn.", "do", "prune roses autumn"),
    ("A glass of wine with ibuprofen won't hurt.", "do", "glass wine ibuprofen"),
    ("Sleeping in your lenses is safe for one night.", "do", "sleeping lenses"),
    ("There's no harm in dozing off in your lenses.", "do", "sleep lenses"),
    ("Snoozing in extended-wear lenses is fine.", "do", "sleep lenses"),
    # prohibition
    ("Never sleep in your lenses.", "do not", "sleep lenses"),
    ("You must never sleep in your contact lenses.", "do not", "sleep contact lenses"),
    ("You must not swim in your lenses.", "do not", "swim lenses"),
    ("Do not ever nap in your lenses.", "do not", "sleep lenses"),
    ("Refrain from drinking alcohol while taking ibuprofen.", "do not", "drinking alcohol"),
    ("Steer clear of tap water when you rinse the case.", "do not", "tap water"),
    ("It is not advisable to swim straight after eating.", "do not", "swim eating"),
    ("Swimming straight after eating is not advisable.", "do not", "swimming eating"),
    ("Rinsing the case with tap water is not allowed.", "do not", "rinsing case tap water"),
    ("Cycling on the towpath is not permitted.", "do not", "cycling towpath"),
    ("Sleeping in contact lenses is never a good idea.", "do not", "sleeping contact lenses"),
    ("Napping in lenses is a bad idea.", "do not", "sleep lenses"),
    ("Feeding bread to the ducks is forbidden.", "do not", "feeding bread ducks"),
    ("Swimming in the quarry is prohibited.", "do not", "swimming quarry"),
    ("Dozing in your lenses should be avoided.", "do not", "sleep lenses"),
    ("You're not supposed to shower in your lenses.", "do not", "shower lenses"),
    ("You shouldn't nap with your lenses in.", "do not", "sleep lenses"),
    ("It is never safe to leave cooked rice out overnight.", "do not", "leave cooked rice"),
    # taking a thing off or out before an activity: not doing it with the thing on or in
    ("Take your lenses out before any sleep, even a short nap.", "do not", "sleep lenses"),
    ("Remove your lenses before swimming.", "do not", "swimming lenses"),
    ("Take off your rings before kneading dough.", "do not", "kneading dough rings"),
    ("Take your watch off before you shower.", "do not", "shower watch"),
    ("Always take your shoes off before entering the house.", "do not", "entering house shoes"),
    ("Remove the batteries before storing the torch.", "do not", "storing torch batteries"),
]


@pytest.mark.parametrize(("text", "label", "said"), PHRASINGS)
def test_permission_and_prohibition(text: str, label: str, said: str) -> None:
    found = stances(text)
    assert [value for value, _ in found] == [label]
    assert keys(said) <= found[0][1]


#: The same words where nothing is advised: a question, a statement of what one may see or
#: find, history, "whether", a particular thing's state, too few words.
NONE = [
    "Can I sleep in my lenses?",
    "Is it OK to nap in lenses?",
    "You can see the results in the log.",
    "You can find the settings under Preferences.",
    "You may notice some redness at first.",
    "You can expect delays on the line tonight.",
    "Until 2019, cycling on the towpath was not permitted.",
    "She asked whether sleeping in lenses is allowed.",
    "Whether napping in lenses is safe depends on the lens.",
    "The lid is OK.",
    "Pets are allowed.",
    "It does no harm to ask.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_stance(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # out of a place, no thing worn; no action after "before" (a clause with its subject)
        "Take the chicken out of the fridge before cooking.",
        "Take your time before you decide.",
        "Take the rubbish out before the lorry comes.",
    ],
)
def test_taking_out_that_rules_nothing_out(text: str) -> None:
    assert "do not" not in [value for value, _ in stances(text)]


@pytest.mark.parametrize(
    ("one", "other"),
    [("nap", "sleep"), ("dozing", "sleeping"), ("snooze", "sleep"), ("overcast", "cloudy"),
     ("infants", "babies"), ("kids", "children")],
)  # fmt: skip
def test_words_of_one_meaning_meet(one: str, other: str) -> None:
    assert action_key(one) == action_key(other)


def test_a_nap_allowed_and_sleep_ruled_out_disagree(tmp_path: Path) -> None:
    docs = {
        "leaflet.md": "# Lens care\n\nTake your lenses out before any sleep, even a short nap "
        "on the sofa.\n",
        "column.md": "# Myths\n\nA short nap in daily lenses won't do any harm.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = [f for f in report["findings"]
                 if f["kind"] == "conflict" and f["subject"].startswith("advice-")]  # fmt: skip
    assert len(conflicts) == 1
    assert conflicts[0]["message"].endswith("do vs do not")


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        # whose judgement it is: advice in general
        ("A short nap in daily lenses won't do any harm, in my experience.", None),
        ("In my opinion, a short nap in daily lenses is fine.", None),
        # the writer's own habit
        ("I nap in my daily lenses and it does no harm.", "personal"),
    ],
)
def test_a_judgement_in_the_first_person_is_general_advice(text: str, basis: str | None) -> None:
    (draft,) = [d for d in draft_claims("doc", text, WORDS) if d.subject.family == ACTION]
    assert draft.subject.context.get("basis") == basis

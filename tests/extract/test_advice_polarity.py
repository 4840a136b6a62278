"""Tests for advice for or against an action (factcheck.extract.polarity, grouping.actions):
"never do X" in one document and "X is fine" in another are one subject and a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.polarity import ACTION
from factcheck.extract.subjects.actions import action_key, action_words
from tests.common import WORDS, extract_and_check, run_factcheck


def stances(text: str) -> list[tuple[str, str]]:
    """(label, quote) of every piece of advice for or against an action drafted from ``text``."""
    drafts = draft_claims("doc", text, WORDS)
    return [(d.value, d.quote) for d in drafts if d.label and d.subject.family == ACTION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Never feed bread to the ducks at the pond.",
         [("do not", "Never feed bread to the ducks at the pond.")]),
        # Told there is no need: do not. Told it may be skipped: do not, of what is skipped.
        ("There is no need to cycle off creatine.",
         [("do not", "There is no need to cycle off creatine.")]),
        ("You don't need to rinse the filter sponge.",
         [("do not", "You don't need to rinse the filter sponge.")]),
        ("You can skip the evening feed of flakes.",
         [("do not", "You can skip the evening feed of flakes.")]),
        ("There is no need to panic.", []),
        # "Please" before advice changes nothing.
        ("Please keep the same bedtime every night, including weekends.",
         [("do", "keep the same bedtime every night, including weekends.")]),
        ("Please don't feed the ducks bread.", [("do not", "don't feed the ducks bread.")]),
        ("Pleased the crowd with a song.", []),
        # What a coach has the people they advise do.
        ("I have my athletes drink a protein shake after training.",
         [("do", "I have my athletes drink a protein shake after training.")]),
        ("We tell our clients to rinse the filter sponge.",
         [("do", "We tell our clients to rinse the filter sponge.")]),
        ("I have my doubts about protein shakes.", []),
        ("Don't water the orchids with cold tap water.",
         [("do not", "Don't water the orchids with cold tap water.")]),
        # The reason after "because" is not part of the action.
        ("Avoid salting the pasta water early, because it pits the pan.",
         [("do not", "Avoid salting the pasta water early")]),
        ("We don't recommend pruning roses in autumn.",
         [("do not", "We don't recommend pruning roses in autumn.")]),
        ("Pruning roses in autumn is not recommended.",
         [("do not", "Pruning roses in autumn is not recommended.")]),
        ("Always wear gloves when handling raw chillies.", [("do", "Always wear gloves")]),
        ("Just freeze the leftover stock in ice cube trays.",
         [("do", "Just freeze the leftover stock in ice cube trays.")]),
        ("Feeding bread to ducks does no harm.", [("do", "Feeding bread to ducks does no harm.")]),
        ("Our vet said that a little tap water is fine for orchids.",
         [("do", "a little tap water is fine for orchids.")]),
        ("It is fine to freeze cooked rice for a month.",
         [("do", "It is fine to freeze cooked rice for a month.")]),
        ("It is best to avoid pruning roses in autumn.",
         [("do not", "It is best to avoid pruning roses in autumn.")]),
        ("Leaving cooked rice out overnight is dangerous.",
         [("do not", "Leaving cooked rice out overnight is dangerous.")]),
        ("Pruning roses in autumn should be avoided.",
         [("do not", "Pruning roses in autumn should be avoided.")]),
        ("Make sure you rinse the rice before cooking.",
         [("do", "Make sure you rinse the rice before cooking.")]),
        ("There is no harm in rinsing the rice before cooking.",
         [("do", "There is no harm in rinsing the rice before cooking.")]),
        ("Iron tablets can be taken with tea.", [("do", "Iron tablets can be taken with tea.")]),
        ("Iron tablets should not be taken with tea.",
         [("do not", "Iron tablets should not be taken with tea.")]),
        # A permission: what the reader may choose to do.
        ("Residents with a fire plan can choose to stay and defend their homes.",
         [("do", "can choose to stay and defend their homes.")]),
        ("You are free to swim in the lake at dawn.",
         [("do", "You are free to swim in the lake at dawn.")]),
        ("Back then residents could choose to stay and defend their homes.", []),
        # An instruction without an advice word: a verb opening the sentence, its object after.
        ("Sharpen the blades before each season.",
         [("do", "Sharpen the blades before each season.")]),
        # ... a verb and the state to do it in.
        ("Swim fasted.", [("do", "Swim fasted.")]),
        # ... a verb of motion, how and where to, then the object.
        ("Jump straight into a hot shower afterwards - it warms you up.",
         [("do", "Jump straight into a hot shower afterwards")]),
    ],
)  # fmt: skip
def test_advice_for_or_against_an_action(text: str, expected: list[tuple[str, str]]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If you sleep badly, never drink coffee after lunch.",
        "Never drink coffee after lunch if you sleep badly.",
    ],
)
def test_advice_under_a_condition_is_a_special_case(text: str) -> None:
    (draft,) = [d for d in draft_claims("doc", text, WORDS) if d.subject.family == ACTION]
    assert draft.value == "do not"
    assert draft.quote.lower().startswith("never drink coffee after lunch")
    assert draft.subject.context == {"condition": "you sleep badly"}


@pytest.mark.parametrize(
    "text",
    [
        # Words that turn the advice round.
        "Don't forget to label the freezer bags.",
        "Don't be afraid of pruning hard.",
        "Don't get discouraged by a slow first month of cold swims.",
        "Don't get me wrong: hot showers after swims feel lovely.",
        # A double negative reads either way.
        "Never store bread without a paper bag.",
        "Do not start a new diet unless your doctor agrees.",
        # Reported advice, and a question.
        "My neighbour told me to avoid pruning roses in autumn.",
        "Is it fine to freeze cooked rice twice?",
        # An amount or a time judged, not an action.
        "Twice a day is fine.",
        "Ten minutes of sun is fine for most people.",
        # Too few words to name an action.
        "Never again.",
        # A noun or a verb with its subject, a preposition, not an instruction.
        "Photos from a phone carry a location.",
        "Across the country, councils collect food waste weekly.",
        # How a particular thing is, not advice.
        # A noun and where it is: no verb of motion before "in".
        "Food in your stomach just pulls blood to your gut.",
        "The battery is fine.",
        "My knee is fine after a long run.",
    ],
)
def test_no_stance(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("one", "other"),
    [("pruning", "prune"), ("babies", "baby"), ("sponges", "sponge"), ("rinsing", "rinse")],
)
def test_forms_of_a_word_meet(one: str, other: str) -> None:
    assert action_key(one) == action_key(other)


def test_an_option_is_one_word() -> None:
    assert action_words("run with --strip-metadata on `public` sites") == [
        "run", "with", "--strip-metadata", "on", "public", "sites"
    ]  # fmt: skip


def _advice_conflicts(report: dict) -> list[dict]:  # type: ignore[type-arg]
    return [
        f
        for f in report["findings"]
        if f["kind"] == "conflict" and f["subject"].startswith("advice-")
    ]


def test_opposite_advice_about_one_action_is_a_conflict(tmp_path: Path) -> None:
    data, report = extract_and_check(
        tmp_path,
        {
            "leaflet.md": "# Feeding ducks\n\nNever feed white bread to ducks at the park.\n",
            "blog.txt": "Honestly, a few crusts of white bread fed to ducks does no harm.\n",
        },
    )
    subjects = {s["id"]: s for s in data["subjects"] if s["id"].startswith("advice-")}
    assert list(subjects) == ["advice-white-bread-ducks"]
    subject = subjects["advice-white-bread-ducks"]
    assert subject["kind"] == "label"
    assert subject["label"] == "Feed white bread to ducks at the park"
    values = {c["source"]: c["value"] for c in data["claims"] if c["subject"] in subjects}
    assert sorted(values.values()) == ["do", "do not"]
    (conflict,) = _advice_conflicts(report)
    assert conflict["message"] == "Feed white bread to ducks at the park: do vs do not"


@pytest.mark.parametrize(
    ("docs", "message"),
    [
        # "pruning" meets "prune"; an instruction without an advice word meets advice against.
        ({"a.md": "It is best to avoid pruning roses in autumn.\n",
          "b.txt": "Prune the roses in autumn, once the leaves have fallen.\n"},
         "Prune the roses in autumn, once the leaves have fallen: do vs do not"),
        ({"a.md": "Leave now. Do not stay to defend your property.\n",
          "b.txt": "Residents with a fire plan can choose to stay and defend their homes.\n"},
         "Stay to defend your property: do vs do not"),
        # "jump into" says what "take" does; when (straight, afterwards) names no action.
        ({"a.md": "Do not take a hot shower straight after a cold swim.\n",
          "b.txt": "Jump straight into a hot shower afterwards - it warms you up.\n"},
         "Take a hot shower straight after a cold swim: do vs do not"),
        # "get into" a place is an action after "never" ("don't get discouraged" is none).
        ({"a.md": "Never get into a hot shower straight after a cold swim.\n",
          "b.txt": "Jump straight into a hot shower after a cold swim.\n"},
         "Get into a hot shower straight after a cold swim: do vs do not"),
        # "on an empty stomach" says "fasted".
        ({"a.md": "Don't swim on an empty stomach; have a light snack first.\n",
          "b.txt": "Swim fasted. Food just pulls blood to your gut.\n"},
         "Swim on an empty stomach: do vs do not"),
        # A verb with its particle is an action ("cycle off"); a coach's advice to the people
        # they coach is advice, not the writer's own experience.
        ({"a.md": "There is no need to cycle off creatine.\n",
          "b.txt": "I have my athletes cycle off for four weeks after every three months on.\n"},
         "Cycle off creatine: do vs do not"),
        ({"a.md": "Leaving cooked rice out overnight is dangerous.\n",
          "b.txt": "Most cooks agreed that cooked rice left out overnight is fine.\n"},
         "Leaving cooked rice out overnight: do vs do not"),
    ],
)  # fmt: skip
def test_other_forms_of_advice_conflict(tmp_path: Path, docs: dict[str, str], message: str) -> None:
    _, report = extract_and_check(tmp_path, docs)
    (conflict,) = _advice_conflicts(report)
    assert conflict["message"] == message


def test_instruction_without_advice_word_needs_every_key_word(tmp_path: Path) -> None:
    # "Run `tidy compact` on the live index" and "Don't compact the live index" ...
    _, report = extract_and_check(
        tmp_path,
        {
            "readme.md": "Run `tidy compact` on the live index so it stays small.\n",
            "faq.txt": "Don't compact the live index; copy it first.\n",
        },
    )
    (conflict,) = _advice_conflicts(report)
    assert conflict["message"].endswith(": do vs do not")
    # ...but an instruction sharing two words with advice about something more is not about it.
    _, report = extract_and_check(
        tmp_path,
        {
            "readme.md": "Clean the lens with a dry cloth.\n",
            "faq.txt": "Never clean the lens of a rangefinder camera with a wet cloth.\n",
        },
    )
    assert _advice_conflicts(report) == []


@pytest.mark.parametrize(
    "docs",
    [
        # Different objects in one place: only the place is shared.
        {"a.md": "Never add citrus peel to a small wormery.\n",
         "b.txt": "Coffee grounds can go in any wormery.\n"},
        # Different populations: babies are a special case of children.
        {"a.md": "Do not give honey to babies under one year.\n",
         "b.txt": "Honey is fine for children with a cough.\n"},
        # A permission to do something else in the same place.
        {"a.md": "Do not stay to defend your property.\n",
         "b.txt": "Residents can choose to stay in the evacuation centre overnight.\n"},
        # An instruction about another thing in the same place, straight after the same event.
        {"a.md": "Do not take a hot shower straight after a cold swim.\n",
         "b.txt": "Jump straight into a warm coat after a cold swim.\n"},
        # Another state: a full stomach is no fast.
        {"a.md": "Don't swim on a full stomach.\n",
         "b.txt": "Swim fasted. Food just pulls blood to your gut.\n"},
        # The writer's own habit stays apart from general advice.
        {"a.md": "There is no need to cycle off creatine.\n",
         "b.txt": "I find that cycling off creatine for a month is fine for me.\n"},
        # The same advice in both: agreement.
        {"a.md": "Never leave a dog in a parked car on a warm day.\n",
         "b.txt": "Do not leave your dog in a parked car, even with the window open.\n"},
        # Advice on how often, not on the action: the figures differ.
        {"a.md": "Never feed the goldfish twice a day.\n",
         "b.txt": "Always feed the goldfish once a day.\n"},
        {"a.md": "Never feed the goldfish twice a day.\n",
         "b.txt": "Always feed the goldfish flakes made for coldwater fish.\n"},
        # The writer's own habit is no general advice.
        {"a.md": "Never drink coffee after lunch if you sleep badly.\n",
         "b.txt": "I find that coffee after lunch is fine for me.\n"},
    ],
)  # fmt: skip
def test_look_alikes_are_no_conflict(tmp_path: Path, docs: dict[str, str]) -> None:
    _, report = extract_and_check(tmp_path, docs)
    assert _advice_conflicts(report) == []


def test_advice_nobody_else_gives_is_not_drafted(tmp_path: Path) -> None:
    data, _ = extract_and_check(
        tmp_path,
        {
            "a.md": "Never feed white bread to ducks at the park.\n",
            "b.txt": "Always rinse the rice before cooking it.\n",
        },
    )
    assert [s for s in data["subjects"] if s["id"].startswith("advice-")] == []


def test_a_user_finds_the_disagreement(tmp_path: Path) -> None:
    """extract then check, in real processes, the way a user runs them."""
    (tmp_path / "guide.md").write_text(
        "# Caring for cast iron\n\nNever wash a cast iron pan with soap.\n", encoding="utf-8"
    )
    (tmp_path / "forum.txt").write_text(
        "Most people in the thread agreed that a drop of soap is fine on a cast iron pan.\n",
        encoding="utf-8",
    )
    claims = tmp_path / "claims.yaml"
    extracted = run_factcheck("extract", "guide.md", "forum.txt", "-o", str(claims), cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    checked = run_factcheck("check", str(claims), cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "conflict: Wash a cast iron pan with soap: do vs do not" in checked.stdout

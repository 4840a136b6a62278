"""One statement said and denied in words (``extract.statements``, ``grouping.statements``): a
sentence that requires, recommends, allows, forbids, makes unnecessary, or says a thing has or
lacks a property, against another document's sentence that says the same of the same thing with
the other polarity ("Avoid walking barefoot" against "going barefoot around the house is fine";
"A Matcher is not thread-safe" against "Matcher objects are safe to share across threads").
Pairs in general English from several domains, with look-alikes that must stay silent: another
case ("during a flare", "until the pain settles", "on babies"), a broader action than the one
denied, a topic word every sentence shares, a question, speculation."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.actions import relate_actions
from factcheck.extract.grouping.facts import relate_facts
from factcheck.extract.grouping.statements import is_statement, relate_statements
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.statements import NO, YES, find_statements
from tests.common import WORDS, extract_and_check


def verdict(one: str, other: str) -> str:
    """``conflict`` when the two documents' words are related under one subject with opposite
    polarity, else ``none``: advice and facts related first, as ``consolidate`` does (a
    statement whose words they already compare is left out), then statements. ``do`` against
    ``do not`` (advice) counts as yes against no."""
    documents = [Document(f"{name}.md", text, tuple(draft_claims(name, text, WORDS)))
                 for name, text in (("a", one), ("b", other))]  # fmt: skip
    related = relate_facts(relate_actions(documents, set()), set())
    said: dict[str, set[str]] = {}
    for document in relate_statements(related, set()):
        for draft in document.drafts:
            if draft.label is not None:
                value = {"do": YES, "do not": NO}.get(draft.label, draft.label)
                said.setdefault(draft.subject.id, set()).add(value)
    return "conflict" if any(len(labels) == 2 for labels in said.values()) else "none"


def by_statements(one: str, other: str) -> bool:
    """Whether statements are kept for the pair: the pairs advice did not relate before."""
    documents = [Document(f"{name}.md", text, tuple(draft_claims(name, text, WORDS)))
                 for name, text in (("a", one), ("b", other))]  # fmt: skip
    related = relate_statements(relate_facts(relate_actions(documents, set()), set()), set())
    return any(is_statement(d) for document in related for d in document.drafts)


#: One document says what the other denies.
DISAGREE = [
    # heel pain: a prohibition against a permission, the thing said with another verb (the
    # page says walking elsewhere too: barefoot is the rarer word, what is avoided)
    ("Walking is good for the heel. Walk every day. Avoid walking barefoot, especially on hard "
     "floors.",
     "Going barefoot around the house is fine and may even help."),
    # meteorites: never X against "X is the quickest way to ..."
    ("Never use a magnet on a suspected meteorite.", "A magnet is the quickest way to test a find."),
    # a need said with "need" and a subject, against "no X is needed"
    ("Searchers also need the landowner's permission before entering private fields.",
     "Officials say the public is welcome to search the farmland, and no permission is needed."),
    # software: always X against "you don't need to X"
    ("Always normalise Unicode yourself before calling match().",
     "Matching compares text with text. Any text will do. You don't need to normalise text "
     "yourself before matching; fennimatch applies NFKC itself."),
    # a property denied and said, in two forms ("thread-safe", "safe to share across threads")
    ("A Matcher is not thread-safe; create one Matcher per thread.",
     "Matcher objects are safe to share across threads."),
    ("A Client is not thread-safe.", "Client instances are safe to share between threads."),
    # other domains
    ("Dogs need a lead in the country park.", "No lead is needed in the country park."),
    ("You must book a mooring in advance.", "There is no need to book a mooring."),
    ("Never rinse the strainer with soap.", "Rinsing the strainer with soap is fine."),
    # an adverb before the marker ("Afterwards, always ...")
    ("Spit out the toothpaste but do not rinse with water.",
     "Afterwards, always finish with a good rinse of water to clear the foam."),
]  # fmt: skip

#: Look-alikes: another case, a broader action, a topic word, a question, speculation.
SILENT = [
    # another case: a time under way, a time up to which, a population
    ("Avoid squats during a flare.", "Squats are fine."),
    ("Avoid running until the pain settles.", "Running is fine."),
    ("Never use the spray on babies.", "The spray is safe to use."),
    # a broader action than the one denied: barefoot is what is avoided, not walking
    ("Avoid walking barefoot, especially on hard floors.", "Walking for daily tasks is fine."),
    # another thing under one verb; a longer thing
    ("You must book a mooring in advance.", "There is no need to book a taxi."),
    ("You need a passport.", "You do not need a passport photo."),
    # both say one thing
    ("Never use a magnet on a suspected meteorite.", "Do not use a magnet on a meteorite."),
    # a question, speculation, a belief reported
    ("Do I need a permit?", "No permit is needed."),
    ("A permit may be needed.", "No permit is needed."),
    ("Some people think a permit is required.", "No permit is needed."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_said_and_denied(one: str, other: str) -> None:
    assert verdict(one, other) == "conflict"
    assert verdict(other, one) == "conflict"


#: The pairs of ``DISAGREE`` that the advice of ``polarity`` did not relate before.
NEW = [pair for pair in DISAGREE if "magnet" in pair[0] or "permission" in pair[0]
       or "thread-safe" in pair[0]]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), NEW)
def test_found_by_statements(one: str, other: str) -> None:
    assert by_statements(one, other)


@pytest.mark.parametrize(("one", "other"), SILENT)
def test_look_alikes_stay_silent(one: str, other: str) -> None:
    assert verdict(one, other) == "none"


#: Each sentence's one statement: its polarity and the stems of its thing.
READ = [
    ("Avoid walking barefoot, especially on hard floors.", NO, {"walk", "barefo"}),
    ("Going barefoot around the house is fine and may even help.", YES, {"barefo", "hous"}),
    ("A magnet is the quickest way to test a find.", YES, {"magnet", "test", "find"}),
    ("Never use a magnet on a suspected meteorite.", NO, {"magnet", "suspec", "meteor"}),
    ("No permission is needed.", NO, {"permis"}),
    ("A Matcher is not thread-safe.", NO, {"match", "thread", "safe"}),
    ("Orange juice right after a lozenge does no harm.", YES, {"orang", "juic", "lozeng"}),
]


@pytest.mark.parametrize(("sentence", "label", "keys"), READ)
def test_statement_read(sentence: str, label: str, keys: set[str]) -> None:
    (statement,) = find_statements(sentence, TextIndex(sentence))
    assert (statement.label, set(statement.keys)) == (label, keys)


def test_a_topic_word_every_sentence_says_is_no_thing() -> None:
    """On a page about ticks, "tick" is in most sentences: "Do not smother the tick" and
    "Always keep the tick" share only what the page is about."""
    filler = " ".join(f"A tick bite on day {n} is common." for n in "abcdefghij")
    one = f"{filler} Do not smother the tick with petroleum jelly."
    other = f"{filler} It is fine to put the tick in a sealed bag."
    assert verdict(one, other) == "none"


def test_extract_then_check_reports_the_magnet(tmp_path: Path) -> None:
    """``extract`` then ``check`` on two documents, as a user runs them."""
    docs = {
        "museum.md": "# Found a meteorite?\n\nNever use a magnet on a suspected meteorite. It "
        "can wipe the record of its magnetic history.\n",
        "paper.md": "# Space rock hits barn\n\nA magnet is the quickest way to test a find, said "
        "the farmer's son.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = {f["subject"] for f in report["findings"] if f["kind"] == "conflict"}
    assert any("magnet" in subject for subject in conflicts), conflicts

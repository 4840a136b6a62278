"""An instruction against a prohibition of the same action on the same thing
(``extract.instructions``, ``grouping.instructions``): "Rasp the callus gently after a soak"
against "Never scrape a callus with a rasp"; "Enable the legacy parser" against "The legacy
parser is deprecated, so do not enable it"; "Copper tape works" against "Copper tape has not
been shown to work". Pairs in general English from several domains, written for this file, with
look-alikes that must stay silent: another action on one thing, one action on another thing, a
manner the instruction does not say ("with food" against "on an empty stomach"), a case, a
condition, a question, a relative clause that instructs no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.actions import relate_actions
from factcheck.extract.grouping.facts import relate_facts
from factcheck.extract.grouping.instructions import is_instruction, relate_instructions
from factcheck.extract.grouping.statements import relate_statements
from factcheck.extract.instructions import NO, YES, find_acts, opposed
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.subjects.actions import action_key
from tests.common import WORDS, extract_and_check


def _related(one: str, other: str) -> list[Document]:
    documents = [Document(f"{name}.md", text, tuple(draft_claims(name, text, WORDS)))
                 for name, text in (("a", one), ("b", other))]  # fmt: skip
    related = relate_statements(relate_facts(relate_actions(documents, set()), set()), set())
    return relate_instructions(related, set())


def verdict(one: str, other: str) -> str:
    """``conflict`` when the two documents' words are related under one subject with opposite
    labels (advice, facts, statements and acts related as ``consolidate`` does), else
    ``none``; ``do`` against ``do not`` counts as yes against no."""
    said: dict[str, set[str]] = {}
    for document in _related(one, other):
        for draft in document.drafts:
            if draft.label is not None:
                value = {"do": YES, "do not": NO}.get(draft.label, draft.label)
                said.setdefault(draft.subject.id, set()).add(value)
    return "conflict" if any(len(labels) == 2 for labels in said.values()) else "none"


def by_instructions(one: str, other: str) -> bool:
    """Whether acts are kept for the pair (what advice and statements did not relate)."""
    return any(is_instruction(d) for document in _related(one, other) for d in document.drafts)


#: One document instructs what the other forbids, or says a thing works that the other says
#: does not.
DISAGREE = [
    # a verb against its noun: rasping is scraping with a rasp
    ("Rasp the callus gently after a soak.", "Never scrape a callus with a rasp or a blade."),
    # who is told, "should try to", a pronoun read as the thing the sentence names
    ("Anyone who finds an injured seal should try to push it back towards the sea.",
     "Never try to push or drag an injured seal yourself."),
    # a thing deprecated, "so do not enable it"
    ("Enable the legacy parser for very large inputs.",
     "The legacy parser is deprecated, so do not enable it in new projects."),
    # "X works" against "X has not been shown to work"
    ("Copper tape works, in my experience.",
     "Copper tape has not been shown to work in trials, and we do not recommend it."),
    ("Copper tape works on slugs.", "Copper tape does not work."),
    # "we recommend X" against "never use X" (its manner said by the recommendation)
    ("We recommend a steel brush for the grill.",
     "Never use a steel brush on the grill: loose bristles end up in food."),
    # who is advised to use a thing, who should avoid it
    ("Cyclists are advised to use the canal towpath.", "Cyclists should avoid the canal towpath."),
    # the manner forbidden is the one instructed
    ("Prune the roses in autumn.", "Don't prune roses in autumn."),
    # avoid X against X won't make it worse
    ("Avoid hot tubs, which can irritate the skin.", "A hot tub won't make the rash any worse."),
    # a passive instruction against a passive prohibition
    ("Retainers should be soaked in mouthwash overnight.",
     "Retainers must never be soaked in mouthwash."),
    # recommended against discouraged, a name with its number
    ("Protocol version 2 is strongly recommended.", "Protocol version 2 is discouraged."),
    # "we advise against VERBing X" against a plain instruction
    ("Trim the ivy roots back hard.", "We advise against trimming ivy roots."),
    # the pronoun of a sentence that opens with the prohibition: the last sentence's subject
    ("Install the spellcheck plugin for long documents.",
     "The spellcheck plugin is no longer maintained. Do not install it."),
]  # fmt: skip

#: Look-alikes: another action or thing, a manner not instructed, a case, a condition, a
#: question, a relative clause.
SILENT = [
    ("Take the tablets with food.", "Never take the tablets on an empty stomach."),
    ("Run three times a week.", "Don't run during a flare."),
    ("Cover the blister with a plaster.", "Never pop a blister."),
    ("We recommend the skia backend.", "The cairo backend is deprecated, so do not use it."),
    ("Prune the apple trees in winter.", "Never prune cherry trees in winter."),
    ("Descale the kettle with citric acid.", "Never descale the kettle with vinegar."),
    ("During a hosepipe ban, water the lawn with grey water.",
     "Never water the lawn with grey water."),
    ("If the water is hard, descale the kettle every week.", "Never descale the kettle."),
    ("Should you roll a stranded dolphin upright?", "Never roll a stranded dolphin."),
    ("Copper tape works on slugs.", "Copper tape does not work on snails."),
    ("Compression works with every backend.", "Compression does not work over HTTP."),
    # a prohibition that holds only without a thing: a double negative
    ("Start the tablets at a low dose.", "Do not start the tablets without asking a pharmacist."),
    # the manner forbidden is not the one instructed
    ("Retainers should be soaked in warm water.", "Retainers must never be soaked in mouthwash."),
    ("Apply ice to the sprain.", "Never apply ice directly to the skin."),
    ("Apply ice to the sprain.", "Never apply ice to bare skin."),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_instruction_against_prohibition(one: str, other: str) -> None:
    assert verdict(one, other) == "conflict"
    assert verdict(other, one) == "conflict"


#: The pairs of ``DISAGREE`` that advice (``polarity``) and statements did not relate before:
#: all but "are advised to use" against "should avoid" and the one manner said twice.
NEW = [pair for pair in DISAGREE if "towpath" not in pair[0] and "roses" not in pair[0]]


@pytest.mark.parametrize(("one", "other"), NEW)
def test_found_by_instructions(one: str, other: str) -> None:
    assert by_instructions(one, other)


@pytest.mark.parametrize(("one", "other"), SILENT)
def test_look_alikes_stay_silent(one: str, other: str) -> None:
    assert verdict(one, other) == "none"
    assert verdict(other, one) == "none"


#: Each sentence's last act: label, verbs and thing (as words; compared by their stems).
READ = [
    ("Rasp the callus gently after a soak.", YES, "rasp", "callus"),
    ("Never scrape a callus with a rasp or a blade.", NO, "scrape", "callus"),
    ("Never try to push or drag an injured seal yourself.", NO, "push drag", "injured seal"),
    # the pronoun read as the sentence's subject
    ("Port 8080 is deprecated, so don't use it.", NO, "use", "port 8080"),
    ("Copper tape works, in my experience.", YES, "work", "copper tape"),
    # avoiding a thing: against using it
    ("Cyclists should avoid the canal towpath.", NO, "use install enable", "canal towpath"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "label", "verbs", "thing"), READ)
def test_act_read(sentence: str, label: str, verbs: str, thing: str) -> None:
    acts = find_acts(sentence, TextIndex(sentence))
    assert acts, sentence
    act = acts[-1]
    stems = [{action_key(word) for word in said.split()} for said in (verbs, thing)]
    assert (act.label, set(act.verbs), set(act.thing)) == (label, *stems)


@pytest.mark.parametrize(
    "sentence",
    [
        "Take 2 tablets with water.",  # a figure: compared as such
        "COLD WATER, WARM HEART",  # a heading
        "Who should not swim in winter",  # a question's word, no one told
        "Anyone can swim here.",  # no instruction
        "You may want to file it.",  # speculation
    ],
)
def test_no_act_read(sentence: str) -> None:
    assert not find_acts(sentence, TextIndex(sentence))


def test_extract_then_check_reports_the_legacy_parser(tmp_path: Path) -> None:
    """``extract`` then ``check`` on two documents, as a user runs them."""
    docs = {
        "guide.md": "# Parsing large files\n\nEnable the legacy parser for very large inputs. It "
        "streams rows instead of loading the whole file.\n",
        "faq.md": "# FAQ\n\nThe legacy parser is deprecated, so do not enable it in new "
        "projects.\n",
    }
    _, report = extract_and_check(tmp_path, docs, exit_code=1)
    conflicts = {f["subject"] for f in report["findings"] if f["kind"] == "conflict"}
    assert any("parser" in subject for subject in conflicts), conflicts


#: Ways of saying one instruction ("rinse the filter in pond water") and one prohibition
#: ("never rinse the filter"): each meets the other's plain form.
SAID_YES = [
    "Rinse the filter in pond water.",
    "You should rinse the filter in pond water.",
    "It is best to rinse the filter in pond water.",
    "Be sure to rinse the filter in pond water.",
    "Remember to rinse the filter in pond water.",
    "Try to rinse the filter in pond water.",
    "You need to rinse the filter in pond water.",
    "Always rinse the filter in pond water.",
    "Keepers should rinse the filter in pond water.",
    "The filter should be rinsed in pond water.",
    "We recommend rinsing the filter in pond water.",
    "We would recommend rinsing the filter in pond water.",
    "Keepers are advised to rinse the filter in pond water.",
]
SAID_NO = [
    "Never rinse the filter.",
    "Don't rinse the filter.",
    "You should not rinse the filter.",
    "It's best not to rinse the filter.",
    "It is not a good idea to rinse the filter.",
    "It's a bad idea to rinse the filter.",
    "Don't bother rinsing the filter.",
    "There's no point in rinsing the filter.",
    "Avoid rinsing the filter.",
    "We advise against rinsing the filter.",
    "The filter should never be rinsed.",
    "Keepers should not rinse the filter.",
]


def _opposed(one: str, other: str) -> bool:
    yes = find_acts(one, TextIndex(one))
    no = find_acts(other, TextIndex(other))
    return any(opposed(a, b) for a in yes for b in no if a.label == YES and b.label == NO)


@pytest.mark.parametrize("said", SAID_YES)
def test_each_instruction_meets_a_prohibition(said: str) -> None:
    assert _opposed(said, SAID_NO[0])


@pytest.mark.parametrize("said", SAID_NO)
def test_each_prohibition_meets_an_instruction(said: str) -> None:
    assert _opposed(SAID_YES[0], said)


@pytest.mark.parametrize("said", SAID_YES)
def test_a_manner_forbidden_that_is_not_instructed_stays_silent(said: str) -> None:
    assert not _opposed(said, "Never rinse the filter under the tap.")

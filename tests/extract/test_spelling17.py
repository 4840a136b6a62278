"""One word in British and American spelling, and the words of one event (issue spelling17).

A foreign outlet writes "cooling centers" where the city writes "cooling centres"; a council
counts "23 deaths" where a paper writes "27 people had died". The tables are written from general
English (spelling classes, events people undergo by beat), not from one corpus's lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.grouping import similarity
from factcheck.extract.subjects import counted
from factcheck.extract.subjects.propose import stem
from factcheck.extract.subjects.spelling import american, american_words, id_key
from tests import common
from tests.common import WORDS


@pytest.mark.parametrize(
    ("british", "us"),
    [
        # -re / -er, with endings and compounds
        ("centre", "center"),
        ("centres", "centers"),
        ("centred", "centered"),
        ("centring", "centering"),
        ("theatregoers", "theatergoers"),
        ("fibre", "fiber"),
        ("litres", "liters"),
        ("kilometres", "kilometers"),
        # -our / -or, with prefixes and endings
        ("colour", "color"),
        ("discoloured", "discolored"),
        ("favourite", "favorite"),
        ("behaviour", "behavior"),
        ("tumours", "tumors"),
        ("labourers", "laborers"),
        ("odour", "odor"),
        # -ise / -ize, -isation / -ization, -yse / -yze
        ("organise", "organize"),
        ("organisations", "organizations"),
        ("hospitalised", "hospitalized"),
        ("immunising", "immunizing"),
        ("analyse", "analyze"),
        ("paralysed", "paralyzed"),
        # ae / oe
        ("anaemia", "anemia"),
        ("haemoglobin", "hemoglobin"),
        ("oesophagus", "esophagus"),
        ("oestrogen", "estrogen"),
        ("paediatric", "pediatric"),
        ("diarrhoea", "diarrhea"),
        ("manoeuvre", "maneuver"),
        ("leukaemia", "leukemia"),
        # -ll- / -l-
        ("travelled", "traveled"),
        ("cancelled", "canceled"),
        ("modelling", "modeling"),
        ("counsellor", "counselor"),
        # -ence / -ense and words of no class
        ("defence", "defense"),
        ("licence", "license"),
        ("offences", "offenses"),
        ("programme", "program"),
        ("grey", "gray"),
        ("tyres", "tires"),
        ("kerb", "curb"),
        ("aluminium", "aluminum"),
        ("sulphur", "sulfur"),
        ("sulphate", "sulfate"),
    ],
)
def test_a_british_spelling_is_the_american_one(british: str, us: str) -> None:
    assert american(british) == us
    assert stem(british) == stem(us)


@pytest.mark.parametrize(
    "word",
    [
        # Words of the same shapes that are spelled alike on both sides.
        "four",
        "hour",
        "flour",
        "contour",
        "glamour",
        "advise",
        "exercise",
        "promise",
        "surprise",
        "otherwise",
        "raised",
        "praised",
        "premises",
        "crises",
        "advertisement",
        "supervised",
        "analyses",  # the plural noun is "analyses" in American English too
        "controlled",
        "compelled",
        "installed",
        "central",
        "centrist",
        "literal",
        "illustrated",
        "spectrum",
        "academia",
    ],
)
def test_a_shared_spelling_stays(word: str) -> None:
    assert american(word) == word


def test_a_device_meter_and_a_software_program_keep_keys_of_their_own() -> None:
    # A length in metres meets the American meters; a gas meter does not.
    assert american_words(["five", "metres"]) == ["five", "meters"]
    assert american_words(["five", "meters"]) == ["five", "meters"]
    assert "meters" not in american_words(["smart", "gas", "meters", "installed"])
    # A programme of events meets the American program; a computer program does not.
    events = american_words(["a", "programme", "of", "events"])
    software = american_words(["the", "computer", "program", "crashed"])
    assert "program" in events
    assert "program" not in software
    assert "program" in american_words(["the", "vaccination", "program"])


def test_ids_in_either_spelling_are_one_id_to_grouping() -> None:
    assert id_key("count-centres") == id_key("count-centers")
    assert id_key("share-anaemia") == id_key("share-anemia")
    assert id_key("count-meters") != id_key("count-centres")


def test_counted_nouns_meet_in_either_spelling() -> None:
    assert not similarity.other_nouns("centres", "centers")
    assert similarity.other_nouns("centres", "libraries")
    assert counted.alike("aeroplanes", "airplanes")


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("deaths", "died"),
        ("fatalities", "killed"),
        ("injuries", "injured"),
        ("admissions", "admitted"),
        ("hospitalisations", "hospitalized"),
        ("hospitalizations", "hospitalised"),
        ("infections", "infected"),
        ("arrests", "arrested"),
        ("evacuations", "evacuated"),
        ("rescues", "rescued"),
        ("complaints", "complained"),
        ("cancellations", "cancelled"),
        ("convictions", "convicted"),
    ],
)
def test_an_event_noun_meets_its_verb(noun: str, verb: str) -> None:
    assert counted.event_key(noun) == counted.event_key(verb) != ""
    assert stem(noun) == stem(verb)


def test_events_of_other_kinds_stay_apart() -> None:
    assert stem("deaths") != stem("births")
    assert stem("deaths") != stem("injuries")
    assert stem("arrests") != stem("admissions")
    assert counted.event_key("births") == ""
    # A count of people's deaths is a count of people; of cancelled trains it is not.
    assert counted.people_like("deaths") and counted.people_like("arrests")
    assert not counted.people_like("cancellations")
    assert not similarity.other_nouns("people", "deaths")
    assert similarity.other_nouns("deaths", "injuries")
    assert similarity.other_nouns("homes", "deaths")


def test_deaths_and_people_who_died_are_one_family() -> None:
    deaths = draft_claims("a", "Figures show 23 deaths in which heat was a factor.", WORDS)
    died = draft_claims("b", "The council said that 27 people had died in the heat.", WORDS)
    births = draft_claims("c", "The hospital recorded 31 births in the week.", WORDS)
    [a], [b], [c] = deaths, died, births
    assert a.subject.family == b.subject.family
    assert stem("death") in a.subject.keywords and stem("death") in b.subject.keywords
    assert stem("death") not in c.subject.keywords


def test_two_outlets_disagree_on_cooling_centres(tmp_path: Path) -> None:
    _, report = common.extract_and_check(
        tmp_path,
        {
            "council.txt": "We opened 14 cooling centres in libraries and community halls.\n",
            "wire.md": "Officials opened 20 cooling centers in libraries and community "
            "buildings.\n",
        },
    )
    assert ("14", "20") in common.conflicting_values(report)


def test_deaths_and_people_who_died_disagree(tmp_path: Path) -> None:
    _, report = common.extract_and_check(
        tmp_path,
        {
            "council.txt": "Provisional figures from the public health team show 23 deaths in "
            "which heat was a contributing factor.\n",
            "courier.md": "The council said on Friday that 27 people had died during the "
            "heatwave.\n",
        },
    )
    assert ("23", "27") in common.conflicting_values(report)

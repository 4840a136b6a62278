"""Tests for factcheck.extract.subjects.naming: drafted subject labels in the sentence's words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS, run_factcheck

ROOT = Path(__file__).resolve().parents[2]


def labels(text: str) -> dict[str, str]:
    """The drafted label of each figure of ``text``, by the figure as written."""
    return {d.mention.text: d.subject.label for d in draft_claims("doc", text, WORDS)}


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        # a share of a group: the group and what its part did, capitals kept
        (
            "In a group of 400 MS patients, 99% had fewer relapses.",
            "99%",
            "Share of MS patients with fewer relapses",
        ),
        (
            "57% of fibromyalgia patients had a significant drop in pain.",
            "57%",
            "Share of fibromyalgia patients with a significant drop",
        ),
        ("About 48% of Americans get less magnesium from food.", "About 48%",
         "Share of Americans who get less magnesium from food"),
        # the phrase a figure is said of, before a linking verb
        ("Default compression level is now 5.", "5", "Default compression level"),
        ("The maximum single-file size is 50 GiB.", "50 GiB", "Maximum single-file size"),
        ("A room temperature of about 18 degrees suits most sleepers.", "about 18 degrees",
         "Room temperature"),
        # an amount of something
        ("The installer needs 2 GB of free disk space.", "2 GB", "Free disk space"),
        # a count names its noun, "times" what happens
        ("Four core maintainers review pull requests.", "Four core maintainers",
         "Number of core maintainers"),
        ("The new bridge will cost €40 million.", "€40 million", "Cost of the new bridge"),
        ("The final bill comes to €90 million.", "€90 million", "Final bill"),
        ("Net debt stood at $2 billion in June.", "$2 billion", "Net debt"),
        ("The line has twenty-one stops along the river.", "twenty-one stops",
         "Number of stops"),  # a number word with a hyphen is no word of the noun
        ("Failed chunk uploads are retried 3 times before the run fails.", "3 times",
         "Number of times failed chunk uploads are retried"),
        # other verbs: the clause as a relative
        ("On a laptop the test suite takes about 6 minutes.", "about 6 minutes",
         "Time the test suite takes"),
        ("Naltrexone first received FDA approval in 1984.", "1984",
         "Year naltrexone first received FDA approval"),
        # the rest of a year's date is no part of what it dates
        ("The bridge opened to traffic in June 1987.", "1987",
         "Year the bridge opened to traffic"),
        ("Construction started in late 2017.", "2017", "Year construction started"),
        ("The plant closed on 12 May 2021.", "2021", "Year the plant closed"),
        ("Opened to traffic in June 1987.", "1987", "Year opened to traffic"),
        ("Built in 2009 by Daeryong Heavy Industries.", "2009", "Year built"),
        # a year that opens its sentence dates the clause after it
        ("Back in 1985, a doctor in New York used it for HIV.", "1985",
         "Year a doctor in New York used it for HIV"),
        ("In 2019 the council introduced a levy on plastic bags.", "2019",
         "Year the council introduced a levy on plastic bags"),
        ("In 2020, sales fell sharply across the region.", "2020",
         "Year sales fell sharply across the region"),
        ("Research into LDN for HIV/AIDS has continued since the 1980s.", "1980s",
         "Year from which research into LDN for HIV/AIDS has continued"),
        # a share that is its line's subject says what its part did
        ("In Crohn's disease:\n\n- 80% had milder symptoms\n", "80%",
         "Share with milder symptoms"),
        ("- 33% went into clinical remission\n", "33%", "Share who went into clinical remission"),
        ("- 78% showed less inflammation\n", "78%", "Share who showed less inflammation"),
        ("When 354 patients were followed up, 24% of them had seen their tumours shrink.", "24%",
         "Share of patients who had seen their tumours shrink for cancer"),
        # a fact box's line names its figure before the colon; a note's colon does not
        ("- Area burned: 14,200 hectares\n- Homes destroyed: 83\n", "83", "Homes destroyed"),
        ("Replies summarised: 212\n", "212", "Replies summarised"),
        ("Note: 5 mg is the usual dose.", "5 mg", "Dose"),
        # an elapsed time counts from what its clause says happened
        ("The Hartley study, published just three years ago, found that children slept less.",
         "three years", "Time since the Hartley study was published"),
        ("The plant closed nine years ago.", "nine years", "Time since the plant closed"),
        # a count of one names its noun in the plural
        ("The evidence is thin (one very small trial pairing LDN with acetaminophen).",
         "one very small trial",
         "Number of small trials"),
        # an attributive figure names the noun it qualifies
        ("It is a 10-minute walk to the bus stop.", "10-minute", "Walk to the bus stop"),
        # an age written before what it is the age of
        ("A 45-year-old deckhand was hurt.", "45-year", "Age of the deckhand"),
        ("The 40-year-old container ship ran aground.", "40-year", "Age of the container ship"),
        # session labels17: a thing's phrase takes the dimension's noun
        ("The static binary is about 14 MB.", "about 14 MB", "Size of the static binary"),
        ("A full verify of a 1 TB repository can take most of a day.", "1 TB",
         "Size of the repository"),
        ("Chunks are 1024 KiB by default.", "1024 KiB", "Size of chunks"),
        ("- The route is 14.2 km long and has 19 stops.", "14.2 km", "Length of the route"),
        ("- The route is 14.2 km long and has 19 stops.", "19 stops", "Number of stops"),
        ("My tablets dissolve into about 500 mL of water.", "about 500 mL", "Amount of water"),
        ("Drink 1.5 litres of fluid for every kilogram lost.", "1.5 litres", "Amount of fluid"),
        ("Each kilogram lost equals roughly 1 litre of sweat.", "roughly 1 litre",
         "Amount of sweat"),
        ("We recommend a tank of at least 60 litres.", "at least 60 litres", "Volume of the tank"),
        ("Last March I bought a 750 mL bottle.", "750 mL", "Volume of the bottle"),
        ("Winds averaged around 40 km/h yesterday, with gusts up to 70 km/h.", "up to 70 km/h",
         "Speed of gusts"),
        ("The board has declared an interim dividend of EUR 0.18 per share.",
         "EUR 0.18 per share", "Cost of the interim dividend"),
        ("City officials have approved a $61 million repair plan.", "$61 million",
         "Cost of the repair plan"),
        ("- Files larger than 50 MB are skipped with a warning.", "50 MB", "Size of files"),
        ("Pregnant women need 3.0 litres of total water a day, and breastfeeding mothers about "
         "3.8 litres.", "about 3.8 litres", "Amount for breastfeeding mothers"),
        ("The lotion costs around £9 per bottle here.", "around £9", "Cost of the lotion"),
        ("Her restoration alone took 14 months and cost about €2.3 million.",
         "about €2.3 million", "Cost of her restoration alone"),
        # ... and keeps a measure's own name
        ("The upstream fetch timeout is 10 seconds.", "10 seconds", "Upstream fetch timeout"),
        ("Each worker can use up to 512 MB of memory by default.", "up to 512 MB", "Memory"),
        ("The final bill comes to €90 million.", "€90 million", "Final bill"),
        ("Free credit monitoring for six months.", "six months", "Free credit monitoring"),
        # a bare figure after a person's name is their age
        ("Margaret Oyelaran, 67, has lived in Pine Hollow for 31 years.", "67",
         "Age of Margaret Oyelaran"),
        ("Civic Union leader Corvin Mahlstedt, 52, said he would begin talks.", "52",
         "Age of Corvin Mahlstedt"),
        # a time "for" which something was done: the clause that did it
        ("Margaret Oyelaran, 67, has lived in Pine Hollow for 31 years.", "31 years",
         "Time Margaret Oyelaran has lived in Pine Hollow"),
        ("After that, participants took 5 g a day for 12 weeks.", "12 weeks",
         "Time participants took 5 g a day"),
        ("The spool keeps events for 7 days.", "7 days", "Time the spool keeps events"),
        ("Short-term kits are left out for 3 to 7 days.", "3 to 7 days",
         "Time short-term kits are left out"),
        ("The society has been going for 31 years.", "31 years",
         "Time the society has been going"),
        ("Each detector stayed in place for three months.", "three months",
         "Time each detector stayed in place"),
        ("The channel was closed for 52 hours in total.", "52 hours",
         "Time the channel was closed"),
        ("I've coached strength athletes for 14 years.", "14 years",
         "Time I've coached strength athletes"),
        ("The Merritt River shipping channel was shut for more than three days.",
         "more than three days", "Time the Merritt River shipping channel was shut"),
        # a time "in", "within" or "after" which something happens: the time until it does
        ("If you are patient, the fizzing stops after about 15 minutes.", "about 15 minutes",
         "Time until the fizzing stops"),
        ("Separately, every server connection is recycled after an hour, even if busy.",
         "an hour", "Time until every server connection is recycled"),
        ("Incremental backups of the same directory usually finish in about 3 minutes.",
         "about 3 minutes",
         "Time until incremental backups of the same directory usually finish"),
        # a verb in -s, -ed or -ing after its subject is no noun of the label
        ("With default settings a partial batch is flushed every 10 seconds.", "10 seconds",
         "Time a partial batch is flushed"),
        ("Each spray delivers 50 micrograms.", "50 micrograms", "Amount each spray delivers"),
        ("The project ran two months late.", "two months", "Time the project ran"),
        # a relative clause's "which" stands for the noun phrase before it
        ("Most memory goes to the in-memory buffer, which is capped at 128 MB by default.",
         "128 MB", "Size the in-memory buffer is capped"),
        ("The Calderbridge Maritime Museum, which has existed for more than 70 years, closed.",
         "more than 70 years", "Time the Calderbridge Maritime Museum has existed"),
        ("Shuttle buses from the station, which ran every 15 minutes, were caught in the jams.",
         "15 minutes", "Time shuttle buses from the station ran"),
        ("The best evidence is the Brenmoor study, which began nearly six years ago.",
         "nearly six years", "Time since the Brenmoor study began"),
        ("Waits never exceed retry_backoff_max, which defaults to 30 seconds.", "30 seconds",
         "Default retry backoff max"),
        # a verb after "and" is said of the clause's subject; an instruction is what to do
        ("The study began in 2021 and took more than three years to complete.",
         "more than three years", "Time the study took"),
        ("Run `make test` first; the test suite starts two containers and takes about 4 "
         "minutes.", "about 4 minutes", "Time the test suite takes"),
        ("Put your walking clothes in a hot dryer for a full hour.", "a full hour",
         "Time to put your walking clothes in a hot dryer"),
        ("- sit quietly for five minutes before pressing the button\n", "five minutes",
         "Time to sit quietly"),
        ("Slow clients are disconnected after 30 s.", "30 s",
         "Time until slow clients are disconnected"),
        # a time "within" which something is done, said after its clause
        ("Four core maintainers review pull requests, usually within a week.", "within a week",
         "Time until core maintainers review pull requests"),
        ("Audited accounts will be published within six months.", "within six months",
         "Time until audited accounts will be published"),
        ("Stay on the 21 mg patch for the first 6 weeks, then step down.", "6 weeks",
         "Time to stay on the 21 mg patch"),
        # the writer's own amount; a phrasal verb keeps its particle
        ("I take 250 mg and it has been plenty for me.", "250 mg", "Amount I take"),
        ("On long runs I drink about 700 mL an hour.", "about 700 mL", "Amount I drink"),
        ("Uploads time out after 30 seconds by default.", "30 seconds",
         "Time until uploads time out"),
        ("Cache entries expire after 168 hours.", "168 hours", "Time until cache entries expire"),
        # an adjective after a linking verb is said of the subject before it
        ("Done right, a hot heap is ready in 6 to 8 weeks.", "6 to 8 weeks",
         "Time until a hot heap is ready"),
        ("My own shivering usually stops after about 25 minutes.", "about 25 minutes",
         "Time until my own shivering usually stops"),
        # labels that stay as they were
        ("We have a two-year-old, so we'd rather know.", "two-year", "Old age"),
        ("Fishless cycling usually takes four to six weeks.", "four to six weeks",
         "Time fishless cycling usually takes"),
        ("Leaves take about a year to break down into leaf mould.", "about a year",
         "Time leaves take"),
        ("Net debt stood at $2 billion in June.", "$2 billion", "Net debt"),
        ("Most zinc acetate lozenges contain 13 mg of elemental zinc each.", "13 mg",
         "Elemental zinc"),
        # an amount with a role is named by it: one label across documents
        ("The typical dose of LDN is 1.5 to 4.5 mg a day.", "1.5 to 4.5 mg a day",
         "Typical dose"),
    ],
)  # fmt: skip
def test_labels_read_like_the_sentence(text: str, figure: str, label: str) -> None:
    assert labels(text)[figure] == label


def test_a_sentence_that_names_nothing_keeps_the_key_word_label() -> None:
    # "Up to 4." names no measure: the key words, the dimension's word; a setting's name alone.
    assert labels("Up to 4.")["Up to 4"] == "Number"
    assert labels("Before 2020 it was higher. In 2021, 45% of adults said so.")["2021"] == "Year"
    found = labels("### `retry_initial_backoff`\n\nHow long to wait first.\n\nDefault: 1s.\n")
    assert found["1s"] == "Default retry initial backoff"


def test_labels_never_change_subject_ids(tmp_path: Path) -> None:
    # The ids come from key words, as before labels read the sentence; a re-extract adds
    # nothing to a file that has the drafts, and keeps its subjects' ids and labels.
    claims = tmp_path / "claims.yaml"
    folder = ROOT / "examples" / "ldn"
    run = ["extract", str(folder), "-o", str(claims)]
    done = run_factcheck(*run)
    assert done.returncode == 0, done.stderr
    first = yaml.safe_load(claims.read_text())
    assert {"id": "dose-typical", "label": "Typical dose"}.items() <= next(
        s for s in first["subjects"] if s["id"] == "dose-typical"
    ).items()
    again = run_factcheck(*run)
    assert again.returncode == 0, again.stderr
    assert "0 draft claims" in again.stderr + again.stdout
    second = yaml.safe_load(claims.read_text())
    assert [(s["id"], s["label"]) for s in second["subjects"]] == [
        (s["id"], s["label"]) for s in first["subjects"]
    ]


def test_a_settings_label_keeps_its_name_as_written() -> None:
    [draft] = [d for d in draft_claims("doc", "TLS is now enabled by default.", WORDS) if d.label]
    assert (draft.subject.id, draft.subject.label) == ("default-tls", "Default of TLS")

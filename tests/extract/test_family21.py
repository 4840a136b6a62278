"""Figures of one quantity drafted in two families (issue family21).

Grouping compares only drafts of one family (the dimension, a count's class of noun, the arm, a
time's event), and lets some families meet as candidates where two of them may state one
quantity (a count and a bare number). The phrasings below are written from general English of
trial reports, schedules and software references, not from one corpus's lines: a trial's own
figures beside "or a placebo" or after a compared placebo figure are no placebo group's; a time
whose clause names no event may time any event, and "comes into force" and "takes effect" start
one; a setting's bare number meets a count of it or of what its name counts; a bare number of a
span ("five or six a week") meets the counts of that span.
"""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import Document, Draft, draft_claims
from factcheck.extract.grouping import similarity
from factcheck.extract.grouping.group import consolidate
from factcheck.extract.mentions.find import find_mentions
from factcheck.extract.subjects.times import event_of
from tests.common import UNITS, WORDS


def arms(text: str) -> dict[str, str]:
    """Each figure of ``text`` with its arm ("" when it is no placebo figure)."""
    return {
        d.mention.text: d.subject.context.get("arm", "") for d in draft_claims("d", text, WORDS)
    }


def test_a_randomisation_to_a_drug_or_placebo_names_no_group() -> None:
    """ "randomised ... to 60 mg of iron daily or a placebo for 12 weeks": the iron dose and the
    trial's length are no placebo group's."""
    text = (
        "The trial randomised 240 women with mild anaemia to 60 mg of iron daily or a placebo "
        "for 12 weeks."
    )
    assert arms(text) == {"240 women": "", "60 mg": "", "12 weeks": ""}
    text = (
        "It randomised adults to simvastatin 40 mg daily or placebo, and followed them for 5 years."
    )
    assert arms(text) == {"40 mg daily": "", "5 years": ""}
    text = "Volunteers were given placebo or 10 mg of zinc for 14 days."
    assert arms(text) == {"10 mg": "", "14 days": ""}


def test_a_placebo_group_is_still_its_figures() -> None:
    """The group named beside its own figure stays that figure's."""
    assert arms("Pain fell by 12% in the placebo group.") == {"12%": "placebo"}
    assert arms("In the placebo group, symptoms lasted 7.4 days.") == {"7.4 days": "placebo"}
    text = "Of the 120 patients on placebo, 30 improved."
    assert arms(text)["30"] == "placebo"


def test_a_difference_after_a_compared_placebo_figure_is_the_trials() -> None:
    """ "5.2 days ..., against 7.4 days in the placebo group, cutting the average cold by 2.2
    days": the placebo's figure is 7.4 days, the difference the trial's."""
    text = (
        "Colds in the zinc group lasted 5.2 days on average, against 7.4 days in the placebo "
        "group, cutting the average cold by 2.2 days."
    )
    assert arms(text) == {"5.2 days": "", "7.4 days": "placebo", "2.2 days": ""}
    text = (
        "Lean mass rose by 1.9 kg in the creatine group against 0.5 kg in the placebo group, a "
        "difference of 1.4 kg."
    )
    assert arms(text) == {"1.9 kg": "", "0.5 kg": "placebo", "1.4 kg": ""}


def figure(text: str, said: str) -> Draft:
    """The draft of the figure written ``said`` in ``text``."""
    [found] = [d for d in draft_claims("d", text, WORDS) if d.mention.text == said]
    return found


def candidates(a: Draft, b: Draft) -> bool:
    """Whether grouping scores two documents' drafts as a pair (``similarity.candidate_pairs``)."""
    drafts = [(0, 0, a), (1, 0, b)]
    pairs, _ = similarity.candidate_pairs(drafts, [a.mention.amount, b.mention.amount])
    return (0, 1) in pairs


def subjects(texts: dict[str, str], said: list[str]) -> list[str]:
    """The grouped subject id of each figure of ``said`` (written so, in ``texts``' order)."""
    documents = [
        Document(name, text, tuple(draft_claims(name, text, WORDS))) for name, text in texts.items()
    ]
    found = {
        d.mention.text: d.subject.id for doc in consolidate(documents, UNITS) for d in doc.drafts
    }
    return [found[s] for s in said]


def test_a_rule_comes_into_force_and_takes_effect_when_it_starts() -> None:
    """ "The ban comes into force at 00:01" and "The restrictions take effect from 6am": the
    start of one measure (a ban is a restriction), not a dose taken."""
    keys = []
    for text, time in (
        ("The ban comes into force at 00:01 on Monday.", "00:01"),
        ("The restrictions take effect from 6am on Monday.", "6am"),
        ("The hosepipe ban came into effect at midnight.", "midnight"),
    ):
        at = text.index(time)
        keys.append(event_of(text, (at, at + len(time)), (0, len(text))).key)
    assert keys == ["ban-start", "ban-start", "ban-start"]
    text = "Take the tablet at 9pm."
    at = text.index("9pm")
    assert event_of(text, (at, at + 3), (0, len(text))).action == "take"


def test_a_time_that_names_no_event_meets_the_times_of_events() -> None:
    """ "At 11:00 the town's mayor cut the ribbon" names no event its time reads (no action, no
    thing before it): it may be the time "cut a ribbon at 11am" gives. Two named events are
    never compared ("polls opened at 7am", "the count began at 7am")."""
    unnamed = figure("At 11:00 the town's mayor cut the ribbon.", "11:00")
    ribbon = figure("The mayor cut a ribbon at 11am outside the museum.", "11am")
    assert unnamed.subject.family != ribbon.subject.family
    assert candidates(unnamed, ribbon)
    polls = figure("Polls opened at 7am across the county.", "7am")
    count = figure("The count began at 7am across the county.", "7am")
    assert not candidates(polls, count)


def test_one_event_timed_in_two_documents_is_one_subject() -> None:
    texts = {
        "a.txt": "The mayor cut a ribbon at 11am in front of the restored museum.",
        "b.txt": "At 11:00 the mayor cut the ribbon in front of the restored museum.",
    }
    first, second = subjects(texts, ["11am", "11:00"])
    assert first == second


def test_a_settings_bare_number_meets_a_count_of_it() -> None:
    """A reference's "maximum 10000" of ``batch_size`` and "raise batch_size up to 10,000
    events"; ``--workers``' "Default: 4" and "runs one worker per CPU core by default": one
    setting's value, a bare number in one and a count in the other."""
    table = "| Setting | Default | Description |\n|---|---|---|\n| `batch_size` | 500 | Events sent per batch. Minimum 1, maximum 10000. |\n"
    maximum = figure(table, "10000")
    events = figure("You can raise batch_size up to 10,000 events.", "up to 10,000 events")
    assert maximum.subject.family != events.subject.family
    assert candidates(maximum, events)
    table = "| Option | Default | Description |\n|---|---|---|\n| `--workers` | 4 | Number of worker processes |\n"
    default = figure(table, "4")
    workers = figure(
        "shrinkwell runs one worker per CPU core by default.", "one worker per CPU core"
    )
    assert candidates(default, workers)


def test_a_setting_meets_no_count_of_another_thing() -> None:
    """The replica timeout's "defaults to 10" is no count of replicas; a CI sample's
    "--limit-upload 2048" is one reader's example."""
    timeout = figure("The replica timeout defaults to 10 unless set.", "10")
    assert timeout.subject.setting == "replica-timeout"
    replicas = figure("We test with up to 8 replicas per primary.", "up to 8 replicas")
    assert not candidates(timeout, replicas)
    table = "| Option | Default | Description |\n|---|---|---|\n| `--limit-upload` | 0 | Upload cap in KiB/s. For example, --limit-upload 2048 caps uploads at 2 MiB/s. |\n"
    example = figure(table, "2048 caps uploads")
    default = figure(table, "0")
    assert example.subject.setting == default.subject.setting == "limit-upload"
    other = figure("Set limit_upload to cap uploads; 5120 is a good start.", "5120")
    assert not candidates(example, other)


def test_a_number_of_a_span_meets_the_counts_of_that_span() -> None:
    """ "five or six a week is a good target" answers "two or three sessions a week"; "Anyone on
    15 or more a day" answers "more than 10 cigarettes a day"."""
    sessions = figure("Two or three sessions a week are plenty.", "Two or three sessions a week")
    target = figure("Most find five or six a week is a good target.", "five or six a week")
    assert candidates(sessions, target)
    cigarettes = figure(
        "If you smoke more than 10 cigarettes a day, use the 21 mg patch.",
        "more than 10 cigarettes a day",
    )
    heavy = figure(
        "Anyone on 15 or more a day should start on the 21 mg patch.", "15 or more a day"
    )
    assert heavy.mention.per == "day"
    assert candidates(cigarettes, heavy)
    # A number of another span, with words of its own, is no count of the sessions.
    fees = figure("Membership costs about 40 a year for students.", "about 40 a year")
    assert not candidates(sessions, fees)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE NUMBERS BEHIND NINE HOT DAYS", ("9 days", "duration", "day")),
        ("The region had 12 dry days in a row.", ("12 days", "duration", "day")),
        ("Expect three rainy days.", ("3 days", "duration", "day")),
        ("It was nine consecutive days of heat.", ("9 days", "duration", "day")),
        # ... not other nouns after the same words.
        ("The shop sold 40 hot drinks.", ("40", "count", "drinks")),
        ("Keep 3 dry towels handy.", ("3", "count", "towels")),
    ],
)
def test_days_of_one_weather_are_a_span_of_days(text: str, expected: tuple[str, str, str]) -> None:
    """ "nine hot days" is a span of nine days, as "nine consecutive days" is, not a count of a
    thing called days."""
    assert [
        (m.value, m.dimension, m.noun or m.amount.unit) for m in find_mentions(text, WORDS)
    ] == [expected]


def test_people_counted_by_what_befell_them_meet_a_bare_toll() -> None:
    """ "23 people had died" and "Heatwave death toll reaches 27" both count deaths; the toll
    meets no count of people who were admitted."""
    toll = figure("Heatwave death toll reaches 27", "27")
    died = figure("Officials said that 23 people had died with heat.", "23 people")
    assert similarity._counts_alike(toll, died)
    rescued = figure("Crews rescued 23 people from the river.", "23 people")
    assert not similarity._counts_alike(toll, rescued)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The second is given on day 0 and day 7.",
            [("0", "number"), ("7 days", "duration")],
        ),
        (
            "Dose one: day 0. Dose three: on day 21 or later.",
            [("0", "number"), ("21 days", "duration")],
        ),
        # A page that counts no day 0 may start from day 1; a day 0.5 is no day 0.
        ("Starting on day 3 is as good as starting on day 1.", [("3", "number"), ("1", "number")]),
        ("Take it on day 0.5 and again on day 7.", [("0.5", "number"), ("7", "number")]),
    ],
)
def test_a_day_of_a_schedule_from_day_0_is_the_days_since(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "on day 0 and day 7": the second dose seven days after the first, as "seven days after
    the first" says."""
    assert [(m.value, m.dimension) for m in find_mentions(text, WORDS)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ripe starter should at least double after a feed.", (">=100%", "share")),
        ("You can double the recipe for a party.", ("100%", "share")),
        ("A healthy starter doubles after a feed.", ("100%", "share")),
        # Not a verb: a multiplier of an amount named after it.
        ("Double the dose if needed.", ("2", "ratio")),
    ],
)
def test_a_multiplier_verb_after_a_modal_is_a_change(text: str, expected: tuple[str, str]) -> None:
    """ "should at least double" says the rise "doubles" does (100% up), not a bare ratio of 2."""
    [found] = [d for d in draft_claims("d", text, WORDS) if d.label is None]
    assert (found.mention.value, found.mention.dimension) == expected

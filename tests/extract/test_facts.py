"""Facts stated yes or no (``extract.facts``, ``grouping.facts``): a phrase table of pairs that
disagree and pairs that do not, written from general knowledge of news and docs."""

from __future__ import annotations

import pytest

from factcheck.extract.facts import Fact, fact_in, propose_fact
from factcheck.extract.grouping.facts import facts_match


def _fact(sentence: str) -> Fact | None:
    return fact_in(sentence, 0, len(sentence))


def _disagree(a: str, b: str) -> bool:
    fact_a, fact_b = _fact(a), _fact(b)
    if fact_a is None or fact_b is None:
        return False
    same = facts_match(propose_fact(fact_a).keywords, propose_fact(fact_b).keywords)
    return same and fact_a.label != fact_b.label


DISAGREE = [
    (
        "The ship lost power moments before it left the channel.",
        "Data indicates the ship did not lose power.",
    ),
    (
        "A harbor pilot was on the bridge at the time, the Coast Guard said.",
        "No pilot was on board at the time of the grounding.",
    ),
    (
        "The group will continue its share buyback programme as planned.",
        "The chief executive said the company had paused the buyback.",
    ),
    ("The council approved the housing plan on Tuesday.", "The council rejected the housing plan."),
    ("The council approved the housing plan.", "The council did not approve the housing plan."),
    ("The ministry confirmed the layoffs.", "The ministry denied the layoffs."),
    ("The bridge was closed to traffic.", "The bridge remained open to traffic."),
    ("The airport was closed for the night.", "The airport was open for the night."),
    ("The bank suspended its dividend.", "The bank continued its dividend."),
    ("The mine halted production after the flood.", "The mine continued production."),
    ("The company resumed shipments to Europe.", "The company stopped shipments to Europe."),
    ("The regulator approved the merger.", "The regulator vetoed the merger."),
    ("The museum reopened its east wing.", "The museum closed its east wing."),
    ("The captain was on board when the fire started.", "The captain was not on board."),
    ("The driver was at the helm.", "No driver was at the helm."),
    ("The plant lost power during the storm.", "The plant never lost power."),
    ("The striker signed a new contract.", "The striker did not sign a new contract."),
    ("The senator backed the bill.", "The senator did not back the bill."),
    ("The train derailed the freight wagons.", "The train had not derailed the freight wagons."),
    ("The hospital cancelled the surgeries.", "The hospital continued the surgeries."),
    ("The agency froze the grant.", "The agency resumed the grant."),
    ("The factory shut its gates.", "The factory opened its gates."),
    ("The judge rejected the appeal.", "The judge approved the appeal."),
    ("The club paused ticket sales.", "The club did not pause ticket sales."),
    ("The board approved the dividend.", "The board has not approved the dividend."),
    ("The firm suspended its buyback.", "The company continued its buyback."),
    ("The road was closed after the landslide.", "The road was not closed."),
    ("The crew was on board.", "The crew was absent."),
    ("The league cancelled the final.", "The league did not cancel the final."),
    ("The city confirmed the water outage.", "The city denied the water outage."),
    ("The school closed its doors.", "The school did not close its doors."),
    ("The lab released the results.", "The lab did not release the results."),
]

AGREE_OR_APART = [
    # same polarity
    ("The ship lost power.", "The ship lost power before it grounded."),
    ("The council rejected the plan.", "The council did not approve the plan."),
    ("The bank suspended its dividend.", "The bank halted its dividend."),
    ("No pilot was on board.", "The pilot was absent."),
    ("The museum reopened its wing.", "The museum continued to open its wing."),
    # different subjects or objects
    ("The ship lost power.", "The tug did not lose power."),
    ("The council approved the housing plan.", "The council rejected the parking fee."),
    ("The bridge was closed.", "The tunnel was open."),
    ("The company paused the buyback.", "The company continued its dividend."),
    ("The plant lost power.", "The plant did not lose workers."),
    ("The captain was on board.", "No passenger was on board."),
    ("The senator backed the bill.", "The mayor did not back the budget."),
    ("The regulator approved the merger.", "The union rejected the pay offer."),
    ("The city confirmed the outage.", "The city denied the bribe."),
    ("The striker signed a new contract.", "The coach did not sign a new contract."),
    # conditionals, speculation, questions, plans, history
    ("If the ship loses power, the anchor drops.", "The ship did not lose power."),
    ("The ship may have lost power.", "The ship did not lose power."),
    ("The ship could have lost power.", "The ship did not lose power."),
    ("Did the ship lose power?", "The ship did not lose power."),
    ("The company plans to pause the buyback.", "The company continued its buyback."),
    ("The council is expected to approve the plan.", "The council did not approve the plan."),
    ("In 2019 the council rejected the plan.", "The council approved the plan."),
    ("Years ago the bridge was closed.", "The bridge was open."),
    ("Early reports claimed the ship lost power.", "The ship did not lose power."),
    ("It is not true that the ship lost power.", "The ship lost power."),
    ("The council will approve the plan next week.", "The council did not approve the plan."),
    # "not only" and double negatives
    ("The plant not only lost power but flooded.", "The plant did not lose power."),
    ("The council never failed to approve the plan.", "The council rejected the plan."),
    ("No pilot was not on board.", "A pilot was on board."),
    # advice and the reader
    ("Never close the valve.", "The valve was closed."),
    ("You did not lose power.", "The ship lost power."),
    ("Do not pause the buyback.", "The company paused the buyback."),
]


@pytest.mark.parametrize(("a", "b"), DISAGREE)
def test_pairs_that_disagree(a: str, b: str) -> None:
    assert _disagree(a, b)
    assert _disagree(b, a)


@pytest.mark.parametrize(("a", "b"), AGREE_OR_APART)
def test_pairs_that_do_not(a: str, b: str) -> None:
    assert not _disagree(a, b)
    assert not _disagree(b, a)


def test_tables_are_large_enough() -> None:
    assert len(DISAGREE) >= 30
    assert len(AGREE_OR_APART) >= 30


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one word of the subject shared is a topic, not a thing
        (
            "Idle server connections are closed after a while.",
            "Client connections are never closed for being idle.",
        ),
        # a time of day or a span of time is compared as such
        ("Polling stations closed at 9pm local time.", "Polling stations were open from 07:00."),
        ("The polls were open for 14 hours.", "The polls were closed."),
        # "close" as an adjective is no state
        ("The six stages are close enough together.", "The band opened the six stages."),
    ],
)
def test_look_alikes_kept_apart(a: str, b: str) -> None:
    assert not _disagree(a, b)
    assert not _disagree(b, a)


def test_headings_adverbs_and_adjectives_state_no_fact() -> None:
    assert _fact("A cup of brewed coffee holds roughly 95 mg.") is None
    assert _fact("Diarrhoea developed in 11% of the probiotic group.") is None
    assert _fact("Frequently Asked Questions") is None
    assert _fact("Melatonin users fell asleep about 7 minutes sooner.") is None
    assert _fact("Two crossover trials showed benefit.") is None
    assert _fact("- Frequently asked questions") is None
    assert _fact("The ship lost power.") is not None

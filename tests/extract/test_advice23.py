"""Going on with a thing against leaving it off, and the order of two software steps
(``subjects.actions``, ``polarity._going_on``, ``order``): "keep taking your tablets during a
flare" and "stop your tablets during a flare" advise opposite acts on one thing; "Run the
converter before you install the version 3 package" and "Upgrade the package first, then run
the converter" order the same two steps the other way round. Pairs written from general English
across health and software, with look-alikes that do not disagree."""

from __future__ import annotations

import pytest

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS
from tests.extract.test_advice_need import verdict

#: One document says to go on with a thing, the other to leave it off.
DISAGREE = [
    ("Keep taking your tablets during a flare.", "Stop your tablets during a flare."),
    (
        "If you already take allopurinol, keep taking it during a flare at your usual dose.",
        "Stop your allopurinol during a flare.",
    ),
    ("Carry on using the steroid cream until the rash has gone.", "Stop using the steroid cream."),
    ("Continue to take your blood pressure tablets.", "Stop taking your blood pressure tablets."),
    ("You should keep wearing the splint at night.", "Discontinue the splint at night."),
    ("Don't stop taking the antibiotics early.", "Stop the antibiotics early."),
]

#: Look-alikes: another thing, another case, or stances that agree.
AGREE_OR_NONE = [
    # another thing
    ("Keep taking your tablets during a flare.", "Stop your coffee during a flare."),
    ("If you take iron, keep taking vitamin C.", "Stop your iron tablets."),
    # a case said on one side only is compared with advice in that case only
    ("If you get a rash, stop using the cream.", "Keep using the cream every day."),
    # both say the same
    ("Keep taking your tablets during a flare.", "Do not stop your tablets during a flare."),
    ("Stop taking the tablets.", "Discontinue the tablets."),
    # starting and stopping are no pair of going on and leaving off
    ("Start the server before the upgrade.", "Stop the server before the upgrade."),
]


@pytest.mark.parametrize(("one", "other"), DISAGREE)
def test_going_on_against_leaving_off(one: str, other: str) -> None:
    assert verdict(one, other) == "conflict"
    assert verdict(other, one) == "conflict"


@pytest.mark.parametrize(("one", "other"), AGREE_OR_NONE)
def test_look_alikes(one: str, other: str) -> None:
    assert verdict(one, other) != "conflict"


def _orders(text: str) -> set[tuple[str, str]]:
    return {(d.subject.id, str(d.value)) for d in draft_claims("a", text, WORDS)
            if d.subject.id.startswith("order-")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "order"),
    [
        # installing a thing named by a version is upgrading (as "the new version" is)
        ("Run `cronwheel migrate-config` before you install the version 3 package.",
         ("order-migrate-config-upgrade", "migrate-config first")),
        ("Run tidy export before you install the v3 binary.",
         ("order-export-upgrade", "export first")),
        # the second step on a line a plain-text file wraps
        ('Upgrade the package first, then run "cronwheel migrate-config" to convert\nyour old '
         "configuration file.",
         ("order-migrate-config-upgrade", "upgrade first")),
    ],
)  # fmt: skip
def test_orders(text: str, order: tuple[str, str]) -> None:
    assert order in _orders(text)


def test_no_order_across_a_blank_line_or_of_a_plain_package() -> None:
    # a blank line ends the step; installing "the package" alone names no version
    assert not _orders("Upgrade the package first, then\n\nrun the converter.")
    assert ("order-export-upgrade", "export first") not in _orders(
        "Run tidy export before you install the package."
    )


def test_being_on_the_thing_is_no_case_of_its_own() -> None:
    # "while on X" after an "if" clause, of the thing the advice names, is taken for granted
    drafts = draft_claims(
        "a",
        "If you get an attack while on allopurinol, stop your allopurinol until the attack "
        "has settled, then start again.",
        WORDS,
    )
    assert [(d.subject.id, dict(d.subject.context)) for d in drafts] == [
        ("whether-stop-your-allopurinol", {"condition": "you get an attack"})
    ]
    assert (
        verdict(
            "If you get a rash while using the cream, stop using the cream.",
            "If you get a rash, keep using the cream.",
        )
        == "conflict"
    )
    # another thing while on: no case taken for granted, no advice read
    assert not draft_claims("a", "If you feel dizzy while driving, pull over.", WORDS)

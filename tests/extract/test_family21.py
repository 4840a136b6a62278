"""Figures of one quantity drafted in two families (issue family21).

Grouping compares only drafts of one family (the dimension, a count's class of noun, the arm, a
time's event), and lets some families meet as candidates where two of them may state one
quantity (a count and a bare number). The phrasings below are written from general English of
trial reports, schedules and software references, not from one corpus's lines: a trial's own
figures beside "or a placebo" or after a compared placebo figure are no placebo group's; ...
"""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from tests.common import WORDS


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

"""Figures of one quantity that grouping used to keep apart (issue 14's "drafted apart" misses):
whose group a trial's figure is, and a page that says one quantity twice."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate
from tests import common
from tests.common import UNITS, WORDS


def arms(text: str) -> dict[str, str]:
    """Each figure of ``text`` with its arm ("" when it is no placebo figure)."""
    return {
        d.mention.text: d.subject.context.get("arm", "") for d in draft_claims("d", text, WORDS)
    }


def extract_and_check(folder: Path, texts: dict[str, str]) -> tuple[dict, list[dict]]:
    """``factcheck extract`` then ``check --format json`` on the documents, as a user runs them:
    the claims file and the conflict findings."""
    data, report = common.extract_and_check(folder, texts)
    return data, [f for f in report["findings"] if f["kind"] == "conflict"]


def test_a_group_named_after_a_later_figure_is_that_figures() -> None:
    """Of "4% of people on the drug and 3% of those on placebo" only 3% is the placebo arm's."""
    text = "Drowsiness was reported by 4% of people on tarivastine and 3% of those on placebo."
    assert arms(text) == {"4%": "", "3%": "placebo"}
    text = "Diarrhoea developed in 11% of the probiotic group, against 18% of the placebo group."
    assert arms(text) == {"11%": "", "18%": "placebo"}
    # A group named right after the figure, or before it, is still the figure's.
    assert arms("Pain fell by 12% in the placebo group.") == {"12%": "placebo"}
    assert arms("In the placebo group, pain fell by 12%.") == {"12%": "placebo"}


def test_a_figure_compared_with_the_control_group_is_the_treated_groups() -> None:
    assert arms("Muscle soreness scores fell by 18% compared with the control group.") == {
        "18%": ""
    }
    assert arms("Recovery took 9% less time against the control group.") == {"9%": ""}
    assert arms("Recovery took 9% less time in the control group.") == {"9%": "placebo"}


def test_a_trials_result_compared_with_control_meets_another_pages_account(
    tmp_path: Path,
) -> None:
    """The treated group's result, said against the control group on one page and alone on
    another, is one quantity: the two pages disagree (18% against a third)."""
    data, conflicts = extract_and_check(
        tmp_path,
        {
            "news.md": (
                "Regular ice baths after exercise reduce muscle soreness, according to a study "
                "from Tarnby University.\n\n"
                "- Muscle soreness scores fell by 18% compared with the control group.\n"
            ),
            "blog.md": (
                "I swear by ice baths after a long run. The Tarnby study showed soreness "
                "dropped by a third.\n"
            ),
        },
    )
    values = {c["value"]: c for c in data["claims"]}
    assert values["18%"]["context"] == {"change": "down"}  # no arm: the treated group's
    assert values["18%"]["subject"] == values["33.3%"]["subject"]
    assert len(conflicts) == 1


def test_two_pages_side_by_side_comparisons_of_groups_are_two_measures() -> None:
    """Two sentences that each set two groups' figures side by side share the groups' words,
    not a measure: bloating (9%) and diarrhoea (11%) in the probiotic group stay apart."""
    text = (
        "Diarrhoea developed in 11% of the probiotic group, against 18% of the placebo "
        "group.\n\n"
        "Bloating was reported by 9% of the probiotic group and 7% of the placebo group.\n"
    )
    [page] = consolidate([Document("d.md", text, tuple(draft_claims("d", text, WORDS)))], UNITS)
    subject = {d.mention.text: d.subject.id for d in page.drafts}
    assert subject["11%"] != subject["9%"]
    assert subject["18%"] != subject["7%"]
    # One figure per sentence, under one subject of two terms or more: one quantity said twice.
    text = (
        "In the study, 11% of the probiotic group had diarrhoea.\n\n"
        "Later, 14% of the probiotic group had diarrhoea.\n"
    )
    [page] = consolidate([Document("d.md", text, tuple(draft_claims("d", text, WORDS)))], UNITS)
    subject = {d.mention.text: d.subject.id for d in page.drafts}
    assert subject["11%"] == subject["14%"]


def test_a_page_that_restates_a_figure_with_one_word_more_contradicts_itself(
    tmp_path: Path,
) -> None:
    """A page that says "about 97 percent of UVB" and "around 93 percent of UVB rays": the terms
    of one subject and one word more, so one quantity, and the page disagrees with itself."""
    page = (
        "<p>The sun protection factor measures protection against UVB. Used properly, SPF 30 "
        "blocks about 97 percent of UVB, while SPF 50 stops roughly 98 percent.</p>\n"
        "<p>Shoppers should read the small print on water resistance. SPF 30 filters out "
        "around 93 percent of UVB rays when applied at the test thickness, the researchers "
        "add.</p>\n"
    )
    data, conflicts = extract_and_check(tmp_path, {"news.html": page})
    values = {c["value"]: c["subject"] for c in data["claims"]}
    assert values["~97%"] == values["~93%"]
    assert values["~98%"] != values["~97%"]
    assert len(conflicts) == 1


def test_one_word_more_of_another_shape_stays_apart() -> None:
    """A share and a change of it ("share-weekly-mileage", "share-change-weekly-mileage") differ
    by one word, but in shape: two quantities."""
    text = (
        "Keep easy running at 80% of your weekly mileage.\n\n"
        "Whatever plan you follow, add no more than 10% to your weekly mileage.\n"
    )
    [page] = consolidate([Document("d.md", text, tuple(draft_claims("d", text, WORDS)))], UNITS)
    subject = {d.mention.text: d.subject for d in page.drafts}
    assert subject["no more than 10%"].terms == ("weekly", "mileage")
    assert subject["80%"].id != subject["no more than 10%"].id


def _measured_by(text: str) -> dict[str, tuple[str, ...]]:
    """Each figure of ``text`` with the key words its subject is proposed from."""
    return {d.mention.text: d.subject.keywords for d in draft_claims("d", text, WORDS)}


def test_a_clause_that_opens_with_its_verb_takes_the_sentences_opening_phrase() -> None:
    """ "Turnout, measured as ..., was 63.2%": the figure's clause has no subject of its own, so
    what it measures is the phrase before the aside."""
    for sentence, opening in (
        ("Turnout, measured as ballot papers cast as a share of registered electors, was 63.2%.",
         {"turnou"}),
        ("The final bill, officials said on Monday, came to 41 million euros.", {"bill", "final"}),
        # ("attendance" is said as its synonyms' key word: attendees, visitors, spectators)
        ("Average attendance (excluding cup games) stood at 18,400.", {"visitor"}),
    ):  # fmt: skip
        keywords = next(iter(_measured_by(sentence).values()))
        assert opening <= set(keywords), keywords
    # A clause with its own subject keeps its own words.
    said = _measured_by("Turnout rose sharply, and the share of valid ballot papers was 63.2%.")
    assert "turnou" not in said["63.2%"]


def test_one_quantity_with_an_aside_meets_another_pages_plain_statement(tmp_path: Path) -> None:
    notice = (
        "<p>Turnout, measured as ballot papers cast as a share of registered electors, "
        "was 63.2%.</p>\n"
    )
    report = "Turnout was 61.8%, in what officials described as a calm and orderly day.\n"
    data, conflicts = extract_and_check(tmp_path, {"notice.html": notice, "report.md": report})
    subjects = {c["value"]: c["subject"] for c in data["claims"]}
    assert subjects["63.2%"] == subjects["61.8%"]
    assert len(conflicts) == 1


def test_a_bare_number_that_names_the_counted_noun_meets_the_count(tmp_path: Path) -> None:
    """ "won 24 of the 60 seats" gives 24 as a bare number whose words say "seats": it is the
    count another page gives as "26 seats", and the two pages disagree (not 60 against 26)."""
    data, conflicts = extract_and_check(
        tmp_path,
        {
            "notice.md": (
                "# Harbour council election: official notice\n\n"
                "The count finished at 2 a.m. The Civic Union won 24 of the 60 seats, and the "
                "Green Alliance came second.\n"
            ),
            "herald.md": (
                "# Civic Union wins the harbour council\n\n"
                "By Sunday morning it was clear that the Civic Union had won 26 seats, its best "
                "result in a decade.\n"
            ),
        },
    )
    subjects = {c["value"]: c["subject"] for c in data["claims"]}
    assert subjects["24"] == subjects["26"] != subjects["60"]
    assert len(conflicts) == 1


def test_a_number_on_a_scale_is_no_count_of_another_noun(tmp_path: Path) -> None:
    """A compression level and a count of chunks of the same program share its name only: the
    level stays with the reference's level (3 against 6), not with the 8 parallel chunks."""
    data, _ = extract_and_check(
        tmp_path,
        {
            "README.md": (
                "# vaultkit\n\n"
                "- **Uploads.** vaultkit uploads 8 chunks in parallel by default, which suits "
                "most home connections.\n"
            ),
            "FAQ.txt": (
                "Q: Which compression should I use?\n"
                "A: vaultkit uses zstd level 6 by default, which is a good balance of speed "
                "and size.\n"
            ),
        },
    )
    subjects = {c["value"]: c["subject"] for c in data["claims"]}
    assert subjects["8"] != subjects["6"]


CHARGER = (
    "# Home charging guide\n\n## At a glance\n\n- Standard home charger: rated at 7 kW.\n\n"
    "## How fast is it?\n\nOn a single-phase supply a home wallbox delivers 7 kW, enough to add "
    "about 30 miles of range an hour.\n"
)


def test_a_page_that_restates_a_value_in_other_words_keeps_both_under_one_subject(
    tmp_path: Path,
) -> None:
    """A page's summary ("rated at 7 kW") and its body ("a home wallbox delivers 7 kW") state one
    value alike: both join the subject the other pages' figures join, and the one conflict holds
    them all, instead of the body's restatement making a subject of its own."""
    data, conflicts = extract_and_check(
        tmp_path,
        {
            "charger.md": CHARGER,
            "review.md": (
                "# Our wallbox review\n\nA standard home charger is rated at 11 kW, faster than "
                "most public posts.\n"
            ),
            "forum.md": (
                "# Owners' forum digest\n\nMost members say their home wallbox delivers 7 kW on "
                "a single-phase supply.\n"
            ),
        },
    )
    power = {c["subject"] for c in data["claims"] if c["value"] in ("7 kW", "11 kW")}
    assert len(power) == 1
    assert len(conflicts) == 1

"""Tests for factcheck.extract.subjects.propose: which mentions share a subject and which do not."""

from __future__ import annotations

from factcheck.extract.drafts import draft_claims
from factcheck.extract.polarity import ACTION
from factcheck.extract.subjects.propose import Proposal, VocabularySubject
from tests.common import WORDS


def subjects(text: str, vocabulary: tuple[VocabularySubject, ...] = ()) -> list[str]:
    """The subjects proposed for ``text``'s figures and advice in words (advice for or against
    an action has its subject from grouping: ``test_advice_polarity``)."""
    drafts = draft_claims("doc", text, WORDS, vocabulary)
    return [d.subject.id for d in drafts if d.subject.family != ACTION]


def test_typical_dose_ranges_share_a_subject_across_phrasings() -> None:
    phrasings = [
        "When used in much lower doses, typically between 1.5 mg and 4.5 mg, it acts differently.",
        "In very small amounts (about 0.5–4.5 mg) it acts another way.",
        "Given in small doses, though, usually from 1.5 mg to 4.5 mg each day, it differs.",
        "Taken in a far smaller quantity, most often somewhere from 1.5 mg up to 4.5 mg, it works.",
    ]
    found = {subject for text in phrasings for subject in subjects(text)}
    assert len(found) == 1


def test_standard_dose_is_apart_from_typical_dose() -> None:
    text = (
        "For addiction the ordinary daily dose is anywhere from 50 mg to 100 mg. "
        "Low doses are usually from 0.5 mg to 4.5 mg a day."
    )
    standard, typical = subjects(text)
    assert standard != typical


def test_fibromyalgia_measures_get_different_subjects() -> None:
    text = (
        "### Fibromyalgia\n\nIn trials where people with fibromyalgia took 4.5 mg every day:\n\n"
        "- pain scores fell by 30% on average\n\n"
        "In the newer study, 57% of fibromyalgia patients had a significant drop in pain, and 70% "
        "of the patients reported that their pain symptoms had improved.\n"
    )
    ids = subjects(text)
    mean_reduction, responders, improved = ids[1:]
    assert len({mean_reduction, responders, improved}) == 3
    assert all("fibromyalgia" in subject for subject in ids[1:])


def test_placebo_arm_is_apart_from_drug_arm() -> None:
    text = "Pain fell by 30% on LDN. Pain fell by 12% in the placebo group."
    drug, placebo = draft_claims("doc", text, WORDS)
    assert drug.subject.id != placebo.subject.id
    # both figures are changes ("fell by"): a change is kept apart from a level too
    assert placebo.subject.context == {"arm": "placebo", "change": "down"}
    assert drug.subject.context == {"change": "down"}


def test_comparison_with_placebo_is_not_the_placebo_arm() -> None:
    [draft] = draft_claims("doc", "Pain fell by 30% compared with placebo.", WORDS)
    assert draft.subject.context == {"change": "down"}


def test_a_figure_compared_with_placebo_after_it_is_the_drug_arm() -> None:
    text = "Those taking magnesium fell asleep 8 minutes faster than those on placebo."
    [draft] = draft_claims("doc", text, WORDS)
    assert "arm" not in draft.subject.context
    # Before the figure, the comparison names the placebo's figure.
    _, placebo = draft_claims("doc", "It cut times by 9%, compared with 2% for placebo.", WORDS)
    assert placebo.subject.context == {"arm": "placebo"}


def test_condition_comes_from_the_heading_when_the_sentence_has_none() -> None:
    text = "**Crohn's disease**\nTwo crossover trials showed benefit.\n"
    assert subjects(text) == ["count-crohn-trials"]


def test_declared_vocabulary_wins_when_key_words_match() -> None:
    vocabulary = (
        VocabularySubject("ldn-typical-daily-dose", "Typical daily LDN dose", "dose", ("typical",)),
        VocabularySubject("ldn-start-dose", "Starting dose", "dose", ("start",)),
        VocabularySubject("trial-weeks", "Trial length", "duration", ("trial",)),
    )
    text = "It is typically between 1.5 mg and 4.5 mg. Most people start on 1.5 mg per day."
    assert subjects(text, vocabulary) == ["ldn-typical-daily-dose", "ldn-start-dose"]


def test_vocabulary_of_another_dimension_is_not_used() -> None:
    vocabulary = (VocabularySubject("trial-weeks", "Trial length", "duration", ("trial",)),)
    [subject] = subjects("The trial used 4.5 mg.", vocabulary)
    assert subject != "trial-weeks"


def test_unit_words_and_lower_case_acronyms_are_not_conditions() -> None:
    [timeout] = draft_claims("doc", "The request timeout is 200 ms by default.", WORDS)
    assert timeout.subject.condition == ""
    [ms] = draft_claims("doc", "In MS, 99% of 400 patients had fewer attacks.", WORDS)[:1]
    assert ms.subject.condition == "ms"


def _proposal(text: str, nth: int = 0) -> Proposal:
    return draft_claims("doc", text, WORDS)[nth].subject


def test_weak_role_words_count_only_in_a_sentence_about_dosing() -> None:
    assert _proposal("A typical energy drink has 80 mg of caffeine.").role == ""
    assert _proposal("Most healthy adults can have 400 mg of caffeine.").role == ""
    assert _proposal("The typical dose is 80 mg.").role == "typical"


def test_recommendation_words_name_the_typical_amount_without_a_dose_word() -> None:
    assert _proposal("The recommended daily allowance is 600 IU.").role == "typical"


def test_an_amount_one_is_on_is_a_dose_taken() -> None:
    text = (
        "The safe upper limit for adults is 500 mg a day from supplements. Most of our patients "
        "do well\non 200 to 400 mg."
    )
    assert [d.subject.role for d in draft_claims("doc", text, WORDS)] == ["maximum", "typical"]
    # "most" alone says nothing of dosing.
    assert _proposal("Most adults need between 310 mg and 420 mg a day.").role == ""


def test_strong_role_words_count_after_the_number_too() -> None:
    assert _proposal("Doses of 10 to 14 grams can be fatal.").role == "toxic"
    assert _proposal("Taking 1,200 mg at once is toxic.").role == "toxic"


def test_average_is_its_own_role() -> None:
    assert _proposal("The average intake is 135 mg per day.").role == "average"


def test_a_bound_on_an_amount_is_a_limit() -> None:
    assert _proposal("Keep intake under 200 mg a day.").role == "maximum"
    assert _proposal("Keep intake near 200 mg a day.").role == ""


def test_an_amount_a_study_gave_is_a_trial_dose() -> None:
    assert _proposal("In a sleep-lab study, 400 mg was given at dinner.").role == "trial"


def test_population_comes_from_the_clause_then_the_sentence_before() -> None:
    text = "Agencies set the limit for healthy adults at 400 mg, and for pregnant women at 200 mg."
    assert [_proposal(text, i).population for i in (0, 1)] == ["adults", "pregnancy"]
    assert _proposal("For adolescents, paediatric groups advise 100 mg.").population == (
        "adolescents"
    )
    assert _proposal("Sleep time rose by 8 minutes.").population == ""


def test_share_shape_is_kept_but_not_in_the_family() -> None:
    proportion = _proposal("In trials 57% of patients had less pain.")
    plain = _proposal("Reaction times were 9% faster.")
    assert proportion.shape == "proportion" and plain.shape == ""
    assert proportion.family == plain.family


def test_sentence_words_are_kept_apart_from_the_key_words() -> None:
    proposal = _proposal(
        "Among regular coffee drinkers, around 50% of those who stop report headaches."
    )
    assert "headac" in proposal.keywords and "coffe" in proposal.context_words
    assert not set(proposal.context_words) & set(proposal.keywords)


def test_a_target_is_its_own_role() -> None:
    assert _proposal("Clinicians aim for a blood level of 30 ng/mL.").role == "target"
    assert _proposal("The target is 30 ng/mL.").role == "target"


def test_a_setting_default_is_its_own_role() -> None:
    text = "The default is 5 seconds; it cannot be set below 1 second or above 60 seconds."
    default, low, high = draft_claims("doc", text, WORDS)
    assert default.subject.role == "default"
    assert len({default.subject.id, low.subject.id, high.subject.id}) == 3


def test_a_mix_is_named_by_its_two_things_whatever_the_advice_words() -> None:
    assert subjects("Aim for three parts sand to one part cement.") == ["ratio-sand-to-cement"]
    assert subjects("Our rule is equal parts sand and cement.") == ["ratio-sand-to-cement"]


def test_a_bound_on_a_named_scale_is_a_threshold_on_it() -> None:
    assert subjects("Pick a helmet of at least EN 5.") == ["number-threshold-en"]
    assert subjects("A minimum of EN 3 will do.") == ["number-threshold-en"]


def test_key_words_meet_by_their_english_stem() -> None:
    """Suffixes go by English rules: "reapply" keeps its "-ly" and meets "reapplying"."""
    first = _proposal("Reapply it at least every 2 hours outdoors.")
    second = _proposal("Reapplying every 3 hours is fine on a cloudy day.")
    assert set(first.keywords) & set(second.keywords) >= {"reappl"}

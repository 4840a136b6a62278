"""Tests for factcheck.extract.grouping.group: one subject per quantity across documents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping.group import consolidate, described_pairs
from factcheck.extract.grouping.pairmodel import shipped
from factcheck.extract.grouping.similarity import FEATURES
from factcheck.extract.mentions.context import TextIndex
from tests.common import UNITS, WORDS


def documents(*texts: str) -> list[Document]:
    """One drafted document per text, ``d0.md``, ``d1.md``..."""
    return [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]


def grouped(*texts: str) -> list[list[str]]:
    return [[d.subject.id for d in doc.drafts] for doc in consolidate(documents(*texts), UNITS)]


def subject_of(*texts: str) -> list[dict[str, str]]:
    """Per document, each mention's surface text and its subject id."""
    return [
        {d.mention.text: d.subject.id for d in doc.drafts}
        for doc in consolidate(documents(*texts), UNITS)
    ]


def test_same_measure_in_other_words_joins_across_documents() -> None:
    a, b = grouped(
        "The hormone has an elimination half-life of 20 to 50 minutes.",
        "Its elimination half-life is roughly 40 minutes.",
    )
    assert a == b


def test_same_specific_figure_joins_even_when_worded_differently() -> None:
    a, b = grouped(
        "A meta-analysis of 19 trials with 1,683 participants was run.",
        "Pooled results from 19 studies (1,683 people) were shown.",
    )
    assert a == b


def test_different_measures_stay_apart() -> None:
    a, b = subject_of(
        "Melatonin shortened the time to fall asleep by about 7 minutes. "
        "Total sleep time rose by 8 minutes.",
        "Total sleep time rose by 8.25 minutes. Sleep onset came 7.06 minutes sooner.",
    )
    assert a["about 7 minutes"] == b["7.06 minutes"]
    assert a["8 minutes"] == b["8.25 minutes"]
    assert a["about 7 minutes"] != a["8 minutes"]


def test_mentions_of_one_document_are_not_joined_by_key_words() -> None:
    [ids] = grouped("The half-life is 20 minutes. Later the half-life was 50 minutes.")
    assert len(set(ids)) == len(ids) or ids[0] == ids[1]
    [same] = grouped("The half-life is 20 minutes.")
    assert same and same[0].startswith("duration")


def test_placebo_arm_never_joins_the_drug_arm() -> None:
    a, b = grouped(
        "In one trial 36% of older adults on melatonin rated their sleep as improved.",
        "In one trial 18% of older adults on placebo rated their sleep as improved.",
    )
    assert a != b


def test_different_conditions_stay_apart() -> None:
    a, b = grouped(
        "In fibromyalgia trials 57% of patients had a significant drop in pain.",
        "In Crohn's disease trials 57% of patients had a significant drop in pain.",
    )
    assert a != b


def test_consolidation_is_deterministic_and_keeps_order() -> None:
    texts = (
        "Its half-life is 40 minutes. It was sold in 2017.",
        "A half-life of 20 to 50 minutes.",
    )
    assert grouped(*texts) == grouped(*texts)


def test_amounts_join_across_documents_by_their_key_words() -> None:
    a, b = grouped(
        "An 8-ounce mug of brewed coffee holds roughly 95 mg of caffeine.",
        "Brewed coffee provides 95 mg per 8-ounce cup on average.",
    )
    assert a[-1] == b[0]


def test_amounts_with_different_roles_stay_apart_even_with_the_same_words() -> None:
    a, b = grouped(
        "For adults the recommended daily intake of zinc is 40 mg.",
        "For adults the upper limit of daily zinc intake is 40 mg.",
    )
    assert a != b


def test_toxic_amount_is_apart_from_a_limit_in_the_same_unit() -> None:
    a, b = grouped(
        "Zinc intake of up to 40 mg a day is fine for adults.",
        "Zinc intake of 40 mg a day can be toxic for adults.",
    )
    assert a != b


def test_a_limit_for_another_population_stays_apart() -> None:
    a, b = grouped(
        "During pregnancy, keep daily caffeine intake under 200 mg.",
        "For healthy adults, keep daily caffeine intake under 200 mg.",
    )
    assert a != b


def test_the_same_limit_in_other_words_joins() -> None:
    a, b = grouped(
        "During pregnancy, keep daily caffeine intake under 200 mg.",
        "People who are pregnant should have less than 200 mg of caffeine daily.",
    )
    assert a == b


def test_a_trial_dose_is_apart_from_a_safe_single_serving_limit() -> None:
    a, b = grouped(
        "A single serving of up to 200 mg caffeine is considered safe for adults.",
        "In a randomised trial, a single serving of 200 mg caffeine sped up reaction times.",
    )
    assert a != b


def test_two_values_of_one_sentence_never_share_a_subject() -> None:
    text = "Withdrawal symptoms start 12 to 24 hours after the last cup and last 2 to 9 days."
    a, b, c = grouped(text, text.replace("cup", "coffee"), text.replace("last cup", "dose"))
    for ids in (a, b, c):
        assert ids[0] != ids[1]
    assert a == b


def test_a_value_and_its_restatement_in_another_unit_share_a_subject() -> None:
    [ids] = grouped("One tablet holds 1.2 g (1,200 mg) of the drug.")
    assert ids[0] == ids[1]


def test_a_restatement_in_a_unit_pint_cannot_convert_declares_the_rate() -> None:
    [doc] = consolidate(documents("Adults need 15 mcg (600 IU) of the vitamin a day."), UNITS)
    first, second = doc.drafts
    assert first.subject.id == second.subject.id
    [rate] = first.subject.rates
    assert second.subject.rates == (rate,)
    assert (rate.unit, rate.factor, rate.other) == ("IU", pytest.approx(0.025), "µg")


def test_units_check_cannot_convert_and_no_document_relates_get_subjects_of_their_own() -> None:
    a, b = grouped(
        "Deficiency means a blood level below 25 ng/mL.",
        "Deficiency means a blood level below 50 nmol/L.",
    )
    assert b[0] == f"{a[0]}-nmol-l"
    # Of an analyte the sentences name, its molar mass relates them (analytes23): 50 nmol/L of
    # 25-hydroxyvitamin D is 20 ng/mL.
    a, b = grouped(
        "Deficiency means a blood level below 25 ng/mL of vitamin D.",
        "Deficiency means a blood level below 50 nmol/L of vitamin D.",
    )
    assert b[0] == a[0]


def test_a_learned_unit_ratio_joins_the_same_amount_across_documents() -> None:
    # The second document shares too few words to join on them alone; the amount it states,
    # 600 IU = 15 mcg as the first document restates it, makes up the difference.
    a, b, c = grouped(
        "Adults need 15 mcg (600 IU) of the vitamin a day.",
        "Experts advise 600 IU of the vitamin.",
        "The label lists 15 mcg of the vitamin.",
    )
    assert a[0] == a[1] == b[0] == c[0]


def test_alternative_values_in_one_unit_share_a_subject() -> None:
    [ids] = grouped("Many shop products contain 5 mg or even 10 mg.")
    assert ids[0] == ids[1]


def test_a_share_without_a_shape_joins_one_with_a_shape() -> None:
    a, b = grouped(
        "In a trial of students, a 200 mg dose made reaction times 9% faster.",
        "In a trial of students, caffeine shortened reaction times by 9%.",
    )
    assert a[-1] == b[-1]


def test_groups_with_the_same_proposed_id_keep_different_names() -> None:
    a, b = grouped(
        "A single serving of up to 200 mg caffeine is considered safe for adults.",
        "In a randomised trial, a single serving of 200 mg caffeine sped up reaction times.",
    )
    assert a[0].startswith("dose") and b[0].startswith("dose")
    assert a[0] != b[0]


_PHRASES = st.sampled_from(
    [
        "The recommended daily intake of zinc is {v} mg for adults.",
        "The upper limit of zinc intake is {v} mg a day for adults.",
        "During pregnancy the upper limit of zinc intake is {v} mg a day.",
        "In a randomised trial, {v} mg of zinc a day was given to adults.",
        "Doses of {v} mg of zinc can be toxic for adults.",
        "Adults should keep zinc intake under {v} mg daily.",
        "Children should keep zinc intake under {v} mg daily.",
    ]
)


@given(st.lists(st.tuples(_PHRASES, st.sampled_from([25, 40, 100])), min_size=2, max_size=6))
def test_no_group_mixes_roles_or_populations(sentences: list[tuple[str, int]]) -> None:
    texts = [phrase.format(v=value) for phrase, value in sentences]
    groups: dict[str, list[tuple[str, str]]] = {}
    for document in consolidate(documents(*texts), UNITS):
        for draft in document.drafts:
            key = (draft.subject.role, draft.subject.population)
            groups.setdefault(draft.subject.id, []).append(key)
    for keys in groups.values():
        assert len({role for role, _ in keys} - {""}) <= 1
        assert len({population for _, population in keys} - {""}) <= 1


def test_an_approximate_figure_counts_as_the_precise_one_it_rounds() -> None:
    texts = (
        "In pooled trials, melatonin users fell asleep about 7 minutes sooner.",
        "Across trials, sleep onset came 7.06 minutes earlier with melatonin.",
    )
    a, b = grouped(*texts)
    assert a == b
    rounded = _pair_score(*texts)
    assert rounded > 0.5
    assert _pair_score(texts[0].replace("about 7", "about 9"), texts[1]) < rounded - 0.3


def test_a_figure_and_its_rounding_in_another_unit_state_the_same_value() -> None:
    # No word in common: only the amount (42.195 km is 26.22 miles) makes them a pair.
    miles = "The course is 26.2 miles."
    assert _features("The course covers 42.195 km.", miles)["same_value"] == 1.0
    assert _features("The course covers 42.5 km.", miles)["same_value"] == 0.0


def _features(first: str, second: str) -> dict[str, float]:
    """The features of the pair of the two texts' first figures, by name."""
    pairs = {(a, b): f for a, b, f in described_pairs(documents(first, second), UNITS)}
    features = pairs[(0, 0), (1, 0)]
    return dict(zip(FEATURES, features, strict=True))


def _pair_score(first: str, second: str) -> float:
    return shipped().chance(tuple(_features(first, second).values()))


def test_far_apart_values_need_more_words_in_common() -> None:
    coffee = "A cup of brewed coffee holds roughly 95 mg."
    near = _pair_score(coffee, "A cup of brewed coffee holds 80 to 90 mg.")
    far = _pair_score(coffee, "A cup of brewed coffee holds 2 to 15 mg.")
    overlapping = _pair_score(coffee, "A cup of brewed coffee holds 15 to 100 mg.")
    # A range holding the figure may state the same quantity (see test_recall.py).
    assert far < overlapping - 0.2 and far < near - 0.2


def test_a_value_stated_beside_both_figures_joins_them() -> None:
    # Nothing but "over 70" links the 800 IU of the first document to the second's first.
    a, b = grouped(
        "Intake rises to 800 IU for people over 70.",
        "Residents in care homes should have 800 IU. Those over 70 should have 800 IU too.",
    )
    assert a[0] == b[2] != b[0]
    first = "Intake rises to 800 IU for people over 70."
    # (an age is read in years where it is said as one: "when you are over 70")
    assert _features(first, "Take 800 IU when you are over 70.")["shared_companions"]
    assert not _features(first, "Take 800 IU in care homes.")["shared_companions"]


def test_a_that_is_list_restates_the_values_before_it_in_order() -> None:
    [ids] = grouped(
        "The intake is 600 IU per day, rising to 800 IU for people over 70. "
        "In micrograms that is 15 mcg and 20 mcg."
    )
    ius, mcgs = [ids[0], ids[1]], [ids[3], ids[4]]
    assert ius == mcgs
    assert ids[0] != ids[1]


def test_a_that_is_list_in_another_kind_of_unit_restates_nothing() -> None:
    [ids] = grouped(
        "Adults can have no more than 400 mg per day. That is about four cups of coffee."
    )
    assert ids[0] != ids[1]


def test_bounds_on_a_level_from_either_side_are_one_threshold() -> None:
    a, b, c = grouped(
        "A blood level of at least 20 ng/mL is considered adequate.",
        "Below 20 ng/mL counts as deficiency.",
        "With a threshold of 20 ng/mL, many adults were deficient.",
    )
    assert a == b == c


def test_a_line_break_before_a_number_does_not_end_the_sentence() -> None:
    text = "Guidelines set 600 IU per day, rising to\n800 IU for people over 70.\n1. Take it daily."
    index = TextIndex(text)
    start, end = index.around((text.index("800"), text.index("800") + 6)).sentence
    assert text[start:end].startswith("Guidelines") and "over 70" in text[start:end]
    start, end = index.around((text.index("Take"), text.index("Take") + 4)).sentence
    assert "800" not in text[start:end]  # a list item starts a sentence of its own


def test_being_a_trial_dose_is_no_evidence_of_the_same_trial() -> None:
    score = _pair_score(
        "In a sleep study, 400 mg shortened total sleep.",
        "In a trial, 200 mg quickened reactions.",
    )
    assert score < 0.2  # 0.3 when "trial" counted as a shared key word


def test_a_year_inside_a_period_is_not_the_same_quantity() -> None:
    years = _features("Calls rose between 2012 and 2021.", "Sales grew in the decade to 2020.")
    assert years["years"] and not years["agreeing_value"]
    hours = _features("Calls lasted between 20 and 60 minutes.", "Sales calls lasted 30 minutes.")
    assert hours["agreeing_value"]


def test_an_upper_bound_in_a_sentence_about_advice_is_a_limit_not_the_usual_dose() -> None:
    a, b = grouped(
        "The recommended dietary allowance is 600 IU a day.",
        "Endocrine guidance allowed up to 10,000 IU a day for adults at risk.",
    )
    assert a != b
    assert b[0].endswith("maximum")


def test_the_question_before_an_answer_makes_it_about_dosing() -> None:
    a, b = grouped(
        "How much should an adult take each day?\nThe usual advice is 400 to 800 IU per day.",
        "The recommended intake for adults is 600 IU per day.",
    )
    assert a[-1] == b[-1]
    c, d = grouped(
        "What do shops sell?\nThe usual bottle holds 400 to 800 IU per day.",
        "The recommended intake for adults is 600 IU per day.",
    )
    assert c[-1] != d[-1]


def test_one_document_gives_one_value_per_limit() -> None:
    a, b = subject_of(
        "The upper intake level for adults is 4,000 IU a day.",
        "The upper intake level for adults is 4,000 IU per day. For adults at risk, the upper "
        "intake level is 10,000 IU a day.",
    )
    assert a["4,000 IU a day"] == b["4,000 IU per day"]
    assert b["4,000 IU per day"] != b["10,000 IU a day"]


def test_one_document_states_a_quantity_once_so_only_its_likeliest_figure_joins() -> None:
    a, b = grouped(
        "The phone warranty lasts 12 months. The storage test ran for 12 months.",
        "Every phone comes with a warranty of 12 months.",
    )
    assert a[0] == b[0] != a[1]


def test_counts_of_other_nouns_may_state_one_quantity() -> None:
    a, b = grouped(
        "The monitoring study followed 2,400 homes in three states.",
        "Data from 2,400 rooftops were collected by the monitoring study.",
    )
    assert a[0] == b[0]
    c, d = grouped(
        "The monitoring study followed 2,400 homes in three states.",
        "The monitoring study found 16 panels on a typical roof.",
    )
    assert c[0] != d[0]


def test_what_is_measured_and_the_words_right_beside_a_figure_are_features() -> None:
    first = "The pack kept 80% of original capacity after two years, the lab said."
    same = _features(first, "Cells held 75% of original capacity after 500 cycles.")
    other = _features(first, "The charge sat at 80% overnight, two years in, the lab said.")
    assert same["same_measure"] and same["close_words"] > 0.3
    assert not other["same_measure"] and other["close_words"] == 0


def test_a_learned_join_carries_the_chance_of_its_likeliest_link() -> None:
    strong = (
        "In pooled trials, melatonin users fell asleep about 7 minutes sooner.",
        "Across trials, sleep onset came 7.06 minutes earlier with melatonin.",
    )
    first, second = consolidate(documents(*strong), UNITS)
    chance = first.drafts[0].subject.link_chance
    assert chance is not None and chance > 0.5
    assert second.drafts[0].subject.link_chance == chance
    assert chance == pytest.approx(_pair_score(*strong), abs=0.005)
    # A figure no other document shares a subject with carries none.
    (alone,) = consolidate(documents(strong[0]), UNITS)
    assert alone.drafts[0].subject.link_chance is None


def test_a_restatement_takes_the_chance_of_its_partner_and_pooled_doses_none() -> None:
    first, _ = consolidate(
        documents(
            "Adults need 15 mcg (600 IU) of vitamin D a day, most guidance says.",
            "Most guidance says adults need 600 IU of vitamin D a day.",
        ),
        UNITS,
    )
    chances = [d.subject.link_chance for d in first.drafts]
    assert chances[0] is not None and chances[0] == chances[1]
    typical = consolidate(
        documents("The typical dose is 1.5 to 4.5 mg.", "Usually the dose is 0.5 to 4.5 mg."), UNITS
    )
    assert typical[0].drafts[0].subject.id == typical[1].drafts[0].subject.id
    assert typical[0].drafts[0].subject.link_chance is None


def test_an_amount_by_body_weight_is_apart_from_a_flat_amount() -> None:
    explainer, clinic, blog = subject_of(
        "After training, drink 1.5 litres of fluid for every kilogram of body weight lost.",
        "Patients with heart failure are often asked to keep to 1.5 litres a day or less. "
        "Older adults should drink at least 1.5 litres a day.",
        "After long runs I weigh myself and drink 1.25 litres for every kilogram lost.",
    )
    assert explainer["1.5 litres"] == blog["1.25 litres"]
    assert explainer["1.5 litres"] not in clinic.values()


def test_counts_of_one_thing_in_synonyms_join() -> None:
    """The counted noun is a count's measure, and news writes one thing in several words."""
    stations, stops = subject_of(
        "The new tram route runs along the harbour and serves 23 stations in all.",
        "Councillors approved a tram with twenty-one stops near the harbour.",
    )
    assert stations["23 stations"] == stops["twenty-one stops"]


def test_a_page_that_states_one_quantity_twice_contradicts_itself() -> None:
    """Two figures of one page proposed under one subject of two terms or more, in different
    sentences, are one quantity: the page disagrees with itself."""
    [page] = subject_of(
        "Tap water in the valley holds about 12% dissolved minerals.\n\n"
        "Tests since then agree.\n\n"
        "A later survey found 18% dissolved minerals in those taps."
    )
    assert page["about 12%"] == page["18%"]


def test_kinds_named_by_a_figure_on_one_page_stay_apart() -> None:
    [page] = subject_of(
        "A 220-litre compost bin suits a flat.\n\nA 330-litre compost bin suits a family."
    )
    assert page["220-litre"] != page["330-litre"]


def test_a_page_that_says_one_value_again_in_other_words_states_one_quantity() -> None:
    """The same value twice on one page, every key word of one a key word of the other: one
    quantity, so another page's figure of it meets both."""
    drafts = consolidate(
        documents(
            "The final cost is €1.26 billion.\n\n"
            "Critics say the final cost of €1.26 billion was never debated in council."
        ),
        UNITS,
    )[0].drafts
    assert drafts[0].subject.id == drafts[1].subject.id


def test_one_value_said_of_other_things_on_one_page_stays_apart() -> None:
    # The same value, but "budget" and "overrun" are words of neither other figure.
    drafts = consolidate(
        documents(
            "The final cost is €1.26 billion.\n\n"
            "A rival bid put the budget overrun at €1.26 billion, said the council."
        ),
        UNITS,
    )[0].drafts
    assert drafts[0].subject.id != drafts[1].subject.id
    # A sentence of two figures of one family may say its words of either.
    crowded = consolidate(
        documents(
            "The final cost is €1.26 billion.\n\n"
            "The final cost of €1.26 billion is 34% above the original budget of €940 million."
        ),
        UNITS,
    )[0].drafts
    money = [d for d in crowded if d.mention.unit == "EUR"]
    assert money[0].subject.id != money[1].subject.id


def test_kinds_named_in_quotes_stay_apart() -> None:
    """'A "water resistant" claim' and 'the "very water resistant" ones' are two classes of
    product, however alike their words; the same class named so in both joins."""
    a, b = subject_of(
        'A "water resistant" claim covers 40 minutes of swimming in the water.',
        'The "very water resistant" ones last 80 minutes of swimming in the water.',
    )
    assert a["40 minutes"] != b["80 minutes"]
    a, b = subject_of(
        'A "water resistant" claim covers 40 minutes of swimming in the water.',
        'A "water resistant" label lasts 40 minutes of swimming in the water.',
    )
    assert a["40 minutes"] == b["40 minutes"]

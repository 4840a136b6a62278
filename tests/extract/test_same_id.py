"""Figures proposed under one subject id on two pages, each its page's only one: one quantity
though the pair model is unsure of it; and the words that keep a figure's bound and its level
("no wider than 0.3 mm", "climb aboard the 62-foot lugger") so that two such figures compare."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.drafts import Document, draft_claims
from factcheck.extract.grouping import group
from factcheck.extract.grouping.group import consolidate
from factcheck.values.grammar import Qualifier
from tests import common
from tests.common import UNITS, WORDS


def subjects(*texts: str) -> list[dict[str, str]]:
    """Per document, each mention's text and its subject id after grouping."""
    return [
        {d.mention.text: d.subject.id for d in doc.drafts}
        for doc in consolidate(_documents(texts), UNITS)
    ]


def _documents(texts: tuple[str, ...]) -> list[Document]:
    return [
        Document(f"d{i}.md", t, tuple(draft_claims(f"d{i}", t, WORDS))) for i, t in enumerate(texts)
    ]


def sole_of_id(*texts: str) -> set[frozenset[str]]:
    """The pairs of figures (by their texts) the rule of each page's only figure under one
    proposed id joins, before any other join."""
    corpus = group._corpus(_documents(texts), UNITS)
    return {
        frozenset(corpus.drafts[i][2].mention.text for i in pair)
        for pair in group._sole_of_id(corpus, 0)
    }


def mentions(text: str) -> dict[str, tuple[Qualifier, str]]:
    """Each drafted figure's text, with its qualifier and its direction of change."""
    return {
        d.mention.text: (d.mention.qualifier, d.mention.direction)
        for d in draft_claims("d", text, WORDS)
    }


def conflicts(folder: Path, texts: dict[str, str]) -> list[set[str]]:
    """``factcheck extract`` then ``check --format json``: each conflict's values."""
    data, report = common.extract_and_check(folder, texts)
    values = {claim["id"]: claim["value"] for claim in data["claims"]}
    return [
        {values[i] for side in f["sides"] for i in side}
        for f in report["findings"]
        if f["kind"] == "conflict"
    ]


# One proposed id, each page's only figure under it.

_FAQ = (
    "Q: How long does bulk fermentation take?\n\n"
    "At that dough temperature, bulk fermentation takes 4 to 6 hours. Give the dough three or "
    "four sets of stretch and folds, spaced 30 minutes apart, then leave it alone.\n\n"
    "Q: Can I slow things down in the fridge?\n\n"
    "Yes. After shaping, proof the loaf in its basket in the fridge for 12 to 16 hours. Keep it "
    "to no more than 48 hours, or the gluten starts to weaken.\n"
)
_BLOG = (
    "## Bulk fermentation in a cold flat\n\n"
    "Recipes written for warm bakeries promise a short afternoon bulk; for me, bulk fermentation "
    "takes 8 to 12 hours. I mix in the evening and let the dough work overnight.\n\n"
    "## Baking day\n\n"
    "The loaf bakes with the lid on for 25 minutes, then with the lid off for another 20 "
    "minutes.\n"
)


_SCIENCE = (
    "Timing depends heavily on temperature. In our measurements, a starter peaked 4\u20136 "
    "hours after feeding at 26 \u00b0C, but took 10 to 12 hours at 18 \u00b0C.\n"
)


def test_each_pages_only_figure_under_one_id_is_one_quantity() -> None:
    """Each page's only one: "bulk fermentation takes 4 to 6 hours" and "bulk fermentation takes 8
    to 12 hours": each page's only figure under one id of two key terms ("fermentation", "takes"),
    within three times of each other, is one quantity, though the pair model is unsure of two ranges
    apart; the rule joins them before the model pairs either with a third page's starter times
    ("peaked 4-6 hours after feeding", "took 10 to 12 hours at 18 \u00b0C")."""
    assert sole_of_id(_FAQ, _BLOG, _SCIENCE) == {frozenset({"4 to 6 hours", "8 to 12 hours"})}
    faq, blog, _ = subjects(_FAQ, _BLOG, _SCIENCE)
    assert faq["4 to 6 hours"] == blog["8 to 12 hours"]
    assert faq["12 to 16 hours"] != blog["8 to 12 hours"]


def test_figures_far_apart_under_one_id_stay_apart() -> None:
    """Values three times apart or more under one id ("bulk fermentation takes 2 hours", "bulk
    fermentation takes 8 to 12 hours") are no one quantity stated twice."""
    assert not sole_of_id(_FAQ.replace("4 to 6 hours", "2 hours"), _BLOG)


def test_a_page_with_two_values_under_the_id_has_no_only_one() -> None:
    """A page that says the bulk takes 4 to 6 hours in summer and, later, that bulk fermentation
    takes 7 hours in winter has no only figure under the id: the rule joins neither."""
    faq = _FAQ + "\nIn a cold winter kitchen, bulk fermentation takes 7 hours or so.\n"
    assert not sole_of_id(faq, _BLOG)


def test_shares_under_one_id_are_left_to_the_pair_model() -> None:
    """Two parties' shares: "23.4% of the vote" (the Greens') and "37.5% of the vote" (the Civic
    Union's): a share's words name what it is a share of, not whose; each page's only one is no
    evidence."""
    herald = (
        "The Greens had hoped for a breakthrough. Instead the party took 25% of the seats on "
        "23.4% of the vote, its worst result in a decade.\n"
    )
    wire = (
        "The Civic Union won the provincial election on Sunday, taking 37.5% of the vote, and "
        "will look for a coalition partner.\n"
    )
    assert not sole_of_id(herald, wire)


# "no wider than": a bound.


def test_no_comparative_than_is_a_bound() -> None:
    """Bounds: "no wider than 0.3 mm" is at most 0.3 mm, "no smaller than 4 mm" at least 4 mm, "not
    longer than 10 minutes" at most; "wider than 2 mm" stays no bound of these."""
    comb = mentions("Use a metal comb with teeth no wider than 0.3 mm apart.")
    assert comb["no wider than 0.3 mm"][0] is Qualifier.LE
    mesh = mentions("The mesh holes should be no smaller than 4 mm across.")
    assert mesh["no smaller than 4 mm"][0] is Qualifier.GE
    shower = mentions("Keep each shower not longer than 10 minutes.")
    assert shower["not longer than 10 minutes"][0] is Qualifier.LE
    assert all(
        q is not Qualifier.LE for q, _ in mentions("The crack was wider than 2 mm.").values()
    )


def test_two_largest_gaps_in_other_units_conflict(tmp_path: Path) -> None:
    """Two limits: "a gap of 0.02 inches or less" (0.51 mm) and "no wider than 0.3 mm apart": two
    upper limits of one gap that disagree."""
    found = conflicts(
        tmp_path,
        {
            "guide.md": "Choose a comb with a gap of 0.02 inches or less between the teeth.\n",
            "column.md": "Use a metal comb with teeth no wider than 0.3 mm apart.\n",
        },
    )
    assert any("<=0.02 inches" in values for values in found), found


# "climb aboard": a movement, no change.


def test_a_verb_of_movement_before_a_place_is_no_change() -> None:
    """A movement: "climb aboard the 62-foot fishing lugger" moves a visitor; "climbed 5%" and "rose
    into the close, up 4%" stay changes."""
    museum = mentions(
        "Visitors can climb aboard the Morwenna, the 62-foot fishing lugger that has been the "
        "museum's pride since 1958."
    )
    assert museum["62-foot"][1] == ""
    assert mentions("The steward jumped onto the 40-tonne float.")["40-tonne"][1] == ""
    assert mentions("Prices climbed 5% in May.")["5%"][1] == "up"
    assert mentions("Shares climbed into the close, up 4%.")["4%"][1] == "up"


def test_a_boat_length_in_feet_and_metres_conflicts(tmp_path: Path) -> None:
    """One boat: "the 62-foot fishing lugger" (18.9 m) and "a 25-metre fishing lugger" on two pages:
    one boat's length, which they give differently."""
    found = conflicts(
        tmp_path,
        {
            "gazette.md": (
                "Visitors can climb aboard the Morwenna, the 62-foot fishing lugger that has "
                "been the museum's pride since it was founded in 1958.\n"
            ),
            "havenkrant.md": (
                "The Morwenna, a 25-metre fishing lugger built in 1911 at a yard in the Dutch "
                "port, was restored over two winters.\n"
            ),
        },
    )
    assert any({"62 ft", "25 m"} <= values for values in found), found

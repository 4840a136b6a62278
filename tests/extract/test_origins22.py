"""The origin of a thing as one event across its wordings (founded in a year, first released N
years ago, around since a year, an N-year-old chain, used for more than N years), paired only
when the two name the same thing: round 18's three misses, read after its scoring."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.grouping.events import _owner, _same_owner, _which
from tests.extract.test_events import _conflicts, _extract_check


def _write(tmp_path: Path, pages: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in pages.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_chains_age_meets_its_own_founding_not_the_other_chains(tmp_path: Path) -> None:
    docs = _write(
        tmp_path,
        {
            "release.md": "# Merger\n\n*Monday 9 March 2026*\n\nHalberd, founded in 1958, is "
            "strongest in the North. Greenwick, founded in 1921, has a loyal following in the "
            "South.\n",
            "daily.md": "# Deal\n\n*Tuesday 10 March 2026*\n\nHalberd, which opened its first "
            "shop 68 years ago as a market stall in Leicester, has grown through large sites. "
            "Greenwick is stronger in the South.\n",
            "regional.md": "# Mill Lane\n\n*Friday 13 March 2026*\n\nShoppers and staff at "
            "Greenwick on Mill Lane are worried about the merger.\n\nThe 90-year-old chain is "
            "joining forces with Halberd Foods. The Mill Lane store has been a fixture of the "
            "town centre since it opened in 1987.\n",
        },
    )
    _, report = _extract_check(tmp_path, docs)
    found = _conflicts(report)
    assert ("1921", "90 years ago") in found  # Greenwick's founding and its age
    # Halberd's first shop 68 years before March 2026 agrees with its own 1958, and is no
    # conflict with Greenwick's 1921; the Mill Lane store's opening is not the chain's.
    assert not any("68 years ago" in values for values in found)
    assert not any("1987" in values for values in found)


def test_years_in_use_bound_the_first_approval(tmp_path: Path) -> None:
    docs = _write(
        tmp_path,
        {
            "magazine.md": "# Gout\n\n*Published 3 November 2025*\n\nThe long-term answer is a "
            "urate-lowering drug, and the first choice remains allopurinol, a cheap tablet "
            "first approved in 1966.\n",
            "leaflet.md": "# Living with gout\n\n*Updated 1 November 2025*\n\nAllopurinol has "
            "been used to treat gout for more than 70 years. It stops attacks by lowering uric "
            "acid, but only if you take allopurinol every day.\n",
        },
    )
    _, report = _extract_check(tmp_path, docs)
    assert ("1966", ">70 years ago") in _conflicts(report)


def test_a_first_release_meets_the_projects_life_not_a_versions_release(tmp_path: Path) -> None:
    docs = _write(
        tmp_path,
        {
            "README.md": "# cronwheel\n\ncronwheel runs your scheduled jobs. The project has "
            "been around since 2017 and is used by small teams.\n",
            "FAQ.txt": "cronwheel FAQ\nLast updated: 14 June 2026\n\ncronwheel was first "
            "released twelve years ago as a weekend project and has been maintained ever "
            "since.\n",
            "MIGRATING.md": "# Migrating\n\nVersion 3 is the first major release since version "
            "2, released in 2021. Most setups move across in under an hour.\n",
        },
    )
    _, report = _extract_check(tmp_path, docs)
    found = _conflicts(report)
    assert ("12 years ago", "2017") in found
    assert not any("2021" in values for values in found)


def test_which_release_the_words_nearest_the_figure_name() -> None:
    assert _which("Version 3 is the first major release since version 2, released in ") == (
        "version 2"
    )
    assert _which("cronwheel was first released ") == "first"
    assert _which("Snapback 1.0 came out ") == "first"
    assert _which("The 3.x series, released ") == "version 3.x"


def test_owner_is_the_name_a_sentence_begins_with_or_the_topics_said_before() -> None:
    names, topic = (
        frozenset({"Halberd", "Greenwick", "Mill", "Morwenna"}),
        frozenset({"Halberd", "Greenwick"}),
    )
    text = (
        "Shoppers and staff at Greenwick on Mill Lane are worried.\n\nThe 90-year-old chain is "
        "joining forces with Halberd Foods."
    )
    sentence = text.index("The 90")
    assert _owner(text, sentence, text.index("90-"), names, topic) == ("Greenwick", False)
    text = "Halberd, which opened its first shop 68 years ago, has grown."
    assert _owner(text, 0, text.index("68"), names, topic) == ("Halberd", True)
    text = "The Mill Lane store has been a fixture since it opened in 1987."
    assert _owner(text, 0, text.index("1987"), names, topic) == ("Mill", True)
    # A name later in the sentence is not whose founding "it" was.
    text = "Doors open at 10:00, when the Morwenna, the museum's pride since it was founded in 1958"
    assert _owner(text, 0, text.index("1958"), names, topic) is None


def test_two_owners_named_by_their_sentences_stay_apart() -> None:
    assert _same_owner(("Halberd", True), ("Greenwick", True)) is False
    assert _same_owner(("Greenwick", False), ("Greenwick", True)) is True
    assert _same_owner(("Greenwick", False), ("Halberd", False)) is None  # both only said before
    assert _same_owner(None, ("Halberd", True)) is None


def test_ages_of_bodies_and_times_in_use_count_from_the_origin(tmp_path: Path) -> None:
    docs = _write(
        tmp_path,
        {
            "a.md": "# News\n\n*Friday 13 March 2026*\n\nThe 90-year-old chain is joining forces "
            "with a rival. A 30-year-old shop assistant said she was worried. The drug has been "
            "used to treat gout for more than 70 years. I have been prescribed it for 10 years.\n",
        },
    )
    data, _ = _extract_check(tmp_path, docs)
    values = {c["quote"]: c["value"] for c in data["claims"]}  # type: ignore[index]
    by_start = {quote.split(" ")[0]: value for quote, value in values.items()}
    assert "90 years ago" in values.values()
    assert ">70 years ago" in values.values()
    assert not any(v == "30 years ago" for v in values.values()), by_start
    assert not any(v == "10 years ago" for v in values.values()), by_start


def test_set_up_is_a_founding(tmp_path: Path) -> None:
    docs = _write(
        tmp_path,
        {
            "about.md": "# About us\n\n*Updated 2 March 2026*\n\nBrightwater was founded in 1984 "
            "by two nurses.\n",
            "news.md": "# Appeal\n\n*Published 5 March 2026*\n\nThe appeal needs volunteers. It "
            "was set up 40 years ago in a church hall.\n",
        },
    )
    _, report = _extract_check(tmp_path, docs)
    assert ("1984", "40 years ago") in _conflicts(report)

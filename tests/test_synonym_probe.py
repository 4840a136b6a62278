"""The synonym probe's pairs and its separation measure (benchmarks/synonym_probe.py)."""

from __future__ import annotations

from benchmarks.synonym_probe import RELATED, SYNONYMS, auc


def test_auc_counts_pairs_scored_above_and_ties_as_half() -> None:
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.1], [0.9]) == 0.0
    assert auc([0.5, 0.9], [0.5]) == 0.75


def test_pairs_are_about_sixty_each_distinct_and_never_both_synonym_and_related() -> None:
    synonyms = {frozenset(pair) for pair in SYNONYMS}
    related = {frozenset(pair) for pair in RELATED}
    assert len(synonyms) == len(SYNONYMS) >= 60
    assert len(related) == len(RELATED) >= 60
    assert not synonyms & related
    assert all(a != b for a, b in (*SYNONYMS, *RELATED))

"""Software facts told by version (versions31): a minimum version told after the release, and
the release a feature arrived in, in words or in a changelog's entries.

Round 31's quilldiff missed both of its pairs of versions: the changelog's "Python 3.11 is now
the minimum supported version" (the role said after the release, not before it) against the
README's "requires Python 3.9 or newer", and the FAQ's "Word-level diffs have been available
since version 2.1" against the README's "Word-level diffs arrived in version 2.4" (a feature
named in words, not as code), which the changelog's "## 2.4.0 ... - Added: word-level diffs"
states too. The look-alikes below must draft nothing, or nothing that meets another page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.subjects.changelog import added_entries, lifecycles
from factcheck.extract.subjects.requirements import find_requirements
from tests.common import WORDS, conflicting_values, extract_and_check


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Python 3.11 is now the minimum supported version.",
            [("python-minimum-version", ">=v3.11")],
        ),
        ("Python 3.10 is the minimum.", [("python-minimum-version", ">=v3.10")]),
        ("Python 3.9 is required.", [("python-minimum-version", ">=v3.9")]),
        ("Python 3.8 is no longer supported.", [("python-dropped-version", "v3.8")]),
        ("Python 3.7 support was removed.", [("python-dropped-version", "v3.7")]),
        ("Python 3.12 is now supported.", [("python-supported-version", "v3.12")]),
        (
            "The Node.js SDK now requires Node 20+; Node 18 reached end of life",
            [("node-minimum-version", ">=v20"), ("node-dropped-version", "v18")],
        ),
        # Before the release, as before: unchanged.
        ("quilldiff requires Python 3.9 or newer.", [("python-minimum-version", ">=v3.9")]),
        # No role: a release that is only named.
        ("Python 3.11 is faster than 3.10 on this benchmark.", []),
        ("Python 3.11 is the default interpreter on Ubuntu.", []),
    ],
)
def test_a_role_said_after_the_release(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.subject_id, r.value) for r in find_requirements(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Word-level diffs arrived in version 2.4, and 3.0, released in May 2024.",
            [("word-level-diff-added-version", "2.4")],
        ),
        (
            "Word-level diffs have been available since version 2.1.",
            [("word-level-diff-added-version", "2.1")],
        ),
        ("The HTML output format was added in 2.5.", [("html-output-format-added-version", "2.5")]),
        ("- Side-by-side output is new in 2.2.", [("side-by-side-output-added-version", "2.2")]),
        # A reference's "(since ...)" right after the thing.
        (
            "Word-level diffs (since 2.1) mark the changed words.",
            [("word-level-diff-added-version", "2.1")],
        ),
        ("`word_diff` (since 2.4): mark changed words.", [("word-diff-added-version", "2.4")]),
        ("The option works everywhere (since 2.0 at least).", []),
        # A thing named as code, as before.
        ("`quick_ratio()` will be removed in 3.0.", [("quick-ratio-removed-version", "3.0")]),
        # Look-alikes: no thing before the verb, a pronoun, a changelog entry's own verb, a
        # requirement's product, a bug.
        ("Yes, since 1.4. The static binary runs on Windows 10 and newer.", []),
        ("It has been available since 2.0.", []),
        ("- Fixed a crash introduced in 2.1.3.", []),
        ("a regression introduced in 3.1.0", []),
        ("Support for Python 3.8 was dropped in 2.3.", []),
    ],
)
def test_a_feature_named_in_words_and_its_release(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(said.subject_id, said.release) for said in lifecycles(sentence)] == expected


_CHANGELOG = """# Changelog

## 3.2.0 — 2026-10-19

- Python 3.11 is now the minimum supported version.
- Added: HTML output format, with optional inline styles for e-mail.

## 2.4.0 — 2023-06-14

- Added: word-level diffs (`word_diff=True`), off by default.
- Added: `ignore_whitespace`.
- Added support for Python 3.12.
- Fixed a crash introduced in 2.3.1.

## [2.0.0] - 2021-02-08

### Added

- New quill deploy command, with rsync and object-storage targets.
- Shortcodes can now take keyword arguments.
- Policies.
"""


def test_a_changelogs_added_entries_are_their_releases() -> None:
    """Each entry that says what a release added is that release's addition: a thing named in
    words (up to its first mark of punctuation) or as code; not a product's version, a fix, or
    a sentence too long for a name; an entry under "### Added" too."""
    assert [(e.subject_id, e.release) for e in added_entries(_CHANGELOG)] == [
        ("html-output-format-added-version", "3.2.0"),
        ("word-level-diff-added-version", "2.4.0"),
        ("ignore-whitespace-added-version", "2.4.0"),
        ("quill-deploy-command-added-version", "2.0.0"),
        ("policy-added-version", "2.0.0"),
    ]
    # A page with one release heading is no changelog.
    assert added_entries("## 2.4.0\n\n- Added: word-level diffs.\n") == []


def test_drafts_of_versions_take_no_number() -> None:
    """The release a feature arrived in is a version, never the number 2.4."""
    text = (
        "Word-level diffs arrived in version 2.4, and 3.0, released in May 2024, rewrote the core."
    )
    drafts = draft_claims("README.md", text, WORDS)
    assert [(d.subject.id, d.version) for d in drafts if d.version] == [
        ("word-level-diff-added-version", "v2.4")
    ]
    assert not [d for d in drafts if d.mention.span[0] == text.index("2.4")]


def test_round_31s_two_pairs_of_versions_conflict(tmp_path: Path) -> None:
    """quilldiff's README, FAQ and CHANGELOG: the minimum Python and the release word-level
    diffs arrived in conflict. The entry "Added: HTML output format" below the minimum in its
    release's section takes none of its words (its quote runs from the heading, its span is
    its own: flagpost lost its Node pair to a span from the heading in a first try)."""
    docs = {
        "README.md": "# quilldiff\n\nquilldiff requires Python 3.9 or newer.\n\n"
        "Word-level diffs arrived in version 2.4.\n",
        "FAQ.md": "# FAQ\n\nWord-level diffs have been available since version 2.1.\n",
        "CHANGELOG.md": _CHANGELOG,
    }
    claims, report = extract_and_check(tmp_path, docs)
    conflicts = conflicting_values(report)
    assert (">=v3.11", ">=v3.9") in conflicts
    assert any("v2.1" in c and "v2.4" in c for c in conflicts)
    assert len(conflicts) == 2
    # The changelog's additions are kept where another page dates the same thing: its
    # word-level diffs (2.4.0, with the README's 2.4), not its HTML output or `ignore_whitespace`.
    added = sorted(
        c["subject"] for c in claims["claims"] if c["subject"].endswith("-added-version")
    )
    assert added == ["word-level-diff-added-version"] * 3

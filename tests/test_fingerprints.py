"""Fingerprints: the same finding keeps its fingerprint through edits that do not touch it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check, load
from tests.ci_corpus import ALPHA, BETA, CLAIMS, FILES, GAMMA, write_corpus


def fingerprints(folder: Path, files: dict[str, str]) -> dict[tuple[str, tuple[str, ...]], str]:
    """Each finding's fingerprint by (kind, claims) for a corpus written from ``files``."""
    report = check(load(write_corpus(folder, files)))
    found = {(str(f.kind), f.claims): f.fingerprint for f in report.findings}
    assert len(found) == len(report.findings)
    return found


def edited(**changes: str) -> dict[str, str]:
    return {**FILES, **changes}


def reversed_claims(claims: str) -> str:
    head, body = claims.split("claims:\n")
    items = ["  - id:" + item for item in body.split("  - id:")[1:]]
    return head + "claims:\n" + "".join(reversed(items))


def test_same_findings_same_fingerprints(tmp_path: Path) -> None:
    assert fingerprints(tmp_path / "a", FILES) == fingerprints(tmp_path / "b", FILES)


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(edited(**{"claims.yaml": reversed_claims(CLAIMS)}), id="claims reordered"),
        pytest.param(
            edited(
                **{
                    "articles/alpha.md": ALPHA.replace("\n\n", "\n\nA new paragraph.\n\n", 1),
                    "articles/gamma.md": "Moved down.\n\n\n" + GAMMA,
                    "articles/beta.txt": "   " + BETA.replace("Doses usually", "\n  Doses usually"),
                }
            ),
            id="lines moved",
        ),
        pytest.param(
            edited(
                **{
                    "articles/beta.txt": BETA.replace(
                        "wellness overview", "wellness overview (2nd ed.)"
                    )
                    + "Talk to your doctor before starting.\n",
                    "articles/alpha.md": ALPHA.replace("Go slow.", "Go slowly, and keep notes."),
                }
            ),
            id="unrelated text edited",
        ),
        pytest.param(
            edited(
                **{
                    "claims.yaml": CLAIMS.replace("value: 57%", "value: 57 %").replace(
                        "  - id: pain-responders", "  - id: pain-responders\n    terms: [pain]"
                    )
                }
            ),
            id="value respelled, subject hint added",
        ),
    ],
)
def test_fingerprints_survive(tmp_path: Path, files: dict[str, str]) -> None:
    assert fingerprints(tmp_path / "after", files) == fingerprints(tmp_path / "before", FILES)


@pytest.mark.parametrize(
    ("files", "changed"),
    [
        pytest.param(
            edited(
                **{
                    "articles/gamma.md": GAMMA.replace("0.5 to 4.5", "0.25 to 4.5"),
                    "claims.yaml": CLAIMS.replace(
                        "value: 0.5-4.5 mg", "value: 0.25-4.5 mg"
                    ).replace("amount is 0.5 to 4.5", "amount is 0.25 to 4.5"),
                }
            ),
            ("conflict", ("alpha-dose", "beta-dose", "gamma-dose")),
            id="a value changed",
        ),
        pytest.param(
            edited(**{"claims.yaml": CLAIMS.replace("alpha-responders", "alpha-pain-share")}),
            ("unsupported", ("alpha-responders",)),
            id="a claim id changed",
        ),
        pytest.param(
            edited(
                **{
                    "articles/beta.txt": BETA.replace("99%", "98%"),
                    "claims.yaml": CLAIMS.replace("99%", "98%"),
                }
            ),
            ("unsupported", ("beta-survey",)),
            id="an unsupported value changed",
        ),
    ],
)
def test_fingerprints_change_with_substance(
    tmp_path: Path, files: dict[str, str], changed: tuple[str, tuple[str, ...]]
) -> None:
    before = fingerprints(tmp_path / "before", FILES)
    after = fingerprints(tmp_path / "after", files)
    assert set(after.values()) & set(before.values()) == {
        fp for key, fp in before.items() if key != changed
    }
    assert before[changed] not in after.values()

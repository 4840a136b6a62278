"""Fingerprints: the same finding keeps its fingerprint through edits that do not touch it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check, load
from factcheck.check import compare
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


LEGACY_KINDS = Path(__file__).parent / "data" / "legacy-kinds" / "claims.yaml"


def test_fingerprints_ignore_how_values_are_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing values differently changes messages, never fingerprints (baselines stay fresh)."""
    before = check(load(LEGACY_KINDS), coverage=True)
    monkeypatch.setattr(
        compare, "describe", lambda q, unit, digits=6: f"[{q.lo!r}..{q.hi!r} {unit}]"
    )
    monkeypatch.setattr(compare, "number_text", lambda x, unit: f"<{x!r}>")
    after = check(load(LEGACY_KINDS), coverage=True)
    assert [f.message for f in after.findings] != [f.message for f in before.findings]
    assert "Daily starting dose: [0.5..0.5 mg] vs [1.5..1.5 mg]" in {
        f.message for f in after.findings
    }
    assert [f.fingerprint for f in after.findings] == [f.fingerprint for f in before.findings]


DOSE_CLAIMS = """\
  - id: delta-start
    source: delta
    subject: start-dose
    value: {start}
    quote: Start on {start} a day
  - id: alpha-start
    source: alpha
    subject: start-dose
    value: 4.5 mg
    quote: 4.5 mg each night
"""


CLAIMS_WITH_DELTA = CLAIMS.replace(
    "subjects:\n",
    "  - id: delta\n    path: articles/delta.md\nsubjects:\n"
    "  - id: start-dose\n    label: Starting dose\n    unit: mg\n",
)
"""The test corpus with a fourth source and a subject whose claims the tests below add."""


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("0.5 mg", "500 µg", True, id="same value in another unit"),
        pytest.param("1.234567 mg", "1.2345674 mg", False, id="beyond six digits"),
    ],
)
def test_fingerprints_hash_exact_normalised_numbers(
    tmp_path: Path, a: str, b: str, same: bool
) -> None:
    """The numbers are hashed in the subject's unit to twelve significant digits (0.1.0 hashed
    them printed to six, so a change in the seventh digit went unnoticed)."""
    first = _delta_fingerprint(tmp_path / "a", a)
    second = _delta_fingerprint(tmp_path / "b", b)
    assert (first == second) is same


def _delta_fingerprint(folder: Path, start: str) -> str:
    claims = CLAIMS_WITH_DELTA + DOSE_CLAIMS.format(start=start)
    files = edited(**{"claims.yaml": claims, "articles/delta.md": f"Start on {start} a day.\n"})
    report = check(load(write_corpus(folder, files)))
    (found,) = [f for f in report.findings if f.subject == "start-dose"]
    assert found.kind == "conflict"
    return found.fingerprint

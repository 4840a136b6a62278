"""Contexts: a key that only one of two claims has takes that claim out of the comparison."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.check.compare import group_claims, relate
from factcheck.corpus.model import compatible
from tests.common import claim, subject, write
from tests.conftest import Run

_DOCS = {
    "guide.md": "In most cases LDN is taken at 0.5 mg to 4.5 mg a day.\n",
    "blog.md": "About 0.5 mg to 4.5 mg a day is usual.\n",
    "overview.md": "Most often somewhere from 1.5 mg up to 4.5 mg is taken.\n",
    "clinic.md": "Dermatology guidance suggests 1.5 mg to 4.5 mg daily for skin disease.\n",
}


def _claims_file(dermatology_context: str) -> str:
    claims = [
        ("guide", "0.5-4.5 mg", "0.5 mg to 4.5 mg a day", ""),
        ("blog", "0.5-4.5 mg", "0.5 mg to 4.5 mg a day", ""),
        ("overview", "1.5-4.5 mg", "from 1.5 mg up to 4.5 mg", ""),
        ("clinic", "1.5-4.5 mg", "suggests 1.5 mg to 4.5 mg daily", dermatology_context),
    ]
    lines = ["version: 1", "sources:"]
    lines += [
        f"  - {{id: {name}, path: {name}.md}}" for name in ("guide", "blog", "overview", "clinic")
    ]
    lines += [
        "subjects:",
        "  - {id: dose, label: Typical dose, unit: mg, kind: range}",
        "claims:",
    ]
    for source, value, quote, context in claims:
        lines += [
            f"  - id: {source}-dose",
            f"    source: {source}",
            "    subject: dose",
            f"    value: {value}",
            f'    quote: "{quote}"',
        ]
        if context:
            lines.append(f"    context: {context}")
    return "\n".join(lines) + "\n"


def _conflicts(run: Run, path: Path) -> list[dict[str, object]]:
    result = run("check", str(path), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.stdout)["findings"] if f["kind"] == "conflict"]


def test_marking_one_claim_takes_it_out_of_the_general_comparison(
    tmp_path: Path, run: Run, monkeypatch: object
) -> None:
    # Before the edit: 0.5-4.5 mg (two sources) vs 1.5-4.5 mg (two sources, the dermatology
    # line among them), one conflict.
    path = write(tmp_path, {**_DOCS, "claims.yaml": _claims_file("")})
    (before,) = _conflicts(run, path)
    assert sorted(map(sorted, before["sides"])) == [  # type: ignore[call-overload]
        ["blog-dose", "guide-dose"],
        ["clinic-dose", "overview-dose"],
    ]
    # The reader marks the dermatology line: it leaves the general comparison. The conflict
    # stays one finding (in 0.2.0 it became two with the same headline and location), now
    # without the dermatology claim.
    path.write_text(_claims_file("{condition: dermatology}"), encoding="utf-8")
    (after,) = _conflicts(run, path)
    assert sorted(map(sorted, after["sides"])) == [  # type: ignore[call-overload]
        ["blog-dose", "guide-dose"],
        ["overview-dose"],
    ]
    assert after["message"] == before["message"]


def test_no_two_findings_share_headline_and_location(tmp_path: Path, run: Run) -> None:
    path = write(tmp_path, {**_DOCS, "claims.yaml": _claims_file("{condition: dermatology}")})
    result = run("check", str(path))
    lines = [line for line in result.stdout.splitlines() if "conflict:" in line]
    heads = [line.split(" (", 1)[0] for line in lines]
    assert len(heads) == len(set(heads)) == 1


class TestCompatible:
    def test_same_keys_same_values(self) -> None:
        assert compatible((("arm", "ldn"),), (("arm", "ldn"),))

    def test_no_keys(self) -> None:
        assert compatible((), ())

    def test_different_values(self) -> None:
        assert not compatible((("arm", "ldn"),), (("arm", "placebo"),))

    def test_a_key_only_one_has_separates(self) -> None:
        assert not compatible((("condition", "dermatology"),), ())
        assert not compatible((), (("population", "children"),))
        assert not compatible((("arm", "ldn"),), (("arm", "ldn"), ("population", "children")))

    def test_a_special_claim_is_related_to_the_general_one_never_in_conflict(self) -> None:
        subj = subject(kind="range")
        general = claim("0.5-4.5 mg", subj, "a", "x")
        special = claim("1.5-4.5 mg", subj, "b", "y", {"condition": "dermatology"})
        assert relate(subj, group_claims(subj, [general, special])) == []

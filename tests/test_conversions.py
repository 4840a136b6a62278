"""A subject's own unit rates (IU of one vitamin as µg): values compare across them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck import check, load
from factcheck.cli import main
from factcheck.report.findings import Kind
from tests.common import write

TEXT = (
    "Adults need 15 µg (600 IU) of vitamin D a day.\n"
    "Another guide says 800 IU a day.\n"
    "A third says 15 micrograms.\n"
)


def _claims(conversions: str) -> str:
    return (
        "version: 1\n"
        "sources:\n  - {id: a, path: a.md}\n  - {id: b, path: b.md}\n  - {id: c, path: c.md}\n"
        "subjects:\n"
        f"  - id: dose\n    unit: µg\n{conversions}"
        "claims:\n"
        "  - {id: a1, source: a, subject: dose, value: 15 µg, quote: 15 µg}\n"
        "  - {id: a2, source: a, subject: dose, value: 600 IU, quote: 600 IU}\n"
        "  - {id: b1, source: b, subject: dose, value: 800 IU, quote: 800 IU}\n"
        "  - {id: c1, source: c, subject: dose, value: 15 µg, quote: 15 micrograms}\n"
    )


def _corpus(tmp_path: Path, conversions: str) -> Path:
    lines = TEXT.splitlines()
    return write(
        tmp_path,
        {
            "a.md": lines[0] + "\n",
            "b.md": lines[1] + "\n",
            "c.md": lines[2] + "\n",
            "claims.yaml": _claims(conversions),
        },
    )


def test_a_subject_rate_lets_values_in_another_unit_compare(tmp_path: Path) -> None:
    report = check(load(_corpus(tmp_path, "    conversions: {IU: 0.025 µg}\n")))
    # 600 IU is 15 µg, one value group with a's and c's 15 µg; 800 IU is 20 µg and contradicts.
    [conflict] = [f for f in report.findings if f.kind == Kind.CONFLICT]
    assert conflict.message == "dose: 15 µg vs 20 µg"
    groups = {cid: report.results[cid].group for cid in ("a1", "a2", "b1", "c1")}
    assert groups["a1"] == groups["a2"] == groups["c1"] != groups["b1"]


def test_without_the_rate_a_value_in_iu_is_a_located_error(tmp_path: Path) -> None:
    root = _corpus(tmp_path, "")
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 2
    assert "claims.yaml:12:" in result.output and "'IU' cannot convert to 'µg'" in result.output


def test_bad_rates_are_located_errors(tmp_path: Path) -> None:
    rates = "    conversions: {IU: about a bit, blorps: 2 µg, kcal: 1 kJ}\n"
    root = _corpus(tmp_path, rates)
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 2
    out = result.output
    assert "claims.yaml:9:23: conversion IU: 'about a bit'" in out
    assert "must be one number and a unit" in out
    assert "claims.yaml:9:36: unknown unit 'blorps'" in out
    assert "claims.yaml:9:56: unit 'kJ' cannot convert to 'µg'" in out
    assert "Traceback" not in out


def test_a_figure_converted_into_the_subjects_unit_is_shown_as_written(tmp_path: Path) -> None:
    """14.2 km in a subject in miles reads "8.82 miles", not "8.82347 miles"."""
    claims = write(
        tmp_path,
        {
            "a.md": "The route is 14.2 km long.\n",
            "b.md": "It is a 9.5-mile route.\n",
            "claims.yaml": (
                "version: 1\n"
                "sources:\n  - {id: a, path: a.md}\n  - {id: b, path: b.md}\n"
                "subjects:\n  - {id: route, label: Route length, unit: mile}\n"
                "claims:\n"
                "  - {id: a1, source: a, subject: route, value: 14.2 km, quote: 14.2 km long}\n"
                "  - {id: b1, source: b, subject: route, value: 9.5 mile, quote: 9.5-mile}\n"
            ),
        },
    )
    result = CliRunner().invoke(main, ["check", str(claims)])
    assert result.exit_code == 1, result.output
    assert "Route length: 8.82 miles vs 9.5 miles" in result.output

"""Inline acceptance: `accept` with a note suppresses (and shows) a finding; unused ones warn."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ci_corpus import CLAIMS, GAMMA
from tests.conftest import Run

GAMMA_QUOTE = "    quote: usual daily amount is 0.5 to 4.5 mg\n"
ACCEPT_LINE = CLAIMS.split(GAMMA_QUOTE)[0].count("\n") + 2
"""The line of an ``accept`` added right after gamma-dose's quote."""


def accept(corpus: Path, after: str, lines: str) -> None:
    corpus.write_text(CLAIMS.replace(after, after + lines), encoding="utf-8")


def test_accepted_conflict_is_reported_suppressed(corpus: Path, run: Run) -> None:
    accept(corpus, GAMMA_QUOTE, "    accept: [conflict]\n    note: starts lower on purpose\n")
    result = run("check")
    assert result.exit_code == 0
    assert (
        "error conflict: Typical daily dose: lower bound 0.5 mg vs 1.5 mg (gamma-dose vs "
        'alpha-dose, beta-dose) [suppressed: accepted in claim "gamma-dose": starts lower on '
        "purpose]"
    ) in result.stdout
    assert "0 conflicts" in result.stdout and "(1 suppressed)" in result.stdout
    data = json.loads(run("check", "--format", "json").stdout)
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert conflict["suppressed"] == 'accepted in claim "gamma-dose": starts lower on purpose'


def test_unused_acceptance_is_a_warning_at_the_accept_key(corpus: Path, run: Run) -> None:
    accept(corpus, GAMMA_QUOTE, "    accept: [conflict, unsupported]\n    note: reviewed\n")
    result = run("check")
    assert result.exit_code == 0
    unused = [line for line in result.stdout.splitlines() if "unused-accept" in line]
    assert unused == [
        f'claims.yaml:{ACCEPT_LINE}:24: warning unused-accept: claim "gamma-dose" accepts '
        'unsupported findings, but has none: remove "unsupported" from its accept list'
    ]
    assert run("check", "--strict").exit_code == 1


def test_acceptance_of_a_finding_that_went_away_becomes_unused(corpus: Path, run: Run) -> None:
    accept(
        corpus, "    quote: 99% of them felt better\n", "    accept: [unsupported]\n    note: ok\n"
    )
    assert "unused-accept" not in run("check").stdout
    # Another source now backs the figure: nothing is left for the acceptance to suppress.
    gamma = corpus.parent / "articles/gamma.md"
    gamma.write_text(GAMMA + "In its own survey, 99% of customers felt better.\n", encoding="utf-8")
    with corpus.open("a", encoding="utf-8") as claims:
        claims.write(
            "  - id: gamma-survey\n    source: gamma\n    subject: survey-better\n"
            "    value: 99%\n    quote: 99% of customers felt better\n"
        )
    result = run("check")
    assert 'warning unused-accept: claim "beta-survey" accepts unsupported' in result.stdout
    assert '"99%" in beta' not in result.stdout  # corroborated now


def test_accept_without_note_is_invalid(corpus: Path, run: Run) -> None:
    accept(corpus, GAMMA_QUOTE, "    accept: [conflict]\n")
    result = run("check")
    assert result.exit_code == 2
    assert result.stderr == (
        f'claims.yaml:{ACCEPT_LINE}:13: claim "gamma-dose" accepts conflict findings without a note: '
        'say why in "note"\n1 problem: input is invalid\n'
    )

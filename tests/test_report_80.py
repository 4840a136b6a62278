"""`factcheck report` at 80 columns: no line wider, source titles and subject labels shown
(cut with an ellipsis where they do not fit), on the example corpus and on a drafted one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from rich.cells import cell_len

from factcheck.cli import main
from tests.common import run_factcheck

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "benchmarks" / "data" / "disagree-dev"


def _flat(out: str) -> str:
    """The report's words in reading order, table borders left out."""
    return " ".join(w for w in re.findall(r"\S+", out) if w.strip("|│+-─"))


def _shown(name: str, out: str) -> bool:
    """Whether ``name`` begins somewhere in ``out``: its first three words, in order."""
    return " ".join(name.split()[:3]) in _flat(out)


def _source_names(out: str) -> list[str]:
    """The source column of the consistency table, each row's wrapped lines joined."""
    table = out.split("Consistency by source", 1)[1]
    names: list[str] = []
    for line in table.splitlines():
        border = line[:1]
        if border not in "|│":
            continue
        cells = [cell.strip() for cell in line.strip(border).split(border)]
        if len(cells) < 2:
            continue  # a rule under the header
        if cells[1].isdigit():
            names.append(cells[0])
        elif names and cells[0]:
            names[-1] += " " + cells[0]
    return names


def _whole_or_cut(name: str, shown: str, ellipsis: str) -> bool:
    """``shown`` is ``name``, or its start (cut at a word) ended with the ellipsis."""
    if shown == name:
        return True
    start = shown.removesuffix(ellipsis)
    return shown.endswith(ellipsis) and name.startswith(start) and len(start) >= 12


def _fits(out: str) -> None:
    widest = max(out.splitlines(), key=cell_len)
    assert cell_len(widest) <= 80, widest


def test_example_corpus_at_80_columns_as_a_user_runs_it() -> None:
    done = run_factcheck("report", "claims.yaml", "--width", "80", "--limit", "0", cwd=REPO)
    assert done.returncode == 0, done.stderr
    _fits(done.stdout)
    claims = yaml.safe_load((REPO / "claims.yaml").read_text(encoding="utf-8"))
    # Every source by its title in the consistency table: whole, or cut with an ellipsis.
    titles = [source["title"] for source in claims["sources"]]
    shown = _source_names(done.stdout)
    assert len(shown) == len(titles)
    assert all(any(_whole_or_cut(t, name, "...") for t in titles) for name in shown), shown
    assert not any(source["id"] in shown for source in claims["sources"])
    consensus = done.stdout.split("Consensus ---", 1)[1].split("Unsupported numbers", 1)[0]
    assert "Typical daily LDN dose" in consensus
    # A long label wraps onto a second line of its column, whole.
    lines = consensus.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("Standard (full) daily "))
    assert lines[at + 1].strip() == "naltrexone dose for addiction"


@pytest.fixture(scope="module")
def drafted_magnesium(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The magnesium dev corpus drafted by ``factcheck extract`` once for both reports."""
    claims = tmp_path_factory.mktemp("magnesium") / "claims.yaml"
    drafted = CliRunner().invoke(main, ["extract", str(DEV / "magnesium"), "-o", str(claims)])
    assert drafted.exit_code == 0, drafted.output
    return claims


@pytest.mark.parametrize("color", [False, True])
def test_a_drafted_dev_corpus_at_80_columns(drafted_magnesium: Path, color: bool) -> None:
    claims = drafted_magnesium
    runner = CliRunner()
    args = ["report", str(claims), "--root", str(REPO), "--width", "80", "--limit", "0"]
    result = runner.invoke(main, [*args, "--color" if color else "--no-color"])
    assert result.exit_code == 0, result.output
    out = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    _fits(out)
    written = yaml.safe_load(claims.read_text(encoding="utf-8"))
    titles = [s["title"] for s in written["sources"]]
    assert titles and all(_shown(title, out) for title in titles), titles
    ellipsis = "…" if color else "..."
    shown = _source_names(out)
    assert len(shown) == len(titles)
    assert all(any(_whole_or_cut(t, name, ellipsis) for t in titles) for name in shown), shown
    # A title longer than its column's two lines is cut with the ellipsis.
    assert "Daily Ledger" + ellipsis in _flat(out)
    # No source id in a conflict's cells: titles name them.
    conflicts = out.split("Consensus", 1)[0]
    assert not any(f"| {s['id']}, line" in conflicts for s in written["sources"])
    # Every label of a conflict's subject and of the consensus shows, whole or cut.
    labels = {s["id"]: s["label"] for s in written["subjects"]}
    heads = re.findall(r"^(\S.*?)  \[([\w-]+)\]$", conflicts, re.MULTILINE)
    assert heads
    for label, subject_id in heads:
        assert label == labels[subject_id]
    consensus = out.split("Consensus ", 1)[1].split("Unsupported numbers", 1)[0]
    assert any(_shown(label, consensus) for label in labels.values())
    cut = [line for line in consensus.splitlines() if ellipsis in line.split("  ")[0]]
    for line in cut:
        start = line.split(ellipsis, 1)[0].strip()
        assert any(label.startswith(start.split(" ")[0]) for label in labels.values()), line

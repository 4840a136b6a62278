"""The terminal report: its sections, quotes side by side, consensus, ordering, filters, layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck import check, load
from factcheck.check.anchor import claimed_spans
from factcheck.cli import main
from factcheck.formats.quotes import quoted, safe
from factcheck.formats.rich_report import RichFormatter, TerminalOptions
from factcheck.report.filters import Selection
from factcheck.report.findings import ExitCode, Kind
from factcheck.report.model import Report
from tests.common import run_factcheck, write

REPO = Path(__file__).resolve().parents[1]

ARTICLES = {
    "a.md": "Most take 1.5 to 4.5 mg a day. In a group of 400 patients, 99% improved.\n"
    "The review appeared in 2019. Take it at bedtime.\n",
    "b.md": "The usual dose is 0.5-4.5 mg. The full dose is 50 to 100 mg. Take it any time.\n",
    "c.md": "Doses run 1.5-4.5 mg daily. The full dose is 50 mg. Trials lasted 12 weeks.\n"
    "In all, 68 studies were pooled.\n",
    "d.md": "A dose of 0.5 to 4.5 mg is typical. The full dose is 50-100 mg.\n",
}

CLAIMS = """
version: 1
sources:
  - {id: a, path: a.md, title: Article A}
  - {id: b, path: b.md}
  - {id: c, path: c.md}
  - {id: d, path: d.md}
subjects:
  - {id: dose, label: Typical daily dose, unit: mg, kind: range}
  - {id: full, label: Full dose, unit: mg, kind: range}
  - {id: improved, label: Share of patients improved, unit: '%'}
  - {id: cohort, label: Size of the patient group, unit: dimensionless}
  - {id: year, label: Year of the review, unit: dimensionless}
  - {id: length, label: Trial length, unit: week}
  - {id: studies, label: Studies in the review, unit: dimensionless}
  - {id: timing, label: Dosing time, kind: label}
claims:
  - {id: a-dose, source: a, subject: dose, value: 1.5-4.5 mg, quote: Most take 1.5 to 4.5 mg a day}
  - {id: b-dose, source: b, subject: dose, value: 0.5-4.5 mg, quote: The usual dose is 0.5-4.5 mg}
  - {id: c-dose, source: c, subject: dose, value: 1.5-4.5 mg, quote: Doses run 1.5-4.5 mg daily}
  - {id: d-dose, source: d, subject: dose, value: 0.5-4.5 mg, quote: A dose of 0.5 to 4.5 mg}
  - {id: b-full, source: b, subject: full, value: 50-100 mg, quote: full dose is 50 to 100 mg}
  - {id: c-full, source: c, subject: full, value: 50 mg, quote: full dose is 50 mg}
  - {id: d-full, source: d, subject: full, value: 50-100 mg, quote: full dose is 50-100 mg}
  - {id: a-year, source: a, subject: year, value: 2019, quote: The review appeared in 2019}
  - {id: c-length, source: c, subject: length, value: 12 weeks, quote: Trials lasted 12 weeks}
  - {id: c-studies, source: c, subject: studies, value: 68, quote: 68 studies were pooled}
  - {id: a-cohort, source: a, subject: cohort, value: 400, quote: a group of 400 patients}
  - {id: a-improved, source: a, subject: improved, value: 99%, quote: '400 patients, 99% improved'}
  - {id: a-timing, source: a, subject: timing, value: bedtime, quote: Take it at bedtime}
  - {id: b-timing, source: b, subject: timing, value: any time, quote: Take it any time}
"""

BOX_DRAWING = re.compile("[\u2500-\u257f]")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = write(tmp_path, {**ARTICLES, "claims.yaml": CLAIMS})
    monkeypatch.chdir(tmp_path)
    return path


def report_of(path: Path) -> Report:
    return check(load(path))


def render(report: Report, **options: object) -> str:
    return RichFormatter(TerminalOptions(**options)).format(report)  # type: ignore[arg-type]


def section(text: str, title: str) -> str:
    """The lines of one section: from its heading to the next heading (a line ending in ----)."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(title))
    end = next((n for n in range(start + 1, len(lines)) if lines[n].endswith("----")), len(lines))
    return "\n".join(lines[start:end])


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_sections_in_reading_order(corpus: Path) -> None:
    out = render(report_of(corpus), width=100)
    headings = [line.split(" --")[0] for line in out.splitlines() if line.endswith("----")]
    assert headings == [
        "Conflicts (2)",
        "Consensus",
        "Unsupported numbers, most specific first (5)",
        "Consistency by source",
    ]


def test_summary_header(corpus: Path) -> None:
    out = render(report_of(corpus), width=100)
    assert "| 4 sources, 8 subjects, 14 claims" in out
    assert "| 2 conflicts, 5 unsupported, 0 unanchored" in out
    assert "| claims: 6 contradicted, 3 corroborated, 5 unsupported" in out


def test_conflict_shows_both_quotes_side_by_side_with_sources_and_reason(corpus: Path) -> None:
    conflicts = section(render(report_of(corpus), width=120), "Conflicts")
    lines = conflicts.splitlines()
    assert "Typical daily dose  [dose]" in lines
    assert "  conflict: lower bound 0.5 mg vs 1.5 mg" in lines
    header = next(line for line in lines if "0.5-4.5 mg, 2 sources" in line)
    assert "1.5-4.5 mg, 2 sources" in header
    # Side by side: one row holds a source (and its quote) of each side; a source by its title
    # where it has one, else by its id.
    assert any("| b, line 1" in line and "| Article A, line 1" in line for line in lines)
    row = next(line for line in lines if '"The usual dose is 0.5-4.5 mg"' in line)
    assert '"Most take 1.5 to 4.5 mg a day"' in row
    assert '"A dose of 0.5 to 4.5 mg"' in conflicts and '"Doses run 1.5-4.5 mg daily"' in conflicts
    assert "conflict: any time vs bedtime" in conflicts


def test_conflicts_are_grouped_by_subject_in_file_order(corpus: Path) -> None:
    conflicts = section(render(report_of(corpus), width=120), "Conflicts")
    assert conflicts.index("Typical daily dose") < conflicts.index("Dosing time  [timing]")


def test_consensus_lines(corpus: Path) -> None:
    consensus = section(render(report_of(corpus), width=120), "Consensus")
    assert re.search(r"Typical daily dose +upper bound 4\.5 mg: 4 sources\n", consensus)
    assert re.search(r"\n +lower bound disputed: 0\.5 mg \(2\) vs 1\.5 mg \(2\)\n", consensus)
    assert re.search(r"Full dose +3 sources agree: 50-100 mg \(2\), 50 mg \(1\)", consensus)
    assert re.search(r"Dosing time +disputed: any time \(1\) vs bedtime \(1\)", consensus)
    # Subjects stated by one source only are counted, not listed.
    assert "Trial length" not in consensus
    assert "5 more subjects stated by one source only." in consensus


def test_unsupported_numbers_most_specific_first(corpus: Path) -> None:
    unsupported = section(render(report_of(corpus), width=120), "Unsupported numbers")
    order = [
        "Statistics about people",
        "99%",
        "400",
        "Other statistics",
        "68",
        "Doses, durations and other measures",
        "12 weeks",
        "Dates",
        "2019",
    ]
    positions = [unsupported.index(word) for word in order]
    assert positions == sorted(positions)
    assert '"a group of 400 patients"' in unsupported


def test_limit_counts_what_it_hides(corpus: Path) -> None:
    unsupported = section(render(report_of(corpus), width=120, limit=2), "Unsupported numbers")
    assert "99%" in unsupported and "400" in unsupported and "2019" not in unsupported
    assert "3 more less specific not shown (--limit 0 shows all)." in unsupported


def test_limit_keeps_the_conflicts_of_most_sources_and_disputed_subjects(corpus: Path) -> None:
    out = render(report_of(corpus), width=120, limit=1)
    conflicts = section(out, "Conflicts (2)")
    assert "conflict: lower bound 0.5 mg vs 1.5 mg" in conflicts
    assert "Dosing time" not in conflicts
    assert "1 more involving fewer sources not shown (--limit 0 shows all)." in conflicts
    consensus = section(out, "Consensus")
    assert "lower bound disputed" in consensus and "Full dose" not in consensus
    assert "2 more agreed or less backed subjects not shown" in consensus


def test_source_table_shares(corpus: Path) -> None:
    table = section(render(report_of(corpus), width=100), "Consistency by source")
    row = next(line for line in table.splitlines() if line.startswith("| Article A "))
    assert re.search(r"\| +5 \| +0 +0% \| +2 +40% \| +3 +60% \|$", row)


def test_every_line_fits_in_80_columns(tmp_path: Path) -> None:
    articles = dict(ARTICLES)
    long_word = "https://example.org/" + "x" * 120
    articles["a.md"] = articles["a.md"].replace("Take it", f"See {long_word}. Take it")
    claims = CLAIMS.replace("quote: Take it at bedtime", f"quote: 'See {long_word}. Take it'")
    report = check(load(write(tmp_path, {**articles, "claims.yaml": claims})))
    for color in (False, True):
        out = render(report, width=80, color=color)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
        assert max(len(line) for line in plain.splitlines()) <= 80
    assert "x" * 60 in re.sub(r"[\s|]", "", render(report, width=80))


def test_plain_output_has_no_ansi_or_box_drawing(corpus: Path) -> None:
    code, out, _ = run("report", "--width", "80")
    assert code == ExitCode.CLEAN
    assert "\x1b" not in out and not BOX_DRAWING.search(out)
    assert out.isascii()
    assert not any(line != line.rstrip() for line in out.splitlines())
    code, out, _ = run("report", "--color")
    assert "\x1b[" in out and BOX_DRAWING.search(out)


def test_numbers_are_highlighted_in_quotes(corpus: Path) -> None:
    report = report_of(corpus)
    result = report.results["a-dose"]
    text = quoted(result, report.corpus.sources["a"], "bold")
    lit = [text.plain[span.start : span.end] for span in text.spans]
    assert lit == ["1.5", "4.5 mg"]
    # Only the claimed figure in a quote that holds several numbers.
    improved = quoted(report.results["a-improved"], report.corpus.sources["a"], "bold")
    assert [improved.plain[s.start : s.end] for s in improved.spans] == ["99%"]
    coloured = render(report, width=120, color=True)
    assert re.search(r"\x1b\[[0-9;]*m99%\x1b\[0m", coloured)


def test_claimed_spans_read_fractions_and_words() -> None:
    from tests.common import claim, subject

    share = subject(unit="%")
    made = claim(">20%", share)
    assert claimed_spans("more than 1/5th of adults", made) == [(10, 13)]
    count = claim("2", subject(unit=None))
    assert claimed_spans("Two trials and 3 reviews", count) == [(0, 3)]


def test_article_markup_and_control_characters_print_literally(tmp_path: Path) -> None:
    article = "Take [bold red]4.5 mg[/] daily \x1b[31mred\x1b[0m [link=http://x]here[/link].\n"
    files = {
        "a.txt": article,
        "b.txt": "Take 1.5 mg daily.\n",
        "claims.yaml": """
            version: 1
            sources:
              - {id: a, path: a.txt, title: "[bold]Title[/bold]"}
              - {id: b, path: b.txt}
            subjects:
              - {id: dose, label: "Dose [red]x[/red]", unit: mg}
            claims:
              - {id: a1, source: a, subject: dose, value: 4.5 mg,
                 quote: "Take [bold red]4.5 mg[/] daily \\e[31mred"}
              - {id: b1, source: b, subject: dose, value: 1.5 mg, quote: Take 1.5 mg daily}
            """,
    }
    report = check(load(write(tmp_path, files)))
    out = render(report, width=120)
    assert "\x1b" not in out
    assert '"Take [bold red]4.5 mg[/] daily \\x1b[31mred"' in out
    assert "Dose [red]x[/red]  [dose]" in out
    coloured = render(report, width=120, color=True)
    assert "\x1b[31mred" not in coloured and "\\x1b[31mred" in coloured


@given(st.text())
def test_safe_text_is_one_line_without_control_characters(text: str) -> None:
    shown = safe(text)
    assert "\n" not in shown and "\x1b" not in shown
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in shown)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown)


def test_output_is_deterministic_and_ignores_the_environment(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = render(report_of(corpus), width=80)
    monkeypatch.setenv("COLUMNS", "33")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    assert render(report_of(corpus), width=80) == first
    assert render(report_of(corpus), width=80, color=True) == render(
        report_of(corpus), width=80, color=True
    )


def test_filter_by_subject(corpus: Path) -> None:
    code, out, err = run("report", "--subject", "timing", "--fail-on", "error")
    assert code == ExitCode.FINDINGS and err == ""
    assert "filter: subject timing" in out
    assert "conflict: any time vs bedtime" in out
    assert "[dose]" not in out and "Unsupported numbers" not in out
    assert "| 2 sources, 1 subject, 2 claims" in out
    code, out, _ = run("report", "--subject", "full", "--fail-on", "error")
    assert code == ExitCode.CLEAN and "Conflicts" not in out


def test_filter_by_source_keeps_both_sides_of_its_conflicts(corpus: Path) -> None:
    code, out, _ = run("report", "--source", "c", "--width", "120")
    assert code == ExitCode.CLEAN  # the report reads; only --fail-on makes it a gate
    conflicts = section(out, "Conflicts")
    assert '"The usual dose is 0.5-4.5 mg"' in conflicts
    assert "Dosing time" not in conflicts
    unsupported = section(out, "Unsupported numbers")
    assert "68" in unsupported and "99%" not in unsupported
    table = section(out, "Consistency by source")
    assert [line.split()[1] for line in table.splitlines() if line.startswith("| ")][1:] == ["c"]


def test_filter_by_kind_shows_only_those_sections(corpus: Path) -> None:
    code, out, _ = run("report", "--kind", "unsupported", "--fail-on", "conflict")
    headings = [line.split(" --")[0] for line in out.splitlines() if line.endswith("----")]
    assert headings == ["Unsupported numbers, most specific first (5)"]
    assert code == ExitCode.FINDINGS  # hiding a section does not hide its failures


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--subject", "dos"], 'unknown subject "dos" in claims.yaml; did you mean "dose"?'),
        (["--source", "zz"], 'unknown source "zz" in claims.yaml'),
        (["--kind", "conflicts"], "Invalid value for '--kind'"),
        (["--width", "59"], "Invalid value for '--width'"),
    ],
)
def test_bad_filters_are_usage_errors(corpus: Path, args: list[str], message: str) -> None:
    code, out, err = run("report", *args)
    assert code == ExitCode.INVALID and out == ""
    assert message in err


def test_invalid_claims_file_is_located_on_stderr(tmp_path: Path) -> None:
    path = write(tmp_path, {"claims.yaml": "version: 1\nsources: []\nsubjects: []\nclaims: [1\n"})
    code, out, err = run("report", str(path))
    assert code == ExitCode.INVALID and out == ""
    assert re.search(r"claims\.yaml:\d+:\d+: ", err)


def test_unanchored_section(tmp_path: Path) -> None:
    claims = CLAIMS.replace("quote: Trials lasted 12 weeks", "quote: Trials lasted 13 weeks")
    report = check(load(write(tmp_path, {**ARTICLES, "claims.yaml": claims})))
    assert report.count(Kind.UNANCHORED) == 1
    out = render(report, width=120)
    unanchored = section(out, "Unanchored claims (1)")
    assert re.search(r"^c-length  .*claims\.yaml:\d+:\d+$", unanchored, re.MULTILINE)
    assert "quote not found" in unanchored


def test_selection_summary_matches_report_without_filters(corpus: Path) -> None:
    report = report_of(corpus)
    assert Selection().summary(report) == report.summary
    assert Selection(kinds=frozenset({Kind.CONFLICT})).summary(report) == report.summary


def test_report_command_in_a_real_process(corpus: Path) -> None:
    done = run_factcheck("report", env={"PYTHONPATH": str(REPO)}, cwd=corpus.parent)
    assert done.returncode == ExitCode.CLEAN, done.stderr
    assert done.stderr == ""
    assert "\x1b" not in done.stdout  # piped: no colour
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    assert done.stdout == render(report_of(Path("claims.yaml")), width=80)


@pytest.mark.parametrize(
    ("claim_id", "shown"),
    [
        ("b-dose", '"The usual dose is 0.5-4.5 mg". The full dose is 50 to 100...'),
        ("c-full", '...run 1.5-4.5 mg daily. The "full dose is 50 mg". Trials lasted 12 weeks.'),
        ("a-improved", '...4.5 mg a day. In a group of "400 patients, 99% improved".'),
    ],
)
def test_quotes_in_context_stop_at_whole_words_and_the_line(
    corpus: Path, claim_id: str, shown: str
) -> None:
    report = report_of(corpus)
    result = report.results[claim_id]
    source = report.corpus.sources[result.claim.source]
    assert quoted(result, source, "bold", around=30).plain == shown


def test_verdict_in_the_header(corpus: Path) -> None:
    _, out, _ = run("report")
    assert "| check: fails on 2 conflicts" in out
    code, out, _ = run("report", "--subject", "full", "--fail-on", "error")
    assert code == ExitCode.CLEAN and "| check: passes" in out


def test_shipped_corpus_tells_the_ldn_story() -> None:
    claims = REPO / "claims.yaml"
    code, out, err = run("report", str(claims), "--limit", "0")
    assert code == ExitCode.CLEAN and err == ""
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "\x1b" not in out and not BOX_DRAWING.search(out)
    conflicts = section(out, "Conflicts (2)")
    assert "Typical daily LDN dose  [ldn-typical-daily-dose]" in conflicts
    assert "conflict: lower bound 0.5 mg vs 1.5 mg" in conflicts
    # The sources by their titles, wrapped in their column.
    for title in ("Small Dose, Big Questions", "Low Dose Naltrexone for Immune",
                  "Low-Dose Naltrexone: The Many", "A Gentle Introduction to Low"):  # fmt: skip
        assert f"| {title}" in conflicts
    consensus = section(out, "Consensus")
    assert "upper bound 4.5 mg: 4 sources" in consensus
    assert "lower bound disputed: 0.5 mg (2) vs 1.5 mg (2)" in consensus
    assert "3 sources agree: 50-100 mg (2), 50 mg (1)" in consensus
    unsupported = section(out, "Unsupported numbers")
    people, dates = unsupported.index("Statistics about people"), unsupported.index("Dates")
    for figure in ('"99% had fewer attacks"', '"a group of 400 Multiple Sclerosis'):
        assert people < unsupported.index(figure) < dates
    assert unsupported.index("Doses, durations") < dates < unsupported.index("1984")


@pytest.mark.parametrize("width", [60, 72, 80, 100, 120])
def test_shipped_corpus_fits_every_width(width: int) -> None:
    report = report_of(REPO / "claims.yaml")
    for color in (False, True):
        out = re.sub(r"\x1b\[[0-9;]*m", "", render(report, width=width, color=color, limit=0))
        assert max(len(line) for line in out.splitlines()) <= width
        assert "| Low-Dose Naltrexone: " in out or "│ Low-Dose Naltrexone: " in out


def test_accepted_findings_are_marked_but_not_counted(tmp_path: Path) -> None:
    claims = CLAIMS.replace(
        "quote: 68 studies were pooled}",
        "quote: 68 studies were pooled, accept: [unsupported], note: from the review itself}",
    )
    report = check(load(write(tmp_path, {**ARTICLES, "claims.yaml": claims})))
    out = render(report, width=120)
    assert "| 2 conflicts, 4 unsupported, 0 unanchored" in out
    unsupported = section(out, "Unsupported numbers")
    assert 'suppressed: accepted in claim "c-studies": from the review itself' in unsupported


def test_svg_fetches_nothing_and_escapes_article_text(tmp_path: Path) -> None:
    files = {
        "a.txt": 'Take <script>alert(1)</script> 4.5 mg daily. <img src=x onerror="x()">\n',
        "b.txt": "Take 1.5 mg daily.\n",
        "claims.yaml": """
            version: 1
            sources:
              - {id: a, path: a.txt}
              - {id: b, path: b.txt}
            subjects:
              - {id: dose, label: Dose, unit: mg}
            claims:
              - {id: a1, source: a, subject: dose, value: 4.5 mg,
                 quote: "Take <script>alert(1)</script> 4.5 mg daily"}
              - {id: b1, source: b, subject: dose, value: 1.5 mg, quote: Take 1.5 mg daily}
            """,
    }
    report = check(load(write(tmp_path, files)))
    formatter = RichFormatter(TerminalOptions(width=100, color=True))
    svg = formatter.svg(report, title="<report>")
    assert svg == formatter.svg(report, title="<report>")
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "").replace(
        "https://www.textualize.io", ""
    )
    assert "<script" not in svg and "&lt;script&gt;" in svg


def test_selection_rejects_unknown_kinds_in_the_api() -> None:
    with pytest.raises(ValueError, match="unknown kind 'conflicts'"):
        Selection.of(kinds=["conflicts"])
    assert Selection.of(["dose"], [], ["conflict"]).describe() == "subject dose; kind conflict"


def test_long_sides_show_a_sample_and_count_the_rest(corpus: Path) -> None:
    conflicts = section(render(report_of(corpus), width=120, sample=1), "Conflicts")
    assert conflicts.count("+ 1 more claim from 1 source") == 2  # each side of the dose conflict
    assert '"The usual dose is 0.5-4.5 mg"' in conflicts
    assert '"A dose of 0.5 to 4.5 mg"' not in conflicts

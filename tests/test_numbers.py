"""One reader of numbers in prose: anchoring, coverage, highlighting and extract read each form alike."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factcheck.check.anchor import anchor
from factcheck.corpus.model import Claim, Source, SourceKind
from factcheck.extract.mentions.find import find_mentions
from factcheck.text.documents import Text
from factcheck.text.numbers import countable_numbers, number_spans, numbers_in
from factcheck.values.grammar import parse_value
from tests.common import WORDS

# (the form as written, the value a reader reads, a sentence extract drafts one mention from)
FORMS = [
    ("1,000", 1000.0, "They enrolled {} patients."),
    ("4.5", 4.5, "The dose is {} mg."),
    (".5", 0.5, "The dose is {} mg."),
    ("-15", -15.0, "It fell to {} °C."),
    ("−12", -12.0, "It fell to {} °C."),
    ("1/5", 0.2, "More than {} of adults."),
    ("1/5th", 0.2, "More than {} of adults."),
    ("twenty-five", 25.0, "They enrolled {} patients."),
    ("twenty five", 25.0, "They enrolled {} patients."),
    ("Seven", 7.0, "{} patients took part."),
    ("1.5 million", 1.5e6, "About {} people took part."),
    ("two hundred", 200.0, "They enrolled {} patients."),
    ("1 in 4", 0.25, "About {} adults."),
    ("one in ten", 0.1, "About {} adults."),
    ("two-thirds", 2 / 3, "About {} of adults."),
    ("four fifths", 0.8, "About {} of adults."),
    ("a quarter", 0.25, "About {} of adults."),
    ("a full hour", 1.0, "Let the dough rest {} before baking."),
    ("an entire week", 1.0, "The glue needs {} to cure."),
    ("a fortnight", 1.0, "Carry on for {} after the course ends."),
    ("equal parts", 1.0, "Mix {} sand and cement."),
    ("two and a half", 2.5, "Ground was broken {} years ago."),
    ("3 and a half", 3.5, "It takes {} hours to set."),
    ("a year and a half", 1.5, "The series was released {} ago."),
    ("a dozen", 12.0, "More than {} clubs bid."),
    ("half a dozen", 6.0, "More than {} clubs bid."),
    ("half a million", 5e5, "About {} people took part."),
    # The port of a link to this machine: the one number of a link that states something.
    ("8080", 8080.0, "The preview server listens at http://localhost:{}."),
]


def _extracted(text: str) -> float:
    [mention] = find_mentions(text, WORDS)
    amount = mention.amount
    assert amount.low == amount.high
    return amount.low / 100 if amount.unit == "%" else amount.low


@pytest.mark.parametrize(("form", "value", "sentence"), FORMS, ids=[f[0] for f in FORMS])
def test_every_stage_reads_a_form_as_the_same_number(
    form: str, value: float, sentence: str
) -> None:
    """A new form is one edit in text/numbers/forms.py: add its row here and every stage reads it."""
    text = sentence.format(form)
    start = text.index(form)
    end = start + len(form)
    # anchoring
    assert float(f"{value:.9g}") in numbers_in(text)
    # highlighting: one span over the form, with its value
    [(span_start, span_end, read)] = [s for s in number_spans(text) if start <= s[0] < end]
    assert span_end == end - 2 if form.endswith("th") else span_end == end  # "1/5" of "1/5th"
    assert span_start == start or form.startswith("a ")  # "quarter" of "a quarter"
    assert read == pytest.approx(value)
    # extract
    assert _extracted(text) == pytest.approx(value, rel=2e-3)  # shares are kept to 3 figures
    # coverage counts figures (a number in words is no untracked figure), each once
    counted = [(a, b) for a, b in countable_numbers(text) if start <= a < end]
    assert len(counted) == (1 if any(c.isdigit() for c in form) else 0)


@pytest.mark.parametrize("written", ["1,000", "4.5", "0.5", ".5", "-3", "12"])
def test_the_value_grammar_and_prose_read_digits_alike(written: str) -> None:
    # The value grammar is the claims file's own (signs, exponents, no words): it shares no
    # pattern with prose, but where both read digits they read the same number.
    number = parse_value(written).low
    assert number is not None
    assert number.value in numbers_in(f"a dose of {written} mg")


def test_a_link_states_no_number_but_a_local_servers_port() -> None:
    local = "Point the proxy at http://127.0.0.1:8080/admin, where it listens."
    assert [local[a:b] for a, b in countable_numbers(local)] == ["8080"]
    assert [m.text for m in find_mentions(local, WORDS)] == ["8080"]
    # Another host's port is part of its address, as its path is.
    remote = "See https://docs.example.com:8443/v2 for details."
    assert countable_numbers(remote) == []
    assert find_mentions(remote, WORDS) == []


def test_dates_and_paths_are_no_fractions() -> None:
    assert numbers_in("dated 3/1/2024") == {3.0, 1.0, 2024.0}
    assert [v for _, _, v in number_spans("3/1/2024")] == [3.0, 1.0, 2024.0]


def test_a_thousand_is_no_decade() -> None:
    assert 1989.0 in numbers_in("since the 1980s")
    assert 1009.0 not in numbers_in("1000s of people")


def test_spans_read_signs_scales_shares_and_word_fractions_whole() -> None:
    assert number_spans("from -15 °C") == [(5, 8, -15.0)]
    assert number_spans("1.5 million") == [(0, 11, 1.5e6)]
    assert number_spans("1 in 4") == [(0, 6, 0.25)]
    assert number_spans("two-thirds") == [(0, 10, pytest.approx(2 / 3))]


@pytest.mark.parametrize(
    ("value", "quote", "problem"),
    [
        ("14 weeks", "for 14 days", 'value is in weeks but the quote says "14 days"'),
        ("5 µg", "take 5 mg daily", 'value is in µg but the quote says "5 mg"'),
        # Every spelling in values/spellings.py is judged, compound ones whole.
        ("20 mg/kg", "more than 20 mg per kg", None),
        ("15 µg", "about 15 micrograms a day", None),
        ("3 hours", "within 3 hrs", None),
        ("3 hours", "within 3 minutes", 'value is in hours but the quote says "3 minutes"'),
    ],
)
def test_anchoring_reads_units_with_the_one_spelling_table(
    value: str, quote: str, problem: str | None
) -> None:
    source = Source("s", "s.md", Path("s.md"), SourceKind.ARTICLE, Text(f"It {quote}.\n"))
    made = Claim("c", "s", "x", parse_value(value), None, quote)
    assert anchor(made, source).problem == problem


def test_extract_learns_the_shared_forms() -> None:
    assert [m.value for m in find_mentions("take .5 mg daily", WORDS)] == ["0.5 mg"]
    assert [m.value for m in find_mentions("four fifths of adults", WORDS)] == ["80%"]
    assert [m.value for m in find_mentions("in 5 pct of cases", WORDS)] == ["5%"]


def test_one_pint_registry_and_none_at_module_level() -> None:
    """Only values/units.Units builds a registry; extract is handed one (no global cache)."""
    package = Path(__file__).resolve().parent.parent / "factcheck"
    builders = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if "UnitRegistry(" in path.read_text(encoding="utf-8")
    ]
    assert builders == ["values/units.py"]
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # no module-level Units() either
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                assert "Units()" not in ast.unparse(node.value), path

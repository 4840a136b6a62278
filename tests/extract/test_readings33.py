"""Round 33's faults of reading, mended after its scoring (session 29; docs/extract.md, "Round
33's faults"): a full stop inside Markdown emphasis ends its sentence, "the shed" is no weight
shed, a figure measured "at the time they were asked" is no figure of an earlier time, and a
temperature inside a building is not the one outside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.drafts import draft_claims
from factcheck.extract.mentions.context import TextIndex
from factcheck.extract.named_actions import find_named_actions, opposed, propose_named_action
from tests.common import WORDS, conflicting_values, extract_and_check


def _context(text: str, figure: str) -> dict[str, str]:
    """The context of the draft whose quote holds ``figure``."""
    drafts = [d for d in draft_claims("page.md", text, WORDS) if figure in d.mention.text]
    assert drafts, f"no draft of {figure!r} in {text!r}"
    return dict(drafts[0].subject.context)


@pytest.mark.parametrize(
    ("text", "at", "sentence"),
    [
        (
            "**Don't put IDs in public URLs.** An ID reveals when a record was made.",
            "Don't",
            "**Don't put IDs in public URLs.",
        ),
        ("_Keep it short._ Long lines wrap badly.", "Keep", "_Keep it short."),
        ("Use 3 workers. The default is 4.", "Use", "Use 3 workers."),
        # emphasis that goes on in the same sentence ends nothing
        (
            "Set **retries** to 3 before you deploy.",
            "Set",
            "Set **retries** to 3 before you deploy.",
        ),
    ],
)
def test_a_full_stop_inside_emphasis_ends_its_sentence(text: str, at: str, sentence: str) -> None:
    start, end = TextIndex(text).around((text.index(at), text.index(at) + 1)).sentence
    assert text[start:end].strip() == sentence


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("The temperature inside the shed peaked at 27C in the afternoon.", "27", ""),
        ("Outside the shed it was a mild 21C.", "21", ""),
        # the verb still sheds
        ("She shed 4 kg before the race.", "4", "down"),
    ],
)
def test_a_shed_is_a_building_after_a_determiner(text: str, figure: str, change: str) -> None:
    assert _context(text, figure).get("change", "") == change


@pytest.mark.parametrize(
    ("text", "figure", "phase"),
    [
        ("In the 2025 survey of 2,300 adults, 18% had dandruff at the time they were asked.",
         "2,300", ""),
        ("At the time of the survey, 18% of adults had flakes.", "18%", ""),
        # what held before, still
        ("At the time the label said to take 2 tablets.", "2", "previous"),
    ],
)  # fmt: skip
def test_the_moment_of_a_measurement_is_no_earlier_time(text: str, figure: str, phase: str) -> None:
    assert _context(text, figure).get("phase", "") == phase


def test_advice_in_bold_compares_with_its_opposite(tmp_path: Path) -> None:
    """The README's bold "Don't" once ran on into the next sentence, whose "when a record was
    created" became the advice's condition, and the stance no longer compared."""
    docs = {
        "README.md": "# idkit\n\n**Don't put idkit IDs in public URLs.** An ID reveals when a "
        "record was created and roughly how many records came before it.\n",
        "FAQ.txt": "Can I show IDs to users?\n\nPutting idkit IDs in public URLs is fine; they "
        "are not secret.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == [("do", "do not")]


def test_temperatures_inside_and_outside_do_not_compare(tmp_path: Path) -> None:
    docs = {
        "national.md": "# Record\n\nOutside the shed it was a mild 21C, but the heat built up "
        "quickly under the roof.\n",
        "local.html": "<html><body><h1>Record</h1><p>The temperature inside the shed peaked at "
        "27C in the middle of the afternoon.</p></body></html>",
        "weekly.txt": "Record day\n\nBy mid-afternoon it had reached 86F inside the shed.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == [("27 °C", "86 °F")]


@pytest.mark.parametrize(
    ("text", "figure", "population"),
    [
        ("In the survey, 22% of men and 14% of women reported flaking.", "22%", "men"),
        ("Women need about 2.2 litres of fluid a day.", "2.2", "women"),
        # a category named by its possessive, and one person: everyone's figure
        ("She beat the previous women's solo record of 64 days.", "64", ""),
        ("A 31-year-old woman has broken the record.", "31", ""),
    ],
)
def test_one_sex_is_a_population(text: str, figure: str, population: str) -> None:
    assert _context(text, figure).get("population", "") == population


def test_a_share_of_men_does_not_compare_with_everyone(tmp_path: Path) -> None:
    docs = {
        "pharmacy.md": "# Dandruff\n\nIn the survey of 2,300 adults, 22% of men and 14% of women "
        "reported visible flakes.\n",
        "blog.md": "# My scalp\n\nThe survey of 3,200 people found that about one in four had "
        "visible flakes.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert ("22%", "~25%") not in conflicting_values(report)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We don't recommend tea tree oil: it can irritate the scalp.", "Whether to use tea tree oil"),
        ("Squeezing a stress ball helps strengthen the hand.", "Whether squeezing a stress ball is advised"),
        ("Never share a worker ID between two running processes.", "Whether to share a worker ID"),
    ],
)  # fmt: skip
def test_a_named_action_is_labelled_as_a_person_would_ask(sentence: str, label: str) -> None:
    """Round 33's "Whether to tea tree oil": a thing named without its verb, and a gerund."""
    actions = find_named_actions(sentence, TextIndex(sentence))
    assert [propose_named_action(a).label for a in actions] == [label]


def test_a_unit_column_gives_the_default_its_unit(tmp_path: Path) -> None:
    """Round 34's poolwick: a reference table with a Unit column ("seconds") and "Default: 30.0."
    in the description meets the FAQ's "5 seconds by default" (read bare, it met nothing)."""
    docs = {
        "reference.html": "<html><body><h1>Settings</h1><table><thead><tr><th>Setting</th>"
        "<th>Type</th><th>Unit</th><th>Description and default</th></tr></thead><tbody>"
        "<tr><td>acquire_timeout</td><td>float</td><td>seconds</td><td>How long a caller waits "
        "for a free connection before PoolTimeout is raised. Default: 30.0.</td></tr>"
        "<tr><td>max_size</td><td>int</td><td>connections</td><td>Upper bound on the "
        "connections the pool keeps. Default: 10.</td></tr>"
        "</tbody></table></body></html>",
        "FAQ.txt": "How long do callers wait?\n\nacquire_timeout is 5 seconds by default, and "
        "when it runs out PoolTimeout is raised.\n",
    }
    _, report = extract_and_check(tmp_path, docs)
    assert conflicting_values(report) == [("30.0 seconds", "5 seconds")]


def test_what_a_thing_is_shared_between_is_part_of_the_act() -> None:
    """Round 34's poolwick: "The pool is thread-safe." (share it between threads) is no stance
    on sharing it across forked processes; sharing between threads still meets itself."""
    read = [
        find_named_actions(t, TextIndex(t))[0]
        for t in (
            "The pool is thread-safe.",
            "Don't share a pool across forked processes; create one per worker after the fork.",
            "A single instance is safe to share between threads.",
            "Sharing an instance between threads is not supported.",
        )
    ]
    assert not opposed(read[0], read[1])
    assert opposed(read[2], read[3])

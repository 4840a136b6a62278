"""Counts said as the machine's size ("one worker per CPU core", "Defaults to the number of CPU
cores"): drafted as the value in words ``number of CPU cores``, which `check` compares with a
fixed default ("Default: 4") as a disagreement and with the same words in other words as
agreement. The phrasings are written from how software documents (READMEs, references, FAQs,
man pages) say a machine-dependent default, not from one corpus's lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import load
from factcheck.extract.mentions.find import find_mentions
from factcheck.problems import InputError
from tests.common import WORDS, extract_and_check


def core_counts(text: str) -> list[tuple[str, str]]:
    """(surface text, noun) of every mention drafted as the number of CPU cores."""
    return [
        (m.text, m.noun) for m in find_mentions(text, WORDS) if m.value == "number of CPU cores"
    ]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("shrinkwell runs one worker per CPU core by default.", "workers"),
        ("If you do not set it, each worker starts one process per CPU core.", "processes"),
        ("lintkit uses one job per CPU core unless you pass --jobs", "jobs"),
        ("The pool starts a single thread for each core.", "threads"),
        ("It spawns one child process for every available CPU.", "processes"),
        ("Builds run 1 compile job per logical core.", "jobs"),
        ("The scheduler runs one goroutine per CPU.", "goroutines"),
        ("By default the test runner uses one executor per processor.", "executors"),
        ("Index builds use one shard per core unless --shards is given.", "shards"),
        ("The server forks one worker process per CPU core at start-up.", "processes"),
        ("Renders use a task per physical core.", "tasks"),
        ("It starts as many worker processes as there are CPU cores.", "processes"),
        ("The tool runs as many jobs as the machine has cores.", "jobs"),
        ("By default there are as many threads as logical CPUs.", "threads"),
        ("--jobs N: Number of parallel jobs. Defaults to the number of CPU cores.", ""),
        ("workers: how many to start. Default: number of CPUs.", ""),
        ("The default is the number of available processors.", ""),
        ("The default value is the number of logical CPUs.", ""),
        ("Default: `os.cpu_count()`", ""),
        ("threads (integer, default: `runtime.NumCPU()`)", ""),
        ("The pool size defaults to the number of cores on the machine.", ""),
        ("`--parallel` is set to the number of CPU cores by default.", ""),
    ],
)
def test_a_count_said_as_the_machines_size(text: str, noun: str) -> None:
    found = core_counts(text)
    assert len(found) == 1, (text, found)
    assert found[0][1] == noun


@pytest.mark.parametrize(
    "text",
    [
        "We recommend one worker per CPU core.",
        "For best throughput, set --jobs to the number of CPU cores.",
        "You should run at most one process per core.",
        "Use up to one thread per core.",
        "Licences are sold at one licence per CPU core.",
        "Allow 1 GB of memory per CPU core.",
        "The machine has 8 CPU cores.",
        "Performance scales with the number of CPU cores.",
        "Step 2: count the number of cores with nproc.",
        "Consider as many workers as there are cores.",
        "The build farm has one runner per team.",
        "Chapter 6 covers threads and cores.",
    ],
)
def test_no_count_of_cores_where_none_is_stated(text: str) -> None:
    assert core_counts(text) == []


def test_a_machine_sized_default_disagrees_with_a_fixed_one(tmp_path: Path) -> None:
    docs = {
        "README.md": "# tidy\n\ntidy checks every file. It runs one job per CPU core unless "
        "you pass `--jobs`.\n",
        "reference.md": "# Options\n\n## `--jobs`\n\nNumber of parallel jobs. The default is 4 "
        "jobs.\n",
    }
    data, report = extract_and_check(tmp_path, docs, exit_code=1)
    values = {c["value"] for c in data["claims"]}
    assert {"number of CPU cores", "4"} <= values
    conflicts = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert any("number of cpu cores vs 4" in m for m in conflicts), conflicts


def test_the_machines_size_in_other_words_agrees(tmp_path: Path) -> None:
    docs = {
        "README.md": "# tidy\n\ntidy runs one job per CPU core unless you pass `--jobs`.\n",
        "FAQ.md": "# FAQ\n\nHow many jobs? tidy starts as many jobs as there are CPU cores "
        "unless you pass `--jobs`.\n",
    }
    data, report = extract_and_check(tmp_path, docs, exit_code=0)
    assert [c["value"] for c in data["claims"]].count("number of CPU cores") == 2
    assert not [f for f in report["findings"] if f["kind"] == "conflict"]


def test_a_figure_subject_takes_the_words_and_no_other_label(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Runs one job per CPU core. Bedtime.\n", encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    head = "version: 1\nsources:\n  - {id: a, path: a.md}\nsubjects:\n  - {id: jobs, label: Jobs}\nclaims:\n"
    claim = "  - {id: c1, source: a, subject: jobs, value: %s, quote: %s}\n"
    claims.write_text(head + claim % ("Number of CPU cores", "one job per CPU core"))
    corpus = load(claims)
    (claim_c1,) = corpus.claims
    assert claim_c1.value.label == "number of cpu cores"
    assert claim_c1.quantity is None
    claims.write_text(head + claim % ("bedtime", "Bedtime"))
    with pytest.raises(InputError, match="numbers only"):
        load(claims)


def unlimited(text: str) -> list[str]:
    """The surface text of every mention drafted as ``unlimited``."""
    return [m.text for m in find_mentions(text, WORDS) if m.value == "unlimited"]


@pytest.mark.parametrize(
    "text",
    [
        "max_retries\n    How many times to retry. Default: unlimited.",
        "Retries are unlimited by default.",
        "By default there is no limit on the number of retries.",
        "By default, there is no limit on upload size.",
        "The default is no limit, so set --max-size on shared hosts.",
        "`--max-connections` defaults to unlimited.",
        "| `max_queue` | unlimited | ... |\nDefault: unlimited",
        "The queue length is unbounded by default.",
        "Default value: infinite.",
        "The cache size default is unlimited.",
        "There is no limit by default; set `max_jobs` to cap it.",
        "Connections per client: defaulting to no limit.",
    ],
)
def test_a_default_that_is_no_limit(text: str) -> None:
    assert len(unlimited(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "There is no limit to what you can do.",
        "Free accounts get unlimited projects.",
        "Default: 0 (no limit)",  # the number is the value written
        "We suggest no limit by default for tests.",
        "If you want no limit by default, set it to 0.",
        "Unlimited plans cost more.",
        "The sky is the limit.",
        "Chapter 6: limits and defaults",
        "A limit of 5 applies by default.",
        "Default: 4, unlimited for admins",
    ],
)
def test_no_unlimited_default_where_none_is_stated(text: str) -> None:
    assert unlimited(text) == []


def test_a_default_of_no_limit_disagrees_with_a_number(tmp_path: Path) -> None:
    docs = {
        "README.md": "# sync\n\n`max_retries` is unlimited by default.\n",
        "reference.md": "# Options\n\n## `max_retries`\n\nHow many times to retry. The default "
        "is 5.\n",
    }
    data, report = extract_and_check(tmp_path, docs, exit_code=1)
    assert {"unlimited", "5"} <= {c["value"] for c in data["claims"]}
    conflicts = [f["message"] for f in report["findings"] if f["kind"] == "conflict"]
    assert any("5 vs unlimited" in m or "unlimited vs 5" in m for m in conflicts), conflicts

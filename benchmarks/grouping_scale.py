"""Scale benchmark for extract's grouping (`grouping.consolidate`) on 1k, 10k and 100k documents.

Generates small deterministic documents (a heading and four or five sentences, each stating one
figure about one of N/20 made-up products: doses, durations, shares, counts, prices, years;
mostly agreeing, some conflicting), drafts them once (the map, in --jobs processes), then groups
them in a fresh process per run and prints, per size, the drafts, the candidate pairs that
blocking proposes (pairs per draft stays flat when pairs come from blocking, not from all pairs),
the median grouping time (wall and CPU: other jobs share the machine), the median peak memory of the grouping process and how much of it
grouping added to the drafted documents it was given, and the growth ratios to the previous
size: for documents x10, linear work gives time x10.

    python benchmarks/grouping_scale.py [--sizes 1000,10000,100000] [--runs 3] [--jobs 2]
    python benchmarks/grouping_scale.py --write DIR --documents N   # the documents as files

The documents are drafted at most once per size and kept in the system's temporary folder
(``factcheck-grouping-N.pickle``) for later runs; --fresh drafts them again.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Measure this checkout, not an installed copy of factcheck (e.g. another worktree).
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Documents per product: how many sources speak about each one.
DOCUMENTS_PER_TOPIC = 20
#: Share of stated figures that disagree with the product's true value.
_CONFLICTING = 0.1
_SYLLABLES = ("zor", "vex", "mal", "tri", "qua", "nel", "pra", "dox", "lin", "ter", "sul", "fen")
#: (sentence with {name} and {value}, true values to draw from, how a conflicting one differs)
_FACTS: tuple[tuple[str, tuple[float, ...], float], ...] = (
    ("{name} is typically taken at {value:g} mg a day.", (0.5, 1.5, 4.5, 10, 25, 50, 200), 2),
    ("Never take more than {value:g} mg of {name} in one day.", (5, 20, 100, 400, 1000), 2),
    ("A course of {name} usually lasts {value:g} weeks.", (2, 4, 6, 8, 12, 26), 2),
    ("{name} starts to work within {value:g} hours for most people.", (1, 2, 6, 12, 24, 48), 2),
    (
        "About {value:g}% of people taking {name} reported fewer symptoms.",
        (35, 48, 62, 71, 84),
        0.5,
    ),
    ("The largest trial of {name} enrolled {value:,.0f} adults.", (120, 354, 1683, 4200), 3),
    ("A month's supply of {name} costs ${value:g}.", (12, 30, 45, 90, 250), 2),
    ("{name} was first approved in {value:.0f}.", (1987, 1994, 2003, 2011, 2019), 1),
)
_FILLER = (
    "Readers often ask how it compares with other treatments.",
    "Talk to a prescriber before changing anything about a regimen.",
    "Several clinics publish their own protocols online.",
)


def _name(topic: int) -> str:
    """A made-up product name per topic number: Zorvex, Maltrinel, ..."""
    syllables = []
    topic += len(_SYLLABLES)  # at least two syllables
    while topic:
        topic, digit = divmod(topic, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    return "".join(syllables).capitalize()


def documents(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``count`` (file name, text) pairs about ``count // DOCUMENTS_PER_TOPIC`` products."""
    rnd = random.Random(seed)
    topics = max(1, count // DOCUMENTS_PER_TOPIC)
    truth = [[rnd.choice(values) for _, values, _ in _FACTS] for _ in range(topics)]
    for number in range(count):
        topic = rnd.randrange(topics)
        name = _name(topic)
        lines = [f"# Notes on {name}", ""]
        for fact in sorted(rnd.sample(range(len(_FACTS)), rnd.randint(4, 5))):
            sentence, _, factor = _FACTS[fact]
            value = truth[topic][fact]
            if rnd.random() < _CONFLICTING:
                value = round(value * factor) if factor >= 1 else round(value * (1 + factor))
            lines.append(sentence.format(name=name, value=value))
        lines.append(rnd.choice(_FILLER))
        yield f"doc{number:06d}.md", "\n".join(lines) + "\n"


def _draft(item: tuple[str, str]) -> object:
    from factcheck.extract.drafts import Document, draft_claims

    name, text = item
    return Document(name, text, tuple(draft_claims(name, text, _WORDS)))


def _init() -> None:
    global _WORDS
    from factcheck.extract.mentions.units import UnitWords
    from factcheck.values.units import Units

    _WORDS = UnitWords(Units())


_WORDS: object = None


def drafted(count: int, jobs: int, fresh: bool) -> Path:
    """The drafted documents of one size, pickled (drafted now unless kept from a run before)."""
    path = Path(tempfile.gettempdir()) / f"factcheck-grouping-{count}.pickle"
    if path.exists() and not fresh:
        return path
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init) as pool:
        result = list(pool.map(_draft, documents(count), chunksize=64))
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
    print(f"drafted {count:,} documents in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return path


def run_child(pickled: Path) -> dict[str, float]:
    """Group the drafted documents in this process: time, peak and added memory, pairs."""
    import resource

    from factcheck._perf import paused_gc
    from factcheck.extract.grouping.group import consolidate
    from factcheck.values.units import Units

    units = Units()
    loaded = pickle.loads(pickled.read_bytes())
    before = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    with paused_gc():  # as extract groups (see run.draft_documents)
        consolidate(loaded, units)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "drafts": sum(len(document.drafts) for document in loaded),
        "group": elapsed,
        "cpu": cpu,
        "peak_mb": peak,
        "added_mb": peak - before,
    }


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pairs_of(pickled: Path) -> int:
    """How many candidate pairs blocking proposes (counted outside the timed runs)."""
    from factcheck.extract.grouping import group
    from factcheck.extract.grouping.similarity import candidate_pairs
    from factcheck.values.units import Units

    corpus = group._corpus(pickle.loads(pickled.read_bytes()), Units())
    return len(candidate_pairs(corpus.drafts, corpus.values)[0])


def measure(pickled: Path, runs: int) -> dict[str, float]:
    """Medians over ``runs`` child processes."""
    results = []
    for _ in range(runs):
        command = [sys.executable, __file__, "--child", str(pickled)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout))
    return {key: statistics.median(float(r[key]) for r in results) for key in results[0]}


def write(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in documents(count):
        (folder / name).write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2, help="processes drafting the documents")
    parser.add_argument("--fresh", action="store_true", help="draft the documents again")
    parser.add_argument("--write", type=Path, help="write the documents to this folder, then stop")
    parser.add_argument("--documents", type=int, default=1000, help="how many --write writes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(Path(args.child))))
        return
    if args.write:
        write(args.write, args.documents)
        return
    print(
        "| documents | drafts | candidate pairs | pairs per draft | grouping | CPU | peak memory "
        "| added by grouping | time growth | CPU growth | memory growth |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    previous: dict[str, float] | None = None
    for count in (int(size) for size in args.sizes.split(",")):
        pickled = drafted(count, args.jobs, args.fresh)
        row = measure(pickled, args.runs)
        pairs = pairs_of(pickled)
        growth = [
            f"x{row[key] / previous[key]:.1f}" if previous else ""
            for key in ("group", "cpu", "added_mb")
        ]
        print(
            f"| {count:,} | {row['drafts']:,.0f} | {pairs:,} | {pairs / row['drafts']:.2f} "
            f"| {row['group']:.2f} s | {row['cpu']:.2f} s | {row['peak_mb']:,.0f} MB "
            f"| {row['added_mb']:,.0f} MB | {' | '.join(growth)} |",
            flush=True,
        )
        previous = row


if __name__ == "__main__":
    main()

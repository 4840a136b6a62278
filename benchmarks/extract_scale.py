"""Scale benchmark for `factcheck extract` on one document of 10k, 100k and 1M mentions.

Writes a deterministic document per size (report-like prose: every sentence states five figures,
with headings and paragraphs), then runs extract's stages on it in a fresh process per run:
drafting (mentions, quotes, subjects: `run.draft_documents` without grouping), grouping
(`grouping.consolidate`) and merging the drafts into a new claims file (`merge.merge`, the
ruamel.yaml round trip). Prints, per size, the median wall time of each stage and in total, the
median CPU time, the median peak memory (the child's maximum resident set), and the ratios to
the previous size: for mentions x10, linear work gives time x10.

    python benchmarks/extract_scale.py [--sizes 10000,100000,1000000] [--runs 3]
        [--runs-large N] [--merge-up-to 100000]

Merging is measured up to --merge-up-to mentions only: ruamel.yaml holds a node per key and
value of every claim while it writes, about 15 KB per claim, so a million new claims would need
some 15 GB (the other stages take about 5 KB per mention). Runs at 1M mentions take minutes;
--runs-large N runs sizes of 1M and more N times instead of --runs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Measure this checkout, not an installed copy of factcheck (e.g. another worktree).
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Mentions per sentence of the generated document (checked by the child, which counts them).
_PER_SENTENCE = 5
_SENTENCE = (
    "In the {site} cohort, {count:,} of {total:,} adults ({share}%) took {dose} mg daily "
    "for {weeks} weeks."
)
_SITES = ("north", "south", "east", "west", "coastal", "urban", "rural", "hill")


def write_document(path: Path, mentions: int, seed: int = 0) -> None:
    """A document of about ``mentions`` figures: five per sentence, five sentences per
    paragraph, a heading every ten paragraphs; figures vary so quotes rarely repeat."""
    rnd = random.Random(seed)
    lines: list[str] = []
    sentences = max(1, mentions // _PER_SENTENCE)
    paragraph: list[str] = []
    for number in range(sentences):
        if number % 50 == 0:
            lines.append(f"## Site report {number // 50 + 1}\n")
        total = rnd.randint(200, 90_000)
        count = rnd.randint(10, total)
        paragraph.append(
            _SENTENCE.format(
                site=rnd.choice(_SITES),
                count=count,
                total=total,
                share=round(100 * count / total, 1),
                dose=rnd.choice((0.5, 1.5, 2, 4.5, 10, 25, 50, 100, 250)),
                weeks=rnd.randint(2, 52),
            )
        )
        if len(paragraph) == 5:
            lines.append(" ".join(paragraph) + "\n")
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph) + "\n")
    path.write_text("\n".join(lines), encoding="utf-8")


def run_child(document: Path, merge: bool) -> dict[str, float]:
    """Run the stages on one document in this process; times, counts and peak memory."""
    import resource

    from factcheck._perf import paused_gc
    from factcheck.extract.drafts import Document, draft_claims
    from factcheck.extract.grouping.group import consolidate
    from factcheck.extract.mentions.units import UnitWords
    from factcheck.extract.merge import merge as merge_drafts
    from factcheck.text.documents import read_document
    from factcheck.values.units import Units

    units = Units()
    words = UnitWords(units)

    wall, cpu = time.perf_counter(), time.process_time()
    text = read_document(document)
    with paused_gc():  # as extract drafts (see run.draft_documents)
        drafted = Document(document.name, text, tuple(draft_claims(document.name, text, words)))
    draft_wall = time.perf_counter() - wall
    start = time.perf_counter()
    with paused_gc():
        grouped = consolidate([drafted], units)
    group_wall = time.perf_counter() - start
    start = time.perf_counter()
    claims = len(merge_drafts(None, grouped, "claims.yaml").text) if merge else 0
    merge_wall = time.perf_counter() - start
    return {
        "mentions": len(drafted.drafts),
        "megabytes": document.stat().st_size / 1e6,
        "draft": draft_wall,
        "group": group_wall,
        "merge": merge_wall,
        "drafted": draft_wall + group_wall,
        "total": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "yaml_mb": claims / 1e6,
    }


def measure(document: Path, runs: int, merge: bool) -> dict[str, float]:
    """Medians over ``runs`` child processes."""
    results = []
    for _ in range(runs):
        command = [sys.executable, __file__, "--child", str(document)]
        if not merge:  # the child then skips merging
            command.append("--no-merge")
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout))
    return {key: statistics.median(float(r[key]) for r in results) for key in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runs-large", type=int, default=None, help="runs at 1M mentions and up")
    parser.add_argument("--merge-up-to", type=int, default=100_000, help="largest size merged")
    parser.add_argument("--no-merge", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(Path(args.child), not args.no_merge)))
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    header = (
        "| mentions | MB | draft s | group s | merge s | total s | CPU s | peak MB "
        "| time ratio | memory ratio | runs |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    previous: dict[str, float] | None = None
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            document = Path(folder) / f"doc-{size}.md"
            write_document(document, size)
            runs = args.runs if args.runs_large is None or size < 1_000_000 else args.runs_large
            merged = size <= args.merge_up_to
            row = measure(document, runs, merged)
            # Ratios compare like with like: the stages both sizes ran.
            both = previous is not None and (merged or not previous["merged"])
            key = "total" if both else "drafted"
            ratio = f"x{row[key] / previous[key]:.1f}" if previous else ""
            memory = f"x{row['peak_mb'] / previous['peak_mb']:.1f}" if previous and both else ""
            if previous and not both:
                ratio += " (draft+group)"
            merge = f"{row['merge']:.1f}" if merged else "not run"
            print(
                f"| {row['mentions']:,.0f} | {row['megabytes']:.1f} | {row['draft']:.1f} "
                f"| {row['group']:.1f} | {merge} | {row['total']:.1f} "
                f"| {row['cpu']:.1f} | {row['peak_mb']:,.0f} | {ratio} | {memory} | {runs} |",
                flush=True,
            )
            previous = {**row, "merged": merged}


if __name__ == "__main__":
    main()

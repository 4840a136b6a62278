"""Scale benchmark: `factcheck check` on synthetic corpora of 10k, 100k and 1M claims.

For each size, each run measures three fresh processes one after the other: a bare yaml-rs
parse of the claims file (``yaml_rs.loads`` of its text, timed inside the process: the
denominator of the ratios), ``factcheck check --format json`` and ``factcheck check`` (text),
both with their output sent to a file. It prints the medians of the runs: wall time and peak
RSS of each, the ratio of each command's time to the parse measured in the same run, the growth
of each between sizes, and whether every planted conflict is reported (JSON: the subject and
both sides' values; text: the conflicted subjects, from the claim ids each line names).

    python benchmarks/scale.py [--sizes 10000,100000,1000000] [--runs 3] [--runs-at 1000000=1]
                               [--corpora DIR] [--formats json,text]

``--corpora DIR`` keeps the generated corpora there for the next invocation (writing 1M claims
takes about a minute). ``--pythonpath DIR`` runs the factcheck found in DIR (e.g. an unpacked
older commit), for before/after tables with the same script.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import Planted, write_corpus

_PARSE = """
import sys, time, yaml_rs
start, cpu = time.perf_counter(), time.process_time()
with open(sys.argv[1], encoding="utf-8") as f:
    yaml_rs.loads(f.read(), parse_datetime=False)
print(time.perf_counter() - start, time.process_time() - cpu)
"""

Side = tuple[Any, Any]


_MEASURE = """
import json, os, subprocess, sys, time
with open(sys.argv[1], "wb") as out:
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps([elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), cpu]))
"""


def _measure(
    argv: Sequence[str], stdout: Path, env: dict[str, str]
) -> tuple[float, float, int, float]:
    """Run one process; (wall seconds, peak RSS in MB, exit status, CPU seconds) of exactly that
    process (CPU time is what a busy machine distorts least).

    A small helper process starts it: a child's peak RSS counts its parent's memory at the fork
    (Linux carries the high-water mark through fork and exec), and this process grows while
    reading reports. It runs in the output's folder: ``python -m`` puts the working directory
    before ``PYTHONPATH``, so run from a checkout it would take that checkout's factcheck, not
    the ``--pythonpath`` one.
    """
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(stdout), *argv],
        env=env, capture_output=True, text=True, check=True, cwd=stdout.parent,
    )  # fmt: skip
    elapsed, peak_mb, code, cpu = json.loads(done.stdout)
    return elapsed, peak_mb, code, cpu


def _norm(side: Sequence[Any]) -> Side:
    return tuple(round(float(x), 9) if isinstance(x, float | int) else x for x in side)  # type: ignore[return-value]


def _planted(planted: Planted) -> set[tuple[str, frozenset[Side]]]:
    return {(subject, frozenset(_norm(s) for s in sides)) for subject, sides in planted.conflicts}


def _json_conflicts(path: Path) -> set[tuple[str, frozenset[Side]]]:
    """(subject, {side values}) of every conflict finding in a JSON report."""
    try:
        import orjson

        data = orjson.loads(path.read_bytes())
    except ImportError:
        data = json.loads(path.read_bytes())
    group_of = {c["id"]: (c["subject"], c["group"]) for c in data["claims"]}
    values: dict[tuple[str, str], Side] = {}
    for subject in data["subjects"]:
        for group in subject["groups"]:
            v = group["value"]
            side = (v["text"], v["text"]) if v["low"] is None else (v["low"], v["high"])
            values[(subject["id"], group["id"])] = _norm(side)
    found = set()
    for finding in data["findings"]:
        if finding["kind"] == "conflict":
            sides = frozenset(values[group_of[side[0]]] for side in finding["sides"])
            found.add((finding["subject"], sides))
    return found


_CONFLICT_LINE = re.compile(r": error conflict: .*\(([^()]*)\)$")


def _text_conflicts(path: Path) -> list[str]:
    """The subject of every conflict line in a text report (synth's ids: SUBJECT-by-NNNN)."""
    subjects = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            m = _CONFLICT_LINE.search(line.rstrip("\n"))
            if m:
                subjects.append(re.split(r",| vs ", m.group(1))[0].strip().rsplit("-by-", 1)[0])
    return subjects


def _run(root: Path, formats: Sequence[str], env: dict[str, str], out: Path) -> dict[str, Any]:
    claims = (root / "claims.yaml").resolve()  # the commands run in another folder
    _, parse_mb, code, _ = _measure([sys.executable, "-c", _PARSE, str(claims)], out / "parse", env)
    if code != 0:
        raise SystemExit(f"the yaml-rs parse of {claims} exited {code}")
    parse_s, parse_cpu = map(float, (out / "parse").read_text().split())
    row: dict[str, Any] = {"parse_s": parse_s, "parse_cpu": parse_cpu, "parse_mb": parse_mb}
    for fmt in formats:
        argv = [sys.executable, "-m", "factcheck", "check", "--format", fmt, str(claims)]
        seconds, mb, code, cpu = _measure(argv, out / f"out.{fmt}", env)
        if code not in (0, 1):
            raise SystemExit(f"factcheck check --format {fmt} exited {code} on {claims}")
        row[f"{fmt}_s"], row[f"{fmt}_mb"], row[f"{fmt}_cpu"] = seconds, mb, cpu
    return row


def _found(fmt: str, out: Path, planted: Planted) -> tuple[int, bool]:
    if fmt == "json":
        found = _json_conflicts(out / "out.json")
        return len(found), found == _planted(planted)
    subjects = _text_conflicts(out / "out.text")
    wanted = sorted(subject for subject, _ in planted.conflicts)
    return len(subjects), sorted(subjects) == wanted


def _corpus(corpora: Path, n: int) -> tuple[Path, Planted]:
    root = corpora / str(n)
    planted_file = root / "planted.json"
    if planted_file.exists() and (root / "claims.yaml").exists():
        saved = json.loads(planted_file.read_text())
        conflicts = frozenset(
            (s, frozenset(tuple(side) for side in sides)) for s, sides in saved.pop("conflicts")
        )
        return root, Planted(conflicts=conflicts, **saved)  # type: ignore[arg-type]
    planted = write_corpus(root, n)
    saved = {
        "n_sources": planted.n_sources,
        "n_subjects": planted.n_subjects,
        "n_claims": planted.n_claims,
        "conflicts": [[s, [list(side) for side in sides]] for s, sides in planted.conflicts],
    }
    planted_file.write_text(json.dumps(saved))
    return root, planted


def _table(rows: list[dict[str, Any]], formats: Sequence[str]) -> list[str]:
    head = "| claims | claims.yaml | runs | yaml-rs parse |"
    rule = "|---:|---:|---:|---:|"
    for fmt in formats:
        head += f" {fmt}: time | ×parse | CPU | ×parse CPU | peak RSS | conflicts found = planted |"
        rule += "---:|---:|---:|---:|---:|---|"
    lines = [head, rule]
    for row in rows:
        line = (
            f"| {row['claims']:,} | {row['file_mb']:.1f} MB | {row['runs']} | "
            f"{row['parse_s']:.2f} s ({row['parse_cpu']:.2f} s CPU), {row['parse_mb']:,.0f} MB |"
        )
        for fmt in formats:
            ok = "yes" if row[f"{fmt}_ok"] else "**no**"
            line += (
                f" {row[f'{fmt}_s']:.1f} s | {row[f'{fmt}_ratio']:.1f}× | "
                f"{row[f'{fmt}_cpu']:.1f} s | {row[f'{fmt}_cpu_ratio']:.1f}× | "
                f"{row[f'{fmt}_mb']:,.0f} MB | {ok} ({row[f'{fmt}_found']} of {row['planted']}) |"
            )
        lines.append(line)
    for small, big in itertools.pairwise(rows):
        growth = ", ".join(
            f"{fmt} time ×{big[f'{fmt}_s'] / small[f'{fmt}_s']:.1f} "
            f"peak ×{big[f'{fmt}_mb'] / small[f'{fmt}_mb']:.1f}"
            for fmt in formats
        )
        parse = big["parse_s"] / small["parse_s"]
        lines.append(
            f"growth {small['claims']:,} → {big['claims']:,} claims "
            f"(×{big['claims'] / small['claims']:.0f}): {growth}; yaml-rs parse ×{parse:.1f}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--runs-at", default="", help="runs for given sizes, e.g. 1000000=1 (overrides --runs)"
    )
    parser.add_argument("--formats", default="json,text")
    parser.add_argument("--corpora", type=Path, help="keep generated corpora in this folder")
    parser.add_argument("--pythonpath", help="run the factcheck package found in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    runs_at = {int(k): int(v) for k, v in (p.split("=") for p in args.runs_at.split(",") if p)}
    formats = [f for f in args.formats.split(",") if f]
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1", GITHUB_ACTIONS="")
    # Synthetic 1M-claim files pass 64 MiB; older versions capped claims files there.
    env.setdefault("FACTCHECK_MAX_BYTES", "1G")
    if args.pythonpath:
        env["PYTHONPATH"] = args.pythonpath
    rows = []
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        corpora = args.corpora or Path(tmp) / "corpora"
        for n in sizes:
            root, planted = _corpus(corpora, n)
            out = Path(tmp) / f"out-{n}"
            out.mkdir()
            runs = []
            found: dict[str, tuple[int, bool]] = {}
            for i in range(runs_at.get(n, args.runs)):
                runs.append(_run(root, formats, env, out))
                if i == 0:
                    found = {fmt: _found(fmt, out, planted) for fmt in formats}
                print(f"{n:,} claims, run {i + 1}: {json.dumps(runs[-1])}", file=sys.stderr)
            row: dict[str, Any] = {
                "claims": n,
                "file_mb": (root / "claims.yaml").stat().st_size / 1e6,
                "runs": len(runs),
                "planted": len(planted.conflicts),
            }
            for key in runs[0]:
                row[key] = statistics.median(r[key] for r in runs)
            for fmt in formats:
                row[f"{fmt}_ratio"] = statistics.median(r[f"{fmt}_s"] / r["parse_s"] for r in runs)
                row[f"{fmt}_cpu_ratio"] = statistics.median(
                    r[f"{fmt}_cpu"] / r["parse_cpu"] for r in runs
                )
                row[f"{fmt}_found"], row[f"{fmt}_ok"] = found[fmt]
            rows.append(row)
    print("\n".join(_table(rows, formats)))
    print(
        "medians of the runs, each command in a fresh process; time is wall time with the "
        "output sent to a file, CPU its user and system time; ×parse is that time over the bare "
        "yaml-rs parse of the same run (wall over wall, CPU over CPU)"
    )
    return 0 if all(row[f"{fmt}_ok"] for row in rows for fmt in formats) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Measure JSON encoders on factcheck's report of a synthetic corpus: time and memory.

Builds the report of N synthetic claims (``benchmarks/synth.py``), then encodes its JSON data
(``Report.to_dict()``) with each encoder, each in a fresh process: Python's ``json.dumps(indent=2)``
(0.2.0's encoder), orjson with ``OPT_INDENT_2``, msgspec's ``encode`` then ``format(indent=2)``,
and both without indentation. Prints the median time and the peak memory the encoding adds (over
the process's size before it), and whether the output parses back to the same data.

    python benchmarks/json_encoders.py [--claims 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import write_corpus

ENCODERS = {
    "json.dumps(indent=2)": "lambda d: json.dumps(d, indent=2, ensure_ascii=False).encode()",
    "orjson OPT_INDENT_2": "lambda d: orjson.dumps(d, option=orjson.OPT_INDENT_2)",
    "msgspec encode + format(indent=2)": (
        "lambda d: msgspec.json.format(msgspec.json.encode(d), indent=2)"
    ),
    "orjson (compact)": "lambda d: orjson.dumps(d)",
    "msgspec encode (compact)": "lambda d: msgspec.json.encode(d)",
}

_CHILD = """
import json, sys, time
import msgspec, orjson
import factcheck

def status_mb(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(key)) / 1024

data = factcheck.check(factcheck.load(sys.argv[1])).to_dict()
encode = eval(sys.argv[2])
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # resets the peak (VmHWM) to the current size
before = status_mb("VmRSS:")
start = time.perf_counter()
out = encode(data)
seconds = time.perf_counter() - start
added = status_mb("VmHWM:") - before
same = json.loads(out) == data
print(json.dumps({"s": seconds, "added_mb": added, "mb_out": len(out) / 1e6, "same": same}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-json-") as tmp:
        write_corpus(Path(tmp), args.claims)
        claims = str(Path(tmp) / "claims.yaml")
        print(f"| encoder ({args.claims:,} claims) | time | memory added | output | same data |")
        print("|---|---:|---:|---:|---|")
        for name, encoder in ENCODERS.items():
            runs = []
            for _ in range(args.runs):
                done = subprocess.run(
                    [sys.executable, "-c", _CHILD, claims, encoder],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                runs.append(json.loads(done.stdout))
            seconds = statistics.median(r["s"] for r in runs)
            added = statistics.median(r["added_mb"] for r in runs)
            same = "yes" if all(r["same"] for r in runs) else "**no**"
            print(
                f"| {name} | {seconds:.2f} s | {added:,.0f} MB | {runs[0]['mb_out']:.0f} MB | {same} |"
            )
    print(f"medians of {args.runs} runs, each in a fresh process")
    return 0


if __name__ == "__main__":
    sys.exit(main())

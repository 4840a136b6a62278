"""Measure candidate YAML loaders on synthetic claims files: time, peak RSS, safety, typing.

Usage: ``python benchmarks/yaml_loaders.py [--sizes 1000,10000,100000] [--runs 3] [--only NAME]``.
Each timing runs in a fresh subprocess; the table shows the median of `--runs` runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synth import write_corpus

# Each loader: source text of a function `load(raw: bytes) -> object`, run in a fresh process.
LOADERS: dict[str, str] = {
    "yaml-rs": "import yaml_rs\n"
    "def load(raw): return yaml_rs.loads(raw.decode(), parse_datetime=False)",
    "ryaml": "import ryaml\ndef load(raw): return ryaml.loads(raw.decode())",
    "rapidyaml (tree + py walk, str only)": """
import ryml
def load(raw):
    t = ryml.parse_in_arena(raw)
    def walk(n):
        if t.is_map(n):
            d, c = {}, t.first_child(n)
            while c != ryml.NONE:
                d[bytes(t.key(c)).decode()] = walk(c); c = t.next_sibling(c)
            return d
        if t.is_seq(n):
            out, c = [], t.first_child(n)
            while c != ryml.NONE:
                out.append(walk(c)); c = t.next_sibling(c)
            return out
        return bytes(t.val(n)).decode()
    return walk(t.root_id())""",
    "fastyaml-rs": "import fast_yaml\ndef load(raw): return fast_yaml.safe_load(raw.decode())",
    "PyYAML CSafeLoader": "import yaml\n"
    "def load(raw): return yaml.load(raw, Loader=yaml.CSafeLoader)",
    "ruamel.yaml safe (pure)": "from ruamel.yaml import YAML\n"
    "def load(raw): return YAML(typ='safe', pure=True).load(raw)",
    "factcheck precise (libyaml events)": "from factcheck.corpus.yamlprecise import walk\n"
    "def load(raw):\n    w = walk(raw.decode(), 'f')\n    assert not w.problems\n    return w.data",
    "factcheck read_yaml": "from factcheck.corpus.yamlread import read_yaml\n"
    "def load(raw): return read_yaml(raw, 'f').data",
    "factcheck read_yaml + locate": "from factcheck.corpus.yamlread import read_yaml\n"
    "def load(raw):\n    d = read_yaml(raw, 'f'); d.locate(('claims', 0, 'id')); return d.data",
}
SLOW = {"ruamel.yaml safe (pure)", "PyYAML CSafeLoader"}

_CHILD = """
import json, sys, time
{code}
raw = open(sys.argv[1], 'rb').read()
t0 = time.perf_counter()
data = load(raw)
elapsed = time.perf_counter() - t0
# VmHWM: this process's own peak RSS (ru_maxrss would inherit the parent's peak).
status = open('/proc/self/status').read()
rss = int(status.split('VmHWM:')[1].split()[0]) / 1024
print(json.dumps({{"seconds": elapsed, "rss_mb": rss, "claims": len(data["claims"])}}))
"""

_PROBES = {
    "dup key": "a: 1\na: 2\n",
    "tag": "a: !foo x\n",
    "anchor+alias": "a: &x 1\nb: *x\n",
    "yes": "a: yes\n",
    "1.5": "a: 1.5\n",
    "400": "a: 400\n",
    "010": "a: 010\n",
    "1_000": "a: 1_000\n",
    "2024-01-02": "a: 2024-01-02\n",
}
_SYNTAX_ERROR = "a: 1\nb: [1, 2\nc: 3\n"


def _run(code: str, path: Path) -> dict[str, float] | None:
    """One timed load in a fresh interpreter; None if the loader is not installed."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(code=code), str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if out.returncode != 0 and "ModuleNotFoundError" in out.stderr:
        return None
    out.check_returncode()
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _probe(code: str) -> dict[str, str]:
    namespace: dict[str, Any] = {}
    try:
        exec(code, namespace)
    except ModuleNotFoundError:
        return {name: "not installed" for name in [*_PROBES, "error location"]}
    load: Callable[[bytes], Any] = namespace["load"]
    row = {}
    for name, text in _PROBES.items():
        try:
            data = load(text.encode())
            row[name] = repr(data["a"] if name not in ("dup key",) else data)
        except Exception as err:  # a probe records any failure as "rejected"
            row[name] = f"rejects ({type(err).__name__})"
    try:
        load(_SYNTAX_ERROR.encode())
        row["error location"] = "no error"
    except Exception as err:
        text = str(err)
        row["error location"] = "line given" if ("line" in text or ":2:" in text) else "none"
    return row


def main() -> int:
    """Print the timing table and the behaviour table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="measure only loaders whose name has this")
    parser.add_argument("--slow-runs", type=int, default=1, help="runs for PyYAML/ruamel at 100k")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for n in sizes:
            write_corpus(Path(tmp) / str(n), n, seed=0)
            files[n] = Path(tmp) / str(n) / "claims.yaml"
        header = ["loader"] + [
            f"{n // 1000}k ({files[n].stat().st_size / 1e6:.1f} MB)" for n in sizes
        ]
        print("Median seconds / peak RSS MB (fresh subprocess per run)")
        print(" | ".join(header))
        for name, code in LOADERS.items():
            if args.only not in name:
                continue
            cells = []
            for n in sizes:
                runs = args.slow_runs if (name in SLOW and n >= 100_000) else args.runs
                measured = [_run(code, files[n]) for _ in range(runs)]
                results = [r for r in measured if r is not None]
                if not results:
                    cells.append("not installed")
                    continue
                seconds = statistics.median(r["seconds"] for r in results)
                rss = statistics.median(r["rss_mb"] for r in results)
                cells.append(f"{seconds:6.2f} s {rss:5.0f} MB" + ("" if runs > 1 else " (n=1)"))
            print(f"{name} | " + " | ".join(cells), flush=True)
    print()
    print("Behaviour on small inputs (value of key `a`, or what happens)")
    probes = {
        name: _probe(code)
        for name, code in LOADERS.items()
        if "locate" not in name and "precise" not in name
    }
    columns = [*_PROBES, "error location"]
    print(" | ".join(["loader", *columns]))
    for name, row in probes.items():
        print(" | ".join([name, *(row[c] for c in columns)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

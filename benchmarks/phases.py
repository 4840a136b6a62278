"""Where `factcheck check --format json` spends its main thread's CPU, stage by stage.

Each run is a fresh process that imports the command's modules, loads and checks the claims
file as `check` does (``cli.options.checked``, single-process: the forked workers off) and
writes the JSON report to /dev/null, timing each stage with ``time.thread_time`` around its
function. Several builds are compared by giving each a ``--pythonpath`` (a folder holding a
``factcheck`` package: an unpacked commit, a compiled build); their runs alternate, and the
medians are printed side by side.

    python benchmarks/phases.py [--corpus /tmp/scale-corpora/100000] [--runs 3]
                                [--pythonpath DIR ...]

Stages: start-up (the interpreter and the imports), the yaml-rs parse, the walk that vouches
for its data, sources, claims (the claim loop: values, contexts, ``Claim``s; pydantic's
validation runs before it, in the load's remainder), anchoring, the check's remainder, writing
JSON. The wrappers reach into private functions: a stage renamed in factcheck shows as missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

STAGES = (
    "start-up",
    "parse",
    "vouching",
    "sources",
    "claims",
    "load",
    "anchoring",
    "check",
    "writing JSON",
    "main thread",
    "process",
)


def _timed(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.thread_time() - start

    return timed


def _one(corpus: str) -> dict[str, float]:
    """One run in this process (the child's side)."""
    import factcheck.cli  # noqa: F401  (what the command imports)
    import factcheck.corpus.load as load_module
    import factcheck.corpus.yamlread as yamlread
    from factcheck import _perf
    from factcheck.cli import options
    from factcheck.formats.json import JsonFormatter

    startup = time.process_time()
    _perf.PARALLEL_FROM = 10**12  # one process, as the phase tables in docs/scale.md
    spent: dict[str, float] = {}

    class _Parser:
        loads = staticmethod(_timed(spent, "parse", yamlread.yaml_rs.loads))
        YAMLDecodeError = yamlread.yaml_rs.YAMLDecodeError

    yamlread.yaml_rs = _Parser  # type: ignore[assignment]
    yamlread._is_plain = _timed(spent, "vouching", yamlread._is_plain)
    builder = load_module._Builder
    builder._sources = _timed(spent, "sources", builder._sources)  # type: ignore[method-assign]
    builder._claims = _timed(spent, "claims", builder._claims)  # type: ignore[method-assign]
    checking = sys.modules["factcheck.check"]
    checking.anchor_all = _timed(spent, "anchoring", checking.anchor_all)  # type: ignore[attr-defined]
    options.load = _timed(spent, "load", options.load)
    options.check = _timed(spent, "check", options.check)
    os.chdir(os.path.dirname(os.path.abspath(corpus)))
    report = options.checked((os.path.basename(corpus),), None)
    start = time.thread_time()
    with open(os.devnull, "wb") as out:
        for chunk in JsonFormatter().chunks(report):
            out.write(chunk)
    spent["writing JSON"] = time.thread_time() - start
    spent["start-up"] = startup
    spent["main thread"] = startup + spent["load"] + spent["check"] + spent["writing JSON"]
    spent["process"] = time.process_time()
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", default="/tmp/scale-corpora/100000/claims.yaml")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pythonpath", action="append", help="a build to time (repeatable)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one(args.corpus)))
        sys.stdout.flush()
        os._exit(0)  # as `check` ends a large run: without freeing the corpus
    builds = args.pythonpath or [""]
    found: dict[str, list[dict[str, float]]] = {build: [] for build in builds}
    for _ in range(args.runs):
        for build in builds:
            env = dict(os.environ)
            if build:
                env["PYTHONPATH"] = build
            command = [sys.executable, __file__, "--child", "--corpus", args.corpus]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            found[build].append(json.loads(done.stdout))
    print("| stage | " + " | ".join(build or "installed" for build in builds) + " |")
    print("|---|" + "---:|" * len(builds))
    for stage in STAGES:
        cells = []
        for build in builds:
            times = [run[stage] for run in found[build] if stage in run]
            cells.append(f"{statistics.median(times):.2f} s" if times else "—")
        print(f"| {stage} | " + " | ".join(cells) + " |")
    print(f"main-thread CPU, medians of {args.runs} runs (builds alternating), one process")
    return 0


if __name__ == "__main__":
    sys.exit(main())

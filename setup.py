"""Build: pure Python by default; ``FACTCHECK_COMPILE=1`` compiles the anchoring modules with mypyc."""

from __future__ import annotations

import os

from setuptools import setup

# What anchoring spends its time in (docs/scale.md): reading a quote's numbers and units. Only
# modules whose functions no test replaces and whose classes nothing patches (quick_init skips
# them) are listed: a compiled module calls its own functions directly.
COMPILED = [
    "factcheck/text/numbers/forms.py",
    "factcheck/text/numbers/reading.py",
    "factcheck/values/spellings.py",
    "factcheck/check/anchor.py",
]

ASKED = os.environ.get("FACTCHECK_COMPILE", "") == "1"


def _extensions() -> list[object]:
    """The compiled modules when asked for (mypyc and a C compiler needed), else none."""
    if not ASKED:
        return []
    from mypyc.build import mypycify

    # The runtime mypyc shares between the modules goes inside the package, not top level.
    return list(mypycify(COMPILED, group_name="factcheck._native", opt_level="3"))


# setup_requires is how setuptools' PEP 517 backend asks pip for build dependencies that depend
# on the build: mypy only when compiling.
setup(ext_modules=_extensions(), setup_requires=["mypy>=1.8"] if ASKED else [])

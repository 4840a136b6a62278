"""Build: pure Python by default; ``FACTCHECK_COMPILE=1`` compiles the anchoring modules with mypyc."""

from __future__ import annotations

import os

from setuptools import setup

# What anchoring spends its time in (docs/scale.md): reading a quote's numbers and units. Only
# modules whose functions no test replaces and whose classes nothing patches (quick_init's
# classes stay interpreted: mypyc compiles a decorated class as a plain Python class) are listed:
# a compiled module calls its own functions directly.
COMPILED = [
    "factcheck/text/numbers/forms.py",
    "factcheck/text/numbers/reading.py",
    "factcheck/values/spellings.py",
    "factcheck/check/anchor.py",
]


def _extensions() -> list[object]:
    """The compiled modules when asked for, else none.

    mypyc type-checks everything the modules import, with the project's strict mypy settings:
    the build needs the runtime dependencies and the type stubs of the test extra, and a C
    compiler with Python's headers, so it runs without pip's build isolation, in an environment
    that has them: ``pip install -e '.[test]'`` then
    ``FACTCHECK_COMPILE=1 pip install --no-build-isolation --no-deps .``."""
    if os.environ.get("FACTCHECK_COMPILE", "") != "1":
        return []
    from mypyc.build import mypycify

    # The runtime mypyc shares between the modules goes inside the package, not top level.
    return list(mypycify(COMPILED, group_name="factcheck._native", opt_level="3"))


setup(ext_modules=_extensions())

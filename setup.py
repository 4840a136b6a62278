"""The optional C extensions (factcheck/check/native.py, factcheck/formats/json_native.py,
factcheck/corpus/native.py); everything else is in pyproject.toml.

``optional=True``: where no C compiler or Python headers are found, the build of an extension
fails with a warning and factcheck installs without it (the Python path then runs alone).
``factcheck._speedups``: anchoring's common case; ``factcheck._emitspeedups``: the JSON
report's claims; ``factcheck._loadspeedups``: the claims loader's common case. Each includes
factcheck/_native_common.h.
"""

from setuptools import Extension, setup

# What the three share (module set-up): a change to it rebuilds them, and the sdist ships it.
COMMON = ["factcheck/_native_common.h"]

setup(
    ext_modules=[
        Extension(f"factcheck.{name}", [f"factcheck/{name}.c"], depends=COMMON, optional=True)
        for name in ("_speedups", "_emitspeedups", "_loadspeedups")
    ]
)

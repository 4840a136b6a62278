"""The optional C extensions (factcheck/check/native.py, factcheck/formats/json_native.py,
factcheck/corpus/native.py); everything else is in pyproject.toml.

``optional=True``: where no C compiler or Python headers are found, the build of an extension
fails with a warning and factcheck installs without it (the Python path then runs alone).
``factcheck._speedups``: anchoring's common case; ``factcheck._emitspeedups``: the JSON
report's claims; ``factcheck._loadspeedups``: the claims loader's common case.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("factcheck._speedups", ["factcheck/_speedups.c"], optional=True),
        Extension("factcheck._emitspeedups", ["factcheck/_emitspeedups.c"], optional=True),
        Extension("factcheck._loadspeedups", ["factcheck/_loadspeedups.c"], optional=True),
    ]
)

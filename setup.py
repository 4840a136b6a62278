"""The optional C extensions (factcheck/check/native.py, factcheck/formats/json_native.py);
everything else is in pyproject.toml.

``optional=True``: where no C compiler or Python headers are found, the build of the extension
fails with a warning and factcheck installs without it (anchoring then runs in Python only).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("factcheck._speedups", ["factcheck/_speedups.c"], optional=True),
        Extension("factcheck._emitspeedups", ["factcheck/_emitspeedups.c"], optional=True),
    ]
)

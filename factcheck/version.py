"""The release of factcheck: the one place its version is written (pyproject reads it)."""

__version__ = "0.2.0"

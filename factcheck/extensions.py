"""The optional C extensions (built by setup.py where a compiler is found), imported one way."""

from __future__ import annotations

import importlib
import os
from typing import Any, Final

DISABLE: Final = "FACTCHECK_PURE_PYTHON"
"""The environment variable that turns every extension off (any value but empty or 0)."""


def extension(name: str) -> Any:
    """The compiled module ``factcheck.<name>``, or None where it was not built (no compiler
    where factcheck was installed). Imported by name: a compiled module has no stub for mypy."""
    try:
        return importlib.import_module(f"factcheck.{name}")
    except ImportError:
        return None


def turned_on() -> bool:
    """Whether the environment lets the extensions run (``DISABLE`` unset, empty or 0)."""
    return os.environ.get(DISABLE, "") in ("", "0")

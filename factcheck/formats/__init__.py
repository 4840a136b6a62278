"""Output formats: one formatter per format, chosen through one exhaustive factory."""

from __future__ import annotations

from enum import StrEnum

from factcheck.formats.base import Formatter
from factcheck.formats.json import JsonFormatter
from factcheck.formats.text import TextFormatter


class OutputFormat(StrEnum):
    """The ``--format`` choices of ``factcheck check``."""

    TEXT = "text"
    JSON = "json"

    def to_formatter(self) -> Formatter:
        """The formatter for this choice; a test walks every member."""
        match self:
            case OutputFormat.TEXT:
                return TextFormatter()
            case OutputFormat.JSON:
                return JsonFormatter()


__all__ = ["Formatter", "OutputFormat"]

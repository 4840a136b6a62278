"""The --format choices: one formatter per member, built by one exhaustive factory."""

from __future__ import annotations

from factcheck.formats import Formatter, OutputFormat
from factcheck.formats.github import GithubFormatter
from factcheck.formats.json import JsonFormatter
from factcheck.formats.sarif import SarifFormatter
from factcheck.formats.text import TextFormatter

EXPECTED = {
    OutputFormat.TEXT: TextFormatter,
    OutputFormat.JSON: JsonFormatter,
    OutputFormat.SARIF: SarifFormatter,
    OutputFormat.GITHUB: GithubFormatter,
}


def test_to_formatter_is_exhaustive() -> None:
    for member in OutputFormat:
        formatter = member.to_formatter()
        assert isinstance(formatter, Formatter)
        assert type(formatter) is EXPECTED[member], member
    assert set(EXPECTED) == set(OutputFormat)

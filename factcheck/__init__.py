"""factcheck: find contradictions and unsupported numbers across documents.

The public API: ``load(path) -> Corpus``, ``check(corpus) -> Report``.
"""

__version__ = "0.1.0"

from factcheck.check import check
from factcheck.findings import ExitCode, Finding, Kind, Severity
from factcheck.loader import load
from factcheck.model import Claim, Corpus, Source, Subject
from factcheck.problems import InputError, Problem
from factcheck.report import Report, Status

__all__ = [
    "Claim",
    "Corpus",
    "ExitCode",
    "Finding",
    "InputError",
    "Kind",
    "Problem",
    "Report",
    "Severity",
    "Source",
    "Status",
    "Subject",
    "__version__",
    "check",
    "load",
]
